# Parsing with xml.etree.ElementTree: fromstring, parse, iterparse,
# XMLPullParser, XMLParser targets, TreeBuilder, namespaces and entities.
import io
import os
import tempfile
import xml.etree.ElementTree as ET


def s(elem):
    return ET.tostring(elem, encoding="unicode")


def dump_tree(elem, depth=0):
    tag = elem.tag if isinstance(elem.tag, str) else elem.tag.__name__
    print("  " * depth + repr(tag), elem.attrib, repr(elem.text), repr(elem.tail))
    for child in elem:
        dump_tree(child, depth + 1)


doc = """<?xml version="1.0" encoding="utf-8"?>
<!-- leading comment -->
<!DOCTYPE catalog>
<catalog version="2">
  <book id="b1" lang='en'>
    <title>Python &amp; XML</title>
    <price cur="EUR">10.50</price>
  </book>
  <book id="b2">
    <title><![CDATA[<Raw> & "cdata"]]></title>
    <note>line1
line2&#10;&#x41;&#66;</note>
  </book>
  <?render fast?>
  <empty/>
</catalog>
<!-- trailing -->
"""
root = ET.fromstring(doc)
dump_tree(root)
print(s(root))

# line ends and attribute normalization
r = ET.fromstring('<a x="1\r\n2\t3\n4" y="&#10;&#9;&#13;">l1\r\nl2\rl3</a>')
print(repr(r.get("x")), repr(r.get("y")), repr(r.text))
print(repr(ET.fromstring("<a>\u00e9\u4e2d\U0001F600</a>").text))
print(repr(ET.fromstring("<a b='\"' c=\"'\"/>").attrib))
print(repr(ET.fromstring("<a>&lt;&gt;&amp;&apos;&quot;</a>").text))
print(ET.fromstring("<\u00e9l\u00e8ve a\u00ef='1'/>").attrib)

# bytes and encodings
print(repr(ET.fromstring(b"<a>caf\xc3\xa9</a>").text))
print(repr(ET.fromstring(b"<?xml version='1.0' encoding='iso-8859-1'?><a>caf\xe9</a>").text))
print(repr(ET.fromstring("<a>\u20ac</a>".encode("utf-16")).text))
print(repr(ET.fromstring(b"\xef\xbb\xbf<a>bom</a>").text))
print(repr(ET.fromstring("\ufeff<a>bom</a>").text))
print(repr(ET.XML(b"<a>x</a>", ET.XMLParser(encoding="latin-1")).text))
print(repr(ET.fromstringlist(["<a>", "te", "xt</a>"]).text))
print(repr(ET.fromstringlist([b"<a>\xc3", b"\xa9</a>"]).text))

# namespaces
ns_doc = """<r xmlns="urn:default" xmlns:p="urn:p">
  <p:item p:attr="1" plain="2"/>
  <item xmlns="">
    <inner/>
  </item>
  <p:x xmlns:p="urn:other"/>
  <q xml:lang="fr"/>
</r>"""
nr = ET.fromstring(ns_doc)
for e in nr.iter():
    print(e.tag, e.attrib)

# XMLID
tree, ids = ET.XMLID('<a><b id="one"/><c id="two"><d id="three"/></c></a>')
print(tree.tag, sorted(ids), ids["three"].tag)

# parse from a file object and a file name
tree = ET.parse(io.BytesIO(b"<doc><p>text</p></doc>"))
print(type(tree).__name__, tree.getroot().tag, tree.find("p").text)
tree = ET.parse(io.StringIO("<doc><p>string io</p></doc>"))
print(tree.findtext("p"))
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "in.xml")
with open(path, "wb") as f:
    f.write(b"<file><x>1</x><x>2</x></file>")
print([x.text for x in ET.parse(path).getroot()])
t2 = ET.ElementTree(file=path)
print(t2.getroot().tag)

# iterparse
events = ("start", "end", "start-ns", "end-ns", "comment", "pi")
src = b'<a xmlns:x="urn:x"><!--c--><x:b k="v">t</x:b><?p d?></a>'
for event, item in ET.iterparse(io.BytesIO(src), events):
    if event in ("start", "end"):
        print(event, item.tag, item.attrib)
    elif event in ("comment", "pi"):
        print(event, repr(item.text))
    else:
        print(event, item)
