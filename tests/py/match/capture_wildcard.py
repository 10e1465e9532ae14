# Capture patterns, the wildcard, and as-patterns.

def show(x):
    match x:
        case 0:
            return "zero"
        case n:
            return "captured " + repr(n)

print(show(0), show(7), show("s"))

# the capture binds in the enclosing scope
match [1, 2]:
    case whole:
        pass
print("whole =", whole)

# the wildcard does not bind
_ = "untouched"
match 99:
    case _:
        print("wildcard matched; _ is still", _)

# as-patterns bind subpatterns
def classify(p):
    match p:
        case (0 | 1) as bit:
            return "bit " + str(bit)
        case [x, y] as pair:
            return "pair " + repr(pair) + " x=" + repr(x)
        case str() as s:
            return "string of length " + str(len(s))
        case _:
            return "other"

for v in [0, 1, [3, 4], (5, 6), "abc", 2.5]:
    print(repr(v), "->", classify(v))

# irrefutable patterns must come last
for src in ["match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case _:\n        pass\n    case 2:\n        pass\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

# binding the same name twice is an error
try:
    compile("match x:\n    case [a, a]:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# captures happen even when a later part fails (bindings are not rolled back)
x = "before"
match (1, 2):
    case (x, 3):
        print("no")
    case _:
        print("x after failed match:", x)

# wildcard inside sequences
match (1, "skip", 3):
    case (a, _, c):
        print(a, c)
