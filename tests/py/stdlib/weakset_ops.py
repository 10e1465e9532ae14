# weakref.WeakSet set algebra: union, intersection, difference, symmetric
# difference (methods, operators, in-place forms), subset/superset tests,
# isdisjoint, and the errors they raise.
import weakref

WeakSet = weakref.WeakSet


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


objs = [Obj(i) for i in range(8)]


def W(*ns):
    return WeakSet(objs[n] for n in ns)


def names(ws):
    return sorted(o.n for o in ws)


def show(label, r):
    if isinstance(r, WeakSet):
        print(label, type(r).__name__, names(r))
    else:
        print(label, r)


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        show(label, r)


s = W(0, 1, 2, 3)
t = W(2, 3, 4, 5)
lst = [objs[3], objs[4], objs[6]]

print("-- new sets")
show("union", s.union(t))
show("union list", s.union(lst))
show("union gen", s.union(o for o in lst))
show("|", s | t)
show("| list", s | lst)
show("intersection", s.intersection(t))
show("intersection list", s.intersection(lst))
show("&", s & t)
show("& mixed", s & [1, "x", objs[0], None])
show("difference", s.difference(t))
show("difference list", s.difference(lst))
show("-", s - t)
show("- self", s - s)
show("symmetric_difference", s.symmetric_difference(t))
show("symmetric_difference list", s.symmetric_difference(lst))
show("^", s ^ t)
show("^ self", s ^ s)
show("operands unchanged", s)
show("operands unchanged", t)
r = s | t
print("result is new:", r is not s and r is not t)

print("-- errors in new sets")
attempt("| int", lambda: s | 1)
attempt("union int", lambda: s.union(5))
attempt("| nonweak", lambda: s | [1])
attempt("& int", lambda: s & 1)
attempt("- int", lambda: s - 1)
attempt("- nonweak", lambda: s - [1])
attempt("^ nonweak", lambda: s ^ ["a"])
attempt("set | ws", lambda: {1} | s)
attempt("set & ws", lambda: {1} & s)
attempt("set - ws", lambda: set() - s)
attempt("set ^ ws", lambda: set() ^ s)
attempt("ws + ws", lambda: s + t)

print("-- in place")
u = W(0, 1, 2)
v = u
u |= W(5)
print("|=", names(u), u is v)
u |= [objs[6]]
print("|= list", names(u), u is v)
u &= W(0, 1, 5, 6, 7)
print("&=", names(u), u is v)
u &= [objs[0], objs[1], objs[5]]
print("&= list", names(u), u is v)
u -= W(1)
print("-=", names(u), u is v)
u -= [objs[5]]
print("-= list", names(u), u is v)
u ^= W(0, 4)
print("^=", names(u), u is v)
u ^= [objs[4], objs[7]]
print("^= list", names(u), u is v)
u -= u
print("-= self", names(u), u is v)
u = W(1, 2)
u ^= u
print("^= self", names(u))
u = W(1, 2)
u &= u
print("&= self", names(u))
u |= u
print("|= self", names(u))

print("-- update methods")
u = W(0)
print(u.update(W(1, 2)), names(u))
print(u.update([objs[3]]), names(u))
print(u.update(o for o in [objs[4]]), names(u))
print(u.difference_update(W(0, 7)), names(u))
print(u.difference_update([objs[1]]), names(u))
print(u.intersection_update([objs[2], objs[3], objs[6]]), names(u))
print(u.symmetric_difference_update([objs[3], objs[5]]), names(u))
print(u.difference_update(u), names(u))

print("-- errors in place")
u = W(0, 1)
attempt("update int", lambda: u.update(3))
attempt("|= int", lambda: u.__ior__(3))
attempt("update partial", lambda: u.update([objs[2], 3, objs[4]]))
show("after", u)
attempt("-= partial", lambda: u.__isub__([objs[0], 1, objs[1]]))
show("after", u)
u = W(0, 1)
attempt("&= nonweak", lambda: u.__iand__([objs[0], 1]))
show("after", u)
attempt("^= nonweak", lambda: u.__ixor__([objs[5], 1]))
show("after", u)
attempt("&= int", lambda: u.__iand__(7))
attempt("^= int", lambda: u.__ixor__(7))

print("-- comparisons")
a = W(1, 2)
b = W(1, 2, 3)
for label, x, y in [("a,b", a, b), ("b,a", b, a), ("a,a", a, a), ("a,W(4)", a, W(4))]:
    print(label, x <= y, x < y, x >= y, x > y, x == y, x != y,
          x.issubset(y), x.issuperset(y), x.isdisjoint(y))
print("list", a.issubset([objs[1], objs[2], objs[5]]), a.issuperset([objs[1]]),
      a <= [objs[1], objs[2]], a < [objs[1], objs[2]], a < [objs[1], objs[2], objs[0]],
      a >= (objs[2],), a > (objs[2],), a > (objs[1], objs[2]))
print("isdisjoint", a.isdisjoint([objs[5]]), a.isdisjoint([objs[2]]),
      a.isdisjoint([1, "x"]), a.isdisjoint([]))
print("empty", WeakSet() <= a, WeakSet() < a, WeakSet() < WeakSet(), WeakSet() <= WeakSet())
attempt("issubset nonweak", lambda: a.issubset([1]))
attempt("issuperset nonweak", lambda: a.issuperset(["s"]))
attempt("<= int", lambda: a <= 1)
attempt("< nonweak", lambda: a < [1])
attempt(">= int", lambda: a >= 1)
attempt("> nonweak", lambda: a > [None])
attempt("isdisjoint int", lambda: a.isdisjoint(1))
attempt("set <= ws", lambda: set() <= a)
attempt("ws == set", lambda: a == {objs[1], objs[2]})

print("-- results after members die")
tmp = [Obj(100), Obj(101)]
p = WeakSet(tmp) | W(0)
q = p & WeakSet(tmp)
print(len(p), len(q))
del tmp
print(len(p), names(p), len(q))

# WeakSet was made before collections.abc was imported: still a MutableSet.
import collections.abc
print(isinstance(WeakSet(), collections.abc.MutableSet))
