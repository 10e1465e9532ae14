# Call-stack probe test: every kind of Python-level frame.
# Traced with scripts/call_stack.bt; compared with call_stack.golden
# (CPython 3.12 sys.settrace call/return events, scripts/gen_trace_golden.py).
# With --wait it reads a line from stdin before main(): the test attaching
# a tracer to the running process (bpftrace -p) sends it once attached.
# goldens: calls

import sys


def add(a, b):
    return a + b


def scale(x, factor=2, *, offset=0):
    return x * factor + offset


def spread(*args, **kwargs):
    total = add(len(args), len(kwargs))
    return total


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def pair(n):
    yield n
    return n + 1


def relay(n):
    got = yield from pair(n)
    yield got


def delegator():
    yield from relay(1)


def logged(func):
    def wrapper(*args):
        return func(*args)

    return wrapper


@logged
def decorated(x):
    return x + 1


class Counter:
    def __init__(self, start):
        self.value = start

    def bump(self, by=1):
        self.value = add(self.value, by)
        return self.value


def fail(x):
    raise ValueError(x)


def middle(x):
    return fail(x) + 1


def catcher():
    try:
        middle(3)
    except ValueError:
        return "caught"


class Ready:
    """An awaitable that suspends once."""

    def __await__(self):
        yield "ready"


async def fetch(x):
    await Ready()
    return x * 2


async def ticks(n):
    for i in range(n):
        await Ready()
        yield i


async def gather():
    total = await fetch(1)
    async for t in ticks(2):
        total = add(total, t)
    return total


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def main():
    add(1, 2)
    scale(3, factor=4, offset=1)
    spread(*[1, 2], **{"k": 3})
    fact(3)
    for _ in countdown(2):
        pass
    decorated(5)
    c = Counter(1)
    c.bump(by=2)
    catcher()
    square = lambda v: v * v
    square(4)
    total = sum(i * i for i in range(2))
    squares = [add(i, 1) for i in range(2)]
    list(delegator())
    for _ in delegator():
        pass
    drive(gather())
    return total + len(squares)


if "--wait" in sys.argv:
    input()
main()
