# round() hands ndigits to __round__ as given; int and float subclasses
# with and without their own __round__.
class A:
    def __round__(self, n=None): return n
print(round(A(), 1.5), round(A()), round(A(), None), round(2.567, 2), round(7, -1), round(True))
class I(int):
    def __round__(self, n=None): return 'sub'
class J(int): pass
class F(float): pass
print(round(I(5)), round(I(5), 1), round(J(15), -1), type(round(J(15), -1)), round(F(2.5)), round(F(2.567), 1), round(10**30, -29))
print(type.__module__, int.__module__)
for bad in ["round('x')", "round(1.5, 'a')", "round(1.5, 2.0)", "round(5, 1.0)"]:
    try: eval(bad)
    except TypeError as e: print(e)
print(hasattr(len, '__call__'), len.__call__([1]))
