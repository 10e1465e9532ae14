# functools.partial: construction, flattening, keyword merging, read-only
# attributes, repr, subclasses, __dict__, reduction and state, copying and
# use with methods, classes and builtins.
import copy
import functools
from functools import partial


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Show:
    """A callable with a fixed repr, returning what it was called with."""

    def __init__(self, name):
        self.name = name

    def __call__(self, *args, **kwargs):
        return self.name, args, kwargs

    def __repr__(self):
        return self.name


F = Show('F')
G = Show('G')

# Construction needs a callable first argument given by position.
attempt('no args', lambda: partial())
attempt('non-callable int', lambda: partial(1))
attempt('non-callable str', lambda: partial('abc', 1))
attempt('non-callable None', lambda: partial(None, x=1))
attempt('func keyword', lambda: partial(func=F))
attempt('keyword named func', lambda: partial(F, func=1).keywords)
attempt('keyword named self', lambda: partial(F, self=1)())
attempt('only keywords', lambda: partial(F, a=1)())
attempt('call it', lambda: partial(F)())
print(type(partial(F)).__name__, partial.__name__, partial.__module__,
      partial.__qualname__)

# Stored positional arguments come first; call keywords override stored
# ones without changing them.
p = partial(F, 1, 2, a=1, b=2)
print(p(3, 4), p(a=10), p(c=3), p(**{'a': 'x', 'b': 'y', 'z': 0}))
print(p.args, p.keywords)
kw = {'a': 'call'}
print(p(**kw), kw, p.keywords)
print(p.func is F, type(p.args).__name__, type(p.keywords).__name__)
print(partial(F).args, partial(F).keywords)


def target(a, b=0, *, c=0):
    return a, b, c


attempt('collide positional', lambda: partial(target, 1)(a=2))
attempt('collide stored', lambda: partial(target, 1, a=2)())
attempt('unknown keyword', lambda: partial(target, d=1)(1))
attempt('override keyword-only', lambda: partial(target, c=1)(5, c=2))
attempt('too many', lambda: partial(target, 1, 2)(3))
attempt('good', lambda: partial(target, b=5)(1))

# The keywords attribute is the stored dict itself.
q = partial(F, x=1)
q.keywords['y'] = 2
print(q(), q.keywords)
del q.keywords['x']
print(q())

# Nested partials are flattened into a single one.
p1 = partial(F, 1, a=1)
p2 = partial(p1, 2, b=2)
print(p2.func is F, p2.args, p2.keywords, p2())
p3 = partial(p2, a='over')
print(p3.func is F, p3.args, p3.keywords, p3(9))
print(p1.args, p1.keywords)
p4 = partial(partial(partial(F)))
print(p4.func is F, p4.args, p4.keywords)
inner = partial(F, 1)
inner.attr = 'has dict'
outer = partial(inner, 2)
print(outer.func is inner, outer.args, outer())

# func, args and keywords are read-only.
for attr in ('func', 'args', 'keywords'):
    attempt('set ' + attr, lambda: setattr(p, attr, None))
    attempt('del ' + attr, lambda: delattr(p, attr))
print(type(partial.func).__name__, type(partial.__dict__['args']).__name__)

# repr shows plain, keyword, nested and recursive partials.
print(repr(partial(F)))
print(repr(partial(F, 1, 'two', [3])))
print(repr(partial(F, a=1, b='x')))
print(repr(partial(F, 1, b=None, a=2)))
print(repr(partial(F, **{'a-b': 1, '1': 2})))
print(repr(partial(max, 1, key=abs)))
print(repr(partial(len)))
print(repr(partial(int, base=2)))
print(repr(partial(partial(F, 1), 2)))
print(repr(outer))
print(repr(partial(F, partial(G, 1))))
lst = []
rp = partial(F, lst)
lst.append(rp)
print(repr(rp))
rk = partial(F)
rk.keywords['me'] = rk
print(repr(rk))
sp = partial(F)
sp.__setstate__((F, (sp,), {}, None))
print(repr(sp))


