"""Where every state object lives (DESIGN.md §4.4): the one place that names the keys, the same on a
local folder and under a GCS prefix. It only builds names; reading and writing is `state.py`'s."""

from __future__ import annotations

from datetime import date, datetime

CHECKPOINTS = "checkpoints/"
LEDGER = "ledger/"
RUNS = "runs/"
PENDING_DIGESTS = "digests/pending/"
ANNOUNCE = "announce/"
RUN_DAY = r"runs/\d{4}/\d{2}/\d{2}/"  # a run record's day folder, for pruning


def _repo(prefix: str, repo: str, suffix: str = ".json") -> str:
    owner, name = repo.lower().split("/", 1)
    return f"{prefix}/{owner}/{name}{suffix}"


def checkpoint(repo: str) -> str:
    return _repo("checkpoints", repo)


def ledger(dependent: str, fingerprint: str) -> str:
    return _repo("ledger", dependent, f"/{fingerprint}.json")


def thread(dependent: str, thread_id: str) -> str:
    return _repo("threads", dependent, f"/{thread_id}.json")


def told(watched: str, dependent: str) -> str:
    """What one dependent has been told about one watched repo (DESIGN.md §4.5)."""
    owner, name = dependent.lower().split("/", 1)
    return _repo("told", watched, f"/{owner}/{name}.json")


def run_day(day: date | datetime) -> str:
    """The folder of one UTC day's run records."""
    return f"runs/{day:%Y/%m/%d}/"


def run(run_id: str, started: datetime) -> str:
    return f"{run_day(started)}{run_id}.json"


def pending_digest(run_id: str) -> str:
    return f"{PENDING_DIGESTS}{run_id}.md"


def weekly_digest(week: str) -> str:
    """The marker that makes the weekly digest go out once for the ISO week `week` (2026-W10)."""
    return f"digests/weekly/{week}.json"


def lease(shard: str) -> str:
    return f"leases/{shard}.json"


def announce_shard(shard: str) -> str:
    """The folder of one shard's announce journal (job/announce.py): one folder per run id below it."""
    return f"{ANNOUNCE}{shard}/"


def announce(shard: str, run_id: str, dependent: str, fingerprint: str) -> str:
    """One issue write of run `run_id`, kept until a digest has announced it (a finding is written once a run)."""
    return _repo(f"{announce_shard(shard)}{run_id}", dependent, f"/{fingerprint}.json")


def announce_run(key: str) -> str:
    """The run id of a journal object's key."""
    return key[len(ANNOUNCE):].split("/")[1]


def execution(execution_id: str) -> str:
    """The folder where an execution's tasks mark themselves done and claim its one digest."""
    return f"executions/{execution_id}"


def etags(repo: str) -> str:
    return _repo("cache/etags", repo)

def triage_cache(key: str) -> str:
    """The Claude engine's result for one (change set, relationship, prompt version, model) key."""
    return f"cache/triage/{key}.json"


def tokens_day(day: str) -> str:
    """The folder of one UTC day's token counts, one object per writer (a pass of a task)."""
    return f"cache/tokens/{day}/"


def tokens(day: str, writer: str) -> str:
    return f"{tokens_day(day)}{writer}.json"


def tokens_legacy(day: str) -> str:
    """The one shared counter of a day written before per-writer counts; still added when present."""
    return f"cache/tokens/{day}.json"
