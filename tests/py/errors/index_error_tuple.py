# IndexError for tuples and strings have their own messages; this one is a tuple.

point = (1, 2)
print(point[0], point[1], point[-1])
print("hi"[1])
print(point[2])
