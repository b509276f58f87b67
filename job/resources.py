"""Which resources of a watched API a change concerns, and whether a consumer's own files name them (pure).

A server's API change reaches a client only through the resources the client calls. The rules
see where an API change is (a serializer of products, a handler of entries, a route
`/api/v1/rate_cards/:id`) but not whether this client calls it; its interface files say so. From
each matched line or path this module takes the resource it is about: the last fixed segment of a
route the line names, else the file's own name or its folder's, without the names of a layer
(`controller`, `serializer`, `handler`, `routes`, an `httpd`, …), CRUD verbs or versions. A file named only
for its layer (`routes.rb`, `api.go`, `openapi.yaml`) names no resource: the change could be about
any, so it is kept. The resource is looked for in the client's files as words (`RateCard`,
`rate_cards`, `rate-card` and "rate card" are the same, singular or plural).

Only API-shaped evidence (`api_contract`, `endpoints`) is judged this way: a change of
authentication, deployment or configuration reaches every client alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from job.model import Evidence

NARROWED = ("api_contract", "endpoints")

# Names of a layer or a place in a server, not of what it serves: a file or folder called only by
# these says nothing of the resource.
_LAYER = frozenset("""
    api apis rest http https web server routes route router routing handler handlers controller controllers
    serializer serializers serialiser serialisers view views viewset viewsets endpoint endpoints resource resources schema schemas
    dto dtos request requests response responses param params validator validators validation resolver resolvers
    mutation mutations query queries service services model models type types entity entities record records
    presenter presenters blueprint blueprints module modules main init lib src app apps internal pkg
    core common base util utils helper helpers shared crates crate graphql openapi swagger spec specs public
    admin v data struct structs field fields form forms error errors middleware middlewares impl filterset filtersets
    filter filters prot proto protocol protocols rpc ipc jsonrpc xmlrpc grpc wm
    rs go py rb ts js java kt cs php ex exs hs cpp cc h hpp
    create update delete destroy get list show new edit patch put post remove add set fetch find
    object objects item items base abstract generic simple extended info detail details summary with and of for
""".split())
# a module's entry file is named for its folder: `indexes/mod.rs`, `users/index.ts`, `api/__init__.py`
_ENTRY = frozenset({"mod", "index", "init", "main", "lib", "__init__"})
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_ROUTE = re.compile(r"""["'`](/[^"'`\s]*|[a-z][\w-]*(?:/[\w{}:<>.*-]+)+)["'`]""")
_PARAM = re.compile(r"^[:{<*\[$]|^\d+$")
# a key a line quotes, as a JSON property or a form field is named: `@JsonProperty("equalToJson")`
_KEY = re.compile(r"""["']([A-Za-z_][A-Za-z0-9_]*)["']""")


def singular(word: str) -> str:
    """A word's singular, as the same rule on both sides makes it: `entries`, `entry` -> `entry`."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes", "uses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """The words of identifiers and prose, lower-case and singular: `RateCards` -> rate, card."""
    return [singular(w.lower()) for w in _WORD.findall(text)]


def _named(part: str) -> tuple[str, ...]:
    """What a path component or route segment names once layer words and versions are left out. Words
    after a layer word are the resource, and the words before it the application's own prefix (Erlang's
    modules: `riak_kv_wm_counter`, `rabbit_mgmt_wm_queue`); with none after it, the words before it are
    (`rate_card_serializer`)."""
    split = words(part)
    layers = [i for i, w in enumerate(split) if w in _LAYER]
    if layers and any(_kept(w) for w in split[layers[-1] + 1:]):
        split = split[layers[-1] + 1:]
    return tuple(w for w in split if _kept(w))


def _kept(word: str) -> bool:
    return word not in _LAYER and "http" not in word and not word.isdigit() and not re.fullmatch(r"v\d+", word)


def resource(evidence: Evidence) -> tuple[str, ...] | None:
    """The resource a matched line or path is about, as words; None when it names none."""
    for route in _ROUTE.findall(evidence.line[1:] if evidence.line[:1] in "+-" else evidence.line):
        fixed = [s for s in route.strip("/").split("/") if s and not _PARAM.match(s)]
        for segment in reversed(fixed):
            named = _named(segment)
            if named:
                return named
    parts = evidence.path.split("/")
    stem = parts[-1].split(".", 1)[0]
    if stem.strip("_").lower() not in _ENTRY:
        return _named(stem) or None  # a file named for its layer alone (`routes.rb`, `openapi.json`) spans resources
    for part in reversed(parts[:-1][-2:]):
        named = _named(part)
        if named:
            return named
    return None


class Mentions:
    """The words of a consumer's files, to ask whether they name a resource."""

    def __init__(self, texts: Iterable[str]) -> None:
        stream = [w for text in texts for w in words(text)]
        self._text = f" {' '.join(stream)} "
        self._joined = set(stream)

    def names_key(self, key: str) -> bool:
        """Whether the files name a key of two words or more as a whole (`equalToJson`, `equal_to_json`);
        a one-word key (`name`, `headers`) is in every client and says nothing."""
        split = words(key)
        return len(split) > 1 and (f" {' '.join(split)} " in self._text or "".join(split) in self._joined)

    def names(self, resource_words: tuple[str, ...]) -> bool:
        """Whether the files name the resource, or the thing it qualifies (`search rule` for
        `dynamic search rule`): its last two words at least, or its one word."""
        for start in range(max(1, len(resource_words) - 1)):
            tail = resource_words[start:]
            if f" {' '.join(tail)} " in self._text or "".join(tail) in self._joined:
                return True
        return False


def unnamed(evidence: Iterable[Evidence], files: Mapping[str, str | None]) -> tuple[str, ...]:
    """The resources the evidence is about when the consumer's files name none of them (and every
    item is API-shaped and about a resource); empty when any item reaches the consumer or cannot
    be told, and when no file was read."""
    texts = [t for t in files.values() if t]
    items = list(evidence)
    if not texts or not items or any(e.category not in NARROWED for e in items):
        return ()
    found = [resource(e) for e in items]
    if any(r is None for r in found):
        return ()
    mentions = Mentions(texts)
    resources = [r for r in found if r is not None]
    if any(mentions.names(r) for r in resources):
        return ()
    # a key the change quotes that the client names itself: what it sends or reads, whatever the file
    if any(mentions.names_key(k) for e in items for k in _KEY.findall(e.line)):
        return ()
    return tuple(dict.fromkeys(" ".join(r) for r in resources))
