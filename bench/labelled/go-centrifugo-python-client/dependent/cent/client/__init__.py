from .sync_client import Client
from .async_client import AsyncClient

__all__ = (
    "AsyncClient",
    "Client",
)
