"""The rules data (`config/rules.json`) as triage applies it, on small change sets from several
ecosystems, plus floors on the labelled devset so a rules regression fails here.

Each test builds the change set the way a pass does (`batch_changes` over a `Fetch`) and asks
`RulesTriage` for the decision of one consumer or one template fork."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from tests_support import NOW, devset_bench

from job.changeset import batch_changes
from job.config import Relationship, parse_config
from job.errors import ConfigError
from job.model import ChangeSet, Commit, Decision, Fetch, FileChange
from job.rules import parse_rules, path_matches
from job.triage_rules import RulesTriage

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT.parent / "shared" / "fixtures"
RULES = parse_rules((ROOT / "config" / "rules.json").read_text(), "rules.json")

WATCHED = "acme/service"
CONSUMER = "acme/web-client"
FORK = "acme/service-fork"
CONFIG = parse_config(json.dumps({"relationships": {WATCHED: {
    "type": "service_provider",
    "consumers": [{
        "repo": CONSUMER, "relationship_type": "api_consumer",
        "change_triggers": ["api_contract", "authentication", "deployment", "configuration",
                            "endpoints"],
    }],
    "derivatives": [{
        "repo": FORK, "relationship_type": "template_fork",
        "shared_concerns": ["infrastructure", "docker", "deployment", "gpu_configuration",
                            "health_checks", "logging", "monitoring"],
        "divergent_concerns": ["application_logic", "model_specific", "api_endpoints",
                               "business_logic"],
    }],
}}}), "test-rules-config.json")


def _rel(kind: str) -> Relationship:
    rel = CONFIG.find(WATCHED, CONSUMER if kind == "consumer" else FORK, kind)
    assert rel is not None
    return rel


def _diff(*lines: str) -> str:
    """A unified diff from signed lines: '-' removed, '+' added, ' ' context."""
    removed = sum(1 for line in lines if not line.startswith("+"))
    added = sum(1 for line in lines if not line.startswith("-"))
    return f"@@ -1,{removed} +1,{added} @@\n" + "\n".join(lines) + "\n"


def _edit(path: str, *lines: str) -> FileChange:
    return FileChange(path, "M", _diff(*lines))


def _change_set(watched: str, *files: FileChange, message: str = "change") -> ChangeSet:
    """One commit of `files` in `watched`, batched as a run batches it (diffs clipped to its budget)."""
    commit = Commit("a" * 40, message, "dev", NOW, "", files)
    return batch_changes(Fetch(watched, "main", "0" * 40, "a" * 40, NOW, (commit,), files), RULES.noise)


def _decide(kind: str, *files: FileChange, message: str = "change", rel: Relationship | None = None) -> Decision:
    return RulesTriage(RULES).decide(_change_set(WATCHED, *files, message=message), rel or _rel(kind))


# Consumers: what callers notice


def test_express_route_rename_requires_action_for_consumer() -> None:
    change = _edit("src/server.js",
                   "-app.get('/api/users/:id', getUser);",
                   "+app.get('/api/members/:id', getUser);",
                   " app.listen(port);")
    decision = _decide("consumer", change)
    assert decision.requires_action and decision.matched == ("endpoints",)
    assert decision.urgency == "high"


def test_go_http_listen_port_change_requires_action_for_consumer() -> None:
    change = _edit("cmd/api/main.go",
                   '-\tlog.Fatal(http.ListenAndServe(":8080", mux))',
                   '+\tlog.Fatal(http.ListenAndServe(":9090", mux))')
    decision = _decide("consumer", change)
    assert decision.requires_action and "endpoints" in decision.matched


def test_node_listen_port_default_change_requires_action_for_consumer() -> None:
    change = _edit("src/index.ts",
                   "-const PORT = process.env.PORT || 3000;",
                   "+const PORT = process.env.PORT || 4000;")
    assert "endpoints" in _decide("consumer", change).matched


def test_go_json_tag_rename_is_an_api_contract_change_for_consumer() -> None:
    change = _edit("internal/api/types.go",
                   '-\tUserID string `json:"user_id"`',
                   '+\tUserID string `json:"userId"`')
    decision = _decide("consumer", change)
    assert decision.requires_action and decision.matched == ("api_contract",)
    assert decision.urgency == "critical"


def test_a_comment_reworded_at_the_end_of_a_line_of_code_is_no_change() -> None:
    reworded = _edit("internal/api/types.go", '-\tKey string `json:"key"` // key for the rate limit',
                     '+\tKey string `json:"key"`  // optional key for the rate limit, supports variables')
    assert not _decide("consumer", reworded).would_call_llm
    renamed = _edit("internal/api/types.go", '-\tKey string `json:"key"` // the key', '+\tKey string `json:"name"` // the key')
    assert _decide("consumer", renamed).matched == ("api_contract",)
    # a URL's `//` and a colour's `#` are no comment marks: the value changed
    moved = _edit("internal/api/client.go", '-\tconst base = "http://api.example.com/v1"',
                  '+\tconst base = "http://api.example.com/v2"')
    assert _decide("consumer", moved).would_call_llm


def test_kubernetes_service_port_change_requires_action_for_consumer() -> None:
    change = _edit("k8s/service.yaml", "-    - port: 80", "+    - port: 8080",
                   "      targetPort: 80")
    decision = _decide("consumer", change)
    assert decision.requires_action and decision.matched == ("endpoints",)


def test_kubernetes_resource_limits_do_not_reach_the_consumer() -> None:
    change = _edit("k8s/deployment.yaml",
                   "-              memory: 512Mi", "-              cpu: 500m",
                   "+              memory: 1Gi", "+              cpu: '1'")
    assert not _decide("consumer", change).requires_action


def test_terraform_iam_change_making_the_service_private_requires_action_for_consumer() -> None:
    change = _edit("terraform/main.tf",
                   '-resource "google_cloud_run_v2_service_iam_member" "public" {',
                   "-  name   = google_cloud_run_v2_service.api.name",
                   '-  role   = "roles/run.invoker"',
                   '-  member = "allUsers"',
                   "-}")
    decision = _decide("consumer", change)
    assert decision.requires_action and decision.matched == ("authentication",)
    assert decision.urgency == "high"


def test_removing_allow_unauthenticated_requires_action_for_consumer() -> None:
    change = _edit("cloudbuild.yaml",
                   "-          --allow-unauthenticated \\",
                   "           --region=us-central1 \\")
    decision = _decide("consumer", change)
    assert decision.requires_action and decision.matched == ("authentication",)


def test_scale_to_zero_is_a_deployment_change_for_consumer() -> None:
    change = _edit("deploy.sh", "-  --min-instances=1 \\", "+  --min-instances=0 \\")
    decision = _decide("consumer", change)
    assert decision.requires_action and decision.matched == ("deployment",)


def test_capacity_tuning_does_not_reach_the_consumer() -> None:
    change = _edit("cloudbuild.yaml",
                   "-          --max-instances=10 \\", "-          --concurrency=80 \\",
                   "+          --max-instances=3 \\", "+          --concurrency=1 \\",
                   "+          --no-cpu-throttling \\")
    assert not _decide("consumer", change).requires_action


def test_build_machine_sizing_does_not_reach_the_consumer() -> None:
    change = _edit("cloudbuild.yaml",
                   '-  machineType: "E2_HIGHCPU_8"',
                   '+  machineType: "E2_HIGHCPU_32"',
                   "+  diskSizeGb: 200")
    assert not _decide("consumer", change).requires_action


def test_cloud_run_container_port_and_startup_probe_do_not_reach_the_consumer() -> None:
    deploy = _edit("cloudbuild.yaml",
                   "-          --port=8000 \\",
                   "-          --startup-probe=httpGet.path=/health,httpGet.port=8000",
                   "+          --port=8080 \\",
                   "+          --startup-probe=httpGet.path=/healthz,httpGet.port=8080")
    entrypoint = _edit("entrypoint.sh",
                       '-export PORT="${PORT:-8000}"', '+export PORT="${PORT:-8080}"')
    assert not _decide("consumer", deploy, entrypoint).requires_action


def test_renamed_cloud_run_service_is_an_endpoints_change_for_consumer() -> None:
    change = _edit("scripts/release.sh",
                   "-gcloud run deploy orders-api \\", "+gcloud run deploy orders-service \\")
    decision = _decide("consumer", change)
    assert decision.requires_action and "endpoints" in decision.matched


def test_deploy_flags_rewritten_in_another_syntax_are_not_a_change() -> None:
    change = _edit("cloudbuild.yaml",
                   "-    '--region', 'europe-west1',",
                   "-    '--min-instances', '0',",
                   "-    '--timeout', '300',",
                   "+          --region=europe-west1 \\",
                   "+          --min-instances=0 \\",
                   "+          --timeout=300 \\")
    assert not _decide("consumer", change).requires_action


def test_comment_only_edit_reaches_nobody() -> None:
    change = _edit("cloudbuild.yaml",
                   "-# Deploy with an API key check and a 300 s timeout",
                   "+# Deploy with an API key check and a 600 s timeout")
    assert not _decide("consumer", change).requires_action
    assert not _decide("template", change).requires_action


def test_context_length_limit_is_a_configuration_change_for_consumer() -> None:
    decision = _decide("consumer", _edit("service.env", "+MAX_MODEL_LEN=32768"))
    assert decision.requires_action and decision.matched == ("configuration",)
    assert decision.urgency == "medium"


def test_internal_env_setting_does_not_reach_the_consumer() -> None:
    change = _edit("service.env", "-CACHE_DIR=/var/cache/a", "+CACHE_DIR=/var/cache/b")
    assert not _decide("consumer", change).requires_action


# Model id: the consumer must follow it, a fork that serves its own model must not

MODEL_SWITCH = ("-MODEL_ID=meta-llama/Llama-3.1-8B-Instruct", "+MODEL_ID=Qwen/Qwen2.5-7B-Instruct")


def test_model_id_change_in_env_file_requires_action_for_consumer() -> None:
    decision = _decide("consumer", _edit("deploy/serving.env", *MODEL_SWITCH))
    assert decision.requires_action and "api_contract" in decision.matched
    assert decision.urgency == "critical"


def test_model_id_change_in_env_file_does_not_reach_a_fork_with_model_specific_divergent() -> None:
    decision = _decide("template", _edit("deploy/serving.env", *MODEL_SWITCH))
    assert not decision.requires_action and decision.matched == ()


def test_model_id_change_in_dockerfile_is_not_a_docker_change_for_the_fork() -> None:
    change = _edit("Dockerfile",
                   "-ENV MODEL_NAME=mistralai/Mistral-7B-Instruct-v0.3",
                   "+ENV MODEL_NAME=meta-llama/Llama-3.1-8B-Instruct")
    assert not _decide("template", change).requires_action
    assert "api_contract" in _decide("consumer", change).matched


# Template forks: shared concerns


def test_dockerfile_base_image_bump_requires_action_for_template_fork() -> None:
    change = _edit("Dockerfile", "-FROM node:18-alpine", "+FROM node:20-alpine", " WORKDIR /app")
    decision = _decide("template", change)
    assert decision.requires_action and decision.matched == ("docker",)
    assert decision.affected_files == ("Dockerfile",)


def test_dockerfile_base_image_bump_does_not_reach_the_consumer() -> None:
    change = _edit("Dockerfile", "-FROM node:18-alpine", "+FROM node:20-alpine")
    assert not _decide("consumer", change).requires_action


def test_kubernetes_liveness_probe_requires_action_for_template_fork() -> None:
    change = _edit("k8s/deployment.yaml",
                   "           livenessProbe:",
                   "-            initialDelaySeconds: 5",
                   "+            initialDelaySeconds: 30")
    decision = _decide("template", change)
    assert decision.requires_action and {"infrastructure", "health_checks"} <= set(decision.matched)


def test_gpu_reservation_in_compose_requires_action_for_template_fork() -> None:
    change = _edit("docker-compose.yml",
                   "+            - driver: nvidia",
                   "+              capabilities: [gpu]")
    decision = _decide("template", change)
    assert decision.requires_action and {"docker", "gpu_configuration"} <= set(decision.matched)


def test_application_code_change_does_not_reach_the_template_fork() -> None:
    change = _edit("src/orders/handler.go", "-\treturn total", "+\treturn total - discount")
    assert not _decide("template", change).requires_action


def test_express_route_rename_does_not_reach_the_template_fork() -> None:
    change = _edit("src/server.js",
                   "-app.get('/api/users/:id', getUser);", "+app.get('/api/members/:id', getUser);")
    assert not _decide("template", change).requires_action


# Noise: whitespace, docs, lock files, tests


@pytest.mark.parametrize("kind", ["consumer", "template"])
def test_whitespace_only_edit_reaches_nobody(kind: str) -> None:
    change = _edit("src/server.js",
                   "-app.get('/api/users/:id',getUser);", "+app.get('/api/users/:id',  getUser);")
    decision = _decide(kind, change)
    assert not decision.requires_action and not decision.would_call_llm


@pytest.mark.parametrize("kind", ["consumer", "template"])
def test_docs_only_change_reaches_nobody(kind: str) -> None:
    readme = _edit("README.md",
                   "-Call `GET /api/users` with an X-API-Key header.",
                   "+Call `GET /api/members` with an `Authorization: Bearer` header.")
    guide = FileChange("docs/deploy.md", "A",
                       _diff("+gcloud run deploy api --allow-unauthenticated --port 9090"))
    decision = _decide(kind, readme, guide)
    assert not decision.requires_action and not decision.would_call_llm


@pytest.mark.parametrize("kind", ["consumer", "template"])
def test_lock_file_only_change_reaches_nobody(kind: str) -> None:
    npm = _edit("package-lock.json", '-      "version": "4.18.2",', '+      "version": "4.19.2",')
    go = _edit("go.sum",
               "-github.com/gin-gonic/gin v1.9.0 h1:abc=",
               "+github.com/gin-gonic/gin v1.9.1 h1:def=")
    decision = _decide(kind, npm, go)
    assert not decision.requires_action
    assert decision.reasoning.startswith("No relevant file changed")


def test_test_only_change_with_auth_words_does_not_reach_the_consumer() -> None:
    change = _edit("tests/test_api.py",
                   '-    headers = {"X-API-Key": "old"}',
                   '+    headers = {"Authorization": f"Bearer {token}"}')
    assert not _decide("consumer", change).requires_action


# Kinds of change across ecosystems: the pre-filter sends what the rules cannot rule out


def test_ci_workflow_change_is_the_forks_build_pipeline_not_the_consumers_interface() -> None:
    change = _edit(".github/workflows/deploy.yml",
                   "-    runs-on: ubuntu-22.04",
                   "+    runs-on: ubuntu-24.04",
                   "-      PUSH_TOKEN: ${{ secrets.PAT }}",
                   "+      PUSH_TOKEN: ${{ vars.APP_ID }}")
    fork = _decide("template", change)
    assert fork.requires_action and fork.matched == ("infrastructure",)
    consumer = _decide("consumer", change)
    assert not consumer.requires_action and not consumer.would_call_llm


@pytest.mark.parametrize("lines", [
    ("-      - uses: actions/checkout@v4.1.0", "+      - uses: actions/checkout@v4.2.2"),
    # pinned to a commit, the version beside it: the digits of the commit id are no version
    ("-      - uses: actions/checkout@eef61447b9ff4aafe5dcd4e0bbf5d482be7e7871 # v4.2.1",
     "+      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2"),
])
def test_a_bump_of_an_actions_version_in_a_workflow_is_a_dependency_bump(lines: tuple[str, str]) -> None:
    decision = _decide("template", _edit(".github/workflows/ci.yml", *lines))
    assert not decision.requires_action and not decision.would_call_llm


@pytest.mark.parametrize("lines, to_the_model", [
    (('-panic-halt = "0.1.3"', '+panic-halt = "0.2.0"'), True),  # below 1.0 a minor release may break
    (('-cortex-m-rt = "0.6.1"', '+cortex-m-rt = "0.6.3"'), False),
    (('-serde = "1.0.190"', '+serde = "1.2.0"'), False),
])
def test_below_one_a_minor_release_is_a_major(lines: tuple[str, str], to_the_model: bool) -> None:
    decision = _decide("template", _edit("Cargo.toml", *lines))
    assert decision.would_call_llm is to_the_model and not decision.requires_action


@pytest.mark.parametrize("path", [".cargo/config.toml", "west.yml", "openocd.cfg", "openocd.gdb"])
def test_a_firmware_templates_build_flash_and_workspace_files_are_its_build(path: str) -> None:
    change = _edit(path, '-target = "thumbv7m-none-eabi"', '+target = "thumbv7em-none-eabihf"')
    assert _decide("template", change).matched == ("infrastructure",)


def test_a_ci_actions_major_is_news_for_a_fork_that_copied_the_workflow() -> None:
    major = _edit(".github/workflows/test.yml",
                  "-      - uses: hashicorp/setup-terraform@v3", "+      - uses: hashicorp/setup-terraform@v4")
    fork = _decide("template", major)
    assert fork.requires_action and fork.matched == ("infrastructure",)
    assert not _decide("consumer", major).would_call_llm  # a provider's CI is not its interface
    library = _edit("package.json", '-    "zod": "^3.23.8",', '+    "zod": "^4.0.0",')
    assert not _decide("template", library).requires_action  # a library's major goes to the model alone


def test_a_major_upgrade_or_a_replaced_action_goes_to_the_model() -> None:
    major = _edit(".github/workflows/lint.yml",
                  "-      - uses: super-linter/super-linter@v7", "+      - uses: super-linter/super-linter@v8")
    replaced = _edit(".github/workflows/licensed.yml", "-      - uses: github/setup-licensed@v1",
                     "+      - uses: licensee/setup-licensed@v1.3.2")
    for change in (major, replaced):
        assert _decide("template", change).would_call_llm


def test_go_handler_that_reads_a_new_query_parameter_changes_the_api_contract() -> None:
    change = _edit("internal/api/entry_handlers.go",
                   " func (h *handler) getEntries(w http.ResponseWriter, r *http.Request) {",
                   '+\tif tags := r.URL.Query().Get("tags"); tags != "" {',
                   "+\t\tbuilder = builder.WithTags(strings.Split(tags, \",\"))",
                   "+\t}")
    decision = _decide("consumer", change)
    assert decision.requires_action and "api_contract" in decision.matched


def test_the_providers_own_client_sdk_and_ui_are_not_the_consumers_interface() -> None:
    client = _edit("client/model.go", '+\tLanguage string `json:"language"`')
    ui = _edit("internal/ui/static/js/app.js", "+    fetch('/v1/entries?status=unread', {headers: {'X-Auth-Token': token}})")
    decision = _decide("consumer", client, ui)
    assert not decision.requires_action and not decision.would_call_llm


def _consumer_with_unused(*globs: str) -> Relationship:
    config = parse_config(json.dumps({"relationships": {WATCHED: {"type": "service_provider", "consumers": [{
        "repo": CONSUMER, "relationship_type": "api_consumer", "unused_paths": list(globs),
        "change_triggers": ["api_contract", "authentication", "deployment", "configuration", "endpoints"],
    }]}}}), "unused-paths.json")
    rel = config.find(WATCHED, CONSUMER, "consumer")
    assert rel is not None
    return rel


def test_a_route_the_consumer_declared_unused_is_neither_evidence_nor_sent_to_the_model() -> None:
    console = _edit("src/routes/console/projects.ts",
                    "-router.get('/v1/console/projects/:id', getProject);",
                    "+router.get('/v1/console/projects/:projectId', getProject);")
    assert _decide("consumer", console).requires_action  # the same change, nothing declared
    decision = _decide("consumer", console, rel=_consumer_with_unused("src/routes/console/**"))
    assert not decision.requires_action and not decision.would_call_llm
    assert decision.reasoning.endswith(" In parts it declared unused: src/routes/console/projects.ts.")


def test_a_negated_unused_glob_keeps_a_route_the_consumer_calls() -> None:
    change = _edit("src/routes/console/keys.ts",
                   "-router.get('/v1/console/keys/:id', getKey);", "+router.get('/v1/console/keys/:keyId', getKey);")
    rel = _consumer_with_unused("src/routes/console/**", "!src/routes/console/keys.ts")
    assert _decide("consumer", change, rel=rel).requires_action
    assert not _decide("consumer", change, rel=_consumer_with_unused("src/routes/console/**")).requires_action


def test_a_change_beside_the_unused_part_still_counts() -> None:
    console = _edit("src/routes/console/projects.ts", "+router.get('/v1/console/stats', getStats);")
    shared = _edit("src/routes/documents.ts",
                   "-router.get('/v1/documents/:id', getDocument);",
                   "+router.get('/v1/docs/:id', getDocument);")
    decision = _decide("consumer", console, shared, rel=_consumer_with_unused("src/routes/console/**"))
    assert decision.requires_action and decision.would_call_llm
    assert {e.path for e in decision.evidence} == {"src/routes/documents.ts"}


def test_a_health_probe_route_is_not_an_endpoint_callers_use() -> None:
    change = _edit("internal/http/server/httpd.go", '+\trouter.HandleFunc("/healthcheck", readinessProbe)')
    decision = _decide("consumer", change)
    assert "endpoints" not in decision.matched


def test_an_outgoing_authorization_header_is_not_how_callers_authenticate() -> None:
    change = _edit("internal/integration/linkding/linkding.go",
                   '-\treq.Header.Set("Authorization", "Token "+c.apiKey)',
                   '+\trequest := client.New(url).WithHeader("Authorization", "Token "+c.apiKey)')
    assert "authentication" not in _decide("consumer", change).matched


@pytest.mark.parametrize("kind", ["consumer", "template"])
def test_a_dependency_floor_raised_is_no_monitoring_or_infrastructure_change(kind: str) -> None:
    change = _edit("backend/pyproject.toml",
                   '-    "sentry-sdk[fastapi]>=2.63.0,<3.0.0",', '+    "sentry-sdk[fastapi]>=2.66.1,<3.0.0",')
    decision = _decide(kind, change)
    assert not decision.requires_action and not decision.would_call_llm


def test_a_bump_for_a_security_fix_goes_to_the_model() -> None:
    change = _edit("package.json", '-    "undici": "^5.28.4",', '+    "undici": "^5.28.5",')
    assert _decide("template", change, message="Bump undici for GHSA-m4v8-wqvr-p9f7").would_call_llm


def test_a_setting_that_loses_its_default_is_a_deployment_change_for_every_fork() -> None:
    change = _edit("backend/app/core/config.py",
                   '-    SECRET_KEY: str = secrets.token_urlsafe(32)',
                   '+    SECRET_KEY: str')
    decision = _decide("template", change)
    assert decision.requires_action and "deployment" in decision.matched


def test_a_forks_own_frontend_is_divergent_even_for_its_package_json() -> None:
    rel = parse_config(json.dumps({"relationships": {WATCHED: {"type": "template", "derivatives": [{
        "repo": FORK, "relationship_type": "template_fork", "shared_concerns": ["infrastructure", "docker"],
        "divergent_concerns": ["application_logic"], "rules": {"application_logic": {"paths": ["frontend/**"]}},
    }]}}}), "fork.json").relationships[0]
    files = (_edit("frontend/package.json", '-    "build": "vite build",', '+    "build": "tsc && vite build",'),
             _edit("frontend/src/App.tsx", "-  return <Home />", "+  return <Dashboard />"))
    decision = _decide("template", *files, rel=rel)
    assert not decision.requires_action and not decision.would_call_llm


def test_docs_tests_translations_and_formatting_are_kept_from_the_model() -> None:
    files = (_edit("docs/api.md", "-GET /v1/feeds", "+GET /v2/feeds"),
             _edit("internal/api/api_test.go", '-\tpath := "/v1/feeds"', '+\tpath := "/v2/feeds"'),
             _edit("internal/locale/translations/de_DE.json", '-  "save": "Speichern"', '+  "save": "Sichern"'),
             _edit("internal/api/api.go", "-\t// the feeds routes", "+\t// the feed routes"))
    for kind in ("consumer", "template"):
        assert not _decide(kind, *files).would_call_llm


def test_a_formatter_sorting_the_words_of_a_string_changes_nothing() -> None:
    """A class list put in a formatter's order (prettier's Tailwind plugin) says what it said; the
    same words with one of them changed are a change."""
    rel = _fork_with_own_areas("app/routes/**")  # the components are template code it kept
    sorted_classes = _edit("app/components/user-menu.tsx", '-      <div className="flex gap-2 items-center">',
                           '+      <div className="flex items-center gap-2">')
    assert not _decide("template", sorted_classes, rel=rel).would_call_llm
    changed = _edit("app/components/user-menu.tsx", '-      <div className="flex gap-2 items-center">',
                    '+      <div className="flex gap-4 items-center">')
    assert _decide("template", changed, rel=rel).requires_action


@pytest.mark.parametrize("path, lines, expected", [
    ("package.json", ('-  "description": "A foundation for scalable desktop apps",',
                      '+  "description": "Build desktop apps fast",'), False),
    ("package.json", ('+  "$schema": "https://www.schemastore.org/package.json",',), False),
    ("composer.json", ('-    "keywords": ["framework", "laravel"],',
                       '+    "keywords": ["laravel", "framework", "starter"],'), False),
    ("package.json", ('-    "build": "vite build",', '+    "build": "tsc && vite build",'), True),
])
def test_a_manifests_lines_about_the_package_itself_are_the_templates_identity(
        path: str, lines: tuple[str, ...], expected: bool) -> None:
    assert _decide("template", _edit(path, *lines)).would_call_llm is expected


def test_a_templates_gitignore_goes_to_the_model_for_a_fork_and_reaches_no_consumer() -> None:
    """What a fork's repository keeps out (its settings file, `.env`) or starts keeping (a lock file)
    is the template's to tell; a provider's `.gitignore` is nothing its callers see."""
    change = _edit(".gitignore", " *.js.map", "+", "+# obsidian", "+data.json")
    fork = _decide("template", change)
    assert fork.would_call_llm and not fork.requires_action
    assert not _decide("consumer", change).would_call_llm


def test_an_unrecognised_code_change_goes_to_the_model_without_an_issue_from_the_rules() -> None:
    change = _edit("internal/storage/entry_query_builder.go", "-\tif limit > 0 {", "+\tif limit <= 0 {\n\t\tlimit = 1000\n\t}")
    decision = _decide("consumer", change)
    assert decision.would_call_llm and not decision.requires_action


# Kinds of change (issue 12): tests at any depth, tool configuration, dependency manifests


@pytest.mark.parametrize("path", ["crates/server/tests/routes.rs", "services/api/src/test/java/ApiIT.java",
                                  "server/benches/search.rs", "web/src/components/Button.stories.tsx",
                                  "test-etapi/create-note.http", "api-tests/orders.http", "web/e2e/routes.ts"])
def test_tests_and_benchmarks_inside_a_package_reach_nobody(path: str) -> None:
    change = _edit(path, '-    let route = "/v1/items";', '+    let route = "/v2/items";')
    for kind in ("consumer", "template"):
        assert not _decide(kind, change).would_call_llm


@pytest.mark.parametrize("path", ["tailwind.config.js", "vitest.config.mts", ".stylelintrc.json", ".swcrc",
                                  "lefthook.yml", ".husky/pre-commit", ".storybook/main.ts", ".vscode/settings.json",
                                  "phpstan.dist.neon", ".php-cs-fixer.dist.php", ".rubocop.yml", "ruff.toml",
                                  "config/packages/security.yaml", "config/services.yaml", "config/bundles.php"])
def test_tool_configuration_as_code_is_a_templates_shared_build(path: str) -> None:
    # the fork's own code is every *.ts file (application_logic is divergent): a tool's config file still is not
    change = _edit(path, "-  strict: false,", "+  strict: true,")
    decision = _decide("template", change)
    assert decision.requires_action and "infrastructure" in decision.matched


# Kinds of change (issue 12, rounds 23 to 27): task runners and tools' config at the top, pnpm catalogs, game
# engines, renames out of a fork, submodules, escaped quotes, re-pinned actions, built assets, the Kotlin and
# Android toolchain, protocol documents, Nix and Cabal


@pytest.mark.parametrize("path", ["justfile", "Taskfile.yml", "nodemon.json", "nest-cli.json", "zensical.toml",
                                  "{{cookiecutter.project_slug}}/justfile", "{{cookiecutter.project_slug}}/mkdocs.yml"])
def test_a_task_runner_or_a_tools_config_at_the_top_is_a_templates_shared_build(path: str) -> None:
    # a file of settings at the project's top is a tool's (a task runner, a dev server, a docs site)
    change = _edit(path, '-  "watch": ["src"],', '+  "watch": ["dist"],')
    assert "infrastructure" in _decide("template", change).matched


def test_a_data_file_below_the_top_is_not_a_tools_config() -> None:
    change = _edit("src/data/levels.json", '-  "watch": ["src"],', '+  "watch": ["dist"],')
    assert "infrastructure" not in _decide("template", change).matched


def test_a_pnpm_catalogs_bumps_are_dependency_bumps() -> None:
    catalog = _edit("pnpm-workspace.yaml", '-  "@tanstack/react-query": ^5.64.2', '+  "@tanstack/react-query": ^5.66.5',
                    "-  eslint: ^9.12.0", "+  eslint: ^9.19.0")
    decision = _decide("template", catalog)
    assert not decision.requires_action and not decision.would_call_llm
    settings = _edit("pnpm-workspace.yaml", "+nodeLinker: hoisted")
    assert _decide("template", settings).requires_action


def test_a_templates_request_middleware_is_shared_with_its_forks() -> None:
    change = _edit("src/middleware.ts",
                   "-  matcher: ['/((?!_next|static).*)'],", "+  matcher: ['/((?!_next|static|api).*)'],")
    decision = _decide("template", change)
    assert decision.requires_action and decision.matched == ("infrastructure",)


def test_a_major_upgrade_alone_goes_to_the_model_without_an_issue_from_the_rules() -> None:
    change = _edit("Cargo.toml", '-serde_yaml = "0.8"', '+serde_yaml = "1.0"', '-clap = "3.2.1"', '+clap = "4.5.0"')
    decision = _decide("template", change)
    assert decision.would_call_llm and not decision.requires_action


@pytest.mark.parametrize("lines", [
    ('-    "@types/node": "^22.10.2",', '+    "@types/node": "^20.17.12",'),  # pinned back: someone chose it
    ('-    "ts-node": "^10.9.2",',),  # dropped from the toolchain
])
def test_a_downgraded_or_dropped_dependency_is_a_templates_build_change(lines: tuple[str, ...]) -> None:
    decision = _decide("template", _edit("package.json", *lines))
    assert decision.requires_action and decision.matched == ("infrastructure",)



def test_a_lock_file_alone_goes_to_the_model_for_a_fork_but_not_for_a_consumer() -> None:
    # an indirect dependency moved with no manifest change: usually a security update, and a fork shares the lock
    lock = _edit("Gemfile.lock", "-    nokogiri (1.16.4)", "+    nokogiri (1.16.5)")
    fork = _decide("template", lock)
    assert fork.would_call_llm and not fork.requires_action
    assert not _decide("consumer", lock).would_call_llm
    with_manifest = (lock, _edit("Gemfile", "-gem 'nokogiri', '1.16.4'", "+gem 'nokogiri', '1.16.5'"))
    assert not _decide("template", *with_manifest).would_call_llm  # a direct bump: the fork's bot proposes it


# Kinds of change (issue 12, round 2): a fork's declared areas, runtime floors, security bumps, server internals


def _fork_with_own_areas(*globs: str) -> Relationship:
    return parse_config(json.dumps({"relationships": {WATCHED: {"type": "template", "derivatives": [{
        "repo": FORK, "relationship_type": "template_fork", "shared_concerns": ["infrastructure", "logging"],
        "divergent_concerns": ["application_logic", "business_logic"],
        "rules": {"application_logic": {"paths": list(globs)}},
    }]}}}), "fork.json").relationships[0]


def test_areas_a_fork_names_under_one_divergent_concern_are_all_it_replaced() -> None:
    """A fork that named the example model it replaced (under `model_specific`) kept the template's
    training entry point, though every `*.py` is application code by default."""
    rel = parse_config(json.dumps({"relationships": {WATCHED: {"type": "template", "derivatives": [{
        "repo": FORK, "relationship_type": "template_fork", "shared_concerns": ["infrastructure", "logging"],
        "divergent_concerns": ["application_logic", "model_specific"],
        "rules": {"model_specific": {"paths": ["src/models/mnist_module.py", "configs/model/mnist.yaml"]}},
    }]}}}), "fork.json").relationships[0]
    kept = _edit("src/train.py", "-    trainer.fit(model=model, datamodule=datamodule)",
                 "+    trainer.fit(model=model, datamodule=datamodule, ckpt_path=cfg.get(\"ckpt_path\"))")
    decision = _decide("template", kept, rel=rel)
    assert decision.requires_action and decision.affected_files == ("src/train.py",)
    own = _edit("src/models/mnist_module.py", "-        self.log(\"val/acc\", acc)",
                "+        self.log(\"val/acc\", acc, sync_dist=True)")
    assert not _decide("template", own, rel=rel).would_call_llm


def test_code_outside_a_forks_declared_areas_goes_to_the_model() -> None:
    # the fork named its own areas: the plumbing it kept (a Laravel service provider, an Express app.js)
    # is not divergent because every *.php or *.js file is application code by default
    rel = _fork_with_own_areas("resources/views/**", "app/Http/Controllers/Demo*")
    kept = _edit("app/Providers/AppServiceProvider.php",
                 "-        Model::shouldBeStrict();", "+        Model::shouldBeStrict(! app()->isProduction());")
    assert _decide("template", kept, rel=rel).would_call_llm
    own = _edit("resources/views/welcome.blade.php", "-    <h1>Laravel</h1>", "+    <h1>Welcome</h1>")
    assert not _decide("template", own, rel=rel).would_call_llm


def test_a_change_to_the_template_code_a_fork_kept_is_news_for_it() -> None:
    rel = _fork_with_own_areas("src/renderer/App.tsx", "src/renderer/App.css", "src/__tests__/**")
    kept = _edit("src/main/main.ts",
                 "-  mainWindow.webContents.on('new-window', (event, url) => {",
                 "+  mainWindow.webContents.setWindowOpenHandler((edata) => {")
    decision = _decide("template", kept, rel=rel)
    assert decision.requires_action and decision.matched == ("application_logic",)
    assert decision.recommended_changes[0] == ("Compare your src/main/main.ts, template code you kept, "
                                               "with the template's new version and port the change.")
    assert "Template code it kept, outside the areas it named its own: src/main/main.ts." in decision.reasoning
    assert decision.recommended_changes[-1] == "Keep the areas you named your own as they are."
    own = _edit("src/renderer/App.tsx", "-      <h1>electron-react-boilerplate</h1>", "+      <h1>Hello</h1>")
    assert not _decide("template", own, rel=rel).requires_action
    both = _decide("template", own, kept, rel=rel)
    assert {e.path for e in both.evidence} == {"src/main/main.ts"}
    assert not _decide("template", kept).requires_action  # no areas named: all application code is the fork's


def test_without_declared_areas_a_divergent_category_keeps_its_generic_globs() -> None:
    change = _edit("src/app.js", "-app.use(session({ resave: true }));", "+app.use(session({ resave: false }));")
    assert not _decide("template", change).would_call_llm


@pytest.mark.parametrize(("path", "lines"), [
    ("package.json", ('-    "node": ">=22.12.0"', '+    "node": ">=24.13.0"')),
    ("composer.json", ('-        "php": "^8.2",', '+        "php": "^8.3",')),
    ("pyproject.toml", ('-requires-python = ">=3.10"', '+requires-python = ">=3.11"')),
    ("go.mod", ("-go 1.22", "+go 1.24")),
])
def test_a_runtime_floor_is_no_dependency_bump_but_the_forks_build(path: str, lines: tuple[str, ...]) -> None:
    decision = _decide("template", _edit(path, *lines))
    assert decision.requires_action and decision.matched == ("infrastructure",)


def test_an_audit_driven_bump_is_news_for_a_fork_that_shares_the_dependency_tree() -> None:
    change = _edit("package.json", '-    "pug": "^3.0.3",', '+    "pug": "^3.0.4",')
    fork = _decide("template", change, message="chore: update transient deps causing audit warnings")
    assert fork.requires_action and fork.matched == ("infrastructure",)
    routine = _decide("template", change, message="chore: update dependencies")
    assert not routine.requires_action and not routine.would_call_llm
    consumer = _decide("consumer", change, message="chore: update transient deps causing audit warnings")
    assert not consumer.requires_action


@pytest.mark.parametrize(("path", "old", "new"), [
    ("Directory.Packages.props", '    <PackageVersion Include="Serilog.AspNetCore" Version="9.0.0" />',
     '    <PackageVersion Include="Serilog.AspNetCore" Version="9.0.1" />'),
    ("src/AppHost/AppHost.csproj", '\ufeff<Project Sdk="Aspire.AppHost.Sdk/13.1.2">',
     '\ufeff<Project Sdk="Aspire.AppHost.Sdk/13.1.3">'),
    ("src/AppHost/AppHost.csproj", '  <Sdk Name="Aspire.AppHost.Sdk" Version="9.1.0" />',
     '  <Sdk Name="Aspire.AppHost.Sdk" Version="9.2.0" />'),
    ("Directory.Packages.props", "    <EfcoreVersion>10.0.3</EfcoreVersion>", "    <EfcoreVersion>10.0.4</EfcoreVersion>"),
])
def test_a_nuget_or_msbuild_sdk_version_bump_is_a_dependency_bump(path: str, old: str, new: str) -> None:
    change = _edit(path, "-" + old, "+" + new)
    for kind in ("consumer", "template"):
        decision = _decide(kind, change)
        assert not decision.requires_action and not decision.would_call_llm


@pytest.mark.parametrize(("old", "new"), [
    ("        <fastjson.version>1.2.76</fastjson.version>", "        <fastjson.version>1.2.78</fastjson.version>"),
    ("    <spring-cloud.version>2021.0.3</spring-cloud.version>", "    <spring-cloud.version>2021.0.4</spring-cloud.version>"),
])
def test_a_maven_version_property_bumped_is_a_dependency_bump(old: str, new: str) -> None:
    change = _edit("pom.xml", "-" + old, "+" + new)
    for kind in ("consumer", "template"):
        decision = _decide(kind, change)
        assert not decision.requires_action and not decision.would_call_llm
    major = _edit("pom.xml", "-        <druid.version>1.2.8</druid.version>", "+        <druid.version>2.0.1</druid.version>")
    assert _decide("template", major).would_call_llm  # a new major goes to the model


def test_a_compiled_requirements_files_notes_are_no_part_of_a_dependencys_name() -> None:
    # pip-compile notes after each pin why it is there (`# via flask`); a bump rewrites the note too
    bump = _edit("src/emailservice/requirements.txt",
                 "-jinja2==2.11.2              # via -r requirements.in", "+jinja2==2.11.3",
                 "-markupsafe==1.1.1         # via jinja2", "+markupsafe==1.1.1",
                 "+    # via jinja2")
    consumer = _decide("consumer", bump)
    assert not consumer.requires_action and not consumer.would_call_llm
    # a fork shares the file: a pin moved as it was (here only its note) still goes to the model, with no issue
    assert not _decide("template", bump).requires_action
    # a version only in the note (an action pinned by commit, `# v4.2.1`) stays the version
    pinned = _edit(".github/workflows/ci.yml", "-      - uses: actions/checkout@" + "a" * 40 + " # v3.6.0",
                   "+      - uses: actions/checkout@" + "b" * 40 + " # v4.2.1")
    assert _decide("template", pinned).would_call_llm  # a new major of a CI action goes to the model


@pytest.mark.parametrize(("path", "old", "new"), [
    ("h/views/api/auth.py", '            "Bearer token is missing in Authorization HTTP header",',
     '            "Bearer token is missing in Authorization HTTP header",  # noqa: EM101'),
    ("internal/api/handler.go", "\tdefer resp.Body.Close()", "\tdefer resp.Body.Close() //nolint:errcheck"),
    ("src/routes.ts", "  const key = req.headers.key as any", "  const key = req.headers.key as any  // eslint-disable-line"),
])
def test_a_linters_suppression_added_to_a_line_changes_nothing_that_runs(path: str, old: str, new: str) -> None:
    change = _edit(path, "-" + old, "+" + new)
    for kind in ("consumer", "template"):
        decision = _decide(kind, change)
        assert not decision.requires_action and not decision.would_call_llm
    # the line itself changed as well: that change counts
    changed = _edit(path, "-" + old, "+" + new.replace("header", "Header").replace("Close", "Shutdown").replace("key", "token"))
    assert _decide("consumer", changed).would_call_llm


@pytest.mark.parametrize(("path", "line"), [
    ("zshrc", '+export PATH="$HOME/.bin:$PATH"'),
    ("zshenv", "+setopt no_global_rcs"),
    ("vimrc", "+set nojoinspaces"),
    ("vimrc.bundles", "+Plug 'dense-analysis/ale'"),
    ("tmux.conf", "+set -g default-terminal 'screen-256color'"),
    ("gitconfig", "+  templatedir = ~/.git_template"),
    (".tmux.conf", "+bind r source-file ~/.tmux.conf"),
    ("zsh/functions/g", "+  git status -sb"),
])
def test_a_shell_or_tools_startup_file_is_what_a_dotfiles_fork_runs(path: str, line: str) -> None:
    # rcm links `zshrc` as ~/.zshrc: a dotfiles repository names them without the dot
    assert "infrastructure" in _decide("template", _edit(path, line)).matched


@pytest.mark.parametrize(("path", "line"), [
    ("system/rook-ceph/values.yaml", "+    removeOSDsIfOutAndSafeToRemove: true"),
    ("bootstrap/argocd/values-production.yaml", "+  resource.exclusions: |"),
    ("metal/roles/cilium/defaults/main.yml", "+cilium_version: 1.15.0"),
    ("metal/roles/k3s/tasks/main.yml", "+- name: Install k3s"),
    ("metal/roles/pxe_server/templates/kickstart.ks.j2", "+network --bootproto=dhcp"),
])
def test_helm_values_and_ansible_roles_are_the_deployment_a_fork_runs(path: str, line: str) -> None:
    assert "infrastructure" in _decide("template", _edit(path, line)).matched


def test_a_maven_repositorys_url_is_the_build_not_the_projects_name() -> None:
    bump = ("-        <oshi.version>5.8.0</oshi.version>", "+        <oshi.version>5.8.2</oshi.version>")
    https = ("-            <url>http://maven.aliyun.com/nexus/content/groups/public/</url>",
             "+            <url>https://maven.aliyun.com/repository/public</url>")
    assert _decide("template", _edit("pom.xml", *bump, *https)).matched == ("infrastructure",)  # Maven 3.8.1 refuses http


def test_the_bench_reads_a_binary_file_in_a_labelled_case_as_a_run_does() -> None:
    diff = ("diff --git a/src/Web/App.db b/src/Web/App.db\ndeleted file mode 100644\nindex dd92005..0000000\n"
            "Binary files a/src/Web/App.db and /dev/null differ\n")
    files = devset_bench()._files([{"path": "src/Web/App.db", "change_type": "D", "diff": diff},
                                   {"path": "src/Web/App.cs", "change_type": "M", "diff": "+ var a = 1;\n"}])
    assert [f.binary for f in files] == [True, False]
    decision = _decide("template", *files[:1])
    assert not decision.requires_action and not decision.would_call_llm


def test_the_bench_reads_a_renamed_file_in_a_labelled_case_with_its_first_place_as_a_run_does() -> None:
    files = devset_bench()._files([{"path": "b/x.gd", "old_path": "a/x.gd", "change_type": "renamed", "diff": ""},
                                   {"path": "c/y.gd", "change_type": "modified", "diff": "+ var a = 1\n"}])
    assert [(f.change_type, f.old_path) for f in files] == [("R", "a/x.gd"), ("M", None)]


@pytest.mark.parametrize("path", [
    "db/migrate/20260804131008_add_alert_resolution_columns.rb", "netbox/dcim/migrations/0210_cable_profile.py",
    "Jellyfin.Server.Implementations/Migrations/20260520_AddIndex.cs", "app/jobs/invoices/void_job.rb",
    "app/workers/sync_worker.rb", "netbox/users/admin.py", "app/views/invoices/show.html.erb",
    "resources/views/emails/invoice.blade.php", "lib/tasks/backfill.rake",
])
def test_a_servers_persistence_jobs_admin_and_pages_are_not_its_consumers_interface(path: str) -> None:
    change = _edit(path, "-    limit = 100", "+    limit = 1000")
    assert not _decide("consumer", change).would_call_llm


# Kinds of change (issue 12, round 3): translations, REST resources' shapes and filters, settings that appear


@pytest.mark.parametrize("path", ["Emby.Server.Implementations/Localization/Core/fi.json", "src/l10n/app_de.arb",
                                  "Resources/Strings.de.resx", "lang/fr/validation.php", "ios/en.lproj/Main.strings"])
def test_translations_of_any_ecosystem_reach_nobody(path: str) -> None:
    change = _edit(path, '-    "Save": "Tallenna",', '+    "Save": "Talleta",')
    for kind in ("consumer", "template"):
        assert not _decide(kind, change).would_call_llm


@pytest.mark.parametrize(("path", "lines"), [
    ("netbox/extras/api/serializers_/customfields.py", ("-        required=False", "+        required=False,",
                                                        "+        allow_null=True,")),
    ("netbox/core/filtersets.py", ("+    user_id = django_filters.ModelMultipleChoiceFilter(",
                                   "+        queryset=User.objects.all(),")),
    ("app/serializers/v1/integration_customer_serializer.rb", ('+        sync_with_provider: model.sync_with_provider,',)),
    ("src/documents/serialisers.py", ("+            raise serializers.ValidationError(errors)",)),
])
def test_a_rest_resources_serializer_and_filters_are_its_api_contract(path: str, lines: tuple[str, ...]) -> None:
    decision = _decide("consumer", _edit(path, *lines))
    assert decision.requires_action and decision.matched == ("api_contract",)


def test_csharp_serialisation_attributes_count_in_api_code_but_not_on_storage_entities() -> None:
    dto = _edit("MediaBrowser.Model/Dto/SessionInfoDto.cs", "+    [JsonIgnore]", "+    public string? Queue { get; set; }")
    assert _decide("consumer", dto).requires_action
    entity = _edit("src/Jellyfin.Database/Entities/User.cs", "+        [MaxLength(255)]", "+        [StringLength(255)]")
    assert not _decide("consumer", entity).requires_action
    binding = _edit("Jellyfin.Api/Helpers/StreamingHelpers.cs", "+        [FromQuery] string? container,")
    assert _decide("consumer", binding).requires_action


def test_a_deprecation_announced_in_the_docs_reaches_the_model() -> None:
    files = (_edit("docs/integrations/rest-api.md", "+v1 tokens are deprecated and will be removed in 5.0."),
             _edit("netbox/templates/users/token_edit.html", "+  {% include 'users/inc/v1_token_warning.html' %}"))
    assert _decide("consumer", *files, message="Deprecate v1 API tokens").would_call_llm
    assert not _decide("consumer", *files, message="Explain v1 tokens").would_call_llm
    icons = _edit("views/account/profile.pug", "-    i.fa.fa-trash-o", "+    i.fa.fa-trash")
    assert not _decide("consumer", icons, message="fix: update deprecated icons").would_call_llm


@pytest.mark.parametrize(("path", "lines"), [
    ("config/queue.php", ("+        'failover' => [", "+            'driver' => 'failover',")),
    ("config/settings/base.py", ("+CSRF_TRUSTED_ORIGINS = env.list('DJANGO_CSRF_TRUSTED_ORIGINS', default=[])",)),
    ("appsettings.json", ('+  "ForwardedHeaders": {',)),
    (".env.example", ("+REDIS_MAX_RETRIES=3",)),
    (".env.docker.example", ("+SAQ_CONCURRENCY=1",)),
])
def test_a_setting_that_appears_in_a_frameworks_configuration_is_a_forks_news(path: str, lines: tuple[str, ...]) -> None:
    decision = _decide("template", _edit(path, *lines))
    assert decision.requires_action and "infrastructure" in decision.matched


def test_a_rewritten_value_of_an_existing_setting_goes_to_the_model_without_an_issue() -> None:
    change = _edit("config/database.php", "-            'port' => env('REDIS_PORT', '6379'),",
                   "+            'port' => (int) env('REDIS_PORT', 6379),")
    decision = _decide("template", change, rel=_fork_with_own_areas("resources/views/**"))
    assert decision.would_call_llm and not decision.requires_action


@pytest.mark.parametrize("path", ["phpunit.xml", "pytest.ini", "tox.ini"])
def test_a_test_runners_configuration_is_a_templates_tooling(path: str) -> None:
    decision = _decide("template", _edit(path, '-        <env name="DB_DATABASE" value="testing"/>',
                                         '+        <env name="DB_DATABASE" value=":memory:"/>'))
    assert decision.requires_action and decision.matched == ("infrastructure",)


@pytest.mark.parametrize("path", ["test/CMakeLists.txt", "tests/unit/CMakeLists.txt", "test/cmake/Doctest.cmake"])
def test_the_build_file_of_a_templates_test_folder_is_its_tooling_not_a_test(path: str) -> None:
    # how the fork's own tests are built and registered (ctest discovery, warnings as errors)
    flags = _edit(path, "-    target_compile_options(Greeter PUBLIC /W4)", "+    target_compile_options(Greeter PUBLIC /W4 /WX)")
    assert _decide("template", flags).matched == ("infrastructure",)
    test = _edit("test/source/greeter.cpp", '-  CHECK(greeter.greet() == "Hello");', '+  CHECK(greeter.greet() == "Hi");')
    assert not _decide("template", test).requires_action


@pytest.mark.parametrize("path", ["nuget.config", "NuGet.Config", "Clean.Architecture.slnx", "Clean.Architecture.sln"])
def test_a_dotnet_templates_package_sources_and_solution_are_its_build(path: str) -> None:
    change = _edit(path, "+    <disabledPackageSources>", "+      <clear />", "+    </disabledPackageSources>")
    assert _decide("template", change).matched == ("infrastructure",)


@pytest.mark.parametrize("path, old, new", [
    (".github/workflows/ci.yml", '  UV_VERSION: "0.6.12"', '  UV_VERSION: "0.6.14"'),
    ("Dockerfile", "ENV POETRY_VERSION=2.0.1", "ENV POETRY_VERSION=2.1.1"),
    ("Dockerfile", "ARG PNPM_VERSION=9.1.0", "ARG PNPM_VERSION=9.4.0"),
])
def test_a_pinned_tool_versions_bump_is_a_dependency_bump(path: str, old: str, new: str) -> None:
    decision = _decide("template", _edit(path, f"-{old}", f"+{new}"))
    assert not decision.requires_action and not decision.would_call_llm
    runtime = _edit(".github/workflows/ci.yml", "-  GO_VERSION: '1.19'", "+  GO_VERSION: '1.20'")
    assert _decide("template", runtime).matched == ("infrastructure",)  # the language every copy builds with


def test_a_code_style_workflow_is_a_templates_tooling_not_issue_housekeeping() -> None:
    trigger = _edit(".github/workflows/fix-php-code-style-issues.yml", "-on: [push]", "+on:", "+  push:", "+    paths:",
                    "+      - '**.php'")
    assert _decide("template", trigger).matched == ("infrastructure",)
    triage = _edit(".github/workflows/issue-triage.yml", "-on: [issues]", "+on:", "+  issues:", "+    types: [opened]")
    assert not _decide("template", triage).would_call_llm


def test_an_empty_file_added_or_removed_is_no_evidence() -> None:
    # a new Django app's empty serializers.py and urls.py: git's empty blob, nothing in them yet
    empty = FileChange("backend/roles/serializers.py", "A", "diff --git a/backend/roles/serializers.py "
                       "b/backend/roles/serializers.py\nnew file mode 100644\nindex 00000000..e69de29b\n")
    assert not _decide("consumer", empty).would_call_llm
    gone = FileChange("api/urls.py", "D", "diff --git a/api/urls.py b/api/urls.py\ndeleted file mode 100644\n"
                      "index e69de29..0000000\n")  # git's default abbreviation
    assert not _decide("consumer", gone).would_call_llm
    filled = FileChange("backend/roles/serializers.py", "A", _diff("+class MemberSerializer(serializers.ModelSerializer):"))
    assert _decide("consumer", filled).matched == ("api_contract",)


@pytest.mark.parametrize("path", ["FUNDING.yml", ".github/FUNDING.yml"])
def test_a_funding_file_is_repository_housekeeping(path: str) -> None:
    assert not _decide("template", _edit(path, "-github: [balazsorban44]", "+github: [nextauthjs]")).would_call_llm


@pytest.mark.parametrize("line", ["+    evhtp_send_reply(req, EVHTP_RES_FORBIDDEN);",  # libevhtp
                                  "+        resp->setStatusCode(k404NotFound);",  # Drogon
                                  "+    res.result(http::status::too_many_requests);"])  # Boost.Beast
def test_the_status_a_c_or_cpp_http_server_answers_is_the_api_contract(line: str) -> None:
    assert _decide("consumer", _edit("src/http_server.cc", line)).matched == ("api_contract",)


@pytest.mark.parametrize(("path", "lines"), [
    ("docs/openapi.yaml", ("-  version: 1.4.0", "+  version: 1.5.0")),
    ("proto/base/v1/openapi.proto", ('-    version: "v0.10.2";', '+    version: "v1.0.0";')),
    ("api/v2.0/swagger.json", ('-    "version": "v1.0.3",', '+    "version": "v1.0.4",')),
])
def test_an_api_documents_own_release_number_is_no_change_to_its_contract(path: str, lines: tuple[str, str]) -> None:
    assert not _decide("consumer", _edit(path, *lines)).would_call_llm
    field = _edit(path, *lines, "+        page_size: {type: integer}")
    assert _decide("consumer", field).matched == ("api_contract",)


@pytest.mark.parametrize("path", ["config/proto/config.proto", "config/flipt.schema.json"])
def test_a_servers_own_config_file_schema_is_not_the_api_contract(path: str) -> None:
    # Velociraptor's config.proto and Flipt's flipt.schema.json describe the server's settings file
    setting = _edit(path, "+    uint64 max_grpc_recv_size = 12;")
    assert "api_contract" not in _decide("consumer", setting).matched
    assert _decide("consumer", _edit("api/proto/api.proto", "+    uint64 org_id = 12;")).matched == ("api_contract",)


def test_a_go_workspaces_checksums_are_a_lock_file() -> None:
    sums = _edit("go.work.sum", "+github.com/golang-jwt/jwt/v4 v4.2.0/go.mod h1:/xlHOz8bRuivTWchD4jCa+NbatV+wEUSzwAxVc6locg=")
    assert not _decide("consumer", sums).would_call_llm


def test_a_storage_layer_taking_the_rpcs_request_message_is_no_endpoint() -> None:
    line = "+func (s *Store) CreateRule(ctx context.Context, r *flipt.CreateRuleRequest) (_ *flipt.Rule, err error) {"
    assert "endpoints" not in _decide("consumer", _edit("internal/storage/sql/common/rule.go", line)).matched
    assert "endpoints" in _decide("consumer", _edit("internal/server/rule.go", line.replace("Store", "Server"))).matched


def test_sqlcs_generated_queries_are_generated_code() -> None:
    # sqlc writes `*.sql.go` from the SQL queries: its row structs carry json tags no caller sees
    row = _edit("pkg/repository/dbsqlc/step_runs.sql.go", '+	Timeseen   []pgtype.Timestamp `json:"timeseen"`')
    assert not _decide("consumer", row).would_call_llm
    handler = _edit("api/v1/server/handlers/step_runs.go", '+	Timeseen   []time.Time `json:"timeseen"`')
    assert _decide("consumer", handler).matched == ("api_contract",)


@pytest.mark.parametrize("tags", [
    '`mapstructure:"flushPeriodMilliseconds" json:"flushPeriodMilliseconds,omitempty" default:"10"`',
    '`json:"level,omitempty" default:"warn"`',
])
def test_a_go_settings_struct_read_by_viper_or_given_defaults_is_configuration_not_api(tags: str) -> None:
    setting = _edit("pkg/config/server/server.go", f"+	FlushPeriodMilliseconds int {tags}")
    assert "api_contract" not in _decide("consumer", setting).matched


def test_a_helm_charts_values_schema_is_deployment_not_the_api_contract() -> None:
    values = _edit("charts/vald/values.schema.json", '+          "kvs_background_sync_interval": {"type": "string"},')
    assert "api_contract" not in _decide("consumer", values).matched
    schema = _edit("schemas/search.schema.json", '+    "nprobe": {"type": "integer"},')
    assert _decide("consumer", schema).matched == ("api_contract",)


def test_the_templates_own_module_moving_as_an_indirect_requirement_is_the_resolvers() -> None:
    # an example site's go.mod requires the theme it demonstrates, indirectly, at a pseudo-version
    own = _edit("exampleSite/go.mod", "-	github.com/acme/service v0.0.0-20240417025955-2f8cd66481e2 // indirect",
                "+	github.com/acme/service v0.0.0-20240422031018-f1a3ce07e1d2 // indirect")
    decision = _decide("template", own)
    assert not decision.requires_action and not decision.would_call_llm
    release = _edit("go.mod", "-	github.com/acme/service v0.9.0 // indirect", "+	github.com/acme/service v0.9.1 // indirect")
    assert _decide("template", release).matched == ("infrastructure",)  # its tagged release: the template's news


def test_a_binary_protocols_request_code_named_api_key_is_no_credential() -> None:
    # Kafka-style protocols number each request kind its "api key"; a header that carries a key is one
    code = _edit("crates/spu-schema/src/server/consumer_offset.rs",
                 "+    const API_KEY: u16 = SpuServerApiKey::UpdateConsumerOffset as u16;")
    assert "authentication" not in _decide("consumer", code).matched
    header = _edit("src/server/auth.rs", '+    let key = req.headers().get("x-api-key");')
    assert _decide("consumer", header).matched == ("authentication",)


@pytest.mark.parametrize("path", ["requirements/base.txt", "{{cookiecutter.project_slug}}/requirements/production.txt",
                                  "requirements.in", "constraints.txt"])
def test_a_requirements_folder_is_the_templates_build_as_requirements_txt_is(path: str) -> None:
    # Django's layout splits requirements.txt into a folder: a library moved in or out is the fork's build
    moved = _edit(path, "+# Static files", "+whitenoise==1.0.6")
    assert _decide("template", moved).matched == ("infrastructure",)
    patch = _decide("template", _edit(path, "-gunicorn==19.3.0", "+gunicorn==19.3.1"))
    assert not patch.requires_action and not patch.would_call_llm  # a bump within its major stays routine


def test_a_prisma_datasources_connection_settings_are_a_templates_infrastructure() -> None:
    direct = _edit("prisma/schema.prisma", '+  directUrl = env("POSTGRES_URL_NON_POOLING") // uses a direct connection')
    assert _decide("template", direct).matched == ("infrastructure",)
    model = _edit("prisma/schema.prisma", "+  customDomain String? @unique")
    assert "infrastructure" not in _decide("template", model).matched  # the data model: the fork's own kind of code


def test_a_composer_packages_bump_is_a_dependency_bump() -> None:
    change = _edit("composer.json", '-        "laravel/pint": "^1.13",', '+        "laravel/pint": "^1.24",')
    decision = _decide("template", change)
    assert not decision.requires_action and not decision.would_call_llm


def test_a_named_path_set_stands_for_its_globs_and_an_unknown_or_circular_one_is_refused() -> None:
    assert any(path_matches("registry/handlers/images.go", p.paths)
               for p in RULES.categories["api_contract"].patterns)  # `@api_code` read as its globs
    bad = json.loads((ROOT / "config" / "rules.json").read_text())
    bad["categories"]["endpoints"]["diff_patterns"].append({"pattern": "x", "paths": ["@api_cod"]})
    with pytest.raises(ConfigError) as unknown:
        parse_rules(json.dumps(bad), "bad-rules.json")
    assert "categories.endpoints.diff_patterns[" in str(unknown.value) and "unknown path set '@api_cod'" in str(unknown.value)
    loop = json.loads((ROOT / "config" / "rules.json").read_text())
    loop["path_sets"]["api_code"].append("@api_errors")
    with pytest.raises(ConfigError, match="problem") as circular:
        parse_rules(json.dumps(loop), "loop-rules.json")
    assert "names itself through api_code -> api_errors -> api_layer -> api_code" in str(circular.value)


def test_a_named_line_set_stands_for_its_regex_and_an_unknown_or_broken_one_is_refused() -> None:
    raw = json.loads((ROOT / "config" / "rules.json").read_text())
    named = [p for p in RULES.categories["authentication"].patterns if p.unless is not None]
    either = f"(?:{raw['line_sets']['sends_credentials']})|(?:{raw['line_sets']['log_call']})"
    assert named and all(p.unless.pattern == either for p in named)  # `@sends_credentials|@log_call`: a line of either
    probe = [p for p in RULES.categories["endpoints"].patterns if p.unless is not None]
    assert any(p.unless.pattern == raw["line_sets"]["probe_or_static_route"] for p in probe)
    for unless, wrong in (("@probe_or_static", "'@probe_or_static'"), ("@log_call|@sends_credential", "'@sends_credential'"),
                          ("@log_call|x", "'x'")):
        bad = json.loads((ROOT / "config" / "rules.json").read_text())
        bad["categories"]["endpoints"]["diff_patterns"].append({"pattern": "x", "unless": unless})
        with pytest.raises(ConfigError) as unknown:
            parse_rules(json.dumps(bad), "bad-rules.json")
        assert "categories.endpoints.diff_patterns[" in str(unknown.value)
        assert f"unknown line set {wrong}" in str(unknown.value)
    broken = json.loads((ROOT / "config" / "rules.json").read_text())
    broken["line_sets"]["sends_credentials"] = "(WithHeader"
    with pytest.raises(ConfigError, match="problem") as invalid:
        parse_rules(json.dumps(broken), "broken-rules.json")
    assert "line_sets" in str(invalid.value) and "invalid regular expression '(WithHeader'" in str(invalid.value)


def test_new_keys_needs_a_key_group() -> None:
    bad = json.loads((ROOT / "config" / "rules.json").read_text())
    bad["categories"]["infrastructure"]["diff_patterns"].append({"pattern": "^\\s*\\w+:", "new_keys": True})
    with pytest.raises(ConfigError, match="needs a group named `key`"):
        parse_rules(json.dumps(bad), "bad-rules.json")


# Kinds of change (issue 12): an API server's surface across languages, and what is not its surface


@pytest.mark.parametrize("path, lines", [
    ("src/main/java/com/acme/api/OrderController.java",
     ("-        return ResponseEntity.status(HttpStatus.OK).body(order);",
      "+        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(problem);")),
    ("app/routers/items.py", ("+        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail=\"exists\")",)),
    ("lib/shop_web/controllers/order_controller.ex", ("+        conn |> put_status(:not_found) |> json(%{error: \"gone\"})",)),
    ("app/Http/Controllers/OrderController.php", ("+        abort(403, 'Orders are read-only');",)),
    ("crates/server-types/src/error.rs", ("+    InvalidOrderNote => StatusCode::BAD_REQUEST,",)),
    ("controllers/BaseController.php", ("+            throw new HttpException($request, 'Bad Content-Type', 400);",)),
    ("src/Wallabag/ApiBundle/Controller/EntryRestController.php",
     ("+            throw new BadRequestHttpException(sprintf(\"expect: 'id' or 'entry' expected, %s given\", $expect));",)),
    ("src/Controller/OrderController.php", ("+        return $response->withStatus(409);",)),
    ("shop/orders/views.py", ("+        return JsonResponse({\"error\": \"closed\"}, status=410)",)),
    ("src/documents/views.py", ("-        response[\"Content-Disposition\"] = f'attachment; filename=\"{name}\"'",
                                "+        response[\"Content-Disposition\"] = content_disposition(name)")),
])
def test_a_new_4xx_answer_of_a_server_is_an_api_contract_change(path: str, lines: tuple[str, ...]) -> None:
    decision = _decide("consumer", _edit(path, *lines))
    assert decision.requires_action and "api_contract" in decision.matched


@pytest.mark.parametrize("path, line", [
    ("app/Api/Procedure/TaskTagProcedure.php",
     "+        ProjectAuthorization::getInstance($this->container)->check($this->getClassName(), 'setTaskTags', $id);"),
    ("app/Api/Procedure/TagProcedure.php", "+        if ($this->userSession->isLogged() && ! $this->userSession->isAdmin()) {"),
    ("shop/orders/views.py", "+    permission_classes = [IsAuthenticated, IsOrderOwner]"),
    ("app/Http/Controllers/OrderController.php", "+        $this->authorize('update', $order);"),
    ("src/Orders.Api/Controllers/OrdersController.cs", '+    [Authorize(Roles = "Admin")]'),
])
def test_who_may_call_a_handler_is_an_authentication_change(path: str, line: str) -> None:
    decision = _decide("consumer", _edit(path, line))
    assert decision.requires_action and "authentication" in decision.matched


def test_a_permission_check_outside_request_handling_is_no_authentication_change() -> None:
    change = _edit("app/Model/ProjectPermissionModel.php", "+        if ($this->isAdmin($user_id)) {")
    assert "authentication" not in _decide("consumer", change).matched


def test_a_query_parameter_a_symfony_action_reads_is_an_api_contract_change() -> None:
    change = _edit("src/Wallabag/ApiBundle/Controller/EntryRestController.php",
                   "+        $detail = strtolower($request->query->get('detail', 'full'));")
    decision = _decide("consumer", change)
    assert decision.requires_action and decision.matched == ("api_contract",)


@pytest.mark.parametrize("path, line, expected", [
    ("server/socket-handlers/maintenance-socket-handler.js", '+    socket.on("pauseMaintenance", async (id, cb) => {', True),
    ("server/server.js", "+        socket.on('getMonitorBeats', async (monitorID, period, callback) => {", True),
    ("server/server.js", '+    socket.on("disconnect", () => {', False),
])
def test_a_socket_io_event_a_server_handles_is_an_endpoint(path: str, line: str, expected: bool) -> None:
    assert ("endpoints" in _decide("consumer", _edit(path, line)).matched) is expected


@pytest.mark.parametrize("path, line, expected", [
    ("wled00/json.cpp", '+  root[F("umpalcount")] = usermodPalettes.size();', True),
    ("internal/querylog/json.go", '+\t\tquestion["unicode_name"] = qhost', True),
    ("wled00/json.cpp", '+  if (root["on"] == true) {', False),  # read, not written
    ("src/collection.cpp", '+    doc["id"] = "1";', False),  # a document built outside the JSON API's code
    ("src/webui/api/appcontroller.cpp", '+    data[u"seeding_outgoing_connections"_s] = session->isSeedingOutgoing();', True),
    ("src/base/bittorrent/sessionimpl.cpp", '+    settings[u"seeding_outgoing"_s] = true;', False),
    ("src/webui/api/torrentscontroller.cpp", '+    requireParams({u"hash"_s, u"file"_s});', True),  # what a handler reads
])
def test_a_key_written_where_a_server_builds_its_json_answers_is_the_contract(path: str, line: str, expected: bool) -> None:
    assert ("api_contract" in _decide("consumer", _edit(path, line)).matched) is expected


@pytest.mark.parametrize("path, line, expected", [
    ("manifest.dev.json", '+      "matches": ["<all_urls>"],', True),
    ("manifest.json", '+    "side_panel": { "default_path": "src/pages/panel/index.html" },', True),
    ("public/manifest.json", '+  "theme_color": "#0f172a",', False),  # a web app's manifest: its look, the fork's own
])
def test_a_browser_extensions_manifest_wiring_is_a_templates_build(path: str, line: str, expected: bool) -> None:
    assert ("infrastructure" in _decide("template", _edit(path, line)).matched) is expected


@pytest.mark.parametrize("path, expected", [
    ("requirements.txt", True), ("{{cookiecutter.app_name}}/requirements/prod.txt", True),
    ("backend/requirements/base.txt", True), ("docs/requirements.txt", False), ("NOTES.txt", False),
])
def test_a_requirements_file_is_a_manifest_not_prose(path: str, expected: bool) -> None:
    """`*.txt` is prose, but pip's requirements files are manifests: a major upgrade in one goes to
    the model, and a docs build's requirements stay docs."""
    change = _edit(path, "-environs==8.0.0", "+environs==9.0.0")
    assert _decide("template", change).would_call_llm is expected


