# Looping over builtin iterables and iterator helpers.

print(list(range(5)), list(range(2, 8)), list(range(10, 0, -2)), list(range(0)))
r = range(3, 20, 4)
print(len(r), r[0], r[-1], 7 in r, 8 in r, list(reversed(r)))

for i, ch in enumerate("hey"):
    print(i, ch)
for i, ch in enumerate("hey", start=10):
    print(i, ch)

names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for name, age in zip(names, ages):
    print(name, age)
print(list(zip(names, ages, "xyz")))
print(list(zip()))

for x in reversed([1, 2, 3]):
    print("rev", x)
print(list(reversed("abc")), list(reversed(range(4))))

for x in sorted([3, 1, 2], reverse=True):
    print("sorted", x)

d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in sorted(d.items()):
    print("item", k, v)

# iterating with iter() and next()
it = iter([10, 20, 30])
print(next(it))
for rest in it:
    print("rest", rest)
print(next(it, "exhausted"))

# iter(callable, sentinel)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))

# map and filter are lazy iterators
m = map(lambda v: v * v, range(6))
print(next(m), next(m), list(m))
f = filter(lambda v: v % 3 == 0, range(20))
print(list(f))
print(list(filter(None, [0, 1, "", "a", None, [], [1]])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30, 40])))

# sum/min/max/any/all over generators
print(sum(range(101)), min([4, 2, 8]), max("hello"), any([0, 0, 1]), all([1, 2, 0]))
print(all([]), any([]), max([], default="none"), min(3, 1, 2), max([1, 5, 3], key=lambda v: -v))
