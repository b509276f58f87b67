"""The dependency orchestrator poller: watches repositories and tells their dependents what affects them."""

__version__ = "0.1.0"
