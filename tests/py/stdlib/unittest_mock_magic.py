# MagicMock's magic methods and their defaults, spec and spec_set,
# PropertyMock and mock_open.
import re
from unittest.mock import (MagicMock, Mock, NonCallableMagicMock, PropertyMock,
                           mock_open, call, patch)


def r(obj):
    return re.sub(r"id='\d+'", "id=...", repr(obj))


def attempt(label, func):
    try:
        print(label, 'ok', r(func()))
    except Exception as e:
        print(label, type(e).__name__, '|', e)


mm = MagicMock()
print(len(mm), [x for x in mm], 1 in mm, int(mm), float(mm), bool(mm), complex(mm))
print(r(mm[0]), r(mm + 1), r(abs(mm)), r(-mm), r(mm * 2), r(1 - mm))
print(mm == mm, mm == 3, mm != mm, hash(mm) == hash(mm), str(mm) == repr(mm))
attempt('lt', lambda: mm < 3)
mm.__len__.return_value = 7
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 10
mm.__contains__.return_value = True
print(len(mm), [x for x in mm], mm[4], 'x' in mm)
print(r(mm.mock_calls))
print(mm.method_calls)
mm.reset_mock()
with mm as entered:
    print(r(entered), entered is mm)
print(mm.mock_calls)
mm[1] = 2
del mm[1]
print(mm.mock_calls[-2:])
mm.__eq__.return_value = 'eq'
print(mm == 0)
mm.__lt__.return_value = True
print(mm < 5)
mm.__str__.return_value = 'as string'
print(str(mm))


def my_len(self):
    return 42


m2 = MagicMock()
m2.__len__ = my_len
print(len(m2))
m2.__iter__ = lambda self: iter('xy')
print([x for x in m2])
m2.__int__ = Mock(return_value=99)
print(int(m2), m2.__int__.call_count)
attempt('unsupported magic', lambda: setattr(m2, '__getattr__', lambda s, n: 1))
attempt('Mock has no magic', lambda: len(Mock()))
m3 = Mock()
m3.__len__ = lambda self: 3
print(len(m3))
del m2.__len__
attempt('deleted magic', lambda: len(m2))
print(r(MagicMock(name='nm').__enter__()))

# NonCallableMagicMock.
ncm = NonCallableMagicMock()
attempt('call', ncm)
print(len(ncm), r(ncm.child()))


# spec and spec_set.
class Spec:
    attr = 1

    def method(self, x):
        return x

    def __len__(self):
        return 3


s = Mock(spec=Spec)
print(r(s), r(s.method), r(s.attr))
attempt('missing', lambda: s.nope)
s.nope = 'can set'
print(s.nope)
s2 = Mock(spec_set=Spec)
print(r(s2))
attempt('spec_set set', lambda: setattr(s2, 'other', 1))
s2.attr = 5
print(s2.attr)
s3 = Mock(spec=['a', 'b'])
print(r(s3), r(s3.a))
attempt('list spec', lambda: s3.c)
s4 = MagicMock(spec=Spec)
print(len(s4))
attempt('spec magic', lambda: s4[0])
attempt('spec magic iter', lambda: iter(s4))
s5 = MagicMock()
s5.mock_add_spec(['only'])
attempt('added spec', lambda: s5.other)
print(r(s5.only))
s6 = Mock(spec=Spec())
print(r(s6))

# PropertyMock.


class WithProp:
    @property
    def prop(self):
        return 'real'


with patch.object(WithProp, 'prop', new_callable=PropertyMock) as pm:
    pm.return_value = 'mocked'
    obj = WithProp()
    print(obj.prop)
    obj.prop = 6
    print(pm.mock_calls)
print(WithProp().prop)
holder = MagicMock()
p = PropertyMock(return_value=3)
type(holder).size = p
print(holder.size, p.call_count)
holder.size = 10
print(p.call_args_list)
print(type(PropertyMock().child).__name__)

# mock_open.
m = mock_open(read_data='line 1\nline 2\nline 3\n')
with patch('builtins.open', m):
    with open('some/file.txt') as f:
        print(repr(f.read()))
    with open('other', 'r') as f:
        print(repr(f.readline()), repr(f.readline()), f.readlines())
    with open('again') as f:
        print([line for line in f])
    f = open('x')
    print(repr(next(f)), repr(f.readline()))
print(m.call_args_list)
print(m.mock_calls[:6])
handle = m()
m.reset_mock()
w = mock_open()
with patch('builtins.open', w):
    with open('out.txt', 'w') as f:
        f.write('data')
        f.write('more')
w.assert_called_once_with('out.txt', 'w')
handle = w()
print(handle.write.call_args_list)
attempt('write check', lambda: handle.write.assert_called_once_with('data'))
b = mock_open(read_data=b'\x00\x01bytes')
with patch('builtins.open', b):
    with open('bin', 'rb') as f:
        print(f.read())
e = mock_open(read_data='abc')
fh = e()
fh.read.return_value = 'override'
print(fh.read())
print(r(e), r(fh))
