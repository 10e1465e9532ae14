def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def assign(sl, val):
    L = list(range(10))
    try:
        L[sl] = val
    except Exception as e:
        print("assign", sl, "->", type(e).__name__, e)
    else:
        print("assign", sl, "->", L)

for sl in [slice(None, None, 2), slice(1, None, 2), slice(None, None, -1), slice(None, None, -3), slice(8, 2, -2), slice(2, 8, 3), slice(5, 5, 2), slice(5, 2, 1), slice(None, None, 1), slice(2, 5), slice(-3, None), slice(100, 200), slice(-100, 2)]:
    L0 = list(range(10))
    n = len(L0[sl])
    assign(sl, ["x"] * n)
    assign(sl, ["x"] * (n + 1))
    assign(sl, [])
    assign(sl, "ab")
assign(slice(None, None, 2), 5)
assign(slice(None, None, 0), [])
assign(slice(None, None, 2), iter(range(5)))
assign(slice(1, 3), iter(range(5)))
assign(slice(1, 3), None)
assign(slice(1, 3), {1: 2, 3: 4})

def delete(sl):
    L = list(range(10))
    try:
        del L[sl]
    except Exception as e:
        print("del", sl, "->", type(e).__name__, e)
    else:
        print("del", sl, "->", L)
for sl in [slice(None, None, 2), slice(1, None, 3), slice(None, None, -1), slice(None, None, -4), slice(8, 2, -2), slice(2, 5), slice(5, 2), slice(-3, None), slice(100, 200), slice(None, None, 0), slice(None), slice(-100, 100, 7)]:
    delete(sl)
def del_idx(i):
    L = [1, 2, 3]
    try:
        del L[i]
    except Exception as e:
        print("del idx", i, "->", type(e).__name__, e)
    else:
        print("del idx", i, "->", L)
for i in [0, -1, 3, -4, "a", 1.0, True]:
    del_idx(i)

def self_assign():
    L = [1, 2, 3]
    L[1:2] = L
    return L
t("self slice assign", self_assign)
def self_assign_ext():
    L = [1, 2, 3, 4]
    L[::2] = L[1::2]
    return L
t("self ext assign", self_assign_ext)
def tuple_assign():
    L = [1, 2, 3]
    L[0:0] = (7, 8)
    L[len(L):] = range(2)
    return L
t("tuple assign", tuple_assign)
t("tuple setitem", lambda: (1, 2).__setitem__(0, 1))
t("tuple delitem", lambda: (1, 2).__delitem__(0))
t("str setitem", lambda: "ab".__setitem__(0, "x"))
si = "a"
t("getitem str idx", lambda: [1][si])
fi = 1.0
t("getitem float idx", lambda: [1][fi])
t("getitem oob", lambda: [1][5])
t("tuple getitem oob", lambda: (1,)[5])
t("getitem None slice", lambda: [1, 2, 3][None:None:None])
t("getitem big slice", lambda: [1, 2, 3][-10**30:10**30])
t("getitem big idx", lambda: [1, 2, 3][10**30])
t("slice float", lambda: [1, 2, 3][1.0:])
class I:
    def __index__(self): return 1
t("index obj", lambda: ([1, 2, 3][I()], [1, 2, 3][I():], (1, 2, 3)[::I()]))
t("setitem oob", lambda: [1].__setitem__(1, 0))
t("setitem neg oob", lambda: [1].__setitem__(-2, 0))

# list() / tuple() constructors and misc methods
t("list str", lambda: list("abc"))
t("list dict", lambda: list({"a": 1, "b": 2}))
t("list int", lambda: list(5))
t("tuple gen", lambda: tuple(i * i for i in range(4)))
t("reverse", lambda: (lambda x: (x.reverse(), x)[1])([1, 2, 3]))
t("clear", lambda: (lambda x: (x.clear(), x)[1])([1, 2, 3]))
t("copy", lambda: (lambda x: (x.copy(), x.copy() is x))([1, [2]]))
t("extend self", lambda: (lambda x: (x.extend(x), x)[1])([1, 2]))
t("extend str", lambda: (lambda x: (x.extend("hi"), x)[1])([1]))
t("extend int", lambda: [].extend(1))
t("append 2 args", lambda: [].append(1, 2))
t("reversed list", lambda: list(reversed([1, 2, 3])))
t("repr nested", lambda: [1, (2,), [3, [4]], {5: 6}, "s", b"b", None, 1.5])
t("tuple single repr", lambda: ((1,), (), ((),)))
def rec():
    x = [1]
    x.append(x)
    y = (x,)
    return repr(x), repr(y)
t("recursive", rec)
t("hash tuple eq", lambda: hash((1, 2)) == hash((1.0, 2)))
t("hash tuple list", lambda: hash((1, [2])))
t("len", lambda: (len([]), len((1,)), len([[]])))
t("contains", lambda: (2 in [1, 2], 2.0 in (1, 2), "a" in ["ab"], [1] in [[1]]))
t("min max list", lambda: (min([[1, 2], [1], [0, 9]]), max((1, 2), (1, 2, 0))))
t("tuple new subclass", lambda: (lambda C: (C([1, 2]), type(C([1])).__name__))(type("T2", (tuple,), {})))
