"""Which resources an API change concerns, and whether a consumer's files name them (job/resources.py),
and the consumer's rules decision once its files are read (job/triage_rules.in_own_terms)."""

from __future__ import annotations

import json

import pytest
from doubles import ScriptedCommitSource
from tests_support import NOW, ROOT

from job.changeset import NAMES_MAX_BYTES, batch_changes
from job.config import Relationship, parse_config
from job.model import ChangeSet, Commit, Evidence, Fetch, FileChange
from job.repo_pass import with_dependent_files
from job.resources import Mentions, resource, unnamed, words
from job.rules import parse_rules
from job.triage_rules import RulesTriage, in_own_terms


@pytest.mark.parametrize(("path", "line", "expected"), [
    # the file's own name, without the layer it belongs to
    ("app/serializers/v1/rate_card_serializer.rb", "", ("rate", "card")),
    ("app/serializers/v1/product_filter_serializer.rb", "", ("product",)),  # a filter is a layer of its own
    ("Jellyfin.Api/Controllers/ItemsController.cs", "+    public ActionResult GetItems()", None),
    ("Jellyfin.Api/Controllers/PlaylistsController.cs", "", ("playlist",)),
    ("internal/api/entry_handler.go", "+\tLimit int `json:\"limit\"`", ("entry",)),
    ("src/main/java/org/traccar/api/resource/DeviceResource.java", "", ("device",)),
    ("MediaBrowser.Model/Dto/SessionInfoDto.cs", "", ("session",)),
    # a module's entry file is named for its folder
    ("crates/meilisearch/src/routes/indexes/mod.rs", "", ("index",)),
    ("src/routes/users/index.ts", "", ("user",)),
    # a file named for its layer alone spans resources: no resource
    ("config/routes.rb", "+  resources :invoices", None),
    ("contrib/openapi.json", "", None),
    ("src/chttpd/src/chttpd.erl", "", None),  # the HTTP layer itself
    ("src/chttpd/src/chttpd_db.erl", "", ("db",)),
    ("src/riak_kv_wm_counter.erl", "", ("counter",)),  # after the layer: the application's prefix comes first
    ("src/rabbit_mgmt_wm_queues.erl", "", ("queue",)),
    ("netbox/dcim/filtersets.py", "", None),
    ("src/main/java/org/traccar/api/ExtendedObjectResource.java", "", None),
    ("prot.c", '+    "os: \\"%s\\"\\n" \\', None),  # a text protocol's server: every command's replies
    ("lib/protocol.js", "", None),
    ("command/agent/ipc.go", "+type queryRequest struct {", None),  # an agent's RPC layer: every command
    ("src/jsonrpc.cpp", "", None),
    # a route the line names wins over the file: its last fixed segment
    ("src/etapi/notes.js", "+    router.get('/etapi/notes/:noteId/revisions', (req, res) => {", ("revision",)),
    ("api/v1/router.go", '+\tr.HandleFunc("/v1/feeds/{feedID}/entries", h.getFeedEntries)', ("entry",)),
    ("internal/api/api.go", '-\tr.HandleFunc("/v1/{id}", h.get)', None),
])
def test_the_resource_a_matched_line_or_file_is_about(path: str, line: str, expected: tuple[str, ...] | None) -> None:
    assert resource(Evidence("api_contract", path, "matched", line)) == expected


def test_words_are_the_same_in_any_case_style_singular_or_plural() -> None:
    assert words("RateCards rate_cards rate-card") == ["rate", "card"] * 3
    assert words("entries statuses status classes") == ["entry", "status", "status", "class"]


def test_a_qualified_resource_is_named_by_what_it_qualifies_but_not_by_a_word_alone() -> None:
    mentions = Mentions(["class SearchRule(BaseModel):\n    def get_invoice(self, invoice_id): ..."])
    assert mentions.names(("dynamic", "search", "rule"))
    assert mentions.names(("invoice",))
    assert not mentions.names(("product", "filter"))  # "filter" alone would match any client
    assert not mentions.names(("rule", "set"))


def test_only_api_shaped_evidence_about_resources_the_files_never_name_is_unnamed() -> None:
    files = {"client.py": "def list_customers(self): return self.get('/api/v1/customers')", "missing.py": None}
    products = Evidence("api_contract", "app/serializers/v1/product_serializer.rb", "path")
    customers = Evidence("api_contract", "app/serializers/v1/customer_serializer.rb", "path")
    auth = Evidence("authentication", "app/controllers/application_controller.rb", "pattern", "+  before_action :auth")
    routes = Evidence("endpoints", "config/routes.rb", "pattern", "+  resources :quotes")
    assert unnamed((products,), files) == ("product",)
    assert unnamed((products, customers), files) == ()  # one reaches the client
    assert unnamed((products, auth), files) == ()  # authentication reaches every client
    assert unnamed((products, routes), files) == ()  # a routes file could be about any resource
    assert unnamed((products,), {"client.py": None}) == ()  # nothing read: nothing to judge by


