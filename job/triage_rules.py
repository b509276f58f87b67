"""The rules triage engine: a deterministic decision per relationship from classified evidence.

Consumer: action is required when one of its change triggers matched; urgency comes from its
`urgency_mapping`, else the defaults here. Template fork: action is required when a shared concern
matched in files that are not only divergent (`sync_strategy: full` treats divergent concerns as
shared), or when the template's code the fork kept changed: a fork that named its own areas of a
divergent concern shares the rest of that concern's code. Otherwise the decision is an explicit
"no impact" with the reason. The same evidence tells whether a model-backed engine would be asked
(`would_call_llm`): the pre-filter.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace

from job.classify import classify
from job.config import Relationship
from job.model import ChangeSet, Classification, Decision, Evidence, Urgency, in_words, max_urgency
from job.resources import unnamed
from job.rules import Rules, path_matches
from job.values import MAX_STEPS, concrete_steps, value_changes

DEFAULT_URGENCY: dict[str, Urgency] = {
    "api_contract": "critical",
    "authentication": "high",
    "endpoints": "high",
    "deployment": "medium",
    "configuration": "medium",
    "docker": "medium",
    "infrastructure": "medium",
    "gpu_configuration": "medium",
    "health_checks": "medium",
    "logging": "low",
    "monitoring": "low",
}

CONSUMER_STEPS = {
    "api_contract": "Check the requests and responses your client builds against the changed contract.",
    "authentication": "Update how your client authenticates (credentials, headers, identity tokens).",
    "endpoints": "Update the base URL, paths or ports your client calls.",
    "deployment": "Check that the service address and availability your client relies on still hold.",
    "configuration": "Align your settings and environment variables with the changed configuration.",
}


class RulesTriage:
    """Decides from the rules alone; also the pre-filter and fallback for a model-backed engine."""

    name = "rules"

    def __init__(self, rules: Rules) -> None:
        self._rules = rules

    def decide(self, change_set: ChangeSet, relationship: Relationship) -> Decision:
        rules = self._rules.with_overrides(relationship.rules)
        if relationship.kind == "consumer":
            found = classify(change_set, rules, skip=rules.not_interface + relationship.unused_paths)
            decision = self._consumer(change_set, relationship, found)
        else:
            divergent = relationship.divergent if relationship.sync_strategy == "selective" else ()
            found = classify(change_set, rules, divergent, skip=relationship.unused_paths, locks=True)
            decision = self._template(change_set, relationship, found, divergent, rules)
        # The pre-filter is built for recall: it keeps from the model only what the rules can rule
        # out (docs, tests, translations, lock files, formatting, dependency bumps, what is not the
        # dependent's interface or only its divergent part); a decision of the rules is not enough.
        interests = relationship.categories + (relationship.divergent if relationship.sync_strategy == "full" else ())
        # a deprecation or a breaking change may be announced in docs alone
        sent = decision.requires_action or rules.announces(change_set) or bool(found.open_for(interests))
        return replace(decision, would_call_llm=sent)

    def _consumer(self, cs: ChangeSet, rel: Relationship, found: Classification) -> Decision:
        matched = tuple(c for c in rel.categories if found.for_category(c))
        evidence = tuple(e for e in found.evidence if e.category in matched)
        if not matched:
            return self._no_impact(cs, rel, found, "its change triggers")
        urgency = max_urgency([_urgency(rel, c) for c in matched])
        steps = tuple(CONSUMER_STEPS[c] for c in matched)
        steps += ("Run your integration against the new version before it reaches production.",)
        return Decision(
            watched=rel.watched, dependent=rel.dependent, kind="consumer", requires_action=True,
            urgency=urgency, confidence=_confidence(evidence), matched=matched,
            impact_summary=_summary(cs, matched, evidence),
            recommended_changes=steps, affected_files=rel.interface_files,
            reasoning=_reasoning(evidence, found, matched),
            engine=self.name, would_call_llm=True, evidence=evidence,
        )

    def _template(self, cs: ChangeSet, rel: Relationship, found: Classification, divergent: tuple[str, ...],
                  rules: Rules) -> Decision:
        shared = rel.categories + (rel.divergent if rel.sync_strategy == "full" else ())
        kept = _kept_code(rules, found, divergent, shared)  # `rules`: with the relationship's overrides
        matched = tuple(c for c in shared if found.for_category(c)) + tuple(dict.fromkeys(e.category for e in kept))
        evidence = tuple(e for e in found.evidence if e.category in matched and e.category in shared) + kept
        if not matched:
            return self._no_impact(cs, rel, found, "its shared concerns")
        files = tuple(dict.fromkeys(e.path for e in evidence))
        urgency = max_urgency([_urgency(rel, c) for c in matched])
        kept_files = {e.path for e in kept}
        steps = tuple(
            f"Compare your {path}, template code you kept, with the template's new version and port the change."
            if path in kept_files else
            f"Compare your {path} with the template's new version and port the change to {in_words(_cats_for(evidence, path))}."
            for path in files
        )
        steps += ("Keep the areas you named your own as they are." if kept_files else
                  f"Keep your own divergent parts as they are: {in_words(divergent) or 'none are declared'}.",)
        reasoning = _reasoning(evidence, found, matched)
        if kept_files:
            reasoning += f" Template code it kept, outside the areas it named its own: {', '.join(sorted(kept_files))}."
        if found.divergent_only:
            reasoning += f" Left out as divergent only: {', '.join(found.divergent_only)}."
        return Decision(
            watched=rel.watched, dependent=rel.dependent, kind="template", requires_action=True,
            urgency=urgency, confidence=_confidence(evidence), matched=matched,
            impact_summary=_summary(cs, matched, evidence),
            recommended_changes=steps, affected_files=files, reasoning=reasoning,
            engine=self.name, would_call_llm=True, evidence=evidence,
        )

    def _no_impact(self, cs: ChangeSet, rel: Relationship, found: Classification, what: str) -> Decision:
        other = found.categories
        if not cs.files:
            reason = "No relevant file changed: only noise, or nothing at all."
        elif other:
            reason = (f"The change touches {', '.join(other)}, none of which is among {what} "
                      f"({', '.join(rel.categories)}).")
        else:
            reason = f"No changed path or line matches any category; none of {what} is touched."
        if found.divergent_only:
            reason += f" Divergent only: {', '.join(found.divergent_only)}."
        unused = [f.path for f in cs.files if path_matches(f.path, rel.unused_paths)]
        if unused:
            more = f" and {len(unused) - 5} more" if len(unused) > 5 else ""
            reason += f" In parts it declared unused: {', '.join(unused[:5])}{more}."
        return Decision(
            watched=rel.watched, dependent=rel.dependent, kind=rel.kind, requires_action=False,
            urgency="none", confidence=0.7 if not other else 0.6, matched=(),
            impact_summary=f"No impact on {rel.dependent}.", recommended_changes=(), affected_files=(),
            reasoning=reason, engine=self.name, would_call_llm=False,
        )


def in_own_terms(decision: Decision, change_set: ChangeSet, files: Mapping[str, str | None],
                 cut: Collection[str] = ()) -> Decision:
    """A consumer's rules decision seen with the dependent's interface files as read: no action when
    the API change is only to resources those files never name, else steps that name its own files
    and the values that change in them, in place of the advice per category they cover. A model's
    decision is left as the model wrote it. `cut` names the files read only in part (the read cap):
    a name missing from what was read may be in the rest, so the files then never rule a change out."""
    if decision.kind != "consumer" or decision.llm_called or not decision.requires_action:
        return decision
    unused = () if cut else unnamed(decision.evidence, files)
    if unused:
        read = ", ".join(path for path, text in files.items() if text)
        return replace(
            decision, requires_action=False, urgency="none", matched=(), impact_summary=f"No impact on {decision.dependent}.",
            recommended_changes=(), affected_files=(),
            reasoning=f"{decision.reasoning} Its files ({read}) name none of {', '.join(unused)}: the change is to "
                      "parts of the API it does not call.",
        )
    changes = value_changes(change_set, decision.evidence)
    steps = concrete_steps(changes, dict(files), change_set.repo)
    if not steps:
        return decision
    covered = {CONSUMER_STEPS[category] for category, _ in steps if category in CONSUMER_STEPS}
    rest = tuple(s for s in decision.recommended_changes if s not in covered)
    concrete = tuple(dict.fromkeys(step for _, step in steps))[:MAX_STEPS]
    return replace(decision, recommended_changes=concrete + rest)


def _kept_code(rules: Rules, found: Classification, divergent: tuple[str, ...],
               interests: tuple[str, ...]) -> tuple[Evidence, ...]:
    """A divergent concern's evidence in the code the fork kept: once a fork names its own areas (its
    `rules` override, under any divergent concern), those areas are all it replaced, and the template's
    other code of the divergent kinds (the main process, the request middleware, the service providers
    or the training script it did not replace) is plumbing it shares, so a change there is news for it.
    Without declared areas the whole concern is the fork's own. A file a shared concern has its own
    patterns for (a framework's configuration) is judged by those."""
    own = rules.named_areas(divergent)
    if not own:
        return ()
    named = [c for c in divergent if c in rules.categories]
    open_files = set(found.open_for(interests))
    known = [p for c in interests if c in rules.categories for p in rules.categories[c].patterns if p.paths]
    return tuple(e for e in found.evidence
                 if e.category in named and e.path in open_files and not path_matches(e.path, own)
                 and not any(p.applies_to(e.path) for p in known))


def _urgency(rel: Relationship, category: str) -> Urgency:
    mapped = rel.urgency_mapping.get(category)
    if mapped in ("critical", "high", "medium", "low"):
        return mapped  # type: ignore[return-value]
    return DEFAULT_URGENCY.get(category, "medium")


def _cats_for(evidence: tuple[Evidence, ...], path: str) -> list[str]:
    return list(dict.fromkeys(e.category for e in evidence if e.path == path))


def _confidence(evidence: tuple[Evidence, ...]) -> float:
    """Rules are sure of what they saw, not of what it means: a changed line that matched is
    stronger evidence than a path alone, and more independent evidence raises confidence a little."""
    lines = sum(1 for e in evidence if e.line)
    paths = len(evidence) - lines
    return round(min(0.9, 0.45 + 0.1 * min(lines, 3) + 0.05 * min(paths, 2)), 2)


def _summary(cs: ChangeSet, matched: tuple[str, ...], evidence: tuple[Evidence, ...]) -> str:
    first = evidence[0]
    key = f"`{first.line}` in {first.path}" if first.line else f"{first.path} changed"
    rest = in_words(matched)
    n = len(cs.commits_touching({e.path for e in evidence}))
    return f"{key}: {cs.repo} changed {rest} in {n} commit{'s' if n != 1 else ''}."


def _reasoning(evidence: tuple[Evidence, ...], found: Classification, matched: tuple[str, ...]) -> str:
    parts = []
    for category in matched:
        items = [e for e in evidence if e.category == category][:3]
        shown = "; ".join(f"{e.path}: {e.line}" if e.line else f"{e.path} ({e.reason})" for e in items)
        parts.append(f"{category}: {shown}")
    others = [c for c in found.categories if c not in matched]
    text = "Matched " + " | ".join(parts) + "."
    if others:
        text += f" Also touched, not relevant here: {', '.join(others)}."
    return text
