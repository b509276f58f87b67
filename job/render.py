"""Rendering of issue bodies, comments and digests from the Jinja templates in `job/templates/`.

The environment is sandboxed and strict (an undefined name is an error, not an empty string).
Text from commits and from triage engines is untrusted, and every value of it passes a filter that
keeps it in its place: `prose` (Markdown text), `code_span` (inside backticks) or `fence` (a code
block no line of it can close). All three redact secrets. `prose` also escapes raw HTML and Markdown
link and image syntax, neutralises mentions and issue references (a zero-width space after `@`, `#`
and `GH-`, so nothing links or notifies), and turns every URL into inert text (`hxxps://evil[.]com`)
except the watched repo's own commit, file, tree and compare pages (the `links` a template is given).

A private watched repo, or a relationship marked `private`, gets issues with the analysis but no diff
excerpts, no changed lines and no commit messages (`is_private`, `_withhold`). Lengths stay within
GitHub's limits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from job.changeset import changed_lines
from job.config import Relationship
from job.model import ChangeSet, Decision, in_words, thread_key
from job.redact import redact
from job.run_record import RunRecord

TEMPLATES = Path(__file__).parent / "templates"
TITLE_MAX = 256
BODY_MAX = 65_536
EXCERPT_LINES = 40
WITHHELD = "[withheld]"
LINKED_PAGES = ("commit", "blob", "tree", "compare")  # of the watched repo: what untrusted text may link to

_ZW = "\u200b"  # a zero-width space: breaks a mention or a reference without changing what it reads
# bidirectional overrides and isolates (text that reads one way and is another), and other controls
_INVISIBLE = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]")
_MENTION = re.compile(r"@(?=[\w-])")  # @user, @org/team, user@example.com, owner/repo@sha
_REFERENCE = re.compile(r"#(?=\d)|(?<![\w-])(GH)-(?=\d)", re.I)  # #12, owner/repo#12, GH-12
_URL = re.compile(r"(?:\b[a-zA-Z][a-zA-Z0-9+.-]*://|(?<![\w.-])www\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?*_~)]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")
_ESCAPES = re.compile(r"(?:^|/)(?:\.|%2e){2}(?:/|$|[?#])|\\|@", re.I)
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")
_TICKS = re.compile(r"``+")
_SPAN = re.compile(r"(`[^`]+`)")
_MARKER = re.compile(r"\\\[(redacted|withheld)\\\](?![(\[:\\])")


def allowed_links(web_url: str) -> tuple[str, ...]:
    """The URL prefixes untrusted text may link to: the watched repo's own commits and files."""
    if not web_url.startswith(("https://", "http://")):
        return ()
    base = web_url.rstrip("/")
    return tuple(f"{base}/{page}/" for page in LINKED_PAGES)


def _defang(url: str) -> str:
    """A URL as inert text that still reads as one: `hxxps://evil[.]example/x.png`."""
    match = _SCHEME.match(url)
    if match:
        scheme = match[1]
        head = ("hxxp" + scheme[4:] + ":" if scheme.lower().startswith("http") else scheme + "[:]") + "//"
        rest = url[match.end():]
    else:  # www.example.com
        head, rest = "", url
    authority, slash, path = rest.partition("/")
    return head + authority.replace(".", "[.]") + slash + path


def _is_allowed(url: str, allowed: tuple[str, ...]) -> bool:
    """Under an allowed prefix, and staying there: no `..` segment (or its encodings), no backslash,
    no user info."""
    rest = url[len(next((a for a in allowed if url.startswith(a)), url)):]
    return bool(allowed) and url.startswith(allowed) and not _ESCAPES.search(rest)


def _links(text: str, allowed: tuple[str, ...]) -> str:
    return _URL.sub(lambda m: m[0] if _is_allowed(m[0], allowed) else _defang(m[0]), text)


def prose(value: object, allowed: tuple[str, ...] = ()) -> str:
    """Untrusted text inside Markdown prose, on one line: secrets redacted; no raw HTML, no link or
    image syntax, no live URL outside `allowed`, no mention or issue reference, no fence or heading."""
    text = _INVISIBLE.sub("", redact(str(value)))
    text = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    text = _MARKER.sub(r"[\1]", text)  # `[redacted]` reads as it is, and links nowhere
    text = _links(text, allowed)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MENTION.sub("@" + _ZW, text)
    text = _REFERENCE.sub(lambda m: (m[1] + "-" if m[1] else "#") + _ZW, text)
    text = _code_spans(" ".join(text.split()))
    return text.replace("~~~", "~ ~ ~")


def _code_spans(text: str) -> str:
    """Only whole `code` spans keep their backticks: a run of several (a fence) becomes quotes, and a
    backtick left without a partner is escaped, so it can never pair with one that a template writes
    after this text and turn the template's code span inside out."""
    text = _TICKS.sub(lambda m: "'" * len(m[0]), text)
    parts = _SPAN.split(text)
    return "".join(part if i % 2 else part.replace("`", "\\`") for i, part in enumerate(parts))


@pass_context
def _prose_filter(context: Context, value: object) -> str:
    """The `prose` filter: links only to what the template's `links` allow (nothing without them)."""
    links = context.get("links", ())
    return prose(value, tuple(links) if isinstance(links, list | tuple) else ())


def code_span(value: object) -> str:
    """Text inside single backticks: backticks would end the span, newlines would break the list.
    Inside a code span nothing links, mentions or renders as HTML."""
    return " ".join(_INVISIBLE.sub("", redact(str(value))).replace("`", "'").split())


