# List, set and dict comprehensions inside functions run as code of the
# function (PEP 709): their variables are the function's slots, saved and
# put back around them, and they have no frame of their own.

def shadow(x):
    # The comprehension's x is its own; the function's comes back after.
    r = [x * 2 for x in range(3)]
    return x, r


print(shadow("outer"))


def reads_outer(m):
    k = 10
    return [v + k for v in m], {v: k for v in m}, {v % 2 for v in m}


print(reads_outer([1, 2, 3]))


def nested(m):
    return [[i * j for j in m] for i in m]


print(nested([1, 2, 3]))


def same_name_nested(m):
    # The inner comprehension's x shadows the outer one's, which is back
    # for the pair's second item.
    return [([x for x in range(x)], x) for x in m]


print(same_name_nested([1, 2, 3]))


def varnames(m, a):
    b = [c for c in m]
    d = {e: f for e, f in zip(m, m)}
    g = 1
    return b, d, g


print(varnames.__code__.co_varnames, varnames.__code__.co_nlocals)
print(varnames.__code__.co_cellvars, varnames.__code__.co_freevars)


def no_cells(m):
    y = 3
    return [v * y for v in m]


# y stays a plain local of no_cells: nothing captures it.
print(no_cells.__code__.co_cellvars, no_cells([1, 2]))


def captured(m):
    y = 3
    fs = [lambda: v * y for v in m]
    return [f() for f in fs]


print(captured([1, 2]))


def with_genexp(m):
    return [sum(v for v in row) for row in m]


print(with_genexp([[1, 2], [3, 4]]))


def frames():
    # No frame for the comprehension: the function's own frame runs it,
    # and the traceback has one entry.
    try:
        [1 // v for v in range(1)]
    except ZeroDivisionError as e:
        tb, n = e.__traceback__, 0
        while tb is not None:
            n, tb = n + 1, tb.tb_next
        return n


print(frames())


def local_names(m):
    q = 1
    inside = [sorted(locals()) for w in m]
    return inside, sorted(locals())


print(local_names([1]))


def after_error(m):
    x = "kept"
    try:
        [1 / v for x in m for v in (x,)]
    except ZeroDivisionError as e:
        print("caught:", e, "x is", x, sorted(locals()))


after_error([1, 0])


def walrus(m):
    found = [(last := v) for v in m if v > 1]
    return found, last


print(walrus([1, 2, 3]))


def unbound_inner():
    return [y for x in (1,) for y in (y,)]


try:
    unbound_inner()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def read_before_assigned():
    r = [w for _ in (1,)]
    w = 2
    return r


try:
    read_before_assigned()
except NameError as e:
    print(type(e).__name__ + ":", e)


class Base:
    def name(self):
        return "base"


class Child(Base):
    def names(self):
        # super() works inside the comprehension: it runs in the method.
        return [super().name() + str(i) for i in range(2)]


print(Child().names())


def in_generator(m):
    for row in m:
        yield [v * 2 for v in row]


print(list(in_generator([[1], [2, 3]])))


def in_lambda():
    f = lambda m: [v + 1 for v in m]
    return f([1, 2])


print(in_lambda())


def loop_reuse(n):
    out = []
    for i in range(n):
        out.append([i * j for j in range(i)])
    return out


print(loop_reuse(4))


def conditions(m):
    return [a for a in m if a if a % 2], [(a, b) for a in m for b in m if a < b]


print(conditions([0, 1, 2, 3]))

# At module level and in class bodies comprehensions keep their rules.
print([v for v in range(3)])


class Body:
    base = 10
    items = [v * 2 for v in range(3)]


print(Body.items)
