"""Measure the rules triage on the labelled devset: precision, recall and the pre-filter's recall.

    python bench/devset.py [--fixtures ../shared/fixtures] [--json out.json] [--misses]

Each labelled commit (and each labelled commit range) is turned into a change set exactly as the
pass builds one, and decided by the same engine the pass uses, against the devset's own
relationships config. A maintainer's `should_notify` is the truth; `requires_action` is the
prediction; the pre-filter's recall is the share of should-notify cases it would send to Claude.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from job.changeset import batch_changes  # noqa: E402
from job.config import Config, parse_config  # noqa: E402
from job.model import Commit, Decision, Fetch, FileChange  # noqa: E402
from job.rules import Rules, parse_rules  # noqa: E402
from job.triage_rules import RulesTriage  # noqa: E402

DEFAULT_FIXTURES = ROOT.parent / "shared" / "fixtures"


@dataclass
class Outcome:
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
        out.append(FileChange(str(f["path"]), letters.get(kind, kind)[:1].upper(), str(f.get("diff") or "")))  # type: ignore[arg-type]
    return tuple(out)


def _decide(case: dict[str, object], config: Config, rules: Rules, commits: list[dict[str, object]]) -> Decision:
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
    return RulesTriage(rules).decide(batch_changes(fetch, rules.noise), rel)


def evaluate(fixtures: Path) -> list[Outcome]:
    devset = fixtures / "devset"
    config = parse_config((devset / "relationships.json").read_text(), str(devset / "relationships.json"))
    rules_path = ROOT / "config" / "rules.json"
    rules = parse_rules(rules_path.read_text(), str(rules_path))
    outcomes = []
    for name, group in (("cases.jsonl", "commits"), ("batches.jsonl", "ranges")):
        for line in (devset / name).read_text().splitlines():
            case = json.loads(line)
            commits = case.get("commits") or [case]
            decision = _decide(case, config, rules, commits)
            outcomes.append(Outcome(
                case["id"], case["kind"], group, bool(case["label"]["should_notify"]),
                decision.requires_action, decision.would_call_llm, decision,
            ))
    return outcomes


def scores(outcomes: list[Outcome]) -> dict[str, float | int]:
    tp = sum(o.truth and o.predicted for o in outcomes)
    fp = sum(o.predicted and not o.truth for o in outcomes)
    fn = sum(o.truth and not o.predicted for o in outcomes)
    positives = sum(o.truth for o in outcomes)
    pre = sum(o.truth and o.prefilter for o in outcomes)
    return {
        "cases": len(outcomes), "should_notify": positives, "true_pos": tp, "false_pos": fp, "false_neg": fn,
        "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0,
        "prefilter_recall": round(pre / positives, 3) if positives else 1.0,
        "llm_share": round(sum(o.prefilter for o in outcomes) / len(outcomes), 3) if outcomes else 0.0,
    }


def table(outcomes: list[Outcome]) -> tuple[str, dict[str, dict[str, float | int]]]:
    rows: dict[str, dict[str, float | int]] = {}
    for group in ("commits", "ranges"):
        for kind in ("consumer", "template"):
            part = [o for o in outcomes if o.group == group and o.kind == kind]
            if part:
                rows[f"{group}/{kind}"] = scores(part)
    rows["all"] = scores(outcomes)
    cols = ["cases", "should_notify", "precision", "recall", "prefilter_recall", "llm_share"]
    lines = [f"{'slice':<18}" + "".join(f"{c:>18}" for c in cols)]
    for name, row in rows.items():
        lines.append(f"{name:<18}" + "".join(f"{row[c]:>18}" for c in cols))
    return "\n".join(lines), rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    parser.add_argument("--misses", action="store_true", help="list the cases the rules got wrong")
    args = parser.parse_args()
    outcomes = evaluate(args.fixtures)
    text, rows = table(outcomes)
    print(text)
    if args.misses:
        for o in outcomes:
            if o.truth != o.predicted:
                label = "FN" if o.truth else "FP"
                print(f"\n{label} {o.case_id}: matched={list(o.decision.matched)}\n   {o.decision.reasoning[:400]}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
