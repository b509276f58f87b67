"""Redaction: secrets out of untrusted text (diffs, commit messages, file contents, log lines) before
it reaches the model, an issue, a digest, a log line or a run record (DESIGN.md §7).

It works by shape: the rules of `secret_rules.toml` (data: private key blocks and the token formats
of gitleaks' default rule set, cited by rule id, with credentials in URLs, webhook URLs and
`Authorization` headers), then `password = ...`-style assignments of literal values (code here).
A match becomes `[redacted]`, keeping what names the secret (an assignment's key, a URL's host), so
the text still says what changed. Lookalikes (commit shas, UUIDs, checksums, versions) stay, and so
does code that only reads a secret (`key = os.environ["KEY"]`). Known secret values (the job's own
tokens) are the log filter's business (`job.logs`), not this module's.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REDACTED = "[redacted]"


@dataclass(frozen=True)
class Pattern:
    """One kind of secret: a regex, and what of a match to keep (the `keep` group, when it has one)."""

    name: str
    regex: re.Pattern[str]
    # lower-case literals of which every match holds one (gitleaks' `keywords`): a text without any of
    # them is left alone without running the regex; empty means always run
    keywords: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        return not self.keywords or any(k in lowered for k in self.keywords)

    def sub(self, text: str) -> str:
        if "keep" in self.regex.groupindex:
            return self.regex.sub(lambda m: f"{m['keep']}{REDACTED}", text)
        return self.regex.sub(REDACTED, text)


RULES_FILE = Path(__file__).with_name("secret_rules.toml")
_FLAGS = {"i": re.I, "s": re.S}


def load_rules(path: Path = RULES_FILE) -> tuple[Pattern, ...]:
    """The token formats and secret-bearing shapes of `secret_rules.toml`, in file order (whole
    blocks first, then tokens, then URLs and headers), each named by its rule id."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    patterns = []
    for rule in data["rule"]:
        flags = 0
        for letter in rule.get("flags", ""):
            flags |= _FLAGS[letter]
        regex = rule["regex"]
        if regex.startswith(r"\b"):
            # a token right after an escaped newline (`\\nAGE-SECRET-KEY-1...` in JSON or a repr) has
            # no word boundary before it, yet starts there
            regex = r"(?:\b|(?<=\\[nrt]))" + regex[2:]
        keywords = tuple(rule.get("keywords", ()))
        if any(k != k.lower() or not k for k in keywords):
            raise ValueError(f"{path}: rule {rule['id']}: keywords must be non-empty and lower-case")
        patterns.append(Pattern(rule["id"], re.compile(regex, flags), keywords))
    return tuple(patterns)


# Data, not code: the formats come from a maintained scanner's rule set (gitleaks), cited by rule id.
PATTERNS: tuple[Pattern, ...] = load_rules()

# Keys whose literal value is a secret. The long words may end a longer key (`DB_PASSWORD`,
# `clientSecret`); the short ones only a whole key or its last part (`pwd`, `db.pass`).
_LONG = (r"password|passwd|passphrase|secret|token|api[_-]?key|apikey|access[_-]?key(?:[_-]?id)?|"
         r"private[_-]?key(?:[_-]?id)?|client[_-]?secret|secret[_-]?key|account[_-]?key|signing[_-]?key|"
         r"encryption[_-]?key|master[_-]?key|session[_-]?key|credentials?|webhook[_-]?url")
_SHORT = r"pass|pwd|pw|auth|dsn|sig"
_KEY_NAME = rf"(?:[\w.-]*?(?:{_LONG})|(?:[\w.-]*[_.-])?(?:{_SHORT}))"
_KEY = rf"(?<![\w.-]){_KEY_NAME}"
# an assigned value: quoted, or bare up to what ends it
_VALUE = r"(?:\"(?P<dq>[^\"\n]*)\"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s\"'`,;&|<>()\[\]{}]+))"
_ASSIGNMENT = re.compile(
    rf"(?P<key>[\"']?{_KEY}[\"']?)(?P<sep>[ \t]*(?:=>|:=|=(?!=)|:(?!:))[ \t]*){_VALUE}", re.I)
# what follows a bare value that is a type, not the secret: `=` at once or after `| None`, `, str]` (and no other
# word, so `secret: s3cr3t note=1` is no annotation and the secret is redacted)
_ANNOTATED = re.compile(r"[ \t]*(?:[|,][ \t]*[\w.\[\] \t]*)*=(?![=>])")
# a typed assignment, its annotation read as part of the separator: `api_key: str = "…"`, `API_KEY: u16 = …`
_TYPED = re.compile(rf"(?P<key>{_KEY})(?P<sep>[ \t]*:[ \t]*[A-Za-z_][\w.\[\]|, \t]*?[ \t]*=(?![=>])[ \t]*){_VALUE}", re.I)
_FLAG = re.compile(  # a command-line flag and its value: `--password hunter2`
    r"(?P<key>(?<![\w-])--?[\w-]*(?:password|passwd|token|secret|api-?key))(?P<sep>[ \t]+)"
    r"(?P<bare>[^\s\"'`;&|<>()\[\]{}-][^\s\"'`;&|<>()\[\]{}]*)",
    re.I,
)
_XML = re.compile(rf"(?P<open><(?P<tag>{_KEY_NAME})>)[^<\n]{{3,}}(?P<close></(?P=tag)>)", re.I)

