# __bool__ and __len__: truth testing, len() errors, precedence.

class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__", self.v)
        return self.v

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__", self.n)
        return self.n

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(3)), bool(WithLen(0)), len(WithLen(7)))
print(bool(Both()), len(Both()))

if WithLen(0):
    print("not reached")
else:
    print("empty is falsy")
print(not WithBool(False))
print(WithBool(False) or "fallback")
x = WithLen(2) and "second"
print(x)

# __bool__ must return bool
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

# __len__ must return a non-negative int
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)

# len of objects without __len__
for obj in [5, 3.0, None, iter([])]:
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)

# __len__ returning a huge number
class Huge:
    def __len__(self):
        return 2 ** 100
try:
    len(Huge())
except OverflowError as e:
    print(type(e).__name__, e)

# __bool__ = None makes truth testing an error? No: it is not callable
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)

# truth of builtins subclasses
class MyList(list):
    pass
print(bool(MyList()), bool(MyList([0])))
class AlwaysTrue(list):
    def __bool__(self):
        return True
print(bool(AlwaysTrue()), len(AlwaysTrue()))
