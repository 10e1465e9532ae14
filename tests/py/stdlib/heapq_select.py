# nlargest, nsmallest and merge.
import heapq

seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

data = [rnd(100) for _ in range(60)]
for n in [-1, 0, 1, 2, 3, 5, 10, 59, 60, 61, 100]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
    print(n, heapq.nsmallest(n, data, key=lambda x: x % 7),
          heapq.nlargest(n, iter(data), key=lambda x: -x % 11))
print(heapq.nsmallest(3, []), heapq.nlargest(1, []), heapq.nlargest(1, iter([])))
# Stability: equal keys keep input order.
words = ["bb", "a", "cc", "dd", "e", "ff", "g", "hh", "i"]
for n in range(0, 11):
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, iter(words), key=len))
print(heapq.nlargest(2, {'x': 3, 'y': 1, 'z': 2}))
print(heapq.nsmallest(2, "hello world"))
try:
    heapq.nsmallest(2, [1, 'a', 3])
except TypeError as e:
    print("TypeError", e)

# merge
a = sorted(rnd(50) for _ in range(15))
b = sorted(rnd(50) for _ in range(7))
c = sorted(rnd(50) for _ in range(11))
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1], [])))
print(list(heapq.merge(reversed(a), reversed(b), [], reversed(c), reverse=True)))
pairs1 = [(1, 'a1'), (2, 'a2'), (2, 'a3'), (5, 'a4')]
pairs2 = [(0, 'b1'), (2, 'b2'), (5, 'b3')]
pairs3 = [(2, 'c1'), (9, 'c2')]
print(list(heapq.merge(pairs1, pairs2, pairs3, key=lambda p: p[0])))
print(list(heapq.merge(pairs1[::-1], pairs2[::-1], pairs3[::-1],
                       key=lambda p: p[0], reverse=True)))
print(list(heapq.merge(['apple', 'Bob'], ['ant', 'Cat'], key=str.lower)))
m = heapq.merge([1, 3], [2, 4])
print(type(m).__name__, next(m), next(m), list(m))
print(list(heapq.merge("ace", "bdf", "")))
