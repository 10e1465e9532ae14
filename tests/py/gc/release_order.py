# The order in which finalizers run when containers let go of their items:
# lists and tuples last first, dicts and frames first first, at once.
class N:
    def __init__(s, n): s.n = n
    def __del__(s): print("freed", s.n)
items = [N(i) for i in range(3)]
del items
print("--")
t = tuple(N(i) for i in range(3, 6))
del t
print("--")
d = {i: N(i) for i in range(6, 9)}
del d
print("--")
l = [N(i) for i in range(9, 12)]
l.clear()
print("--")
l = [N(i) for i in range(12, 15)]
l[:] = []
print("--")
def f():
    a = N(15); b = N(16); c = N(17)
f()
print("--")
class O: pass
o = O(); o.a = N(18); o.b = N(19)
del o
print("end")
