# Closures created in loops: while loops, nested loops, callbacks.

callbacks = {}
for name in ["alpha", "beta", "gamma"]:
    def cb(name=name):
        return "callback " + name
    callbacks[name] = cb
print([callbacks[n]() for n in sorted(callbacks)])

# closures created inside a while loop share the enclosing variable
def while_closures():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(while_closures())

# per-iteration cells via an inner function
def per_iteration():
    fs = []
    for n in range(3):
        def bind(n):
            def f():
                return n
            return f
        fs.append(bind(n))
    return [f() for f in fs]
print(per_iteration())

# nested loops with closures over both variables
table = []
for r in range(3):
    for c in range(3):
        table.append(lambda r=r, c=c: (r, c))
print([f() for f in table][::4])

# event-handler style
class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []
    def on_click(self, fn):
        self.handlers.append(fn)
    def click(self):
        return [h(self.label) for h in self.handlers]

b = Button("OK")
for prefix in ["first", "second"]:
    b.on_click(lambda label, prefix=prefix: prefix + ":" + label)
b.on_click(lambda label: "late:" + prefix + ":" + label)
print(b.click())

# accumulating closures that modify shared state
def make_ops():
    state = {"total": 0}
    ops = []
    for amount in (1, 2, 3):
        def add(amount=amount):
            state["total"] += amount
            return state["total"]
        ops.append(add)
    return ops, state
ops, state = make_ops()
for op in ops:
    op()
ops[2]()
print(state)

# closures in list comprehension nested in a loop
groups = []
for base in (10, 20):
    groups.append([lambda x, k=k: base + k + x for k in range(2)])
print([[f(0) for f in g] for g in groups])
