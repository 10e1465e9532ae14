def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

idx = ["a", 1.5, None, [1], (1,), 2**100, -2**100]
for obj in ["abc", [1, 2], (1, 2), b"ab", bytearray(b"ab"), range(3), memoryview(b"ab")]:
    for i in idx:
        t("%s[%r]" % (type(obj).__name__, i), lambda: obj[i])
for obj in [[1, 2], bytearray(b"ab")]:
    for i in idx:
        t("%s[%r] = 0" % (type(obj).__name__, i), lambda: obj.__setitem__(i, 0))
        t("del %s[%r]" % (type(obj).__name__, i), lambda: obj.__delitem__(i))
t("dict unhashable get", lambda: {}[[1]])
t("dict unhashable set", lambda: {}.__setitem__({}, 1))
t("dict unhashable del", lambda: {}.__delitem__(set()))
t("set unhashable", lambda: {1} & {[1]} if False else set([[1]]))
t("slice ops on dict", lambda: {1: 2}[1:2])
t("int subscript", lambda: (lambda s: s[0])(5))
t("none subscript", lambda: (lambda s: s[0])(None))
t("func subscript", lambda: len[0])
t("none setitem", lambda: None.__class__.__setitem__)
def setn():
    x = None
    x[0] = 1
t("none setitem stmt", setn)
def str_set():
    x = "abc"
    x[0] = "z"
t("str setitem stmt", str_set)
def tup_del():
    x = (1,)
    del x[0]
t("tuple delitem stmt", tup_del)
t("len none", lambda: len(None))
t("iter none", lambda: iter(None))
t("call int", lambda: (lambda s: s())(5))
t("call str", lambda: (lambda s: s())("abc"))
t("attr none", lambda: None.foo)
t("attr int", lambda: (5).foo)
t("attr class", lambda: int.foo)
t("attr str set", lambda: setattr("a", "b", 1))
t("contains int", lambda: 1 in 5)
t("contains none", lambda: 1 in None)
t("unpack int", lambda: (lambda: [a for a, b in [1]])())
def unp():
    a, b = [1, 2, 3]
def unp2():
    a, b, c = [1]
def unp3():
    a, *b, c = [1]
def unp4():
    a, b = 5
t("unpack too many", unp)
t("unpack too few", unp2)
t("unpack star too few", unp3)
t("unpack int", unp4)