@pytest.mark.parametrize("path", ["CMakeLists.txt", "cmake/CompilerWarnings.cmake", "CMakePresets.json", "meson.build"])
def test_a_c_or_cpp_build_definition_is_a_templates_build(path: str) -> None:
    change = _edit(path, "-set(CMAKE_CXX_STANDARD 20)", "+set(CMAKE_CXX_STANDARD 23)")
    assert _decide("template", change).matched == ("infrastructure",)


@pytest.mark.parametrize("path", ["app/views/users/index.api.rsb", "app/views/api/v1/orders/show.json.jbuilder",
                                  "app/views/projects/show.rabl"])
def test_a_rails_view_that_builds_an_api_answer_is_the_contract(path: str) -> None:
    change = _edit(path, "+      api.status user.status", "+json.status @order.status")
    decision = _decide("consumer", change)
    assert decision.requires_action and decision.matched == ("api_contract",)
    page = _edit("app/views/users/index.html.erb", "+  <td><%= user.status %></td>")
    assert not _decide("consumer", page).would_call_llm  # a server-rendered page is not the API


def test_setup_py_is_a_manifest_and_a_forks_build() -> None:
    bump = _edit("setup.py", '-        "torch>=1.10.0",', '+        "torch>=1.11.0",')
    assert not _decide("template", bump).would_call_llm
    scripts = _edit("setup.py", '+    entry_points={"console_scripts": ["train_command = src.train:main"]},')
    assert _decide("template", scripts).matched == ("infrastructure",)


