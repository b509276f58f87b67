# Moonraker API Client
#
# Copyright (C) 2021 Clifford Roche <clifford.roche@gmail.com>
#
# This file may be distributed under the terms of the GNU GPLv3 license

from .moonrakerclient import *
from .websockets.websocketclient import (ClientAlreadyConnectedError,
                                         ClientNotAuthenticatedError,
                                         ClientNotConnectedError)
