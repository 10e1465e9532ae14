# Line probe test: loops, if/else, while/break, try/except.
# Traced with scripts/line.bt; compared with line_trace.lines.golden
# (CPython 3.12 sys.settrace line events, scripts/gen_trace_golden.py).
# goldens: lines


def classify(n):
    if n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    return kind


def loops(limit):
    total = 0
    for i in range(limit):
        if i == 1:
            continue
        total += i
    j = 0
    while True:
        j += 1
        if j >= 2:
            break
    k = 3
    while k > 0:
        k -= 1
    return total + j + k


def guarded(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        y = -1
    finally:
        x = 0
    return y


def gen(n):
    for i in range(n):
        yield i * 2


def more_loops(items):
    for x in items: pass
    found = None
    for x in items:
        if x == 2:
            found = x
            break
    else:
        found = -1
    for x in gen(2):
        found = x
    evens = [y for y in items
             if y % 2 == 0]
    pairs = {(a, b) for a in items for b in items if a < b}
    for x in []:
        found = 0
    else:
        found = found + 1
    return found, evens, len(pairs)


def passes(items):
    for x in items: pass
    for x in items:
        pass
    try:
        pass
    except ValueError: pass
    try:
        int("x")
    except ValueError: pass
    while False: pass
    if items: pass
    else:
        pass
    "a bare constant"; y = 1
    return x


def main():
    classify(2)
    classify(3)
    loops(3)
    guarded(2)
    guarded(0)
    more_loops([1, 2, 3])
    passes([1, 2])


main()
