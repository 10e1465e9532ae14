# NotImplementedError from an abstract-style method.

class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Blob(Shape):
    pass

for s in [Square(2), Square(3), Blob()]:
    print(type(s).__name__, s.area())
