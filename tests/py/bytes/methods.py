# bytes methods
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b.upper(), b.lower(), b.swapcase(), b.title())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]), b", ".join([]))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
print(b"aaaa".replace(b"a", b"b"), b"aaaa".replace(b"a", b"b", 2), b"hello".replace(b"l", b""))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".find(108), b"hello".index(b"e"))
try:
    b"hello".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
print(b"hello".count(b"l"), b"hello".count(108), b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")))
print(b"hello".startswith(b"l", 2), b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"AB".isupper())
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"abc".center(7, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."))
print(b"hello world".capitalize(), b"Hello".removeprefix(b"He"), b"Hello".removesuffix(b"lo"))
print(b"line1\nline2\r\n".splitlines(), b"line1\nline2\r\n".splitlines(True), b"a\tb".expandtabs(4))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
print(b"h" in b"hello", b"ell" in b"hello", 104 in b"hello", 255 in b"hello", b"" in b"x")
try:
    print("h" in b"hello")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(256 in b"x")
except ValueError as e:
    print(type(e).__name__, e)
print(b"%s=%d" % (b"k", 5), b"%5s|%-4s|" % (b"a", b"b"), b"%x" % 255, b"%c%c" % (65, b"B"))
print(b"abc".hex(), bytes.fromhex("616263"), bytes.fromhex(""), b"abc"[::-1], max(b"abc"), sum(b"abc"))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
