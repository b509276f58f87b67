"""Pytautulli model constants."""

CONVERT_TO_BOOL = (
    "is_active",
    "is_admin",
    "is_home_user",
    "is_allow_sync",
    "is_restricted",
    "do_notify",
    "keep_history",
    "allow_guest",
    "secure",
    "local",
    "live",
    "optimized_version",
    "selected",
    "pms_ssl",
    "pms_is_remote",
    "pms_url_manual",
    "pms_plexpass",
)
