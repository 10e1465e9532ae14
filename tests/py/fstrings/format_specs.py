# Format specifications in f-strings: width, alignment, fill, sign, precision, types.

n = 42
f = 3.14159265
s = "text"
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}] [{n:+}] [{-n:+}] [{n: }]")
print(f"[{s:10}] [{s:>10}] [{s:^10}] [{s:*^10}] [{s:.2}] [{s:>8.3}]")
print(f"[{f:.2f}] [{f:10.3f}] [{f:<10.1f}] [{f:e}] [{f:.3E}] [{f:g}] [{f:%}] [{0.25:.0%}]")
print(f"[{n:b}] [{n:o}] [{n:x}] [{n:X}] [{n:#b}] [{n:#o}] [{n:#x}] [{n:#X}] [{n:c}]")
print(f"[{1234567:,}] [{1234567:_}] [{1234567.891:,.2f}] [{0xdeadbeef:_x}] [{n:08.3f}]")
print(f"[{-3.5:=+10.2f}] [{255:=^+#12x}] [{-42:010}] [{42:_>+8}]")
print(f"[{1e20:.3g}] [{1e-5:g}] [{123456789.0:g}] [{0.0001:.2e}] [{float('inf'):f}] [{float('nan'):F}]")
print(f"[{True}] [{True:d}] [{None!s:>6}] [{[1, 2]!s:>8}]")
print(f"[{3:.2f}] [{-7:.1e}] [{7:g}]")
print(f"[{12.0:n}] [{1e6:,.0f}] [{-0.0:.1f}] [{-0.0:z.1f}]")

# invalid specs
for value, spec in [(1, "q"), ("s", "d"), (2.5, "d"), (1, ".2s"), ("x", "+"), (1, ",b")]:
    try:
        print(format(value, spec))
    except ValueError as e:
        print(type(e).__name__, e)

# format() builtin and __format__ of builtins
print(format(7, "03"), format("ab", "^6"), format(0.5), format(10 ** 20, ","), format(-1, "x"))
print(format(3.0), format(1e16), format(1e15), format(1.5e-7), format(123.456, ".4"), format(100.0, ".3"))
print(format(1 + 2j), format(1.5 - 2j, ".1f"), format(3j, ">10"))

# width and precision from variables
width, prec = 12, 3
print(f"[{f:{width}.{prec}f}] [{s:>{width}}] [{n:{'>' if n > 0 else '<'}{width}}]")
