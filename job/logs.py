"""Logging: one JSON object per line (with `severity`, as Cloud Logging reads it) when stderr is
not a terminal, readable text (`key=value`, values as they read, not Python reprs) when it is.
Every record carries the run id. Before anything is written, the known secret values (the
settings' tokens, and the parts of a secret URL that are secrets on their own) are replaced, and
every message, field and traceback passes the redactor (`job.redact`), which catches secrets by
their shape. In JSON mode every stderr line is JSON: the libraries' log records, Python warnings, a
crash's traceback and any stray `print` to stderr are turned into records too."""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Callable
from contextvars import ContextVar
from datetime import datetime, timezone
from types import TracebackType
from typing import TextIO
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


def text_value(value: object) -> str:
    """A field as a person reads it: `a.py,b.py` for a list, `processed:2,failed:1` for a mapping,
    `true` and `false`, `-` for nothing; a value with spaces in double quotes, so fields stay apart."""
    text = _plain(value, top=True)
    return json.dumps(text, ensure_ascii=False) if not text or any(c.isspace() or c == '"' for c in text) else text


def _plain(value: object, top: bool = False) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        inner = ",".join(f"{k}:{_plain(v)}" for k, v in value.items())
        return inner if top else "{" + inner + "}"
    if isinstance(value, list | tuple | set | frozenset):
        inner = ",".join(_plain(v) for v in value)
        return inner if top else "[" + inner + "]"
    return str(value)


class TextFormatter(logging.Formatter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = known_secrets(secrets)

    def format(self, record: logging.LogRecord) -> str:
        hidden = ("run_id", "execution", "task_index", "attempt")
        # each value redacted before it is quoted, so a quote added here never hides a secret's shape
        extra = " ".join(f"{k}={text_value(_scrub_value(v, self.secrets))}"
                         for k, v in _fields(record).items() if k not in hidden)
        line = f"{record.levelname.lower():<7} {record.getMessage()}" + (f"  {extra}" if extra else "")
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return _scrub(line, self.secrets)


LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}


class JsonLines:
    """Stands in for stderr in JSON mode: a line that is not already a JSON object (a `print` to
    stderr, a library writing directly) becomes one, `{"severity": "INFO", "message": line, ...}`,
    so Cloud Logging never sees a line it cannot parse."""

    def __init__(self, stream: TextIO, formatter: logging.Formatter) -> None:
        self._stream = stream
        self._formatter = formatter
        self._pending = ""
        self._lock = threading.Lock()

    def write(self, text: str) -> int:
        with self._lock:
            self._pending += text
            *lines, self._pending = self._pending.split("\n")
            for line in lines:
                self._emit(line)
        return len(text)

    def _emit(self, line: str) -> None:
        if not line.strip():
            return
        if not (line.startswith("{") and _is_json_object(line)):
            record = logging.LogRecord("stderr", logging.INFO, "", 0, line, None, None)
            line = self._formatter.format(record)
        self._stream.write(line + "\n")

    def flush(self) -> None:
        with self._lock:
            if self._pending:
                self._emit(self._pending)
                self._pending = ""
        self._stream.flush()

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", "utf-8")


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _crash_logger(log: logging.Logger) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.critical("crashed: %s", kind.__name__, exc_info=(kind, value, tb))
    return hook


def setup_logging(run_id: str, fmt: str, secrets: list[str], task: dict[str, object] | None = None,
                  level: int = logging.INFO) -> None:
    stream = sys.__stderr__ if isinstance(sys.stderr, JsonLines) else sys.stderr
    assert stream is not None
    use_json = fmt == "json" or (fmt == "auto" and not stream.isatty())
    formatter = JsonFormatter(secrets) if use_json else TextFormatter(secrets)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    handler.addFilter(Context(run_id, task or {}))
    root = logging.getLogger("job")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    # Other libraries' errors (google, urllib3, github) and Python warnings take the same format,
    # instead of the plain text of logging's last-resort handler. Their warnings stay out: ours say
    # what went wrong (google.auth warns of a missing metadata server before our own clear error).
    top = logging.getLogger()
    top.handlers[:] = [handler]
    top.setLevel(max(level, logging.ERROR))
    logging.captureWarnings(True)
    warnings_log = logging.getLogger("py.warnings")
    warnings_log.handlers[:] = [handler]
    warnings_log.propagate = False
    if use_json:
        sys.stderr = JsonLines(stream, formatter)
        sys.excepthook = _crash_logger(root)


def stderr_is_json() -> bool:
    """Whether stderr takes only JSON lines (JSON logging is on); a terminal progress line is then left out."""
    return isinstance(sys.stderr, JsonLines)
