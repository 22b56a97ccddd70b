import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.TreeMap;

/**
 * Alert log -> per-team incidents and MTTR, in one pass.
 * Per service: whether it is firing (so duplicate FIRING and stray RESOLVED records are
 * harmless). Per team: how many of its services are firing, the start of the incident in
 * progress, and when that incident last went quiet.
 */
public class Main {

    static final class Team {
        int firing;            // services of this team currently firing
        boolean inProgress;    // an incident has started and not ended
        long start;            // start of the incident in progress
        long quietSince = -1;  // when that incident went quiet; -1 while on fire
        long ended;
        long total;
        long longest;

        void endIncident() {
            long duration = quietSince - start;
            ended++;
            total += duration;
            longest = Math.max(longest, duration);
            inProgress = false;
        }

        void serviceFired(long now, long window) {
            if (firing == 0) {
                if (inProgress && now > quietSince + window) {
                    endIncident();
                }
                if (!inProgress) {
                    inProgress = true;
                    start = now;
                }
                quietSince = -1;
            }
            firing++;
        }

        void serviceResolved(long now) {
            if (--firing == 0) {
                quietSince = now;
            }
        }

        /** Ends a quiet incident at the end of the log; returns 1 if one is still open. */
        int finish() {
            if (inProgress && firing == 0) {
                endIncident();
            }
            return firing > 0 ? 1 : 0;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer header = new StringTokenizer(in.readLine());
        int numServices = Integer.parseInt(header.nextToken());
        long window = Long.parseLong(header.nextToken());
        int numRecords = Integer.parseInt(header.nextToken());

        Map<String, String> owner = new HashMap<>(numServices * 2);
        for (int i = 0; i < numServices; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            owner.put(line.nextToken(), line.nextToken());
        }

        Set<String> firing = new HashSet<>();
        Map<String, Team> teams = new HashMap<>();
        for (int i = 0; i < numRecords; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            long now = Long.parseLong(line.nextToken());
            String service = line.nextToken();
            boolean fired = line.nextToken().equals("FIRING");
            String name = owner.getOrDefault(service, "unowned");
            if (fired) {
                if (!firing.add(service)) {
                    continue; // duplicate notification
                }
                teams.computeIfAbsent(name, n -> new Team()).serviceFired(now, window);
            } else {
                if (!firing.remove(service)) {
                    continue; // never fired
                }
                teams.get(name).serviceResolved(now);
            }
        }

        PrintWriter out = new PrintWriter(System.out);
        for (Map.Entry<String, Team> entry : new TreeMap<>(teams).entrySet()) {
            Team team = entry.getValue();
            int stillOpen = team.finish();
            long mttr = team.ended > 0 ? team.total / team.ended : 0;
            out.println(entry.getKey() + " " + team.ended + " " + mttr + " " + team.longest + " " + stillOpen);
        }
        out.flush();
    }
}
