"""The redactor against a corpus of secrets in real formats and of lookalikes, and each place the job
writes untrusted text to: the change set, the prompt, an issue, a digest, a run record, a log line."""

from __future__ import annotations

import io
import json
import logging
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from secret_corpus import LOOKALIKES, SECRETS, Secret
from test_pass import PROVIDER, World
from tests_support import NOW

from job.changeset import batch_changes
from job.logs import JsonFormatter, TextFormatter, known_secrets
from job.model import Commit, Fetch, FileChange
from job.prompts import Prompts
from job.redact import PATTERNS, REDACTED, RULES_FILE, kinds, load_rules, redact, redact_url
from job.render import render_digest
from job.rules import parse_rules
from job.run_record import RunRecord
from job.triage_rules import RulesTriage

ROOT = Path(__file__).resolve().parent.parent
RULES = parse_rules((ROOT / "config" / "rules.json").read_text(), "rules.json")
# where a secret arrives: a file as it is, an added and a removed diff line, a commit message
CONTEXTS = ("{}", "+{}", "-    {}", "Rotate the credentials\n\nThe old ones were {}\n")


def survivors(text: str, secrets: list[Secret] = SECRETS) -> list[str]:
    return [f"{s.kind}: {v[:12]}…" for s in secrets for v in s.values if v in text]


def test_the_corpus_holds_at_least_60_secrets_and_50_lookalikes(record_property: Callable[[str, object], None]) -> None:
    record_property("figure", f"secret corpus: {len(SECRETS)} secrets of {len({s.kind for s in SECRETS})} kinds, "
                              f"{len(LOOKALIKES)} lookalikes; redactor: {len(PATTERNS)} rules")
    assert len(SECRETS) >= 60 and len({s.kind for s in SECRETS}) == len(SECRETS)
    assert len(LOOKALIKES) >= 50


@pytest.mark.parametrize("secret", SECRETS, ids=lambda s: s.kind)
def test_no_secret_of_the_corpus_survives_in_any_context(secret: Secret) -> None:
    for context in CONTEXTS:
        out = redact(context.format(secret.text))
        assert survivors(out, [secret]) == [], out
        assert REDACTED in out
        assert redact(out) == out  # idempotent: redacting twice changes nothing more


def test_lookalikes_mostly_survive_and_the_rate_is_reported(record_property: Callable[[str, object], None]) -> None:
    changed = [text for text in LOOKALIKES if redact(text) != text]
    caught = sum(1 for s in SECRETS if not survivors(redact(s.text), [s]))
    record_property("figure", f"redactor: {caught}/{len(SECRETS)} secrets caught, "
                              f"{len(LOOKALIKES) - len(changed)}/{len(LOOKALIKES)} lookalikes survive; changed: {changed}")
    assert len(changed) <= len(LOOKALIKES) // 10


def test_an_assignment_keeps_its_key_and_quotes() -> None:
    assert redact('DB_PASSWORD = "s3cr3t-Value-1"') == 'DB_PASSWORD = "[redacted]"'
    assert redact("  client_secret: Zx9-very-secret-value") == "  client_secret: [redacted]"
    assert redact("https://app:hunter2hunter2@db:5432/app") == "https://app:[redacted]@db:5432/app"


def test_code_that_reads_a_secret_is_kept() -> None:
    for code in ('key = os.environ["LLM_API_KEY"]', "token = get_token()", "password = settings.DB_PASSWORD",
                 "self.token = token", "api_key: str | None = None", "token: ${{ secrets.GITHUB_TOKEN }}"):
        assert redact(code) == code


