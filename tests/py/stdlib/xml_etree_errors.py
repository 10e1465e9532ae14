# ParseError messages, codes and positions for malformed XML, as expat
# reports them through xml.etree.ElementTree.
import io
import xml.etree.ElementTree as ET

cases = [
    "", "   ", "<a>", "<a></b>", "<a>&</a>", "<a>&foo;</a>",
    '<!DOCTYPE a [<!ENTITY x "y">]><a>&foo;</a>',
    '<!DOCTYPE a SYSTEM "foo"><a>&foo;</a>',
    '<!DOCTYPE a PUBLIC "p" "s"><a>\n  &bar;</a>',
    '<!DOCTYPE a [ %pe; ]><a>&foo;</a>',
    '<!DOCTYPE a [<!ENTITY x "<b>">]><a>&x;</b></a>',
    '<!DOCTYPE a [<!ENTITY x "&x;">]><a>&x;</a>',
    '<!DOCTYPE a [<!ENTITY x "<">]><a b="&x;"/>',
    '<?xml version="1.0" standalone="yes"?><!DOCTYPE a SYSTEM "x"><a>&foo;</a>',
    "<a/><b/>", "<a/>x", "<a/>\n\n  junk", '<a x="1" x="2"/>', "<x:a/>",
    '<a x:y="1"/>', "<a><\u00e9></a>", "<a>\u00e9</b>", "<a>\n<b></c></a>",
    "<a>&#0;</a>", "<a>&#xD800;</a>", "<a>&#1114112;</a>", "<a>\x01</a>",
    "<a>\x00</a>", "<a\x01/>", "<a><!--\x01--></a>", "<a><![CDATA[x</a>",
    "<a><!-- x -- y --></a>", "<a><!--x---></a>", "<a><?xml x?></a>",
    ' <?xml version="1.0"?><a/>', "<a b=1/>", '<a b="<"/>', '<a b="&foo;"/>',
    "<a><b", "<a><b>", "<a><!--", "<a>]]></a>", "<a>x]y]]>z</a>",
    '<a xmlns:x=""/>', '<a xmlns:xml="foo"/>', '<a xmlns:xmlns="foo"/>',
    '<a xmlns:p="http://www.w3.org/XML/1998/namespace"/>',
    "<1a/>", "<a></a >", "<a></ a>", '<a x="1"y="2"/>', "<a b/>", "<a b=/>",
    '<a =""/>', '<a b c="1"/>', "<a><b/ ></a>", "<a></a><", "<a></a>&amp;",
    "<a/><!DOCTYPE a>", "<!DOCTYPE a><!DOCTYPE a><a/>", '<?xml version="1.0"?>',
    '<?xml version="1.0"?>\n<?xml version="1.0"?><a/>', "<?xml?><a/>",
    '<?xml version="1.0"encoding="utf-8"?><a/>', '<?xml encoding="utf-8"?><a/>',
    '<?xml version="1.0" standalone="maybe"?><a/>', '<?xml version="1.0" foo="1"?><a/>',
    "<a>&#x;</a>", "<a>&#65a;</a>", "<a>&am", "<a>&#0</a>", '<a b="&#0;"/>',
    '<a b="&#x;"/>', '<a b="&amp"/>', "<a:b xmlns:a='u'></a:c>",
    "<a xmlns:a='u'><a:b></b></a>", "<a xmlns:a='u' xmlns:b='u' a:x='1' b:x='2'/>",
    "<a:b:c xmlns:a='u'/>", "<a :b='1'/>", "<:a/>", "<a xmlns:='u'/>",
    "x<a/>", "&amp;<a/>", "<![CDATA[x]]><a/>", "</a>", "<!x>", "<a><!x></a>",
    "<a><!-x></a>", "<a><![CDAT></a>", "<!-x>", "<![x>", "<!DOCTYPE>",
    "<!DOCTYPE a SYSTEM><a/>", "<!DOCTYPE a [ <!FOO> ]><a/>", "<?pi",
    "<?1x?><a/>", "<?x y?>", "<a><?XmL x?></a>", "<a>\n\n   &foo;</a>",
    "<a>\r\n<b>\r\n</a>", "<r>\n  <a>\n  </b>\n</r>",
]
for text in cases:
    try:
        root = ET.fromstring(text)
        print(repr(text), "->", ET.tostring(root))
    except ET.ParseError as e:
        print(repr(text), "->", e, e.code, e.position)

print(issubclass(ET.ParseError, SyntaxError))

# bytes input
for data in [b"<a>\xff</a>", b"<a>\xc3</a>", b"<a>\xc3", b"<a>\xe9</b>",
             b"<a>\xc3\xa9</b>"]:
    try:
        ET.fromstring(data)
    except ET.ParseError as e:
        print(data, "->", e, e.code, e.position)
try:
    ET.fromstring(b'<?xml version="1.0" encoding="no-such-codec"?><a/>')
except LookupError as e:
    print("LookupError", e)
try:
    ET.XMLParser().feed(3)
except TypeError as e:
    print("TypeError", e)

# errors found across several feeds keep their document position
p = ET.XMLParser()
p.feed("<root>\n  <a>")
p.feed("text</a>\n  <b>")
try:
    p.feed("</c>")
except ET.ParseError as e:
    print(e, e.position)
p = ET.XMLParser()
p.feed("<root>")
try:
    p.close()
except ET.ParseError as e:
    print(e, e.code)

# iterparse reports the events before the error, then raises
try:
    for event, elem in ET.iterparse(io.BytesIO(b"<r><a/><b>\n</r>")):
        print(event, elem.tag)
except ET.ParseError as e:
    print("ParseError", e)

# parse() of a malformed file object
try:
    ET.parse(io.BytesIO(b"<doc><unclosed></doc>"))
except ET.ParseError as e:
    print("ParseError", e, e.position)
