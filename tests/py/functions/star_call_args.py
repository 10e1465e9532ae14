# f(*x) with x of every kind: a tuple is passed as it is, anything else
# iterated into one; what is not iterable is refused with the function's
# name (a lone *x) or as a value (with other arguments).


def f(*a, **k):
    return a, k


class O:
    def m(self, *a):
        return a


class TI(tuple):
    def __iter__(self):
        return iter(['from __iter__'])


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError


def gen():
    yield 1
    yield 2


cases = [
    ('tuple', lambda: f(*(1, 2))),
    ('list', lambda: f(*[1, 2])),
    ('str', lambda: f(*'ab')),
    ('gen', lambda: f(*gen())),
    ('dict', lambda: f(*{'x': 1})),
    ('tuple subclass', lambda: f(*TI((1, 2)))),
    ('sequence', lambda: f(*Seq())),
    ('with kwargs', lambda: f(*[1], **{'k': 2})),
    ('with keyword', lambda: f(*[1], k=3)),
    ('method', lambda: O().m(*'xy')),
    ('builtin', lambda: max(*[3, 1, 2])),
    ('two stars', lambda: f(*[1], *(2,))),
    ('int', lambda: f(*1)),
    ('None', lambda: f(*None)),
    ('None with kwargs', lambda: f(*None, **{})),
    ('method int', lambda: O().m(*1)),
    ('builtin int', lambda: max(*5)),
    ('lambda int', lambda: (lambda *a: a)(*2)),
    ('after positional', lambda: f(1, *None)),
    ('before positional', lambda: f(*None, 1)),
    ('second star', lambda: f(*[1], *3)),
    ('class int', lambda: type('X', (), {})(*1)),
]
for name, case in cases:
    try:
        print(name, case())
    except TypeError as e:
        print(name, 'TypeError:', e)


def boom():
    raise ValueError('inside the iterable')
    yield


try:
    f(*boom())
except ValueError as e:
    print('ValueError:', e)


# The tuple passed is the caller's: identity is kept for *args only
# when the callee gets a fresh one.
t = (1, 2)
print(f(*t)[0] == t)


# Callables named in call errors, as CPython's _PyObject_FunctionStr.
class O2:
    def m(self, *a): return a
def f(a): pass
tests = [
 lambda: [].append(**{'a': 1}),
 lambda: [].append(*1),
 lambda: O2().m(**1),
 lambda: O2().m(*1),
 lambda: len(*1),
 lambda: f(**{'a': 1}, **{'a': 2}),
 lambda: O2().m(**{'a': 1}, **{'a': 2}),
 lambda: print(**{1: 2}),
 lambda: O2(**1),
 lambda: int(**1),
 lambda: dict.fromkeys(*1),
 lambda: str.join(*1),
]
for t in tests:
    try: t()
    except TypeError as e: print(e)
