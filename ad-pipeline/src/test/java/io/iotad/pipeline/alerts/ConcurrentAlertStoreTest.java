package io.iotad.pipeline.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two stores on one file (two connections, as two processes would have) writing at once. */
class ConcurrentAlertStoreTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final Instant RUN = Instant.parse("2024-03-02T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void given_a_scorer_and_a_technician_on_one_file_when_writing_at_once_then_nothing_is_lost() throws Exception {
        Path db = dir.resolve("alerts.db");
        try (SqliteAlertStore seed = SqliteAlertStore.open(db)) {
            List<Alert> first = new ArrayList<>();
            for (int a = 0; a < 40; a++) {
                first.add(Alert.unseen("A" + a, "B1", DAY, RUN, a, 0.5, "global/1"));
            }
            seed.publish(new AlertBatch("global/1", DAY, DAY, RUN, first));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (SqliteAlertStore scorer = SqliteAlertStore.open(db); SqliteAlertStore technician = SqliteAlertStore.open(db)) {
            Future<?> rescoring = pool.submit(() -> {
                for (int round = 1; round <= 10; round++) {
                    List<Alert> again = new ArrayList<>();
                    for (int a = 0; a < 40; a++) {
                        again.add(Alert.unseen("A" + a, "B1", DAY, RUN.plusSeconds(round), a + round, 0.5, "global/2"));
                    }
                    scorer.publish(new AlertBatch("global/2", DAY, DAY, RUN.plusSeconds(round), again));
                }
            });
            Future<?> feedback = pool.submit(() -> {
                for (int a = 0; a < 40; a++) {
                    technician.recordFeedback("A" + a + "#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "leak", "n" + a);
                }
            });
            rescoring.get(120, TimeUnit.SECONDS);
            feedback.get(120, TimeUnit.SECONDS);
            List<Alert> all = scorer.byDateRange(DAY, DAY, null);
            assertThat(all).hasSize(40);
            assertThat(all).allSatisfy(a -> {
                assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
                // re-scoring stops touching an alert once it is reviewed; creation time never moves
                assertThat(a.modelVersion()).isIn("global/1", "global/2");
                assertThat(a.alertTimestamp()).isEqualTo(RUN);
                assertThat(a.feedbackNotes()).isEqualTo("n" + a.apartmentId().substring(1));
            });
        } finally {
            pool.shutdownNow();
        }
    }
}
