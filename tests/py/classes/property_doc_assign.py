# A property's __doc__ can be replaced, on the property and through the class
# (namedtuple fields, properties with and without a getter docstring).
import collections

p = property(lambda self: 1)
print(p.__doc__)
p.__doc__ = 'doc'
print(p.__doc__)
P = collections.namedtuple('P', 'x y')
print(P.x.__doc__)
P.x.__doc__ = 'the x'
print(P.x.__doc__, P(1, 2).x)


class C:
    @property
    def a(self):
        'orig'
        return 1


print(C.a.__doc__)
C.a.__doc__ = 'new'
print(C.a.__doc__, C().a)
