"""A local stand-in for Discord's execute-webhook endpoint, `POST /api/webhooks/{id}/{token}`, speaking
real HTTP on 127.0.0.1 and enforcing the documented limits (FIELD-NOTES.md, Discord webhooks).

It answers like Discord: 400 with code 50035 for an oversize message, 204 with no body without
`?wait=true` and 200 with the message with it, 404 for an unknown webhook, and scripted 429s (with
`retry_after`) and 5xx on the requests a test names. A forum channel's webhook (`forum=True`)
refuses a post with neither `thread_name` nor `?thread_id=` (400, code 220001), opens a post (a
thread) for a `thread_name`, and takes `?thread_id=` of a post it opened. `slow` names requests
that are accepted but answered late (a client's timeout). It records every accepted message in
order, and which mentions in them would have pinged someone.
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from local_server import Served

CONTENT_MAX = 2_000
EMBEDS_MAX = 10
TITLE_MAX = 256
DESCRIPTION_MAX = 4_096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1_024
FOOTER_MAX = 2_048
AUTHOR_MAX = 256
EMBEDS_TOTAL_MAX = 6_000
RETRY_AFTER = 0.25


def _too_long(limit: int) -> dict[str, Any]:
    return {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": f"Must be {limit} or fewer in length."}]}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def violations(payload: dict[str, Any], content_max: int = CONTENT_MAX) -> dict[str, Any]:
    """Discord's `errors` object for this message: empty when Discord would accept it."""
    errors: dict[str, Any] = {}
    content = _text(payload.get("content"))
    if len(content) > content_max:
        errors["content"] = _too_long(content_max)
    embeds = payload.get("embeds") or []
    if not isinstance(embeds, list):
        return {**errors, "embeds": {"_errors": [{"code": "LIST_TYPE_CONVERT", "message": "Not a list."}]}}
    if len(embeds) > EMBEDS_MAX:
        errors["embeds"] = _too_long(EMBEDS_MAX)
    total = 0
    for index, embed in enumerate(embeds):
        problems: dict[str, Any] = {}
        title, description = _text(embed.get("title")), _text(embed.get("description"))
        footer = _text((embed.get("footer") or {}).get("text"))
        author = _text((embed.get("author") or {}).get("name"))
        for key, text, limit in (("title", title, TITLE_MAX), ("description", description, DESCRIPTION_MAX)):
            if len(text) > limit:
                problems[key] = _too_long(limit)
        if len(footer) > FOOTER_MAX:
            problems["footer"] = {"text": _too_long(FOOTER_MAX)}
        if len(author) > AUTHOR_MAX:
            problems["author"] = {"name": _too_long(AUTHOR_MAX)}
        fields = embed.get("fields") or []
        if len(fields) > FIELDS_MAX:
            problems["fields"] = _too_long(FIELDS_MAX)
        for number, item in enumerate(fields):
            name, value = _text(item.get("name")), _text(item.get("value"))
            if len(name) > FIELD_NAME_MAX or len(value) > FIELD_VALUE_MAX:
                problems.setdefault("fields", {})[str(number)] = {
                    key: _too_long(limit) for key, text, limit in
                    (("name", name, FIELD_NAME_MAX), ("value", value, FIELD_VALUE_MAX)) if len(text) > limit
                }
            total += len(name) + len(value)
        total += len(title) + len(description) + len(footer) + len(author)
        if problems:
            errors.setdefault("embeds", {})[str(index)] = problems
    if total > EMBEDS_TOTAL_MAX:
        errors.setdefault("embeds", {}).setdefault("_errors", []).append(
            {"code": "MAX_EMBED_SIZE_EXCEEDED", "message": f"Embed size exceeds maximum size of {EMBEDS_TOTAL_MAX}"})
    return errors


def pings(payload: dict[str, Any]) -> list[str]:
    """The mentions Discord would notify: only `content` pings (never embeds), and `allowed_mentions`
    decides which kinds; without it every mention in the content pings."""
    content = _text(payload.get("content"))
    allowed = payload.get("allowed_mentions")
    parse = {"everyone", "users", "roles"} if allowed is None else set(allowed.get("parse", []))
    users = set((allowed or {}).get("users", []))
    roles = set((allowed or {}).get("roles", []))
    out = [f"@{m}" for m in re.findall(r"@(everyone|here)\b", content) if "everyone" in parse]
    out += [f"user {u}" for u in re.findall(r"<@!?(\d+)>", content) if "users" in parse or u in users]
    out += [f"role {r}" for r in re.findall(r"<@&(\d+)>", content) if "roles" in parse or r in roles]
    return out


@dataclass
class Seen:
    """One request as the server saw it, and what it answered."""

    path: str
    query: dict[str, list[str]]
    payload: dict[str, Any] | None
    status: int


