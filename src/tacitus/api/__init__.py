"""``tacitus serve``: the HTTP API and the offline dashboard, in one uvicorn process."""

from __future__ import annotations

from pathlib import Path

from ..settings import Settings
from ..store import Store
from .app import MAX_BODY, create_app
from .security import configured_token

__all__ = ["MAX_BODY", "allowed_hosts", "create_app", "open_for_serving", "serve"]


def open_for_serving(settings: Settings) -> Store:
    """Read-write when a write token is configured (or no store exists yet), else read-only.

    Read-only lets ``tacitus serve`` run beside other readers of the same file.
    """
    writable = configured_token() is not None or not Path(settings.db).exists()
    return Store(settings.db, read_only=not writable)


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def allowed_hosts(host: str) -> list[str] | None:
    """On loopback, only loopback names in the Host header (a rebound DNS name is refused);
    on any other address, no check (the operator chose to expose it)."""
    if host in LOOPBACK:
        return list(LOOPBACK)
    return None


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted (binds loopback unless ``host`` says otherwise)."""
    import uvicorn

    store = open_for_serving(settings)
    try:
        app = create_app(settings, store, hosts=allowed_hosts(host))
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    finally:
        store.close()
