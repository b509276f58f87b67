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


@pytest.fixture
def fixtures() -> Path:
    if not (FIXTURES / "devset").is_dir():
        pytest.fail(f"shared fixtures not found at {FIXTURES}; set ORCHESTRATOR_FIXTURES")
    return FIXTURES
