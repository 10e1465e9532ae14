# RecursionError messages say what recursed, as CPython's do: Python
# calls say nothing more, comparisons of nested containers "in
# comparison", their reprs "while getting the repr of an object".


def show(label, f):
    try:
        f()
        print(label, "no error")
    except RecursionError as e:
        print(label, e)


class E:
    def __eq__(self, o):
        return self == o

    def __lt__(self, o):
        return self < o

    def __repr__(self):
        return repr(self)

    def __str__(self):
        return str(self)

    def __hash__(self):
        return hash(self)

    def __len__(self):
        return len(self)

    def __getattr__(self, n):
        return getattr(self, n)


e = E()
show("eq", lambda: e == e)
show("lt", lambda: e < 1)
show("repr", lambda: repr(e))
show("str", lambda: str(e))
show("hash", lambda: hash(e))
show("len", lambda: len(e))
show("getattr", lambda: e.foo)


def f():
    f()


show("call", f)

a = []
for i in range(100000):
    a = [a]
show("list eq", lambda: a == [a])
show("list repr", lambda: repr(a))
show("list str", lambda: str(a))
d = {}
for i in range(100000):
    d = {1: d}
show("dict eq", lambda: d == {1: d})
show("dict repr", lambda: repr(d))
t = ()
for i in range(100000):
    t = (t,)
show("tuple eq", lambda: t == (t,))
show("tuple lt", lambda: t < (t,))
show("tuple repr", lambda: repr(t))
show("sorted", lambda: sorted([a, [a]]))
# Shallow nesting compares without error.
s = ()
for i in range(500):
    s = (s,)
show("500 deep", lambda: s == (s,)[0])
