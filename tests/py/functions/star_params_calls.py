# Calls of functions with *args and/or **kwargs from positional
# arguments: every binding and every error as in the general case.


def va(*args):
    return args


def pva(a, b=2, *rest):
    return a, b, rest


def kw(a, **k):
    k['seen'] = True
    return a, k


def both(a, *args, **kwargs):
    return a, args, kwargs


def make(n):
    def inner(*xs, **kws):
        return n, xs, kws
    return inner


print(va(), va(1), va(1, 2, 3), va() is va(), type(va(1)).__name__)
print(pva(1), pva(1, 5), pva(1, 5, 6, 7))
print(kw(1), kw(2), both(1), both(1, 2, 3))
print(make(7)(), make(8)(1, 2))
# Each call has its own **kwargs dict.
d1 = kw(1)[1]
d2 = kw(1)[1]
print(d1 is d2, d1 == d2)

errors = [
    lambda: pva(),
    lambda: kw(),
    lambda: kw(1, 2),
    lambda: both(),
    lambda: make(1)(**{1: 2}),
]
for e in errors:
    try:
        e()
    except TypeError as x:
        print('TypeError:', x)


# Deep recursion through *args frames stops at the limit.
def deep(*a):
    return deep(*a, 1) if len(a) < 50 else len(a)


print(deep())


def forever(*a):
    return forever(*a)


try:
    forever(1)
except RecursionError as x:
    print('RecursionError:', x)


# __init__ with *args and **kwargs.
class P:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


p = P(1, 2)
print(p.args, p.kwargs, P().args)


# locals() and a generator inside.
def loc(a, *rest, **kw):
    return sorted(locals()), [x * 2 for x in rest]


print(loc(1, 2, 3))


# A method with *args through the instance.
class M:
    def m(self, *a):
        return self.__class__.__name__, a


print(M().m(), M().m(1, 2))


# The *args tuple outlives the call; a traceback through it names the
# function.
def boom(*a):
    raise ValueError(a)


try:
    boom(1, 2)
except ValueError as x:
    print('ValueError:', x, x.__traceback__.tb_next.tb_frame.f_code.co_name)
