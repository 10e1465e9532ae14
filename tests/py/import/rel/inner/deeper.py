import rel as top
from .. import inner
from ..inner import value
