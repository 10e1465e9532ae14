# globals(), locals(), vars() without args
top_value = 123
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1), f(5, b=10))
g = globals()
print(g["top_value"], "f" in g, g["__name__"], type(g).__name__)
g["injected_global"] = "hello"
print(injected_global)
def setter():
    globals()["made_inside"] = 77
setter()
print(made_inside)
print(sorted(k for k in globals() if not k.startswith("__")))
print(vars() is globals(), locals() is globals())
class K:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
def outer():
    v = "outer-v"
    def inner():
        return sorted(locals())
    def inner2():
        w = v
        return sorted(locals().items())
    return inner(), inner2()
print(outer())
def modify_locals():
    x = 1
    locals()["x"] = 2
    return x
print(modify_locals())
def vars_noargs():
    q = 9
    return vars()
print(vars_noargs())
print(globals().get("nonexistent", "absent"))
