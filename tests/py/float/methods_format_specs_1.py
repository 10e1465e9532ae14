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
for v in floats[:8]:
    for s in fspecs:
        t("format(%r, %r)" % (v, s), lambda: format(v, s))
