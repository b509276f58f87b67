"""Constants for the OpenEVSE HTTP python library."""
USER_AGENT = "python-openevse-http"
MIN_AMPS = 6
MAX_AMPS = 48
