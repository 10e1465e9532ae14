class Resource:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None} {exc}")
        return self.suppress

log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append(f"body {a.name}{b.name}")
print(log)

log = []
try:
    with Resource("outer", log), Resource("inner", log, suppress=False):
        raise KeyError("k")
except KeyError as e:
    log.append(f"caught {e!r}")
print(log)

log = []
with Resource("sup", log, suppress=True):
    raise ValueError("swallowed")
log.append("after")
print(log)

class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start", Timer.depth)
        return Timer.depth
    def __exit__(self, *args):
        print("  " * Timer.depth + "stop", Timer.depth, args[0])
        Timer.depth -= 1

with Timer() as d1:
    with Timer() as d2:
        print("inside", d1, d2)

def managed(name):
    class CM:
        def __enter__(self):
            print("open", name)
            return name.upper()
        def __exit__(self, t, v, tb):
            print("close", name, "error" if t else "ok")
            return False
    return CM()

def work(fail):
    with managed("file") as f:
        if fail:
            return "early " + f
        print("working on", f)
    return "done"
print(work(False))
print(work(True))

for i in range(3):
    with managed(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", repr(v))
            return True
        print("committed")

db = {"x": 1}
with Transaction(db) as s:
    s["y"] = 2
print(db)
with Transaction(db) as s:
    s["z"] = 3
    s["x"] = 100
    raise RuntimeError("oops")
print(db)

try:
    with 5:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit failed")
try:
    with ExitRaises():
        raise ValueError("body")
except OSError as e:
    print(repr(e), repr(e.__context__))
def gen_cm():
    print("setup")
    try:
        yield "value"
    finally:
        print("teardown")
class FromGen:
    def __init__(self, g):
        self.g = g
    def __enter__(self):
        return next(self.g)
    def __exit__(self, t, v, tb):
        try:
            next(self.g)
        except StopIteration:
            pass
        return False
with FromGen(gen_cm()) as v:
    print("got", v)
