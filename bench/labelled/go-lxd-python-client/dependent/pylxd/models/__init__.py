from pylxd.models.certificate import Certificate
from pylxd.models.cluster import Cluster, ClusterCertificate, ClusterMember
from pylxd.models.container import Container
from pylxd.models.image import Image
from pylxd.models.instance import Instance, Snapshot
from pylxd.models.network import Network, NetworkForward
from pylxd.models.operation import Operation
from pylxd.models.profile import Profile
from pylxd.models.project import Project
from pylxd.models.storage_pool import (
    StoragePool,
    StorageResources,
    StorageVolume,
    StorageVolumeSnapshot,
)
from pylxd.models.virtual_machine import VirtualMachine

__all__ = [
    "Certificate",
    "Cluster",
    "ClusterCertificate",
    "ClusterMember",
    "Container",
    "Image",
    "Instance",
    "Network",
    "NetworkForward",
    "Operation",
    "Profile",
    "Project",
    "Snapshot",
    "StoragePool",
    "StorageResources",
    "StorageVolume",
    "StorageVolumeSnapshot",
    "VirtualMachine",
]
