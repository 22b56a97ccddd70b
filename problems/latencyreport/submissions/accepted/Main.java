import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-service latency report: nearest-rank percentiles, mean latency, error rate.
 * Group latencies by service, sort each group once, read the percentiles off by rank.
 */
public class Main {

    /** The latencies and server-error count of one service. */
    static final class ServiceStats {
        double[] latencies = new double[4];
        int count;
        int serverErrors;

        void add(double latency, int status) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = latency;
            if (status >= 500 && status <= 599) {
                serverErrors++;
            }
        }
    }

    /** The p-th percentile by nearest rank: the value at 1-based rank ceil(p * k / 100). */
    static double nearestRank(double[] sorted, int k, int p) {
        long rank = ((long) p * k + 99) / 100;
        return sorted[(int) rank - 1];
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        Map<String, ServiceStats> services = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String[] fields = in.readLine().split(" ");
            services.computeIfAbsent(fields[0], name -> new ServiceStats())
                    .add(Double.parseDouble(fields[1]), Integer.parseInt(fields[2]));
        }

        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ServiceStats> entry : new TreeMap<>(services).entrySet()) {
            ServiceStats stats = entry.getValue();
            int k = stats.count;
            double[] values = Arrays.copyOf(stats.latencies, k);
            Arrays.sort(values);
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            // Double.toString is exact enough (shortest round-trip form) and far faster than String.format.
            out.append(entry.getKey()).append(' ').append(k)
                    .append(' ').append(nearestRank(values, k, 50))
                    .append(' ').append(nearestRank(values, k, 95))
                    .append(' ').append(nearestRank(values, k, 99))
                    .append(' ').append(sum / k)
                    .append(' ').append((double) stats.serverErrors / k)
                    .append('\n');
        }
        PrintWriter writer = new PrintWriter(System.out);
        writer.print(out);
        writer.flush();
    }
}
