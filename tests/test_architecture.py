"""The shape the design fixes: the core imports no vendor SDK and no adapter, only the composition
root imports adapters, and only settings reads the environment."""

from __future__ import annotations

import ast
from pathlib import Path

JOB = Path(__file__).resolve().parent.parent / "job"
CORE = ["model", "changeset", "classify", "rules", "config", "triage_rules", "routing", "render", "ensure",
        "ports", "errors", "state", "poll", "payloads", "prompts", "weekly", "lease"]
ADAPTERS = ["source_git", "state_local", "state_gcs", "issues_outbox", "issues_github", "notify_console",
            "notify_discord", "source_github", "triage_claude"]
VENDORS = ["git", "github", "google", "anthropic", "httpx", "requests"]


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
    for path in JOB.glob("*.py"):
        if path.stem in allowed:
            continue
        found = {n.removeprefix("job.") for n in imports_of(path.stem)}
        assert not found & set(ADAPTERS), path.stem


def test_only_settings_reads_the_environment() -> None:
    for path in JOB.glob("*.py"):
        if path.stem == "settings":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os":
                assert node.attr not in ("environ", "getenv", "environb"), path.stem


def test_main_module_is_one_line() -> None:
    assert len((JOB / "__main__.py").read_text().strip().splitlines()) == 1
