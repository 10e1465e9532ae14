# Nested replacement fields inside format specs, and nested quotes/expressions.

value = 1234.5678
for width in (8, 12, 15):
    for prec in (0, 2):
        print(f"|{value:{width}.{prec}f}|")

align = "^"
fill = "-"
print(f"|{'mid':{fill}{align}{11}}|")
spec = ">+10.1f"
print(f"|{value:{spec}}|")

# expressions inside the fields
items = [3, 1, 2]
print(f"{len(items)} items, sorted {sorted(items)}, max {max(items)}, sum {sum(items) * 2}")
print(f"{'yes' if items else 'no'} {items[0] + items[-1]} {items[::-1]} {[i * i for i in items]}")
d = {"key": "value", "n": 5}
print(f"{d['key']} {d['n']:03d} {d.get('missing', 'default')}")
print(f"{(lambda x: x * 2)(21)} {1 + 2 = }")

# nested f-strings (3.12 allows reusing the same quotes)
name = "world"
print(f"{f'{name}'.upper()} {f"{name!r:>10}"} {f'{f"{1 + 1}"}'}")
print(f"{'\n'.join(['multi', 'line'])}")
print(f"{"quoted"} {'single'} {"""triple"""}")

# braces
print(f"{{literal}} {{{value:.1f}}} {{}}")

# multiline f-strings and comments inside fields (3.12)
total = f"{
    sum([
        1,  # one
        2,  # two
    ])
}"
print(total)

# format spec containing a nested field with conversion
w = 7
print(f"[{'abc'!r:>{w}}] [{3.14159:.{w - 4}}]")

# attribute and method calls
class Obj:
    attr = "attribute"
    def method(self, x):
        return x * 3
o = Obj()
print(f"{o.attr} {o.method('ab')} {o.attr.upper():>12} {o.method(2):+d}")

# f-string in a loop building a table
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("melon", 3.0, 1)]
print(f"{'name':<8}{'price':>8}{'qty':>5}")
for nm, price, qty in rows:
    print(f"{nm:<8}{price:>8.2f}{qty:>5d}")
print(f"{'total':<8}{sum(p * q for _, p, q in rows):>8.2f}")
