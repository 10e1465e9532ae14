# types: the type names, derived from real objects.
import types
import sys

def f(): pass
def g(): yield 1
class K:
    __slots__ = ('s',)
    def m(self): pass

checks = [
    ('FunctionType', f), ('LambdaType', lambda: 0), ('CodeType', f.__code__),
    ('MappingProxyType', K.__dict__), ('GeneratorType', g()),
    ('MethodType', K().m), ('BuiltinFunctionType', len), ('BuiltinMethodType', [].append),
    ('MethodDescriptorType', str.join), ('ClassMethodDescriptorType', dict.__dict__['fromkeys']),
    ('ModuleType', sys), ('MemberDescriptorType', K.__dict__['s']),
    ('GenericAlias', list[int]), ('UnionType', int | None),
    ('NoneType', None), ('NotImplementedType', NotImplemented), ('EllipsisType', ...),
]
for name, obj in checks:
    t = getattr(types, name)
    print(name, t.__name__, isinstance(obj, t), type(obj) is t)
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
print(isinstance(len, types.FunctionType), isinstance(f, types.BuiltinFunctionType))
def outer():
    x = 1
    def inner(): return x
    return inner
cell = outer().__closure__[0]
print(isinstance(cell, types.CellType), cell.cell_contents)
try:
    raise KeyError('k')
except KeyError as e:
    tb = e.__traceback__
    print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType))
print(types.NoneType(), types.EllipsisType.__name__, types.NotImplementedType.__name__)
print(list[int].__origin__, list[int].__args__)
mp = K.__dict__
try:
    mp['c'] = 3
except TypeError as e:
    print('TypeError', e)
mod = types.ModuleType('mymod', 'doc here')
mod.x = 5
print(mod.__name__, mod.__doc__, mod.x)
print(sorted(n for n in types.__all__ if 'Coroutine' not in n and 'AsyncGen' not in n))
