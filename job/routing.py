"""Routing: what each decision becomes, by the config's `notification_settings` (pure).

Per urgency, an action: `create_issue` and `create_issue_immediately` file (or update) an issue in
this pass (a poller files everything at pass time, so the two are the same here), `add_to_digest`
only reports the finding in the digest, `ignore` records it in the run record alone. The urgency's
labels go on the issue, with the relationship's own; `notify_webhook` says whether the finding, on
its own, is reason enough to send a per-pass digest.
"""

from __future__ import annotations

from dataclasses import dataclass

from job.config import NotificationSettings, Relationship
from job.model import ChangeSet, Decision, IssueDraft, digest_of
from job.render import render_issue

ISSUE_ACTIONS = ("create_issue", "create_issue_immediately")


@dataclass(frozen=True)
class Routed:
    decision: Decision
    action: str
    alert: bool
    draft: IssueDraft | None = None


def fingerprint(change_set: ChangeSet, decision: Decision) -> str:
    """The idempotency key of one issue write: the same range for the same dependent, always."""
    return digest_of({
        "watched": change_set.repo.lower(), "dependent": decision.dependent.lower(), "kind": decision.kind,
        "base": change_set.base, "head": change_set.head,
    })[:24]


def route(
    change_set: ChangeSet,
    decision: Decision,
    relationship: Relationship,
    settings: NotificationSettings,
) -> Routed:
    if decision.digest_only:
        # the engine is not sure enough for an issue: the finding is reported, a person decides
        return Routed(decision, "add_to_digest", alert=decision.requires_action)
    if not decision.requires_action or decision.urgency == "none":
        return Routed(decision, "none", alert=False)
    threshold = settings.default_urgency_thresholds[decision.urgency]
    if threshold.action not in ISSUE_ACTIONS:
        return Routed(decision, threshold.action, alert=threshold.notify_webhook)
    urgency_labels = {str(u): tuple(t.labels) for u, t in settings.default_urgency_thresholds.items()}
    labels = tuple(dict.fromkeys([*threshold.labels, *relationship.labels]))
    fp = fingerprint(change_set, decision)
    title, body, comment = render_issue(change_set, decision, relationship, fp, decision.prompt_version or "rules")
    draft = IssueDraft(
        dependent=decision.dependent, watched=change_set.repo, title=title, body=body, comment=comment,
        labels=labels, urgency=decision.urgency, fingerprint=fp, urgency_labels=urgency_labels,
    )
    return Routed(decision, threshold.action, alert=threshold.notify_webhook, draft=draft)
