# Captures are stored only once the whole pattern of a case matched.

def probe(subject):
    a = b = c = rest = "unset"
    match subject:
        case [a, 1] | [1, a]:
            print("or-seq", a)
        case {"k": b, "z": 0, **rest}:
            print("mapping", b, rest)
        case (b, (c, 9)):
            print("nested", b, c)
        case _:
            pass
    print("after", repr(subject), a, b, c, rest)

probe([5, 1])
probe([1, 6])
probe([7, 8])
probe({"k": 1, "z": 0, "extra": 2})
probe({"k": 1, "z": 3})
probe((1, (2, 9)))
probe((1, (2, 3)))

# Alternatives binding the same names in different orders.
def swap(p):
    match p:
        case (x, y, 0) | (0, y, x) | [y, 1, x]:
            return (x, y)
    return None

print(swap((1, 2, 0)), swap((0, 2, 1)), swap([3, 1, 4]), swap((5, 5, 5)))

# A guard that fails leaves the names bound, as in CPython.
match (1, 2):
    case (g, h) if g > h:
        print("no")
    case _:
        print("guard failed; g, h =", g, h)

# Class patterns: a failing keyword sub-pattern binds nothing.
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

q = "unset"
match P(1, 2):
    case P(q, y=3):
        print("no")
    case P(x=qq) as whole if qq == 1:
        print("class", qq, type(whole).__name__, q)

# as-patterns around or-patterns inside sequences.
for s in [[1, 2], [2, 3], [3, 9]]:
    m = n = "unset"
    match s:
        case [(1 | 2) as m, (2 | 3) as n]:
            print("as-or", m, n)
        case _:
            print("no match", m, n)

# A star capture in a failing sequence.
tail = "unset"
match [1, 2, 3]:
    case [1, *tail, 4]:
        print("no")
    case [*_, 3]:
        print("tail is still", tail)
