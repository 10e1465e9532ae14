# A global declaration after an assignment.
def f():
    x = 1
    global x
