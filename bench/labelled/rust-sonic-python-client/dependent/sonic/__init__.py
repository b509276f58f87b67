from .client import IngestClient, SearchClient, ControlClient
from .client import ALL_CMDS as CHANNELS_CMDS
