# Stores on instances of a class with a property: the property's name goes
# to its setter every time, other names to the instance, from the same
# store sites, also after the class changes.
class P:
    def __init__(self):
        self.a = 1
        self.p = 2

    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, value):
        self._p = value * 10


def store(o, a, p, b=None):
    o.a = a
    o.p = p
    if b is not None:
        o.b = b


objs = [P() for _ in range(3)]
for n, o in enumerate(objs):
    for k in range(3):
        store(o, k, k + n, b=n if k == 2 else None)
print([vars(o) for o in objs], [o.p for o in objs])


class D:
    """A data descriptor that records its stores."""
    log = []

    def __set__(self, obj, value):
        D.log.append(value)

    def __get__(self, obj, owner=None):
        return "D"


class Q(P):
    pass


q = Q()
for k in range(3):
    store(q, k, k)
print(vars(q))
# The name `a` becomes a data descriptor of the class: the same sites must
# now go through it.
Q.a = D()
for k in range(3):
    store(q, 10 + k, k)
print(vars(q), q.a, D.log)
del Q.a
store(q, 99, 5)
print(vars(q), q.a)


class S(P):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, (name, value))


s = S()
store(s, 1, 1, b=2)
print(vars(s))
