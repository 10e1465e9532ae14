import math
# logs, exponentials, trig
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2 ** 1000))
print(math.log2(8), math.log2(1024), math.log2(3), math.log2(2 ** 200))
print(math.log10(1000), math.log10(0.001), math.log10(2), math.log10(10 ** 100))
print(math.log1p(1e-10), math.expm1(1e-10))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(-800))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0, 0), math.pow(-8, 3), math.pow(4, -1))
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), math.sin(math.pi / 6))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12))
print(math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1))
print(math.asin(1), math.acos(0), math.acos(1), math.asin(-1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(100))
print(math.sinh(1), math.cosh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(5, 12), math.hypot(1e200, 1e200), math.hypot(-3, -4))
print(math.erf(0), math.erf(1), math.erfc(0))
print(math.cbrt(27), math.cbrt(-8), math.exp2(10))
print(math.sqrt(math.inf), math.exp(math.inf), math.exp(-math.inf), math.atan(math.inf))
print(math.isnan(math.sin(math.nan)), math.log(math.inf))
print(math.copysign(0.0, -1.0), math.fabs(-0.0), math.floor(-0.0))
for x in [0.1, 1.0, 2.0, 10.0]:
    print(x, math.sqrt(x), math.log(x), math.exp(x), math.sin(x), math.cos(x))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(1e16))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([1, 2], [0.5, 0.25]))
try:
    math.log(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    math.sin(math.inf)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.pow(10.0, 400)
except OverflowError as e:
    print(type(e).__name__, e)
