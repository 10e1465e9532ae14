# User-defined exception classes: args, str/repr, extra attributes, hierarchies.

class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, name, where="db"):
        super().__init__(name, where)
        self.name = name
        self.where = where

class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return self.field + ": " + self.reason

def fail(kind):
    if kind == "nf":
        raise NotFound("user42")
    if kind == "inv":
        raise Invalid("email", "missing @")
    if kind == "app":
        raise AppError("generic", 1, 2)
    raise AppError

for kind in ["nf", "inv", "app", "bare"]:
    try:
        fail(kind)
    except NotFound as e:
        print("NotFound", e.args, e.name, e.where, str(e), repr(e))
    except AppError as e:
        print(type(e).__name__, e.args, "str=" + str(e), "repr=" + repr(e))

# args behaviour of the base class
print(repr(Exception()), str(Exception()), Exception().args)
print(repr(Exception("one")), str(Exception("one")))
print(repr(Exception("a", 2)), str(Exception("a", 2)))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)

# exceptions carrying data, used for control flow
class Found(Exception):
    def __init__(self, value):
        super().__init__(value)
        self.value = value

def search(tree, target):
    for node in tree:
        if isinstance(node, list):
            search(node, target)
        elif node == target:
            raise Found(node)

try:
    search([1, [2, [3, [4, 5]]], 6], 5)
except Found as f:
    print("found", f.value)

# exception attributes can be added freely
err = RuntimeError("with extras")
err.code = 500
print(err.code, err)

# __init__ without calling super keeps args from the constructor call
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
ns = NoSuper(1, 2)
print(ns.args, ns.total, str(ns))

# add_note (3.11+)
n = ValueError("noted")
n.add_note("first note")
n.add_note("second note")
print(n.__notes__)
