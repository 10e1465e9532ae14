# Star and double-star unpacking in calls.

def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)

nums = [1, 2, 3]
print(show(*nums))
print(show(0, *nums, 4))
print(show(*nums, *"ab", *range(2)))
print(show(*(), *[]))
opts = {"a": 1, "b": 2}
print(show(**opts))
print(show(**opts, c=3))
print(show(x=0, **opts, **{"z": 26}))
print(show(*nums, **opts))

def target(a, b, c=0, *, d=0):
    return a + b + c + d
print(target(*[1, 2]), target(*[1], 2), target(*(1, 2, 3)), target(**{"a": 1, "b": 2, "d": 10}))
print(target(1, *[2], **{"d": 100}))

# any iterable can be starred
print(show(*{"k1": 0, "k2": 0}), show(*(x * 2 for x in range(3))), show(*"hi"))

# errors
try:
    target(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: "not a string key"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**None)
except TypeError as e:
    print(type(e).__name__, e)

# ** with a custom mapping (keys + __getitem__)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(show(**Mapping()))

# print with starred arguments
print(*[1, 2, 3], sep=" | ")
print(*"abc", **{"sep": "-", "end": "!\n"})

# starred expression evaluation order
log = []
def item(v):
    log.append(v)
    return [v]
show(*item(1), *item(2), **{str(item(3)[0]): 0})
print(log)

# builtins accept star-args
print(max(*[3, 9, 2]), min(*"zebra"), list(zip(*[(1, "a"), (2, "b")])))
