# del of names, attributes, items and slices.

a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)

try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)

x, y, z = 1, 2, 3
del x, y
print("z" in globals(), "x" in globals(), "y" in globals())

def func():
    local = [1]
    del local
    try:
        del local
    except UnboundLocalError as e:
        print(type(e).__name__, e)
func()

items = list(range(10))
del items[0]
del items[-1]
print(items)
del items[2:5]
print(items)
del items[::2]
print(items)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)

class Obj:
    cls_attr = "on class"
    def __init__(self):
        self.attr = 1

o = Obj()
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))

# del of tuple/list targets
p, q, r = "pqr"
del (p, [q, r])
print([n for n in ("p", "q", "r") if n in globals()])

# deleting from a loop variable name after loop
for loop_var in range(3):
    pass
del loop_var
print("loop_var" in globals())

try:
    del items[100]
except IndexError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
