"""Measure the rules triage on labelled real commits: the devset and the sets under bench/labelled.

    python bench/devset.py [--fixtures ../shared/fixtures] [--sets all|devset|tuning|held_out|NAME]
                           [--json out.json] [--misses] [--labelled bench/labelled]
                           [--engine rules|claude] [--cache DIR] [--token-budget N] [--jobs N]

Each labelled commit (and each labelled commit range) is turned into a change set exactly as the
pass builds one, and decided by the same engine the pass uses, against its set's own relationships
config. A maintainer's `should_notify` is the truth; `requires_action` is the rules' decision; the
pre-filter's recall is the share of should-notify cases it would send to Claude, and its skip rate
the share of the cases that need nothing which it keeps from Claude. `bench/labelled/sets.json` says
which sets were used to tune the rules and which are held out; `--misses` refuses the held-out sets,
so nobody tunes on them by accident. Either list may be empty (`--sets held_out` then measures nothing).

With `--engine claude` (and `ANTHROPIC_API_KEY`; `ORCHESTRATOR_MODEL` and `ANTHROPIC_BASE_URL` as for a
run) the decisions are the product's with Claude: the pre-filter sends a case on, Claude decides it,
and the rules decide what it keeps back. Claude, and the rules after it, read a consumer's interface
files from its set's `dependent/` copies, as a run reads them from the dependent (a fork's own files
are not kept: they read as missing). Answers are cached in
`--cache`, so a rerun asks only about what changed; a decision that degraded to the rules (an API
error, a spent budget) is counted and makes the exit code 1, since the figures are then not Claude's.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import repeat
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from job.changeset import NAMES_MAX_BYTES, batch_changes, is_binary_diff, text_of  # noqa: E402
from job.config import Config, parse_config  # noqa: E402
from job.model import Commit, Decision, Fetch, FileChange  # noqa: E402
from job.ports import CountsUsage, RepoFiles, TriageEngine  # noqa: E402
from job.repo_pass import with_dependent_files  # noqa: E402
from job.rules import Rules, parse_rules  # noqa: E402
from job.triage_rules import RulesTriage  # noqa: E402

DEFAULT_FIXTURES = ROOT.parent / "shared" / "fixtures"
LABELLED = ROOT / "bench" / "labelled"


@dataclass
class Outcome:
    set_name: str
    case_id: str
    kind: str
    group: str
    truth: bool
    predicted: bool
    prefilter: bool
    decision: Decision


def _files(raw: list[dict[str, object]]) -> tuple[FileChange, ...]:
    letters = {"added": "A", "modified": "M", "removed": "D", "deleted": "D", "renamed": "R"}
    out = []
    for f in raw:
        kind = str(f.get("change_type", "M"))
        diff = str(f.get("diff") or "")
        # as a run's git source marks a file whose diff git gives as binary
        old = f.get("old_path")  # a rename's first place, as the git source gives it
        out.append(FileChange(str(f["path"]), letters.get(kind, kind)[:1].upper(), diff,  # type: ignore[arg-type]
                              str(old) if old else None, binary=is_binary_diff(diff)))
    return tuple(out)


class SetFiles:
    """The dependents' files as the labelled sets keep them (a consumer set's `dependent/` copies, named
    by its `dependent.json`), read the way a run reads a dependent's files: a file the set does not
    keep is missing (None), and text is cut at `max_bytes`. Two sets may keep the same dependent as it
    was at different commits (pyarr for Sonarr and for Radarr): the set being measured (`use`) decides
    which copies are read."""

    def __init__(self, folders: list[Path]) -> None:
        self._roots: dict[Path, tuple[str, Path]] = {}
        for folder in folders:
            record = folder / "dependent.json"
            if record.is_file():
                self._roots[folder] = (str(json.loads(record.read_text())["repo"]).lower(), folder / "dependent")
        self._using: Path | None = folders[0] if len(folders) == 1 else None

    def use(self, folder: Path) -> None:
        self._using = folder

    def read_files(self, repo: str, paths: tuple[str, ...], max_bytes: int) -> dict[str, str | None]:
        kept = self._roots.get(self._using) if self._using is not None else None
        root = kept[1] if kept is not None and kept[0] == repo.lower() else None
        found: dict[str, str | None] = {}
        for path in paths:
            file = root / path if root is not None else None
            found[path] = text_of(file.read_bytes(), max_bytes) if file is not None and file.is_file() else None
        return found


def _decide(case: dict[str, object], config: Config, engine: TriageEngine, rules: Rules,
            commits: list[dict[str, object]], files: RepoFiles | None = None) -> Decision:
    kind = "consumer" if case["kind"] == "consumer" else "template"
    rel = config.find(str(case["source_repo"]), str(case["dependent_repo"]), kind)
    if rel is None:
        raise SystemExit(f"devset case {case['id']}: relationship not in the devset config")
    when = datetime(2025, 1, 1, tzinfo=timezone.utc)
    fetch = Fetch(
        repo=rel.watched, branch="main", base=str(case.get("base") or "0" * 40),
        head=str(case.get("head") or case.get("sha")), head_time=when,
        commits=tuple(
            Commit(str(c["sha"]), str(c.get("message", "")), "devset", when, "", _files(c.get("files", [])))  # type: ignore[arg-type]
            for c in commits
        ),
        net_files=_files(case["files"]),  # type: ignore[arg-type]
    )
    change_set = batch_changes(fetch, rules.noise, no_evidence=rules.no_evidence)
    decision = engine.decide(change_set, rel)
    # as the pass does: the dependent's files, read once a decision asks for action
    return decision if files is None else with_dependent_files(decision, change_set, rel, files, NAMES_MAX_BYTES)[0]


def sets(fixtures: Path, labelled: Path = LABELLED) -> dict[str, tuple[str, Path]]:
    """Every labelled set by name: (its role, its folder). The devset is where the rules began."""
    roles = json.loads((labelled / "sets.json").read_text())
    found = {"devset": ("tuning", fixtures / "devset")}
    for role in ("tuning", "held_out"):
        for name in roles.get(role, []):
            found[name] = (role, labelled / name)
    return found


def evaluate_set(name: str, folder: Path, rules: Rules, engine: TriageEngine | None = None,
                 files: RepoFiles | None = None) -> list[Outcome]:
    config = parse_config((folder / "relationships.json").read_text(), str(folder / "relationships.json"))
    engine = engine or RulesTriage(rules)
    if files is None:
        files = SetFiles([folder])
    elif isinstance(files, SetFiles):
        files.use(folder)
    outcomes = []
    for file, group in (("cases.jsonl", "commits"), ("batches.jsonl", "ranges")):
        if not (folder / file).exists():
            continue
        for line in (folder / file).read_text().splitlines():
            case = json.loads(line)
            commits = case.get("commits") or [case]
            decision = _decide(case, config, engine, rules, commits, files)
            outcomes.append(Outcome(
                name, case["id"], case["kind"], group, bool(case["label"]["should_notify"]),
                decision.requires_action, decision.would_call_llm, decision,
            ))
    return outcomes


def load_rules() -> Rules:
    rules_path = ROOT / "config" / "rules.json"
    return parse_rules(rules_path.read_text(), str(rules_path))


def evaluate(fixtures: Path, names: list[str] | None = None, labelled: Path = LABELLED,
             engine: TriageEngine | None = None, files: SetFiles | None = None, jobs: int = 1) -> list[Outcome]:
    """The outcomes on the sets named (every set when `names` is None; none when it is empty), in that
    order, decided by `engine` (the rules when None), which reads the dependents' files from `files`
    (the sets' copies, switched to each set as it is measured). The rules decide each set on its own,
    so `jobs` processes can share the sets out; a model's engine keeps one budget and cache, so it
    decides in this process."""
    known = sets(fixtures, labelled)
    chosen = list(known) if names is None else names
    if jobs > 1 and engine is None and files is None and len(chosen) > 1:
        shares = [chosen[n::jobs] for n in range(jobs)]  # every jobs-th set: large and small sets spread out
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            done = [outcome for share in pool.map(evaluate, repeat(fixtures), shares, repeat(labelled))
                    for outcome in share]
        by_set: dict[str, list[Outcome]] = {}
        for outcome in done:
            by_set.setdefault(outcome.set_name, []).append(outcome)
        return [outcome for name in chosen for outcome in by_set.get(name, [])]
    rules = load_rules()
    files = files or SetFiles([folder for _, folder in known.values()])
    outcomes: list[Outcome] = []
    for name in chosen:
        outcomes += evaluate_set(name, known[name][1], rules, engine, files)
    return outcomes


def claude_engine(cache: Path, token_budget: int, files: RepoFiles | None = None) -> TriageEngine:
    """The engine a run with Claude uses, with its settings from the environment as for a run, its
    answers cached under `cache`, `token_budget` for both the run's and the day's token limits, and
    the dependents' files read from `files` (the sets' copies) as a run reads them from GitHub."""
    from job.bootstrap import build_engine
    from job.settings import load_settings
    from job.state_local import LocalBlobStore

    env = {**os.environ, "ORCHESTRATOR_ENGINE": "claude",
           "ORCHESTRATOR_RUN_TOKENS": str(token_budget), "ORCHESTRATOR_DAILY_TOKENS": str(token_budget)}
    settings = load_settings(env)
    store = LocalBlobStore(cache)
    store.check()
    return build_engine(settings, load_rules(), files, store, writer="bench")


def scores(outcomes: list[Outcome]) -> dict[str, float | int]:
    tp = sum(o.truth and o.predicted for o in outcomes)
    fp = sum(o.predicted and not o.truth for o in outcomes)
    fn = sum(o.truth and not o.predicted for o in outcomes)
    positives = sum(o.truth for o in outcomes)
    negatives = len(outcomes) - positives
    pre = sum(o.truth and o.prefilter for o in outcomes)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "cases": len(outcomes), "should_notify": positives, "true_pos": tp, "false_pos": fp, "false_neg": fn,
        "precision": round(precision, 3), "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        "prefilter_recall": round(pre / positives, 3) if positives else 1.0,
        "prefilter_skips": round(sum(not o.truth and not o.prefilter for o in outcomes) / negatives, 3) if negatives else 0.0,
        "llm_share": round(sum(o.prefilter for o in outcomes) / len(outcomes), 3) if outcomes else 0.0,
    }


def table(outcomes: list[Outcome], roles: dict[str, str]) -> tuple[str, dict[str, dict[str, float | int]]]:
    rows: dict[str, dict[str, float | int]] = {}
    for name in dict.fromkeys(o.set_name for o in outcomes):
        rows[f"{name} ({roles[name].replace('_', '-')})"] = scores([o for o in outcomes if o.set_name == name])
    for role in ("tuning", "held_out"):
        part = [o for o in outcomes if roles[o.set_name] == role]
        if part:
            rows[f"all {role.replace('_', '-')}"] = scores(part)
    cols = ["cases", "should_notify", "precision", "recall", "f1", "prefilter_recall", "prefilter_skips"]
    width = max([len("set")] + [len(n) for n in rows]) + 2
    lines = [f"{'set':<{width}}" + "".join(f"{c:>17}" for c in cols)]
    for name, row in rows.items():
        lines.append(f"{name:<{width}}" + "".join(f"{row[c]:>17}" for c in cols))
    return "\n".join(lines), rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    parser.add_argument("--sets", default="all", help="all, devset, tuning, held_out, or one set's name")
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    parser.add_argument("--misses", action="store_true",
                        help="list the cases the rules or the pre-filter got wrong (tuning sets only)")
    parser.add_argument("--labelled", type=Path, default=LABELLED, help="the folder of sets.json and the sets")
    parser.add_argument("--engine", choices=["rules", "claude"], default="rules",
                        help="who decides what the pre-filter sends on: the rules (default) or Claude (ANTHROPIC_API_KEY)")
    parser.add_argument("--cache", type=Path, default=ROOT / "state" / "bench-claude",
                        help="with --engine claude: where Claude's answers are kept, so a rerun asks only what changed")
    parser.add_argument("--token-budget", type=int, default=5_000_000,
                        help="with --engine claude: the most tokens to spend (run and daily limit); past it, decisions degrade")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="processes that share the sets out when the rules decide (default: one per CPU)")
    args = parser.parse_args(argv)
    if args.engine == "claude" and not os.environ.get("ANTHROPIC_API_KEY", "").strip():
        parser.error("--engine claude needs ANTHROPIC_API_KEY in the environment (and ORCHESTRATOR_MODEL, "
                     "ANTHROPIC_BASE_URL as for a run, if not the defaults)")
    known = sets(args.fixtures, args.labelled)
    roles = {name: role for name, (role, _) in known.items()}
    if args.sets == "all":
        names = list(known)
    elif args.sets in ("tuning", "held_out"):
        names = [n for n, role in roles.items() if role == args.sets]
    elif args.sets in known:
        names = [args.sets]
    else:
        parser.error(f"--sets {args.sets!r}: expected all, tuning, held_out or one of {', '.join(known)}")
    if args.misses and any(roles[n] == "held_out" for n in names):
        parser.error("--misses lists cases to tune on: not for held-out sets (use --sets tuning)")
    if args.engine == "claude":
        files = SetFiles([folder for _, folder in known.values()])
        engine = claude_engine(args.cache, args.token_budget, files)
        outcomes = evaluate(args.fixtures, names, args.labelled, engine, files)
    else:
        engine = None
        outcomes = evaluate(args.fixtures, names, args.labelled, jobs=max(1, args.jobs))
    text, rows = table(outcomes, roles)
    print(text)
    degraded = [o for o in outcomes if o.decision.degraded]
    if isinstance(engine, CountsUsage):
        used = engine.usage()
        print(f"decisions: claude ({used['model']}) on the {sum(o.prefilter for o in outcomes)} cases the pre-filter "
              f"sent, the rules on the rest; {used.get('requests', 0)} requests, estimated cost "
              f"${used['cost_usd']:.2f}; answers cached in {args.cache}")
    if degraded:
        reasons = sorted({o.decision.reasoning.split('. ')[0] for o in degraded})
        print(f"{len(degraded)} of {len(outcomes)} decisions degraded to the rules, so these are not Claude's figures: "
              + "; ".join(reasons[:3]), file=sys.stderr)
    if not names:
        print(f"(no {args.sets.replace('_', '-')} sets in {args.labelled / 'sets.json'})")
    if args.misses:
        for o in outcomes:
            if o.truth != o.predicted or (o.truth and not o.prefilter):
                label = ("FN" if o.truth else "FP") if o.truth != o.predicted else "decided, but"
                label += " PRE-FILTER MISS" if o.truth and not o.prefilter else ""
                print(f"\n{label} {o.set_name}/{o.case_id}: matched={list(o.decision.matched)}\n"
                      f"   {o.decision.reasoning[:400]}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 1 if degraded else 0


if __name__ == "__main__":
    raise SystemExit(main())
