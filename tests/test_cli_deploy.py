"""`orchestrator schedule apply` and `orchestrator execute` through the command line, against the
local Cloud Scheduler and Cloud Run Admin stand-ins."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_cloudrun import FakeCloudRun
from fake_scheduler import FakeScheduler
from test_cli import orchestrator

pytestmark = pytest.mark.slow

PROJECT, REGION = "demo-project", "europe-west1"


def test_schedule_apply_creates_both_schedules_then_changes_nothing(tmp_path: Path) -> None:
    with FakeScheduler() as scheduler:
        env = {"GCP_PROJECT_ID": PROJECT, "GCP_REGION": REGION, "ORCHESTRATOR_SCHEDULER_API_URL": scheduler.endpoint}
        dry = orchestrator("schedule", "apply", "--dry-run", env=env, cwd=tmp_path)
        assert dry.returncode == 0, dry.stderr
        assert scheduler.jobs == {}
        first = orchestrator("schedule", "apply", env=env, cwd=tmp_path)
        assert first.returncode == 0, first.stderr
        assert len(scheduler.jobs) == 2
        assert any(name.endswith("-weekly") or "weekly" in name for name in scheduler.jobs)
        writes = len(scheduler.writes())
        again = orchestrator("schedule", "apply", env=env, cwd=tmp_path)
        assert again.returncode == 0 and len(scheduler.writes()) == writes


def test_execute_starts_the_deployed_job_and_waits_for_its_outcome(tmp_path: Path) -> None:
    with FakeCloudRun(project=PROJECT, region=REGION,
                      jobs={"dependency-orchestrator": 1, "dependency-orchestrator-weekly": 1}) as run:
        env = {"GCP_PROJECT_ID": PROJECT, "GCP_REGION": REGION, "ORCHESTRATOR_RUN_API_URL": run.endpoint}
        result = orchestrator("execute", "--wait", "--poll", "0.05", env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "dependency-orchestrator" in result.stdout and "console.cloud.google.com" in result.stdout
        weekly = orchestrator("execute", "--weekly-digest", env=env, cwd=tmp_path)
        assert weekly.returncode == 0, weekly.stderr
        assert [r.job for r in run.runs] == ["dependency-orchestrator", "dependency-orchestrator-weekly"]


def test_execute_without_a_project_is_a_usage_error(tmp_path: Path) -> None:
    result = orchestrator("execute", env={}, cwd=tmp_path)
    assert result.returncode == 2 and "GCP_PROJECT_ID" in result.stderr


# As in the job image, which leaves the deploy extra out: the client packages cannot be imported.
WITHOUT_DEPLOY_EXTRA = """
import sys
for name in ("google.cloud.run_v2", "google.cloud.scheduler_v1", "yaml"):
    sys.modules[name] = None  # what an absent package looks like to an import
from job.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("command", [["execute"], ["schedule", "apply", "--dry-run"]])
def test_operator_commands_without_the_deploy_extra_say_how_to_install_it(tmp_path: Path, command: list[str]) -> None:
    result = orchestrator(*command, env={"GCP_PROJECT_ID": "p", "GCP_REGION": "europe-west1"}, cwd=tmp_path,
                          launcher=WITHOUT_DEPLOY_EXTRA, fresh=True)
    assert result.returncode == 2, result.stderr
    assert "needs the deploy extra" in result.stderr and "pip install '.[deploy]'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_job_runs_end_to_end_without_the_deploy_extra(tmp_path: Path) -> None:
    result = orchestrator("demo", env={"ORCHESTRATOR_STATE": str(tmp_path / "state")}, cwd=tmp_path,
                          launcher=WITHOUT_DEPLOY_EXTRA, fresh=True)
    assert result.returncode == 0, result.stderr
    assert "Pass 3 wrote 0 new issue(s) or comment(s)." in result.stdout
