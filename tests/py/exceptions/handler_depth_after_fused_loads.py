# A handler's stack depth stays right after locals were loaded in pairs
# (`a + b`, `n - 1`): the value stack below the handler is cut back to where
# it was when the `with`/`try` began, so `__exit__` is the object called.
class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.tag, typ.__name__ if typ else None, val)
        return True


def boom(msg):
    raise ValueError(msg)


def g(*a):
    return a


def in_with(a, b):
    x = a + b
    y = x - 1
    with CM("one"):
        g(x, y, boom("in call args"))
    with CM("two"):
        g(a, b, [x, y, boom("in a list")])
    return x, y


print(in_with(1, 2))


def in_try(a, b):
    y = a + 1
    for i in range(3):
        try:
            g(y, b, i, boom(f"round {i}"))
        except ValueError as e:
            print("caught", e, y, i)
    return y


print(in_try(1, 2))


def nested(n):
    total = n * 2
    try:
        with CM("inner"):
            g(total, n + 1, boom("nested"))
        raise KeyError(total - 1)
    except KeyError as e:
        print("key", e)
    return total


print(nested(5))
