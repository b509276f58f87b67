"""The earlier service's triage test payloads, as input to `orchestrator triage` (DESIGN.md §4.2).

The bodies of `/api/test/consumer-triage` and `/api/test/template-triage` are accepted exactly,
validated, turned into a one-commit change set and decided for the configured relationship.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from job.changeset import batch_changes
from job.config import Config, Relationship, json_path
from job.errors import ConfigError
from job.model import ChangeSet, Commit, Fetch, FileChange
from job.ports import TriageEngine
from job.rules import Rules

LETTERS = {"a": "A", "added": "A", "m": "M", "modified": "M", "d": "D", "removed": "D", "deleted": "D",
           "r": "R", "renamed": "R"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChangedFile(_Strict):
    path: str = Field(min_length=1)
    change_type: str
    diff: str = ""
    previous_path: str | None = None


class PatternSummary(BaseModel):
    model_config = ConfigDict(extra="allow")
    keywords: list[str] = []
    patterns: list[str] = []


class TestChanges(_Strict):
    commit_message: str = ""
    changed_files: list[ChangedFile] = Field(min_length=1)
    pattern_summary: PatternSummary | None = None


class ConsumerPayload(_Strict):
    source_repo: str
    consumer_repo: str
    test_changes: TestChanges


class TemplatePayload(_Strict):
    template_repo: str
    derivative_repo: str
    test_changes: TestChanges


def parse_payload(kind: Literal["consumer", "template"] | str, text: str, source: str,
                  config: Config, rules: Rules) -> tuple[ChangeSet, Relationship, list[str]]:
    """The payload as a one-commit change set, the configured relationship it names, and notes. The
    change set is batched as a run batches it (noise and the watched repo's ignore_paths left out, the
    diff budget spent on what can carry evidence first), so the decision is the one a run makes."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    model = ConsumerPayload if kind == "consumer" else TemplatePayload
    try:
        payload = model.model_validate(raw)
    except ValidationError as exc:
        problems = [f"{source}: {json_path(e['loc'])}: {str(e['msg']).removeprefix('Value error, ')}" for e in exc.errors()]
        raise ConfigError(f"{source}: not a {kind} triage payload", problems) from None
    if isinstance(payload, ConsumerPayload):
        watched, dependent = payload.source_repo, payload.consumer_repo
    else:
        watched, dependent = payload.template_repo, payload.derivative_repo
    relationship = config.find(watched, dependent, kind)
    if relationship is None:
        role = "api_consumer" if kind == "consumer" else "template_fork"
        raise ConfigError(f"{source}: {dependent} is not configured as an {role} of {watched} in {config.source}")

    files = []
    for i, f in enumerate(payload.test_changes.changed_files):
        letter = LETTERS.get(f.change_type.strip().lower())
        if letter is None:
            raise ConfigError(f"{source}: $.test_changes.changed_files[{i}].change_type: got {f.change_type!r}, "
                              "expected A, M, D, R or added, modified, removed, renamed")
        files.append(FileChange(f.path, letter, f.diff, f.previous_path))  # type: ignore[arg-type]
    now = datetime.now(timezone.utc)
    commit = Commit("0" * 40, payload.test_changes.commit_message, "payload", now, "", tuple(files))
    fetch = Fetch(repo=relationship.watched, branch="", base=None, head=commit.sha, head_time=now,
                  commits=(commit,), net_files=tuple(files))
    notes = []
    if payload.test_changes.pattern_summary is not None:
        notes.append("pattern_summary is accepted for compatibility; the decision is made from the files and diffs")
    repo = config.watched_repo(relationship.watched)
    ignored = repo.ignore_paths if repo is not None else ()
    return batch_changes(fetch, rules.noise, ignored, no_evidence=rules.no_evidence), relationship, notes


def triage_payload(change_set: ChangeSet, relationship: Relationship, engine: TriageEngine,
                   notes: list[str]) -> dict[str, Any]:
    decision = engine.decide(change_set, relationship)
    out: dict[str, Any] = {"watched": relationship.watched, "dependent": relationship.dependent,
                           "kind": relationship.kind, **decision.as_json()}
    if notes:
        out["notes"] = notes
    return out
