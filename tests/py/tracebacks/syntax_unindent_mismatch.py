# A dedent to no outer level: the caret is past the end of the line.
if True:
        x = 1
    y = 2
