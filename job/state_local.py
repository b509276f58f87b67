"""The embedded state store: a local folder (default `state/`) behind the `BlobStore` port.

Objects are plain files, readable with `cat`. A file's generation is its modification time in
nanoseconds, forced to grow on every write; writes are atomic (temporary file, then rename) and the
compare-and-write runs under an exclusive lock, so two processes on one machine cannot both win.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from job.errors import PreconditionFailed, StateError
from job.ports import Blob


class LocalBlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def describe(self) -> str:
        return f"local folder {self.root}"

    def check(self) -> None:
        """Prove the folder can hold state before any work: an existing folder takes a probe file
        (removed at once); a missing one needs its nearest existing parent to be a writable folder,
        and is not created here (a dry run writes nothing). A failure is a configuration problem:
        a retry cannot make the folder writable."""
        existing = self.root
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        fix = "set ORCHESTRATOR_STATE to a folder you can write"
        if not existing.is_dir():
            raise _unusable(f"state folder {self.root} cannot be created: {existing} is not a folder; {fix}")
        if existing != self.root:
            if not os.access(existing, os.W_OK | os.X_OK):
                raise _unusable(f"state folder {self.root} cannot be created: {existing} is not writable; {fix}")
            return
        probe = self.root / f".check-{os.getpid()}"
        try:
            probe.write_bytes(b"probe\n")
            probe.unlink()
        except OSError as exc:
            raise _unusable(f"state folder {self.root} is not writable ({exc.strerror or exc}); {fix}") from None

    def _path(self, key: str) -> Path:
        parts = key.split("/")
        if not key or key.startswith("/") or any(p in ("", ".", "..") for p in parts):
            raise StateError(f"invalid state key {key!r}")
        return self.root.joinpath(*parts)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.root / ".lock", os.O_CREAT | os.O_RDWR, 0o644)
        except OSError as exc:
            raise StateError(f"cannot use state folder {self.root}: {exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    def read(self, key: str) -> Blob | None:
        path = self._path(key)
        try:
            with path.open("rb") as fh:
                data = fh.read()
                generation = os.fstat(fh.fileno()).st_mtime_ns
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StateError(f"cannot read state object {key!r} at {path}: {exc}") from exc
        return Blob(data, generation)

    def _generation(self, path: Path) -> int:
        try:
            return path.stat().st_mtime_ns
        except FileNotFoundError:
            return 0

    def write(self, key: str, data: bytes, if_generation: int | None = None) -> int:
        path = self._path(key)
        with self._locked():
            current = self._generation(path)
            if if_generation is not None and current != if_generation:
                raise PreconditionFailed(key, if_generation, current)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
                with tmp.open("wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                new = max(time.time_ns(), current + 1)
                os.utime(tmp, ns=(new, new))
                os.replace(tmp, path)
            except OSError as exc:
                raise StateError(f"cannot write state object {key!r} at {path}: {exc}") from exc
            return new

    def delete(self, key: str, if_generation: int | None = None) -> None:
        path = self._path(key)
        with self._locked():
            current = self._generation(path)
            if if_generation is not None and current != if_generation:
                raise PreconditionFailed(key, if_generation, current)
            path.unlink(missing_ok=True)

    def list(self, prefix: str) -> list[str]:
        folder = prefix.rsplit("/", 1)[0] if "/" in prefix else ""
        start = self.root.joinpath(*folder.split("/")) if folder else self.root
        if not start.is_dir():
            return []
        out = []
        for path in start.rglob("*"):
            if path.is_file() and not path.name.startswith("."):
                key = path.relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    out.append(key)
        return sorted(out)


def _unusable(message: str) -> StateError:
    error = StateError(message)
    error.retryable = False
    return error
