"""Discord deliveries that can go wrong in ways a 4xx or 5xx does not say: a post that timed out
(it may have been made: webhooks have no idempotency key), and forum channels, which need a post
name. Against the local stand-in, over real HTTP."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from fake_discord import FakeDiscord

from job.bootstrap import build_notifier
from job.errors import ConfigError, NotifierError
from job.notify_discord import DiscordNotifier, discord_messages
from job.settings import load_settings

LONG_DIGEST = "# Dependency digest\n\n3 repos changed.\n\n" + "\n\n".join(
    f"## acme/svc-{n}\n\n" + "\n".join(f"- finding {n}.{i}: " + "x" * 80 for i in range(40)) for n in range(4))


def no_sleep(seconds: float) -> None:
    pass


@pytest.fixture
def forum() -> Iterator[FakeDiscord]:
    with FakeDiscord(forum=True) as server:
        yield server


def test_the_digest_is_long_enough_to_need_several_messages() -> None:
    assert len(discord_messages(LONG_DIGEST)) >= 3


def test_a_forum_webhook_without_a_thread_name_is_refused_with_code_220001(forum: FakeDiscord) -> None:
    with pytest.raises(NotifierError) as caught:
        DiscordNotifier(forum.url, sleep=no_sleep).send(LONG_DIGEST)
    assert "220001" in str(caught.value) and not caught.value.retryable
    assert forum.accepted == [] and len(forum.seen) == 1  # a refusal is never retried


def test_a_thread_name_opens_one_forum_post_and_the_whole_digest_goes_into_it(forum: FakeDiscord) -> None:
    DiscordNotifier(forum.url, sleep=no_sleep, thread_name="Dependency digest").send(LONG_DIGEST)
    assert len(forum.accepted) == len(discord_messages(LONG_DIGEST))
    ((thread, name),) = forum.threads.items()
    assert name == "Dependency digest"
    assert forum.accepted[0]["thread_name"] == "Dependency digest"
    assert all("thread_name" not in m for m in forum.accepted[1:])
    assert [s.query.get("thread_id") for s in forum.seen[1:]] == [[thread]] * (len(forum.seen) - 1)
    assert all(s.query["wait"] == ["true"] for s in forum.seen)


def test_the_thread_name_setting_reaches_the_notifier(forum: FakeDiscord) -> None:
    settings = load_settings({"WEBHOOK_URL": forum.url, "ORCHESTRATOR_DISCORD_THREAD_NAME": "Weekly dependencies"})
    build_notifier(settings).send("# Digest\n\nOne finding.")
    assert list(forum.threads.values()) == ["Weekly dependencies"]
    with pytest.raises(ConfigError, match="ORCHESTRATOR_DISCORD_THREAD_NAME"):
        build_notifier(load_settings({"WEBHOOK_URL": forum.url, "ORCHESTRATOR_DISCORD_THREAD_NAME": "x" * 101}))


def test_a_timed_out_post_is_posted_again_once_saying_it_may_duplicate(caplog: pytest.LogCaptureFixture) -> None:
    with FakeDiscord(slow={1: 1.0}) as fake:
        with caplog.at_level(logging.WARNING, logger="job.notify"):
            DiscordNotifier(fake.url, sleep=no_sleep, timeout=0.3).send("# Digest\n\nOne finding.")
        # Discord kept the first post, whose answer came too late: the documented rare duplicate
        assert len(fake.accepted) == 2 and fake.accepted[0] == fake.accepted[1]
    assert any("may duplicate" in r.getMessage() for r in caplog.records)


def test_a_second_timeout_stops_the_send_instead_of_posting_again_and_again() -> None:
    with FakeDiscord(slow={1: 1.0, 2: 1.0}) as fake:
        with pytest.raises(NotifierError) as caught:
            DiscordNotifier(fake.url, sleep=no_sleep, timeout=0.3, max_retries=3).send("# Digest\n\nOne finding.")
        assert len(fake.seen) == 2  # not 1 + max_retries
    assert caught.value.retryable and "may have posted it" in str(caught.value)
