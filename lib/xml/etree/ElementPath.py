"""The limited XPath of ElementTree's find(), findall(), findtext() and
iterfind(), as in CPython 3.12: tags (with {uri} names, prefixes from a
namespaces dict and the {*} / {} wildcards), '*', '.', '..', '//', and
the predicates [@attr], [@attr='value'], [@attr!='value'], [tag],
[tag='text'], [tag!='text'], [.='text'], [.!='text'], [position],
[last()] and [last()-n].

A path is compiled once into a list of selectors, each a function that
maps an iterable of elements to the next one; compiled paths are cached.
"""

_OPERATORS_1 = frozenset("/.*:[]()@=")
_NAME_STOP = frozenset("/[]()@!=")


def _tokenize(path):
    """Split a path into (operator, name) tokens, like ElementTree's token
    expression: operators are quoted strings, '::', '/', '//', '..', '()',
    '!=' and the characters of /.*:[]()@=; names may start with a {uri};
    a run of whitespace gives ('', '')."""
    tokens = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == "'" or c == '"':
            close = path.find(c, i + 1)
            if close >= 0:
                tokens.append((path[i:close + 1], ""))
                i = close + 1
                continue
        elif c == ":" and path[i + 1:i + 2] == ":":
            tokens.append(("::", ""))
            i += 2
            continue
        elif c == "/" and path[i + 1:i + 2] == "/":
            tokens.append(("//", ""))
            i += 2
            continue
        elif c == "." and path[i + 1:i + 2] == ".":
            tokens.append(("..", ""))
            i += 2
            continue
        elif c == "(" and path[i + 1:i + 2] == ")":
            tokens.append(("()", ""))
            i += 2
            continue
        elif c == "!" and path[i + 1:i + 2] == "=":
            tokens.append(("!=", ""))
            i += 2
            continue
        if c in _OPERATORS_1:
            tokens.append((c, ""))
            i += 1
            continue
        if c.isspace():
            j = i + 1
            while j < n and path[j].isspace():
                j += 1
            tokens.append(("", ""))
            i = j
            continue
        if c == "!":
            # A lone '!' starts no token.
            i += 1
            continue
        # A name, perhaps with a leading {uri}.
        j = i
        if c == "{":
            close = path.find("}", i + 1)
            if close > i + 1:
                k = close + 1
                if k < n and path[k] not in _NAME_STOP and \
                        not path[k].isspace():
                    j = k
        while j < n and path[j] not in _NAME_STOP and not path[j].isspace():
            j += 1
        tokens.append(("", path[i:j]))
        i = j
    return tokens


def xpath_tokenizer(pattern, namespaces=None):
    """Tokenize a path, resolving prefix:name with namespaces (and
    unprefixed names with its '' entry, except attribute names)."""
    default_namespace = namespaces.get("") if namespaces else None
    parsing_attribute = False
    for token in _tokenize(pattern):
        ttype, tag = token
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, local = tag.split(":", 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield ttype, "{%s}%s" % (namespaces[prefix], local)
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map"
                                      % prefix) from None
            elif default_namespace and not parsing_attribute:
                yield ttype, "{%s}%s" % (default_namespace, tag)
            else:
                yield token
            parsing_attribute = False
        else:
            yield token
            parsing_attribute = ttype == "@"


def get_parent_map(context):
    """The child -> parent map of the tree searched (made once)."""
    parent_map = context.parent_map
    if parent_map is None:
        context.parent_map = parent_map = {}
        for parent in context.root.iter():
            for child in parent:
                parent_map[child] = parent
    return parent_map


def _tag_matcher(tag):
    """Return a test for the tags a name token selects, or None when only
    the equal tag matches."""
    if tag == "*" or tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        suffix = "}" + tag[3:]
        name = tag[3:]
        return lambda t: t == name or (isinstance(t, str) and t[:1] == "{"
                                       and t.endswith(suffix))
    if tag[:2] == "{}":
        name = tag[2:]
        return lambda t: t == name
    if tag[-2:] == "}*" and tag[:1] == "{":
        prefix = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(prefix)
    return None


def prepare_child(next, token):
    tag = token[1]
    match = _tag_matcher(tag)
    if match is None:
        def select(context, result):
            for elem in result:
                for child in elem:
                    if child.tag == tag:
                        yield child
    else:
        def select(context, result):
            for elem in result:
                for child in elem:
                    if match(child.tag):
                        yield child
    return select


def prepare_star(next, token):
    def select(context, result):
        for elem in result:
            for child in elem:
                if isinstance(child.tag, str):
                    yield child
    return select


def prepare_self(next, token):
    def select(context, result):
        yield from result
    return select


