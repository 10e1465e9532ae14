# Tabs and deeper indentation: the source line is printed without its
# indentation (spaces, tabs and form feeds), the carets line up with it.

def outer(items):
	for item in items:
		if item:
			return item.missing

class Box:
    def __init__(self):
        self.items = [0, 2]

    def first(self):
        if self.items:
            for i in self.items:
                if i:
                    return outer([i])

Box().first()
