# ChainMap: lookups through several maps, writes to the first one.
from collections import ChainMap, OrderedDict, defaultdict
from collections.abc import Mapping, MutableMapping


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'admin'}
cli = {'debug': True}
cm = ChainMap(cli, env, defaults)
print(cm)
print(cm['color'], cm['user'], cm['debug'], len(cm), list(cm), dict(cm))
print('color' in cm, 'nope' in cm, cm.get('nope'), cm.get('nope', 0), cm.get('user'))
print(cm.keys(), cm.values(), cm.items())
print(list(cm.keys()), list(cm.values()), list(cm.items()))
print(bool(cm), bool(ChainMap()), bool(ChainMap({}, {})), bool(ChainMap({}, {'a': 1})))
attempt('missing', lambda: cm['nope'])

# Writes and deletions only touch maps[0].
cm['color'] = 'blue'
print(cm.maps[0], defaults['color'], cm['color'])
del cm['color']
print(cm['color'])
attempt('del in parent', lambda: cm.__delitem__('user'))
attempt('pop in parent', lambda: cm.pop('user'))
print(cm.pop('user', 'fallback'))
cm['x'] = 1
print(cm.pop('x'), cm.popitem(), cm.maps[0])
attempt('popitem empty', lambda: cm.popitem())
cm['y'] = 2
cm.clear()
print(cm.maps[0], len(cm))
print(cm.setdefault('z', 26), cm.maps[0])
cm.update({'u': 1}, v=2)
print(cm.maps[0])

# new_child and parents.
base = ChainMap({'a': 1})
child = base.new_child()
child['a'] = 2
print(child, child['a'], base['a'])
child2 = base.new_child({'b': 3})
print(child2, child2.parents, child2.parents.parents)
child3 = base.new_child(c=4)
print(child3)
child4 = base.new_child({'d': 5}, e=6)
print(child4)
print(ChainMap().maps, ChainMap({}).maps, ChainMap().parents)

# copy shares the parents.
orig = ChainMap({'a': 1}, {'b': 2})
cp = orig.copy()
cp['a'] = 100
cp.maps[1]['b'] = 200
print(orig, cp, type(cp).__name__)
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))

# Equality and the | operators.
print(ChainMap({'a': 1}, {'b': 2}) == {'a': 1, 'b': 2}, ChainMap({'a': 1}) == ChainMap({}, {'a': 1}))
print(ChainMap({'a': 1}) != {'a': 2})
m = ChainMap({'a': 1}, {'b': 2})
print(m | {'c': 3}, {'c': 3} | m, type({'c': 3} | m).__name__)
m |= {'d': 4}
print(m)
attempt('or list', lambda: m | [1])

# Iteration order: the keys of the last map come first.
print(list(ChainMap({'c': 1, 'a': 2}, {'b': 3, 'a': 4}, {'d': 5, 'b': 6})))

# Mappings of other kinds, including defaultdict's __missing__.
dd = defaultdict(lambda: 'dd-default')
cm2 = ChainMap({}, dd)
print(cm2['anything'], dict(dd))
od = OrderedDict(z=1)
print(ChainMap(od, {'y': 2}))

# Subclass with __missing__.
class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f'<{key}>'

dc = DefaultChain({'a': 1})
print(dc['a'], dc['b'], dc.get('b'), 'b' in dc)

# Recursive repr.
rec = ChainMap()
rec.maps[0]['self'] = rec
print(rec)
print(isinstance(cm, Mapping), isinstance(cm, MutableMapping))

# Nested scopes, a typical use.
def lookup_chain():
    builtins_ = {'len': 'builtin len', 'print': 'builtin print'}
    globals_ = {'x': 'global x'}
    locals_ = {'x': 'local x'}
    scope = ChainMap(locals_, globals_, builtins_)
    return [scope[n] for n in ('x', 'len', 'print')]

print(lookup_chain())
