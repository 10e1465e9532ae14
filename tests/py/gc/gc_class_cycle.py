# Cycles through classes. Every class is already a cycle in CPython (its
# __mro__ tuple contains it, and the __dict__/__weakref__ descriptors in its
# namespace point back at it), so a deleted class is only freed by the
# collector. The counts include CPython's internal objects of a class (its
# namespace dict, __mro__ and __bases__ tuples, getset descriptors, ...):
# a reimplementation may well differ here (a known difference).
import gc
import weakref

gc.disable()
gc.collect()


class Empty:
    pass


watch = weakref.ref(Empty)
del Empty
print("empty class:", gc.collect(), watch() is None)


class Selfish:
    pass


Selfish.me = Selfish
watch = weakref.ref(Selfish)
del Selfish
print("class attribute referring to the class:", gc.collect(), watch() is None)


class WithMethods:
    def one(self):
        return 1

    def two(self):
        return 2


watch = weakref.ref(WithMethods)
del WithMethods
print("class with two methods:", gc.collect(), watch() is None)


class Singleton:
    pass


Singleton.instance = Singleton()
watch = weakref.ref(Singleton)
del Singleton
print("class holding an instance of itself:", gc.collect(), watch() is None)


class Base:
    pass


class Derived(Base):
    pass


watch = weakref.ref(Base)
del Derived
print("subclass only:", gc.collect(), watch() is not None)
del Base
print("then the base:", gc.collect(), watch() is None)
