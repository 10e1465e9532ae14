def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

ints = [0, 7, -7, 255, -255, 1234567, -1234567, 10**20, True]
specs = ["", "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "x", "X", "%", "s", "r",
         "#b", "#o", "#x", "#X", "08b", "#010x", "+d", " d", "-d", "+x", " #o", "10d", "<10d", ">10d", "^10d", "=10d", "*^11d", "0=8d",
         ",d", "_d", "_b", "_x", "_o", ",x", ",b", ",", "_", "+,d", "020,d", "020_d", "015,.2f", ",.3e", ".3", ".0f", "#.0f", ".2%", ",.1%",
         "z", "zd", "z.1f", "-010,d", "#_x", "#_b", "=+12,d", "x<+#12_x", ".5d", "#c", "+c", ",c", "08c", "10c"]
for v in ints[5:]:
    for s in specs:
        t("format(%r, %r)" % (v, s), lambda: format(v, s))
