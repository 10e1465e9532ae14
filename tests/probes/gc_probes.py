# gc probe test: gc__start(generation) before and gc__done(collected) after
# every collection. Traced with scripts/gc.bt; compared with
# gc_probes.gc.golden (the collections CPython 3.12 runs for this program,
# as its gc.callbacks report them; recorded by scripts/gen_gc_golden.py).
# Automatic collection is disabled, so only the explicit collections below
# fire the probes.
# goldens: gc
import gc

gc.disable()
print(gc.collect(0), gc.collect(1), gc.collect(2))


class Pair:
    def __init__(self):
        self.other = None


lst = []
lst.append(lst)  # one object
a = Pair()
b = Pair()
a.other = b
b.other = a  # two objects
del lst, a, b
print(gc.collect())
