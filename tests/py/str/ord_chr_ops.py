# ord/chr, multiplication, concatenation, comparisons
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"), ord("\x00"))
print(chr(97), chr(65), chr(48), repr(chr(32)), chr(233), chr(8364), chr(128512), repr(chr(0)))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100), "-" * 20)
try:
    "ab" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "ab"
except TypeError as e:
    print(type(e).__name__, e)
print("a" + "b" + "c", "x" "y" "z")
s = "start"
s += "-mid"
s *= 2
print(s)
print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "a" > "B", "é" > "z", "10" < "9")
print("abc" == "abc", "abc" != "ABC", "abc" <= "abc", "b" >= "abc")
print(sorted(["banana", "Apple", "cherry", "apple", "10", "9", ""]))
print(max("hello"), min("hello"), max(["ab", "b", "abc"]), min(["ab", "b", "abc"], key=len))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print(str(123), str(-4.5), str(None), str([1, "a"]), str(b"x"), str(), str(True))
print(len(""), len("abc"), len("日本"), len("😀😀"))
print("abc".__add__("d"), "ab".__mul__(2), "ab".__rmul__(2), "a".__lt__("b"), "a".__eq__(1))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "xyz abc!")
print(caesar)
