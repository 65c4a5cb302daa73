"""Exceptions. Each carries a short code and says how to fix the problem."""

from __future__ import annotations


class TacitusError(Exception):
    """Base class. ``str(err)`` is one line fit for the CLI's ``Error: ...``."""

    code = "T000"
    hint: str | None = None

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{msg} (hint: {self.hint})" if self.hint else msg


class InputError(TacitusError):
    """An input file or record cannot be read as an article."""

    code = "T100"

    def __init__(self, origin: str, problem: str, hint: str | None = None) -> None:
        self.origin = origin
        self.problem = problem
        super().__init__(f"{origin}: {problem}", hint)


class ConfigError(TacitusError):
    code = "T200"


class StageError(TacitusError):
    code = "T300"


class StoreError(TacitusError):
    code = "T400"
