"""Parse TOML 1.0 documents: CPython 3.12's tomllib module.

loads() parses a string and load() a file opened in binary mode, both
into dicts of str keys whose values are str, int, float, bool, list, dict
and the datetime module's datetime, date and time objects. parse_float
chooses the type of floats (e.g. decimal.Decimal). Malformed documents
raise TOMLDecodeError, a ValueError, whose message tells where the
problem is.
"""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads
