"""The benchmark scenarios (issue 9). Each runs in a fresh process started by `bench/run.py`: it hosts
the fakes (FakeGitHub, FakeAnthropic, with injected latency) or builds git repositories, and runs
every pass in a process of its own (`pass_worker.py`), so a pass's peak memory is its own and the
fakes' CPU does not share its interpreter. It returns one run's measurements as JSON.

    python bench/scenarios.py fleet|backlog|long_history [--quick] --out result.json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from earlier import EarlierService  # noqa: E402
from fake_anthropic import FakeAnthropic  # noqa: E402
from fake_github import FakeGitHub, FakeRepo, Logged  # noqa: E402
from worlds import (  # noqa: E402
    Watched,
    add_watched,
    claude_answer,
    fast_import,
    git_dependent,
    push_changes,
    write_config,
)

from job.bootstrap import load_rules  # noqa: E402
from job.config import parse_config  # noqa: E402
from job.prompts import Prompts  # noqa: E402
from job.settings import load_settings  # noqa: E402

API_KEY = "bench-anthropic-key-0123456789"
GITHUB_TOKEN = "ghp_" + "b" * 36
WRITES = ("POST", "PATCH", "PUT", "DELETE")
HISTORY_ROUNDS = 3  # passes of new commits on each history, per run


@dataclass(frozen=True)
class Sizes:
    fleet_repos: int = 1000
    fleet_changed_share: float = 0.05
    fleet_commits: int = 20
    github_latency: float = 0.050
    claude_latency: float = 0.500
    backlog_commits: int = 5000
    backlog_cap: int = 500
    backlog_modules: int = 50
    history_short: int = 1_000
    history_long: int = 100_000
    history_new: int = 100


QUICK = Sizes(fleet_repos=20, fleet_changed_share=0.1, fleet_commits=5, github_latency=0.002, claude_latency=0.01,
              backlog_commits=60, backlog_cap=30, backlog_modules=10, history_short=100, history_long=1_000,
              history_new=10)


# --- Running passes -------------------------------------------------------------------------------

def _clean_environ() -> dict[str, str]:
    prefixes = ("ORCHESTRATOR_", "GITHUB_", "ANTHROPIC_", "CLOUD_RUN_", "GCP_", "STORAGE_EMULATOR")
    return {k: v for k, v in os.environ.items() if not k.startswith(prefixes) and k != "WEBHOOK_URL"}


IN_PROCESS = False  # --quick: passes run in the scenario's process (no fresh interpreter each: a smoke test)


def run_pass(env: dict[str, str], work: Path, label: str) -> dict[str, Any]:
    """One pass in a fresh process; its log goes to `work/pass-<label>.log`. With `--quick`, in this
    process: its memory figures then include the scenario's, and its log goes to this process's stderr."""
    if IN_PROCESS:
        from pass_worker import measure

        result = measure(env)
        if result["exit_code"] != 0:
            raise RuntimeError(f"pass {label!r} ended with exit code {result['exit_code']}: {result['failures']}")
        return result
    spec, out, log = (work / f"pass-{label}{suffix}" for suffix in (".json", ".out.json", ".log"))
    spec.write_text(json.dumps({"env": env, "out": str(out)}))
    with log.open("wb") as sink:
        done = subprocess.run([sys.executable, str(BENCH / "pass_worker.py"), str(spec)], stdout=sink,
                              stderr=subprocess.STDOUT, env=_clean_environ(), timeout=1800, check=False)
    if done.returncode != 0 or not out.exists():
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"pass {label!r} failed with exit code {done.returncode}:\n{tail}")
    result: dict[str, Any] = json.loads(out.read_text())
    if result["exit_code"] != 0:
        raise RuntimeError(f"pass {label!r} ended with exit code {result['exit_code']}: {result['failures']}")
    return result


def github_env(gh: FakeGitHub, claude: FakeAnthropic, work: Path, config: Path, **extra: str) -> dict[str, str]:
    """The settings of a pass against the fakes: the real GitHub source and tracker and Claude engine.
    Writes are not paced: FakeGitHub has no secondary limit, and pacing only adds sleeps (see README)."""
    return {
        "GITHUB_TOKEN": GITHUB_TOKEN, "GITHUB_API_URL": gh.url, "ANTHROPIC_API_KEY": API_KEY,
        "ANTHROPIC_BASE_URL": claude.base_url, "ORCHESTRATOR_ENGINE": "claude", "ORCHESTRATOR_CONFIG": str(config),
        "ORCHESTRATOR_STATE": str(work / "state"), "ORCHESTRATOR_LOG_FORMAT": "json",
        "ORCHESTRATOR_GITHUB_WRITES_PER_MINUTE": "60000", "ORCHESTRATOR_GITHUB_WRITES_PER_HOUR": "1000000",
        "ORCHESTRATOR_RUN_TOKENS": "100000000", "ORCHESTRATOR_DAILY_TOKENS": "1000000000",
        "ORCHESTRATOR_CLAUDE_MAX_RETRIES": "0", **extra,
    }


@contextmanager
def fakes(sizes: Sizes) -> Iterator[tuple[FakeGitHub, FakeAnthropic]]:
    with FakeGitHub(latency=sizes.github_latency) as gh, \
            FakeAnthropic(api_key=API_KEY, latency=sizes.claude_latency, respond=claude_answer) as claude:
        yield gh, claude


class Snapshot:
    """The checkpoints as they were, to replay a pass: the same ranges again, as a retried run sees them."""

    def __init__(self, state: Path) -> None:
        self.folder = state / "checkpoints"
        self.copy = state.parent / "checkpoints-snapshot"
        shutil.copytree(self.folder, self.copy)

    def restore(self) -> None:
        shutil.rmtree(self.folder)
        shutil.copytree(self.copy, self.folder)


def llm_measures(claude: FakeAnthropic, start: int) -> dict[str, Any]:
    """Calls and tokens as FakeAnthropic reported them for the requests after `start`."""
    with claude._lock:
        answered = [r.response["usage"] for r in claude.requests[start:] if r.response]
        calls = len(claude.requests) - start
    prompts = [u["input_tokens"] + u["cache_creation_input_tokens"] + u["cache_read_input_tokens"] for u in answered]
    return {"llm_calls": calls, "llm_tokens": sum(prompts) + sum(u["output_tokens"] for u in answered),
            "prompt_tokens": prompts}


def is_write(entry: Logged) -> bool:
    return entry.method in WRITES and entry.resource != "graphql"  # a GraphQL query is a POST that writes nothing


def _repo_of(entry: Logged) -> str:
    parts = entry.path.split("?")[0].split("/")
    return f"{parts[2]}/{parts[3]}".lower() if len(parts) > 3 and parts[1] == "repos" else ""


# --- Scenario 1 (and 4, 5): a fleet of watched repos, a few of them changed ------------------------

def fleet(sizes: Sizes, work: Path) -> dict[str, Any]:
    with fakes(sizes) as (gh, claude):
        watched = [Watched(f"fleet/svc-{n:04d}") for n in range(sizes.fleet_repos)]
        for w in watched:
            add_watched(gh, w)
        config = write_config(work / "relationships.json", watched)
        env = github_env(gh, claude, work, config)
        run_pass(env, work, "baseline")

        step = round(1 / sizes.fleet_changed_share)
        changed = watched[step // 2::step]
        pushed = {w.repo: push_changes(gh.repo(w.repo), sizes.fleet_commits, every=sizes.fleet_commits) for w in changed}
        snapshot = Snapshot(work / "state")
        log_start, llm_start = len(gh.log), len(claude.requests)
        measured = run_pass(env, work, "measured")
        llm = llm_measures(claude, llm_start)
        cost = fleet_github_cost(gh.log[log_start:], watched, changed)

        repeats = {}
        for label in ("repeat", "replay"):
            if label == "replay":
                snapshot.restore()  # the same ranges again: a retried or repeated run
            log_start, llm_start = len(gh.log), len(claude.requests)
            again = run_pass(env, work, label)
            repeats[label] = {"llm_calls": llm_measures(claude, llm_start)["llm_calls"],
                              "issue_writes": sum(1 for e in gh.log[log_start:] if is_write(e)),
                              "github_counted": sum(1 for e in gh.log[log_start:] if e.counted),
                              "wall_s": again["wall_s"]}

        earlier = EarlierService(load_rules(load_settings({})), _reader(gh), Prompts())
        relationships = parse_config(config.read_text(), str(config))
        for w in changed:
            earlier.push(gh.repo(w.repo), pushed[w.repo], list(relationships.for_watched(w.repo)))
    ours = {"llm_calls": llm["llm_calls"], "tokens": llm["llm_tokens"]}
    return {
        "sizes": {"watched": len(watched), "changed": len(changed), "commits_per_changed": sizes.fleet_commits,
                  "dependents_per_watched": 3, "github_latency_s": sizes.github_latency,
                  "claude_latency_s": sizes.claude_latency},
        "wall_s": measured["wall_s"], "peak_rss_mib": measured["peak_rss_mib"],
        "rss_before_pass_mib": measured["rss_before_pass_mib"],
        "matched_pairs": measured["matched_pairs"], "sent_pairs": measured["sent_pairs"], "decisions": measured["decisions"],
        "degraded": measured["degraded"], "issues_written": measured["issue_writes"],
        **cost, "llm_calls": llm["llm_calls"], "llm_tokens": llm["llm_tokens"],
        "prompt_tokens_max": max(llm["prompt_tokens"], default=0),
        "source_usage": measured["source_usage"],
        "earlier": {**earlier.result(), "ratio_llm_calls": _ratio(ours["llm_calls"], earlier.llm_calls),
                    "ratio_tokens": _ratio(ours["tokens"], earlier.tokens)},
        "repeat": repeats,
    }


def fleet_github_cost(log: list[Logged], watched: list[Watched], changed: list[Watched]) -> dict[str, Any]:
    """The measured pass's GitHub requests, split by whom they were for. GraphQL head queries serve
    every watched repo; they are charged to the unchanged ones, which is the worse case for them."""
    changed_repos = {w.repo.lower() for w in changed}
    dependents = {d.lower() for w in changed for d in w.dependents}
    unchanged = len(watched) - len(changed)
    kinds: Counter[str] = Counter()
    for e in log:
        repo = _repo_of(e)
        write = is_write(e)
        if e.resource == "graphql":
            kind = "graphql"
        elif repo in changed_repos:
            kind = "changed_watched"
        elif repo in dependents:
            path = e.path.split("?")[0]
            kind = "dependent_write" if write else "dependent_files" if "/contents/" in path else "dependent_tracker_read"
        else:
            kind = "unchanged_watched" if repo else "other"
        kinds[f"{kind}_all"] += 1
        if e.counted:
            kinds[kind] += 1
    reads = kinds["changed_watched"] + kinds["dependent_files"] + kinds["dependent_tracker_read"]
    return {
        "github_requests": len(log), "github_counted": sum(1 for e in log if e.counted),
        "github_writes": kinds["dependent_write_all"],
        "counted_per_unchanged": (kinds["graphql"] + kinds["unchanged_watched"]) / max(unchanged, 1),
        "counted_per_changed_watched": kinds["changed_watched"] / max(len(changed), 1),
        "counted_per_changed_reads": reads / max(len(changed), 1),
        "writes_per_changed": kinds["dependent_write"] / max(len(changed), 1),
        "counted_reads_per_issue": (kinds["dependent_files"] + kinds["dependent_tracker_read"])
        / max(kinds["dependent_write"], 1),
        "requests_by_kind": dict(sorted(kinds.items())),
    }


def _reader(gh: FakeGitHub) -> Any:
    def read(repo: str, paths: tuple[str, ...]) -> dict[str, str | None]:
        fake = gh.repo(repo)
        tree = fake.commits[fake.head()].tree
        return {p: str(tree[p]) if p in tree else None for p in paths}
    return read


def _ratio(ours: float, theirs: float) -> float:
    return ours / theirs if theirs else 0.0


# --- Scenario 2 (and 4, 5): one watched repo with a backlog -----------------------------------------

def linear_merge_base(self: FakeRepo, a: str, b: str) -> str | None:
    """FakeRepo.merge_base is quadratic in the length of history; on the bench's linear histories the
    newest common ancestor is the merge base, found in linear time."""
    common = self.ancestors(a) & self.ancestors(b)
    return max(common, key=lambda c: (self.commits[c].date, c)) if common else None


def backlog(sizes: Sizes, work: Path) -> dict[str, Any]:
    FakeRepo.merge_base = linear_merge_base  # type: ignore[method-assign]
    with fakes(sizes) as (gh, claude):
        w = Watched("backlog/service")
        add_watched(gh, w)
        config = write_config(work / "relationships.json", [w])
        env = github_env(gh, claude, work, config, ORCHESTRATOR_MAX_COMMITS=str(sizes.backlog_cap))
        run_pass(env, work, "baseline")
        pushed = push_changes(gh.repo(w.repo), sizes.backlog_commits, every=250, wide=sizes.backlog_modules)
        snapshot = Snapshot(work / "state")
        passes: list[dict[str, Any]] = []
        prompts: list[int] = []
        llm_start = len(claude.requests)
        while not passes or passes[-1]["remaining"] > 0:
            if len(passes) > 2 * sizes.backlog_commits // sizes.backlog_cap + 2:
                raise RuntimeError(f"the backlog did not drain in {len(passes)} passes")
            for resource in ("core", "graphql"):
                gh.set_rate_limit(resource)  # scheduled passes are apart in time: each starts a fresh hourly window
            start = len(claude.requests)
            result = run_pass(env, work, f"drain-{len(passes) + 1}")
            if result["skipped"]:
                raise RuntimeError(f"pass {len(passes) + 1} skipped the repo: GitHub's rate limit was spent")
            measured = llm_measures(claude, start)
            prompts.extend(measured["prompt_tokens"])
            by_relationship = result["llm_requests_by_relationship"]
            passes.append({"wall_s": result["wall_s"], "peak_rss_mib": result["peak_rss_mib"],
                           "commits": result["commits"], "remaining": result["remaining"],
                           "github_counted": result["source_usage"]["rate_limit_counted"],
                           "llm_calls": measured["llm_calls"],
                           "llm_calls_per_dependent_max": max(by_relationship.values(), default=0),
                           "issue_writes": result["issue_writes"]})
        llm = llm_measures(claude, llm_start)
        repeats = {}
        for label in ("repeat", "replay"):
            if label == "replay":
                snapshot.restore()  # the first pass's range again
            log_start, llm_start = len(gh.log), len(claude.requests)
            again = run_pass(env, work, label)
            repeats[label] = {"llm_calls": llm_measures(claude, llm_start)["llm_calls"],
                              "issue_writes": sum(1 for e in gh.log[log_start:] if is_write(e)),
                              "wall_s": again["wall_s"]}
        settings = load_settings(env)
        earlier = EarlierService(load_rules(settings), _reader(gh), Prompts())
        earlier.push(gh.repo(w.repo), pushed, list(parse_config(config.read_text(), str(config)).for_watched(w.repo)))
    return {
        "sizes": {"commits": sizes.backlog_commits, "cap": sizes.backlog_cap, "dependents": 3,
                  "github_latency_s": sizes.github_latency, "claude_latency_s": sizes.claude_latency},
        "passes_to_drain": len(passes),
        "peak_rss_mib": max(p["peak_rss_mib"] for p in passes),
        "wall_s_per_pass": statistics.median(p["wall_s"] for p in passes),
        "llm_calls": llm["llm_calls"], "llm_tokens": llm["llm_tokens"],
        "llm_calls_per_pass_max": max(p["llm_calls"] for p in passes),
        "llm_calls_per_dependent_per_pass_max": max(p["llm_calls_per_dependent_max"] for p in passes),
        "prompt_tokens_per_call_median": statistics.median(prompts) if prompts else 0,
        "prompt_tokens_per_call_max": max(prompts, default=0),
        "prompt_budget_tokens": settings.prompt_tokens,
        "issues_written": sum(p["issue_writes"] for p in passes),
        "passes": passes,
        "earlier": {**earlier.result(), "ratio_llm_calls": _ratio(llm["llm_calls"], earlier.llm_calls),
                    "ratio_tokens": _ratio(llm["llm_tokens"], earlier.tokens)},
        "repeat": repeats,
    }


# --- Scenario 3 (and 5): the git source on a long history ---------------------------------------------

def long_history(sizes: Sizes, work: Path) -> dict[str, Any]:
    out: dict[str, Any] = {"sizes": {"short": sizes.history_short, "long": sizes.history_long,
                                     "new_commits": sizes.history_new}}
    for label, length in (("short", sizes.history_short), ("long", sizes.history_long)):
        here = work / label
        remotes = here / "remotes"
        (remotes / "hist").mkdir(parents=True)
        built = time.perf_counter()
        fast_import(remotes / "hist" / "service.git", 0, length)
        git_dependent(remotes / "hist" / "client.git")
        build_s = time.perf_counter() - built
        config = here / "relationships.json"
        config.write_text(json.dumps({"relationships": {"hist/service": {"type": "service_provider", "consumers": [
            {"repo": "hist/client", "relationship_type": "api_consumer", "interface_files": ["src/client.py"],
             "change_triggers": ["authentication"]}]}}}))
        env = {"ORCHESTRATOR_SOURCE": "git", "ORCHESTRATOR_TRACKER": "outbox", "ORCHESTRATOR_ENGINE": "rules",
               "ORCHESTRATOR_GIT_URL_TEMPLATE": f"file://{remotes}/{{owner}}/{{repo}}.git",
               "ORCHESTRATOR_CONFIG": str(config), "ORCHESTRATOR_STATE": str(here / "state"),
               "ORCHESTRATOR_LOG_FORMAT": "json"}
        clone = run_pass(env, here, "clone")
        rounds = []
        for n in range(HISTORY_ROUNDS):  # a pass takes a fifth of a second: the median of a few is steadier
            fast_import(remotes / "hist" / "service.git", length + n * sizes.history_new, sizes.history_new)
            rounds.append(run_pass(env, here, f"measured-{n + 1}"))
        measured = sorted(rounds, key=lambda r: float(r["wall_s"]))[len(rounds) // 2]
        repeat = run_pass(env, here, "repeat")
        out[label] = {"history_commits": length, "build_s": build_s, "clone_pass_s": clone["wall_s"],
                      "wall_s": measured["wall_s"], "wall_s_rounds": [r["wall_s"] for r in rounds],
                      "commits": measured["commits"],
              "peak_rss_mib": measured["peak_rss_mib"],
                      "source_usage": measured["source_usage"], "issues_written": measured["issue_writes"],
                      "repeat": {"llm_calls": 0, "issue_writes": repeat["issue_writes"], "wall_s": repeat["wall_s"]}}
    out["wall_ratio"] = out["long"]["wall_s"] / out["short"]["wall_s"]
    out["repeat"] = {"repeat": {"llm_calls": 0, "issue_writes": out["short"]["repeat"]["issue_writes"]
                                + out["long"]["repeat"]["issue_writes"]}}
    return out


SCENARIOS = {"fleet": fleet, "backlog": backlog, "long_history": long_history}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    global IN_PROCESS
    IN_PROCESS = args.quick
    with tempfile.TemporaryDirectory(prefix=f"bench-{args.scenario}-") as tmp:
        result = SCENARIOS[args.scenario](QUICK if args.quick else Sizes(), Path(tmp))
    Path(args.out).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
