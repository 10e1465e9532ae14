# types.new_class, prepare_class, resolve_bases, get_original_bases.
import types

C = types.new_class('C')
print(C.__name__, C.__bases__, type(C).__name__)
def body(ns):
    ns['x'] = 1
    ns['hello'] = lambda self: 'hi ' + type(self).__name__
D = types.new_class('D', (C,), None, body)
print(D.__name__, D.__bases__ == (C,), D.x, D().hello())

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
E = types.new_class('E', (), {'metaclass': Meta, 'flag': 7}, lambda ns: ns.update(y=2))
print(type(E).__name__, E.prepared, E.y)
F = types.new_class('F', (E,), {'flag': 8})
print(type(F).__name__)

meta, ns, kw = types.prepare_class('G', (E,), {'metaclass': type, 'k': 1})
print(meta.__name__, ns, kw)
print(types.prepare_class('H'))
print(types.prepare_class('H', (int,), None)[0])
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    types.new_class('X', (A, B))
except TypeError as e:
    print('TypeError', e)
class M3(M1, M2): pass
X = types.new_class('X', (A, B), {'metaclass': M3})
print(type(X).__name__)
def func_meta(name, bases, ns, **kw):
    return (name, bases, sorted(ns), kw)
print(types.new_class('Z', (A,), {'metaclass': func_meta, 'q': 1}))

class Entries:
    def __init__(self, *classes):
        self.classes = classes
    def __mro_entries__(self, bases):
        return self.classes
e = Entries(A, int)
print([b.__name__ for b in types.resolve_bases((e, C))], types.resolve_bases((C, 3))[1])
bases = (C,)
print(types.resolve_bases(bases) is bases)
class Bad:
    def __mro_entries__(self, bases):
        return [C]
try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print('TypeError', e)
Y = types.new_class('Y', (Entries(C),))
print(Y.__bases__ == (C,), types.get_original_bases(Y)[0].classes == (C,), '__orig_bases__' in Y.__dict__)
print(types.get_original_bases(C) == (object,), types.get_original_bases(int))
try:
    types.get_original_bases(1)
except TypeError as e:
    print('TypeError', e)
