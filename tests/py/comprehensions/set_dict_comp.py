# Set and dict comprehensions (sets are printed sorted).

squares = {x * x for x in range(-5, 6)}
print(sorted(squares), len(squares))

letters = {c for c in "mississippi"}
print(sorted(letters))

lengths = {len(w) for w in "a bb ccc dd e".split()}
print(sorted(lengths))

d = {x: x * x for x in range(6)}
print(d)

inv = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inv)

# later keys overwrite earlier ones, first insertion position kept
print({k % 3: k for k in range(10)})

# dict comprehension from zip and enumerate
names = ["ann", "bob", "cy"]
print({n: i for i, n in enumerate(names)})
print({k: v for k, v in zip("xyz", range(100))})

# conditions in dict comprehensions
print({n: len(n) for n in names if len(n) > 2})
print({k: ("even" if k % 2 == 0 else "odd") for k in range(4)})

# nested dict comprehension
print({r: {c: r * c for c in range(1, 4)} for r in range(1, 3)})

# frozen sets from set comprehensions
fs = frozenset({x % 4 for x in range(20)})
print(sorted(fs), type(fs).__name__)

# unhashable keys fail
try:
    {[k]: k for k in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)

# the evaluation order of key and value (3.8+: key first)
order = []
def k(x):
    order.append("key%d" % x)
    return x
def v(x):
    order.append("val%d" % x)
    return x
print({k(i): v(i) for i in range(2)}, order)

# set comprehension with tuples
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))

# counting with a dict comprehension
text = "the cat and the hat and the bat"
counts = {w: text.split().count(w) for w in text.split()}
print(counts)
