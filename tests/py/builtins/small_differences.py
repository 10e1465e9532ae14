# Small behaviours of built-ins, each as CPython 3.12 has it.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# %-formatting: anything subscriptable but a tuple or str counts as the
# mapping, so unused arguments are no error; a list is still one value.
show(lambda: "abc" % [1])
show(lambda: "abc" % [])
show(lambda: "abc" % {})
show(lambda: "%s" % [1])
show(lambda: "%s %s" % [1])
show(lambda: "abc" % 5)
show(lambda: "%(a)s" % [1])


# Setting a method of an object without __dict__.
def set_method():
    [].append = 1


def set_missing():
    [].nothing = 1


class Slots:
    __slots__ = ("x",)

    def m(self):
        return 1


def set_slots_method():
    Slots().m = 2


show(set_method)
show(set_missing)
show(set_slots_method)


# Generators: gi_code and gi_suspended.
def gen():
    yield 1
    yield 2


g = gen()
show(lambda: g.gi_code.co_name)
show(lambda: g.gi_suspended)
next(g)
show(lambda: g.gi_suspended)
list(g)
show(lambda: g.gi_suspended)


# super's own members.
class Base:
    pass


class Child(Base):
    def members(self):
        s = super()
        return s.__self__ is self, s.__thisclass__, s.__self_class__


show(lambda: Child().members())
show(lambda: None.__bool__())

# ord() of a bytearray, sum() refusing one as start.
show(lambda: ord(bytearray(b"a")))
show(lambda: ord(bytearray(b"ab")))
show(lambda: sum([1], bytearray()))

# round() clamps a huge ndigits.
show(lambda: round(1.5, 10**30))
show(lambda: round(1.5, -(10**30)))
show(lambda: round(12345, 10**30))

# A repetition count past the index range.
show(lambda: [1] * (2**63))
show(lambda: (2**64) * "ab")
show(lambda: b"x" * -(2**70))
show(lambda: (2**64) * 3)

# Slices hash like CPython's (ints and tuples of them).
show(lambda: hash(slice(1, 2, 3)))
show(lambda: hash(slice(-1, (2, 3), 4)))
show(lambda: {slice(1, 2, 3): "s"}[slice(1, 2, 3)])

# range.index of a non-int searches by equality.
show(lambda: range(3).index(1.0))
show(lambda: range(3).index(True))
show(lambda: range(3).index(7.5))
show(lambda: range(3).index(7))


# Replacing a dict's keys while iterating it, at the same size.
def keys_changed():
    d = {1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 10] = 1
    return seen


def values_replaced():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d


def changed_then_done():
    d = {1: 1}
    it = iter(d)
    next(it)
    del d[1]
    d[2] = 2
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return list(it)


show(keys_changed)
show(values_replaced)
show(changed_then_done)
show(lambda: [k for k in {1: 1, 2: 2}.items()])


# The items left in an iterator, as its __length_hint__ tells.
def hints():
    out = []
    it = iter([1, 2, 3])
    out.append(it.__length_hint__())
    next(it)
    out.append(it.__length_hint__())
    out.append(iter((1,)).__length_hint__())
    r = iter(range(10, 0, -3))
    next(r)
    out.append(r.__length_hint__())
    out.append(iter(range(5, 1)).__length_hint__())
    d = {1: 1, 2: 2}
    di = iter(d.items())
    next(di)
    out.append(di.__length_hint__())
    d[3] = 3
    out.append(di.__length_hint__())
    rv = reversed([1, 2, 3])
    next(rv)
    out.append(rv.__length_hint__())
    lst = [1]
    li = iter(lst)
    list(li)
    out.append(li.__length_hint__())
    return out


show(hints)

# A dict view's mapping: a read-only view of the dict itself.
dv = {1: 2}
show(lambda: dv.keys().mapping)
show(lambda: dv.items().mapping[1])
show(lambda: list(dv.values().mapping.items()))
