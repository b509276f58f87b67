"""Benchmarks: cost grows with what changed, not with what is watched (issue 9, DESIGN.md §9).

    .venv/bin/python bench/run.py [--runs 3] [--quick] [--json bench/results/latest.json] [--only fleet,backlog]

Runs each scenario `--runs` times, each run in a fresh process (`bench/scenarios.py`), against the
local stand-ins with injected latency, through the composition root with the real GitHub source,
GitHub tracker and Claude engine (or the git source). Prints the medians beside the targets as a
Markdown table and writes every run and the medians as JSON. `--quick` runs small sizes, for a smoke
test: its scenarios run side by side and its numbers say nothing about the targets.

1. fleet: 1,000 watched repos, 5% changed (20 commits each), 3 dependents each; GitHub 50 ms, Claude 500 ms.
2. backlog: one watched repo with 5,000 new commits, drained with the per-run cap.
3. long_history: the git source, 100 new commits on a history of 100,000 against one of 1,000 (median of 3 passes).
4. earlier_service: what the earlier service would have called on scenarios 1 and 2 (bench/earlier.py).
5. repeated_pass: each scenario once more (nothing new), and replayed (the same ranges again).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
SCENARIOS = ("fleet", "backlog", "long_history")


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), "")
    except OSError:
        pass
    memory = ""
    try:
        kib = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                       if line.startswith("MemTotal:")))
        memory = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    git = subprocess.run(["git", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    return {"cpus": os.cpu_count(), "cpus_usable": len(os.sched_getaffinity(0)), "cpu_model": cpu, "memory": memory,
            "python": platform.python_version(), "platform": platform.platform(), "git": git}


def run_scenario(name: str, quick: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        out = Path(tmp) / f"{name}.json"
        command = [sys.executable, str(BENCH / "scenarios.py"), name, "--out", str(out), *(["--quick"] if quick else [])]
        done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
        if done.returncode != 0:
            raise SystemExit(f"scenario {name} failed (exit {done.returncode}):\n{done.stderr[-4000:]}")
        result: dict[str, Any] = json.loads(out.read_text())
        return result


def median_of(runs: list[Any]) -> Any:
    """The median of every number found at the same place in each run; other values from the first run."""
    first = runs[0]
    if isinstance(first, dict):
        return {k: median_of([r[k] for r in runs if isinstance(r, dict) and k in r]) for k in first}
    if isinstance(first, bool) or not isinstance(first, int | float):
        return first
    value = statistics.median(runs)
    return round(value, 4) if isinstance(value, float) else value


def get(data: dict[str, Any], path: str) -> Any:
    for part in path.split("."):
        data = data[part]
    return data


@dataclass(frozen=True)
class Row:
    scenario: str
    measure: str
    path: str  # into the medians: "<scenario>.<key>..."
    target: str = ""
    met: Callable[[Any, dict[str, Any]], bool] | None = None
    unit: str = ""


ROWS = (
    Row("1 fleet", "wall time", "fleet.wall_s", "≤ 20 s", lambda v, m: v <= 20, "s"),
    Row("1 fleet", "GitHub requests, all", "fleet.github_requests"),
    Row("1 fleet", "GitHub requests counted against the rate limit", "fleet.github_counted"),
    Row("1 fleet", "counted requests per unchanged repo", "fleet.counted_per_unchanged", "≤ 0.02",
        lambda v, m: v <= 0.02),
    Row("1 fleet", "counted requests per changed repo: the watched repo", "fleet.counted_per_changed_watched",
        "about 2", lambda v, m: v <= 2.5),
    Row("1 fleet", "counted reads per changed repo: watched repo, dependents' files, issue look-ups",
        "fleet.counted_per_changed_reads"),
    Row("1 fleet", "counted reads per issue written: the dependent's file, issue and label look-ups",
        "fleet.counted_reads_per_issue"),
    Row("1 fleet", "issue writes per changed repo", "fleet.writes_per_changed"),
    Row("1 fleet", "LLM calls (pairs the pre-filter sends on: see next rows)", "fleet.llm_calls", "= sent pairs",
        lambda v, m: v == get(m, "fleet.sent_pairs")),
    Row("1 fleet", "(repo, dependent) pairs the pre-filter sends on", "fleet.sent_pairs"),
    Row("1 fleet", "(repo, dependent) pairs whose categories matched", "fleet.matched_pairs"),
    Row("1 fleet", "LLM tokens", "fleet.llm_tokens"),
    Row("1 fleet", "peak memory of the pass", "fleet.peak_rss_mib", unit="MiB"),
    Row("2 backlog", "passes to drain the backlog with the per-run cap", "backlog.passes_to_drain"),
    Row("2 backlog", "LLM calls, all passes", "backlog.llm_calls"),
    Row("2 backlog", "LLM calls per dependent per pass, max", "backlog.llm_calls_per_dependent_per_pass_max", "≤ 1",
        lambda v, m: v <= 1),
    Row("2 backlog", "prompt tokens per call, median", "backlog.prompt_tokens_per_call_median"),
    Row("2 backlog", "prompt tokens per call, max", "backlog.prompt_tokens_per_call_max", "≤ budget",
        lambda v, m: v <= get(m, "backlog.prompt_budget_tokens")),
    Row("2 backlog", "prompt budget (ORCHESTRATOR_PROMPT_TOKENS)", "backlog.prompt_budget_tokens"),
    Row("2 backlog", "peak memory of a pass, max", "backlog.peak_rss_mib", "< 300 MiB", lambda v, m: v < 300, "MiB"),
    Row("2 backlog", "wall time per pass", "backlog.wall_s_per_pass", unit="s"),
    Row("3 long history", "pass time, 100 new commits on 1,000", "long_history.short.wall_s", unit="s"),
    Row("3 long history", "pass time, 100 new commits on 100,000", "long_history.long.wall_s", unit="s"),
    Row("3 long history", "ratio", "long_history.wall_ratio", "≤ 1.5", lambda v, m: v <= 1.5),
    Row("4 earlier service", "fleet: LLM calls, earlier", "fleet.earlier.llm_calls"),
    Row("4 earlier service", "fleet: LLM calls, ours / earlier", "fleet.earlier.ratio_llm_calls", "≤ 0.1",
        lambda v, m: v <= 0.1),
    Row("4 earlier service", "fleet: tokens, ours / earlier", "fleet.earlier.ratio_tokens"),
    Row("4 earlier service", "backlog: LLM calls, earlier", "backlog.earlier.llm_calls"),
    Row("4 earlier service", "backlog: LLM calls, ours / earlier", "backlog.earlier.ratio_llm_calls"),
    Row("4 earlier service", "backlog: tokens, ours / earlier", "backlog.earlier.ratio_tokens"),
    Row("5 repeated pass", "fleet: LLM calls, issue writes", "fleet.repeat.repeat", "0, 0", lambda v, m: _zeros(v)),
    Row("5 repeated pass", "fleet replayed: LLM calls, issue writes", "fleet.repeat.replay", "0, 0",
        lambda v, m: _zeros(v)),
    Row("5 repeated pass", "backlog: LLM calls, issue writes", "backlog.repeat.repeat", "0, 0", lambda v, m: _zeros(v)),
    Row("5 repeated pass", "backlog replayed: LLM calls, issue writes", "backlog.repeat.replay", "0, 0",
        lambda v, m: _zeros(v)),
    Row("5 repeated pass", "long history: LLM calls, issue writes", "long_history.repeat.repeat", "0, 0",
        lambda v, m: _zeros(v)),
)


def _zeros(value: dict[str, Any]) -> bool:
    return bool(value["llm_calls"] == 0 and value["issue_writes"] == 0)


def _shown(value: Any, unit: str) -> str:
    if isinstance(value, dict):
        return f"{value['llm_calls']}, {value['issue_writes']}"
    if isinstance(value, float):
        text = f"{value:.3f}" if abs(value) < 1 else f"{value:.2f}" if abs(value) < 10 else f"{value:,.1f}"
    else:
        text = f"{value:,}"
    return f"{text} {unit}".strip()


def table(medians: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    rows, lines = [], ["| scenario | measure | median | target | met |", "|---|---|---:|---|---|"]
    for row in ROWS:
        try:
            value = get(medians, row.path)
        except KeyError:
            continue  # a scenario left out with --only
        met = None if row.met is None else bool(row.met(value, medians))
        rows.append({"scenario": row.scenario, "measure": row.measure, "value": value, "target": row.target, "met": met})
        mark = "" if met is None else "yes" if met else "**no**"
        lines.append(f"| {row.scenario} | {row.measure} | {_shown(value, row.unit)} | {row.target} | {mark} |")
    return rows, "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each scenario; the table shows medians")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    parser.add_argument("--json", default=str(BENCH / "results" / "latest.json"), help="where to write the results")
    parser.add_argument("--only", default=",".join(SCENARIOS), help="scenarios to run, comma separated")
    args = parser.parse_args(argv)
    chosen = [s for s in SCENARIOS if s in args.only.split(",")]
    started = time.time()
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in chosen}
    for n in range(1, args.runs + 1):
        if args.quick:  # a smoke test: the scenarios side by side, as their timings do not matter
            with ThreadPoolExecutor(len(chosen)) as pool:
                for name, result in zip(chosen, pool.map(lambda name: run_scenario(name, True), chosen), strict=True):
                    runs[name].append(result)
            continue
        for name in chosen:
            began = time.perf_counter()
            runs[name].append(run_scenario(name, args.quick))
            print(f"run {n}/{args.runs}: {name} done in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    medians = {name: median_of(results) for name, results in runs.items()}
    rows, markdown = table(medians)
    scenarios: dict[str, Any] = {name: {"median": medians[name], "runs": runs[name]} for name in chosen}
    scenarios["earlier_service"] = {"median": {name: medians[name]["earlier"] for name in chosen
                                               if "earlier" in medians[name]}}
    scenarios["repeated_pass"] = {"median": {name: medians[name]["repeat"] for name in chosen}}
    report = {"command": " ".join([Path(sys.executable).name, "bench/run.py", *(argv or sys.argv[1:])]),
              "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)), "runs": args.runs,
              "quick": args.quick, "machine": machine(), "scenarios": scenarios, "table": rows}
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    info = report["machine"]
    print(f"\nMedians of {args.runs} run(s){' (quick sizes: not comparable with the targets)' if args.quick else ''}; "
          f"{info['cpus']} CPUs ({info['cpu_model']}), Python {info['python']}.\n")
    print(markdown)
    print(f"\nWritten to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
