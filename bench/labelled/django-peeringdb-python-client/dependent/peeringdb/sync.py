"""
Module for top-level sync-related functionality
"""

from peeringdb._fetch import Fetcher, CompatibilityError, NotFoundException
from peeringdb._update import Updater, UpdateContext
