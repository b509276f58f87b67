from .client import PiHole6Client
from .conn import PiHole6Connection
from .actions import PiHole6Actions
from .config import PiHole6Configuration
from .dhcp import PiHole6Dhcp
from .domain_management import PiHole6DomainManagement
from .group_management import PiHole6GroupManagement
from .list_management import PiHole6ListManagement
from .metrics import PiHole6Metrics
from .network_info import PiHole6NetworkInfo
from .ftl_info import PiHole6FtlInfo
from .dns_control import PiHole6DnsControl
from .client_management import PiHole6ClientManagement

__all__ = [
    "PiHole6Client",
    "PiHole6Connection",
    "PiHole6Actions",
    "PiHole6Configuration",
    "PiHole6Dhcp",
    "PiHole6DomainManagement",
    "PiHole6GroupManagement",
    "PiHole6ListManagement",
    "PiHole6Metrics",
    "PiHole6NetworkInfo",
    "PiHole6FtlInfo",
    "PiHole6DnsControl",
    "PiHole6ClientManagement",
]
