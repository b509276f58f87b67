"""One pass in a process of its own, for the benchmarks: settings from the JSON spec given, the
adapters built by the composition root (`job.bootstrap.build`), the pass timed, and the process's
peak resident memory reported, so no other pass or fake server mixes into it. The peak is `VmHWM`
from /proc/self/status: on Linux `ru_maxrss` also keeps the peak of the process that spawned this
one (it survives exec), which here is the scenario with its fake servers.

    python bench/pass_worker.py SPEC.json     # SPEC: {"env": {...}, "out": "result.json"}

The fakes run in the parent process (the scenario), as GitHub and Anthropic run elsewhere.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from job.bootstrap import build, new_run_id  # noqa: E402
from job.logs import setup_logging  # noqa: E402
from job.poll import PassOptions, run_pass  # noqa: E402
from job.run_record import RunRecord  # noqa: E402
from job.settings import load_settings  # noqa: E402


def peak_kib() -> int:
    """This process's peak resident set size in KiB, since its exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # elsewhere: may include the parent's peak


def summary(record: RunRecord) -> dict[str, Any]:
    """What the benchmarks read from a run record: statuses, decisions, issue writes, usage."""
    decisions = record.decisions()
    actions = Counter(d.issue.action if d.issue else "none" for d in decisions)
    triage = record.triage_usage or {}
    return {
        "exit_code": record.exit_code,
        "statuses": dict(Counter(r.status for r in record.repos)),
        "skipped": len(record.skipped),
        "commits": sum(r.commits for r in record.repos),
        "remaining": sum(r.remaining or 0 for r in record.repos),
        "decisions": len(decisions),
        "matched_pairs": sum(1 for d in decisions if d.matched),
        "sent_pairs": sum(1 for d in decisions if d.would_call_llm),
        "llm_called": sum(1 for d in decisions if d.llm_called),
        "degraded": sum(1 for d in decisions if d.degraded),
        "issue_actions": dict(actions),
        "issue_writes": actions["created"] + actions["commented"],
        "source_usage": record.usage["source"],
        "triage_usage": {k: v for k, v in triage.items() if isinstance(v, int | float) and not isinstance(v, bool)},
        "llm_requests_by_relationship": {k: v["requests"] for k, v in (triage.get("by_relationship") or {}).items()},
        "failures": [r.error for r in record.repos if r.status == "failed"][:5],
    }


def main(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text())
    Path(spec["out"]).write_text(json.dumps(measure(spec["env"])))


def measure(env: dict[str, str]) -> dict[str, Any]:
    """One pass with these settings: its wall time, this process's peak memory, its summary."""
    settings = load_settings(env)
    run_id = new_run_id()
    setup_logging(run_id, settings.log_format, settings.secrets())
    deps = build(settings, run_id=run_id)
    ready = peak_kib()
    started = time.perf_counter()
    result = run_pass(deps, PassOptions())
    for message in result.messages:
        print(message, file=sys.stderr)
    wall = time.perf_counter() - started
    return {
        "wall_s": wall,
        "peak_rss_mib": peak_kib() / 1024,
        "rss_before_pass_mib": ready / 1024,
        **summary(result.record),
    }


if __name__ == "__main__":
    main(sys.argv[1])
