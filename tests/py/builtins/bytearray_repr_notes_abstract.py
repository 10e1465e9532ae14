# A bytearray repr escapes single quotes; add_note() refuses a non-list
# __notes__; property and class/static methods report __isabstractmethod__.
print(repr(bytearray(b"it's")), bytearray(b"'\""), bytearray(b'"'), repr(b"it's"), bytearray(b"a\\b"))
e = ValueError()
e.__notes__ = "not a list"
try:
    e.add_note("n")
    print(repr(e.__notes__))
except TypeError as ex:
    print(ex)
e2 = ValueError(); e2.add_note("a"); e2.add_note("b"); print(e2.__notes__)
def area(self): pass
area.__isabstractmethod__ = True
def plain(self): pass
print(property(area).__isabstractmethod__, property().__isabstractmethod__, property(plain, area).__isabstractmethod__)
print(staticmethod(plain).__isabstractmethod__, classmethod(plain).__isabstractmethod__, classmethod(area).__isabstractmethod__)
