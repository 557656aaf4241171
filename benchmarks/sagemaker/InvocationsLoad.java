import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The load client of benchmarks/sagemaker/load.sh (run as a single-file program: java InvocationsLoad.java ...):
 * sends REQUESTS POST /invocations at once to a server on loopback, each a CSV mini-batch (the header and ROWS
 * rows of the feature file, cycling through it), checks that every answer is 200 with one line per row, and prints
 * one JSON line: requests, errors, wall seconds, p50/p90/p99/max latency in milliseconds. Every request has a
 * 120 s timeout, so the run always ends.
 *
 * Arguments: PORT FEATURES.csv [REQUESTS=1000] [ROWS=50]
 */
public final class InvocationsLoad {
    private InvocationsLoad() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        if (port < 1 || port > 65535 || requests < 1 || requests > 100_000 || rows < 1 || lines.size() < 2) {
            throw new IllegalArgumentException("usage: PORT FEATURES.csv [REQUESTS 1..100000] [ROWS >= 1]");
        }
        String header = lines.get(0);
        List<String> data = lines.subList(1, lines.size());
        URI uri = URI.create("http://127.0.0.1:" + port + "/invocations");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(60)).build();
        List<CompletableFuture<Long>> pending = new ArrayList<>();
        long start = System.nanoTime();
        for (int r = 0; r < requests; r++) {
            StringBuilder body = new StringBuilder(header).append('\n');
            for (int i = 0; i < rows; i++) {
                body.append(data.get((r * rows + i) % data.size())).append('\n');
            }
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "text/csv").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            long sent = System.nanoTime();
            pending.add(client.sendAsync(req, HttpResponse.BodyHandlers.ofString()).handle((resp, err) -> {
                if (err != null || resp.statusCode() != 200 || resp.body().lines().count() != rows) {
                    return -1L;
                }
                return System.nanoTime() - sent;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - start) / 1e9;
        long[] ok = pending.stream().mapToLong(CompletableFuture::join).filter(t -> t >= 0).sorted().toArray();
        int errors = requests - ok.length;
        System.out.printf(java.util.Locale.ROOT,
                "{\"requests\": %d, \"rows_per_request\": %d, \"errors\": %d, \"wall_s\": %.3f, \"p50_ms\": %.1f, "
                        + "\"p90_ms\": %.1f, \"p99_ms\": %.1f, \"max_ms\": %.1f}%n",
                requests, rows, errors, wall, pct(ok, 0.50), pct(ok, 0.90), pct(ok, 0.99), pct(ok, 1.0));
        if (errors > 0) {
            System.exit(1);
        }
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

}
