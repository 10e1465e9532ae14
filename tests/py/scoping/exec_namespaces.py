# exec/eval with explicit namespaces, locals() and vars().

ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b\n", ns)
print(ns["a"], ns["b"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))

print(eval("a * 10 + b", ns))
print(eval("x + y", {"x": 1}, {"y": 2}))

# separate globals and locals: functions defined see the globals dict only
g = {"v": "global v"}
l = {"v": "local v"}
exec("w = v\ndef get():\n    return v\nres = get()\n", g, l)
print(l["w"], l["res"], sorted(k for k in l))

# locals() in a function is a snapshot dict
def snap():
    p = 1
    q = "two"
    loc = locals()
    return sorted(loc.items())
print(snap())

# vars() on objects and classes
class Point:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(vars(Point(3, 4)))
print(vars(Point)["kind"])

# globals() from within a function is the module namespace
def peek():
    return globals()["peek"] is peek
print(peek())

# eval of expressions only
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# builtins are available in exec'd code by default
out = {}
exec("r = len([1, 2, 3]) + abs(-4)", out)
print(out["r"])

# restricted builtins
try:
    exec("len([1])", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)

# compile modes
code = compile("1 + 2", "<expr>", "eval")
print(eval(code))
code = compile("print('single mode')", "<single>", "single")
exec(code)
