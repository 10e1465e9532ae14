"""Simple API for XML: this package holds only xml.sax.saxutils."""
