def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for s in ["0", "-0", "+7", " 42 ", "\t-13\n", "1_000", "1__0", "_1", "1_", "0x1f", "0o17", "0b101", "0X1F", "010", "00", "0_0", "١٢٣", "１２", "", " ", "1.5", "1e3", "x", "12a", "- 1", "+-1", "\u00a012\u2003", "0x", "0b_1", "0x_f", "0_x1", "9" * 30, "-" + "9" * 25]:
    for base in [None, 0, 2, 8, 10, 16, 36]:
        if base is None:
            t("int(%r)" % s, lambda: int(s))
        else:
            t("int(%r, %d)" % (s, base), lambda: int(s, base))
t("int base 1", lambda: int("1", 1))
t("int base 37", lambda: int("1", 37))
t("int base -1", lambda: int("1", -1))
t("int base float", lambda: int("1", 2.0))
t("int base with int", lambda: int(5, 10))
t("int bytes", lambda: int(b" 42 "))
t("int bytes base", lambda: int(b"ff", 16))
t("int bytearray", lambda: int(bytearray(b"7")))
t("int bad bytes", lambda: int(b"x"))
t("int z36", lambda: int("zZ", 36))
t("int float", lambda: (int(3.9), int(-3.9), int(1e20), int(-0.0)))
t("int inf", lambda: int(float("inf")))
t("int nan", lambda: int(float("nan")))
t("int None", lambda: int(None))
t("int list", lambda: int([1]))
t("int complex", lambda: int(1j))
t("int kw base", lambda: int("10", base=2))
t("int x kw", lambda: int(x="10"))
t("int no args", lambda: int())
t("int bool", lambda: int(True))
class I:
    def __index__(self): return 8
class N:
    def __int__(self): return 9
class Bad:
    def __int__(self): return "x"
t("int __index__", lambda: int(I()))
t("int __int__", lambda: int(N()))
t("int __int__ bad", lambda: int(Bad()))
t("int long msg", lambda: int("a" * 300))