@pytest.mark.parametrize("path, line, category", [
    ("supervisor/api/backups.py", "+        vol.Optional(ATTR_LOCATION): vol.Maybe(str),", "api_contract"),  # voluptuous
    ("supervisor/api/const.py", '+ATTR_SIZE_BYTES = "size_bytes"', "api_contract"),  # a key the API answers with
    ("supervisor/api/backups.py", "+                ATTR_SIZE_BYTES: backup.size_bytes,", "api_contract"),
    ("src/api/api.c", '+\t{ "/api/action/flush/network", "", api_action_flush_network, { false, true } },', "endpoints"),
])
def test_what_a_python_or_c_api_declares_for_its_callers_is_news_for_them(path: str, line: str, category: str) -> None:
    assert category in _decide("consumer", _edit(path, line)).matched


def test_an_api_spec_kept_in_a_docs_folder_under_a_name_of_its_own_is_the_contract() -> None:
    for path in ("docs/spec.json", "src/api/docs/content/specs/action.yaml"):
        change = _edit(path, "-  /action/flush/arp:", "+  /action/flush/network:")
        assert _decide("consumer", change).matched == ("api_contract",)
    assert not _decide("consumer", _edit("docs/guide/usage.md", "+Call /action/flush/network.")).would_call_llm


def test_a_negated_glob_takes_back_what_the_globs_before_it_took_in() -> None:
    globs = ("docs/**", "!docs/**/openapi*.json", "**/tests/**")
    assert path_matches("docs/guide/usage.md", globs)
    assert not path_matches("docs/redoc/master/openapi.json", globs)
    assert path_matches("docs/tests/openapi.json", globs)  # the last glob that matches decides
    assert not path_matches("src/openapi.json", globs)
    assert not path_matches("README.md", ("!README.md",))


