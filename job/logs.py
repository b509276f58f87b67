"""Logging: one JSON object per line (with `severity`, as Cloud Logging reads it) when stdout is
not a terminal, readable text when it is. Every record carries the run id. Before anything is
written, the known secret values (the settings' tokens, and the parts of a secret URL that are
secrets on their own) are replaced, and every message, field and traceback passes the redactor
(`job.redact`), which catches secrets by their shape."""

from __future__ import annotations

import json
import logging
import sys
from contextvars import ContextVar
from datetime import datetime, timezone
from urllib.parse import quote, unquote, urlsplit

from job.redact import REDACTED, redact

_run_id: ContextVar[str] = ContextVar("run_id", default="")


def bind_run(run_id: str) -> None:
    """Tag every later log record of this context with `run_id` (a pass sets its own)."""
    _run_id.set(run_id)

RESERVED = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class Context(logging.Filter):
    """Puts the run id and, on Cloud Run, the execution, task and attempt on every record."""

    def __init__(self, run_id: str, task: dict[str, object]) -> None:
        super().__init__()
        self.run_id = run_id
        self.task = task

    def filter(self, record: logging.LogRecord) -> bool:
        record.run_id = _run_id.get() or self.run_id
        for key, value in self.task.items():
            setattr(record, key, value)
        return True


def _fields(record: logging.LogRecord) -> dict[str, object]:
    return {k: v for k, v in record.__dict__.items() if k not in RESERVED and not k.startswith("_")}


MIN_SECRET = 8  # shorter "secrets" would redact ordinary words


def known_secrets(secrets: list[str]) -> list[str]:
    """The values to replace wherever they appear: each secret, its URL-encoded form, and for a
    secret URL (a webhook) the parts that are secrets on their own: its password, its last path
    segment. Longest first, so a secret that contains another goes whole."""
    out: set[str] = set()
    for secret in secrets:
        if len(secret) < MIN_SECRET:
            continue
        out.update({secret, quote(secret, safe=""), quote(secret)})
        parts = urlsplit(secret) if "://" in secret else None
        if parts is not None:
            last = parts.path.rstrip("/").rsplit("/", 1)[-1]
            out.update(unquote(p) for p in (parts.password or "", last) if len(unquote(p)) >= MIN_SECRET)
    return sorted(out, key=len, reverse=True)


def _scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return redact(text)


def _scrub_value(value: object, secrets: list[str]) -> object:
    if isinstance(value, str):
        return _scrub(value, secrets)
    if isinstance(value, dict):
        return {k: _scrub_value(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub_value(v, secrets) for v in value]
    if isinstance(value, int | float | bool) or value is None:
        return value
    return _scrub(str(value), secrets)


class JsonFormatter(logging.Formatter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = known_secrets(secrets)

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "severity": record.levelname,
            "message": record.getMessage(),
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(),
            "logger": record.name,
            **_fields(record),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        # field by field, so a redaction never cuts across the JSON; the known values once more
        # over the whole line, in case one was split across fields
        line = json.dumps(_scrub_value(entry, self.secrets), default=str)
        for secret in self.secrets:
            line = line.replace(secret, REDACTED)
        return line


class TextFormatter(logging.Formatter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = known_secrets(secrets)

    def format(self, record: logging.LogRecord) -> str:
        hidden = ("run_id", "execution", "task_index", "attempt")
        extra = " ".join(f"{k}={v}" for k, v in _fields(record).items() if k not in hidden)
        line = f"{record.levelname.lower():<7} {record.getMessage()}" + (f"  {extra}" if extra else "")
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return _scrub(line, self.secrets)


def setup_logging(run_id: str, fmt: str, secrets: list[str], task: dict[str, object] | None = None,
                  level: int = logging.INFO) -> None:
    use_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(secrets) if use_json else TextFormatter(secrets))
    handler.addFilter(Context(run_id, task or {}))
    root = logging.getLogger("job")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
