from .aiohttp import AiohttpSession
from .requests import RequestsSession

__all__ = (
    "AiohttpSession",
    "RequestsSession",
)
