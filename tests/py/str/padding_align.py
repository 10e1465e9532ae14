# center/ljust/rjust/zfill/expandtabs
s = "abc"
for w in [0, 2, 3, 4, 5, 6, 7, 10]:
    print(repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")), repr(s.ljust(w, ".")), repr(s.rjust(w, "-")))
print(repr("ab".center(5)), repr("ab".center(6, "=")), repr("abc".center(6, "=")), repr("a".center(4, "x")))
try:
    s.center(10, "ab")
except TypeError as e:
    print(type(e).__name__, e)
for z in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5", "12345"]:
    print(repr(z), repr(z.zfill(6)), repr(z.zfill(2)))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tcd".expandtabs(2), "\t".expandtabs(0) + "|")
print(repr("12345\t6\n\t7".expandtabs(3)), repr("a\r\tb".expandtabs(4)))
table = [("name", "qty", "price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.0)]
for name, qty, price in table:
    print(str(name).ljust(8) + "|" + str(qty).rjust(5) + "|" + str(price).center(7) + "|")
print("日本".center(6, "*"), "é".rjust(3, "·"))
for n in [0, 7, -7, 123456]:
    print(repr(str(n).rjust(8, "0")), repr(str(n).zfill(8)), repr(format(n, "08d")))
print("|" + "x".center(1) + "|" + "x".center(2) + "|" + "x".center(3) + "|" + "xy".center(3) + "|" + "xy".center(5) + "|")
print("|" + "odd".center(8, "-") + "|" + "even".center(9, "-") + "|")
try:
    "a".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".zfill()
except TypeError as e:
    print(type(e).__name__, e)
print(repr("abc".ljust(-5)), repr("".center(3, "#")), repr("".zfill(0)))
print(repr("x\ty\tz".expandtabs(1)), repr("\t\t".expandtabs(3)), repr("abc\t".expandtabs(8)), len("\t".expandtabs()))
