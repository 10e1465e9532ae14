"""The ElementTree XML API: CPython 3.12's xml.etree.ElementTree in pure
Python.

Element and SubElement build trees, ElementTree wraps a whole document,
tostring() and ElementTree.write() serialize them (as 'xml', 'html' or
'text'), and fromstring(), parse(), iterparse() and XMLPullParser read XML
with a non-validating parser of its own that follows expat, the parser
behind CPython's module: the same well-formedness checks, the same
namespace processing ({uri}local names) and the same ParseError messages
and positions.  Path searches (find, findall, ...) are done by
xml.etree.ElementPath.
"""

import sys

from . import ElementPath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace", "canonicalize",
    "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """The error raised for XML that is not well-formed.  The parser sets
    `code` (an expat error number) and `position` (line, column)."""


def iselement(element):
    """Return True if element looks like an Element (has a tag)."""
    return hasattr(element, "tag")


def _type_name(obj):
    return type(obj).__name__


def _arg_type_name(obj):
    """The type name a bad argument is reported with ('None' for None)."""
    return "None" if obj is None else type(obj).__name__


class Element:
    """An XML element: a tag, an attribute dict, text, tail and a list of
    subelements."""

    __slots__ = ("tag", "attrib", "text", "tail", "_children", "__weakref__")

    def __init__(self, *args, **extra):
        if len(args) == 1:
            tag = args[0]
            attrib = extra.pop("attrib", None)
            if attrib is None:
                attrib = {}
            elif not isinstance(attrib, dict):
                raise TypeError("attrib must be dict, not %s"
                                % _type_name(attrib))
        elif len(args) == 2:
            tag, attrib = args
            if not isinstance(attrib, dict):
                raise TypeError("Element() argument 2 must be dict, not %s"
                                % _type_name(attrib))
        elif not args:
            raise TypeError("Element() takes at least 1 argument (0 given)")
        else:
            raise TypeError("Element() takes at most 2 arguments (%d given)"
                            % len(args))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        """Create a new Element (of the base class, as CPython's C
        implementation does)."""
        return Element(tag, attrib)

    def __copy__(self):
        elem = Element(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem._children[:] = self._children
        return elem

    def copy(self):
        return self.__copy__()

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = Element(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        elem.text = deepcopy(self.text, memo)
        elem.tail = deepcopy(self.tail, memo)
        elem._children[:] = [deepcopy(child, memo) for child in self._children]
        return elem

    def __reduce_ex__(self, protocol):
        state = {"tag": self.tag, "attrib": self.attrib, "text": self.text,
                 "tail": self.tail, "_children": self._children}
        return (_rebuild_element, (self.__class__, state))

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn(
            "Testing an element's truth value will raise an exception in "
            "future versions.  Use specific 'len(elem)' or 'elem is not "
            "None' test instead.",
            DeprecationWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None
        except TypeError:
            raise TypeError("element indices must be integers") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            elements = list(element)
            for e in elements:
                _check_element(e)
            self._children[index] = elements
            return
        try:
            self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None
        except TypeError:
            raise TypeError("element indices must be integers") from None
        _check_element(element)
        try:
            self._children[index] = element
        except IndexError:
            raise IndexError("child assignment index out of range") from None
        except TypeError:
            raise TypeError("element indices must be integers") from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None
        except TypeError:
            raise TypeError("element indices must be integers") from None

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement, /):
        """Add a subelement at the end."""
        if not isinstance(subelement, Element):
            raise TypeError(
                "append() argument 1 must be xml.etree.ElementTree.Element, "
                "not %s" % _arg_type_name(subelement))
        self._children.append(subelement)

    def extend(self, elements, /):
        """Append the subelements of an iterable."""
        elements = list(elements)
        for e in elements:
            _check_element(e)
        self._children.extend(elements)

    def insert(self, index, subelement, /):
        """Insert a subelement before position index."""
        if not isinstance(subelement, Element):
            raise TypeError(
                "insert() argument 2 must be xml.etree.ElementTree.Element, "
                "not %s" % _arg_type_name(subelement))
        self._children.insert(index, subelement)

    def remove(self, subelement, /):
        """Remove the first subelement that is subelement (compared by
        identity first, then equality)."""
        children = self._children
        for i, child in enumerate(children):
            if child is subelement:
                del children[i]
                return
        for i, child in enumerate(children):
            if child == subelement:
                del children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        """Return the first subelement matching path, or None."""
        if namespaces is None and _is_plain_tag(path):
            for child in self._children:
                if child.tag == path:
                    return child
            return None
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Return the text of the first subelement matching path ('' for
        none), or default when nothing matches."""
        if namespaces is None and _is_plain_tag(path):
            for child in self._children:
                if child.tag == path:
                    return child.text or ""
            return default
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """Return the list of subelements matching path."""
        if namespaces is None and _is_plain_tag(path):
            return [child for child in self._children if child.tag == path]
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """Iterate over the subelements matching path."""
        if namespaces is None and _is_plain_tag(path):
            return iter([child for child in self._children
                         if child.tag == path])
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        """Remove the subelements and attributes, and set text and tail to
        None."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value, /):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        """Iterate over this element and its descendants in document order,
        keeping those whose tag is tag (all when tag is None or '*')."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        stack = []
        children = self._children
        index = 0
        while True:
            if index < len(children):
                child = children[index]
                index += 1
                if tag is None or child.tag == tag:
                    yield child
                if child._children:
                    stack.append((children, index))
                    children = child._children
                    index = 0
            elif stack:
                children, index = stack.pop()
            else:
                return

    def itertext(self):
        """Iterate over the text of this element and its descendants (the
        tails included, comments and processing instructions skipped)."""
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def _rebuild_element(cls, state):
    elem = cls(state["tag"], state["attrib"])
    elem.text = state["text"]
    elem.tail = state["tail"]
    elem._children[:] = state["_children"]
    return elem


def _check_element(element):
    if not isinstance(element, Element):
        raise TypeError('expected an Element, not "%s"' % _type_name(element))


def _is_plain_tag(path):
    """Tell whether path is a bare tag, which find() can match directly."""
    if not isinstance(path, str):
        return False
    if path[:2] == "{}" or path[:3] == "{*}":
        return False
    if "{" not in path:
        for ch in "/*[@.":
            if ch in path:
                return False
        return True
    outside = True
    for ch in path:
        if ch == "{":
            outside = False
        elif ch == "}":
            outside = True
        elif outside and ch in "/*[@.":
            return False
    return True


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element and append it to parent."""
    if not isinstance(parent, Element):
        raise TypeError(
            "SubElement() argument 1 must be xml.etree.ElementTree.Element, "
            "not %s" % _arg_type_name(parent))
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s"
                        % _arg_type_name(attrib))
    element = Element(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """Create a comment element; the serializer writes it as <!--text-->."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """Create a processing instruction element (<?target text?>)."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = target + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name: '{uri}local' or a plain name, which the serializer
    maps to a prefixed name (also when used as an attribute value)."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


# ---------------------------------------------------------------------------
# ElementTree


