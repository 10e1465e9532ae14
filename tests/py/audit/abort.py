# A hook that raises aborts the operation; the exception propagates.
import sys


class Denied(Exception):
    pass


blocked = set()


def hook(event, args):
    if event in blocked:
        raise Denied(f"{event} denied")


sys.addaudithook(hook)

blocked.add("test.event")
try:
    sys.audit("test.event", 1)
except Denied as e:
    print("Denied:", e)

blocked.add("import")
try:
    import _blocked_module
except Denied as e:
    print("Denied:", e, "| in sys.modules:", "_blocked_module" in sys.modules)
blocked.discard("import")
import _blocked_module

print(_blocked_module.VALUE)

blocked.add("exec")
try:
    exec("print('never printed')")
except Denied as e:
    print("Denied:", e)
try:
    import _other_module
except Denied as e:
    print("Denied:", e, "| in sys.modules:", "_other_module" in sys.modules)
blocked.discard("exec")

blocked.add("compile")
try:
    compile("1", "<x>", "eval")
except Denied as e:
    print("Denied:", e)
blocked.discard("compile")

blocked.add("builtins.id")
try:
    id(1)
except Denied as e:
    print("Denied:", e)
blocked.discard("builtins.id")

blocked.add("open")
try:
    open("abort.py")
except Denied as e:
    print("Denied:", e)
blocked.discard("open")


def refusing(event, args):
    if event == "sys.addaudithook":
        raise RuntimeError("no more hooks")


sys.addaudithook(refusing)
ran = []
sys.addaudithook(lambda e, a: ran.append(e))
sys.audit("test.after")
print("refused hook ran:", ran)


class Fatal(BaseException):
    pass


def strict(event, args):
    if event == "test.strict":
        raise Fatal("not an Exception")


sys.addaudithook(strict)  # refused silently: `refusing` raises an Exception
sys.audit("test.strict")
print("strict was not added")
blocked.add("sys.addaudithook")
try:
    sys.addaudithook(strict)
except Denied as e:
    print("Denied:", e)
else:
    print("an Exception from a hook only keeps the new hook out")
blocked.clear()
blocked.add("test.final")
sys.audit("test.final")
