# Default argument values: evaluation time, mutability, interplay with kwargs.

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

# defaults are evaluated once, at definition time
counter = 0
def next_default():
    global counter
    counter += 1
    return counter

def f(x=next_default()):
    return x

print(f(), f(), f(42), counter)

# the classic mutable default
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_safe(1), append_safe(2))

# defaults can refer to earlier globals, rebinding later does not change them
base = 10
def add(x, y=base):
    return x + y
base = 1000
print(add(1), add(1, 2))

# __defaults__ inspection and mutation
print(greet.__defaults__)
print(add.__defaults__)
add.__defaults__ = (5,)
print(add(1))

def no_defaults(a, b):
    return a + b
print(no_defaults.__defaults__)

# None, tuples, and expressions as defaults
def g(a, b=None, c=(1, 2), d=2 ** 10, e="x" * 3):
    return a, b, c, d, e
print(g(0))
print(g(0, 1, 2, 3, 4))
