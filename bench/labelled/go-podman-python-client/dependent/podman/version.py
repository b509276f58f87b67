"""Version of PodmanPy."""

__version__ = "5.8.0"
__compatible_version__ = "1.40"
