def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        if isinstance(r, (set, frozenset)):
            print(label, "->", type(r).__name__, sorted(r, key=repr))
        else:
            print(label, "->", repr(r))

a = {1, 2, 3, 4}
b = [3, 4, 5]
c = (4, 5, 6)
for T in (set, frozenset):
    s = T(a)
    n = T.__name__
    t(n + " union", lambda: s.union())
    t(n + " union multi", lambda: s.union(b, c, "x", range(8, 10)))
    t(n + " intersection multi", lambda: s.intersection(b, c))
    t(n + " intersection none", lambda: s.intersection())
    t(n + " intersection empty", lambda: s.intersection([]))
    t(n + " difference multi", lambda: s.difference(b, [1]))
    t(n + " symmetric_difference", lambda: s.symmetric_difference(b))
    t(n + " symmetric_difference multi", lambda: s.symmetric_difference(b, c))
    t(n + " issubset", lambda: (s.issubset(range(10)), s.issubset([1, 2]), s.issubset(s)))
    t(n + " issuperset", lambda: (s.issuperset([1, 2]), s.issuperset(range(10)), s.issuperset([])))
    t(n + " isdisjoint", lambda: (s.isdisjoint([7, 8]), s.isdisjoint(iter([4])), s.isdisjoint(set())))
    t(n + " union int", lambda: s.union(5))
    t(n + " issubset int", lambda: s.issubset(5))
    t(n + " union unhashable", lambda: s.union([[1]]))
    t(n + " or list", lambda: s | b)
    t(n + " and tuple", lambda: s & c)
    t(n + " sub list", lambda: s - b)
    t(n + " xor list", lambda: s ^ b)
    t(n + " list or", lambda: b | s)
    t(n + " or", lambda: s | set(b))
    t(n + " and", lambda: s & frozenset(b))
    t(n + " sub", lambda: s - set(b))
    t(n + " xor", lambda: s ^ set(b))
    t(n + " lt list", lambda: s < b)
    t(n + " copy", lambda: (s.copy(), s.copy() == s))
    t(n + " cmp", lambda: (s < set(range(10)), s <= s, s < s, s > {1}, s >= {1, 5}, s == frozenset(a), s != set(a)))
    t(n + " eq list", lambda: s == [1, 2, 3, 4])
    t(n + " contains unhashable", lambda: [1] in s)
    t(n + " contains set", lambda: ({1} in T([frozenset([1])]), set() in T([frozenset()])))
    t(n + " mixed result type", lambda: (type(s | frozenset()).__name__, type(frozenset() | s).__name__, type(s & set()).__name__, type(set() & s).__name__))
fs = frozenset([1, 2])
t("frozenset hash eq", lambda: hash(fs) == hash(frozenset([2, 1])))
t("frozenset hash value", lambda: (hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2), 3.5]))))
t("frozenset eq set", lambda: fs == {1, 2})
t("frozenset dict key", lambda: {fs: 1}[frozenset([2, 1])])
t("set dict key via frozenset", lambda: {fs: 1}[{1, 2}])
t("set hash", lambda: hash({1}))
t("frozenset copy identity", lambda: fs.copy() is fs)
t("frozenset() identity", lambda: frozenset(fs) is fs)
t("frozenset add", lambda: fs.add(1))
t("set of sets", lambda: {frozenset([1]), frozenset([1])})
t("set with set", lambda: {{1}})
t("repr set", lambda: (repr(set()), repr(frozenset()), repr({1}), repr(frozenset([1]))))
class S(set): pass
class F(frozenset): pass
t("subclass repr", lambda: (repr(S()), repr(F()), repr(S([1])), repr(F([1]))))
t("subclass op type", lambda: (type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__, type(S([1]).copy()).__name__, type(F([1]).copy()).__name__))
def rec():
    class R:
        def __init__(self): self.s = set()
        def __hash__(self): return 1
        def __repr__(self): return "R(%r)" % (self.s,)
    r = R()
    r.s.add(r)
    return repr(r)
t("recursive set repr", rec)
