class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.msg}"

class NotFound(AppError):
    pass

class Plain(Exception):
    pass

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(f"missing {k!r}", 404) from e

order = []
def f(n):
    try:
        order.append(f"try{n}")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            return "ret2"
        order.append("after")
    except ValueError as e:
        order.append(f"except:{e}")
        return "from-except"
    else:
        order.append("else")
        return "from-else"
    finally:
        order.append(f"finally{n}")

for n in range(3):
    print(n, f(n), order)
    order.clear()

try:
    lookup({}, "k")
except AppError as e:
    print(type(e).__name__, str(e), repr(e), e.args, e.code)
    print(type(e.__cause__).__name__, repr(e.__cause__), e.__suppress_context__)

for exc in [Plain(), Plain("a"), Plain("a", 2), KeyError("k"), KeyError("k", 1), KeyError(),
            ValueError(3), OSError(2, "No such file"), OSError("one"), StopIteration(5), SystemExit(3),
            IndexError("i"), ZeroDivisionError(), UnicodeError("u"), AttributeError("x")]:
    print(repr(exc), "|", str(exc), "|", exc.args)

def g():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("inner")
    except ValueError as e:
        ctx = e.__context__
        print("context:", type(ctx).__name__, ctx, e.__cause__)
    try:
        try:
            [][1]
        except IndexError:
            raise KeyError("x") from None
    except KeyError as e:
        print("from None:", e.__suppress_context__, type(e.__context__).__name__, e.__cause__)
g()

def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
h()

def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"
print(swallow())

e = ValueError("base")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, str(e))

try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print(eg, repr(eg), len(eg.exceptions), eg.message)
    m, rest = eg.split(ValueError)
    print(repr(m), repr(rest))
    print(repr(eg.subgroup(lambda x: isinstance(x, TypeError))))

print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, isinstance(KeyError(), LookupError))
print([c.__name__ for c in AppError.__subclasses__()])
try:
    raise Plain
except Plain as p:
    print("class raised:", repr(p))
try:
    raise 5
except TypeError as t:
    print(t)
try:
    raise ValueError from 5
except TypeError as t:
    print(t)
try:
    assert 1 > 2, "math broke"
except AssertionError as a:
    print(repr(a))
try:
    x = undefined_name
except NameError as ne:
    print(ne)
try:
    "abc".nope
except AttributeError as ae:
    print(ae, ae.name, ae.obj)
try:
    int("q")
except (TypeError, ValueError) as err:
    print("tuple catch", err)
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
gen = cleanup()
print(next(gen))
gen.close()
print(list(gen))
