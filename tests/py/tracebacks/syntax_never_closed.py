# A bracket never closed before the end of the file.
x = (1,
y = 2
