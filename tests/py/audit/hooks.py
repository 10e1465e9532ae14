# sys.addaudithook and sys.audit: hooks see every event in order, with
# CPython's argument tuples.
import sys

seen = []


def hook(event, args):
    if event.startswith("test.") or event in ("sys.addaudithook", "builtins.id"):
        seen.append((event, args))


sys.audit("test.before_any_hook", 1)
sys.addaudithook(hook)
sys.audit("test.plain")
sys.audit("test.args", 1, "two", [3], None)
x = id(hook)
sys.audit("test.after_id")


def second(event, args):
    if event.startswith("test."):
        seen.append(("second saw", event))


sys.addaudithook(second)
sys.audit("test.both")
for event, args in seen:
    if event == "builtins.id":
        print(event, args == (x,), type(args).__name__)
    else:
        print(event, args)

for bad in [(), (1,)]:
    try:
        sys.audit(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.audit("test.kw", k=1)
except TypeError as e:
    print("TypeError:", e)
