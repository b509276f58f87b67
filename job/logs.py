"""Logging: one JSON object per line (with `severity`, as Cloud Logging reads it) when stdout is
not a terminal, readable text when it is. Every record carries the run id, and known secret values
are replaced before anything is written."""

from __future__ import annotations

import json
import logging
import sys
from contextvars import ContextVar
from datetime import datetime, timezone

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


def _redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "[redacted]")
    return text


class JsonFormatter(logging.Formatter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = secrets

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
        return _redact(json.dumps(entry, default=str), self.secrets)


class TextFormatter(logging.Formatter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        hidden = ("run_id", "execution", "task_index", "attempt")
        extra = " ".join(f"{k}={v}" for k, v in _fields(record).items() if k not in hidden)
        line = f"{record.levelname.lower():<7} {record.getMessage()}" + (f"  {extra}" if extra else "")
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return _redact(line, self.secrets)


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
