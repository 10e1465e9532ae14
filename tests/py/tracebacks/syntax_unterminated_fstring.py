# An f-string left open.
y = f'abc
