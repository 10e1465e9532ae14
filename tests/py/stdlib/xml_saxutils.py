# xml.sax.saxutils: escape, unescape, quoteattr and XMLGenerator.
import io
from xml.sax import saxutils
from xml.sax.saxutils import XMLGenerator, escape, quoteattr, unescape

print(escape("a < b & c > d"))
print(escape("abc", {"b": "[B]"}))
print(escape("x\"y'z"))
print(unescape("&lt;tag&gt; &amp;amp; &quot;"))
print(unescape("&foo; bar", {"&foo;": "FOO"}))
print(unescape(escape("round < & > trip")))
for value in ["plain", 'has "double"', "has 'single'", "both \" and '",
              "multi\nline\ttab\rcr", "<&>"]:
    print(quoteattr(value))
print(quoteattr("x y", {" ": "&#32;"}))


class Attrs(dict):
    pass


out = io.StringIO()
gen = XMLGenerator(out)
gen.startDocument()
gen.startElement("root", Attrs(a="1 < 2", b='"q"'))
gen.characters("text & <more>")
gen.startElement("empty", {})
gen.endElement("empty")
gen.ignorableWhitespace("\n  ")
gen.processingInstruction("pi", "data")
gen.endElement("root")
gen.endDocument()
print(out.getvalue())

out = io.StringIO()
gen = XMLGenerator(out, short_empty_elements=True)
gen.startElement("a", {})
gen.startElement("b", {"x": "1"})
gen.endElement("b")
gen.characters("")
gen.startElement("c", {})
gen.characters("c text")
gen.endElement("c")
gen.endElement("a")
print(out.getvalue())

out = io.BytesIO()
gen = XMLGenerator(out, encoding="utf-8")
gen.startDocument()
gen.startElement("caf\u00e9", {})
gen.characters("\u20ac")
gen.endElement("caf\u00e9")
gen.endDocument()
print(out.getvalue())

out = io.BytesIO()
gen = XMLGenerator(out)
gen.startDocument()
gen.startElement("e", {})
gen.characters("caf\u00e9 \u20ac")
gen.endElement("e")
print(out.getvalue())

out = io.StringIO()
gen = XMLGenerator(out)
gen.startPrefixMapping("p", "urn:p")
gen.startPrefixMapping(None, "urn:default")
gen.startElementNS(("urn:default", "root"), None, {("urn:p", "at"): "v", (None, "plain"): "w"})
gen.startElementNS(("urn:p", "kid"), None, {})
gen.endElementNS(("urn:p", "kid"), None)
gen.startElementNS(("http://www.w3.org/XML/1998/namespace", "lang"), None, {})
gen.endElementNS(("http://www.w3.org/XML/1998/namespace", "lang"), None)
gen.startElementNS((None, "local"), None, {})
gen.endElementNS((None, "local"), None)
gen.endElementNS(("urn:default", "root"), None)
gen.endPrefixMapping(None)
gen.endPrefixMapping("p")
print(out.getvalue())
print(saxutils.escape.__name__)