def test_a_typed_assignment_is_judged_by_its_value_not_its_type() -> None:
    assert redact('api_key: str = "hunter2hunter2"') == 'api_key: str = "[redacted]"'
    assert redact('const apiKey: string = "sk_live_abcdefgh";') == 'const apiKey: string = "[redacted]";'
    assert redact("password: hunter2hunter2 note=1") == "password: [redacted] note=1"  # a word then `=`: no type
    for code in ("const API_KEY: u16 = SpuServerApiKey::UpdateConsumerOffset as u16;", "token: usize = 3",
                 'let api_key: String = env::var("API_KEY")', "api_key: str = fetch_key"):
        assert redact(code) == code  # a type, a small number, a path or a call: code


def test_an_unterminated_private_key_is_redacted_to_the_end_of_the_text() -> None:
    clipped = "+-----BEGIN RSA PRIVATE KEY-----\n+MIIEowIBAAKCAQEA7\n+q2bW"
    assert redact(clipped) == "+[redacted]"


def test_redact_url_removes_any_user_info() -> None:
    assert redact_url("https://ghost-token-value@github.com/acme/app.git") == "https://[redacted]@github.com/acme/app.git"
    assert redact_url("https://github.com/acme/app") == "https://github.com/acme/app"


def test_the_kinds_it_catches_are_gitleaks_rules_kept_as_data() -> None:
    names = kinds()
    for expected in ("private-key", "github-pat", "aws-access-token", "gcp-api-key", "slack-webhook-url",
                     "local:discord-webhook-url", "anthropic-api-key", "openai-api-key", "huggingface-access-token",
                     "stripe-access-token", "jwt", "twilio-api-key", "local:credentials-in-url",
                     "assignment of a literal secret"):
        assert expected in names
    sources = [r["source"] for r in tomllib.loads(RULES_FILE.read_text())["rule"]]
    assert len(PATTERNS) == len(sources) and set(sources) == {"gitleaks", "local"}
    assert sources.count("gitleaks") >= 70


def test_every_rule_that_matches_a_corpus_secret_finds_one_of_its_keywords_there() -> None:
    # the keywords only spare the regex where it cannot match: a wrong one would let that format through
    checked = 0
    for pattern in PATTERNS:
        for secret in SECRETS:
            for context in CONTEXTS:
                text = context.format(secret.text)
                if pattern.regex.search(text):
                    checked += 1
                    assert pattern.may_match(text.lower()), (pattern.name, secret.kind, pattern.keywords)
    assert checked >= len(SECRETS)
    keyed = [p.name for p in PATTERNS if p.keywords]
    assert len(keyed) >= len(PATTERNS) - 2, [p.name for p in PATTERNS if not p.keywords]


def test_a_rule_with_a_keyword_that_is_not_lower_case_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "rules.toml"
    bad.write_text("[[rule]]\nid = 'x'\nsource = 'local'\nregex = 'ABC[0-9]{4}'\nkeywords = ['ABC']\n")
    with pytest.raises(ValueError, match="rule x: keywords must be non-empty and lower-case"):
        load_rules(bad)


def test_a_twilio_api_key_is_redacted_from_an_issue_and_a_digest_line() -> None:
    key = "SK" + "0123456789abcdef" * 2
    assert redact(f"TWILIO_KEY_SID: {key}") == "TWILIO_KEY_SID: [redacted]"
    assert redact(f"- rotated {key} in the deploy") == "- rotated [redacted] in the deploy"


# --- each sink ------------------------------------------------------------------------------------

def _leaky_diff() -> str:
    return "@@ -1,2 +1,40 @@\n" + "".join(f"+{s.text}\n" for s in SECRETS if "\n" not in s.text) \
        + "".join(f"+{line}\n" for s in SECRETS if "\n" in s.text for line in s.text.splitlines()) \
        + '+    require_header("X-API-Key")\n'


def _leaky_message() -> str:
    return "Require an API key\n\n" + "\n".join(s.text for s in SECRETS)


