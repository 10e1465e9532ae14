print("pkg.sub runs")
