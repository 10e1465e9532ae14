def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 12345.6789, -12345.6789, 1e300, 1e-300, 5e-324, 0.0, -0.0]:
    for nd in [None, 0, 1, 2, 3, -1, -2, -400, 400]:
        if nd is None:
            t("round(%r)" % x, lambda: round(x))
        else:
            t("round(%r, %d)" % (x, nd), lambda: round(x, nd))
for x in [0, 5, 15, 25, 35, -15, -25, 12345, -12345, 10**20 + 5 * 10**9, 149, 150, 151, 250]:
    for nd in [None, 0, 1, -1, -2, -3, -25]:
        if nd is None:
            t("round(%r)" % x, lambda: round(x))
        else:
            t("round(%r, %d)" % (x, nd), lambda: round(x, nd))
t("round inf", lambda: round(float("inf")))
t("round nan", lambda: round(float("nan")))
t("round inf nd", lambda: round(float("inf"), 2))
t("round nan nd", lambda: round(float("nan"), 0))
t("round str", lambda: round("1.5"))
t("round nd float", lambda: round(1.5, 1.0))
t("round nd None", lambda: round(2.5, None))
t("round int nd None", lambda: round(25, None))
t("round bool", lambda: (round(True), round(True, 2), type(round(True)).__name__))
class R:
    def __round__(self, n=None): return ("R", n)
t("round custom", lambda: (round(R()), round(R(), 3)))
t("round no method", lambda: round(object()))

# divmod, //, % with negatives and floats
vals = [7, -7, 0, 3, -3, 7.5, -7.5, 0.0, -0.0, 2**70, -(2**70), float("inf"), float("-inf"), float("nan"), True]
for a in vals:
    for b in [3, -3, 2.5, -2.5, 0, 0.0, float("inf"), float("-inf"), 2**65, True]:
        t("divmod(%r, %r)" % (a, b), lambda: divmod(a, b))
        t("%r // %r" % (a, b), lambda: a // b)
        t("%r %% %r" % (a, b), lambda: a % b)
        t("%r / %r" % (a, b), lambda: a / b)
t("divmod str", lambda: divmod("a", 1))
t("divmod complex", lambda: divmod(1j, 1))
t("floordiv complex", lambda: 1j // 1)
t("mod complex", lambda: 1j % 1)
t("int truediv big", lambda: (10**400) / (10**399))
t("int truediv overflow", lambda: (10**400) / 3)
t("int truediv small", lambda: 1 / 10**400)
t("float mod tiny", lambda: (-1e-20) % 1.0)
t("float floordiv tiny", lambda: (-1e-20) // 1.0)
t("fmod sign", lambda: (5.0 % -0.0 if False else (-0.0) % 5.0, 0.0 % -5.0))
