# IndexError: list index out of range.

queue = ["a", "b", "c"]
while queue:
    print("processing", queue.pop(0))
print("queue is", queue)
print(queue[0])