@pytest.mark.parametrize("path, expected", [
    ("docs/redoc/master/openapi.json", True), ("docs/swagger.yaml", True), ("docs/proto/v1/auth.proto", True),
    ("docs/guide/authentication.md", False), ("tests/fixtures/openapi.json", False),
])
def test_an_api_description_kept_under_docs_is_the_contract(path: str, expected: bool) -> None:
    change = _edit(path, '-        "required": ["name"]', '+        "required": ["name", "token"]')
    assert _decide("consumer", change).requires_action is expected


def test_a_success_status_or_a_4xx_outside_request_handling_is_no_contract_change() -> None:
    ok = _edit("shop/orders/views.py", "+        return JsonResponse(payload, status=201)")
    assert "api_contract" not in _decide("consumer", ok).matched
    job = _edit("worker/retry.py", "+        raise RetryError(job, 429)")
    assert "api_contract" not in _decide("consumer", job).matched


@pytest.mark.parametrize("path, lines", [
    ("src/Orders/OrderDto.cs", ("-    [JsonPropertyName(\"created\")]", "+    [JsonPropertyName(\"created_at\")]")),
    ("internal/orders/model.go", ("-\tNote string `json:\"note\"`", "+\tNote string `json:\"note\" validate:\"max=64\"`")),
    ("models/lists.go", ("+\tStatus string `db:\"status\" json:\"status\"`",)),
    ("internal/handlers/search.go", ("+\tPage int `query:\"page\" validate:\"min=1\"`",)),
    ("src/orders/create-order.dto.ts", ("+  @IsOptional()", "+  @MaxLength(64)")),
    ("src/model.rs", ("+    #[serde(rename = \"createdAt\")]",)),
    ("server/src/routes/orders.rs", ("-    pub total: u64,", "+    pub total: Amount,")),
    ("app/Api/OrdersController.cs", ("+    public string? Currency { get; init; }",)),
    ("src/api/schemas/order.py", ("+    currency: str = \"EUR\"",)),
])
def test_a_field_of_a_request_or_response_type_is_an_api_contract_change(path: str, lines: tuple[str, ...]) -> None:
    decision = _decide("consumer", _edit(path, *lines))
    assert decision.requires_action and "api_contract" in decision.matched


@pytest.mark.parametrize("path, line", [
    ("app/Http/Controllers/OrderController.php", "+        $status = $request->query('status', 'open');"),
    ("app/controllers/orders_controller.rb", "+    params.require(:order).permit(:note, :currency)"),
    ("src/handlers/orders.rs", "+    Query(filter): Query<OrderFilter>,"),
    ("apis/realtime.go", "+\t\tvalidation.Field(&form.Topic, validation.Length(0, 2500)),"),
])
def test_what_a_handler_reads_from_the_request_or_validates_is_an_api_contract_change(path: str, line: str) -> None:
    decision = _decide("consumer", _edit(path, line))
    assert decision.requires_action and "api_contract" in decision.matched


@pytest.mark.parametrize("path, line", [
    ("src/routes/orders.rs", '+#[get("/orders/{id}/items")]'),
    ("src/main.rs", '+        .route("/orders", get(list_orders))'),
    ("Controllers/OrdersController.cs", '+    [HttpGet("{id}/items")]'),
    ("Program.cs", '+app.MapPost("/orders/{id}/cancel", CancelOrder);'),
    ("src/orders/orders.controller.ts", "+  @Post(':id/cancel')"),
    ("config/routes.rb", "+  resources :invoices, only: [:index, :show]"),
    ("routes/api.php", "+Route::post('/orders/{order}/cancel', [OrderController::class, 'cancel']);"),
    ("lib/shop_web/router.ex", '+    post "/orders/:id/cancel", OrderController, :cancel'),
])
def test_a_route_registered_in_any_server_framework_is_an_endpoints_change(path: str, line: str) -> None:
    decision = _decide("consumer", _edit(path, line))
    assert decision.requires_action and "endpoints" in decision.matched


def test_openapi_documentation_attributes_alone_are_no_contract_change() -> None:
    change = _edit("src/routes/orders.rs",
                   '-    #[schema(example = "open")]', '+    #[schema(example = "open", value_type = String)]')
    assert not _decide("consumer", change).requires_action


def test_a_rust_attribute_is_code_not_a_comment() -> None:
    change = _edit("src/model.rs", '-#[serde(rename_all = "snake_case")]', '+#[serde(rename_all = "camelCase")]')
    assert _decide("consumer", change).matched == ("api_contract",)


def test_a_5xx_fix_in_a_handler_is_not_news_for_the_consumer() -> None:
    change = _edit("src/handlers/orders.rs",
                   "-        .map_err(|_| HttpResponse::NotFound())?;",
                   "+        .map_err(|_| HttpResponse::InternalServerError())?;")
    assert "api_contract" in _decide("consumer", change).matched  # the 404 it no longer answers
    fix = _edit("src/handlers/orders.rs", "+        return Err(HttpResponse::InternalServerError().finish());")
    assert not _decide("consumer", fix).requires_action


# Kinds of change (issue 12, round 5): comments of `--` languages, import lines, container images and
# pre-commit hooks as dependencies, a template's files its forks never carried


@pytest.mark.parametrize(("path", "line"), [
    ("src/PostgREST/Error.hs", "+-- PGRST3xx -> JWT authentication Error"),
    ("src/PostgREST/Auth/Cache.hs", "+-- | JWT cache and the action that purges old entries"),
    ("db/functions.sql", "+-- only an authorized role may call this"),
])
def test_a_double_dash_comment_is_no_evidence(path: str, line: str) -> None:
    decision = _decide("consumer", _edit(path, line))
    assert "authentication" not in decision.matched and not any(e.line for e in decision.evidence)


@pytest.mark.parametrize(("path", "line"), [
    ("src/Appwrite/Platform/Modules/Vcs/Authorize.php", "+use Appwrite\\Auth\\OAuth2\\Cursor as OAuth2Cursor;"),
    ("src/Appwrite/Platform/Modules/Vcs/Callback.php", "+namespace Appwrite\\Auth\\OAuth2;"),
    ("Jellyfin.Api/Controllers/UserController.cs", "+using Jellyfin.Api.Authorization;"),
    ("src/routes/search.rs", "+use crate::auth::{jwt, Claims};"),
    ("usecases/objects/batch_delete.go", '+\tauthzerrs "github.com/weaviate/weaviate/usecases/auth/authorization/errors"'),
    ("src/Integrations/HuggingFace.php", "+        $client->addHeader('Authorization', 'Basic ' . base64_encode($key));"),
    ("src/Integrations/HuggingFace.php", "+                'Authorization: Basic ' . base64_encode($this->appSecret),"),
])
def test_an_import_line_or_an_outgoing_credential_is_not_how_callers_authenticate(path: str, line: str) -> None:
    assert "authentication" not in _decide("consumer", _edit(path, line)).matched


@pytest.mark.parametrize(("path", "line"), [
    ("auth/jwt.go", '+\t\t\tlg.Error("problem loading JWT options", zap.Error(err))'),
    ("main.go", '+\t\t\t\tlog.Fatal().Msgf("error creating JWT verifier config: %v", err)'),
    ("server/auth/TokenManager.js", "+      Logger.info('[TokenManager] JWT secret key set from ENV variable')"),
    ("lib/realtime_web/channels/realtime_channel.ex", '+    Logging.log_error(socket, "JwtSignatureError", "Bad JWT")'),
    ("src/Service/Auth.php", "+        $this->logger->warning('API key rejected', ['apiKey' => $apiKey]);"),
    ("server/authinfo.cpp", '+    LOG(INFO, LOG_TAG) << "Authorization basic: " << user << "\\n";'),
    ("src/auth.rs", '+        tracing::warn!("bearer token expired for {}", user);'),
])
def test_a_log_line_that_names_a_credential_is_not_how_callers_authenticate(path: str, line: str) -> None:
    assert "authentication" not in _decide("consumer", _edit(path, line)).matched
    # the check itself still counts (a login helper is no logger)
    check = _edit(path, "+    if !verify_token(req) { return Err(Unauthorized) }")
    assert "authentication" in _decide("consumer", check).matched


@pytest.mark.parametrize(("path", "lines"), [
    ("compose/production/aws/Dockerfile", ("-FROM docker.io/amazon/aws-cli:2.33.0", "+FROM docker.io/amazon/aws-cli:2.34.0")),
    ("compose/production/traefik/Dockerfile", ("-FROM docker.io/traefik:v3.7.8", "+FROM docker.io/traefik:v3.7.9")),
    ("docker-compose.local.yml", ("-    image: docker.io/postgres:16.2", "+    image: docker.io/postgres:16.4")),
    (".pre-commit-config.yaml", ("-    rev: v0.14.10", "+    rev: v0.14.11", "-    rev: 'v3.21.0'", "+    rev: 'v3.21.2'")),
])
def test_a_container_image_tag_or_a_hook_revision_bumped_is_a_dependency_bump(path: str, lines: tuple[str, ...]) -> None:
    decision = _decide("template", _edit(path, *lines))
    assert not decision.requires_action and not decision.would_call_llm


def test_a_major_image_upgrade_goes_to_the_model_and_a_runtime_image_is_the_forks_build() -> None:
    major = _decide("template", _edit("compose/local/Dockerfile", "-FROM docker.io/postgres:16", "+FROM docker.io/postgres:17"))
    assert major.would_call_llm and not major.requires_action
    runtime = _decide("template", _edit("compose/django/Dockerfile",
                                        "-FROM docker.io/python:3.12.8-slim-bookworm AS python",
                                        "+FROM docker.io/python:3.13.1-slim-bookworm AS python"))
    assert runtime.requires_action and "docker" in runtime.matched
    swift = _decide("template", _edit("Dockerfile", "-FROM swift:6.0-noble AS build", "+FROM swift:6.1-noble AS build"))
    assert swift.requires_action and "docker" in swift.matched
    changed = _decide("template", _edit("Dockerfile", " FROM node:22-alpine", "+RUN apk add --no-cache tini"))
    assert changed.requires_action  # a line beside the FROM is the image's build, not a bump


@pytest.mark.parametrize(("path", "line"), [
    ("src/lib/detect.ts", "+    countryHeader: 'x-acme-client-country',"),
    ("src/lib/ip.ts", "+  'x-acme-client-ip', // our own header, ahead of the proxy's"),
    ("src/Acme/Http/Events/Create.php", "+        $event = $request->getHeaderLine('x-acme-event', '');"),
    ("app/gateway.py", '+async def tenant(x_tenant: str = Header(None, alias="X-Acme-Tenant")) -> str:'),
    ("internal/api/handler.go", '+\tif id := r.Header.Get("X-Request-Id"); id != "" {'),
])
def test_a_custom_request_header_the_server_reads_is_an_api_contract_change(path: str, line: str) -> None:
    assert "api_contract" in _decide("consumer", _edit(path, line)).matched


def test_a_header_the_server_sends_out_is_no_request_header() -> None:
    change = _edit("internal/integration/notify.go", '+\treq := client.New(url).WithHeader("X-Acme-Signature", sig)')
    assert "api_contract" not in _decide("consumer", change).matched


def test_a_credential_header_is_authentication_not_also_api_contract() -> None:
    change = _edit("app/gateway.py", '+async def key(x_api_key: str = Header(None, alias="X-API-Key")) -> str:')
    assert _decide("consumer", change).matched == ("authentication",)


@pytest.mark.parametrize(("path", "lines"), [
    ("mix.exs", ('-      version: "2.41.4",', '+      version: "2.41.5",')),
    ("datasette/version.py", ('-__version__ = "1.0a22"', '+__version__ = "1.0a23"')),
    ("internal/version/version.go", ('-\tVersion = "2.2.9"', '+\tVersion = "2.2.10"')),
    ("lib/acme/version.rb", ('-  VERSION = "4.1.0".freeze', '+  VERSION = "4.1.1".freeze')),
])
def test_the_projects_own_version_bumped_is_no_change_of_kind(path: str, lines: tuple[str, ...]) -> None:
    for kind in ("consumer", "template"):
        decision = _decide(kind, _edit(path, *lines))
        assert not decision.requires_action and not decision.would_call_llm


@pytest.mark.parametrize("path", ["config/dev.exs", "config/test.exs", "config/environments/development.rb",
                                  "src/Acme.Api/appsettings.Development.json", "src/main/resources/application-test.yml",
                                  "acme/settings/local.py"])
def test_a_servers_development_and_test_configuration_is_not_its_consumers_interface(path: str) -> None:
    decision = _decide("consumer", _edit(path, "-  port: 4000", "+  port: 4001", "+  jwt_secret: dev-secret"))
    assert not decision.requires_action and not decision.would_call_llm


def test_a_lowercase_typed_parameter_in_a_config_module_is_no_setting_that_lost_its_default() -> None:
    change = _edit("datasette/default_permissions/config.py", "+        actor: Optional[dict],")
    assert not _decide("consumer", change).requires_action
    setting = _edit("app/core/config.py", "-    SECRET_KEY: str = secrets.token_urlsafe(32)", "+    SECRET_KEY: str")
    assert _decide("consumer", setting).requires_action


@pytest.mark.parametrize(("path", "lines"), [
    ("build.gradle", ("-  id 'org.springframework.boot' version '3.4.0'", "+  id 'org.springframework.boot' version '3.4.2'",
                      "-\timplementation 'com.h2database:h2:2.2.224'", "+\timplementation 'com.h2database:h2:2.3.232'")),
    ("gradle.properties", ("-\tminecraft_version=1.15.1", "+\tminecraft_version=1.15.2",
                           "-\tyarn_mappings=1.15.1+build.1", "+\tyarn_mappings=1.15.2+build.1")),
    ("k8s/db.yml", ("-        - image: postgres:17.0", "+        - image: postgres:17.5")),
])
def test_gradle_plugins_properties_and_kubernetes_images_bumped_are_dependency_bumps(path: str, lines: tuple[str, ...]) -> None:
    decision = _decide("template", _edit(path, *lines))
    assert not decision.requires_action and not decision.would_call_llm



def test_a_generators_condition_in_a_file_name_is_the_file_it_renders() -> None:
    change = _edit("template/{% if test %}jest.config.js{% endif %}", "-const esModules = ['@jupyterlab/'].join('|');",
                   "+const esModules = ['@jupyterlab/', 'yjs'].join('|');")
    decision = _decide("template", change)
    assert decision.requires_action and decision.matched == ("infrastructure",)


