# Text files: encodings and error handlers on reading and writing, byte-order
# marks, newline= on both sides, readline limits, path-like and bytes paths,
# open() argument errors, and positions in a non-UTF-8 file.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'x')
def raw():
    with open(p, 'rb') as f:
        return f.read()
def attempt(fn):
    try:
        r = fn()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# encodings on write
for enc in ['latin-1', 'utf-8', 'ascii', 'cp1252', 'utf-16', 'utf-16-le', 'utf-32', 'utf-8-sig', 'UTF8', 'Latin-1']:
    with open(p, 'w', encoding=enc, errors='replace') as f:
        f.write('caf\xe9 \u20ac\n')
        f.write('two')
        print(enc, f.encoding, f.errors if hasattr(f, 'errors') else '-')
    print(raw())
    with open(p, encoding=enc) as f:
        attempt(f.read)
    with open(p, encoding=enc) as f:
        attempt(lambda: [f.read(2), f.read(3), f.readline(), f.read()])
# strict errors
with open(p, 'w', encoding='ascii') as f:
    attempt(lambda: f.write('\xe9'))
with open(p, 'wb') as f:
    f.write(b'ok\xff\xfe bad\n')
with open(p) as f:
    attempt(f.read)
with open(p, errors='replace') as f:
    attempt(f.read)
with open(p, errors='ignore') as f:
    attempt(f.readline)
with open(p, encoding='latin-1') as f:
    attempt(f.read)
with open(p, 'wb') as f:
    f.write(b'abc\xe2\x82')
with open(p) as f:
    attempt(f.read)
with open(p, 'rb') as f:
    attempt(lambda: [f.readline(), f.readline(2)])
# newline modes
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
    print(repr(nl), raw())
    for rnl in [None, '', '\n', '\r', '\r\n']:
        with open(p, newline=rnl) as f:
            print('  ', repr(rnl), list(f))
with open(p, 'w') as f:
    f.write('line one\nline two\n')
with open(p) as f:
    print(repr(f.readline(4)), repr(f.readline(100)), repr(f.readline(0)), repr(f.readline(-1)))
for bad in [dict(encoding='nope'), dict(newline='x'), dict(newline=5), dict(encoding=5), dict(errors=5)]:
    attempt(lambda: open(p, **bad))
for bad in [dict(encoding='utf-8'), dict(errors='strict'), dict(newline='')]:
    attempt(lambda: open(p, 'rb', **bad))
class P:
    def __fspath__(self): return p
with open(P()) as f:
    print(f.read(4))
with open(p.encode()) as f:
    print(f.read(4))
class Bad:
    def __fspath__(self): return 5
attempt(lambda: open(Bad()))
attempt(lambda: open(1.5))
# append with BOM codec does not repeat the BOM
with open(p, 'w', encoding='utf-16') as f:
    f.write('ab')
with open(p, 'a', encoding='utf-16') as f:
    f.write('cd')
print(raw())
with open(p, encoding='utf-16') as f:
    print(repr(f.read()))
# tell/seek with a non-UTF-8 codec
with open(p, 'w', encoding='latin-1') as f:
    f.write('\xe9t\xe9\nsecond\n')
with open(p, encoding='latin-1') as f:
    print(repr(f.readline()), f.tell(), repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.read()))
big = ''.join(chr(0x400 + i % 300) for i in range(20000))
with open(p, 'w') as f:
    f.write(big)
with open(p) as f:
    chunks = []
    while True:
        c = f.read(777)
        if not c: break
        chunks.append(c)
print(''.join(chunks) == big, len(chunks))
import shutil; shutil.rmtree(d)
