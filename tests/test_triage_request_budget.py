"""The prompt budget bounds the whole request as the API counts its input: tool schema, system and
messages as JSON, not only the rendered text."""

from __future__ import annotations

import anthropic
from doubles import ScriptedCommitSource
from fake_anthropic import FakeAnthropic, tool
from test_triage_claude import CHAT, CONTENTS, GOOD, MODEL, RULES, change_set

from job.triage_claude import ClaudeTriage
from job.triage_rules import RulesTriage


def test_the_whole_request_with_its_tool_schema_fits_the_prompt_budget() -> None:
    big = "@@ -1 +1,3000 @@\n" + "".join(f'+app.add_url_rule("/r{i}", view_{i})\n' for i in range(3000))
    cs = change_set("Many routes", {"routes.py": big, "app.py": "@@ -1 +1 @@\n-a\n+api_key = read()\n"})
    with FakeAnthropic([tool(GOOD)]) as api:
        client = anthropic.Anthropic(api_key="test-key", base_url=api.base_url, max_retries=0)
        try:
            engine = ClaudeTriage(lambda: client, RulesTriage(RULES), model=MODEL, files=ScriptedCommitSource(contents=CONTENTS),
                                  store=None, prompt_tokens_budget=3_000, run_token_budget=100_000,
                                  daily_token_budget=1_000_000, confidence_threshold=0.6)
            decision = engine.decide(cs, CHAT)
        finally:
            client.close()
        usage = api.requests[0].response["usage"] if api.requests[0].response else {}
    assert decision.llm_called and not decision.degraded
    counted = usage["input_tokens"] + usage["cache_creation_input_tokens"] + usage["cache_read_input_tokens"]
    assert 2_500 < counted <= 3_000  # as the API counts the input: tools, system and messages
