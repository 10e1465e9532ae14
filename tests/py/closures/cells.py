# Closure cells: free variables, __closure__, cell_contents, shared cells.

def make_adder(n):
    def add(x):
        return x + n
    return add

add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1))
print(add3.__code__.co_freevars, make_adder.__code__.co_cellvars)
print(len(add3.__closure__), add3.__closure__[0].cell_contents)
print(make_adder.__closure__)

# two closures sharing one cell
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = pair()
print(get())
set_(42)
print(get())
print(get.__closure__[0] is set_.__closure__[0])

# the cell sees rebinding that happens after the closure is created
def later():
    def show():
        return msg
    msg = "first"
    a = show()
    msg = "second"
    return a, show()
print(later())

# a cell for a parameter
def param_cell(p):
    def inner():
        return p * 2
    p += 1
    return inner
print(param_cell(5)())

# a closure over a variable that is never assigned raises NameError
def unassigned():
    def inner():
        return never
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    never = 1
print(unassigned())

# multiple free variables from different levels
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
f = level1(100)(20)
print(f(3), f.__code__.co_freevars)
print(sorted(cell.cell_contents for cell in f.__closure__))

# cells can hold mutable objects
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1)
acc(2)
print(acc(3))
