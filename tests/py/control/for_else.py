# for loops with else, over various iterables.

for x in [1, 2, 3]:
    print("x", x)
else:
    print("for-else ran")

for x in []:
    print("never")
else:
    print("else on empty list")

def first_negative(items):
    for i, v in enumerate(items):
        if v < 0:
            print("found", v, "at", i)
            break
    else:
        print("no negatives in", items)
        return None
    return i

print(first_negative([3, 4, -1, 5]))
print(first_negative([3, 4, 5]))
print(first_negative([]))

# primes with nested for/else
primes = []
for n in range(2, 50):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

# the loop variable keeps its last value after the loop
for k in range(5):
    pass
print("k after loop", k)

# loop variable is not bound when the iterable is empty
try:
    del k
    for k in ():
        pass
    print(k)
except NameError as e:
    print(type(e).__name__, e)

# iterating strings, tuples, dicts, ranges
for ch in "abc":
    print(ch, end=" ")
print()
for key in {"one": 1, "two": 2, "three": 3}:
    print(key, end=" ")
print()
for key, value in {"a": 1, "b": 2}.items():
    print(key, "=", value)
for i in range(10, 0, -3):
    print(i, end=",")
print()

# assignment to the loop variable inside the body does not affect iteration
for i in range(3):
    print("before", i)
    i = 100
    print("after", i)

# tuple targets and attribute/subscript targets
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
d = {}
for d["key"] in [1, 2, 3]:
    pass
print(d)
class NS:
    pass
ns = NS()
for ns.attr in "xyz":
    pass
print(ns.attr)
