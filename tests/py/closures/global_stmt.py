# global statements: reading, rebinding, creating globals from functions.

counter = 0

def increment():
    global counter
    counter += 1
    return counter

print(increment(), increment(), counter)

def create():
    global created_later
    created_later = "made inside a function"

try:
    print(created_later)
except NameError as e:
    print(type(e).__name__, e)
create()
print(created_later)

# reading a global without declaring it
limit = 5
def below(n):
    return n < limit
print(below(3), below(7))
limit = 2
print(below(3))

# global inside a nested function skips the enclosing function scope
x = "global x"
def outer():
    x = "outer x"
    def inner():
        global x
        x = "set by inner"
        return x
    r = inner()
    return x, r
print(outer(), x)

# global declared in a class body
y = 1
class K:
    global y
    y = 2
    z = y + 1
print(y, K.z, hasattr(K, "y"))

# globals() dict reflects module variables
g = globals()
print(g["counter"], "increment" in g, g["__name__"])
g["dynamic"] = 99
print(dynamic)

# del of a global from a function
temp = "temporary"
def remove():
    global temp
    del temp
remove()
print("temp" in globals())

# global with a for-loop target
def loop_global():
    global loop_var
    for loop_var in range(3):
        pass
loop_global()
print(loop_var)
