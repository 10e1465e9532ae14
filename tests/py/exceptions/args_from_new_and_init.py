# An exception's args: what __new__ was given, replaced by whatever
# BaseException.__init__ is given (by the class, a subclass's super() call,
# or a later explicit call); bound methods and classes called with up to
# three and with more arguments.


class E(Exception):
    pass


class Extra(Exception):
    def __init__(self, x):
        super().__init__(x, "extra")


class Skips(Exception):
    def __init__(self, x, y=2):
        self.x = x


class Kw(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code


for e in (E(), E(1), E(1, "two", None), Extra(5), Skips(7), Skips(7, 8), Kw(1, 2, code=3)):
    print(type(e).__name__, e.args, str(e), repr(e), getattr(e, "x", None), getattr(e, "code", None))

e = E(1, 2)
e.__init__(3)
print(e.args)
e.__init__()
print(e.args, repr(e))
big = 10 ** 30
e = E(big, 1.5, "s")
print(e.args[0] is big, e.args)
try:
    raise Extra("boom")
except Extra as err:
    print("caught", err.args, err)


class Acc:
    def __init__(self):
        self.seen = []

    def add(self, *items):
        self.seen.extend(items)
        return len(self.seen)


a = Acc()
m = a.add
print(m(), m(1), m(1, 2), m(1, 2, 3), m(1, 2, 3, 4), m(*range(6)), a.seen)


class P:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, *args):
        print("init", args)


P()
P(1, 2, 3)
P(1, 2, 3, 4, 5)
raise Skips("last")
