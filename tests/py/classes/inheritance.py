# Single and multilevel inheritance, overriding, isinstance/issubclass.

class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, which is an " + Animal.kind(self)

class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " (age " + str(self.age) + ")"

class Cat(Animal):
    sound = "meow"

for pet in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(type(pet).__name__, "|", pet.speak(), "|", pet.kind())

p = Puppy("max", 2)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(isinstance(p, (Cat, Dog)), issubclass(Cat, (Dog, Animal)))
print(issubclass(Animal, object), isinstance(5, object), isinstance(Dog, type))

print(Puppy.__bases__, Dog.__base__, Animal.__base__)
print([c.__name__ for c in Puppy.__mro__])

# attribute resolution walks the MRO
print("speak" in Puppy.__dict__, "kind" in Puppy.__dict__, Puppy.kind is Dog.kind)

# subclassing builtins
class MyList(list):
    def total(self):
        return sum(self)

ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__)

class MyDict(dict):
    def __missing__(self, key):
        return "missing:" + str(key)

md = MyDict(a=1)
print(md["a"], md["zz"], md.get("zz"))

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", type(u + "x").__name__, len(u))

class Int(int):
    pass
i = Int(5)
print(i + 1, type(i + 1).__name__, type(i).__name__, i == 5)

# __subclasses__
print([c.__name__ for c in Animal.__subclasses__()])
