from enum import Flag, IntFlag, auto, Enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name)
print(Perm.R in rw, Perm.X in rw, list(rw), len(rw))
print(bool(Perm(0)), repr(Perm(0)), Perm(0).name)
print(repr(~Perm.R), repr(~rw), repr(Perm.R & Perm.W), repr(rw ^ Perm.R))
print(repr(Perm(7)), list(Perm), len(Perm))
print(Perm.R | Perm.R is Perm.R, (Perm.R | Perm.W) is (Perm.W | Perm.R))
print(repr(Perm.W | Perm.X | Perm.R))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(Color.RED.value, Color.BLUE.value, repr(Color.WHITE), list(Color))
print(repr(Color.RED | Color.GREEN), str(Color.RED | Color.BLUE), format(Color.GREEN))
print(list(Color.WHITE), repr(~Color.RED))


class P(IntFlag):
    R = 4
    W = 2
    X = 1


print(P.R, repr(P.R | P.W), str(P.R | P.W), P.R | 1, repr(P.R | 8))
print(P.R + 1, P.R == 4, isinstance(P.W, int), repr(~P.R), format(P.W, '>4'))
print(repr(P(0)), repr(P(7)), P(6) in P(7))
print(repr(P.R & 6), P.R.name, (P.R | P.X).name)


class Empty(Flag):
    NONE = 0
    A = 1
    B = 2


print(repr(Empty.NONE), repr(Empty(0)), list(Empty), repr(Empty.A & Empty.B))
