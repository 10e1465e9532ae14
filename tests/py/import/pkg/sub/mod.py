print("pkg.sub.mod runs")


def func():
    return "pkg.sub.mod.func"
