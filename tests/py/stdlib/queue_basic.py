# queue: the FIFO, LIFO, priority and simple queues in one thread, with
# their blocking and timeout behaviour.
import queue
import time


def attempt(label, func):
    try:
        print(label, "=", repr(func()))
    except Exception as e:
        print(label, "->", type(e).__name__, repr(str(e)))


for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    print(cls.__name__, q.maxsize, q.qsize(), q.empty(), q.full())
    for item in [5, 1, 4, 2, 3]:
        q.put(item)
    print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
    attempt("get_nowait", q.get_nowait)
    attempt("get block=False", lambda: q.get(False))
    attempt("get negative timeout", lambda: q.get(timeout=-1))

q = queue.Queue(maxsize=2)
q.put("a")
q.put_nowait("b")
print(q.qsize(), q.full(), q.empty())
attempt("put_nowait full", lambda: q.put_nowait("c"))
attempt("put block=False", lambda: q.put("c", block=False))
attempt("put negative timeout", lambda: q.put("c", timeout=-0.5))
start = time.monotonic()
attempt("put timeout", lambda: q.put("c", timeout=0.05))
print(time.monotonic() - start >= 0.04)
print(q.get(), q.get(), q.full())

q = queue.Queue()
start = time.monotonic()
attempt("get timeout", lambda: q.get(timeout=0.05))
print(time.monotonic() - start >= 0.04)
attempt("get timeout 0", lambda: q.get(timeout=0))
q.put(1)
print(q.get(timeout=10), q.get(True, None) if q.put(2) is None else None)

print("tasks")
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.unfinished_tasks)
while not q.empty():
    q.get()
    q.task_done()
print(q.unfinished_tasks)
q.join()
print("joined")
attempt("task_done too many", q.task_done)

print("priority")
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "0")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
lq = queue.LifoQueue(maxsize=3)
for i in range(3):
    lq.put(i)
print(lq.full(), lq.get(), lq.get(), lq.qsize())
print(list(queue.Queue(5).queue), queue.PriorityQueue().queue, queue.LifoQueue().queue)
mq = queue.Queue(-1)
for i in range(100):
    mq.put_nowait(i)
print(mq.full(), mq.qsize())

print("simple")
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put(2, block=False)
sq.put_nowait(3)
sq.put(4, timeout=1)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.get(timeout=1), sq.empty())
attempt("simple get_nowait", sq.get_nowait)
attempt("simple get negative", lambda: sq.get(timeout=-1))
start = time.monotonic()
attempt("simple get timeout", lambda: sq.get(timeout=0.05))
print(time.monotonic() - start >= 0.04)

print("subclass")


class Recorder(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        self.log = []

    def _put(self, item):
        self.log.append(("put", item))
        self.queue.append(item)

    def _get(self):
        item = self.queue.pop(0)
        self.log.append(("get", item))
        return item


r = Recorder()
r.put("x")
r.put("y")
r.get()
print(r.log, r.qsize())
print(queue.Queue[int], queue.LifoQueue[str])
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))
