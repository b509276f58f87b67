"""Settings: the one module that reads the environment (12-factor, as Cloud Run wants).

Everything else receives a `Settings`. An unknown value is an error naming the variable, never a
silent fallback to a local default. Secrets are kept out of `repr` and listed in `secrets()` so the
log filter can redact them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from job.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# cloudbuild.yaml's default `_TASK_TIMEOUT_SECONDS` (tests/test_deploy.py checks they agree). The lease
# lasts at least this long, plus a margin for SIGTERM-to-SIGKILL and clock skew (job/lease.py says why).
TASK_TIMEOUT_SECONDS = 1800
LEASE_MARGIN_SECONDS = 60
DEFAULT_URL_TEMPLATE = "https://github.com/{owner}/{repo}.git"

CHOICES = {
    "ORCHESTRATOR_SOURCE": ("git", "github"),
    "ORCHESTRATOR_TRACKER": ("outbox", "github"),
    "ORCHESTRATOR_NOTIFIER": ("console", "discord"),
    "ORCHESTRATOR_ENGINE": ("rules", "claude"),
    "ORCHESTRATOR_LOG_FORMAT": ("auto", "json", "text"),
    "ORCHESTRATOR_LOG_LEVEL": ("info", "debug", "warning", "error"),
    "ORCHESTRATOR_DIGEST_QUIET_PASSES": ("skip", "send"),
}
NEEDS = {("ORCHESTRATOR_TRACKER", "github"): "GITHUB_TOKEN", ("ORCHESTRATOR_SOURCE", "github"): "GITHUB_TOKEN",
         ("ORCHESTRATOR_NOTIFIER", "discord"): "WEBHOOK_URL", ("ORCHESTRATOR_ENGINE", "claude"): "ANTHROPIC_API_KEY"}


@dataclass(frozen=True)
class Settings:
    config: str
    rules: str
    state: str
    source: str = "git"
    tracker: str = "outbox"
    notifier: str = "console"
    engine: str = "rules"
    git_url_template: str = DEFAULT_URL_TEMPLATE
    git_cache: str = ""
    outbox: str = ""
    max_commits: int = 500
    max_issues_per_dependent: int = 10
    concurrency: int = 8
    diff_budget_file: int = 20_000
    diff_budget_total: int = 120_000
    file_max_bytes: int = 100_000
    log_format: str = "auto"
    log_level: str = "info"
    github_api_url: str = "https://api.github.com"
    github_writes_per_minute: int = 80
    github_writes_per_hour: int = 500
    github_rate_limit_budget: int = 600  # seconds a run may spend waiting out rate limits, per adapter
    github_rate_limit_min_wait: int = 60  # seconds to wait when GitHub gives no Retry-After or reset
    anthropic_base_url: str = ""
    model: str = "claude-sonnet-4-6"
    prompt_tokens: int = 12_000
    run_tokens: int = 400_000
    daily_tokens: int = 2_000_000
    confidence_threshold: float = 0.6
    claude_max_retries: int = 2
    claude_timeout: float = 60.0
    digest_quiet_passes: str = "skip"
    week_start_day: int = 0
    week_start_hour: int = 0
    week_tz: str = "UTC"
    github_token: str = field(default="", repr=False)
    anthropic_api_key: str = field(default="", repr=False)
    webhook_url: str = field(default="", repr=False)
    discord_thread_name: str = ""
    job_name: str = "dependency-orchestrator"
    run_api_url: str = ""
    scheduler_api_url: str = ""
    gcp_project_id: str = ""
    gcp_region: str = ""
    execution: str = ""
    task_index: int = 0
    task_count: int = 1
    task_attempt: int = 0
    task_timeout_seconds: int = TASK_TIMEOUT_SECONDS
    lease_seconds: int = TASK_TIMEOUT_SECONDS + LEASE_MARGIN_SECONDS
    keep_runs_days: int = 42
    interrupt_grace_seconds: int = 5  # after a first SIGINT/SIGTERM, how long repos in flight may take to stop

    @property
    def log_json(self) -> bool:
        """JSON log lines: asked for, or `auto` on Cloud Run (which parses them); text elsewhere."""
        return self.log_format == "json" or (self.log_format == "auto" and bool(self.execution))

    @property
    def state_in_gcs(self) -> bool:
        return self.state.startswith("gs://")

    @property
    def state_dir(self) -> Path:
        """The local state folder; with GCS state, the local folder for what stays on this machine."""
        return Path("state") if self.state_in_gcs else Path(self.state)

    @property
    def outbox_dir(self) -> Path:
        return Path(self.outbox) if self.outbox else self.state_dir / "outbox"

    @property
    def git_cache_dir(self) -> Path:
        if self.git_cache:
            return Path(self.git_cache)
        # with GCS state the machine is disposable (Cloud Run): the clone cache lives in /tmp
        return Path(tempfile.gettempdir()) / "orchestrator-git" if self.state_in_gcs else self.state_dir / "cache" / "git"

    def secrets(self) -> list[str]:
        return [s for s in (self.github_token, self.anthropic_api_key, self.webhook_url) if len(s) >= 8]


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r}: expected a whole number") from None
    if value < minimum:
        raise ConfigError(f"{name}={raw!r}: expected at least {minimum}")
    return value


def _engine(env: Mapping[str, str]) -> str:
    """`auto` (the default) is Claude when a key is configured, the rules otherwise."""
    raw = env.get("ORCHESTRATOR_ENGINE", "").strip().lower() or "auto"
    if raw == "auto":
        return "claude" if env.get("ANTHROPIC_API_KEY", "").strip() else "rules"
    return _choice(env, "ORCHESTRATOR_ENGINE", raw)


def _fraction(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        raise ConfigError(f"{name}={raw!r}: expected a number from 0 to 1") from None
    if not 0.0 <= value <= 1.0:
        raise ConfigError(f"{name}={raw!r}: expected a number from 0 to 1")
    return value


def _ranged(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    value = _int(env, name, default, minimum=low)
    if value > high:
        raise ConfigError(f"{name}={value}: expected {low} to {high}")
    return value


def _timezone(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "").strip() or "UTC"
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{name}={value!r}: not a timezone name like 'UTC' or 'Europe/Paris'") from None
    return value


def _url(env: Mapping[str, str], name: str, default: str) -> str:
    value = env.get(name, "").strip().rstrip("/") or default
    if not value.startswith(("https://", "http://")):
        raise ConfigError(f"{name}={value!r}: expected an http(s) URL")
    return value


def _choice(env: Mapping[str, str], name: str, default: str) -> str:
    value = env.get(name, "").strip().lower() or default
    needed = NEEDS.get((name, value))
    if needed and not env.get(needed, "").strip():
        raise ConfigError(f"{name}={value!r} needs {needed}, which is not set")
    if value in CHOICES[name]:
        return value
    raise ConfigError(f"{name}={value!r}: expected one of {list(CHOICES[name])}")


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    state = env.get("ORCHESTRATOR_STATE", "").strip() or str(Path("state"))
    config = env.get("ORCHESTRATOR_CONFIG", "").strip() or str(PROJECT_ROOT / "config" / "relationships.json")
    for name, value in (("ORCHESTRATOR_STATE", state), ("ORCHESTRATOR_CONFIG", config)):
        if "://" in value and not value.startswith("gs://"):
            raise ConfigError(f"{name}={value!r}: expected a local path or a gs://BUCKET/PATH URL")
    template = env.get("ORCHESTRATOR_GIT_URL_TEMPLATE", "").strip() or DEFAULT_URL_TEMPLATE
    if "{owner}" not in template or "{repo}" not in template:
        raise ConfigError(f"ORCHESTRATOR_GIT_URL_TEMPLATE={template!r}: must contain {{owner}} and {{repo}}")
    timeout = _int(env, "ORCHESTRATOR_TASK_TIMEOUT_SECONDS", TASK_TIMEOUT_SECONDS, minimum=60)
    settings = Settings(
        config=config,
        rules=env.get("ORCHESTRATOR_RULES", "").strip() or str(PROJECT_ROOT / "config" / "rules.json"),
        state=state,
        source=_choice(env, "ORCHESTRATOR_SOURCE", "github" if env.get("GITHUB_TOKEN") else "git"),
        # with credentials the cloud adapter is the default; without, the embedded one
        tracker=_choice(env, "ORCHESTRATOR_TRACKER", "github" if env.get("GITHUB_TOKEN") else "outbox"),
        notifier=_choice(env, "ORCHESTRATOR_NOTIFIER", "discord" if env.get("WEBHOOK_URL") else "console"),
        engine=_engine(env),
        git_url_template=template,
        git_cache=env.get("ORCHESTRATOR_GIT_CACHE", "").strip(),
        outbox=env.get("ORCHESTRATOR_OUTBOX", "").strip(),
        max_commits=_int(env, "ORCHESTRATOR_MAX_COMMITS", 500),
        max_issues_per_dependent=_int(env, "ORCHESTRATOR_MAX_ISSUES_PER_DEPENDENT", 10),
        concurrency=_ranged(env, "ORCHESTRATOR_CONCURRENCY", 8, 1, 100),
        diff_budget_file=_int(env, "ORCHESTRATOR_DIFF_BUDGET_FILE", 20_000, minimum=100),
        diff_budget_total=_int(env, "ORCHESTRATOR_DIFF_BUDGET_TOTAL", 120_000, minimum=100),
        file_max_bytes=_int(env, "ORCHESTRATOR_FILE_MAX_BYTES", 100_000, minimum=100),
        log_format=_choice(env, "ORCHESTRATOR_LOG_FORMAT", "auto"),
        log_level=_choice(env, "ORCHESTRATOR_LOG_LEVEL", "info"),
        github_api_url=_url(env, "GITHUB_API_URL", "https://api.github.com"),
        github_writes_per_minute=_int(env, "ORCHESTRATOR_GITHUB_WRITES_PER_MINUTE", 80),
        github_writes_per_hour=_int(env, "ORCHESTRATOR_GITHUB_WRITES_PER_HOUR", 500),
        github_rate_limit_budget=_int(env, "ORCHESTRATOR_GITHUB_RATE_LIMIT_BUDGET", 600, minimum=0),
        github_rate_limit_min_wait=_int(env, "ORCHESTRATOR_GITHUB_RATE_LIMIT_MIN_WAIT", 60, minimum=0),
        anthropic_base_url=_url(env, "ANTHROPIC_BASE_URL", "https://api.anthropic.com"),
        model=env.get("ORCHESTRATOR_MODEL", "").strip() or "claude-sonnet-4-6",
        prompt_tokens=_int(env, "ORCHESTRATOR_PROMPT_TOKENS", 12_000, minimum=1_000),
        run_tokens=_int(env, "ORCHESTRATOR_RUN_TOKENS", 400_000, minimum=0),
        daily_tokens=_int(env, "ORCHESTRATOR_DAILY_TOKENS", 2_000_000, minimum=0),
        confidence_threshold=_fraction(env, "ORCHESTRATOR_CONFIDENCE_THRESHOLD", 0.6),
        claude_max_retries=_int(env, "ORCHESTRATOR_CLAUDE_MAX_RETRIES", 2, minimum=0),
        claude_timeout=float(_int(env, "ORCHESTRATOR_CLAUDE_TIMEOUT", 60)),
        digest_quiet_passes=_choice(env, "ORCHESTRATOR_DIGEST_QUIET_PASSES", "skip"),
        week_start_day=_ranged(env, "ORCHESTRATOR_WEEK_START_DAY", 0, 0, 6),
        week_start_hour=_ranged(env, "ORCHESTRATOR_WEEK_START_HOUR", 0, 0, 23),
        week_tz=_timezone(env, "ORCHESTRATOR_WEEK_TZ"),
        github_token=env.get("GITHUB_TOKEN", ""),
        anthropic_api_key=env.get("ANTHROPIC_API_KEY", ""),
        webhook_url=env.get("WEBHOOK_URL", ""),
        discord_thread_name=env.get("ORCHESTRATOR_DISCORD_THREAD_NAME", "").strip(),
        job_name=env.get("ORCHESTRATOR_JOB_NAME", "").strip() or "dependency-orchestrator",
        run_api_url=env.get("ORCHESTRATOR_RUN_API_URL", "").strip(),
        scheduler_api_url=env.get("ORCHESTRATOR_SCHEDULER_API_URL", "").strip(),
        gcp_project_id=env.get("GCP_PROJECT_ID", ""),
        gcp_region=env.get("GCP_REGION", ""),
        execution=env.get("CLOUD_RUN_EXECUTION", ""),
        task_index=_int(env, "CLOUD_RUN_TASK_INDEX", 0, minimum=0),
        task_count=_int(env, "CLOUD_RUN_TASK_COUNT", 1),
        task_attempt=_int(env, "CLOUD_RUN_TASK_ATTEMPT", 0, minimum=0),
        task_timeout_seconds=timeout,
        lease_seconds=_int(env, "ORCHESTRATOR_LEASE_SECONDS", timeout + LEASE_MARGIN_SECONDS, minimum=60),
        keep_runs_days=_int(env, "ORCHESTRATOR_KEEP_RUNS_DAYS", 42, minimum=35),
        interrupt_grace_seconds=_ranged(env, "ORCHESTRATOR_INTERRUPT_GRACE_SECONDS", 5, 0, 3600),
    )
    if settings.lease_seconds < settings.task_timeout_seconds:
        raise ConfigError(f"ORCHESTRATOR_LEASE_SECONDS={settings.lease_seconds} is below ORCHESTRATOR_TASK_TIMEOUT_SECONDS="
                          f"{settings.task_timeout_seconds}: another execution could take over a task still at work; "
                          f"set it to at least the task timeout, or leave it unset")
    if settings.task_index >= settings.task_count:
        raise ConfigError(f"CLOUD_RUN_TASK_INDEX={settings.task_index} is not below CLOUD_RUN_TASK_COUNT={settings.task_count}")
    return settings


def error_log_json(env: Mapping[str, str] | None = None) -> bool:
    """Whether an error found while loading the settings is to be written as a JSON line: the same
    rule as `Settings.log_json`, read leniently, as the settings themselves could not be loaded."""
    env = os.environ if env is None else env
    fmt = env.get("ORCHESTRATOR_LOG_FORMAT", "").strip().lower() or "auto"
    return fmt == "json" or (fmt == "auto" and bool(env.get("CLOUD_RUN_EXECUTION", "").strip()))
