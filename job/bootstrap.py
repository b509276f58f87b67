"""The composition root: the only module that imports adapters. It reads the config and rules,
picks one adapter per port from the settings, and lets tests swap any port for a double."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from job.changeset import Budget
from job.config import Config, parse_config
from job.errors import ConfigError
from job.issues_outbox import OutboxIssueTracker
from job.lease import Task
from job.notify_console import ConsoleNotifier
from job.poll import Deps
from job.ports import BlobStore, CommitSource, IssueTracker, NamesItsModel, Notifier, RepoFiles, TriageEngine
from job.rules import Rules, parse_rules
from job.settings import Settings
from job.state_local import LocalBlobStore
from job.triage_rules import RulesTriage


def read_text(location: str, what: str) -> str:
    try:
        return Path(location).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{location}: {what} not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{location}: cannot read {what}: {exc}") from None


NO_GOOGLE_CREDENTIALS = ("no Google credentials for {what}: on your machine run `gcloud auth application-default "
                         "login` (or set GOOGLE_APPLICATION_CREDENTIALS to a service account key file); on Cloud Run "
                         "the job's service account provides them")


def _gcs_client(settings: Settings, what: str) -> Any:
    from google.auth.exceptions import DefaultCredentialsError
    from google.cloud import storage  # type: ignore[import-untyped]  # loads only when GCS is used

    try:
        return storage.Client(project=settings.gcp_project_id or None)
    except DefaultCredentialsError:
        # a retry cannot make credentials appear: a configuration error (exit 2), in one line
        raise ConfigError(NO_GOOGLE_CREDENTIALS.format(what=what)) from None


def load_config(settings: Settings) -> Config:
    if settings.config.startswith("gs://"):
        from job.state_gcs import read_gs_text

        client = _gcs_client(settings, f"ORCHESTRATOR_CONFIG={settings.config}")
        try:
            text = read_gs_text(client, settings.config)
        finally:
            client.close()
        return parse_config(text, settings.config)
    return parse_config(read_text(settings.config, "relationships config"), settings.config)


def github_client(settings: Settings) -> Any:
    from job.github_api import github_client as client

    return client(settings.github_api_url, settings.github_token, pool_size=settings.concurrency)


def build_source(settings: Settings, store: BlobStore) -> CommitSource:
    if settings.source == "github":
        from job.source_github import GitHubCommitSource

        # per-commit files only where the net diff needs them: a changed repo costs one compare request
        return GitHubCommitSource(github_client(settings), store, max_wait=float(settings.github_rate_limit_budget),
                                  min_wait=float(settings.github_rate_limit_min_wait), max_commit_details=500,
                                  commit_links=False)
    from job.source_git import GitCommitSource  # GitPython loads only when the git source is used

    return GitCommitSource(settings.git_cache_dir, settings.git_url_template)


def build_tracker(settings: Settings) -> IssueTracker:
    if settings.tracker == "github":
        from job.github_api import RateLimitWaits
        from job.issues_github import GitHubIssueTracker, Pacer

        pacer = Pacer(per_minute=settings.github_writes_per_minute, per_hour=settings.github_writes_per_hour)
        waits = RateLimitWaits(float(settings.github_rate_limit_budget),
                               min_wait=float(settings.github_rate_limit_min_wait))
        return GitHubIssueTracker(github_client(settings), pacer=pacer, waits=waits)
    return OutboxIssueTracker(settings.outbox_dir)


def build_notifier(settings: Settings) -> Notifier:
    if settings.notifier == "discord":
        from job.notify_discord import DiscordNotifier

        return DiscordNotifier(settings.webhook_url, thread_name=settings.discord_thread_name)
    return ConsoleNotifier()


def build_engine(settings: Settings, rules: Rules, files: RepoFiles | None, store: BlobStore | None,
                 writer: str = "") -> TriageEngine:
    if settings.engine != "claude":
        return RulesTriage(rules)
    from job.triage_claude import ClaudeTriage

    def client() -> Any:  # made when the first request is due: importing the SDK takes ~2 s of CPU
        import anthropic

        return anthropic.Anthropic(api_key=settings.anthropic_api_key, base_url=settings.anthropic_base_url,
                                   max_retries=settings.claude_max_retries, timeout=settings.claude_timeout)

    return ClaudeTriage(
        client, RulesTriage(rules), model=settings.model, files=files, store=store,
        prompt_tokens_budget=settings.prompt_tokens, run_token_budget=settings.run_tokens,
        daily_token_budget=settings.daily_tokens, confidence_threshold=settings.confidence_threshold,
        file_max_bytes=settings.file_max_bytes, writer=writer,
    )


def build_store(settings: Settings) -> BlobStore:
    """The state store the settings name. A GCS bucket is checked before any work: a missing
    bucket or a missing permission stops the run here, never falling back to local state."""
    if settings.state_in_gcs:
        from job.state_gcs import GcsBlobStore, parse_gs_url

        bucket, prefix = parse_gs_url(settings.state)
        store = GcsBlobStore(_gcs_client(settings, f"ORCHESTRATOR_STATE={settings.state}"), bucket, prefix)
        store.check()
        return store
    local = LocalBlobStore(settings.state_dir)
    local.check()
    return local


def load_rules(settings: Settings) -> Rules:
    return parse_rules(read_text(settings.rules, "rules file"), settings.rules)


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


def build(
    settings: Settings,
    *,
    config: Config | None = None,
    source: CommitSource | None = None,
    store: BlobStore | None = None,
    engine: TriageEngine | None = None,
    tracker: IssueTracker | None = None,
    notifier: Notifier | None = None,
    run_id: str | None = None,
) -> Deps:
    given_run_id, run_id = run_id, run_id or new_run_id()
    rules = load_rules(settings)
    config = config or load_config(settings)
    store = store or build_store(settings)
    source = source or build_source(settings, store)
    files = source if isinstance(source, RepoFiles) else None
    engine = engine or build_engine(settings, rules, files, store, writer=run_id)
    tracker = tracker or build_tracker(settings)
    notifier = notifier or build_notifier(settings)
    return Deps(
        config=config, rules=rules, source=source, store=store, engine=engine, tracker=tracker, notifier=notifier,
        run_id=run_id, max_commits=settings.max_commits,
        max_issues_per_dependent=settings.max_issues_per_dependent, concurrency=settings.concurrency,
        budget=Budget(settings.diff_budget_file, settings.diff_budget_total),
        files=files, file_max_bytes=settings.file_max_bytes, digest_quiet_passes=settings.digest_quiet_passes == "send",
        task=Task(settings.task_index, settings.task_count, settings.task_attempt,
                  settings.execution or (given_run_id or ""), cloud_run=bool(settings.execution)),
        lease_ttl=timedelta(seconds=settings.lease_seconds), keep_runs_days=settings.keep_runs_days,
        adapters={
            "source": source.describe(), "state": store.describe(),
            "engine": engine.engine if isinstance(engine, NamesItsModel) else engine.name,
            "tracker": tracker.describe(), "notifier": notifier.describe(),
        },
    )
