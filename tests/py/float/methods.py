# float methods: is_integer, as_integer_ratio, hex, conjugate, etc.
for v in [1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 0.1, 0.5, 2.75, -0.125]:
    print(v, v.is_integer(), v.as_integer_ratio())
for v in [float("inf"), float("nan")]:
    print(v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((3.5).real, (3.5).imag, (3.5).conjugate())
print((2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__floor__(), (-2.5).__ceil__())
print((0.1).hex(), (1.0).hex(), (-2.5).hex(), (1e-320).hex())
print(float.fromhex("0x1p-1"), float.fromhex("-0x1.ffffp10"), float.fromhex("inf"), float.fromhex("0X1.0P+0"))
print(float.__name__, (1.0).__class__ is float, isinstance(1.0, float), isinstance(1, float))
print(abs(-2.5), -(-2.5), +(-2.5), abs(-0.0))
print(int(2.9), int(-2.9), int(1e19))
print(float(3).__repr__(), (4.0).__str__(), format(4.0))
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"))
print(sum([0.5, 0.25, 0.125]), sum([1e100, 1.0, -1e100]))
nums = [1.5, float("nan"), 0.5]
print(sorted([2.5, -1.0, 0.0, 1e-9, -1e9]))
print(max([1.0, 2.0, 3.0]), min(0.1, 0.01, 0.001))
print(float("nan") in [float("nan")], float("nan") is float("nan"))
n = float("nan")
print(n in [n], n == n, [n] == [n])
print(hash(1.0), hash(0.5), hash(-1.0), hash(float("inf")), hash(2.5))
