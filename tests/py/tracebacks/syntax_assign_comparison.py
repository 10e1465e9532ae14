# Assigning to a comparison: no "Maybe you meant '=='" here.
x = 1
y = 2
x == 1 = y
