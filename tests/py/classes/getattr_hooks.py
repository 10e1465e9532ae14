# __getattr__ (fallback) versus __getattribute__ (every lookup).

class Fallback:
    real = "real attribute"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(type(self).__name__ + " has no " + repr(name))

f = Fallback()
print(f.real)
print(f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "nothing", "default"))
print(hasattr(f, "dyn_x"), hasattr(f, "zzz"))

class Everything:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

e = Everything()
print(e.x)
print(e.secret)
try:
    e.missing
except AttributeError as err:
    print(type(err).__name__, err)

# __getattribute__ raising AttributeError falls back to __getattr__
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom not here")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
b = Both()
print(b.boom, b.anything)

# proxy object delegating to a wrapped object
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log, p.count(1))

# special methods bypass __getattr__ on the instance
class NoLen:
    def __getattr__(self, name):
        return lambda: 42
n = NoLen()
print(n.__len__())
try:
    len(n)
except TypeError as err:
    print(type(err).__name__, err)

# AttributeError messages from object
class Plain:
    pass
try:
    Plain().attr
except AttributeError as err:
    print(type(err).__name__, err)
