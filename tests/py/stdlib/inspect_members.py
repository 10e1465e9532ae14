# getmembers, getmembers_static, getattr_static, classify_class_attrs and
# getclasstree.
import inspect
import types


class Meta(type):
    meta_attr = 'meta'


class Base(metaclass=Meta):
    base_attr = 1

    def method(self):
        return 'base'

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return 'static'

    @property
    def prop(self):
        return 'computed'


class Child(Base):
    child_attr = 2

    def method(self):
        return 'child'

    def other(self):
        pass


def public(pairs):
    return [(k, type(v).__name__) for k, v in pairs if not k.startswith('__')]


print(public(inspect.getmembers(Child)))
print(public(inspect.getmembers(Child())))
print([k for k, v in inspect.getmembers(Child, inspect.isfunction)])
print([k for k, v in inspect.getmembers(Child(), inspect.ismethod)])
print(public(inspect.getmembers_static(Child)))
print(public(inspect.getmembers_static(Child())))

obj = Child()
obj.inst = 'instance value'
print(public(inspect.getmembers(obj, lambda v: isinstance(v, str))))


class Lazy:
    def __getattr__(self, name):
        return 'dynamic ' + name

    @property
    def p(self):
        raise RuntimeError('should not run')


lazy = Lazy()
print(inspect.getattr_static(lazy, 'p').__class__.__name__)
print(inspect.getattr_static(lazy, 'missing', 'default'))
try:
    inspect.getattr_static(lazy, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
print(lazy.missing)
print(type(inspect.getattr_static(Base, 'cm')).__name__,
      type(inspect.getattr_static(Base, 'sm')).__name__,
      type(inspect.getattr_static(Base(), 'method')).__name__)
print(inspect.getattr_static(Base, 'meta_attr'))
print(inspect.getattr_static(Child(), 'base_attr'))


class Shadow:
    x = 'class'


s = Shadow()
s.x = 'instance'
print(inspect.getattr_static(s, 'x'))


class DataShadow:
    @property
    def x(self):
        return 'prop'


d = DataShadow()
d.__dict__['x'] = 'instance'
print(type(inspect.getattr_static(d, 'x')).__name__)


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


print(type(inspect.getattr_static(Slots(), 'a')).__name__)

for attr in inspect.classify_class_attrs(Child):
    if not attr.name.startswith('__'):
        print(attr.name, attr.kind, attr.defining_class.__name__,
              type(attr.object).__name__)

a = inspect.classify_class_attrs(Child)[0]
print(type(a).__name__, a._fields, isinstance(a, tuple))


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


def show(tree, depth=0):
    for item in tree:
        if isinstance(item, list):
            show(item, depth + 1)
        else:
            cls, bases = item
            print('  ' * depth + cls.__name__,
                  [b.__name__ for b in bases])


show(inspect.getclasstree([A, B, C, D]))
print('--')
show(inspect.getclasstree([A, B, C, D], unique=True))
print('--')
show(inspect.getclasstree([D, C]))


class Dyn:
    @types.DynamicClassAttribute
    def dyn(self):
        return 'dyn value'


class DynChild(Dyn):
    pass


names = [k for k, v in inspect.getmembers(DynChild) if not k.startswith('__')]
print(names)
print(inspect.getmembers(DynChild(), lambda v: v == 'dyn value'))
