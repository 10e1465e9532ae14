# Guards: conditions on cases, evaluation order, side effects.

def grade(score):
    match score:
        case int(n) if n < 0 or n > 100:
            return "invalid"
        case int(n) if n >= 90:
            return "A"
        case int(n) if n >= 80:
            return "B"
        case int(n) if n >= 70:
            return "C"
        case int():
            return "F"
        case _:
            return "not an int"
print([grade(s) for s in [95, 85, 75, 10, -5, 101, "x"]])

# guards are evaluated only if the pattern matches, in order
log = []
def check(name, result):
    log.append(name)
    return result
match (1, 2):
    case (a, b) if check("first guard", False):
        pass
    case [a] if check("never evaluated", True):
        pass
    case (a, b) if check("second guard", True):
        print("matched second, a+b =", a + b)
print(log)

# names bound by a pattern remain bound even if the guard fails
match 10:
    case n if n > 100:
        print("big")
    case _:
        print("guard failed, n is still", n)

# guards can refer to outer variables and call functions
limit = 3
def kind(items):
    match items:
        case [*xs] if len(xs) > limit:
            return "long list"
        case [*xs] if all(isinstance(x, int) for x in xs):
            return "short int list"
        case [*xs]:
            return "short mixed list"
        case _:
            return "not a list"
print([kind(v) for v in [[1, 2], [1, "a"], [1, 2, 3, 4], "no"]])

# exceptions inside a guard propagate
try:
    match 0:
        case x if 1 / x:
            pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# guards with walrus
match [3, 4]:
    case [a, b] if (h := (a * a + b * b) ** 0.5) == 5:
        print("hypotenuse", h)

# fizzbuzz with guards
def fb(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)
print(" ".join(fb(i) for i in range(1, 16)))
