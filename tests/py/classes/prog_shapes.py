import math

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() == other.area()
    def __hash__(self):
        return hash(round(self.area(), 6))

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError(f"negative radius: {v}")
        self._r = v
    def area(self):
        return math.pi * self._r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    @classmethod
    def square(cls, s):
        return cls(s, s)
    @staticmethod
    def describe():
        return "four sides"

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

shapes = [Circle(1), Rect(2, 3), Square(2), Rect.square(3), Circle(0.5)]
for s in shapes:
    print(s)
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Shape.count, Rect.describe(), Square.describe())
print(type(Rect.square(1)).__name__)
try:
    Square.square(1)
except TypeError as e:
    print(e)
print(Square(2) == Rect(1, 4), Square(2) == 4, Square(2) != Rect(2, 2))
print(len({Square(2), Rect(1, 4), Rect(2, 2), Circle(1)}))
c = Circle(2)
print(c.radius)
c.radius = 3
print(c.radius, round(c.area(), 3))
try:
    c.radius = -1
except ValueError as e:
    print("error:", e, repr(e), e.args)
try:
    Shape("x").area()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    print(Shape("x"))
except NotImplementedError as e:
    print("repr failed:", e)
print(isinstance(Square(1), Rect), issubclass(Square, Shape), issubclass(Circle, Rect))
print([cls.__name__ for cls in Square.__mro__])
print(Square.__bases__[0].__name__, Rect.__dict__['square'].__class__.__name__)
try:
    shapes[0] < 3
except AttributeError as e:
    print(e)
try:
    del c.radius
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(c, "radius"), getattr(c, "nope", "default"))
setattr(c, "color", "red")
print(c.color, sorted(vars(c)))
print(Circle.radius.fget.__name__, type(Circle.radius).__name__)
