# Cycles through bound methods: an instance that holds its own bound method.
# A bound method object is one more tracked object (it references both the
# function and the instance).
import gc

gc.disable()
gc.collect()


class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = self.clicked  # instance -> bound method -> instance

    def clicked(self):
        return "clicked " + self.label


b = Button("ok")
print(b.on_click(), b.on_click.__self__ is b, b.on_click.__func__ is Button.clicked)
del b
print("instance <-> bound method:", gc.collect())

# Two instances holding each other's bound methods.
x = Button("x")
y = Button("y")
x.peer = y.clicked
y.peer = x.clicked
print(x.peer(), y.peer())
del x, y
print("two instances, four bound methods:", gc.collect())

# A bound method in a list the instance holds.
class Registry:
    def __init__(self):
        self.handlers = []

    def register(self):
        self.handlers.append(self.handle)

    def handle(self):
        return len(self.handlers)


r = Registry()
r.register()
r.register()
print([h() for h in r.handlers])
del r
print("instance -> list -> 2 bound methods:", gc.collect())

# A bound method alone is not a cycle: freed by reference counting.
class Plain:
    def hello(self):
        return "hello"


m = Plain().hello
print(m())
del m
print("no cycle:", gc.collect())
