"""What in rendered Markdown would be live on GitHub or Discord: mentions, issue references, raw HTML,
images and links. Code blocks and code spans are left out first, as nothing in them is live."""

from __future__ import annotations

import re

# the HTML the job's own templates write: a collapsible block, small print, hidden markers
OWN_HTML = re.compile(r"</?details>|<summary>|</summary>|</?sub>|<!-- orchestrator:[a-z]+=[0-9a-f]+ -->")
_FENCE = re.compile(r"^(`{3,}|~{3,})[^\n]*\n.*?^\1[ \t]*$", re.S | re.M)
_SPAN = re.compile(r"(?<![`\\])(`+)(?!`)(.+?)(?<!`)\1(?!`)")  # within a line: the job writes none longer
_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>)\]]+|(?<![\w.\[-])www\.[\w-]+\.[\w.-]+", re.I)


def outside_code(markdown: str) -> str:
    return _SPAN.sub(" ", _FENCE.sub("\n", markdown))


def live(markdown: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """Every live construct in `markdown` but links to a URL starting with one of `allowed` (the
    template's own links, the watched repo's pages)."""

    def ok(url: str) -> bool:
        return bool(allowed) and url.startswith(allowed) and not re.search(r"/\.\.(?:/|$)", url)

    found: list[str] = []

    def link(m: re.Match[str]) -> str:
        if not ok(m[1]):
            found.append(f"link {m[1]}")
        return " "

    text = re.sub(r"(?<!\\)\[[^\]\n]*\]\(([^)\s]+)\)", link, outside_code(markdown))
    text = re.sub(r"(?<!\\)\[[^\]\n]*\]:\s*(\S+)", link, text)
    found += [f"link {u}" for u in _URL.findall(text) if not ok(u)]
    found += [f"mention {m}" for m in re.findall(r"(?<![\w`\\])@[A-Za-z0-9][\w/-]*", text)]
    found += [f"email {m}" for m in re.findall(r"\b[\w.+-]+@[\w-]+\.[\w.]+", text)]
    found += [f"reference {m}" for m in re.findall(r"(?:\b[\w.-]+/[\w.-]+)?#\d+|\bGH-\d+", text, re.I)]
    found += [f"html {m}" for m in re.findall(r"<[A-Za-z!/?][^>\n]*>?", OWN_HTML.sub(" ", text))]
    found += [f"image {m}" for m in re.findall(r"(?<!\\)!\[[^\]\n]*\]", text)]
    return found
