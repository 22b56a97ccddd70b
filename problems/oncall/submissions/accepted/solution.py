"""On-call rota as a maximum flow (Dinic's algorithm).

source -> shift (capacity r: the engineers the shift needs)
shift -> engineer (capacity 1: each engineer at most once per shift, only if available)
engineer -> sink (capacity L: their maximum number of shifts)

A rota exists exactly when the maximum flow saturates every shift, i.e. equals the sum
of all r. The shift -> engineer edges that carry flow are the rota.
"""
import sys
from collections import deque


class MaxFlow:
    """Dinic's algorithm on an adjacency list of edge ids; edge e ^ 1 is the reverse of e."""

    def __init__(self, nodes):
        self.adj = [[] for _ in range(nodes)]
        self.to = []
        self.cap = []

    def add_edge(self, u, v, capacity):
        self.adj[u].append(len(self.to))
        self.to.append(v)
        self.cap.append(capacity)
        self.adj[v].append(len(self.to))
        self.to.append(u)
        self.cap.append(0)
        return len(self.to) - 2

    def _levels(self, source, sink):
        level = [-1] * len(self.adj)
        level[source] = 0
        queue = deque([source])
        while queue:
            u = queue.popleft()
            for e in self.adj[u]:
                if self.cap[e] > 0 and level[self.to[e]] < 0:
                    level[self.to[e]] = level[u] + 1
                    queue.append(self.to[e])
        return level if level[sink] >= 0 else None

    def _augment(self, source, sink, level, next_edge):
        """Push one augmenting path along the level graph (iterative DFS); return its flow."""
        path = []  # edge ids from source to the current node
        u = source
        while True:
            if u == sink:
                pushed = min(self.cap[e] for e in path)
                for e in path:
                    self.cap[e] -= pushed
                    self.cap[e ^ 1] += pushed
                return pushed
            edges = self.adj[u]
            while next_edge[u] < len(edges):
                e = edges[next_edge[u]]
                if self.cap[e] > 0 and level[self.to[e]] == level[u] + 1:
                    break
                next_edge[u] += 1
            if next_edge[u] < len(edges):
                e = edges[next_edge[u]]
                path.append(e)
                u = self.to[e]
            else:  # dead end: never come back to u in this phase
                level[u] = -1
                if not path:
                    return 0
                e = path.pop()
                u = self.to[e ^ 1]
                next_edge[u] += 1

    def max_flow(self, source, sink):
        flow = 0
        while (level := self._levels(source, sink)) is not None:
            next_edge = [0] * len(self.adj)
            while pushed := self._augment(source, sink, level, next_edge):
                flow += pushed
        return flow


def main():
    tokens = sys.stdin.read().split()
    num_engineers, num_shifts = int(tokens[0]), int(tokens[1])
    pos = 2
    source, sink = 0, num_shifts + num_engineers + 1
    graph = MaxFlow(sink + 1)

    engineer_node = {}
    engineer_name = {}
    for i in range(num_engineers):
        name, max_shifts = tokens[pos], int(tokens[pos + 1])
        pos += 2
        node = num_shifts + 1 + i
        engineer_node[name] = node
        engineer_name[node] = name
        graph.add_edge(node, sink, max_shifts)

    shifts = []  # (name, [(edge id, engineer name)])
    demand = 0
    for s in range(num_shifts):
        name, needed, available = tokens[pos], int(tokens[pos + 1]), int(tokens[pos + 2])
        candidates = tokens[pos + 3:pos + 3 + available]
        pos += 3 + available
        graph.add_edge(source, 1 + s, needed)
        demand += needed
        shifts.append((name, [(graph.add_edge(1 + s, engineer_node[c], 1), c) for c in candidates]))

    if graph.max_flow(source, sink) < demand:
        print("IMPOSSIBLE")
        return
    out = []
    for name, options in shifts:
        assigned = [engineer for edge, engineer in options if graph.cap[edge] == 0]
        out.append(" ".join([name] + assigned))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
