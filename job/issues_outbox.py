"""The embedded issue tracker: one Markdown file per issue under `<outbox>/<owner>/<repo>/`.

Front matter holds the title, number, state, labels, urgency, thread and every fingerprint written
into the issue (its own and its comments'), one `key: <JSON value>` per line, which is valid YAML.
Comments are appended below the body. Closing an issue is editing `state: "closed"` by hand; the job
never reopens a closed issue. Files are replaced atomically, so a crash leaves the old or the new.
"""

from __future__ import annotations

import json
import os
import re
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from job.errors import TrackerError
from job.model import IssueDraft, urgency_rank
from job.ports import IssueRef

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
COMMENT_RULE = "\n\n---\n<!-- orchestrator:comment -->\n\n"


@dataclass
class OutboxIssue:
    path: Path
    meta: dict[str, Any]
    text: str

    def ref(self, dependent: str) -> IssueRef:
        return IssueRef(dependent, int(self.meta["number"]), self.path.absolute().as_uri(), str(self.meta["state"]))


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "issue"


def dump(meta: dict[str, Any], text: str) -> str:
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" + text


def parse(path: Path, content: str) -> OutboxIssue:
    match = _FRONT.match(content)
    if not match:
        raise TrackerError(f"outbox issue {path} has no front matter")
    meta: dict[str, Any] = {}
    for n, line in enumerate(match.group(1).splitlines(), start=2):
        key, sep, raw = line.partition(": ")
        try:
            if not sep:
                raise ValueError("expected 'key: value'")
            meta[key] = json.loads(raw)
        except ValueError as exc:
            raise TrackerError(f"outbox issue {path}, line {n}: cannot read front matter ({exc})") from None
    for required in ("number", "state", "fingerprints", "thread"):
        if required not in meta:
            raise TrackerError(f"outbox issue {path}: front matter lacks {required!r}")
    return OutboxIssue(path, meta, content[match.end():])


class OutboxIssueTracker:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()  # numbers are taken from the folder: one write at a time

    def describe(self) -> str:
        return f"outbox (Markdown files under {self.root})"

    def _folder(self, dependent: str) -> Path:
        owner, name = dependent.lower().split("/", 1)
        return self.root / owner / name

    def issues(self, dependent: str) -> list[OutboxIssue]:
        folder = self._folder(dependent)
        if not folder.is_dir():
            return []
        out = []
        for path in sorted(folder.glob("*.md")):
            try:
                out.append(parse(path, path.read_text(encoding="utf-8")))
            except OSError as exc:
                raise TrackerError(f"cannot read outbox issue {path}: {exc}") from exc
        return out

    def find_by_fingerprint(self, dependent: str, fingerprint: str) -> IssueRef | None:
        for issue in self.issues(dependent):
            if fingerprint in issue.meta["fingerprints"]:
                return issue.ref(dependent)
        return None

    def find_open_thread(self, dependent: str, thread: str, hint: int | None = None) -> IssueRef | None:
        candidates = [i for i in self.issues(dependent) if i.meta["thread"] == thread and i.meta["state"] == "open"]
        if hint is not None:
            candidates.sort(key=lambda i: i.meta["number"] != hint)
        return candidates[0].ref(dependent) if candidates else None

    def issue_state(self, dependent: str, number: int) -> str:
        found = next((i for i in self.issues(dependent) if int(i.meta["number"]) == number), None)
        return str(found.meta["state"]) if found else "unknown"

    def _write(self, path: Path, content: str) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_text(content, encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            raise TrackerError(f"cannot write outbox issue {path}: {exc}") from exc

    def create(self, draft: IssueDraft) -> IssueRef:
        with self._lock:
            return self._create(draft)

    def _create(self, draft: IssueDraft) -> IssueRef:
        existing = self.issues(draft.dependent)
        number = max((int(i.meta["number"]) for i in existing), default=0) + 1
        path = self._folder(draft.dependent) / f"{number:04d}-{_slug(draft.title)}.md"
        meta = {
            "title": draft.title, "number": number, "state": "open", "labels": list(draft.labels),
            "urgency": draft.urgency, "fingerprint": draft.fingerprint, "fingerprints": [draft.fingerprint],
            "thread": draft.thread, "watched": draft.watched, "dependent": draft.dependent,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        self._write(path, dump(meta, draft.body))
        return parse(path, dump(meta, draft.body)).ref(draft.dependent)

    def comment(self, issue: IssueRef, draft: IssueDraft) -> IssueRef:
        with self._lock:
            return self._comment(issue, draft)

    def _comment(self, issue: IssueRef, draft: IssueDraft) -> IssueRef:
        found = next((i for i in self.issues(draft.dependent) if int(i.meta["number"]) == issue.number), None)
        if found is None:
            raise TrackerError(f"outbox issue #{issue.number} of {draft.dependent} disappeared")
        meta = dict(found.meta)
        meta["fingerprints"] = [*meta["fingerprints"], draft.fingerprint]
        if urgency_rank(draft.urgency) > urgency_rank(meta.get("urgency", "none")):
            meta["labels"] = raise_labels(meta.get("labels", []), meta.get("urgency", "none"), draft)
            meta["urgency"] = draft.urgency
        meta["updated_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        content = dump(meta, found.text.rstrip("\n") + COMMENT_RULE + draft.comment)
        self._write(found.path, content)
        return parse(found.path, content).ref(draft.dependent)


def raise_labels(current: list[str], old_urgency: str, draft: IssueDraft) -> list[str]:
    """Swap the labels of the old urgency for those of the new, higher one; keep everything else."""
    old = set(draft.urgency_labels.get(old_urgency, ())) - set(draft.labels)
    kept = [label for label in current if label not in old]
    return list(dict.fromkeys([*kept, *draft.labels]))
