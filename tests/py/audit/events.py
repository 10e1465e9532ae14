# The runtime's own events, with CPython's arguments.
import sys

events = []
WATCH = ("import", "compile", "exec", "open", "builtins.input", "builtins.id")


def hook(event, args):
    if event in WATCH:
        events.append((event, args))


sys.addaudithook(hook)


def show():
    for event, args in events:
        if event == "import":
            name, filename, path, meta_path, path_hooks = args
            print(event, name, filename, path is sys.path, meta_path is sys.meta_path,
                  path_hooks is sys.path_hooks)
        elif event == "compile":
            source, filename = args
            print(event, type(source).__name__, source[:20], filename.rpartition("/")[2])
        elif event == "exec":
            print(event, type(args[0]).__name__, args[0].co_filename.rpartition("/")[2])
        elif event == "open":
            if "__pycache__" in args[0]:
                continue  # CPython's bytecode cache lookup; pyprobe has none
            print(event, args[0].rpartition("/")[2], args[1:])
        elif event == "builtins.id":
            print(event, args == (ident,), type(args[0]).__name__)
        else:
            print(event, args)
    events.clear()


print("-- import a source module")
import _events_helper

show()
print("-- import a built-in module, an imported one, a missing one")
import gc
import _events_helper

try:
    import _no_such_module
except ModuleNotFoundError:
    pass
show()
print("-- compile, exec, eval")
code = compile("x = 1", "<mine>", "exec")
exec(code)
exec("y = 2")
exec(b"z = 3")
eval("1 + 1")
eval(compile("2", "<e>", "eval"))
show()
print("-- open")
for mode in ["r", "rb", "w", "a", "r+", "a+", "w+b", "rt"]:
    open("/dev/null", mode).close()
show()
try:
    open(1.5)
except TypeError as e:
    print("TypeError:", e)
show()
print("-- input, id")
try:
    input("prompt> ")
except EOFError:
    print()
ident = id(None)
show()
