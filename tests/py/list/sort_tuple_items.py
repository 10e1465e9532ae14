# sorted() of tuples of mixed items: ints, bools, floats (NaN too), None,
# strs and big ints, compared item by item as CPython does.
import random
random.seed(5)
vals = [True, False, 0, 1, 2, -1, 1.5, 0.5, float('nan'), None, 'a', 'b', 2**70]
def rnd():
    return tuple(random.choice(vals) for _ in range(random.randint(0, 3)))
ok = 0
for trial in range(800):
    a, b = rnd(), rnd()
    try:
        r = sorted([a, b])
        ok += 1
        print(trial, r)
    except TypeError as e:
        print(trial, 'TypeError', e)
print(sorted([(1, 2), (True, 1), (1, True), (0.5,), (False,)]), ok)
n = float('nan')
print(sorted([(n, 1), (n, 0)]), sorted([(1.0, 'b'), (1, 'a')]))
try:
    sorted([], foo=1)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], reverse=True), sorted('bca', key=lambda c: -ord(c)))
