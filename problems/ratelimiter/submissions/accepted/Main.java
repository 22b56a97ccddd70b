import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.StringTokenizer;

/**
 * Token-bucket replay, exact.
 * Tokens are counted in thousandths (milli-tokens): R tokens per second is exactly R
 * milli-tokens per millisecond, so every refill is an integer. Refills reach 10^15, so all
 * arithmetic is on longs. One bucket per client, created full on its first request.
 */
public class Main {

    static final long MILLI = 1000;

    record Plan(long capacity, long rate) {
    }

    static final class Bucket {
        final long capacity; // milli-tokens
        final long rate;     // milli-tokens per millisecond
        long level;          // milli-tokens
        long last;           // ms

        Bucket(Plan plan, long now) {
            capacity = plan.capacity() * MILLI;
            rate = plan.rate();
            level = capacity;
            last = now;
        }

        boolean tryTake(long now, long cost) {
            level = Math.min(capacity, level + (now - last) * rate);
            last = now;
            if (level < cost * MILLI) {
                return false;
            }
            level -= cost * MILLI;
            return true;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer header = new StringTokenizer(in.readLine());
        int numPlans = Integer.parseInt(header.nextToken());
        int numAssignments = Integer.parseInt(header.nextToken());
        int numRequests = Integer.parseInt(header.nextToken());

        Map<String, Plan> plans = new HashMap<>();
        for (int i = 0; i < numPlans; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            plans.put(line.nextToken(), new Plan(Long.parseLong(line.nextToken()), Long.parseLong(line.nextToken())));
        }
        Map<String, Plan> planOf = new HashMap<>();
        for (int i = 0; i < numAssignments; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            String client = line.nextToken();
            planOf.put(client, plans.get(line.nextToken()));
        }

        Plan defaultPlan = plans.get("default");
        Map<String, Bucket> buckets = new HashMap<>();
        StringBuilder out = new StringBuilder(numRequests * 6);
        for (int i = 0; i < numRequests; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            long now = Long.parseLong(line.nextToken());
            String client = line.nextToken();
            long cost = Long.parseLong(line.nextToken());
            Bucket bucket = buckets.computeIfAbsent(client,
                    c -> new Bucket(planOf.getOrDefault(c, defaultPlan), now));
            out.append(bucket.tryTake(now, cost) ? "ALLOW\n" : "DENY\n");
        }
        PrintWriter writer = new PrintWriter(System.out);
        writer.print(out);
        writer.flush();
    }
}
