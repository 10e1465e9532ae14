# Frame objects: f_back and f_locals are made once and then stay the same
# objects, a frame outlives its call, the writable attributes and the
# read-only ones, the repr.
import re
import sys


def here():
    return sys._getframe()


def outer(n):
    mark = "outer-local"
    return middle(n + 1)


def middle(m):
    return here(), sys._getframe(1)


top, caller = outer(1)
print(top.f_code.co_name, caller.f_code.co_name)
print(top.f_back is top.f_back, top.f_locals is top.f_locals)
back = top.f_back
print(back.f_code.co_name, back.f_locals, back.f_back.f_code.co_name)
print(sorted(back.f_back.f_locals.items()))
print(back.f_back.f_back.f_code.co_name, back.f_back.f_back.f_back)
print(caller.f_code.co_name, sorted(caller.f_locals))

# The chain from a frame taken deeper down is its own.
print([f.f_code.co_name for f in (top, top.f_back, top.f_back.f_back)])


def walk(f):
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def a():
    return b()


def b():
    return walk(sys._getframe())


print(a())
print(walk(sys._getframe(0)))

f = here()
print(type(f).__name__, type(f.f_lasti).__name__, f.f_lineno > 0)
print(re.sub(r"0x[0-9a-f]+|'[^']*/", "", repr(f)))
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
f.f_trace = print
f.f_trace_lines = False
f.f_trace_opcodes = True
print(f.f_trace is print, f.f_trace_lines, f.f_trace_opcodes)
for name, value in [("f_back", None), ("f_code", None), ("f_locals", {}),
                    ("f_globals", {}), ("f_lasti", 0), ("f_builtins", {}),
                    ("f_lineno", 3), ("f_lineno", "x"),
                    ("f_trace_lines", 1), ("f_nothing", 1)]:
    try:
        setattr(f, name, value)
        print(name, "set")
    except (AttributeError, ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
print(hasattr(f, "__dict__"), hasattr(f, "f_back"))
print([n for n in dir(f) if n.startswith("f_")])
print(f.f_globals is globals(), f.f_builtins is vars(__builtins__) if hasattr(__builtins__, "__dict__") else True)


# Traceback frames.
def fail():
    local_name = 1
    raise KeyError("k")


try:
    fail()
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    print([fr.f_code.co_name for fr in frames])
    print([type(fr).__name__ for fr in frames], frames[0].f_globals is globals())
    print(frames[0].f_locals is globals(), frames[-1].f_lineno)