def prepare_descendant(next, token):
    token = next()
    if token[0] == "*":
        tag = "*"
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError("invalid descendant")
    match = _tag_matcher(tag)
    if match is None:
        def select(context, result):
            for elem in result:
                for e in elem.iter(tag):
                    if e is not elem:
                        yield e
    else:
        def select(context, result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem and match(e.tag):
                        yield e
    return select


def prepare_parent(next, token):
    def select(context, result):
        parent_map = get_parent_map(context)
        seen = set()
        for elem in result:
            parent = parent_map.get(elem)
            if parent is not None and id(parent) not in seen:
                seen.add(id(parent))
                yield parent
    return select


def _is_number(text):
    digits = text[1:] if text[:1] == "-" else text
    return digits.isdigit()


def _text_of(elem):
    return "".join(elem.itertext())


def prepare_predicate(next, token):
    # Gather the predicate's tokens and a signature: each operator stands
    # for itself, a name for '-', a quoted string for "'".
    signature = ""
    predicate = []
    while True:
        try:
            token = next()
        except StopIteration:
            return None
        if token[0] == "]":
            break
        if token == ("", ""):
            continue
        if token[0] and token[0][:1] in "'\"":
            token = "'", token[0][1:-1]
        signature += token[0] or "-"
        predicate.append(token[1])

    if signature == "@-":
        key = predicate[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select

    if signature == "@-='" or signature == "@-!='":
        key = predicate[1]
        value = predicate[-1]
        if signature == "@-='":
            def select(context, result):
                for elem in result:
                    if elem.get(key) == value:
                        yield elem
        else:
            def select(context, result):
                for elem in result:
                    attr = elem.get(key)
                    if attr is not None and attr != value:
                        yield elem
        return select

    if signature == "-" and not _is_number(predicate[0]):
        tag = predicate[0]

        def select(context, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return select

    if (signature == "-='" or signature == "-!='") and \
            not _is_number(predicate[0]):
        tag = predicate[0]
        value = predicate[-1]
        if signature == "-='":
            def select(context, result):
                for elem in result:
                    for e in elem.findall(tag):
                        if _text_of(e) == value:
                            yield elem
                            break
        else:
            def select(context, result):
                for elem in result:
                    for e in elem.iterfind(tag):
                        if _text_of(e) != value:
                            yield elem
                            break
        return select

    if signature == ".='" or signature == ".!='":
        value = predicate[-1]
        if signature == ".='":
            def select(context, result):
                for elem in result:
                    if _text_of(elem) == value:
                        yield elem
        else:
            def select(context, result):
                for elem in result:
                    if _text_of(elem) != value:
                        yield elem
        return select

    if signature == "-" or signature == "-()" or signature == "-()-":
        if signature == "-":
            index = int(predicate[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if predicate[0] != "last":
                raise SyntaxError("unsupported function")
            if signature == "-()-":
                try:
                    index = int(predicate[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression") from None
                if index > -2:
                    raise SyntaxError(
                        "XPath offset from last() must be negative")
            else:
                index = -1

        def select(context, result):
            parent_map = get_parent_map(context)
            for elem in result:
                parent = parent_map.get(elem)
                if parent is None:
                    continue
                tag = elem.tag
                siblings = [e for e in parent if e.tag == tag]
                try:
                    if siblings[index] is elem:
                        yield elem
                except IndexError:
                    pass
        return select

    raise SyntaxError("invalid predicate")


ops = {
    "": prepare_child,
    "*": prepare_star,
    ".": prepare_self,
    "..": prepare_parent,
    "//": prepare_descendant,
    "[": prepare_predicate,
}

_cache = {}


class _SelectorContext:
    __slots__ = ("root", "parent_map")

    def __init__(self, root):
        self.root = root
        self.parent_map = None


def _compile(path, namespaces):
    if path[-1:] == "/":
        path = path + "*"
    if namespaces:
        cache_key = (path, tuple(sorted(namespaces.items())))
    else:
        cache_key = (path, None)
    selector = _cache.get(cache_key)
    if selector is not None:
        return selector
    if len(_cache) > 100:
        _cache.clear()
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    next = iter(xpath_tokenizer(path, namespaces)).__next__
    selector = []
    try:
        token = next()
    except StopIteration:
        _cache[cache_key] = selector
        return selector
    while True:
        try:
            selector.append(ops[token[0]](next, token))
        except StopIteration:
            raise SyntaxError("invalid path") from None
        try:
            token = next()
            if token[0] == "/":
                token = next()
        except StopIteration:
            break
    _cache[cache_key] = selector
    return selector


def iterfind(elem, path, namespaces=None):
    """Iterate over the elements path selects from elem."""
    selector = _compile(path, namespaces)
    result = iter((elem,))
    context = _SelectorContext(elem)
    for select in selector:
        result = select(context, result)
    return result


def find(elem, path, namespaces=None):
    """Return the first element path selects, or None."""
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    """Return the list of elements path selects."""
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    """Return the text of the first element path selects ('' when it has
    none), or default."""
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ""
