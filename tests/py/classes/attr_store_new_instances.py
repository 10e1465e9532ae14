# Attributes stored into new instances through one cached site: in the
# class's order, out of it, after the instance's __dict__ was taken, and
# with slots and dicts mixed in.


class P:
    def __init__(self, a, b, first_b=False):
        if first_b:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b


ps = [P(i, -i, i % 3 == 0) for i in range(9)]
print([(p.a, p.b, list(vars(p))) for p in ps])


class Q:
    def set(self, v):
        self.x = v


q1 = Q()
q1.set(1)
q2 = Q()
d = q2.__dict__
q2.set(2)
print(q1.x, q2.x, d, vars(q2), d is vars(q2))
q3 = Q()
q3.y = "y first"
q3.set(3)
print(vars(q3))
q4 = Q()
q4.set(4)
q4.set(5)
del q4.x
q4.set(6)
print(vars(q4), vars(q1))


class R:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.last = n


rs = [R(n) for n in (3, 0, 5, 1, 3)]
print([vars(r) for r in rs])


class S:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


class T(S):
    def __init__(self):
        super().__init__()
        self.z = 3


print([(o.x, o.y) for o in (S(), T())], vars(T()))

# Many new instances, each filled by __init__, then read back.
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def count(n):
    if n.left is None:
        return 1
    return 1 + count(n.left) + count(n.right)


print(count(make(8)), list(vars(make(1))))
