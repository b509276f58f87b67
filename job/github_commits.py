"""GitHub's JSON for heads, commits and their files, read into the model's types, and the commit-graph
questions a range asks of it (oldest first, descendants of a base, ancestry). Pure: no request is
made here; `source_github.py` makes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from job.changeset import EMPTY_BLOB, empty_file_diff
from job.model import ChangeType, Commit, FileChange
from job.ranges import parse_instant

_CHANGE_TYPES: dict[str, ChangeType] = {
    "added": "A", "copied": "A", "removed": "D", "modified": "M", "changed": "M", "renamed": "R",
}
_HEAD_FIELDS = "name target { oid ... on Commit { committedDate } }"


@dataclass(frozen=True)
class Head:
    """Where a watched branch is now, and what the repo around it is."""

    branch: str
    sha: str
    committed_at: datetime
    full_name: str  # the repo's current name: after a rename, not the configured one
    web_url: str
    archived: bool
    default_branch: str
    private: bool = False  # private or internal: issues about it quote nothing of it


def instant(text: str) -> datetime:
    return parse_instant(text, "GitHub's date")


def heads_query(chunk: list[tuple[str, str | None]]) -> tuple[str, dict[str, str]]:
    """One GraphQL query for the heads of up to 100 repos; names travel as variables, never as text."""
    declarations, fields, variables = [], [], {}
    for index, (repo, branch) in enumerate(chunk):
        owner, name = repo.split("/", 1)
        declarations += [f"$o{index}: String!", f"$n{index}: String!"]
        variables[f"o{index}"], variables[f"n{index}"] = owner, name
        ref = ""
        if branch is not None:
            declarations.append(f"$b{index}: String!")
            variables[f"b{index}"] = f"refs/heads/{branch}"
            ref = f" ref(qualifiedName: $b{index}) {{ {_HEAD_FIELDS} }}"
        fields.append(f"r{index}: repository(owner: $o{index}, name: $n{index}) {{ nameWithOwner url isArchived isPrivate "
                      f"defaultBranchRef {{ {_HEAD_FIELDS} }}{ref} }}")
    return f"query({', '.join(declarations)}) {{ {' '.join(fields)} }}", variables


def graphql_head(node: Any, branch: str | None) -> Head | None:
    if not isinstance(node, dict):
        return None
    ref = node.get("ref") if branch is not None else node.get("defaultBranchRef")
    target = (ref or {}).get("target") or {}
    if not ref or "oid" not in target or "committedDate" not in target:
        return None
    default = (node.get("defaultBranchRef") or {}).get("name", "")
    return Head(ref["name"], target["oid"], instant(target["committedDate"]), node["nameWithOwner"], node["url"],
                 bool(node.get("isArchived")), default, bool(node.get("isPrivate", True)))


def oldest_first(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Commits with every parent before its children, otherwise in the order given."""
    by_sha = {e["sha"]: e for e in entries}
    out: list[dict[str, Any]] = []
    placed: set[str] = set()
    for entry in entries:
        stack = [(entry, False)]
        while stack:
            current, ready = stack.pop()
            if ready:
                out.append(current)
            elif current["sha"] not in placed:
                placed.add(current["sha"])
                stack.append((current, True))
                stack.extend((by_sha[p["sha"]], False) for p in reversed(current["parents"])
                             if p["sha"] in by_sha and p["sha"] not in placed)
    return out


def descendants(base: str | None, entries: list[dict[str, Any]]) -> set[str]:
    """The shas in `entries` that descend from base (all of them when the range starts at the root)."""
    if base is None:
        return {e["sha"] for e in entries}
    found = {base}
    for entry in oldest_first(entries):
        if any(p["sha"] in found for p in entry["parents"]):
            found.add(entry["sha"])
    return found - {base}


def covers(base: str | None, entries: list[dict[str, Any]], cap: int) -> bool:
    """Whether `entries` hold a commit to stop a capped pass at: one that descends from base."""
    return len(entries) >= cap and bool(descendants(base, entries))


def ancestry(tip: str, entries: list[dict[str, Any]]) -> set[str]:
    by_sha = {e["sha"]: e for e in entries}
    found, todo = set(), [tip]
    while todo:
        sha = todo.pop()
        if sha in by_sha and sha not in found:
            found.add(sha)
            todo.extend(p["sha"] for p in by_sha[sha]["parents"])
    return found


def file_change(f: dict[str, Any]) -> FileChange | None:
    kind = _CHANGE_TYPES.get(str(f.get("status")))
    if kind is None:
        return None  # "unchanged": listed by GitHub, changed nothing
    patch = f.get("patch")
    diff = patch + "\n" if patch and not patch.endswith("\n") else patch or ""
    if patch is None and kind in ("A", "D") and f.get("sha") == EMPTY_BLOB:
        return FileChange(f["filename"], kind, empty_file_diff(kind))  # an empty file: nothing in it, not binary
    # GitHub leaves the patch out of binary files, which also count no changed lines.
    binary = patch is None and not f.get("changes") and kind != "R"
    return FileChange(f["filename"], kind, diff, f.get("previous_filename") if kind == "R" else None, binary)


def net_from_commits(entries: list[dict[str, Any]], details: dict[str, list[dict[str, Any]]],
                      known: set[str]) -> tuple[list[FileChange], int]:
    """Net changes of the files compare left out, from per-commit files: exact for a file one commit
    changed; for a file several commits changed, its kind without a diff. Returns them and that count."""
    touched: dict[str, list[FileChange]] = {}
    for entry in entries:
        for change in filter(None, map(file_change, details.get(entry["sha"], []))):
            if change.path not in known:
                touched.setdefault(change.path, []).append(change)
    out, undiffed = [], 0
    for path, changes in touched.items():
        if len(changes) == 1:
            out.append(changes[0])
            continue
        first, last = changes[0], changes[-1]
        if first.change_type == "A" and last.change_type == "D":
            continue  # added and removed inside the range: no net change
        kind: ChangeType = "A" if first.change_type == "A" else last.change_type
        out.append(FileChange(path, kind, "", last.old_path if kind == "R" else None))
        undiffed += 1
    return out, undiffed


def commit_of(entry: dict[str, Any], files: list[dict[str, Any]] | None) -> Commit:
    data = entry["commit"]
    author = (data.get("author") or {}).get("name") or (entry.get("author") or {}).get("login") or ""
    return Commit(
        sha=entry["sha"],
        message=data.get("message") or "",
        author=author,
        committed_at=instant(data["committer"]["date"]),
        url=entry.get("html_url") or "",
        files=tuple(c for c in map(file_change, files or []) if c is not None),
        parents=tuple(p["sha"] for p in entry["parents"]),
    )
