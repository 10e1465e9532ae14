def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class DK(dict):
    def keys(self): return ["a"]
    def __getitem__(self, k): return "overridden"
class DI(dict):
    def __iter__(self): return iter(["a"])
    def __getitem__(self, k): return "viaiter"
class DG(dict):
    def __getitem__(self, k): return "getitem"
for cls in (DG,):
    d = cls(a=1, b=2)
    t(cls.__name__ + " update", lambda: (lambda x: (x.update(d), x)[1])({}))
    t(cls.__name__ + " dict()", lambda: dict(d))
    t(cls.__name__ + " **", lambda: (lambda **kw: kw)(**d))
    t(cls.__name__ + " |", lambda: {} | d)
    t(cls.__name__ + " copy", lambda: d.copy())
    t(cls.__name__ + " list", lambda: list(d))
    t(cls.__name__ + " items", lambda: list(d.items()))
    t(cls.__name__ + " eq", lambda: d == {"a": 1, "b": 2})
    t(cls.__name__ + " get", lambda: d.get("a"))
    t(cls.__name__ + " pop", lambda: cls(a=1).pop("a"))
    t(cls.__name__ + " setdefault", lambda: cls(a=1).setdefault("a"))
    t(cls.__name__ + " fromkeys", lambda: dict.fromkeys(d))
    t(cls.__name__ + " set", lambda: sorted(set(d)))
    t(cls.__name__ + " repr", lambda: repr(d))
    t(cls.__name__ + " format", lambda: "{a}".format(**d))
    t(cls.__name__ + " format_map", lambda: "{a}".format_map(d))
    t(cls.__name__ + " %", lambda: "%(a)s" % d)
for cls in (DK, DI):
    d = cls(a=1, b=2)
    t(cls.__name__ + " list", lambda: list(d))
    t(cls.__name__ + " items", lambda: list(d.items()))
    t(cls.__name__ + " eq", lambda: d == {"a": 1, "b": 2})
    t(cls.__name__ + " get", lambda: d.get("a"))
    t(cls.__name__ + " pop", lambda: cls(a=1).pop("a"))
    t(cls.__name__ + " setdefault", lambda: cls(a=1).setdefault("a"))
    t(cls.__name__ + " repr", lambda: repr(d))
    t(cls.__name__ + " format_map", lambda: "{a}".format_map(d))
    t(cls.__name__ + " %", lambda: "%(a)s" % d)
t("DK fromkeys", lambda: dict.fromkeys(DK(a=1, b=2)))
t("DK set", lambda: sorted(set(DK(a=1, b=2))))
t("DK copy", lambda: DK(a=1, b=2).copy())
class LI(list):
    def __iter__(self): return iter(["x"])
    def __len__(self): return 99
    def __getitem__(self, i): return "gi"
l = LI([1, 2])
t("LI list()", lambda: list(l))
t("LI tuple()", lambda: tuple(l))
t("LI extend", lambda: (lambda x: (x.extend(l), x)[1])([]))
t("LI +", lambda: [] + l)
t("LI iadd", lambda: (lambda x: (x.__iadd__(l), x)[1])([]))
t("LI star", lambda: [*l])
t("LI unpack call", lambda: (lambda *a: a)(*l))
t("LI sorted", lambda: sorted(l))
t("LI join", lambda: "-".join(LI(["a", "b"])))
t("LI set", lambda: set(l))
t("LI repr", lambda: repr(l))
t("LI len", lambda: len(l))
t("LI eq", lambda: l == [1, 2])
t("LI in", lambda: 1 in l)
t("LI slice assign", lambda: (lambda x: (x.__setitem__(slice(0, 0), l), x)[1])([]))
t("LI zip", lambda: list(zip(l)))
t("LI enumerate", lambda: list(enumerate(l)))
t("LI reversed", lambda: list(reversed(l)))
t("LI min", lambda: min(l))
t("LI bytes", lambda: bytes(LI([65])))
t("LI str.join via map", lambda: dict(LI([("k", "v")])))
class TI(tuple):
    def __iter__(self): return iter(["y"])
tt = TI((1, 2))
t("TI tuple()", lambda: tuple(tt))
t("TI list()", lambda: list(tt))
t("TI star", lambda: [*tt])
t("TI call", lambda: (lambda *a: a)(*tt))
t("TI unpack", lambda: (lambda: [a for (a,) in [tt]])())
t("TI isinstance format", lambda: "%s %s" % tt)
class SI(str):
    def __iter__(self): return iter(["z"])
s = SI("ab")
t("SI list", lambda: list(s))
t("SI join", lambda: "-".join(s))
t("SI set", lambda: set(s))
t("SI tuple", lambda: tuple(s))
t("SI star", lambda: [*s])
class SetI(set):
    def __iter__(self): return iter(["w"])
si = SetI([1, 2])
t("SetI union", lambda: sorted(set().union(si), key=repr))
t("SetI set()", lambda: sorted(set(si), key=repr))
t("SetI list", lambda: list(si))
t("SetI |", lambda: sorted(set() | si, key=repr))
t("SetI update", lambda: sorted((lambda x: (x.update(si), x)[1])(set()), key=repr))
t("SetI frozenset", lambda: sorted(frozenset(si), key=repr))
