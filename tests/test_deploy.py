"""The deployment, checked without deploying: the Dockerfile, cloudbuild.yaml and scheduler.yaml
parse and agree with the code (commands the CLI accepts, variables the settings read, secrets under
the names the code expects, schedules that run the deployed jobs); `schedule apply` and `execute`
run through the real Google clients against local Cloud Scheduler and Cloud Run stand-ins."""

from __future__ import annotations

import ast
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from fake_cloudrun import FakeCloudRun
from fake_scheduler import FakeScheduler
from google.cloud import run_v2, scheduler_v1

from job.cli import _parser
from job.deploy import ScheduleSpec, apply_schedules, load_spec, parse_spec, run_uri, scheduler_client
from job.errors import ConfigError, OrchestratorError
from job.gcloud_execute import execute, jobs_client, weekly_job_name
from job.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
BUILTINS = {"PROJECT_ID": "demo-project", "BUILD_ID": "0b1d-build"}
SECRETS = {"GITHUB_TOKEN", "ANTHROPIC_API_KEY", "WEBHOOK_URL"}
# Variables for Python, pip and client libraries, not for the job's settings.
LIBRARY_TOGGLES = {"PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "PIP_NO_CACHE_DIR", "PIP_DISABLE_PIP_VERSION_CHECK",
                   "DISABLE_GCS_PYTHON_CLIENT_OTEL_BUCKET_METADATA"}
PROJECT, REGION = "demo-project", "europe-west1"


# --- reading the files ---------------------------------------------------------------------------

def settings_reads() -> set[str]:
    """Every variable name job/settings.py reads: `env.get("X")` and helpers called as `f(env, "X", ...)`."""
    names: set[str] = set()
    for node in ast.walk(ast.parse((ROOT / "job" / "settings.py").read_text())):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func, args = node.func, node.args
        is_get = isinstance(func, ast.Attribute) and func.attr == "get" and isinstance(func.value, ast.Name) \
            and func.value.id == "env"
        takes_env = isinstance(args[0], ast.Name) and args[0].id == "env"
        candidate = args[0] if is_get else args[1] if takes_env and len(args) > 1 else None
        if isinstance(candidate, ast.Constant) and isinstance(candidate.value, str):
            names.add(candidate.value)
    return names


def cloudbuild() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "cloudbuild.yaml").read_text())
    assert isinstance(data, dict)
    return data


def substitutions() -> dict[str, str]:
    """Every substitution as Cloud Build resolves it with its defaults (dynamic substitutions, one level)."""
    values = dict(BUILTINS)
    defaults = {k: str(v) for k, v in cloudbuild()["substitutions"].items()}
    values.update({k: v for k, v in defaults.items() if "$" not in v})
    values.update({k: resolve(v, values) for k, v in defaults.items() if "$" in v})
    return values


def resolve(text: str, values: dict[str, str]) -> str:
    return re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: values[m.group(1) or m.group(2)], text)


def deploys() -> dict[str, dict[str, str]]:
    """The `gcloud run jobs deploy` steps, resolved: job name -> {flag: value}."""
    values, found = substitutions(), {}
    for step in cloudbuild()["steps"]:
        args = [resolve(str(a), values) for a in step.get("args", [])]
        if step.get("entrypoint") == "gcloud" and args[:3] == ["run", "jobs", "deploy"]:
            flags = dict(a.removeprefix("--").split("=", 1) for a in args[4:])
            assert len(flags) == len(args) - 4, f"a flag of {args[3]} is repeated or has no value"
            found[args[3]] = flags
    return found


