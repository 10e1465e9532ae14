# Attributes and methods read from locals (`self.x`, `node.m()`), `is` tests
# of locals against constants: plain instances, properties, __getattr__,
# slots, built-in objects, missing attributes and unset locals.
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()

    def kind(self):
        return "leaf" if self.left is None else "node"


class Lazy:
    def __getattr__(self, name):
        return f"lazy {name}"


class Prop:
    def __init__(self):
        self._v = 3

    @property
    def v(self):
        return self._v * 2

    def method(self):
        return "method", self.v


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


def walk(n):
    t = Node(None, None)
    for _ in range(n):
        t = Node(t, Node(None, None))
    return t.check(), t.kind(), t.left.kind()


print(walk(5))


def reads(obj):
    out = []
    for name in ("v", "missing", "method"):
        try:
            out.append(getattr(obj, name))
        except AttributeError as e:
            out.append(f"AttributeError: {e}")
    return out


def direct(p, lz, s, text, n):
    out = [p.v, p.method(), lz.anything, s.a, text.upper(), n.bit_length(), n.real]
    try:
        out.append(s.b)
    except AttributeError as e:
        out.append(f"AttributeError: {e}")
    try:
        out.append(p.nothing)
    except AttributeError as e:
        out.append(f"AttributeError: {e}")
    try:
        out.append(text.nothing())
    except AttributeError as e:
        out.append(f"AttributeError: {e}")
    return out


print(direct(Prop(), Lazy(), Slotted(), "abc", 10))
print(reads(Prop())[0], reads(Prop())[2]())


def swap_class(p):
    # The same instruction sees instances of different classes.
    results = []
    for obj in (p, Node(None, None), Prop(), Lazy()):
        try:
            results.append(obj.v)
        except AttributeError as e:
            results.append(f"AttributeError: {e}")
    return results


print(swap_class(Prop()))


def identity(x, y):
    return [x is None, x is not None, x is True, x is not False, x is y, x is not y, x is ...]


for x, y in [(None, None), (True, 1), (False, False), (0, 0), (..., None)]:
    print(identity(x, y))


def unset_attr(flag):
    if flag:
        obj = Prop()
    return obj.v


try:
    unset_attr(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unset_method(flag):
    if flag:
        obj = Prop()
    return obj.method()


try:
    unset_method(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unset_is(flag):
    if flag:
        obj = None
    if obj is None:
        return "none"


try:
    unset_is(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def changing_class():
    class A:
        def m(self):
            return "A.m"

    a = A()
    first = a.m()
    A.m = lambda self: "patched"
    second = a.m()
    a.m = lambda: "instance"
    third = a.m()
    return first, second, third


print(changing_class())
