# Multiplying a sequence by something that is not an int: the message
# names the other operand's type, whichever side the sequence is on.
seqs = [b"ab", bytearray(b"ab"), "ab", [1], (1,)]
others = [bytearray(b"x"), b"x", [2], 2.5, None, "s"]
for s in seqs:
    for o in others:
        for a, b in ((s, o), (o, s)):
            try:
                print(repr(a * b))
            except TypeError as e:
                print(type(a).__name__, type(b).__name__, e)
print(bytearray(b"ab") * 2, 3 * bytearray(b"c"))
