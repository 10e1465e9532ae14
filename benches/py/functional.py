# Closure- and lambda-heavy functional workload: composition, currying,
# map/filter/reduce pipelines, decorators, nonlocal counters, key functions.
import sys

N = 20000    # size knob: length of the data
ROUNDS = 32  # size knob: pipeline repetitions

EXPECTED = {
    (2000, 2): ((430510443, 2000, [1020, 1020, 1020], 274, (True, False), 498269), (774114065, 2000, [1020, 1020, 1020], 577, (True, False), 525557), 1161, 182),
    (20000, 32): ((266471514, 20000, [1020, 1020, 1020], 274, (True, False), 779039),
                  (517482599, 20000, [1122, 1122, 1088], 880, (True, False), 182158),
                  17647, 279),
}


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def reduce(f, items, init):
    acc = init
    for x in items:
        acc = f(acc, x)
    return acc


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def memoize(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = f(n)
        cache[n] = r
        return r
    return wrapper


@memoize
def collatz_len(n):
    if n == 1:
        return 1
    if n % 2 == 0:
        return 1 + collatz_len(n // 2)
    return 1 + collatz_len(3 * n + 1)


def make_adders(k):
    return [lambda x, i=i: x + i for i in range(k)]


def pipeline(data, round_no):
    tick = counter()
    add = curry3(lambda a, b, c: a * b + c)
    scale = add(3)
    transforms = [scale(round_no), lambda x: x % 1009, lambda x: x ^ 0x55]
    f = compose(*transforms)
    mapped = list(map(f, data))
    evens = list(filter(lambda v: (tick() and v % 2 == 0), mapped))
    total = reduce(lambda acc, v: (acc * 31 + v) % 1000000007, evens, 7)
    adders = make_adders(8)
    adj = [reduce(lambda acc, g: g(acc), adders, v) for v in evens[:2000]]
    ranked = sorted(adj, key=lambda v: (v % 17, -v))
    best = max(mapped, key=lambda v: (v * 7) % 101)
    flags = (all(map(lambda v: v >= 0, mapped)), any(v > 2000 for v in mapped))
    pairs = sum(a * b for a, b in zip(mapped, reversed(mapped))) % 1000003
    return (total, tick(0), ranked[:3], best, flags, pairs)


def main():
    data = [(i * 7919) % 10007 for i in range(N)]
    results = []
    for r in range(ROUNDS):
        results.append(pipeline(data, r))
    longest = max(range(1, N), key=collatz_len)
    result = (results[0], results[-1], longest, collatz_len(longest))
    if result != EXPECTED[(N, ROUNDS)]:
        print("functional FAILED: got", result)
        sys.exit(1)
    print("functional ok")


main()
