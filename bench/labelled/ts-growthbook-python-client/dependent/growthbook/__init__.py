from .growthbook import *

from .growthbook_client import (
    GrowthBookClient,
    EnhancedFeatureRepository,
    FeatureCache,
    BackoffStrategy
)

# Plugin support
from .plugins import (
    GrowthBookTrackingPlugin,
    growthbook_tracking_plugin,
    RequestContextPlugin,
    ClientSideAttributes,
    request_context_plugin,
    client_side_attributes
)

# x-release-please-start-version
__version__ = "2.1.1"
# x-release-please-end