# Subclasses keep their own type, repr and extra attributes.
class MyPartial(partial):
    pass


class Tagged(partial):
    label = 'class label'

    def __new__(cls, func, *args, tag='none', **kwargs):
        self = super().__new__(cls, func, *args, **kwargs)
        self.tag = tag
        return self

    def describe(self):
        return 'tagged %s with %s' % (self.tag, self.args)


# A subclass instance without attributes is flattened like a plain
# partial; one carrying attributes is kept as the wrapped function.
mp = MyPartial(F, 1, k=2)
tp = Tagged(F, 1, 2, tag='hello', z=1)
nested = MyPartial(mp, 3)
plain_of_sub = partial(mp, 4)
print(repr(mp), mp(), type(mp).__name__, isinstance(mp, partial))
print(mp.func is F, mp.note if hasattr(mp, 'note') else 'no note')
print(repr(tp), tp.tag, tp.label, tp.describe(), tp(3), tp.__dict__)
print(type(nested).__name__, nested.func is F, nested.func is mp, nested.args,
      nested.keywords)
print(repr(nested))
nested_t = MyPartial(tp, 4)
print(nested_t.func is tp, nested_t.args, repr(nested_t))
print(type(plain_of_sub).__name__, plain_of_sub.func is F,
      plain_of_sub.func is mp, plain_of_sub.args)
sub_of_plain = MyPartial(partial(F, 'a'), 'b')
print(type(sub_of_plain).__name__, sub_of_plain.func is F, sub_of_plain.args)
print(Tagged.__mro__[1] is partial, MyPartial.__base__ is partial)
attempt('subclass no args', lambda: MyPartial())
attempt('subclass non-callable', lambda: MyPartial(3))


class Reprless(partial):
    def __repr__(self):
        return 'Reprless!'


print(repr(Reprless(F)), repr(partial(F, Reprless(G))))

# __dict__ and arbitrary attributes on partial objects.
d = partial(F)
print(d.__dict__)
d.note = 'n'
d.number = 1
print(d.__dict__, d.note, d.number, hasattr(d, 'missing'))
del d.note
print(d.__dict__)
d.__dict__ = {'fresh': True}
print(d.__dict__, d.fresh)
attempt('dict to int', lambda: setattr(d, '__dict__', 5))
attempt('del dict', lambda: delattr(d, '__dict__'))
attempt('missing attr', lambda: d.nothing)
attempt('del missing attr', lambda: delattr(d, 'nothing'))
d.__doc__ = 'own doc'
print(d.__doc__, partial(F).__doc__ == partial.__doc__)

# __reduce__ returns the type, the function and the full state.
for obj in (partial(F), partial(F, 1, a=2), d, MyPartial(F, 1, k=2), tp):
    red = obj.__reduce__()
    print(type(obj).__name__, len(red), red[0].__name__, red[1], red[2])

# __setstate__ accepts a 4-tuple and validates its parts.
st = partial(G)
st.__setstate__((F, (1,), {'k': 'v'}, {'attr': 1}))
print(repr(st), st(), st.attr, st.__dict__)
st.__setstate__((F, (), None, None))
print(repr(st), st.keywords, st.__dict__)


class TupleSub(tuple):
    pass


class DictSub(dict):
    pass


st.__setstate__((F, TupleSub((1, 2)), DictSub(a=1), None))
print(type(st.args).__name__, st.args, type(st.keywords).__name__, st())
for label, state in (
        ('list state', [F, (), {}, None]),
        ('three items', (F, (), {})),
        ('five items', (F, (), {}, None, None)),
        ('empty', ()),
        ('non-callable', (1, (), {}, None)),
        ('args list', (F, [1], {}, None)),
        ('args None', (F, None, {}, None)),
        ('kwds list', (F, (), [], None)),
        ('dict None', (F, (), {}, None)),
        ('none state', None)):
    attempt(label, lambda: st.__setstate__(state))
