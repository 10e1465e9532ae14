# Code objects: equality of the same code read twice, hashing, the
# attributes dir() lists, and replace().
import sys
import types


def f(a, b=1, *, c=2):
    x = a + b
    return sys._getframe().f_code


print(f(1) == f.__code__, f(1) != f.__code__, hash(f(1)) == hash(f.__code__))
print(f.__code__ == (lambda: 0).__code__, len({f.__code__, f(2)}))
print([n for n in dir(types.CodeType) if n in ("co_argcount", "co_flags", "co_name",
                                                "co_varnames", "co_stacksize", "co_consts")])
c = f.__code__
print(c.co_argcount, c.co_kwonlyargcount, c.co_varnames, c.co_name, c.co_qualname)
print(type(c.co_stacksize).__name__, c.co_stacksize > 0)
r = c.replace(co_name="g", co_qualname="outer.g")
print(r.co_name, r.co_qualname, r.co_varnames == c.co_varnames, r == c)
print(c.replace(co_flags=c.co_flags).co_flags == c.co_flags)
for bad in [dict(co_flags="x"), dict(co_name=3), dict(co_bogus=1)]:
    try:
        c.replace(**bad)
    except TypeError as e:
        print("TypeError:", e)
