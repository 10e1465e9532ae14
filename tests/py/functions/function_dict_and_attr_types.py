# A function has a __dict__ from the start, which can be replaced; its
# special attributes take only values of their types.
def g(): pass
print(g.__dict__, hasattr(g, "__dict__"), vars(g))
g.x = 1
print(g.__dict__, vars(g))
def h(): pass
d = h.__dict__
d["y"] = 2
print(h.y)
h.__dict__ = {"z": 3}
print(h.z, vars(h))
f = lambda: 0
print(f.__dict__)
def k(): pass
for attr, val in [("__name__", 5), ("__defaults__", 5), ("__qualname__", None), ("__kwdefaults__", [1]), ("__code__", 1), ("__dict__", 3)]:
    try:
        setattr(k, attr, val)
        print("accepted", attr)
    except TypeError as e:
        print(e)
k.__defaults__ = None; k.__kwdefaults__ = None; k.__name__ = "kk"; print(k.__name__, k.__defaults__, k.__kwdefaults__)
