# Bound methods called from a variable, plainly and with *args/**kwargs:
# self first, then the arguments, whatever the function's parameters.


class C:
    def __init__(self, name):
        self.name = name

    def plain(self, a, b=2):
        return self.name, a, b

    def star(self, *a, **k):
        return self.name, a, k

    @classmethod
    def cm(cls, x):
        return cls.__name__, x

    def gen(self, n):
        yield from range(n)


c = C('c')
calls = [c.plain, c.star, C.cm, c.cm, c.gen, [].append, 'x-y'.split]
print(calls[0](1), calls[0](1, 3), calls[0](a=5), calls[0](1, b=9))
print(calls[1](), calls[1](1, 2), calls[1](1, k=2))
print(calls[2](1), calls[3](2))
print(list(calls[4](3)))
args = (7,)
print(calls[0](*args), calls[1](*args), calls[1](*args, **{'z': 1}))
print(calls[2](*args), list(calls[4](*args)))
print(calls[6](*'-'), calls[6](*()))

# Errors name the method.
for bad in (lambda: calls[0](), lambda: calls[0](1, 2, 3), lambda: calls[0](*(1, 2, 3)),
            lambda: calls[0](1, a=1), lambda: calls[0](*5)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


# Recursion through bound methods stops at the limit.
class R:
    def down(self, n):
        step = self.down
        return step(n - 1) if n else 'bottom'

    def spin(self, *a):
        again = self.spin
        return again(*a)


print(R().down(100))
try:
    R().spin(1)
except RecursionError as e:
    print('RecursionError:', e)


# A method rebound on the instance is called as the instance's attribute.
c.plain = lambda *a: ('instance attribute', a)
print(c.plain(1))
m = C('other').plain
print(m(1))


# A traceback through a bound method call names each frame.
class T:
    def fail(self, x):
        raise ValueError(x)


f = T().fail
try:
    f(*['boom'])
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
