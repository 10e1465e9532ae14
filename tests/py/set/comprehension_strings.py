# set comprehensions; sets of strings printed sorted
print({x % 5 for x in range(20)})
print(sorted({x * x for x in range(-3, 4)}))
words = ["apple", "Banana", "cherry", "apple", "date", "banana"]
lowered = {w.lower() for w in words}
print(sorted(lowered), len(lowered))
initials = {w[0] for w in words}
print(sorted(initials))
print(sorted({len(w) for w in words}))
vowels = set("aeiou")
print(sorted({c for w in words for c in w if c in vowels}))
a = set("abracadabra")
b = set("alacazam")
print(sorted(a), sorted(b))
print(sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
print("a" in a, "z" in b, len(a), len(b))
stop = {"the", "a", "of", "and"}
text = "the art of war and a tale of the city"
print(sorted(set(text.split()) - stop))
seen = set()
unique = []
for w in text.split():
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, len(seen))
print(sorted(frozenset({"x", "y"}) | {"z"}))
print({(i, i % 2) for i in range(4)} == {(0, 0), (1, 1), (2, 0), (3, 1)})
