def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

t("f 200", lambda: format(1.5, ".200f"))
t("% 200", lambda: "%.200f" % 0.1)
t("e 100", lambda: format(0.1, ".100e"))
t("g 50", lambda: format(0.1, ".50g"))
t("f big", lambda: format(1e300, "f"))
t("f big ,", lambda: format(1e300, ",.0f"))
t("e big int", lambda: format(2**1000, "e"))
t("f big int", lambda: format(2**200, ".2f"))
t("g big int", lambda: format(10**17, "g"))
t("% big int", lambda: format(2**70, "%"))
t("int n", lambda: format(-1234567, "n"))
t(", on e", lambda: format(1e20, ",e"))
t(", on g", lambda: format(1234567.5, ",g"))
t(", on repr", lambda: format(1234567.5, ","))
t("_ on float", lambda: format(1234567.125, "_"))
t("_ on e", lambda: format(1234567.125, "_e"))
t("grouping long prec", lambda: format(1234.5, ",.10f"))
t("zero pad grouping", lambda: (format(1234, "010,"), format(1234, "09,"), format(1234, "08,"), format(-1234, "09,"), format(1.5, "012,.3f"), format(12345, "0=10_")))
t("zero pad grouping x", lambda: (format(0xabcdef, "012_x"), format(0xabcdef, "#012_x")))
t("huge prec", lambda: format(1.0, ".99999999999f"))
t("str huge prec", lambda: format("ab", ".99999999999"))
t("% prec huge", lambda: "%.99999999999f" % 1.0)
t("% *  neg", lambda: "%*d|%-*d|" % (-5, 1, -5, 2))
t("% .* neg", lambda: "%.*f" % (-1, 1.5))
t("% * float", lambda: "%*d" % (1.5, 1))
t("% * missing", lambda: "%*d" % (5,))
t("% repr float", lambda: ("%r" % 0.1, "%s" % 1e16, "%.3s" % "abcdef", "%5.1s|" % "xyz", "%-5r|" % "x"))
t("% i %u %x neg", lambda: ("%x" % -255, "%#x" % -255, "%o" % -8, "%#o" % -8, "%X" % -255))
t("% e precisions", lambda: ("%.0e" % 12345, "%#.0e" % 12345, "%.0f" % 2.5, "%#.0f" % 2.5, "%g" % 1e-5, "%#g" % 1.0, "%G" % 1e-10))
t("% big", lambda: ("%d" % 2**100, "%x" % 2**100, "%e" % 2**100, "%f" % 2**70))
t("% int objects", lambda: "%d %x" % (True, False))
class Idx:
    def __index__(self): return 42
class Flt:
    def __float__(self): return 4.5
class IntOnly:
    def __int__(self): return 7
t("% __index__", lambda: ("%d" % Idx(), "%x" % Idx(), "%c" % Idx()))
t("% d __float__", lambda: "%d" % Flt())
t("% x __int__", lambda: "%x" % IntOnly())
t("format __index__", lambda: format(Idx(), "x"))
t("% %", lambda: ("%5%|" % (), "%-5%|" % (), "%.3%" % ()))
t("% flags order", lambda: ("%-+5d|" % 3, "%+-5d|" % 3, "% -5d|" % 3, "%0-5d|" % 3, "%#-8x|" % 255, "%- 08.3f|" % 1.5))
t("% length mod", lambda: ("%ld %hd %Ld" % (1, 2, 3)))
t("% dict star", lambda: "%(a)*d" % {"a": 1})
t("% dict paren", lambda: "%(a(b))s" % {"a(b)": 1})
t("% unclosed key", lambda: "%(a" % {"a": 1})
t("% mixed", lambda: "%(a)s %s" % {"a": 1})
