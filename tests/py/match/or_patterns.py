# OR patterns: alternatives, bindings in alternatives, nesting.

def size(n):
    match n:
        case 0 | 1 | 2:
            return "tiny"
        case 3 | 4 | 5 | 6:
            return "small"
        case int() | float():
            return "number"
        case "s" | "m" | "l":
            return "size code"
        case _:
            return "?"
print([size(v) for v in [0, 2, 5, 100, 2.5, "m", "xl"]])

# alternatives that bind the same names
def point(p):
    match p:
        case (x, 0) | (0, x):
            return "on an axis at %r" % x
        case [x, y] | {"x": x, "y": y}:
            return "point %r,%r" % (x, y)
        case _:
            return "no point"
print(point((5, 0)), point((0, 7)), point([1, 2]), point({"x": 3, "y": 4}), point(9))

# alternatives must bind the same names
try:
    compile("match v:\n    case [x] | [y]:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("match v:\n    case (x, y) | (x, 0):\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# nested or-patterns inside sequences and classes
class Token:
    __match_args__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
def token(t):
    match t:
        case Token("op", "+" | "-" as sign):
            return "additive " + sign
        case Token("op", "*" | "/"):
            return "multiplicative"
        case Token("num" | "float", text):
            return "number " + text
        case Token(kind, _):
            return "other " + kind
for t in [Token("op", "+"), Token("op", "/"), Token("num", "42"), Token("float", "1.5"), Token("name", "x")]:
    print(token(t))

# or-pattern with a wildcard alternative is irrefutable only at the end
def flag(v):
    match v:
        case "on" | "yes" | True:
            return True
        case "off" | "no" | False:
            return False
        case None | _:
            return None
print([flag(v) for v in ["on", True, "no", False, "maybe", 1]])

# sequences of different lengths in alternatives
def lengths(v):
    match v:
        case [a] | [a, _] | [a, _, _]:
            return "short, first=%r" % (a,)
        case _:
            return "long or not a sequence"
print([lengths(v) for v in [[1], [1, 2], [1, 2, 3], [1, 2, 3, 4], "ab"]])
