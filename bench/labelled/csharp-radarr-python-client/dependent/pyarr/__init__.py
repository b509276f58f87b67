from .lidarr import LidarrAPI
from .radarr import RadarrAPI
from .readarr import ReadarrAPI
from .request_handler import RequestHandler
from .sonarr import SonarrAPI

__all__ = ["SonarrAPI", "RadarrAPI", "RequestHandler", "ReadarrAPI", "LidarrAPI"]
