"""The earlier service's LLM usage on the same commits, counted rather than called (scenario 4).

The earlier webhook service triaged one pushed commit at a time, without a cache: per commit one
pattern-analysis call, then one triage call per dependent of the watched repo. Its prompts are gone,
so each is stood in for by ours, rendered for that one commit, unclipped (it had no budget):

- a triage call: our prompt for that dependent (system, context and change blocks) with our tool
  schema, for a change set of that commit alone;
- the pattern-analysis call: our system prompt and change block for that commit (no dependent
  context, no tool schema).

Input tokens are counted as FakeAnthropic counts ours (the request's canonical JSON at four
characters a token), and each answer is given the fake's 180 output tokens, as ours get.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC

from fake_anthropic import Reply
from fake_github import FakeCommit, FakeRepo, _patch

from job.changeset import Budget, batch_changes
from job.config import Relationship
from job.model import Commit, Fetch, FileChange
from job.prompts import Prompts
from job.rules import Rules
from job.triage_claude import TOOL_NAME, tool_for
from job.triage_rules import RulesTriage

OUTPUT_TOKENS = Reply("tool").output_tokens
UNCLIPPED = 10**9


def tokens(*parts: object) -> int:
    """FakeAnthropic's count: canonical JSON, four characters a token, rounded up."""
    return (len(json.dumps(parts, sort_keys=True, separators=(",", ":"))) + 3) // 4


def commit_changes(repo: FakeRepo, commit: FakeCommit) -> tuple[FileChange, ...]:
    """A commit's files against its first parent, with diffs, as a webhook payload would carry them."""
    old = repo.commits[commit.parents[0]].tree if commit.parents else {}
    out = []
    for path in sorted(set(old) | set(commit.tree)):
        before, after = old.get(path), commit.tree.get(path)
        if before == after:
            continue
        patch, _, _ = _patch(before or "", after or "")
        kind = "A" if before is None else "D" if after is None else "M"
        out.append(FileChange(path, kind, (patch or "") + "\n", binary=patch is None))  # type: ignore[arg-type]
    return tuple(out)


@dataclass
class EarlierService:
    """Counts the calls and tokens the earlier service would have spent on the commits it is shown."""

    rules: Rules
    read_files: Callable[[str, tuple[str, ...]], Mapping[str, str | None]]
    prompts: Prompts
    llm_calls: int = 0
    pattern_calls: int = 0
    triage_calls: int = 0
    tokens: int = 0

    def push(self, repo: FakeRepo, shas: Iterable[str], relationships: list[Relationship]) -> None:
        engine = RulesTriage(self.rules)
        for sha in shas:
            commit = repo.commits[sha]
            files = commit_changes(repo, commit)
            when = commit.date.astimezone(UTC) if commit.date.tzinfo else commit.date.replace(tzinfo=UTC)
            fetch = Fetch(repo.full_name, repo.default_branch, commit.parents[0] if commit.parents else None, sha,
                          when, (Commit(sha, commit.message, commit.author, when, "", files, tuple(commit.parents)),),
                          files)
            change_set = batch_changes(fetch, self.rules.noise, (), Budget(UNCLIPPED, UNCLIPPED))
            pattern_done = False
            for rel in relationships:
                decision = engine.decide(change_set, rel)
                paths = rel.interface_files if rel.kind == "consumer" else decision.affected_files
                rendered = self.prompts.render(change_set, rel, decision, paths, self.read_files(rel.dependent, paths),
                                               budget_tokens=UNCLIPPED, tool=TOOL_NAME)
                if not pattern_done:
                    self._count("pattern", tokens([], [{"type": "text", "text": rendered.system}],
                                                  [{"role": "user", "content": rendered.change}]))
                    pattern_done = True
                system = [{"type": "text", "text": rendered.system}]
                messages = [{"role": "user", "content": [{"type": "text", "text": rendered.context},
                                                         {"type": "text", "text": rendered.change}]}]
                self._count("triage", tokens([tool_for(rel.kind)], system, messages))

    def _count(self, kind: str, prompt_tokens: int) -> None:
        self.llm_calls += 1
        if kind == "pattern":
            self.pattern_calls += 1
        else:
            self.triage_calls += 1
        self.tokens += prompt_tokens + OUTPUT_TOKENS

    def result(self) -> dict[str, int]:
        return {"llm_calls": self.llm_calls, "pattern_calls": self.pattern_calls, "triage_calls": self.triage_calls,
                "tokens": self.tokens}
