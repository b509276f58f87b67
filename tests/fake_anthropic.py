"""FakeAnthropic: a local HTTP stand-in for the subset of the Anthropic Messages API the job uses.

It serves `POST /v1/messages` on 127.0.0.1, checks the key and the request's shape the way the real
API does (400 `invalid_request_error` for a malformed body, 401 for a wrong key), records every
request, and answers from a script: a forced tool call, an answer without one, an error status
(529 overloaded, 429 with `retry-after`, 5xx), or a slow answer for client timeouts. Usage figures
are realistic: input tokens are estimated at four characters a token, and prompt caching is
simulated per `cache_control` breakpoint (a prefix below the minimum is silently not cached).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

API_VERSION = "2026-10-21"  # what anthropic 2.x sends (anthropic._constants.ANTHROPIC_API_VERSION)
API_VERSIONS = ("2023-06-01", API_VERSION)  # the versions the fake knows; any other is a 400, as on the real API
SAMPLING = ("temperature", "top_p", "top_k")  # dropped from the request body in API version 2026-10-21
MIN_CACHEABLE_TOKENS = 1024
TOP_LEVEL = {
    "model", "max_tokens", "messages", "system", "tools", "tool_choice", "metadata",
    "stop_sequences", "stream", "thinking", "output_config", "service_tier", "cache_control",
}
MAX_TOKENS_WITHOUT_STREAMING = 21_333  # above this the SDK refuses to send a non-streaming request
_ids = itertools.count(1)


@dataclass(frozen=True)
class Reply:
    """One scripted answer. `kind` is tool, text, error or slow (`delay` seconds, then `then`)."""

    kind: str
    tool_input: dict[str, Any] | None = None
    text: str = ""
    status: int = 200
    error_type: str = ""
    message: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    output_tokens: int = 180
    delay: float = 0.0
    then: Reply | None = None


def tool(tool_input: dict[str, Any], output_tokens: int = 180) -> Reply:
    return Reply("tool", tool_input=tool_input, output_tokens=output_tokens)


def text(answer: str) -> Reply:
    return Reply("text", text=answer)


def overloaded() -> Reply:
    return Reply("error", status=529, error_type="overloaded_error", message="Overloaded")


def rate_limited(retry_after: int = 1) -> Reply:
    return Reply("error", status=429, error_type="rate_limit_error",
                 message="Number of request tokens has exceeded your per-minute rate limit",
                 headers={"retry-after": str(retry_after)})


def server_error(status: int = 500) -> Reply:
    return Reply("error", status=status, error_type="api_error", message="Internal server error")


def slow(delay: float, then: Reply) -> Reply:
    return Reply("slow", delay=delay, then=then)


@dataclass
class Recorded:
    headers: dict[str, str]
    body: dict[str, Any]
    status: int = 0
    response: dict[str, Any] | None = None

    @property
    def text(self) -> str:
        """Every text the request carried (system, messages, tool results), joined: for assertions."""
        return "\n".join(_texts(self.body))


class FakeAnthropic:
    """Start with `with FakeAnthropic(script) as api:`; point the client at `api.base_url`."""

    def __init__(self, script: list[Reply] | None = None, api_key: str = "test-key", *, latency: float = 0.0,
                 respond: Callable[[dict[str, Any]], Reply] | None = None) -> None:
        self.api_key = api_key
        self.script: list[Reply] = list(script or [])
        self.latency = latency  # seconds each request waits in its handler thread before its answer (benchmarks)
        self.respond = respond  # answers a request once the script is empty (benchmarks: any number of calls)
        self.requests: list[Recorded] = []
        self.problems: list[str] = []
        self._cached: set[str] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="fake-anthropic", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FakeAnthropic:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def add(self, *replies: Reply) -> None:
        with self._lock:
            self.script.extend(replies)

    def _next(self, body: dict[str, Any] | None = None) -> Reply | None:
        with self._lock:
            if self.script:
                return self.script.pop(0)
        return self.respond(body) if self.respond is not None and body is not None else None

    # --- the API's behaviour -------------------------------------------------------------------

    def check(self, headers: dict[str, str], body: object) -> str | None:
        """What the real API would reject in this request, or None."""
        if not isinstance(body, dict):
            return "request body must be a JSON object"
        version = headers.get("anthropic-version", "")
        allowed = TOP_LEVEL | (set(SAMPLING) if version < API_VERSION else set())
        unknown = sorted(set(body) - allowed)
        if unknown:
            return f"{unknown[0]}: Extra inputs are not permitted"
        if not isinstance(body.get("model"), str) or not body["model"]:
            return "model: Field required"
        max_tokens = body.get("max_tokens")
        if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
            return "max_tokens: Field required (a positive integer)"
        if version < API_VERSION:
            temperature = body.get("temperature", 1.0)
            if not isinstance(temperature, int | float) or not 0 <= temperature <= 1:
                return "temperature: must be between 0 and 1"
        problem = _check_system(body.get("system", [])) or _check_messages(body.get("messages"))
        if problem:
            return problem
        problem = _check_tools(body.get("tools", []), body.get("tool_choice"))
        if problem:
            return problem
        if sum(1 for _ in _breakpoints(body)) > 4:
            return "A maximum of 4 blocks with cache_control may be provided"
        return None

    def usage(self, body: dict[str, Any], output_tokens: int) -> dict[str, int]:
        """Input tokens at ~4 characters each; each breakpoint's prefix is cached once it is long enough."""
        total = _tokens(_canonical(body.get("tools", []), body.get("system", []), body["messages"]))
        read = 0
        created = 0
        with self._lock:
            for prefix in _breakpoints(body):
                size = _tokens(prefix)
                key = hashlib.sha256(f"{body['model']}\n{prefix}".encode()).hexdigest()
                if key in self._cached:
                    read = max(read, size)
                elif size >= MIN_CACHEABLE_TOKENS:
                    self._cached.add(key)
                    created = max(created, size)
        created = max(0, created - read)
        return {"input_tokens": max(1, total - read - created), "output_tokens": output_tokens,
                "cache_creation_input_tokens": created, "cache_read_input_tokens": read}

    def answer(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        tools = body.get("tools", [])
        choice = body.get("tool_choice") or {}
        if reply.kind == "tool":
            name = choice.get("name") or (tools[0]["name"] if tools else "tool")
            content: list[dict[str, Any]] = [
                {"type": "tool_use", "id": f"toolu_{next(_ids):024d}", "name": name, "input": reply.tool_input or {}}
            ]
            stop = "tool_use"
        else:
            content = [{"type": "text", "text": reply.text}]
            stop = "end_turn"
        return {
            "id": f"msg_{next(_ids):024d}", "type": "message", "role": "assistant", "model": body["model"],
            "content": content, "stop_reason": stop, "stop_sequence": None,
            "usage": self.usage(body, reply.output_tokens),
        }


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # the listen backlog (the default is 5): room for many concurrent requests


def _handler(api: FakeAnthropic) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.send_header("request-id", f"req_{next(_ids):024d}")
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to answer

        def _error(self, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> None:
            self._send(status, {"type": "error", "error": {"type": kind, "message": message}}, headers)

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            raw = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            try:
                body = json.loads(raw)
            except json.JSONDecodeError:
                body = None
            recorded = Recorded(headers, body if isinstance(body, dict) else {})
            with api._lock:
                api.requests.append(recorded)
            if self.path.split("?")[0] != "/v1/messages":
                recorded.status = 404
                self._error(404, "not_found_error", f"Not found: {self.path}")
                return
            bearer = headers.get("authorization", "")
            if bearer != f"Bearer {api.api_key}" and headers.get("x-api-key") != api.api_key:
                recorded.status = 401
                self._error(401, "authentication_error", "invalid x-api-key")
                return
            version = headers.get("anthropic-version")
            if not version:
                recorded.status = 400
                self._error(400, "invalid_request_error", "anthropic-version: header is required")
                return
            if version not in API_VERSIONS:
                recorded.status = 400
                self._error(400, "invalid_request_error", f"anthropic-version: {version!r} is not a valid version")
                return
            problem = api.check(headers, body)
            if problem is not None:
                api.problems.append(problem)
                recorded.status = 400
                self._error(400, "invalid_request_error", problem)
                return
            assert isinstance(body, dict)
            if api.latency > 0:
                time.sleep(api.latency)
            reply = api._next(body)
            if reply is None:
                api.problems.append("script exhausted: an unexpected request")
                recorded.status = 500
                self._error(500, "api_error", "the fake's script is exhausted")
                return
            while reply.kind == "slow" and reply.then is not None:
                if api._stop.wait(reply.delay):
                    return
                reply = reply.then
            recorded.status = reply.status
            if reply.kind == "error":
                self._error(reply.status, reply.error_type, reply.message, reply.headers)
                return
            recorded.response = api.answer(body, reply)
            self._send(200, recorded.response, reply.headers)

    return Handler


# --- request shape -------------------------------------------------------------------------------


def _check_cache_control(block: dict[str, Any], where: str) -> str | None:
    cc = block.get("cache_control")
    if cc is not None and (not isinstance(cc, dict) or cc.get("type") != "ephemeral"):
        return f"{where}.cache_control: expected {{'type': 'ephemeral'}}"
    return None


def _check_system(system: object) -> str | None:
    if isinstance(system, str):
        return None
    if not isinstance(system, list):
        return "system: expected a string or a list of text blocks"
    for i, block in enumerate(system):
        if not isinstance(block, dict) or block.get("type") != "text" or not isinstance(block.get("text"), str):
            return f"system.{i}: expected a text block"
        if not block["text"]:
            return f"system.{i}.text: text content blocks must be non-empty"
        problem = _check_cache_control(block, f"system.{i}")
        if problem:
            return problem
    return None


def _check_messages(messages: object) -> str | None:
    if not isinstance(messages, list) or not messages:
        return "messages: at least one message is required"
    pending: set[str] = set()
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict) or msg.get("role") not in ("user", "assistant"):
            return f"messages.{i}.role: expected 'user' or 'assistant'"
        if msg["role"] != ("user" if i % 2 == 0 else "assistant"):
            return f"messages.{i}: roles must alternate, starting with 'user'"
        content = msg.get("content")
        blocks = [{"type": "text", "text": content}] if isinstance(content, str) else content
        if not isinstance(blocks, list) or not blocks:
            return f"messages.{i}.content: expected a string or a non-empty list of blocks"
        results = [b.get("tool_use_id") for b in blocks if isinstance(b, dict) and b.get("type") == "tool_result"]
        if pending and set(results) != pending:
            return (f"messages.{i}: `tool_use` ids were found without `tool_result` blocks immediately after: "
                    f"{', '.join(sorted(pending - set(results)))}")
        pending = set()
        for j, block in enumerate(blocks):
            where = f"messages.{i}.content.{j}"
            if not isinstance(block, dict):
                return f"{where}: expected an object"
            kind = block.get("type")
            if kind == "text":
                if not isinstance(block.get("text"), str) or not block["text"]:
                    return f"{where}.text: text content blocks must be non-empty"
            elif kind == "tool_use" and msg["role"] == "assistant":
                if not isinstance(block.get("id"), str) or not isinstance(block.get("input"), dict):
                    return f"{where}: a tool_use block needs an id and an input object"
                pending.add(block["id"])
            elif kind == "tool_result" and msg["role"] == "user":
                content = block.get("content", "")
                if not isinstance(content, str | list):
                    return f"{where}.content: expected a string or a list of blocks"
            else:
                return f"{where}.type: unexpected {kind!r} in a {msg['role']} message"
            problem = _check_cache_control(block, where)
            if problem:
                return problem
    if messages[-1]["role"] != "user":
        return "messages: the last message must be from the user when a tool is forced"
    return None


def _check_tools(tools: object, choice: object) -> str | None:
    if not isinstance(tools, list):
        return "tools: expected a list"
    names = []
    for i, t in enumerate(tools):
        if not isinstance(t, dict) or not isinstance(t.get("name"), str):
            return f"tools.{i}.name: Field required"
        schema = t.get("input_schema")
        if not isinstance(schema, dict) or schema.get("type") != "object":
            return f"tools.{i}.input_schema.type: Input should be 'object'"
        names.append(t["name"])
    if choice is None:
        return None
    if not isinstance(choice, dict) or choice.get("type") not in ("auto", "any", "tool", "none"):
        return "tool_choice.type: expected auto, any, tool or none"
    if choice["type"] == "tool" and choice.get("name") not in names:
        return f"tool_choice.name: {choice.get('name')!r} is not one of the tools"
    return None


def _canonical(*parts: object) -> str:
    return json.dumps(parts, sort_keys=True, separators=(",", ":"))


def _tokens(text: str) -> int:
    return (len(text) + 3) // 4


def _breakpoints(body: dict[str, Any]) -> Iterator[str]:
    """The canonical prefix (tools, system, messages) that ends at each `cache_control` block."""
    tools = body.get("tools", [])
    system = body.get("system", [])
    system_blocks = [] if isinstance(system, str) else list(system)
    for i, block in enumerate(system_blocks):
        if isinstance(block, dict) and block.get("cache_control"):
            yield _canonical(tools, system_blocks[: i + 1])
    for m, msg in enumerate(body.get("messages") or []):
        content = msg.get("content") if isinstance(msg, dict) else None
        if isinstance(content, list):
            for b, block in enumerate(content):
                if isinstance(block, dict) and block.get("cache_control"):
                    yield _canonical(tools, system, [*body["messages"][:m], {**msg, "content": content[: b + 1]}])


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("text", "content") and isinstance(item, str):
                yield item
            else:
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
