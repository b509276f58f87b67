"""A warmed interpreter that starts `python -m job ...` for the tests in forked children.

A fresh interpreter spends most of a CLI test's CPU importing: the job, PyGithub, GitPython, pydantic,
Jinja2, and the anthropic SDK (about 2 s on its own). This process imports them once, then, for each
request from a test (`tests/cli_process.py`), forks a runner, which forks the command's process and
reports its pid and its wait status. The command's process gets what a `subprocess.run` child gets:
the request's arguments, environment and working directory, its stdin, stdout and stderr on the files
the test passed, no other open file, default signal handlers, its own pid and random state, and the
interpreter's exit sequence (threads joined, atexit handlers, streams flushed). What a warmed process
cannot give is a fresh start: import-time behaviour, `PYTHON*` variables read at start-up, and an
import blocked before the job is loaded; tests of those ask for a fresh interpreter.

Run as `python tests/cli_zygote.py SOCKET`; it prints "ready" once it listens, and exits when its
stdin closes (the test process that started it is gone).
"""

from __future__ import annotations

import atexit
import builtins
import json
import os
import random
import runpy
import selectors
import signal
import socket
import sys
import threading
import types
from typing import Any, NoReturn

# What the command line imports, now or when a pass needs it; never the Google Cloud libraries, YAML
# or the demo (read at import: PORT), so a test can still block or configure those per process.
PRELOAD = ("job.cli", "job.source_git", "job.source_github", "job.issues_github", "job.triage_claude",
           "job.notify_discord", "job.online", "job.weekly_send", "anthropic")
NEVER = ("google.cloud.run_v2", "google.cloud.scheduler_v1", "google.cloud.storage", "yaml", "job.demo")


def preload() -> None:
    for name in PRELOAD:
        __import__(name)
    loaded = [name for name in NEVER if name in sys.modules]
    if loaded:
        raise SystemExit(f"cli_zygote: preloading imported {', '.join(loaded)}, which must stay per process")


def exit_code(value: object) -> int:
    """The status `sys.exit(value)` gives a process, as the interpreter computes it."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value & 0xFF
    print(value, file=sys.stderr)
    return 1


def command(request: dict[str, Any], streams: list[int]) -> NoReturn:
    """The command's process: set up as a fresh child would be, run, exit as the interpreter does."""
    for target, fd in enumerate(streams):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    random.seed()
    main = sys.modules["__main__"] = types.ModuleType("__main__")  # not this file's module
    main.__dict__["__builtins__"] = builtins
    code = 0
    try:
        if request["launcher"] is not None:
            sys.argv, sys.path[0] = ["-c", *request["args"]], ""
            exec(compile(request["launcher"], "<string>", "exec"), main.__dict__)
        else:
            sys.argv, sys.path[0] = ["-m", *request["args"]], os.getcwd()
            runpy._run_module_as_main("job")  # type: ignore[attr-defined]  # what `python -m job` calls
    except SystemExit as stop:
        code = exit_code(stop.code)
    except BaseException as error:  # noqa: BLE001 - the interpreter prints any other escape and exits 1
        tb = error.__traceback__.tb_next if error.__traceback__ else None  # from the command's first frame
        sys.excepthook(type(error), error.with_traceback(tb), tb)
        code = 1
    try:
        threading._shutdown()  # type: ignore[attr-defined]  # what interpreter exit does first
        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)


def runner(conn: socket.socket, request: dict[str, Any], streams: list[int]) -> NoReturn:
    """Forks the command, tells the test its pid, waits, tells the test its wait status."""
    pid = os.fork()
    if pid == 0:
        conn.close()
        command(request, streams)
    for fd in streams:
        os.close(fd)
    try:
        conn.send(json.dumps({"pid": pid}).encode())
        _, status = os.waitpid(pid, 0)
        conn.send(json.dumps({"status": status}).encode())
    finally:
        os._exit(0)


def serve(path: str) -> None:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    listener.bind(path)
    listener.listen(64)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # runners are reaped by the kernel
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    selector.register(0, selectors.EVENT_READ)
    os.write(1, b"ready\n")
    while True:
        for key, _ in selector.select():
            if key.fileobj == 0:
                if not os.read(0, 4096):
                    return  # the test process is gone
                continue
            conn, _ = listener.accept()
            message, streams, _, _ = socket.recv_fds(conn, 1 << 20, 3)
            if os.fork() == 0:
                selector.close()
                listener.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                runner(conn, json.loads(message), streams)
            conn.close()
            for fd in streams:
                os.close(fd)


if __name__ == "__main__":
    sys.path[0] = os.getcwd()  # as a `python -m job` started here would see it, not this file's folder
    preload()
    serve(sys.argv[1])
