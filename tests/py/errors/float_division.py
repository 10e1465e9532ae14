# Float division by zero ends the program.

total = 0.0
for x in [1.5, 2.5, 3.0]:
    total += x
    print("running total", total)
count = 0
print("average:", total / count)