def test_a_frameworks_test_environment_config_is_configuration_not_a_test_class() -> None:
    # Yii's `config/test.php` is the application's config for its test runs; `UserTest.php` is a PHPUnit test
    config = _edit("config/test.php", "         'mailer' => [", "+        'assetManager' => [",
                   "+            'basePath' => __DIR__ . '/../web/assets',", "+        ],")
    assert _decide("template", config).matched == ("infrastructure",)
    test = _edit("tests/unit/models/UserTest.php", "-        $this->assertTrue($user);", "+        $this->assertNotNull($user);")
    assert not _decide("template", test).would_call_llm


def test_a_test_runners_suite_config_is_the_templates_tooling_its_tests_are_not() -> None:
    suite = _edit("tests/functional.suite.yml", "     - Filesystem", "-      - Yii2", "+      - Yii2:",
                  "+          cleanup: false")
    assert _decide("template", suite).matched == ("infrastructure",)
    cest = _edit("tests/functional/LoginFormCest.php", "-        $I->amOnPage(['site/login']);",
                 "+        $I->amOnRoute('site/login');")
    assert not _decide("template", cest).would_call_llm


def test_a_frameworks_generated_type_declarations_are_noise() -> None:
    rel, watched = _fork_of("acme/chatbot", "components/**")  # its own UI; the rest is template code it kept
    line = '+import "./.next/types/routes.d.ts";'
    assert not _decide_in(watched, rel, _edit("next-env.d.ts", line)).would_call_llm  # `next build` writes it
    assert _decide_in(watched, rel, _edit("src/env.d.ts", line)).requires_action  # a declaration someone wrote


def test_yarns_checked_in_release_is_the_package_managers_code_not_the_templates() -> None:
    rel, watched = _fork_of("acme/app", "app/**")  # its own app; the rest is template code it kept
    release = FileChange(".yarn/releases/yarn-4.12.0.cjs", "A", _diff("+#!/usr/bin/env node", "+module.exports = {};"))
    pointer = _edit(".yarnrc.yml", "-yarnPath: .yarn/releases/yarn-4.11.0.cjs", "+yarnPath: .yarn/releases/yarn-4.12.0.cjs")
    decided = _decide_in(watched, rel, release, pointer)
    assert decided.matched == ("infrastructure",)  # the yarnPath line says which yarn; the release itself is vendored
    assert all(not e.path.startswith(".yarn/") for e in decided.evidence)


@pytest.mark.parametrize("path", ["layouts/page/search.json", "layouts/_default/rss.xml", "themes/stack/layouts/index.json"])
def test_a_site_themes_layout_in_any_output_format_is_template_code(path: str) -> None:
    rel, watched = _fork_of("acme/hugo-theme", "assets/scss/custom.scss")  # its own look; the layouts are the theme's
    line = '+        {{- $data = merge $data (dict "image" $image.Permalink) -}}'
    assert _decide_in(watched, rel, _edit(path, line)).matched == ("application_logic",)


def test_a_statement_moved_to_another_place_in_kept_code_is_a_change_but_sorted_imports_are_not() -> None:
    rel, watched = _fork_of("acme/admin", "web/src/view/dashboard/**")  # its own dashboard; the shell is the template's
    hunk = ("@@ -100,5 +100,5 @@\n   watchEffect(() => {\n+    topMenu.value = [];\n     routes.forEach((item) => {\n"
            "-      topMenu.value = [];\n       topMenu.value.push(item)\n")
    moved = FileChange("web/src/pinia/modules/router.js", "M", hunk)  # reset once, not on every item: no more duplicates
    decided = _decide_in(watched, rel, moved)
    assert decided.would_call_llm and decided.matched == ("application_logic",)
    imports = FileChange("app/Providers/RouteServiceProvider.php", "M",
                         "@@ -5,4 +5,4 @@\n-use Illuminate\\Routing\\Router;\n use Illuminate\\Http\\Request;\n"
                         "+use Illuminate\\Routing\\Router;\n use Illuminate\\Support\\Facades\\Route;\n")
    parens = _edit("app/channels/connection.rb", "-        if current_user = env['warden'].user",
                   "+        if (current_user = env['warden'].user)")
    for same in (imports, parens):  # a sorter's or a formatter's work: the code runs as before
        assert not _decide_in(watched, rel, same).would_call_llm


def test_a_release_note_fragment_is_documentation_unless_it_announces_a_removal() -> None:
    fragment = FileChange("changelog.d/18232.feature", "A", _diff("+Add `passthrough_authorization_parameters` to OIDC."))
    assert not _decide("consumer", fragment, message="Add OIDC authorization parameters").would_call_llm
    removal = FileChange("newsfragments/912.removal", "A", _diff("+The v1 login endpoint is removed."))
    assert _decide("consumer", removal, message="Remove the deprecated v1 login endpoint").would_call_llm


@pytest.mark.parametrize(("path", "lines", "category"), [
    (".github/dependabot.yaml", ("-      interval: daily", "+      interval: weekly"), "infrastructure"),
    ("my-addon/rootfs/etc/services.d/app/finish", ("-  /run/s6/basedir/bin/halt", "+  exec /run/s6/basedir/bin/halt"), "docker"),
    ("rootfs/etc/s6-overlay/s6-rc.d/app/run", ("-exec app", "+exec app --no-daemon"), "docker"),
])
def test_a_bots_config_in_either_yaml_spelling_and_a_containers_init_scripts_are_the_forks(
        path: str, lines: tuple[str, ...], category: str) -> None:
    decision = _decide("template", _edit(path, *lines))
    assert decision.requires_action and category in decision.matched

def test_a_gradle_properties_setting_stays_the_forks_build() -> None:
    change = _edit("gradle.properties", "-org.gradle.jvmargs=-Xmx1G", "+org.gradle.jvmargs=-Xmx2G", "+org.gradle.parallel=true")
    assert _decide("template", change).requires_action


@pytest.mark.parametrize("lines", [
    ("-distributionUrl=https\\://services.gradle.org/distributions/gradle-8.14.2-bin.zip",
     "+distributionUrl=https\\://services.gradle.org/distributions/gradle-8.14.3-bin.zip"),
    ("-distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.9/apache-maven-3.9.9-bin.zip",
     "+distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.11/apache-maven-3.9.11-bin.zip"),
])
def test_the_build_tools_own_version_is_the_forks_toolchain_and_no_callers_news(lines: tuple[str, ...]) -> None:
    path = "gradle/wrapper/gradle-wrapper.properties" if "gradle" in lines[0] else ".mvn/wrapper/maven-wrapper.properties"
    fork = _decide("template", _edit(path, *lines))
    assert fork.requires_action and fork.matched == ("infrastructure",)
    assert not _decide("consumer", _edit(path, *lines)).would_call_llm


def test_a_version_pinned_back_within_its_major_goes_to_the_model_without_an_issue() -> None:
    back = _decide("template", _edit("docker-compose.yml", "-    image: mysql:9.3", "+    image: mysql:9.2"))
    assert back.would_call_llm and not back.requires_action  # an undo of a bot's bump as often as a needed fix
    forward = _decide("template", _edit("docker-compose.yml", "-    image: mysql:9.2", "+    image: mysql:9.3"))
    assert not forward.requires_action and not forward.would_call_llm


@pytest.mark.parametrize("line", [
    '+    position = field_for(Challenges, "position", validate=[validate.Range(min=0, max=32767)])',
    "+    scheduled_at = fields.DateTime(allow_none=True)",
    '+    "module_id": fields.Integer(description="The module the challenge belongs to"),',
])
def test_a_marshmallow_or_flask_restx_field_is_an_api_contract_change(line: str) -> None:
    assert "api_contract" in _decide("consumer", _edit("CTFd/schemas/challenges.py", line)).matched


def test_an_auth_module_changed_without_a_credential_line_goes_to_the_model_without_an_issue() -> None:
    refactor = _edit("src/PostgREST/Auth/JwtCache.hs", "-purgeExpired cache = do", "+purgeExpired cache now = do")
    decision = _decide("consumer", refactor)
    assert decision.would_call_llm and not decision.requires_action  # where a file lives is no evidence alone
    bearer = _edit("src/PostgREST/Auth/Middleware.hs", '+  let token = stripPrefix "Bearer " header')
    assert _decide("consumer", bearer).matched == ("authentication",)


def test_gos_indirect_requirements_are_the_resolvers_not_a_change_of_kind() -> None:
    tidy = _edit("go.mod",
                 "-\tgithub.com/go-playground/validator/v10 v10.27.0", "+\tgithub.com/go-playground/validator/v10 v10.28.0",
                 "+\tgolang.org/x/sync v0.17.0", "-\tgolang.org/x/sync v0.17.0 // indirect",
                 "+\tgithub.com/AdminBenni/iota-mixing v1.0.0 // indirect",
                 "-\tgolang.org/x/term v0.34.0 // indirect", "+\tgolang.org/x/term v0.35.0 // indirect")
    decision = _decide("template", tidy)
    assert not decision.requires_action and not decision.would_call_llm
    chosen = _decide("template", _edit("go.mod", "+\tgithub.com/nats-io/nats.go v1.45.0"))
    assert chosen.requires_action  # a new direct requirement: someone chose it


def test_a_gradle_version_catalogs_bumps_are_dependency_bumps() -> None:
    catalog = _edit("gradle/libs.versions.toml",
                    '-okio = "com.squareup.okio:okio:3.15.0"', '+okio = "com.squareup.okio:okio:3.16.0"',
                    '-coil = "3.2.0"', '+coil = "3.3.0"',
                    '-ktlint = { id = "org.jlleitschuh.gradle.ktlint", version = "13.0.0"}',
                    '+ktlint = { id = "org.jlleitschuh.gradle.ktlint", version = "13.1.0"}',
                    '-jwt = "com.auth0:java-jwt:4.4.0"', '+jwt = "com.auth0:java-jwt:4.5.0"')
    for kind in ("consumer", "template"):
        decision = _decide(kind, catalog)
        assert not decision.requires_action and not decision.would_call_llm


@pytest.mark.parametrize("line", ["+// @ts-expect-error failed to resolve types", "+# type: ignore[import-untyped]",
                                  "+/* eslint-disable no-console */", "+    # noqa: E501"])
def test_a_comment_that_directs_a_tool_is_a_change_not_a_comment(line: str) -> None:
    assert _decide("template", _edit("vite.config.ts", line)).requires_action


def test_a_package_managers_version_bumped_is_a_dependency_bump() -> None:
    change = _edit("package.json", '-  "packageManager": "pnpm@7.28.0",', '+  "packageManager": "pnpm@7.30.0",')
    decision = _decide("template", change)
    assert not decision.requires_action and not decision.would_call_llm


def _fork_that_never_carried(*globs: str) -> Relationship:
    return parse_config(json.dumps({"relationships": {WATCHED: {"type": "template", "derivatives": [{
        "repo": FORK, "relationship_type": "template_fork", "shared_concerns": ["infrastructure", "docker"],
        "divergent_concerns": ["application_logic"], "unused_paths": list(globs),
    }]}}}), "fork.json").relationships[0]


def test_a_generators_own_tooling_is_not_news_for_a_project_generated_from_it() -> None:
    rel = _fork_that_never_carried("/.github/**", "/pyproject.toml", "/tests/**")
    root_ci = _edit(".github/workflows/ci.yml", "-          python-version: '3.12'", "+          python-version: '3.13'")
    root_build = _edit("pyproject.toml", '-requires-python = ">=3.12"', '+requires-python = ">=3.13"')
    assert _decide("template", root_ci).requires_action  # the same change, nothing declared
    decision = _decide("template", root_ci, root_build, rel=rel)
    assert not decision.requires_action and not decision.would_call_llm
    assert "In parts it declared unused: .github/workflows/ci.yml, pyproject.toml." in decision.reasoning
    generated = _edit("{{cookiecutter.project_slug}}/pyproject.toml",
                      '-requires-python = ">=3.12"', '+requires-python = ">=3.13"')
    kept = _decide("template", root_build, generated, rel=rel)
    assert kept.requires_action and {e.path for e in kept.evidence} == {"{{cookiecutter.project_slug}}/pyproject.toml"}


def test_a_godot_projects_scripts_and_scenes_are_code_and_its_project_file_is_its_build() -> None:
    rel, watched = _fork_of("acme/godot-game-template", "/scenes/game/**", "/scripts/**")
    kept = _edit("addons/template/base/nodes/menus/options_menu.gd", "-\tvar volume := 1.0", "+\tvar volume := 0.8")
    decision = _decide_in(watched, rel, kept)
    assert decision.requires_action and decision.matched == ("application_logic",)  # menu code the game kept
    own = _edit("scenes/game/level_1.tscn", '-position = Vector2(10, 20)', '+position = Vector2(12, 20)')
    assert not _decide_in(watched, rel, own).requires_action  # a level the game replaced
    engine = _edit("project.godot", '-config/features=PackedStringArray("4.6")', '+config/features=PackedStringArray("4.7")')
    assert _decide_in(watched, rel, engine).matched == ("infrastructure",)


def test_a_file_moved_into_a_part_the_fork_never_carried_is_gone_from_where_it_had_it() -> None:
    rel, watched = _fork_of("acme/godot-game-template", "/scenes/game/**")
    rel = dataclasses.replace(rel, unused_paths=("/addons/template/examples/**",))
    moved = FileChange("addons/template/examples/menus/mini_options.gd", "R",
                       old_path="addons/template/base/nodes/menus/mini_options.gd")
    assert _decide_in(watched, rel, moved).requires_action
    inside = FileChange("addons/template/examples/menus/mini_options.gd", "R",
                        old_path="addons/template/examples/options/mini_options.gd")
    assert not _decide_in(watched, rel, inside).would_call_llm


def test_a_submodule_moved_goes_to_the_model_without_an_issue_unless_the_dependent_never_reaches_it() -> None:
    # a library pinned by commit (the fork's bot bumps it too), the framework the template is built on, or
    # a server's own core kept in another repository: a commit id says nothing the rules can read
    moved = _edit("ScalliGraph", "-Subproject commit fc560fa34fa12a335a50c35d92e55a6628ca467c",
                  "+Subproject commit 73d44ec7d124e3831bc5f832267889ffb6f9bc3f")
    for kind in ("template", "consumer"):
        decision = _decide(kind, moved, message="Update ScalliGraph: keep the order of an unsorted search")
        assert decision.would_call_llm and not decision.requires_action
    assert not _decide("consumer", moved, rel=_consumer_with_unused("/ScalliGraph")).would_call_llm


def test_quotes_escaped_in_a_scripts_command_are_a_change_not_formatting() -> None:
    # the shell expands an unquoted glob itself (and differently on Windows): quoting it changes what runs
    change = _edit("package.json", """-    "lint": "eslint '{src,test}/**/*.ts' --fix",""",
                   """+    "lint": "eslint \\"{src,test}/**/*.ts\\" --fix",""")
    assert _decide("template", change).requires_action
    requoted = _edit("src/app.ts", "-  const a = 'x y';", '+  const a = "x y";')
    assert not _decide("template", requoted).would_call_llm  # a formatter's quotes


def test_a_tool_pinned_in_mise_moved_by_a_bot_is_a_bump_for_a_fork() -> None:
    # mise (and aqua) pin the CLI tools every copy runs; a bot moving one is the fork's bot's update too
    bump = _edit(".mise.toml", ' "aqua:kubernetes/kubectl" = "1.33.2"', '-"aqua:siderolabs/talos" = "1.10.7"',
                 '+"aqua:siderolabs/talos" = "1.11.0"')
    assert not _decide("template", bump).would_call_llm
    env = _edit(".mise.toml", ' [env]', '+SOPS_AGE_KEY_FILE = "{{config_root}}/age.key"')
    assert _decide("template", env).matched == ("infrastructure",)


def test_a_rendered_kubernetes_manifest_is_judged_as_the_manifest_it_renders() -> None:
    # a Jinja template (`.j2`, copier's `.jinja`) of a HelmRelease in a nested kubernetes/ folder: a chart's
    # or image's version moved is a bump; a value the fork's cluster runs with is its infrastructure
    path = "templates/config/kubernetes/apps/network/tunnel/app/helmrelease.yaml.j2"
    bump = _edit(path, "         repository: docker.io/cloudflare/cloudflared", "-        tag: 2025.8.1",
                 "+        tag: 2025.9.0")
    assert not _decide("template", bump).would_call_llm
    chart = _edit("templates/config/bootstrap/helmfile.d/01-apps.yaml.j2", "     chart: oci://ghcr.io/x/charts/cilium",
                  "-    version: 1.18.1", "+    version: 1.18.2")
    assert not _decide("template", chart).would_call_llm
    setting = _edit(path, "         env:", "-          TUNNEL_TRANSPORT_PROTOCOL: quic",
                    "+          TUNNEL_TRANSPORT_PROTOCOL: http2")
    assert _decide("template", setting).matched == ("infrastructure",)


def test_a_container_action_moved_to_a_new_tag_is_a_bump() -> None:
    bump = _edit(".github/workflows/flux-local.yaml", "-        uses: docker://ghcr.io/allenporter/flux-local:v7.8.0",
                 "+        uses: docker://ghcr.io/allenporter/flux-local:v7.9.0")
    assert not _decide("template", bump).would_call_llm


def test_a_quoted_action_bumped_is_a_bump_and_its_major_news_for_a_fork() -> None:
    bump = _edit(".github/workflows/lint.yml", '-          uses: "actions/checkout@v4.1.0"',
                 '+          uses: "actions/checkout@v4.1.6"')
    assert not _decide("template", bump).would_call_llm
    major = _edit(".github/workflows/lint.yml", "-        uses: 'actions/setup-python@v5.1.0'",
                  "+        uses: 'actions/setup-python@v6.0.0'")
    assert _decide("template", major).matched == ("infrastructure",)


def test_a_wordpress_themes_own_name_and_version_are_its_identity() -> None:
    # style.css's header is the theme's package metadata: a fork's theme has its own name and version
    header = _edit("style.css", " Theme Name:         Sage Starter Theme", "-Version:            10.x-dev",
                   "+Version:            11.x-dev")
    theme = _fork_with_own_areas("resources/views/**")
    assert not _decide("template", header, rel=theme).would_call_llm
    requires = _edit("style.css", " Version:            11.x-dev", "-Requires PHP:       8.1", "+Requires PHP:       8.2")
    assert _decide("template", requires, rel=theme).requires_action  # what every copy must run on


def test_a_generators_template_file_is_judged_as_the_file_it_renders() -> None:
    # create-tauri-app renders `%(beta)%tauri.conf.json.lte` into an app's `tauri.conf.json` (for beta
    # projects only): the desktop framework's config and permissions are every generated app's build
    conf = _edit("templates/_base_/src-tauri/%(beta)%tauri.conf.json.lte", '-  "identifier": "com.tauri.dev",',
                 '+  "identifier": "{{app_identifier}}",')
    assert _decide("template", conf).matched == ("infrastructure",)
    capability = _edit("templates/_base_/src-tauri/capabilities/%(beta)%default.json.lte",
                       '-  "permissions": ["path:default"]', '+  "permissions": ["core:default", "shell:allow-open"]')
    assert _decide("template", capability).matched == ("infrastructure",)
    bump = _edit("templates/template-react-ts/package.json.lte", '-    "@tauri-apps/api": "^2.0.0-beta.1",',
                 '+    "@tauri-apps/api": "^2.0.0-beta.4",')
    assert not _decide("template", bump).would_call_llm  # a manifest's bump, as in the package.json it renders


def test_a_rendered_file_in_a_generators_project_folder_is_the_projects_file() -> None:
    # copier renders `_subdirectory: project` into the new project's root: the workflow and the docs
    # config below it are every generated project's CI and docs build
    ci = _edit("project/.github/workflows/ci.yml.jinja", "   tests:", "+    needs:", "+    - quality")
    assert _decide("template", ci).matched == ("infrastructure",)
    docs = _edit("project/mkdocs.yml.jinja", "   - navigation.indexes", "+  - navigation.path")
    assert _decide("template", docs).matched == ("infrastructure",)
    plain = _edit("project/.github/workflows/ci.yml", "   tests:", "+    needs: quality")
    assert not _decide("template", plain).requires_action  # no engine suffix: a folder of the repository's own


@pytest.mark.parametrize(("path", "lines"), [
    ("script/install", ("-brew bundle", "+brew bundle --file=Brewfile")),  # a repository's setup script
    ("bin/dot", ("-  git pull", "+  git pull --rebase")),
    ("macos/set-defaults.sh", ("+defaults write com.apple.finder AppleShowAllFiles -bool true",)),
    ("zsh/zshrc.symlink", ("-for file in ${(M)config_files:#*/path.zsh}", "+for file in ${(M)config_files:#*/path.zsh(N)}")),
    ("system/_path.zsh", ('-export PATH="./bin:$PATH"', '+export PATH="./bin:/usr/local/sbin:$PATH"')),
])
def test_shell_setup_scripts_and_shell_config_are_every_copys_tooling(path: str, lines: tuple[str, ...]) -> None:
    decision = _decide("template", _edit(path, *lines))
    assert decision.requires_action and decision.matched == ("infrastructure",)


def test_a_cli_in_bin_is_the_projects_code_not_its_tooling() -> None:
    cli = _edit("bin/cli.js", "-program.option('-v')", "+program.option('-V')")
    assert "infrastructure" not in _decide("template", cli).matched
    toolchain = _edit("bin/arm-none-eabi.cmake", "-set(CMAKE_C_COMPILER arm-none-eabi-gcc)", "+set(CMAKE_C_COMPILER clang)")
    assert _decide("template", toolchain).matched == ("infrastructure",)  # a build file there is still the build


