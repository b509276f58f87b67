"""`orchestrator demo`: a small local world modelled on the classic case, run end to end.

A vLLM-style service provider (`demo-org/llm-service`), an API consumer of it (`demo-org/chat-app`)
and a template fork of it (`demo-org/llm-service-coder`) are built as real git repositories with
bare remotes under `<state>/demo-world/`. A baseline pass runs, five realistic commits land on the
provider, the pass runs again, then once more to show that a repeated pass writes nothing new.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sys
from pathlib import Path

from git import Actor, Repo

from job.bootstrap import build
from job.poll import PassOptions, PassResult, run_pass
from job.settings import Settings
from job.state_local import LocalBlobStore

PROVIDER = "demo-org/llm-service"
CONSUMER = "demo-org/chat-app"
FORK = "demo-org/llm-service-coder"
AUTHOR = Actor("Demo Maintainer", "maintainer@demo.invalid")

APP = '''"""OpenAI-compatible front for the vLLM server."""
import os

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
PORT = int(os.environ.get("PORT", "8000"))


@app.get("/health")
def health() -> dict:
    return {{"status": "ok"}}


@app.post("/v1/chat/completions")
def chat(body: dict{auth_param}) -> dict:
{auth_check}    return forward_to_vllm(body)
'''

COMPOSE = """services:
  llm:
    build: .
    ports:
      - "8000:8000"
    env_file: .env
    shm_size: 1gb
{gpu}"""

GPU = """    deploy:
      resources:
        reservations:
          devices:
            - driver: nvidia
              count: 1
              capabilities: [gpu]
"""

DOCKERFILE = """FROM vllm/vllm-openai:v0.6.3
WORKDIR /app
COPY . .
EXPOSE 8000
CMD ["python", "-m", "uvicorn", "app:app", "--host", "0.0.0.0"]
"""

ENV = """# Copy to .env and adjust
MODEL_NAME={model}
MAX_MODEL_LEN=8192
PORT=8000
"""

README = """# llm-service

