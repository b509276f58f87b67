"""SIGINT (Ctrl-C) and SIGTERM (Cloud Run stopping a task, about 10 s before its SIGKILL) during a command.

The first signal fires an `Interrupt`: the work reads it and stops at its next safe point, then saves
what it did; the process exits 130 (SIGINT) or 143 (SIGTERM). A second signal ends the process at once
with the same codes, relying on the crash safety of the state's write order. Where the safe points are
is the pass's business (job/poll.py), not this module's.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from types import FrameType

log = logging.getLogger("job.interrupt")

SIGNALS = (signal.SIGINT, signal.SIGTERM)


def exit_code_of(signum: int) -> int:
    """The shell's convention: 128 + the signal number (130 for SIGINT, 143 for SIGTERM)."""
    return 128 + signum


class Interrupt:
    """Fired once, by the first signal. Work in flight then gets `grace` seconds to reach a safe point;
    what has not by then is abandoned (it is safe to, as after a crash) so that the run record and the
    digest are still saved before Cloud Run's SIGKILL."""

    def __init__(self, grace: float = 5.0) -> None:
        self.grace = grace
        self.signal_name = ""
        self.exit_code = 0
        self._fired_at = 0.0
        self._fired = threading.Event()

    def fire(self, signum: int) -> None:
        if self._fired.is_set():
            return
        self.signal_name = signal.Signals(signum).name
        self.exit_code = exit_code_of(signum)
        self._fired_at = time.monotonic()
        self._fired.set()  # last: a thread that sees it set sees the fields above

    def is_set(self) -> bool:
        return self._fired.is_set()

    def past_grace(self) -> bool:
        return self._fired.is_set() and time.monotonic() - self._fired_at >= self.grace

    @property
    def reason(self) -> str:
        return f"interrupted by {self.signal_name}"


@contextmanager
def handling_signals(grace: float, on_hard_exit: Callable[[], None] = lambda: None) -> Iterator[Interrupt]:
    """While the block runs, the first SIGINT or SIGTERM fires the Interrupt it is given, and a second one
    calls `on_hard_exit` and ends the process at once. The previous handlers come back afterwards. Signal
    handlers belong to the main thread: elsewhere the block runs with an Interrupt that never fires."""
    interrupt = Interrupt(grace)
    if threading.current_thread() is not threading.main_thread():
        yield interrupt
        return

    def handle(signum: int, frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        if interrupt.is_set():
            log.error("interrupted again; exiting at once", extra={"signal": name})
            on_hard_exit()
            exit_now(exit_code_of(signum))
        interrupt.fire(signum)
        log.warning("interrupted; starting no more work", extra={"signal": name, "grace_seconds": grace})

    previous = {signum: signal.signal(signum, handle) for signum in SIGNALS}
    try:
        yield interrupt
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def exit_now(code: int) -> None:
    """End the process with `code` without waiting for its other threads (abandoned work may hold one),
    once what was written to stdout, stderr and the logs is out."""
    # a stream closed under us cannot take the rest either way; the exit code still says what happened
    with suppress(OSError, ValueError):
        for handler in logging.getLogger().handlers + logging.getLogger("job").handlers:
            handler.flush()
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    os._exit(code)