def pairs(value: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in value.split(","))


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, continuation lines joined, comments left out."""
    lines, current = [], ""
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        if not current and (not line.strip() or line.lstrip().startswith("#")):
            continue
        current += line.rstrip().removesuffix("\\") + " "
        if not line.rstrip().endswith("\\"):
            op, _, rest = current.strip().partition(" ")
            lines.append((op.upper(), " ".join(rest.split())))
            current = ""
    return lines


def docker_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for op, rest in dockerfile():
        if op == "ENV":
            env.update(pair.split("=", 1) for pair in rest.split())
    return env


def dockerignored(path: str) -> bool:
    """Whether Docker leaves `path` out of the build context: the last matching pattern decides,
    and a path is out when it or a folder above it is."""
    rules = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
             if line.strip() and not line.startswith("#")]

    def matches(pattern: str, candidate: str) -> bool:
        regex = re.escape(pattern.strip("/")).replace(r"\*\*/", "(?:.*/)?").replace(r"\*", "[^/]*").replace(r"\?", "[^/]")
        return re.fullmatch(regex, candidate) is not None

    parts = path.strip("/").split("/")
    for depth in range(1, len(parts) + 1):
        candidate, excluded = "/".join(parts[:depth]), False
        for rule in rules:
            negated = rule.startswith("!")
            if matches(rule.lstrip("!"), candidate):
                excluded = not negated
        if excluded:
            return True
    return False


# --- the files agree with the code ---------------------------------------------------------------

def test_settings_reads_are_found_so_the_agreement_tests_can_fail() -> None:
    assert {"ORCHESTRATOR_STATE", "ORCHESTRATOR_CONFIG", "GCP_PROJECT_ID", "GITHUB_TOKEN"} <= settings_reads()


def test_cloudbuild_uses_only_substitutions_it_defines() -> None:
    defined = set(cloudbuild()["substitutions"]) | set(BUILTINS)
    used = {a or b for a, b in re.findall(r"\$\{(\w+)\}|\$(\w+)", json.dumps(cloudbuild()))}
    # ALLOW_LOOSE would turn an undefined one into an empty string silently
    assert used <= defined, used - defined


def test_substitution_defaults_refer_only_to_builtins_or_to_plain_values() -> None:
    defaults = {k: str(v) for k, v in cloudbuild()["substitutions"].items()}
    for name, value in defaults.items():
        for ref in re.findall(r"\$\{(\w+)\}|\$(\w+)", value):
            ref_name = ref[0] or ref[1]
            assert ref_name in BUILTINS or "$" not in defaults[ref_name], f"{name} refers to {ref_name}, which refers further"
    assert cloudbuild()["options"]["dynamicSubstitutions"] is True


def test_every_variable_the_deploy_sets_is_one_the_settings_read() -> None:
    reads = settings_reads()
    for job, flags in deploys().items():
        names = set(pairs(flags["set-env-vars"])) | set(pairs(flags["set-secrets"]))
        assert names <= reads, (job, names - reads)
        assert not any(n.startswith("CLOUD_RUN_") for n in names), "Cloud Run sets CLOUD_RUN_* itself"
        assert {"ORCHESTRATOR_STATE", "ORCHESTRATOR_CONFIG", "GCP_PROJECT_ID", "GCP_REGION"} <= names


def test_the_deployed_environment_is_one_the_settings_accept_with_every_secret_redacted() -> None:
    for flags in deploys().values():
        secret_values = {name: f"{name.lower()}-value-0123456789" for name in pairs(flags["set-secrets"])}
        assert set(secret_values) == SECRETS
        env = {**pairs(flags["set-env-vars"]), **secret_values, "WEBHOOK_URL": "https://discord.com/api/webhooks/1/t0k3n"}
        settings = load_settings(env)
        assert settings.state == "gs://demo-project-orchestrator/state" and settings.state_in_gcs
        assert settings.config == "gs://demo-project-orchestrator/config/relationships.json"
        assert (settings.gcp_project_id, settings.log_format) == ("demo-project", "json")
        adapters = (settings.source, settings.tracker, settings.notifier, settings.engine)
        assert adapters == ("github", "github", "discord", "claude")
        assert set(settings.secrets()) == {env[name] for name in SECRETS}


def test_secrets_come_from_secret_manager_by_name_at_their_latest_version() -> None:
    for flags in deploys().values():
        assert pairs(flags["set-secrets"]) == {"GITHUB_TOKEN": "github-token:latest",
                                               "ANTHROPIC_API_KEY": "anthropic-api-key:latest",
                                               "WEBHOOK_URL": "webhook-url:latest"}


def test_the_pass_and_the_weekly_digest_jobs_run_commands_the_cli_accepts() -> None:
    jobs = deploys()
    pass_job, weekly = substitutions()["_JOB"], weekly_job_name(substitutions()["_JOB"])
    assert set(jobs) == {pass_job, weekly}
    assert _parser().parse_args(jobs[pass_job]["args"].split(",")).command == "run"
    parsed = _parser().parse_args(jobs[weekly]["args"].split(","))
    assert (parsed.command, parsed.weekly, parsed.dry_run) == ("digest", True, False)


def test_both_jobs_share_image_identity_environment_and_limits_except_tasks() -> None:
    pass_flags, weekly_flags = (deploys()[name] for name in sorted(deploys()))
    for key in ("image", "region", "service-account", "max-retries", "task-timeout", "memory", "cpu",
                "set-env-vars", "set-secrets"):
        assert pass_flags[key] == weekly_flags[key], key
    assert weekly_flags["tasks"] == "1"


def test_deploy_sets_service_account_tasks_retries_timeout_memory_and_cpu() -> None:
    for flags in deploys().values():
        assert flags["service-account"] == "orchestrator-job@demo-project.iam.gserviceaccount.com"
        assert int(flags["tasks"]) >= 1 and int(flags["max-retries"]) >= 0
        assert re.fullmatch(r"\d+s", flags["task-timeout"]) and re.fullmatch(r"\d+(Mi|Gi)", flags["memory"])
        assert float(flags["cpu"]) >= 1
        assert pairs(flags["set-env-vars"])["GCP_REGION"] == flags["region"]


def test_the_task_timeout_the_job_is_told_is_the_one_deployed_and_the_lease_outlasts_it() -> None:
    defaults = load_settings({})
    assert substitutions()["_TASK_TIMEOUT_SECONDS"] == str(defaults.task_timeout_seconds)
    for flags in deploys().values():
        settings = load_settings(pairs(flags["set-env-vars"]))
        assert flags["task-timeout"] == f"{settings.task_timeout_seconds}s"
        assert settings.lease_seconds >= settings.task_timeout_seconds


def test_the_image_deployed_is_the_one_built_and_pushed() -> None:
    values, steps = substitutions(), {s["id"]: s for s in cloudbuild()["steps"]}
    image = values["_IMAGE"]
    assert image == "us-central1-docker.pkg.dev/demo-project/orchestrator/dependency-orchestrator"
    built = [resolve(a, values) for a in steps["build"]["args"]]
    assert f"--tag={image}:0b1d-build" in built and built[-1] == "."
    assert [resolve(a, values) for a in steps["push"]["args"]] == ["push", "--all-tags", image]
    assert {f["image"] for f in deploys().values()} == {f"{image}:0b1d-build"}
    order = [s["id"] for s in cloudbuild()["steps"]]
    assert order.index("test") < order.index("build") < order.index("push") < order.index("deploy-pass")
    assert all(steps[d]["waitFor"] == ["push"] for d in ("deploy-pass", "deploy-weekly"))


def test_the_tests_run_in_the_build_on_the_images_python() -> None:
    step = next(s for s in cloudbuild()["steps"] if s["id"] == "test")
    base = next(rest for op, rest in dockerfile() if op == "FROM")
    assert base == step["name"] + "-slim"
    assert "pytest.main" in step["args"][-1] and "'.[test,deploy]'" in step["args"][-1]


def test_dockerfile_runs_the_cli_as_a_non_root_user_with_run_by_default() -> None:
    instructions = dockerfile()
    ops = [op for op, _ in instructions]
    user = [rest for op, rest in instructions if op == "USER"]
    assert user and user[-1] not in ("root", "0") and ops.index("USER") > max(i for i, op in enumerate(ops) if op == "RUN")
    entrypoint = json.loads(next(rest for op, rest in instructions if op == "ENTRYPOINT"))
    command = json.loads(next(rest for op, rest in instructions if op == "CMD"))
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entrypoint == ["orchestrator"] and scripts["orchestrator"] == "job.cli:main"
    assert command == ["run"] and _parser().parse_args(command).command == "run"


def test_dockerfile_installs_git_and_the_locked_runtime_dependencies_only() -> None:
    runs = " ".join(rest for op, rest in dockerfile() if op == "RUN")
    assert re.search(r"apt-get install [^&]*--no-install-recommends[^&]* git\b", runs)
    assert "pip install --require-hashes --no-deps --requirement requirements.lock" in runs
    assert "--no-deps --editable ." in runs
    assert "[test" not in runs and "[deploy" not in runs and "pytest" not in runs
    assert "requirements.lock ./" in [rest for op, rest in dockerfile() if op == "COPY"]


def _lock() -> dict[str, tuple[str, list[str]]]:
    """requirements.lock as {name: (version, hashes)}."""
    pins: dict[str, tuple[str, list[str]]] = {}
    name = ""
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        pin = re.match(r"^([A-Za-z0-9][\w.-]*)==([\w.+-]+)", line)
        if pin:
            name = pin[1].lower().replace("_", "-")
            pins[name] = (pin[2], [])
        hashed = re.search(r"--hash=sha256:([0-9a-f]{64})", line)
        if hashed and name:
            pins[name][1].append(hashed[1])
    return pins


def test_the_lock_pins_every_runtime_dependency_with_its_hashes_and_no_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = _lock()
    wanted = {re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0].lower().replace("_", "-") for d in project["dependencies"]}
    assert wanted <= set(pins), wanted - set(pins)
    assert all(hashes for _, hashes in pins.values()), [n for n, (_, h) in pins.items() if not h]
    deploy_only = {re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0].lower() for d in project["optional-dependencies"]["deploy"]}
    assert not deploy_only & set(pins), "the job image leaves the deploy extra out"
    assert "pypi" not in (ROOT / "requirements.lock").read_text()  # no index host written into the repo


def test_the_locked_versions_satisfy_pyprojects_ranges() -> None:
    from packaging.requirements import Requirement

    pins = _lock()
    for spec in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]:
        req = Requirement(spec)
        version, _ = pins[req.name.lower().replace("_", "-")]
        assert req.specifier.contains(version), f"{req.name} {version} is outside {req.specifier}"


def test_dockerfile_sets_only_settings_and_library_toggles() -> None:
    env = docker_env()
    assert env["DISABLE_GCS_PYTHON_CLIENT_OTEL_BUCKET_METADATA"] == "true"
    assert set(env) <= settings_reads() | LIBRARY_TOGGLES, set(env) - settings_reads() - LIBRARY_TOGGLES


def test_dockerignore_keeps_the_build_context_to_what_the_image_needs() -> None:
    for needed in ("pyproject.toml", "README.md", "job/cli.py", "job/templates/issue.md.j2", "config/rules.json",
                   "prompts/consumer.system.j2"):
        assert not dockerignored(needed), needed
    for left_out in (".git/HEAD", ".venv/bin/python", "tests/test_deploy.py", "state/cache", "bench/devset.py",
                     "job/__pycache__/cli.cpython-312.pyc", "cloudbuild.yaml"):
        assert dockerignored(left_out), left_out


def _image_tree(tmp_path: Path) -> Path:
    """The files of the image's WORKDIR, laid out by the Dockerfile's COPY lines from the build context."""
    root, workdir = tmp_path / "image", tmp_path / "image"
    for op, rest in dockerfile():
        if op == "WORKDIR":
            workdir = root / rest.lstrip("/")
            workdir.mkdir(parents=True, exist_ok=True)
        elif op == "COPY":
            *sources, dest = rest.split()
            for source in sources:
                assert not dockerignored(source), f"COPY {source}: left out of the build context by .dockerignore"
                target = workdir / dest
                if (ROOT / source).is_dir():
                    shutil.copytree(ROOT / source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
                else:
                    target.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(ROOT / source, target / Path(source).name)
        elif op == "RUN" and "mkdir state" in rest:
            (workdir / "state").mkdir()
    return workdir


def test_the_image_layout_finds_config_prompts_and_templates_and_validates(tmp_path: Path) -> None:
    app = _image_tree(tmp_path)
    assert app == tmp_path / "image" / "app"
    # the editable install puts /app on the import path for `job`; PYTHONPATH does the same here
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "PYTHONPATH": str(app), **docker_env()}
    probe = ("import json, job, job.prompts, job.render, job.settings; s = job.settings.load_settings({}); "
             "print(json.dumps({'job': job.__file__, 'config': s.config, 'rules': s.rules, "
             "'prompts': str(job.prompts.PROMPTS), 'templates': str(job.render.TEMPLATES)}))")
    found = json.loads(subprocess.run([sys.executable, "-c", probe], cwd=app, env=env, capture_output=True, text=True,
                                      check=True, timeout=60).stdout)
    assert found["job"] == str(app / "job" / "__init__.py")
    assert found["config"] == str(app / "config" / "relationships.json") and Path(found["config"]).is_file()
    assert found["rules"] == str(app / "config" / "rules.json") and Path(found["rules"]).is_file()
    assert {"consumer.system.j2", "template.user.j2"} <= {p.name for p in Path(found["prompts"]).iterdir()}
    assert any(Path(found["templates"]).glob("*.j2"))
    validated = subprocess.run([sys.executable, "-m", "job", "validate"], cwd=app, env=env, capture_output=True,
                               text=True, timeout=60)
    assert validated.returncode == 0, validated.stderr
    assert validated.stdout.startswith(f"OK: {app / 'config' / 'relationships.json'}")


def test_schedules_are_the_pass_hourly_and_the_weekly_digest_on_monday_at_nine_utc() -> None:
    spec = load_spec(ROOT / "scheduler.yaml")
    by_job = {s.job: s for s in spec.schedules}
    assert len(spec.schedules) == 2
    job = substitutions()["_JOB"]
    assert (by_job[job].schedule, by_job[job].time_zone) == ("0 * * * *", "Etc/UTC")
    assert (by_job[weekly_job_name(job)].schedule, by_job[weekly_job_name(job)].time_zone) == ("0 9 * * 1", "Etc/UTC")


def test_schedules_run_the_deployed_jobs_without_overrides() -> None:
    spec = load_spec(ROOT / "scheduler.yaml")
    assert {s.job for s in spec.schedules} == set(deploys())
    # an empty body needs only run.jobs.run (roles/run.invoker), never runWithOverrides
    assert all(s.overrides is None and s.body == b"" for s in spec.schedules)
    assert spec.service_account == "orchestrator-scheduler@{project}.iam.gserviceaccount.com"


def test_the_guide_gcloud_schedules_match_scheduler_yaml() -> None:
    guide = (ROOT / "docs" / "deploy.md").read_text()
    spec = load_spec(ROOT / "scheduler.yaml")
    commands = re.findall(r"gcloud scheduler jobs create http (\S+) (.*?)(?:\n\n|\n```)", guide, re.S)
    assert {name for name, _ in commands} == {s.name for s in spec.schedules}
    for name, flags in commands:
        schedule = next(s for s in spec.schedules if s.name == name)
        job = schedule.job.replace(substitutions()["_JOB"], "$JOB")
        assert f'--schedule="{schedule.schedule}"' in flags and f"--time-zone={schedule.time_zone}" in flags
        assert f"/locations/$REGION/jobs/{job}:run" in flags and "--oauth-service-account-email=$SCHEDULER_SA" in flags
    assert "SCHEDULER_SA=" + spec.service_account.replace("{project}", "$PROJECT_ID") in guide
    assert "JOB_SA=" + cloudbuild()["substitutions"]["_SERVICE_ACCOUNT"].replace("${PROJECT_ID}", "$PROJECT_ID") in guide
    for secret in pairs(next(iter(deploys().values()))["set-secrets"]).values():
        assert f"gcloud secrets create {secret.split(':')[0]} " in guide


def test_a_wrong_schedules_file_lists_every_problem_with_its_place() -> None:
    text = """