class ElementTree:
    """A whole document: a root element, with parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Load a document from a file name or a file object; return its
        root."""
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _fix_path(self, path):
        if path[:1] == "/":
            path = "." + path
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed "
                "in a future version.  If you rely on the current behaviour, "
                "change it to %r" % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._fix_path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._fix_path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._fix_path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._fix_path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        """Write the document to a file name or a file object, encoded
        (bytes) unless encoding is 'unicode'."""
        if not method:
            method = "xml"
        elif method not in _SERIALIZERS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        parts = []
        _serialize_document(parts.append, self._root, encoding,
                            xml_declaration, default_namespace, method,
                            short_empty_elements)
        text = "".join(parts)
        unicode_output = encoding.lower() == "unicode"
        if hasattr(file_or_filename, "write"):
            if unicode_output:
                file_or_filename.write(text)
            else:
                file_or_filename.write(text.encode(encoding,
                                                   "xmlcharrefreplace"))
        elif unicode_output:
            with open(file_or_filename, "w", encoding="utf-8",
                      errors="xmlcharrefreplace") as f:
                f.write(text)
        else:
            with open(file_or_filename, "wb") as f:
                f.write(text.encode(encoding, "xmlcharrefreplace"))

    def write_c14n(self, file):
        return self.write(file, method="c14n")


