# Mapping patterns: keys, nested values, **rest, extra keys ignored.

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return "click at %d,%d" % (x, y)
        case {"type": "key", "key": "q" | "Q"}:
            return "quit key"
        case {"type": "key", "key": k, **rest}:
            return "key %r with extras %r" % (k, rest)
        case {"type": t}:
            return "unknown event type " + t
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4), "button": 1},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "shift": True, "repeat": 2},
    {"type": "scroll"},
    {"other": 1},
    [("type", "click")],
    {"type": "click", "pos": [1, 2, 3]},
]
for e in events:
    print(handle(e))

# **rest collects remaining items into a new dict
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print(type(others).__name__, others)

# keys can be value patterns (dotted names) and literals of other types
class K:
    NAME = "name"
match {"name": "x", 1: "one", None: "none"}:
    case {K.NAME: n, 1: o, None: z}:
        print(n, o, z)

# mapping patterns use .get-like lookup on Mapping subclasses, __missing__ is not used
class Defaulting(dict):
    def __missing__(self, key):
        return "missing!"
match Defaulting(a=1):
    case {"b": v}:
        print("matched via __missing__", v)
    case {"a": v}:
        print("only real keys match:", v)

# duplicate keys are a syntax error
try:
    compile('match x:\n    case {"a": 1, "a": 2}:\n        pass\n', "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# nested mappings
config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
match config:
    case {"db": {"host": h, "port": int(p)}, "debug": False}:
        print("db at", h, p)