it = ET.iterparse(io.BytesIO(b"<a><b/><c/></a>"))
print(it.root)
print([(ev, el.tag) for ev, el in it])
print(it.root.tag)
for ev, el in ET.iterparse(path, ("end",)):
    print(ev, el.tag, el.text)

# XMLPullParser
pp = ET.XMLPullParser(["start", "end"])
pp.feed("<root><a>te")
print([(ev, el.tag) for ev, el in pp.read_events()])
pp.feed("xt</a><b/>")
print([(ev, el.tag, el.text) for ev, el in pp.read_events()])
pp.feed("</root>")
pp.close()
print([(ev, el.tag) for ev, el in pp.read_events()])
pp = ET.XMLPullParser()
pp.feed("<r><a/></r>")
print([(ev, el.tag) for ev, el in pp.read_events()])
pp = ET.XMLPullParser(["end"])
pp.feed("<r><a/><b></c></r>")
try:
    for ev, el in pp.read_events():
        print(ev, el.tag)
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
try:
    ET.XMLPullParser(["bogus"])
except ValueError as e:
    print("ValueError", e)


# custom targets
class Recorder:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, data):
        self.log.append(("data", data))

    def comment(self, text):
        self.log.append(("comment", text))

    def pi(self, target, data):
        self.log.append(("pi", target, data))

    def start_ns(self, prefix, uri):
        self.log.append(("start_ns", prefix, uri))

    def end_ns(self, prefix):
        self.log.append(("end_ns", prefix))

    def doctype(self, name, pubid, system):
        self.log.append(("doctype", name, pubid, system))

    def close(self):
        return self.log


def record(text):
    parser = ET.XMLParser(target=Recorder())
    parser.feed(text)
    for item in parser.close():
        print("   ", item)


record('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
       '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
       '<html xmlns="http://www.w3.org/1999/xhtml"><p>a\nb&amp;c</p></html>')
record("<?pi   spaced data ?><r><!-- c1 --><![CDATA[x\ny]]>&#65;z</r><?post?>")
record('<!DOCTYPE r SYSTEM "r.dtd"><r/>')


class Minimal:
    def start(self, tag, attrib):
        print("start", tag)

    def close(self):
        return "closed"


p = ET.XMLParser(target=Minimal())
p.feed("<a>text<!--c--><b/></a>")
print(p.close())

# TreeBuilder directly and its options
tb = ET.TreeBuilder()
tb.start("root", {"k": "v"})
tb.data("hello")
tb.data(" world")
tb.start("child", {})
tb.end("child")
tb.data("tail")
print(s(tb.end("root")), s(tb.close()))
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
r = ET.fromstring("<!--out--><r><!--in--><?p q?>x</r>", ET.XMLParser(target=tb))
print(s(r))
tb = ET.TreeBuilder(comment_factory=lambda t: ET.Element("cm", text=t),
                    insert_comments=True)
print(s(ET.fromstring("<r><!--hi--></r>", ET.XMLParser(target=tb))))
print(ET.TreeBuilder().close())

# entities from an internal subset, and the parser's entity dict
r = ET.fromstring('<!DOCTYPE r [<!ENTITY who "world"><!ENTITY both "&who; &#33;"> '
                  '<!ENTITY mark "<b>bold</b>">]><r a="&who;">hello &both; &mark;</r>')
print(s(r))
r = ET.fromstring('<!DOCTYPE r [<!ATTLIST r x CDATA "dx" y (a|b) #IMPLIED z CDATA #FIXED "fz">]>'
                  '<r z="given"/>')
print(r.attrib)
p = ET.XMLParser()
p.entity["custom"] = "CUSTOM"
p.feed('<!DOCTYPE r SYSTEM "ext.dtd"><r>&custom;</r>')
print(s(p.close()))
print(ET.XMLParser().version.split()[0])

# incremental feeding, one character at a time
p = ET.XMLParser()
for ch in '<?xml version="1.0"?>\r\n<a b="1">x&amp;y<c/>\r\n<!--z--></a>':
    p.feed(ch)
print(s(p.close()))
p = ET.XMLParser()
for b in "<a>\u00e9\u20ac</a>".encode("utf-8"):
    p.feed(bytes([b]))
print(s(p.close()))
