# find/rfind/index/rindex/count with ranges
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("hello", 0, 15), s.rfind("o"), s.rfind("o", 0, 5), s.rfind(""), s.rfind("", 3, 7))
print(s.find("o", -5), s.find("o", -20, -10), s.rfind("l", -100, 100), s.find("d", 5, 2))
print(s.index("world"), s.rindex("hello"), s.index("o", 5), s.rindex("o", 0, 10))
for args in [("xyz",), ("hello", 20), ("o", 0, 4)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count("l"), s.count("hello"), s.count("l", 5), s.count("l", 0, 4), s.count(""), s.count("", 5, 8), "".count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "abc".count("abcd"))
print("a" in "abc", "bc" in "abc", "" in "abc", "ac" in "abc", "abc" in "abc", "A" not in "abc")
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print("héllo wörld".find("ö"), "日本語テキスト".find("テ"), "日本語".count("本"))
print("abc".find("c", None, None), "abcabc".rfind("abc", None, 5))
positions = []
start = 0
while True:
    i = s.find("l", start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print(positions)
print([i for i, c in enumerate(s) if c == "o"])
