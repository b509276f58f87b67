"""`bench/labelled/dependent.py`: a consumer set's copies of its client's interface files, from a real git repository."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from gitrepos import commit, isolate_git, make_remote
from tests_support import bench_module


def dependent_tool() -> ModuleType:
    return bench_module("bench/labelled/dependent.py", "bench_dependent")


def a_set(folder: Path, consumers: list[dict[str, object]]) -> Path:
    folder.mkdir(parents=True)
    config = {"relationships": {"acme/billing": {"type": "service_provider", "consumers": consumers}}}
    (folder / "relationships.json").write_text(json.dumps(config))
    return folder


CLIENT = {"repo": "acme/billing-python", "relationship_type": "api_consumer",
          "interface_files": ["billing/client.py", "README.md", "billing/gone.py"]}


def test_the_interface_files_are_kept_as_they_were_at_the_commit_named(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch, tmp_path)
    _, work = make_remote(tmp_path, "acme/billing-python")
    with work:
        judged = commit(work, {"billing/client.py": "def customers(): ...\n", "README.md": "# billing\n"}, "v1",
                        "2026-05-01T10:00:00Z")
        commit(work, {"billing/client.py": "def customers(): ...\ndef quotes(): ...\n"}, "v2", "2026-06-01T10:00:00Z")
        folder = a_set(tmp_path / "set", [CLIENT])
        assert dependent_tool().main([str(folder), str(Path(str(work.git_dir))), "--rev", judged]) == 0
    assert (folder / "dependent" / "billing" / "client.py").read_text() == "def customers(): ...\n"
    assert (folder / "dependent" / "README.md").read_text() == "# billing\n"
    record = json.loads((folder / "dependent.json").read_text())
    assert record == {"repo": "acme/billing-python", "commit": judged, "missing": ["billing/gone.py"]}


@pytest.mark.parametrize(("consumers", "rev", "said"), [
    ([CLIENT, {**CLIENT, "repo": "acme/billing-js"}], "HEAD", "expected one api_consumer, found 2"),
    ([CLIENT], "no-such-rev", "no commit no-such-rev"),
])
def test_a_set_it_cannot_serve_is_refused_with_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str],
                                                          consumers: list[dict[str, object]], rev: str, said: str) -> None:
    isolate_git(monkeypatch, tmp_path)
    _, work = make_remote(tmp_path, "acme/billing-python")
    with work:
        commit(work, {"README.md": "# billing\n"}, "v1", "2026-05-01T10:00:00Z")
        folder = a_set(tmp_path / "set", consumers)
        assert dependent_tool().main([str(folder), str(Path(str(work.git_dir))), "--rev", rev]) == 2
    assert said in capsys.readouterr().err
    assert not (folder / "dependent.json").exists()


def test_two_sets_keeping_the_same_client_at_different_commits_each_read_their_own(tmp_path: Path) -> None:
    """pyarr is kept for its Sonarr set as it was in 2026 and for its Radarr set as it was in 2023: the
    set being measured decides which copies the rules (and Claude) read."""
    bench = bench_module("bench/devset.py", "bench_devset_files")
    folders = []
    for name, text in (("sonarr", "def get_series(): ..."), ("radarr", "def get_movie(): ...")):
        folder = tmp_path / name
        (folder / "dependent" / "pyarr").mkdir(parents=True)
        (folder / "dependent" / "pyarr" / "api.py").write_text(text)
        (folder / "dependent.json").write_text(json.dumps({"repo": "totaldebug/pyarr", "commit": name}))
        folders.append(folder)
    files = bench.SetFiles(folders)
    for folder, text in zip(folders, ("def get_series(): ...", "def get_movie(): ..."), strict=True):
        files.use(folder)
        assert files.read_files("totaldebug/pyarr", ("pyarr/api.py", "README.md"), 1000) == {
            "pyarr/api.py": text, "README.md": None}
    assert files.read_files("acme/other", ("pyarr/api.py",), 1000) == {"pyarr/api.py": None}
