# Subscripting an int.

data = {"count": 5, "items": [1, 2]}
print(data["items"][0])
print(data["count"])
print(data["count"][0])
