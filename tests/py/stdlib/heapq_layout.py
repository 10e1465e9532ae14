# Heap layouts after every heapq operation, checked on many pseudo-random lists.
import heapq

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

for trial in range(40):
    size = rnd(25)
    data = [rnd(50) for _ in range(size)]
    h = list(data)
    heapq.heapify(h)
    print("heapify", data, "->", h)
    p = []
    for x in data:
        heapq.heappush(p, x)
    print("pushes ", p)
    out = []
    while p:
        out.append(heapq.heappop(p))
        if len(p) % 5 == 0:
            print("  after pop", p)
    print("popped ", out)
    if h:
        r = heapq.heapreplace(h, rnd(50))
        print("replace", r, h)
        r = heapq.heappushpop(h, rnd(50))
        print("pushpop", r, h)
        r = heapq.heappushpop(h, -1)
        print("pushpop small", r, h)

# Floats, strings and tuples.
h = [3.5, 1.25, 9.0, -2.0, 7.5, 0.0, 1.25]
heapq.heapify(h); print(h)
h = ["pear", "apple", "fig", "kiwi", "banana", "cherry", "date"]
heapq.heapify(h); print(h)
h = []
for t in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q'), (1, 'a')]:
    heapq.heappush(h, t)
print(h, [heapq.heappop(h) for _ in range(len(h))])

# Only "<" is used; count comparisons.
class C:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        C.calls += 1
        return self.v < other.v
    def __repr__(self): return "C(%d)" % self.v
h = [C(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]]
heapq.heapify(h); print(h, C.calls)
C.calls = 0
heapq.heappush(h, C(-1)); print(h, C.calls)
C.calls = 0
print(heapq.heappop(h), h, C.calls)

# Errors.
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)),
                (heapq.heappush, (None, 1)), (heapq.heapify, ((1, 2),)),
                (heapq.heappop, ("ab",)), (heapq.heappush, ([1], 'a'))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(heapq.heappushpop([], 5))
