"""Shaarli REST API clients"""
from .v1 import InvalidEndpointParameters, ShaarliV1Client