def test_the_change_set_holds_only_redacted_diffs_and_messages() -> None:
    diff = _leaky_diff()
    files = (FileChange("app.py", "M", diff),)
    commit = Commit("1" * 40, _leaky_message(), "dev", NOW, "", files)
    change_set = batch_changes(Fetch(PROVIDER, "main", "0" * 40, "1" * 40, NOW, (commit,), files))
    everything = repr(change_set)
    assert survivors(everything) == []
    assert 'require_header("X-API-Key")' in change_set.files[0].diff  # the change itself stays


def test_the_prompt_carries_no_secret_from_the_change_or_the_dependents_files(tmp_path: Path) -> None:
    world = World(tmp_path)
    files = (FileChange("app.py", "M", _leaky_diff()),)
    commit = Commit("1" * 40, _leaky_message(), "dev", NOW, "", files)
    change_set = batch_changes(Fetch(PROVIDER, "main", "0" * 40, "1" * 40, NOW, (commit,), files), RULES.noise)
    rel = world.config.relationships[0]
    rules = RulesTriage(RULES).decide(change_set, rel)
    leaky_file = "\n".join(s.text for s in SECRETS)
    rendered = Prompts().render(change_set, rel, rules, ("src/client.py",), {"src/client.py": leaky_file},
                                budget_tokens=200_000, tool="record_triage")
    assert survivors(rendered.as_text()) == []
    assert "X-API-Key" in rendered.as_text()


@pytest.fixture
def leaky_pass(tmp_path: Path) -> Iterator[World]:
    world = World(tmp_path)
    world.run()
    world.source.push(PROVIDER, _leaky_message(), {"app.py": _leaky_diff()})
    record = world.run()
    assert record.exit_code == 0
    yield world


def test_issues_carry_no_secret(leaky_pass: World) -> None:
    [issue] = leaky_pass.tracker.issues
    assert survivors(issue.draft.title + issue.draft.body + issue.draft.comment) == []
    assert "[redacted]" in issue.draft.body


def test_digests_and_run_records_carry_no_secret(leaky_pass: World) -> None:
    assert leaky_pass.notifier.sent and survivors("\n".join(leaky_pass.notifier.sent)) == []
    stored = "\n".join(blob.data.decode() for blob in leaky_pass.store.objects.values())
    assert "runs/" in " ".join(leaky_pass.store.objects) and survivors(stored) == []
    records = [json.loads(b.data) for k, b in leaky_pass.store.objects.items() if k.startswith("runs/")]
    assert survivors(render_digest(RunRecord.from_json(records[-1]))) == []


@pytest.mark.parametrize("formatter", [JsonFormatter, TextFormatter])
def test_log_lines_carry_no_secret_by_shape_or_by_value(formatter: type[logging.Formatter]) -> None:
    webhook = "https://discord.com/api/webhooks/112233445566778899/Tok3n-Sup3r-S3cret_value"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter(["settings-token-value-123", webhook]))  # type: ignore[call-arg]
    log = logging.getLogger("job.test-redact")
    log.addHandler(handler)
    log.propagate = False
    try:
        for s in SECRETS:
            log.warning("failed with %s", s.text, extra={"detail": s.text, "nested": {"value": [s.text]}})
        log.error("token settings-token-value-123 and the webhook's own token Tok3n-Sup3r-S3cret_value")
        try:
            raise RuntimeError(f"boom {SECRETS[0].text}")
        except RuntimeError:
            log.exception("with a traceback")
    finally:
        log.removeHandler(handler)
    out = stream.getvalue()
    assert survivors(out) == []
    assert "settings-token-value-123" not in out and "Tok3n-Sup3r-S3cret_value" not in out
    if formatter is JsonFormatter:
        assert all(json.loads(line) for line in out.splitlines() if line.startswith("{"))


def test_known_secrets_include_the_secret_parts_of_a_webhook_url() -> None:
    found = known_secrets(["https://discord.com/api/webhooks/1122/Tok3n-Sup3r-S3cret_value", "short"])
    assert "Tok3n-Sup3r-S3cret_value" in found and "short" not in found
