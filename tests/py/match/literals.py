# Literal patterns: numbers, strings, None/True/False, negative and complex literals.

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 2j:
            return "imaginary"
        case -3 + 4j:
            return "complex"
        case "":
            return "empty string"
        case _:
            return "other " + repr(x)

for v in [0, 1, 3, -1, 1.5, "hello", b"raw", None, True, False, 2j, -3 + 4j, "", 4, "hi", 0.0, 1.0]:
    print(repr(v), "->", describe(v))

# True/False/None match by identity, numbers by equality
def kind(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "equals 1"
        case _:
            return "no"
print(kind(True), kind(1), kind(1.0), kind(False))

# string concatenation of literals is allowed
match "ab":
    case "a" "b":
        print("implicit concatenation matched")

# no match and no wildcard: nothing happens
match 42:
    case 1:
        print("not printed")
print("fell through")

# the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 5
match subject():
    case 1:
        pass
    case 2:
        pass
    case 5:
        print("five")
print("subject evaluated", len(calls), "time(s)")

# match and case are soft keywords
match = 3
case = 4
print(match + case)
