from .cluster import READ_COMMANDS, AsyncRedisClusterCommands, RedisClusterCommands
from .core import AsyncCoreCommands, CoreCommands
from .helpers import list_or_args
from .redismodules import AsyncRedisModuleCommands, RedisModuleCommands
from .sentinel import AsyncSentinelCommands, SentinelCommands

__all__ = [
    "AsyncCoreCommands",
    "AsyncRedisClusterCommands",
    "AsyncRedisModuleCommands",
    "AsyncSentinelCommands",
    "CoreCommands",
    "READ_COMMANDS",
    "RedisClusterCommands",
    "RedisModuleCommands",
    "SentinelCommands",
    "list_or_args",
]
