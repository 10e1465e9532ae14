# Errors inside fused instructions (a local loaded and used in one step,
# as in a function): each is reported at the plain instruction that failed,
# as CPython shows it: the attribute of self.missing_attr, the method of
# self.missing(), the store self.y = ..., the whole comparison n < None,
# the second of two locals loaded together, and the call of f(x), x a
# local, whether the call fails or the function called does.

class Point:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1

    def read(self):
        return self.missing_attr

    def call(self):
        return self.missing()

    def write(self):
        self.y = 2

def below(n):
    if n < None:
        return True

def pair(a):
    if a:
        b = 1
    return a, b

def number(text):
    return int(text)

def twice(f, x):
    return f(x) + f(x)

def half(n):
    return n / 0

try:
    Point().read()
except AttributeError:
    try:
        Point().call()
    except AttributeError:
        try:
            Point().write()
        except AttributeError:
            try:
                below(3)
            except TypeError:
                try:
                    pair(0)
                except UnboundLocalError:
                    try:
                        number("ten")
                    except ValueError:
                        twice(half, 4)