# ---------------------------------------------------------------------------
# Serialization

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Make the serializer write prefix for the namespace uri."""
    if prefix[:2] == "ns" and prefix[2:].isdigit() and prefix[2:].isascii():
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _raise_serialization_error(value):
    raise TypeError("cannot serialize %r (type %s)"
                    % (value, _type_name(value)))


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if '"' in text:
            text = text.replace('"', "&quot;")
        if "\r" in text:
            text = text.replace("\r", "&#13;")
        if "\n" in text:
            text = text.replace("\n", "&#10;")
        if "\t" in text:
            text = text.replace("\t", "&#09;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if '"' in text:
            text = text.replace('"', "&quot;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _namespaces(elem, default_namespace=None):
    """Map every tag and attribute name of the tree to its serialized form,
    and collect the namespaces (uri -> prefix) the root must declare."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for node in elem.iter():
        tag = node.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in node.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = node.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _write_namespaces(write, namespaces):
    for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
        if prefix:
            prefix = ":" + prefix
        write(' xmlns%s="%s"' % (prefix, _escape_attrib(uri)))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_xml(write, child, qnames, None,
                               short_empty_elements)
        else:
            write("<" + tag)
            if namespaces:
                _write_namespaces(write, namespaces)
            for key, value in elem.items():
                if isinstance(key, QName):
                    key = key.text
                if isinstance(value, QName):
                    value = qnames[value.text]
                else:
                    value = _escape_attrib(value)
                write(' %s="%s"' % (qnames[key], value))
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for child in elem:
                    _serialize_xml(write, child, qnames, None,
                                   short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame",
              "hr", "img", "input", "isindex", "link", "meta", "param",
              "source", "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None)
        else:
            write("<" + tag)
            if namespaces:
                _write_namespaces(write, namespaces)
            for key, value in elem.items():
                if isinstance(key, QName):
                    key = key.text
                if isinstance(value, QName):
                    value = qnames[value.text]
                else:
                    value = _escape_attrib_html(value)
                write(' %s="%s"' % (qnames[key], value))
            write(">")
            lower = tag.lower()
            if text:
                if lower == "script" or lower == "style":
                    write(text)
                else:
                    write(_escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None)
            if lower not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_SERIALIZERS = {"xml": _serialize_xml, "html": _serialize_html,
                "text": _serialize_text}


def _serialize_document(write, root, encoding, xml_declaration,
                        default_namespace, method, short_empty_elements):
    """Write the serialized tree (as str pieces) through write."""
    if method == "xml" and (xml_declaration or (
            xml_declaration is None and encoding.lower() != "unicode"
            and encoding.lower() not in ("utf-8", "us-ascii"))):
        declared = encoding
        if encoding.lower() == "unicode":
            declared = "utf-8"
        write("<?xml version='1.0' encoding='%s'?>\n" % declared)
    if method == "text":
        _serialize_text(write, root)
    else:
        qnames, namespaces = _namespaces(root, default_namespace)
        if method == "xml":
            _serialize_xml(write, root, qnames, namespaces,
                           short_empty_elements)
        else:
            _serialize_html(write, root, qnames, namespaces)


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    """Serialize element to a list of strings (or of bytes)."""
    if not method:
        method = "xml"
    elif method not in _SERIALIZERS:
        raise ValueError("unknown method %r" % method)
    if not encoding:
        encoding = "us-ascii"
    parts = []
    _serialize_document(parts.append, element, encoding, xml_declaration,
                        default_namespace, method, short_empty_elements)
    if encoding.lower() == "unicode":
        return parts
    encoded = "".join(parts).encode(encoding, "xmlcharrefreplace")
    return [encoded] if encoded else []


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """Serialize element (with its subelements) to bytes, or to str when
    encoding is 'unicode'."""
    parts = tostringlist(element, encoding, method,
                         xml_declaration=xml_declaration,
                         default_namespace=default_namespace,
                         short_empty_elements=short_empty_elements)
    if encoding and encoding.lower() == "unicode":
        return "".join(parts)
    return b"".join(parts)


def dump(elem):
    """Write elem (or an ElementTree's root) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the tree in place: each level of nesting gets one more space
    string, through the text and tail of the elements."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %d"
                         % level)
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def walk(elem, level):
        child_level = level + 1
        try:
            child_indentation = indentations[child_level]
        except IndexError:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                walk(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    walk(tree, 0)


# ---------------------------------------------------------------------------
# Parsing entry points


def parse(source, parser=None):
    """Parse a file name or file object into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    """Parse a file name or file object incrementally, yielding (event,
    element) pairs; the iterator's `root` is set once the document ends."""
    pullparser = XMLPullParser(events=events, _parser=parser)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True

    def generate():
        try:
            while True:
                yield from pullparser.read_events()
                data = source.read(16 * 1024)
                if not data:
                    break
                pullparser.feed(data)
            root = pullparser._close_and_return_root()
            yield from pullparser.read_events()
            iterator.root = root
        finally:
            if close_source:
                source.close()

    iterator = IterParseIterator(generate())
    return iterator


class IterParseIterator:
    """The iterator iterparse() returns."""

    def __init__(self, gen):
        self._gen = gen
        self.root = None

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def close(self):
        self._gen.close()


class XMLPullParser:
    """A non-blocking parser: feed() it data, then read_events() yields the
    (event, element) pairs seen so far."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = []
        self._index = 0
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        """Feed encoded data to the parser."""
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Finish feeding data to the parser."""
        self._close_and_return_root()

    def flush(self):
        if self._parser is not None:
            self._parser.flush()

    def read_events(self):
        """Iterate over the events that are available, taking them out of
        the queue."""
        events = self._events_queue
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event


def XML(text, parser=None):
    """Parse a document from a string (or bytes); return its root."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """Parse a document and return (root, dict mapping 'id' values to
    their elements)."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    """Parse a document given as a sequence of string fragments."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


# ---------------------------------------------------------------------------
# TreeBuilder


class TreeBuilder:
    """A parser target that builds a tree of elements."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        """Flush the builder and return the root element (None when there
        is none)."""
        if self._elem:
            raise AssertionError("missing end tags")
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        """Add text to the current element."""
        self._data.append(data)

    def start(self, tag, attrs):
        """Open an element; return it."""
        if self._data:
            self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        """Close the current element; return it."""
        if self._data:
            self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        """Create a comment (inserted in the tree if insert_comments)."""
        return self._handle_single(self._comment_factory,
                                   self.insert_comments, text)

    def pi(self, target, text=None):
        """Create a processing instruction (inserted if insert_pis)."""
        return self._handle_single(self._pi_factory, self.insert_pis,
                                   target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert and self._elem:
            if self._data:
                self._flush()
            self._last = elem
            self._elem[-1].append(elem)
            self._tail = 1
        return elem


# ---------------------------------------------------------------------------
# XMLParser: a non-validating XML 1.0 parser that behaves like expat with
# namespace processing, as CPython's ElementTree drives it.

_MESSAGES = {
    2: "syntax error",
    3: "no element found",
    4: "not well-formed (invalid token)",
    5: "unclosed token",
    6: "partial character",
    7: "mismatched tag",
    8: "duplicate attribute",
    9: "junk after document element",
    11: "undefined entity",
    12: "recursive entity reference",
    13: "asynchronous entity",
    14: "reference to invalid character number",
    17: "XML or text declaration not at start of entity",
    20: "unclosed CDATA section",
    27: "unbound prefix",
    28: "must not undeclare prefix",
    30: "XML declaration not well-formed",
    38: "reserved prefix (xml) must not be undeclared or bound to another "
        "namespace name",
    39: "reserved prefix (xmlns) must not be declared or undeclared",
    40: "prefix must not be bound to one of the reserved namespace names",
}

_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XMLNS_NS = "http://www.w3.org/2000/xmlns/"

_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": '"'}

_WS = " \t\n"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NAME_START = frozenset(_ASCII_LETTERS + "_")
_NAME_CHARS = frozenset(_ASCII_LETTERS + "_0123456789-.")
_DIGITS = frozenset("0123456789")
_VERSION_CHARS = _ASCII_LETTERS + "0123456789_.-"
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")
# Whitespace in attribute values becomes a space (line ends are already
# single newlines).
_ATTR_WS = {9: " ", 10: " "}

_bad_chars = None


def _get_bad_chars():
    """The characters that may not appear in an XML document."""
    global _bad_chars
    if _bad_chars is None:
        bad = set(chr(c) for c in range(32) if c not in (9, 10, 13))
        bad.update(chr(c) for c in range(0xD800, 0xE000))
        bad.update("\ufffe\uffff")
        _bad_chars = frozenset(bad)
    return _bad_chars


def _is_name_start(ch):
    if ch in _NAME_START:
        return True
    if ch < "\xc0":
        return False
    if ch in "\xd7\xf7":
        return False
    return ch.isalpha() or "\u3000" <= ch <= "\ufffd" and ch.isprintable()


def _is_name_char(ch):
    if ch in _NAME_CHARS:
        return True
    if ch < "\xb7":
        return False
    if ch == "\xb7" or "\u0300" <= ch <= "\u036f" or ch in "\u203f\u2040":
        return True
    return _is_name_start(ch) or ch.isdigit()


def _valid_char_number(code):
    if code < 0x20:
        return code in (9, 10, 13)
    if code < 0xD800:
        return True
    if code < 0xE000:
        return False
    if code <= 0xFFFD:
        return True
    return 0x10000 <= code <= 0x10FFFF


class XMLParser:
    """An XML parser that calls the methods of a target (by default a
    TreeBuilder): start(tag, attrib), end(tag), data(text), comment(text),
    pi(target, text), start_ns(prefix, uri), end_ns(prefix),
    doctype(name, pubid, system) and close()."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self.version = "Expat 2.5.0"
        self._encoding = encoding
        self._t_start = getattr(target, "start", None)
        self._t_end = getattr(target, "end", None)
        self._t_data = getattr(target, "data", None)
        self._t_comment = getattr(target, "comment", None)
        self._t_pi = getattr(target, "pi", None)
        self._t_start_ns = getattr(target, "start_ns", None)
        self._t_end_ns = getattr(target, "end_ns", None)
        self._t_doctype = getattr(target, "doctype", None)
        # A TreeBuilder joins the text anyway; other targets get it in
        # expat's pieces (a line at a time).
        self._split_lines = not isinstance(target, TreeBuilder)
        self._events = None
        self._ev_start = self._ev_end = False
        self._ev_start_ns = self._ev_end_ns = False
        self._ev_comment = self._ev_pi = False
        # The input, decoded and with line ends normalized.
        self._buf = ""
        self._pos = 0
        self._limit = 0
        self._line = 1
        self._col = 0
        self._consumed = 0
        self._cr_pending = False
        self._raw = b""
        self._decoder = None
        self._bytes_mode = None
        self._partial_char = False
        self._started = False
        # Document state: 0 before the root element, 1 inside it, 2 after.
        self._state = 0
        self._stack = []
        self._ns = {"xml": _XML_NS}
        self._doctype_seen = False
        self._entities = {}
        self._attdefaults = {}
        self._external_dtd = False
        self._standalone = False
        self._open_entities = []
        self._entity_pos = 0
        self._error = None

    # -- events, for XMLPullParser and iterparse

    def _setevents(self, events_queue, events_to_report):
        self._events = events_queue
        for event in events_to_report:
            if event == "start":
                self._ev_start = True
            elif event == "end":
                self._ev_end = True
            elif event == "start-ns":
                self._ev_start_ns = True
            elif event == "end-ns":
                self._ev_end_ns = True
            elif event == "comment":
                self._ev_comment = True
            elif event == "pi":
                self._ev_pi = True
            else:
                raise ValueError("unknown event %r" % (event,))

    # -- input

    def feed(self, data):
        """Feed encoded data (str or bytes) to the parser."""
        if self._error is not None:
            raise self._error
        if isinstance(data, str):
            text = data
            if not self._started and text[:1] == "\ufeff":
                text = text[1:]
        elif isinstance(data, (bytes, bytearray, memoryview)):
            text = self._decode(bytes(data), False)
        else:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % _type_name(data))
        if data:
            self._started = True
        self._append(text, False)
        self._run(False)

    def flush(self):
        pass

    def close(self):
        """Finish the document and return the target's close() result."""
        if self._error is not None:
            raise self._error
        if self._bytes_mode:
            self._append(self._decode(b"", True), True)
        else:
            self._append("", True)
        self._run(True)
        close = getattr(self.target, "close", None)
        if close is not None:
            return close()
        return None

    def _decode(self, data, final):
        """Decode bytes, choosing the encoding from a byte order mark or the
        XML declaration; an undecodable byte becomes a NUL, which the parser
        reports as an invalid token."""
        self._bytes_mode = True
        if self._decoder is None:
            raw = self._raw + data
            encoding = self._encoding
            if encoding is None:
                if raw[:3] == b"\xef\xbb\xbf":
                    raw = raw[3:]
                    encoding = "utf-8"
                elif raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                    encoding = "utf-16"
                elif raw[:4] == b"<\x00?\x00":
                    encoding = "utf-16-le"
                elif raw[:4] == b"\x00<\x00?":
                    encoding = "utf-16-be"
                elif raw[:5] == b"<?xml":
                    end = raw.find(b"?>")
                    if end < 0 and not final and len(raw) < 1024:
                        self._raw = raw
                        return ""
                    encoding = self._declared_encoding(raw[:end]) or "utf-8"
                elif not final and (len(raw) < 5 and b"<?xml".startswith(raw)
                                    or raw in (b"\xef", b"\xef\xbb", b"\xff",
                                               b"\xfe", b"\x00")):
                    self._raw = raw
                    return ""
                else:
                    encoding = "utf-8"
            self._raw = b""
            if encoding.lower().replace("-", "").replace("_", "") == "utf8":
                self._decoder = "utf-8"
            else:
                import codecs
                self._decoder = codecs.getincrementaldecoder(encoding)()
            data = raw
        if self._decoder == "utf-8":
            raw = self._raw + data if self._raw else data
            try:
                text = raw.decode("utf-8")
                self._raw = b""
            except UnicodeDecodeError as e:
                if e.reason == "unexpected end of data" and not final:
                    text = raw[:e.start].decode("utf-8")
                    self._raw = raw[e.start:]
                elif e.reason == "unexpected end of data":
                    text = raw[:e.start].decode("utf-8")
                    self._raw = b""
                    self._partial_char = True
                else:
                    text = raw[:e.start].decode("utf-8") + "\x00"
                    self._raw = b""
            return text
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError:
            return "\x00"

    def _declared_encoding(self, decl):
        text = decl.decode("latin-1")
        at = text.find("encoding")
        if at < 0:
            return None
        rest = text[at + 8:].lstrip(" \t\r\n")
        if rest[:1] != "=":
            return None
        rest = rest[1:].lstrip(" \t\r\n")
        if rest[:1] not in ("'", '"'):
            return None
        end = rest.find(rest[0], 1)
        return rest[1:end] if end > 0 else None

    def _append(self, text, final):
        if self._cr_pending:
            text = "\r" + text
            self._cr_pending = False
        if "\r" in text:
            if text[-1] == "\r" and not final:
                text = text[:-1]
                self._cr_pending = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text:
            return
        full = self._limit == len(self._buf)
        self._buf += text
        if full:
            if _get_bad_chars().isdisjoint(text):
                self._limit = len(self._buf)
            else:
                bad = _bad_chars
                start = len(self._buf) - len(text)
                for index, ch in enumerate(text):
                    if ch in bad:
                        break
                self._limit = start + index

    # -- positions and errors

    def _where(self, index):
        """Line and column of an index of the buffer."""
        buf = self._buf
        newlines = buf.count("\n", 0, index)
        if newlines:
            return self._line + newlines, index - buf.rfind("\n", 0, index) - 1
        return self._line, self._col + index

    def _raise(self, code, index, message=None):
        """Raise the ParseError of an expat error code at a buffer index
        (the entity reference's when inside an entity)."""
        if self._open_entities:
            index = self._entity_pos
        line, column = self._where(index)
        err = ParseError("%s: line %d, column %d"
                         % (message or _MESSAGES[code], line, column))
        err.code = code
        err.position = (line, column)
        self._error = err
        raise err

    def _fail(self, code, buf, index):
        if buf is not self._buf:
            index = self._entity_pos
        self._raise(code, index)

    # -- the main loop

    def _run(self, final):
        buf = self._buf
        limit = self._limit
        i = self._pos
        while True:
            state = self._state
            if state == 1:
                i = self._content(buf, i, limit, final, 0)
            else:
                i = self._prolog(buf, i, limit, final)
            if self._state == state:
                break
        if limit < len(buf):
            self._raise(4, limit)
        if final:
            if self._partial_char:
                self._raise(6, len(buf))
            if i < limit:
                self._raise(5, i)
            if self._state != 2:
                self._raise(3, len(buf))
        # Drop the consumed text, keeping the position of what remains.
        if i > 4096 or i == len(buf):
            newlines = buf.count("\n", 0, i)
            if newlines:
                self._line += newlines
                self._col = i - buf.rfind("\n", 0, i) - 1
            else:
                self._col += i
            self._consumed += i
            self._buf = buf[i:]
            self._limit = limit - i
            i = 0
        self._pos = i

    def _prolog(self, buf, i, n, final):
        """Parse what precedes or follows the root element: stops at the
        root's start (state 1) or where more data is needed."""
        while i < n:
            c = buf[i]
            if c in _WS:
                i += 1
                continue
            if c == "<":
                if i + 1 >= n:
                    return i
                c = buf[i + 1]
                if c == "?":
                    j = self._pi(buf, i, n)
                elif c == "!":
                    if buf.startswith("<!--", i):
                        j = self._comment(buf, i, n)
                    elif buf.startswith("<!DOCTYPE", i) and \
                            i + 9 < n and buf[i + 9] not in _NAME_CHARS:
                        if self._state == 2:
                            self._raise(9, i)
                        if self._doctype_seen:
                            self._raise(2, i)
                        j = self._doctype(buf, i, n)
                    else:
                        rest = buf[i:min(n, i + 9)]
                        if rest[2:3] == "[":
                            self._raise(2 if self._state == 0 else 9, i)
                        if "<!--".startswith(rest) or \
                                "<!DOCTYPE".startswith(rest):
                            return i
                        if rest[2:3] == "-":
                            self._raise(4, i + 3)
                        j = i + 2
                        while j < n and buf[j] in _NAME_CHARS:
                            j += 1
                        if j >= n:
                            return i
                        if buf[j] in _WS and j > i + 2:
                            self._raise(2, i)
                        self._raise(4, j)
                elif self._state == 2:
                    self._raise(9, i)
                elif c == "/":
                    self._raise(4, i + 1)
                else:
                    j = self._start_tag(buf, i, n)
                    if j >= 0:
                        self._state = 1 if self._stack else 2
                        return j
                if j < 0:
                    return i
                i = j
            elif self._state == 2 and c != "&":
                self._raise(9, i)
            elif c in "[]()|,>=":
                # Tokens of the DTD syntax, out of place here.
                self._raise(2, i)
            else:
                j = i
                while j < n and buf[j] in _NAME_CHARS:
                    j += 1
                if j > i and j < n and buf[j] in _WS:
                    self._raise(2, i)
                self._raise(4, j)
        return i

    def _content(self, buf, i, n, final, base):
        """Parse element content from i: stops when the root element ends
        (state 2), at the end of the text, or where more data is needed.
        base is the depth of the element stack where an entity's
        replacement text started."""
        stack = self._stack
        while i < n:
            c = buf[i]
            if c == "<":
                if i + 1 >= n:
                    return i
                c = buf[i + 1]
                if c == "/":
                    j = self._end_tag(buf, i, n, base)
                    if j < 0:
                        return i
                    i = j
                    if not stack:
                        self._state = 2
                        return i
                    continue
                if c == "!":
                    if buf.startswith("<!--", i):
                        j = self._comment(buf, i, n)
                    elif buf.startswith("<![CDATA[", i):
                        j = self._cdata(buf, i, n, final)
                    else:
                        rest = buf[i:min(n, i + 9)]
                        if "<!--".startswith(rest) or \
                                "<![CDATA[".startswith(rest):
                            return i
                        for pattern in ("<!--", "<![CDATA["):
                            k = 2
                            while k < len(rest) and rest[k] == pattern[k]:
                                k += 1
                            if k > 2:
                                self._fail(4, buf, i + k)
                        self._fail(4, buf, i + 2)
                elif c == "?":
                    j = self._pi(buf, i, n)
                else:
                    j = self._start_tag(buf, i, n)
                if j < 0:
                    return i
                i = j
            elif c == "&":
                j = self._reference(buf, i, n)
                if j < 0:
                    return i
                i = j
            else:
                j = buf.find("<", i, n)
                if j < 0:
                    j = n
                k = buf.find("&", i, j)
                if k >= 0:
                    j = k
                text = buf[i:j]
                if "]]>" in text:
                    self._fail(4, buf, i + text.find("]]>") + 2)
                if j == n and not final and text[-1] == "]":
                    text = text.rstrip("]")
                    if not text:
                        return i
                    j = i + len(text)
                self._text(text)
                i = j
        return i

    def _text(self, text):
        data = self._t_data
        if data is None:
            return
        if self._split_lines and "\n" in text:
            for piece in text.split("\n")[:-1]:
                if piece:
                    data(piece)
                data("\n")
            piece = text[text.rfind("\n") + 1:]
            if piece:
                data(piece)
        else:
            data(text)

    # -- names

    def _name_end(self, buf, i, n):
        """Return the end of the (qualified) name at i, i when there is no
        name, or -1 when the data ends inside it."""
        j = i
        colon = -1
        while j < n:
            c = buf[j]
            if c in _NAME_CHARS:
                j += 1
            elif c == ":":
                if colon >= 0 or j == i:
                    self._fail(4, buf, j)
                colon = j
                j += 1
            elif c > "\x7f" and _is_name_char(c):
                j += 1
            else:
                break
        if j >= n:
            return -1
        if j > i:
            if not _is_name_start(buf[i]):
                self._fail(4, buf, i)
            if colon >= 0:
                if colon == j - 1:
                    self._fail(4, buf, j)
                if not _is_name_start(buf[colon + 1]):
                    self._fail(4, buf, colon + 1)
        return j

    # -- tags

    def _start_tag(self, buf, i, n):
        j = self._name_end(buf, i + 1, n)
        if j < 0:
            return -1
        if j == i + 1:
            self._fail(4, buf, j)
        name = buf[i + 1:j]
        attrs = []
        while True:
            k = j
            while k < n and buf[k] in _WS:
                k += 1
            if k >= n:
                return -1
            c = buf[k]
            if c == ">":
                end = k + 1
                empty = False
                break
            if c == "/":
                if k + 1 >= n:
                    return -1
                if buf[k + 1] != ">":
                    self._fail(4, buf, k + 1)
                end = k + 2
                empty = True
                break
            if k == j:
                self._fail(4, buf, k)
            e = self._name_end(buf, k, n)
            if e < 0:
                return -1
            if e == k:
                self._fail(4, buf, k)
            attr = buf[k:e]
            while e < n and buf[e] in _WS:
                e += 1
            if e >= n:
                return -1
            if buf[e] != "=":
                self._fail(4, buf, e)
            e += 1
            while e < n and buf[e] in _WS:
                e += 1
            if e >= n:
                return -1
            quote = buf[e]
            if quote != '"' and quote != "'":
                self._fail(4, buf, e)
            close = buf.find(quote, e + 1, n)
            lt = buf.find("<", e + 1, n if close < 0 else close)
            if lt >= 0:
                self._fail(4, buf, lt)
            if close < 0:
                return -1
            value = buf[e + 1:close]
            if "&" in value:
                value = self._attr_value(buf, value, e + 1, i)
            elif "\n" in value or "\t" in value:
                value = value.translate(_ATTR_WS)
            for other in attrs:
                if other[0] == attr:
                    self._fail(8, buf, k)
            attrs.append((attr, value))
            j = close + 1
        self._open(buf, i, name, attrs)
        if empty:
            self._close_element()
        return end

    def _attr_value(self, buf, value, start, tag_pos):
        """Expand the references of an attribute value (value starts at
        buf index start) and normalize its whitespace."""
        parts = []
        i = 0
        n = len(value)
        while i < n:
            amp = value.find("&", i)
            if amp < 0:
                parts.append(value[i:].translate(_ATTR_WS))
                break
            if amp > i:
                parts.append(value[i:amp].translate(_ATTR_WS))
            i = amp + 1
            if i < n and value[i] == "#":
                j, ch = self._char_ref(buf, value, start, amp, n)
                parts.append(ch)
                i = j
                continue
            j = self._name_end(value, i, n)
            if j < 0:
                self._fail(4, buf, start + n)
            if j == i:
                self._fail(4, buf, start + i)
            if value[j] != ";":
                self._fail(4, buf, start + j)
            name = value[i:j]
            i = j + 1
            replacement = _PREDEFINED.get(name)
            if replacement is not None:
                parts.append(replacement)
                continue
            replacement = self._entities.get(name)
            if replacement is None:
                if name in self._entities or (self._external_dtd and
                                              not self._standalone):
                    continue
                self._fail(11, buf, tag_pos)
            if name in self._open_entities:
                self._fail(12, buf, tag_pos)
            if "<" in replacement:
                self._fail(4, buf, tag_pos)
            self._open_entities.append(name)
            try:
                parts.append(self._attr_value(buf, replacement, start,
                                              tag_pos))
            finally:
                self._open_entities.pop()
        return "".join(parts)

    def _char_ref(self, buf, text, offset, amp, n):
        """Parse the character reference at text[amp] ('&#'); return (end,
        character).  offset maps text indexes to buffer indexes."""
        j = amp + 2
        digits = _DIGITS
        base = 10
        if j < n and text[j] == "x":
            digits = _HEXDIGITS
            base = 16
            j += 1
        start = j
        while j < n and text[j] in digits:
            j += 1
        if j >= n:
            return -1, None
        if j == start or text[j] != ";":
            self._fail(4, buf, offset + j)
        code = int(text[start:j], base)
        if not _valid_char_number(code):
            self._fail(14, buf, offset + amp)
        return j + 1, chr(code)

    def _open(self, buf, pos, name, attrs):
        """Start an element: namespace declarations, name resolution, the
        target's start()."""
        ns = self._ns
        declared = None
        if self._attdefaults:
            defaults = self._attdefaults.get(name)
            if defaults:
                present = {a for a, v in attrs}
                for a, v in defaults:
                    if a not in present:
                        attrs.append((a, v))
        if attrs:
            plain = []
            for attr, value in attrs:
                if attr[:5] == "xmlns" and (len(attr) == 5 or attr[5] == ":"):
                    prefix = attr[6:]
                    if prefix == "xml":
                        if value != _XML_NS:
                            self._fail(38, buf, pos)
                    elif prefix == "xmlns":
                        self._fail(39, buf, pos)
                    elif value == _XML_NS or value == _XMLNS_NS:
                        self._fail(40, buf, pos)
                    elif prefix and not value:
                        self._fail(28, buf, pos)
                    if declared is None:
                        declared = []
                    declared.append((prefix, ns.get(prefix)))
                    if value:
                        ns[prefix] = value
                    else:
                        ns.pop(prefix, None)
                    if self._t_start_ns is not None:
                        self._t_start_ns(prefix, value)
                    if self._ev_start_ns:
                        self._events.append(("start-ns", (prefix, value)))
                else:
                    plain.append((attr, value))
            attrib = {}
            for attr, value in plain:
                colon = attr.find(":")
                if colon >= 0:
                    uri = ns.get(attr[:colon])
                    if uri is None:
                        self._fail(27, buf, pos)
                    attr = "{%s}%s" % (uri, attr[colon + 1:])
                    if attr in attrib:
                        self._fail(8, buf, pos)
                attrib[attr] = value
        else:
            attrib = {}
        colon = name.find(":")
        if colon >= 0:
            uri = ns.get(name[:colon])
            if uri is None:
                self._fail(27, buf, pos)
            tag = "{%s}%s" % (uri, name[colon + 1:])
        else:
            uri = ns.get("")
            tag = "{%s}%s" % (uri, name) if uri else name
        self._stack.append((name, tag, declared))
        if self._t_start is not None:
            elem = self._t_start(tag, attrib)
        else:
            elem = None
        if self._ev_start:
            self._events.append(("start", elem))

    def _close_element(self):
        name, tag, declared = self._stack.pop()
        if self._t_end is not None:
            elem = self._t_end(tag)
        else:
            elem = None
        if self._ev_end:
            self._events.append(("end", elem))
        if declared:
            ns = self._ns
            for prefix, old in reversed(declared):
                if old is None:
                    ns.pop(prefix, None)
                else:
                    ns[prefix] = old
                if self._t_end_ns is not None:
                    self._t_end_ns(prefix)
                if self._ev_end_ns:
                    self._events.append(("end-ns", None))

    def _end_tag(self, buf, i, n, base):
        j = self._name_end(buf, i + 2, n)
        if j < 0:
            return -1
        if j == i + 2:
            self._fail(4, buf, j)
        k = j
        while k < n and buf[k] in _WS:
            k += 1
        if k >= n:
            return -1
        if buf[k] != ">":
            self._fail(4, buf, k)
        stack = self._stack
        if len(stack) <= base:
            self._fail(13, buf, i)
        if buf[i + 2:j] != stack[-1][0]:
            self._fail(7, buf, i + 2)
        self._close_element()
        return k + 1

    # -- other markup

    def _comment(self, buf, i, n):
        p = buf.find("--", i + 4, n)
        if p < 0 or p + 2 >= n:
            return -1
        if buf[p + 2] != ">":
            self._fail(4, buf, p + 2)
        text = buf[i + 4:p]
        if self._t_comment is not None:
            elem = self._t_comment(text)
            if self._ev_comment:
                self._events.append(("comment", elem))
        return p + 3

    def _cdata(self, buf, i, n, final):
        end = buf.find("]]>", i + 9, n)
        if end < 0:
            if final and n == len(buf):
                self._fail(20, buf, n)
            return -1
        if end > i + 9:
            self._text(buf[i + 9:end])
        return end + 3

    def _pi(self, buf, i, n):
        j = self._name_end(buf, i + 2, n)
        if j < 0:
            return -1
        if j == i + 2:
            self._fail(4, buf, j)
        target = buf[i + 2:j]
        c = buf[j]
        if c != "?" and c not in _WS:
            self._fail(4, buf, j)
        if target.lower() == "xml":
            if target != "xml":
                self._fail(4, buf, j)
            if self._consumed + i != 0 or buf is not self._buf:
                self._fail(17, buf, i)
            return self._xml_decl(buf, i, n)
        c = buf[j]
        if c == "?":
            if j + 1 >= n:
                return -1
            if buf[j + 1] != ">":
                self._fail(4, buf, j + 1)
            text = ""
            end = j + 2
        elif c in _WS:
            k = j
            while k < n and buf[k] in _WS:
                k += 1
            e = buf.find("?>", k, n)
            if e < 0:
                return -1
            text = buf[k:e]
            end = e + 2
        else:
            self._fail(4, buf, j)
        if self._t_pi is not None:
            elem = self._t_pi(target, text)
            if self._ev_pi:
                self._events.append(("pi", elem))
        return end

    def _xml_decl(self, buf, i, n):
        end = buf.find("?>", i + 5, n)
        if end < 0:
            return -1
        # First the syntax of the name="value" pairs, then their names and
        # values, as expat checks them.
        pairs = []
        j = i + 5
        while True:
            k = j
            while k < end and buf[k] in _WS:
                k += 1
            if k >= end:
                break
            if k == j:
                self._fail(30, buf, k)
            e = k
            while e < end and buf[e] not in "= \t\n":
                e += 1
            name_end = e
            while e < end and buf[e] in _WS:
                e += 1
            if e >= end or buf[e] != "=":
                self._fail(30, buf, e)
            e += 1
            while e < end and buf[e] in _WS:
                e += 1
            if e >= end or buf[e] not in "'\"":
                self._fail(30, buf, e)
            close = buf.find(buf[e], e + 1, end)
            if close < 0:
                self._fail(30, buf, end)
            pairs.append((buf[k:name_end], k, buf[e + 1:close], e + 1))
            j = close + 1
        expected = ("version", "encoding", "standalone")
        index = 0
        for name, name_pos, value, value_pos in pairs:
            if name in expected[index:] and (index > 0 or name == "version"):
                index = expected.index(name) + 1
            else:
                self._fail(30, buf, name_pos)
            if name == "version":
                if not value or value.strip(_VERSION_CHARS):
                    self._fail(30, buf, value_pos)
            elif name == "encoding":
                if not value or value[0] not in _NAME_START or \
                        value.strip(_VERSION_CHARS):
                    self._fail(30, buf, value_pos)
            else:
                if value not in ("yes", "no"):
                    self._fail(30, buf, value_pos)
                self._standalone = value == "yes"
        if index == 0:
            self._fail(30, buf, i + 5)
        return end + 2

    def _reference(self, buf, i, n):
        if i + 1 >= n:
            return -1
        if buf[i + 1] == "#":
            j, ch = self._char_ref(buf, buf, 0, i, n)
            if j < 0:
                return -1
            self._text(ch)
            return j
        j = self._name_end(buf, i + 1, n)
        if j < 0:
            return -1
        if j == i + 1:
            self._fail(4, buf, j)
        if buf[j] != ";":
            self._fail(4, buf, j)
        name = buf[i + 1:j]
        replacement = _PREDEFINED.get(name)
        if replacement is not None:
            self._text(replacement)
            return j + 1
        replacement = self._entities.get(name)
        if replacement is None:
            if name in self._entities or (self._external_dtd and
                                          not self._standalone):
                # CPython's ElementTree looks such an entity up in the
                # parser's entity dict.
                if name in self.entity:
                    self._text(self.entity[name])
                    return j + 1
                self._raise(11, i, "undefined entity &%s;" % name)
            self._fail(11, buf, i)
        if name in self._open_entities:
            self._fail(12, buf, i)
        if not self._open_entities:
            self._entity_pos = i
        self._open_entities.append(name)
        depth = len(self._stack)
        try:
            end = self._content(replacement, 0, len(replacement), True,
                                depth)
            if end < len(replacement) or len(self._stack) != depth:
                self._fail(13, buf, i)
        finally:
            self._open_entities.pop()
        return j + 1

    # -- the document type declaration

    def _skip_ws(self, buf, i, n):
        while i < n and buf[i] in _WS:
            i += 1
        return i

    def _literal(self, buf, i, n):
        """Return (end, value) of the quoted literal at i, or (-1, None)
        when more data is needed."""
        if i >= n:
            return -1, None
        quote = buf[i]
        if quote != '"' and quote != "'":
            self._fail(2, buf, i)
        close = buf.find(quote, i + 1, n)
        if close < 0:
            return -1, None
        return close + 1, buf[i + 1:close]

    def _doctype(self, buf, i, n):
        j = i + 9
        k = self._skip_ws(buf, j, n)
        if k >= n:
            return -1
        if k == j:
            self._fail(4, buf, j)
        e = self._name_end(buf, k, n)
        if e < 0:
            return -1
        if e == k:
            self._fail(4, buf, k)
        name = buf[k:e]
        pubid = system = None
        k = self._skip_ws(buf, e, n)
        if k >= n:
            return -1
        if buf.startswith("SYSTEM", k) or buf.startswith("PUBLIC", k):
            public = buf[k] == "P"
            k = self._skip_ws(buf, k + 6, n)
            k, value = self._literal(buf, k, n)
            if k < 0:
                return -1
            if public:
                pubid = value
                k = self._skip_ws(buf, k, n)
                k, system = self._literal(buf, k, n)
                if k < 0:
                    return -1
            else:
                system = value
            k = self._skip_ws(buf, k, n)
            if k >= n:
                return -1
        subset = None
        if buf[k] == "[":
            subset = self._internal_subset(buf, k + 1, n)
            if subset is None:
                return -1
            k = self._skip_ws(buf, subset[0], n)
            if k >= n:
                return -1
        if buf[k] != ">":
            self._fail(2, buf, k)
        self._doctype_seen = True
        if system is not None or pubid is not None:
            self._external_dtd = True
        if subset is not None:
            self._declare(subset[1])
        if self._t_doctype is not None:
            self._t_doctype(name, pubid, system)
        return k + 1

    def _internal_subset(self, buf, k, n):
        """Scan the internal subset from k; return (end after ']', list of
        declarations), or None when more data is needed."""
        decls = []
        while True:
            k = self._skip_ws(buf, k, n)
            if k >= n:
                return None
            c = buf[k]
            if c == "]":
                return k + 1, decls
            if c == "%":
                e = self._name_end(buf, k + 1, n)
                if e < 0:
                    return None
                if e == k + 1 or buf[e] != ";":
                    self._fail(4, buf, e)
                decls.append(("%", buf[k + 1:e]))
                k = e + 1
            elif buf.startswith("<!--", k):
                e = buf.find("-->", k + 4, n)
                if e < 0:
                    return None
                k = e + 3
            elif buf.startswith("<?", k):
                e = buf.find("?>", k + 2, n)
                if e < 0:
                    return None
                k = e + 2
            elif buf.startswith("<!", k):
                e = k + 2
                while e < n and buf[e] in _NAME_CHARS:
                    e += 1
                keyword = buf[k + 2:e]
                if e >= n:
                    return None
                if keyword not in ("ENTITY", "ELEMENT", "ATTLIST",
                                   "NOTATION"):
                    if buf[e] in _WS:
                        self._fail(2, buf, k)
                    self._fail(4, buf, e)
                # Find the closing '>' outside quoted literals.
                p = e
                while True:
                    while p < n and buf[p] not in "'\">":
                        p += 1
                    if p >= n:
                        return None
                    if buf[p] == ">":
                        break
                    q = buf.find(buf[p], p + 1, n)
                    if q < 0:
                        return None
                    p = q + 1
                if keyword == "ENTITY":
                    self._check_entity_decl(buf, e, p)
                decls.append((keyword, buf[e:p]))
                k = p + 1
            else:
                self._fail(4, buf, k)

    def _check_entity_decl(self, buf, i, end):
        """Check the syntax of an entity declaration: buf[i:end] follows
        '<!ENTITY' and end is its '>'."""
        p = self._skip_ws(buf, i, end)
        if p == i:
            self._fail(4, buf, i)
        if buf[p] == "%":
            q = self._skip_ws(buf, p + 1, end)
            if q == p + 1:
                self._fail(4, buf, q)
            p = q
        q = self._name_end(buf, p, end + 1)
        if q == p:
            self._fail(4, buf, p)
        p = self._skip_ws(buf, q, end)
        if p == q:
            self._fail(4, buf, q)
        if buf[p] in "'\"":
            p = buf.find(buf[p], p + 1, end) + 1
        elif buf.startswith("SYSTEM", p) or buf.startswith("PUBLIC", p):
            count = 2 if buf[p] == "P" else 1
            p += 6
            for _ in range(count):
                q = self._skip_ws(buf, p, end)
                if q == p or buf[q] not in "'\"":
                    self._fail(2, buf, q)
                p = buf.find(buf[q], q + 1, end) + 1
            q = self._skip_ws(buf, p, end)
            if q > p and buf.startswith("NDATA", q):
                p = self._skip_ws(buf, q + 5, end)
                p = self._name_end(buf, p, end + 1)
        else:
            self._fail(2, buf, p)
        p = self._skip_ws(buf, p, end)
        if p != end:
            self._fail(4, buf, p)

    def _declare(self, decls):
        """Record the entities and attribute defaults of the internal
        subset."""
        for keyword, body in decls:
            if keyword == "%":
                self._external_dtd = True
            elif keyword == "ENTITY":
                tokens = _decl_tokens(body)
                if len(tokens) < 2 or tokens[0] == "%":
                    continue
                name = tokens[0]
                if name in self._entities:
                    continue
                value = tokens[1]
                if value[:1] in ("'", '"'):
                    self._entities[name] = self._entity_value(value[1:-1])
                else:
                    self._entities[name] = None
            elif keyword == "ATTLIST":
                tokens = _decl_tokens(body)
                if not tokens:
                    continue
                defaults = self._attdefaults.setdefault(tokens[0], [])
                index = 1
                while index + 2 < len(tokens) + 1 and index + 1 < len(tokens):
                    attr = tokens[index]
                    index += 1
                    if tokens[index] == "NOTATION":
                        index += 1
                    index += 1
                    if index >= len(tokens):
                        break
                    default = tokens[index]
                    index += 1
                    if default == "#FIXED" and index < len(tokens):
                        default = tokens[index]
                        index += 1
                    if default[:1] in ("'", '"'):
                        if all(a != attr for a, v in defaults):
                            value = default[1:-1].translate(_ATTR_WS)
                            if "&" in value:
                                value = self._attr_value(self._buf, value, 0,
                                                         0)
                            defaults.append((attr, value))

    def _entity_value(self, value):
        """Expand the character references of an entity's literal value."""
        if "&#" not in value:
            return value
        parts = []
        i = 0
        n = len(value)
        while True:
            amp = value.find("&#", i)
            if amp < 0:
                parts.append(value[i:])
                break
            parts.append(value[i:amp])
            j, ch = self._char_ref(value, value, 0, amp, n)
            if j < 0:
                parts.append(value[amp:])
                break
            parts.append(ch)
            i = j
        return "".join(parts)


