# html.parser.HTMLParser fed in pieces, broken markup, reset/close, the
# default handlers and a batch of generated documents.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def rec(self, *args):
        self.events.append(args + (self.getpos(),))

    def handle_starttag(self, tag, attrs):
        self.rec('start', tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self.rec('end', tag)

    def handle_data(self, data):
        self.rec('data', data)

    def handle_comment(self, data):
        self.rec('comment', data)

    def handle_entityref(self, name):
        self.rec('entityref', name)

    def handle_charref(self, name):
        self.rec('charref', name)

    def handle_decl(self, decl):
        self.rec('decl', decl)

    def handle_pi(self, data):
        self.rec('pi', data)

    def unknown_decl(self, data):
        self.rec('unknown_decl', data)


def run(doc, cuts, cc, cls=Recorder):
    p = cls(convert_charrefs=cc)
    try:
        pos = 0
        for c in cuts:
            p.feed(doc[pos:c])
            pos = c
            p.events.append('|')
        p.feed(doc[pos:])
        p.events.append('|')
        p.close()
    except AssertionError as e:
        p.events.append(('AssertionError', str(e)))
    return p.events, p.rawdata, p.getpos()


print('-- every split point gives the same events as one feed')
doc = ('<p class="x" id=y>Caf&eacute; &amp; &#233;t&#xE9; <b>bold</b></p>'
       '<!-- note --><script>var a = "<b>";</script><br/>&lt;end&gt;')
for cc in (True, False):
    whole = [e for e in run(doc, [], cc)[0] if e != '|']
    print(cc, len(whole))
    for cut in range(len(doc) + 1):
        events = [e for e in run(doc, [cut], cc)[0] if e != '|']
        # Text may come in more pieces; compare the joined text and tags.
        def norm(evs):
            out = []
            for e in evs:
                if e[0] == 'data' and out and out[-1][0] == 'data':
                    out[-1] = ('data', out[-1][1] + e[1])
                else:
                    out.append(e[:2])
            return out
        if norm(events) != norm(whole):
            print('  differs at', cut, norm(events))

print('-- pieces')
cases = [
    ('<a href="x">y</a>', [2, 9]),
    ('a &amp; b', [3, 5]),
    ('a &amp; b', [4]),
    ('x &a', []), ('x &ab', []), ('x &#', []), ('x &#1', []), ('&#12a;x', []),
    ('&#12a', []), ('a&amp', []), ('&a-b', []), ('&a.b.', []), ('&#x41g', []),
    ('<script>abc', []), ('<script>abc</scr', [14]), ('<script>a</script', []),
    ('<style>a</style\n>b', []), ('<style>a</ style >b', []), ('<!-- x', []), ('<!-- x --', [8]),
    ("<a b='x>", []), ('<a b="x" /', []), ('<a', []), ('<', []), ('</a', []), ('<!', []),
    ('<?pi', []), ('<!DOCTYPE', []), ('<![CDATA[x', []), ('<![CDATA[x]] >y', []),
    ('<![if x]>', []), ('<![foo[x]]>', []), ('<![ x', []), ('<![', []), ('<![CDATA', []),
    ('text & more', []), ('text &', []), ('&&&', []), ('& #', []),
    ('a\nb\n<p>\nc</p\n>\n', [3, 6]),
    ('&' + 'x' * 40, [10]), ('x' * 40 + '&amp', [30]),
]
for doc, cuts in cases:
    for cc in (True, False):
        print(repr(doc), cuts, cc, run(doc, cuts, cc))

print('-- default handlers and state')


class StartOnly(HTMLParser):
    def __init__(self):
        super().__init__()
        self.log = []

    def handle_starttag(self, tag, attrs):
        self.log.append(('start', tag, attrs))

    def handle_endtag(self, tag):
        self.log.append(('end', tag))


p = StartOnly()
p.feed('<br/><img src=x />')
p.close()
print(p.log, p.lasttag, p.get_starttag_text())
p.reset()
print(repr(p.rawdata), p.getpos(), p.lasttag, p.get_starttag_text(), p.cdata_elem)
p.feed('<script>')
print(p.cdata_elem)
p.feed('x</script>')
print(p.cdata_elem, p.log[-2:])
p.feed('<p>unfinished <b')
print(repr(p.rawdata), p.getpos())
p.close()
print(repr(p.rawdata), p.getpos())
plain = HTMLParser()
plain.feed('<p>anything &amp; <!-- --> <?x?></p>')
plain.close()
print(plain.getpos(), plain.convert_charrefs, HTMLParser(convert_charrefs=False).convert_charrefs)
try:
    HTMLParser(True)
except TypeError as e:
    print('TypeError', e)


class Pre(Recorder):
    CDATA_CONTENT_ELEMENTS = ('pre', 'script')


print(run('<pre><b>x</b></PRE><b>y</b>', [], True)[0])

print('-- generated documents')
pieces = ['<', '>', '/', '</', '<!', '<!--', '-->', '-', '<?', '<![', ']]>', ']', 'CDATA[',
          'a', 'p', 'script', 'STYLE', 'x', '=', '"', "'", ' ', '\n', '\t', '\x00',
          '&', '&#', '&#x', '&amp', ';', '1', 'f', 'g', '&lt;', '&nbsp', '<!DOCTYPE', 'x-y',
          '==', '\u00e9', '<a ', '</a>', '</script>', '<br/>', '<p class="q">', 'b=c', '/>']
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


for i in range(150):
    doc = ''.join(pieces[rand(len(pieces))] for _ in range(1 + rand(18)))
    cuts = sorted(rand(len(doc) + 1) for _ in range(rand(3)))
    print(repr(doc), cuts)
    for cc in (True, False):
        print('  ', run(doc, cuts, cc, Pre if i % 3 == 0 else Recorder))
