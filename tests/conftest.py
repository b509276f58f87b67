"""Test guards: no socket leaves loopback, and every test starts from a clean environment."""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(os.environ.get("ORCHESTRATOR_FIXTURES", ROOT.parent / "shared" / "fixtures"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> object:
    if isinstance(address, tuple) and self.family in (socket.AF_INET, socket.AF_INET6):
        host = str(address[0])
        try:
            allowed = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            allowed = False
        if not allowed:
            raise ConnectionRefusedError(f"tests may only connect to loopback, not {host}")
    return _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _guards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    for name in list(os.environ):
        if name.startswith(("ORCHESTRATOR_", "CLOUD_RUN_", "GITHUB_", "ANTHROPIC_", "GCP_", "STORAGE_EMULATOR")) \
                or name == "WEBHOOK_URL":
            monkeypatch.delenv(name)


# Figures a test measures (corpus sizes, kill points tried) are recorded with `record_property("figure",
# text)` and printed at the end of the run: the report carries them back from pytest-xdist's workers,
# where a test's own output is not shown.
_FIGURES: list[tuple[str, str]] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        _FIGURES.extend((report.nodeid, str(v)) for k, v in report.user_properties if k == "figure")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("figures measured")
        for nodeid, text in sorted(_FIGURES):
            terminalreporter.write_line(f"{nodeid.split('::', 1)[0]}: {text}")


@pytest.fixture
def fixtures() -> Path:
    if not (FIXTURES / "devset").is_dir():
        pytest.fail(f"shared fixtures not found at {FIXTURES}; set ORCHESTRATOR_FIXTURES")
    return FIXTURES
