class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
    def __repr__(self):
        return f"Circle({self.center}, {self.r})"

def describe(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "":
            return "empty string"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case str(s):
            return f"string of {len(s)}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x!r}"
        case [x, y]:
            return f"pair {x!r},{y!r}"
        case [first, *middle, last]:
            return f"seq first={first!r} mid={middle} last={last!r}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj}"
        case Circle(Point(x, y), r=radius):
            return f"circle at ({x},{y}) r={radius}"
        case (1, 2, 3):
            return "never since tuple matched seq"
        case _:
            return f"other {type(obj).__name__}"

tests = [None, True, False, 0, -5, 7, 2.5, "", "123", "abc", [], [1], (1, 2), [1, 2, 3, 4],
         "x", {"type": "user", "name": "ann", "age": 3, "id": 9}, {"type": "admin"}, {"name": 1},
         Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 5), {1, 2}, b"ab",
         range(3), (9,), 0.0, 1 + 0j]
for t in tests:
    print(f"{t!r:45} -> {describe(t)}")

def command(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case ["quit" | "exit"]:
            return "bye"
        case [cmd, *_]:
            return f"unknown {cmd}"
        case []:
            return "empty"

for line in ["go north", "go up", "take lamp key", "take", "quit", "exit", "dance now", ""]:
    print(repr(line), "=>", command(line))

def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case n if 400 <= n < 500:
            return "client error"
        case n if n >= 500:
            return "server error"
    return "unknown"
print([http(s) for s in (200, 204, 302, 404, 418, 503, 100)])

class Color:
    RED = "red"
    GREEN = "green"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"
print(paint("red"), paint("green"), paint("blue"))
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match (1, "x"):
    case (int() as i, str() as s):
        print(i, s)
x = 5
match x:
    case 1:
        pass
print("unmatched ok")
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
