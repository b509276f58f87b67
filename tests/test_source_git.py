"""GitCommitSource against real repositories: bare remotes in tmp_path, cloned over file://."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from git import Repo
from gitrepos import (
    checkout,
    commit,
    forget_unreachable,
    isolate_git,
    make_remote,
    merge,
    push,
    remotes_root,
    reset_hard,
    url_template,
)

from job.errors import SourceError
from job.model import Commit, FileChange
from job.ports import Since
from job.source_git import GitCommitSource

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
REPO = "acme/service"


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture(autouse=True)
def gitconfig(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return isolate_git(monkeypatch, tmp_path)


@pytest.fixture
def work(tmp_path: Path, gitconfig: Path) -> Iterator[Repo]:
    _, repo = make_remote(tmp_path, REPO)
    yield repo
    repo.close()


@pytest.fixture
def source(tmp_path: Path) -> GitCommitSource:
    return GitCommitSource(tmp_path / "cache", url_template(tmp_path))


def shas(commits: tuple[Commit, ...]) -> list[str]:
    return [c.sha for c in commits]


def by_path(files: tuple[FileChange, ...]) -> dict[str, FileChange]:
    return {f.path: f for f in files}


def test_first_run_sets_a_baseline_without_commits(work: Repo, source: GitCommitSource) -> None:
    commit(work, {"a.txt": "one\n"}, "first", at(0))
    c2 = commit(work, {"b.txt": "two\n"}, "second", at(1))
    push(work)

    fetch = source.fetch(REPO, "main", Since(), max_commits=50)

    assert fetch.baseline
    assert (fetch.repo, fetch.branch, fetch.base, fetch.head) == (REPO, "main", None, c2)
    assert fetch.head_time == at(1) and fetch.head_time.tzinfo is not None
    assert fetch.commits == () and fetch.net_files == () and fetch.remaining == 0


def test_incremental_run_returns_only_new_commits_oldest_first(
    work: Repo, source: GitCommitSource
) -> None:
    c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
    push(work)
    source.fetch(REPO, "main", Since(), 50)
    plus_two = timezone(timedelta(hours=2))
    c2 = commit(work, {"a.txt": "one\nnew\n"}, "Edit a\n\nWith a body.", at(5).astimezone(plus_two))
    c3 = commit(work, {"b.txt": "bee\n", "a.txt": None}, "Add b, drop a", at(6), author="Grace")
    push(work)

    fetch = source.fetch(REPO, "main", Since(sha=c1, time=at(0).isoformat()), 50)

    assert not fetch.baseline and fetch.notes == ()
    assert (fetch.base, fetch.head, fetch.head_time) == (c1, c3, at(6))
    assert shas(fetch.commits) == [c2, c3]
    first, second = fetch.commits
    assert first.message == "Edit a\n\nWith a body.\n" and first.title == "Edit a"
    assert first.author == "Ada Author" and second.author == "Grace"
    assert first.committed_at == at(5) and first.committed_at.utcoffset() == timedelta(0)
    assert first.parents == (c1,) and second.parents == (c2,)
    assert first.files == (FileChange("a.txt", "M"),)
    assert set(second.files) == {FileChange("a.txt", "D"), FileChange("b.txt", "A")}
    assert first.url == "" and fetch.compare_url == "" and fetch.web_url == ""
    net = by_path(fetch.net_files)
    assert (net["a.txt"].change_type, net["b.txt"].change_type) == ("D", "A")
    assert "+bee" in net["b.txt"].diff and "-one" in net["a.txt"].diff


def test_an_unchanged_branch_gives_an_empty_range(work: Repo, source: GitCommitSource) -> None:
    c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
    push(work)
    source.fetch(REPO, "main", Since(), 50)

    fetch = source.fetch(REPO, "main", Since(sha=c1, time=at(0).isoformat()), 50)

    assert (fetch.base, fetch.head, fetch.commits, fetch.net_files) == (c1, c1, (), ())
    assert not fetch.baseline and fetch.remaining == 0 and fetch.notes == ()


def test_backlog_cap_drains_over_several_fetches_oldest_first_with_remaining_counted(
    work: Repo, source: GitCommitSource
) -> None:
    c0 = commit(work, {"f0.txt": "0\n"}, "c0", at(0))
    new = [commit(work, {f"f{i}.txt": f"{i}\n"}, f"c{i}", at(i)) for i in range(1, 6)]
    push(work)

    first = source.fetch(REPO, "main", Since(sha=c0), max_commits=2)
    second = source.fetch(REPO, "main", Since(sha=first.head), max_commits=2)
    third = source.fetch(REPO, "main", Since(sha=second.head), max_commits=2)

    assert shas(first.commits) == new[:2] and first.head == new[1] and first.remaining == 3
    assert first.head_time == at(2)
    assert sorted(by_path(first.net_files)) == ["f1.txt", "f2.txt"]
    assert "3 left" in first.notes[0]
    assert shas(second.commits) == new[2:4] and second.base == new[1] and second.remaining == 1
    assert shas(third.commits) == new[4:] and third.remaining == 0 and third.notes == ()


def test_force_push_falls_back_to_the_merge_base_with_a_note(
    work: Repo, source: GitCommitSource
) -> None:
    c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
    c2 = commit(work, {"a.txt": "two\n"}, "second", at(1))
    push(work)
    source.fetch(REPO, "main", Since(sha=c1), 50)  # the cache now holds c2
    reset_hard(work, c1)
    c3 = commit(work, {"b.txt": "rewritten\n"}, "rewritten", at(2))
    push(work, force=True)

    fetch = source.fetch(REPO, "main", Since(sha=c2, time=at(1).isoformat()), 50)

    assert (fetch.base, fetch.head, shas(fetch.commits)) == (c1, c3, [c3])
    assert fetch.notes == (
        (
            f"checkpoint {c2[:7]} is no longer on branch main (force-push?); "
            f"continuing from merge base {c1[:7]}"
        ),
    )
    assert list(by_path(fetch.net_files)) == ["b.txt"]


def test_force_push_with_a_fresh_cache_falls_back_to_the_checkpoint_time_with_a_note(
    tmp_path: Path, work: Repo, source: GitCommitSource
) -> None:
    c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
    c2 = commit(work, {"a.txt": "two\n"}, "second", at(1))
    push(work)
    reset_hard(work, c1)
    c3 = commit(work, {"b.txt": "rewritten\n"}, "rewritten", at(2))
    push(work, force=True)
    forget_unreachable(remotes_root(tmp_path) / f"{REPO}.git")

    fetch = source.fetch(REPO, "main", Since(sha=c2, time=at(1).isoformat()), 50)

    assert (fetch.base, fetch.head, shas(fetch.commits)) == (c1, c3, [c3])
    assert len(fetch.notes) == 1
    assert fetch.notes[0].startswith(f"checkpoint {c2[:7]} cannot be found on branch main")
    assert "after its time" in fetch.notes[0]


def test_a_lost_checkpoint_without_a_time_starts_a_new_baseline_with_a_note(
    work: Repo, source: GitCommitSource
) -> None:
    c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
    push(work)

    fetch = source.fetch(REPO, "main", Since(sha="deadbeef" * 5), 50)

    assert fetch.baseline and fetch.head == c1 and fetch.commits == ()
    assert "new baseline" in fetch.notes[0]


def test_renamed_file_is_reported_as_r_with_its_old_path(
    work: Repo, source: GitCommitSource
) -> None:
    body = "".join(f"line {i}\n" for i in range(20))
    c1 = commit(work, {"src/old_name.py": body}, "first", at(0))
    commit(work, {"src/old_name.py": None, "src/new_name.py": body + "one more\n"}, "mv", at(1))
    push(work)

    fetch = source.fetch(REPO, "main", Since(sha=c1), 50)

    renamed = FileChange("src/new_name.py", "R", old_path="src/old_name.py")
    assert fetch.commits[0].files == (renamed,)
    (net,) = fetch.net_files
    assert (net.path, net.change_type, net.old_path) == ("src/new_name.py", "R", "src/old_name.py")
    assert "+one more" in net.diff


def test_paths_with_spaces_and_accents_come_back_verbatim(
    work: Repo, source: GitCommitSource
) -> None:
    c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
    commit(work, {"docs/read me é.md": "bonjour\n"}, "Ajouté", at(1))
    push(work)

    fetch = source.fetch(REPO, "main", Since(sha=c1), 50)

    assert fetch.commits[0].files == (FileChange("docs/read me é.md", "A"),)
    assert [f.path for f in fetch.net_files] == ["docs/read me é.md"]
    assert fetch.commits[0].title == "Ajouté"


def test_binary_files_are_flagged_in_net_files(work: Repo, source: GitCommitSource) -> None:
    c1 = commit(work, {"README.md": "hello\n"}, "first", at(0))
    commit(
        work, {"logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "README.md": "hi\n"}, "x", at(1)
    )
    push(work)

    fetch = source.fetch(REPO, "main", Since(sha=c1), 50)

    net = by_path(fetch.net_files)
    assert net["logo.png"].binary and net["logo.png"].change_type == "A"
    assert not net["README.md"].binary and "+hi" in net["README.md"].diff


def test_merge_commits_are_included_with_their_changes_against_the_first_parent(
    work: Repo, source: GitCommitSource
) -> None:
    c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
    checkout(work, "side", c1)
    s1 = commit(work, {"s.txt": "side\n"}, "side work", at(1))
    checkout(work, "main")
    m1 = commit(work, {"a.txt": "main\n"}, "main work", at(2))
    merged = merge(work, "side", "Merge side", at(3))
    push(work)

    fetch = source.fetch(REPO, "main", Since(sha=c1), 50)

    assert set(shas(fetch.commits)) == {s1, m1, merged} and fetch.commits[-1].sha == merged
    merge_commit = fetch.commits[-1]
    assert merge_commit.parents == (m1, s1)
    assert merge_commit.files == (FileChange("s.txt", "A"),)
    net = by_path(fetch.net_files)
    assert (net["a.txt"].change_type, net["s.txt"].change_type) == ("M", "A")


def test_a_capped_range_through_a_merge_processes_every_commit_once(
    work: Repo, source: GitCommitSource
) -> None:
    c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
    checkout(work, "side", c1)
    side = [commit(work, {f"s{i}.txt": "s\n"}, f"side {i}", at(i)) for i in (1, 2)]
    checkout(work, "main")
    main = [commit(work, {f"m{i}.txt": "m\n"}, f"main {i}", at(i)) for i in (3, 4)]
    merged = merge(work, "side", "Merge side", at(5))
    push(work)

    seen: list[str] = []
    since = Since(sha=c1)
    for _ in range(5):
        fetch = source.fetch(REPO, "main", since, max_commits=2)
        if not fetch.commits:
            break
        assert fetch.commits[-1].sha == fetch.head
        assert len(fetch.commits) <= 2 or "past the cap of 2" in fetch.notes[-1]
        for c in fetch.commits:
            assert set(c.parents) <= {c1, *seen}, "a commit came before its parents"
            seen.append(c.sha)
        assert fetch.remaining == 5 - len(seen)
        since = Since(sha=fetch.head)

    assert sorted(seen) == sorted([*side, *main, merged]) and seen[-1] == merged


def test_since_date_returns_the_commits_after_that_instant(
    work: Repo, source: GitCommitSource
) -> None:
    c1 = commit(work, {"a.txt": "1\n"}, "first", at(0))
    c2 = commit(work, {"a.txt": "2\n"}, "second", at(10))
    c3 = commit(work, {"b.txt": "3\n"}, "third", at(20))
    push(work)

    fetch = source.fetch(REPO, "main", Since(date=at(10).isoformat()), 50)

    assert (fetch.base, shas(fetch.commits)) == (c2, [c3])
    whole_day = source.fetch(REPO, "main", Since(date="2024-05-01"), 50)
    assert (whole_day.base, shas(whole_day.commits)) == (None, [c1, c2, c3])
    assert whole_day.commits[0].files == (FileChange("a.txt", "A"),)
    assert {(f.path, f.change_type) for f in whole_day.net_files} == {
        ("a.txt", "A"),
        ("b.txt", "A"),
    }
    later = source.fetch(REPO, "main", Since(date="2024-05-02T00:00:00+00:00"), 50)
    assert (later.base, later.head, later.commits) == (c3, c3, ())


def test_added_then_modified_is_added_and_a_reverted_change_drops_out_of_net_files(
    work: Repo, source: GitCommitSource
) -> None:
    c0 = commit(work, {"keep.txt": "v1\n"}, "base", at(0))
    commit(work, {"new.txt": "a\n", "keep.txt": "v2\n"}, "add new, change keep", at(1))
    commit(work, {"new.txt": "a\nb\n", "keep.txt": "v1\n"}, "grow new, revert keep", at(2))
    push(work)

    fetch = source.fetch(REPO, "main", Since(sha=c0), 50)

    assert [(f.path, f.change_type) for f in fetch.net_files] == [("new.txt", "A")]
    assert "+a" in fetch.net_files[0].diff and "+b" in fetch.net_files[0].diff
    assert [len(c.files) for c in fetch.commits] == [2, 2]


def test_an_unknown_branch_is_an_error_that_a_retry_cannot_fix(
    work: Repo, source: GitCommitSource
) -> None:
    commit(work, {"a.txt": "one\n"}, "first", at(0))
    push(work)

    with pytest.raises(SourceError, match="branch 'release/9' does not exist in acme/service") as e:
        source.fetch(REPO, "release/9", Since(), 50)
    assert e.value.retryable is False


def test_a_missing_repository_is_a_source_error_naming_it(
    gitconfig: Path, source: GitCommitSource
) -> None:
    with pytest.raises(SourceError, match=r"acme/ghost \(file://.*/acme/ghost\.git\)") as e:
        source.fetch("acme/ghost", "main", Since(), 50)
    assert "does not appear to be a git repository" in str(e.value)
    assert e.value.retryable is False


def test_an_unreachable_host_is_a_source_error_worth_retrying(
    tmp_path: Path, gitconfig: Path
) -> None:
    source = GitCommitSource(tmp_path / "cache", "https://127.0.0.1:1/{owner}/{repo}.git")

    with pytest.raises(SourceError, match=r"acme/service \(https://127.0.0.1:1/") as e:
        source.fetch(REPO, "main", Since(), 50)
    assert e.value.retryable is True


def test_a_file_replaced_by_a_symlink_is_one_modified_file(
    work: Repo, source: GitCommitSource
) -> None:
    c1 = commit(work, {"config.yml": "a: 1\n", "real.yml": "a: 2\n"}, "first", at(0))
    link = Path(str(work.working_tree_dir), "config.yml")
    link.unlink()
    link.symlink_to("real.yml")
    work.git.add("config.yml")
    commit(work, {}, "link config to real", at(1))
    push(work)

    fetch = source.fetch(REPO, "main", Since(sha=c1), 50)

    assert [(f.path, f.change_type) for f in fetch.net_files] == [("config.yml", "M")]
    assert fetch.commits[0].files == (FileChange("config.yml", "M"),)


def test_the_default_branch_is_found_when_no_branch_is_given(
    tmp_path: Path, gitconfig: Path, source: GitCommitSource
) -> None:
    _, work = make_remote(tmp_path, "acme/tool", branch="trunk")
    with work:
        c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
        push(work, "trunk")

    fetch = source.fetch("acme/tool", None, Since(), 50)

    assert (fetch.branch, fetch.head, fetch.baseline) == ("trunk", c1, True)


def test_the_cache_holds_a_bare_blobless_clone_per_watched_repo(
    tmp_path: Path, work: Repo, source: GitCommitSource
) -> None:
    commit(work, {"a.txt": "one\n"}, "first", at(0))
    push(work)

    source.fetch(REPO, "main", Since(), 50)

    with Repo(tmp_path / "cache" / "acme" / "service.git") as clone:
        assert clone.bare
        assert clone.git.config("remote.origin.partialclonefilter") == "blob:none"


def test_a_remote_that_refuses_filters_is_cloned_in_full(
    tmp_path: Path, gitconfig: Path, source: GitCommitSource
) -> None:
    _, work = make_remote(tmp_path, "acme/plain", allow_filter=False)
    with work:
        c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
        c2 = commit(work, {"a.txt": "two\n"}, "second", at(1))
        push(work)

    fetch = source.fetch("acme/plain", "main", Since(sha=c1), 50)

    assert shas(fetch.commits) == [c2] and "+two" in fetch.net_files[0].diff


def test_https_remotes_get_web_links_for_commits_and_the_compare_view(
    tmp_path: Path, gitconfig: Path, work: Repo
) -> None:
    # git itself rewrites the https URL to the local remote, so the source sees a GitHub URL.
    gitconfig.write_text(
        f'[url "{remotes_root(tmp_path).as_uri()}/"]\n\tinsteadOf = https://github.com/\n'
    )
    c1 = commit(work, {"a.txt": "one\n"}, "first", at(0))
    c2 = commit(work, {"a.txt": "two\n"}, "second", at(1))
    push(work)
    source = GitCommitSource(tmp_path / "cache")

    fetch = source.fetch(REPO, "main", Since(sha=c1), 50)

    assert fetch.web_url == "https://github.com/acme/service"
    assert fetch.commits[0].url == f"https://github.com/acme/service/commit/{c2}"
    assert fetch.compare_url == f"https://github.com/acme/service/compare/{c1}...{c2}"


def test_errors_and_descriptions_never_show_credentials_from_the_url(
    tmp_path: Path, gitconfig: Path
) -> None:
    gitconfig.write_text(
        f'[url "{remotes_root(tmp_path).as_uri()}/"]\n'
        "\tinsteadOf = https://bot:s3cret@github.com/\n"
    )
    source = GitCommitSource(tmp_path / "cache", "https://bot:s3cret@github.com/{owner}/{repo}.git")

    with pytest.raises(SourceError) as e:
        source.fetch("acme/ghost", "main", Since(), 50)

    assert "https://github.com/acme/ghost.git" in str(e.value)
    assert "s3cret" not in str(e.value) and "s3cret" not in source.describe()
    assert source.describe() == (
        f"git (clones cached in {tmp_path / 'cache'}, "
        "URLs like https://github.com/{owner}/{repo}.git)"
    )


@pytest.mark.parametrize("repo", ["acme", "acme/../../etc", "a/b/c", "acme/"])
def test_a_malformed_repo_name_is_refused_before_any_git_call(tmp_path: Path, repo: str) -> None:
    source = GitCommitSource(tmp_path / "cache", url_template(tmp_path))

    with pytest.raises(SourceError, match="not of the form owner/name") as e:
        source.fetch(repo, "main", Since(), 50)
    assert e.value.retryable is False and not (tmp_path / "cache").exists()



def test_read_files_gives_the_dependents_files_and_none_for_missing_ones(
    work: Repo, source: GitCommitSource
) -> None:
    commit(work, {"src/client.py": "BASE_URL = 'http://svc'\n", "big.txt": "x" * 5000, "accents.txt": "é" * 100}, "init", at(0))
    push(work)
    files = source.read_files(REPO, ("src/client.py", "missing.py", "big.txt", "accents.txt"), max_bytes=101)
    assert files == {"src/client.py": "BASE_URL = 'http://svc'\n", "missing.py": None, "big.txt": "x" * 101,
                     "accents.txt": "é" * 50}  # a character the cap would split is dropped, as the GitHub source does


def test_list_paths_gives_every_file_at_the_branch_head(work: Repo, source: GitCommitSource) -> None:
    commit(work, {"app.py": "x\n", "admin/pages/index.html": "<p>\n", "gone.txt": "y\n"}, "init", at(0))
    commit(work, {"gone.txt": None, "with space.md": "z\n"}, "more", at(1))
    push(work)
    paths, complete = source.list_paths(REPO, "main")
    assert sorted(paths) == ["admin/pages/index.html", "app.py", "with space.md"] and complete
