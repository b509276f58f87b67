"""The benchmarks run end to end: `bench/run.py --quick` writes every scenario with its measures.

The targets are the benchmarks' business (medians of full-size runs on a quiet machine), not this
test's: it checks the measures are there, and the invariants that do not depend on timing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
MEASURES = {
    "fleet": ("wall_s", "github_requests", "github_counted", "counted_per_unchanged", "counted_per_changed_watched",
              "counted_per_changed_reads", "writes_per_changed", "llm_calls", "llm_tokens", "matched_pairs", "sent_pairs",
              "peak_rss_mib", "earlier", "repeat"),
    "backlog": ("passes_to_drain", "peak_rss_mib", "llm_calls", "llm_calls_per_dependent_per_pass_max",
                "prompt_tokens_per_call_median", "prompt_tokens_per_call_max", "prompt_budget_tokens", "earlier",
                "repeat"),
    "long_history": ("wall_ratio", "short", "long", "repeat"),
}


def test_quick_benchmarks_write_every_scenario_with_its_measures(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--runs", "1", "--json", str(out)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    scenarios = report["scenarios"]
    assert set(scenarios) == {"fleet", "backlog", "long_history", "earlier_service", "repeated_pass"}
    for name, keys in MEASURES.items():
        median = scenarios[name]["median"]
        assert not [k for k in keys if k not in median], name
        assert len(scenarios[name]["runs"]) == 1
    assert set(scenarios["earlier_service"]["median"]) == {"fleet", "backlog"}
    for earlier in scenarios["earlier_service"]["median"].values():
        assert {"llm_calls", "tokens", "ratio_llm_calls", "ratio_tokens"} <= set(earlier)
    assert report["machine"]["cpus"] >= 1 and report["machine"]["python"]
    assert "| 1 fleet | wall time |" in done.stdout

    fleet, backlog = scenarios["fleet"]["median"], scenarios["backlog"]["median"]
    assert fleet["matched_pairs"] > 0 and fleet["llm_calls"] == fleet["sent_pairs"] >= fleet["matched_pairs"]
    assert backlog["llm_calls_per_dependent_per_pass_max"] <= 1
    assert backlog["prompt_tokens_per_call_max"] <= backlog["prompt_budget_tokens"]
    for repeats in scenarios["repeated_pass"]["median"].values():
        assert all(r["llm_calls"] == 0 and r["issue_writes"] == 0 for r in repeats.values()), repeats
