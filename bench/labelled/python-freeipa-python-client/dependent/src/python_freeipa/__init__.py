from python_freeipa.client import AuthenticatedSession, Client
from python_freeipa.client_legacy import ClientLegacy
from python_freeipa.client_meta import ClientMeta

__all__ = ['AuthenticatedSession', 'Client', 'ClientLegacy', 'ClientMeta']
