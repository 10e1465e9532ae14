import pprint
import io
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = {
    "name": "pprint test",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"deep": ("x", "y", ["z" * 10, 3.5, None])}], "b": (1,), "c": ()},
    "tuple": tuple(range(12)),
    "one": (42,),
    "empty": [[], {}, (), set(), frozenset()],
    "set": {5, 3, 1, 4, 2, 10, 20, 30, 40, 50, 60, 70, 80},
    "frozen": frozenset({"b", "a", "c", "dd", "eeeeeeeeee", "ffffffffffffff", "gggggggggggggg"}),
    "text": "The quick brown fox jumps over the lazy dog. " * 4,
    "lines": "first line\nsecond line is a little longer than the first\nthird\n",
    "bytes": bytes(range(40)),
    "ba": bytearray(b"hello world, this is a bytearray that is rather long indeed"),
    "mixed": [1, "two", 3.0, b"four", None, True, 7j],
    1: "int key", (1, 2): "tuple key",
}
for width in (80, 60, 40, 30, 20, 10, 1):
    print("--- width", width)
    print(pprint.pformat(data, width=width))

print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, compact=True, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=60))
print(pprint.pformat(data, sort_dicts=False, width=70))
print(pprint.pformat([list(range(40)), [str(i) for i in range(30)]], compact=True))
print(pprint.pformat([list(range(40)), [str(i) for i in range(30)]], compact=True, indent=3, width=35))
print(pprint.pformat({"k": list(range(25))}, compact=True, width=30))
print(pprint.pformat([12345678901, 1000000, -5000, 3.25, True], underscore_numbers=True))
print(pprint.pformat({"big": 10 ** 30, "lst": [2 ** 40] * 5}, underscore_numbers=True, width=40))

# Strings on their own and nested.
s = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt"
for width in (80, 40, 20, 5):
    print(pprint.pformat(s, width=width))
    print(pprint.pformat([s], width=width))
    print(pprint.pformat({"key": s}, width=width))
print(pprint.pformat("a\nb\nc" * 3, width=10))
print(pprint.pformat("   leading spaces and   several    gaps   ", width=15))
print(pprint.pformat("x" * 100, width=30))
print(pprint.pformat("unicode é ü ñ " * 8, width=30))
print(pprint.pformat(("tuple with a long string " * 4,), width=40))
print(pprint.pformat("", width=1), pprint.pformat([""], width=1))

# Bytes.
b = bytes(range(256))[:60]
for width in (80, 40, 20, 10):
    print(pprint.pformat(b, width=width))
    print(pprint.pformat([b], width=width))
    print(pprint.pformat(bytearray(b), width=width))
print(pprint.pformat(b"abcd", width=1), pprint.pformat(b"abcde", width=1))

# Recursion.
lst = [1, 2]
lst.append(lst)
out = pprint.pformat(lst)
print(out.replace(str(id(lst)), "ID"))
d = {"self": None}
d["self"] = d
print(pprint.saferepr(d).replace(str(id(d)), "ID"))
print(pprint.isrecursive(lst), pprint.isrecursive([1, [2]]), pprint.isreadable(lst))
print(pprint.isreadable([1, "a", (2,)]), pprint.isreadable(object()), pprint.isreadable({1: int}))
print(pprint.saferepr([1, {"b": 2, "a": 1}, (3,)]))
big = [lst] * 3
print(pprint.pformat(big, width=20).replace(str(id(lst)), "ID"))
p = pprint.PrettyPrinter()
print(p.isrecursive(lst), p.isreadable(lst), p.isreadable([1]), p.isreadable(1.5))
print(p.format([1, 2], {}, 0, 0))

# Output functions.
pprint.pprint(data["nested"], width=30)
pprint.pprint(list(range(30)), sys.stdout, 2, 20)
buf = io.StringIO()
pprint.pprint({"b": 1, "a": 2}, stream=buf)
print(repr(buf.getvalue()))
pprint.pp({"b": 1, "a": 2})
pprint.pp({"b": 1, "a": [3] * 40})
pprint.pp({"b": 1, "a": 2}, sort_dicts=True)
pp2 = pprint.PrettyPrinter(width=20, stream=buf)
pp2.pprint(list(range(10)))
print(buf.getvalue())

# Argument checks.
t(lambda: pprint.PrettyPrinter(indent=-1))
t(lambda: pprint.PrettyPrinter(depth=0))
t(lambda: pprint.PrettyPrinter(width=0))
t(lambda: pprint.PrettyPrinter(width="x"))
t(lambda: pprint.pformat([1, 2, 3], width=-5))

# Mixed-type keys and sets still sort.
print(pprint.pformat({1: "a", "b": 2, None: 3, 2.5: 4}, width=20))
print(pprint.pformat({3, "a", 1, "b", 2.5, None}, width=10))
print(pprint.pformat(frozenset(range(30)), width=40))

class SubList(list):
    pass
class SubDict(dict):
    pass
class ReprList(list):
    def __repr__(self):
        return "ReprList!"
print(pprint.pformat(SubList(range(30)), width=30))
print(pprint.pformat(SubDict(a=1, b=list(range(20))), width=30))
print(pprint.pformat(ReprList(range(30)), width=30))
print(pprint.pformat([ReprList()] * 2), pprint.isreadable(ReprList()))
class SubSet(set):
    pass
print(pprint.pformat(SubSet(range(15)), width=30))
print(pprint.pformat(frozenset(), width=1), pprint.pformat(SubSet(), width=1))

class MyPrinter(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)
print(MyPrinter(width=20).pformat(["abc", "def", ["ghi", 1]]))
