"""Turn real commits of a public repository into unlabelled cases in the devset's format.

    python bench/labelled/extract.py GIT_DIR --repo OWNER/NAME --dependent OWNER/NAME \
        --kind consumer|template
        (--shas SHA ... | --range BASE..HEAD [--limit N]) [--id-prefix P] > cases.jsonl
    python bench/labelled/extract.py GIT_DIR --refresh cases.jsonl > refreshed.jsonl

Each case is one non-merge commit of the range (every commit a poller comparing its two ends
sees): its message, date and per-file diffs against its first parent (renames detected), clipped
as a run's change set is by default (ORCHESTRATOR_DIFF_BUDGET_FILE and _TOTAL: 20,000 characters a
file, 120,000 a commit), with `truncated` saying where; the bench then applies a run's own budget. The
`label` is left for a person to fill in: should_notify, triggers, urgency, rationale. `--refresh`
reads a labelled set's diffs again from the repository at these limits and keeps everything else
(sets extracted before 2026-12-06 were clipped at 4,000 and 20,000).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

PER_FILE = 20_000  # a run's default budget (job.changeset.Budget)
PER_COMMIT = 120_000
LETTERS = {"A": "A", "M": "M", "D": "D", "R": "R", "C": "A", "T": "M"}


def _git(git_dir: str, *args: str) -> str:
    # `core.quotePath=false`: git would print a name outside ASCII (`doc/部署.md`) quoted and escaped, a path that
    # names no file, and the case would keep an empty diff for it
    out = subprocess.run(["git", "-c", "core.quotePath=false", "--git-dir", git_dir, *args], capture_output=True, text=True,
                         errors="replace", check=True)
    return out.stdout


def _why(exc: subprocess.CalledProcessError) -> str:
    """What git said last about a failed command (`fatal: unable to read <blob>`)."""
    said = exc.stderr.strip().splitlines() if exc.stderr else []
    return said[-1] if said else str(exc)


def _files(git_dir: str, sha: str) -> list[dict[str, object]]:
    try:
        status = _git(git_dir, "diff-tree", "-r", "-M", "--no-commit-id", "--name-status", "--root", sha)
    except subprocess.CalledProcessError as exc:
        # finding renames reads the blobs, and a snapshot may leave out its largest: list the files without
        # renames (a moved file then shows as deleted and added) rather than lose the commit
        print(f"{sha[:12]}: renames not detected ({_why(exc)})", file=sys.stderr)
        status = _git(git_dir, "diff-tree", "-r", "--no-renames", "--no-commit-id", "--name-status", "--root", sha)
    files: list[dict[str, object]] = []
    budget = PER_COMMIT
    for row in status.splitlines():
        parts = row.split("\t")
        letter = LETTERS.get(parts[0][:1], "M")
        path = parts[-1]
        paths = parts[1:]
        try:
            diff = _git(git_dir, "show", "--format=", "-M", "--patch", sha, "--", *paths)
        except subprocess.CalledProcessError as exc:
            # a snapshot may leave out its largest blobs: say so in the case rather than lose the commit
            print(f"{sha[:12]} {path}: no diff ({_why(exc)})", file=sys.stderr)
            diff = f"(diff not available: {path} is missing from the repository snapshot)\n"
        truncated = False
        limit = min(PER_FILE, budget)
        if len(diff) > limit:
            diff, truncated = diff[:limit], True
        budget -= len(diff)
        entry: dict[str, object] = {"path": path, "change_type": letter, "diff": diff, "truncated": truncated}
        if letter == "R" and len(parts) == 3:
            entry["old_path"] = parts[1]
        files.append(entry)
    return files


def case(git_dir: str, sha: str, args: argparse.Namespace) -> dict[str, object]:
    # `log`, not `show -s`: show looks for renames even when it prints no diff
    full, date, message = _git(git_dir, "log", "-1", "--format=%H%x00%aI%x00%B", sha).split("\x00", 2)
    return {
        "id": f"{args.id_prefix}-{full[:8]}", "kind": args.kind, "source_repo": args.repo,
        "dependent_repo": args.dependent, "sha": full, "message": message.strip(), "date": date,
        "files": _files(git_dir, full),
        "label": {"should_notify": None, "triggers": [], "urgency": "none", "rationale": ""},
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("git_dir")
    p.add_argument("--repo")
    p.add_argument("--dependent")
    p.add_argument("--kind", choices=("consumer", "template"))
    p.add_argument("--shas", nargs="*")
    p.add_argument("--range")
    p.add_argument("--limit", type=int, help="take at most N commits of the range (the default takes all)")
    p.add_argument("--id-prefix", default="case")
    p.add_argument("--refresh", help="a labelled cases.jsonl whose diffs to read again; the rest is kept")
    args = p.parse_args(argv)
    if args.refresh:
        with open(args.refresh, encoding="utf-8") as cases:
            for line in cases:
                kept = json.loads(line)
                kept["files"] = _files(args.git_dir, kept["sha"])
                print(json.dumps(kept))
        return 0
    if args.repo is None or args.dependent is None or args.kind is None:
        p.error("give --repo, --dependent and --kind (or --refresh)")
    if args.shas:
        shas = args.shas
    elif args.range:
        shas = _git(args.git_dir, "rev-list", "--no-merges", "--reverse", "--topo-order", args.range).split()
        if args.limit is not None and len(shas) > args.limit:
            print(f"the range has {len(shas)} commits; taking the first {args.limit} (--limit)", file=sys.stderr)
            shas = shas[: args.limit]
    else:
        p.error("give --shas or --range")
    for sha in shas:
        print(json.dumps(case(args.git_dir, sha, args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