service_account: not-an-email
schedules:
  - name: pass
    job: Dependency_Orchestrator
    schedule: "0 * * *"
    time_zone: Mars/Olympus
    color: blue
  - name: pass
    job: dependency-orchestrator
    schedule: "0 9 * * 1"
"""
    with pytest.raises(ConfigError) as caught:
        parse_spec(text, "scheduler.yaml")
    message = str(caught.value)
    for expected in ("scheduler.yaml: service_account", "schedules[0].job: 'Dependency_Orchestrator'",
                     "schedules[0].schedule", "schedules[0].time_zone: 'Mars/Olympus'", "schedules[0].color: unknown key"):
        assert expected in message, expected
    with pytest.raises(ConfigError, match="named twice"):
        parse_spec(text.replace("not-an-email", "a@b.iam.gserviceaccount.com").replace("Dependency_Orchestrator", "x")
                   .replace('"0 * * *"', '"0 * * * *"').replace("Mars/Olympus", "UTC").replace("    color: blue\n", ""))


# --- schedule apply against a local Cloud Scheduler ----------------------------------------------

@pytest.fixture
def scheduler() -> Iterator[FakeScheduler]:
    with FakeScheduler() as fake:
        yield fake


def _apply(fake: FakeScheduler, spec: ScheduleSpec | None = None, dry_run: bool = False) -> list[str]:
    return apply_schedules(scheduler_client(fake.endpoint), spec or load_spec(ROOT / "scheduler.yaml"), PROJECT, REGION,
                           dry_run=dry_run)


def test_apply_creates_both_schedules_posting_to_the_jobs_run_endpoint_with_an_oauth_token(scheduler: FakeScheduler) -> None:
    lines = _apply(scheduler)
    assert [line.split()[:2] for line in lines] == [["created", "dependency-orchestrator-pass"],
                                                    ["created", "dependency-orchestrator-weekly-digest"]]
    stored = scheduler.jobs[f"projects/{PROJECT}/locations/{REGION}/jobs/dependency-orchestrator-weekly-digest"]
    target = stored["httpTarget"]
    assert target["uri"] == "https://run.googleapis.com/v2/projects/demo-project/locations/europe-west1/jobs/dependency-orchestrator-weekly:run"
    assert target["httpMethod"] == "POST"
    assert target["oauthToken"] == {"serviceAccountEmail": "orchestrator-scheduler@demo-project.iam.gserviceaccount.com",
                                    "scope": "https://www.googleapis.com/auth/cloud-platform"}
    assert (stored["schedule"], stored["timeZone"]) == ("0 9 * * 1", "Etc/UTC")
    assert scheduler.body_of(stored["name"]) == b""


def test_a_second_apply_changes_nothing(scheduler: FakeScheduler) -> None:
    _apply(scheduler)
    writes = len(scheduler.writes())
    assert all(line.startswith("unchanged ") for line in _apply(scheduler))
    assert len(scheduler.writes()) == writes


def test_dry_run_says_what_it_would_do_and_writes_nothing(scheduler: FakeScheduler) -> None:
    assert [line.split()[:2] for line in _apply(scheduler, dry_run=True)] == [["would", "create"]] * 2
    assert scheduler.writes() == [] and scheduler.jobs == {}
    _apply(scheduler)
    changed = _respace(load_spec(ROOT / "scheduler.yaml"), "*/30 * * * *")
    assert _apply(scheduler, changed, dry_run=True)[0].startswith("would update dependency-orchestrator-pass")
    assert len(scheduler.writes()) == 2


def _respace(spec: ScheduleSpec, cron: str) -> ScheduleSpec:
    first, *rest = spec.schedules
    return ScheduleSpec(spec.service_account, (type(first)(**{**first.__dict__, "schedule": cron}), *rest), spec.source)


def test_a_changed_schedule_is_updated_in_what_changed_only(scheduler: FakeScheduler) -> None:
    _apply(scheduler)
    lines = _apply(scheduler, _respace(load_spec(ROOT / "scheduler.yaml"), "*/30 * * * *"))
    assert lines[0].startswith("updated dependency-orchestrator-pass") and lines[0].endswith(": schedule")
    assert lines[1].startswith("unchanged dependency-orchestrator-weekly-digest")
    patch = scheduler.writes()[-1]
    assert (patch.method, patch.query["updateMask"]) == ("PATCH", ["schedule"])
    stored = scheduler.jobs[f"projects/{PROJECT}/locations/{REGION}/jobs/dependency-orchestrator-pass"]
    assert stored["schedule"] == "*/30 * * * *"


def test_a_schedule_made_by_hand_is_updated_not_duplicated(scheduler: FakeScheduler) -> None:
    name = f"projects/{PROJECT}/locations/{REGION}/jobs/dependency-orchestrator-pass"
    scheduler.jobs[name] = {"name": name, "schedule": "0 */2 * * *", "timeZone": "Etc/UTC", "state": "PAUSED",
                            "httpTarget": {"uri": "https://run.googleapis.com/v2/old:run", "httpMethod": "POST",
                                           "headers": {"User-Agent": "Google-Cloud-Scheduler"},
                                           "oauthToken": {"serviceAccountEmail": "someone@demo-project.iam.gserviceaccount.com"}}}
    lines = _apply(scheduler)
    assert lines[0].startswith("updated dependency-orchestrator-pass") and "description, schedule, http_target" in lines[0]
    assert "paused" in lines[0]
    stored = scheduler.jobs[name]
    assert stored["schedule"] == "0 * * * *" and stored["httpTarget"]["uri"].endswith("/jobs/dependency-orchestrator:run")
    assert len(scheduler.jobs) == 2


def test_a_schedule_created_meanwhile_already_exists_and_is_updated(scheduler: FakeScheduler) -> None:
    name = f"projects/{PROJECT}/locations/{REGION}/jobs/dependency-orchestrator-pass"
    scheduler.jobs[name] = {"name": name, "schedule": "5 * * * *", "httpTarget": {"uri": "https://x/y:run"}}
    scheduler.scripted = {1: 404}  # our GET misses it; another apply creates it before our POST
    lines = _apply(scheduler)
    assert lines[0].startswith("updated dependency-orchestrator-pass")
    assert [(s.method, s.status) for s in scheduler.seen[:4]] == [("GET", 404), ("POST", 409), ("GET", 200), ("PATCH", 200)]
    assert scheduler.jobs[name]["schedule"] == "0 * * * *"


def test_a_body_with_overrides_travels_base64_and_arrives_intact(scheduler: FakeScheduler) -> None:
    spec = parse_spec("""
