# SyntaxWarnings of the compiler, written to stderr before the program
# runs (CPython 3.12): invalid escape sequences in string literals (the
# first of each string, of each literal piece of an f-string), identity
# with a literal, an assert of a tuple, a call or subscript of a literal.
pattern = "\d+"                  # the common one: a regex without r""
both = "\d\w"                    # one warning per string
joined = ("a"
          "\s")                  # each string of a concatenation
raw = r"\d" + R"\q", rb"\d"    # raw strings have no escapes
data = b"\q" + b"\N{BULLET}"     # bytes know no \N, \u or \U
text = "\N{BULLET}\x41\u0041\U00000041\a\b\f\v\0\7\77"
octal = "\777"                   # past \377
multi = """first
second \p"""
name = "x"
formatted = f"{name}\d{name!r:>5}\q"
tripled = f"""{name}
a \z
b"""
x = 1
if x is 1:
    pass
if x is not "a":
    pass
if x is -1 or x is (1, 2) or x is None or x is True or x is ...:
    pass
assert (x, "always true")
try:
    5()
except TypeError as e:
    print(e)
try:
    [1, 2][1.5]
except TypeError as e:
    print(e)
try:
    {1, 2}[0]
except TypeError as e:
    print(e)
try:
    "ab"["a"]
except TypeError as e:
    print(e)


def later():
    return "\y"


print(pattern, both, joined, raw, data, text, octal, multi, formatted, tripled, later())
# Code compiled at run time warns then, under its own file name.
print(eval("'\\e'"))
exec("y = '\\d'")
code = compile("z = '\\c' is 'q'", "generated.py", "exec")
print(y)
