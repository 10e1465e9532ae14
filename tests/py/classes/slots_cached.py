# __slots__ members read and stored at one site for many classes, while
# classes change underneath: every answer must be the uncached one.


class A:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class B(A):
    __slots__ = ('z',)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class D(A):
    # slots and a __dict__
    __slots__ = ('__dict__',)


class Plain:
    def __init__(self, x):
        self.x = x


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


objs = [A(1, 2), B(3, 4, 5), D(6, 7), Plain(8)]
for _ in range(3):
    print([read_x(o) for o in objs])
for i, o in enumerate(objs):
    write_x(o, i * 10)
print([read_x(o) for o in objs])

# An empty slot raises, cached or not.
a = A(1, 2)
del a.x
for _ in range(2):
    try:
        read_x(a)
    except AttributeError as e:
        print("AttributeError:", e)
write_x(a, 'back')
print(read_x(a))

# Deleting twice.
del a.y
try:
    del a.y
except AttributeError as e:
    print("AttributeError:", e)

# A dict entry of the same name never hides the slot.
d = D(1, 2)
d.__dict__['x'] = 'from dict'
print(read_x(d), d.__dict__)

# A property put on the class later replaces the member.
print(read_x(objs[0]))
member = A.__dict__['x']
A.x = property(lambda self: 'property')
print(read_x(objs[0]), read_x(objs[1]))
try:
    write_x(objs[0], 1)
except AttributeError as e:
    print("AttributeError:", e)
del A.x
try:
    read_x(objs[0])
except AttributeError as e:
    print("AttributeError:", e)
# The member put back reads the values kept all along.
A.x = member
print(read_x(objs[0]), read_x(objs[1]))


# A subclass whose __getattr__ answers for empty slots, and one whose
# __getattribute__ answers for everything.
class G(B):
    __slots__ = ()

    def __getattr__(self, name):
        return 'getattr ' + name


class GA(B):
    __slots__ = ()

    def __getattribute__(self, name):
        return 'getattribute ' + name


g = G(1, 2, 3)
print(g.y, g.z)
del g.z
print(g.z)
ga = GA(1, 2, 3)
print(ga.y, ga.z)


# __setattr__ on a subclass sees every store.
class S(B):
    __slots__ = ()

    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)


s = S(1, 2, 3)
s.y = 9
print(s.y)


def read_y(o):
    return o.y


def write_y(o, v):
    o.y = v


# Many classes through one site.
classes = [type('C%d' % i, (), {'__slots__': ('pad%d' % i, 'y')}) for i in range(8)]
insts = []
for i, c in enumerate(classes):
    o = c()
    write_y(o, i)
    insts.append(o)
print([read_y(o) for o in insts])

# A slot holding the only reference to an object with __del__.


class Noisy:
    def __del__(self):
        print('deleted')


n = A(Noisy(), 0)
write_x(n, 'replaced')
print('after replace', read_x(n))
