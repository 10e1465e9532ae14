# The tokenizer reads the whole file after a parse error: its error wins.
x = (1,
y = 2)
s = 'abc
