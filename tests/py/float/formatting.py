# float formatting: f, e, g, %, with precision, widths
vals = [0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1e16, 123.456e10, 0.000123456, float("inf"), float("nan"), -0.0]
for v in vals:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:%}|{v:.1%}|{v:10.3f}|{v:<10.2g}|")
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675]:
    print(format(v, ".0f"), format(v, ".1f"), format(v, ".2f"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(-1234.5, "+,.3f"))
print(format(3.0, "g"), format(3.0, "#g"), format(1e5, "g"), format(1e6, "g"), format(1e-4, "g"), format(1e-5, "g"))
print(format(123456789.0, "g"), format(123456789.0, ".10g"), format(0.0001, ".2e"))
print(format(2.5, "=+10.2f"), format(2.5, "010.2f"), format(-2.5, "010.2f"), format(2.5, "^12.3e"))
print(format(1.5, ""), format(1e20, ""), format(1e16, ""), format(1.0, "r" if False else ""))
print(format(12.5, "F"), format(float("inf"), "F"), format(1e-10, "E"), format(1e-10, "G"))
print("%f %.2f %e %.3e %g %.3g %10.4f %-10.1f| %+.1f %05.1f" % (3.14159, 3.14159, 31415.9, 31415.9, 0.00001234, 1234567.0, 2.5, 2.5, 2.5, 2.5))
print("%s %r %d %i" % (1.5, 0.1, 3.99, -3.99))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%e" % 0.0, "%g" % 100000.0, "%g" % 1000000.0, "%G" % 1e-20)
print(f"{1/3:.15f} {2/3:.20f} {1e100:.3e}")
print(str(1e16), str(1e15), repr(123456789.123456789))
print(f"{0.1+0.2!r} {0.1+0.2!s} {0.1+0.2}")
print(format(5e-324, ".3g"), format(1.7976931348623157e308, ".5e"))
print(format(1.25, ".1f"), format(1.35, ".1f"), format(0.05, ".1f"), format(0.15, ".1f"))
print(f"{3.0:.0%} {0.12345:.2%} {1:.1f} {True:.2f}")
