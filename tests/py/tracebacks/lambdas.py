# Errors inside lambdas, called directly and by a builtin.

scale = lambda x: x * factor

rows = [{"name": "b"}, {"title": "a"}]

try:
    scale(2)
except NameError:
    ordered = sorted(rows, key=lambda r: r["name"])
