# ValueError from int() on bad input.

for text in ["10", "-3", "  7  "]:
    print(repr(text), int(text))
print(int("seven"))
