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


def test_a_commit_whose_moved_file_is_missing_from_the_snapshot_is_kept_without_renames(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    isolate_git(monkeypatch, tmp_path)
    _, work = make_remote(tmp_path, "acme/shop")
    tool = extract_tool()
    rows = "".join(f"{n},order {n}\n" for n in range(200))
    with work:
        commit(work, {"jaffle-data/raw_orders.csv": rows}, "start", "2026-05-01T10:00:00Z")
        sha = commit(work, {"jaffle-data/raw_orders.csv": None, "seeds/raw_orders.csv": rows + "200,order 200\n",
                            "dbt_project.yml": "seed-paths: [seeds]\n"}, "Move the seeds", "2026-05-02T10:00:00Z")
        git_dir = Path(str(work.git_dir))
        old_blob = work.git.rev_parse(f"{sha}~1:jaffle-data/raw_orders.csv")
        (git_dir / "objects" / old_blob[:2] / old_blob[2:]).unlink()  # a snapshot without its largest blobs
        assert tool.main([str(git_dir), "--repo", "acme/shop", "--dependent", "acme/analytics", "--kind", "template",
                          "--shas", sha, "--id-prefix", "shop"]) == 0
    captured = capsys.readouterr()
    [case] = [json.loads(line) for line in captured.out.splitlines()]
    files = {f["path"]: f for f in case["files"]}
    assert {p: f["change_type"] for p, f in files.items()} == {
        "dbt_project.yml": "A", "jaffle-data/raw_orders.csv": "D", "seeds/raw_orders.csv": "A"}
    assert "seed-paths" in files["dbt_project.yml"]["diff"]
    assert "missing from the repository snapshot" in files["jaffle-data/raw_orders.csv"]["diff"]
    assert "renames not detected" in captured.err


def test_a_file_named_outside_ascii_keeps_its_name_and_its_diff(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    isolate_git(monkeypatch, tmp_path)
    _, work = make_remote(tmp_path, "acme/service")
    tool = extract_tool()
    with work:
        commit(work, {"README.md": "# service\n"}, "start", "2026-05-01T10:00:00Z")
        sha = commit(work, {"doc/部署说明.md": "先运行 make\n", "deploy/run.sh": "make up\n"}, "docs", "2026-05-02T10:00:00Z")
        git_dir = str(Path(str(work.git_dir)))
        assert tool.main([git_dir, "--repo", "acme/service", "--dependent", "acme/fork", "--kind", "template",
                          "--shas", sha, "--id-prefix", "svc"]) == 0
    [case] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    files = {f["path"]: f for f in case["files"]}
    assert set(files) == {"doc/部署说明.md", "deploy/run.sh"}
    assert "+先运行 make" in files["doc/部署说明.md"]["diff"] and "+make up" in files["deploy/run.sh"]["diff"]

