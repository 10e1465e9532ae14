# A generator expression left part-consumed when an uncaught exception
# ends the program: the traceback is printed and the exit status is 1.
print("before")
next(x for x in [1]) + y
