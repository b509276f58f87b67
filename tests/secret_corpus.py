"""A corpus of secrets in real formats and of lookalikes, for the redactor's tests.

Every secret is generated from a seeded random generator at import time: real formats, never real
values, and never a literal in this file that a secret scanner would flag. Each entry is the text a
secret arrives in (a line of code, env, YAML, JSON, a URL) and the values that must not survive.
Lookalikes are texts the redactor should leave as they are: shas, UUIDs, checksums, versions, and
code that only reads a secret.
"""

from __future__ import annotations

import base64
import hashlib
import random
import string
import uuid
from dataclasses import dataclass

_rng = random.Random(8)
ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def _s(alphabet: str, n: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


def _pem(kind: str, lines: int = 6, escaped: bool = False) -> tuple[str, list[str]]:
    body = [_s(B64, 64) for _ in range(lines)]
    sep = "\\n" if escaped else "\n"
    block = f"-----BEGIN {kind}-----{sep}" + sep.join(body) + f"{sep}-----END {kind}-----"
    return block, body


def _jwt() -> str:
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    payload = base64.urlsafe_b64encode(f'{{"sub":"{_s(HEX, 12)}","exp":1900000000}}'.encode()).decode().rstrip("=")
    return f"{header}.{payload}.{_s(URLSAFE, 43)}"


@dataclass(frozen=True)
class Secret:
    kind: str
    text: str  # as it appears in a file, a diff line or a message
    values: tuple[str, ...]  # what must not survive redaction


def _secrets() -> list[Secret]:
    out: list[Secret] = []

    def add(kind: str, text: str, *values: str) -> None:
        out.append(Secret(kind, text, values))

    for prefix in ("ghp", "gho", "ghu", "ghs", "ghr"):
        token = f"{prefix}_{_s(ALNUM, 36)}"
        add(f"GitHub token {prefix}_", f'GH_TOKEN = "{token}"' if prefix == "ghp" else f"using {token} here", token)
    pat = f"github_pat_{_s(ALNUM, 22)}_{_s(ALNUM, 59)}"
    add("GitHub fine-grained token", f"export GITHUB_PAT={pat}", pat)
    akia = "AKIA" + _s(UPPER, 16)
    add("AWS access key id", f"aws_access_key_id = {akia}", akia)
    asia = "ASIA" + _s(UPPER, 16)
    add("AWS temporary key id", f"AWS_ACCESS_KEY_ID: {asia}", asia)
    aws_secret = _s(B64, 40)
    add("AWS secret access key", f"aws_secret_access_key = {aws_secret}", aws_secret)
    google = "AIza" + _s(URLSAFE, 35)
    add("Google API key", f"const firebaseConfig = {{ apiKey: \"{google}\" }};", google)
    sa_block, sa_body = _pem("PRIVATE KEY", escaped=True)
    add("GCP service-account private key",
        f'{{"type": "service_account", "private_key_id": "{_s(HEX, 40)}", "private_key": "{sa_block}\\n", '
        f'"client_email": "ci@proj.iam.gserviceaccount.com"}}', *sa_body)
    for kind in ("RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"):
        block, body = _pem(kind)
        add(f"PEM {kind}", block, *body)
    for prefix in ("xoxb", "xoxp"):
        token = f"{prefix}-{_rng.randrange(10**11, 10**12)}-{_rng.randrange(10**11, 10**12)}-{_s(ALNUM, 24)}"
        add(f"Slack token {prefix}-", f"SLACK_TOKEN={token}", token)
    slack_secret = f"T{_s(UPPER, 8)}/B{_s(UPPER, 10)}/{_s(ALNUM, 24)}"
    add("Slack webhook URL", f"notify: https://hooks.slack.com/services/{slack_secret}", slack_secret)
    discord = _s(URLSAFE, 68)
    add("Discord webhook URL", f"WEBHOOK = 'https://discord.com/api/webhooks/{_rng.randrange(10**17, 10**18)}/{discord}'",
        discord)
    bot = f"M{_s(ALNUM, 25)}.{_s(URLSAFE, 6)}.{_s(URLSAFE, 38)}"
    add("Discord bot token", f"client.run({bot!r})", bot)
    ant = f"sk-ant-api03-{_s(URLSAFE, 93)}AA"
    add("Anthropic key", f"ANTHROPIC_API_KEY={ant}", ant)
    proj = f"sk-proj-{_s(URLSAFE, 60)}T3BlbkFJ{_s(URLSAFE, 60)}"
    add("OpenAI project key", f"client = OpenAI(api_key='{proj}')", proj)
    legacy = "sk-" + _s(ALNUM, 20) + "T3BlbkFJ" + _s(ALNUM, 20)
    add("OpenAI key", f"openai.api_key = \"{legacy}\"", legacy)
    hf = "hf_" + _s(string.ascii_letters, 34)
    add("Hugging Face token", f"huggingface-cli login --token {hf}", hf)
    stripe = "sk_live_" + _s(ALNUM, 24)
    add("Stripe secret key", f"Stripe.api_key = '{stripe}'", stripe)
    restricted = "rk_live_" + _s(ALNUM, 24)
    add("Stripe restricted key", f"STRIPE_KEY: {restricted}", restricted)
    jwt = _jwt()
    add("JWT", f"curl -H 'X-Session: {jwt}' https://api.example.com/me", jwt)
    db_password = _s(ALNUM, 16)
    add("credentials in a database URL", f"DATABASE_URL=postgres://app:{db_password}@db.internal:5432/app", db_password)
    git_password = _s(ALNUM, 20)
    add("credentials in a git URL", f"git clone https://deploy:{git_password}@git.example.com/acme/app.git",
        git_password)
    py_password = _s(ALNUM + "!#%", 14)
    add("password assignment (Python)", f'password = "{py_password}"', py_password)
    env_password = _s(ALNUM, 18)
    add("password assignment (env)", f"DB_PASSWORD={env_password}", env_password)
    yaml_secret = _s(ALNUM, 32)
    add("secret (YAML)", f"  client_secret: {yaml_secret}", yaml_secret)
    json_key = _s(HEX, 32)
    add("api_key (JSON)", f'{{"service": "maps", "api_key": "{json_key}"}}', json_key)
    token_value = _s(URLSAFE, 28)
    add("token (shell)", f"export SERVICE_TOKEN='{token_value}'", token_value)
    bearer = _s(URLSAFE, 40)
    add("Authorization header", f'headers = {{"Authorization": "Bearer {bearer}"}}', bearer)
    glpat = "glpat-" + _s(URLSAFE, 20)
    add("GitLab token", f"GITLAB_TOKEN: {glpat}", glpat)
    npm = "npm_" + _s(ALNUM, 36)
    add("npm token", f"//registry.npmjs.org/:_authToken={npm}", npm)
    gocspx = "GOCSPX-" + _s(URLSAFE, 28)
    add("Google OAuth client secret", f"oauth = Flow(client_id, '{gocspx}')", gocspx)
    flag = _s(ALNUM, 15)
    add("password on a command line", f"mysql -u root --password {flag} app", flag)
    xml = _s(ALNUM, 16)
    add("password in XML", f"<server><id>repo</id><password>{xml}</password></server>", xml)
    js = _s(ALNUM, 24)
    add("apiKey in a JS object", f"const client = new Client({{ apiKey: '{js}' }});", js)
    azure = _s(B64, 86) + "=="
    add("Azure storage account key",
        f"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={azure};EndpointSuffix=core.windows.net", azure)
    netrc = _s(ALNUM, 20)
    add(".netrc password", f"machine api.example.com login ci password {netrc}", netrc)
    # formats of gitleaks' default rules (job/secret_rules.toml), each in a place it may turn up
    twilio = "SK" + _s(HEX, 32)
    add("Twilio API key", f"twilio_client = Client('{twilio}', secret, account_sid)", twilio)
    age = "AGE-SECRET-KEY-1" + _s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    add("age secret key", f"# created: 2026-01-01\n{age}", age)
    shopify = "shpat_" + _s(HEX, 32)
    add("Shopify access token", f"headers['X-Shopify-Access-Token'] = '{shopify}'", shopify)
    digitalocean = "dop_v1_" + _s(HEX, 64)
    add("DigitalOcean token", f"doctl auth init -t {digitalocean}", digitalocean)
    databricks = "dapi" + _s(HEX, 32)
    add("Databricks token", f"host = https://adb.azuredatabricks.net\n{databricks}", databricks)
    brevo = f"xkeysib-{_s(HEX, 64)}-{_s(ALNUM, 16)}"
    add("Sendinblue key", f"configuration.api_key['api-key'] = '{brevo}'", brevo)
    pulumi = "pul-" + _s(HEX, 40)
    add("Pulumi token", f"PULUMI_ACCESS_TOKEN={pulumi}", pulumi)
    linear = "lin_api_" + _s(ALNUM, 40)
    add("Linear key", f"new LinearClient({{ apiKey: '{linear}' }})", linear)
    pplx = "pplx-" + _s(ALNUM, 48)
    add("Perplexity key", f"Authorization: {pplx}", pplx)
    doppler = "dp.pt." + _s(ALNUM, 43)
    add("Doppler token", f"doppler configure set token {doppler}", doppler)
    azure_ad = _s(ALNUM, 3) + "8Q~" + _s(ALNUM + "_~.-", 34)
    add("Azure AD client secret", f"client_credential = \"{azure_ad}\"", azure_ad)
    glsa = f"glsa_{_s(ALNUM, 32)}_{_s(HEX, 8)}"
    add("Grafana service account token", f"grafana: {{url: https://g.example.com, sa: {glsa}}}", glsa)
    sentry = "sntryu_" + _s(HEX, 64)
    add("Sentry user token", f"sentry-cli --auth-token {sentry} releases new 1.0", sentry)
    postman = f"PMAK-{_s(HEX, 24)}-{_s(HEX, 34)}"
    add("Postman key", f"postman-key: {postman}", postman)
    newrelic = "NRAK-" + _s(UPPER, 27)
    add("New Relic user key", f"NEW_RELIC_USER={newrelic}", newrelic)
    teams = f"{uuid.UUID(int=_rng.getrandbits(128))}@{uuid.UUID(int=_rng.getrandbits(128))}/IncomingWebhook/{_s(HEX, 32)}"
    add("Microsoft Teams webhook", f"teams: https://acme.webhook.office.com/webhookb2/{teams}", teams)
    mailgun = "key-" + _s(HEX, 32)
    add("Mailgun key", f"auth=('api', '{mailgun}')", mailgun)
    hvs = "hvs." + _s(URLSAFE, 94)
    add("Vault service token", f"vault login {hvs}", hvs)
    octopus = "API-" + _s(UPPER, 26)
    add("Octopus Deploy key", f"octo push --apiKey {octopus}", octopus)
    return out


def _lookalikes() -> list[str]:
    sha = hashlib.sha1(b"lookalike").hexdigest()
    sha256 = hashlib.sha256(b"lookalike").hexdigest()
    md5 = hashlib.md5(b"lookalike").hexdigest()
    sri = "sha512-" + base64.b64encode(hashlib.sha512(b"lookalike").digest()).decode()
    text_b64 = base64.b64encode(b"The quick brown fox jumps over the lazy dog").decode()
    return [
        f"Merge commit {sha} into main",
        f"Revert {sha[:7]}: the port change",
        f"request_id = '{uuid.UUID(int=_rng.getrandbits(128), version=4)}'",
        f"sha256sum: {sha256}  vllm-0.6.3.tar.gz",
        f"image: nginx@sha256:{sha256}",
        f'"integrity": "{sri}"',
        f"md5: {md5}",
        f"checksum = \"sha256:{sha256}\"",
        f"greeting_b64 = {text_b64}",
        "FROM vllm/vllm-openai:v0.6.3",
        "version: 2.0.0-rc.1+build.5",
        "golang.org/x/net v0.0.0-20240101120000-abcdef123456",
        "pod web-7d9f8c6b5-x2x4z restarted at 2026-03-02T12:00:00Z",
        "listen [2001:db8::8a2e:370:7334]:8080",
        "max_tokens = 2048",
        'password = os.environ["DB_PASSWORD"]',
        'token = request.headers.get("X-Token")',
        "api_key: str | None = None",
        "TOKEN_URL=https://oauth2.googleapis.com/token",
        "secret_name: my-app-secret",
        "password_min_length = 12",
        "git@github.com:acme/llm-service.git",
        f"https://github.com/acme/llm-service/commit/{sha}",
        "role_arn = arn:aws:iam::123456789012:role/deploy",
        "token: ${{ secrets.GITHUB_TOKEN }}",
        'password: "{{ .Values.db.password }}"',
        "AWS access key ids start with AKIA; temporary ones with ASIA.",
        "pip install scikit-learn  # imported as sklearn, not sk-learn",
        "def verify_token(token: str) -> bool:",
        "Use Bearer authentication with the service account's identity token.",
        "self.token = token",
        "const apiKey = process.env.API_KEY;",
        'headers = {"Authorization": f"Bearer {token}"}',
        "Classic tokens start with ghp_ and fine-grained ones with github_pat_.",
        "color: #ff00aa; margin: 0 auto;",
        "npm install left-pad@1.3.0",
        "session = Session(token=token, timeout=30)",
        "key = os.environ['LLM_API_KEY']",
        "MAX_MODEL_LEN=8192",
        f"etag: W/\"{sha256[:40]}\"",
        '"tokenizer": "meta-llama/Llama-3.1-8B-Instruct"',
        "auth: true",
        '"token_type": "Bearer"',
        'API_KEY_HEADER = APIKeyHeader(name="X-API-Key")',
        "token_endpoint: https://login.example.com/oauth2/token",
        "  - --api-key=$(API_KEY)",
        "--token-file /var/run/secrets/token",
        'password_field = "password"',
        "pwd = os.getcwd()",
        "Signed-off-by: Dev <dev@example.com>",
        "secret = \"secret\"",
        "PWD=/app",
    ]


SECRETS: list[Secret] = _secrets()
LOOKALIKES: list[str] = _lookalikes()
