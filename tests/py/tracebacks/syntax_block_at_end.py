# A block header as the last line of the file.
x = 1
if x:
