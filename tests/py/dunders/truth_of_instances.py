# Truth of instances: plain classes, __bool__/__len__ defined, inherited,
# added and removed after the class was made, built-in bases, bad results.
class Plain:
    pass


class WithBool:
    def __bool__(self):
        return False


class WithLen:
    def __len__(self):
        return 0


class SubBool(WithBool):
    pass


class MyList(list):
    pass


class MyInt(int):
    pass


def truth(x):
    return "yes" if x else "no"


items = [Plain(), WithBool(), WithLen(), SubBool(), MyList(), MyList([1]), MyInt(0), MyInt(3)]
print([truth(x) for x in items], [bool(x) for x in items], [not x for x in items])

p = Plain()
print(truth(p))
Plain.__bool__ = lambda self: False
print(truth(p), bool(p))
del Plain.__bool__
print(truth(p))
Plain.__len__ = lambda self: 0
print(truth(p))
del Plain.__len__
print(truth(p))


class Late:
    pass


class LateChild(Late):
    pass


c = LateChild()
print(truth(c))
Late.__len__ = lambda self: 0
print(truth(c))


class Bad:
    def __bool__(self):
        return 1


try:
    truth(Bad())
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


try:
    truth(BadLen())
except ValueError as e:
    print("ValueError:", e)

n = 0
while Plain():
    n += 1
    if n == 3:
        break
print(n)
