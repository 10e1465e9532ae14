"""Tests for unittest.mock autospeccing, signature-aware asserts and seal."""
import re
import inspect
from unittest import mock
from unittest.mock import (Mock, MagicMock, NonCallableMagicMock, create_autospec,
                           patch, call, ANY, seal, sentinel)


def mask(obj):
    text = obj if type(obj) is str else repr(obj)
    return re.sub(r"0x[0-9a-f]+|id='\d+'", "ID", text)


def show(label, func):
    try:
        print(label, mask(repr(func())))
    except Exception as e:
        print(label, type(e).__name__, mask(str(e)))


def f(a, b, *, c=1):
    """f's docstring."""
    return 'real'


class Base:
    attr = 3
    name = 'base'

    def __init__(self, x, y=2):
        self.x = x

    def method(self, p, q=0):
        return p

    @staticmethod
    def smethod(v):
        return v

    @classmethod
    def cmethod(cls, w):
        return w

    @property
    def prop(self):
        return 1

    class Inner:
        def inner_method(self, z):
            pass


class Callable(Base):
    def __call__(self, k):
        return k


# Functions.
fm = create_autospec(f, return_value=5)
print(type(fm).__name__, fm.__name__, fm.__doc__)
print(mask(repr(fm)) == mask(repr(fm)), inspect.isfunction(fm))
print(fm(1, 2), fm(1, b=3, c=4))
show('missing', lambda: fm(1))
show('too many', lambda: fm(1, 2, 3))
show('unexpected', lambda: fm(1, 2, d=4))
show('missing none', lambda: fm())
print(fm.called, fm.call_count, fm.call_args, fm.call_args_list)
print(fm.mock_calls)
fm.assert_called_with(1, b=3, c=4)
fm.assert_called_with(1, 3, c=4)
fm.assert_any_call(a=1, b=2)
show('acw', lambda: fm.assert_called_with(1, 2))
show('acw bad', lambda: fm.assert_called_with(1))
show('acow', lambda: fm.assert_called_once_with(1, 2))
fm.assert_has_calls([call(1, 2), call(a=1, b=3, c=4)])
show('ahc', lambda: fm.assert_has_calls([call(1, 5)]))
show('ahc bad', lambda: fm.assert_has_calls([call(1)]))
show('ahc any', lambda: fm.assert_has_calls([call(7, 8)], any_order=True))
show('aac', lambda: fm.assert_any_call(9, 9))
show('aac bad', lambda: fm.assert_any_call(9))
fm.return_value = 'changed'
print(fm(0, 0), fm.mock.return_value)
fm.side_effect = lambda a, b, c=1: a + b
print(fm(3, 4))
fm.side_effect = None
fm.reset_mock()
print(fm.called, fm.call_count, fm.call_args_list, fm.mock_calls)
fm.assert_not_called()
print(mask(fm.mock))
show('attr', lambda: fm.nothere)
fm2 = create_autospec(f)
print(mask(fm2(1, 2)))
fm3 = create_autospec(f, side_effect=ValueError('boom'))
show('side effect', lambda: fm3(1, 2))
lam = create_autospec(lambda x, y=1: None)
print(lam.__name__)
show('lambda', lambda: lam())

# Classes.
cm = create_autospec(Base)
print(mask(cm))
inst = cm(1)
print(mask(inst), isinstance(inst, Base), isinstance(cm, type))
show('class missing', lambda: cm())
show('class extra', lambda: cm(1, 2, 3))
print(cm.call_count, cm.call_args)
cm.assert_called_once_with(x=1)
print(mask(cm.method), mask(inst.method))
inst.method(1, q=2)
show('method missing', lambda: inst.method())
show('method self', lambda: inst.method(1, 2, 3))
inst.method.assert_called_with(p=1, q=2)
print(mask(inst.method(5)))
print(cm.mock_calls)
print(inst.method.mock_calls)
show('static', lambda: cm.smethod(1))
show('static bad', lambda: cm.smethod())
show('classm', lambda: cm.cmethod(2))
show('classm bad', lambda: cm.cmethod(1, 2))
print(mask(cm.attr), mask(cm.name))
show('attr call', lambda: cm.attr())
print(mask(cm.prop))
print(mask(cm.Inner), mask(cm.Inner()), mask(cm.Inner().inner_method))
show('inner', lambda: cm.Inner().inner_method())
show('missing attr', lambda: cm.missing)
show('inst call', lambda: inst())
cm.new_attribute = 1
print(cm.new_attribute)
print(mask(cm.upper) if hasattr(cm, 'upper') else 'no upper')

