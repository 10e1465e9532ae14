# A failing assert without a message: the last stderr line is just AssertionError.

x = 10
assert x == 10
print("first assert passed")
assert x < 5
