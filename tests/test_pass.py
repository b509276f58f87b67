"""The whole pass through the composition root, with in-memory doubles for the ports."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from doubles import InMemoryBlobStore, InMemoryIssueTracker, RecordingNotifier, ScriptedCommitSource

from job.bootstrap import build
from job.config import Relationship, parse_config
from job.errors import SourceError
from job.model import ChangeSet, Decision
from job.poll import Deps, PassOptions, run_pass
from job.ports import TriageEngine
from job.run_record import RunRecord
from job.settings import load_settings
from job.state import Checkpoints

PROVIDER = "acme/llm-service"
CONSUMER = "acme/chat-app"
FORK = "acme/llm-service-coder"
OTHER = "acme/other-service"

CONFIG = {
    "relationships": {
        PROVIDER: {
            "type": "service_provider",
            "consumers": [{
                "repo": CONSUMER, "relationship_type": "api_consumer", "interface_files": ["src/client.py"],
                "change_triggers": ["api_contract", "authentication", "endpoints", "configuration"],
            }],
            "derivatives": [{
                "repo": FORK, "relationship_type": "template_fork",
                "shared_concerns": ["docker", "gpu_configuration", "infrastructure"],
                "divergent_concerns": ["model_specific", "application_logic"],
            }],
        },
        OTHER: {"type": "service_provider", "consumers": [{
            "repo": CONSUMER, "relationship_type": "api_consumer", "change_triggers": ["authentication"],
        }]},
    },
}

AUTH_DIFF = '@@ -1,2 +1,3 @@\n def chat(body):\n+    require_header("X-API-Key")\n     return body\n'
GPU_DIFF = "@@ -3,0 +4,2 @@\n+    runtime: nvidia\n+    gpus: all\n"
LOGGING_DIFF = "@@ -1 +1 @@\n-log_level: info\n+log_level: debug\n"


class World:
    def __init__(self, tmp_path: Path, config: dict[str, object] | None = None) -> None:
        self.source = ScriptedCommitSource()
        self.store = InMemoryBlobStore()
        self.tracker = InMemoryIssueTracker()
        self.notifier = RecordingNotifier()
        self.settings = load_settings({"ORCHESTRATOR_STATE": str(tmp_path / "state")})
        self.config = parse_config(json.dumps(config or CONFIG), "test-config.json")
        for repo in (PROVIDER, OTHER):
            self.source.push(repo, "Initial import", {"README.md": "+hello\n"}, "A")

    def deps(self) -> Deps:
        return build(self.settings, config=self.config, source=self.source, store=self.store,
                     tracker=self.tracker, notifier=self.notifier)

    def run(self, **options: object) -> RunRecord:
        result = run_pass(self.deps(), PassOptions(**options))  # type: ignore[arg-type]
        result.record.exit_code = result.exit_code
        return result.record

    def checkpoint(self, repo: str) -> str | None:
        found = Checkpoints(self.store).get(repo)
        return found[0].sha if found else None


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def test_first_pass_sets_baselines_and_files_nothing(world: World) -> None:
    record = world.run()
    assert [r.status for r in record.repos] == ["baseline", "baseline"]
    assert world.tracker.issues == []
    assert world.checkpoint(PROVIDER) == world.source.histories[PROVIDER][-1].sha
    assert world.notifier.sent == []


def test_auth_change_files_one_issue_in_the_consumer_only(world: World) -> None:
    world.run()
    head = world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    record = world.run()
    assert record.exit_code == 0
    assert [(i.ref.dependent, i.urgency) for i in world.tracker.issues] == [(CONSUMER, "high")]
    issue = world.tracker.issues[0].draft
    assert "authentication" in issue.title and "X-API-Key" in issue.body
    assert world.checkpoint(PROVIDER) == head.sha
    assert len(world.notifier.sent) == 1 and "#1" in world.notifier.sent[0]


def test_translations_sorted_first_do_not_take_the_diff_budget_from_the_code(world: World, tmp_path: Path) -> None:
    world.settings = load_settings({"ORCHESTRATOR_STATE": str(tmp_path / "state"),
                                    "ORCHESTRATOR_DIFF_BUDGET_TOTAL": "1000"})
    world.run()
    lines = "".join(f'+  "label{n}": "' + "x" * 80 + '",\n' for n in range(5))  # 500 characters
    translations = {f"locales/{lang}.json": lines for lang in ("de", "fr", "it")}
    world.source.push(PROVIDER, "Tighten the chat handler", {**translations, "src/app.py": AUTH_DIFF})
    record = world.run()
    assert record.exit_code == 0
    assert [(i.ref.dependent, i.urgency) for i in world.tracker.issues] == [(CONSUMER, "high")]
    assert "X-API-Key" in world.tracker.issues[0].draft.body


def test_second_run_files_no_duplicate_issue(world: World) -> None:
    world.run()
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    world.run()
    record = world.run()
    assert world.tracker.writes == 1
    assert [r.status for r in record.repos] == ["unchanged", "unchanged"]
    assert len(world.notifier.sent) == 1


def test_rerun_after_lost_checkpoint_write_reuses_the_ledger(world: World) -> None:
    world.run()
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    before = world.checkpoint(PROVIDER)
    world.run()
    # as if the pass had died after the issue write, before the checkpoint: move it back
    key = "checkpoints/acme/llm-service.json"
    raw = json.loads(world.store.objects[key].data)
    raw["sha"] = before
    world.store.write(key, json.dumps(raw).encode())
    record = world.run()
    assert world.tracker.writes == 1
    # what the dependent was told is recorded with the issue: the rerun does not even look again
    assert {(d.action, d.issue) for d in record.decisions()} == {("already_told", None)}


def test_issue_written_but_not_in_the_ledger_is_recovered_not_duplicated(world: World) -> None:
    world.run()
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    before = world.checkpoint(PROVIDER)
    world.run()
    # as if the pass had died right after the tracker wrote: nothing of it in state
    for key in [k for k in world.store.objects if k.startswith(("ledger/", "threads/", "told/"))]:
        del world.store.objects[key]
    raw = json.loads(world.store.objects["checkpoints/acme/llm-service.json"].data)
    raw["sha"] = before
    world.store.write("checkpoints/acme/llm-service.json", json.dumps(raw).encode())
    record = world.run()
    assert world.tracker.writes == 1
    actions = [d.issue.action for d in record.decisions() if d.issue]
    assert actions == ["recovered"]


def test_new_finding_while_issue_is_open_becomes_a_comment(world: World) -> None:
    world.run()
    world.source.push(PROVIDER, "Reserve a GPU", {"docker-compose.yml": GPU_DIFF})
    world.run()
    runtime = "@@ -4 +4 @@\n-    runtime: nvidia\n+    runtime: nvidia-container\n"
    world.source.push(PROVIDER, "Switch the GPU runtime", {"docker-compose.yml": runtime})
    world.run()
    fork_issues = [i for i in world.tracker.issues if i.ref.dependent == FORK]
    assert len(fork_issues) == 1
    assert len(fork_issues[0].comments) == 1
    assert "nvidia-container" in fork_issues[0].comments[0]


def test_closed_issue_is_not_reopened_a_new_one_is_filed(world: World) -> None:
    world.run()
    world.source.push(PROVIDER, "Reserve a GPU", {"docker-compose.yml": GPU_DIFF})
    world.run()
    world.tracker.issues[0].state = "closed"
    world.source.push(PROVIDER, "More GPUs", {"docker-compose.yml": "@@ -5 +5 @@\n-    gpus: all\n+    gpus: 2\n"})
    world.run()
    fork_issues = [i for i in world.tracker.issues if i.ref.dependent == FORK]
    assert [i.state for i in fork_issues] == ["closed", "open"]
    assert fork_issues[0].comments == []


def test_model_change_reaches_consumer_but_not_fork_with_divergent_model(world: World) -> None:
    world.run()
    world.source.push(PROVIDER, "Serve another model",
                      {".env.example": "@@ -1 +1 @@\n-MODEL_NAME=mistral-7b\n+MODEL_NAME=llama-3.1-8b\n"})
    world.run()
    assert [i.ref.dependent for i in world.tracker.issues] == [CONSUMER]


def test_one_repo_failing_does_not_stop_the_others_and_exits_1(world: World) -> None:
    world.run()
    world.source.failures[OTHER] = SourceError("acme/other-service: connection reset")
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    record = world.run()
    assert record.exit_code == 1
    statuses = {r.repo: r.status for r in record.repos}
    assert statuses == {PROVIDER: "processed", OTHER: "failed"}
    assert len(world.tracker.issues) == 1
    assert "connection reset" in world.notifier.sent[-1]


def test_dry_run_decides_and_writes_nothing(world: World) -> None:
    world.run()
    keys_before = set(world.store.objects)
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    result = run_pass(world.deps(), PassOptions(dry_run=True))
    assert world.tracker.issues == []
    assert set(world.store.objects) == keys_before
    assert result.digest is not None and "would file an issue" in result.digest
    assert world.notifier.sent == []


def test_dry_run_applies_the_per_run_cap_as_the_real_run_does(world: World) -> None:
    world.run()
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    world.source.push(OTHER, "Require an API key", {"app.py": AUTH_DIFF})
    world.settings = load_settings({"ORCHESTRATOR_STATE": "unused", "ORCHESTRATOR_MAX_ISSUES_PER_DEPENDENT": "1",
                                    "ORCHESTRATOR_CONCURRENCY": "1"})
    dry = run_pass(world.deps(), PassOptions(dry_run=True))
    assert dry.digest is not None and "would not file: over the per-run cap of issues for acme/chat-app" in dry.digest
    assert "would file 1 issue and comment on 0" in dry.digest
    said = {(r.repo, d.dependent): d.would.action if d.would else d.action for r in dry.record.repos
            for d in r.decisions if d.requires_action}
    assert said == {(PROVIDER, CONSUMER): "create", (OTHER, CONSUMER): "over_cap"}
    assert world.tracker.writes == 0

    real = world.run()
    done = {(r.repo, d.dependent): d.issue.action if d.issue else d.action for r in real.repos
            for d in r.decisions if d.requires_action}
    assert done == {(PROVIDER, CONSUMER): "created", (OTHER, CONSUMER): "over_cap"}


def test_backlog_larger_than_the_cap_drains_oldest_first(world: World) -> None:
    world.run()
    shas = [world.source.push(PROVIDER, f"tweak {n}", {"notes.txt": f"+{n}\n"}).sha for n in range(5)]
    world.settings = load_settings({"ORCHESTRATOR_STATE": "unused", "ORCHESTRATOR_MAX_COMMITS": "2"})
    seen = []
    for _ in range(3):
        record = world.run(repos=(PROVIDER,))
        seen.append(record.repos[0].commits)
        assert world.checkpoint(PROVIDER) in shas
    assert seen == [2, 2, 1]
    assert world.checkpoint(PROVIDER) == shas[-1]


def test_low_urgency_finding_goes_to_the_digest_only(tmp_path: Path) -> None:
    config = json.loads(json.dumps(CONFIG))
    config["relationships"][PROVIDER]["derivatives"][0]["shared_concerns"] = ["logging"]
    world = World(tmp_path, config)
    world.run()
    world.source.push(PROVIDER, "Verbose logs", {"logging.yaml": LOGGING_DIFF})
    record = world.run()
    fork = next(d for d in record.decisions() if d.dependent == FORK)
    assert fork.requires_action and fork.urgency == "low" and fork.action == "add_to_digest"
    assert world.tracker.issues == []
    assert record.repos[0].status == "processed"


def test_since_date_replays_without_moving_the_checkpoint_back(world: World) -> None:
    world.run()
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    world.source.push(PROVIDER, "Docs", {"README.md": "+more\n"})
    world.run()
    head = world.checkpoint(PROVIDER)
    first = world.source.histories[PROVIDER][1].sha
    world.run(since=first, repos=(PROVIDER,))
    assert world.checkpoint(PROVIDER) == head


def test_run_record_and_digest_describe_the_pass(world: World) -> None:
    world.run()
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    record = world.run()
    keys = [k for k in world.store.objects if k.startswith("runs/")]
    assert len(keys) == 2
    saved = json.loads(world.store.objects[record.record_key].data)
    assert saved["repos"][0]["decisions"][0]["issue"]["action"] == "created"
    assert saved["adapters"]["tracker"] == "in memory"
    assert saved["digest"].startswith("# Dependency orchestrator")


def test_spent_rate_limit_stops_the_pass_and_keeps_every_checkpoint(world: World) -> None:
    from job.errors import RateLimited

    world.run()
    before = {repo: world.checkpoint(repo) for repo in (PROVIDER, OTHER)}
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    world.source.push(OTHER, "Require an API key", {"app.py": AUTH_DIFF})
    world.source.failures[PROVIDER] = RateLimited("acme/llm-service: API rate limit exceeded", reset_at=1.0)
    # one at a time, so the other repo has surely not started when the limit is found spent
    world.settings = load_settings({"ORCHESTRATOR_STATE": "unused", "ORCHESTRATOR_CONCURRENCY": "1"})
    record = world.run()
    assert record.exit_code == 0
    assert [s.repo for s in record.skipped] == [PROVIDER, OTHER]
    assert {repo: world.checkpoint(repo) for repo in (PROVIDER, OTHER)} == before
    assert world.tracker.issues == [] and "rate limit" in world.notifier.sent[-1]
    assert record.usage == {"source": {"fetches": 3}}  # two baselines, then no fetch after the limit


def test_issue_names_only_interface_files_that_exist_and_the_digest_reports_the_missing(world: World) -> None:
    world.source.contents[CONSUMER] = {"src/client.py": "BASE = 'http://svc'\n"}
    world.config = parse_config(json.dumps(CONFIG).replace('["src/client.py"]', '["src/client.py", "config/llm.yaml"]'),
                                "test-config.json")
    world.run()
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    record = world.run()
    body = world.tracker.issues[0].draft.body
    assert "`src/client.py`" in body and "config/llm.yaml" not in body
    consumer = next(d for d in record.decisions() if d.dependent == CONSUMER)
    assert consumer.missing_files == ["config/llm.yaml"]
    assert "missing in acme/chat-app: `config/llm.yaml`" in world.notifier.sent[-1]


def test_an_api_change_to_a_resource_the_consumers_files_never_name_files_no_issue(world: World) -> None:
    world.source.contents[CONSUMER] = {"src/client.py": "def create_customer(c):\n    return post('/api/v1/customers', c)\n"}
    world.run()
    field = "@@ -3,0 +4 @@\n+  attribute :purchase_order_number\n"
    world.source.push(PROVIDER, "Quotes show their order number", {"app/serializers/v1/quote_serializer.rb": field})
    record = world.run()
    [consumer] = [d for d in record.decisions() if d.dependent == CONSUMER]
    assert (consumer.requires_action, consumer.matched, world.tracker.issues) == (False, [], [])
    world.source.push(PROVIDER, "Customers show their order number", {"app/serializers/v1/customer_serializer.rb": field})
    world.run()
    [issue] = world.tracker.issues
    assert issue.ref.dependent == CONSUMER and "customer_serializer.rb" in issue.draft.body


def test_findings_over_the_per_dependent_cap_go_to_the_digest_and_the_checkpoint_moves(tmp_path: Path) -> None:
    repos = [f"acme/svc-{n}" for n in range(3)]
    config = {"relationships": {repo: {"type": "service_provider", "consumers": [{
        "repo": CONSUMER, "relationship_type": "api_consumer", "change_triggers": ["authentication"]}]}
        for repo in repos}}
    world = World(tmp_path, config)
    for repo in repos:
        world.source.push(repo, "Initial import", {"README.md": "+hello\n"}, "A")
    world.settings = load_settings({"ORCHESTRATOR_STATE": "unused", "ORCHESTRATOR_MAX_ISSUES_PER_DEPENDENT": "2"})
    world.run()
    heads = {repo: world.source.push(repo, "Require an API key", {"app.py": AUTH_DIFF}).sha for repo in repos}
    record = world.run()
    actions = [d.action for d in record.decisions()]
    assert actions.count("over_cap") == 1
    assert len(world.tracker.issues) == 2  # one thread per watched repo: two issues, the third over the cap
    assert all(world.checkpoint(repo) == heads[repo] for repo in repos)
    assert "over the per-run cap" in world.notifier.sent[-1]


def test_undelivered_digest_is_kept_and_sent_before_the_next_one_without_rewriting_issues(world: World) -> None:
    from job.errors import NotifierError

    world.run()
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    world.notifier.down = NotifierError("discord: HTTP 503")
    record = world.run()
    assert record.exit_code == 0 and record.digest_delivery.startswith("failed: discord: HTTP 503")
    assert [k for k in world.store.objects if k.startswith("digests/pending/")] == [f"digests/pending/{record.run_id}.md"]

    world.notifier.down = None
    world.source.push(PROVIDER, "Serve another model", {".env.example": "@@ -1 +1 @@\n-MODEL_NAME=a\n+MODEL_NAME=b\n"})
    world.run()
    assert len(world.notifier.sent) == 2
    assert "Require an API key" in world.tracker.issues[0].draft.body and "#1" in world.notifier.sent[0]
    assert record.run_id in world.notifier.sent[0] and record.run_id not in world.notifier.sent[1]
    assert not [k for k in world.store.objects if k.startswith("digests/pending/")]
    assert world.tracker.writes == 2  # one issue, one comment: nothing written again


def test_refused_digest_is_a_configuration_error(world: World) -> None:
    from job.errors import NotifierError

    world.run()
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    refused = NotifierError("discord: HTTP 404, code 10015: Unknown Webhook")
    refused.retryable = False
    world.notifier.down = refused
    record = world.run()
    assert record.exit_code == 2 and record.digest_delivery.startswith("refused")
    assert len(world.tracker.issues) == 1


class _WatchedEngine:
    """The real rules engine, with a note of which dependent's decision has started (a port decorator)."""

    def __init__(self, engine: TriageEngine) -> None:
        self.engine, self.name = engine, engine.name
        self.started: dict[str, threading.Event] = {}
        self.order: list[str] = []

    def decide(self, change_set: ChangeSet, relationship: Relationship) -> Decision:
        self.order.append(relationship.dependent)
        self.started.setdefault(relationship.dependent, threading.Event()).set()
        return self.engine.decide(change_set, relationship)


def test_the_next_dependents_decision_is_made_while_the_last_ones_issue_is_written(tmp_path: Path) -> None:
    second = "acme/admin-app"
    config = json.loads(json.dumps(CONFIG))
    config["relationships"][PROVIDER]["consumers"].append({
        "repo": second, "relationship_type": "api_consumer", "change_triggers": ["authentication"]})
    world = World(tmp_path, config)
    world.run()
    world.source.push(PROVIDER, "Require an API key", {"app.py": AUTH_DIFF})
    deps = world.deps()
    engine = _WatchedEngine(deps.engine)
    overlapped: list[bool] = []
    # the first issue's write waits (up to 10 s) for the second dependent's decision to start
    world.tracker.on_write = lambda kind, dependent: overlapped.append(
        dependent != CONSUMER or engine.started.setdefault(second, threading.Event()).wait(10))
    result = run_pass(replace(deps, engine=engine), PassOptions())
    assert result.exit_code == 0
    assert sorted(i.ref.dependent for i in world.tracker.issues) == sorted([CONSUMER, second])
    assert engine.order[:2] == [CONSUMER, second]  # decided one after another, in the config's order
    assert overlapped == [True, True]
