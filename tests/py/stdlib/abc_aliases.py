# The deprecated abstractclassmethod/abstractstaticmethod/abstractproperty.
import abc

class A(abc.ABC):
    @abc.abstractclassmethod
    def cm(cls): return "cm"
    @abc.abstractstaticmethod
    def sm(): return "sm"
    @abc.abstractproperty
    def p(self): return "p"
print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print("TypeError", e)
class B(A):
    @classmethod
    def cm(cls): return "B.cm"
    @staticmethod
    def sm(): return "B.sm"
    @property
    def p(self): return "B.p"
print(B.__abstractmethods__, B().p, B.cm(), B.sm(), A.cm(), A.sm())
print(isinstance(A.__dict__['p'], abc.abstractproperty), A.__dict__['p'].__isabstractmethod__)
print(issubclass(abc.abstractproperty, property), issubclass(abc.abstractclassmethod, classmethod),
      issubclass(abc.abstractstaticmethod, staticmethod))
class C(A):
    @classmethod
    def cm(cls): return "C.cm"
print(sorted(C.__abstractmethods__))
