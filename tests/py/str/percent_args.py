# %-formatting: how arguments are handed out, and %c.
class Idx:
    def __index__(self):
        return 66
cases = [
    lambda: "%s %(k)s" % {"k": 1},
    lambda: "%(k)s %s" % {"k": 1},
    lambda: "%(a)s %(b)s" % {"a": 1, "b": 2},
    lambda: "%(a)*d" % {"a": 1},
    lambda: "%s" % {"k": 1},
    lambda: "no specs" % {"k": 1},
    lambda: "no specs" % (),
    lambda: "no specs" % 5,
    lambda: "%s" % [1, 2],
    lambda: "%s %s" % [1, 2],
    lambda: "%s" % (),
    lambda: "%c%c%c" % (True, Idx(), "z"),
    lambda: "%c" % 0x110000,
    lambda: "%c" % -1,
    lambda: "%c" % 2 ** 70,
    lambda: "%c" % 1.5,
    lambda: "%c" % "",
    lambda: "%c" % None,
    lambda: "%5c|%-3c|" % ("x", 65),
]
for fn in cases:
    try:
        print(repr(fn()))
    except (TypeError, KeyError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
