"""Utilities for SAX-style XML output, as in CPython 3.12's
xml.sax.saxutils: escape(), unescape(), quoteattr() and XMLGenerator, a
content handler that writes the events it receives as XML.
"""

import io
import sys

_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"


def _replace_all(data, entities):
    for key, value in entities.items():
        data = data.replace(key, value)
    return data


def escape(data, entities={}):
    """Escape '&', '<' and '>' in data, then the keys of entities (a dict
    of strings to their replacements)."""
    data = data.replace("&", "&amp;")
    data = data.replace(">", "&gt;")
    data = data.replace("<", "&lt;")
    if entities:
        data = _replace_all(data, entities)
    return data


def unescape(data, entities={}):
    """Turn '&amp;', '&lt;' and '&gt;' back into characters, and the
    keys of entities into their values."""
    data = data.replace("&lt;", "<")
    data = data.replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities)
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Escape data for an attribute value and put it in quotes: double
    quotes, or single ones when data holds double quotes but no single
    ones."""
    entities = {**entities, "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
    data = escape(data, entities)
    if '"' in data:
        if "'" in data:
            data = '"%s"' % data.replace('"', "&quot;")
        else:
            data = "'%s'" % data
    else:
        data = '"%s"' % data
    return data


def _writer(out, encoding):
    """Return a function writing str to out: directly to a text stream,
    encoded (unencodable characters as character references) otherwise."""
    if out is None:
        out = sys.stdout
    if isinstance(out, io.TextIOBase):
        return out.write, getattr(out, "flush", None)
    if isinstance(out, (io.BufferedIOBase, io.RawIOBase)) or \
            "b" in getattr(out, "mode", ""):
        write = out.write

        def write_encoded(text):
            write(text.encode(encoding, "xmlcharrefreplace"))
        return write_encoded, getattr(out, "flush", None)
    return out.write, getattr(out, "flush", None)


class XMLGenerator:
    """A SAX content handler that writes XML to out (sys.stdout by
    default), encoded with encoding when out takes bytes."""

    def __init__(self, out=None, encoding="iso-8859-1",
                 short_empty_elements=False):
        self._write, self._flush = _writer(out, encoding)
        self._ns_contexts = [{}]
        self._current_context = self._ns_contexts[-1]
        self._undeclared_ns_maps = []
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        self._pending_start_element = False

    def _qname(self, name):
        """The prefixed name of a (uri, localname) pair."""
        if name[0]:
            if name[0] == _XML_NAMESPACE:
                return "xml:" + name[1]
            prefix = self._current_context[name[0]]
            if prefix:
                return prefix + ":" + name[1]
        return name[1]

    def _finish_pending_start_element(self, endElement=False):
        if self._pending_start_element:
            self._write(">")
            self._pending_start_element = False

    def setDocumentLocator(self, locator):
        pass

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        if self._flush is not None:
            self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts[-1]
        del self._ns_contexts[-1]

    def startElement(self, name, attrs):
        self._finish_pending_start_element()
        self._write("<" + name)
        for key, value in attrs.items():
            self._write(" %s=%s" % (key, quoteattr(value)))
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            self._write(">")

    def endElement(self, name):
        if self._pending_start_element:
            self._write("/>")
            self._pending_start_element = False
        else:
            self._write("</%s>" % name)

    def startElementNS(self, name, qname, attrs):
        self._finish_pending_start_element()
        self._write("<" + self._qname(name))
        for prefix, uri in self._undeclared_ns_maps:
            if prefix:
                self._write(' xmlns:%s="%s"' % (prefix, uri))
            else:
                self._write(' xmlns="%s"' % uri)
        self._undeclared_ns_maps = []
        for key, value in attrs.items():
            self._write(" %s=%s" % (self._qname(key), quoteattr(value)))
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            self._write(">")

    def endElementNS(self, name, qname):
        if self._pending_start_element:
            self._write("/>")
            self._pending_start_element = False
        else:
            self._write("</%s>" % self._qname(name))

    def characters(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(escape(content))

    def ignorableWhitespace(self, content):
        if content:
            self._finish_pending_start_element()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(content)

    def processingInstruction(self, target, data):
        self._finish_pending_start_element()
        self._write("<?%s %s?>" % (target, data))

    def skippedEntity(self, name):
        pass
