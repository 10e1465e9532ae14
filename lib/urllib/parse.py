"""Parse URLs into their components and put them back together, as in
CPython 3.12's urllib.parse.

It has urlsplit()/urlunsplit() and urlparse()/urlunparse() (with the
result tuples and their username, password, hostname and port
properties), urljoin() with RFC 3986 resolution for the schemes that
allow relative references, urldefrag(), percent-quoting (quote,
quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes)
and query strings (urlencode, parse_qs, parse_qsl).  Every function takes
str or bytes; bytes arguments must be ASCII and give bytes results.
"""

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

from collections import namedtuple

# Schemes whose URLs may be resolved against a base URL.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

# Schemes whose URLs have a network location ("//host") part.
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss', 'itms-services']

# Schemes whose last path segment may carry ";parameters".
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']

# These lists are kept for compatibility; parsing does not consult them.
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

# The characters a scheme name may contain.
scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Leading C0 control characters and spaces are stripped from URLs, and
# tabs and newlines are removed everywhere (WHATWG URL standard).
_WHATWG_C0_CONTROL_OR_SPACE = ''.join([chr(i) for i in range(33)])
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

# Characters whose NFKC form contains one of '/?#@:'; a netloc holding
# one of them would change meaning once normalized.
_NFKC_UNSAFE = ('\u2047\u2048\u2049\u2100\u2101\u2105\u2106\u2a74\ufe13'
                '\ufe16\ufe55\ufe56\ufe5f\ufe6b\uff03\uff0f\uff1a\uff1f'
                '\uff20')

# Results of urlsplit(), which is often called many times on one URL.
_split_cache = {}
_SPLIT_CACHE_LIMIT = 128


def clear_cache():
    """Clear the cache of urlsplit() results."""
    _split_cache.clear()
    _byte_quoters.clear()


# ---------------------------------------------------------------------------
# str/bytes handling.  Functions work on str; bytes arguments are decoded as
# ASCII on the way in and results encoded back on the way out.

_implicit_encoding = 'ascii'
_implicit_errors = 'strict'


def _noop(obj):
    return obj


def _encode_result(obj, encoding=_implicit_encoding,
                   errors=_implicit_errors):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding=_implicit_encoding,
                 errors=_implicit_errors):
    return tuple([x.decode(encoding, errors) if x else '' for x in args])


def _coerce_args(*args):
    """Return the arguments as str, followed by the function that turns a
    result back into the type of the first argument."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        # An empty argument of either type goes with anything.
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# ---------------------------------------------------------------------------
# Result types.

class _ResultMixinStr(object):
    """Conversion of a result of str components to its bytes form."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(
            *[x.encode(encoding, errors) for x in self])


