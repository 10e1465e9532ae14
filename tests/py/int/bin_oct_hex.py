# bin/oct/hex and format specs for ints
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2**64, -(2**70)]:
    print(n, bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(-255, "#x"), format(5, "08b"), format(5, "#010b"))
print(format(1234567, ","), format(1234567, "_"), format(0xDEADBEEF, "_x"))
print(format(42, "d"), format(42, "+d"), format(-42, "+d"), format(42, " d"))
print(format(42, ">6"), format(42, "<6") + "|", format(42, "^6") + "|", format(42, "*^7"))
print(format(-42, "=8"), format(-42, "08"), format(42, "=+8"))
print(format(65, "c"), format(10**20, ","))
print(f"{255:#06x} {255:o} {-3:b}")
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print(format(3, "e"), format(3, ".2f"), format(3, "%"))
print(format(1234, "n"))
print(hex(0xCAFE), oct(0o777), bin(0b1))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
print(int(hex(123456789), 16), int(bin(-99), 2), int(oct(4096), 8))
