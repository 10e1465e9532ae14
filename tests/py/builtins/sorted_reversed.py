# sorted and reversed builtins across types
print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower, reverse=True))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted([[3], [1, 2], [1]]))
print(sorted([-3, 2, -1], key=abs), sorted(["aa", "b", "ccc"], key=len, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1}.items())), "".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "s%d" % i
print(list(reversed(Seq())))
class CustomRev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(CustomRev())))
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3]
rv2 = reversed(lst2)
lst2.clear()
print(list(rv2))
orig = [5, 3, 8]
new = sorted(orig)
print(orig, new, new is orig)
print(sorted(sorted(["b", "a", "C"]), key=str.upper))
