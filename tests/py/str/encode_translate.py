# encode, maketrans/translate
s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), len(s), len(s.encode()))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("latin-1", "replace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("abc".encode("utf-16-le"), "é".encode("latin-1"), "\U0001F600".encode())
print(s.encode().decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc abc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "333", ord("d"): "D"})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({104: 72}), "hello".translate({}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
msg = "Hello, World!".translate(rot13)
print(msg, msg.translate(rot13))
print("a-b-c".translate(str.maketrans("-", "_")), "".translate(t))
