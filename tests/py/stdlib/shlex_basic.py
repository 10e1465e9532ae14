# shlex: split() in POSIX and compatibility modes, the shlex tokenizer
# with punctuation_chars and whitespace_split, quote() and join().
import shlex, random
cases = ['a b c', '"a b" c', "a 'b c' d", 'a\\ b', 'a"b"c', "a'b'\"c\"", 'a # comment\nb', 'x=1 y="2 3"', '"unterminated', "'x", 'a\\', '"a\\"b"', "'a\\'", '"a\\\\b"', '"a\\nb"', '', '   ', 'a;b|c&&d', 'ls -l /tmp/*.py > out.txt 2>&1', '""', "''", 'a "" b', 'é ü', '(a)', 'a\tb\nc', '"#x" #y', 'a#b', "foo\\\nbar"]
for c in cases:
    for posix in (True, False):
        for comments in (False, True):
            try: print(repr(c), posix, comments, shlex.split(c, comments=comments, posix=posix))
            except Exception as e: print(repr(c), posix, comments, type(e).__name__, e)
    for pc in (True, '|;', False):
        for ws in (False, True):
            for posix in (False, True):
                try:
                    lx = shlex.shlex(c, posix=posix, punctuation_chars=pc)
                    lx.whitespace_split = ws
                    print(' ', pc, ws, posix, list(lx), lx.lineno)
                except Exception as e: print(' ', pc, ws, posix, type(e).__name__, e)
for s in ['', 'abc', 'a b', "it's", 'a@b%c+d=e:f,g./-h', 'é', '$HOME', 'a\nb', '"']:
    print(repr(shlex.quote(s)))
print(shlex.join(['a b', "c'd", 'e']))
for bad in [None, 1, b'x']:
    try: print(shlex.quote(bad))
    except Exception as e: print(type(e).__name__, e)
try: shlex.split(None)
except Exception as e: print(type(e).__name__, e)
lx = shlex.shlex('a b c d', posix=True)
print(lx.get_token(), lx.get_token()); lx.push_token('zz'); print(lx.get_token(), lx.get_token(), lx.error_leader(), lx.error_leader('f', 3))
lx.push_source('x y'); print(list(lx))
print(shlex.shlex().wordchars, shlex.shlex(posix=True).wordchars, shlex.shlex('', punctuation_chars=True).wordchars, shlex.shlex('', punctuation_chars=True).punctuation_chars)
lx = shlex.shlex('a "b c" d', posix=False); print(lx.get_token(), lx.get_token(), lx.get_token(), repr(lx.get_token()), repr(lx.get_token()))
lx = shlex.shlex('x ++ y', punctuation_chars='+'); print(list(lx))
lx = shlex.shlex("a && b || c", punctuation_chars=True); print(list(lx))
lx = shlex.shlex("~/a && b-c --color=auto || d *.py ?q", punctuation_chars=True); print(list(lx))
r = random.Random(3)
for i in range(400):
    s = ''.join(r.choice('ab "\'\\#;|&()\n\t=-.') for _ in range(r.randrange(12)))
    out = []
    for posix in (False, True):
        for pc in (False, True):
            for ws in (False, True):
                try:
                    lx = shlex.shlex(s, posix=posix, punctuation_chars=pc); lx.whitespace_split = ws
                    out.append(list(lx))
                except ValueError as e: out.append(str(e))
    print(repr(s), out)


class Stream:
    """A file-like object with only read() and readline()."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def read(self, n):
        s = self.text[self.pos:self.pos + n]
        self.pos += len(s)
        return s

    def readline(self):
        end = self.text.find("\n", self.pos)
        end = len(self.text) if end < 0 else end + 1
        s = self.text[self.pos:end]
        self.pos = end
        return s

    def close(self):
        pass


lx = shlex.shlex(Stream("one two # note\nthree 'four five'"), infile="cfg", posix=True)
toks = []
while True:
    t = lx.get_token()
    if t is None:
        break
    toks.append((t, lx.lineno))
print(toks, lx.error_leader())
lx = shlex.shlex("a b", posix=False)
print(repr(lx.get_token()), repr(lx.get_token()), repr(lx.get_token()), lx.eof == "")
lx = shlex.shlex("x 'y z' w")
lx.quotes = ""
lx.wordchars += "'"
print(list(lx))
lx = shlex.shlex("a:b,c", posix=True)
lx.whitespace = ":,"
print(list(lx))
lx = shlex.shlex("a %b c%d", posix=True)
lx.escape = "%"
print(list(lx))
lx = shlex.shlex('"a %" b" c', posix=True)
lx.escape = "%"
lx.escapedquotes = '"'
print(list(lx))
try:
    lx = shlex.shlex("a", punctuation_chars=True)
    lx.punctuation_chars = "x"
except AttributeError as e:
    print("AttributeError")
