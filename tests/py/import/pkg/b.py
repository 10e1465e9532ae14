print("pkg.b runs")
B = 2
