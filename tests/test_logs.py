"""What the log lines look like to a person (text) and to Cloud Logging (JSON), through the command
line: with ORCHESTRATOR_LOG_FORMAT=json every stderr line is a JSON object, the level is a setting."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import orchestrator

from job.logs import TextFormatter

pytestmark = pytest.mark.slow


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    # built in a child process: the world's repositories keep git processes that only exit with it
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; from job.demo import build_world; "
                    "build_world(Path(sys.argv[1]))", str(tmp_path / "world")], check=True, timeout=120)
    config_path = tmp_path / "world" / "relationships.json"
    return {"ORCHESTRATOR_STATE": str(tmp_path / "state"), "ORCHESTRATOR_CONFIG": str(config_path),
            "ORCHESTRATOR_GIT_URL_TEMPLATE": (tmp_path / "world" / "remotes").as_uri() + "/{owner}/{repo}.git"}


def json_lines(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    lines = result.stderr.splitlines()
    assert lines, "no log lines at all"
    parsed = []
    for line in lines:
        entry = json.loads(line)  # every line, not only those that look like JSON
        assert isinstance(entry, dict) and entry["severity"] and entry["message"], line
        parsed.append(entry)
    return parsed


def test_json_logs_make_every_stderr_line_json_including_the_active_adapters(env: dict[str, str], tmp_path: Path) -> None:
    result = orchestrator("run", env={**env, "ORCHESTRATOR_LOG_FORMAT": "json"}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    entries = json_lines(result)
    adapters = next(e for e in entries if e["message"] == "active adapters")
    assert str(adapters["source"]).startswith("git") and "outbox" in str(adapters["tracker"])


def test_json_logs_make_an_error_one_json_record(env: dict[str, str], tmp_path: Path) -> None:
    result = orchestrator("run", "--repo", "acme/not-watched", env={**env, "ORCHESTRATOR_LOG_FORMAT": "json"}, cwd=tmp_path)
    assert result.returncode == 2
    (entry,) = json_lines(result)
    assert entry["severity"] == "ERROR" and "acme/not-watched" in str(entry["message"])


def test_a_settings_error_under_json_logs_is_json_too(tmp_path: Path) -> None:
    result = orchestrator("run", env={"ORCHESTRATOR_LOG_FORMAT": "json", "ORCHESTRATOR_MAX_COMMITS": "many"}, cwd=tmp_path)
    assert result.returncode == 2
    (entry,) = json_lines(result)
    assert "ORCHESTRATOR_MAX_COMMITS" in str(entry["message"])


def test_log_level_warning_leaves_only_warnings_and_errors(env: dict[str, str], tmp_path: Path) -> None:
    result = orchestrator("run", env={**env, "ORCHESTRATOR_LOG_LEVEL": "warning"}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    chatty = orchestrator("run", env={**env, "ORCHESTRATOR_LOG_LEVEL": "debug"}, cwd=tmp_path)
    assert "active adapters" in chatty.stderr


def test_an_unknown_log_level_names_the_setting(tmp_path: Path) -> None:
    result = orchestrator("validate", env={"ORCHESTRATOR_LOG_LEVEL": "loud"}, cwd=tmp_path)
    assert result.returncode == 2 and "ORCHESTRATOR_LOG_LEVEL='loud'" in result.stderr


def test_text_logs_show_values_not_python_reprs() -> None:
    record = logging.makeLogRecord({
        "msg": "pass finished", "levelno": logging.INFO, "levelname": "INFO",
        "repos": {"processed": 2, "failed": 1}, "files": ["a.py", "b.py"], "dry_run": False, "reason": None,
        "state": "local folder state",
    })
    line = TextFormatter([]).format(record)
    assert line == ('info    pass finished  repos=processed:2,failed:1 files=a.py,b.py dry_run=false reason=- '
                    'state="local folder state"')
