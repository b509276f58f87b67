"""What Claude must answer in triage: the finding schemas, the forced tool that carries them, and
how an invalid answer is explained back to the model (DESIGN.md §7: the model proposes, code disposes).

The limits keep the largest valid answer well inside `MAX_OUTPUT_TOKENS`, so a valid answer is
never cut off. Asking the API, and deciding from the answer, is `triage_claude.py`'s business.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator, model_validator

from job.redact import redact

TOOL_NAME = "record_triage"
# The answer's ceiling. The largest valid answer is about 9,500 characters of JSON, so even at one
# token a character it fits; the SDK refuses more than about 21,000 without streaming.
MAX_OUTPUT_TOKENS = 10_240


Step = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
FilePath = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=160)]
Summary = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]
Reasoning = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1_200)]
_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[-*\u2022])\s+")


class ConsumerFinding(BaseModel):
    """The tool input for a consumer. The model proposes; `ClaudeTriage` disposes."""

    model_config = ConfigDict(extra="forbid")

    requires_action: bool = Field(description="Whether the dependent must change because of this change set.")
    urgency: Literal["critical", "high", "medium", "low"] = Field(description="How soon; low when no action.")
    confidence: float = Field(ge=0, le=1, description="How likely requires_action is right, 0 to 1.")
    impact_summary: Summary = Field(
        description="The key change first, then what it means for the dependent, in its own terms.")
    recommended_changes: list[Step] = Field(
        max_length=8, description="Concrete steps in order, unnumbered, each naming the dependent's file and the "
                                  "value that changes (old and new) where the change set shows them.")
    affected_files: list[FilePath] = Field(
        max_length=20, description="Paths of the dependent's files shown in the prompt that need a change.")
    reasoning: Reasoning = Field(
        description="The evidence relied on, what was discounted, and why this sure.")

    @field_validator("recommended_changes")
    @classmethod
    def _unnumbered(cls, steps: list[str]) -> list[str]:
        return [_NUMBERING.sub("", step) or step for step in steps]

    @model_validator(mode="after")
    def _steps_when_action(self) -> ConsumerFinding:
        if self.requires_action and not self.recommended_changes:
            raise ValueError("recommended_changes must not be empty when requires_action is true")
        return self


class TemplateFinding(ConsumerFinding):
    not_proposed: list[Step] = Field(
        max_length=6, description="Parts deliberately not proposed (divergent, or already present), and why.")


FINDINGS: dict[str, type[ConsumerFinding]] = {"consumer": ConsumerFinding, "template": TemplateFinding}


def tool_for(kind: str) -> dict[str, Any]:
    """The forced tool whose input is the finding for a dependent of this kind."""
    return {
        "name": TOOL_NAME,
        "description": "Record the triage decision for this dependent. Call it exactly once.",
        "input_schema": FINDINGS[kind].model_json_schema(),
    }


class InvalidAnswer(Exception):
    """The model's answer did not validate; the message says why, for the retry to quote."""


def finding_from(tool_input: object, kind: str) -> ConsumerFinding:
    """The validated, redacted finding in a tool call's input, or `InvalidAnswer` saying what is wrong."""
    try:
        finding = FINDINGS[kind].model_validate(tool_input)
    except ValidationError as exc:
        raise InvalidAnswer(explain(exc)) from None
    return _redacted(finding)


def _redacted(finding: ConsumerFinding) -> ConsumerFinding:
    """The model never sees a secret, yet it may write something secret-shaped: it is redacted
    before it is cached, recorded or rendered."""
    data = finding.model_dump()
    for key, value in data.items():
        if isinstance(value, str):
            data[key] = redact(value)
        elif isinstance(value, list):
            data[key] = [redact(v) if isinstance(v, str) else v for v in value]
    return type(finding).model_validate(data)


def explain(exc: ValidationError) -> str:
    """A validation error as a short list the model can act on: field, problem, value given."""
    parts = []
    for err in exc.errors(include_url=False):
        where = ".".join(str(p) for p in err["loc"]) or "input"
        given = "" if err["type"] in ("missing", "extra_forbidden") else f" (got {str(err.get('input'))[:80]!r})"
        parts.append(f"{where}: {str(err['msg']).removeprefix('Value error, ')}{given}")
    return "; ".join(parts)
