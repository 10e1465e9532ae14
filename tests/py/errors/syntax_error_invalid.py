# A file that does not compile: nothing is printed.
print("this line is never executed")

x = 1 +* 2
