# Cycles through closures: a function, its closure tuple and its cells.
# CPython counts a closure function as three objects: the function, the
# tuple in __closure__ and the cell it holds.
import gc

gc.disable()
gc.collect()


def make_recursive():
    def inner(n):
        return 1 if n <= 1 else n * inner(n - 1)
    return inner


f = make_recursive()
print("works:", f(5), len(f.__closure__), f.__closure__[0].cell_contents is f)
del f
print("function <-> cell:", gc.collect())


def make_pair():
    def ping(n):
        return "ping" if n == 0 else pong(n - 1)

    def pong(n):
        return "pong" if n == 0 else ping(n - 1)

    return ping


f = make_pair()
print("works:", f(3), f(4))
del f
print("two functions, two cells:", gc.collect())


def make_boxed():
    box = []

    def get():
        return box

    box.append(get)
    return get


f = make_boxed()
print("works:", f()[0] is f)
del f
print("function -> cell -> list -> function:", gc.collect())


# A closure that is not part of a cycle is freed by reference counting.
def make_adder(k):
    def add(x):
        return x + k
    return add


f = make_adder(10)
print("works:", f(5))
del f
print("acyclic closure:", gc.collect())
