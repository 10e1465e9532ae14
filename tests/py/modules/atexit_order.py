# atexit: callbacks run last registered first (weakref.finalize among them),
# with their arguments; one that raises is reported and the rest still run.
import atexit, weakref, sys
class C: pass
c = C()
def early(): print("early")
atexit.register(early)
weakref.finalize(c, print, "finalizer")
def late(*a, **k): print("late", a, sorted(k.items()))
atexit.register(late, 1, 2, x=3)
@atexit.register
def boom():
    print("boom")
    raise ValueError("bad")
atexit.register(print, "twice")
atexit.register(print, "twice")
def gone(): print("never")
atexit.register(gone)
atexit.register(gone)
atexit.unregister(gone)
print(atexit._ncallbacks())
try:
    atexit.register(5)
except TypeError as e:
    print(e)
try:
    atexit.register()
except TypeError as e:
    print(e)
print("main done")
