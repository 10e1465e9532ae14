def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

floats = [0.0, -0.0, 1.5, -1.5, 1234567.891, 1e-7, 1e16, 1e300, 123456789012345680000.0, 0.1, 2.5, 3.5, float("inf"), float("-inf"), float("nan")]
fspecs = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".2e", ".10e", ".0f", ".2f", ".15f", ".0g", ".1g", ".3g", ".17g", ".3G", "#g", "#.0f", "#.0e", "#.3g",
          "+", " ", "+f", " e", "10.2f", "<12.3f", ">12.3f", "^12.3f", "=12.3f", "012.3f", "*^15,.2f", ",", "_", ",.2f", "_.3f", ",e", ",g", "020,.2f", ".2%", "z", "z.1f", "z.0f", "+z.1e",
          "x", "d", "c", ",.0%", "#", "#.2", ".2", ".0", "10", "-<10", "0", "010", "#010.2f"]
for v in floats[8:]:
    for s in fspecs:
        t("format(%r, %r)" % (v, s), lambda: format(v, s))
t("bad spec", lambda: format(1, "q"))
t("bad spec float", lambda: format(1.0, "y"))
t("bad spec str", lambda: format("a", "d"))
t("precision int", lambda: format(1, ".2d"))
t("double grouping", lambda: format(1, ",_"))
t("grouping with s", lambda: format("a", ","))
t("sign on str", lambda: format("a", "+"))
t("alt on str", lambda: format("a", "#"))
t("zero pad str", lambda: format("ab", "05"))
t("equal align str", lambda: format("ab", "=5"))
t("c too big", lambda: format(0x110000, "c"))
t("c negative", lambda: format(-1, "c"))
t("str precision", lambda: (format("abcdef", ".3"), format("abcdef", "^10.2"), format("é日本", "*>6.2")))
t("huge width", lambda: format(1, "1" * 30))
t("spec trailing", lambda: format(1, "d "))
t("None format", lambda: (format(None), format(None, "")))
t("None format spec", lambda: format(None, "10"))
t("object format", lambda: format(object(), "x"))
t("bool format", lambda: (format(True), format(True, "d"), format(False, ">6"), format(True, "f")))
t("complex format", lambda: (format(1 + 2j), format(1 + 2j, ".2f"), format(-1.5j, "e"), format(1j, "^20"), format(complex(1, float("nan")), "g"), format(3 + 0j, "")))
t("complex bad", lambda: format(1j, "010"))
t("complex bad2", lambda: format(1j, "="))
t("complex bad %", lambda: format(1j, "%"))
t("big int formats", lambda: (format(10**30, "e"), format(10**30, ".3g"), format(-10**30, "_x"), format(2**100, ",")))
t("int n grouping", lambda: format(1234567, "n"))
