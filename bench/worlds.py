"""The worlds the benchmarks run in: watched repos, their dependents and their commits on FakeGitHub,
git histories of any length built with `git fast-import`, the config that relates them, and the
scripted Claude answer. Pure set-up: nothing here measures anything.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fake_anthropic import Reply, tool
from fake_github import FakeGitHub, FakeRepo

JOB_LABELS = ("dependency-orchestrator", "dependency", "urgent", "important", "info")

APP = '''"""The {name} service."""
import os

from fastapi import FastAPI

app = FastAPI()
TIMEOUT = float(os.environ.get("TIMEOUT", "30"))


def answer(question: str) -> str:
    return question.strip()
'''
AUTH = '''
API_KEY = os.environ["API_KEY"]


def check(headers: dict) -> None:
    if headers.get("x-api-key") != API_KEY:
        raise PermissionError("a valid X-API-Key header is required")
'''
DOCKERFILE = 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nEXPOSE 8000\nCMD ["python", "app.py"]\n'
CLIENT = '''"""Calls the {name} service."""
import httpx

BASE_URL = "http://{name}:8000"


def ask(question: str) -> str:
    return httpx.post(f"{{BASE_URL}}/answer", json={{"q": question}}, timeout=30).text
'''


@dataclass(frozen=True)
class Watched:
    """A watched repo and its three dependents: a consumer the changes concern (authentication), a
    consumer they do not (it only cares about endpoints), and a template fork (docker is shared)."""

    repo: str

    @property
    def client(self) -> str:
        return f"{self.repo}-client"

    @property
    def dash(self) -> str:
        return f"{self.repo}-dash"

    @property
    def fork(self) -> str:
        return f"{self.repo}-fork"

    @property
    def dependents(self) -> tuple[str, str, str]:
        return self.client, self.dash, self.fork

    def relationship(self) -> dict[str, Any]:
        return {
            "type": "service_provider", "description": f"the {self.repo} service",
            "consumers": [
                {"repo": self.client, "relationship_type": "api_consumer", "interface_files": ["src/client.py"],
                 "change_triggers": ["authentication", "api_contract", "configuration"]},
                {"repo": self.dash, "relationship_type": "api_consumer", "interface_files": ["src/dash.py"],
                 "change_triggers": ["endpoints"]},
            ],
            "derivatives": [
                {"repo": self.fork, "relationship_type": "template_fork", "shared_concerns": ["docker", "infrastructure"],
                 "divergent_concerns": ["application_logic"]},
            ],
        }


def write_config(path: Path, watched: list[Watched]) -> Path:
    path.write_text(json.dumps({"version": "1.0.0", "relationships": {w.repo: w.relationship() for w in watched}}))
    return path


def service_files(name: str) -> dict[str, str | bytes | None]:
    return {"app.py": APP.format(name=name), "Dockerfile": DOCKERFILE, "README.md": f"# {name}\n"}


def add_watched(server: FakeGitHub, watched: Watched, *, labels: bool = True) -> FakeRepo:
    """The watched repo with one commit, and its dependents with their own files. `labels`: the job's
    labels already exist in the dependents, as after its first issues there (the steady state)."""
    name = watched.repo.split("/")[1]
    repo = server.add_repo(watched.repo)
    repo.commit("Initial import", service_files(name))
    server.add_repo(watched.client).commit("init", {"src/client.py": CLIENT.format(name=name)})
    server.add_repo(watched.dash).commit("init", {"src/dash.py": CLIENT.format(name=name)})
    server.add_repo(watched.fork).commit("init", service_files(f"{name}-fork"))
    if labels:
        for dependent in watched.dependents:
            for label in JOB_LABELS:
                server.repo(dependent).add_label(label)
    return repo


def change_files(name: str, n: int, app: str, dockerfile: str, readme: str, *, every: int) -> dict[str, str | bytes | None]:
    """Commit number `n` of a run of changes: mostly application code and docs, and once in every
    `every` commits an API key check (authentication) and a new base image (docker)."""
    step = n % every
    if step == every // 3:
        return {"app.py": app + AUTH}
    if step == 2 * every // 3:
        return {"Dockerfile": f"FROM python:3.12.{n}-slim\n" + dockerfile.split("\n", 1)[1]}
    if n % 2:
        return {"README.md": readme + f"- change {n}: answers are trimmed of {n} spaces\n"}
    return {"app.py": app + f"\n\ndef step_{n}(value: int) -> int:\n    return value + {n}\n"}


def push_changes(repo: FakeRepo, count: int, *, every: int = 20, wide: int = 0) -> list[str]:
    """`count` commits on the default branch. `wide` > 0 spreads application code over that many
    modules, each commit adding a few lines to one of them (a large net diff)."""
    name = repo.full_name.split("/")[1]
    shas = []
    for n in range(count):
        tree = repo.commits[repo.head()].tree
        app, dockerfile, readme = (str(tree[p]) for p in ("app.py", "Dockerfile", "README.md"))
        files = change_files(name, n, app, dockerfile, readme, every=every)
        if wide and "README.md" in files:
            module = f"src/module_{n % wide:03d}.py"
            lines = "".join(f"    total += {n} * {k}  # step {n}.{k}: keep the running total exact\n" for k in range(5))
            files = {module: str(tree.get(module, "")) + f"\n\ndef step_{n}(total: int) -> int:\n{lines}    return total\n"}
        shas.append(repo.commit(f"Change {n} of {name}", files))
    return shas


def claude_answer(body: dict[str, Any]) -> Reply:
    """A valid finding for whichever kind the request's tool schema asks for."""
    schema = body["tools"][0]["input_schema"]
    finding: dict[str, Any] = {
        "requires_action": True, "urgency": "high", "confidence": 0.9,
        "impact_summary": "Requests now need an X-API-Key header; without it they are refused.",
        "recommended_changes": ["Send the X-API-Key header from the client.", "Add API_KEY to the deployment."],
        "affected_files": [], "reasoning": "The change adds an API key check to every request.",
    }
    if "not_proposed" in schema.get("properties", {}):
        finding["not_proposed"] = []
    return tool(finding)


