# The call_stack.d example of CPython's documentation traces the calls
# made inside a function named start(). This program has one, whose
# calls cover the kinds of Python frames (plain, recursive, generator,
# decorated, method, exception, lambda, generator expression), and the
# functions of the documentation's example. pyprobe-dtrace's tests trace
# it with scripts/call_stack.d and compare with CPython 3.12's
# sys.settrace (call_stack_start.calls.golden, scripts/gen_trace_golden.py).
# With --wait it reads a line from stdin before start(): the test that
# attaches to the running process (-p) sends it once attached.
# goldens: calls

import sys


def function_1():
    function_3()


def function_2():
    function_1()


def function_3():
    pass


def function_4():
    pass


def function_5():
    x = 1
    y = 2
    return x + y


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


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

    def bump(self):
        self.value += 1
        return self.value


def fail():
    raise ValueError("no")


def catcher():
    try:
        fail()
    except ValueError:
        return "caught"


def start():
    function_1()
    function_2()
    function_3()
    function_4()
    function_5()
    fact(3)
    for _ in countdown(2):
        pass
    decorated(1)
    Counter(1).bump()
    catcher()
    square = lambda v: v * v
    square(3)
    return sum(i for i in range(2))


if "--wait" in sys.argv:
    input()
start()
