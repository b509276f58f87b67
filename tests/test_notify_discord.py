"""The Discord notifier against a local fake of Discord's webhook endpoint (tests/fake_discord.py):
digests arrive complete and in order within Discord's limits, through 429s and 5xx, pinging nobody.
The per-pass digest as Discord messages is a golden file (UPDATE_GOLDEN=1 regenerates it)."""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_discord import FakeDiscord, pings, violations

from job.errors import ConfigError, NotifierError
from job.notify_discord import CONTINUED, DiscordNotifier, discord_messages, redact_webhook
from job.render import render_digest
from job.run_record import DecisionOutcome, IssueOutcome, RepoOutcome, RunRecord, Skipped

GOLDEN = Path(__file__).parent / "golden"
URGENCIES = ["critical", "high", "medium", "low"]


class RecordingSleep:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def fake() -> Iterator[FakeDiscord]:
    with FakeDiscord() as server:
        yield server


def _decision(watched: str, n: int) -> DecisionOutcome:
    dependent = f"acme/dependent-{n:03d}"
    urgency = URGENCIES[n % 4]
    base = DecisionOutcome(
        dependent, "consumer" if n % 3 else "template", True, urgency, ["api_contract", "endpoints"][: 1 + n % 2],
        f"finding {n}: /v1/route-{n} renamed; ping @everyone and <@&123> about it " + "x" * (n % 50),
        "create_issue", degraded=n % 17 == 0, title=f"{watched} changed endpoints")
    if urgency == "low":
        base.action = "add_to_digest"
    else:
        base.issue = IssueOutcome("created" if n % 2 else "commented", n, f"https://github.com/{dependent}/issues/{n}")
    return base


