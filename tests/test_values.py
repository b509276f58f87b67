"""Concrete value changes and the steps they ask of a consumer, in its own terms (job/values.py)."""

from __future__ import annotations

from tests_support import NOW

from job.changeset import batch_changes
from job.model import ChangeSet, Commit, Evidence, Fetch, FileChange
from job.values import concrete_steps, uses, value_changes


def change_set(path: str, diff: str) -> ChangeSet:
    files = (FileChange(path, "M", diff),)
    commit = Commit("b" * 40, "change", "dev", NOW, "", files)
    return batch_changes(Fetch("acme/api", "main", "a" * 40, "b" * 40, NOW, (commit,), files))


def test_a_changed_port_pairs_the_old_and_the_new_value() -> None:
    cs = change_set("server.go", '@@ -1 +1 @@\n-\tAddr: ":8080",\n+\tAddr: ":9090",\n')
    [change] = value_changes(cs, (Evidence("endpoints", "server.go", "pattern", '+\tAddr: ":9090",'),))
    assert (change.category, change.old, change.new) == ("endpoints", ":8080", ":9090")


def test_a_new_header_is_named_with_the_consumers_code_file() -> None:
    line = '+    if request.headers.get("X-Tenant-Id") is None:'
    cs = change_set("app.py", f"@@ -1 +1,2 @@\n def handle(request):\n{line}\n")
    changes = value_changes(cs, (Evidence("authentication", "app.py", "pattern", line),))
    steps = concrete_steps(changes, {"README.md": "# client", "client/api.ts": "fetch(url)"}, "acme/api")
    assert steps == (("authentication", "Send the `X-Tenant-Id` header from `client/api.ts`: acme/api now requires it "
                                        '(`if request.headers.get("X-Tenant-Id") is None:` in app.py).'),)


def test_an_old_value_is_found_only_as_a_whole_value_in_the_dependents_files() -> None:
    files = {"a.py": "PORT = 18000\n", "b.py": 'URL = "http://svc:8000/v1"\n', "c.env": None}
    assert [u.path for u in uses("8000", files)] == ["b.py"]


def test_a_renamed_route_names_the_file_that_calls_the_old_one() -> None:
    line = "+router.get('/api/members/:id', getMember)"
    cs = change_set("routes.js", f"@@ -1 +1 @@\n-router.get('/api/users/:id', getMember)\n{line}\n")
    changes = value_changes(cs, (Evidence("endpoints", "routes.js", "pattern", line),))
    steps = concrete_steps(changes, {"src/client.ts": "const user = await get(`/api/users/${id}`)\n"}, "acme/api")
    [(category, text)] = steps
    assert category == "endpoints" and text.startswith("`src/client.ts` uses `/api/users/:id`")
    assert "now uses `/api/members/:id`" in text


def test_a_value_the_dependent_does_not_use_is_said_once_without_inventing_a_file() -> None:
    line = "+MODEL_NAME=llama-3.1-8b"
    cs = change_set(".env.example", f"@@ -1 +1 @@\n-MODEL_NAME=mistral-7b\n{line}\n")
    changes = value_changes(cs, (Evidence("api_contract", ".env.example", "pattern", line),))
    [(category, text)] = concrete_steps(changes, {"src/llm_client.py": "BASE_URL = 'http://llm:9000'"}, "acme/api")
    assert category == "api_contract"
    assert text.startswith("acme/api changed `mistral-7b` to `llama-3.1-8b`") and "do not name `mistral-7b`" in text
