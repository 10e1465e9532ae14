# Cycles through generators. A generator's frame (its locals) is part of
# the generator object. gc.collect() counts only the objects still
# unreachable after finalizers ran: a suspended generator's finalizer
# closes it (running its finally blocks), which clears its frame and can
# free the whole cycle by reference counting before it is counted.
import gc
import weakref

gc.disable()
gc.collect()


class Box(list):
    pass


def holder(box):
    yield box


# Not started: closing it does not clear its frame, so both are counted.
box = Box()
gen = holder(box)
box.append(gen)
print("tracked:", gc.is_tracked(gen))
watch = weakref.ref(box)
del gen, box
print("unstarted generator <-> list:", gc.collect(), watch() is None)


def guarded(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


# Suspended at a yield: the finalizer closes it; the frame lets go of the
# list and the cycle falls apart before it is counted.
box = Box()
gen = guarded(box)
print("first:", next(gen))
box.append(gen)
watch = weakref.ref(box)
del gen, box
print("suspended generator <-> list:", gc.collect(), watch() is None)

# The same, but the list also contains itself: after the close the list is
# still a cycle holding the generator, so both are counted.
box = Box()
gen = guarded(box)
next(gen)
box.append(gen)
box.append(box)
watch = weakref.ref(box)
del gen, box
print("suspended generator, self-cyclic list:", gc.collect(), watch() is None)

# A generator that ran to completion has dropped its frame: no cycle left.
box = Box()
gen = holder(box)
box.append(gen)
print("values:", len(list(gen)))
watch = weakref.ref(box)
del gen, box
print("exhausted generator:", watch() is None, gc.collect())


# A generator that refers to itself through a value sent into it.
def echo():
    received = yield "ready"
    while True:
        received = yield received is not None


gen = echo()
print(next(gen), gen.send(gen))
watch = weakref.ref(gen)
del gen
print("generator holding itself:", gc.collect(), watch() is None)
