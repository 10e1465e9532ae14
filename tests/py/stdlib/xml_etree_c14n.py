# Canonical XML (C14N 2.0) with xml.etree.ElementTree.canonicalize.
import xml.etree.ElementTree as ET
docs = [
 '<?xml version="1.0"?>\n<!DOCTYPE r>\n<!--before--><?pi x?>\n<r b="2" a="1"   xmlns:z="urn:z" xmlns="urn:d" z:c="3"><e/>  <x:y xmlns:x="urn:x" xmlns:z="urn:z">t&#13;&lt;&gt;&amp;"\'</x:y><q at="&#9;&#10;&#13;&quot;&lt;&gt;&amp;\'"/></r>\n<!--after-->',
 '<r xmlns:a="urn:a" xmlns:b="urn:a"><a:x b:y="1" a:z="2"/><n xmlns="">  text  </n></r>',
 '<r xmlns:unused="urn:u"><![CDATA[c<d]]></r>',
 '<r><a x="1" y="2">  \n pad  </a><b/><!--c--></r>',
]
for d in docs:
    print(repr(ET.canonicalize(d)))
    print(repr(ET.canonicalize(d, with_comments=True)))
    print(repr(ET.canonicalize(d, strip_text=True)))
    print(repr(ET.canonicalize(d, exclude_attrs=['a','{urn:a}z'], exclude_tags=['e', 'b', '{urn:a}x'])))
    print(repr(ET.canonicalize(d, rewrite_prefixes=True)))
print(repr(ET.canonicalize('<r xmlns:p="urn:p"><a t="p:v">p:text</a></r>', qname_aware_tags=['a'], qname_aware_attrs=['t'], rewrite_prefixes=True)))
print(repr(ET.canonicalize('<!--a&amp;b--><r><?p a&amp;b ?><?q?><!--x&lt;--></r><?z?>', with_comments=True)))
print(repr(ET.canonicalize('<r xml:space="preserve"> a <b xml:space="default"> c </b> </r>', strip_text=True)))
print(repr(ET.canonicalize('<r xmlns="u"><a xmlns=""/><b xmlns="u"/></r>')))
print(repr(ET.canonicalize('<r xmlns:p="u" p:q="1" xml:lang="x"/>', rewrite_prefixes=True)))
try: ET.canonicalize()
except ValueError as e: print(e)
import io
out = io.StringIO()
print(ET.canonicalize(from_file=io.BytesIO(b'<r b="2" a="1"/>'), out=out), out.getvalue())
try:
    ET.tostring(ET.Element("a"), method="c14n")
except ValueError as e:
    print("ValueError", e)
lines = []
target = ET.C14NWriterTarget(lines.append, with_comments=True)
parser = ET.XMLParser(target=target)
parser.feed('<r z="1" a="2"><!--k--><x/></r>')
print(parser.close(), "".join(lines))
