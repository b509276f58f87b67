"""Small shared values for tests."""

from datetime import datetime, timezone

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