Serves an OpenAI-compatible chat API in front of vLLM. Run it with `docker compose up`.
The service listens on port 8000 and {typo}.
"""


def _provider_files(**changes: str) -> dict[str, str]:
    auth = changes.get("auth", "")
    return {
        "app.py": APP.format(
            auth_param=', x_api_key: str = Header(alias="X-API-Key")' if auth else "",
            auth_check=('    if x_api_key != os.environ["API_KEY"]:\n'
                        '        raise HTTPException(status_code=401, detail="invalid X-API-Key")\n') if auth else "",
        ).replace('"8000"', f'"{changes.get("port", "8000")}"'),
        "docker-compose.yml": COMPOSE.format(gpu=GPU if changes.get("gpu") else ""),
        "Dockerfile": DOCKERFILE,
        ".env.example": ENV.format(model=changes.get("model", "mistralai/Mistral-7B-Instruct-v0.3")),
        "README.md": README.format(typo=changes.get("readme", "answers on /v1/chat/completions")),
    }


def _config(world: Path) -> dict[str, object]:
    return {
        "version": "1.0.0",
        "description": "The demo world: one provider, one API consumer, one template fork.",
        "relationships": {
            PROVIDER: {
                "type": "service_provider",
                "description": "vLLM inference service with an OpenAI-compatible API",
                "consumers": [{
                    "repo": CONSUMER, "relationship_type": "api_consumer",
                    "description": "Chat app calling the service's /v1/chat/completions",
                    "interface_files": ["src/llm_client.py", ".env.example"],
                    "change_triggers": ["api_contract", "authentication", "deployment", "configuration", "endpoints"],
                    "urgency_mapping": {"api_contract": "critical", "authentication": "high", "deployment": "medium",
                                        "configuration": "medium", "endpoints": "high"},
                }],
                "derivatives": [{
                    "repo": FORK, "relationship_type": "template_fork",
                    "description": "Code-model variant of the service, same container layout",
                    "shared_concerns": ["infrastructure", "docker", "deployment", "gpu_configuration",
                                        "health_checks", "logging", "monitoring"],
                    "divergent_concerns": ["application_logic", "model_specific", "api_endpoints", "business_logic"],
                    "sync_strategy": "selective",
                }],
            },
        },
    }


class _World:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.remotes = root / "remotes"
        self.work = root / "work"
        self.when = 1_767_225_600  # 2026-01-01T00:00:00Z, so the demo's history is the same every time

    def repo(self, name: str, files: dict[str, str]) -> Repo:
        bare = self.remotes / f"{name}.git"
        Repo.init(bare, bare=True, initial_branch="main").close()
        work = Repo.init(self.work / name, initial_branch="main")
        work.create_remote("origin", bare.as_uri())
        self.commit(work, files, "Initial import")
        return work

    def commit(self, repo: Repo, files: dict[str, str], message: str) -> str:
        for path, text in files.items():
            target = Path(repo.working_dir) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        repo.index.add(list(files))
        self.when += 3600
        date = f"{self.when} +0000"
        commit = repo.index.commit(message, author=AUTHOR, committer=AUTHOR, author_date=date, commit_date=date)
        repo.remote("origin").push("main").raise_if_error()
        return commit.hexsha


TYPO = "anwsers on /v1/chat/completions"
CHANGES = [
    ("Serve on port 9000", {"port": "9000"}),
    ("Require an X-API-Key header on chat completions", {"auth": "yes"}),
    ("Reserve one NVIDIA GPU in docker-compose", {"gpu": "yes"}),
    ("Fix a typo in the README", {"readme": "answers on /v1/chat/completions"}),
    ("Serve Llama 3.1 8B Instruct instead of Mistral 7B", {"model": "meta-llama/Llama-3.1-8B-Instruct"}),
]


def build_world(root: Path) -> tuple[Path, _World]:
    root = root.resolve()
    if root.exists():
        shutil.rmtree(root)
    world = _World(root)
    initial = _provider_files(readme=TYPO)
    provider = world.repo(PROVIDER, initial)
    world.repo(CONSUMER, {"src/llm_client.py": 'BASE_URL = "http://llm:8000/v1"\n', ".env.example": "LLM_URL=\n"})
    world.repo(FORK, {**initial, "README.md": "# llm-service-coder\n"})
    config_path = root / "relationships.json"
    config_path.write_text(json.dumps(_config(root), indent=2) + "\n")
    provider.close()
    return config_path, world


def _clear_demo_state(settings: Settings) -> None:
    for folder in ("checkpoints", "ledger", "threads", "outbox"):
        shutil.rmtree(settings.state_dir / folder / "demo-org", ignore_errors=True)
    shutil.rmtree(settings.git_cache_dir / "demo-org", ignore_errors=True)


def _pass(settings: Settings, label: str) -> PassResult:
    print(f"\n==> {label}")
    result = run_pass(build(settings), PassOptions())
    for message in result.messages:
        print(message, file=sys.stderr)
    return result


def run_demo(settings: Settings, keep: bool = False) -> int:
    LocalBlobStore(settings.state_dir).check()  # an unwritable folder: one clear line, before anything is built
    root = settings.state_dir.resolve() / "demo-world"
    settings = dataclasses.replace(
        settings, config=str(root / "relationships.json"),
        git_url_template=(root / "remotes").resolve().as_uri() + "/{owner}/{repo}.git",
    )
    if not (keep and root.exists()):
        _clear_demo_state(settings)
        config_path, world = build_world(root)
        print(f"Built the demo world in {root}: {PROVIDER} (provider), {CONSUMER} (consumer), {FORK} (template fork)")
        print(f"Relationships: {config_path}")
        _pass(settings, "Pass 1: first run sets a baseline at each head (no flood of old commits)")
        provider = Repo(world.work / PROVIDER)
        state = {"readme": TYPO}
        for message, change in CHANGES:
            state.update(change)
            sha = world.commit(provider, _provider_files(**state), message)
            print(f"    committed {sha[:7]} {message}")
        provider.close()
    second = _pass(settings, "Pass 2: the new commits, batched into one change set")
    third = _pass(settings, "Pass 3: the same again, which must write nothing new")
    written = [d.issue for d in third.record.decisions() if d.issue]
    new = [w for w in written if w.action in ("created", "commented")]
    print(f"\nIssues are in {settings.outbox_dir}:")
    for path in sorted(settings.outbox_dir.glob("demo-org/*/*.md")):
        print(f"    {path}")
    print(f"Pass 3 wrote {len(new)} new issue(s) or comment(s).")
    return max(second.exit_code, third.exit_code)
