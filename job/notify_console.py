"""The embedded notifier: the digest goes to the console (stdout), as Markdown."""

from __future__ import annotations

import sys
from typing import TextIO


class ConsoleNotifier:
    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    def describe(self) -> str:
        return "console (the digest is printed)"

    def send(self, markdown: str) -> None:
        stream = self._stream or sys.stdout
        stream.write(markdown.rstrip("\n") + "\n")
        stream.flush()
