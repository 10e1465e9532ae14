records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"),
           ("eve", 22, "LA"), ("frank", 25, "LA"), ("grace", 30, "SF")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[2], -r[1], r[0])))
by_city = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[2])
print([r[0] for r in by_city])
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "a", 1: "b"}), sorted([], key=len))
print(sorted([-3, 1, -2, 4], key=abs), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
nums = [5, 3, 8, 1, 9, 2, 7]
nums.sort()
print(nums, nums.index(8), nums.count(3))
def bsearch(a, x):
    lo, hi = 0, len(a)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo, steps
for x in (0, 1, 5, 6, 9, 10):
    print("bsearch", x, bsearch(nums, x))
a = list(range(10))
print(a[2:5], a[:-3], a[-3:], a[::2], a[1::3], a[::-1], a[-2:2:-2], a[100:], a[-100:2])
a[2:5] = ["x"]
print(a)
a[::2] = "ABCDE"[:len(a[::2])]
print(a)
del a[1::2]
print(a)
a[1:1] = [0, 0]
print(a)
a[:] = []
print(a, len(a))
b = [1, 2, 3]
b[len(b):] = [4, 5]
b.insert(-1, 99)
b.insert(100, 100)
b.insert(-100, -100)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(4)
b.extend(range(3))
b.extend("ab")
print(b)
b.reverse()
print(b, b[::-1] == list(reversed(b)))
c = [[0] * 3 for _ in range(3)]
c[0][0] = 1
bad = [[0] * 3] * 3
bad[0][0] = 1
print(c, bad)
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [[r[i] for r in m] for i in range(3)])
def matmul(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]
print(matmul(m, [[1, 0], [0, 1], [1, 1]]))
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[i * j for j in range(4)] for i in range(3)])
flat = [v for row in m for v in row]
print(flat, sum(flat), max(flat), min(flat), len(flat))
print(list(map(sum, m)), list(map(max, *m)), [sum(col) for col in zip(*m)])
print([1, 2] + [3], [0] * 4, [1, 2] * 0, 3 in [1, 2, 3], [1, [2]] == [1, [2]], [1, 2] < [1, 3], [1] < [1, 0])
s = [5, 2, 9]
t = s
t += [1]
print(s, s is t)
u = s[:]
u.append(0)
print(s, u, s.copy() == s, s.clear(), s)
lst = ["apple", "Banana", "cherry", "date", "Elder"]
print(sorted(lst), sorted(lst, key=str.casefold), min(lst, key=len), max(lst, key=lambda w: w[-1]))
print(max([], default="none"), min([4, 2, 2, 3], key=lambda v: v % 2), max([1, 3, 3, 1], key=lambda v: v))
words = "the cat sat on the mat the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq, key=freq.get, reverse=True)[:3], sorted(freq.items(), key=lambda kv: kv[1]))
print(list(enumerate(sorted(set(words)))), len(set(words)))
print([i for i, w in enumerate(words) if w == "the"])
stack, queue = [], []
for i in range(4):
    stack.append(i); queue.insert(0, i)
print(stack.pop(), queue.pop(), stack, queue)
print(list(range(10, 0, -3)), list(range(0)), list(range(-5, -1)), range(0, 10, 3)[-1], len(range(0, 10, 3)))
print(range(10)[2:8:2], 5 in range(0, 10, 5), range(3) == range(0, 3), range(0) == range(5, 2))
print(range(1, 10).index(5), range(0, 20, 2).count(4), reversed(range(3)).__class__.__name__)
