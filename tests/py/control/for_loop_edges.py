# for loops whose test sits at the bottom: every way in and out of the
# body, loop variables that are cells, globals and attributes, iterators
# that raise, and a generator run by the loop that returns or raises.


def exits(xs):
    out = []
    for x in xs:
        if x == 2:
            continue
        if x == 5:
            break
        out.append(x)
    else:
        out.append("else")
    return out


def returns_from_loop(xs):
    try:
        for x in xs:
            if x > 1:
                return x
    finally:
        print("finally after", xs)
    return None


def cell_variable(xs):
    fs = []
    for x in xs:
        fs.append(lambda: x)
    return [f() for f in fs]


G = None


def global_variable(xs):
    global G
    for G in xs:
        pass
    return G


class Box:
    pass


def attribute_and_subscript_targets(xs):
    b = Box()
    d = {}
    for b.value in xs:
        pass
    for d["k"] in xs:
        pass
    for (p, q), r in [((1, 2), 3), ((4, 5), 6)]:
        pass
    return b.value, d, p, q, r


class Failing:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise ValueError("iterator failed")
        return self.n


def raising_iterator():
    seen = []
    try:
        for v in Failing(3):
            seen.append(v)
    except ValueError as e:
        seen.append(str(e))
    return seen


def gen_returns():
    yield 1
    yield 2
    return "done"


def gen_raises():
    yield 1
    raise KeyError("in generator")


def generator_loops():
    out = []
    for v in gen_returns():
        out.append(v)
    else:
        out.append("else")
    try:
        for v in gen_raises():
            out.append(v)
    except KeyError as e:
        out.append(repr(e))
    for v in gen_returns():
        if v == 1:
            break
    out.append(v)
    return out


def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            for k in (i, j):
                total += k
        else:
            total += 100
    return total


def comprehensions(xs):
    a = [x for x in xs if x % 2 if x > 1]
    b = [(x, y) for x in xs if x < 4 for y in xs if y > x if (x + y) % 2]
    c = {x: [y for y in range(x) if y != 1] for x in xs}
    d = list(x * x for x in xs if not x % 3)
    e = [x for x in xs if False]
    f = [x for x in xs if True]
    return a, b, c, d, e, f


def mutated_while_iterating():
    xs = [1, 2, 3]
    out = []
    for x in xs:
        out.append(x)
        if len(xs) < 6:
            xs.append(x * 10)
    return out


def empty_and_single():
    out = []
    for x in []:
        out.append("never")
    else:
        out.append("empty else")
    for x in [7]:
        out.append(x)
    for x in range(0):
        out.append("never")
    for x in "":
        out.append("never")
    return out, x


print(exits(range(10)))
print(exits([1, 3]))
print(returns_from_loop([0, 1, 2, 3]))
print(returns_from_loop([0]))
print(cell_variable([1, 2, 3]))
print(global_variable("abc"), G)
print(attribute_and_subscript_targets([1, 2]))
print(raising_iterator())
print(generator_loops())
print(nested(7))
print(comprehensions(range(6)))
print(mutated_while_iterating())
print(empty_and_single())
for last in Failing(2):
    print("item", last)
