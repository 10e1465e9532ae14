# case mapping beyond ASCII: special casing, titlecase digraphs, final sigma
samples = ["ß straße", "ǆemal", "ΣΑΣ", "ΟΔΟΣ ΟΔΟΣ", "İstanbul", "ﬁne", "Ω ω", "ǅ", "ŉ", "ΐ", "Ꭰ", "ꭰ"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
    print("  lens", len(s), len(s.upper()), len(s.lower()), len(s.casefold()))
print("ß".upper(), len("ß".upper()), "ß".casefold() == "SS".casefold(), "ß".lower() == "ss")
print("Ω".lower(), "ω".upper(), "µ".upper(), "µ".casefold(), "ſ".upper(), "ſ".casefold())
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "Ǆ".istitle())
words = ["straße", "STRASSE", "Straße", "strasse"]
print([w.casefold() for w in words], len({w.casefold() for w in words}))
print([w.lower() for w in words], len({w.lower() for w in words}))
greek = "ὈΔΥΣΣΕΎΣ"
print(greek.lower(), greek.title(), greek.casefold())
print("σ".upper(), "ς".upper(), "Σ".lower(), "aΣ".lower(), "aΣb".lower(), "Σa".lower(), "aΣ.".lower())
print("ﬀ".upper(), "ﬃ".title(), "ﬆ".casefold(), len("ﬃ".upper()))
print("Ǳ".lower(), "ǲ".upper(), "ǳ".title(), "ǳ ǳ".title())
print("ÀB".swapcase(), "àb".swapcase(), "ÿ".upper(), "Ÿ".lower())
for s in ["À", "ß", "ǅ", "Σ", "ﬁ"]:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.swapcase()), ascii(s.casefold()))
print("İ".lower() == "i̇", len("İ".lower()), "ı".upper(), "i".upper())
print(sorted(["Éclair", "eclair", "Zebra", "apple"], key=str.casefold))
