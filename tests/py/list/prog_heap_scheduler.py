class MinHeap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.data = []
        for it in items:
            self.push(it)
    def __len__(self):
        return len(self.data)
    def __bool__(self):
        return bool(self.data)
    def push(self, item):
        d = self.data
        d.append(item)
        i = len(d) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.key(d[i]) < self.key(d[parent]):
                d[i], d[parent] = d[parent], d[i]
                i = parent
            else:
                break
    def pop(self):
        d = self.data
        if not d:
            raise IndexError("pop from empty heap")
        d[0], d[-1] = d[-1], d[0]
        top = d.pop()
        i = 0
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            smallest = i
            if l < len(d) and self.key(d[l]) < self.key(d[smallest]):
                smallest = l
            if r < len(d) and self.key(d[r]) < self.key(d[smallest]):
                smallest = r
            if smallest == i:
                break
            d[i], d[smallest] = d[smallest], d[i]
            i = smallest
        return top
    def peek(self):
        return self.data[0] if self.data else None

h = MinHeap([5, 3, 8, 1, 9, 2, 7, 1])
print(len(h), h.peek(), h.data)
print([h.pop() for _ in range(len(h))], bool(h))
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
words = MinHeap("the quick brown fox jumps over the lazy dog".split(), key=lambda w: (-len(w), w))
print([words.pop() for _ in range(4)])

class Task:
    _seq = 0
    def __init__(self, name, priority, duration):
        self.name = name
        self.priority = priority
        self.duration = duration
        Task._seq += 1
        self.seq = Task._seq
    def sort_key(self):
        return (self.priority, self.seq)
    def __repr__(self):
        return f"<{self.name} p{self.priority} d{self.duration}>"

def schedule(tasks, workers=2):
    pending = MinHeap(tasks, key=Task.sort_key)
    busy = MinHeap(key=lambda pair: (pair[0], pair[1]))
    free = list(range(workers))
    clock = 0
    timeline = []
    while pending or busy:
        while free and pending:
            w = free.pop(0)
            t = pending.pop()
            busy.push((clock + t.duration, w, t))
            timeline.append(f"t={clock:>2} worker{w} starts {t.name}")
        end, w, t = busy.pop()
        clock = end
        timeline.append(f"t={clock:>2} worker{w} done   {t.name}")
        free.append(w)
        free.sort()
    return clock, timeline

tasks = [Task("build", 1, 5), Task("test", 2, 3), Task("lint", 2, 1), Task("deploy", 3, 2),
         Task("docs", 5, 4), Task("bench", 4, 6), Task("hotfix", 0, 2)]
print(tasks)
total, tl = schedule(tasks)
print("\n".join(tl))
print("makespan", total)
total3, _ = schedule([Task(t.name, t.priority, t.duration) for t in tasks], workers=3)
print("with 3 workers", total3, "speedup %.2fx" % (total / total3))
def heapsort(seq, reverse=False):
    hp = MinHeap(seq, key=(lambda x: -x) if reverse else (lambda x: x))
    return [hp.pop() for _ in range(len(hp))]
data = [31, 41, 59, 26, 53, 58, 97, 93, 23, 84]
print(heapsort(data), heapsort(data, reverse=True), heapsort(data) == sorted(data))
def k_smallest(seq, k):
    return heapsort(seq)[:k]
print(k_smallest(data, 3), k_smallest([], 3), k_smallest([2.5, -1, 0.0], 5))
def merge_sorted(*lists):
    hp = MinHeap(key=lambda t: (t[0], t[1]))
    for i, l in enumerate(lists):
        if l:
            hp.push((l[0], i, 0))
    out = []
    while hp:
        v, i, j = hp.pop()
        out.append(v)
        if j + 1 < len(lists[i]):
            hp.push((lists[i][j + 1], i, j + 1))
    return out
print(merge_sorted([1, 4, 7], [2, 5, 8], [0, 3, 6, 9], []))