def test_a_dependency_moved_to_another_section_goes_to_the_model_for_a_fork() -> None:
    # from devDependencies to dependencies: a production install (the Dockerfile's) now gets it
    moved = FileChange("package.json", "M", "@@ -25,3 +25,4 @@\n   \"dependencies\": {\n     \"@prisma/client\": \"^5.11.0\",\n"
                       "+    \"@remix-run/fs-routes\": \"^2.15.0\",\n     \"@remix-run/node\": \"^2.7.1\",\n"
                       "@@ -41,3 +42,2 @@\n   \"devDependencies\": {\n-    \"@remix-run/fs-routes\": \"^2.15.0\",\n"
                       "     \"@remix-run/route-config\": \"^2.15.0\",\n")
    fork = _decide("template", moved)
    assert fork.would_call_llm and not fork.requires_action
    assert not _decide("consumer", moved).would_call_llm  # the provider's own install


def test_a_manifest_whose_diff_was_clipped_goes_to_the_model_not_passed_as_bumps() -> None:
    # a commit that bumps forty templates' manifests runs out of the diff budget before the fork's own
    bumps = "".join(f'-    "dep{i}": "^1.{i}.0",\n+    "dep{i}": "^1.{i + 1}.0",\n' for i in range(3000))
    files = tuple(FileChange(path, "M", "@@ -1 +1 @@\n" + bumps) for path in ("a/package.json", "package.json"))
    change_set = _change_set(WATCHED, *files, message="Update dependencies")
    assert any(f.clipped_chars for f in change_set.files)
    decision = RulesTriage(RULES).decide(change_set, _rel("template"))
    assert decision.would_call_llm and not decision.requires_action
    shown = _edit("package.json", '-    "vite": "^5.4.8",', '+    "vite": "^5.4.9",')
    assert not _decide("template", shown).would_call_llm  # a bump the diff shows whole


def test_a_solidity_projects_remappings_are_its_build() -> None:
    change = _edit("remappings.txt", " forge-std/=lib/forge-std/src/", "-src/=src/")
    assert _decide("template", change).matched == ("infrastructure",)


def test_an_action_pinned_to_another_commit_of_the_same_version_goes_to_the_model() -> None:
    # a bot's bump moves the version beside the pin; the same version re-pointed is a person fixing a pin
    repin = _edit(".github/workflows/test.yml", "-      - uses: pnpm/action-setup@ac6db6d3c1f721f886538a378a2d73e85697340a",
                  "+      - uses: pnpm/action-setup@0e279bb959325dab635dd2c09392533439d90093")
    decision = _decide("template", repin)
    assert decision.would_call_llm and not decision.requires_action  # the model judges it, not as a major
    bump = _edit(".github/workflows/test.yml",
                 "-      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2",
                 "+      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0")
    assert not _decide("template", bump).would_call_llm


def test_built_assets_at_any_depth_are_generated() -> None:
    rel, watched = _fork_of("acme/theme-starter", "/assets/css/**")  # the theme's other code is kept
    assert _decide_in(watched, rel, _edit("assets/js/index.js", "-var a=1;", "+var a=2;")).requires_action
    assert not _decide_in(watched, rel, _edit("assets/built/index.js", "-var a=1;", "+var a=2;")).would_call_llm


def test_a_manifest_is_named_as_itself_not_as_a_file_at_the_top() -> None:
    change = _edit("package.json", '-    "build": "rollup -c",', '+    "build": "rollup -c --silent",')
    decision = _decide("template", change)
    assert [e.reason for e in decision.evidence] == ["path matches 'package.json'"]


@pytest.mark.parametrize("lines", [('-kotlin = "1.9.20"', '+kotlin = "1.9.21"',
                                    '-ksp = "1.9.20-1.0.14"', '+ksp = "1.9.21-1.0.16"'),
                                   ('-androidGradlePlugin = "8.5.1"', '+androidGradlePlugin = "8.7.0"'),
                                   ('-agp = "8.1.2"', '+agp = "8.2.0"')])
def test_the_kotlin_compiler_or_the_android_build_plugin_moving_is_a_forks_build_change(lines: tuple[str, ...]) -> None:
    # the toolchain every copy compiles with (Kotlin and its KSP move as one), not a library
    decision = _decide("template", _edit("gradle/libs.versions.toml", *lines))
    assert decision.requires_action and decision.matched == ("infrastructure",)
    library = _edit("gradle/libs.versions.toml", '-coroutines = "1.8.0"', '+coroutines = "1.8.1"')
    assert not _decide("template", library).would_call_llm
    assert not _decide("consumer", _edit("gradle/libs.versions.toml", *lines)).would_call_llm  # a server's own toolchain


def test_a_protocols_reference_document_is_its_api_contract() -> None:
    # a server documenting its wire protocol by hand (a text protocol has no OpenAPI file) changes it there
    change = _edit("doc/protocol.rst", "-    - ``consume``: ``0`` or ``1``", "+    - ``consume``: ``0``, ``1`` or ``oneshot``")
    decision = _decide("consumer", change)
    assert decision.requires_action and decision.matched == ("api_contract",)
    other = _edit("doc/user.rst", "-Run mpd --no-daemon.", "+Run mpd --no-daemon --verbose.")
    assert not _decide("consumer", other).would_call_llm


@pytest.mark.parametrize("path", ["flake.nix", "nix/modules/devshell.nix", "ledger-tool.cabal", "cabal.project"])
def test_a_nix_flake_and_a_cabal_file_are_a_templates_build(path: str) -> None:
    change = _edit(path, "-    packages = [ pkgs.just ];", "+    packages = [ pkgs.just pkgs.nixd ];")
    assert _decide("template", change).matched == ("infrastructure",)


def test_a_cxx_source_file_is_code() -> None:
    rel, watched = _fork_of("acme/cpp-template", "/app/**")
    change = _edit("core/Queue.cxx", "-\tif (queue.consume)", "+\tif (queue.consume != ConsumeMode::OFF)")
    assert _decide_in(watched, rel, change).matched == ("application_logic",)


def test_a_cargo_generate_or_copier_templates_project_folder_is_judged_as_the_generated_project() -> None:
    rel, watched = _fork_of("acme/rust-template", "/template/src/**")
    ci = _edit("template/.github/workflows/ci.yml",
               "-      - uses: actions-rs/toolchain@v1", "+      - uses: dtolnay/rust-toolchain@stable")
    assert _decide_in(watched, rel, ci).matched == ("infrastructure",)


# Kinds of change (issue 12, round 12): a template's own framework, generated projects, Dart manifests,
# mobile platform builds, views and styles as code, Erlang error answers


def _fork_of(watched: str, *own: str) -> tuple[Relationship, str]:
    derivative: dict[str, object] = {"repo": FORK, "relationship_type": "template_fork",
                                     "shared_concerns": ["infrastructure", "deployment"],
                                     "divergent_concerns": ["application_logic", "business_logic"]}
    if own:
        derivative["rules"] = {"application_logic": {"paths": list(own)}}
    config = {"relationships": {watched: {"type": "template", "derivatives": [derivative]}}}
    return parse_config(json.dumps(config), "fork.json").relationships[0], watched


def _decide_in(watched: str, rel: Relationship, *files: FileChange) -> Decision:
    return RulesTriage(RULES).decide(_change_set(watched, *files), rel)


def test_a_folder_a_fork_names_areas_in_is_its_project_not_examples() -> None:
    # Home Assistant's add-on template keeps the add-on itself in `example/`; a fork that names its own
    # files there (its run script) follows the rest of that folder as the template's code
    init = _edit("example/rootfs/etc/cont-init.d/options.sh", "-bashio::log.info 'Starting'",
                 "+bashio::log.info \"Starting $(bashio::addon.version)\"")
    rel, watched = _fork_of("home-assistant/addons-example", "example/rootfs/usr/bin/**")
    assert _decide_in(watched, rel, init).requires_action
    rel, watched = _fork_of("acme/template", "src/ui/**")  # names nothing there: `example/` is examples
    assert not _decide_in(watched, rel, init).would_call_llm
    rel, watched = _fork_of("acme/template", "tests/acceptance/*Cest.php")  # a test stays a test
    test = _edit("tests/unit/models/UserTest.php", "-        $this->assertTrue($user);", "+        $this->assertNotNull($user);")
    assert not _decide_in(watched, rel, test).would_call_llm


@pytest.mark.parametrize(("path", "lines"), [
    ("lisp/init-python.el", ("-  (add-hook 'python-mode-hook 'flymake-ruff-load))",
                             "+  (add-hook 'python-base-mode-hook 'flymake-ruff-load))")),
    ("plugin/mappings.vim", ("-nnoremap <leader>f :Files<CR>", "+nnoremap <leader>f :GFiles<CR>")),
    ("env/dev/cljs/app/dev.cljs", ("-(rdom/render [home-page] (.getElementById js/document \"app\"))",
                                "+(rdom/render [home-page] (js/document.getElementById \"app\"))")),
])
def test_an_editor_configs_lisp_and_script_and_clojurescript_are_code(path: str, lines: tuple[str, ...]) -> None:
    rel, watched = _fork_of("acme/config", "lisp/init-themes.el")  # its own theme; the rest it kept
    decision = _decide_in(watched, rel, _edit(path, *lines))
    assert decision.requires_action and decision.matched == ("application_logic",)


@pytest.mark.parametrize(("path", "lines"), [
    (".htaccess", ("-    Header set X-Frame-Options \"DENY\"", "+    Header always set X-Frame-Options \"DENY\"")),
    ("robots.txt", (" User-agent: *", "+Disallow:")),  # a crawler's config, not prose
    ("site.webmanifest", ('-  "display": "browser",', '+  "display": "standalone",')),
    ("deploy/nginx/sites/app.conf", ("-    gzip_types text/css;", "+    gzip_types text/css application/javascript;")),
])
def test_a_sites_web_server_crawler_and_manifest_config_is_every_copys(path: str, lines: tuple[str, ...]) -> None:
    rel, watched = _fork_of("h5bp/html5-boilerplate", "css/main.css", "img/**")
    decision = _decide_in(watched, rel, _edit(path, *lines))
    assert decision.requires_action and decision.matched == ("infrastructure",)


def test_a_latex_class_a_fork_kept_is_template_code() -> None:
    # a CV fork replaced the example documents and keeps building them with the template's class
    rel, watched = _fork_of("posquit0/Awesome-CV", "examples/**")
    cls = _edit("awesome-cv.cls", "-\\newfontfamily\\FA[Path=\\@fontdir]{FontAwesome}",
                "+\\newfontfamily\\FA[Path=\\@fontdir]{FontAwesome}[NFSSFamily=fontawesome]")
    decision = _decide_in(watched, rel, cls)
    assert decision.requires_action and decision.matched == ("application_logic",)
    content = _edit("examples/resume/education.tex", "-\\cventry{M.S.}", "+\\cventry{MSc}")
    assert not _decide_in(watched, rel, content).would_call_llm  # her own CV


def test_a_templates_own_framework_moving_is_news_for_its_fork_not_a_bump() -> None:
    rel, watched = _fork_of("bullet-train-co/bullet_train")
    own = (_edit("Gemfile", '-BULLET_TRAIN_VERSION = "1.30.1"', '+BULLET_TRAIN_VERSION = "1.31.0"'),
           _edit("package.json", '-    "@bullet-train/bullet-train": "1.30.1",', '+    "@bullet-train/bullet-train": "1.31.0",'))
    decision = _decide_in(watched, rel, *own)
    assert decision.requires_action and decision.matched == ("infrastructure",)
    other = _edit("Gemfile", '-  gem "rails", "~> 8.0.1"', '+  gem "rails", "~> 8.0.2"')
    assert not _decide_in(watched, rel, other).would_call_llm  # a third party's bump: the fork's bot has it
    rel, watched = _fork_of("acme/template")  # whole words only: `templated` is not the template's own
    assert not _decide_in(watched, rel, _edit("package.json", '-    "templated-mail": "1.2.0",',
                                              '+    "templated-mail": "1.3.0",')).would_call_llm


def test_the_framework_a_starter_project_is_named_for_moving_is_news_for_its_fork() -> None:
    # the package namespace of drupal-composer/drupal-project's `drupal-` and of cakephp/app's owner
    rel, watched = _fork_of("drupal-composer/drupal-project")
    core = _edit("composer.json", '-        "drupal/core-recommended": "^10.1.0",',
                 '+        "drupal/core-recommended": "^10.2.0",')
    decision = _decide_in(watched, rel, core)
    assert decision.requires_action and decision.matched == ("infrastructure",)
    other = _edit("composer.json", '-        "drush/drush": "^12.4.2",', '+        "drush/drush": "^12.4.3",')
    assert not _decide_in(watched, rel, other).would_call_llm  # another vendor's bump: the fork's bot has it
    rel, watched = _fork_of("cakephp/app")  # a skeleton named only `app`: its owner names the framework
    cake = _edit("composer.json", '-        "cakephp/cakephp": "^5.0.0",', '+        "cakephp/cakephp": "^5.0.1",')
    assert _decide_in(watched, rel, cake).requires_action
    rel, watched = _fork_of("acme/react-boilerplate")  # a namespace only: the unscoped `react` is a library it uses
    react = _edit("package.json", '-    "react": "16.6.0",', '+    "react": "16.7.0",')
    assert not _decide_in(watched, rel, react).would_call_llm
    rel, watched = _fork_of("go-kratos/kratos-layout")  # a project layout: its Go module names the framework
    kratos = _edit("go.mod", "-\tgithub.com/go-kratos/kratos/v2 v2.3.1", "+\tgithub.com/go-kratos/kratos/v2 v2.4.0")
    assert _decide_in(watched, rel, kratos).requires_action
    grpc = _edit("go.mod", "-\tgoogle.golang.org/grpc v1.61.1", "+\tgoogle.golang.org/grpc v1.61.2")
    assert not _decide_in(watched, rel, grpc).would_call_llm
    rel, watched = _fork_of("google/docsy-example")  # an example site named for the theme it is built on
    docsy = _edit("go.mod", "-require github.com/google/docsy v0.9.0 // indirect",
                  "+require github.com/google/docsy v0.9.1 // indirect")
    assert _decide_in(watched, rel, docsy).requires_action


def test_scripts_and_dockerfiles_under_build_are_a_forks_tooling_not_build_output() -> None:
    rel, watched = _fork_of("acme/go-build-template")
    script = _edit("build/build.sh", '-if [[ "${DEBUG:-}" == 1 ]]; then', '+if [ "${DEBUG:-}" = 1 ]; then')
    assert _decide_in(watched, rel, script).matched == ("infrastructure",)
    image = _edit("build/package/Dockerfile", " FROM alpine:3.19", "+RUN apk add --no-cache ca-certificates")
    assert _decide_in(watched, rel, image).would_call_llm
    output = _edit("build/index.js", "-var a=1;", "+var a=2;")
    assert not _decide_in(watched, rel, output).would_call_llm  # what a build wrote stays noise


@pytest.mark.parametrize("path", ["tests/TestCase.php", "tests/bootstrap.php", "tests/CreatesApplication.php"])
def test_a_php_skeletons_test_harness_is_every_copys_tooling(path: str) -> None:
    rel, watched = _fork_of("slimphp/Slim-Skeleton", "src/Domain/User/**")
    harness = _edit(path, "-        return new SlimRequest($method, $uri, $h, $serverParams, $cookies, $stream);",
                    "+        return new SlimRequest($method, $uri, $h, $cookies, $serverParams, $stream);")
    decision = _decide_in(watched, rel, harness)
    assert decision.requires_action and "infrastructure" in decision.matched
    test = _edit("tests/Application/Actions/User/ListUserActionTest.php", "-class ListUserActionTest",
                 "+final class ListUserActionTest")
    assert not _decide_in(watched, rel, test).would_call_llm  # the template's own tests stay tests


def test_a_go_build_constraint_is_no_comment() -> None:
    rel, watched = _fork_of("acme/go-build-template", "/cmd/**")  # its own binaries; the rest is kept
    never = _edit("tools/tools.go", "+// +build never", " /*")
    assert _decide_in(watched, rel, never).would_call_llm
    constraint = _edit("internal/platform/linux.go", "-//go:build linux", "+//go:build linux || freebsd")
    assert _decide_in(watched, rel, constraint).would_call_llm
    note = _edit("internal/platform/linux.go", "-// Package platform wraps the OS.", "+// Package platform wraps the host OS.")
    assert not _decide_in(watched, rel, note).would_call_llm


def test_a_generator_templates_project_files_are_judged_as_the_generated_projects() -> None:
    rel, watched = _fork_of("acme/cookiecutter-service")
    ci = _edit("{{cookiecutter.project_slug}}/.github/workflows/ci.yml",
               "-    runs-on: ubuntu-22.04", "+    runs-on: ubuntu-24.04")
    assert _decide_in(watched, rel, ci).matched == ("infrastructure",)
    brick = "brick/__brick__/{{project_name.snakeCase()}}"
    bump = _edit(f"{brick}/pubspec.yaml", "-  flutter_bloc: ^8.1.1", "+  flutter_bloc: ^8.1.2")
    assert not _decide_in(watched, rel, bump).would_call_llm  # a Dart dependency bump, in the generated project


@pytest.mark.parametrize(("path", "lines"), [
    ("android/app/src/main/AndroidManifest.xml", ('-            android:launchMode="singleTop"',
                                                  '+            android:launchMode="singleTask"')),
    ("ios/Runner/Info.plist", ("-\t<string>My App</string>", "+\t<string>$(FLAVOR_APP_NAME)</string>")),
    ("ios/Runner.xcodeproj/project.pbxproj", ("-\t\t\t\tFLAVOR_APP_NAME = testApp;",
                                              "+\t\t\t\tFLAVOR_APP_NAME = \"My App\";")),
])
def test_a_mobile_apps_platform_build_settings_are_the_forks_build(path: str, lines: tuple[str, ...]) -> None:
    rel, watched = _fork_of("acme/app-template")
    assert _decide_in(watched, rel, _edit(path, *lines)).matched == ("infrastructure",)


def test_view_templates_and_styles_are_code_a_fork_keeps_or_replaces() -> None:
    rel, watched = _fork_of("acme/blog-theme", "layouts/partials/extend_head.html", "assets/css/extended/**")
    kept = _edit("layouts/partials/footer.html", '-<a href="#top">Top</a>', '+<a href="#top" accesskey="g">Top</a>')
    decision = _decide_in(watched, rel, kept)
    assert decision.requires_action and decision.matched == ("application_logic",)
    own = _edit("assets/css/extended/blog.css", "-  color: red;", "+  color: blue;")
    assert not _decide_in(watched, rel, own).would_call_llm
    component = _edit("src/components/Footer.astro", "-<footer class=\"py-8\">", "+<footer class=\"py-8 md:py-12\">")
    assert _decide_in(watched, rel, component).matched == ("application_logic",)


def test_an_erlang_servers_error_answers_are_its_api_contract() -> None:
    limit = _edit("src/chttpd/src/chttpd_db.erl", "-    Args#changes_args{limit = list_to_integer(Value)};",
                  "+    throw({bad_request, <<\"The limit value should be a non-negative integer\">>})")
    assert _decide("consumer", limit).matched == ("api_contract",)
    name = _edit("src/chttpd/src/chttpd.erl", '-    {507, <<"insufficent_storage">>, Reason};',
                 '+    {507, <<"insufficient_storage">>, Reason};')
    assert _decide("consumer", name).matched == ("api_contract",)


def test_an_aspnet_api_projects_resources_and_validation_rules_are_its_api_contract() -> None:
    field = _edit("src/Sonarr.Api.V3/RootFolders/RootFolderResource.cs", "         public long? FreeSpace { get; set; }",
                  "+        public long? TotalSpace { get; set; }")
    assert _decide("consumer", field).matched == ("api_contract",)
    rule = _edit("src/Sonarr.Api.V3/Tags/TagController.cs",
                 "+            SharedValidator.RuleFor(c => c.Label).Matches(\"^[a-z0-9-]+$\");")
    assert _decide("consumer", rule).matched == ("api_contract",)
    core = _edit("src/NzbDrone.Core/RootFolders/RootFolder.cs", "+        public long? TotalSpace { get; set; }")
    assert not _decide("consumer", core).requires_action  # the domain model, not what the API sends


def test_a_django_api_views_query_parameters_and_4xx_answers_are_its_api_contract() -> None:
    param = _edit("hc/api/views.py", "     except Check.DoesNotExist:", '+        if request.GET.get("create") != "1":',
                  '+            return HttpResponseNotFound("not found")')
    assert _decide("consumer", param).matched == ("api_contract",)
    listed = _edit("hc/api/views.py", '+    if request.GET.get("slug"):', '+        q = q.filter(slug=request.GET["slug"])')
    assert _decide("consumer", listed).matched == ("api_contract",)


@pytest.mark.parametrize("path, lines", [
    ("app/Bus/Commands/Component/AddComponentCommand.php",
     ("-        'description' => 'string',", "+        'description' => 'required|string',")),
    ("app/Http/Requests/Api/Servers/StoreServerRequest.php",
     ("+            'limits.memory' => ['required', 'integer', 'min:0'],",)),
    ("app/Models/Incident.php", ("-        'stickied' => 'int',", "+        'stickied' => 'bool',")),
])
def test_a_laravel_apps_validation_rules_and_attribute_casts_are_its_api_contract(path: str, lines: tuple[str, ...]) -> None:
    assert _decide("consumer", _edit(path, *lines)).matched == ("api_contract",)


