# Every presentation type and option on ints that fit a machine word, at
# the edges of the word and past them, on bools and on an int subclass.


class Count(int):
    pass


values = [0, 1, -1, 7, -42, 255, -255, 1000, -123456789, 2**31, -2**31,
          2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 5,
          True, False, Count(12), Count(-3)]
specs = ["", "d", "5", "<6", ">6", "^7", "=+8", "+", "-", " ", "08", "010d",
         ",", "_", ",d", "_d", "12,", "b", "#b", "o", "#o", "x", "#x", "X",
         "#X", "_x", "#_b", "08x", "#010x", "n", "e", ".3e", "E", "f", ".2f",
         "g", "G", "%", ".1%", "*^12,", "0=12", "+#x", " 10o"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(v), "|".join(row))

for v in [65, 0x263A, 0x10FFFF, -1, 0x110000, True]:
    try:
        print(repr(format(v, "c")), repr(f"{v:>3c}"))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for s in ["z", ".2d", "zd", "+c", "#c", ",c", "q", "1.x", "=c"]:
    for v in [5, Count(5), True]:
        try:
            print(s, format(v, s))
        except (ValueError, OverflowError) as e:
            print(s, type(v).__name__, type(e).__name__, e)

n = 1234567
print(f"{n:,} {n:_} {n:>15,} {n:<15_} {-n:015,} {n:#_x} {n:+,.2f} {n:e}")
