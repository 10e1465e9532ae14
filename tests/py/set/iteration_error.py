# set changed size during iteration and related behavior
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
for x in list(s):
    if x % 2:
        s.discard(x)
print(s)
s = {1, 2, 3}
for x in s:
    s.add(x)
print("re-adding existing elements is fine:", s)
s = {1, 2, 3}
it = iter(s)
print(next(it))
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {5, 6}
it = iter(s)
print(list(it), list(it))
print(sorted(x for x in {3, 1, 2}), [x for x in {7}])
total = 0
for v in {1, 2, 3, 4}:
    total += v
print(total)
fs = frozenset({1, 2})
print(list(iter(fs)), len(list(fs)))
