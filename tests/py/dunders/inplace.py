# In-place operators: __iadd__ etc., fallback to binary ops, immutables vs mutables.

class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
    def __iadd__(self, o): self.v += o; print("iadd"); return self
    def __isub__(self, o): self.v -= o; print("isub"); return self
    def __imul__(self, o): self.v *= o; print("imul"); return self
    def __itruediv__(self, o): self.v /= o; print("itruediv"); return self
    def __ifloordiv__(self, o): self.v //= o; print("ifloordiv"); return self
    def __imod__(self, o): self.v %= o; print("imod"); return self
    def __ipow__(self, o): self.v **= o; print("ipow"); return self
    def __ilshift__(self, o): self.v <<= o; print("ilshift"); return self
    def __irshift__(self, o): self.v >>= o; print("irshift"); return self
    def __iand__(self, o): self.v &= o; print("iand"); return self
    def __ior__(self, o): self.v |= o; print("ior"); return self
    def __ixor__(self, o): self.v ^= o; print("ixor"); return self
    def __imatmul__(self, o): self.v = self.v * 100 + o; print("imatmul"); return self

a = Acc(10)
alias = a
a += 5
a -= 3
a *= 4
a //= 5
a %= 7
a **= 3
a <<= 2
a >>= 1
a |= 1
a &= 0xff
a ^= 0b1010
a @= 1
a /= 4
print(a, a is alias)

# without __iadd__, += falls back to __add__ and rebinds
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)

# __iadd__ returning NotImplemented falls back to __add__
class Fallback:
    def __iadd__(self, o):
        print("iadd declined")
        return NotImplemented
    def __add__(self, o):
        print("add used")
        return "result"
f = Fallback()
f += 1
print(f)

# __iadd__ can return a different object
class Swap:
    def __iadd__(self, o):
        return "replaced"
s = Swap()
s += 0
print(s)

# lists mutate in place, tuples rebind
l1 = [1]
l2 = l1
l1 += [2]
print(l1, l2, l1 is l2)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t1, t2, t1 is t2)

# augmented assignment on attributes and subscripts evaluates the target once
class Obj:
    def __init__(self):
        self.n = 0
calls = []
def get():
    calls.append("get")
    return o
o = Obj()
get().n += 5
d = {"k": [1]}
d["k"] += [2]
print(o.n, calls, d)

# the famous tuple-containing-list case
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
