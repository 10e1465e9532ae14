# Sequence patterns: fixed length, star patterns, nesting, what counts as a sequence.

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one: %r" % (a,)
        case [a, b]:
            return "two: %r %r" % (a, b)
        case [first, *middle, last]:
            return "first=%r middle=%r last=%r" % (first, middle, last)
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], range(3), "abc", b"ab", {"a": 1}, 5, bytearray(b"x")]:
    print(repr(v), "->", seq(v))

# star at the start and end
def ends(x):
    match x:
        case [*_, 0]:
            return "ends with 0"
        case [0, *rest]:
            return "starts with 0, rest %r" % (rest,)
        case [*all_items]:
            return "all %r" % (all_items,)
print(ends([1, 2, 0]), ends([0, 1]), ends([5, 6]), ends(()))

# the star capture is always a list
match (1, 2, 3):
    case (a, *rest):
        print(type(rest).__name__, rest)

# nested sequence patterns
def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [[a, *_], *_]:
            return "first of first: %r" % (a,)
        case _:
            return None
print(nested([[1, 2], [3, 4]]), nested([[9, 8, 7], [1]]), nested([1, 2]))

# literals in sequences
def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item]:
            return "picking up " + item
        case ["drop", *items] if items:
            return "dropping " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown: " + cmd
for c in ["go north", "pick up lamp", "drop a b c", "drop", "quit", "exit", "dance now"]:
    print(c, "->", command(c))

# two starred names are a syntax error
try:
    compile("match x:\n    case [*a, *b]:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# iterators are not sequences
match iter([1, 2]):
    case [a, b]:
        print("matched iterator")
    case _:
        print("iterator is not a sequence")
