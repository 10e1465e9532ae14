def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

nan = float("nan")
t("nan in list", lambda: (nan in [nan], float("nan") in [nan], nan in (nan,), nan in {nan}, nan in {nan: 1}))
t("nan count", lambda: [nan, nan, float("nan")].count(nan))
t("nan index", lambda: [1, nan].index(nan))
t("nan remove", lambda: (lambda l: (l.remove(nan), l)[1])([float("nan"), nan]))
t("nan dict", lambda: len({nan: 1, float("nan"): 2, nan: 3}))
t("nan set", lambda: len({nan, nan, float("nan")}))
t("nan eq list", lambda: ([nan] == [nan], (nan,) == (nan,), {1: nan} == {1: nan}, {nan} == {nan}))
t("nan max", lambda: (max([nan, 1]), max([1, nan]), min([nan, 1]), sorted([nan, 1, 0])))
class E:
    calls = 0
    def __eq__(self, o):
        E.calls += 1
        return False
    __hash__ = object.__hash__
e = E()
t("identity shortcut", lambda: (e in [e], [e].count(e), [e].index(e), e in {e}, e in (e,), [e] == [e], E.calls))
class EqAll:
    def __eq__(self, o): return True
    __hash__ = None
t("eq all", lambda: (EqAll() in [1, 2], [1, 2].index(EqAll()), [1, 2].count(EqAll()), (lambda l: (l.remove(EqAll()), l)[1])([1, 2])))
t("eq reflected in list", lambda: (1 in [EqAll()], [EqAll()].count(5), [EqAll()].index(5)))
class EqRaise:
    def __eq__(self, o): raise ValueError("eq boom")
    __hash__ = None
t("eq raise in", lambda: EqRaise() in [1])
t("eq raise list eq", lambda: [EqRaise()] == [1])
t("eq raise index", lambda: [1].index(EqRaise()))
t("eq raise dict", lambda: {1: 1} == {1: EqRaise()})
class Ret:
    def __eq__(self, o): return "truthy"
    def __lt__(self, o): return 0
    __hash__ = None
t("eq returns non bool", lambda: (Ret() == 1, [Ret()] == [1], Ret() in [1], [Ret()] < [1]))
t("list lt custom", lambda: ([Ret(), 1] < [Ret(), 2]))
t("tuple cmp short circuit", lambda: (1, Ret()) < (2, Ret()))
class BoolRaise:
    def __bool__(self): raise RuntimeError("bool boom")
class EqBR:
    def __eq__(self, o): return BoolRaise()
    __hash__ = None
t("eq bool raise in", lambda: EqBR() in [1])
t("eq bool raise ==", lambda: type(EqBR() == 1).__name__)
t("eq bool raise list", lambda: [EqBR()] == [1])
t("not bool raise", lambda: not BoolRaise())
t("bool len raise", lambda: bool(type("L", (), {"__len__": lambda s: 1 / 0})()))
t("bool returns int", lambda: bool(type("B", (), {"__bool__": lambda s: 1})()))
t("filter bool raise", lambda: list(filter(None, [BoolRaise()])))
t("all bool raise", lambda: all([BoolRaise()]))