print(repr(st))
attempt('setstate no args', lambda: st.__setstate__())

# copy.copy shares the stored objects while copy.deepcopy copies them.
orig = partial(F, [1], k=[2])
orig.extra = [3]
cp = copy.copy(orig)
print(type(cp).__name__, repr(cp), cp.args[0] is orig.args[0],
      cp.keywords is orig.keywords, cp.__dict__, cp.extra is orig.extra)
dp = copy.deepcopy(orig)
print(type(dp).__name__, repr(dp), dp.args[0] is orig.args[0],
      dp.keywords['k'] is orig.keywords['k'], dp.__dict__,
      dp.extra is orig.extra, dp.func is F)
cs = copy.copy(tp)
print(type(cs).__name__, cs.tag, cs.args, cs.keywords)
ds = copy.deepcopy(mp)
print(type(ds).__name__, repr(ds))
print(copy.copy(partial(len))('abc'), copy.deepcopy(partial(len, 'ab'))())


# Partials of bound methods, classes and builtins.
class Counter:
    def __init__(self, start):
        self.value = start

    def add(self, n, times=1):
        self.value += n * times
        return self.value


c = Counter(10)
padd = partial(c.add, times=3)
print(padd(2), padd(1, times=1), padd.func.__self__ is c, c.value)
unbound = partial(Counter.add, c, 5)
print(unbound(), unbound(times=0))
make = partial(Counter, 7)
print(type(make()).__name__, make().value)
attempt('class extra arg', lambda: make(1))
hexint = partial(int, base=16)
print(hexint('ff'), hexint('10', base=8), hexint('z', base=36))
attempt('builtin bad', lambda: hexint('xyz'))
mkdict = partial(dict, a=1)
print(mkdict(b=2), mkdict([('c', 3)], a=0))
print(partial(max, key=len)(['aa', 'b', 'ccc']), partial(sorted, reverse=True)('bca'))
print(partial(str.join, '-')('abc'), partial(divmod, 17)(5))

# As a sort key and in map and filter.
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words, key=partial(str.lower)))
print(sorted(words, key=partial(len)), sorted([3, -1, 2], key=partial(pow, exp=2)))
print(list(map(partial(pow, 2), range(6))))
print(list(map(partial(int, base=2), ['1', '10', '111'])))
print(list(filter(partial(lambda p, w: w.startswith(p), 'c'), words)))


# A partial stored on a class is not bound as a method.
class Holder:
    p = partial(F, 'stored')
    m = partial(target, 1)


h = Holder()
print(h.p(), h.p(1), Holder.p(2), h.m(2), h.m is Holder.m)
print(hasattr(partial, '__get__'), hasattr(partial(F), '__get__'))
print(callable(partial(F)), callable(partial))

# partial[int] is a generic alias.
print(partial[int], partial[int].__origin__ is partial, partial[int, str].__args__)

# Equality and hashing are identity based.
a1 = partial(F, 1)
a2 = partial(F, 1)
print(a1 == a2, a1 != a2, a1 == a1, a1 != a1, hash(a1) == hash(a1))
table = {a1: 'first', a2: 'second'}
print(len(table), table[a1], table[a2], a1 in {a1}, a2 in {a1})
attempt('order', lambda: a1 < a2)
print(partial.__eq__ is object.__eq__, partial.__hash__ is object.__hash__)


# Errors raised inside the wrapped function propagate unchanged.
class Custom(Exception):
    pass


err = Custom('inside', 42)


def fail(*args, **kwargs):
    raise err


try:
    partial(fail, 1)(2, k=3)
except Custom as e:
    print('propagated', e is err, e.args)
try:
    partial(int)('not a number')
except ValueError as e:
    print('ValueError', e)
try:
    partial(next, iter([]))()
except StopIteration as e:
    print('StopIteration', e.args)


def gen_user():
    yield from map(partial(pow, 3), range(3))


print(list(gen_user()))
attempt('triple nesting', lambda: partial(partial(F))(*range(3)))
