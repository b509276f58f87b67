"""ClaudeTriage: the model-backed triage engine, with the rules as its pre-filter and fallback
(DESIGN.md §3, §6, §7, §9).

The rules decide first; Claude is asked only where they say it may matter (`would_call_llm`), at
most once per (change set, dependent): a result cache in the state store makes retries and repeated
passes free, and token budgets per run and per day bound the rest. The answer is a forced tool call
validated with pydantic, and the relationship, never the model, names the repositories. Whatever
fails (the API, an invalid answer after one retry, a spent budget) gives the rules decision marked
degraded, with the reason: never a silent "no action". Anthropic exceptions stop here.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, cast

from pydantic import ValidationError

from job import keys
from job.changeset import NAMES_MAX_BYTES, text_of
from job.config import Relationship
from job.errors import PreconditionFailed, RateLimited, SourceError, StateCorrupt
from job.model import ChangeSet, Decision, digest_of
from job.ports import BlobStore, RepoFiles
from job.prompts import Prompts, Rendered, estimate_tokens
from job.state import read_json, write_json
from job.triage_answer import (
    FINDINGS,
    MAX_OUTPUT_TOKENS,
    TOOL_NAME,
    ConsumerFinding,
    InvalidAnswer,
    TemplateFinding,
    finding_from,
    tool_for,
)
from job.triage_cost import COUNTERS, cost_usd, price_of
from job.triage_rules import RulesTriage
from job.triage_tokens import DailyTokens

if TYPE_CHECKING:  # the SDK itself is loaded when the first request is due: importing it takes ~2 s of CPU
    import anthropic
    from anthropic.types import (
        CacheControlEphemeralParam,
        Message,
        MessageParam,
        TextBlockParam,
        ToolParam,
        Usage,
        UserMessageParam,
    )

log = logging.getLogger("job.triage")

FILE_MAX_BYTES = 100_000
STOP_AFTER_FAILURES = 3  # consecutive API failures before the rest of the run uses the rules
FIT_ATTEMPTS = 3  # renders of one prompt to fit the request into the prompt budget
EPHEMERAL: CacheControlEphemeralParam = {"type": "ephemeral"}


def parse_answer(message: Message, kind: str) -> ConsumerFinding:
    calls = [b for b in message.content if b.type == "tool_use" and b.name == TOOL_NAME]
    if not calls:
        raise InvalidAnswer(f"the answer has no call to the {TOOL_NAME} tool (stop reason: {message.stop_reason})")
    return finding_from(calls[0].input, kind)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


# --- the engine ----------------------------------------------------------------------------------


class ClaudeTriage:
    """A `TriageEngine` that asks Claude where the rules say a change may matter.

    Budgets count every token the API reports (input, output, cache creation and cache reads). A
    request is sent only while the tokens used so far plus its estimated input fit in both budgets;
    its output may overshoot by at most `max_output_tokens`. Once a budget is reached the rest of
    the run uses the rules, marked degraded. A `confidence_threshold` flags findings the model is
    unsure of for the digest rather than an issue.
    """

    name = "claude"

    def __init__(
        self,
        client: Callable[[], anthropic.Anthropic],
        rules: RulesTriage,
        *,
        model: str,
        files: RepoFiles | None,
        store: BlobStore | None,
        prompt_tokens_budget: int,
        run_token_budget: int,
        daily_token_budget: int,
        confidence_threshold: float,
        clock: Callable[[], datetime] = _utcnow,
        prompts: Prompts | None = None,
        max_output_tokens: int = MAX_OUTPUT_TOKENS,
        file_max_bytes: int = FILE_MAX_BYTES,
        writer: str = "",
        counter_interval: float = 30.0,
    ) -> None:
        # what makes the client, called when the first request is due: a pass that asks nothing (no change,
        # or none the pre-filter sends on) never loads the SDK
        self._make_client = client
        self._made: anthropic.Anthropic | None = None
        self._making = threading.Lock()
        self._rules = rules
        self.model = model
        self._files = files
        self._store = store
        self._prompt_budget = prompt_tokens_budget
        self._run_budget = run_token_budget
        self._daily_budget = daily_token_budget
        self.confidence_threshold = confidence_threshold
        self._clock = clock
        self.prompts = prompts or Prompts()
        self._max_output = max_output_tokens
        self._file_max_bytes = file_max_bytes
        self.engine = f"claude:{model}"
        # the version covers the prompt files and the tool schemas: either changes what is asked
        self.prompt_version = f"{self.prompts.label}+" + digest_of(
            {"prompts": self.prompts.digest, "tools": {k: tool_for(k)["input_schema"] for k in FINDINGS}})[:12]
        self._pricing, self._price = price_of(model)
        self._lock = threading.Lock()
        self._totals = dict.fromkeys(COUNTERS, 0)
        self._by_relationship: dict[str, dict[str, int]] = {}
        # this pass's own daily count object (one per writer: GCS takes ~1 write/s per object name)
        self._daily = DailyTokens(store, writer or uuid.uuid4().hex[:12], self._price, interval=counter_interval)
        self._results: dict[str, tuple[ConsumerFinding, tuple[str, ...]]] = {}  # this run's, store or not
        self._failures = 0
        self._stopped = ""

    @property
    def _client(self) -> anthropic.Anthropic:
        with self._making:
            if self._made is None:
                self._made = self._make_client()
            return self._made

    # --- TriageEngine --------------------------------------------------------------------------

    def decide(self, change_set: ChangeSet, relationship: Relationship) -> Decision:
        rules = self._rules.decide(change_set, relationship)
        if not rules.would_call_llm:
            return rules
        key = self.cache_key(change_set, relationship)
        cached = self._cached(key, relationship.kind)
        if cached is not None:
            self._count(relationship, result_cache_hits=1)
            return self._decision(rules, relationship, *cached)
        if self._stopped:
            return self._degraded(rules, relationship, self._stopped, called=False)
        return self._ask(rules, relationship, self._render(change_set, relationship, rules), key)

    def render_prompt(self, change_set: ChangeSet, relationship: Relationship) -> Rendered:
        """The prompt `decide` would send for this pair, for `triage --show-prompt`."""
        return self._render(change_set, relationship, self._rules.decide(change_set, relationship))

    def _render(self, change_set: ChangeSet, relationship: Relationship, rules: Decision) -> Rendered:
        """The prompt, fitted so that the whole request (tool schema and JSON included, as the API counts
        its input) stays within the prompt budget: rendered again with less room while it does not."""
        paths = relationship.interface_files if relationship.kind == "consumer" else rules.affected_files
        files, problem = self._read(relationship, paths)
        tool = _tool(relationship.kind)
        room = self._prompt_budget
        for _ in range(FIT_ATTEMPTS):
            rendered = self.prompts.render(change_set, relationship, rules, paths, files, budget_tokens=room,
                                           tool=TOOL_NAME, files_problem=problem)
            over = request_tokens(rendered, tool) - self._prompt_budget
            if over <= 0:
                break
            room -= over
        return rendered

    def cache_key(self, change_set: ChangeSet, relationship: Relationship) -> str:
        """(change set, relationship, prompt version, model). `config_hash` leaves out the names and
        the description, which the prompt carries, so they are part of the key too."""
        return digest_of({
            "change_set": change_set.key, "watched": relationship.watched.lower(),
            "dependent": relationship.dependent.lower(), "kind": relationship.kind,
            "config": relationship.config_hash, "description": relationship.description,
            "prompt_version": self.prompt_version, "model": self.model,
        })

    def usage(self) -> dict[str, Any]:
        """For the run record: requests (one per `messages.create`, the SDK's own retries inside it not
        counted), tokens by kind as the API reported them, estimated cost in USD, per relationship.
        Called once at the end of a pass, it first saves the day's token count (`daily_count_problem`
        says why when that failed: the answers themselves are kept in any case)."""
        self._daily.save()
        with self._lock:
            totals = dict(self._totals)
            per = {k: {**v, "cost_usd": cost_usd(v, self._price)} for k, v in sorted(self._by_relationship.items())}
        return {
            "engine": self.engine, "model": self.model, "prompt_version": self.prompt_version, **totals,
            "cost_usd": cost_usd(totals, self._price),
            "pricing": f"estimate at {self._pricing} list prices (USD per million tokens: "
                       f"{self._price.input} in, {self._price.output} out, {self._price.cache_write} cache write, "
                       f"{self._price.cache_read} cache read)",
            "budget": {"run_tokens": self._run_budget, "daily_tokens": self._daily_budget,
                       "prompt_tokens": self._prompt_budget, "stopped": self._stopped,
                       "daily_count_problem": self._daily.problem},
            "by_relationship": per,
        }

    # --- asking --------------------------------------------------------------------------------

    def _ask(self, rules: Decision, rel: Relationship, rendered: Rendered, key: str) -> Decision:
        import anthropic  # loaded by now: the client that asks is made from it

        system, first = _request_parts(rendered)
        messages: list[MessageParam] = [first]
        tool = _tool(rel.kind)
        estimate = request_tokens(rendered, tool)
        for attempt in (1, 2):
            reached = self._budget_reached(estimate)
            if reached:
                self._stopped = reached
                return self._degraded(rules, rel, reached, called=attempt > 1)
            try:
                message = self._client.messages.create(
                    model=self.model, max_tokens=self._max_output,
                    system=system, messages=messages, tools=[tool],
                    tool_choice={"type": "tool", "name": TOOL_NAME},
                )  # no sampling parameters: API version 2026-10-21 rejects temperature, top_p and top_k
            except anthropic.APIError as exc:
                self._count(rel, requests=1, failed_requests=1)
                return self._api_failure(rules, rel, exc)
            self._failures = 0
            self._account(rel, message.usage)
            log.info("claude answered", extra={"watched": rel.watched, "dependent": rel.dependent, "attempt": attempt,
                                               "message_id": message.id, "input_tokens": message.usage.input_tokens,
                                               "output_tokens": message.usage.output_tokens})
            try:
                finding = parse_answer(message, rel.kind)
            except InvalidAnswer as exc:
                self._count(rel, invalid_answers=1)
                log.warning("claude answer invalid", extra={"watched": rel.watched, "dependent": rel.dependent,
                                                            "attempt": attempt, "problem": str(exc)})
                if attempt == 2:
                    return self._degraded(rules, rel, f"the model's answer was invalid twice, last: {exc}", called=True)
                retry = _retry_turns(message, str(exc))
                messages.extend(retry)
                estimate += estimate_tokens(str(retry))
                continue
            self._remember(key, rel, finding, rendered.context_paths, message.id)
            return self._decision(rules, rel, finding, rendered.context_paths)
        raise AssertionError("unreachable: the second attempt always returns")

    def _api_failure(self, rules: Decision, rel: Relationship, exc: anthropic.APIError) -> Decision:
        reason, fatal = self._reason(exc)
        self._failures += 1
        if fatal:
            self._stopped = f"Claude is not usable in this run: {reason}"
        elif self._failures >= STOP_AFTER_FAILURES:
            self._stopped = f"Claude is unavailable: {self._failures} requests failed in a row, the last: {reason}"
        return self._degraded(rules, rel, reason, called=True)

    def _reason(self, exc: anthropic.APIError) -> tuple[str, bool]:
        """What went wrong, in words for the digest, and whether later requests would fail the same way."""
        import anthropic

        retries = self._client.max_retries
        after = f" after {retries} retr{'y' if retries == 1 else 'ies'}" if retries else ""
        if isinstance(exc, anthropic.APITimeoutError):
            return f"the Claude API did not answer in time{after}", False
        if isinstance(exc, anthropic.APIConnectionError):
            return f"could not connect to the Claude API{after}", False
        if isinstance(exc, anthropic.APIStatusError):
            status, kind = exc.status_code, exc.type or "error"
            if status in (401, 403):
                return f"the Claude API refused the credentials ({status} {kind})", True
            if status == 404:
                return f"the Claude API does not know model {self.model!r} ({status} {kind})", True
            if status == 429:
                wait = exc.response.headers.get("retry-after")
                return f"the Claude API rate limit was hit (429{', retry-after ' + wait + ' s' if wait else ''}){after}", False
            if status == 529:
                return f"the Claude API is overloaded (529){after}", False
            if status >= 500:
                return f"the Claude API failed ({status} {kind}){after}", False
            # Every request of a run has the same shape: one the API refuses, it refuses for all of them.
            return f"the Claude API rejected the request ({status} {kind}: {(exc.api_message or '')[:200]})", status == 400
        return f"the Claude API failed: {type(exc).__name__}", False

    def _read(self, rel: Relationship, paths: tuple[str, ...]) -> tuple[Mapping[str, str | None] | None, str]:
        if self._files is None or not paths:
            return (None if self._files is None else {}), ""
        try:
            # read as the pass reads them after the decision (the rules' cap), then cut for the prompt: one
            # request a file, not one for each cap
            found = self._files.read_files(rel.dependent, paths, max(self._file_max_bytes, NAMES_MAX_BYTES))
            return {p: None if t is None else text_of(t.encode("utf-8"), self._file_max_bytes) for p, t in found.items()}, ""
        except RateLimited:
            raise
        except SourceError as exc:
            return None, str(exc)

    # --- deciding ------------------------------------------------------------------------------

    def _decision(self, rules: Decision, rel: Relationship, finding: ConsumerFinding,
                  context_paths: tuple[str, ...]) -> Decision:
        known = set(context_paths)
        named = list(dict.fromkeys(p.removeprefix("./").lstrip("/") for p in finding.affected_files))
        kept = tuple(p for p in named if p in known)
        dropped = [p for p in named if p not in known]
        notes = [finding.reasoning.rstrip()]
        if dropped:
            notes.append(f"Dropped from the affected files, as they are not among {rel.dependent}'s files in the "
                         f"prompt: {', '.join(dropped)}.")
        not_proposed = tuple(finding.not_proposed) if isinstance(finding, TemplateFinding) else ()
        if not_proposed:
            notes.append(f"Deliberately not proposed: {'; '.join(not_proposed)}.")
        digest_only = finding.confidence < self.confidence_threshold
        if digest_only:
            notes.append(f"Confidence {finding.confidence:.2f} is below the threshold of "
                         f"{self.confidence_threshold:.2f}: this finding belongs in the digest, not in an issue.")
        decision = Decision(
            watched=rel.watched, dependent=rel.dependent, kind=rel.kind,
            requires_action=finding.requires_action,
            urgency=finding.urgency if finding.requires_action else "none",
            confidence=round(finding.confidence, 2), matched=rules.matched,
            impact_summary=finding.impact_summary, recommended_changes=tuple(finding.recommended_changes),
            affected_files=kept, reasoning=" ".join(notes), engine=self.engine, llm_called=True,
            would_call_llm=True, evidence=rules.evidence,
        )
        # fields model.py may add: set them once they exist, so the wiring needs no change here
        extra: dict[str, Any] = {"digest_only": digest_only, "prompt_version": self.prompt_version, "not_proposed": not_proposed}
        present = {f.name for f in dataclasses.fields(Decision)}
        return replace(decision, **{k: v for k, v in extra.items() if k in present})

    def _degraded(self, rules: Decision, rel: Relationship, reason: str, *, called: bool) -> Decision:
        self._count(rel, degraded=1)
        log.warning("triage degraded", extra={"watched": rel.watched, "dependent": rel.dependent, "reason": reason})
        return replace(rules, degraded=True, llm_called=called,
                       reasoning=f"Degraded to the rules: {reason}. {rules.reasoning}")

    # --- the result cache ----------------------------------------------------------------------

    def _cached(self, key: str, kind: str) -> tuple[ConsumerFinding, tuple[str, ...]] | None:
        if key in self._results or self._store is None:
            return self._results.get(key)
        try:
            found = read_json(self._store, keys.triage_cache(key))
        except StateCorrupt as exc:
            log.warning("triage cache entry unreadable", extra={"key": key, "problem": str(exc)})
            return None
        if found is None:
            return None
        value = found[0]
        try:
            return FINDINGS[kind].model_validate(value["finding"]), tuple(value["context_paths"])
        except (KeyError, TypeError, ValidationError) as exc:
            log.warning("triage cache entry unusable", extra={"key": key, "problem": str(exc)[:200]})
            return None

    def _remember(self, key: str, rel: Relationship, finding: ConsumerFinding, context_paths: tuple[str, ...],
                  message_id: str) -> None:
        self._results[key] = (finding, context_paths)
        if self._store is None:
            return
        entry = {
            "watched": rel.watched, "dependent": rel.dependent, "kind": rel.kind, "model": self.model,
            "prompt_version": self.prompt_version, "message_id": message_id,
            "at": self._clock().isoformat(timespec="seconds"),
            "finding": finding.model_dump(), "context_paths": list(context_paths),
        }
        try:
            write_json(self._store, keys.triage_cache(key), entry, if_generation=0)
        except PreconditionFailed:
            log.info("triage cache entry kept", extra={"key": key})  # written meanwhile by a parallel attempt

    # --- budgets and usage ---------------------------------------------------------------------

    def _day(self) -> str:
        return self._clock().astimezone(timezone.utc).date().isoformat()

    def _budget_reached(self, estimate: int) -> str:
        with self._lock:
            used = self._totals["tokens"]
        if used + estimate > self._run_budget:
            return (f"token budget reached: this run has used {used} of its {self._run_budget} tokens and the "
                    f"next request needs about {estimate}")
        day = self._day()
        try:
            today = self._day_tokens(day)
        except StateCorrupt as exc:
            return f"token budget unknown, so treated as reached: {exc}"
        if today + estimate > self._daily_budget:
            return (f"token budget reached: {day} has used {today} of its {self._daily_budget} tokens and the "
                    f"next request needs about {estimate}")
        return ""

    def _day_tokens(self, day: str) -> int:
        return self._daily.used(day)

    def _account(self, rel: Relationship, usage: Usage) -> None:
        counts = {
            "requests": 1, "input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens,
            "cache_creation_input_tokens": usage.cache_creation_input_tokens or 0,
            "cache_read_input_tokens": usage.cache_read_input_tokens or 0,
        }
        counts["tokens"] = sum(v for k, v in counts.items() if k != "requests")
        self._count(rel, **counts)
        self._daily.add(self._day(), counts)  # never raises: a failed save is logged and reported

    def _count(self, rel: Relationship, **counts: int) -> None:
        label = f"{rel.watched} -> {rel.dependent} ({rel.kind})"
        with self._lock:
            per = self._by_relationship.setdefault(label, dict.fromkeys(COUNTERS, 0))
            for name, n in counts.items():
                self._totals[name] += n
                per[name] += n


def _request_parts(rendered: Rendered) -> tuple[list[TextBlockParam], UserMessageParam]:
    """The system blocks and the first user message of a request, each block marked for caching."""
    system: list[TextBlockParam] = [{"type": "text", "text": rendered.system, "cache_control": EPHEMERAL}]
    blocks: list[TextBlockParam] = [
        {"type": "text", "text": rendered.context, "cache_control": EPHEMERAL},
        {"type": "text", "text": rendered.change},
    ]
    return system, {"role": "user", "content": blocks}


def _tool(kind: str) -> ToolParam:
    return cast("ToolParam", tool_for(kind))


def request_tokens(rendered: Rendered, tool: ToolParam) -> int:
    """The estimated input tokens of the request for `rendered`: its JSON, tool schema included."""
    system, first = _request_parts(rendered)
    return estimate_tokens(json.dumps({"system": system, "messages": [first], "tools": [tool]}))


def _retry_turns(message: Message, problem: str) -> list[MessageParam]:
    """The invalid answer, and a reply that quotes what was wrong with it."""
    said: list[Any] = []
    uses = []
    for block in message.content:
        if block.type == "tool_use":
            said.append({"type": "tool_use", "id": block.id, "name": block.name, "input": block.input})
            uses.append(block.id)
        elif block.type == "text" and block.text.strip():
            said.append({"type": "text", "text": block.text})
    note = f"That answer is invalid: {problem}. Call {TOOL_NAME} again with every field valid."
    reply: list[Any] = ([{"type": "tool_result", "tool_use_id": uses[0], "is_error": True, "content": note}]
                        + [{"type": "tool_result", "tool_use_id": u, "is_error": True, "content": "Ignored."}
                           for u in uses[1:]]) if uses else [{"type": "text", "text": note}]
    return [{"role": "assistant", "content": said or [{"type": "text", "text": "(no answer)"}]},
            {"role": "user", "content": reply}]
