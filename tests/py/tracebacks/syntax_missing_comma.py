# Two items in a list without a comma.
x = [1, 2 3]
