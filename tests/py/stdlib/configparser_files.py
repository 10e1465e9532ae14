# Reading and writing configuration files on disk.
import configparser
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    first = os.path.join(tmp, 'first.ini')
    second = os.path.join(tmp, 'second.ini')
    with open(first, 'w', encoding='utf-8') as f:
        f.write('[main]\nname = caf\u00e9\ncount = 3\n')
    with open(second, 'w', encoding='utf-8') as f:
        f.write('[main]\ncount = 4\n[extra]\nflag = on\n')

    p = configparser.ConfigParser()
    found = p.read([first, os.path.join(tmp, 'missing.ini'), second], encoding='utf-8')
    print([os.path.basename(x) for x in found])
    print(p.sections(), dict(p['main']), p.getboolean('extra', 'flag'))
    found = p.read(pathlib.Path(first))
    print([type(x).__name__ for x in found], [os.path.basename(x) for x in found])
    print(p.read(os.path.join(tmp, 'nope.ini')))

    with open(first, encoding='utf-8') as f:
        q = configparser.ConfigParser()
        q.read_file(f)
        print(q['main']['name'])
    with open(first, 'w', encoding='utf-8') as f:
        f.write('[main]\na = 1\n[main]\n')
    try:
        with open(first, encoding='utf-8') as f:
            configparser.ConfigParser().read_file(f)
    except configparser.DuplicateSectionError as e:
        print(str(e).replace(tmp, 'TMP'))
    try:
        configparser.ConfigParser().read(first)
    except configparser.DuplicateSectionError as e:
        print(str(e).replace(tmp, 'TMP'), e.lineno)

    out = os.path.join(tmp, 'out.ini')
    with open(out, 'w') as f:
        p.write(f)
    with open(out) as f:
        print(repr(f.read()))
    r = configparser.ConfigParser()
    r.read(out)
    print(r == p, r.sections())
    with open(out, 'w') as f:
        p.write(f, space_around_delimiters=False)
    with open(out) as f:
        print(repr(f.read()))
