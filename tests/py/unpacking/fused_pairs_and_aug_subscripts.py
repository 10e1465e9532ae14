# fused runs: augmented subscripts, pair unpacking, swaps
def f():
    a = [1, 2, 3]
    d = {"k": 1}
    for i in range(3):
        a[i] += i
        a[-1] *= 2
        d["k"] -= 1
    print(a, d)
    x, y = 1, 2
    x, y = y, x
    print(x, y)
    p, q, r = 1, 2, 3
    p, q, r = r, p, q
    print(p, q, r)
    for k, v in [(1, 2), [3, 4], "ab"]:
        print(k, v)
    try:
        for k, v in [(1, 2, 3)]:
            pass
    except ValueError as e:
        print(e)
    try:
        k, v = [1]
    except ValueError as e:
        print(e)
    class L(list):
        pass
    k, v = L([5, 6])
    print(k, v)
    try:
        a[5] += 1
    except IndexError as e:
        print(e)
    (m, n), o = (1, 2), 3
    print(m, n, o)
    g = {}
    # A subclass of tuple with an overridden __iter__ is unpacked through it.
    class T(tuple):
        def __iter__(self):
            return iter(("it", "er"))
    k, v = T((1, 2))
    print(k, v)
    class Item:
        def __getitem__(self, i):
            print("get", i)
            return 10
        def __setitem__(self, i, v):
            print("set", i, v)
    it = Item()
    it[7] += 1
    it["a"], it["b"] = 1, 2
f()
