# max/min with key/default, sum with start
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "b", key=str.upper))
print(max([], default="empty"), min((), default=None), max([5], default=0), min([3, 1], default=99))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([(1, "b"), (1, "a")]), max([(2, 1), (2, 3)], key=lambda t: t[0]))
print(max(2, 2.0), max(2.0, 2), min(-0.0, 0.0), max(True, 1), min([[1, 2], [1]]))
for bad in [lambda: max([]), lambda: min([]), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]),
            lambda: max()]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.1] * 3), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(range(101)), sum(x * x for x in range(10)), sum([True, True, False]), sum([1, 2.5, 3j]), sum([], start=7))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
data = {"a": 3, "b": 7, "c": 5}
print(max(data), max(data, key=data.get), min(data.items(), key=lambda kv: kv[1]), max(data.values()))
print(max(iter([4, 8, 1])), min(x for x in [9, 2, 7] if x > 2), max(range(10), key=lambda i: (i % 4, -i)))
print(sum([10 ** 20, 10 ** 20]), sum([0.1, 0.2], 0.0), sum([1e308, 1e308, -1e308]))
