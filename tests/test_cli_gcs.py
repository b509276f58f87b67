"""The command line with its state and config in a GCS bucket (fake-gcs-server), in subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gcs import GcsSandbox, fixture_gcs_sandbox  # noqa: F401
from test_cli import orchestrator, outbox_issues

from job.demo import CHANGES, CONSUMER, FORK, PROVIDER, TYPO, _provider_files, build_world

pytestmark = pytest.mark.slow


def gcs_env(sandbox: GcsSandbox, tmp_path: Path) -> dict[str, str]:
    return {
        "STORAGE_EMULATOR_HOST": sandbox.endpoint, "GCP_PROJECT_ID": "test",
        "DISABLE_GCS_PYTHON_CLIENT_OTEL_BUCKET_METADATA": "true",
        "ORCHESTRATOR_STATE": f"gs://{sandbox.bucket}/orchestrator",
        "ORCHESTRATOR_OUTBOX": str(tmp_path / "outbox"), "ORCHESTRATOR_GIT_CACHE": str(tmp_path / "git"),
    }


def test_pass_keeps_its_state_in_the_bucket_and_reads_config_from_it(gcs_sandbox: GcsSandbox, tmp_path: Path) -> None:
    config_path, world = build_world(tmp_path / "world")
    gcs_sandbox.client.bucket(gcs_sandbox.bucket).blob("config/relationships.json").upload_from_filename(config_path)
    env = {**gcs_env(gcs_sandbox, tmp_path),
           "ORCHESTRATOR_CONFIG": f"gs://{gcs_sandbox.bucket}/config/relationships.json",
           "ORCHESTRATOR_GIT_URL_TEMPLATE": (tmp_path / "world" / "remotes").as_uri() + "/{owner}/{repo}.git"}
    first = orchestrator("run", env=env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "GCS gs://" in first.stderr  # the active adapters are printed
    checkpoint = gcs_sandbox.raw("orchestrator/checkpoints/demo-org/llm-service.json")
    assert checkpoint is not None
    baseline = json.loads(checkpoint.download_as_bytes())
    assert baseline["repo"] == PROVIDER
    assert not (tmp_path / "state").exists()

    from git import Repo

    with Repo(world.work / PROVIDER) as provider:
        state = {"readme": TYPO}
        for message, change in CHANGES:
            state.update(change)
            world.commit(provider, _provider_files(**state), message)
    second = orchestrator("run", env=env, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert len(outbox_issues(tmp_path, CONSUMER)) == 1  # ORCHESTRATOR_OUTBOX is tmp_path/outbox
    assert len(outbox_issues(tmp_path, FORK)) == 1
    shown = json.loads(orchestrator("state", "show", "--format", "json", env=env, cwd=tmp_path).stdout)
    assert shown["checkpoints"][0]["sha"] != baseline["sha"]


def test_missing_bucket_is_a_clear_error_at_the_start(gcs_sandbox: GcsSandbox, tmp_path: Path) -> None:
    env = {**gcs_env(gcs_sandbox, tmp_path), "ORCHESTRATOR_STATE": "gs://no-such-bucket-here/state"}
    result = orchestrator("validate", env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert "no-such-bucket-here" in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "state").exists()


def test_missing_config_object_names_the_url(gcs_sandbox: GcsSandbox, tmp_path: Path) -> None:
    url = f"gs://{gcs_sandbox.bucket}/config/missing.json"
    result = orchestrator("validate", env={**gcs_env(gcs_sandbox, tmp_path), "ORCHESTRATOR_CONFIG": url}, cwd=tmp_path)
    assert result.returncode == 2 and url in result.stderr


KILL_AT_GCS_WRITE = """
import os, sys
marker = os.environ["KILL_MARKER"].encode()
def hook(event, args):
    if event != "http.client.send":
        return
    # an upload names its object in its body ("orchestrator/ledger/..."); reads name it %2F-escaped
    if marker in bytes(args[1])[:4000]:
        os.kill(os.getpid(), 9)
sys.addaudithook(hook)
from job.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("marker", ["orchestrator/ledger/", "orchestrator/threads/", "orchestrator/checkpoints/"])
def test_pass_killed_while_writing_state_to_the_bucket_then_rerun_leaves_exactly_one_issue(
    gcs_sandbox: GcsSandbox, tmp_path: Path, marker: str,
) -> None:
    config_path, world = build_world(tmp_path / "world")
    env = {**gcs_env(gcs_sandbox, tmp_path), "ORCHESTRATOR_CONFIG": str(config_path),
           "ORCHESTRATOR_GIT_URL_TEMPLATE": (tmp_path / "world" / "remotes").as_uri() + "/{owner}/{repo}.git"}
    assert orchestrator("run", env=env, cwd=tmp_path).returncode == 0
    from git import Repo

    with Repo(world.work / PROVIDER) as provider:
        state = {"readme": TYPO}
        for message, change in CHANGES:
            state.update(change)
            world.commit(provider, _provider_files(**state), message)
    killed = orchestrator("run", env={**env, "KILL_MARKER": marker}, cwd=tmp_path, launcher=KILL_AT_GCS_WRITE)
    assert killed.returncode == -9, killed.stderr
    rerun = orchestrator("run", env=env, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    for dependent in (CONSUMER, FORK):
        issues = outbox_issues(tmp_path, dependent)
        assert len(issues) == 1 and "orchestrator:comment" not in next(iter(issues.values()))
