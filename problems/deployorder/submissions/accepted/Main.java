import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.StringTokenizer;

/**
 * Deployment order: Kahn's algorithm with a min-heap as the ready set.
 * Services are renumbered by sorted name, so the smallest number is the smallest name.
 * Whatever is never deployed sits on a cycle or depends on one: it is blocked.
 */
public class Main {

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer header = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(header.nextToken());
        int m = Integer.parseInt(header.nextToken());
        String[] names = in.readLine().trim().split(" ");
        Arrays.sort(names); // String order is ASCII order for these names
        Map<String, Integer> rank = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            rank.put(names[i], i);
        }

        List<List<Integer>> dependents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>());
        }
        int[] missing = new int[n]; // dependencies not deployed yet, counting repeats
        for (int i = 0; i < m; i++) {
            StringTokenizer edge = new StringTokenizer(in.readLine());
            int service = rank.get(edge.nextToken());
            int dependency = rank.get(edge.nextToken());
            dependents.get(dependency).add(service);
            missing[service]++;
        }

        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (missing[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> order = new ArrayList<>(n);
        boolean[] deployed = new boolean[n];
        while (!ready.isEmpty()) {
            int current = ready.poll();
            order.add(current);
            deployed[current] = true;
            for (int dependent : dependents.get(current)) {
                if (--missing[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }

        StringBuilder out = new StringBuilder();
        out.append(order.size()).append(' ').append(n - order.size()).append('\n');
        for (int i : order) {
            out.append(names[i]).append('\n');
        }
        for (int i = 0; i < n; i++) {
            if (!deployed[i]) {
                out.append(names[i]).append('\n');
            }
        }
        PrintWriter writer = new PrintWriter(System.out);
        writer.print(out);
        writer.flush();
    }
}