@dataclass
class FakeDiscord(Served):
    webhook_id: str = "112233445566778899"
    token: str = "Tok3n-Sup3r-S3cret_value"
    content_max: int = CONTENT_MAX  # lower it to make Discord refuse every message (a persistent 400)
    bucket_size: int | None = None  # announce X-RateLimit-Remaining over windows of this many messages
    retry_after_in_body: bool = True  # False: a 429 says how long only in its Retry-After header
    scripted: dict[int, int] = field(default_factory=dict)  # request number (1-based) -> 429 or 5xx
    slow: dict[int, float] = field(default_factory=dict)  # request number -> seconds before the answer
    forum: bool = False  # the webhook posts to a forum channel
    threads: dict[str, str] = field(default_factory=dict)  # forum posts opened: thread id -> name
    seen: list[Seen] = field(default_factory=list)
    accepted: list[dict[str, Any]] = field(default_factory=list)
    pinged: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()

    @property
    def base(self) -> str:
        return self.endpoint

    @property
    def url(self) -> str:
        return f"{self.base}/api/webhooks/{self.webhook_id}/{self.token}"

    server_name = "fake-discord"

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler(self)

    def answer(self, path: str, query: dict[str, list[str]], raw: bytes) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            number = len(self.seen) + 1
            status, headers, body, payload = self._decide(number, path, query, raw)
            self.seen.append(Seen(path, query, payload, status))
        time.sleep(self.slow.get(number, 0.0))  # outside the lock: other requests are answered meanwhile
        return status, headers, body

    def _decide(self, number: int, path: str, query: dict[str, list[str]], raw: bytes
                ) -> tuple[int, dict[str, str], bytes, dict[str, Any] | None]:
        if path.rstrip("/") != f"/api/webhooks/{self.webhook_id}/{self.token}":
            return 404, {}, _dumps({"message": "Unknown Webhook", "code": 10015}), None
        try:
            payload = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            return 400, {}, _dumps({"message": "The request body contains invalid JSON.", "code": 50109}), None
        if not isinstance(payload, dict):
            return 400, {}, _dumps({"message": "Invalid Form Body", "code": 50035}), None
        scripted = self.scripted.get(number)
        if scripted == 429:
            body: dict[str, Any] = {"message": "You are being rate limited.", "global": False}
            if self.retry_after_in_body:
                body["retry_after"] = RETRY_AFTER
            return 429, {"Retry-After": str(math.ceil(RETRY_AFTER)), "X-RateLimit-Scope": "user"}, _dumps(body), payload
        if scripted:
            return scripted, {"Content-Type": "text/html"}, b"<html><body>502 Bad Gateway</body></html>", payload
        errors = violations(payload, self.content_max)
        if errors:
            return 400, {}, _dumps({"code": 50035, "errors": errors, "message": "Invalid Form Body"}), payload
        if not _text(payload.get("content")) and not payload.get("embeds"):
            return 400, {}, _dumps({"message": "Cannot send an empty message", "code": 50006}), payload
        thread_id = query.get("thread_id", [""])[-1]
        channel = "998877665544332211"
        if self.forum:
            name = _text(payload.get("thread_name"))
            if thread_id and thread_id not in self.threads:
                return 400, {}, _dumps({"message": "Unknown Channel", "code": 10003}), payload
            if not thread_id and not name:
                return 400, {}, _dumps({"message": "Webhooks posted to forum channels must have a thread_name or "
                                                   "thread_id", "code": 220001}), payload
            if not thread_id:
                thread_id = str(1_400_000_000_000_000_000 + len(self.threads))
                self.threads[thread_id] = name
        channel = thread_id or channel
        self.accepted.append(payload)
        self.pinged.extend(pings(payload))
        headers = self._bucket_headers()
        if query.get("wait", [""])[-1].lower() != "true":
            return 204, headers, b"", payload
        return 200, headers, _dumps(self._message(payload, channel)), payload

    def _bucket_headers(self) -> dict[str, str]:
        if not self.bucket_size:
            return {}
        remaining = self.bucket_size - 1 - (len(self.accepted) - 1) % self.bucket_size
        return {"X-RateLimit-Limit": str(self.bucket_size), "X-RateLimit-Remaining": str(remaining),
                "X-RateLimit-Reset-After": "0.5"}

    def _message(self, payload: dict[str, Any], channel: str) -> dict[str, Any]:
        return {
            "id": str(1_300_000_000_000_000_000 + len(self.accepted)), "type": 0, "channel_id": channel,
            "webhook_id": self.webhook_id, "author": {"id": self.webhook_id, "username": "orchestrator", "bot": True},
            "content": payload.get("content", ""), "embeds": [{"type": "rich", **e} for e in payload.get("embeds", [])],
            "mentions": [], "mention_roles": [], "mention_everyone": False, "flags": 0,
        }


def _dumps(value: object) -> bytes:
    return json.dumps(value).encode()


def _handler(fake: FakeDiscord) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 (the stdlib's name)
            parts = urlsplit(self.path)
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, headers, body = fake.answer(parts.path, parse_qs(parts.query), raw)
            self.send_response(status)
            if body and "Content-Type" not in headers:
                self.send_header("Content-Type", "application/json")
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 204:
                self.send_header("Content-Length", str(len(body)))
            try:
                self.end_headers()
                if status != 204:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped waiting (a timeout): as on Discord, the message stays posted

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's name)
            pass  # keep test output quiet; the fake records what it saw

    return Handler
