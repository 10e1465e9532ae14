# complex mixed with ints/floats, properties, accumulation
vals = [1, 2.5, -3, 0.5j, 1 + 1j, -2 - 0.5j]
acc = 0
for v in vals:
    acc += v
    print(repr(v), "acc =", acc, type(acc).__name__)
prod = 1
for v in vals:
    prod *= v
print("prod", prod)
print((1 + 2j).real + (1 + 2j).imag)
roots = []
for k in range(4):
    roots.append(1j ** k)
print(roots)
print([abs(r) for r in roots])
z = complex(3, -4)
print(z.conjugate() * z, (z * z.conjugate()).real)
print(abs(3 + 4j) == 5.0, abs(complex(1e200, 1e200)))
print(pow(2 + 0j, 3), pow(1j, 2), 2 ** (1j * 0))
print((1 + 1j) / (1 - 1j), (2 + 4j) / 2, (2 + 4j) / 2.0)
print(complex(2, 3).__add__(1), (1j).__mul__(1j))
print(repr(complex(1, float("nan"))), repr(complex(0, float("inf"))))
print(repr(-(0j)), repr(complex(-0.0, -0.0)), repr(0j - 0j))
print(1.0 + 2j == complex(1, 2), (1 + 2j) in [complex(1, 2)])
print(str(complex(1e16, 1e-16)), str(complex(123456789.125, -0.1)))
print(divmod(5, 2) if True else None)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(abs(complex(1.5e308, 1.5e308)))
except OverflowError as e:
    print(type(e).__name__, e)
print("%s %r" % (1 + 1j, 2j))
