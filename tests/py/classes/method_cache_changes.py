# A method call site keeps answering right while the classes and instances
# it sees change: several classes at one site, methods replaced, deleted
# or shadowed by instance attributes after the site ran, hooks added.


class Base:
    def __init__(self, tag):
        self.tag = tag

    def name(self):
        return "base:" + self.tag


class Left(Base):
    def name(self):
        return "left:" + self.tag


class Right(Base):
    pass


def names(objs):
    return [o.name() for o in objs]


objs = [Base("a"), Left("b"), Right("c"), Left("d"), Base("e")]
for _ in range(3):
    print(names(objs))

# Replaced on the class after the site ran.
Base.name = lambda self: "patched:" + self.tag
print(names(objs))

# Deleted from the subclass: the base's answer shows through.
del Left.name
print(names(objs))

# Shadowed by an instance attribute of one object.
objs[2].name = lambda: "own"
print(names(objs))
del objs[2].name
print(names(objs))

# A non-function class attribute in its place.
Right.name = staticmethod(lambda: "static")
print(names(objs))
Right.name = classmethod(lambda cls: "classmethod of " + cls.__name__)
print(names(objs))
Right.name = "not callable"
try:
    names(objs)
except TypeError as e:
    print("TypeError:", e)
del Right.name


# __getattr__ does not take part (the method is found first), but
# __getattribute__ does.
def shout(self, attr):
    return lambda: "hooked " + attr


Base.__getattr__ = shout
print(names(objs))
Base.__getattribute__ = lambda self, attr: (lambda: "every " + attr)
print(names(objs))
del Base.__getattribute__
del Base.__getattr__
print(names(objs))


# A class made at a site's old class's address gets its own answer.
def fresh(i):
    class Tmp:
        def name(self):
            return "tmp%d" % i

    return Tmp()


print([fresh(i).name() for i in range(5)])


# Instances whose attributes moved to a dict.
class Many:
    def name(self):
        return "many"


m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
print(names([m, m]))
m.__dict__["name"] = lambda: "from dict"
print(names([m]))


# Methods in a loop, and the bound method object.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k=1):
        self.n += k
        return self


c = Counter()
for i in range(1000):
    c.bump()
c.bump(5).bump(k=10)
print(c.n, c.bump.__func__ is Counter.bump, c.bump.__self__ is c)
