# KeyError messages and iteration-size-change errors
d = {"a": 1, 2: "two", (1, 2): "tup", None: 0}
for key in ["missing", 3, (1, 3), "", "quote'd", 1.5, frozenset(), False]:
    try:
        print(d[key])
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.pop(KeyError("x"))
except KeyError as e:
    print(type(e).__name__, e)
def add_during_iter():
    dd = {1: 1, 2: 2}
    for k in dd:
        dd[k + 10] = 0
try:
    add_during_iter()
except RuntimeError as e:
    print(type(e).__name__, e)
def del_during_iter():
    dd = {1: 1, 2: 2, 3: 3}
    for k in dd:
        del dd[k]
try:
    del_during_iter()
except RuntimeError as e:
    print(type(e).__name__, e)
dd = {1: 1, 2: 2}
try:
    for k in dd.keys():
        dd.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(dd)
dd = {1: 1, 2: 2}
try:
    for v in dd.values():
        dd["new"] = v
except RuntimeError as e:
    print(type(e).__name__, e)
dd = {1: 1, 2: 2}
try:
    for kv in dd.items():
        dd.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
dd = {1: 1, 2: 2, 3: 3}
for k in dd:
    dd[k] = dd[k] * 100
print(dd)
for k in list(dd):
    if k % 2:
        del dd[k]
print(dd)
class M(dict):
    def __missing__(self, key):
        return "default-" + str(key)
m = M(a=1)
print(m["a"], m["b"], "b" in m, m.get("b"))
