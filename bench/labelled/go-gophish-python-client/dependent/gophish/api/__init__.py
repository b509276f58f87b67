from .api import APIEndpoint
