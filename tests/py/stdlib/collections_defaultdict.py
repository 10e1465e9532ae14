# defaultdict: default_factory, __missing__, repr, copy and the | operators.
from collections import defaultdict


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)

def attempt_type(label, func):
    # Only the exception type: CPython names its C types "collections.X".
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__)



d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, d['a'], len(d), dict(d))
print(d.default_factory, 'c' in d, d.get('c'), 'c' in d)
print(d['c'], 'c' in d)

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()))

print(defaultdict(), defaultdict(None), defaultdict(int, {'a': 1}), defaultdict(int, a=1, b=2))
print(defaultdict(list, [('x', [1])]), defaultdict(set, {'k': {1}}, k2={2}))

n = defaultdict()
attempt('no factory', lambda: n['missing'])
attempt('bad factory', lambda: defaultdict(3))
attempt('bad factory str', lambda: defaultdict('abc'))
print(n.__missing__.__name__)
attempt('missing direct', lambda: defaultdict(lambda: 'v').__missing__('k'))

# The factory can be changed or removed.
d2 = defaultdict(lambda: 'default')
print(d2['x'])
d2.default_factory = None
attempt('after None', lambda: d2['y'])
d2.default_factory = dict
print(d2['z'], d2)

# Nested defaultdicts.
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t), list(t['a']))

# copy and friends keep the factory.
c = defaultdict(list, {'a': [1]})
c2 = c.copy()
c2['b'].append(2)
print(c, c2, type(c2).__name__, c2.default_factory)
print(c.__copy__(), c.__copy__().default_factory)
r = c.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))

# Union operators.
u = defaultdict(int, a=1) | {'b': 2}
print(u, type(u).__name__, u.default_factory)
v = {'z': 0} | defaultdict(int, a=1)
print(v, type(v).__name__, v.default_factory)
w = defaultdict(str, a='x')
w |= {'b': 'y'}
print(w, type(w).__name__)
w |= [('c', 'z')]
print(w)
attempt_type('or list', lambda: defaultdict(int) | [1])

# get and setdefault do not call the factory.
g = defaultdict(list)
print(g.get('k'), g.setdefault('s', 5), g)
print(g.pop('s'), g)

# Subclasses show their own name.
class Tally(defaultdict):
    pass

tl = Tally(int)
tl['q'] += 2
print(tl, isinstance(tl, dict), type(tl.copy()).__name__)

# Recursive repr.
rec = defaultdict(list)
rec['self'] = rec
print(rec)

class Factory:
    def __call__(self):
        return 0
    def __repr__(self):
        return 'Factory()'

print(defaultdict(Factory(), {1: 2}))
print(repr(defaultdict(lambda: 0)).startswith('defaultdict(<function <lambda> at'))
print(defaultdict(list) == {}, defaultdict(int, a=1) == {'a': 1})
