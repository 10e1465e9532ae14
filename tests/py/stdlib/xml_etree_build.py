# Building and editing trees with xml.etree.ElementTree's Element API.
import copy
import xml.etree.ElementTree as ET


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def s(elem):
    return ET.tostring(elem, encoding="unicode")


root = ET.Element("root", {"a": "1"}, b="2")
print(root.tag, root.attrib, root.text, root.tail, len(root))
c1 = ET.SubElement(root, "child", name="one")
c1.text = "first"
c1.tail = "\n"
c2 = ET.SubElement(root, "child", {"name": "two"})
c3 = ET.Element("other")
root.append(c3)
print(s(root))
print(len(root), root[0] is c1, root[-1] is c3, [e.tag for e in root[0:2]])
root.insert(1, ET.Element("inserted"))
print([e.tag for e in root])
root.remove(c3)
print([e.tag for e in root])
root.extend([ET.Element("x"), ET.Element("y")])
print([e.tag for e in root])
del root[-1]
print([e.tag for e in root])
root[0] = ET.Element("replaced")
print([e.tag for e in root])
root[1:3] = [ET.Element("s1"), ET.Element("s2"), ET.Element("s3")]
print([e.tag for e in root])
del root[1:3]
print([e.tag for e in root], root.index if hasattr(root, "index") else None)

# attributes
e = ET.Element("e")
e.set("z", "26")
e.set("a", "1")
print(e.get("z"), e.get("missing"), e.get("missing", "dflt"))
print(list(e.keys()), list(e.items()), e.attrib)
e.attrib["m"] = "mid"
print(s(e))
e.clear()
print(s(e), e.attrib, e.text, len(e))

# iteration
doc = ET.fromstring("<a><b><c/><d>dt</d></b>at<b/><!--cm--><?pi x?></a>")
print([x.tag if isinstance(x.tag, str) else x.tag.__name__ for x in doc.iter()])
print([x.tag for x in doc.iter("b")])
print([x.tag for x in doc.iter("*")][:3])
print(list(doc.itertext()))
print(list(ET.fromstring("<a>1<b>2<!--no-->3</b>4</a>").itertext()))
print(len(list(iter(doc))))

# makeelement, copy, deepcopy
m = doc.makeelement("made", {"k": "v"})
print(type(m).__name__, m.tag, m.attrib, len(doc))
shallow = copy.copy(doc)
deep = copy.deepcopy(doc)
print(shallow[0] is doc[0], deep[0] is doc[0], s(deep) == s(doc))
deep[0].tag = "changed"
print(doc[0].tag, deep[0].tag)

# Comment, PI, QName
c = ET.Comment("a comment")
print(c.tag is ET.Comment, c.text, s(c))
p = ET.PI("target", "data here")
print(p.tag is ET.ProcessingInstruction, ET.PI is ET.ProcessingInstruction, p.text, s(p))
print(s(ET.ProcessingInstruction("only")))
q = ET.QName("{http://u}local")
q2 = ET.QName("http://u", "local")
print(q.text, str(q), repr(q), q == q2, q == "{http://u}local", hash(q) == hash(q.text))
print(q < ET.QName("{http://v}a"), sorted([ET.QName("b"), ET.QName("a")]))
print(ET.iselement(doc), ET.iselement("x"), ET.iselement(c))

# subclassing
class MyElement(ET.Element):
    pass

me = MyElement("mine", {"x": "1"})
sub = ET.SubElement(me, "kid")
print(type(sub).__name__, type(me.makeelement("z", {})).__name__, s(me))
tb = ET.TreeBuilder(element_factory=MyElement)
r = ET.fromstring("<a><b/></a>", ET.XMLParser(target=tb))
print(type(r).__name__, type(r[0]).__name__)

# ElementTree wrapper
tree = ET.ElementTree(doc)
print(tree.getroot() is doc, [x.tag for x in tree.iter("b")])
tree._setroot(ET.Element("new"))
print(tree.getroot().tag)

# errors
show("no tag", lambda: ET.Element())
show("attrib positional", lambda: ET.Element("a", 1))
show("attrib keyword", lambda: ET.Element("a", attrib=1))
show("attrib keyword ok", lambda: ET.Element("a", attrib={"x": "1"}, y="2").attrib)
show("append", lambda: e.append("x"))
show("extend", lambda: e.extend([ET.Element("ok"), 1]))
show("insert", lambda: e.insert(0, None))
show("remove", lambda: e.remove(ET.Element("nope")))
show("getitem", lambda: e[10])
show("setitem range", lambda: e.__setitem__(10, ET.Element("a")))
show("setitem type", lambda: doc.__setitem__(0, "x"))
show("delitem", lambda: e.__delitem__(3))
show("SubElement", lambda: ET.SubElement("p", "a"))
show("slice", lambda: [x.tag for x in doc[::2]])
show("negative", lambda: doc[-1].tag)
show("index str", lambda: doc["x"])
