# `<expression> is <constant>` (a value on the stack compared by identity
# with None, True, False, Ellipsis), as a condition and as a value, with
# jumps that land between the constant and the test.


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


def walk(node):
    seen = []
    while node.next is not None:
        seen.append(node.value)
        node = node.next
    seen.append(node.value)
    return seen


chain = Node(1, Node(2, Node(3)))
print(walk(chain))


def classify(n):
    if n.next is None:
        return "last"
    elif n.next.next is None:
        return "second to last"
    return "inner"


print([classify(n) for n in (chain, chain.next, chain.next.next)])


def values(a, b):
    out = []
    out.append(a.get("k") is None)
    out.append(a.get("k") is not None)
    out.append((a or b) is None)
    out.append((a and b) is not None)
    out.append(b.get("k", ...) is ...)
    out.append((len(a) > 0) is True)
    out.append((len(b) == 0) is not False)
    out.append("yes" if a.get("k") is None else "no")
    out.append([x for x in (a.get("k"), b.get("k"), 0) if x is not None])
    return out


print(values({}, {"k": 2}))
print(values({"k": 1}, {}))


def first_none(items):
    for i, item in enumerate(items):
        if items[i] is None:
            return i
    return -1


print(first_none([1, 2, None, 4]), first_none([]), first_none([0, False, ""]))


def not_not(x):
    return not (x.__class__ is None), (not x) is True


print(not_not(0), not_not(1))

calls = []


def f(v):
    calls.append(v)
    return v


print(f(None) is None and f(1) is not None, f(2) is None or f(3) is None)
print(calls)


def loop_until_none(it):
    total = 0
    while (v := next(it, None)) is not None:
        total += v
    return total


print(loop_until_none(iter([1, 2, 3])))
try:
    print(undefined_name.attr is None)
except NameError as e:
    print("NameError", e)


class Weird:
    def __eq__(self, other):
        raise RuntimeError("no == for is")


w = Weird()
print(w is None, w is not None, [w][0] is w)
