# A function name followed by something other than '('.
def f x:
    pass
