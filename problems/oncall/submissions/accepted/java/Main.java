import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;

/**
 * On-call rota as a maximum flow (Dinic's algorithm).
 * source -> shift (capacity r), shift -> engineer (capacity 1, only if available),
 * engineer -> sink (capacity L). A rota exists exactly when the flow saturates every shift;
 * the shift -> engineer edges that carry flow are the rota.
 */
public class Main {

    static final class MaxFlow {
        private final List<List<Integer>> adj = new ArrayList<>();
        private int[] to = new int[16];
        private int[] cap = new int[16];
        private int edges;
        private final int[] level;
        private final int[] next;
        private final int[] path;

        MaxFlow(int nodes) {
            for (int i = 0; i < nodes; i++) {
                adj.add(new ArrayList<>());
            }
            level = new int[nodes];
            next = new int[nodes];
            path = new int[nodes];
        }

        /** Returns the id of the forward edge; id ^ 1 is its reverse. */
        int addEdge(int u, int v, int capacity) {
            if (edges + 2 > to.length) {
                to = Arrays.copyOf(to, to.length * 2);
                cap = Arrays.copyOf(cap, cap.length * 2);
            }
            adj.get(u).add(edges);
            to[edges] = v;
            cap[edges++] = capacity;
            adj.get(v).add(edges);
            to[edges] = u;
            cap[edges++] = 0;
            return edges - 2;
        }

        int residual(int edge) {
            return cap[edge];
        }

        long maxFlow(int source, int sink) {
            long flow = 0;
            while (buildLevels(source, sink)) {
                Arrays.fill(next, 0);
                int pushed;
                while ((pushed = augment(source, sink)) > 0) {
                    flow += pushed;
                }
            }
            return flow;
        }

        private boolean buildLevels(int source, int sink) {
            Arrays.fill(level, -1);
            level[source] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int e : adj.get(u)) {
                    if (cap[e] > 0 && level[to[e]] < 0) {
                        level[to[e]] = level[u] + 1;
                        queue.add(to[e]);
                    }
                }
            }
            return level[sink] >= 0;
        }

        /** One augmenting path along the level graph, found with an explicit stack. */
        private int augment(int source, int sink) {
            int depth = 0;
            int u = source;
            while (true) {
                if (u == sink) {
                    int pushed = Integer.MAX_VALUE;
                    for (int i = 0; i < depth; i++) {
                        pushed = Math.min(pushed, cap[path[i]]);
                    }
                    for (int i = 0; i < depth; i++) {
                        cap[path[i]] -= pushed;
                        cap[path[i] ^ 1] += pushed;
                    }
                    return pushed;
                }
                List<Integer> out = adj.get(u);
                while (next[u] < out.size()) {
                    int e = out.get(next[u]);
                    if (cap[e] > 0 && level[to[e]] == level[u] + 1) {
                        break;
                    }
                    next[u]++;
                }
                if (next[u] < out.size()) {
                    int e = out.get(next[u]);
                    path[depth++] = e;
                    u = to[e];
                } else { // dead end: skip u for the rest of this phase
                    level[u] = -1;
                    if (depth == 0) {
                        return 0;
                    }
                    int e = path[--depth];
                    u = to[e ^ 1];
                    next[u]++;
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer header = new StringTokenizer(in.readLine());
        int numEngineers = Integer.parseInt(header.nextToken());
        int numShifts = Integer.parseInt(header.nextToken());
        int source = 0;
        int sink = numShifts + numEngineers + 1;
        MaxFlow graph = new MaxFlow(sink + 1);

        Map<String, Integer> engineerNode = new HashMap<>();
        for (int i = 0; i < numEngineers; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            String name = line.nextToken();
            int node = numShifts + 1 + i;
            engineerNode.put(name, node);
            graph.addEdge(node, sink, Integer.parseInt(line.nextToken()));
        }

        String[] shiftNames = new String[numShifts];
        List<List<String>> candidates = new ArrayList<>();
        List<int[]> candidateEdges = new ArrayList<>();
        long demand = 0;
        for (int s = 0; s < numShifts; s++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            shiftNames[s] = line.nextToken();
            int needed = Integer.parseInt(line.nextToken());
            int available = Integer.parseInt(line.nextToken());
            graph.addEdge(source, 1 + s, needed);
            demand += needed;
            List<String> names = new ArrayList<>(available);
            int[] edgeIds = new int[available];
            for (int j = 0; j < available; j++) {
                String engineer = line.nextToken();
                names.add(engineer);
                edgeIds[j] = graph.addEdge(1 + s, engineerNode.get(engineer), 1);
            }
            candidates.add(names);
            candidateEdges.add(edgeIds);
        }

        PrintWriter out = new PrintWriter(System.out);
        if (graph.maxFlow(source, sink) < demand) {
            out.println("IMPOSSIBLE");
        } else {
            StringBuilder rota = new StringBuilder();
            for (int s = 0; s < numShifts; s++) {
                rota.append(shiftNames[s]);
                int[] edgeIds = candidateEdges.get(s);
                for (int j = 0; j < edgeIds.length; j++) {
                    if (graph.residual(edgeIds[j]) == 0) {
                        rota.append(' ').append(candidates.get(s).get(j));
                    }
                }
                rota.append('\n');
            }
            out.print(rota);
        }
        out.flush();
    }
}
