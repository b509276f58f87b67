"""The cloud state store: a prefix of a GCS bucket behind the `BlobStore` port (DESIGN.md §3, §4.4).

Generations are GCS object generations and every guarded write and delete carries `ifGenerationMatch`,
so the server, not this process, decides a race. Google exceptions are mapped to the job's errors here,
and every call is bounded (a timeout, a few counted attempts). It creates no bucket and reads no settings.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from google.api_core import exceptions as gexc
from google.auth.exceptions import RefreshError, TransportError
from google.cloud import storage  # type: ignore[import-untyped]
from google.cloud.storage.exceptions import DataCorruption  # type: ignore[import-untyped]

from job.errors import ConfigError, PreconditionFailed, StateError
from job.ports import Blob

T = TypeVar("T")

GRANT = "roles/storage.objectUser"
# Worth another attempt: the request may not have arrived, or the service asked us to come back.
# OSError covers the transport (requests' ConnectionError and Timeout derive from it).
_TRANSIENT = (
    gexc.TooManyRequests, gexc.InternalServerError, gexc.BadGateway,
    gexc.ServiceUnavailable, gexc.GatewayTimeout, TransportError, DataCorruption, OSError,
)
_BUCKET = re.compile(r"[a-z0-9][a-z0-9._-]*[a-z0-9]")


@dataclass(frozen=True)
class Attempts:
    """How long one call may take and how often it is tried. Attempts are counted, not timed, so a
    frozen clock (freezegun) cannot make a retry spin, and a dead server ends a run in bounded time."""

    count: int = 3
    timeout: float = 20.0
    backoff: float = 0.5


def _call_with_attempts(fn: Callable[[int], T], what: str, attempts: Attempts) -> T:
    """Run `fn(attempt)`, retrying transient failures; the last one becomes a retryable StateError."""
    for attempt in range(1, attempts.count + 1):
        try:
            return fn(attempt)
        except _TRANSIENT as exc:
            if attempt >= attempts.count:
                raise StateError(f"{what}: no usable answer from GCS after {attempt} attempts ({exc})") from exc
            time.sleep(attempts.backoff * 2 ** (attempt - 1))
    raise AssertionError("attempts.count must be at least 1")


def parse_gs_url(url: str) -> tuple[str, str]:
    """`gs://bucket/some/prefix` → ("bucket", "some/prefix"); the prefix may be empty."""
    expected = "expected gs://BUCKET or gs://BUCKET/PATH"
    if not url.startswith("gs://"):
        raise ConfigError(f"{url!r} is not a GCS URL; {expected}")
    bucket, _, path = url.removeprefix("gs://").partition("/")
    if not (3 <= len(bucket) <= 222 and _BUCKET.fullmatch(bucket)) or any(len(p) > 63 for p in bucket.split(".")):
        raise ConfigError(f"{url!r}: {bucket!r} is not a valid bucket name (lowercase letters, digits, '-', '_', '.'; "
                          f"3 to 63 characters); {expected}")
    path = path.removesuffix("/")
    if path and any(p in ("", ".", "..") for p in path.split("/")):
        raise ConfigError(f"{url!r}: the path has an empty, '.' or '..' segment; {expected}")
    if any(c in path for c in "\r\n\t"):
        raise ConfigError(f"{url!r}: the path contains a control character; {expected}")
    return bucket, path


def _permanent(message: str) -> StateError:
    error = StateError(message)
    error.retryable = False
    return error


def _api_error(what: str, exc: gexc.GoogleAPICallError) -> StateError:
    error = StateError(f"{what}: GCS answered {exc.code}: {exc.message}")
    error.retryable = exc.code == 408 or not isinstance(exc, gexc.ClientError)
    return error


def _generation(blob: Any, what: str) -> int:
    generation = blob.generation
    if not isinstance(generation, int) or generation <= 0:
        raise StateError(f"{what}: GCS answered without an object generation")
    return generation


class GcsBlobStore:
    """Objects live at `gs://bucket/prefix/<key>`. Construct it freely (no I/O), then call `check()` once
    at the start of a run so a missing bucket or a missing grant fails before anything is done."""

    def __init__(self, client: storage.Client, bucket: str, prefix: str, attempts: Attempts | None = None) -> None:
        self.bucket, self.prefix = parse_gs_url(f"gs://{bucket}/{prefix}")
        self._client = client
        self._bucket = client.bucket(self.bucket)
        self._root = f"{self.prefix}/" if self.prefix else ""
        self._attempts = attempts or Attempts()

    @property
    def url(self) -> str:
        return f"gs://{self.bucket}/{self.prefix}"

    def describe(self) -> str:
        return f"GCS {self.url}"

    def _name(self, key: str) -> str:
        if not key or key.startswith("/") or any(p in ("", ".", "..") for p in key.split("/")):
            raise StateError(f"invalid state key {key!r}")
        return self._root + key

    def _run(self, what: str, fn: Callable[[int], T]) -> T:
        try:
            return _call_with_attempts(fn, what, self._attempts)
        except gexc.NotFound as exc:
            raise _permanent(f"{what}: bucket gs://{self.bucket} does not exist ({exc.message}); create it or "
                             "fix the state URL") from exc
        except (gexc.Forbidden, gexc.Unauthorized) as exc:
            raise _permanent(f"{what}: permission denied ({exc.message}); grant the job's service account "
                             f"{GRANT} on bucket {self.bucket}") from exc
        except RefreshError as exc:
            raise _permanent(f"{what}: the GCS credentials cannot be refreshed ({exc})") from exc
        except gexc.GoogleAPICallError as exc:
            raise _api_error(what, exc) from exc

    def _fetch(self, name: str, what: str) -> Blob | None:
        blob = self._bucket.blob(name)
        try:
            data = blob.download_as_bytes(retry=None, timeout=self._attempts.timeout)
        except gexc.NotFound:
            return None
        return Blob(bytes(data), _generation(blob, what))

    def _what(self, verb: str, name: str) -> str:
        return f"{verb} gs://{self.bucket}/{name}"

    def read(self, key: str) -> Blob | None:
        name = self._name(key)
        what = self._what("read", name)
        return self._run(what, lambda _: self._fetch(name, what))

    def write(self, key: str, data: bytes, if_generation: int | None = None) -> int:
        name = self._name(key)
        what = self._what("write", name)
        content_type = "application/json" if key.endswith(".json") else "application/octet-stream"

        def upload(attempt: int) -> int:
            blob = self._bucket.blob(name)
            try:
                blob.upload_from_string(data, content_type=content_type, if_generation_match=if_generation,
                                        retry=None, timeout=self._attempts.timeout)
            except gexc.PreconditionFailed:
                actual = -1
                if attempt > 1:
                    # An earlier attempt may have been applied with only its answer lost. If the object
                    # holds exactly these bytes, the caller has what it asked for: not a lost race.
                    current = self._fetch(name, what)
                    if current is not None and current.data == data:
                        return current.generation
                    actual = current.generation if current else 0
                raise PreconditionFailed(key, if_generation if if_generation is not None else -1, actual) from None
            return _generation(blob, what)

        return self._run(what, upload)

    def delete(self, key: str, if_generation: int | None = None) -> None:
        name = self._name(key)
        what = self._what("delete", name)

        def remove(attempt: int) -> None:
            if if_generation is not None:
                # Checked here as well as by the server: the error can then name the generation found,
                # and fake-gcs-server (the tests' GCS) ignores ifGenerationMatch on delete.
                found = self._bucket.get_blob(name, retry=None, timeout=self._attempts.timeout)
                if found is None and attempt > 1:
                    return  # gone: an earlier attempt deleted it and only its answer was lost
                actual = _generation(found, what) if found is not None else 0
                if actual != if_generation:
                    raise PreconditionFailed(key, if_generation, actual)
                if found is None:
                    return  # `if_generation=0` on a missing object: nothing to delete
            try:
                self._bucket.blob(name).delete(if_generation_match=if_generation, retry=None,
                                               timeout=self._attempts.timeout)
            except gexc.NotFound:
                return
            except gexc.PreconditionFailed:
                raise PreconditionFailed(key, if_generation if if_generation is not None else -1, -1) from None

        self._run(what, remove)

    def list(self, prefix: str) -> list[str]:
        what = self._what("list", self._root + prefix)

        def names(_: int) -> list[str]:
            blobs = self._client.list_blobs(self.bucket, prefix=self._root + prefix, retry=None,
                                            timeout=self._attempts.timeout)
            return [str(blob.name) for blob in blobs]

        keys = (name[len(self._root):] for name in self._run(what, names))
        # Folder placeholders ("a/") and dot files (the probe of `check`) are not state objects.
        return sorted(k for k in keys if k and not k.endswith("/") and not k.rsplit("/", 1)[-1].startswith("."))

    def check(self) -> None:
        """Prove the bucket exists and the job may list, create, read and delete objects under the
        prefix, with a probe object that is removed at once. Raises a non-retryable StateError naming
        the bucket and the role to grant; never falls back to another store."""
        self._run(f"list {self.url}", lambda _: list(self._client.list_blobs(
            self.bucket, prefix=self._root, max_results=1, retry=None, timeout=self._attempts.timeout)))
        probe = f".check-{uuid.uuid4().hex}"
        generation = self.write(probe, b"probe\n", if_generation=0)
        if self.read(probe) is None:
            raise _permanent(f"check {self.url}: a probe object written just now cannot be read back")
        self.delete(probe, if_generation=generation)


def read_gs_text(client: storage.Client, url: str, attempts: Attempts | None = None) -> str:
    """The UTF-8 text of one object, for `ORCHESTRATOR_CONFIG=gs://bucket/path/relationships.json`."""
    bucket, name = parse_gs_url(url)
    if not name:
        raise ConfigError(f"{url!r} names a bucket, not an object; expected gs://BUCKET/PATH/TO/FILE")
    limits = attempts or Attempts()

    def download(_: int) -> bytes:
        return bytes(client.bucket(bucket).blob(name).download_as_bytes(retry=None, timeout=limits.timeout))

    try:
        data = _call_with_attempts(download, f"read {url}", limits)
    except gexc.NotFound as exc:
        raise ConfigError(f"{url}: no such object (or no bucket {bucket!r})") from exc
    except (gexc.Forbidden, gexc.Unauthorized) as exc:
        raise ConfigError(f"{url}: permission denied ({exc.message}); grant the job's service account "
                          f"roles/storage.objectViewer on bucket {bucket}") from exc
    except RefreshError as exc:
        raise ConfigError(f"{url}: the GCS credentials cannot be refreshed ({exc})") from exc
    except gexc.GoogleAPICallError as exc:
        raise _api_error(f"read {url}", exc) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{url}: not UTF-8 text ({exc})") from None
