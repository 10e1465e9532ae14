# 'import *' inside a function: the '*' is underlined.
def f():
    from os import *
