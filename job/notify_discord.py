"""The Discord notifier: delivers a digest to a Discord webhook, split to fit Discord's limits.

It owns the mapping from digest Markdown (a `# title` and summary, then `## section`s) to webhook
messages, and their delivery: in order, confirmed (`?wait=true`), pinging nobody, honouring 429s,
retrying 5xx a bounded number of times, and posting to a forum channel (a new post named
`thread_name`, the rest of the digest in that post). It does not render digests. The webhook URL
is a secret: only its redacted form ever reaches a log line or an error.

Webhooks have no idempotency key, and a post that timed out cannot be looked up (only a message
whose id we were told can be): a timed-out post may have been made. It is re-posted once, saying
so in the log, so a rare duplicate message is possible; a second timeout stops the send.
"""

from __future__ import annotations

import http.client
import json
import logging
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import Message
from typing import Any

from job import __version__
from job.errors import ConfigError, NotifierError

log = logging.getLogger("job.notify")

# Discord's documented limits, counted in characters.
CONTENT_MAX = 2_000
EMBEDS_MAX = 10
TITLE_MAX = 256
DESCRIPTION_MAX = 4_096
EMBEDS_TOTAL_MAX = 6_000

CONTINUED = " (continued)"
RATE_LIMIT_WAITS = 5  # 429s honoured per message before giving up; each one says how long to wait
MAX_WAIT = 60.0  # a longer retry_after (a global or shared limit) fails the send rather than stall the job
BACKOFF = 0.5  # seconds before the first 5xx retry; doubles with each attempt

THREAD_NAME_MAX = 100  # a forum post's name, as Discord limits a channel name
TIMEOUT_REPOSTS = 1  # re-posts after a timed-out post, each of which may duplicate the message
_WEBHOOK_PATH = re.compile(r"^(?P<prefix>(?:/api)?(?:/v\d+)?/webhooks/(?P<id>[^/]+))/[^/]+/?$")
Embed = dict[str, str]
Payload = dict[str, Any]


def discord_length(text: str) -> int:
    """Characters as Discord may count them: a character outside the BMP counts twice (UTF-16), so a
    text measured this way fits whether Discord counts code points or UTF-16 units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _fit(text: str, limit: int) -> int:
    """How many leading characters of `text` fit in `limit`."""
    used = 0
    for index, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def _trim_blank_lines(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def split_text(text: str, limit: int) -> list[str]:
    """Chunks of at most `limit` characters, cut at line boundaries; a single line longer than a whole
    chunk is cut at a space where one is near, else mid-word. Blank lines at a chunk's edges are dropped."""
    chunks: list[list[str]] = []
    current: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal current, size
        if current:
            chunks.append(current)
        current, size = [], 0

    for line in text.split("\n"):
        while discord_length(line) > limit:
            flush()
            fits = _fit(line, limit)
            space = line.rfind(" ", 0, fits)
            cut = space + 1 if space >= fits // 2 else fits
            chunks.append([line[:cut]])
            line = line[cut:]
        added = discord_length(line) + (1 if current else 0)
        if current and size + added > limit:
            flush()
            added = discord_length(line)
        current.append(line)
        size += added
    flush()
    trimmed = (_trim_blank_lines(chunk) for chunk in chunks)
    return ["\n".join(chunk) for chunk in trimmed if chunk]


def _clip(text: str, limit: int, suffix: str = "") -> str:
    room = limit - discord_length(suffix)
    if discord_length(text) > room:
        text = text[: _fit(text, room - 1)] + "…"
    return text + suffix


def _sections(markdown: str) -> tuple[str, list[tuple[str, str]]]:
    """The head (title and summary) and each `## ` section as (heading, body)."""
    head: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    for line in markdown.split("\n"):
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif sections:
            sections[-1][1].append(line)
        else:
            head.append(line)
    return "\n".join(head), [(heading, "\n".join(body)) for heading, body in sections]


def embed_size(embed: Embed) -> int:
    return sum(discord_length(embed.get(key, "")) for key in ("title", "description"))


def _embeds(heading: str, body: str) -> Iterator[Embed]:
    for index, chunk in enumerate(split_text(body, DESCRIPTION_MAX) or [""]):
        embed: Embed = {}
        title = _clip(heading, TITLE_MAX, CONTINUED if index else "") if heading else ""
        if title:
            embed["title"] = title
        if chunk:
            embed["description"] = chunk
        if embed:
            yield embed


