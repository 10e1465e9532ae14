# Statements: unpacking is at its targets, del at its target; a for loop
# over a non-iterable or a with of a non-context-manager is the whole
# statement (no carets); a decorator call is at the decorator.

def pair():
    return 1

def deco(f):
    return f.missing

try:
    a, b = pair()
except TypeError:
    try:
        d = {}
        del d["k"]
    except KeyError:
        try:
            for x in 5:
                pass
        except TypeError:
            try:
                with 5:
                    pass
            except TypeError:
                @deco
                def g():
                    pass
