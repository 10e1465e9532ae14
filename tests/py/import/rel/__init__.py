from .inner import value as inner_value
from . import inner
