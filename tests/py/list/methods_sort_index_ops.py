def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

# sort
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("d", 3)]
t("sort key", lambda: sorted(data, key=lambda p: p[1]))
t("sort key rev", lambda: sorted(data, key=lambda p: p[1], reverse=True))
t("sort rev", lambda: sorted(data, reverse=True))
t("sort key str lower", lambda: sorted(["b", "A", "a", "B", "c"], key=str.lower))
t("sort rev stable", lambda: sorted(["bb", "a", "cc", "d", "ee"], key=len, reverse=True))
L = [3, 1, 2]
t("sort returns", lambda: L.sort())
print(L)
t("sort mixed", lambda: [1, "a"].sort())
t("sort mixed2", lambda: sorted([1, 2.5, None]))
t("sort positional", lambda: [1].sort(None))
t("sort key None", lambda: sorted([3, 1], key=None))
t("sort reverse int", lambda: sorted([3, 1, 2], reverse=1))
t("sort reverse str", lambda: sorted([3, 1, 2], reverse="x"))
t("sort key error", lambda: sorted([1, 2], key=lambda x: 1 / 0))
t("sort nan", lambda: sorted([3, float("nan"), 1, 2]))
t("sort tuples", lambda: sorted([(1, "b"), (1, "a"), (0, "z")]))
t("sort bools", lambda: sorted([True, 0, False, 1, -1]))
t("sort big", lambda: sorted([10**20, -10**20, 5, 2.5]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K(%r)" % self.v
t("sort lt only", lambda: sorted([K(3), K(1), K(2)]))
t("sort no lt", lambda: sorted([object(), object()]) and None)
def mutate():
    x = [3, 2, 1]
    def key(v):
        x.append(v)
        return v
    x.sort(key=key)
    return x
t("sort mutated", mutate)
long = list(range(100, 0, -1))
long.sort(key=lambda v: v % 7)
print(long)

# index / count / insert / remove
L = [1, 2, 3, 2, 1, 2]
for a in [(2,), (2, 2), (2, -3), (2, 4, 5), (2, 2, 3), (2, -100, 100), (9,), (1, 1), (1, 5), (2, 10)]:
    t("index %r" % (a,), lambda: L.index(*a))
t("index float", lambda: L.index(2, 1.0))
t("count", lambda: (L.count(2), L.count(9), [1, 1.0, True].count(1), [[1]].count([1])))
for i in [0, -1, 2, 100, -100, 6, -6, -7]:
    L2 = [1, 2, 3, 4, 5, 6]
    L2.insert(i, "X")
    print("insert", i, L2)
t("insert noarg", lambda: [].insert(1))
t("insert float", lambda: [].insert(1.5, 0))
t("remove missing", lambda: [1, 2].remove(3))
t("remove found", lambda: (lambda x: (x.remove(2), x)[1])([1, 2, 3, 2]))
t("pop empty", lambda: [].pop())
t("pop oob", lambda: [1].pop(5))
t("pop neg", lambda: [1, 2, 3].pop(-3))
t("tuple index missing", lambda: (1, 2).index(3))
t("tuple index start", lambda: (1, 2, 1).index(1, 1))
t("tuple index miss range", lambda: (1, 2, 1).index(2, 2))
t("tuple count", lambda: (1, 2, 1, 1.0, True).count(1))
t("list index none", lambda: [None, 1].index(None))
t("tuple index kw", lambda: (1,).index(value=1))

# operators
t("mul", lambda: [1, 2] * 3)
t("mul neg", lambda: [1, 2] * -1)
t("mul zero", lambda: 0 * [1])
t("mul float", lambda: [1] * 2.0)
t("mul bool", lambda: [1] * True)
t("add tuple", lambda: [1] + (2,))
t("tuple add list", lambda: (1,) + [2])
t("add str", lambda: [1] + "ab")
def iadd():
    x = [1]
    x += "ab"
    x += (3,)
    x += range(2)
    x += {"k": 1}
    return x
t("iadd iterables", iadd)
def iadd_bad():
    x = [1]
    x += 5
t("iadd int", iadd_bad)
def imul():
    x = [1, 2]
    y = x
    x *= 2
    return x, y is x
t("imul", imul)
def timul():
    x = (1, 2)
    y = x
    x *= 2
    return x, y is x
t("tuple imul", timul)
def tiadd_bad():
    x = (1,)
    x += [2]
t("tuple iadd list", tiadd_bad)

# comparison
t("lt", lambda: [1, 2] < [1, 3])
t("lt prefix", lambda: [1, 2] < [1, 2, 0])
t("eq mixed", lambda: [1, 2.0] == [1.0, 2])
t("lt mixed types", lambda: [1, "a"] < [1, 2])
t("lt mixed first equal", lambda: [1, "a"] < [2, 1])
t("list vs tuple eq", lambda: [1] == (1,))
t("list vs tuple lt", lambda: [1] < (1,))
t("tuple lt None", lambda: (1, None) < (1, None))
t("tuple le None", lambda: (1, None) <= (1, None))
t("tuple lt None2", lambda: (1, None) < (1, 2))
t("nan identity", lambda: (lambda n: ([n] == [n], [n] < [n], [float("nan")] == [float("nan")]))(float("nan")))
t("gt nested", lambda: [[1, 2], [3]] > [[1, 2], [2, 9]])
t("ge", lambda: (1, 2) >= (1, 2))
