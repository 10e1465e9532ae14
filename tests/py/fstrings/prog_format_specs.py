class P:
    def __init__(self):
        self.name = "pt"
        self.coords = [3, 4]
        self.meta = {"k": "v"}
p = P()
print("{0.name} {0.coords[1]} {0.meta[k]}".format(p))
print("{p.name!r:>6} {p.coords!s}".format(p=p))
print("{:{w}.{prec}f}|{:{fill}{align}{w}}".format(3.14159, "x", w=8, prec=2, fill="-", align="^"))
print("{{literal}} {0!a}".format("é"))
print("{0[0]}{0[1]}{1[a]}".format("ab", {"a": "z"}))
print(format(-0.0, "z.1f"), format(-0.001, "z.1f"), f"{-0.0:z}", f"{-1e-9:z.2e}")
print(f"{12345.678:,.1f}", f"{-12345:,}", f"{1e6:,.0f}", f"{0.5:,}")
print(f"{'abc':.1}", f"{'abc':5.2}|", f"{'abc'!r:^9}|", f"{None!s:>6}")
print(f"{255:#_b}", f"{-255:#x}", f"{True:d}", f"{True}", f"{False:>6}", f"{3:.2f}")
print(f"{1.5:5}", f"{'s':5}|", f"{10:5}|", f"{1.5:<5}|", f"{1e100:.3}", f"{123.456:.2}")
print(f"{float('inf'):10.2f}|", f"{float('nan'):+}", f"{-float('inf'):e}", f"{float('nan'):F}")
print(f"{3+4j}", f"{3+4j:.2f}", f"{1j:>10}|", f"{complex(1.5, -2):g}")
print(f"{12:{'#'}{'x'}}", f"{'center':=^{14}}", f"{7:0{5}d}")
x = 10
print(f"{x=}", f"{x = }", f"{x*2=:>5}", f"{'q'=!r}", f"{x!r:>4}")
print(f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda: 5)()}", f"{x if x > 5 else -x}")
print("%-6s|%6s|%06.2f|%-+6d|% d" % ("ab", "cd", 3.14159, 42, 7))
print("%*d|%-*s|%.*f" % (5, 42, 6, "ab", 2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % "x", "%d%%" % 50)
print("%x %X %o %e %E %f %F" % (3054, 3054, 64, 1.5, 1.5, 1e20, 1e20))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%5.1s|%c|%3c|" % ("xyz", "q", 65))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "A", "b": 2.25})
print("%d" % 3.99, "%i" % -2.5, "%x" % 255, "%s" % True, "%d" % True)
print(format(1234.5, "n"), format(1234, "n"), format(0.00001, "n"), format(1e16, "n"))
print(format(100, "e"), format(100, ".0e"), format(123456, ".3g"), format(0.0001, "g"), format(1e-5, "g"))
print(format(2.0, "g"), format(2.0, "#.3g"), format(1234567.0, "g"), format(123456.0, "g"))
print(format(5, ""), format(5.0, ""), format("s", ""), format(None, ""), format([1], ""))
try:
    format(object(), "x")
except TypeError as e:
    print(e)
try:
    format(P(), ">5")
except TypeError as e:
    print(e)
for spec in ["=5", ",s", "_s", "+s", "#s", "010s", "c"]:
    try:
        print(spec, repr(format("ab", spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
for spec in [",x", "_o", ",b", ".2d", "+c", "#c", ",c", "=s"]:
    try:
        print(spec, repr(format(65, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
for spec in [",_", "_,", "#d", "z d", "z", ".2n", ",n"]:
    try:
        print(spec, repr(format(1.0 if 'z' in spec else 65, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
print("{:c}".format(0x1F600), "{:08.3%}".format(0.5), "{:+.1%}".format(-0.25))
print("{0:b} {0:o} {0:x} {0:X} {0:#b}".format(-10))
print("{!r}".format(1.0), "{!s:5}|".format(1.0), "{:.3s}".format("abcdef"))
print("a{}b{}c".format(*"XY"), "{1}{0}{1}".format(*"XY"), "{}{{}}{}".format(1, 2))
try:
    "{0}{}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{}{0}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{!x}".format(1)
except ValueError as e:
    print(e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(e)
try:
    "{0.missing}".format(1)
except AttributeError as e:
    print(e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(e)
print("{0[-1]}".format({"-1": "neg key"}))
