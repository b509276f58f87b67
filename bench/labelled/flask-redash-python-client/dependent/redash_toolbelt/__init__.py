from .client import Redash
from .date_ranges import get_frontend_vals
