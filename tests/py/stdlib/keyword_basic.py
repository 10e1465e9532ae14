# The keyword module's lists and predicates.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for w in ["if", "If", "match", "case", "type", "_", "print", "None", "async",
          "await", "nonlocal", "", "self", "True", "true"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(1), keyword.issoftkeyword(None))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError", e)
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
print(any(keyword.iskeyword(k) for k in keyword.softkwlist))
