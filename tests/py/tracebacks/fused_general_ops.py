# Operations on two locals (or a local and a constant) whose operands are no
# small numbers: big ints, floats, strs, instances with dunders. The result,
# and an error's traceback (underlined at the operator), are the plain
# operation's. Each error is raised while handling the one before.


class Weird:
    def __eq__(self, other):
        return Truthless()

    def __lt__(self, other):
        return "lt-result"

    def __add__(self, other):
        raise ValueError("no adding")


class Truthless:
    def __bool__(self):
        raise RuntimeError("no truth")


def arithmetic(a, b):
    big = a ** 30
    r = [big + b, big - a, big * b, big // a, big % b, big & b, -big | a]
    r.append(a * 2.5 + b)
    x = big + 1
    r.append(x)
    s = "ab"
    r.append(s * b)
    lst = [1]
    lst += [2]
    r.append(lst)
    return r


def comparisons(a, b):
    big = a ** 40
    r = [big < b, big == big, big > b, "x" < "y", (1, 2) < (1, 3)]
    w = Weird()
    r.append(w < a)
    r.append(type(w == a).__name__)
    if big > b:
        r.append("jumped")
    if "abc" == "abc":
        r.append("str equal")
    return r


def add_weird(w, n):
    return w + n


def test_truth(w, n):
    if w == n:
        return 1
    return 0


def mixed(a, s):
    return a ** 25 + s


class Store:
    def __setitem__(self, k, v):
        print("setitem", k, v)


def stores(d, k, s):
    d[k] = 1
    d[k] = d[k] + 1
    s[k] = "v"
    return d


def store_unhashable(d, k):
    d[k] = 0


class Cells:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data.get(k, 10)

    def __setitem__(self, k, v):
        self.data[k] = v


def augmented(d, c, k):
    d[k] += 1
    d[k] *= 3
    c[k] += 5
    lst = [1.5, 2.5]
    lst[1] -= 0.5
    return d, c.data, lst


def augmented_tuple(t):
    t[0] += 1


print(arithmetic(7, 3))
print(comparisons(7, 3))
print(stores({}, "key", Store()))
print(augmented({"k": 1}, Cells(), "k"))

try:
    add_weird(Weird(), 1)
except ValueError:
    try:
        test_truth(Weird(), 2)
    except RuntimeError:
        try:
            mixed(3, "s")
        except TypeError:
            try:
                store_unhashable({}, [1])
            except TypeError:
                augmented_tuple((1, 2))
