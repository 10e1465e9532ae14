def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(3)
print(len(m), m)
print(len(hanoi(10)))

def permutations(seq):
    if len(seq) <= 1:
        return [list(seq)]
    out = []
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            out.append([x] + rest)
    return out
p = permutations("abc")
print(len(p), ["".join(x) for x in p])
print(len(permutations(list(range(5)))))

def combinations(items, k):
    if k == 0:
        return [[]]
    if not items:
        return []
    head, tail = items[0], items[1:]
    return [[head] + c for c in combinations(tail, k - 1)] + combinations(tail, k)
print(combinations([1, 2, 3, 4], 2), len(combinations(list(range(10)), 3)))

def powerset(s):
    if not s:
        return [()]
    rest = powerset(s[1:])
    return rest + [(s[0],) + r for r in rest]
print(sorted(powerset((1, 2, 3)), key=lambda t: (len(t), t)))

memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), len(memo), [fib(i) for i in range(12)])

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        wrapper.hits = getattr(wrapper, "hits", 0) + (0 if args not in cache else 0)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths(16, 16), len(grid_paths.cache))

@memoize
def lcs(a, b):
    if not a or not b:
        return ""
    if a[0] == b[0]:
        return a[0] + lcs(a[1:], b[1:])
    x, y = lcs(a[1:], b), lcs(a, b[1:])
    return x if len(x) >= len(y) else y
print(repr(lcs("AGGTAB", "GXTXAYB")), repr(lcs("abcdef", "acf")), repr(lcs("", "x")))

def queens(n):
    sols = []
    def place(row, cols, d1, d2, board):
        if row == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
            board.pop()
    place(0, set(), set(), set(), [])
    return sols
for n in range(1, 9):
    print(n, len(queens(n)), queens(n)[:1])
first = queens(6)[0]
print("\n".join("".join("Q" if c == col else "." for c in range(6)) for col in first))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5, []]])], "ab", [[[]]]])))

def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([]), depth([1, [2, [3]]]), depth([[[[[]]]]]))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2**40, 6**20), gcd(17, 0))

def binary_strings(n):
    return [""] if n == 0 else [s + b for s in binary_strings(n - 1) for b in "01"]
print(binary_strings(3), len(binary_strings(10)))

def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print(count_change(100, [50, 25, 10, 5, 1]))
import sys
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500), sys.getrecursionlimit())
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