def _decl_tokens(body):
    """Split a markup declaration's body into names, quoted literals (with
    their quotes) and parenthesized groups."""
    tokens = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c in _WS:
            i += 1
        elif c in "'\"":
            close = body.find(c, i + 1)
            if close < 0:
                close = n - 1
            tokens.append(body[i:close + 1])
            i = close + 1
        elif c == "(":
            close = body.find(")", i)
            if close < 0:
                close = n - 1
            tokens.append(body[i:close + 1])
            i = close + 1
        else:
            j = i
            while j < n and body[j] not in " \t\n'\"(":
                j += 1
            tokens.append(body[i:j])
            i = j
    return tokens


# ---------------------------------------------------------------------------
# Canonical XML (C14N 2.0)


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """Convert XML (a string, or a file with from_file) to its C14N 2.0
    canonical form; write it to out, or return it as a string.  The
    options are those of C14NWriterTarget."""
    if xml_data is None and from_file is None:
        raise ValueError("Either 'xml_data' or 'from_file' must be provided "
                         "as input")
    collected = None
    if out is None:
        collected = []
        write = collected.append
    else:
        write = out.write
    parser = XMLParser(target=C14NWriterTarget(write, **options))
    if xml_data is not None:
        parser.feed(xml_data)
        parser.close()
    else:
        parse(from_file, parser=parser)
    return "".join(collected) if collected is not None else None


