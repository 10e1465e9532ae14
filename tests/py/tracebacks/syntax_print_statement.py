# Python 2's print statement: CPython names it and underlines it whole.
print "hi"
