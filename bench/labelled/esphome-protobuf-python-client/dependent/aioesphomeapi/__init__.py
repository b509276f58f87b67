# flake8: noqa
from .api_pb2 import (  # type: ignore[attr-defined] # noqa: F401
    BluetoothLERawAdvertisement,
    BluetoothLERawAdvertisementsResponse,
)
from .ble_defs import ESP_CONNECTION_ERROR_DESCRIPTION, BLEConnectionError
from .client import APIClient
from .connection import APIConnection, ConnectionParams
from .core import (
    ESPHOME_GATT_ERRORS,
    MESSAGE_TYPE_TO_PROTO,
    APIConnectionError,
    BadNameAPIError,
    BluetoothConnectionDroppedError,
    HandshakeAPIError,
    InvalidAuthAPIError,
    InvalidEncryptionKeyAPIError,
    ProtocolAPIError,
    RequiresEncryptionAPIError,
    ResolveAPIError,
    SocketAPIError,
)
from .model import *
from .reconnect_logic import ReconnectLogic
