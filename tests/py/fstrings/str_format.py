# str.format: positional, indexed, keyword, attribute and index fields, nested specs.

print("{} and {}".format("first", "second"))
print("{1} before {0}, {0} again".format("zero", "one"))
print("{name} is {age} years".format(name="Ann", age=31))
print("{0}{1}{0}".format("ab", "-"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0:.3f} {0:e} {0:%}".format(0.125))

# attribute and index access in fields
class User:
    def __init__(self):
        self.name = "bob"
        self.tags = ["admin", "dev"]
u = User()
print("{0.name} has tags {0.tags} first={0.tags[0]}".format(u))
print("{u.name!r:>8}".format(u=u))
d = {"key": "value", "n": 3}
print("{d[key]} {d[n]:03d} {0[1]} {0[0][1]}".format(["xy", "z"], d=d))
print("{[2]}".format("abcd"))

# nested replacement fields in the spec
print("{:{}{}{}}".format("mid", "*", "^", 9))
print("{0:{fill}>{width}}".format(42, fill="0", width=6))
print("{:.{}f}".format(3.14159, 2))

# format_map and mixing
print("{x}-{y}".format_map({"x": 1, "y": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} {unknown}".format_map(Default(known="K")))

# escaping braces
print("{{}} {{{0}}} {{0}}".format("in"))

# errors
cases = [
    ("{} {}", ("only one",), {}),
    ("{0} {}", ("a", "b"), {}),
    ("{missing}", (), {}),
    ("{0.nope}", (1,), {}),
    ("{0[5]}", ([1],), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!z}", (1,), {}),
    ("{:d}", ("s",), {}),
    ("{0[}", ([1],), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt), "->", fmt.format(*args, **kwargs))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), "->", type(e).__name__, e)

# numbers with grouping and signs through format
print("{:,} {:_b} {:+.1f} {: d} {:x}".format(10 ** 9, 255, 2.25, 5, 3735928559))

# format with positional index out of range but keyword present
print("{0}{x}".format("a", x="b"))

# %-formatting for comparison
print("%s %r %d %5.2f %-5s| %x %o %e %%" % ("s", "r", 42, 3.14159, "ab", 255, 8, 12345.678))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7})
print("%c%c" % (72, "i"), "%5s|%-5s|" % ("r", "l"), "%+d %+d" % (3, -3))
try:
    print("%d" % "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print(type(e).__name__, e)
