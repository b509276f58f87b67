"""What a person sees when the command line cannot do what was asked: help instead of an argparse
error, and one clear line with exit 2 (a retry cannot help) instead of a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from job.cli import HELP, main

pytestmark = pytest.mark.slow


def orchestrator(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command line with no Google credentials to be found: no key file, no gcloud login, and the
    metadata server (which only Google's machines have) not probed."""
    full_env = {k: v for k, v in os.environ.items()
                if not k.startswith(("ORCHESTRATOR_", "GOOGLE_", "CLOUDSDK_", "GCE_", "STORAGE_EMULATOR"))}
    full_env.update({"HOME": str(cwd), "CLOUDSDK_CONFIG": str(cwd / "gcloud"), "NO_GCE_CHECK": "true", **env})
    return subprocess.run([sys.executable, "-m", "job", *args], env=full_env, cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr and len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def test_no_arguments_prints_the_help_with_every_command(tmp_path: Path) -> None:
    result = orchestrator(env={}, cwd=tmp_path)
    assert result.returncode == 2
    for command in ("run", "demo", "triage", "validate", "relationships", "digest", "schedule", "execute", "state"):
        assert f"    {command}" in result.stdout
    assert "example:" in result.stdout


@pytest.mark.parametrize("command", sorted(HELP))
def test_every_command_help_has_a_one_line_description_and_an_example(
        command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*command.split(), "-h"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    description = text.split("\n\n")[1]
    assert "\n" not in description and description.endswith(".")
    example = text.split("example:\n", 1)[1].strip()
    assert example.startswith(("orchestrator ", "GCP_")) and f"orchestrator {command}" in example


@pytest.mark.parametrize("variable", ["ORCHESTRATOR_STATE", "ORCHESTRATOR_CONFIG"])
def test_gcs_without_google_credentials_says_how_to_provide_them_and_exits_2(tmp_path: Path, variable: str) -> None:
    url = "gs://acme-orchestrator/state" if variable == "ORCHESTRATOR_STATE" else "gs://acme-orchestrator/config/r.json"
    env = {"ORCHESTRATOR_STATE": str(tmp_path / "state"), variable: url}
    result = orchestrator("validate", env=env, cwd=tmp_path)
    assert result.returncode == 2
    line = one_line_error(result)
    assert url in line and "gcloud auth application-default login" in line and "GOOGLE_APPLICATION_CREDENTIALS" in line


@pytest.fixture
def unwritable_state(tmp_path: Path) -> Path:
    """A state folder that cannot be made, even by root: its parent is a file."""
    (tmp_path / "not-a-folder").write_text("")
    return tmp_path / "not-a-folder" / "state"


@pytest.mark.parametrize("command", ["demo", "run"])
def test_an_unwritable_state_folder_is_one_line_and_exit_2(tmp_path: Path, unwritable_state: Path, command: str) -> None:
    result = orchestrator(command, env={"ORCHESTRATOR_STATE": str(unwritable_state)}, cwd=tmp_path)
    assert result.returncode == 2
    line = one_line_error(result)
    assert str(unwritable_state) in line and "ORCHESTRATOR_STATE" in line
