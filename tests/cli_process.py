"""Runs the job's command line in a process of its own, for the tests, as `subprocess.run` would.

By default the process is forked from a warmed interpreter (`tests/cli_zygote.py`, one per test
process), which saves most of a CLI test's CPU; `fresh=True`, an environment that sets a `PYTHON*`
variable, or ORCHESTRATOR_TESTS_FRESH_CLI=1 in the tests' own environment starts a fresh interpreter
instead (what import-time behaviour and start-up settings need, and a check of the whole suite on
fresh processes).
"""

from __future__ import annotations

import atexit
import io
import json
import locale
import os
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
ZYGOTE = Path(__file__).resolve().parent / "cli_zygote.py"
ALWAYS_FRESH = os.environ.get("ORCHESTRATOR_TESTS_FRESH_CLI") == "1"  # read before the tests clear ORCHESTRATOR_*


class Zygote:
    def __init__(self) -> None:
        folder = tempfile.mkdtemp(prefix="cli-zygote-")
        self.path = os.path.join(folder, "socket")
        env = {k: v for k, v in os.environ.items() if not k.startswith("ORCHESTRATOR_")}
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen([sys.executable, str(ZYGOTE), self.path], cwd=ROOT, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log)
        assert self.process.stdout is not None
        if self.process.stdout.readline() != b"ready\n":
            self.process.wait(10)
            self.log.seek(0)
            raise RuntimeError(f"the warmed interpreter for CLI tests did not start: {self.log.read().decode()}")
        atexit.register(self.close)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def run(self, args: list[str], launcher: str | None, env: dict[str, str], cwd: Path,
            streams: tuple[IO[bytes], IO[bytes], IO[bytes]], timeout: float) -> int:
        request = {"args": args, "launcher": launcher, "env": env, "cwd": str(cwd)}
        with socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET) as conn:
            conn.connect(self.path)
            socket.send_fds(conn, [json.dumps(request).encode()], [s.fileno() for s in streams])
            conn.settimeout(timeout)
            pid = json.loads(conn.recv(4096))["pid"]
            try:
                answer = conn.recv(4096)
            except TimeoutError:
                os.kill(pid, signal.SIGKILL)
                conn.settimeout(None)
                conn.recv(4096)
                raise
            if not answer:
                raise RuntimeError(f"the warmed interpreter lost the CLI process {pid} of {args}")
            return os.waitstatus_to_exitcode(json.loads(answer)["status"])


_zygote: Zygote | None = None


def _text(stream: IO[bytes]) -> str:
    """What `text=True` makes of a stream: decoded, universal newlines."""
    stream.seek(0)
    return io.TextIOWrapper(io.BytesIO(stream.read()), encoding=locale.getpreferredencoding(False)).read()


def run_cli(args: list[str], *, env: dict[str, str], cwd: Path, stdin: str | None = None,
            launcher: str | None = None, fresh: bool = False,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m job ARGS` (or `python -c LAUNCHER ARGS`) in CWD, with the tests' environment less its
    ORCHESTRATOR_* variables, plus ENV."""
    global _zygote
    command = [sys.executable, "-c", launcher, *args] if launcher else [sys.executable, "-m", "job", *args]
    fresh = fresh or any(k.startswith("PYTHON") for k in env) or ALWAYS_FRESH
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("ORCHESTRATOR_")}
    full_env.update(env)
    if fresh:
        return subprocess.run(command, env=full_env, cwd=cwd, input=stdin, capture_output=True, text=True,
                              timeout=timeout)
    with tempfile.TemporaryFile() as given, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        given.write((stdin or "").encode(locale.getpreferredencoding(False)))
        given.seek(0)
        if _zygote is None or _zygote.process.poll() is not None:
            _zygote = Zygote()
        try:
            code = _zygote.run(args, launcher, full_env, cwd, (given, out, err), timeout)
        except TimeoutError:
            raise subprocess.TimeoutExpired(command, timeout, _text(out), _text(err)) from None
        return subprocess.CompletedProcess(command, code, _text(out), _text(err))
