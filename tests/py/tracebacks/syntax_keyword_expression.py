# An attribute where a keyword argument's name goes.
f(m.unit=1)
