"""Small shared values for tests."""

import importlib.util
import sys
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parent.parent


def devset_bench() -> ModuleType:
    """`bench/devset.py`, the labelled-sets bench, loaded as a module."""
    spec = importlib.util.spec_from_file_location("bench_devset", ROOT / "bench" / "devset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module