# Instances.
im = create_autospec(Base, instance=True)
print(mask(im), type(im).__mro__[1].__name__)
show('instance call', lambda: im(1))
im.method(3)
im.method.assert_called_once_with(3)
show('inst method bad', lambda: im.method())
cim = create_autospec(Callable, instance=True)
print(mask(cim), mask(cim(4)))
show('callable inst bad', lambda: cim())
obj = Base(1)
om = create_autospec(obj)
print(mask(om))
om.method(1)
show('obj method bad', lambda: om.method(1, 2, 3))
show('obj call', lambda: om())
print(mask(om.x))

# spec_set.
ss = create_autospec(Base, spec_set=True)
print(mask(ss))
try:
    ss.nope = 1
except AttributeError as e:
    print('AttributeError', e)
ss.attr = 10
print(ss.attr)
ssi = ss.return_value
try:
    ssi.other = 1
except AttributeError as e:
    print('AttributeError', e)
show('spec_set method', lambda: ss.method(1, 2))

# Non-callable values.
nm = create_autospec(3)
print(mask(nm), type(nm).__mro__[1].__name__)
show('int call', lambda: nm())
lm = create_autospec([1, 2])
print(mask(lm))
show('mock spec', lambda: create_autospec(Mock()))

# patch with autospec.
import json
with patch('json.dumps', autospec=True) as pd:
    pd.return_value = 'x'
    print(json.dumps({'a': 1}), pd.__name__)
    show('patch bad', lambda: json.dumps())
    pd.assert_called_once_with({'a': 1})
print(json.dumps([1]))


class Target:
    def run(self, n):
        return n * 2

    def other(self):
        return 'other'


with patch.object(Target, 'run', autospec=True) as pr:
    pr.return_value = 7
    t = Target()
    print(t.run(3))
    pr.assert_called_once_with(t, 3)
    show('patch method bad', lambda: t.run())
print(Target().run(3))


@patch.object(Target, 'other', autospec=True)
def decorated(other_mock):
    other_mock.return_value = 'patched'
    return Target().other(), other_mock.call_count


print(decorated())
with patch(__name__ + '.Base', autospec=True) as pb:
    made = Base(9)
    print(mask(pb), mask(made), made is pb.return_value)
    show('patch class bad', lambda: Base())
show('spec and autospec', lambda: patch('json.dumps', spec=True, autospec=True).start())
show('spec_set and autospec', lambda: patch('json.dumps', spec_set=3, autospec=True).start())
try:
    with patch('json.dumps', new=1, autospec=True):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    with patch('json.nonexistent', create=True, autospec=True):
        pass
except TypeError as e:
    print('TypeError', e)

# Mock(spec=function) compares calls through the signature.
sm = Mock(spec=f)
sm(1, 2)
sm.assert_called_with(1, b=2)
show('spec acw', lambda: sm.assert_called_with(1, 3))
show('spec acw bad', lambda: sm.assert_called_with(1, 2, 3))
sm.assert_any_call(b=2, a=1)
show('spec aac', lambda: sm.assert_any_call(5, 5))
show('spec aac bad', lambda: sm.assert_any_call(5))
print(sm(1, 2, 3, 4) is not None)
sm.assert_has_calls([call(a=1, b=2)])
show('spec ahc', lambda: sm.assert_has_calls([call(5, 5)]))
show('spec ahc any', lambda: sm.assert_has_calls([call(5, 5)], any_order=True))
cs = Mock(spec=Base)
cs(1, y=3)
cs.assert_called_with(1, 3)
cs.method(1)
cs.method.assert_called_with(1)
show('class spec method', lambda: cs.method.assert_called_with(p=1))
cs.assert_has_calls([call(x=1, y=3)])
ms = MagicMock(spec=f)
ms(1, 2, c=3)
ms.assert_called_once_with(a=1, b=2, c=3)
plain = Mock()
plain(1, 2)
show('plain', lambda: plain.assert_called_with(a=1, b=2))

# seal.
sealed = Mock()
sealed.a.b = 1
sealed.method.return_value = 3
seal(sealed)
print(sealed.a.b, sealed.method())
show('sealed new', lambda: sealed.new_attr)
show('sealed child new', lambda: sealed.a.c)
show('sealed return', lambda: sealed())
show('sealed child return', lambda: sealed.a())
show('sealed set', lambda: setattr(sealed, 'later', 4))
sealed.a = 5
print(sealed.a)
sm2 = MagicMock()
sm2.x.y.return_value = 1
seal(sm2)
print(sm2.x.y())
show('sealed deep', lambda: sm2.x.y.z)
show('sealed deep call', lambda: sm2.x())
show('sealed magic', lambda: len(sm2))
print(mask(fm.mock.return_value) if False else 'done')
