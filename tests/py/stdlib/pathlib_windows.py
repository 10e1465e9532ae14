# PureWindowsPath: drives, UNC shares, backslashes and case-insensitivity.
from pathlib import PureWindowsPath as W, PurePosixPath


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


for s in ['c:/a/b', 'c:\\a\\b.txt', 'c:a', 'c:', 'c:/', '/a', 'a\\b',
          '//server/share/x', '\\\\server\\share', '//server/share/',
          'a:b', './c:x', '', 'a/./b//c']:
    p = W(s)
    print(repr(s), repr(str(p)), p.parts, repr(p.drive), repr(p.root),
          repr(p.anchor), repr(p.name), p.is_absolute(), p.as_posix())

t('join drive', lambda: W('c:/a', 'd:b'))
t('join root', lambda: W('c:/a', '/b'))
t('join same drive', lambda: W('c:/a', 'c:b'))
t('join drive case', lambda: W('c:/a', 'C:b'))
t('join rel drive', lambda: W('c:/') / 'd:x')
t('join unc', lambda: W('//s/h', 'x', 'y'))
t('join unc root', lambda: W('//s/h/a', '/y'))
t('parent', lambda: W('c:/a/b').parent)
t('parents', lambda: list(W('c:/a/b').parents))
t('unc parents', lambda: list(W('//s/h/a/b').parents))
t('eq case', lambda: W('A/b') == W('a/B'))
t('hash case', lambda: hash(W('A/b')) == hash(W('a/B')))
t('lt case', lambda: W('B') < W('a'))
t('sorted', lambda: sorted([W('b'), W('A'), W('c:/x'), W('a/b')]))
t('uri drive', lambda: W('c:/a b').as_uri())
t('uri unc', lambda: W('//s/h/a b').as_uri())
t('uri rel', lambda: W('c:a').as_uri())
t('match case', lambda: W('a/b.TXT').match('*.txt'))
t('match sensitive', lambda: W('a/b.TXT').match('*.txt', case_sensitive=True))
t('rel other drive', lambda: W('c:/a').relative_to('d:/'))
t('rel case', lambda: W('c:/a/b').relative_to('C:/A'))
t('rel walk', lambda: W('c:/a/b').relative_to('c:/x', walk_up=True))
t('with_name', lambda: W('c:/a/b').with_name('z.py'))
t('with_name slash', lambda: W('c:/a/b').with_name('x/y'))
t('with_name drive', lambda: W('c:/').with_name('x'))
t('with_suffix', lambda: W('c:/a/b.txt').with_suffix('.md'))
t('with_suffix slash', lambda: W('a').with_suffix('./x'))
t('reserved', lambda: [W(n).is_reserved() for n in
                       ['nul', 'NUL.txt', 'com1', 'a/lpt3', 'x', '//s/h/nul']])
t('to posix', lambda: PurePosixPath(W('a\\b')))
t('posix from windows div', lambda: PurePosixPath('a') / W('b'))
t('str', lambda: str(W('c:/a/b')))
t('repr', lambda: W('c:\\a\\b'))
