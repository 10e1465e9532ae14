# heapq's list operations with items whose comparisons run Python code,
# raise, or change the heap; and the max-heap helpers merge and nlargest use.
import heapq


class Item:
    compares = 0

    def __init__(self, key, name):
        self.key, self.name = key, name

    def __lt__(self, other):
        Item.compares += 1
        return self.key < other.key

    def __repr__(self):
        return "%s%d" % (self.name, self.key)


h = []
for i, k in enumerate([5, 3, 8, 1, 9, 2, 7]):
    heapq.heappush(h, Item(k, "abcdefg"[i]))
print(h, Item.compares)
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.heapreplace(h, Item(0, "z")), heapq.heappushpop(h, Item(4, "y")), h)
print(heapq.heappushpop(h, Item(-1, "x")), h)
data = [Item(k, "q") for k in [4, 1, 3, 2, 16, 9, 10, 14, 8, 7]]
heapq.heapify(data)
print(data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3]))
print(list(heapq.merge([9, 5, 1], [8, 4, 2], reverse=True)))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")


h = [1]
try:
    heapq.heappush(h, Bad())
except ValueError as e:
    print("ValueError:", e, len(h))


class Shrinking:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


h = [1, 2, 3]
try:
    heapq.heappush(h, Shrinking(h))
except RuntimeError as e:
    print("RuntimeError:", e, h)

for call, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)),
                   (heapq.heappush, ((), 1)), (heapq.heapify, ({},)),
                   (heapq.heappop, (None,)), (heapq.heappushpop, ([], 5))]:
    try:
        print(call.__name__, call(*args))
    except (IndexError, TypeError) as e:
        print(call.__name__, type(e).__name__ + ":", e)
try:
    heapq.heappush([])
except TypeError as e:
    print("TypeError:", e)
big = list(range(5000, 0, -1))
heapq.heapify(big)
print(big[:8], all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))))
