print("pkg.a runs")
A = 1


def fa():
    return "fa"
