import math
# math module: constants and basic functions
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(1e100), type(math.sqrt(4)).__name__)
for v in [2.5, -2.5, 2.0, -0.5, 0.5, 1e20, -1e-10]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(7), math.ceil(-7), math.trunc(10 ** 30))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, -math.nan) < 0)
print(math.modf(3.75), math.modf(-3.75), math.modf(2.0))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(-3.0))
print(math.ldexp(0.5, 4), math.ldexp(1, -3), math.ldexp(0.625, 2))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3)
print(math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(0))
print(math.comb(5, 2), math.comb(52, 5), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 11), start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.dist([0, 0], [3, 4]), math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.hypot())
errors = [lambda: math.sqrt(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.log(0),
          lambda: math.comb(-1, 2), lambda: math.isqrt(-4), lambda: math.exp(1000), lambda: math.acos(2),
          lambda: math.fmod(1, 0), lambda: math.gcd(1.5, 2)]
for fn in errors:
    try:
        print(fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
