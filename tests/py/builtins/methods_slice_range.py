def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

# slice objects
for s in [slice(None), slice(5), slice(1, 5), slice(1, 5, 2), slice(None, None, -1), slice(-3, None), slice(10, -10, -3), slice(-100, 100, 7), slice(3, 1), slice(None, None, 5)]:
    for n in [0, 1, 5, 10]:
        t("%r.indices(%d)" % (s, n), lambda: s.indices(n))
t("indices step 0", lambda: slice(None, None, 0).indices(5))
t("indices neg len", lambda: slice(None).indices(-1))
t("indices float", lambda: slice(1.5).indices(5))
t("indices str start", lambda: slice("a", 2).indices(5))
class Ix:
    def __index__(self): return 2
t("indices __index__", lambda: slice(Ix(), None, Ix()).indices(Ix()))
t("slice attrs", lambda: (slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step, slice(5).start, slice(5).stop))
t("slice repr", lambda: (repr(slice(1, "a", None)), str(slice(None))))
t("slice eq", lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(1) != slice(2)))
t("slice no args", lambda: slice())
t("slice 4 args", lambda: slice(1, 2, 3, 4))
t("slice kw", lambda: slice(stop=1))
t("slice attr readonly", lambda: setattr(slice(1), "start", 2))
t("str slice obj", lambda: "abcdef"[slice(1, None, 2)])
t("str slice bad", lambda: "abc"["a":])
t("list slice bad", lambda: [1, 2][1:"b"])
t("slice step 0", lambda: "abc"[::0])

# range
r = range(2, 20, 3)
t("range repr", lambda: (repr(r), repr(range(5)), repr(range(0, 5)), repr(range(1, 5, 1)), repr(range(5, 0, -1))))
t("range attrs", lambda: (r.start, r.stop, r.step, len(r)))
for i in [0, 1, -1, 5, -6, 6, -7]:
    t("range[%d]" % i, lambda: r[i])
for sl in [slice(None), slice(1, 3), slice(None, None, -1), slice(None, None, 2), slice(-2, None), slice(10, 20), slice(None, None, -3), slice(4, 1, -1)]:
    t("range[%r]" % sl, lambda: r[sl])
t("range count", lambda: (r.count(5), r.count(6), r.count(5.0), r.count("a"), r.count(True)))
t("range index", lambda: r.index(8))
t("range index missing", lambda: r.index(9))
t("range contains", lambda: (5 in r, 6 in r, 5.0 in r, 5.5 in r, "5" in r, True in range(2), -1 in range(0, -5, -1), 10**30 in range(10**31)))
t("range eq", lambda: (range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2), range(3) == range(0, 3, 1), range(0, 1, 5) == range(0, 1, 7), range(3) == [0, 1, 2]))
t("range hash eq", lambda: hash(range(0)) == hash(range(3, 3)))
t("range lt", lambda: range(1) < range(2))
t("range step 0", lambda: range(1, 2, 0))
t("range float", lambda: range(1.5))
t("range str", lambda: range("3"))
t("range no args", lambda: range())
t("range big", lambda: (len(range(10**18)), range(10**30)[-1], range(0, 10**30, 7)[10**20]))
t("range too big len", lambda: len(range(2**64)))
t("range oob", lambda: range(3)[3])
t("range neg step", lambda: list(range(10, 0, -3)))
t("range empty", lambda: (list(range(5, 0)), list(range(0, 5, -1))))
t("range bool", lambda: (bool(range(0)), bool(range(1))))
t("range reversed", lambda: list(reversed(range(0, 10, 4))))
t("range __index__", lambda: range(Ix(), 10, Ix()))
t("range idx __index__", lambda: range(10)[Ix()])
t("range idx float", lambda: range(10)[1.0])
t("range slice big", lambda: range(10**20)[::10**19])
t("range iter", lambda: list(iter(range(3))))
t("range kw", lambda: range(stop=3))
t("range attr set", lambda: setattr(range(3), "start", 1))
