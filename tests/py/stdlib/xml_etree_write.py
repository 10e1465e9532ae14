# Serialization: tostring, tostringlist, ElementTree.write, namespaces,
# html and text methods, indent and dump.
import io
import os
import tempfile
import xml.etree.ElementTree as ET


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


e = ET.Element("a", b='x\r\ny\tz"<>&\'', c="plain")
e.text = 'text\r\n<>&"\' caf\u00e9 \u20ac'
child = ET.SubElement(e, "kid")
child.tail = "tail & more"
ET.SubElement(e, "empty")
show("default", lambda: ET.tostring(e))
show("unicode", lambda: ET.tostring(e, encoding="unicode"))
show("utf-8", lambda: ET.tostring(e, encoding="utf-8"))
show("UTF-8 decl", lambda: ET.tostring(e, encoding="UTF-8", xml_declaration=True))
show("latin-1", lambda: ET.tostring(e, encoding="latin-1"))
show("ISO-8859-1", lambda: ET.tostring(e, encoding="ISO-8859-1"))
show("us-ascii decl", lambda: ET.tostring(e, "us-ascii", xml_declaration=True))
show("no decl", lambda: ET.tostring(e, "latin-1", xml_declaration=False))
show("unicode decl", lambda: ET.tostring(e, "unicode", xml_declaration=True))
show("utf-16", lambda: ET.tostring(ET.Element("s"), encoding="utf-16"))
show("html", lambda: ET.tostring(e, method="html"))
show("text", lambda: ET.tostring(e, method="text"))
show("text unicode", lambda: ET.tostring(e, encoding="unicode", method="text"))
show("long empty", lambda: ET.tostring(e, short_empty_elements=False))
show("bad method", lambda: ET.tostring(e, method="json"))
show("list", lambda: b"".join(ET.tostringlist(e)) == ET.tostring(e))
show("list unicode", lambda: "".join(ET.tostringlist(e, encoding="unicode")))

# html specifics
h = ET.fromstring("<html><head><script>if (a &lt; b &amp;&amp; c) {}</script>"
                  "<style>p > a {}</style><META charset='x'/></head>"
                  "<body><p a='&lt;&amp;&gt;&quot;'>x<br/>y<img src='i'/></p>"
                  "<textarea></textarea><!-- c&lt; --></body></html>")
show("html doc", lambda: ET.tostring(h, method="html", encoding="unicode"))
show("html pi", lambda: ET.tostring(ET.PI("php", "echo 1 < 2"), method="html"))
for tag in ["area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "div", "Br"]:
    print(tag, ET.tostring(ET.Element(tag), method="html"))

# comments, PIs, None tags, QNames
r = ET.Element("r")
r.append(ET.Comment(" a < b "))
r.append(ET.PI("target", "x & y"))
wrapper = ET.SubElement(r, None)
wrapper.text = "inner text "
ET.SubElement(wrapper, "w")
show("special", lambda: ET.tostring(r, encoding="unicode"))
show("tag None", lambda: ET.tostring(ET.Element(None)))
q = ET.Element(ET.QName("urn:q", "tag"), {ET.QName("urn:q", "at"): ET.QName("urn:v", "val")})
show("qname", lambda: ET.tostring(q))

# namespaces and prefixes
ns = ET.Element("{urn:one}root", {"{urn:two}a": "1", "{urn:one}b": "2", "c": "3"})
ET.SubElement(ns, "{urn:three}kid")
ET.SubElement(ns, "{http://www.w3.org/XML/1998/namespace}lang")
ET.SubElement(ns, "{http://www.w3.org/2001/XMLSchema-instance}type")
show("ns", lambda: ET.tostring(ns, encoding="unicode"))
ns2 = ET.Element("{urn:one}root", {"{urn:two}a": "1"})
ET.SubElement(ns2, "{urn:one}kid")
show("default ns", lambda: ET.tostring(ns2, encoding="unicode", default_namespace="urn:one"))
show("default ns unqualified", lambda: ET.tostring(ns, default_namespace="urn:one"))
ET.register_namespace("one", "urn:one")
show("registered", lambda: ET.tostring(ns2, encoding="unicode"))
ET.register_namespace("uno", "urn:one")
show("re-registered", lambda: ET.tostring(ns2, encoding="unicode"))
show("reserved", lambda: ET.register_namespace("ns12", "urn:x"))
show("empty uri", lambda: ET.tostring(ET.Element("{}a", {"{}b": "1"})))

# bad values
show("int text", lambda: ET.tostring(ET.Element("a", x=1)))
bad = ET.Element("a")
bad.text = 5
show("int body", lambda: ET.tostring(bad))
show("int tag", lambda: ET.tostring(ET.Element(3)))
show("not element", lambda: ET.tostring("x"))

# ElementTree.write to files and streams
tree = ET.ElementTree(ET.fromstring("<doc><p>caf\u00e9</p><q/></doc>"))
buf = io.BytesIO()
tree.write(buf)
print(buf.getvalue())
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
buf = io.BytesIO()
tree.write(buf, "iso-8859-1")
print(buf.getvalue())
sbuf = io.StringIO()
tree.write(sbuf, encoding="unicode")
print(sbuf.getvalue())
sbuf = io.StringIO()
tree.write(sbuf, encoding="unicode", method="text")
print(repr(sbuf.getvalue()))
buf = io.BytesIO()
tree.write(buf, short_empty_elements=False, method="xml")
print(buf.getvalue())
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "out.xml")
tree.write(path, encoding="utf-8")
with open(path, "rb") as f:
    print(f.read())
tree.write(path, encoding="unicode")
with open(path, encoding="utf-8") as f:
    print(f.read())
show("write bad method", lambda: tree.write(io.BytesIO(), method="nope"))

# round trip
text = ('<a xmlns:h="http://www.w3.org/1999/xhtml" x="&#10;"><h:b>1</h:b>'
        '<c d="&quot;&apos;"/></a>')
print(ET.tostring(ET.fromstring(text), encoding="unicode"))

# indent
doc = ET.fromstring("<a><b><c>text</c><d/></b><e>  </e><f>keep</f></a>")
ET.indent(doc)
print(ET.tostring(doc, encoding="unicode"))
ET.indent(doc, space="\t", level=1)
print(repr(ET.tostring(doc, encoding="unicode")))
t = ET.ElementTree(ET.fromstring("<x><y/></x>"))
ET.indent(t, "    ")
print(ET.tostring(t.getroot(), encoding="unicode"))
show("indent level", lambda: ET.indent(doc, level=-1))
single = ET.Element("only")
ET.indent(single)
print(ET.tostring(single))

# dump
ET.dump(ET.fromstring("<d a='1'><e>x</e></d>"))
ET.dump(ET.ElementTree(ET.Element("tree")))
tailed = ET.Element("t")
tailed.tail = "end\n"
ET.dump(tailed)
