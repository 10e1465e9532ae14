# is* predicates (ASCII-focused)
samples = ["abc", "ABC", "Abc", "abc123", "123", "12.3", "", " ", "\t\n", "Hello World", "Hello world", "_id", "2abc",
           "a b", "class", "x_1", "-5", "0", "A", "Ab Cd Ef", "aB"]
for s in samples:
    print(repr(s).ljust(16), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
print("\x00".isprintable(), "\n".isprintable(), "é".isascii(), "\x7f".isascii(), "\x7f".isprintable())
print("A1".isupper(), "a1".islower(), "1".isupper(), "1".islower(), "A B".istitle(), "A b".istitle(), "AB".istitle())
print("Hello1World".istitle(), "Hello1world".istitle(), "HeLLo".istitle())
print("".isidentifier(), "_".isidentifier(), "a-b".isidentifier(), "None".isidentifier(), "__init__".isidentifier())
count = {"digits": 0, "alpha": 0, "space": 0, "other": 0}
for ch in "Hello, World! 123 times.":
    if ch.isdigit():
        count["digits"] += 1
    elif ch.isalpha():
        count["alpha"] += 1
    elif ch.isspace():
        count["space"] += 1
    else:
        count["other"] += 1
print(count)
print(all(c.isalnum() or c == "_" for c in "valid_name_1"), any(c.isspace() for c in "nospace"))
