"""One exception tree for enquete.

    EnqueteError(detail, status)
     ├── InvalidData      400  bad input: a file, a query, a rule, an import line
     │    └── IngestError  400  one source could not be ingested (names the source, stage, reason)
     ├── NotFound         404  no such document, entity, user…
     ├── Forbidden        403  access control refused
     └── ConfigError      500  the installation is incomplete (missing model, bad DB URL…)

The CLI turns these into one clear line (click.ClickException); the web app maps them once in HANDLERS.
"""

from __future__ import annotations


class EnqueteError(Exception):
    status = 500

    def __init__(self, detail: str, status: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if status is not None:
            self.status = status


class InvalidData(EnqueteError):
    status = 400


class IngestError(InvalidData):
    """A source that could not be read: `source`, `stage` (read, fetch, normalise, store…) and `reason`."""

    def __init__(self, source: str, stage: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.stage = stage
        self.reason = reason


class NotFound(EnqueteError):
    status = 404


class Forbidden(EnqueteError):
    status = 403


class ConfigError(EnqueteError):
    status = 500
