# One attribute site read and written on instances of several classes in
# turn: the site's cached slots must follow each class's own layout, and
# changes to classes or instances must be seen at once.


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def put(self, x):
        self.v = x


class A(Base):
    pass


class B(Base):
    def __init__(self, v):
        self.pad = "b"
        super().__init__(v)


class C(Base):
    def __init__(self, v):
        self.p1 = 1
        self.p2 = 2
        super().__init__(v)


class D(C):
    pass


objs = [A(1), B(2), C(3), D(4), Base(5)]
for rnd in range(3):
    print([o.get() for o in objs])
    for o in objs:
        o.put(o.get() * 10 + rnd)
print([o.get() for o in objs])

# Alternating between two classes, then a third joins.
a, b, c = A("a"), B("b"), C("c")
seq = []
for o in [a, b, a, b, c, a, c, b, a] * 2:
    seq.append(o.get())
print("".join(seq))

# An instance that loses the attribute, then gets it back.
del b.v
try:
    b.get()
except AttributeError as e:
    print("AttributeError:", e)
b.put("again")
print(b.get(), b.pad)

# A class that gains a property of that name shadows the instance value.
class E(Base):
    pass


e = E(7)
print(e.get())
E.v = property(lambda self: "prop")
print(e.get())
try:
    e.put(8)
except AttributeError as err:
    print("AttributeError:", err)
del E.v
print(e.get())

# Instances whose attributes moved to a dict.
f = A(9)
f.__dict__["w"] = 1
print(f.get(), sorted(vars(f)))
vars(f)["v"] = 11
print(f.get())
f.put(12)
print(f.get(), vars(f))

# Slots beside plain classes at the same site.
class S(Base):
    __slots__ = ("v",)


s = S(13)
for o in [s, a, s, c, s]:
    print(o.get(), end=" ")
print()

# Properties without accessors, read, written and deleted at these sites
# and through the descriptor's own methods.
E.v = property(None)
for op in (lambda: e.get(), lambda: e.put(1), lambda: delattr(e, "v"),
           lambda: E.v.__get__(e), lambda: E.v.__set__(e, 1), lambda: E.v.__delete__(e)):
    try:
        op()
    except AttributeError as err:
        print("AttributeError:", err)

# One method call site over six classes, some overriding, with methods
# replaced and instance attributes shadowing them between rounds.
class M0:
    def who(self):
        return "M0"


class M1(M0):
    pass


class M2(M0):
    def who(self):
        return "M2"


class M3(M1):
    pass


class M4(M2):
    def who(self):
        return "M4:" + super().who()


class M5(M3):
    pass


ms = [M0(), M1(), M2(), M3(), M4(), M5()]
for rnd in range(4):
    print(rnd, [m.who() for m in ms])
    if rnd == 0:
        M1.who = lambda self: "M1 new"
    elif rnd == 1:
        ms[5].who = lambda: "own"
    elif rnd == 2:
        del M1.who
        del ms[5].who
