# import Exceptions
from .exceptions import *

# import Models
from .resources.settings import GlobalSetting
from .resources.mappings import (
    Mapping,
    MappingResponse,
    MappingRequest,
    DelayDistribution,
    ResponseFaultType,
    DelayDistributionMethods,
    BasicAuthCredentials,
    WireMockMatchers,
    HttpMethods,
    CommonHeaders,
    MappingMeta,
    AllMappings,
)
from .resources.requests import (
    RequestResponse,
    RequestResponseDefinition,
    RequestResponseRequest,
    RequestCountResponse,
    RequestResponseAll,
    RequestResponseFindResponse,
    RequestResponseAllMeta,
)
from .resources.near_misses import (
    NearMissMatchResponse,
    NearMissMatchRequest,
    NearMissMatchResult,
    NearMissRequestPatternResult,
    NearMissMatch,
    NearMissMatchPatternRequest,
)

# import Resources
from .resources.settings.resource import GlobalSettings
from .resources.mappings.resource import Mappings
from .resources.requests.resource import Requests
from .resources.near_misses.resource import NearMisses
from .resources.scenarios.resource import Scenarios
