# Calls: a failing call is underlined whole (no anchors in 3.12), a missing
# method at its attribute, and a call covering its whole line not at all.

def make(n):
    return n * 10

class Greeter:
    def hello(self):
        return "hi"

def run():
    g = Greeter()
    print(g.hello())
    return g.goodbye(1)

try:
    result = make(1)(2)
except TypeError:
    try:
        run()
    except AttributeError:
        make()
