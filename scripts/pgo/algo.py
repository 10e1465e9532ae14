# PGO training: recursion, integer and float arithmetic, lists, tuples,
# sets, generators, yield from, sorting, lambdas and builtins.
import math


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(sieve) if p]


def walk(n):
    x, y = 0.0, 0.0
    for i in range(n):
        a = (i * 0.618) % 6.283
        x += math.cos(a) * 0.5
        y += math.sin(a) * 0.5
        if abs(x) > 10.0:
            x = -x / 2
    return round(math.hypot(x, y), 6)


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def matrix(n):
    a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + j) % 5 for j in range(n)] for i in range(n)]
    return [[sum(a[i][k] * b[k][j] for k in range(n)) for j in range(n)] for i in range(n)]


def shuffle_sort(n):
    data = [(i * 7919) % 1009 for i in range(n)]
    pairs = sorted(zip(data, range(n)), key=lambda p: (p[0] % 10, -p[1]))
    uniq = sorted(set(data), reverse=True)
    mapped = list(map(lambda v: v * 2, filter(lambda v: v % 3, uniq)))
    return pairs[0], uniq[:3], sum(mapped), min(data), max(data), any(d > 1000 for d in data)


def big(n):
    acc = 1
    for i in range(1, n):
        acc = acc * i + (acc >> 3)
    return acc % 1000000007, divmod(acc, 12345)[1]


def main():
    nested = [[i, [i + 1, [i + 2]]] for i in range(3000)]
    print(fib(25), len(primes(200000)), walk(300000),
          sum(len(c) for c in chunks(list(range(50000)), 7)),
          sum(flatten(nested)), matrix(24)[5][7], shuffle_sort(20000), big(600))


main()
