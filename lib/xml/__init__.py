"""Core XML support: the xml.etree.ElementTree element API and the
xml.sax.saxutils helpers, written in pure Python for pyprobe."""
