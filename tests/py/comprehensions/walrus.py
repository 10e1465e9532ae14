# Assignment expressions (:=) in comprehensions, conditions and loops.

data = [4, 9, 1, 16, 25, 3]
print([y for x in data if (y := x * 2) > 10])
print(y)

# computing once, using twice
def expensive(n):
    print("computing", n)
    return n * n
print([v for n in range(4) if (v := expensive(n)) % 2 == 0])

# walrus in while condition
items = [1, 2, 3, 0, 4]
it = iter(items)
while (value := next(it)) != 0:
    print("value", value)
print("stopped at", value)

# walrus in if
if (n := len(data)) > 5:
    print("list is long:", n)

# running total captured in a comprehension
total = 0
running = [total := total + x for x in data]
print(running, total)

# last match remains bound
if any((hit := x) > 10 for x in data):
    print("first over 10:", hit)
if all((miss := x) < 20 for x in data):
    print("not reached")
else:
    print("first not below 20:", miss)

# walrus inside a function binds a function local
def f():
    [last := c for c in "xyz"]
    return last
print(f())

# parenthesized walrus in a call and a tuple
print((a := 5), a + 1)
print(sum(vals := [1, 2, 3]), vals)

# walrus is not allowed to rebind the comprehension iteration variable
try:
    compile("[i := 0 for i in range(3)]", "<s>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# walrus in a class-body comprehension is an error
try:
    compile("class C:\n    [y := 1 for x in range(2)]\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# unparenthesized walrus at statement level is a syntax error
try:
    compile("x := 5", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
