# Signature.bind, bind_partial, BoundArguments and getcallargs.
import inspect
from inspect import Parameter as P, Signature as S


def attempt(func):
    try:
        print(repr(func()))
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass


sig = inspect.signature(f)
for args, kwargs in [((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 4, 'z': 9}),
                     ((1,), {'c': 7, 'd': 4}), ((1, 2), {'d': 0, 'e': 1})]:
    ba = sig.bind(*args, **kwargs)
    print(ba, ba.args, ba.kwargs)
    ba.apply_defaults()
    print(ba, ba.args, ba.kwargs)

attempt(lambda: sig.bind())
attempt(lambda: sig.bind(1))
attempt(lambda: sig.bind(1, a=1, d=1))
attempt(lambda: sig.bind(1, 2, c=1, d=1, f=2))
print(sig.bind_partial())
print(sig.bind_partial(1, e=3))


def g(x, y, *, z):
    pass


gs = inspect.signature(g)
print(gs.bind(1, 2, z=3), gs.bind(y=2, x=1, z=3), gs.bind(1, y=2, z=3))
attempt(lambda: gs.bind(1, 2, 3))
attempt(lambda: gs.bind(1, 2))
attempt(lambda: gs.bind(1, x=2, z=3))
attempt(lambda: gs.bind(1, 2, z=3, w=4))
attempt(lambda: gs.bind(x=1, z=3))
attempt(lambda: gs.bind_partial(1, 2, 3))
print(gs.bind_partial(z=1), gs.bind_partial(y=1))
ba = gs.bind_partial(y=1)
print(ba.args, ba.kwargs)
ba = gs.bind(1, 2, z=3)
print(ba.arguments, ba.signature is gs)
ba.arguments['y'] = 20
print(ba, ba.args)
print(ba == gs.bind(1, 20, z=3), ba == gs.bind(1, 2, z=3), ba == 1)

# Hand-made signatures and their error messages.
cases = [
    (S([P('a', 0)]), (), {'a': 1}),
    (S([P('a', 0, default=1), P('k', 4)]), (), {'a': 1}),
    (S([P('a', 0), P('k', 4)]), (), {}),
    (S([P('a', 3)]), (), {}),
    (S([P('a', 1)]), (1,), {'a': 2}),
    (S([P('a', 1)]), (1, 2), {}),
    (S([P('a', 1)]), (1,), {'z': 2}),
    (S([P('a', 0), P('b', 1)]), (), {'b': 2}),
    (S([P('a', 0, default=1), P('b', 0, default=2)]), (1,), {'b': 2}),
    (S([P('a', 1), P('args', 2), P('c', 3)]), (1, 2, 3), {'c': 4}),
    (S([P('a', 1), P('c', 3)]), (1, 2), {}),
    (S([P('a', 1), P('c', 4)]), (1, 2), {}),
    (S([P('a', 1), P('c', 3)]), (1,), {'c': 2, 'd': 3}),
    (S([P('a', 3), P('k', 3)]), (), {'a': 1}),
    (S([P('args', 2)]), (), {'x': 1}),
    (S([P('args', 2), P('kw', 4)]), (1, 2), {'x': 1}),
    (S([P('a', 1, default=0), P('kw', 4)]), (), {'a': 1, 'b': 2}),
    (S(), (1,), {}),
    (S(), (), {'x': 1}),
]
for s, args, kwargs in cases:
    attempt(lambda: s.bind(*args, **kwargs))
    attempt(lambda: s.bind_partial(*args, **kwargs))

ba = S([P('args', 2), P('kw', 4)]).bind(1, 2, x=3)
print(ba.args, ba.kwargs)
ba = S([P('a', 1), P('b', 1, default=2), P('c', 3)]).bind_partial(1, c=3)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
ba = S([P('a', 1, default=2)]).bind()
ba.apply_defaults()
print(ba)

# getcallargs mirrors the errors of a real call.


def h(x, y):
    pass


def k(a, b=1, *args, c, d=2, **kw):
    pass


def m(a, b, *, c, d=4):
    pass


class C:
    def meth(self, v, w=0):
        pass


print(inspect.getcallargs(h, 1, 2))
print(inspect.getcallargs(h, y=1, x=2))
print(inspect.getcallargs(k, 1, c=3))
print(inspect.getcallargs(k, 1, 2, 3, 4, c=3, e=5))
c = C()
result = inspect.getcallargs(c.meth, 5)
print(result['self'] is c, result['v'], result['w'])
result = inspect.getcallargs(C.meth, c, 5, w=1)
print(result['self'] is c, result['v'], result['w'])
for args, kwargs in [((1,), {}), ((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}),
                     ((1, 2), {'z': 2})]:
    attempt(lambda: inspect.getcallargs(h, *args, **kwargs))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3, 4), {'c': 1}),
                     ((1, 2, 3), {}), ((1,), {'a': 2}), ((1, 2), {'z': 2}),
                     ((), {'c': 1, 'd': 2})]:
    attempt(lambda: inspect.getcallargs(m, *args, **kwargs))


def n(a, b, c, d=1):
    pass


attempt(lambda: inspect.getcallargs(n))
attempt(lambda: inspect.getcallargs(n, 1, 2, 3, 4, 5))
attempt(lambda: inspect.getcallargs(n, 1))


def one(a):
    pass


attempt(lambda: inspect.getcallargs(one, 1, 2))
attempt(lambda: inspect.getcallargs(lambda *, x, y: 0))
attempt(lambda: inspect.getcallargs(c.meth))
attempt(lambda: inspect.getcallargs(3))
