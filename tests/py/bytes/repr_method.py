class B(bytes):
    def __repr__(self):
        return "B:" + super().__repr__()
class BA(bytearray):
    pass
print(b'x'.__repr__(), bytearray(b'y').__repr__(), repr(B(b'a')), repr(BA(b'q')))
print(bytes.__repr__(B(b'a')), bytearray.__repr__(BA(b'a')), str(BA(b'z')))
try:
    bytes.__repr__('x')
except TypeError as e:
    print(e)
try:
    b'x'.__repr__(1)
except TypeError as e:
    print(e)
print([b'a\n', bytearray(b'\x00')])
