# upper/lower/title/capitalize/swapcase/casefold (ASCII and Latin-1)
samples = ["hello World", "HELLO", "123abc", "they're bill's friends", "", "a1b2 c3d4",
           "hello-world_foo bar", "MiXeD CaSe", "  lead space", "x", "ÀÉÎ àéî", "élan vital"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
print("hello".upper().lower(), "Hello".swapcase().swapcase())
print("abc def".title(), "ABC DEF".title(), "aBC dEF".capitalize(), "3rd place".title(), "o'neil".title())
print("x".upper() == "X", "A" < "a", "Z" < "a", sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
print(sorted(["b", "A", "a", "B"], key=str.casefold))
print("ÀÉÎ".lower(), "àéî".upper())
def snake_to_camel(name):
    first, *rest = name.split("_")
    return first + "".join(p.capitalize() for p in rest)
def camel_to_snake(name):
    out = []
    for ch in name:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out).lstrip("_")
for n in ["my_var_name", "x", "already_Camel", "__dunder__"]:
    c = snake_to_camel(n)
    print(n, c, camel_to_snake(c))
print("HeLLo".lower() == "hello".lower(), "Straße".upper(), "straße".casefold())
