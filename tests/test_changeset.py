"""Batching commits into one change set: noise out, diffs clipped to a budget, files linked to commits."""

from __future__ import annotations

from tests_support import NOW

from job.changeset import Budget, batch_changes, clip, is_whitespace_only
from job.model import Commit, Fetch, FileChange

NOISE = ("package-lock.json", "*.min.js")


def fetch(net: tuple[FileChange, ...], commits: tuple[Commit, ...] = ()) -> Fetch:
    return Fetch("acme/svc", "main", "a" * 40, "b" * 40, NOW, commits, net, web_url="https://github.com/acme/svc")


def test_noise_binaries_whitespace_and_ignored_paths_are_left_out_with_reasons() -> None:
    net = (
        FileChange("package-lock.json", "M", "+x\n"),
        FileChange("static/app.min.js", "M", "+x\n"),
        FileChange("logo.png", "M", "Binary files differ", binary=True),
        FileChange("app.py", "M", "@@ -1 +1 @@\n-def f(a,b):\n+def f(a, b):\n"),
        FileChange("docs/guide.md", "M", "+new words\n"),
        FileChange("server.py", "M", "@@ -1 +1 @@\n-PORT = 8000\n+PORT = 9000\n"),
    )
    change_set = batch_changes(fetch(net), NOISE, ignored=("docs/**",))
    assert [f.path for f in change_set.files] == ["server.py"]
    reasons = {x.path: x.reason for x in change_set.left_out}
    assert reasons == {
        "package-lock.json": "noise (lock, generated or minified file)",
        "static/app.min.js": "noise (lock, generated or minified file)",
        "logo.png": "binary file",
        "app.py": "whitespace-only change",
        "docs/guide.md": "ignored by the watched repo's ignore_paths",
    }


def test_diffs_are_clipped_per_file_and_in_total_and_the_clip_is_recorded() -> None:
    line = "+" + "x" * 98 + "\n"  # 100 characters
    net = tuple(FileChange(f"f{n}.py", "M", line * 50) for n in range(4))  # 5,000 characters each
    change_set = batch_changes(fetch(net), budget=Budget(per_file=3_000, total=7_000))
    kept = [len(f.diff) for f in change_set.files]
    assert kept == [3_000, 3_000, 1_000, 0]
    assert [f.clipped_chars for f in change_set.files] == [2_000, 2_000, 4_000, 5_000]
    assert change_set.files[0].diff == line * 30
    assert change_set.clipped == ("f0.py", "f1.py", "f2.py", "f3.py")
    assert all(f.diff == "" or f.diff.endswith("\n") for f in change_set.files)


def test_each_file_is_linked_to_the_commits_that_touched_it_renames_included() -> None:
    c1 = Commit("1" * 40, "add", "dev", NOW, "", (FileChange("old.py", "A"),))
    c2 = Commit("2" * 40, "rename", "dev", NOW, "", (FileChange("new.py", "R", old_path="old.py"),))
    c3 = Commit("3" * 40, "other", "dev", NOW, "", (FileChange("other.py", "M"),))
    net = (FileChange("new.py", "A", "+print()\n"), FileChange("other.py", "M", "+y = 1\n"))
    change_set = batch_changes(fetch(net, (c1, c2, c3)))
    links = {f.path: f.commits for f in change_set.files}
    assert links == {"new.py": ("2" * 40, "1" * 40), "other.py": ("3" * 40,)}
    assert change_set.commits_touching({"other.py"}) == (c3,)
    assert change_set.files[0].url == f"https://github.com/acme/svc/blob/{'b' * 40}/new.py"


def test_same_range_always_gives_the_same_key() -> None:
    assert batch_changes(fetch(())).key == batch_changes(fetch(())).key
    other = Fetch("acme/svc", "main", "a" * 40, "c" * 40, NOW)
    assert batch_changes(other).key != batch_changes(fetch(())).key


def test_whitespace_only_means_the_same_tokens_in_the_same_lines() -> None:
    assert is_whitespace_only("-a = 1\n+a  =  1\n")
    assert not is_whitespace_only("-a = 1\n+a = 2\n")
    assert not is_whitespace_only("")
    assert is_whitespace_only("-x = f(a, b)\n+x = f(\n+    a,\n+    b)\n")  # re-wrapped
    # a block moved (a plugin now ahead of another): the order can matter, so it is a change
    moved = " plugins: [\n+  Router(),\n   Vue(),\n-  Router(),\n ]\n"
    assert not is_whitespace_only(moved)


def test_clip_cuts_at_a_line_boundary() -> None:
    assert clip("ab\ncd\nef\n", 7) == ("ab\ncd\n", 3)
    assert clip("short", 10) == ("short", 0)


def test_files_that_can_carry_evidence_get_the_budget_before_docs_tests_and_translations() -> None:
    line = "+" + "x" * 98 + "\n"  # 100 characters
    net = (FileChange("docs/api.md", "M", line * 30), FileChange("i18n/de.json", "M", line * 30),
           FileChange("models/lists.go", "M", line * 30), FileChange("tests/test_lists.py", "M", line * 30))
    change_set = batch_changes(fetch(net), budget=Budget(per_file=3_000, total=5_000),
                               no_evidence=("docs/**", "**/i18n/**", "tests/**"))
    assert [f.path for f in change_set.files] == ["docs/api.md", "i18n/de.json", "models/lists.go",
                                                  "tests/test_lists.py"]
    assert [len(f.diff) for f in change_set.files] == [2_000, 0, 3_000, 0]
    assert change_set.clipped == ("docs/api.md", "i18n/de.json", "tests/test_lists.py")
