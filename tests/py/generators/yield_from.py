# yield from: delegation, return values, send/throw passthrough.

def inner():
    x = yield "inner 1"
    print("inner got", x)
    y = yield "inner 2"
    print("inner got", y)
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield "outer done"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("finished")

# yield from any iterable
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))

# recursive flattening
def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

# the value of yield from on a plain iterator is None
def plain():
    r = yield from [1, 2]
    yield ("result", r)
print(list(plain()))

# throw passes through yield from into the inner generator
def catcher():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    yield "after"

def delegator():
    yield from catcher()
    yield "delegator end"

d = delegator()
print(next(d))
print(d.throw(ValueError("thrown in")))
print(list(d))

# close() closes the inner generator too
def inner_close():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally on close")
def outer_close():
    try:
        yield from inner_close()
    finally:
        print("outer finally on close")
oc = outer_close()
next(oc)
oc.close()

# return value from a nested chain of delegations
def level(n):
    if n == 0:
        return 0
    yield n
    sub = yield from level(n - 1)
    return sub + n
def top():
    total = yield from level(4)
    yield "total=" + str(total)
print(list(top()))

# StopIteration raised manually inside a delegated generator
def returns_tuple():
    yield "x"
    return (1, 2)
def unpacker():
    a, b = yield from returns_tuple()
    yield a + b
print(list(unpacker()))
