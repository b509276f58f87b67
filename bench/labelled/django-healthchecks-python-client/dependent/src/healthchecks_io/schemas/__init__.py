"""Schemas for healthchecks_io."""

from .badges import Badges
from .checks import Check
from .checks import CheckCreate
from .checks import CheckPings
from .checks import CheckStatuses
from .checks import CheckUpdate
from .integrations import Integration

__all__ = [
    "Check",
    "CheckCreate",
    "CheckPings",
    "CheckUpdate",
    "CheckStatuses",
    "Badges",
    "Integration",
]
