"""Keep a consumer's interface files, as they were at the commit its set was judged against.

    python bench/labelled/dependent.py SET GIT_DIR [--rev REV]

Reads `SET/relationships.json`, takes its API consumer's `interface_files` from the dependent's
git repository at REV (HEAD by default: the version the labeller studied), and writes them under
`SET/dependent/` with `SET/dependent.json` naming the repository, the commit and the files that
did not exist there. A run reads the same files from the dependent before it tells it anything;
the bench gives the rules these copies, so its decisions see what a run sees.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path


def _git(git_dir: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", type=Path, help="the set's folder, e.g. bench/labelled/go-api-python-client")
    parser.add_argument("git_dir", help="the dependent's git directory (a bare mirror will do)")
    parser.add_argument("--rev", default="HEAD")
    args = parser.parse_args(argv)
    config = json.loads((args.set / "relationships.json").read_text(encoding="utf-8"))
    consumers = [(c["repo"], c.get("interface_files", []))
                 for watched in config["relationships"].values() for c in watched.get("consumers", [])
                 if c.get("relationship_type") == "api_consumer"]
    if len(consumers) != 1:
        print(f"{args.set}/relationships.json: expected one api_consumer, found {len(consumers)}", file=sys.stderr)
        return 2
    repo, paths = consumers[0]
    resolved = _git(args.git_dir, "rev-parse", "--verify", f"{args.rev}^{{commit}}")
    if resolved.returncode:
        print(f"{args.git_dir}: no commit {args.rev}: {resolved.stderr.decode(errors='replace').strip()}", file=sys.stderr)
        return 2
    commit = resolved.stdout.decode().strip()
    missing = []
    for path in paths:
        blob = _git(args.git_dir, "show", f"{commit}:{path}")
        if blob.returncode:
            missing.append(path)
            continue
        target = args.set / "dependent" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob.stdout)
    record = {"repo": repo, "commit": commit, "missing": missing}
    (args.set / "dependent.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"{args.set.name}: {len(paths) - len(missing)} of {len(paths)} interface files of {repo} at {commit[:12]}"
          + (f"; missing: {', '.join(missing)}" if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
