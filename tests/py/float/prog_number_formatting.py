import math
vals = [0.1 + 0.2, 1/3, 2/3, 1e16, 1e-5, 123456789.123456789, -0.0, 1e300*1e10, 5e-324, 2**0.5]
for v in vals:
    print(repr(v), str(v), f"{v:.3g}", f"{v:10.4f}", f"{v:e}", round(v, 2) if math.isfinite(v) else v)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5, -2), round(15, -1), round(25, -1))
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(-7.5, 2))
print(7 // -2, -7 % 3, 7 % -3, -7.0 // 2, 7.0 % -3, 2 ** -1, (-8) ** (1/3) if False else 0)
big = 2 ** 100
print(big, big * big, -big // 7, big % 1000007, str(big)[::-1][:10])
print(hex(255), oct(8), bin(10), hex(-255), bin(-5), oct(0))
print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("  42  "), int("-1_000"))
print(int("zz", 36), int(3.99), int(-3.99), int(True), int("+5"))
print(format(255, "08b"), format(255, "#010x"), format(-42, "+05d"), format(1234567.891, ",.2f"))
print(format(0.000012345, ".3e"), format(12345.6789, ".2e"), format(1e21, "f"), format(1.5, "%"))
print(f"{42:c}", f"{65:c}", f"{3.14159:.0f}", f"{2.5:.0f}", f"{-0.0:.1f}", f"{1e-7:g}")
print(f"{123:>8}", f"{123:<8}|", f"{123:^8}|", f"{123:=+8}", f"{-123:08}", f"{12:x^9}")
print(f"{1234567:_x}", f"{0xdeadbeef:_X}", f"{3.0:#g}", f"{100:#o}", f"{1.0:n}", f"{10**10:,}")
print(float("inf"), float("-inf"), float("nan"), float(" 1e3 "), float("1_0.5"), float("-.5"))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.sqrt(16), math.isqrt(17))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.hypot(3, 4))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.e, math.pi, math.tau)
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.inf > 1e308, math.nan == math.nan)
print((2.5).is_integer(), (3.0).is_integer(), (0.5).as_integer_ratio(), (10).bit_length(), (255).bit_count())
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(1.0.hex(), float.fromhex("0x1.8p1"), (3).real, (3).imag, (3).numerator, (0.75).as_integer_ratio())
print(10 / 4, 10 // 4, 10 % 4, -10 / 4, 2 ** 10, 2.0 ** 10, 10 ** -2, 0 ** 0, 0.0 ** 0)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0, hash(1) == hash(1.0), True + True, 1e3 == 1000)
print(abs(-5), abs(-5.5), abs(3 + 4j), max(1, 2.0), min(-1, -1.0), sum([1, 2.5, 3]))
print(complex(1, 2) * complex(3, -1), (1 + 2j).conjugate(), complex("3+4j"), (2j) ** 2)
print(int(1e20), int(1e15), float(2**53 + 1), 2**53 + 1, float(10**30))
print(str(1e15), str(1e16), str(123e-20), str(0.1), repr(1.1 * 3), 1 / 7)
n = 600851475143
f, d, facts = n, 2, []
while d * d <= f:
    while f % d == 0:
        facts.append(d)
        f //= d
    d += 1
if f > 1:
    facts.append(f)
print(facts)
print(sum(i * i for i in range(101)), sum(range(1, 101)) ** 2)
print([x / 8 for x in range(-4, 5)])
print(["%.2f" % (x / 3) for x in range(5)], ["%5.1e" % 10 ** x for x in range(-2, 3)])
print("%i %u %5s %-5s| %.3s" % (3, 4, "ab", "cd", "abcdef"))
print("%#x %#o %+.2e %g %G %%" % (255, 8, 12345.678, 1e-10, 1e-10))
