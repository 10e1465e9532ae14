# insertion order semantics
d = {}
for k in ["one", "two", "three", "four"]:
    d[k] = len(k)
print(d, list(d))
d["two"] = 99
print(d)
del d["two"]
print(d)
d["two"] = 2
print(d)
d.pop("one")
d["one"] = 1
print(d, list(d.keys()))
d.update({"three": 33, "zero": 0})
print(d)
print(d.popitem(), d)
d.setdefault("four", 444)
d.setdefault("five", 5)
print(d)
nums = {}
for i in range(20):
    nums[i * 7 % 13] = i
print(nums)
for i in range(0, 13, 2):
    nums.pop(i, None)
print(nums)
for i in range(0, 13, 3):
    nums[i] = -i
print(nums)
print(list(reversed(nums)), next(iter(nums)), next(reversed(nums.items())))
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
big[0] = "back"
print(list(big)[-2:], big[0])
e = dict.fromkeys("hello world")
print("".join(e))
f = {"b": 1, "a": 2}
g = {"a": 2, "b": 1}
print(f == g, list(f) == list(g))
