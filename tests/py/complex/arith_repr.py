# complex arithmetic and repr
z = 3 + 4j
w = 1 - 2j
print(z, w, repr(z), str(w))
print(z + w, z - w, z * w, z / w)
print(z ** 2, z ** 0, w ** -1, (1j) ** 2, 1j * 1j)
print(abs(z), abs(w), abs(-5j), abs(0j))
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), w.conjugate())
print(1j, -1j, 0j, -0j, 2j, 1.5j, 1e20j, 1e-5j)
print(complex(1, 2), complex(1.5), complex(), complex(0, -0.0), complex(-0.0, 0))
print(complex("1+2j"), complex("3j"), complex(" -1.5-2.5j "), complex("7"), complex("(1+1j)"))
print(complex(1 + 2j, 3j), complex(3j, 1j))
print(z == 3 + 4j, z == complex(3, 4), 1 + 0j == 1, 1.0 == 1 + 0j, z != w)
print(complex(float("inf"), float("nan")), complex(float("-inf"), 1))
print(1 + 2j + 3, (1 + 2j) * 2, (1 + 2j) * 2.5, 10 / (1 + 1j), 1 / 1j)
print(type(1 + 2j).__name__, isinstance(1j, complex), hash(3 + 0j) == hash(3), hash(0j))
print(-z, +z, z * 0, 0 * z)
print((2 + 3j) * (2 - 3j), (1 + 1j) ** 8)
print(bool(0j), bool(1j), bool(0.0 + 0j))
print(f"{z}", f"{z!r}", f"{1.5 + 2.25j:.2f}", format(1 + 2j, ""), format(3.5j, "10.1f") + "|")
for bad in ["1+", "j+1", "1 + 2j", "abc", ""]:
    try:
        print(complex(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for op in ("lt", "floordiv", "mod", "zero"):
    try:
        if op == "lt":
            print(z < w)
        elif op == "floordiv":
            print(z // w)
        elif op == "mod":
            print(z % w)
        else:
            print(z / 0)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    print(int(z))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(float(z))
except TypeError as e:
    print(type(e).__name__, e)
print(0j ** 0, (0j) ** 2)
print(sum([1j, 2, 3.5]), [1j] * 2, {1j: "i"}[1j])
