"""Rendered issues and digests, checked against golden files (regenerate on purpose only:
UPDATE_GOLDEN=1 python -m pytest tests/test_render.py)."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest
from tests_support import NOW

from job.changeset import batch_changes
from job.config import parse_config
from job.model import Commit, Fetch, FileChange
from job.render import BODY_MAX, fence, prose, render_digest
from job.routing import route
from job.rules import parse_rules
from job.run_record import DecisionOutcome, IssueOutcome, LeftOut, RepoOutcome, RunRecord
from job.triage_rules import RulesTriage

GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parent.parent
RULES = parse_rules((ROOT / "config" / "rules.json").read_text(), "rules.json")
CONFIG = parse_config(json.dumps({"relationships": {"acme/llm-service": {
    "type": "service_provider", "description": "vLLM service",
    "consumers": [{"repo": "acme/chat-app", "relationship_type": "api_consumer",
                   "description": "Chat app calling /v1/chat/completions",
                   "interface_files": ["src/llm_client.py", ".env.example"],
                   "change_triggers": ["api_contract", "authentication", "endpoints", "configuration"]}],
}}}), "golden-config.json")
WEB = "https://github.com/acme/llm-service"


def _change_set() -> object:
    auth = FileChange("app.py", "M", '@@ -12,2 +12,4 @@\n def chat(body):\n+    if request.headers.get("X-API-Key") != KEY:\n'
                                     '+        raise HTTPException(401)\n     return forward(body)\n')
    env = FileChange(".env.example", "M", "@@ -1,2 +1,2 @@\n-MODEL_NAME=mistral-7b\n+MODEL_NAME=llama-3.1-8b\n PORT=8000\n")
    commits = tuple(
        Commit(sha, msg, "dev", NOW + timedelta(hours=i), f"{WEB}/commit/{sha}", (f,))
        for i, (sha, msg, f) in enumerate([
            ("1" * 40, "Require an X-API-Key header @security-team", auth),
            ("2" * 40, "Serve Llama 3.1 8B <b>now</b>", env),
        ])
    )
    fetch = Fetch("acme/llm-service", "main", "0" * 40, "2" * 40, NOW, commits, (auth, env),
                  compare_url=f"{WEB}/compare/{'0' * 40}...{'2' * 40}", web_url=WEB)
    return batch_changes(fetch, RULES.noise)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text)
    assert path.exists(), f"golden file {path} is missing; run with UPDATE_GOLDEN=1 once, then review it"
    assert text == path.read_text()


def test_issue_body_matches_the_golden_file() -> None:
    change_set = _change_set()
    rel = CONFIG.relationships[0]
    decision = RulesTriage(RULES).decide(change_set, rel)  # type: ignore[arg-type]
    routed = route(change_set, decision, rel, CONFIG.notifications)  # type: ignore[arg-type]
    assert routed.draft is not None
    _golden("issue.md", f"# {routed.draft.title}\n\nlabels: {', '.join(routed.draft.labels)}\n\n{routed.draft.body}")


def test_issue_neutralises_mentions_and_html_from_commits() -> None:
    change_set = _change_set()
    rel = CONFIG.relationships[0]
    decision = RulesTriage(RULES).decide(change_set, rel)  # type: ignore[arg-type]
    routed = route(change_set, decision, rel, CONFIG.notifications)  # type: ignore[arg-type]
    assert routed.draft is not None
    assert "@security-team" not in routed.draft.body and "@\u200bsecurity-team" in routed.draft.body
    assert "<b>" not in routed.draft.body


def test_digest_matches_the_golden_file() -> None:
    record = RunRecord(
        run_id="20260302T120000Z-abc123", started="2026-03-02T12:00:00+00:00", engine="rules",
        repos=[
            RepoOutcome(
                "acme/llm-service", "processed", commits=2, range="0000000..2222222", remaining=0, head="2" * 40,
                notes=["checkpoint 9999999 is no longer on branch main (force-push?); continuing from merge base 0000000"],
                left_out=[LeftOut("package-lock.json", "noise (lock, generated or minified file)")],
                decisions=[
                    DecisionOutcome("acme/chat-app", "consumer", True, "high", ["authentication", "api_contract"],
                                    "x", "create_issue", title="t", fingerprint="f1", alert=True,
                                    issue=IssueOutcome("created", 4, "https://github.com/acme/chat-app/issues/4")),
                    DecisionOutcome("acme/llm-coder", "template", True, "low", ["logging"],
                                    "`LOG_LEVEL=debug` in config.env: acme/llm-service changed logging", "add_to_digest"),
                    DecisionOutcome("acme/other", "consumer", False, "none"),
                ]),
            RepoOutcome("acme/broken", "failed", reason="not_found", retryable=False,
                        error="acme/broken: repository not found at https://github.com/acme/broken.git"),
            RepoOutcome("acme/quiet", "unchanged"),
        ],
    )
    _golden("digest.md", render_digest(record))


def test_digest_of_a_large_fleet_says_what_happened_and_counts_the_quiet_repos_in_one_line() -> None:
    quiet = [RepoOutcome(f"org/svc{n}", "unchanged") for n in range(1_000)] + [RepoOutcome("org/new", "baseline")]
    changed = RepoOutcome("org/api", "processed", commits=3, range="1111111..2222222", decisions=[
        DecisionOutcome("org/web", "consumer", True, "high", ["endpoints"], "x", "create_issue",
                        issue=IssueOutcome("created", 7, "https://github.com/org/web/issues/7"))])
    moved = RepoOutcome("org/forced", "unchanged", notes=["checkpoint 1234567 is no longer on branch main"])
    digest = render_digest(RunRecord(run_id="r", started="2026-03-02T12:00:00+00:00", engine="rules",
                                     repos=[*quiet[:500], changed, moved, *quiet[500:]]))
    assert len(digest.splitlines()) < 25
    assert "## org/api — processed" in digest and "## org/forced — unchanged" in digest
    assert "## org/svc" not in digest
    assert ("1000 watched repos unchanged, 1 set a baseline at its head: org/svc0, org/svc1, org/svc2, org/svc3, "
            "org/svc4, org/svc5, org/svc6, org/svc7, org/svc8, org/svc9 and 991 more.") in digest


def test_oversized_change_set_keeps_the_body_within_githubs_limit() -> None:
    big = "@@ -1 +1,4000 @@\n" + "".join(f'+app.add_url_rule("/r{i}", view_{i})  # {"x" * 40}\n' for i in range(4000))
    files = tuple(FileChange(f"routes_{n}.py", "M", big) for n in range(6))
    commit = Commit("3" * 40, "Many routes", "dev", NOW, "", files)
    fetch = Fetch("acme/llm-service", "main", "0" * 40, "3" * 40, NOW, (commit,), files)
    change_set = batch_changes(fetch, RULES.noise)
    rel = CONFIG.relationships[0]
    routed = route(change_set, RulesTriage(RULES).decide(change_set, rel), rel, CONFIG.notifications)
    assert routed.draft is not None
    assert len(routed.draft.body) <= BODY_MAX and len(routed.draft.comment) <= BODY_MAX
    assert routed.draft.body.rstrip().endswith("-->")


@pytest.mark.parametrize("text", ["```\nbreak out\n```", "````", "~~~ and ```` mixed ``````"])
def test_fence_cannot_be_closed_by_the_text_inside(text: str) -> None:
    fenced = fence(text)
    opener = fenced.splitlines()[0]
    assert all(not line.startswith(opener) for line in text.splitlines())


def test_prose_neutralises_mentions_html_and_fences() -> None:
    out = prose("ping @octocat and @org/team <img src=x> ```")
    assert "@octocat" not in out and "<img" not in out and "```" not in out
