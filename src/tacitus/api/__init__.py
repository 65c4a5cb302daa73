"""``tacitus serve``: the HTTP API and the offline dashboard.

With writes off (no ``$TACITUS_TOKEN``) the server runs several uvicorn worker processes
(default: one per core), each opening the store file read-only: DuckDB lets any number of
processes read a file together. With writes on, the store is opened read-write, which DuckDB
allows one process only, so the server runs a single process that both reads and writes.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from ..errors import StoreError
from ..settings import Settings
from ..store import Store, open_store
from .app import MAX_BODY, create_app
from .security import configured_token

__all__ = [
    "MAX_BODY",
    "allowed_hosts",
    "check_serving",
    "create_app",
    "exposed",
    "open_for_serving",
    "serve",
    "serving_workers",
    "tcp",
    "worker_app",
]

WORKER_ENV = "TACITUS_SERVE_WORKER"  # the settings and host a worker process rebuilds its app from


def writable(settings: Settings) -> bool:
    """Writes need a configured token."""
    return configured_token() is not None


def open_for_serving(settings: Settings) -> Store:
    """Read-write when a write token is configured, else read-only; the store must exist
    (a mistyped ``--db`` is an error, not a new empty store).

    Read-only lets ``tacitus serve`` run beside other readers of the same file.
    """
    if not Path(settings.db).exists():
        raise StoreError(
            f"no store at {settings.db}",
            hint="check --db, or create one with `tacitus ingest ARTICLES --db PATH`",
        )
    return open_store(settings.db, read_only=not writable(settings))


def exposed(host: str) -> bool:
    """Bound beyond loopback: reachable from other machines."""
    return host not in LOOPBACK


def check_serving(settings: Settings) -> None:
    """Open and close the store once before any worker starts: a store that cannot be
    opened (missing, locked by an ingest, not a store) is one error, not a respawn loop."""
    open_for_serving(settings).close()


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def allowed_hosts(host: str) -> list[str] | None:
    """On loopback, only loopback names in the Host header (a rebound DNS name is refused);
    on any other address, no check (the operator chose to expose it)."""
    if host in LOOPBACK:
        return list(LOOPBACK)
    return None


def serving_workers(settings: Settings, workers: int | None) -> int:
    """Worker processes: ``workers`` (default one per core), but one when writes are on."""
    if writable(settings):
        return 1
    return max(1, workers or os.cpu_count() or 1)


def worker_app() -> FastAPI:
    """The app of one worker process (uvicorn's factory), from what :func:`serve` passed on.

    The store stays open for the life of the process (uvicorn gives a factory no close hook).
    """
    passed = json.loads(os.environ[WORKER_ENV])
    values: dict[str, Any] = {
        k: tuple(v) if isinstance(v, list) else v for k, v in passed["settings"].items()
    }
    settings = Settings(**values)
    host = passed["host"]
    try:
        store = open_for_serving(settings)
    except StoreError as exc:
        # the store was opened before the workers started, so something took it since (an
        # ingest): stop the whole server in one line, never a loop of respawned workers
        sys.stderr.write(f"Error: {exc}\n")
        os.kill(os.getppid(), signal.SIGTERM)
        raise SystemExit(1) from None
    return create_app(settings, store, hosts=allowed_hosts(host), exposed=exposed(host))


def tcp(sock: socket.socket) -> socket.socket:
    """uvicorn's listening socket, marked as TCP: asyncio then sets TCP_NODELAY on each
    connection it accepts (without it a kept-alive connection waits ~40 ms a response)."""
    if sock.family not in (socket.AF_INET, socket.AF_INET6):
        return sock
    return socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())


def serve(
    settings: Settings, host: str = "127.0.0.1", port: int = 8000, workers: int | None = None
) -> None:
    """Serve until interrupted (binds loopback unless ``host`` says otherwise)."""
    import uvicorn

    options: dict[str, Any] = {"host": host, "port": port, "log_level": "warning"}
    check_serving(settings)
    n = serving_workers(settings, workers)
    if n > 1:
        from uvicorn.supervisors import Multiprocess

        os.environ[WORKER_ENV] = json.dumps({"settings": asdict(settings), "host": host})
        config = uvicorn.Config(
            f"{__name__}:worker_app", factory=True, workers=n, server_header=False, **options
        )
        with tcp(config.bind_socket()) as sock:
            Multiprocess(config, sockets=[sock]).run()
        return
    store = open_for_serving(settings)
    try:
        app = create_app(settings, store, hosts=allowed_hosts(host), exposed=exposed(host))
        uvicorn.run(app, server_header=False, **options)
    finally:
        store.close()
