# Fraction construction, normalisation, parsing, conversions and errors.
from fractions import Fraction as F
import fractions
import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "F()", "F(3)", "F(6, 4)", "F(-6, 4)", "F(6, -4)", "F(-6, -4)", "F(0, -5)",
    "F(True)", "F(True, 2)", "F(F(1, 3))", "F(F(1, 3), F(2, 5))", "F(3, F(1, 2))",
    "F(0.5)", "F(0.1)", "F(-2.75)", "F(1e20)", "F(2.0 ** -30)",
    "F('3/4')", "F(' -1.5e3 ')", "F('1_000/3')", "F('+7')", "F('.5')", "F('5.')",
    "F('1 / 2')", "F('1e-3')", "F('2.5E+2')", "F('-0')", "F('\\t12/16\\n')",
    "F('1_0.2_5')", "F('3e1_0')",
    "F('x')", "F('1/0')", "F('1/')", "F('/2')", "F('1.5/2')", "F('1__0')",
    "F('_1')", "F('1_')", "F('inf')", "F('nan')", "F('.')", "F('')", "F('1e')",
    "F('1/-2')", "F('- 1')", "F('1 2')",
    "F(1, 0)", "F(0, 0)", "F(1.5, 2)", "F('1', 2)", "F([])", "F(None)", "F(1j)",
    "F(float('nan'))", "F(float('inf'))", "F(float('-inf'))",
    "F.from_float(0.25)", "F.from_float(3)", "F.from_float('x')",
    "F.from_float(float('nan'))",
    "F(3, 4).numerator", "F(3, 4).denominator", "F(-3, 4).as_integer_ratio()",
    "F(4, 2).is_integer()", "F(3, 2).is_integer()",
    "str(F(3, 4))", "str(F(-8, 4))", "repr(F(-1, 3))",
    "float(F(1, 3))", "float(F(10**400, 10**399))", "int(F(-7, 2))", "int(F(7, 2))",
    "math.trunc(F(-7, 2))", "math.floor(F(-7, 2))", "math.ceil(F(-7, 2))",
    "math.floor(F(7, 2))", "math.ceil(F(7, 2))", "complex(F(1, 4))",
    "bool(F(0))", "bool(F(1, 9))",
    "round(F(5, 2))", "round(F(7, 2))", "round(F(-5, 2))", "round(F(-7, 2))",
    "round(F(1, 3))", "round(F(2, 3))", "round(F(25, 100), 1)", "round(F(35, 100), 1)",
    "round(F(1234), -2)", "round(F(1250), -2)", "round(F(1350), -2)", "round(F(1, 7), 3)",
    "round(F(-1, 7), 3)", "round(F(22, 7), 0)",
    "F(22, 7).limit_denominator(1000)", "F(22, 7).limit_denominator(5)",
    "F(3141592653589793, 10**15).limit_denominator(10)",
    "F(3141592653589793, 10**15).limit_denominator(100)",
    "F(3141592653589793, 10**15).limit_denominator(1000)",
    "F(3141592653589793, 10**15).limit_denominator()",
    "F(-3141592653589793, 10**15).limit_denominator(113)",
    "F(1, 3).limit_denominator(1)", "F(2, 3).limit_denominator(1)",
    "F(1, 2).limit_denominator(1)", "F(3, 2).limit_denominator(1)",
    "F(5, 12).limit_denominator(2)", "F(7, 12).limit_denominator(2)",
    "F(0.1).limit_denominator(1000)", "F(1, 3).limit_denominator(0)",
    "hash(F(1, 3))", "hash(F(-1, 3))", "hash(F(5))", "hash(F(-1))",
    "hash(F(1, 2)) == hash(0.5)", "hash(F(-5, 4)) == hash(-1.25)",
    "hash(F(1, 2**61 - 1))", "hash(F(7, 2**62 - 2))", "hash(F(10**30, 7))",
    "{F(1, 2): 'a'}[0.5]", "len({F(2), 2, 2.0})",
    "fractions.__all__", "isinstance(F(1), fractions.Fraction)",
]:
    show(expr)


class MyFraction(F):
    pass


m = MyFraction(3, 6)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(+m).__name__)
print(type(MyFraction.from_float(0.5)).__name__, repr(MyFraction("2/4")))
import copy
print(copy.copy(F(1, 2)), copy.deepcopy(F(1, 3)), copy.copy(m), type(copy.copy(m)).__name__)
