# weakref.finalize: a callback called once, when the object dies, when the
# finalizer is called explicitly, or at exit (reverse order of creation)
# for finalizers still alive then.
import gc
import weakref

gc.disable()
gc.collect()


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(*args, **kwargs):
    print("cleanup", args, sorted(kwargs.items()))
    return "done"


r = Resource("file")
f = weakref.finalize(r, cleanup, "file", mode="r")
print(type(f).__name__, f.alive, f.atexit)
print("peek:", f.peek()[0] is r, f.peek()[1] is cleanup, f.peek()[2], f.peek()[3])
del r
print("after death:", f.alive, f.peek(), f.detach())
print("calling again:", f())

# Explicit call: runs once, returns the callback's result.
r = Resource("sock")
f = weakref.finalize(r, cleanup, "sock")
print("explicit:", f())
print("second call:", f(), f.alive)
del r
print("object died: nothing more")

# detach: the callback will not run; returns (obj, func, args, kwargs).
r = Resource("det")
f = weakref.finalize(r, cleanup, "det")
obj, func, args, kwargs = f.detach()
print("detached:", obj is r, func is cleanup, args, kwargs, f.alive)
del obj, r
print("no cleanup after detach:", f.alive)

# An object in a garbage cycle: the finalizer runs during the collection.
r = Resource("cycle")
r.me = r
f = weakref.finalize(r, cleanup, "cycle")
del r
print("before collect:", f.alive)
gc.collect()
print("after collect:", f.alive)

# Finalizers keep no strong reference to the object.
r = Resource("weak")
f = weakref.finalize(r, print, "finalizer of", "weak")
watch = weakref.ref(r)
del r
print("freed:", watch() is None, f.alive)

# Still alive at exit: called in reverse order of creation, unless
# atexit was set to False.
keep1 = Resource("one")
keep2 = Resource("two")
keep3 = Resource("three")
weakref.finalize(keep1, print, "at exit: one")
weakref.finalize(keep2, print, "at exit: two").atexit = False
weakref.finalize(keep3, print, "at exit: three")
print("end of program")
