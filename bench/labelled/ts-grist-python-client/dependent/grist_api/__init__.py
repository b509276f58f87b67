from .grist_api import GristDocAPI, init_logging, date_to_ts, ts_to_date
