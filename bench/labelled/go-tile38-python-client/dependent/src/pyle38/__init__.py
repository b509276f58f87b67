__version__ = "0.16.2"

from .tile38 import Tile38
