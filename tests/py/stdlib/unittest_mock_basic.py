# unittest.mock: Mock calls and their records, call objects, assert_*
# messages, side_effect, return_value, reset_mock, configure_mock, names,
# ANY, sentinel and DEFAULT.
import re
from unittest import mock
from unittest.mock import Mock, NonCallableMock, call, ANY, sentinel, DEFAULT


def r(obj):
    return re.sub(r"id='\d+'", "id=...", repr(obj))


def attempt(label, func):
    try:
        print(label, 'ok', r(func()))
    except Exception as e:
        print(label, type(e).__name__, '|', e)


m = Mock()
print(r(m), r(m.foo), r(m.foo()), r(m()), r(m.a.b().c), r(m()()))
print(m.foo is m.foo, m() is m.return_value, m.foo.return_value is m.foo())
m = Mock(name='named', return_value=3)
print(m(1, 2, k=3), r(m), r(m.child), m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_count, m.called, m.call_args_list)

m = Mock()
print(m.called, m.call_count, m.call_args, m.call_args_list, m.mock_calls, m.method_calls)
m.method(1)
m.attr.sub(2, x=3)
m(4)
m().chained(5)
m.method.again('z')
print(m.mock_calls)
print(m.method_calls)
print(m.call_args_list)
print(m.attr.sub.call_args, m.attr.mock_calls, m.attr.method_calls)
print(m.return_value.mock_calls, m.return_value.method_calls)
print(m.method.mock_calls, m.method.call_args_list)
print(m.mock_calls == [call.method(1), call.attr.sub(2, x=3), call(4), call(), call().chained(5),
                       call.method.again('z')])
print(m.method.call_args == call(1), m.method.call_args == ((1,), {}), m.method.call_args == ((1,),))
print(m.method.call_args == call(2), m.attr.sub.call_args == call(2, x=ANY))

attempt('assert_called_with wrong', lambda: m.method.assert_called_with(2))
attempt('assert_called_with never', lambda: m.other.assert_called_with(2))
attempt('assert_called_with ok', lambda: m.attr.sub.assert_called_with(2, x=3))
attempt('assert_called_once_with', lambda: m.method.assert_called_once_with(1))
attempt('assert_called_once', lambda: m.nothing.assert_called_once())
attempt('assert_called_once twice', lambda: m.assert_called_once())
attempt('assert_not_called', lambda: m.method.assert_not_called())
attempt('assert_not_called ok', lambda: m.unused.assert_not_called())
attempt('assert_called', lambda: m.nothing.assert_called())
attempt('assert_any_call', lambda: m.method.assert_any_call(9))
attempt('assert_any_call ok', lambda: m.method.assert_any_call(1))
attempt('assert_has_calls ok', lambda: m.assert_has_calls([call.method(1), call.attr.sub(2, x=3)]))
attempt('assert_has_calls', lambda: m.assert_has_calls([call.method(1), call(4)]))
attempt('assert_has_calls empty', lambda: Mock().assert_has_calls([call(1)]))
attempt('any_order ok', lambda: m.assert_has_calls([call(4), call.method(1)], any_order=True))
attempt('any_order', lambda: m.assert_has_calls([call(7), call.method(1)], any_order=True))
attempt('misspelled', lambda: m.assret_called())
attempt('misspelled2', lambda: m.called_once_with())
attempt('misspelled3', lambda: m.assert_calld())
attempt('dunder', lambda: m.__foo__)
attempt('named', lambda: Mock(name='nm').assert_called_once_with(1, a=2))
attempt('unsafe', lambda: Mock(unsafe=True).assert_whatever())
n = Mock(name='n')
n(1)
n(2)
attempt('called twice', lambda: n.assert_called_once_with(2))
attempt('called twice 2', lambda: n.assert_called_with(1))
attempt('kwargs differ', lambda: n.assert_called_with(2, key='v'))

# Call objects.
print(call(1, a=2), call.foo.bar(3), call().x(), call, call.y, call()()(1))
print(call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1), call.a(1) == call(1))
print(call(1) == call.a(1), call.foo(1) == ('foo', (1,), {}), call(1, 2) == ((1, 2),))
print(call(a=1) == ({'a': 1},), call == call(), call() == (), ANY == 5, 5 == ANY, repr(ANY))
print(call(ANY, 2) == call(1, 2), [call(1), call(2)] == [call(ANY), call(ANY)])
print(call(1, 2).args, call(x=1).kwargs, call.name(3).args)
print(call.a(1).b(2).call_list())
print(call.count(1), call.index(2), tuple(call(1, b=2)), len(call(1)))
print(mock.call is call, mock.ANY is ANY)

print(sentinel.foo, sentinel.foo is sentinel.foo, sentinel.foo is sentinel.bar, DEFAULT,
      DEFAULT is sentinel.DEFAULT, sentinel.foo.name)

# side_effect.
s = Mock(side_effect=[1, KeyError('k'), 3])
print(s())
attempt('iterable error', s)
print(s())
attempt('exhausted', s)
attempt('exception class', Mock(side_effect=ValueError))
attempt('exception instance', Mock(side_effect=ValueError('instance')))
print(Mock(side_effect=lambda x: x * 2)(21))
print(Mock(side_effect=lambda: DEFAULT, return_value='default used')())
print(Mock(side_effect=iter('ab'))(), Mock(side_effect=(9, 8))())
s = Mock(return_value=5)
s.side_effect = lambda *a, **k: sum(a)
print(s(1, 2, 3), s.call_args)
s.side_effect = None
print(s(1, 2))
s.return_value = sentinel.result
print(s(), s.side_effect)

# reset_mock.
m = Mock(return_value=10, side_effect=None)
m.child(1)
m(2)
m.reset_mock()
print(m.called, m.call_count, m.mock_calls, m.child.called, m.child.mock_calls, m(), m.method_calls)
m.side_effect = KeyError
m.reset_mock(return_value=True, side_effect=True)
print(m.side_effect, r(m()))

# configure_mock and keyword arguments.
m = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError, 'attr': 'plain'})
print(m.method(), m.attr)
attempt('configured side effect', m.other)
m.configure_mock(**{'a.b.c.return_value': 'deep', 'value': 1})
print(m.a.b.c(), m.value)

# Deleting and setting attributes.
m = Mock()
m.existing = 5
del m.existing
attempt('deleted', lambda: m.existing)
m.fresh
del m.fresh
attempt('deleted child', lambda: m.fresh)
child = Mock()
m.attached = child
child(1)
print(m.mock_calls, r(child))
other = Mock(name='has_name')
m.not_attached = other
other(1)
print(m.mock_calls)
m.attach_mock(other, 'renamed')
other(2)
print(m.mock_calls, r(other))

# wraps.
class Real:
    def double(self, x):
        return x * 2
    value = 4


w = Mock(wraps=Real())
print(w.double(5), w.double.call_args, w.mock_calls)
print(Mock(wraps=len)('abc'), Mock(wraps=len, return_value=9)('abc'))

# NonCallableMock.
nc = NonCallableMock()
attempt('not callable', nc)
print(r(nc.method), r(nc.method()))
print(type(nc.method).__name__, type(Mock().x).__name__)

# Subclasses make children of their own class.
class MyMock(Mock):
    pass


mm = MyMock()
print(type(mm.child).__name__, type(mm()).__name__, isinstance(mm.child, MyMock), isinstance(mm, Mock))
print(issubclass(type(mm), MyMock), type(mm).__name__)
