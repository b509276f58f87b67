from .client import Gophish
