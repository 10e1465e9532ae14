# A keyword argument given twice.
f(a=1, a=2)
