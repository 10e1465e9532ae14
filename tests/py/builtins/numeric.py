# abs, divmod, pow, round, bin, oct, hex, ord, chr
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-10 ** 30), abs(True), abs(3 - 4j))
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5), divmod(10 ** 20, 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 8), pow(2, -1), pow(2, 8, 5), pow(2.5, 2), pow(-1, 0.5) == complex(0, 1) or "complex", pow(0, 0))
print(pow(base=3, exp=3), pow(3, 3, mod=4))
print(round(2.567, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.125, 2))
print(bin(10), bin(-10), oct(64), oct(-8), hex(4095), hex(-255), bin(0), hex(0))
class Idx:
    def __index__(self):
        return 10
print(bin(Idx()), hex(Idx()), oct(Idx()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11][Idx()])
print(ord("A"), chr(66), ord(chr(1000)), chr(ord("z")))
print(int("42") + float("0.5"), str(12) + "3", bool("x"), complex(2))
print(max(abs(x) for x in [-7, 3, 5]), sum(map(abs, [-1, -2, 3])))
print(divmod(7, 2)[0], divmod(7, 2)[1])
print(round(1e-3, 5), round(123.455, 2), round(-0.5), round(0.5), round(1.5))
