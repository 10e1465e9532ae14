# A missing colon after an if.
x = 5
if x > 3
    print("big")
