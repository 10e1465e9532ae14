# list error messages and edge cases
a = [1, 2, 3]
cases = [("a[3]", lambda: a[3]), ("a[-4]", lambda: a[-4]), ("a['x']", lambda: a["x"]), ("a[1.0]", lambda: a[1.0]),
         ("a.remove(9)", lambda: a.remove(9)), ("a.index(9)", lambda: a.index(9)), ("[].pop()", lambda: [].pop()),
         ("a.pop(7)", lambda: a.pop(7)), ("a.insert()", lambda: a.insert(1)), ("a.append(1,2)", lambda: a.append(1, 2)),
         ("hash(a)", lambda: hash(a)), ("{a: 1}", lambda: {a: 1}), ("a + 1", lambda: a + 1), ("a - a", lambda: a - a),
         ("a.sort(1)", lambda: a.sort(1)), ("list(5)", lambda: list(5)), ("a.nope", lambda: a.nope),
         ("a[::0]", lambda: a[::0]), ("a[1:'x']", lambda: a[1:"x"]), ("[1,'a'].sort()", lambda: [1, "a"].sort())]
for name, fn in cases:
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "->", type(e).__name__, e)
print(a)
def mutate_during_sort():
    lst = [3, 2, 1]
    def key(x):
        lst.append(x)
        return x
    lst.sort(key=key)
    return lst
try:
    print(mutate_during_sort())
except ValueError as e:
    print(type(e).__name__, e)
b = [1, 2, 3, 4]
for x in b:
    if x == 2:
        b.remove(x)
print(b)
c = [1, 2, 3]
i = 0
for x in c:
    i += 1
    if i < 4:
        c.append(x * 10)
print(c)
print([][0:5], [1][5:], [1, 2][-1:-5:-1])