def run_with_findings(count: int, repos: int) -> RunRecord:
    """A run record as the pass writes it, with `count` findings over `repos` watched repos; the first
    repo holds a third of them, so its section outgrows one embed."""
    per_repo = [count // 3] + [0] * (repos - 1)
    for i in range(count - per_repo[0]):
        per_repo[1 + i % (repos - 1)] += 1
    entries, n = [], 0
    for r, k in enumerate(per_repo):
        watched = f"acme/service-{r:02d}"
        decisions = [_decision(watched, n + i) for i in range(k)]
        n += k
        entries.append(RepoOutcome(watched, "processed", commits=1 + r, range=f"{r:07d}..{r + 1:07d}",
                                   decisions=decisions))
    return RunRecord(run_id="20260302T120000Z-big001", started="2026-03-02T12:00:00+00:00", engine="rules",
                     repos=entries, skipped=[Skipped("acme/late", "rate limit spent; left for the next run")])


def reassembled(messages: list[dict[str, Any]]) -> list[str]:
    """The digest's non-blank lines as a reader sees them across the messages."""
    lines: list[str] = []
    for message in messages:
        lines += message.get("content", "").split("\n")
        for embed in message.get("embeds", []):
            title = embed.get("title", "")
            if not title.endswith(CONTINUED):
                lines.append(f"## {title}")
            lines += embed.get("description", "").split("\n")
    return [line for line in lines if line.strip()]


def non_blank(markdown: str) -> list[str]:
    return [line for line in markdown.split("\n") if line.strip()]


def test_a_digest_of_200_findings_arrives_complete_in_order_and_within_limits(fake: FakeDiscord) -> None:
    markdown = render_digest(run_with_findings(200, 25))
    DiscordNotifier(fake.url, sleep=RecordingSleep()).send(markdown)

    assert [s.status for s in fake.seen] == [200] * len(fake.accepted)
    assert len(fake.accepted) >= 4, "200 findings cannot fit one message"
    assert all(violations(m) == {} for m in fake.accepted)
    assert any(e["title"].endswith(CONTINUED) for m in fake.accepted for e in m.get("embeds", []))
    assert reassembled(fake.accepted) == non_blank(markdown)
    for n in range(200):
        assert sum(line.startswith(f"- acme/dependent-{n:03d} (") for line in reassembled(fake.accepted)) == 1


def test_a_429_mid_way_loses_nothing_and_duplicates_nothing() -> None:
    markdown = render_digest(run_with_findings(200, 25))
    sleep = RecordingSleep()
    with FakeDiscord(scripted={3: 429}) as fake:
        DiscordNotifier(fake.url, sleep=sleep).send(markdown)

    assert [s.status for s in fake.seen][:4] == [200, 200, 429, 200]
    assert sleep.calls == [0.25]
    assert fake.accepted == discord_messages(markdown)
    assert reassembled(fake.accepted) == non_blank(markdown)


def test_a_429_without_retry_after_in_the_body_waits_for_the_header() -> None:
    sleep = RecordingSleep()
    with FakeDiscord(scripted={1: 429}, retry_after_in_body=False) as fake:
        DiscordNotifier(fake.url, sleep=sleep).send("# Digest\n\nsummary")
    assert sleep.calls == [1.0]
    assert len(fake.accepted) == 1


def test_a_5xx_twice_then_success_delivers_each_message_once() -> None:
    markdown = render_digest(run_with_findings(60, 12))
    sleep = RecordingSleep()
    with FakeDiscord(scripted={2: 502, 3: 503}) as fake:
        DiscordNotifier(fake.url, sleep=sleep).send(markdown)

    assert [s.status for s in fake.seen][:4] == [200, 502, 503, 200]
    assert sleep.calls == [0.5, 1.0]
    assert fake.accepted == discord_messages(markdown)


def test_a_persistent_5xx_stops_after_max_retries_and_says_what_got_through() -> None:
    markdown = render_digest(run_with_findings(60, 25))
    with FakeDiscord(scripted={3: 503, 4: 503, 5: 503}) as fake:
        with pytest.raises(NotifierError) as caught:
            DiscordNotifier(fake.url, sleep=RecordingSleep(), max_retries=2).send(markdown)

    assert len(fake.seen) == 5 and len(fake.accepted) == 2
    assert "message 3 of" in str(caught.value) and "2 delivered before it" in str(caught.value)
    assert caught.value.retryable
    assert fake.token not in str(caught.value)


def test_a_persistent_400_raises_at_once_with_discords_code_and_without_the_token() -> None:
    with FakeDiscord(content_max=10) as fake:
        with pytest.raises(NotifierError) as caught:
            DiscordNotifier(fake.url, sleep=RecordingSleep()).send("# A digest title longer than ten\n\nsummary")

    message = str(caught.value)
    assert len(fake.seen) == 1, "a 400 is never retried blindly"
    assert "HTTP 400" in message and "50035" in message and "content: Must be 10 or fewer" in message
    assert fake.token not in message and f"/api/webhooks/{fake.webhook_id}/***" in message
    assert not caught.value.retryable


def test_an_unknown_webhook_raises_with_discords_message() -> None:
    with FakeDiscord() as fake:
        url = fake.url.replace(fake.token, "wrong-token")
        with pytest.raises(NotifierError, match="HTTP 404, code 10015: Unknown Webhook"):
            DiscordNotifier(url, sleep=RecordingSleep()).send("# Digest")


def test_mentions_in_the_digest_ping_nobody(fake: FakeDiscord) -> None:
    markdown = "# Digest for @everyone\n\n@here <@123456> <@&654321> look\n\n## acme/a\n\n- @everyone again"
    DiscordNotifier(fake.url, sleep=RecordingSleep()).send(markdown)

    assert fake.accepted and fake.pinged == []
    assert all(s.payload and s.payload["allowed_mentions"] == {"parse": []} for s in fake.seen)
    unguarded = {k: v for k, v in fake.accepted[0].items() if k != "allowed_mentions"}
    assert pings(unguarded) == ["@everyone", "@here", "user 123456", "role 654321"]  # the fake would notice


@pytest.mark.parametrize("query", ["?thread_id=42", "?wait=false&thread_id=42"])
def test_wait_true_joins_an_existing_query(fake: FakeDiscord, query: str) -> None:
    DiscordNotifier(fake.url + query, sleep=RecordingSleep()).send("# Digest\n\nsummary")
    assert fake.seen[0].query == {"thread_id": ["42"], "wait": ["true"]}
    assert fake.seen[0].status == 200


def test_a_spent_bucket_pauses_between_messages_and_not_after_the_last() -> None:
    markdown = render_digest(run_with_findings(60, 25))
    sleep = RecordingSleep()
    with FakeDiscord(bucket_size=2) as fake:
        DiscordNotifier(fake.url, sleep=sleep).send(markdown)
    assert len(fake.accepted) == 3
    assert sleep.calls == [0.5]  # after message 2; message 3 leaves a bucket with one to spare


def test_an_unreachable_webhook_is_a_retryable_error_without_the_token() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api/webhooks/42/very-secret-token"
    sleep = RecordingSleep()
    with pytest.raises(NotifierError) as caught:
        DiscordNotifier(url, sleep=sleep, max_retries=1).send("# Digest")
    assert "very-secret-token" not in str(caught.value) and caught.value.retryable
    assert sleep.calls == [0.5]


def test_the_webhook_url_is_shown_redacted_and_a_bad_one_is_a_config_error() -> None:
    url = "https://discord.com/api/webhooks/123/s3cret?thread_id=9"
    assert redact_webhook(url) == "https://discord.com/api/webhooks/123/***"
    assert DiscordNotifier(url).describe() == "Discord webhook (https://discord.com/api/webhooks/123/***)"
    with pytest.raises(ConfigError) as caught:
        DiscordNotifier("https://example.com/hooks/s3cret")
    assert "s3cret" not in str(caught.value)


def test_a_long_section_continues_at_line_boundaries_and_a_long_head_spills_into_more_messages() -> None:
    body = "\n".join(f"- line {i} " + "y" * 90 for i in range(120))
    head = "# Title\n\n" + "\n".join("summary " + "z" * 300 for _ in range(10))
    messages = discord_messages(f"{head}\n\n## acme/big\n\n{body}\n\n## acme/small\n\none line")

    assert all(violations(m) == {} for m in messages)
    assert [m.get("content", "")[:7] for m in messages[:2]] == ["# Title", "summary"]
    embeds = [e for m in messages for e in m.get("embeds", [])]
    assert [e["title"] for e in embeds] == ["acme/big", f"acme/big{CONTINUED}", f"acme/big{CONTINUED}", "acme/small"]
    assert "\n".join(e["description"] for e in embeds[:3]) == body


def test_a_single_line_longer_than_an_embed_is_cut_without_losing_characters() -> None:
    line = "w" * 9_000
    messages = discord_messages(f"# T\n\n## one line\n{line}")
    embeds = [e for m in messages for e in m.get("embeds", [])]
    assert all(violations(m) == {} for m in messages)
    assert "".join(e["description"] for e in embeds) == line


def test_the_fake_enforces_discords_limits() -> None:
    def post(url: str, payload: dict[str, Any]) -> tuple[int, bytes]:
        request = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            with exc:
                return exc.code, exc.read()

    with FakeDiscord() as fake:
        assert post(fake.url, {"content": "ok"}) == (204, b"")
        for oversize in ({"content": "c" * 2_001}, {"embeds": [{"title": "t"}] * 11},
                         {"embeds": [{"description": "d" * 4_000}, {"description": "d" * 2_001}]},
                         {"embeds": [{"title": "t" * 257}]},
                         {"embeds": [{"fields": [{"name": "n", "value": "v" * 1_025}]}]}):
            status, body = post(fake.url + "?wait=true", oversize)
            assert (status, json.loads(body)["code"]) == (400, 50035), oversize
        status, body = post(fake.url + "?wait=true", {"content": "saved"})
        assert status == 200 and json.loads(body)["content"] == "saved"
    assert [m["content"] for m in fake.accepted] == ["ok", "saved"]


def golden_run() -> RunRecord:
    """A per-pass run over twelve watched repos: more sections than one message holds."""
    run = run_with_findings(18, 12)
    run.repos[3] = RepoOutcome("acme/service-03", "failed", error="acme/service-03: repository not found",
                               reason="not_found", retryable=False)
    run.repos[5].notes = ["checkpoint 9999999 is no longer on branch main (force-push?)"]
    return run


def test_the_per_pass_digest_as_discord_messages_matches_the_golden_file() -> None:
    messages = discord_messages(render_digest(golden_run()))
    text = json.dumps(messages, indent=2, ensure_ascii=False) + "\n"
    path = GOLDEN / "discord-messages.json"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text)
    assert path.exists(), f"golden file {path} is missing; run with UPDATE_GOLDEN=1 once, then review it"
    assert text == path.read_text()
    assert len(messages) == 2 and all(violations(m) == {} for m in messages)