def test_a_php_config_arrays_values_are_no_validation_rules() -> None:
    config = _edit("config/cache.php", "-    'default' => 'file',", "+    'default' => 'array',")
    assert "api_contract" not in _decide("consumer", config).matched


def test_a_text_protocol_servers_reply_fields_are_its_api_contract() -> None:
    stats = _edit("prot.c", '-    "os: %s\\n" \\', '+    "os: \\"%s\\"\\n" \\')
    assert _decide("consumer", stats).matched == ("api_contract",)
    log = _edit("main.c", '+    twarnx("listening on %s", addr);')
    assert not _decide("consumer", log).requires_action  # a log line, not a reply


def test_a_rust_servers_config_struct_is_no_api_contract() -> None:
    config = _edit("src/config/config.rs", '+    #[serde(default = "defaults::store_kv_database_write_buffer")]',
                   "+    pub write_buffer: usize,")
    assert "api_contract" not in _decide("consumer", config).matched
    request = _edit("src/routes/search.rs", '+    #[serde(default = "default_limit")]', "+    pub limit: usize,")
    assert _decide("consumer", request).matched == ("api_contract",)


def test_a_go_servers_request_and_response_structs_are_its_api_contract() -> None:
    request = _edit("command/agent/ipc.go", "+type authRequest struct {", "+\tAuthKey string", "+}")
    assert _decide("consumer", request).matched == ("api_contract",)
    internal = _edit("command/agent/ipc.go", "+type ipcClient struct {", "+\tdidAuth bool", "+}")
    assert not _decide("consumer", internal).requires_action
    gossip = _edit("serf/messages.go", "+type messageQueryResponse struct {", "+\tLTime LamportTime", "+}")
    assert not _decide("consumer", gossip).requires_action  # between the cluster's own members, not from its callers


def test_the_request_headers_a_handler_reads_are_its_api_contract() -> None:
    accept = _edit("registry/handlers/images.go", '+\tif acceptHeaders, ok := r.Header["Accept"]; ok {')
    assert _decide("consumer", accept).matched == ("api_contract",)
    django = _edit("app/api/views.py", '+    token = request.headers.get("X-Upload-Token")')
    assert "api_contract" in _decide("consumer", django).matched
    written = _edit("registry/handlers/images.go", '+\tw.Header().Set("Content-Length", "0")')
    assert "api_contract" not in _decide("consumer", written).matched


def test_a_json_schema_property_in_a_javascript_route_is_its_api_contract() -> None:
    # Fastify and Ajv schemas: the keys are bare words, the schema a route validates its body against
    resize = _edit("src/http/schemas/transformations.ts", "-  resize: { type: 'string', enum: ['fill', 'fit'] },",
                   "+  resize: { type: 'string', enum: ['cover', 'contain', 'fill'] },")
    assert _decide("consumer", resize).matched == ("api_contract",)
    limit = _edit("src/http/routes/bucket/createBucket.ts",
                  "+    file_size_limit: { anyOf: [{ type: 'integer' }, { type: 'string' }] },")
    assert _decide("consumer", limit).matched == ("api_contract",)
    style = _edit("src/components/Button.tsx", "+  label: { type: 'string' },")
    assert "api_contract" not in _decide("consumer", style).matched  # no code that handles API requests


def test_a_go_config_structs_env_tags_are_its_configuration_not_its_api() -> None:
    conf = _edit("internal/conf/configuration.go",
                 '+\tCustomSMSProvider HookConfig `json:"custom_sms_provider" split_words:"true"`')
    assert "api_contract" not in _decide("consumer", conf).matched
    field = _edit("internal/api/user.go", '+\tIsAnonymous bool `json:"is_anonymous"`')
    assert _decide("consumer", field).matched == ("api_contract",)


def test_a_go_rpc_method_taking_a_request_message_is_an_endpoint() -> None:
    # gRPC and Twirp: a service method with the generated request message is a call its clients make
    twirp = _edit("pkg/service/sip.go", "+func (s *SIPService) CreateSIPInboundTrunk(ctx context.Context, "
                                        "req *livekit.CreateSIPInboundTrunkRequest) (*livekit.SIPInboundTrunkInfo, error) {")
    assert _decide("consumer", twirp).matched == ("endpoints",)
    helper = _edit("pkg/service/sip.go",
                   "+func (s *SIPService) matchTrunk(ctx context.Context, calling string) (*livekit.SIPTrunkInfo, error) {")
    assert not _decide("consumer", helper).requires_action


def test_a_key_a_java_handler_writes_into_its_json_answer_is_its_api_contract() -> None:
    dropped = _edit("src/main/java/io/supertokens/webserver/api/session/SessionAPI.java",
                    '+                result.get("session").getAsJsonObject().remove("tenantId");')
    assert _decide("consumer", dropped).matched == ("api_contract",)
    added = _edit("src/main/java/org/acme/web/UserController.java",
                  '+        response.addProperty("isAnonymous", user.isAnonymous());')
    assert _decide("consumer", added).matched == ("api_contract",)
    internal = _edit("src/main/java/org/acme/cache/SessionCache.java", '+        cache.put("tenantId", tenantId);')
    assert not _decide("consumer", internal).requires_action


def test_the_query_and_form_fields_a_gin_handler_reads_are_its_api_contract() -> None:
    default = _edit("src/api/api.go", '+\tallRecipients := c.DefaultQuery("all_recipients", "false")')
    assert _decide("consumer", default).matched == ("api_contract",)
    form = _edit("internal/handlers/upload.go", '+\tname, ok := ctx.GetPostForm("name")')
    assert _decide("consumer", form).matched == ("api_contract",)
    internal = _edit("src/api/api.go", '+\tallRecipients := strings.TrimSpace(defaultRecipients)')
    assert not _decide("consumer", internal).requires_action


def test_the_annotations_swag_reads_are_no_comments_but_what_the_api_takes_and_serves() -> None:
    # swag builds the OpenAPI document from a Go handler's annotations
    param = _edit("src/api/api.go", '+// @Param ignore_stickers query string false "Skip sticker packs" (default: false)"')
    assert _decide("consumer", param).matched == ("api_contract",)
    router = _edit("src/api/api.go", "-// @Router /v1/remote-delete/{number} [post]",
                   "+// @Router /v1/remote-delete/{number} [delete]")
    assert _decide("consumer", router).matched == ("endpoints",)
    prose = _edit("src/api/api.go", "-// @Summary Send a signal message.", "+// @Summary Delete a signal message.")
    assert not _decide("consumer", prose).requires_action


def test_a_runtime_named_in_a_base_images_tag_is_no_routine_bump_for_a_fork() -> None:
    php = _edit("Dockerfile", "-FROM dunglas/frankenphp:1-php8.3 AS frankenphp_upstream",
                "+FROM dunglas/frankenphp:1-php8.4 AS frankenphp_upstream")
    assert _decide("template", php).matched == ("docker",)
    uv = _edit("Dockerfile", "-FROM ghcr.io/astral-sh/uv:python3.11-bookworm", "+FROM ghcr.io/astral-sh/uv:python3.12-bookworm")
    assert _decide("template", uv).requires_action
    nginx = _edit("Dockerfile", "-FROM nginx:1.25", "+FROM nginx:1.27")
    assert not _decide("template", nginx).requires_action  # a service's image, bumped
    assert not _decide("consumer", php).requires_action  # the provider's runtime is its own business


def test_a_dockerfiles_parser_directive_is_no_comment() -> None:
    syntax = _edit("Dockerfile", "-#syntax=docker/dockerfile:1.4", "+#syntax=docker/dockerfile:1", " FROM php:8.3-fpm")
    assert _decide("template", syntax).matched == ("docker",)
    comment = _edit("Dockerfile", "-# the base image", "+# the base image, pinned", " FROM php:8.3-fpm")
    assert not _decide("template", comment).requires_action


@pytest.mark.parametrize("path", ["frankenphp/conf.d/20-app.prod.ini", "docker/php/php.ini", "php-fpm/php-fpm.d/www.conf"])
def test_the_php_runtime_settings_a_template_ships_are_every_copys_infrastructure(path: str) -> None:
    opcache = _edit(path, "-opcache.max_accelerated_files = 20000", "+opcache.max_accelerated_files = 32531")
    rel, watched = _fork_of("dunglas/symfony-docker")
    assert _decide_in(watched, rel, opcache).matched == ("infrastructure",)


def test_an_rpc_commands_declared_options_are_its_api_contract() -> None:
    # go-ipfs-cmds: each command's options are the query parameters of its HTTP RPC route
    option = _edit("core/commands/keystore.go",
                   '-\t\tcmds.StringOption(keyFormatOptionName, "f", "output format").WithDefault("b58mh"),',
                   '+\t\tcmds.StringOption(keyFormatOptionName, "f", "output format").WithDefault("b36cid"),')
    assert _decide("consumer", option).matched == ("api_contract",)


def test_a_services_internal_rpc_version_is_no_api_version() -> None:
    internal = _edit("designate/central/rpcapi.py", "-    RPC_API_VERSION = '6.6'", "+    RPC_API_VERSION = '6.7'")
    assert not _decide("consumer", internal).requires_action
    public = _edit("app/config.py", "-API_VERSION = '2.0'", "+API_VERSION = '2.1'")
    assert _decide("consumer", public).requires_action


@pytest.mark.parametrize("path", ["env-example", "env.example", ".env.example"])
def test_an_example_environment_by_any_common_name_is_every_copys_settings(path: str) -> None:
    assert _decide("template", _edit(path, "+WORKSPACE_ANGULAR_CLI_SERVE_HOST_PORT=4200")).matched == ("infrastructure",)


@pytest.mark.parametrize("path", ["mysql/my.cnf", "docker/mysql/conf.d/custom.cnf", "redis.conf"])
def test_the_database_settings_a_template_ships_are_every_copys_infrastructure(path: str) -> None:
    change = _edit(path, "+default-authentication-plugin=mysql_native_password")
    rel, watched = _fork_of("laradock/laradock")
    assert _decide_in(watched, rel, change).matched == ("infrastructure",)


def test_an_erlang_servers_dispatch_table_and_webmachine_answers_are_its_api() -> None:
    route = _edit("src/riak_kv_web.erl", '+     {["types", bucket_type, "buckets", bucket, "counters", key],')
    assert _decide("consumer", route).matched == ("endpoints",)
    conflict = _edit("src/riak_kv_wm_object.erl", '+    NoneMatch = (wrq:get_req_header("If-None-Match", RD) =/= undefined),',
                     "+            {{halt, 412}, RD, Ctx};")
    assert _decide("consumer", conflict).matched == ("api_contract",)
    config = _edit("test/riak_kv_schema_tests.erl", '+        {["anti_entropy"], debug},')
    assert not _decide("consumer", config).requires_action


def test_a_new_setting_in_a_flask_apps_config_class_is_every_copys_configuration() -> None:
    mail = _edit("config.py", " class Config:", "+    MAIL_SERVER = os.environ.get('MAIL_SERVER', 'smtp.sendgrid.net')")
    rel, watched = _fork_of("hack4impact/flask-base")
    assert _decide_in(watched, rel, mail).matched == ("infrastructure",)
    value = _edit("config.py", "-    APP_NAME = 'Flask-Base'", "+    APP_NAME = 'Flask Base'")
    assert not _decide_in(watched, rel, value).requires_action  # the template's own value, which a copy replaced


def test_a_json_schema_property_and_a_406_in_api_code_are_its_api_contract() -> None:
    field = _edit("ironic/api/controllers/v1/node.py",
                  "+            'instance_name': {'type': ['string', 'null'], 'minLength': 1,")
    assert _decide("consumer", field).matched == ("api_contract",)
    refused = _edit("ironic/api/controllers/v1/utils.py", "+        raise exception.NotAcceptable(")
    assert _decide("consumer", refused).matched == ("api_contract",)
    outside = _edit("ironic/conf/options.py", "+    'instance_name': {'type': 'string'},")
    assert not _decide("consumer", outside).requires_action  # no code that handles API requests


# The labelled devset: floors a little below what the rules reach, so a regression fails


@pytest.mark.skipif(not (FIXTURES / "devset" / "cases.jsonl").exists(),
                    reason="the shared devset is not here")
def test_devset_precision_recall_and_prefilter_recall_stay_above_their_floors() -> None:
    devset = devset_bench()
    outcomes = devset.evaluate(FIXTURES, ["devset"])
    overall = devset.scores(outcomes)
    assert overall["cases"] >= 100
    assert overall["recall"] >= 0.9 and overall["precision"] >= 0.72
    consumers = devset.scores([o for o in outcomes if o.kind == "consumer"])
    templates = devset.scores([o for o in outcomes if o.kind == "template"])
    assert consumers["recall"] >= 0.9 and consumers["precision"] >= 0.7
    assert templates["recall"] >= 0.9 and templates["precision"] >= 0.72


