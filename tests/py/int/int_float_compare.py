# comparisons between int and float, incl. big ints
print(1 == 1.0, 1 < 1.5, 2 > 1.9999, -1 <= -1.0)
print(2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53)
print(10**400 > 1e308, 10**400 < float("inf"), -10**400 > float("-inf"))
print(float("nan") == 0, float("nan") < 1, float("nan") != float("nan"))
print(0 == -0.0, 0.0 == -0.0)
print(sorted([3, 1.5, -2, 2.0, 10**20, 0.1]))
print(max(1, 1.0), min(1.0, 1), max(2, 2.0), type(max(2, 2.0)).__name__)
print(1 < 2 < 3.0 < 4, 1 < 3 > 2, 5 > 4 > 4.5)
print([x for x in range(6) if 1.5 < x <= 4.0])
print(123456789012345678901234567890 == 1.2345678901234568e29)
print(int(1.2345678901234568e29))
print(3 == 3.0000000000000001, 3 == 3.000001)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
try:
    print(1 < "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1.0 >= None)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1.0 != "1.0")
print(True == 1.0, (1, 2.0) == (1.0, 2), [1] == [1.0])
print(hash(1) == hash(1.0), hash(2**61) == hash(float(2**61)))
print(hash(-1), hash(-2), hash(0.5), hash(1.5), hash(-0.0), hash(2**61 - 1), hash(2**61))
print(9007199254740993 > 9007199254740992.0)
print(float(9007199254740993))
print(9007199254740993 == float(9007199254740993))
