"""The CLI tests start the job in processes forked from a warmed interpreter (`cli_process.py`): the
same commands give the same exit code, stdout and stderr as in a fresh interpreter, and the exit
sequence (a SystemExit message, a signal, threads still running, atexit handlers) is the interpreter's."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_process import run_cli

from job.demo import CHANGES, PROVIDER, TYPO, _provider_files, build_world

pytestmark = pytest.mark.slow

VARYING = [  # what differs from one run to the next whatever starts it
    (re.compile(r"\d{8}T\d{6}Z-[0-9a-f]{6}"), "RUN-ID"),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?"), "TIME"),
    (re.compile(r"\b\d+(?:\.\d+)? ?(?:ms|s)\b"), "DURATION"),
    (re.compile(r'"(?:elapsed|duration)[a-z_]*": ?[0-9.]+'), '"DURATION"'),
]


def steady(text: str) -> str:
    for pattern, stand_in in VARYING:
        text = pattern.sub(stand_in, text)
    return text


@pytest.fixture(scope="module")
def changed_world(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path]:
    root = tmp_path_factory.mktemp("process")
    config_path, built = build_world(root / "world")
    env = {"ORCHESTRATOR_STATE": str(root / "state"), "ORCHESTRATOR_CONFIG": str(config_path),
           "ORCHESTRATOR_GIT_URL_TEMPLATE": (root / "world" / "remotes").as_uri() + "/{owner}/{repo}.git"}
    assert run_cli(["run"], env=env, cwd=root, fresh=True).returncode == 0  # the baseline
    from git import Repo

    with Repo(built.work / PROVIDER) as provider:
        state = {"readme": TYPO}
        for message, change in CHANGES:
            state.update(change)
            built.commit(provider, _provider_files(**state), message)
    (root / "broken.json").write_text(json.dumps({"watched": [{"repo": "not a repo name"}]}))
    return env, root


COMMANDS = {
    "a dry run over new commits": (["run", "--dry-run"], {}),
    "the same with JSON logs": (["run", "--dry-run"], {"ORCHESTRATOR_LOG_FORMAT": "json"}),
    "validate": (["validate"], {}),
    "a mermaid graph": (["relationships", "--format", "mermaid"], {}),
    "a usage error": (["run", "--since"], {}),
    "an unknown command": (["bogus"], {}),
    "a broken config": (["validate"], {"ORCHESTRATOR_CONFIG": "broken.json"}),
}


@pytest.mark.parametrize("args, extra", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_command_gives_what_it_gives_in_a_fresh_interpreter(
    changed_world: tuple[dict[str, str], Path], args: list[str], extra: dict[str, str],
) -> None:
    env, root = changed_world
    warm = run_cli(args, env={**env, **extra}, cwd=root)
    fresh = run_cli(args, env={**env, **extra}, cwd=root, fresh=True)
    assert (warm.returncode, steady(warm.stdout), steady(warm.stderr)) == \
        (fresh.returncode, steady(fresh.stdout), steady(fresh.stderr))
    assert warm.stdout or warm.stderr


EXITS = {
    "a message": ("raise SystemExit('stopped: no config')", 1),
    "a number": ("import sys; sys.exit(3)", 3),
    "a signal": ("import os; os.kill(os.getpid(), 9)", -9),
    "an exception": ("raise ValueError('bad value')", 1),
    "a thread still running, then atexit": (
        "import atexit, threading, time\n"
        "atexit.register(lambda: print('atexit ran'))\n"
        "threading.Thread(target=lambda: (time.sleep(0.2), print('thread finished'))).start()\n"
        "print('main done')", 0),
    "what a launcher reads": ("import os, sys; print(sys.argv, sys.path[0] == '', os.getcwd(), os.environ['WHO'], "
                              "sys.stdin.read())", 0),
}


@pytest.mark.parametrize("launcher, code", EXITS.values(), ids=EXITS.keys())
def test_a_process_ends_as_a_fresh_interpreter_ends(tmp_path: Path, launcher: str, code: int) -> None:
    warm = run_cli(["a1", "a2"], env={"WHO": "test"}, cwd=tmp_path, launcher=launcher, stdin="given")
    fresh = run_cli(["a1", "a2"], env={"WHO": "test"}, cwd=tmp_path, launcher=launcher, stdin="given", fresh=True)
    assert warm.returncode == fresh.returncode == code
    assert (warm.stdout, warm.stderr) == (fresh.stdout, fresh.stderr)
