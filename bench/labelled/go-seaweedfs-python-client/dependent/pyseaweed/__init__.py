# -*- coding: utf-8 -*-
# vi:si:et:sw=4:sts=4:ts=4

from pyseaweed.version import __version__
from pyseaweed.weed import WeedFS

VERSION = __version__
