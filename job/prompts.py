"""The prompts for model-backed triage: loading the templates in the top-level `prompts/` folder,
rendering them in a sandboxed, strict Jinja environment, fitting what they carry into a token
budget, and the prompt version that every decision and cache key carries.

Untrusted text (commit messages, diffs, paths, the dependent's files) reaches a template only as a
variable, redacted of secrets by `job.redact` (the change set arrives redacted; the dependent's files
are redacted here), and the templates fence it as data. Calling the model, and deciding anything, is
`triage_claude.py`'s business.

Tokens are estimated as characters / 4 (`estimate_tokens`): close enough for English and code to
bound a prompt, never used for billing (the API's `usage` is).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, Template
from jinja2.sandbox import SandboxedEnvironment

from job.changeset import clip
from job.config import Relationship
from job.model import ChangeSet, Decision
from job.redact import redact
from job.render import code_span, fence

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
KINDS = ("consumer", "template")
CHARS_PER_TOKEN = 4
CHANGE_WORDS = {"A": "Added", "M": "Modified", "D": "Deleted", "R": "Renamed"}
MAX_COMMITS = 50
MAX_MESSAGE_CHARS = 2_000
MAX_EVIDENCE = 30
# Of what the budget leaves after the fixed text, the diffs get at least this share; the
# dependent's files get the rest, and either side's unused share goes to the other.
DIFF_SHARE = 0.6


def estimate_tokens(text: str) -> int:
    """Characters / 4, rounded up: an estimate for budgets, not a count."""
    return (len(text) + CHARS_PER_TOKEN - 1) // CHARS_PER_TOKEN


def fit(texts: list[str], limit: int) -> list[tuple[str, int]]:
    """Share `limit` characters among `texts` fairly: short texts are kept whole, the long ones
    split what is left, each cut at a line boundary. Returns each kept text and what was cut."""
    out: list[tuple[str, int]] = [("", 0)] * len(texts)
    remaining = max(limit, 0)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for n, i in enumerate(order):
        share = remaining // (len(order) - n)
        kept, cut = clip(texts[i], share)
        out[i] = (kept, cut)
        remaining -= len(kept)
    return out


@dataclass(frozen=True)
class DependentFile:
    """One of the dependent's own files as the prompt shows it; `text` None means it does not exist."""

    path: str
    text: str | None
    clipped_chars: int = 0


@dataclass(frozen=True)
class Rendered:
    """A rendered prompt: the static system prompt, the relationship context block (cacheable for
    a consumer: its config and interface files), and the change block."""

    system: str
    context: str
    change: str
    clipped: tuple[str, ...]
    context_paths: tuple[str, ...]

    @property
    def user(self) -> str:
        return self.context + self.change

    @property
    def estimated_tokens(self) -> int:
        return estimate_tokens(self.system) + estimate_tokens(self.user)

    def as_text(self) -> str:
        return f"=== system ===\n{self.system}\n=== user ===\n{self.user}"


