# OrderedDict: order-aware operations, equality, views and repr.
from collections import OrderedDict


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



od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), len(od))
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(z=1, a=2), OrderedDict({'k': 'v'}, k2=0))

od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
od.move_to_end('c', False)
print(od)
attempt('move missing', lambda: od.move_to_end('nope'))

print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([('p', 1), ('q', 2)])
print(od.popitem(False), od.popitem(True), od)
print(od.popitem(), od)
attempt('popitem empty', lambda: od.popitem())
attempt('popitem empty first', lambda: od.popitem(last=False))

# Views and reversed.
o = OrderedDict.fromkeys('abcde', 0)
o.move_to_end('a')
print(o.keys(), o.values(), o.items())
print(list(reversed(o)), list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
print(len(o.keys()), 'a' in o.keys(), ('a', 0) in o.items(), 0 in o.values(), 'z' in o.keys())
print(sorted(o.keys() & {'a', 'b', 'z'}), sorted(o.keys() - {'a'}), sorted(o.keys() | {'z'}), sorted(o.keys() ^ {'a', 'z'}))
print(o.keys() == {'a', 'b', 'c', 'd', 'e'}, o.keys() == OrderedDict.fromkeys('edcba').keys())
print(o.keys().isdisjoint('xyz'), o.keys().isdisjoint('xya'))
print(o.keys() <= set('abcdef'), o.items() == dict.fromkeys('abcde', 0).items())
for k, v in o.items():
    print(k, v, end='; ')
print()

# Equality: order matters between OrderedDicts only.
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(a))
print(a == {'x': 1, 'y': 2}, a != {'x': 1}, a == [('x', 1)])
attempt_type('hash', lambda: hash(a))

# Existing keys keep their place when reassigned.
a['x'] = 10
print(a)
del a['x']
a['x'] = 11
print(a)
print(a.pop('y'), a, a.pop('missing', 'dflt'), a.setdefault('w', 5), a)
attempt('pop missing', lambda: a.pop('missing'))

# copy, fromkeys and the | operators.
c = OrderedDict(a=1, b=2)
c2 = c.copy()
c2.move_to_end('a')
print(c, c2, type(c2).__name__)
print(OrderedDict.fromkeys('xyz'), OrderedDict.fromkeys([1, 2], 'v'))
print(c | {'z': 0}, {'z': 0} | c, type({'z': 0} | c).__name__)
c |= {'b': 20, 'c': 3}
print(c)
attempt_type('or list', lambda: c | [1])
r = c.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))

# A least-recently-used cache on top of OrderedDict.
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)

cache = LRU(2)
cache.put(1, 'one'); cache.put(2, 'two')
print(cache.get(1))
cache.put(3, 'three')
print(cache, cache.get(2), cache.capacity)

# Subclasses overriding __setitem__ see every assignment, also from update().
class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)

lg = Logged([('a', 1)], b=2)
lg.update({'c': 3})
print(lg)

# Recursive repr.
rec = OrderedDict()
rec['me'] = rec
print(rec)
print(isinstance(OrderedDict(), dict), OrderedDict(a=1) == OrderedDict(a=1))

# Keys that compare equal but are ordered differently.
print(OrderedDict([(1, 'a'), (2, 'b')]) == OrderedDict([(2, 'b'), (1, 'a')]))
print(OrderedDict([(1, 'a'), (2, 'b')]) == OrderedDict([(1.0, 'a'), (2, 'b')]))
