# Value patterns: dotted names compared with ==, versus bare names that capture.

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Http:
    OK = 200
    NOT_FOUND = 404
    class Redirect:
        MOVED = 301
        FOUND = 302

def color_name(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown"
print([color_name(c) for c in ["red", "green", "blue", "pink"]])

def status(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "not found"
        case Http.Redirect.MOVED | Http.Redirect.FOUND:
            return "redirect"
        case other:
            return "other %d" % other
print([status(c) for c in [200, 404, 301, 302, 500]])

# value patterns compare with ==
class AlwaysEqual:
    def __eq__(self, other):
        print("__eq__ called with", other)
        return True
class Holder:
    VALUE = AlwaysEqual()
match 12345:
    case Holder.VALUE:
        print("matched through __eq__")

# a bare name is a capture pattern, not a comparison
RED = "red"
def bare(c):
    match c:
        case RED:
            return "captured " + repr(RED)
print(bare("blue"))

# value patterns can be module/instance attributes reached through names
class Config:
    def __init__(self):
        self.mode = "fast"
cfg = Config()
match "fast":
    case cfg.mode:
        print("instance attribute value pattern")

# value patterns inside other patterns
match {"status": 404, "items": [Color.RED]}:
    case {"status": Http.NOT_FOUND, "items": [Color.RED, *_]}:
        print("nested value patterns matched")

# numeric equality across types
class Nums:
    ONE = 1
match 1.0:
    case Nums.ONE:
        print("1.0 matched Nums.ONE")
match True:
    case Nums.ONE:
        print("True matched Nums.ONE (== comparison)")
