# bool as int subclass
print(True + True, True * 10, False - True, True / 2, True // 1, -True, +False)
print(type(True + True).__name__, type(True and 1).__name__, type(not 1).__name__)
print(sum([True, False, True, True]))
print(True == 1, False == 0, True is True, True != 2)
print(isinstance(True, int), issubclass(bool, int), type(True) is bool)
print(int(True), float(False), str(True), repr(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(True & True, True | False, True ^ True, type(True ^ False).__name__, ~True)
print(divmod(True, True), True ** 2, 2 ** True, True % 2)
print([10, 20][True], [10, 20][False])
print("abc" * True + "|" + "abc" * False + "|")
print(max(True, 2), min(False, -1), abs(True))
print(hash(True), hash(False))
print(True < 2, False < True, sorted([True, 0, False, 1, -1]))
d = {1: "one", True: "true", 1.0: "float"}
print(d)
print(format(True, "d"), format(True, ""), f"{True}", f"{True!r:>6}")
print("%d %s %r" % (True, True, False))
print(True.real, True.imag, True.numerator, (True).bit_length())
try:
    bool.__new__(bool, 1)
    print("ok")
except TypeError as e:
    print(type(e).__name__, e)
print(bool("False"), bool(" "))
x = True
x += 1
print(x, type(x).__name__)
print(not not 5, not 0)
print(True and "yes" or "no", False and "yes" or "no")
print(0 or None or "" or [], 1 and 2 and 3)
