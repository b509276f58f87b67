"""healthchecks_io clients."""

from .async_client import AsyncClient  # noqa: F401
from .check_trap import CheckTrap  # noqa: F401
from .sync_client import Client  # noqa: F401

__all__ = ["AsyncClient", "Client", "CheckTrap"]
