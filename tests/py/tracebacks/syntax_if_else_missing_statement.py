# A conditional expression without 'else' before a name.
x = a if b c