def test_a_key_the_change_quotes_that_the_client_names_keeps_the_change_whatever_the_file() -> None:
    # a Java matcher class the client never names, but it writes the JSON key the class adds
    files = {"wiremock/models.py": "class BodyPattern:\n    equal_to_json: dict | None = None\n"}
    key = Evidence("api_contract", "src/main/java/matching/EqualToJsonPattern.java", "pattern",
                   '+    @JsonProperty("equalToJson")')
    assert unnamed((key,), files) == ()
    other = Evidence("api_contract", "src/main/java/matching/EqualToXmlPattern.java", "pattern",
                     '+    @JsonProperty("equalToXml")')
    assert unnamed((other,), files) == ("equal to xml pattern",)
    one_word = Evidence("api_contract", "src/main/java/matching/MultipartValuePattern.java", "pattern",
                        '+    public MultipartValuePattern(@JsonProperty("name") String name,')
    assert unnamed((one_word,), {"c.py": "name = 'x'"}) == ("multipart value pattern",)  # every client says "name"


RULES = parse_rules((ROOT / "config" / "rules.json").read_text(), "rules.json")
CONFIG = {"relationships": {"acme/billing": {"type": "service_provider", "consumers": [{
    "repo": "acme/billing-python", "relationship_type": "api_consumer", "interface_files": ["billing/client.py"],
    "change_triggers": ["api_contract", "endpoints", "authentication"]}]}}}
CLIENT = {"billing/client.py": "class Client:\n    def create_customer(self, customer):\n"
                               "        return self.post('/api/v1/customers', json=customer)\n"}


def change_set(path: str, diff: str) -> ChangeSet:
    files = (FileChange(path, "M", diff),)
    return batch_changes(Fetch("acme/billing", "main", "a" * 40, "b" * 40, NOW,
                               (Commit("b" * 40, "change", "dev", NOW, "", files),), files))


@pytest.mark.parametrize(("path", "notify"), [
    ("app/serializers/v1/customer_serializer.rb", True),
    ("app/serializers/v1/quote_serializer.rb", False),
])
def test_a_consumers_rules_decision_keeps_an_issue_only_for_resources_its_files_name(path: str, notify: bool) -> None:
    rel = consumer()
    cs = change_set(path, "@@ -3,0 +4 @@\n+      purchase_order_number: model.purchase_order_number,\n")
    decided = RulesTriage(RULES).decide(cs, rel)
    assert decided.requires_action and decided.matched == ("api_contract",)
    seen = in_own_terms(decided, cs, CLIENT)
    assert seen.requires_action is notify
    if not notify:
        assert seen.urgency == "none" and seen.matched == () and seen.recommended_changes == ()
        assert "Its files (billing/client.py) name none of quote" in seen.reasoning
    assert seen.would_call_llm  # the pre-filter's choice is not the files' business


def test_a_name_past_a_prompts_cut_counts_and_files_read_only_in_part_never_rule_a_change_out() -> None:
    rel = consumer()
    cs = change_set("app/serializers/v1/quote_serializer.rb", "@@ -3,0 +4 @@\n+      valid_until: model.valid_until,\n")
    decided = RulesTriage(RULES).decide(cs, rel)
    padding = "".join(f"    # line {n}\n" for n in range(12_000))  # about 190 kB before the client names quotes
    files = ScriptedCommitSource(contents={rel.dependent: {"billing/client.py": CLIENT["billing/client.py"] + padding
                                                     + "    def create_quote(self, quote): ...\n"}})

    assert with_dependent_files(decided, cs, rel, files, NAMES_MAX_BYTES)[0].requires_action  # read whole: named
    cut = with_dependent_files(decided, cs, rel, files, 100_000)[0]  # read in part: the rest may name it
    assert cut.requires_action and "name none of" not in cut.reasoning
    files.contents[rel.dependent]["billing/client.py"] = CLIENT["billing/client.py"] + padding
    assert not with_dependent_files(decided, cs, rel, files, NAMES_MAX_BYTES)[0].requires_action  # whole, and never named


def consumer() -> Relationship:
    return parse_config(json.dumps(CONFIG), "test.json").relationships[0]
