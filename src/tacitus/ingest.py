"""Ingest: input paths -> RawArticle items (or an InputError for each unreadable input).

Paths are files, directories (walked recursively, in sorted order), glob patterns, or ``-``
for standard input. ``.txt`` (and any other explicitly named file) is text, ``.html``/``.htm``
is HTML, ``.jsonl`` and ``.jsonl.gz`` hold one article per line (fields ``id``, ``text`` or
``html``, ``title``, ``url``, ``source``, ``published``). Decoding never raises: UTF-8 with or
without a BOM, UTF-16/32 with a BOM, legacy single-byte encodings (cp1252, latin-1) and
whatever charset-normalizer can vouch for; binary files and NUL-ridden text are refused.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .errors import InputError
from .records import RawArticle
from .values import parse_date

__all__ = ["decode", "read_inputs"]

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
#: Files a directory walk picks up (explicitly named files are read whatever their suffix).
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
#: A single text or HTML file larger than this is refused (split it or use JSONL).
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Bytes looked at to tell text from binary and to guess a legacy encoding.
SNIFF_BYTES = 64 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (name it .jsonl.gz if it is JSON Lines)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"SQLite format 3", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"DUCK", "a DuckDB database"),
)
#: C0 control bytes that never occur in text files (tab, newlines, form feed, ESC excluded).
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
_GLOB_CHARS = re.compile(r"[*?\[]")


def read_inputs(paths: Iterable[str]) -> Iterator[RawArticle | InputError]:
    """Every article under ``paths``, in a deterministic order; errors are yielded, not raised.

    An id used twice with different text is reported (the second record is not passed on).
    """
    seen: dict[str, tuple[str, str]] = {}
    for item in _read_paths(paths):
        yield item if isinstance(item, InputError) else _unique(item, seen)


def _unique(raw: RawArticle, seen: dict[str, tuple[str, str]]) -> RawArticle | InputError:
    if raw.id is None:
        return raw
    digest = hashlib.sha1((raw.text or raw.html or "").encode("utf-8", "replace")).hexdigest()
    first = seen.setdefault(raw.id, (raw.origin, digest))
    if first[1] != digest:
        return InputError(
            raw.origin,
            f"id {raw.id!r} is already used by {first[0]} for a different text; not stored",
            hint="give each article its own id",
        )
    return raw


def _read_paths(paths: Iterable[str]) -> Iterator[RawArticle | InputError]:
    for p in paths:
        if p == "-":
            yield from _read_stdin()
            continue
        path = Path(p)
        if path.is_symlink() and not path.exists():
            yield InputError(p, "dangling symbolic link (its target does not exist)")
        elif path.is_dir():
            yield from _read_dir(path)
        elif path.exists():
            yield from read_file(path)
        elif _GLOB_CHARS.search(p):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield InputError(p, "no file matches this pattern")
            yield from _read_paths(matches)
        else:
            yield InputError(p, "no such file or directory")


def _read_dir(path: Path) -> Iterator[RawArticle | InputError]:
    # every entry but folders: a FIFO or device among the files gets its one line
    files = sorted(f for f in path.rglob("*") if _known(f) and not f.is_dir())
    if not files:
        yield InputError(str(path), "directory holds no .txt, .html or .jsonl files")
    for f in files:
        if f.is_symlink() and not f.exists():
            yield InputError(str(f), "dangling symbolic link (its target does not exist)")
        else:
            yield from read_file(f)


def _known(path: Path) -> bool:
    name = path.name.lower()
    return not name.startswith(".") and name.endswith(KNOWN_SUFFIXES)


def read_file(path: Path) -> Iterator[RawArticle | InputError]:
    """The articles in one file (one for text and HTML, one a line for JSON Lines)."""
    origin = str(path)
    name = path.name.lower()
    if path.exists() and not path.is_file():
        what = "a FIFO" if path.is_fifo() else "a device or socket"
        yield InputError(origin, f"not a regular file ({what}); tacitus reads files, folders or -")
        return
    try:
        if name.endswith(JSONL_SUFFIXES):
            if name.endswith(".gz"):
                with gzip.open(path, "rb") as gz:
                    yield from read_jsonl(gz, origin)
            else:
                with path.open("rb") as fh:
                    yield from read_jsonl(fh, origin)
            return
        if path.stat().st_size > MAX_FILE_BYTES:
            yield InputError(origin, f"file larger than {MAX_FILE_BYTES // 2**20} MB")
            return
        text = decode(path.read_bytes(), origin)
    except InputError as exc:
        yield exc
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(origin, f"cannot read: {_os_problem(exc)}")
        return
    yield _text_or_html(origin, text, html=name.endswith(HTML_SUFFIXES))


def _os_problem(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _text_or_html(origin: str, text: str, html: bool = False) -> RawArticle | InputError:
    if not text.strip():
        return InputError(origin, "empty file" if not text else "only whitespace, no text")
    if html or _looks_like_html(text):
        return RawArticle(origin=origin, html=text)
    return RawArticle(origin=origin, text=text)


def _looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        head.startswith("<") and ("<body" in head or "<p>" in head or "<div" in head)
    )


def _read_stdin() -> Iterator[RawArticle | InputError]:
    data = sys.stdin.buffer.read()
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl(iter(data.splitlines(keepends=True)), "<stdin>")
        return
    try:
        text = decode(data, "<stdin>")
    except InputError as exc:
        yield exc
        return
    yield _text_or_html("<stdin>", text)


# --- decoding ---------------------------------------------------------------------------------


def decode(data: bytes, origin: str) -> str:
    """Bytes -> text, or an InputError that says why not. Never a UnicodeDecodeError."""
    text = _decode(data, origin)
    nuls = text.count("\x00")
    if nuls:
        raise InputError(origin, f"binary data, not text ({nuls} NUL characters)")
    return text


def _decode(data: bytes, origin: str) -> str:
    if not data:
        raise InputError(origin, "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    origin, f"undecodable bytes: bad {codec} at byte {exc.start}"
                ) from None
    if _refuse_binary(data, origin):
        return _decode_utf16(data, origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, origin)


def _refuse_binary(data: bytes, origin: str) -> bool:
    """Raise for binary data; True when it is UTF-16 without a BOM, else False."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(origin, f"binary file ({what}), not text")
    head = data[:SNIFF_BYTES]
    nuls = head.count(0)
    if nuls:
        if _utf16_without_bom(head):
            return True
        raise InputError(origin, f"binary data, not text ({nuls} NUL bytes)")
    if len(_CONTROL_BYTES.findall(head)) > max(2, len(head) // 200):
        raise InputError(origin, "binary data, not text (control bytes)")
    return False


def _utf16_without_bom(head: bytes) -> bool:
    """ASCII-heavy UTF-16 text: every other byte is NUL, the rest mostly not."""
    even, odd = head[0::2], head[1::2]
    return (even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd)) or (
        odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even)
    )


