"""The one way the local stand-ins serve HTTP: a threading server on 127.0.0.1 and a free port,
served from a daemon thread, stopped and joined on close."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self


class LocalServer:
    def __init__(self, handler: type[BaseHTTPRequestHandler], name: str) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        # a short poll interval: `shutdown` waits for the serving loop to look, and tests stop servers often
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name=name, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class Served:
    """For a stand-in: `with Fake() as fake:` serves it while the block runs. A subclass names its
    server thread and gives the handler class that answers for it."""

    server_name = "fake"
    _local: LocalServer | None = None

    def handler(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    @property
    def endpoint(self) -> str:
        assert self._local is not None, "the fake is not started"
        return self._local.url

    def __enter__(self) -> Self:
        self._local = LocalServer(self.handler(), self.server_name)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._local is not None
        self._local.close()
