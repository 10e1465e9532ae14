# if / elif / else chains, nested ifs and conditional expressions.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 9, 10, 99, 100, 12345]:
    print(n, classify(n))

def fizz(n):
    if n % 15 == 0:
        out = "FizzBuzz"
    elif n % 3 == 0:
        out = "Fizz"
    elif n % 5 == 0:
        out = "Buzz"
    else:
        out = str(n)
    return out

print(" ".join(fizz(i) for i in range(1, 31)))

# nested if without else
for a in (True, False):
    for b in (True, False):
        if a:
            if b:
                print(a, b, "both")
            else:
                print(a, b, "only a")
        else:
            if b:
                print(a, b, "only b")
        print("after", a, b)

# conditional expressions, chained
for x in range(-2, 3):
    s = "neg" if x < 0 else "zero" if x == 0 else "pos"
    print(x, s)

# if on statement with side effects in the condition
calls = []
def check(v):
    calls.append(v)
    return v

if check(0) or check("") or check("x"):
    print("taken", calls)
if check(1) and check(0) and check(2):
    print("not taken")
else:
    print("else", calls)

# an elif that is never reached
x = 5
if x > 1:
    print("first")
elif x > 2:
    print("second (unreachable)")
print("done")
