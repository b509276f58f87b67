"""The shape the design fixes: the core imports no vendor SDK and no adapter, only the composition
root imports adapters, and only settings reads the environment."""

from __future__ import annotations

import ast
from pathlib import Path

JOB = Path(__file__).resolve().parent.parent / "job"
# Adapters are known by their name: `<port>_<tech>` (source_git, state_gcs, issues_github, notify_discord,
# triage_claude) and the GitHub plumbing both GitHub adapters share (github_*).
ADAPTER_PREFIXES = ("source_", "state_", "issues_", "notify_", "triage_claude", "github_")
# The composition root and the CLI commands that talk to clouds directly: the only other non-core modules.
SHELL = {"__init__", "__main__", "bootstrap", "cli", "demo", "deploy", "gcloud_execute"}
VENDORS = ["git", "github", "google", "anthropic", "httpx", "requests", "urllib3"]
MODULES = sorted(path.stem for path in JOB.glob("*.py"))
ADAPTERS = [m for m in MODULES if m.startswith(ADAPTER_PREFIXES)]
CORE = [m for m in MODULES if m not in ADAPTERS and m not in SHELL]


def imports_of(module: str) -> set[str]:
    tree = ast.parse((JOB / f"{module}.py").read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_no_vendor_sdk_and_no_adapter() -> None:
    for module in CORE:
        found = imports_of(module)
        assert not {n for n in found if n.split(".")[0] in VENDORS}, module
        assert not {n for n in found if n.removeprefix("job.") in ADAPTERS}, module


def test_only_the_composition_root_and_cli_commands_import_adapters() -> None:
    allowed = {"bootstrap", "cli", "demo", *ADAPTERS}
    for module in MODULES:
        if module in allowed:
            continue
        found = {n.removeprefix("job.") for n in imports_of(module)}
        assert not found & set(ADAPTERS), module


def test_modules_are_classified_by_name_so_a_new_one_is_checked_without_editing_this_test() -> None:
    assert {"model", "poll", "run_record", "ranges", "state", "lease", "keys", "triage_cost"} <= set(CORE)
    assert {"source_git", "source_github", "github_api", "issues_github", "state_gcs", "triage_claude"} <= set(ADAPTERS)


def test_only_settings_reads_the_environment() -> None:
    for path in JOB.glob("*.py"):
        if path.stem == "settings":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os":
                assert node.attr not in ("environ", "getenv", "environb"), path.stem


def test_main_module_is_one_line() -> None:
    assert len((JOB / "__main__.py").read_text().strip().splitlines()) == 1
