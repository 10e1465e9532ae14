# The types of methods, cells and functions called to make objects, as
# types.MethodType, types.CellType and types.FunctionType do.
class A:
    def __init__(self): self.v = 7
def get(self, k=1): return self.v * k
MethodType = type(A().__init__)
a = A()
m = MethodType(get, a)
print(m(), m(3), m.__self__ is a, m.__func__ is get)
for bad in [(1, a), (get, None)]:
    try: MethodType(*bad)
    except TypeError as e: print(e)
CellType = type((lambda x: lambda: x)(1).__closure__[0])
c = CellType(5); print(c.cell_contents)
e = CellType()
try: e.cell_contents
except ValueError as ex: print(ex)
FunctionType = type(get)
def make(k):
    def inner(x): return x + k
    return inner
inner = make(10)
g = FunctionType(inner.__code__, {}, "renamed", None, inner.__closure__)
print(g(1), g.__name__, g.__module__)
h = FunctionType(get.__code__, globals(), None, (2,))
print(h(a), h.__name__, h.__defaults__)
for bad in [(1, {}), (get.__code__, []), (inner.__code__, {}), (get.__code__, {}, 5)]:
    try: FunctionType(*bad)
    except (TypeError, ValueError) as ex: print(type(ex).__name__, ex)
src = compile("y = 40 + 2", "<s>", "exec")
ns = {}
FunctionType(src, ns)()
print(ns["y"])
