# aiter() and anext() on hand-written asynchronous iterators, driven
# without an event loop: the awaitables are stepped by hand.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Step:
    """An awaitable whose __await__ yields once, then returns or raises."""

    def __init__(self, value, stop=False):
        self.value = value
        self.stop = stop

        self.gen = self.run()

    def run(self):
        yield ("waiting", self.value)
        if self.stop:
            raise StopAsyncIteration
        return self.value

    def __await__(self):
        # The same iterator each time: an anext_awaitable asks for it at
        # every step.
        return self.gen


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    def __anext__(self):
        self.i += 1
        return Step(self.i, stop=self.i > self.n)


def drive(awaitable):
    """Run an awaitable to its end, collecting what it yields."""
    it = awaitable.__await__()
    seen = []
    while True:
        try:
            seen.append(next(it))
        except StopIteration as e:
            return seen, e.value


c = Counter(2)
print(aiter(c) is c)
a = anext(c)
print(type(a).__name__, a.value)
print(drive(a))
show("drive 2", lambda: drive(anext(c)))
show("drive 3", lambda: drive(anext(c)))

# With a default: an anext_awaitable that turns StopAsyncIteration into
# StopIteration(default).
c = Counter(1)
aw = anext(c, "done")
print(type(aw).__name__)
print(aw.__await__() is aw, iter(aw) is aw)
print(drive(anext(c, "done")))
print(drive(anext(c, "done")))
print(drive(anext(c, None)))

# Stepping an anext_awaitable directly.
c = Counter(0)
aw = anext(c, 42)
show("next", lambda: next(aw))
try:
    next(aw)
except StopIteration as e:
    print("stop value", e.value)
aw = anext(Counter(0), 7)
show("send None", lambda: aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("send stop", e.value)
aw = anext(Counter(0), 7)
show("throw", lambda: aw.throw(ValueError("boom")))
aw = anext(Counter(0), 7)
show("throw stop", lambda: aw.throw(StopAsyncIteration))
aw = anext(Counter(3), 7)
show("close", lambda: aw.close())


# An __await__ that returns a plain iterator.
class ListAwait:
    def __init__(self):
        self.it = iter([1, 2])

    def __await__(self):
        return self.it


class ListIt:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self.aw

    aw = ListAwait()


aw = anext(ListIt(), "d")
show("list next", lambda: next(aw))
show("list next", lambda: next(aw))
show("list next", lambda: next(aw))
show("list send", lambda: aw.send(None))


# Awaitables that cannot be awaited.
class NoAwait:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class BadAwait:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        return 3


show("no await", lambda: next(anext(NoAwait(), 0)))
show("bad await", lambda: next(anext(BadAwait(), 0)))
print(anext(NoAwait()))

# Errors of aiter and anext themselves.
show("aiter int", lambda: aiter(1))
show("aiter list", lambda: aiter([]))


class NotAsyncIter:
    def __aiter__(self):
        return 1


show("aiter returns", lambda: aiter(NotAsyncIter()))
show("anext int", lambda: anext(1))
show("anext list", lambda: anext(iter([])))
show("aiter args", lambda: aiter())
show("aiter args2", lambda: aiter(c, c))
show("anext args", lambda: anext())
show("anext args3", lambda: anext(c, 1, 2))
show("anext kw", lambda: anext(c, default=1))
print(aiter.__name__, anext.__name__, aiter.__module__)


class Raising:
    def __aiter__(self):
        raise KeyError("in aiter")

    def __anext__(self):
        raise KeyError("in anext")


show("aiter raises", lambda: aiter(Raising()))
show("anext raises", lambda: anext(Raising()))
