"""A lexical analyser for simple shell-like syntaxes, as in CPython 3.12's
shlex module: the shlex tokenizer class, split(), quote() and join().

In POSIX mode (the default of split()) quotes are removed from words,
backslash escapes work outside single quotes, and an empty input gives no
token; in compatibility mode quotes stay in the tokens.  With
punctuation_chars, runs of characters such as '();<>|&' become separate
tokens.
"""

import sys

__all__ = ["shlex", "split", "quote", "join"]


class _StringReader:
    """A minimal read-only text stream over a str (there is no io module)."""

    def __init__(self, text):
        self._text = text
        self._pos = 0

    def read(self, size=-1):
        pos = self._pos
        if size is None or size < 0:
            end = len(self._text)
        else:
            end = min(pos + size, len(self._text))
        self._pos = end
        return self._text[pos:end]

    def readline(self):
        pos = self._pos
        end = self._text.find("\n", pos)
        end = len(self._text) if end < 0 else end + 1
        self._pos = end
        return self._text[pos:end]

    def close(self):
        pass


class shlex:
    """A tokenizer for shell-like text read from a string or a stream.

    Iterating over it (or calling get_token() until it returns eof) gives
    the tokens.  The character classes (wordchars, whitespace, quotes,
    escape, escapedquotes, commenters) and whitespace_split may be changed
    before reading.
    """

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = _StringReader(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = ("abcdfeghijklmnopqrstuvwxyz"
                          "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
        if posix:
            self.wordchars += ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                               "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = []
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read ahead while scanning punctuation (a stack).
            self._pushback_chars = []
            # Characters common in file names, options and wildcards join
            # words, unless they are punctuation.
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        """The characters that form punctuation tokens (read-only)."""
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token back: the next get_token() returns it."""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a stream or a str) until it is exhausted,
        then go back to the current input."""
        if isinstance(newstream, str):
            newstream = _StringReader(newstream)
        self.filestack.insert(0, (self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print("shlex: pushing to file %s" % (self.infile,))
            else:
                print("shlex: pushing to stream %s" % (self.instream,))

    def pop_source(self):
        """Close the current input and return to the one pushed before."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.pop(0)
        if self.debug:
            print("shlex: popping to %s, line %d" % (self.instream,
                                                     self.lineno))
        self.state = " "

    def get_token(self):
        """The next token, from the pushback queue or the input; eof at
        the end.  Handles source inclusion when self.source is set."""
        if self.pushback:
            tok = self.pushback.pop(0)
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        # At the end of an included input, continue with the one before.
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    def read_token(self):
        """Read one raw token from the input (no pushback, no inclusion).

        self.state is ' ' between tokens, 'a' in a word, 'c' in
        punctuation, a quote character inside quotes, an escape character
        after an escape, and None at the end of the input.
        """
        quoted = False
        escapedstate = " "
        posix = self.posix
        punctuation = self._punctuation_chars
        while True:
            if punctuation and self._pushback_chars:
                nextchar = self._pushback_chars.pop()
            else:
                nextchar = self.instream.read(1)
            if nextchar == "\n":
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r"
                      % (self.state, nextchar))
            state = self.state
            if state is None:
                # The input was exhausted before.
                self.token = ""
                break
            elif state == " ":
                if not nextchar:
                    self.state = None
                    break
                elif nextchar in self.whitespace:
                    if self.token or (posix and quoted):
                        break
                    continue
                elif nextchar in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif posix and nextchar in self.escape:
                    escapedstate = "a"
                    self.state = nextchar
                elif nextchar in self.wordchars:
                    self.token = nextchar
                    self.state = "a"
                elif nextchar in punctuation:
                    self.token = nextchar
                    self.state = "c"
                elif nextchar in self.quotes:
                    if not posix:
                        self.token = nextchar
                    self.state = nextchar
                elif self.whitespace_split:
                    self.token = nextchar
                    self.state = "a"
                else:
                    # Any other character is a token by itself.
                    self.token = nextchar
                    if self.token or (posix and quoted):
                        break
                    continue
            elif state in self.quotes:
                quoted = True
                if not nextchar:
                    raise ValueError("No closing quotation")
                if nextchar == state:
                    if not posix:
                        self.token += nextchar
                        self.state = " "
                        break
                    self.state = "a"
                elif (posix and nextchar in self.escape and
                      state in self.escapedquotes):
                    escapedstate = state
                    self.state = nextchar
                else:
                    self.token += nextchar
            elif state in self.escape:
                if not nextchar:
                    raise ValueError("No escaped character")
                # Inside quotes, an escape only escapes the quote and
                # itself; otherwise the backslash is kept.
                if (escapedstate in self.quotes and nextchar != state and
                        nextchar != escapedstate):
                    self.token += state
                self.token += nextchar
                self.state = escapedstate
            elif state in ("a", "c"):
                if not nextchar:
                    self.state = None
                    break
                elif nextchar in self.whitespace:
                    self.state = " "
                    if self.token or (posix and quoted):
                        break
                    continue
                elif nextchar in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if posix:
                        self.state = " "
                        if self.token or (posix and quoted):
                            break
                        continue
                elif state == "c":
                    if nextchar in punctuation:
                        self.token += nextchar
                    else:
                        if nextchar not in self.whitespace:
                            self._pushback_chars.append(nextchar)
                        self.state = " "
                        break
                elif posix and nextchar in self.quotes:
                    self.state = nextchar
                elif posix and nextchar in self.escape:
                    escapedstate = "a"
                    self.state = nextchar
                elif (nextchar in self.wordchars or nextchar in self.quotes or
                      (self.whitespace_split and
                       nextchar not in punctuation)):
                    self.token += nextchar
                else:
                    # The character ends the word and is read again.
                    if punctuation:
                        self._pushback_chars.append(nextchar)
                    else:
                        self.pushback.insert(0, nextchar)
                    self.state = " "
                    if self.token or (posix and quoted):
                        break
                    continue
        result = self.token
        self.token = ""
        if posix and not quoted and result == "":
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        """Open a file named by a source-inclusion request: return
        (name, stream)."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # A relative name is relative to the including file's directory.
        if isinstance(self.infile, str) and not newfile.startswith("/"):
            slash = self.infile.rfind("/")
            if slash >= 0:
                newfile = self.infile[:slash + 1] + newfile
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """A '"file", line n: ' prefix for error messages."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s the way a shell would (POSIX rules by default);
    comments keeps '#' comments from being tokens."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


# Characters that never need quoting for a POSIX shell.
_SAFE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                        "0123456789_@%+=:,./-")


def quote(s):
    """Quote s for use as one word in a POSIX shell command line."""
    if not s:
        return "''"
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like "
                            "object")
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(s).__name__)
    for ch in s:
        if ch not in _SAFE_CHARS:
            break
    else:
        return s
    # Single quotes protect everything; a single quote itself is written
    # as '"'"' (close, double-quoted quote, reopen).
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The inverse of split(): quote each word and join with spaces."""
    return " ".join(quote(arg) for arg in split_command)