# Values that are not secrets: types, literals and words that stand for "no value here".
_NOT_SECRETS = frozenset({
    "null", "none", "nil", "true", "false", "yes", "no", "on", "off", "undefined", "required", "optional",
    "str", "string", "int", "integer", "bool", "boolean", "bytes", "any", "text", "number", "object",
    "secretstr", "secretbytes", "empty", "env", "default", "unset",
})
_PLACEHOLDER_STARTS = ("$", "{", "<", "%", "*", "[redacted", "#")
_DOTTED = re.compile(r"[A-Za-z_]\w*(?:(?:\.|::)[A-Za-z_]\w*)+")  # an attribute or a path: `Kind::Update`
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")


def _leaf(key: str) -> str:
    return re.split(r"[.\-]", key.strip("\"'-"))[-1]


def _is_literal(value: str, key: str, sep: str, after: str, quoted: bool) -> bool:
    """Whether an assigned value is a literal that may be a secret, rather than code, a type, a
    placeholder or a reference to where the secret comes from."""
    v = value.strip()
    if len(v) < 3 or v.startswith(_PLACEHOLDER_STARTS) or v.lower() in _NOT_SECRETS:
        return False
    if v.lower() == _leaf(key).lower():
        return False  # `token=token`, `secret = "secret"`: a name, not a value
    if quoted:
        return True
    if (after and after in "([") or (v.isdigit() and len(v) < 8) or _DOTTED.fullmatch(v):
        return False  # a call, an index, a small number, an attribute: code
    typed = sep.lstrip().startswith(":") and sep.rstrip().endswith("=")
    spaced = (sep.strip() in ("=", ":=", "=>") or typed) and sep != sep.strip()
    if _IDENTIFIER.fullmatch(v) and spaced and not any(c.isdigit() for c in v):
        return False  # `token = fetch_token` in code; `PASSWORD=hunter2` in an env file has no spaces
    return True


def _assignment(m: re.Match[str]) -> str:
    for group, quote in (("dq", '"'), ("sq", "'"), ("bare", "")):
        value = m.groupdict().get(group)
        if value is None:
            continue
        after = m.string[m.end():m.end() + 1]
        if m["sep"].strip() == ":" and _ANNOTATED.match(m.string, m.end()):
            return m[0]  # `API_KEY: u16 = …`: a type, and the typed shape judged the value
        if not _is_literal(value, m["key"], m["sep"], after, bool(quote)):
            return m[0]
        return f"{m['key']}{m['sep']}{quote}{REDACTED}{quote}"
    return m[0]


# every key the shapes below look for holds one of these
_SHAPE_KEYWORDS = ("pass", "pwd", "pw", "auth", "dsn", "sig", "secret", "token", "key", "credential", "webhook")
_SHAPE_WORDS = re.compile("|".join(_SHAPE_KEYWORDS), re.IGNORECASE)

_SHAPES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    ("typed assignment of a literal secret", _TYPED, _assignment),
    ("assignment of a literal secret", _ASSIGNMENT, _assignment),
    ("secret on a command line", _FLAG, _assignment),
    ("secret in an XML element", _XML, lambda m: f"{m['open']}{REDACTED}{m['close']}"),
)


def kinds() -> list[str]:
    """The names of what the redactor catches, in the order it looks for them."""
    return [p.name for p in PATTERNS] + [name for name, _, _ in _SHAPES]


def redact(text: str) -> str:
    """`text` with every secret this module recognises replaced by `[redacted]`. Idempotent."""
    if not text:
        return text
    # Replacing a match with `[redacted]` never makes a keyword appear, so one lower-cased copy of
    # the text tells which rules can match at all: most text is code with none of their keywords.
    lowered = text.lower()
    for pattern in PATTERNS:
        if pattern.may_match(lowered):
            text = pattern.sub(text)
    if _SHAPE_WORDS.search(lowered) is not None:
        # every shape matches within one line, so only the lines holding a keyword are searched
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if _SHAPE_WORDS.search(line) is not None:
                for _, regex, replace in _SHAPES:
                    line = regex.sub(replace, line)
                lines[i] = line
        text = "\n".join(lines)
    return text


_USERINFO = re.compile(r"(?P<keep>\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^\s/@\"'<>]+@")


def redact_url(url: str) -> str:
    """A URL fit for a log line: secrets redacted, and any user info at all (a bare token can be the
    user name: `https://TOKEN@host/...`) replaced."""
    return _USERINFO.sub(lambda m: f"{m['keep']}{REDACTED}@", redact(url))
