# types.SimpleNamespace, DynamicClassAttribute and coroutine.
import types

ns = types.SimpleNamespace(b=2, a='x')
print(ns, repr(types.SimpleNamespace()), ns.a, ns.b)
ns.c = [1]
print(ns, vars(ns))
ns.self = ns
print(ns)
del ns.self
print(ns == types.SimpleNamespace(b=2, a='x', c=[1]), ns != types.SimpleNamespace(a='x'))
print(types.SimpleNamespace(a=1) == 1, types.SimpleNamespace() == types.SimpleNamespace())
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) == Sub(x=1))
for bad in [lambda: types.SimpleNamespace(1), lambda: types.SimpleNamespace({'a': 1})]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
n = types.SimpleNamespace(z=1)
del n.z
print(n, hasattr(n, 'z'))
try:
    del n.q
except AttributeError as e:
    print('AttributeError', e)
try:
    n.q
except AttributeError as e:
    print('AttributeError', e)
print(getattr(n, 'q', 'default'))
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
print(types.SimpleNamespace(**{'k': 1, 'j': (2, 3)}))
print(ns.__reduce__()[0] is types.SimpleNamespace, ns.__reduce__()[1])

class Color:
    def __init__(self, v):
        self._v = v
    @types.DynamicClassAttribute
    def value(self):
        "The value."
        return self._v
    @value.setter
    def value(self, v):
        self._v = v * 2
c = Color(3)
print(c.value, Color.__dict__['value'].__doc__)
c.value = 5
print(c.value)
try:
    Color.value
except AttributeError as e:
    print('AttributeError', repr(e))
try:
    del c.value
except AttributeError as e:
    print('AttributeError', e)
ro = types.DynamicClassAttribute(lambda self: 1)
class R:
    x = ro
try:
    R().x = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    types.DynamicClassAttribute().__get__(R(), R)
except AttributeError as e:
    print('AttributeError', e)

class Meta(type):
    def __getattr__(cls, name):
        return 'class-level ' + name
class WithMeta(metaclass=Meta):
    @types.DynamicClassAttribute
    def name(self):
        return 'instance-level'
print(WithMeta().name, WithMeta.name)

def gen():
    yield 1
print(types.coroutine(gen) is gen or callable(types.coroutine(gen)))
try:
    types.coroutine(1)
except TypeError as e:
    print('TypeError', e)
