def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def sort_mod():
    x = [3, 2, 1]
    def k(v):
        x.append(0)
        return v
    x.sort(key=k)
    return x
t("sort modified", sort_mod)
def sort_mod_cmp():
    x = [3, 2, 1]
    class V:
        def __init__(s, v): s.v = v
        def __lt__(s, o):
            x.clear()
            return s.v < o.v
    x[:] = [V(3), V(2), V(1)]
    x.sort()
    return len(x)
t("sort modified cmp", sort_mod_cmp)
t("sorted key raises", lambda: sorted([1, 2, 3], key=lambda v: [][v]))
t("min key raises", lambda: min([1, 2], key=lambda v: 1 / 0))
t("all any", lambda: (all([]), any([]), all([1, 0]), any([0, "", None, 3]), all(iter([1, 2])), any(x > 2 for x in range(5))))
t("all int", lambda: all(5))
t("list index kw", lambda: [1].index(1, start=0))
t("list count kw", lambda: [1].count(value=1))
t("list pop kw", lambda: [1].pop(index=0))
t("list insert kw", lambda: [1].insert(index=0, object=1))
t("dict get kw", lambda: {}.get(key=1))
t("str split kw sep", lambda: "a b".split(sep=" "))
t("str find kw", lambda: "ab".find(sub="a"))
t("str strip kw", lambda: "ab".strip(chars="a"))
t("str encode pos", lambda: "ab".encode("ascii", "strict"))
t("str startswith kw", lambda: "ab".startswith(prefix="a"))
t("str center kw fill", lambda: "ab".center(5, fillchar="*"))
t("str splitlines pos", lambda: "a\nb".splitlines(True))
t("str expandtabs pos", lambda: "a\tb".expandtabs(2))
t("str join kw", lambda: "".join(iterable=[]))
t("bytes hex kw", lambda: b"ab".hex(sep="-"))
t("bytes decode kw", lambda: b"ab".decode(encoding="ascii", errors="strict"))
t("bytes split kw", lambda: b"a b".split(sep=b" ", maxsplit=1))
t("int to_bytes pos signed", lambda: (1).to_bytes(1, "big", True))
t("int from_bytes kw", lambda: int.from_bytes(bytes=b"\x01", byteorder="big"))
t("set add kw", lambda: set().add(elem=1))
t("sorted key pos", lambda: sorted([1], None))
t("list sort pos", lambda: [1].sort(None, True))
t("round kw", lambda: round(number=2.567, ndigits=2))
t("pow kw exp", lambda: pow(2, exp=3))
t("divmod kw", lambda: divmod(x=1, y=2))
t("int kw x", lambda: int(x=5))
t("float kw", lambda: float(x=5))
t("bool kw", lambda: bool(x=5))
t("enumerate kw iterable", lambda: list(enumerate(iterable="ab")))
t("iter kw", lambda: iter(object=[]))
t("next kw", lambda: next(iterator=iter([1])))
t("getattr kw", lambda: getattr(1, name="real"))
t("isinstance kw", lambda: isinstance(obj=1, class_or_tuple=int))
t("print kw bad", lambda: print(foo=1))
t("len kw", lambda: len(obj=[]))
t("abs kw", lambda: abs(x=1))
t("chr kw", lambda: chr(i=65))
t("ord kw", lambda: ord(c="a"))
t("hash kw", lambda: hash(obj=1))
t("format kw", lambda: format(value=1, format_spec="x"))
t("max key kw only", lambda: max([1, 2], lambda x: -x))
t("tuple count kw", lambda: (1,).count(value=1))
t("str count kw", lambda: "a".count(x="a"))
t("dict pop kw", lambda: {1: 2}.pop(key=1))
t("dict setdefault kw", lambda: {}.setdefault(key=1, default=2))
t("dict fromkeys kw", lambda: dict.fromkeys(iterable=[1], value=2))
t("str replace kw", lambda: "a".replace(old="a", new="b"))
t("str maketrans kw", lambda: str.maketrans(x="a", y="b"))
t("str zfill kw", lambda: "1".zfill(width=3))
t("str ljust kw", lambda: "1".ljust(width=3))
t("str partition kw", lambda: "a-b".partition(sep="-"))
t("str removeprefix kw", lambda: "ab".removeprefix(prefix="a"))
t("str format_map kw", lambda: "{a}".format_map(mapping={"a": 1}))
