from .. import mod
from ... import a as a_mod
from ...b import B
from . import __name__ as deep_name

LEAF = (mod.func(), a_mod.A, B, deep_name, __name__, __package__)