def _escape_c14n_text(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#xD;")
    return text


def _escape_c14n_attrib(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\t" in text:
        text = text.replace("\t", "&#x9;")
    if "\n" in text:
        text = text.replace("\n", "&#xA;")
    if "\r" in text:
        text = text.replace("\r", "&#xD;")
    return text


def _split_qname(name):
    if name[:1] == "{":
        uri, local = name[1:].rsplit("}", 1)
        return uri, local
    return "", name


class C14NWriterTarget:
    """A parser target that writes the canonical form (C14N 2.0) of the
    document it receives through write.

    Options: with_comments, strip_text (strip the whitespace around text
    unless xml:space="preserve"), rewrite_prefixes (use n0, n1, ...),
    qname_aware_tags and qname_aware_attrs (whose 'prefix:name' text is
    rewritten like names), exclude_attrs and exclude_tags (dropped, an
    excluded element with its content)."""

    def __init__(self, write, *, with_comments=False, strip_text=False,
                 rewrite_prefixes=False, qname_aware_tags=None,
                 qname_aware_attrs=None, exclude_attrs=None,
                 exclude_tags=None):
        self._write = write
        self._with_comments = with_comments
        self._strip_text = strip_text
        self._rewrite = rewrite_prefixes
        self._qname_tags = set(qname_aware_tags) if qname_aware_tags else None
        self._qname_attrs = (set(qname_aware_attrs) if qname_aware_attrs
                             else None)
        self._exclude_attrs = set(exclude_attrs) if exclude_attrs else None
        self._exclude_tags = set(exclude_tags) if exclude_tags else None
        self._data = []
        self._pending_ns = []
        # The source's declarations, per open element: lists of
        # (prefix, uri), and the bindings written, per open element.
        self._scopes = [[("xml", _XML_NS)]]
        self._rendered = [{"": "", "xml": _XML_NS}]
        self._names = []
        self._preserve = [False]
        self._prefix_map = {}
        self._ignored = 0
        self._deferred = None
        self._root_started = False
        self._root_done = False

    # -- names

    def _source_uri(self, prefix):
        for scope in reversed(self._scopes):
            for p, uri in scope:
                if p == prefix:
                    return uri
        return None

    def _prefix_for(self, uri, needed):
        """The output prefix of a namespace uri; records the binding in
        needed."""
        if uri == _XML_NS:
            return "xml"
        if self._rewrite:
            prefix = self._prefix_map.get(uri)
            if prefix is None:
                prefix = self._prefix_map[uri] = "n%d" % len(self._prefix_map)
        elif not uri:
            prefix = ""
        else:
            prefix = None
            for scope in reversed(self._scopes):
                for p, u in scope:
                    if u == uri:
                        prefix = p
                        break
                if prefix is not None:
                    break
            if prefix is None:
                raise ValueError("Namespace %r is not declared in scope"
                                 % uri)
        needed[prefix] = uri
        return prefix

    def _qname(self, name, needed, attribute=False):
        uri, local = _split_qname(name)
        if attribute and not uri:
            if self._rewrite:
                self._prefix_for("", needed)
            return local
        prefix = self._prefix_for(uri, needed)
        return prefix + ":" + local if prefix else local

    def _qname_value(self, value, needed):
        """Rewrite the prefix of a 'prefix:name' value."""
        prefix, sep, local = value.partition(":")
        if not sep:
            return value
        uri = self._source_uri(prefix)
        if uri is None:
            return value
        new = self._prefix_for(uri, needed)
        return new + ":" + local if new else local

    # -- events

    def start_ns(self, prefix, uri):
        if self._ignored:
            return
        self._pending_ns.append((prefix, uri))

    def data(self, data):
        if not self._ignored:
            self._data.append(data)

    def _flush(self):
        if self._deferred is not None:
            self._render_start(*self._deferred)
        if not self._data:
            return
        text = "".join(self._data)
        self._data = []
        if not self._names:
            return
        if self._strip_text and not self._preserve[-1]:
            text = text.strip()
        if text:
            self._write(_escape_c14n_text(text))

    def start(self, tag, attrs):
        if self._ignored or (self._exclude_tags is not None and
                             tag in self._exclude_tags):
            self._ignored += 1
            self._pending_ns = []
            return
        self._flush()
        self._scopes.append(self._pending_ns)
        self._pending_ns = []
        space = attrs.get("{%s}space" % _XML_NS)
        self._preserve.append(space == "preserve" if space is not None
                              else self._preserve[-1])
        self._root_started = True
        if self._qname_tags is not None and tag in self._qname_tags:
            # The text decides the declarations: wait for it.
            self._deferred = (tag, attrs, True)
            self._names.append(None)
            return
        self._names.append(None)
        self._render_start(tag, attrs, False)

    def _render_start(self, tag, attrs, qname_text):
        self._deferred = None
        needed = {}
        if qname_text:
            text = "".join(self._data)
            self._data = []
        items = []
        for name, value in attrs.items():
            if self._exclude_attrs is not None and name in self._exclude_attrs:
                continue
            items.append((_split_qname(name), name, value))
        items.sort(key=lambda item: item[0])
        if self._rewrite:
            # New namespaces get their prefixes in the order of their URIs.
            uris = {_split_qname(tag)[0]}
            uris.update(split[0] for split, name, value in items)
            for uri in sorted(uris):
                if uri not in self._prefix_map and uri != _XML_NS:
                    self._prefix_map[uri] = "n%d" % len(self._prefix_map)
        rendered_attrs = []
        qname = self._qname(tag, needed)
        for split, name, value in items:
            if self._qname_attrs is not None and name in self._qname_attrs:
                value = self._qname_value(value, needed)
            rendered_attrs.append(' %s="%s"' % (
                self._qname(name, needed, attribute=True),
                _escape_c14n_attrib(value)))
        if qname_text:
            text = self._qname_value(text, needed)
        declarations = {}
        for prefix, uri in needed.items():
            if prefix == "xml":
                continue
            for scope in reversed(self._rendered):
                if prefix in scope:
                    if scope[prefix] != uri:
                        declarations[prefix] = uri
                    break
            else:
                declarations[prefix] = uri
        self._rendered.append(declarations)
        self._names[-1] = qname
        parts = ["<", qname]
        for prefix in sorted(declarations):
            uri = _escape_c14n_attrib(declarations[prefix])
            if prefix:
                parts.append(' xmlns:%s="%s"' % (prefix, uri))
            else:
                parts.append(' xmlns="%s"' % uri)
        parts.extend(rendered_attrs)
        parts.append(">")
        self._write("".join(parts))
        if qname_text and text:
            if self._strip_text and not self._preserve[-1]:
                text = text.strip()
            self._write(_escape_c14n_text(text))

    def end(self, tag):
        if self._ignored:
            self._ignored -= 1
            return
        self._flush()
        self._write("</%s>" % self._names.pop())
        self._rendered.pop()
        self._scopes.pop()
        self._preserve.pop()
        if not self._names:
            self._root_done = True

    def _single(self, text):
        if self._ignored:
            return
        if self._names:
            self._flush()
            self._write(text)
        elif self._root_done:
            self._data = []
            self._write("\n" + text)
        elif not self._root_started:
            self._data = []
            self._write(text + "\n")

    def comment(self, text):
        if self._with_comments:
            self._single("<!--%s-->" % _escape_c14n_text(text))

    def pi(self, target, data):
        if data:
            self._single("<?%s %s?>" % (target, _escape_c14n_text(data)))
        else:
            self._single("<?%s?>" % target)

    def close(self):
        return None
