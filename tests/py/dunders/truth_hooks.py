# Truth of instances: hooks defined, inherited, added and removed later.
class Plain: pass
class B:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class SubB(B): pass
class SubL(L): pass
class Li(list): pass
class LiLen(list):
    def __len__(self): return 5
class Meta(type):
    def __len__(cls): return 0
class WithMeta(metaclass=Meta): pass
class BadBool:
    def __bool__(self): return 1
def t(x): return 'T' if x else 'F'
print([t(c()) for c in (Plain, B, L, SubB, SubL, Li, LiLen)], t(WithMeta), t(Plain))
Plain.__bool__ = lambda self: False
print(t(Plain()))
del Plain.__bool__
print(t(Plain()))
Plain.__len__ = lambda self: 0
print(t(Plain()), t(SubB()))
B.__bool__ = lambda self: True
print(t(SubB()), not SubB(), bool(SubL()))
try:
    t(BadBool())
except TypeError as e:
    print('TypeError:', e)
class Base: pass
class Child(Base): pass
Base.__len__ = lambda self: 0
print(t(Child()))
