from .errors import *  # noqa: D104, F403
from .gateway import DeconzSession  # noqa: F401