class Prompts:
    """The prompt set in one folder: `<kind>.system.j2` and `<kind>.user.j2` per kind, and `VERSION`
    (a human label). The version is the label plus a hash of every file's bytes, so it changes
    whenever a prompt does, even if nobody bumps the label."""

    def __init__(self, root: Path = PROMPTS) -> None:
        self.root = root
        names = [f"{kind}.{part}.j2" for kind in KINDS for part in ("system", "user")]
        missing = [n for n in [*names, "VERSION"] if not (root / n).is_file()]
        if missing:
            raise FileNotFoundError(f"prompt files missing in {root}: {', '.join(missing)}")
        self.label = (root / "VERSION").read_text().strip()
        files = sorted(p for p in root.iterdir() if p.is_file())
        digest = hashlib.sha256()
        for p in files:
            digest.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
        self.digest = digest.hexdigest()
        self._env = SandboxedEnvironment(
            loader=FileSystemLoader(root), undefined=StrictUndefined, autoescape=False,
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        )
        self._env.filters.update(fence=fence, code_span=code_span)

    def render(
        self,
        change_set: ChangeSet,
        relationship: Relationship,
        rules: Decision,
        paths: tuple[str, ...],
        files: Mapping[str, str | None] | None,
        *,
        budget_tokens: int,
        tool: str,
        files_problem: str = "",
    ) -> Rendered:
        """Render the prompt for one relationship. `paths` are the dependent's files that matter (a
        consumer's interface files, a fork's versions of the changed shared files) and `files` what
        reading them gave (None: not read). Diffs and files are fitted into `budget_tokens` (system
        and user prompt together); the fixed text is never cut."""
        system = self._env.get_template(f"{relationship.kind}.system.j2")
        user = self._env.get_template(f"{relationship.kind}.user.j2")
        diffs = [redact(f.diff) for f in change_set.files]
        read = files is not None
        found = files or {}
        shown: list[tuple[str, str | None]] = []
        for path in paths:
            text = found.get(path)
            shown.append((path, None if text is None else redact(text)))

        def values(kept_diffs: list[tuple[str, int]], dependent: list[DependentFile]) -> dict[str, Any]:
            return self._values(change_set, relationship, rules, kept_diffs, dependent, read, files_problem, tool)

        empty = values([("", 0)] * len(diffs), [DependentFile(p, None if t is None else "") for p, t in shown])
        fixed = len(system.render(empty)) + sum(len(x) for x in _blocks(user, empty))
        available = budget_tokens * CHARS_PER_TOKEN - fixed
        diff_need = sum(len(d) for d in diffs)
        file_need = sum(len(t or "") for _, t in shown)
        diff_cap = max(int(available * DIFF_SHARE), available - file_need)
        file_cap = max(0, available - min(diff_need, diff_cap))
        kept_files = fit([t or "" for _, t in shown], file_cap)
        dependent = [DependentFile(p, None if t is None else k, c) for (p, t), (k, c) in zip(shown, kept_files, strict=True)]

        final = values(fit(diffs, diff_cap), dependent)
        context, change = _blocks(user, final)
        if user.render(final) != context + change:
            raise ValueError(f"{user.name}: text outside the context and change blocks would be lost")
        return Rendered(
            system=system.render(final), context=context, change=change, clipped=tuple(final["clipped"]),
            context_paths=tuple(f.path for f in dependent if f.text is not None) if read else paths,
        )

    def _values(
        self, cs: ChangeSet, rel: Relationship, rules: Decision, diffs: list[tuple[str, int]],
        dependent: list[DependentFile], read: bool, files_problem: str, tool: str,
    ) -> dict[str, Any]:
        files = [
            {"path": f.path, "change": CHANGE_WORDS[f.change_type], "old_path": f.old_path, "diff": diff,
             "clipped": f.clipped_chars + cut, "commits": [s[:7] for s in f.commits]}
            for f, (diff, cut) in zip(cs.files, diffs, strict=True)
        ]
        commits = [
            {"sha": c.sha[:7], "author": c.author, "date": c.committed_at.date().isoformat(),
             "message": clip(redact(c.message.strip()), MAX_MESSAGE_CHARS)[0] or "(no message)",
             "clipped": len(c.message.strip()) > MAX_MESSAGE_CHARS}
            for c in cs.commits[-MAX_COMMITS:]
        ]
        clipped = [f"diff of {f['path']}: {f['clipped']} characters not shown" for f in files if f["clipped"]]
        clipped += [f"{rel.dependent}'s {f.path}: {f.clipped_chars} characters not shown"
                    for f in dependent if f.clipped_chars]
        if len(cs.commits) > MAX_COMMITS:
            clipped.append(f"{len(cs.commits) - MAX_COMMITS} earlier commits not listed")
        return {
            "tool": tool,
            "relationship": {
                "watched": rel.watched, "dependent": rel.dependent, "description": rel.description,
                "categories": list(rel.categories), "divergent": list(rel.divergent),
                "interface_files": list(rel.interface_files), "sync_strategy": rel.sync_strategy,
                "unused_paths": list(rel.unused_paths),
                "urgency_mapping": [{"category": c, "urgency": u} for c, u in sorted(rel.urgency_mapping.items())],
            },
            "change_set": {
                "repo": cs.repo, "branch": cs.branch, "range": cs.range_label, "commit_count": len(cs.commits),
                "remaining": cs.remaining, "notes": list(cs.notes),
                "left_out": [{"path": x.path, "reason": x.reason} for x in cs.left_out],
            },
            "commits": commits,
            "files": files,
            "rules": {
                "matched": list(rules.matched), "urgency": rules.urgency, "confidence": rules.confidence,
                "evidence": [
                    {"category": e.category, "path": e.path, "reason": e.reason, "line": redact(e.line)}
                    for e in rules.evidence[:MAX_EVIDENCE]
                ],
                "more_evidence": max(0, len(rules.evidence) - MAX_EVIDENCE),
            },
            "dependent_files": [
                {"path": f.path, "state": "unread" if not read else "present" if f.text is not None else "missing",
                 "text": f.text or "", "clipped": f.clipped_chars}
                for f in dependent
            ],
            "files_problem": files_problem,
            "clipped": clipped,
        }


def _blocks(template: Template, values: dict[str, Any]) -> tuple[str, str]:
    """The user prompt's two blocks: `context` (the relationship) and `change` (the change set)."""
    parts = []
    for name in ("context", "change"):
        if name not in template.blocks:
            raise ValueError(f"{template.name}: the user prompt needs a {{% block {name} %}}")
        parts.append("".join(template.blocks[name](template.new_context(values))))
    return parts[0], parts[1]
