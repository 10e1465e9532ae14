# nonlocal: rebinding enclosing function variables, counters, multiple levels.

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m

print(outer())

# nonlocal reaching two levels up
def top():
    v = 1
    def mid():
        def low():
            nonlocal v
            v *= 10
        low()
        low()
    mid()
    return v
print(top())

# several names in one statement
def multi():
    a = b = 0
    def bump():
        nonlocal a, b
        a += 1
        b += 2
    bump()
    bump()
    return a, b
print(multi())

# nonlocal with augmented assignment on a list variable (rebinding)
def lists():
    data = [1]
    def extend():
        nonlocal data
        data = data + [len(data) + 1]
    for _ in range(3):
        extend()
    return data
print(lists())

# nonlocal in a closure created inside a loop
def make_counters():
    total = 0
    fns = []
    for step in (1, 10, 100):
        def add(step=step):
            nonlocal total
            total += step
            return total
        fns.append(add)
    return fns
fns = make_counters()
print([fn() for fn in fns], fns[0]())

# nonlocal inside a method of a class defined in a function
def class_in_func():
    hits = 0
    class Tracker:
        def hit(self):
            nonlocal hits
            hits += 1
            return hits
    t = Tracker()
    t.hit()
    t.hit()
    return hits
print(class_in_func())

# nonlocal before assignment in the enclosing scope (still a binding there)
def late_binding():
    def setter():
        nonlocal value
        value = "set"
    setter()
    return value
    value = None
print(late_binding())
