"""The `orchestrator` command line: parse arguments, build settings, call the composition root, run,
and map the outcome to an exit code (0 done, 1 failed and a retry may help, 2 configuration or usage,
130 or 143 stopped by SIGINT or SIGTERM).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import logging
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from job import __version__
from job.bootstrap import build, load_config, load_rules, new_run_id
from job.errors import ConfigError, Interrupted, OrchestratorError, UsageError
from job.interrupt import exit_now, handling_signals
from job.logs import LEVELS, setup_logging, stderr_is_json
from job.ports import RendersPrompts
from job.settings import PROJECT_ROOT, Settings, error_log_json, load_settings

log = logging.getLogger("job.cli")


# Each command: its one-line description (also its `-h` summary) and an example.
HELP = {
    "run": ("run one pass over the watched repos", "orchestrator run --dry-run --repo acme/llm-service"),
    "demo": ("build a small local world, run passes on it, show the outcome", "orchestrator demo"),
    "triage": ("decide one sample change for one relationship",
               "orchestrator triage consumer --payload change.json --engine rules"),
    "validate": ("check the relationships config and the settings", "orchestrator validate --online"),
    "relationships": ("list the relationships", "orchestrator relationships --format mermaid"),
    "digest": ("send the weekly digest", "orchestrator digest --weekly --dry-run"),
    "schedule": ("the Cloud Scheduler jobs of scheduler.yaml", "orchestrator schedule apply --dry-run"),
    "schedule apply": ("create or update the schedules of scheduler.yaml, idempotently",
                       "GCP_PROJECT_ID=my-project GCP_REGION=us-central1 orchestrator schedule apply --dry-run"),
    "execute": ("run the deployed Cloud Run job now",
                "GCP_PROJECT_ID=my-project GCP_REGION=us-central1 orchestrator execute --wait"),
    "state": ("inspect or move checkpoints", "orchestrator state show --format json"),
    "state show": ("list checkpoints and recent runs", "orchestrator state show --repo acme/llm-service"),
    "state reset": ("delete a checkpoint (the next run baselines) or move it to a sha",
                    "orchestrator state reset --repo acme/llm-service --to 1a2b3c4d"),
}


def _command(sub: Any, name: str, prefix: str = "") -> argparse.ArgumentParser:
    summary, example = HELP[f"{prefix}{name}"]
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=summary, description=summary[0].upper() + summary[1:] + ".",
        epilog=f"example:\n  {example}", formatter_class=argparse.RawDescriptionHelpFormatter)
    return parser


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orchestrator",
        description="Poll watched repositories and tell affected dependents, in precise issues.",
        epilog="example:\n  orchestrator demo\n  orchestrator run --dry-run\n\n"
               "`orchestrator COMMAND -h` describes a command.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def with_config(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--config", help="relationships config (default: ORCHESTRATOR_CONFIG or config/relationships.json)")
        return p

    run = with_config(_command(sub, "run"))
    run.add_argument("--dry-run", action="store_true", help="decide and print the digest; write nothing")
    run.add_argument("--repo", action="append", default=[], metavar="OWNER/NAME", help="only this watched repo (repeatable)")
    run.add_argument("--since", metavar="SHA|DATE", help="process commits after this sha or date instead of the checkpoint")

    demo = _command(sub, "demo")
    demo.add_argument("--keep", action="store_true", help="reuse an existing demo world instead of rebuilding it")

    triage = with_config(_command(sub, "triage"))
    triage.add_argument("kind", choices=["consumer", "template"])
    triage.add_argument("--payload", required=True, metavar="FILE|-", help="the earlier service's test request body")
    triage.add_argument("--engine", choices=["rules", "claude", "auto"], default="auto",
                        help="auto: Claude when ANTHROPIC_API_KEY is set, else the rules")
    triage.add_argument("--show-prompt", action="store_true", help="print the rendered prompt before the decision")

    validate = with_config(_command(sub, "validate"))
    validate.add_argument("--online", action="store_true",
                          help="also check the repositories: readable, writable, interface files present")

    rels = with_config(_command(sub, "relationships"))
    rels.add_argument("--format", choices=["table", "json", "mermaid"], default="table")

    digest = _command(sub, "digest")
    digest.add_argument("--weekly", action="store_true", required=True, help="the last complete week")
    digest.add_argument("--dry-run", action="store_true", help="print it; send and record nothing")
    digest.add_argument("--force", action="store_true", help="send it again even if this week's went out")

    schedule = _command(sub, "schedule")
    schedule_sub = schedule.add_subparsers(dest="schedule_command", required=True, metavar="ACTION")
    apply = _command(schedule_sub, "apply", "schedule ")
    apply.add_argument("--dry-run", action="store_true", help="say what would change; change nothing")
    apply.add_argument("--file", default=str(PROJECT_ROOT / "scheduler.yaml"), help="the schedules (default: scheduler.yaml)")

    execute = _command(sub, "execute")
    execute.add_argument("--weekly-digest", action="store_true", help="run the weekly digest job instead of a pass")
    execute.add_argument("--wait", action="store_true", help="wait for the execution to end and report its outcome")
    execute.add_argument("--poll", type=float, default=10.0, metavar="SECONDS", help="how often --wait looks (default 10)")
    execute.add_argument("args", nargs=argparse.REMAINDER, metavar="-- ARGS",
                         help="arguments for this execution instead of the job's (needs run.jobs.runWithOverrides)")

    state = _command(sub, "state")
    state_sub = state.add_subparsers(dest="state_command", required=True, metavar="ACTION")
    show = _command(state_sub, "show", "state ")
    show.add_argument("--repo", metavar="OWNER/NAME")
    show.add_argument("--format", choices=["table", "json"], default="table")
    reset = _command(state_sub, "reset", "state ")
    reset.add_argument("--repo", required=True, metavar="OWNER/NAME")
    reset.add_argument("--to", metavar="SHA", help="the next run processes the commits after this sha")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2  # a usage error: nothing was asked
    run_id = new_run_id()
    try:
        try:
            settings = load_settings()
        except ConfigError:
            setup_logging(run_id, "json" if error_log_json() else "text", [])
            raise
        if getattr(args, "config", None):
            settings = dataclasses.replace(settings, config=args.config)
        task: dict[str, object] = {}
        if settings.execution:
            task = {"execution": settings.execution, "task_index": settings.task_index, "attempt": settings.task_attempt}
        setup_logging(run_id, "json" if settings.log_json else "text", settings.secrets(), task,
                      level=LEVELS[settings.log_level])
        handler = COMMANDS[args.command]
        return handler(args, settings, run_id)
    except Interrupted as exc:
        log.warning("stopped: %s", exc)
        return exc.exit_code
    except OrchestratorError as exc:
        _report(exc)
        return 2 if isinstance(exc, ConfigError) or not exc.retryable else 1


def _report(exc: OrchestratorError) -> None:
    """The one line (or one record, in JSON) that says why the command stopped."""
    if stderr_is_json():
        log.error("error: %s", exc, extra={"retryable": exc.retryable})
    else:
        print(f"error: {exc}", file=sys.stderr)


def _cmd_run(args: argparse.Namespace, settings: Settings, run_id: str) -> int:
    from job.poll import PassOptions, run_pass
    from job.source_git import end_git_children

    # a first SIGINT/SIGTERM: start no more repos, stop those in flight at a safe point, save the record
    # and the digest, exit 130/143; a second: end the git children and exit at once (the state's write
    # order makes that safe)
    with handling_signals(settings.interrupt_grace_seconds, on_hard_exit=end_git_children) as interrupt:
        deps = build(settings, run_id=run_id)
        unknown = [r for r in args.repo if deps.config.watched_repo(r) is None]
        if unknown:
            raise UsageError(f"--repo {', '.join(unknown)}: not a watched repo in {settings.config}")
        log.info("active adapters", extra=deps.adapters)

        def progress(done: int, total: int) -> None:
            print(f"[{done}/{total}] repos done", file=sys.stderr)

        since_shas = _since_shas(args, settings, deps) if args.since else {}
        since = args.since if since_shas or not args.since else _as_date(args.since)
        result = run_pass(deps, PassOptions(dry_run=args.dry_run, repos=tuple(args.repo), since=since,
                                            since_shas=since_shas, interrupt=interrupt,
                                            on_progress=progress if sys.stderr.isatty() and not stderr_is_json() else None))
        for message in result.messages:
            log.warning(message)
        if args.dry_run and result.digest:
            print(result.digest)
    if not interrupt.is_set():
        return result.exit_code
    if result.in_flight:
        exit_now(interrupt.exit_code)  # the repos left at work hold threads the interpreter would wait for
    return interrupt.exit_code


def _since_shas(args: argparse.Namespace, settings: Settings, deps: Any) -> dict[str, str]:
    """`--since` as the pass takes it: per selected watched repo the full sha of the commit it names on the
    watched branch, or {} for an ISO date. Anything else is a usage error, before anything runs."""
    from job.ports import ResolvesCommits
    from job.ranges import parse_instant

    value = args.since.strip()
    wanted = {r.lower() for r in args.repo}
    selected = [w for w in deps.config.watched if not wanted or w.repo.lower() in wanted]
    looks_hex = 4 <= len(value) <= 40 and all(c in "0123456789abcdefABCDEF" for c in value)
    if looks_hex and isinstance(deps.source, ResolvesCommits):
        found = {w.repo.lower(): deps.source.resolve_commit(w.repo, w.branch, value) for w in selected}
        if all(found.values()):
            return {repo: hit[0] for repo, hit in found.items() if hit}
        missing = [w.repo for w in selected if not found[w.repo.lower()]]
        if any(found.values()) or not _is_date(value, parse_instant):
            raise UsageError(f"--since {value!r}: no commit of that name is on the watched branch of "
                             f"{', '.join(missing)}" + ("; name the repo with --repo" if any(found.values()) else ""))
    if not _is_date(value, parse_instant):
        raise UsageError(f"--since {value!r}: expected a commit sha on the watched branch or an ISO date "
                         "(2026-03-01 or 2026-03-01T12:00:00Z)")
    return {}


def _as_date(value: str) -> str:
    from job.ranges import parse_instant

    return parse_instant(value, "--since").isoformat()


def _is_date(value: str, parse: Any) -> bool:
    try:
        parse(value, "--since")
    except OrchestratorError:
        return False
    return True


def _cmd_demo(args: argparse.Namespace, settings: Settings, run_id: str) -> int:
    from job.demo import run_demo

    return run_demo(settings, keep=args.keep)


def _cmd_triage(args: argparse.Namespace, settings: Settings, run_id: str) -> int:
    from job.bootstrap import build_engine, read_text
    from job.payloads import parse_payload, triage_payload

    if args.engine != "auto":
        if args.engine == "claude" and not settings.anthropic_api_key:
            raise UsageError("--engine claude needs ANTHROPIC_API_KEY")
        settings = dataclasses.replace(settings, engine=args.engine)
    config = load_config(settings)
    rules = load_rules(settings)
    if args.payload == "-":
        text, source = sys.stdin.read(), "<stdin>"
    else:
        text, source = read_text(args.payload, "payload"), args.payload
    change_set, relationship, notes = parse_payload(args.kind, text, source, config, rules)
    # a sample change reads none of the dependent's files: the prompt says they are not available
    engine = build_engine(settings, rules, files=None, store=None)
    if args.show_prompt:
        if not isinstance(engine, RendersPrompts):
            print("(the rules engine uses no prompt)", file=sys.stderr)
        else:
            rendered = engine.render_prompt(change_set, relationship)
            print(f"--- system ---\n{rendered.system}\n--- user ---\n{rendered.user}\n--- decision ---")
    print(json.dumps(triage_payload(change_set, relationship, engine, notes), indent=2))
    return 0


def _cmd_validate(args: argparse.Namespace, settings: Settings, run_id: str) -> int:
    config = load_config(settings)
    load_rules(settings)
    deps = build(settings, config=config, run_id=run_id)
    print(f"OK: {settings.config}: {len(config.watched)} watched repos, {len(config.relationships)} relationships")
    print(f"rules: {settings.rules}")
    for port, adapter in deps.adapters.items():
        print(f"{port:>9}: {adapter}")
    if not args.online:
        return 0
    from job.online import check_online

    problems = check_online(config, deps.source, deps.files, deps.tracker)
    if not problems:
        print("online: every repository is readable, every dependent writable, every interface file present")
        return 0
    _table([("REPO", "ROLE", "PROBLEM")] + [(p.repo, p.role, p.problem) for p in problems])
    return 1


def _cmd_relationships(args: argparse.Namespace, settings: Settings, run_id: str) -> int:
    config = load_config(settings)
    rels = config.relationships
    if args.format == "json":
        print(json.dumps([{
            "watched": r.watched, "dependent": r.dependent, "kind": r.kind, "categories": list(r.categories),
            "divergent": list(r.divergent), "interface_files": list(r.interface_files), "origin": r.origin,
        } for r in rels], indent=2))
    elif args.format == "mermaid":
        print("graph LR")
        ids = {name: f"r{i}" for i, name in enumerate(sorted({r.watched for r in rels} | {r.dependent for r in rels}))}
        for name, node in ids.items():
            print(f'  {node}["{name}"]')
        for r in rels:
            arrow = "-->" if r.kind == "consumer" else "-.->"
            print(f"  {ids[r.watched]} {arrow}|{r.kind}: {', '.join(r.categories)}| {ids[r.dependent]}")
    else:
        rows = [("WATCHED", "DEPENDENT", "KIND", "CATEGORIES")]
        rows += [(r.watched, r.dependent, r.kind, ",".join(r.categories)) for r in rels]
        _table(rows)
    return 0


def _table(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _cmd_state(args: argparse.Namespace, settings: Settings, run_id: str) -> int:
    from job.bootstrap import build_store
    from job.state import Checkpoint, Checkpoints, RunRecords

    store = build_store(settings)
    checkpoints = Checkpoints(store)
    if args.state_command == "show":
        found = [c for c in checkpoints.all() if not args.repo or c.repo.lower() == args.repo.lower()]
        runs = RunRecords(store).keys()[-5:]
        if args.format == "json":
            print(json.dumps({"state": store.describe(), "checkpoints": [dataclasses.asdict(c) for c in found],
                              "recent_runs": runs}, indent=2))
            return 0
        print(f"state: {store.describe()}")
        rows = [("REPO", "BRANCH", "SHA", "COMMITTED", "UPDATED", "RUN")]
        rows += [(c.repo, c.branch, c.sha[:12], c.committed_at, c.updated_at, c.run_id) for c in found]
        _table(rows)
        if runs:
            print("recent runs: " + ", ".join(k.rsplit("/", 1)[-1].removesuffix(".json") for k in runs))
        return 0
    current = checkpoints.get(args.repo)
    if args.to is None:
        print(f"{args.repo}: checkpoint {'deleted' if checkpoints.delete(args.repo) else 'was not set'}; "
              "the next run sets a new baseline at the head")
        return 0
    ref = args.to.strip().lower()
    if not (4 <= len(ref) <= 40 and all(c in "0123456789abcdef" for c in ref)):
        raise UsageError(f"--to {args.to!r}: expected a commit sha (a full or short sha, hex digits)")
    branch, sha, committed_at = _resolve_on_branch(settings, store, args.repo, ref, "--to")
    now = datetime.now(timezone.utc)
    checkpoint = Checkpoint(
        repo=args.repo, branch=branch or (current[0].branch if current else ""), sha=sha,
        committed_at=committed_at, updated_at=now.isoformat(timespec="seconds"),
        run_id=run_id, note=f"reset by hand to {sha}",
    )
    checkpoints.put(checkpoint, current[1] if current else 0)
    print(f"{args.repo}: checkpoint set to {sha}; the next run processes the commits after it")
    return 0


def _resolve_on_branch(settings: Settings, store: Any, repo: str, ref: str, option: str) -> tuple[str, str, str]:
    """The watched branch, full sha and commit time of the commit `ref` names on the watched branch of
    `repo`; a usage error (exit 2) naming the problem when it names none there."""
    from job.bootstrap import build_source
    from job.ports import ResolvesCommits

    watched = load_config(settings).watched_repo(repo)
    branch = watched.branch if watched else None
    source = build_source(settings, store)
    if not isinstance(source, ResolvesCommits):
        raise UsageError(f"{option}: the commit source cannot look commits up")
    found = source.resolve_commit(repo, branch, ref)
    on = f"branch {branch}" if branch else "its watched (default) branch"
    if found is None:
        raise UsageError(f"{option} {ref!r}: no commit of that name is on {on} of {repo}; give a sha of a commit "
                         "on the watched branch")
    return branch or "", found[0], found[1]


def _cmd_digest(args: argparse.Namespace, settings: Settings, run_id: str) -> int:
    from job.bootstrap import build_notifier, build_store, build_tracker
    from job.weekly_send import send_weekly

    # a first signal before the week's digest is claimed stops it there (Interrupted); after, it is sent
    with handling_signals(settings.interrupt_grace_seconds) as interrupt:
        code = send_weekly(build_store(settings), build_tracker(settings), build_notifier(settings), settings,
                           run_id, dry_run=args.dry_run, force=args.force, interrupt=interrupt)
    return interrupt.exit_code if interrupt.is_set() else code


def _deploy_extra(command: str) -> None:
    """`execute` and `schedule apply` need the Cloud Run and Scheduler clients, which the job image
    leaves out: without them, one line says how to get them."""
    for module in ("google.cloud.run_v2", "google.cloud.scheduler_v1", "yaml"):
        try:
            importlib.import_module(module)
        except ImportError:
            raise UsageError(f"`orchestrator {command}` needs the deploy extra ({module} is not installed): "
                             "pip install '.[deploy]' (or 'dependency-orchestrator-poller[deploy]')") from None


def _cmd_schedule(args: argparse.Namespace, settings: Settings, run_id: str) -> int:
    _deploy_extra("schedule apply")
    from job.deploy import apply_schedules, load_spec, require_location, scheduler_client

    project, region = require_location(settings.gcp_project_id, settings.gcp_region)
    spec = load_spec(args.file)
    for line in apply_schedules(scheduler_client(settings.scheduler_api_url or None), spec, project, region,
                                dry_run=args.dry_run):
        print(line)
    return 0


def _cmd_execute(args: argparse.Namespace, settings: Settings, run_id: str) -> int:
    _deploy_extra("execute")
    from job.deploy import require_location
    from job.gcloud_execute import execute, jobs_client

    project, region = require_location(settings.gcp_project_id, settings.gcp_region)
    extra = args.args[1:] if args.args[:1] == ["--"] else args.args
    result = execute(jobs_client(settings.run_api_url or None), project, region, settings.job_name,
                     weekly=args.weekly_digest, wait=args.wait, poll_seconds=args.poll, args=extra)
    return result.exit_code


COMMANDS = {
    "run": _cmd_run, "demo": _cmd_demo, "triage": _cmd_triage, "validate": _cmd_validate,
    "relationships": _cmd_relationships, "state": _cmd_state, "digest": _cmd_digest,
    "schedule": _cmd_schedule, "execute": _cmd_execute,
}
