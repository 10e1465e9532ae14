# configparser's exceptions: messages, reprs, args and attributes, and the
# errors raised while reading malformed sources.
import configparser as cp


def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, '|', str(e))
        print('  repr:', repr(e))
        print('  args:', e.args)
        return e


for exc in (cp.NoSectionError('sec'), cp.NoOptionError('opt', 'sec'),
            cp.DuplicateSectionError('sec'), cp.DuplicateSectionError('sec', 'file.ini'),
            cp.DuplicateSectionError('sec', 'file.ini', 7), cp.DuplicateSectionError('sec', None, 7),
            cp.DuplicateOptionError('sec', 'opt'), cp.DuplicateOptionError('sec', 'opt', 'f', 123),
            cp.InterpolationError('opt', 'sec', 'message'),
            cp.InterpolationSyntaxError('opt', 'sec', 'bad syntax'),
            cp.InterpolationMissingOptionError('opt', 'sec', 'raw %(x)s', 'x'),
            cp.InterpolationDepthError('opt', 'sec', 'raw'),
            cp.ParsingError('source.ini'),
            cp.MissingSectionHeaderError('f.ini', 3, 'line\n'),
            cp.Error('plain'), cp.Error()):
    print(type(exc).__name__, '|', str(exc), '|', repr(exc), '|', exc.args, '|', exc.message)

e = cp.ParsingError('src')
e.append(1, "'one'")
e.append(12, "'twelve'")
print(e)
print(e.errors, e.source)
m = cp.MissingSectionHeaderError('f.ini', 3, 'line\n')
print(m.source, m.lineno, repr(m.line))
d = cp.DuplicateOptionError('s', 'o', 'f', 2)
print(d.section, d.option, d.source, d.lineno)
d = cp.DuplicateSectionError('s', 'f', 2)
print(d.section, d.source, d.lineno)
print(cp.NoSectionError('s').section, cp.NoOptionError('o', 's').option, cp.NoOptionError('o', 's').section)
for cls in (cp.NoSectionError, cp.DuplicateSectionError, cp.DuplicateOptionError, cp.NoOptionError,
            cp.InterpolationError, cp.InterpolationMissingOptionError, cp.InterpolationSyntaxError,
            cp.InterpolationDepthError, cp.ParsingError, cp.MissingSectionHeaderError):
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-2]])
print(sorted(cp.__all__))

# Reading malformed sources.
p = cp.ConfigParser()
attempt(lambda: p.read_string("key = value\n[s]\n"))
attempt(lambda: p.read_string("  \n# c\nkey = value\n", source='my.ini'))
attempt(lambda: p.read_file(["x = 1\n"]))
attempt(lambda: p.read_file(["x = 1"], source='lines'))
e = attempt(lambda: cp.ConfigParser().read_string("[s]\na = 1\n[s]\n"))
print('  attrs:', e.section, e.source, e.lineno)
e = attempt(lambda: cp.ConfigParser().read_string("[s]\na = 1\nb = 2\nA = 3\n", source='x.cfg'))
print('  attrs:', e.section, e.option, e.source, e.lineno)
attempt(lambda: cp.ConfigParser().read_string("[s]\na = 1\n" + "\n" * 120 + "a = 2\n"))
attempt(lambda: cp.ConfigParser().read_dict({'s': {'a': 1}, 'S': {}, 't': {'x': 1, 'X': 2}}))
attempt(lambda: cp.ConfigParser().read_dict({'s': {'a': 1}}, source='src'))
e = attempt(lambda: cp.ConfigParser().read_string("[s]\nok = 1\nbad line\n= novalue\n  cont\nanother bad\n[t]\nfine = yes\n"))
print('  errors:', e.errors)
q = cp.ConfigParser()
attempt(lambda: q.read_string("[s]\na = 1\nbroken\n[t]\nb = 2\n"))
print(q.sections(), q.items('t'))
attempt(lambda: cp.ConfigParser(allow_no_value=True).read_string("[s]\nflag\n  continued\n"))

# A repeated section across two reads is fine; within one read it is not.
r = cp.ConfigParser()
r.read_string("[s]\na = 1\n")
r.read_string("[s]\nb = 2\n")
print(r.items('s'))
attempt(lambda: r.read_string("[s]\n[t]\n[s]\n", source='third'))
print(r.sections())

# Errors from the getters.
g = cp.ConfigParser()
g.read_string("[s]\nn = ten\nf = 1.5x\n")
attempt(lambda: g.getint('s', 'n'))
attempt(lambda: g.getfloat('s', 'f'))
attempt(lambda: g.getboolean('s', 'n'))
attempt(lambda: g.get('t', 'n'))
attempt(lambda: g.get('s', 'N-missing'))
attempt(lambda: g['s']['zz'])
attempt(lambda: g['t'])
attempt(lambda: g.items('t'))
attempt(lambda: g.items('DEFAULT'))
attempt(lambda: g.get('DEFAULT', 'x'))
attempt(lambda: g.options('DEFAULT'))
attempt(lambda: g.remove_section('DEFAULT'))
