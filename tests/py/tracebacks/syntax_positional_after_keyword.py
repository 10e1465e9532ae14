# A positional argument after a keyword one.
f(a=1, 2)
