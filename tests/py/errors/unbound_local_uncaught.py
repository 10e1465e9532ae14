# UnboundLocalError escaping a function.

counter = 0

def bump():
    print("bumping")
    counter += 1

bump()
