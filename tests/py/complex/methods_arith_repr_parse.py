def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(1e300, 1e300), complex(float("inf"), 0), complex(float("nan"), 1), complex(1, float("-inf")), complex(1e-7, 1e16), 2j ** 0.5]
for v in vals:
    t("repr", lambda: (repr(v), str(v), v.real, v.imag, v.conjugate()))
    t("abs", lambda: abs(v))
    t("bool", lambda: bool(v))
    t("neg pos", lambda: (-v, +v))
for a in [1 + 2j, 3 - 4j, 2, 0.5, 0j, True]:
    for b in [1 + 2j, -1j, 2, 0.5, 0j, 0, complex(10, -3)]:
        t("%r + %r" % (a, b), lambda: a + b)
        t("%r - %r" % (a, b), lambda: a - b)
        t("%r * %r" % (a, b), lambda: a * b)
        t("%r / %r" % (a, b), lambda: a / b)
        t("%r ** %r" % (a, b), lambda: a ** b)
        t("%r == %r" % (a, b), lambda: a == b)
t("lt", lambda: 1j < 2j)
t("floordiv", lambda: 1j // 2)
t("mod", lambda: 1j % 2)
t("int()", lambda: int(1j))
t("float()", lambda: float(1 + 0j))
t("round", lambda: round(1j))
t("0 ** complex", lambda: 0j ** 1j)
t("0 ** 0", lambda: 0j ** 0)
t("int pow", lambda: (1j ** 2, 1j ** 3, (1 + 1j) ** 10, 1j ** -2, (2 + 3j) ** 100))
t("overflow pow", lambda: (1e200 + 1e200j) ** 2)
t("complex()", lambda: (complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" 3j "), complex("(1-2j)"), complex("-j"), complex("1e3+1e-3j"), complex("inf-nanj")))
for s in ["1 + 2j", "j1", "", "1+", "((1+2j))", "1+2i", "1_0+2_0j", "nanj", "-infj", "+1.5J", "( 1+1j )", "1j+1"]:
    t("complex(%r)" % s, lambda: complex(s))
t("complex str second", lambda: complex("1", 2))
t("complex 2 str", lambda: complex(1, "2"))
t("complex complex args", lambda: complex(1 + 2j, 3 + 4j))
t("complex None", lambda: complex(None))
t("complex kw", lambda: complex(real=1, imag=2))
class C:
    def __complex__(self): return 5j
class CF:
    def __float__(self): return 2.5
class CI:
    def __index__(self): return 3
class CB:
    def __complex__(self): return 5
t("__complex__", lambda: complex(C()))
t("__float__", lambda: complex(CF(), CF()))
t("__index__", lambda: complex(CI()))
t("hash", lambda: (hash(2 + 0j) == hash(2), hash(0.5 + 0j) == hash(0.5)))
t("eq mixed", lambda: (1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, 1 + 0j == True))
t("attrs", lambda: ((3 + 4j).real.__class__.__name__, abs(3 + 4j)))
t("big int + complex", lambda: 10**400 + 1j)
t("complex / 0", lambda: 1j / 0)
t("complex / 0.0", lambda: 1j / 0.0)
t("complex / 0j", lambda: 1 / 0j)
t("complex repr small", lambda: (complex(1e-300, -1e-300), complex(123456789.0, 0.1), complex(1e22, 1e21)))
