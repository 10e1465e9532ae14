# Conversions !r, !s, !a in f-strings and str.format.

class Thing:
    def __repr__(self):
        return "Thing(repr)"
    def __str__(self):
        return "thing-str"
    def __format__(self, spec):
        return "thing-format[" + spec + "]"

t = Thing()
print(f"{t} {t!s} {t!r} {t!a} {t:spec} {t!s:>12} {t!r:<14}|")
print("{} {!s} {!r} {!a} {:spec}".format(t, t, t, t, t))

s = "café\n\"quoted\" 'x' \u2603 \U0001F600"
print(f"{s!r}")
print(f"{s!a}")
print(f"{s!s}")
print(ascii(s), repr("tab\there"))
print(f"{'it\'s'!r} {"say \"hi\""!r}")

# conversions of numbers and containers
print(f"{1.0!r} {1.0!s} {[1, 'a']!r} {[1, 'a']!s} {('x',)!a} {b'bytes'!s}")
print(f"{None!r} {True!s} {3 + 4j!r} { {'set'}!r}")

# conversion then format spec applies the spec to the string
print(f"[{3.5!r:>8}] [{'abc'!r:^9}] [{42!s:*<6}]")

# invalid conversion characters are syntax errors
try:
    compile('f"{1!x}"', "<s>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# !a escapes non-ASCII in reprs of nested data
data = {"naïve": ["ünïcode", "plain"]}
print(f"{data!a}")
print(f"{data}")