def discord_messages(markdown: str) -> list[Payload]:
    """The webhook messages that carry `markdown`, in order: the head in `content`, each section as
    an embed (long ones continued in the next embeds), packed within Discord's per-message limits."""
    head, sections = _sections(markdown)
    messages: list[Payload] = [{"content": chunk} for chunk in split_text(head, CONTENT_MAX)]
    if not messages:
        messages.append({})
    total = 0
    for heading, body in sections:
        for embed in _embeds(heading, body):
            current = messages[-1].setdefault("embeds", [])
            size = embed_size(embed)
            if len(current) >= EMBEDS_MAX or total + size > EMBEDS_TOTAL_MAX:
                messages.append({"embeds": []})
                current, total = messages[-1]["embeds"], 0
            current.append(embed)
            total += size
    out = []
    for message in messages:
        if message.get("content") or message.get("embeds"):
            out.append({**message, "allowed_mentions": {"parse": []}})  # pings nobody, @everyone included
    return out


def redact_webhook(url: str) -> str:
    """`https://discord.com/api/webhooks/<id>/***`: the id names the webhook, the token is the secret."""
    parts = urllib.parse.urlsplit(url)
    match = _WEBHOOK_PATH.match(parts.path)
    host = parts.hostname or "?"
    if parts.port:
        host = f"{host}:{parts.port}"
    path = f"{match['prefix']}/***" if match else "/***"
    return f"{parts.scheme or '?'}://{host}{path}"


def with_wait(url: str, thread_id: str = "") -> str:
    """The URL with `wait=true` in its query, keeping every other parameter (`thread_id`, ...);
    with `thread_id`, that thread replaces any in the URL."""
    parts = urllib.parse.urlsplit(url)
    drop = {"wait", "thread_id"} if thread_id else {"wait"}
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True) if k not in drop]
    if thread_id:
        query.append(("thread_id", thread_id))
    query.append(("wait", "true"))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


@dataclass(frozen=True)
class _Answer:
    status: int  # 0: no HTTP answer at all (connection refused, timeout, ...)
    headers: Message | None
    body: bytes
    problem: str = ""
    timed_out: bool = False  # sent, but no answer in time: Discord may have posted it


