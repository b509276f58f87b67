"""`bench/labelled/extract.py`: real commits of a real git repository as cases, clipped as a run clips a
change set, and `--refresh`, which reads a labelled set's diffs again and keeps everything else."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from gitrepos import commit, isolate_git, make_remote
from tests_support import bench_module


def extract_tool() -> ModuleType:
    return bench_module("bench/labelled/extract.py", "bench_extract")


def test_refresh_reads_the_diffs_again_at_a_runs_limits_and_keeps_the_labels(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    isolate_git(monkeypatch, tmp_path)
    _, work = make_remote(tmp_path, "acme/service")
    tool = extract_tool()
    with work:
        commit(work, {"README.md": "# service\n"}, "start", "2026-05-01T10:00:00Z")
        big = "".join(f"line {n} of the model\n" for n in range(600))  # about 13,000 characters
        sha = commit(work, {"models/list.go": big, "docs/guide.md": "Lists.\n"}, "Lists", "2026-05-02T10:00:00Z")
        git_dir = str(Path(str(work.git_dir)))
        assert tool.main([git_dir, "--repo", "acme/service", "--dependent", "acme/client", "--kind", "consumer",
                          "--shas", sha, "--id-prefix", "svc"]) == 0
    [case] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    files = {f["path"]: f for f in case["files"]}
    assert case["id"] == f"svc-{sha[:8]}" and case["sha"] == sha
    assert not files["models/list.go"]["truncated"] and "line 599 of the model" in files["models/list.go"]["diff"]
    # a case as an older extraction clipped it, then labelled
    case["files"] = [{**f, "diff": f["diff"][:100], "truncated": True} for f in case["files"]]
    case["label"] = {"should_notify": True, "triggers": ["api_contract"], "urgency": "low", "rationale": "lists"}
    labelled = tmp_path / "cases.jsonl"
    labelled.write_text(json.dumps(case) + "\n")
    assert tool.main([git_dir, "--refresh", str(labelled)]) == 0
    [again] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {k: v for k, v in again.items() if k != "files"} == {k: v for k, v in case.items() if k != "files"}
    assert [f["path"] for f in again["files"]] == [f["path"] for f in case["files"]]
    refreshed = {f["path"]: f for f in again["files"]}
    assert refreshed["models/list.go"] == files["models/list.go"]
