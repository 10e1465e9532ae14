graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F", "G"],
    "F": ["G"],
    "G": [],
    "H": ["A"],
}

def bfs(start):
    seen = {start}
    order = []
    queue = [start]
    dist = {start: 0}
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                dist[nb] = dist[node] + 1
                queue.append(nb)
    return order, dist

def dfs(node, visited=None):
    if visited is None:
        visited = []
    visited.append(node)
    for nb in graph[node]:
        if nb not in visited:
            dfs(nb, visited)
    return visited

def all_paths(a, b, path=()):
    path = path + (a,)
    if a == b:
        return [path]
    out = []
    for nb in graph[a]:
        if nb not in path:
            out.extend(all_paths(nb, b, path))
    return out

def topo():
    indeg = {n: 0 for n in graph}
    for n, outs in graph.items():
        for m in outs:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    res = []
    while ready:
        n = ready.pop(0)
        res.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return res

order, dist = bfs("A")
print("bfs", order)
print("dist", dist)
print("dfs", dfs("A"), dfs("H"))
paths = all_paths("A", "G")
print(len(paths))
for p in sorted(paths, key=lambda p: (len(p), p)):
    print("  ", " -> ".join(p))
print("topo", topo())
rev = {}
for n, outs in graph.items():
    for m in outs:
        rev.setdefault(m, []).append(n)
print({k: sorted(v) for k, v in sorted(rev.items())})
print(sorted(n for n in graph if not graph[n]), max(graph, key=lambda n: len(graph[n])))
edges = [(a, b) for a, outs in graph.items() for b in outs]
print(len(edges), edges[:4])
weights = {e: (ord(e[0]) * 7 + ord(e[1])) % 10 + 1 for e in edges}
def dijkstra(src):
    INF = float("inf")
    d = {n: INF for n in graph}
    d[src] = 0
    done = set()
    prev = {}
    while len(done) < len(graph):
        cand = [(dv, n) for n, dv in d.items() if n not in done]
        dv, n = min(cand)
        if dv == INF:
            break
        done.add(n)
        for m in graph[n]:
            nd = dv + weights[(n, m)]
            if nd < d[m]:
                d[m] = nd
                prev[m] = n
    return d, prev
d, prev = dijkstra("A")
print(d)
def path_to(t):
    out = [t]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
print([path_to(t) for t in "EFG"])
grid = ["S.#.....", ".##..#..", "....#..#", ".#.....E"]
H, W = len(grid), len(grid[0])
start = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "S")
end = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "E")
q = [start]; came = {start: None}
for cur in q:
    if cur == end:
        break
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#" and (nr, nc) not in came:
            came[(nr, nc)] = cur
            q.append((nr, nc))
route = []
node = end
while node:
    route.append(node)
    node = came[node]
print(len(route) - 1, route[::-1][:5])
rows = [list(r) for r in grid]
for r, c in route[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
