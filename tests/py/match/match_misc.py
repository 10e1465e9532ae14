# Miscellaneous match behaviour: complex subjects, tuples without parens, star subjects, interpreters.

def evaluate(expr):
    match expr:
        case int() | float():
            return expr
        case ("+", left, right):
            return evaluate(left) + evaluate(right)
        case ("*", left, right):
            return evaluate(left) * evaluate(right)
        case ("-", operand):
            return -evaluate(operand)
        case ("sum", *terms):
            return sum(evaluate(t) for t in terms)
        case _:
            raise ValueError("bad expression: %r" % (expr,))

print(evaluate(("+", 1, ("*", 2, 3))))
print(evaluate(("sum", 1, 2, ("-", 10), ("*", 2.5, 2))))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print(type(e).__name__, e)

# a tuple subject without parentheses
x, y = 1, 2
match x, y:
    case 1, 2:
        print("tuple subject matched")

# star in the subject
rest = [3, 4]
match 1, *rest:
    case (1, 3, 4):
        print("starred subject matched")

# match inside loops with break/continue
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case n:
            print("processing", n)

# match returning from inside a function in nested blocks
def first_str(items):
    for it in items:
        match it:
            case str(s):
                return s
    return None
print(first_str([1, 2, "found", "later"]), first_str([]))

# a mapping subject that is also a sequence? dict is not a sequence
match {0: "a", 1: "b"}:
    case [a, b]:
        print("no")
    case {0: a}:
        print("dict matched as mapping", a)

# strings are not sequences for patterns
match "ab":
    case [a, b]:
        print("no")
    case str():
        print("str is not a sequence pattern subject")

# matching objects with properties
class Temp:
    __match_args__ = ("celsius",)
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
match Temp(-5):
    case Temp(c) if c < 0:
        print("freezing", c)
