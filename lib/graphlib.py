"""Graph algorithms: CPython's graphlib, a topological sorter of hashable
nodes.

``TopologicalSorter`` takes a graph as a mapping from nodes to their
predecessors (or node by node with ``add``) and hands the nodes out in
dependency order, either all at once with ``static_order`` or in batches
with ``get_ready``/``done`` so that independent nodes can be processed in
parallel.  Nodes come out in the same order as with CPython for the same
sequence of calls, and a cycle raises ``CycleError`` naming one cycle.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# States of a node once prepare() has run, kept where the count of its
# pending predecessors is (a count is never negative).
_PASSED_OUT = -1
_DONE = -2


class _Node:
    """What the sorter knows about one node."""

    __slots__ = ('node', 'pending', 'successors')

    def __init__(self, node):
        self.node = node
        # The number of predecessors not yet done, or one of the states
        # _PASSED_OUT and _DONE.
        self.pending = 0
        # Every node added with this one as a predecessor, repeats
        # included.
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle.

    The second item of ``args`` lists the nodes of one cycle, the first
    node repeated at the end: in ``[a, b, c, a]`` each node is a
    predecessor of the next one.
    """


class TopologicalSorter:
    """Sort the nodes of a graph so that every node comes after its
    predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node to the graph, with the given predecessors.

        A node may be added several times; its predecessors accumulate.
        Predecessors not yet in the graph are added too.
        """
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.pending += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Finish the graph and find the nodes ready at the start.

        Raises CycleError if the graph has a cycle; nodes handed out
        before the cycle is reached can still be processed.
        """
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.pending == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of the nodes whose predecessors are all done and
        that were not returned before."""
        ready = self._ready
        if ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(ready)
        nodes = self._nodes
        for node in result:
            nodes[node].pending = _PASSED_OUT
        ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        """Return True while some node can still be handed out or waits to
        be marked done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed, which may make
        their successors ready."""
        ready = self._ready
        if ready is None:
            raise ValueError("prepare() must be called first")
        infos = self._nodes
        for node in nodes:
            info = infos.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.pending
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(
                        f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.pending = _DONE
            for succ in info.successors:
                succ_info = infos[succ]
                succ_info.pending -= 1
                if succ_info.pending == 0:
                    ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        """Return one cycle of the graph as a list (its first node repeated
        at the end), or None.

        This is a depth-first search along successor edges, starting from
        each node in the order nodes were added; the first edge back to a
        node on the current path closes the cycle reported.
        """
        infos = self._nodes
        visited = set()
        for start in infos:
            if start in visited:
                continue
            visited.add(start)
            path = [start]
            # Position of each node of the current path in it.
            where = {start: 0}
            # For each node of the path, the iterator over its successors.
            pending = [iter(infos[start].successors)]
            while pending:
                for succ in pending[-1]:
                    if succ in where:
                        return path[where[succ]:] + [succ]
                    if succ not in visited:
                        visited.add(succ)
                        where[succ] = len(path)
                        path.append(succ)
                        pending.append(iter(infos[succ].successors))
                        break
                else:
                    del where[path.pop()]
                    pending.pop()
        return None

    def static_order(self):
        """Return an iterator over all the nodes in a topological order.

        This calls prepare(), so it raises CycleError for a cyclic graph
        (when the iterator is first advanced).
        """
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
