# str.format and format_map
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 3
    y = 4
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "point"
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{0.x},{0.y}".format(P()), "{!r} {!s} {}".format(P(), P(), P()), "{:abc}".format(P()))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "m"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{:,}|{:x}|{:#o}".format(42, 42, 42, 42, 1234567, 255, 8))
print("{:.3f} {:10.2e} {:g} {:.1%}".format(3.14159, 12345.678, 0.00001, 0.256))
print("{{literal}} {} {{}}".format("x"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}}|".format("a", 4))
print("{!r:>10}|{!a}".format("hi", "é"))
print("{0:}|{0!s:}|".format(12))
d = {"a": 1, "b": "two"}
print("{a} and {b}".format_map(d), "{a}".format(**d))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {missing} {b}".format_map(Default(d)))
errors = [lambda: "{} {}".format(1), lambda: "{x}".format(y=1), lambda: "{0} {}".format(1, 2),
          lambda: "{:d}".format("s"), lambda: "{".format(), lambda: "}".format(), lambda: "{0[5]}".format([1]),
          lambda: "{a}".format_map({}), lambda: "{:q}".format(1.5), lambda: "{0.nope}".format(1)]
for fn in errors:
    try:
        print(fn())
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(format("abc", "5"), format("abc", ".2"), format("abc", ">5.1"), format(None, ""), format([1, 2]))
print("{:s}".format("x"), "{:}".format(None), "{}".format([1, "a"]), "{}".format({"k": (1,)}))
