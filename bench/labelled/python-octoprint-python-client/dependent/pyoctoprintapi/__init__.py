""" Defines the OctoprintApi module """

from .api import OctoprintApi
from .exceptions import ApiError, PrinterOffline, OctoprintException
from .octoprint_client import OctoprintClient
from .job import OctoprintJobInfo, OctoprintJobProgress
from .printer import OctoprintPrinterInfo, ToolTemperature, PrinterFlags, PrinterState
from .server import OctoprintServerInfo
from .settings import TrackingSetting, DiscoverySettings, WebcamSettings

