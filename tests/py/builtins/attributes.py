# getattr/setattr/delattr/hasattr/vars/dir
class Config:
    kind = "base"
    def __init__(self):
        self.host = "localhost"
        self.port = 8080
    def url(self):
        return "%s:%d" % (self.host, self.port)
c = Config()
print(getattr(c, "host"), getattr(c, "kind"), getattr(c, "missing", "dflt"), getattr(c, "url")())
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(c, "port", 9090)
setattr(c, "debug", True)
print(c.port, c.debug, c.url(), hasattr(c, "debug"), hasattr(c, "nope"), hasattr(c, "kind"), hasattr(Config, "host"))
print(vars(c))
delattr(c, "debug")
print(vars(c), hasattr(c, "debug"))
try:
    delattr(c, "debug")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "kind")
except AttributeError as e:
    print(type(e).__name__, e)
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Config) if not n.startswith("__")])
c.extra = [1]
print([n for n in dir(c) if not n.startswith("_")], sorted(vars(c)))
vars(c)["injected"] = "via vars"
print(c.injected, c.__dict__ is vars(c))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class WithGetattr:
    def __getattr__(self, name):
        return "dyn-" + name
w = WithGetattr()
print(w.anything, getattr(w, "x"), hasattr(w, "whatever"), getattr(w, "y", "unused"))
class Guard:
    def __getattr__(self, name):
        raise AttributeError("no " + name)
print(hasattr(Guard(), "z"), getattr(Guard(), "z", None))
setattr(Config, "kind", "changed")
print(Config.kind, c.kind, Config().kind)
print(getattr([1, 2], "append") is not None, getattr("s", "upper")(), getattr(1, "real"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