# Floors at or a little below the figures measured, per set (bench/labelled/README.md): the
# pre-filter's recall, the share of what needs nothing that it keeps from the model, and the rules'
# decision F1. Where a set misses the targets (recall 0.97, skips 0.4), the floor is what it reached.
FLOORS = {
    "devset": (0.97, 0.46, 0.83), "go-api-python-client": (0.97, 0.57, 0.66),
    "template-fastapi-fork": (0.97, 0.71, 0.8), "go-api-js-sdk": (0.97, 0.53, 0.41),
    "template-ts-action-fork": (0.97, 0.74, 0.94), "rust-api-python-client": (0.97, 0.43, 0.81),
    "template-nextjs-fork": (0.97, 0.55, 0.83), "cpp-api-python-client": (0.97, 0.25, 0.31),
    "ruby-api-python-client": (0.97, 0.2, 0.85), "template-express-fork": (0.97, 0.7, 0.78),
    "django-api-python-client": (0.97, 0.61, 0.58), "csharp-api-python-client": (0.97, 0.54, 0.57),
    "template-laravel-fork": (0.97, 0.59, 0.74), "php-api-python-client": (0.92, 0.27, 0.26),
    "java-api-python-client": (0.97, 0.09, 0.5), "template-django-cookiecutter-fork": (0.97, 0.82, 0.66),
    "node-api-python-client": (0.97, 0.62, 0.57), "haskell-api-js-client": (0.97, 0.65, 0.54),
    "elixir-api-js-client": (0.97, 0.15, 0.22), "template-electron-fork": (0.97, 0.6, 0.92),
    "python-asgi-api-python-client": (0.97, 0.47, 0.4), "flask-api-python-client": (0.97, 0.53, 0.42),
    "template-spring-fork": (0.91, 0.74, 0.77), "express-api-python-client": (0.97, 0.74, 0.0),
    "template-react-native-fork": (0.97, 0.74, 0.94), "kotlin-api-ts-client": (0.97, 0.59, 0.34),
    "template-go-fork": (0.97, 0.91, 0.94), "fastapi-api-python-client": (0.97, 0.51, 0.42),
    "template-vue-fork": (0.97, 0.42, 0.81), "node-etapi-python-client": (0.97, 0.65, 0.0),
    "template-hugo-theme-fork": (0.94, 0.38, 0.6), "erlang-api-js-client": (0.5, 0.4, 0.57),
    "rust-lemmy-api-js-client": (0.97, 0.35, 0.26), "template-rails-fork": (0.97, 0.41, 0.91),
    "template-flutter-fork": (0.94, 0.9, 0.89), "cpp-rpc-python-client": (0.97, 0.41, 0.0),
    "csharp-sonarr-python-client": (0.97, 0.4, 0.58), "template-astro-fork": (0.9, 0.71, 0.88),
    "php-slim-api-python-client": (0.97, 0.81, 0.4), "django-paperless-python-client": (0.97, 0.73, 0.33),
    "template-kmp-fork": (0.97, 0.62, 0.71), "go-llm-api-python-client": (0.97, 0.48, 0.72),
    "template-turborepo-fork": (0.97, 0.28, 0.66), "php-kanboard-python-client": (0.97, 0.65, 0.66),
    "go-listmonk-python-client": (0.97, 0.74, 0.35), "template-dotnet-clean-fork": (0.97, 0.44, 0.68),
    "template-ccds-fork": (0.97, 0.66, 0.61), "rust-qdrant-python-client": (0.97, 0.5, 0.73),
    "go-gotify-python-client": (0.97, 0.51, 0.7), "template-remix-epic-fork": (0.97, 0.71, 0.86),
    "template-hypermodern-python-fork": (0.97, 0.6, 0.88), "node-uptime-kuma-python-client": (0.85, 0.77, 0.44),
    "php-wallabag-python-client": (0.97, 0.58, 0.72), "template-wasp-saas-fork": (0.97, 0.8, 0.82),
    "template-symfony-demo-fork": (0.97, 0.49, 0.7), "go-adguardhome-python-client": (0.97, 0.48, 0.54),
    "cpp-wled-python-client": (0.97, 0.64, 0.57), "template-web-extension-fork": (0.97, 0.89, 0.86),
    "template-cookiecutter-flask-fork": (0.97, 0.91, 0.7), "ruby-redmine-csharp-client": (0.97, 0.63, 0.58),
    "ts-overseerr-python-client": (0.97, 0.7, 0.4), "template-cmake-cpp-fork": (0.97, 0.38, 0.64),
    "template-lightning-hydra-fork": (0.83, 0.61, 0.65), "cpp-qbittorrent-python-client": (0.97, 0.46, 0.55),
    "esphome-protobuf-python-client": (0.97, 0.66, 0.88), "template-terraform-provider-fork": (0.97, 0.76, 0.91),
    "template-vapor-swift-fork": (0.94, 0.85, 0.86), "node-audiobookshelf-python-client": (0.97, 0.71, 0.5),
    "fastapi-mealie-python-client": (0.97, 0.82, 0.57), "template-wemake-django-fork": (0.97, 0.67, 0.8),
    "template-obsidian-plugin-fork": (0.97, 0.75, 0.88), "go-weaviate-python-client": (0.97, 0.51, 0.33),
    "django-linkding-python-client": (0.97, 0.62, 0.8), "template-scaffold-eth-fork": (0.94, 0.73, 0.87),
    "template-laravel-react-kit-fork": (0.97, 0.13, 0.62), "aiohttp-supervisor-python-client": (0.97, 0.73, 0.78),
    "c-pihole-python-client": (0.97, 0.54, 0.66), "template-jekyll-minima-fork": (0.97, 0.9, 0.95),
    "template-pybind-cmake-fork": (0.95, 0.78, 0.75), "ts-zwavejs-python-client": (0.97, 0.8, 0.42),
    "go-nomad-python-client": (0.97, 0.7, 0.0), "template-cortex-m-rust-fork": (0.94, 0.94, 0.84),
    "template-zephyr-app-fork": (0.74, 0.46, 0.7), "go-prometheus-python-client": (0.97, 0.76, 0.5),
    "csharp-radarr-python-client": (0.97, 0.38, 0.51), "template-cookiecutter-pypackage-fork": (0.95, 0.78, 0.75),
    "template-nestjs-starter-fork": (0.97, 0.67, 0.81), "go-ntfy-android-client": (0.97, 0.65, 0.4),
    "python-frigate-hass-client": (0.97, 0.57, 0.47), "template-bevy-new-2d-fork": (0.97, 0.65, 0.76),
    "template-godot-game-fork": (0.97, 0.5, 0.75), "php-pterodactyl-python-client": (0.97, 0.73, 0.4),
    "python-tautulli-python-client": (0.97, 0.62, 0.0), "template-foundry-fork": (0.97, 0.52, 0.82),
    "template-discord-bot-fork": (0.97, 0.77, 0.84), "c-netdata-python-client": (0.97, 0.74, 0.0),
    "python-octoprint-python-client": (0.97, 0.6, 0.5), "template-shopify-dawn-fork": (0.97, 0.52, 0.78),
    "template-ghost-starter-fork": (0.92, 0.65, 0.75), "cpp-mpd-python-client": (0.97, 0.44, 0.9),
    "python-deluge-rpc-client": (0.97, 0.76, 0.0), "template-android-architecture-fork": (0.97, 0.66, 0.84),
    "template-haskell-nix-fork": (0.97, 0.78, 0.85), "go-nsq-python-client": (0.97, 0.54, 0.4),
    "go-nats-python-client": (0.97, 0.59, 0.5), "template-eleventy-blog-fork": (0.87, 0.49, 0.71),
    "template-ansible-collection-fork": (0.92, 0.9, 0.88), "go-gotenberg-python-client": (0.97, 0.52, 0.36),
    "java-tika-python-client": (0.66, 0.19, 0.33), "template-go-seed-fork": (0.95, 0.75, 0.86),
    "template-rust-github-fork": (0.97, 0.7, 0.8), "django-flagsmith-python-client": (0.5, 0.74, 0.22),
    "ts-growthbook-python-client": (0.97, 0.51, 0.0), "template-gatsby-blog-fork": (0.97, 0.4, 0.85),
    "template-ros2-workspace-fork": (0.97, 0.94, 0.96), "node-actual-python-client": (0.66, 0.2, 0.19),
    "flask-libretranslate-python-client": (0.97, 0.78, 0.28), "template-k8s-cluster-fork": (0.97, 0.8, 0.77),
    "template-terraform-module-fork": (0.89, 0.72, 0.79), "go-centrifugo-python-client": (0.97, 0.5, 0.66),
    "c-redis-python-client": (0.97, 0.34, 0.0), "template-ha-integration-fork": (0.97, 0.8, 0.97),
    "template-sveltekit-saas-fork": (0.97, 0.59, 0.82), "rust-surrealdb-python-client": (0.97, 0.28, 0.0),
    "java-openhab-python-client": (0.97, 0.73, 0.0), "template-wordpress-sage-fork": (0.91, 0.8, 0.83),
    "template-shopify-app-fork": (0.95, 0.67, 0.8), "go-minio-python-client": (0.97, 0.54, 0.0),
    "ts-grist-python-client": (0.97, 0.69, 0.4), "template-phoenix-petal-fork": (0.97, 0.5, 0.81),
    "template-tauri-app-fork": (0.97, 0.91, 0.8), "cpp-snapcast-python-client": (0.97, 0.65, 0.14),
    "python-moonraker-python-client": (0.83, 0.75, 0.3), "template-pulumi-fork": (0.97, 0.97, 0.33),
    "template-slack-bolt-fork": (0.97, 0.85, 0.91), "python-glances-python-client": (0.97, 0.42, 0.61),
    "cpp-hyperion-python-client": (0.97, 0.79, 0.36), "template-create-t3-app-fork": (0.97, 0.74, 0.69),
    "template-solidjs-fork": (0.97, 0.79, 0.66), "perl-rt-python-client": (0.97, 0.7, 0.0),
    "perl-bugzilla-python-client": (0.97, 0.56, 0.0), "template-fabric-mod-fork": (0.93, 0.31, 0.75),
    "template-litestar-fullstack-fork": (0.96, 0.53, 0.91), "template-intellij-plugin-fork": (0.97, 0.92, 0.92),
    "template-jupyterlab-ext-fork": (0.97, 0.67, 0.81), "python-synapse-python-client": (0.97, 0.7, 0.0),
    "c-memcached-python-client": (0.97, 0.71, 1.0), "cpp-transmission-python-client": (0.97, 0.59, 0.0),
    "rust-meilisearch-python-client": (0.97, 0.37, 0.52), "crystal-invidious-js-client": (0.97, 0.54, 0.33),
    "elixir-hexpm-erlang-client": (0.91, 0.57, 0.47), "template-ngx-admin-fork": (0.89, 0.75, 0.79),
    "template-nuxt-starter-fork": (0.95, 0.96, 0.86), "go-gotosocial-python-client": (0.97, 0.37, 0.47),
    "django-taiga-python-client": (0.97, 0.45, 0.2), "template-ha-addon-fork": (0.97, 0.94, 0.91),
    "template-adonis-web-fork": (0.97, 0.65, 0.81), "php-ampache-python-client": (0.97, 0.51, 0.0),
    "java-airsonic-python-client": (0.97, 0.4, 0.28), "template-pypa-sampleproject-fork": (0.97, 0.64, 0.81),
    "template-remix-indie-fork": (0.96, 0.57, 0.89), "cpp-aria2-python-client": (0.97, 0.52, 0.0),
    "python-radicale-caldav-client": (0.97, 0.57, 0.0), "template-nix-starter-fork": (0.97, 0.69, 0.82),
    "template-dbt-jaffle-fork": (0.97, 0.65, 0.77), "scala-thehive-python-client": (0.97, 0.29, 0.0),
    "php-misp-python-client": (0.9, 0.45, 0.0), "template-vscode-extension-fork": (0.97, 0.65, 0.66),
    "template-pylibrary-fork": (0.97, 0.4, 0.66), "go-etcd-python-client": (0.97, 0.55, 0.22),
    "go-podman-python-client": (0.88, 0.72, 0.36), "template-mac-playbook-fork": (0.97, 0.49, 0.56),
    "template-holman-dotfiles-fork": (0.97, 0.79, 0.75), "go-lxd-python-client": (0.97, 0.56, 0.57),
    "node-etherpad-python-client": (0.97, 0.77, 0.0), "template-aws-sam-fork": (0.66, 0.97, 0.66),
    "template-copier-uv-fork": (0.94, 0.86, 0.88), "go-rqlite-python-client": (0.97, 0.69, 0.0),
    "cpp-icinga2-python-client": (0.97, 0.75, 0.0), "template-ai-chatbot-fork": (0.94, 0.36, 0.66),
    "template-yii2-basic-fork": (0.86, 0.57, 0.62), "django-netbox-python-client": (0.97, 0.5, 0.81),
    "cpp-typesense-python-client": (0.97, 0.31, 0.54), "python-mopidy-js-client": (0.97, 0.6, 0.0),
    "go-syncthing-python-client": (0.97, 0.35, 0.54), "template-kickstart-nvim-fork": (0.97, 0.72, 0.86),
    "template-kedro-starter-fork": (0.8, 0.83, 0.73), "go-gophish-python-client": (0.97, 0.57, 0.47),
    "php-phpipam-python-client": (0.97, 0.57, 0.0), "template-awesome-cv-fork": (0.97, 0.68, 0.83),
    "template-bento-packer-fork": (0.95, 0.72, 0.86), "php-shaarli-python-client": (0.97, 0.52, 0.33),
    "go-gogs-python-client": (0.97, 0.35, 0.0), "template-luminus-fork": (0.97, 0.56, 0.37),
    "template-emacs-d-fork": (0.97, 0.42, 0.84), "python-freeipa-python-client": (0.97, 0.56, 0.0),
    "java-jenkins-python-client": (0.97, 0.35, 0.0), "template-h5bp-fork": (0.91, 0.96, 0.91),
    "template-medusa-storefront-fork": (0.96, 0.33, 0.82), "django-kiwi-python-client": (0.92, 0.7, 0.14),
    "django-reviewboard-python-client": (0.97, 0.59, 0.0), "template-salt-formula-fork": (0.79, 0.7, 0.81),
    "template-pdk-templates-fork": (0.97, 0.77, 0.91), "flask-redash-python-client": (0.75, 0.75, 0.5),
    "django-nautobot-python-client": (0.97, 0.16, 0.75), "template-amix-vimrc-fork": (0.96, 0.43, 0.64),
    "template-sb-admin-fork": (0.86, 0.63, 0.79), "php-cachet-python-client": (0.97, 0.71, 0.66),
    "django-healthchecks-python-client": (0.97, 0.72, 0.72), "template-wagtail-bakery-fork": (0.91, 0.69, 0.64),
    "template-react-boilerplate-fork": (0.96, 0.81, 0.92), "c-beanstalkd-python-client": (0.97, 0.46, 0.75),
    "go-tile38-python-client": (0.93, 0.41, 0.0), "template-drupal-project-fork": (0.93, 0.84, 0.88),
    "template-substrate-node-fork": (0.96, 0.5, 0.89), "go-faktory-python-client": (0.97, 0.47, 0.4),
    "go-immudb-python-client": (0.97, 0.63, 0.66), "template-cakephp-app-fork": (0.91, 0.66, 0.64),
    "template-pytorch-template-fork": (0.93, 0.37, 0.63), "c-tarantool-python-client": (0.97, 0.45, 0.42),
    "go-dgraph-python-client": (0.97, 0.46, 0.5), "template-node-express-boilerplate-fork": (0.97, 0.58, 0.84),
    "template-go-build-template-fork": (0.96, 0.76, 0.93), "go-spicedb-python-client": (0.97, 0.34, 0.0),
    "go-openfga-python-client": (0.83, 0.4, 0.33), "template-slim-skeleton-fork": (0.94, 0.77, 0.75),
    "template-coreui-react-admin-fork": (0.97, 0.8, 0.83), "c-owntone-python-client": (0.97, 0.65, 0.0),
    "php-zoneminder-python-client": (0.97, 0.47, 0.0), "template-crossplane-provider-fork": (0.95, 0.59, 0.85),
    "template-cookiecutter-poetry-fork": (0.97, 0.82, 0.93), "java-zookeeper-python-client": (0.97, 0.43, 0.0),
    "go-openbao-python-client": (0.97, 0.48, 0.25), "template-bulletproof-react-fork": (0.97, 0.87, 0.91),
    "template-oclif-cli-fork": (0.84, 0.58, 0.76), "python-sabnzbd-python-client": (0.66, 0.53, 0.0),
    "cpp-nzbget-go-client": (0.97, 0.68, 0.0), "template-docker-rails-example-fork": (0.97, 0.73, 0.76),
    "template-webpack-starter-fork": (0.97, 0.56, 0.69), "python-etesync-python-client": (0.97, 0.22, 0.56),
    "php-privatebin-python-client": (0.97, 0.67, 0.0), "template-ts-library-starter-fork": (0.94, 0.68, 0.88),
    "template-hugo-ananke-fork": (0.93, 0.73, 0.83), "go-writefreely-go-client": (0.97, 0.56, 0.26),
    "rust-sonic-python-client": (0.8, 0.7, 0.0), "template-ts-node-starter-fork": (0.92, 0.67, 0.76),
    "template-docker-flask-example-fork": (0.97, 0.67, 0.66),
    "go-distribution-python-client": (0.97, 0.66, 0.14), "go-serf-python-client": (0.97, 0.51, 0.4),
    "template-hexo-landscape-fork": (0.92, 0.69, 0.71), "template-electron-quick-start-fork": (0.81, 0.75, 0.59),
    "go-influxdb-python-client": (0.87, 0.3, 0.14), "php-dokuwiki-python-client": (0.97, 0.74, 0.4),
    "template-symfony-docker-fork": (0.97, 0.53, 0.85), "template-ant-design-pro-fork": (0.8, 0.56, 0.49),
    "go-kubo-python-client": (0.97, 0.58, 0.35), "python-designate-python-client": (0.97, 0.59, 0.46),
    "template-ardanlabs-service-fork": (0.97, 0.33, 0.69), "template-tailwind-nextjs-blog-fork": (0.92, 0.86, 0.88),
    "python-ckan-python-client": (0.97, 0.52, 0.4), "cpp-deconz-python-client": (0.97, 0.16, 0.0),
    "template-laradock-fork": (0.97, 0.72, 0.84), "template-vue-element-admin-fork": (0.97, 0.75, 0.82),
    "c-tor-python-client": (0.97, 0.49, 0.09), "php-phabricator-python-client": (0.97, 0.22, 0.0),
    "template-kratos-layout-fork": (0.97, 0.5, 0.81), "template-react-starter-kit-fork": (0.97, 0.37, 0.9),
    "cpp-powerdns-python-client": (0.97, 0.88, 0.0), "erlang-rabbitmq-python-client": (0.97, 0.69, 0.0),
    "template-vercel-commerce-fork": (0.97, 0.7, 0.83), "template-docsy-example-fork": (0.96, 0.42, 0.67),
    "erlang-riak-python-client": (0.97, 0.1, 0.42), "scala-livy-python-client": (0.97, 0.5, 0.2),
    "template-eshoponweb-fork": (0.92, 0.56, 0.59), "template-nanogpt-fork": (0.96, 0.69, 0.81),
    "ruby-fluentd-python-client": (0.97, 0.63, 0.0), "java-zipkin-python-client": (0.97, 0.36, 0.0),
    "template-flask-base-fork": (0.88, 0.75, 0.74), "template-laravel-boilerplate-fork": (0.97, 0.61, 0.69),
    "node-statsd-python-client": (0.97, 0.67, 0.0), "python-thumbor-python-client": (0.97, 0.5, 0.0),
    "template-nextjs-saas-starter-fork": (0.97, 0.65, 0.84), "template-precedent-fork": (0.9, 0.56, 0.61),
    "go-pushgateway-python-client": (0.97, 0.68, 0.66), "python-ironic-python-client": (0.97, 0.65, 0.6),
    "template-djangox-fork": (0.97, 0.57, 0.73), "template-taxonomy-fork": (0.97, 0.48, 0.71),
    "go-jaeger-python-client": (0.66, 0.58, 0.57), "go-signal-rest-python-client": (0.97, 0.45, 0.75),
    "template-angular-realworld-fork": (0.97, 0.53, 0.8), "template-ionic-conference-fork": (0.97, 0.39, 0.69),
    "python-marqo-python-client": (0.97, 0.38, 0.51), "cpp-rethinkdb-python-client": (0.5, 0.49, 0.66),
    "template-svelte-realworld-fork": (0.97, 0.69, 0.91), "template-django-react-boilerplate-fork": (0.97, 0.62, 0.8),
    "c-mosquitto-python-client": (0.97, 0.29, 0.0), "java-crate-python-client": (0.97, 0.34, 0.8),
    "template-ardalis-clean-arch-fork": (0.86, 0.86, 0.78), "template-modern-cpp-starter-fork": (0.97, 0.65, 0.92),
    "go-supabase-auth-python-client": (0.97, 0.28, 0.3), "ts-supabase-storage-python-client": (0.97, 0.53, 0.71),
    "template-api-platform-fork": (0.97, 0.4, 0.87), "template-bedrock-fork": (0.79, 0.69, 0.32),
    "java-supertokens-python-client": (0.97, 0.71, 0.66), "go-livekit-python-client": (0.97, 0.61, 0.23),
    "template-nextjs-subscription-payments-fork": (0.97, 0.76, 0.81), "template-boxyhq-saas-starter-fork": (0.97, 0.7, 0.73),
    "python-kinto-python-client": (0.97, 0.37, 0.25), "java-conductor-python-client": (0.97, 0.71, 0.54),
    "template-spatie-package-skeleton-fork": (0.92, 0.79, 0.8), "template-python-blueprint-fork": (0.97, 0.68, 0.78),
    "django-doccano-python-client": (0.97, 0.36, 0.3), "go-casdoor-python-client": (0.97, 0.62, 0.28),
    "template-rails-jumpstart-fork": (0.93, 0.66, 0.94), "template-next-auth-example-fork": (0.93, 0.69, 0.51),
    "go-argo-workflows-python-client": (0.97, 0.6, 0.47), "django-pulpcore-python-client": (0.97, 0.54, 0.48),
    "template-ixartz-saas-boilerplate-fork": (0.91, 0.65, 0.72), "template-vercel-platforms-fork": (0.92, 0.59, 0.68),
    "rust-fluvio-python-client": (0.97, 0.45, 0.16), "java-wiremock-python-client": (0.97, 0.6, 0.72),
    "template-next-saas-stripe-starter-fork": (0.97, 0.3, 0.54), "template-cookiecutter-django-rest-fork": (0.92, 0.72, 0.83),
    "go-harbor-python-client": (0.97, 0.61, 0.71), "node-langfuse-python-client": (0.97, 0.39, 0.72),
    "template-nestjs-boilerplate-fork": (0.97, 0.75, 0.83), "template-next-enterprise-fork": (0.93, 0.45, 0.87),
    "template-react-native-obytes-fork": (0.97, 0.61, 0.73),
    "go-hatchet-python-client": (0.97, 0.4, 0.66), "go-vald-python-client": (0.93, 0.65, 0.46),
    "template-scientific-python-cookie-fork": (0.97, 0.84, 0.71), "template-hugoplate-fork": (0.97, 0.63, 0.84),
    "go-velociraptor-python-client": (0.97, 0.44, 0.75), "go-flipt-python-client": (0.97, 0.64, 0.75),
    "template-shadcn-admin-fork": (0.97, 0.63, 0.78), "template-gitprofile-fork": (0.97, 0.77, 0.16),
    "cpp-triton-python-client": (0.97, 0.8, 0.8), "cpp-manticore-python-client": (0.97, 0.62, 0.0),
    "template-rn-boilerplate-tcm-fork": (0.97, 0.74, 0.97), "template-next-shadcn-dashboard-fork": (0.97, 0.55, 0.73),
    "go-permify-python-client": (0.97, 0.62, 0.3), "go-dapr-python-client": (0.97, 0.48, 0.76),
    "template-electron-vite-react-fork": (0.95, 0.48, 0.75), "template-jhipster-sample-fork": (0.97, 0.39, 0.95),
    "go-seaweedfs-python-client": (0.97, 0.34, 0.4), "go-loki-python-client": (0.97, 0.65, 0.85),
    "template-starter-ts-fork": (0.97, 0.4, 0.87), "template-node-ts-boilerplate-fork": (0.81, 0.74, 0.8),
    "go-cerbos-python-client": (0.97, 0.67, 0.61), "go-warrant-python-client": (0.97, 0.39, 0.52),
    "template-mantine-next-fork": (0.82, 0.51, 0.51), "template-sakai-vue-fork": (0.97, 0.83, 0.93),
    "rails-foreman-python-client": (0.97, 0.44, 0.54), "java-openrefine-python-client": (0.97, 0.54, 0.0),
    "template-nestjs-prisma-fork": (0.96, 0.47, 0.83), "template-hugo-stack-fork": (0.97, 0.25, 0.8),
    "python-swift-python-client": (0.97, 0.57, 0.22), "php-firefly-js-client": (0.97, 0.37, 0.0),
    "template-notion-starter-fork": (0.92, 0.57, 0.82), "template-ruoyi-vue-fork": (0.96, 0.36, 0.79),
    "go-crowdsec-python-client": (0.97, 0.73, 0.5), "scala-cortex-python-client": (0.97, 0.51, 0.15),
    "template-gin-vue-admin-fork": (0.95, 0.37, 0.86), "template-vite-electron-builder-fork": (0.94, 0.5, 0.76),
    "php-passbolt-go-client": (0.97, 0.54, 0.16), "scala-docspell-rust-client": (0.97, 0.28, 0.45),
    "template-hexo-butterfly-fork": (0.97, 0.14, 0.69), "template-express-typescript-fork": (0.97, 0.74, 0.82),
    "python-alerta-python-client": (0.97, 0.43, 0.3), "csharp-exceptionless-js-client": (0.97, 0.33, 0.12),
    "template-fastapi-best-arch-fork": (0.97, 0.22, 0.83), "template-soybean-admin-fork": (0.95, 0.57, 0.81),
    "kotlin-komga-kotlin-client": (0.97, 0.78, 0.22), "php-kimai-csharp-client": (0.97, 0.42, 0.46),
    "template-python-package-fork": (0.97, 0.51, 0.88), "template-mall-fork": (0.88, 0.72, 0.38),
    "go-vikunja-dart-client": (0.97, 0.33, 0.28), "php-shlink-ts-client": (0.97, 0.51, 0.37),
    "template-rails-mattbrictson-fork": (0.95, 0.6, 0.79), "template-nowinandroid-fork": (0.94, 0.54, 0.7),
    "node-parse-dart-client": (0.97, 0.57, 0.4), "go-headscale-ts-client": (0.97, 0.51, 0.53),
    "template-vue-pure-admin-fork": (0.96, 0.57, 0.89), "template-just-the-docs-fork": (0.97, 0.82, 0.86),
    "cpp-openevse-python-client": (0.97, 0.43, 0.0), "rust-activitywatch-ts-client": (0.97, 0.45, 0.47),
    "template-zero2prod-fork": (0.97, 0.54, 0.74), "template-microservices-demo-fork": (0.97, 0.62, 0.71),
    "php-zotero-python-client": (0.97, 0.36, 0.55), "perl-musicbrainz-python-client": (0.97, 0.81, 0.53),
    "template-cornerstone-fork": (0.97, 0.75, 0.9), "template-dotnet-eshop-fork": (0.97, 0.61, 0.56),
    "python-hypothesis-ts-client": (0.97, 0.58, 0.0), "python-listenbrainz-python-client": (0.97, 0.42, 0.16),
    "template-ignite-fork": (0.82, 0.91, 0.76), "template-hugo-book-fork": (0.97, 0.5, 0.9),
    "python-clearml-python-client": (0.97, 0.2, 0.15), "ts-caprover-ts-client": (0.97, 0.4, 0.2),
    "template-khuedoan-homelab-fork": (0.92, 0.71, 0.81), "template-thoughtbot-dotfiles-fork": (0.97, 0.52, 0.82),
    "python-barbican-python-client": (0.97, 0.75, 0.23), "node-odk-central-python-client": (0.97, 0.47, 0.28),
    "template-chatbot-ui-fork": (0.97, 0.25, 0.8), "template-pokedex-fork": (0.92, 0.57, 0.6),
    "go-openfaas-go-client": (0.97, 0.56, 0.4), "kotlin-tolgee-ts-client": (0.85, 0.7, 0.2),
    "template-adminlte-fork": (0.97, 0.75, 0.84), "template-vben-admin-fork": (0.97, 0.76, 0.94),
    "clojure-puppetdb-python-client": (0.97, 0.62, 0.0), "node-kuzzle-js-client": (0.97, 0.55, 0.22),
    "template-chrome-ext-vite-fork": (0.94, 0.86, 0.9), "template-go-zero-looklook-fork": (0.73, 0.87, 0.72),
}


@pytest.mark.parametrize("name", list(FLOORS))
def test_prefilter_and_decisions_hold_on_every_labelled_set(name: str) -> None:
    devset = devset_bench()
    if name == "devset" and not (FIXTURES / "devset" / "cases.jsonl").exists():
        pytest.skip("the shared devset is not here")
    row = devset.scores(devset.evaluate(FIXTURES, [name]))
    recall, skips, f1 = FLOORS[name]
    assert row["prefilter_recall"] >= recall, row
    assert row["prefilter_skips"] >= skips, row
    assert row["f1"] >= f1, row


def test_the_bench_shares_sets_out_to_processes_and_reports_them_as_one_process_does() -> None:
    devset = devset_bench()
    names = ["go-cerbos-python-client", "template-sakai-vue-fork", "php-kimai-csharp-client"]
    alone = devset.evaluate(FIXTURES, names)
    shared = devset.evaluate(FIXTURES, names, jobs=2)
    assert [o.set_name for o in shared] == [o.set_name for o in alone] and len(alone) > 200
    assert shared == alone  # the same decisions, with their evidence and reasoning, in the same order


def test_the_bench_measures_no_set_when_the_held_out_list_is_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sets.json").write_text(json.dumps({"tuning": [], "held_out": []}))
    devset = devset_bench()
    assert devset.evaluate(FIXTURES, [], labelled=tmp_path) == []
    assert devset.main(["--sets", "held_out", "--labelled", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "devset" not in out and "(no held-out sets in" in out
