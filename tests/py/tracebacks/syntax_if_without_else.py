# A conditional expression without 'else'.
x = 5 if True
