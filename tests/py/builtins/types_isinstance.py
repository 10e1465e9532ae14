# type, isinstance/issubclass with tuples
print(type(1).__name__, type(1.0).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(type(1) is int, type(True) is int, type(len).__name__, type(lambda: 0).__name__, type(print).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (float, int))))
print(isinstance("x", str), isinstance(b"x", str), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(3, object), isinstance(object, object), isinstance([], ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(int, object), issubclass(int, int))
class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
p = Puppy()
print(isinstance(p, Animal), isinstance(p, (int, Dog)), type(p) is Dog, type(p).__name__, type(p).__mro__[1].__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)), issubclass(Puppy, ()))
print([c.__name__ for c in Puppy.__mro__])
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: isinstance(1, (int, 1)), lambda: issubclass(int, [int])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
T = type("T", (Animal,), {"x": 5, "hello": lambda self: "hi"})
t = T()
print(T.__name__, t.x, t.hello(), isinstance(t, Animal), [c.__name__ for c in T.__mro__])
print(type(t) is T, type(T).__name__, type(3)(7), type("a")(12), type([1])("ab"))
print(int.__name__, list.__name__, dict.__qualname__, Puppy.__qualname__, Puppy.__bases__[0].__name__)
print(isinstance(range(3), range), isinstance({}.keys(), dict), isinstance(1.0, (int, float)), isinstance(1j, complex))
