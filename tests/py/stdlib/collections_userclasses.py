# UserDict, UserList and UserString: wrappers around dict, list and str.
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


# UserDict.
ud = UserDict({'a': 1}, b=2)
print(ud, ud.data, len(ud), ud['a'], 'b' in ud, list(ud), ud.get('z'), ud.get('a'))
ud['c'] = 3
del ud['a']
print(ud, ud.keys(), ud.items(), ud.values())
print(list(ud.items()), ud.pop('b'), ud.setdefault('d', 4), ud)
attempt('missing', lambda: ud['zzz'])
attempt('del missing', lambda: ud.__delitem__('zzz'))
print(ud == {'c': 3, 'd': 4}, ud == UserDict(c=3, d=4), ud != {'c': 3})
print(UserDict(), UserDict([('x', 1)]), UserDict(dict=5), UserDict.fromkeys('ab', 0))
print(ud | {'e': 5}, {'e': 5} | ud, ud | UserDict(f=6), type(ud | {}).__name__)
ud |= {'g': 7}
print(ud)
ud2 = ud.copy()
ud2['h'] = 8
print(ud, ud2, type(ud2).__name__)
ud.update([('i', 9)], j=10)
print(ud, ud.popitem(), ud)
ud.clear()
print(ud, isinstance(ud, MutableMapping), isinstance(ud, dict))

class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2

dfl = Defaulting(a=1)
print(dfl['a'], dfl['b'], dfl.get('b'), 'b' in dfl)

class Lowered(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

lo = Lowered({'A': 1}, B=2)
lo['C'] = 3
lo.update({'D': 4})
print(lo, type(lo.copy()).__name__, lo.copy())

# UserList.
ul = UserList([3, 1, 2])
print(ul, ul.data, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__)
ul.append(4); ul.insert(0, 0); ul.extend([5, 6]); ul.extend(UserList([7]))
print(ul, ul.pop(), ul.pop(0), ul)
ul.remove(2); ul.reverse(); print(ul)
ul.sort(); print(ul)
ul.sort(key=lambda v: -v); print(ul)
print(ul.count(3), ul.index(3), 3 in ul, 99 in ul)
ul[0] = 'first'; del ul[1]; print(ul)
print(ul + [1], [1] + ul, ul + UserList([2]), ul * 2, 2 * ul, type(ul + [1]).__name__, type([1] + ul).__name__)
ul2 = UserList([1, 2])
ul2 += [3]; ul2 += (4,); ul2 *= 2
print(ul2)
print(UserList([1, 2]) == [1, 2], UserList([1]) < [2], UserList([2]) > UserList([1]), UserList() <= [], UserList([1]) >= [1])
print(UserList(), UserList('abc'), UserList(UserList([1])), UserList((1, 2)))
cp = ul2.copy()
cp.append('new')
print(ul2, cp, type(cp).__name__)
ul2.clear(); print(ul2)
attempt('index missing', lambda: UserList([1]).index(5))
attempt('pop empty', lambda: UserList().pop())
attempt('hash', lambda: hash(UserList()))
print(isinstance(ul, MutableSequence), isinstance(ul, list), list(reversed(UserList([1, 2, 3]))))

# UserString.
us = UserString('Hello World')
print(us, repr(us), str(us), len(us), us[0], us[-5:], type(us[0]).__name__)
print(us.upper(), us.lower(), us.swapcase(), us.title(), us.capitalize(), us.casefold())
print(us.split(), us.split('o'), us.rsplit(' ', 1), us.partition(' '), us.rpartition('o'))
print(us.find('o'), us.rfind('o'), us.index('W'), us.rindex('l'), us.count('l'), us.count(UserString('l')))
print(us.startswith('Hell'), us.endswith(('x', 'ld')), us.isalpha(), UserString('123').isdigit())
print(us.replace('World', 'There'), us.replace(UserString('o'), UserString('0')), us.strip('Hd'), UserString('  x ').strip())
print(us.center(15, '*'), us.ljust(13, '.'), us.rjust(13), UserString('7').zfill(3))
print(us + '!', '>' + us, us + UserString('?'), us * 2, 2 * us, type(us + '!').__name__, type('>' + us).__name__)
print(UserString('%s-%d') % ('a', 1), UserString('a,b').join('xyz'), UserString('tab\tx').expandtabs(4))
print('o' in us, UserString('W') in us, 'z' in us, us == 'Hello World', us < 'Zed', us == UserString('Hello World'))
print(us.encode(), UserString('a\nb\n').splitlines(), UserString('a\nb').splitlines(True))
print(UserString('{} {x}').format(1, x=2), UserString('{a}').format_map({'a': 'A'}))
print(UserString('prefix-body').removeprefix('prefix-'), UserString('body.txt').removesuffix('.txt'))
print(int(UserString('42')), float(UserString('2.5')), hash(UserString('k')) == hash(UserString('k')))
print(UserString(42), UserString(UserString('x')), sorted([UserString('b'), UserString('a')]))
print(us.translate(str.maketrans('lo', 'LO')), UserString.maketrans('a', 'b'))
print(isinstance(us, Sequence), isinstance(us, str), list(UserString('abc')), list(reversed(UserString('abc'))))
attempt('index missing', lambda: us.index('zzz'))

class Shout(UserString):
    def shout(self):
        return self.upper() + '!'

sh = Shout('hey')
print(sh.shout(), type(sh.upper()).__name__, type(sh[0:2]).__name__)
