# A string left open at the end of its line.
s = 'abc