def _decode_utf16(data: bytes, origin: str) -> str:
    head = data[:SNIFF_BYTES]
    codec = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"undecodable bytes: bad UTF-16 at byte {exc.start}") from None


def _decode_legacy(data: bytes, origin: str) -> str:
    """Not UTF-8: cp1252 for mostly-ASCII text, else what charset-normalizer vouches for."""
    head = data[:SNIFF_BYTES]
    high = sum(1 for b in head if b >= 0x80)
    candidates: list[str] = []
    if high * 10 <= len(head):  # mostly ASCII: a Western legacy encoding is the best bet
        candidates += ["cp1252", "latin-1"]
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is not None:
        candidates.append(best.encoding)
    for codec in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text[:SNIFF_BYTES]):
            return text
    raise InputError(
        origin, "undecodable bytes: not UTF-8, and no known encoding gives readable text"
    )


_TEXTY = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Nd", "Zs", "Cc"})
_TEXTY_PUNCT = frozenset({"Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sc", "Sm", "No", "Pc"})


def _plausible(text: str) -> bool:
    """Readable text: nearly all letters, digits, spaces and punctuation, no C1 controls."""
    if not text:
        return False
    good = 0
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cc" and ch not in "\n\r\t\f":
            return False
        if cat in _TEXTY or cat in _TEXTY_PUNCT:
            good += 1
    return good >= 0.95 * len(text)


# --- JSON Lines -------------------------------------------------------------------------------


def read_jsonl(lines: Iterable[bytes] | BinaryIO, origin: str) -> Iterator[RawArticle | InputError]:
    """One RawArticle per line; a bad line is an InputError naming its line number."""
    n = items = 0
    try:
        for n, line in enumerate(lines, start=1):
            if line.strip():
                items += 1
                yield _jsonl_record(line, origin, n)
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(origin, f"line {n + 1}: cannot read: {_os_problem(exc)}")
        return
    if items == 0:
        yield InputError(origin, "empty file" if n == 0 else "only whitespace, no records")


def _jsonl_record(line: bytes, origin: str, n: int) -> RawArticle | InputError:
    where = f"line {n}"
    try:
        obj: Any = json.loads(line.decode("utf-8-sig" if n == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        return InputError(origin, f"{where}: not UTF-8 (byte {exc.start})")
    except json.JSONDecodeError as exc:
        return InputError(origin, f"{where}: not valid JSON ({exc.msg}, column {exc.colno})")
    if not isinstance(obj, dict):
        return InputError(origin, f"{where}: not a JSON object")
    return raw_from_fields(obj, f"{origin}:{n}", f"{origin}: {where}")


#: Fields whose wrong type refuses the record; a wrong optional field is dropped with a warning.
_REQUIRED_TYPES = ("text", "html")
_OPTIONAL_TEXT = ("title", "url", "source")


def raw_from_fields(obj: dict[str, Any], origin: str, where: str) -> RawArticle | InputError:
    """One input record (JSON Lines, Parquet) -> a RawArticle, every field checked once.

    ``text``/``html`` must be strings and ``id`` a string or an integer (else the record is
    refused in one line); a ``title``, ``url`` or ``source`` that is not a string, and a
    ``published`` that is not a date, are dropped with a warning and the article is kept.
    """
    warnings: list[str] = []
    values: dict[str, Any] = {}
    for k in _REQUIRED_TYPES:
        v = obj.get(k)
        if v is not None and not isinstance(v, str):
            return InputError(where, f"field {k!r} must be a string, not {_kind(v)}; not stored")
        values[k] = v
    ident = obj.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, str | int)):
        return InputError(where, f"field 'id' must be a string or integer, not {_kind(ident)}")
    values["id"] = None if ident is None else str(ident)
    if not (values["text"] or "").strip() and not (values["html"] or "").strip():
        return InputError(where, "no text or html field")
    if (values["text"] or "").strip() and (values["html"] or "").strip():
        warnings.append(f"{where}: has both text and html; the html is ignored")
        values["html"] = None
    for k in _OPTIONAL_TEXT:
        v = obj.get(k)
        if v is not None and not isinstance(v, str):
            warnings.append(f"{where}: field {k!r} is {_kind(v)}, not a string; dropped")
            v = None
        values[k] = v
    try:
        values["published"] = parse_date(obj.get("published"))
    except ValueError as exc:
        shown = repr(obj.get("published"))[:60]
        warnings.append(f"{where}: published {shown} dropped: {exc}")
        values["published"] = None
    return RawArticle(origin=origin, warnings=tuple(warnings), **values)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"
