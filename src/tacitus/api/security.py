"""Security: response headers, request size limits, the write token."""

from __future__ import annotations

import hmac
import json
import logging
import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException, Request

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("tacitus.api")

TOKEN_ENV = "TACITUS_TOKEN"

# The dashboard loads only its own files: no inline script, no CDN, no framing.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class Guard:
    """ASGI middleware: security headers on every response; bodies over ``max_body`` get 413.

    The body is read up to the limit before the app sees it, whatever Content-Length says,
    so a chunked upload cannot get past it.
    """

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        if scope["method"] in ("POST", "PUT", "PATCH"):
            body = await self._read(scope, receive)
            if body is None:
                await _too_large(send_with_headers, self.max_body)
                return
            receive = _replay(body)
        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            if started:
                raise
            # an unexpected error: one generic line, with the security headers, no traceback
            log.exception("unexpected error on %s %s", scope["method"], scope.get("path"))
            await _json(send_with_headers, 500, "internal error; the server log has the details")

    async def _read(self, scope: Scope, receive: Receive) -> bytes | None:
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_body:
                return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _too_large(send: Send, limit: int) -> None:
    await _json(send, 413, f"request body over {limit} bytes")


async def _json(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def configured_token() -> str | None:
    token = os.environ.get(TOKEN_ENV, "").strip()
    return token or None


def require_token(token: str | None) -> Callable[[Request], None]:
    """A dependency: writes need ``Authorization: Bearer <token>`` matching $TACITUS_TOKEN."""

    def check(request: Request) -> None:
        if token is None:
            raise HTTPException(403, f"writes are off: set {TOKEN_ENV} to enable them")
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if not given or scheme.lower() != "bearer" or not value:
            raise HTTPException(
                401, "missing token", headers={"WWW-Authenticate": 'Bearer realm="tacitus"'}
            )
        if not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    return check
