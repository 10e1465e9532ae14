# isinstance() asks an instance's __class__ (a property or attribute of its
# class) when its type does not match.
class S:
    __class__ = property(lambda s: int)
print(isinstance(S(), int), isinstance(S(), S), isinstance(S(), str), S().__class__)
class P:
    @property
    def __class__(self): return dict
print(isinstance(P(), dict), isinstance(P(), (list, dict)), isinstance(P(), P))
class Q:
    __class__ = 5
print(isinstance(Q(), int), isinstance(Q(), Q))
class R:
    pass
print(isinstance(R(), int))
