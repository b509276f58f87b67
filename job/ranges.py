"""Range logic both commit sources share, as pure functions: the owner/name check, date parsing, where a
range starts when the checkpoint was rewritten (force-push), where a capped pass stops, and the notes
that say so. The git source answers its graph questions with git, the GitHub source with the API; what
they do with the answers, and what they tell the digest, is decided here, once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from job.errors import SourceError
from job.ports import Since

_NAME = re.compile(r"[A-Za-z0-9_.-]+")


def valid_name(repo: str) -> bool:
    """`owner/name`, each part a GitHub-style name (and not `.` or `..`, which would escape a folder)."""
    owner, _, name = repo.partition("/")
    return all(_NAME.fullmatch(p) and p not in (".", "..") for p in (owner, name))


def check_name(repo: str, what: str = "watched repo") -> None:
    if not valid_name(repo):
        raise SourceError(f"{what} {repo!r} is not of the form owner/name", retryable=False)


def parse_instant(text: str, what: str) -> datetime:
    """An ISO date or datetime as an aware UTC datetime; a naive value is taken as UTC."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise SourceError(f"{what} {text!r} is not an ISO date or datetime", retryable=False) from None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)


def first_second_after(instant: datetime) -> int:
    """The first whole second (epoch) after `instant`: commits from there on count as after it
    (commit times have whole seconds)."""
    return math.floor(instant.timestamp()) + 1


@dataclass(frozen=True)
class Start:
    """Where a range begins. `base` None with `baseline` False means from the root commit."""

    base: str | None
    notes: tuple[str, ...] = ()
    baseline: bool = False


def moved_start(since: Since, branch: str, merge_base: str) -> Start:
    """The checkpoint is no longer on the branch but shares history with it: go on from the merge
    base (what each dependent was told keeps rewritten commits from being reported again)."""
    short = (since.sha or "")[:7]
    return Start(merge_base, (f"checkpoint {short} is no longer on branch {branch} (force-push?); "
                              f"continuing from merge base {merge_base[:7]}",))


def lost_start(since: Since, branch: str, head: str, *, unrelated: bool,
               base_after: Callable[[datetime], str | None]) -> Start:
    """The checkpoint cannot be found on the branch, or shares no history with it: go on from the
    commits after the checkpoint's time, or without a time start a new baseline at the head."""
    short, on = (since.sha or "")[:7], f"branch {branch}"
    why = f"checkpoint {short} shares no history with {on} (force-push?)" if unrelated \
        else f"checkpoint {short} cannot be found on {on} (force-push?)"
    if since.time:
        return Start(base_after(parse_instant(since.time, "checkpoint time")),
                     (f"{why}; continuing from the commits after its time {since.time}",))
    return Start(None, (f"{why} and has no time; starting a new baseline at {head[:7]}",), True)


def capped_head(shas: Sequence[str], descendants: set[str], cap: int) -> str:
    """Where a capped pass stops, given the range's commits oldest first and those of them that descend
    from its base: the newest of the oldest `cap` that descends from base, so the next range (from
    there) holds none of the commits processed now; past the cap when a merge leaves none within it."""
    within = [sha for sha in shas[:cap] if sha in descendants]
    return within[-1] if within else next((sha for sha in shas if sha in descendants), shas[min(cap, len(shas)) - 1])


def backlog_notes(total: int, processed: int, cap: int, branch: str) -> list[str]:
    """What the digest says when a range is bigger than one pass takes, or a merge took it past the cap."""
    notes = []
    remaining = total - processed
    if remaining > 0:
        notes.append(f"backlog of {total} commits on {branch}: processed the oldest {processed}, "
                     f"{remaining} left for the next passes")
    if processed > cap:
        notes.append(f"processed {processed} commits, past the cap of {cap}, so that the checkpoint "
                     "covers a whole merge")
    return notes


def compare_url(web_url: str, base: str | None, head: str, has_commits: bool) -> str:
    """The watched repo's compare page for the range, when there is one to show."""
    return f"{web_url}/compare/{base}...{head}" if web_url and base and has_commits else ""
