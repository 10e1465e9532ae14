"""Weak sets: the ``WeakSet`` class that ``weakref.WeakSet`` names.

A ``WeakSet`` holds its members through weak references, so membership
never keeps an object alive: once the last strong reference to a member
goes, the member silently leaves the set.  The behaviour follows CPython
3.12's ``weakref.WeakSet``, including its handling of members that die
while the set is being iterated over (their removal is postponed until no
iteration is running, so the underlying set does not change size under
the iterator).
"""

import sys
from weakref import ref

__all__ = ["WeakSet"]

# The class of ``list[int]``, i.e. ``types.GenericAlias``, found without
# importing the ``types`` module.
_GenericAlias = type(list[int])


class WeakSet:
    """A set whose members are held by weak references."""

    __hash__ = None

    def __init__(self, data=None):
        # ``data`` is the set of weak references; it is the same set object
        # for the whole life of the WeakSet.  ``_pending_removals`` holds the
        # references of members that died while an iteration was running.
        self.data = set()
        self._pending_removals = []
        self._iterating = 0
        selfref = ref(self)

        def _remove(wr):
            # The callback of every member's reference.  It holds the
            # WeakSet weakly, so members never keep their set alive.
            s = selfref()
            if s is not None:
                if s._iterating:
                    s._pending_removals.append(wr)
                else:
                    s.data.discard(wr)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        """Drop the references of members that died during iteration."""
        pending = self._pending_removals
        discard = self.data.discard
        while pending:
            discard(pending.pop())

    # Basic container protocol.

    def __iter__(self):
        # The count of running iterations is raised when iteration really
        # starts (the first next()), and lowered when the generator
        # finishes or is closed.
        self._iterating += 1
        try:
            for wr in self.data:
                item = wr()
                if item is not None:
                    yield item
        finally:
            self._iterating -= 1
            if not self._iterating and self._pending_removals:
                self._commit_removals()

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        # An object that cannot be weakly referenced is never a member.
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, "__dict__", None))

    __class_getitem__ = classmethod(_GenericAlias)

    # Single-member changes.

    def add(self, item):
        """Add a member (it must support weak references)."""
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        """Remove a member if present."""
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def remove(self, item):
        """Remove a member; KeyError if it is absent."""
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def pop(self):
        """Remove and return an arbitrary live member."""
        if self._pending_removals:
            self._commit_removals()
        data = self.data
        while True:
            try:
                wr = data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        """Remove every member."""
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        """A new WeakSet with the same members."""
        return self.__class__(self)

    # Whole-set changes.  The in-place operators accept any iterable, like
    # the named methods.

    def update(self, other):
        """Add every member of the iterable ``other``."""
        if self._pending_removals:
            self._commit_removals()
        add = self.add
        for item in other:
            add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        """Remove every member of the iterable ``other``."""
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if other is self:
            self.data.clear()
        else:
            # Members are removed one by one, so an item that cannot be
            # weakly referenced stops the update part way, as in CPython.
            discard = self.data.discard
            for item in other:
                discard(ref(item))
        return self

    def intersection_update(self, other):
        """Keep only the members that are also in the iterable ``other``."""
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update([ref(item) for item in other])
        return self

    def symmetric_difference_update(self, other):
        """Keep the members in exactly one of this set and ``other``."""
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if other is self:
            self.data.clear()
        else:
            remove = self._remove
            self.data.symmetric_difference_update(
                [ref(item, remove) for item in other])
        return self

    # Operations building a new WeakSet.

    def union(self, other):
        """A new WeakSet with the members of both."""
        result = self.__class__(self)
        result.update(other)
        return result

    __or__ = union

    def difference(self, other):
        """A new WeakSet with the members not in ``other``."""
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def intersection(self, other):
        """A new WeakSet with the members also in ``other``."""
        return self.__class__([item for item in other if item in self])

    __and__ = intersection

    def symmetric_difference(self, other):
        """A new WeakSet with the members in exactly one of the two."""
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    # Comparisons.  Apart from ==, they accept any iterable.

    def issubset(self, other):
        """True if every member is in the iterable ``other``."""
        return self.data.issubset([ref(item) for item in other])

    __le__ = issubset

    def __lt__(self, other):
        return self.data < {ref(item) for item in other}

    def issuperset(self, other):
        """True if every item of the iterable ``other`` is a member."""
        return self.data.issuperset([ref(item) for item in other])

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > {ref(item) for item in other}

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == {ref(item) for item in other}

    def isdisjoint(self, other):
        """True if no item of the iterable ``other`` is a member."""
        return len(self.intersection(other)) == 0


# CPython registers WeakSet as a virtual MutableSet.  Importing
# collections.abc only for that would make this module costly to import, so
# the registration happens when collections.abc is already loaded.
if "collections.abc" in sys.modules:
    sys.modules["collections.abc"].MutableSet.register(WeakSet)
