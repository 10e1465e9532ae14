def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyComplex(complex):
    pass
class MyStr(str):
    pass
t("subclass reprs", lambda: (repr(MyInt(5)), repr(MyFloat(2.5)), repr(MyComplex(1, 2)), repr(MyStr("x"))))
t("subclass arith types", lambda: [type(x).__name__ for x in (MyInt(5) + 1, -MyInt(5), +MyInt(5), abs(MyInt(-5)), MyInt(5) * 1, MyFloat(1.5) + 1, -MyFloat(1.5), MyComplex(1) + 1, MyInt(5) // 1, MyInt(3).real, MyInt(3).numerator, MyFloat(2.0).real, MyInt(3).conjugate(), round(MyInt(3)), round(MyFloat(2.5)), int(MyInt(3)), float(MyFloat(1.5)), MyInt(5).__index__(), MyStr("a").upper(), str(MyStr("a")), MyStr("a") * 2, MyStr("ab")[0])])
t("subclass int base", lambda: MyInt("ff", 16))
t("subclass float str", lambda: MyFloat("1.5"))
t("int from subclass-of-str", lambda: int(MyStr("12")))
t("float.fromhex subclass", lambda: type(MyFloat.fromhex("0x1p1")).__name__)
t("bool subclass", lambda: type("B", (bool,), {}))
t("int new", lambda: (int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)).__name__))
t("int dunders", lambda: ((5).__add__(2.0), (5).__radd__(2), (5).__truediv__(2), (5).__rtruediv__(2), (5).__pow__(2, 3), (5).__rpow__(2), (5).__floordiv__(0.5)))
t("float dunders", lambda: ((2.5).__add__(1), (2.5).__radd__("x"), (2.5).__mod__(1), (2.5).__rmod__(7), (2.5).__divmod__(1), (2.5).__rdivmod__(7), (2.5).__pow__(2), (2.5).__rpow__(2)))
t("float pow 3 args", lambda: (2.5).__pow__(2, 3))
t("int rpow mod", lambda: (3).__rpow__(2, 5))
t("complex dunders", lambda: ((1j).__add__(1), (1j).__radd__(1.5), (1j).__mul__("x"), (1j).__truediv__(2), (1j).__rtruediv__(2), (1j).__abs__(), (1j).__neg__()))
t("int cmp dunders", lambda: ((5).__lt__(6), (5).__lt__(6.5), (5).__eq__(5.0), (5).__eq__("5"), (5.0).__eq__(5), (5.0).__lt__(10**400), (1j).__eq__(1j), (1j).__lt__(1j)))
t("bool dunders", lambda: (True.__and__(False), True.__and__(1), True.__or__(2), True.__xor__(True), True.__rand__(False), True.__invert__() if False else None))
t("int sizes", lambda: ((0).bit_length(), (2**1000).bit_length(), (-(2**1000)).bit_count()))
t("int is_integer", lambda: (True.is_integer(), MyInt(3).is_integer()))
t("float from big int", lambda: float(2**1023 * 2 - 1))
t("float from too big int", lambda: float(2**1024))
t("int float compare big", lambda: (2**1024 > 1e308, 2**1024 == float("inf"), -2**1024 < -1e308))
t("float int eq precise", lambda: (2**53 + 1 == 2.0**53, float(2**53 + 1) == 2**53))
t("int division exact", lambda: (10**30 / 10**15, (2**1080) / (2**1000), 1 / 3, (10**400 + 1) / 10**399))
t("int truediv huge", lambda: 10**400 / 1)
t("float floordiv inf", lambda: (float("inf") // 1, 1 // float("inf"), -1 // float("inf"), float("inf") % 1))
t("float mod inf", lambda: (5 % float("inf"), -5 % float("inf"), 5 % float("-inf")))
t("float divmod inf", lambda: divmod(float("inf"), 1))
t("pow float neg base", lambda: ((-8.0) ** (1 / 3), (-1.0) ** 0.5))
t("pow int big", lambda: (3 ** 10000).bit_length())
t("pow neg exp int", lambda: (2 ** -2, (-2) ** -3, 0 ** 0, 0.0 ** 0))
t("pow zero neg float", lambda: 0.0 ** -2)
t("pow 0 neg int", lambda: 0 ** -2)
t("pow overflow float", lambda: 10.0 ** 309)
t("pow overflow int-float", lambda: 2 ** 1024.0)
t("pow int->float overflow", lambda: 2.0 ** 2000)
t("float mul overflow", lambda: 1e308 * 10)
t("float add overflow", lambda: 1e308 + 1e308)
t("int to float overflow in add", lambda: 10**400 + 1.0)
t("int * float overflow", lambda: 10**400 * 1.0)
