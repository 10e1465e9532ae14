# Late binding of closure variables, and the usual workarounds.

funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

i = 100
print([f() for f in funcs])

# default argument captures the current value
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])

# a factory function creates a fresh cell per call
def make(i):
    return lambda: i
funcs = [make(i) for i in range(4)]
print([f() for f in funcs])

# comprehension variables are per-comprehension, but shared within
funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])

# late binding in a nested def
def build():
    fs = []
    for k in range(3):
        def show():
            return k * 10
        fs.append(show)
    k = 99
    return fs
print([f() for f in build()])

# closure sees later mutation of the object, not a copy
def capture():
    data = [1, 2]
    f = lambda: sum(data)
    data.append(3)
    return f()
print(capture())

# global late binding
def use_g():
    return G
G = "defined after the function"
print(use_g())
G = "rebound"
print(use_g())

# generator expressions bind the first iterable early, everything else late
n = 3
gen = (x * n for x in range(n))
n = 10
print(list(gen))
