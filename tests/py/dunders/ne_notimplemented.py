# != with a class's own __ne__ returning NotImplemented: the reflected
# method, then identity (no call of __eq__); object.__ne__ inverts __eq__.
class A:
    def __eq__(self, o):
        print('A.__eq__'); return NotImplemented
    def __ne__(self, o):
        print('A.__ne__'); return NotImplemented
a = A()
print(a != 3, a != a, a == 3)
class B:
    def __eq__(self, o):
        print('B.__eq__'); return True
b = B()
print(b != 3, b != b)
class C:
    def __eq__(self, o): return True
    def __ne__(self, o): return super().__ne__(o)
print(C() != 1)
class D:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return object.__ne__(self, o)
d = D()
print(d != 1, d != d, object.__ne__(d, 1))
class E(int):
    def __ne__(self, o): return NotImplemented
print(E(1) != 1, E(1) != 2)