class _ResultMixinBytes(object):
    """Conversion of a result of bytes components to its str form."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(
            *[x.decode(encoding, errors) for x in self])


class _NetlocResultMixinBase(object):
    """The parts of the network location as properties."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # The zone of an IPv6 address ("%eth0") keeps its case.
        sep = '%' if isinstance(hostname, str) else b'%'
        hostname, percent, zone = hostname.partition(sep)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(
                    f"Port could not be cast to integer value as {port!r}")
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        userinfo, have_info, _ = self.netloc.rpartition('@')
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(':')
        return username, (password if have_password else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition('@')[2]
        _, have_bracket, bracketed = hostinfo.partition('[')
        if have_bracket:
            hostname, _, rest = bracketed.partition(']')
            port = rest.partition(':')[2]
        else:
            hostname, _, port = hostinfo.partition(':')
        return hostname, (port or None)


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        userinfo, have_info, _ = self.netloc.rpartition(b'@')
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(b':')
        return username, (password if have_password else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition(b'@')[2]
        _, have_bracket, bracketed = hostinfo.partition(b'[')
        if have_bracket:
            hostname, _, rest = bracketed.partition(b']')
            port = rest.partition(b':')[2]
        else:
            hostname, _, port = hostinfo.partition(b':')
        return hostname, (port or None)


# The old name of the base of the str result types with a netloc.
ResultBase = _NetlocResultMixinStr

_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple(
    'SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple(
    'ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragResultBase, _ResultMixinStr):
    """A URL without its fragment, and the fragment."""
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    """The five components of a URL, as urlsplit() returns them."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    """The six components of a URL, as urlparse() returns them."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    """DefragResult with bytes components."""
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    """SplitResult with bytes components."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    """ParseResult with bytes components."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


DefragResult._encoded_counterpart = DefragResultBytes
SplitResult._encoded_counterpart = SplitResultBytes
ParseResult._encoded_counterpart = ParseResultBytes
DefragResultBytes._decoded_counterpart = DefragResult
SplitResultBytes._decoded_counterpart = SplitResult
ParseResultBytes._decoded_counterpart = ParseResult


# ---------------------------------------------------------------------------
# Splitting and joining.

def _splitnetloc(url, start=0):
    """Split url[start:] at the first '/', '?' or '#'."""
    end = len(url)
    for delim in '/?#':
        pos = url.find(delim, start)
        if 0 <= pos < end:
            end = pos
    return url[start:end], url[end:]


def _splitparams(url):
    """Split the ';parameters' off the last segment of a path."""
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


_HEXDIGITS = '0123456789abcdefABCDEF'


def _is_ipv4(text):
    """Whether text is a dotted-quad IPv4 address as ipaddress accepts it."""
    octets = text.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not octet or len(octet) > 3:
            return False
        if not (octet.isascii() and octet.isdigit()):
            return False
        if octet[0] == '0' and octet != '0':
            return False
        if int(octet) > 255:
            return False
    return True


def _is_ipv6(text):
    """Whether text is an IPv6 address (with an optional %zone) as
    ipaddress accepts it."""
    addr, percent, zone = text.partition('%')
    if percent and (not zone or '%' in zone):
        return False
    if not addr:
        return False
    parts = addr.split(':')
    if len(parts) < 3:
        return False
    if '.' in parts[-1]:
        # A trailing IPv4 address stands for the last two groups.
        if not _is_ipv4(parts.pop()):
            return False
        parts.extend(['0', '0'])
    if len(parts) > 9:
        return False
    skip = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip is not None:
                return False
            skip = i
    if skip is not None:
        head = skip
        tail = len(parts) - skip - 1
        if not parts[0]:
            head -= 1
            if head:
                return False
        if not parts[-1]:
            tail -= 1
            if tail:
                return False
        if head + tail > 7:
            return False
        groups = parts[:head] + parts[len(parts) - tail:]
    else:
        if len(parts) != 8 or not parts[0] or not parts[-1]:
            return False
        groups = parts
    for group in groups:
        if not group or len(group) > 4:
            return False
        for ch in group:
            if ch not in _HEXDIGITS:
                return False
    return True


def _check_bracketed_host(host):
    """Validate the text between '[' and ']' in a netloc."""
    if host.startswith('v'):
        # IPvFuture: "v" 1*HEXDIG "." 1*(any character but a newline).
        dot = host.find('.')
        ok = dot > 1 and dot < len(host) - 1 and '\n' not in host[dot + 1:]
        if ok:
            for ch in host[1:dot]:
                if ch not in _HEXDIGITS:
                    ok = False
                    break
        if not ok:
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError(
            f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    for ch in netloc:
        if ch in _NFKC_UNSAFE:
            raise ValueError(f"netloc '{netloc}' contains invalid "
                             "characters under NFKC normalization")


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into its five components:
    <scheme>://<netloc>/<path>?<query>#<fragment>

    The result is a SplitResult named tuple.  The path is not split into
    ";parameters"; urlparse() does that.
    """
    key = (url, scheme, allow_fragments)
    result = _split_cache.get(key)
    if result is not None:
        return result
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for ch in _UNSAFE_URL_BYTES_TO_REMOVE:
        if ch in url:
            url = url.replace(ch, '')
        if ch in scheme:
            scheme = scheme.replace(ch, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        for ch in url[:colon]:
            if ch not in scheme_chars:
                break
        else:
            scheme = url[:colon].lower()
            url = url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        has_open = '[' in netloc
        has_close = ']' in netloc
        if has_open != has_close:
            raise ValueError("Invalid IPv6 URL")
        if has_open:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    result = coerce(SplitResult(scheme, netloc, url, query, fragment))
    if len(_split_cache) >= _SPLIT_CACHE_LIMIT:
        _split_cache.clear()
    _split_cache[key] = result
    return result


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into its six components:
    <scheme>://<netloc>/<path>;<params>?<query>#<fragment>

    The result is a ParseResult named tuple.  Only schemes listed in
    uses_params have their ";params" split off.
    """
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(
        url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return coerce(ParseResult(scheme, netloc, url, params, query, fragment))


def urlunsplit(components):
    """Build a URL from the five components urlsplit() returns.

    The result may differ from the original URL (an empty query or
    fragment is dropped, for instance) but means the same.
    """
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return coerce(url)


def urlunparse(components):
    """Build a URL from the six components urlparse() returns."""
    scheme, netloc, url, params, query, fragment, coerce = (
        _coerce_args(*components))
    if params:
        url = url + ';' + params
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against the base URL base, giving an absolute URL."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(
        base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(
        url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse(
                (scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc

    if not path and not params:
        # Only a query and/or fragment: keep the base's path.
        if not query:
            query = bquery
        return coerce(urlunparse(
            (scheme, netloc, bpath, bparams, query, fragment)))

    if path[:1] == '/':
        segments = path.split('/')
    else:
        # Merge with the base path minus its last segment, dropping the
        # empty segments in between that would double a slash.
        base_parts = bpath.split('/')
        if base_parts[-1] != '':
            del base_parts[-1]
        segments = base_parts + path.split('/')
        segments[1:-1] = [seg for seg in segments[1:-1] if seg]

    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        # A path ending in a dot segment names a directory.
        resolved.append('')

    return coerce(urlunparse((scheme, netloc, '/'.join(resolved) or '/',
                              params, query, fragment)))


def urldefrag(url):
    """Remove the fragment from a URL: returns DefragResult(url, fragment),
    the fragment being empty when there is none."""
    url, coerce = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return coerce(DefragResult(defrag, frag))


# ---------------------------------------------------------------------------
# Percent-encoding.

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)

# Tables mapping each byte to its quoted text, one per set of safe bytes.
_byte_quoters = {}

# The byte value of each two-digit hex escape, built on first use.
_hextobyte = None


def _hex_table():
    global _hextobyte
    if _hextobyte is None:
        table = {}
        for a in _HEXDIGITS:
            for b in _HEXDIGITS:
                table[(a + b).encode()] = bytes([int(a + b, 16)])
        _hextobyte = table
    return _hextobyte


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        # Fail on objects that are neither str nor bytes.
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    table = _hex_table()
    res = [bits[0]]
    for item in bits[1:]:
        byte = table.get(item[:2])
        if byte is None:
            res.append(b'%')
            res.append(item)
        else:
            res.append(byte)
            res.append(item[2:])
    return b''.join(res)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their characters: unquote('abc%20def') ->
    'abc def'.

    The escaped bytes of each run of ASCII text are decoded together with
    encoding and errors; other characters are kept as they are.
    """
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        # Fail on objects that are not str.
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    if string.isascii():
        return unquote_to_bytes(string).decode(encoding, errors)
    parts = []
    n = len(string)
    i = 0
    while i < n:
        j = i
        while j < n and string[j] >= '\x80':
            j += 1
        if j > i:
            parts.append(string[i:j])
        k = j
        while k < n and string[k] < '\x80':
            k += 1
        if k > j:
            parts.append(unquote_to_bytes(string[j:k]).decode(
                encoding, errors))
        i = k
    return ''.join(parts)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace '+' by a space, as HTML form
    values require."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def _byte_quoter(safe):
    """The table giving the quoted text of each byte, given the extra
    safe bytes."""
    table = _byte_quoters.get(safe)
    if table is None:
        keep = _ALWAYS_SAFE.union(safe)
        table = [chr(b) if b in keep else '%{:02X}'.format(b)
                 for b in range(256)]
        _byte_quoters[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but take a bytes object:
    quote_from_bytes(b'abc def\\x3f') -> 'abc%20def%3F'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        # Non-ASCII characters of safe cannot be kept.
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _byte_quoter(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode the characters of a URL component that are not
    letters, digits, '_.-~' or in safe: quote('abc def') -> 'abc%20def'.

    str is first encoded with encoding (default 'utf-8') and errors
    (default 'strict'); bytes are quoted as they are.
    """
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace spaces by '+', as HTML form values
    require; '/' is not safe by default."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


# ---------------------------------------------------------------------------
# Query strings.

def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as a query string
    "k1=v1&k2=v2", quoting each key and value with quote_via.

    With doseq, a value that is a sequence gives one pair per element.
    """
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def quote_one(obj):
        if isinstance(obj, bytes):
            return quote_via(obj, safe)
        return quote_via(str(obj), safe, encoding, errors)

    out = []
    if not doseq:
        for k, v in query:
            out.append(quote_one(k) + '=' + quote_one(v))
        return '&'.join(out)
    for k, v in query:
        k = quote_one(k)
        if isinstance(v, (bytes, str)):
            out.append(k + '=' + quote_one(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + quote_one(v))
        else:
            for elt in v:
                out.append(k + '=' + quote_one(elt))
    return '&'.join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """Parse a query string into a list of (name, value) pairs.

    keep_blank_values keeps fields with empty values; strict_parsing
    raises ValueError on a field without '='; max_num_fields limits the
    number of fields; separator is the text between fields.
    """
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')

    pairs = []
    for field in (qs.split(separator) if qs else ()):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '),
                           encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '),
                            encoding=encoding, errors=errors)
            pairs.append((coerce(name), coerce(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """Parse a query string into a dict mapping each name to the list of
    its values; the arguments are those of parse_qsl()."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


# ---------------------------------------------------------------------------
# Old helpers, kept for compatibility.

def unwrap(url):
    """Remove the '<URL:...>' wrapping of a URL: unwrap('<URL:type://host/path>')
    -> 'type://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _to_bytes(url):
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters")
    return url


def _splittype(url):
    """splittype('type:opaquestring') --> 'type', 'opaquestring'."""
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def _splithost(url):
    """splithost('//host[:port]/path') --> 'host[:port]', '/path'."""
    if url[:2] == '//':
        host_port, path = _splitnetloc(url, 2)
        if path and path[0] != '/':
            path = '/' + path
        return host_port, path
    return None, url


def _splituser(host):
    """splituser('user[:passwd]@host[:port]') --> 'user[:passwd]',
    'host[:port]'."""
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def _splitpasswd(user):
    """splitpasswd('user:passwd') -> 'user', 'passwd'."""
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def _splitport(host):
    """splitport('host:port') --> 'host', 'port'."""
    colon = host.rfind(':')
    if colon >= 0:
        port = host[colon + 1:]
        if port.isascii() and (port.isdigit() or not port):
            return host[:colon], (port or None)
    return host, None


def _splitnport(host, defport=-1):
    """Split host and port, returning the port as a number: the number is
    defport when there is no port and None when it is not a number."""
    host, delim, port = host.rpartition(':')
    if not delim:
        host = port
    elif port:
        if port.isdigit() and port.isascii():
            nport = int(port)
        else:
            nport = None
        return host, nport
    return host, defport


def _splitquery(url):
    """splitquery('/path?query') --> '/path', 'query'."""
    path, delim, query = url.rpartition('?')
    if delim:
        return path, query
    return url, None


def _splittag(url):
    """splittag('/path#tag') --> '/path', 'tag'."""
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def _splitattr(url):
    """splitattr('/path;attr1=value1;attr2=value2;...') ->
    '/path', ['attr1=value1', 'attr2=value2', ...]."""
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    """splitvalue('attr=value') --> 'attr', 'value'."""
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)


def _deprecated(name, func, advice):
    message = f"urllib.parse.{name}() is deprecated as of 3.8"
    if advice:
        message += f", use urllib.parse.{advice}() instead"

    def wrapper(*args, **kwargs):
        import warnings
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    wrapper.__name__ = wrapper.__qualname__ = name
    wrapper.__doc__ = func.__doc__
    return wrapper


to_bytes = _deprecated('to_bytes', _to_bytes, None)
splittype = _deprecated('splittype', _splittype, 'urlparse')
splithost = _deprecated('splithost', _splithost, 'urlparse')
splituser = _deprecated('splituser', _splituser, 'urlparse')
splitpasswd = _deprecated('splitpasswd', _splitpasswd, 'urlparse')
splitport = _deprecated('splitport', _splitport, 'urlparse')
splitnport = _deprecated('splitnport', _splitnport, 'urlparse')
splitquery = _deprecated('splitquery', _splitquery, 'urlparse')
splittag = _deprecated('splittag', _splittag, 'urlparse')
splitattr = _deprecated('splitattr', _splitattr, 'urlparse')
splitvalue = _deprecated('splitvalue', _splitvalue, 'parse_qsl')
