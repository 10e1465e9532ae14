def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def fn(a, b=2):
    c = 3
    return sorted(vars()), sorted(dir()), sorted(locals())
t("vars/dir in function", lambda: fn(1))
t("vars two args", lambda: vars(1, 2))
class WithCall:
    pass
w = WithCall()
w.__call__ = lambda: 1
t("callable instance attr", lambda: callable(w))
t("call instance attr", lambda: w())
t("isinstance nested tuple", lambda: isinstance(1, (str, (bytes, (int,)))))
t("isinstance union none", lambda: (isinstance(None, None | int), isinstance(None, type(None))))
t("union ops", lambda: (int | str | None, (int | str) | (bytes | None), int | int, type(int | str).__name__))
t("union eq", lambda: ((int | str) == (str | int), (int | str) == (int | str | int), hash(int | str) == hash(str | int)))
t("union getitem", lambda: (int | str)[0])
t("union or none", lambda: None | int)
t("union str", lambda: "int" | int)
t("type or", lambda: type.__or__(int, str))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=Meta): pass
t("instancecheck", lambda: (isinstance(42, Magic), isinstance(41, Magic), isinstance(42, (str, Magic))))
t("subclasscheck", lambda: (issubclass(int, Magic), issubclass(str, Magic), issubclass(int, (str, Magic))))
t("instancecheck exact", lambda: isinstance(Magic(), Magic))
t("getattr type default", lambda: getattr(int, "nope", 0))
t("getattr dunder", lambda: (getattr(5, "__class__"), getattr([], "__len__")()))
t("hasattr type", lambda: (hasattr(int, "from_bytes"), hasattr(int, "__dict__"), hasattr(5, "__dict__")))
t("dir module", lambda: [n for n in dir(__builtins__) if n in ("len", "print", "__name__")])
t("dir no args module", lambda: "t" in dir())
t("dir type", lambda: ("mro" in dir(type), "__mro__" in dir(int), "__name__" in dir(int)))
t("dir instance has class attrs", lambda: "fn" in dir(type("K", (), {"fn": 1})()))
t("dir on list", lambda: [n for n in dir([]) if not n.startswith("_")])
t("dir on dict", lambda: [n for n in dir({}) if not n.startswith("_")])
t("dir on str", lambda: [n for n in dir("") if not n.startswith("_")])
t("dir on bytes", lambda: [n for n in dir(b"") if not n.startswith("_")])
t("dir on bytearray", lambda: [n for n in dir(bytearray()) if not n.startswith("_")])
t("dir on set", lambda: [n for n in dir(set()) if not n.startswith("_")])
t("dir on frozenset", lambda: [n for n in dir(frozenset()) if not n.startswith("_")])
t("dir on int", lambda: [n for n in dir(0) if not n.startswith("_")])
t("dir on float", lambda: [n for n in dir(0.0) if not n.startswith("_")])
t("dir on complex", lambda: [n for n in dir(0j) if not n.startswith("_")])
t("dir on tuple", lambda: [n for n in dir(()) if not n.startswith("_")])
t("dir on range", lambda: [n for n in dir(range(0)) if not n.startswith("_")])
t("dir on slice", lambda: [n for n in dir(slice(0)) if not n.startswith("_")])
t("dir on bool", lambda: [n for n in dir(True) if not n.startswith("_")])
t("dir on memoryview", lambda: [n for n in dir(memoryview(b"")) if not n.startswith("_")])
t("dir on object", lambda: dir(object()))
