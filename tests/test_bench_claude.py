"""`bench/devset.py --engine claude`: the labelled sets decided as a run with Claude decides them (the
pre-filter sends a case on, Claude answers, the rules decide the rest), against the Messages API
stand-in, through the real SDK. A set of two cases: a new route (the rules would file an issue) and a
README typo (the pre-filter keeps it back); the client's interface file kept with the set is read as a
run reads it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_anthropic import FakeAnthropic, Reply, tool
from tests_support import devset_bench

ROUTE = "@@ -1,2 +1,5 @@\n app = FastAPI()\n+\n+@app.post(\"/v1/items\")\n+def add_item(item: Item) -> Item:\n+    return item\n"
TYPO = "@@ -1 +1 @@\n-# Acme servce\n+# Acme service\n"
CLIENT_FILE = "def status():\n    return get('/v1/status')\n\n# items: not yet\n"
NO_ACTION: dict[str, Any] = {
    "requires_action": False, "urgency": "low", "confidence": 0.8,
    "impact_summary": "A new POST /v1/items route; the client calls none of the item routes.",
    "recommended_changes": [], "affected_files": [],
    "reasoning": "Additive route outside what the client wraps.",
}


def _case(case_id: str, path: str, diff: str, notify: bool) -> dict[str, object]:
    return {"id": case_id, "kind": "consumer", "source_repo": "acme/service", "dependent_repo": "acme/client",
            "sha": case_id[-1] * 40, "message": f"change {case_id}",
            "files": [{"path": path, "change_type": "M", "diff": diff}],
            "label": {"should_notify": notify, "triggers": ["endpoints"] if notify else [],
                      "urgency": "low" if notify else "none", "rationale": "a test case"}}


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    root = tmp_path / "labelled"
    (root / "mini").mkdir(parents=True)
    (root / "sets.json").write_text(json.dumps({"tuning": [], "held_out": ["mini"]}))
    (root / "mini" / "relationships.json").write_text(json.dumps({"relationships": {"acme/service": {
        "type": "service_provider", "consumers": [{
            "repo": "acme/client", "relationship_type": "api_consumer", "description": "Calls GET /v1/status only.",
            "interface_files": ["client/api.py"], "change_triggers": ["api_contract", "endpoints", "authentication"]}]}}}))
    # the client's file as the set keeps it: what a run reads from the dependent
    (root / "mini" / "dependent" / "client").mkdir(parents=True)
    (root / "mini" / "dependent" / "client" / "api.py").write_text(CLIENT_FILE)
    (root / "mini" / "dependent.json").write_text(json.dumps({"repo": "acme/client", "commit": "c" * 40, "missing": []}))
    cases = [_case("mini-1", "app/main.py", ROUTE, True), _case("mini-2", "README.md", TYPO, False)]
    (root / "mini" / "cases.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cases))
    return root


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAnthropic]:
    with FakeAnthropic() as fake:
        monkeypatch.setenv("ANTHROPIC_API_KEY", fake.api_key)
        monkeypatch.setenv("ANTHROPIC_BASE_URL", fake.base_url)
        monkeypatch.setenv("ORCHESTRATOR_CLAUDE_MAX_RETRIES", "0")
        monkeypatch.delenv("ORCHESTRATOR_MODEL", raising=False)
        yield fake


def _row(out: str) -> list[str]:
    return next(line for line in out.splitlines() if line.startswith("mini ")).split()


def test_claude_decides_what_the_prefilter_sends_and_a_rerun_asks_nothing_again(
        labelled: Path, tmp_path: Path, api: FakeAnthropic, capsys: pytest.CaptureFixture[str]) -> None:
    bench = devset_bench()
    assert bench.main(["--sets", "held_out", "--labelled", str(labelled)]) == 0
    rules = _row(capsys.readouterr().out)
    assert rules[-5:] == ["1.0", "1.0", "1.0", "1.0", "1.0"]  # precision, recall, f1, pre-filter recall, skips

    api.add(tool(NO_ACTION))
    argv = ["--sets", "held_out", "--labelled", str(labelled), "--engine", "claude", "--cache", str(tmp_path / "cache")]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    assert _row(out)[-5:] == ["1.0", "0.0", "0.0", "1.0", "1.0"]  # Claude said no to the route; the typo never went
    asked = json.dumps(api.requests[0].body["messages"])
    assert len(api.requests) == 1 and "/v1/items" in asked
    assert "client/api.py" in asked and "return get('/v1/status')" in asked  # the client's file, as a run reads it
    assert "decisions: claude (claude-sonnet-4-6) on the 1 cases the pre-filter sent, the rules on the rest; " \
           "1 requests" in out and f"answers cached in {tmp_path / 'cache'}" in out

    assert bench.main(argv) == 0  # the answer comes from the cache: the script is empty, nothing is asked
    assert _row(capsys.readouterr().out)[-5:] == ["1.0", "0.0", "0.0", "1.0", "1.0"]
    assert len(api.requests) == 1 and not api.problems


def test_a_rejected_request_degrades_and_fails_the_measurement(
        labelled: Path, tmp_path: Path, api: FakeAnthropic, capsys: pytest.CaptureFixture[str]) -> None:
    api.add(Reply("error", status=400, error_type="invalid_request_error", message="max_tokens: too large"))
    argv = ["--sets", "held_out", "--labelled", str(labelled), "--engine", "claude", "--cache", str(tmp_path / "cache")]
    assert devset_bench().main(argv) == 1
    captured = capsys.readouterr()
    assert _row(captured.out)[-5:] == ["1.0", "1.0", "1.0", "1.0", "1.0"]  # the rules' decision, marked degraded
    assert "1 of 2 decisions degraded to the rules, so these are not Claude's figures: Degraded to the rules: " \
           in captured.err and "max_tokens: too large" in captured.err


def test_claude_without_a_key_is_refused_before_any_work(
        labelled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with pytest.raises(SystemExit) as stopped:
        devset_bench().main(["--sets", "held_out", "--labelled", str(labelled), "--engine", "claude"])
    assert stopped.value.code == 2
    assert "--engine claude needs ANTHROPIC_API_KEY in the environment" in capsys.readouterr().err