def plain(value: object) -> str:
    """Untrusted text where Markdown does not render (an issue title): secrets redacted, mentions and
    references neutralised, one line."""
    text = _INVISIBLE.sub("", redact(str(value)))
    text = _MENTION.sub("@" + _ZW, text)
    text = _REFERENCE.sub(lambda m: (m[1] + "-" if m[1] else "#") + _ZW, text)
    return " ".join(text.split())


def fence(value: object, lang: str = "") -> str:
    text = _INVISIBLE.sub("", redact(str(value))).rstrip("\n")
    longest = max((len(m) for m in re.findall(r"`{3,}|~{3,}", text)), default=2)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{lang}\n{text}\n{ticks}"


def _words(value: str | list[str] | tuple[str, ...]) -> str:
    """A category, or a list of them, in words: `api_contract` reads "the API contract"."""
    return in_words([value] if isinstance(value, str) else list(value))


def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, autoescape=False,
        trim_blocks=False, keep_trailing_newline=True,
    )
    env.filters.update(prose=_prose_filter, fence=fence, code_span=code_span, words=_words)
    return env


ENV = _environment()


def render(template: str, **values: Any) -> str:
    return ENV.get_template(template).render(**values)


def _why(decision: Decision, rel: Relationship) -> str:
    matched = in_words(decision.matched)
    if rel.kind == "consumer":
        what = f"It is an API consumer of {rel.watched}"
        also = f"; it depends on {matched}, which this range changes"
    else:
        what = f"It is a template fork of {rel.watched}"
        also = f"; it shares {matched} with it, which this range changes"
    description = f" ({rel.description.rstrip('.')})" if rel.description else ""
    # the rules' own reasoning is their evidence, listed below; a model's (or why it was not asked) is news
    said = f" {decision.reasoning}" if decision.llm_called or decision.degraded else ""
    return f"{what}{description}{also}.{said}"


def is_private(change_set: ChangeSet, relationship: Relationship) -> bool:
    """The privacy rule: when the watched repo is private, or the relationship says so, an issue
    carries the analysis (what changed in which files, why it matters, what to do) but no diff
    excerpts, no changed lines and no commit messages, not even titles: commits are listed by short
    sha. The prompt to the model still has everything (the model is ours, the dependent may be public)."""
    return change_set.private or relationship.private


def _withheld_texts(change_set: ChangeSet, decision: Decision) -> list[str]:
    """What a public issue about a private repo must not quote: the rules' evidence lines, the
    changed lines and the commit messages, line by line, longest first."""
    found: set[str] = set()
    for e in decision.evidence:
        if e.line.strip():
            found.update({e.line.strip(), e.line.strip()[1:].strip()})
    for f in change_set.files:
        found.update(text.strip() for _, text in changed_lines(f.diff))
    for c in change_set.commits:
        for line in c.message.splitlines():
            found.add(line.strip())
            found.update(part.strip() for part in _SENTENCE.split(line))  # a quote may be a sentence of it
    return sorted((t for t in found if len(t) >= 6), key=len, reverse=True)


def _withhold(text: str, withheld: Iterable[str]) -> str:
    for quoted in withheld:
        if quoted in text:
            text = text.replace(quoted, WITHHELD)
    return text


def _for_public(change_set: ChangeSet, decision: Decision) -> Decision:
    """The decision with every quote of the private repo's content replaced by `[withheld]`: the
    rules quote changed lines, and a model may quote anything it was shown."""
    withheld = _withheld_texts(change_set, decision)
    return replace(
        decision, impact_summary=_withhold(decision.impact_summary, withheld),
        recommended_changes=tuple(_withhold(step, withheld) for step in decision.recommended_changes),
        reasoning=_withhold(decision.reasoning, withheld),
    )


def issue_title(change_set: ChangeSet, decision: Decision, private: bool = False) -> str:
    """What changed, in plain text (titles do not render Markdown): the categories, and the commit's
    title when one commit made the change (never for a private watched repo)."""
    matched = in_words(decision.matched)
    relevant = change_set.commits_touching({e.path for e in decision.evidence})
    if len(relevant) == 1 and not private:
        lead = relevant[-1].title
    else:
        lead = f"{len(relevant)} commit{'s' if len(relevant) != 1 else ''}"
    title = plain(f"{change_set.repo} changed {matched}: {lead}")
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
    private = is_private(change_set, relationship)
    shown = _for_public(change_set, decision) if private else decision
    evidence_by_category = {c: [e for e in decision.evidence if e.category == c][:5] for c in decision.matched}
    # list the commits that touched the evidence; the rest of the range is counted, not listed
    commits = list(change_set.commits_touching({e.path for e in decision.evidence})[-20:])
    lines = 0 if private else EXCERPT_LINES
    while True:
        body = render(
            "issue.md.j2", change_set=change_set, decision=shown, relationship=relationship,
            why=_why(shown, relationship), commits=commits,
            more_commits=len(change_set.commits) - len(commits), evidence_by_category=evidence_by_category,
            excerpts=_excerpts(change_set, decision, lines), fingerprint=fingerprint,
            thread=thread_key(change_set.repo, relationship.dependent), prompt_version=prompt_version,
            private=private, links=allowed_links(change_set.web_url),
        )
        comment = render("comment.md.j2", change_set=change_set, body=body)
        if len(comment) <= BODY_MAX or lines == 0:
            break
        lines //= 4
    return issue_title(change_set, decision, private), body[:BODY_MAX], comment[:BODY_MAX]


def render_digest(run: RunRecord) -> str:
    return render("digest.md.j2", run=run, totals=run.totals(), dry_run=run.dry_run)
