# The evaluator's caches of attribute and method lookups hold no reference:
# a class whose methods and attributes were used in a loop is still freed
# with all of its objects when it is deleted.
import gc

gc.disable()


class A:
    def __init__(self):
        self.x = 1

    def m(self):
        return self.x


def use(o):
    total = 0
    for _ in range(3):
        o.x = o.x + 1
        total += o.m()
    return total


print(use(A()))
del A
print("class and its objects:", gc.collect())


class B:
    @property
    def p(self):
        return 2


def read(o):
    return o.p + o.p


print(read(B()))
del B
print("class with a property:", gc.collect())


class Value:
    pass


class C:
    LIMIT = 10
    SHARED = Value()


def read_class(c):
    return c.LIMIT + c.LIMIT, type(c.SHARED).__name__


print(read_class(C), read_class(C))
del C
print("class read through its values:", gc.collect())
