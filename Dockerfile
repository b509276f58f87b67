# The dependency orchestrator's image: one pass of the job (`orchestrator run`) by default; Cloud Run
# jobs built from it may pass other arguments (`digest --weekly` for the weekly digest job).
FROM python:3.11-slim

# PYTHON*: output unbuffered for Cloud Logging, no .pyc written next to the read-only code.
# DISABLE_GCS_PYTHON_CLIENT_OTEL_BUCKET_METADATA: google-cloud-storage 3.x otherwise fetches bucket
# metadata in a background thread for trace attributes, an extra request on every bucket.
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DISABLE_GCS_PYTHON_CLIENT_OTEL_BUCKET_METADATA=true

# git: GitPython calls it (the git commit source, and reading dependents' files).
RUN apt-get update \
 && apt-get install --yes --no-install-recommends git ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 --shell /usr/sbin/nologin orchestrator

WORKDIR /app

# The runtime dependencies only (pyproject.toml's [project] dependencies, not the test or deploy
# extras), exactly as pinned with their hashes in requirements.lock: what was tested is what ships,
# and a new major of a dependency arrives only through a reviewed update of the lock
# (./scripts/lock). Their own layer: rebuilt when the lock changes, not when the code does.
COPY requirements.lock ./
RUN pip install --require-hashes --no-deps --requirement requirements.lock

# The code finds config/ and prompts/ beside the package (job/settings.py PROJECT_ROOT,
# job/prompts.py PROMPTS): an editable install keeps job/ at /app/job, so they resolve to
# /app/config and /app/prompts. It also installs the `orchestrator` console script.
COPY README.md ./
COPY job/ job/
COPY config/ config/
COPY prompts/ prompts/
RUN pip install --no-deps --editable . \
 && python -m compileall -q job \
 && mkdir state \
 && chown orchestrator:orchestrator state

# Local state (when ORCHESTRATOR_STATE is not a gs:// URL) goes to /app/state, the one folder the
# job's user may write; clones and caches go to /tmp.
USER orchestrator
ENTRYPOINT ["orchestrator"]
CMD ["run"]
