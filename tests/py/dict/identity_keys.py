# Dict and set keys that compare by identity: types, functions, built-in
# functions and modules, alone and inside tuples built at different times;
# a metaclass whose __eq__ makes two classes equal still decides.
import math
import sys


def f():
    return 1


def g():
    return 2


cache = {(str, 'a'): 1, (int, 'a'): 2, (f, 0): 3, (len, 1): 4, (math, 'pi'): 5}
name = 'a'
print(cache[(str, name)], cache[(int, name)], cache[(f, 0)], cache[(len, 1)],
      cache[(math, 'pi')])
print((str, name) in cache, (bytes, name) in cache, (g, 0) in cache, (abs, 1) in cache,
      (sys, 'pi') in cache)
s = {str, int, f, len, math}
print(str in s, float in s, f in s, g in s, len in s, abs in s, math in s, sys in s)
d = {str: 'text', int: 'number'}
d[str] = 'TEXT'
print(d, len(d), d.get(float, 'none'))
print(str == str, str == int, f == f, f == g, len == len, math == math, (str, 1) == (str, 1))


class Meta(type):
    def __eq__(cls, other):
        return isinstance(other, Meta)

    def __hash__(cls):
        return 7


class A(metaclass=Meta):
    pass


class B(metaclass=Meta):
    pass


keyed = {(A, 1): 'a'}
print(keyed.get((B, 1)), (B, 1) in keyed, A == B, {A} == {B}, B in {A})
