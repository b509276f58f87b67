"""Rendering of issue bodies, comments and digests from the Jinja templates in `job/templates/`.

The environment is sandboxed and strict (an undefined name is an error, not an empty string).
Text from commits and from triage engines is untrusted: `prose` neutralises mentions and raw HTML,
`fence` picks a code fence no line of the text can close, and lengths stay within GitHub's limits.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from job.config import Relationship
from job.model import ChangeSet, Decision, thread_key

TEMPLATES = Path(__file__).parent / "templates"
TITLE_MAX = 256
BODY_MAX = 65_536
EXCERPT_LINES = 40

_MENTION = re.compile(r"(?<![\w`])@(?=[A-Za-z0-9])")


def prose(value: object) -> str:
    """Untrusted text inside Markdown prose: no pings, no raw HTML, no heading or fence breakouts."""
    text = str(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MENTION.sub("@\u200b", text)
    text = text.replace("```", "` ` `")
    return " ".join(text.split())


def code_span(value: object) -> str:
    """Text inside single backticks: backticks would end the span, newlines would break the list."""
    return " ".join(str(value).replace("`", "'").split())


def fence(value: object, lang: str = "") -> str:
    text = str(value).rstrip("\n")
    longest = max((len(m) for m in re.findall(r"`{3,}|~{3,}", text)), default=2)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{lang}\n{text}\n{ticks}"


def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, autoescape=False,
        trim_blocks=False, keep_trailing_newline=True,
    )
    env.filters.update(prose=prose, fence=fence, code_span=code_span)
    return env


ENV = _environment()


def render(template: str, **values: Any) -> str:
    return ENV.get_template(template).render(**values)


def _why(decision: Decision, rel: Relationship) -> str:
    matched = ", ".join(decision.matched)
    if rel.kind == "consumer":
        what = f"It is an API consumer of {rel.watched}"
        also = f" and declared {matched} as change triggers"
    else:
        what = f"It is a template fork of {rel.watched}"
        also = f" and shares {matched} with it"
    description = f" ({rel.description.rstrip('.')})" if rel.description else ""
    return f"{what}{description}{also}. {decision.reasoning}"


def issue_title(change_set: ChangeSet, decision: Decision) -> str:
    matched = ", ".join(decision.matched[:3]) + (" and more" if len(decision.matched) > 3 else "")
    relevant = change_set.commits_touching({e.path for e in decision.evidence})
    lead = relevant[-1].title if len(relevant) == 1 else f"{len(relevant)} commits"
    title = f"{change_set.repo} changed {matched}: {lead}"
    title = " ".join(title.split())
    return title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1] + "…"


def _excerpts(change_set: ChangeSet, decision: Decision, lines: int) -> list[dict[str, Any]]:
    paths = list(dict.fromkeys(e.path for e in decision.evidence))
    out = []
    for f in change_set.files:
        if f.path in paths and f.diff and lines > 0:
            kept = f.diff.splitlines()
            cut = len(kept) > lines or bool(f.clipped_chars)
            out.append({"path": f.path, "change_type": f.change_type, "diff": "\n".join(kept[:lines]), "clipped": cut})
    return out


def render_issue(
    change_set: ChangeSet, decision: Decision, relationship: Relationship, fingerprint: str, prompt_version: str,
) -> tuple[str, str, str]:
    """The title, the body of a new issue, and the comment that carries the same finding to an
    issue already open for this thread."""
    evidence_by_category = {c: [e for e in decision.evidence if e.category == c][:5] for c in decision.matched}
    # list the commits that touched the evidence; the rest of the range is counted, not listed
    commits = list(change_set.commits_touching({e.path for e in decision.evidence})[-20:])
    lines = EXCERPT_LINES
    while True:
        body = render(
            "issue.md.j2", change_set=change_set, decision=decision, relationship=relationship,
            why=_why(decision, relationship), commits=commits,
            more_commits=len(change_set.commits) - len(commits), evidence_by_category=evidence_by_category,
            excerpts=_excerpts(change_set, decision, lines), fingerprint=fingerprint,
            thread=thread_key(change_set.repo, relationship.dependent), prompt_version=prompt_version,
        )
        comment = render("comment.md.j2", change_set=change_set, body=body)
        if len(comment) <= BODY_MAX or lines == 0:
            break
        lines //= 4
    return issue_title(change_set, decision), body[:BODY_MAX], comment[:BODY_MAX]


def render_digest(run: dict[str, Any]) -> str:
    repos = run["repos"]
    totals = {
        "commits": sum(r.get("commits", 0) for r in repos),
        "issues_created": sum(1 for r in repos for d in r["decisions"] if (d.get("issue") or {}).get("action") == "created"),
        "issues_commented": sum(1 for r in repos for d in r["decisions"] if (d.get("issue") or {}).get("action") == "commented"),
        "failures": sum(1 for r in repos if r.get("error")),
        "tokens": run.get("tokens", 0),
        "cost_usd": run.get("cost_usd", 0.0),
    }
    return render("digest.md.j2", run=run, totals=totals, dry_run=run.get("dry_run", False))
