from .async_main import AsyncCasdoorSDK  # noqa: F401
from .main import CasdoorSDK  # noqa: F401
from .user import User  # noqa: F401
