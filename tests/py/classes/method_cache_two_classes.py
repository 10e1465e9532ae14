# One call site seeing two, then three classes in turn (an overridden
# method): each call finds its own class's function while methods are
# replaced, deleted and shadowed on either class; `not` of plain values.


class Task:
    def __init__(self, n):
        self.n = n

    def step(self):
        return ("task", self.n)


class Worker(Task):
    def step(self):
        return ("worker", self.n)


class Device(Task):
    def step(self):
        return ("device", self.n * 2)


def run(tasks):
    return [t.step() for t in tasks]


pair = [Task(1), Worker(2), Task(3), Worker(4)]
print(run(pair))
print(run(pair))
trio = [Task(1), Worker(2), Device(3), Worker(4), Device(5), Task(6)]
print(run(trio))
print(run(trio))

# The second class's method replaced, then deleted, after the site ran.
Worker.step = lambda self: ("patched", self.n)
print(run(pair))
del Worker.step
print(run(pair))

# Shadowed by an instance attribute on an instance of the second class.
w = Worker(7)
print(run([Task(0), w, Task(8)]))
w.step = lambda: ("own", 7)
print(run([Task(0), w, Task(8), Worker(9)]))
del w.step
print(run([w, Task(10)]))

# The first class changed while the second is cached.
Task.step = lambda self: ("task2", -self.n)
print(run([Task(11), Device(12), Worker(13)]))


# Classes made and dropped in a loop: a new class may reuse an address.
for i in range(5):
    class Fresh(Task):
        def step(self, i=i):
            return ("fresh", i, self.n)
    print(run([Fresh(i), Device(i), Fresh(i + 1)]))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Sized:
    def __len__(self):
        return 0


values = [True, False, None, 0, 1, -3, 2**70, 0.0, 0.5, "", "x", [], [0],
          Truthy(True), Truthy(False), Sized(), (), {}]
print([not v for v in values])


def flags(a, b):
    return (not a, not b, not a and b, a or not b)


print([flags(x, y) for x in (0, 1, None) for y in (True, False)])


class Bad:
    def __bool__(self):
        return 1


try:
    print(not Bad())
except TypeError as e:
    print("TypeError", e)