def _json(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body or b"null")
    except (UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return value if isinstance(value, dict) else {}


def _float(value: object) -> float | None:
    try:
        return float(str(value))
    except ValueError:
        return None


def _form_errors(errors: object, path: str = "") -> Iterator[str]:
    """Discord's nested 50035 `errors` as `embeds.0.description: Must be 4096 or fewer in length.`"""
    if not isinstance(errors, dict):
        return
    for key, value in errors.items():
        if key == "_errors" and isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    yield f"{path or 'body'}: {item.get('message', item.get('code', '?'))}"
        else:
            yield from _form_errors(value, f"{path}.{key}" if path else str(key))


def _refusal(answer: _Answer) -> str:
    body = _json(answer.body)
    if not body:
        text = answer.body[:200].decode("utf-8", "replace")
        return f"HTTP {answer.status}" + (f": {' '.join(text.split())}" if text.strip() else "")
    detail = f"HTTP {answer.status}, code {body.get('code', '?')}: {body.get('message', '')}"
    errors = "; ".join(_form_errors(body.get("errors")))
    return f"{detail} ({errors[:500]})" if errors else detail


class DiscordNotifier:
    """Sends each digest as one or more webhook messages. A failure raises `NotifierError` saying how
    many messages got through; those are never sent twice by the retries within one `send`."""

    def __init__(
        self,
        webhook_url: str,
        *,
        sleep: Callable[[float], None] = time.sleep,
        max_retries: int = 3,
        timeout: float = 10.0,
        thread_name: str = "",
    ) -> None:
        parts = urllib.parse.urlsplit(webhook_url)
        self._redacted = redact_webhook(webhook_url)
        if parts.scheme not in ("http", "https") or not parts.hostname or not _WEBHOOK_PATH.match(parts.path):
            raise ConfigError(f"WEBHOOK_URL={self._redacted}: expected a Discord webhook URL, "
                              "https://discord.com/api/webhooks/<id>/<token>")
        if len(thread_name) > THREAD_NAME_MAX:
            raise ConfigError(f"ORCHESTRATOR_DISCORD_THREAD_NAME: {len(thread_name)} characters; "
                              f"Discord allows {THREAD_NAME_MAX}")
        self._webhook = webhook_url
        self._url = with_wait(webhook_url)
        self._thread_name = thread_name
        self._sleep = sleep
        self._max_retries = max_retries
        self._timeout = timeout

    def describe(self) -> str:
        return f"Discord webhook ({self._redacted})"

    def send(self, markdown: str) -> None:
        messages = discord_messages(markdown)
        pause = 0.0
        url = self._url
        # Each message is retried on its own, so one delivered earlier is never sent again.
        for index, message in enumerate(messages):
            if pause:
                self._sleep(pause)
            if self._thread_name and url == self._url:
                # a forum channel: the first message opens a post; the rest of the digest goes into it
                message = {**message, "thread_name": self._thread_name}
            try:
                pause, answer = self._deliver(url, json.dumps(message).encode())
                thread = str(_json(answer.body).get("channel_id") or "") if self._thread_name else ""
                if thread and url == self._url:
                    url = with_wait(self._webhook, thread_id=thread)
            except NotifierError as exc:
                error = NotifierError(f"{self.describe()}: message {index + 1} of {len(messages)} not delivered "
                                      f"({index} delivered before it): {exc}")
                error.retryable = exc.retryable
                raise error from None
        log.info("digest sent", extra={"notifier": self.describe(), "messages": len(messages)})

    def _deliver(self, url: str, body: bytes) -> tuple[float, _Answer]:
        """Post one message until Discord accepts it; returns how long to pause before the next one,
        and Discord's answer (the message, with `?wait=true`)."""
        failures = waits = timeouts = 0
        while True:
            answer = self._post(url, body)
            if 200 <= answer.status < 300:
                return self._bucket_pause(answer), answer
            if answer.timed_out:
                timeouts += 1
                if timeouts > TIMEOUT_REPOSTS:
                    raise NotifierError(f"{answer.problem}, {timeouts} times; Discord may have posted it, "
                                        "so it is not posted again now")
                log.warning("discord post timed out; posting it again, which may duplicate the message",
                            extra={"problem": answer.problem, "notifier": self.describe()})
                self._sleep(BACKOFF)
                continue
            if answer.status == 429:
                wait = self._retry_after(answer)
                waits += 1
                if waits > RATE_LIMIT_WAITS or wait > MAX_WAIT:
                    raise NotifierError(f"rate limited (HTTP 429), retry_after {wait:g}s, after {waits} waits")
                log.warning("discord rate limit; waiting", extra={"retry_after": wait, "notifier": self.describe()})
                self._sleep(wait)
                continue
            if answer.status and answer.status < 500:
                # 4xx other than 429: the same message would be refused again; never retried blindly.
                error = NotifierError(_refusal(answer))
                error.retryable = False
                raise error
            failures += 1
            problem = answer.problem or _refusal(answer)
            if failures > self._max_retries:
                raise NotifierError(f"{problem}, after {failures} attempts")
            delay = BACKOFF * 2 ** (failures - 1)
            log.warning("discord unavailable; retrying", extra={"problem": problem, "delay": delay,
                                                                "notifier": self.describe()})
            self._sleep(delay)

    def _post(self, url: str, body: bytes) -> _Answer:
        request = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/json",
            "User-Agent": f"DiscordBot (https://github.com/dependency-orchestrator, {__version__})",
        })
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                return _Answer(response.status, response.headers, response.read())
        except urllib.error.HTTPError as exc:
            try:
                return _Answer(exc.code, exc.headers, exc.read())
            finally:
                exc.close()
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            # The reason names the host at most, never the path that holds the token.
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            if isinstance(reason, TimeoutError):
                return _Answer(0, None, b"", f"no answer within {self._timeout:g}s", timed_out=True)
            return _Answer(0, None, b"", f"no answer ({type(exc).__name__}: {reason})")

    @staticmethod
    def _retry_after(answer: _Answer) -> float:
        seconds = _float(_json(answer.body).get("retry_after"))
        if seconds is None and answer.headers is not None:
            seconds = _float(answer.headers.get("Retry-After", ""))
        return max(0.0, seconds if seconds is not None else 1.0)

    @staticmethod
    def _bucket_pause(answer: _Answer) -> float:
        """Discord announces a spent bucket on the answer before the 429; pausing then avoids the 429."""
        if answer.headers is None or answer.headers.get("X-RateLimit-Remaining") != "0":
            return 0.0
        wait = _float(answer.headers.get("X-RateLimit-Reset-After", "")) or 0.0
        return min(max(wait, 0.0), MAX_WAIT)