# --- Git histories of any length ------------------------------------------------------------------

def _commits_stream(start: int, count: int, *, parent: bool, files: int) -> Iterator[bytes]:
    for n in range(start, start + count):
        message = f"Change {n}\n".encode()
        content = f"value = {n}\n".encode()
        yield b"commit refs/heads/main\n"
        yield f"committer Bench <bench@example.invalid> {1_600_000_000 + 60 * n} +0000\n".encode()
        yield b"data %d\n%s" % (len(message), message)
        if parent and n == start:
            yield b"from refs/heads/main^0\n"
        if n % 50 == 7:
            auth = b'API_KEY = os.environ["API_KEY"]  # x-api-key required\n' + content
            yield b"M 100644 inline app/auth.py\ndata %d\n%s\n" % (len(auth), auth)
        yield f"M 100644 inline pkg{n % 10}/file{n % files}.txt\n".encode()
        yield b"data %d\n%s\n" % (len(content), content)


def fast_import(bare: Path, start: int, count: int, *, files: int = 200) -> None:
    """`count` commits on `main` of the bare repo (created if missing), in one `git fast-import`."""
    if not bare.exists():
        subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(bare)], check=True)
        subprocess.run(["git", "-C", str(bare), "config", "uploadpack.allowFilter", "true"], check=True)
    stream = b"".join(_commits_stream(start, count, parent=start > 0, files=files))
    subprocess.run(["git", "-C", str(bare), "fast-import", "--quiet"], input=stream, check=True)


def git_dependent(bare: Path) -> None:
    """A small dependent repo with the consumer's interface file."""
    client = CLIENT.format(name="history").encode()
    stream = (b"commit refs/heads/main\ncommitter Bench <bench@example.invalid> 1600000000 +0000\ndata 5\ninit\n"
              b"M 100644 inline src/client.py\ndata %d\n%s\n" % (len(client), client))
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(bare)], check=True)
    subprocess.run(["git", "-C", str(bare), "config", "uploadpack.allowFilter", "true"], check=True)
    subprocess.run(["git", "-C", str(bare), "fast-import", "--quiet"], input=stream, check=True)
