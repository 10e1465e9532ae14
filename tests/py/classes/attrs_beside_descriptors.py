# Instance attributes of a class that also has data descriptors: the
# instance's value unless the class has a data descriptor of that name, also
# when the class changes between reads of the same instruction.
class C:
    def __init__(self):
        self.a = 1
        self.m = "instance wins over a method"

    def m(self):
        return "method"

    @property
    def p(self):
        return self.a * 10


def read(o):
    return o.a, o.p, o.m


c = C()
for _ in range(3):
    print(read(c))
C.a = property(lambda self: "class property now")
print(read(c))
del C.a
print(read(c))
C.p = 5
print(read(c))


class Setter:
    def __get__(self, obj, cls):
        return "data descriptor"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class D:
    x = Setter()

    def __init__(self):
        self.__dict__["x"] = "hidden"
        self.y = 2


d = D()
print([(d.x, d.y) for _ in range(2)], d.__dict__)
