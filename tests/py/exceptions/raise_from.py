# raise ... from ...: explicit chaining, from None, __suppress_context__.

class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config value " + repr(text)) from e

try:
    parse("abc")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

# from None hides the context
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError("no attribute " + k) from None

try:
    lookup({}, "name")
except AttributeError as e:
    print(type(e).__name__, e)
    print("cause:", e.__cause__, "context:", type(e.__context__).__name__, "suppress:", e.__suppress_context__)

# from an exception class (instantiated automatically)
try:
    raise RuntimeError("outer") from KeyError
except RuntimeError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))

# raise from outside an except block
try:
    raise ValueError("v") from TypeError("t")
except ValueError as e:
    print(e, "<-", e.__cause__, e.__context__)

# invalid cause
try:
    raise ValueError("x") from 42
except TypeError as e:
    print(type(e).__name__, e)

# setting __cause__ by hand
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)

# chaining a chain
try:
    try:
        try:
            raise KeyError("level 1")
        except KeyError as e1:
            raise ValueError("level 2") from e1
    except ValueError as e2:
        raise TypeError("level 3") from e2
except TypeError as e3:
    chain = []
    cur = e3
    while cur is not None:
        chain.append(type(cur).__name__ + ":" + str(cur))
        cur = cur.__cause__
    print(chain)
