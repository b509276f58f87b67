"""Small shared values for tests."""

import importlib.util
import sys
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parent.parent


def bench_module(path: str, name: str) -> ModuleType:
    """A script under `bench/` (`path`, from the project root) loaded as the module `name`."""
    spec = importlib.util.spec_from_file_location(name, ROOT / path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


def devset_bench() -> ModuleType:
    """`bench/devset.py`, the labelled-sets bench, loaded as a module."""
    return bench_module("bench/devset.py", "bench_devset")
