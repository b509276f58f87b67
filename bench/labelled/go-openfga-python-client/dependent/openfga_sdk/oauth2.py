import asyncio
import json
import random

from datetime import datetime, timedelta

import urllib3

from openfga_sdk._version import USER_AGENT
from openfga_sdk.configuration import Configuration
from openfga_sdk.constants import (
    TOKEN_EXPIRY_JITTER_IN_SEC,
    TOKEN_EXPIRY_THRESHOLD_BUFFER_IN_SEC,
)
from openfga_sdk.credentials import Credentials
from openfga_sdk.exceptions import AuthenticationError
from openfga_sdk.oauth2_common import _TokenState, jitter
from openfga_sdk.telemetry.attributes import TelemetryAttributes
from openfga_sdk.telemetry.telemetry import Telemetry


class OAuth2Client:
    def __init__(self, credentials: Credentials, configuration=None):
        self._credentials = credentials
        self._token_state: _TokenState | None = None
        self._lock = asyncio.Lock()
        self._telemetry = Telemetry()

        if configuration is None:
            configuration = Configuration.get_default_copy()

        self.configuration = configuration

    def _token_valid(self):
        """
        Return whether token is valid (with proactive expiry buffer to avoid using near-expired tokens)
        """
        state = self._token_state  # atomic snapshot — either old or new, never torn
        if state is None:
            return False
        remaining = (state.expiry_time - datetime.now()).total_seconds()
        return remaining > state.expiry_buffer

    async def _obtain_token(self, client):
        """
        Perform OAuth2 and obtain token
        """
        configuration = self._credentials.configuration

        token_url = self._credentials._parse_issuer(configuration.api_issuer)

        post_params = {
            "client_id": configuration.client_id,
            "client_secret": configuration.client_secret,
            "grant_type": "client_credentials",
        }

        if (
            configuration.api_audience is not None
            and configuration.api_audience.strip()
        ):
            post_params["audience"] = configuration.api_audience

        # Add scope parameter if scopes are configured
        if configuration.scopes is not None:
            if isinstance(configuration.scopes, list):
                scope_str = " ".join(
                    s.strip() for s in configuration.scopes if s and s.strip()
                )
            else:
                scope_str = (
                    configuration.scopes.strip()
                    if isinstance(configuration.scopes, str)
                    else ""
                )
            if scope_str:
                post_params["scope"] = scope_str

        headers = urllib3.response.HTTPHeaderDict(
            {
                "Accept": "application/json",
                "Content-Type": "application/x-www-form-urlencoded",
                "User-Agent": USER_AGENT,
            }
        )

        max_retry = (
            self.configuration.retry_params.max_retry
            if (
                self.configuration.retry_params is not None
                and self.configuration.retry_params.max_retry is not None
            )
            else 0
        )

        min_wait_in_ms = (
            self.configuration.retry_params.min_wait_in_ms
            if (
                self.configuration.retry_params is not None
                and self.configuration.retry_params.min_wait_in_ms is not None
            )
            else 0
        )

        for attempt in range(max_retry + 1):
            raw_response = await client.request(
                method="POST",
                url=token_url,
                headers=headers,
                query_params=None,
                body=None,
                _preload_content=True,
                _request_timeout=None,
                post_params=post_params,
            )

            if 500 <= raw_response.status <= 599 or raw_response.status == 429:
                if attempt < max_retry and raw_response.status != 501:
                    await asyncio.sleep(jitter(attempt, min_wait_in_ms))
                    continue

            if 200 <= raw_response.status <= 299:
                try:
                    api_response = json.loads(raw_response.data)
                except Exception:
                    raise AuthenticationError(http_resp=raw_response)

                if api_response.get("expires_in") and api_response.get("access_token"):
                    self._token_state = _TokenState(
                        access_token=api_response.get("access_token"),
                        expiry_time=datetime.now()
                        + timedelta(seconds=int(api_response.get("expires_in"))),
                        expiry_buffer=(
                            TOKEN_EXPIRY_THRESHOLD_BUFFER_IN_SEC
                            + random.random() * TOKEN_EXPIRY_JITTER_IN_SEC
                        ),
                    )
                    self._telemetry.metrics.credentialsRequest(
                        attributes={
                            TelemetryAttributes.fga_client_request_client_id: configuration.client_id
                        },
                        configuration=self.configuration.telemetry,
                    )
                    break

            raise AuthenticationError(http_resp=raw_response)

    async def get_authentication_header(self, client):
        """
        If configured, return the header for authentication
        """
        if not self._token_valid():
            async with self._lock:
                if not self._token_valid():
                    await self._obtain_token(client)
        return {"Authorization": f"Bearer {self._token_state.access_token}"}
