# html.parser.HTMLParser on ordinary documents: the callbacks, their
# arguments, getpos() and get_starttag_text().
from html.parser import HTMLParser
import html.parser


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

    def handle_startendtag(self, tag, attrs):
        self.rec('startend', tag, attrs)

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


def parse(doc, **kw):
    p = Recorder(**kw)
    try:
        p.feed(doc)
        p.close()
    except Exception as e:
        p.events.append((type(e).__name__, str(e)))
    return p.events


def show(doc):
    print(repr(doc))
    for cc in (True, False):
        print('  convert_charrefs=%s' % cc)
        for ev in parse(doc, convert_charrefs=cc):
            print('    ', ev)


print(html.parser.__all__, HTMLParser.CDATA_CONTENT_ELEMENTS)

docs = [
    '<!DOCTYPE html>\n<html lang="en">\n<head><title>Test &amp; page</title></head>\n'
    '<body class="main" id=\'b\'>\n<p>Hello, <b>world</b>!</p>\n</body>\n</html>\n',
    '<a href="http://x.org/?a=1&amp;b=2" title=\'it&#39;s\' data-x=plain checked>link</a>',
    '<img src="a.png" alt="" /><br/><br /><hr>',
    '<DIV CLASS="Up">MiXeD</Div>',
    '<p>a &lt; b &gt; c &amp; d &quot;e&quot; &#65;&#x42;&#X43; &copy; &unknown; &nbsp</p>',
    '<!-- a comment --><!----><!-- -- --><!--x-- >',
    '<?xml version="1.0"?><?php echo 1 ?>',
    '<![CDATA[raw <stuff>]]><![if !IE]>x<![endif]>',
    '<!ELEMENT br EMPTY><!bogus comment>',
    '<script>if (a < b && c > d) { document.write("</p>"); }</script>after',
    '<style type="text/css">p > a { color: red; } /* &amp; */</style>',
    '<SCRIPT>x = "</scriptx>";</SCRIPT >done',
    '<script>a</script foo>b</script>',
    '<textarea><b>not bold</b></textarea>',
    'text with no tags at all',
    'a < b and c > d',
    'a<',
    '<a b="1" c=\'2\' d=3 e f="" g=\'\'>',
    '<a b = "spaced" c  =  x>',
    '<a b="unclosed>text',
    '<a b=\'x"y\' c="x\'y">',
    '<a href=x/y/>',
    '<a ==x b=>',
    '</>',
    '</ a>',
    '</a b="c">',
    '</3>',
    '<3>',
    '<>',
    '<a/b>',
    '<a\x00b>',
    '<br\nclass="x"\n/>',
    'line1\nline2\n<p\nid="x">\n\ntext</p>',
    '&amp;&amp',
    '&#x;&#;&#1a;',
    '<p title="&lt;tag&gt; &amp;amp; &#x27;">',
    '<a b="&amp" c="&ampx" d="&#65">',
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">',
    '<!doctype html><p>x',
]
for doc in docs:
    show(doc)
