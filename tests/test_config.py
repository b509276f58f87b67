"""The relationships config: real configs load, every broken one names its file and JSON path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from job.config import parse_config
from job.errors import ConfigError
from job.rules import path_matches

CONFIGS = Path(__file__).parent / "configs"
BROKEN = json.loads((CONFIGS / "broken-expected.json").read_text())
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_config_is_rejected_naming_file_and_json_path(name: str) -> None:
    path = CONFIGS / "broken" / name
    with pytest.raises(ConfigError) as caught:
        parse_config(path.read_text(), str(path))
    message = str(caught.value)
    assert str(path) in message
    assert BROKEN[name] in message


def test_broken_corpus_has_at_least_fifteen_configs_each_with_an_expectation() -> None:
    names = {p.name for p in (CONFIGS / "broken").glob("*.json")}
    assert len(names) >= 15
    assert names == set(BROKEN)


def test_devset_config_loads_with_its_three_relationships(fixtures: Path) -> None:
    config = parse_config((fixtures / "devset" / "relationships.json").read_text(), "devset")
    kinds = sorted((r.dependent, r.kind) for r in config.relationships)
    assert kinds == [("patelmm79/resume-customizer", "consumer"), ("patelmm79/vllm-container-coder", "template"),
                     ("patelmm79/vllm-container-prewarm", "template")]


def test_original_config_is_rejected_for_declaring_one_fork_twice_differently(fixtures: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config((fixtures / "relationships.original.json").read_text(), "original.json")
    message = str(caught.value)
    assert '$.relationships["patelmm79/vllm-container-coder"].parent_template' in message
    assert "shared_concerns" in message and "declare each relationship once" in message


def test_shipped_config_loads_with_all_real_fields() -> None:
    config = parse_config((ROOT / "config" / "relationships.json").read_text(), "config/relationships.json")
    consumer = config.find("patelmm79/vllm-container-ngc", "patelmm79/resume-customizer", "consumer")
    assert consumer is not None and consumer.urgency_mapping["api_contract"] == "critical"
    assert config.notifications.default_urgency_thresholds["low"].action == "add_to_digest"
    # bidirectional: the fork is watched too, and the template is its dependent
    assert config.find("patelmm79/vllm-container-coder", "patelmm79/vllm-container-ngc", "template") is not None
    assert config.watched_repo("patelmm79/vllm-container-coder") is not None


def _one(extra: dict[str, object]) -> str:
    return json.dumps({"relationships": {"acme/template": {"type": "template", **extra}}})


def test_parent_template_alone_declares_the_relationship_from_the_fork_side() -> None:
    text = json.dumps({"relationships": {"acme/fork": {"type": "service_provider", "parent_template": {
        "repo": "acme/template", "relationship_type": "template_fork", "shared_concerns": ["docker"]}}}})
    config = parse_config(text, "c.json")
    rel = config.find("acme/template", "acme/fork", "template")
    assert rel is not None and rel.categories == ("docker",)
    assert [w.repo for w in config.watched] == ["acme/fork", "acme/template"]


def test_same_relationship_declared_identically_from_both_sides_is_accepted() -> None:
    text = json.dumps({"relationships": {
        "acme/template": {"type": "template", "derivatives": [{
            "repo": "acme/fork", "relationship_type": "template_fork", "shared_concerns": ["docker"]}]},
        "acme/fork": {"type": "service_provider", "parent_template": {
            "repo": "acme/template", "relationship_type": "template_fork", "shared_concerns": ["docker"]}},
    }})
    assert len(parse_config(text, "c.json").relationships) == 1


def test_optional_additions_branch_ignore_paths_labels_and_rule_overrides_load() -> None:
    text = _one({"branch": "release", "ignore_paths": ["docs/**"], "consumers": [{
        "repo": "acme/app", "relationship_type": "api_consumer", "change_triggers": ["endpoints"],
        "labels": ["team-a"], "rules": {"endpoints": {"paths": ["api/**"], "diff_patterns": ["ROUTE_"]}}}]})
    config = parse_config(text, "c.json")
    assert config.watched[0].branch == "release" and config.watched[0].ignore_paths == ("docs/**",)
    rel = config.relationships[0]
    assert rel.labels == ("team-a",) and rel.rules["endpoints"].paths == ["api/**"]


def test_a_consumers_unused_paths_load_and_change_its_terms_only_when_declared() -> None:
    consumer = {"repo": "acme/app", "relationship_type": "api_consumer", "change_triggers": ["endpoints"]}
    plain = parse_config(_one({"consumers": [consumer]}), "c.json").relationships[0]
    declared = parse_config(_one({"consumers": [{**consumer, "unused_paths": ["src/console/**"]}]}),
                            "c.json").relationships[0]
    assert plain.unused_paths == () and declared.unused_paths == ("src/console/**",)
    assert plain.config_hash != declared.config_hash


def test_a_forks_unused_paths_load_for_its_template_only_and_a_leading_slash_anchors_them() -> None:
    fork = {"repo": "acme/product", "relationship_type": "template_fork", "shared_concerns": ["infrastructure"],
            "bidirectional": True, "unused_paths": ["/pyproject.toml", "/.github/**", "CHANGELOG*"]}
    config = parse_config(_one({"type": "template", "derivatives": [fork]}), "c.json")
    forward = config.find("acme/template", "acme/product", "template")
    reverse = config.find("acme/product", "acme/template", "template")
    assert forward is not None and forward.unused_paths == ("/pyproject.toml", "/.github/**", "CHANGELOG*")
    assert reverse is not None and reverse.unused_paths == ()  # the template's paths, not the fork's
    assert path_matches("pyproject.toml", forward.unused_paths)
    assert not path_matches("{{cookiecutter.project_slug}}/pyproject.toml", forward.unused_paths)
    assert path_matches("{{cookiecutter.project_slug}}/CHANGELOG.md", forward.unused_paths)  # no slash: any folder
    with pytest.raises(ConfigError) as caught:
        parse_config(_one({"type": "template", "derivatives": [{**fork, "unused_paths": ["/../etc/**"]}]}), "c.json")
    assert "unused_paths" in str(caught.value.problems) and "relative to the repository root" in str(caught.value.problems)
