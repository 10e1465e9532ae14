def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "d": 4}
k, ek = d.keys(), e.keys()
i, ei = d.items(), e.items()
v = d.values()
t("keys repr", lambda: (k, i, v))
t("keys and", lambda: sorted(k & ek))
t("keys or", lambda: sorted(k | ek))
t("keys sub", lambda: sorted(k - ek))
t("keys xor", lambda: sorted(k ^ ek))
t("keys and list", lambda: sorted(k & ["a", "z"]))
t("list and keys", lambda: sorted(["a", "z"] & k))
t("keys or set", lambda: sorted(k | {"q"}))
t("set or keys", lambda: sorted({"q"} | k))
t("keys sub str", lambda: sorted(k - "ab"))
t("keys and int", lambda: k & 5)
t("keys or int", lambda: k | 5)
t("items and", lambda: sorted(i & ei))
t("items or", lambda: sorted(i | ei))
t("items sub", lambda: sorted(i - ei))
t("items xor", lambda: sorted(i ^ ei))
t("items and list", lambda: sorted(i & [("a", 1), ("b", 3)]))
t("values and", lambda: v & v)
t("keys eq", lambda: (k == {"a", "b", "c"}, k == ["a", "b", "c"], i == {("a", 1), ("b", 2), ("c", 3)}))
t("keys lt", lambda: (k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, k > {"a"}, k >= k))
t("keys lt list", lambda: k < ["a"])
t("values eq", lambda: (v == v, d.values() == d.values()))
t("isdisjoint", lambda: (k.isdisjoint(["x"]), k.isdisjoint("a"), i.isdisjoint([("a", 1)])))
t("in keys", lambda: ("a" in k, "z" in k))
t("in items", lambda: (("a", 1) in i, ("a", 2) in i, "a" in i, ([], 1) in i))
t("in values", lambda: (1 in v, 9 in v))
t("len views", lambda: (len(k), len(i), len(v)))
t("reversed views", lambda: (list(reversed(k)), list(reversed(i)), list(reversed(v))))
t("items hash elements", lambda: {x for x in i} == set(d.items()))
def live():
    x = {1: 1}
    kk = x.keys()
    x[2] = 2
    return list(kk)
t("live view", live)
def changed():
    x = {1: 1, 2: 2}
    for key in x:
        x[key + 10] = 0
t("changed size", changed)
def changed_keys():
    x = {1: 1, 2: 2}
    for key in x.keys():
        del x[key]
t("changed size keys", changed_keys)
t("keys sub unhashable", lambda: k - [[1]])
t("keys and unhashable", lambda: k & [[1]])
t("dict from items view", lambda: dict(i))
t("views types", lambda: (type(k).__name__, type(i).__name__, type(v).__name__, type(iter(k)).__name__, type(iter(i)).__name__, type(iter(v)).__name__, type(reversed(k)).__name__))
t("view sub result type", lambda: type(k - ek).__name__)
t("iter next items", lambda: next(iter(i)))
t("sorted dict", lambda: sorted({"b": 1, "a": 2}))
t("max dict", lambda: max({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get))
t("dict comp", lambda: {x: x * x for x in range(4)})
t("dict(**)", lambda: dict(**{"a": 1}, b=2))
t("dict kw dup", lambda: dict({"a": 1}, a=2))
t("get default kw", lambda: d.get("a", default=0))
t("values not comparable", lambda: d.values() < d.values())
