def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

# casefold / lower / upper
for s in ["ABC", "Straße", "ß", "ǅ", "ǆ", "Ǆ", "İ", "ﬁ", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "µ", "ŉ"]:
    t("casefold " + s, lambda: s.casefold())
    t("lower " + s, lambda: s.lower())
    t("upper " + s, lambda: s.upper())
    t("title " + s, lambda: s.title())
    t("capitalize " + s, lambda: s.capitalize())
    t("swapcase " + s, lambda: s.swapcase())
    t("istitle " + s, lambda: s.istitle())
    t("isupper " + s, lambda: s.isupper())
    t("islower " + s, lambda: s.islower())

for s in ["hello world", "hELLO wORLD", "they're bill's", "a1b2c3", "ǆemal ǆ", "ßx ßy", "", "  ", "123abc", "o'neil-smith_x"]:
    t("title " + s, lambda: s.title())
    t("capitalize " + s, lambda: s.capitalize())
    t("swapcase " + s, lambda: s.swapcase())
    t("istitle " + s, lambda: s.istitle())

# center / ljust / rjust
for w in [-1, 0, 3, 5, 6, 10, 11]:
    t("center %d" % w, lambda: "abc".center(w))
    t("center* %d" % w, lambda: "abc".center(w, "*"))
    t("center even %d" % w, lambda: "ab".center(w, "-"))
    t("ljust %d" % w, lambda: "abc".ljust(w, "é"))
    t("rjust %d" % w, lambda: "abc".rjust(w, "€"))
t("center bad fill", lambda: "abc".center(10, "ab"))
t("center empty fill", lambda: "abc".center(10, ""))
t("ljust bad fill", lambda: "abc".ljust(10, 5))
t("rjust float", lambda: "abc".rjust(10.0))
t("center noargs", lambda: "abc".center())
t("ljust kw", lambda: "abc".ljust(width=5))

# zfill
for s in ["42", "-42", "+42", "", "-", "+", "abc", "--1", "+-1", "3.14", "-0"]:
    for w in [0, 1, 3, 6]:
        t("zfill %r %d" % (s, w), lambda: s.zfill(w))