service_account: scheduler@{project}.iam.gserviceaccount.com
schedules:
  - name: weekly-by-override
    job: dependency-orchestrator
    schedule: "0 9 * * 1"
    overrides: {containerOverrides: [{args: [digest, --weekly]}]}
""")
    assert _apply(scheduler, spec)[0].startswith("created")
    name = f"projects/{PROJECT}/locations/{REGION}/jobs/weekly-by-override"
    assert json.loads(scheduler.body_of(name)) == {"overrides": {"containerOverrides": [{"args": ["digest", "--weekly"]}]}}
    assert scheduler.jobs[name]["httpTarget"]["headers"]["Content-Type"] == "application/json"
    assert _apply(scheduler, spec)[0].startswith("unchanged")


def test_a_missing_scheduler_permission_names_the_role_to_grant(scheduler: FakeScheduler) -> None:
    scheduler.denied = {"cloudscheduler.jobs.get"}
    with pytest.raises(ConfigError) as caught:
        _apply(scheduler)
    message = str(caught.value)
    assert "permission denied: cannot read Cloud Scheduler job" in message and "dependency-orchestrator-pass" in message
    assert "cloudscheduler.jobs.get" in message and "roles/cloudscheduler.admin" in message
    assert "POST http" not in message and "GET http" not in message


def test_acting_as_the_scheduler_account_refused_names_service_account_user(scheduler: FakeScheduler) -> None:
    scheduler.denied = {"iam.serviceAccounts.actAs"}
    with pytest.raises(ConfigError, match=r"roles/iam.serviceAccountUser on that service account") as caught:
        _apply(scheduler)
    assert "orchestrator-scheduler@demo-project.iam.gserviceaccount.com" in str(caught.value)
    assert scheduler.jobs == {}


def test_a_scheduler_outage_is_an_error_a_retry_may_help(scheduler: FakeScheduler) -> None:
    scheduler.scripted = {2: 503}  # the create (never retried by the client: it is not idempotent)
    with pytest.raises(OrchestratorError) as caught:
        _apply(scheduler)
    assert caught.value.retryable and not isinstance(caught.value, ConfigError)


def test_apply_without_a_project_names_the_settings_to_set(scheduler: FakeScheduler) -> None:
    with pytest.raises(ConfigError, match="GCP_PROJECT_ID and GCP_REGION not set"):
        apply_schedules(scheduler_client(scheduler.endpoint), load_spec(ROOT / "scheduler.yaml"), "", " ")


def test_the_schedule_target_is_the_admin_api_v2_run_method() -> None:
    assert run_uri("p", "r", "j") == "https://run.googleapis.com/v2/projects/p/locations/r/jobs/j:run"


# --- execute against a local Cloud Run Admin API -------------------------------------------------

@pytest.fixture
def cloudrun() -> Iterator[FakeCloudRun]:
    jobs = {"dependency-orchestrator": 2, "dependency-orchestrator-weekly": 1}
    with FakeCloudRun(project=PROJECT, region=REGION, jobs=jobs) as fake:
        yield fake


def _execute(fake: FakeCloudRun, **kwargs: Any) -> tuple[Any, str, list[float]]:
    out, sleeps = io.StringIO(), []
    result = execute(jobs_client(fake.endpoint), PROJECT, REGION, "dependency-orchestrator", out=out,
                     sleep=sleeps.append, **kwargs)
    return result, out.getvalue(), sleeps


def test_execute_prints_the_execution_name_and_its_log_link(cloudrun: FakeCloudRun) -> None:
    result, out, _ = _execute(cloudrun)
    run = cloudrun.runs[0]
    assert (run.job, run.args, result.name) == ("dependency-orchestrator", None, run.execution)
    assert out.splitlines()[0] == run.execution
    short = run.execution.rsplit("/", 1)[-1]
    assert result.log_url == f"https://console.cloud.google.com/run/jobs/executions/details/europe-west1/{short}/logs?project=demo-project"
    assert f"logs: {result.log_url}" in out
    assert (result.outcome, result.exit_code) == ("started", 0)
    assert [m for m, _ in cloudrun.requests] == ["POST"]  # without --wait it does not follow


def test_the_weekly_digest_runs_the_weekly_job_as_deployed(cloudrun: FakeCloudRun) -> None:
    result, _, _ = _execute(cloudrun, weekly=True)
    assert (cloudrun.runs[0].job, cloudrun.runs[0].args) == ("dependency-orchestrator-weekly", None)
    assert result.job == "dependency-orchestrator-weekly"


def test_arguments_override_the_container_for_one_execution(cloudrun: FakeCloudRun) -> None:
    _execute(cloudrun, args=("run", "--dry-run"))
    assert cloudrun.runs[0].args == ["run", "--dry-run"]
    assert cloudrun.runs[0].body == {"overrides": {"containerOverrides": [{"args": ["run", "--dry-run"]}]}}


def test_arguments_without_the_override_permission_name_the_role(cloudrun: FakeCloudRun) -> None:
    cloudrun.invoker_only = True
    with pytest.raises(ConfigError, match=r"roles/run.jobsExecutorWithOverrides") as caught:
        _execute(cloudrun, args=("run", "--dry-run"))
    assert "run.jobs.runWithOverrides" in str(caught.value)
    assert _execute(cloudrun)[0].outcome == "started"  # a plain run is still allowed


def test_wait_follows_the_execution_and_reports_success(cloudrun: FakeCloudRun) -> None:
    cloudrun.polls_to_finish = 3
    result, out, sleeps = _execute(cloudrun, wait=True, poll_seconds=7.5)
    assert sleeps == [7.5, 7.5]
    assert (result.outcome, result.succeeded, result.failed, result.task_count, result.exit_code) == ("succeeded", 2, 0, 2, 0)
    assert out.splitlines()[-1] == f"{result.execution}: succeeded: 2 of 2 task(s) succeeded, 0 failed"
    assert result.log_url in out


def test_wait_reports_a_failed_execution_and_exits_one(cloudrun: FakeCloudRun) -> None:
    cloudrun.failing = {"dependency-orchestrator"}
    result, out, _ = _execute(cloudrun, wait=True, poll_seconds=0)
    assert (result.outcome, result.succeeded, result.failed, result.exit_code) == ("failed", 1, 1, 1)
    assert "failed with message" in result.error
    assert f"{result.execution}: failed: 1 of 2 task(s) succeeded, 1 failed" in out


def test_an_unknown_job_says_where_it_looked_and_how_to_deploy(cloudrun: FakeCloudRun) -> None:
    cloudrun.jobs = {}
    with pytest.raises(ConfigError) as caught:
        _execute(cloudrun)
    message = str(caught.value)
    assert "Cloud Run job 'dependency-orchestrator' not found in project demo-project, region europe-west1" in message
    assert "cloudbuild.yaml" in message and "ORCHESTRATOR_JOB_NAME" in message


def test_running_without_permission_names_run_invoker(cloudrun: FakeCloudRun) -> None:
    cloudrun.forbidden = {"dependency-orchestrator"}
    with pytest.raises(ConfigError) as caught:
        _execute(cloudrun)
    message = str(caught.value)
    assert "Permission 'run.jobs.run' denied" in message and "--role=roles/run.invoker" in message
    assert "gcloud run jobs add-iam-policy-binding dependency-orchestrator --region europe-west1" in message
    assert cloudrun.runs == []


def test_following_refused_still_names_the_started_execution(cloudrun: FakeCloudRun) -> None:
    cloudrun.scripted = {2: 403}
    with pytest.raises(ConfigError, match="roles/run.viewer") as caught:
        _execute(cloudrun, wait=True, poll_seconds=0)
    assert cloudrun.runs[0].execution.rsplit("/", 1)[-1] in str(caught.value)


def test_a_cloud_run_outage_is_an_error_a_retry_may_help(cloudrun: FakeCloudRun) -> None:
    cloudrun.scripted = {1: 503}
    with pytest.raises(OrchestratorError) as caught:
        _execute(cloudrun)
    assert caught.value.retryable and not isinstance(caught.value, ConfigError)


def test_weekly_digest_with_arguments_is_a_usage_error(cloudrun: FakeCloudRun) -> None:
    with pytest.raises(ConfigError, match="--weekly-digest"):
        _execute(cloudrun, weekly=True, args=("run",))
    assert cloudrun.requests == []


def test_the_clients_are_the_rest_transport_the_fakes_speak() -> None:
    assert jobs_client("http://127.0.0.1:9").transport.kind == "rest"
    assert scheduler_client("http://127.0.0.1:9").transport.kind == "rest"
    assert isinstance(jobs_client("http://127.0.0.1:9"), run_v2.JobsClient)
    assert isinstance(scheduler_client("http://127.0.0.1:9"), scheduler_v1.CloudSchedulerClient)
