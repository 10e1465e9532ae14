# Searches for one-byte separators (found with memchr) and longer ones:
# split, rsplit, find, rfind, count, replace, partition and 'in'.
s = "a|b|c||d|" * 3
print(s.split("|"), s.split("|", 2), s.rsplit("|", 3), s.rsplit("|"))
print(s.find("|"), s.rfind("|"), s.find("|", 5, 9), s.rfind("|", 0, 4), s.count("|"), s.count("|", 3, 10))
print(s.replace("|", "--"), s.replace("|", "", 2), s.replace("", "."), "abc".replace("", "-", 2))
print(s.partition("|"), s.rpartition("|"), "x".partition("|"), "é|ü|".split("|"), "éü|x".find("|"))
print("|" in s, "z" in s, "é" in "aé", "ü" in "é", s.index("c"), "ab".count(""))
print("a.b.c".split("."), "a..b".split("."), ".".join("abc".split(".")), "x,y,,z".rsplit(",", 1))
