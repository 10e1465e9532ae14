# classmethod and staticmethod: alternate constructors, calling through instances and subclasses.

class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def how_many(cls):
        return cls.__name__ + " count " + str(cls.count)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date(2000, 1, 1).from_string("2001-02-03"))
print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024), MyDate(1, 1, 1).is_leap(3))
print(Date.how_many(), MyDate.how_many())

# raw descriptor objects in the class dict
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__(2004))
print(callable(sm))

# bound classmethod
bound = Date.from_string
print(bound.__self__ is Date, MyDate.from_string.__self__ is MyDate)

# staticmethod/classmethod created by calling them directly
def helper(x):
    return x * 3
class Tools:
    triple = staticmethod(helper)
    make = classmethod(lambda cls, v: cls.__name__ + ":" + str(v))
print(Tools.triple(3), Tools().triple(4), Tools.make(5), Tools().make(6))

# classmethod counting per subclass
class Registry:
    members = None
    @classmethod
    def register(cls, item):
        if cls.members is None or "members" not in cls.__dict__:
            cls.members = []
        cls.members.append(item)
        return cls.members
class Sub(Registry):
    pass
Registry.register(1)
Sub.register(2)
Sub.register(3)
print(Registry.members, Sub.members)
