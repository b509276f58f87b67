"""The job's exception tree; every error the job raises on purpose is one of these.

    OrchestratorError            base; `retryable` says whether running again can help
    ├── ConfigError              bad relationships config, rules, settings or payload (exit 2)
    │   └── UsageError           a command line that cannot be carried out (exit 2)
    ├── SourceError              the commit source failed; `status` says how (not_found, forbidden, ...)
    │   └── RateLimited          the API's rate limit is spent: stop, keep the rest for the next run
    ├── StateError               the state store failed
    │   ├── StateCorrupt         an object that cannot be read (bad JSON, unknown schema)
    │   └── PreconditionFailed   a lost compare-and-swap: re-read and re-decide, never overwrite
    ├── TrackerError             the issue tracker failed
    │   └── DependentRefuses     a dependent that takes no issues (archived, issues off, no access)
    ├── NotifierError            the digest could not be delivered
    └── Interrupted              a SIGINT or SIGTERM stopped a command at a safe point (exit 130 or 143)

Vendor exceptions are mapped to these at the edge (in the adapters); the core never sees them.
A triage engine that fails raises nothing: its decision falls back to the rules, marked degraded.
"""

from __future__ import annotations


class OrchestratorError(Exception):
    """Base of the tree. `retryable` is True when the same run, started again, may succeed."""

    retryable: bool = True


class ConfigError(OrchestratorError):
    """Configuration, settings or input that is wrong; a retry cannot help."""

    retryable = False

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems: list[str] = problems or [message]

    def __str__(self) -> str:
        head = super().__str__()
        if self.problems == [head]:
            return head
        return head + "\n" + "\n".join(f"  - {p}" for p in self.problems)


class UsageError(ConfigError):
    """A command line that cannot be carried out as given."""


class SourceError(OrchestratorError):
    """The commit source could not give the commits of a watched repo. `status` is a short word
    for the run record and the digest: failed, not_found, forbidden, archived, renamed,
    branch_not_found, rate_limited."""

    def __init__(self, message: str, *, retryable: bool = True, status: str = "failed") -> None:
        super().__init__(message)
        self.retryable = retryable
        self.status = status


class RateLimited(SourceError):
    """The rate limit is spent until `reset_at` (epoch seconds, 0 if unknown). The pass stops
    fetching, leaves every checkpoint as it is, and the next run carries on."""

    def __init__(self, message: str, reset_at: float = 0.0) -> None:
        super().__init__(message, retryable=True, status="rate_limited")
        self.reset_at = reset_at


class StateError(OrchestratorError):
    """The state store failed to read or write."""


class StateCorrupt(StateError):
    """A state object exists but cannot be understood; it is reported and never overwritten."""

    retryable = False

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"state object {key!r} is corrupt: {reason}")
        self.key = key


class PreconditionFailed(StateError):
    """A conditional write lost a race: the object changed since it was read."""

    def __init__(self, key: str, expected: int, actual: int) -> None:
        super().__init__(f"state object {key!r} changed: expected generation {expected}, found {actual}")
        self.key = key
        self.expected = expected
        self.actual = actual


class TrackerError(OrchestratorError):
    """The issue tracker could not find, create or update an issue."""


class DependentRefuses(TrackerError):
    """One dependent does not take issues: `status` is archived, issues_disabled or no_access. Its
    finding is kept for a later pass; the rest of the pass goes on."""

    retryable = False

    def __init__(self, message: str, status: str) -> None:
        super().__init__(message)
        self.status = status


class NotifierError(OrchestratorError):
    """The digest could not be delivered."""


class Interrupted(OrchestratorError):
    """A first SIGINT or SIGTERM stopped the command at a safe point, before it wrote anything it could
    not finish; `exit_code` is 130 (SIGINT) or 143 (SIGTERM). Running it again does the whole of it."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code
