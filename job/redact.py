"""Redaction: secrets out of untrusted text (diffs, commit messages, file contents, log lines) before
it reaches the model, an issue, a digest, a log line or a run record (DESIGN.md §7).

It works by shape, from one ordered list of named patterns (`PATTERNS`): private key blocks, the
token formats of GitHub, the clouds, Slack, Discord, LLM providers and others, credentials in URLs,
webhook URLs, `Authorization` headers, and `password = ...`-style assignments of literal values.
A match becomes `[redacted]`, keeping what names the secret (an assignment's key, a URL's host), so
the text still says what changed. Lookalikes (commit shas, UUIDs, checksums, versions) stay, and so
does code that only reads a secret (`key = os.environ["KEY"]`). Known secret values (the job's own
tokens) are the log filter's business (`job.logs`), not this module's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

REDACTED = "[redacted]"


@dataclass(frozen=True)
class Pattern:
    """One kind of secret: a regex, and what of a match to keep (the `keep` group, when it has one)."""

    name: str
    regex: re.Pattern[str]

    def sub(self, text: str) -> str:
        if "keep" in self.regex.groupindex:
            return self.regex.sub(lambda m: f"{m['keep']}{REDACTED}", text)
        return self.regex.sub(REDACTED, text)


def _p(name: str, pattern: str, flags: int = 0) -> Pattern:
    return Pattern(name, re.compile(pattern, flags))


_END = r"(?![A-Za-z0-9_-])"  # a token ends where its alphabet does (`\b` fails after a final '-')

# Order matters: whole blocks first, then token formats, then the shapes that carry a secret, and
# the generic assignments last, so that their value is often already `[redacted]` (left alone).
PATTERNS: tuple[Pattern, ...] = (
    # A PEM private key (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP ... BLOCK), also inside a JSON string
    # with `\n` escapes (a GCP service-account file); without its END line (a clipped diff), all the
    # rest of the text goes, as there is no telling where the key stops.
    _p("private key block", r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----"
                            r"(?:.*?-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|.*\Z)", re.S),
    _p("GitHub token", r"\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{30,255})" + _END),
    _p("GitLab token", r"\bgl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,}" + _END),
    _p("AWS access key id", r"\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z0-9]{16}\b"),
    _p("Google API key", r"\bAIza[0-9A-Za-z_-]{35}" + _END),
    _p("Google OAuth secret or token", r"\b(?:GOCSPX-[0-9A-Za-z_-]{20,}|ya29\.[0-9A-Za-z_-]{20,})" + _END),
    _p("Slack token", r"\b(?:xox[abposr]-[A-Za-z0-9-]{10,}|xapp-\d-[A-Za-z0-9-]{10,})" + _END),
    _p("Anthropic key", r"\bsk-ant-[A-Za-z0-9_-]{20,}" + _END),
    _p("OpenAI key", r"\bsk-(?:proj-|svcacct-|admin-)?(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{20,}" + _END),
    _p("Hugging Face token", r"\bhf_[A-Za-z0-9]{30,}\b"),
    _p("Stripe key", r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b|\bwhsec_[A-Za-z0-9+/=]{20,}"),
    _p("package registry token", r"\b(?:npm_[A-Za-z0-9]{36}|pypi-AgE[A-Za-z0-9_-]{50,})" + _END),
    _p("SendGrid key", r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}" + _END),
    _p("other provider token", r"\b(?:do[opr]_v1_[a-f0-9]{64}|gsk_[A-Za-z0-9]{40,}|r8_[A-Za-z0-9]{30,}|"
                               r"dapi[a-f0-9]{32}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32})\b"),
    _p("JWT", r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*"),
    _p("Discord bot token", r"\b[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}" + _END),
    # URLs that are secrets in themselves: keep the host, so the text says what it was.
    _p("Slack webhook", r"(?P<keep>\bhttps?://hooks\.slack\.com/(?:services|workflows|triggers)/)[A-Za-z0-9/_-]+"),
    _p("Discord webhook", r"(?P<keep>\bhttps?://[^\s/\"'<>]+/api/(?:v\d+/)?webhooks/\d{5,}/)[A-Za-z0-9_-]{8,}"),
    _p("credentials in a URL", r"(?P<keep>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s/:@\"'<>]*:)[^\s@/\"'<>]+(?=@)"),
    _p("Authorization header", r"(?P<keep>\b(?:Proxy-)?Authori[sz]ation[\"']?\s*[:=]\s*[\"']?"
                               r"(?:Bearer|Basic|Token|Bot|Digest)\s+)[A-Za-z0-9._~+/=-]{8,}", re.I),
    _p("bearer token", r"(?P<keep>\bBearer\s+)(?=[A-Za-z0-9._~+/-]*\d)[A-Za-z0-9._~+/-]{20,}=*"),
    _p(".netrc password", r"(?P<keep>\bmachine\s+\S+\s+login\s+\S+\s+password\s+)\S+"),
)

# Keys whose literal value is a secret. The long words may end a longer key (`DB_PASSWORD`,
# `clientSecret`); the short ones only a whole key or its last part (`pwd`, `db.pass`).
_LONG = (r"password|passwd|passphrase|secret|token|api[_-]?key|apikey|access[_-]?key(?:[_-]?id)?|"
         r"private[_-]?key(?:[_-]?id)?|client[_-]?secret|secret[_-]?key|account[_-]?key|signing[_-]?key|"
         r"encryption[_-]?key|master[_-]?key|session[_-]?key|credentials?|webhook[_-]?url")
_SHORT = r"pass|pwd|pw|auth|dsn|sig"
_KEY_NAME = rf"(?:[\w.-]*?(?:{_LONG})|(?:[\w.-]*[_.-])?(?:{_SHORT}))"
_KEY = rf"(?<![\w.-]){_KEY_NAME}"
_ASSIGNMENT = re.compile(
    rf"(?P<key>[\"']?{_KEY}[\"']?)(?P<sep>[ \t]*(?:=>|:=|=(?!=)|:(?!:))[ \t]*)"
    r"(?:\"(?P<dq>[^\"\n]*)\"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s\"'`,;&|<>()\[\]{}]+))",
    re.I,
)
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
_DOTTED = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")
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
    spaced = sep.strip() in ("=", ":=", "=>") and sep != sep.strip()
    if _IDENTIFIER.fullmatch(v) and spaced and not any(c.isdigit() for c in v):
        return False  # `token = fetch_token` in code; `PASSWORD=hunter2` in an env file has no spaces
    return True


def _assignment(m: re.Match[str]) -> str:
    for group, quote in (("dq", '"'), ("sq", "'"), ("bare", "")):
        value = m.groupdict().get(group)
        if value is None:
            continue
        after = m.string[m.end():m.end() + 1]
        if not _is_literal(value, m["key"], m["sep"], after, bool(quote)):
            return m[0]
        return f"{m['key']}{m['sep']}{quote}{REDACTED}{quote}"
    return m[0]


_SHAPES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
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
    for pattern in PATTERNS:
        text = pattern.sub(text)
    for _, regex, replace in _SHAPES:
        text = regex.sub(replace, text)
    return text


_USERINFO = re.compile(r"(?P<keep>\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^\s/@\"'<>]+@")


def redact_url(url: str) -> str:
    """A URL fit for a log line: secrets redacted, and any user info at all (a bare token can be the
    user name: `https://TOKEN@host/...`) replaced."""
    return _USERINFO.sub(lambda m: f"{m['keep']}{REDACTED}@", redact(url))
