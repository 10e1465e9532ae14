# str.encode and bytes.decode reach the codecs registry for codecs the
# runtime lacks: the escape codecs, registered search functions, and the
# refusal of codecs that are not text encodings.
import codecs
print('é\n\t'.encode('unicode_escape'), b'\\xe9\\n'.decode('unicode_escape'))
print('é€'.encode('raw_unicode_escape'), b'\\u20ac'.decode('raw_unicode_escape'))
for bad in ["'x'.encode('hex')", "b'x'.decode('base64')", "'x'.encode('nope')", "b'x'.decode('nope')"]:
    try:
        eval(bad)
    except LookupError as e:
        print(type(e).__name__, e)
def search(name):
    if name == 'shout':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='shout')
codecs.register(search)
print('hello'.encode('shout'), b'HELLO'.decode('shout'))
print(str(b'ABC', 'shout'))
