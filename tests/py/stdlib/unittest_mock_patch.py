# patch as a decorator, class decorator, context manager and with
# start/stop; patch.object, patch.dict, patch.multiple, patch.stopall;
# new, new_callable, spec, create and the errors.
import io
import os
import re
import sys
import types
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, NonCallableMagicMock, sentinel, DEFAULT

# A module to patch.
target = types.ModuleType('patchme')
sys.modules['patchme'] = target
target.value = 'original'
target.func = lambda: 'real func'
target.config = {'a': 1, 'b': 2}


class Klass:
    attr = 'class attr'

    def method(self):
        return 'real method'


target.Klass = Klass


def r(obj):
    return re.sub(r"id='\d+'", "id=...", repr(obj))


def attempt(label, func):
    try:
        print(label, 'ok', r(func()))
    except Exception as e:
        print(label, type(e).__name__, '|', re.sub(r' at 0x[0-9a-f]+', '', str(e)))


with patch('patchme.value', 'patched'):
    print(target.value)
print(target.value)
with patch('patchme.func') as created:
    created.return_value = 'mocked func'
    print(target.func(), r(created), created is target.func)
print(target.func())


@patch('patchme.value', sentinel.new)
def uses_new(arg):
    return target.value, arg


print(uses_new('x'), target.value)


@patch('patchme.func')
@patch('patchme.value')
def stacked(value_mock, func_mock, extra=None):
    return r(value_mock), r(func_mock), extra, target.value is value_mock


print(stacked(extra='e'))
print(stacked.__name__, len(stacked.patchings))


@patch('patchme.func', return_value=7)
def with_kwargs(func_mock):
    return target.func(), func_mock.call_count


print(with_kwargs())


@patch('patchme.value')
def raises(value_mock):
    raise ValueError('inside')


attempt('restored after error', raises)
print(target.value)

# patch.object.
with patch.object(Klass, 'method', return_value='patched method') as pm:
    print(Klass().method(), pm.call_count, r(pm))
print(Klass().method())
with patch.object(Klass, 'attr', 'new attr'):
    print(Klass.attr, Klass().attr)
print(Klass.attr)
attempt('object with str', lambda: patch.object('patchme', 'value'))
sub = type('Sub', (Klass,), {})
with patch.object(sub, 'attr', 'on subclass'):
    print(sub.attr, Klass.attr, 'attr' in sub.__dict__)
print(sub.attr, 'attr' in sub.__dict__)

# Errors and create.
attempt('missing attr', lambda: patch('patchme.missing').start())
attempt('bad target', lambda: patch('nodots'))
attempt('bad target type', lambda: patch(42))
attempt('new and new_callable', lambda: patch('patchme.value', 1, new_callable=Mock))
attempt('kwargs without mock', lambda: patch('patchme.value', 1, foo=2).start())
with patch('patchme.created', 'made', create=True):
    print(target.created)
print(hasattr(target, 'created'))
attempt('no module', lambda: patch('no_such_module_xyz.attr').start())

# new_callable and spec.
with patch('patchme.value', new_callable=dict) as d:
    print(d, target.value)
with patch('patchme.Klass', spec=True) as k:
    print(r(k), r(k()), r(k.method))
    attempt('spec missing', lambda: k.nothing)
with patch('patchme.value', spec=['x']) as v:
    print(r(v), type(v).__name__)
with patch('patchme.func', spec_set=True) as f:
    attempt('spec_set', lambda: setattr(f, 'zzz', 1))

# start and stop.
p = patch('patchme.value', 'started')
print(p.start(), target.value)
print(p.stop(), target.value)
print(p.stop())
p1 = patch('patchme.value', 'one')
p2 = patch.object(Klass, 'attr', 'two')
p1.start()
p2.start()
print(target.value, Klass.attr)
patch.stopall()
print(target.value, Klass.attr)

# patch.dict.
with patch.dict(target.config, {'b': 20, 'c': 30}) as cfg:
    print(cfg is target.config, sorted(target.config.items()))
print(sorted(target.config.items()))
with patch.dict('patchme.config', clear=True, z=26):
    print(target.config)
print(sorted(target.config.items()))


@patch.dict(target.config, {'a': 'decorated'})
def dict_decorated():
    return target.config['a']


print(dict_decorated(), target.config['a'])
with patch.dict(os.environ, {'PYPROBE_TEST_VAR': 'set'}):
    print(os.environ['PYPROBE_TEST_VAR'])
print('PYPROBE_TEST_VAR' in os.environ)
pd = patch.dict(target.config, a=100)
pd.start()
print(target.config['a'])
pd.stop()
print(target.config['a'])

# patch.multiple.
with patch.multiple('patchme', value=DEFAULT, func=DEFAULT) as values:
    print(sorted(values), r(values['value']), target.func is values['func'])
print(target.value)
with patch.multiple(Klass, attr='multi', method=lambda self: 'lambda method'):
    print(Klass.attr, Klass().method())


@patch.multiple('patchme', value='fixed', func=DEFAULT)
def multiple_decorated(func):
    return target.value, r(func)


print(multiple_decorated())
attempt('multiple empty', lambda: patch.multiple('patchme'))


# Class decorators.
@patch('patchme.value', 'for the class')
class Decorated(unittest.TestCase):
    def test_one(self):
        print('in test_one:', target.value)

    def helper(self):
        return target.value


@patch('patchme.func')
class DecoratedWithMock(unittest.TestCase):
    def test_mock_arg(self, func_mock):
        target.func()
        func_mock.assert_called_once_with()
        print('mock argument', r(func_mock))

    def test_fails(self, func_mock):
        func_mock.assert_called_once_with()


@patch.dict(target.config, {'class': True})
class DictDecorated(unittest.TestCase):
    def test_dict(self):
        print('class dict patch', target.config.get('class'))


stream = io.StringIO()
suite = unittest.TestSuite([unittest.TestLoader().loadTestsFromTestCase(c)
                            for c in (Decorated, DecoratedWithMock, DictDecorated)])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures))
print(result.failures[0][1].splitlines()[-1])
print(Decorated('test_one').helper(), target.config.get('class'))

# Patching builtins and objects used through a module.
with patch('builtins.input', return_value='typed') as fake_input:
    print(input('prompt? '), fake_input.call_args)
print(input is fake_input)
with patch('sys.argv', ['prog', 'arg']):
    print(sys.argv)
print(sys.argv == ['prog', 'arg'])
with patch.object(sys, 'stdout', new_callable=io.StringIO) as fake_out:
    print('captured')
print(repr(fake_out.getvalue()))
