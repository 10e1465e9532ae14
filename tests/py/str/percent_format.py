# %-formatting
print("%s %r %d %i" % ("str", "str", 42, -7))
print("%f %.2f %.0f %e %.3e %g %G" % (3.14159, 3.14159, 2.5, 12345.678, 0.000123, 1e-10, 1e20))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+5d]" % (42, 42, 42, 42, 42, -42))
print("[%5s] [%-5s] [%.2s] [%5.1s] [%-6r]" % ("ab", "ab", "abcdef", "xyz", "q"))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%c %c %%" % ("A", 97))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%(x).2f|%(x)10.3f|" % {"x": 2.0 / 3})
print("%s" % "single", "%s" % ("tuple",), "%s" % ((1, 2),), "%s" % [1, 2])
print("%d%%" % 50, "%.1f%%" % 99.5, "100%%" % ())
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s %s" % (None, True), "%d" % True, "%d" % 3.99, "%i" % -2.5, "%x" % 10 ** 20)
print("%r" % "it's", "%r" % 'say "x"', "%a" % "é", "%s" % b"raw")
print("%10.4f|%-10.2e|%+.3g" % (3.14159, 1234.5, 0.000123456))
errors = [lambda: "%d" % "x", lambda: "%s %s" % ("one",), lambda: "%s" % ("a", "b"),
          lambda: "%(k)s" % {"j": 1}, lambda: "%z" % 1, lambda: "%d" % None, lambda: "%c" % "ab",
          lambda: "%(k)s %s" % {"k": 1}, lambda: "%" % ()]
for fn in errors:
    try:
        print(fn())
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in rows:
    print("%-8s %6.2f x %3d = %7.2f" % (name, price, qty, price * qty))
print("%s" % {"a": 1}, "%(a)s" % {"a": [1]}, "%s and %s" % ("x", {"b": 2}))
print("%5%|" % () if False else "skip", "%.3s" % 12345, "%e" % 0, "%g" % 123456789)
