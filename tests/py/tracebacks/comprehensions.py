# Errors inside comprehensions: a list, set or dict comprehension runs in
# the frame of the function around it (one traceback entry, as CPython
# 3.12 inlines it); a generator expression has a frame of its own.

def inverses(xs):
    return [1 / x for x in xs]

def keyed(rows):
    return {row["id"]: row for row in rows}

def total(xs):
    return sum(x.value for x in xs)

try:
    inverses([1, 0])
except ZeroDivisionError:
    try:
        keyed([{"id": 1}, {"name": 2}])
    except KeyError:
        total([1])
