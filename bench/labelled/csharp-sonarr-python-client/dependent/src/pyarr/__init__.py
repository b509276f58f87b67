from ._async.bazarr import Bazarr as AsyncBazarr
from ._async.dispatcharr import Dispatcharr as AsyncDispatcharr
from ._async.lidarr import Lidarr as AsyncLidarr
from ._async.prowlarr import Prowlarr as AsyncProwlarr
from ._async.radarr import Radarr as AsyncRadarr
from ._async.readarr import Readarr as AsyncReadarr
from ._async.sonarr import Sonarr as AsyncSonarr
from ._async.utils.http import RequestHandler as AsyncRequestHandler
from ._async.whisparr import Whisparr as AsyncWhisparr
from ._sync.bazarr import Bazarr
from ._sync.dispatcharr import Dispatcharr
from ._sync.lidarr import Lidarr
from ._sync.prowlarr import Prowlarr
from ._sync.radarr import Radarr
from ._sync.readarr import Readarr
from ._sync.sonarr import Sonarr
from ._sync.utils.http import RequestHandler
from ._sync.whisparr import Whisparr
from .exceptions import (
    PyarrAccessRestricted,
    PyarrBadGateway,
    PyarrBadRequest,
    PyarrConnectionError,
    PyarrMethodNotAllowed,
    PyarrMissingArgument,
    PyarrMissingProfile,
    PyarrRecordNotFound,
    PyarrResourceNotFound,
    PyarrServerError,
    PyarrUnauthorizedError,
)

__all__ = [
    "Sonarr",
    "Radarr",
    "Readarr",
    "Lidarr",
    "Prowlarr",
    "Bazarr",
    "Whisparr",
    "Dispatcharr",
    "RequestHandler",
    "AsyncSonarr",
    "AsyncRadarr",
    "AsyncReadarr",
    "AsyncLidarr",
    "AsyncProwlarr",
    "AsyncBazarr",
    "AsyncWhisparr",
    "AsyncDispatcharr",
    "AsyncRequestHandler",
    "PyarrAccessRestricted",
    "PyarrBadGateway",
    "PyarrBadRequest",
    "PyarrConnectionError",
    "PyarrMethodNotAllowed",
    "PyarrMissingArgument",
    "PyarrMissingProfile",
    "PyarrRecordNotFound",
    "PyarrResourceNotFound",
    "PyarrServerError",
    "PyarrUnauthorizedError",
]
