import sys
# sys.exc_info and sys.exception
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(v).__name__, tb is not None, sys.exception() is v)
    print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner:", sys.exc_info()[0].__name__)
        try:
            raise KeyError("k")
        except KeyError:
            print("nested:", sys.exc_info()[0].__name__, sys.exception())
        print("after nested:", sys.exc_info()[0].__name__)
        raise TypeError("converted")
except TypeError as e:
    print("outer:", type(sys.exception()).__name__, e, type(e.__context__).__name__)
def handler():
    return sys.exc_info()[1]
try:
    raise RuntimeError("in func")
except RuntimeError:
    print("from function:", handler())
print("after all:", sys.exc_info()[0])
def gen():
    try:
        raise IndexError("gen")
    except IndexError:
        yield sys.exception()
    yield sys.exception()
g = gen()
print(repr(next(g)), repr(next(g)))
try:
    raise OSError(2, "No such file")
except OSError:
    print(sys.exception().errno, sys.exception().strerror, sys.exception())
try:
    pass
finally:
    print("finally no exc:", sys.exception())
try:
    raise ValueError("in finally check")
except ValueError:
    pass
finally:
    print("finally after handled:", sys.exception())
