# Instance methods, bound methods, calling through the class, method objects.

class Counter:
    def __init__(self, start=0):
        self.value = start

    def inc(self, by=1):
        self.value += by
        return self

    def get(self):
        return self.value

c = Counter()
print(c.inc().inc().inc(5).get())

bound = c.inc
print(bound.__self__ is c, bound.__func__ is Counter.inc, bound.__name__)
bound(10)
print(c.get())

Counter.inc(c, 100)
print(c.value)

# bound methods compare equal when they wrap the same function and object
print(c.inc == c.inc, c.inc is c.inc, c.inc == Counter(0).inc)

# methods can be stored and called later
ops = [c.inc, c.get]
ops[0](1)
print(ops[1]())

# adding a method to a class after creation
def double(self):
    self.value *= 2
    return self.value
Counter.double = double
print(c.double())

# a method defined with a different name for self
class Odd:
    def show(this, x):
        return this.__class__.__name__ + " " + str(x)
print(Odd().show(1))

# calling an instance method via the class without an instance
try:
    Counter.get()
except TypeError as e:
    print(type(e).__name__, e)

# methods returning other bound methods
class Greeter:
    def __init__(self, word):
        self.word = word
    def greet(self, name):
        return self.word + " " + name
    def greeter(self):
        return self.greet

g = Greeter("hey").greeter()
print(g("you"))
print([Greeter(w).greet("x") for w in ("a", "b")])

# builtin methods are bound too
append = [].append
lst = append.__self__
append(1)
append(2)
print(lst)
print("a,b".split(","), str.upper("abc"), "-".join(["x", "y"]))
