# Deeply nested functions and classes referencing enclosing scopes.

def a():
    va = "a"
    def b():
        vb = "b"
        def c():
            vc = "c"
            def d():
                return va + vb + vc
            return d
        return c
    return b

print(a()()()())

# a class nested in a function can read function locals
def make_class(greeting):
    class Greeter:
        prefix = greeting.upper()
        def greet(self, name):
            return greeting + ", " + name + " (" + self.prefix + ")"
    return Greeter

G = make_class("hello")
print(G().greet("world"), G.prefix)

# a name bound in the class body is looked up in the class namespace and
# globals only (LOAD_NAME), not in the enclosing function
def shadow():
    x = "function x"
    class C:
        y = x
        x = "class x"
    return C.x, C.y
try:
    print(shadow())
except NameError as e:
    print(type(e).__name__, e)

# a name only read in the class body comes from the enclosing function
def reads():
    x = "function x"
    class C:
        y = x
    return C.y
print(reads())

# functions defined in a class body see globals, not class attributes
z = "global z"
class Holder:
    z = "class z"
    def get(self):
        return z
    @staticmethod
    def get_static():
        return z
print(Holder().get(), Holder.get_static(), Holder.z)

# recursion through a closure
def make_fact():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
print(make_fact()(10))

# closure over a class attribute via the class name
class Config:
    level = 3
    def report(self):
        return "level " + str(Config.level)
Config.level = 4
print(Config().report())

# inner function shadowing an outer variable with a parameter
def outer(v):
    def inner(v):
        return v * 2
    return inner(v + 1), v
print(outer(5))

# lambda inside a class body referencing a class-level name fails at call time
class Lazy:
    factor = 3
    scale = lambda self, n: n * factor
try:
    Lazy().scale(2)
except NameError as e:
    print(type(e).__name__, e)
