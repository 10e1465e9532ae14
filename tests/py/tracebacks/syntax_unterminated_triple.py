# A triple-quoted string left open: detected at the last line.
x = 1
s = """abc
def
