# An unparenthesized generator expression beside another argument.
y = []
f(x for x in y, 1)
