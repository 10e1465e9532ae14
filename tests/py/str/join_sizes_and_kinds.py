# sep.join(parts): results short and long, ASCII and not, from lists,
# tuples, generators and other iterables, with str subclasses and errors.


class S(str):
    pass


def show(r):
    print(repr(r), len(r), r.isascii(), type(r).__name__, hash(r) == hash(str(r)))


show("".join(["a", "b"]))
show("-".join(("x",)))
show("-".join([S("sub")]))
show("".join([S("a"), S("b")]))
show("é".join(["a", "b", "c"]))
show(", ".join(["日本", "語", ""]))
show("".join(["", "", ""]))
show("-".join(["a" * 10, "b" * 13]))
show("-".join(["a" * 10, "b" * 14]))
show("\U0001F600".join(["x" * 20, "y"]))
show(" ".join(str(i) for i in range(30)))
show("|".join(iter(["p", "q"])))
show("".join(map(str.upper, ["ab", "cd"])))
show("+".join({"k": 1}))
big = ["word"] * 1000
r = " ".join(big)
print(len(r), r[:14], r.count(" "), r.upper()[-4:])
items = ["a", "b"]
print("".join(items) is "".join(items), items)
for bad in (["a", 1], ("a", None, "b"), [b"x"], ["a", S("b"), 2.5]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError", e)


def gen():
    yield "a"
    raise ValueError("stop here")


try:
    "".join(gen())
except ValueError as e:
    print("ValueError", e)
