# golden-args: -X no_debug_ranges no_debug_ranges.py
# With -X no_debug_ranges the traceback has its source lines but no carets.


def divide(a, b):
    return a / b + 1


def outer(xs):
    return divide(xs[0], xs[1]) * 2


print("start")
outer([1, 0])
