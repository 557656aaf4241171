package io.iotad.pipeline.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.AlertStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviours every {@link AlertStore} keeps, run against each implementation (SQLite here, DynamoDB
 * in ad-aws-adapter) by a subclass that says how to open one. Each test gets a store of its own.
 */
public abstract class AlertStoreContract {
    /** Alerts a test writes to cross the implementation's query page size (subclasses set a page below it). */
    protected static final int MANY = 45;
    private static final LocalDate DAY = LocalDate.of(2024, 2, 5);
    private static final Instant RUN = Instant.parse("2024-02-06T03:00:00Z");

    private final List<AlertStore> opened = new ArrayList<>();
    private String name;
    /** The store of the current test. */
    protected AlertStore store;

    /**
     * Opens the store called {@code name}, creating it when absent; a second call with the same name opens a
     * second handle (connection, client) on the same data, as a second process would.
     *
     * @param name a store name unique to the test, letters, digits and '-'
     * @return the store
     * @throws Exception when it cannot be opened
     */
    protected abstract AlertStore open(String name) throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        name = "alerts-" + UUID.randomUUID().toString().substring(0, 8);
        store = handle();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(AlertStore::close);
        opened.clear();
    }

    /** @return another handle on the current test's store @throws Exception when it cannot be opened */
    protected AlertStore handle() throws Exception {
        AlertStore s = open(name);
        opened.add(s);
        return s;
    }

    private static Alert alert(String apt, String building, LocalDate day, Instant at, double score) {
        return Alert.unseen(apt, building, day, at, score, 2.0, "global/1");
    }

    @Test
    void given_new_alerts_when_upserted_then_stored_unseen_and_counted_as_new() {
        int created = store.upsert(List.of(alert("A1", "B1", DAY, RUN, 3.5), alert("A2", "B1", DAY, RUN, 2.5)));
        assertThat(created).isEqualTo(2);
        assertThat(store.find("A1#2024-02-05")).contains(alert("A1", "B1", DAY, RUN, 3.5));
        assertThat(store.find("A9#2024-02-05")).isEmpty();
    }

    @Test
    void given_the_same_alerts_when_upserted_twice_then_the_second_write_creates_nothing_and_changes_nothing() {
        List<Alert> batch = List.of(alert("A1", "B1", DAY, RUN, 3.5), alert("A2", "B1", DAY, RUN, 0.1));
        store.upsert(batch);
        assertThat(store.upsert(batch)).isZero();
        assertThat(store.byDateRange(DAY, DAY, null)).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void given_technician_feedback_when_the_day_is_scored_again_then_scores_change_and_feedback_stays() {
        store.upsert(List.of(alert("A1", "B1", DAY, RUN, 3.5)));
        store.recordFeedback("A1#2024-02-05", AlertStatus.INVESTIGATING, "", "on my way");
        store.recordFeedback("A1#2024-02-05", AlertStatus.RESOLVED_TRUE_POSITIVE, "valve_stuck_closed", "replaced valve");

        Instant rerun = RUN.plusSeconds(3600);
        int created = store.upsert(List.of(new Alert("A1#2024-02-05", "A1", "B1", DAY, rerun, 4.25, 2.5,
                AlertStatus.UNSEEN, "global/2", "", "")));

        assertThat(created).isZero();
        assertThat(store.find("A1#2024-02-05")).contains(new Alert("A1#2024-02-05", "A1", "B1", DAY, rerun, 4.25, 2.5,
                AlertStatus.RESOLVED_TRUE_POSITIVE, "global/2", "valve_stuck_closed", "replaced valve"));
    }

    @Test
    void given_an_illegal_transition_when_recording_feedback_then_refused_naming_both_states() {
        store.upsert(List.of(alert("A1", "B1", DAY, RUN, 3.5)));
        store.recordFeedback("A1#2024-02-05", AlertStatus.RESOLVED_FALSE_POSITIVE, "resident_away", "");
        assertThatThrownBy(() -> store.recordFeedback("A1#2024-02-05", AlertStatus.RESOLVED_TRUE_POSITIVE, "", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("from Resolved-False Positive to Resolved-True Positive");
        assertThatThrownBy(() -> store.recordFeedback("A1#2024-02-05", AlertStatus.UNSEEN, "", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("to Unseen");
        assertThat(store.find("A1#2024-02-05").orElseThrow().status()).isEqualTo(AlertStatus.RESOLVED_FALSE_POSITIVE);
        Alert reopened = store.recordFeedback("A1#2024-02-05", AlertStatus.INVESTIGATING, "resident_away", "second look");
        assertThat(reopened.status()).isEqualTo(AlertStatus.INVESTIGATING);
        assertThat(reopened.feedbackNotes()).isEqualTo("second look");
        assertThat(store.find("A1#2024-02-05")).contains(reopened);
        assertThatThrownBy(() -> store.recordFeedback("nope#2024-01-01", AlertStatus.INVESTIGATING, "", ""))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("nope#2024-01-01");
    }

    @Test
    void given_alerts_of_an_apartment_when_queried_by_status_then_newest_event_first() {
        List<Alert> alerts = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            alerts.add(alert("A1", "B1", DAY.plusDays(d), RUN, d));
        }
        alerts.add(alert("A2", "B1", DAY, RUN, 9));
        store.upsert(alerts);
        store.recordFeedback("A1#" + DAY.plusDays(1), AlertStatus.INVESTIGATING, "", "");
        store.recordFeedback("A1#" + DAY.plusDays(3), AlertStatus.INVESTIGATING, "", "");

        assertThat(store.byApartment("A1", AlertStatus.UNSEEN)).extracting(Alert::eventDate)
                .containsExactly(DAY.plusDays(4), DAY.plusDays(2), DAY);
        assertThat(store.byApartment("A1", AlertStatus.INVESTIGATING)).extracting(Alert::eventDate)
                .containsExactly(DAY.plusDays(3), DAY.plusDays(1));
        assertThat(store.byApartment("A1", null)).extracting(Alert::eventDate)
                .containsExactly(DAY.plusDays(4), DAY.plusDays(3), DAY.plusDays(2), DAY.plusDays(1), DAY);
        assertThat(store.byApartment("A3", null)).isEmpty();
    }

    @Test
    void given_alerts_of_a_building_when_queried_then_newest_timestamp_first_ties_by_id_and_limited() {
        // sub-second differences order correctly; equal timestamps (one run writes them all) order by id, descending
        store.upsert(List.of(
                alert("A1", "B1", DAY, Instant.parse("2024-02-06T03:00:00Z"), 1),
                alert("A2", "B1", DAY, Instant.parse("2024-02-06T03:00:00.5Z"), 1),
                alert("A3", "B1", DAY, Instant.parse("2024-02-06T02:59:59.999999999Z"), 1),
                alert("A5", "B1", DAY, Instant.parse("2024-02-06T03:00:00Z"), 1),
                alert("A4", "B2", DAY, Instant.parse("2024-02-07T00:00:00Z"), 1)));
        assertThat(store.byBuilding("B1", 10)).extracting(Alert::apartmentId).containsExactly("A2", "A5", "A1", "A3");
        assertThat(store.byBuilding("B1", 2)).extracting(Alert::apartmentId).containsExactly("A2", "A5");
        assertThat(store.find("A3#2024-02-05").orElseThrow().alertTimestamp())
                .isEqualTo(Instant.parse("2024-02-06T02:59:59.999999999Z"));
        assertThatThrownBy(() -> store.byBuilding("B1", 0)).hasMessageContaining("limit must be >= 1, got 0");
    }

    @Test
    void given_a_date_range_when_queried_then_by_day_then_descending_score() {
        store.upsert(List.of(alert("A1", "B1", DAY, RUN, 1), alert("A2", "B1", DAY, RUN, 5),
                alert("A1", "B1", DAY.plusDays(1), RUN, 3), alert("A1", "B1", DAY.plusDays(9), RUN, 3)));
        store.recordFeedback("A2#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "leak", "");
        assertThat(store.byDateRange(DAY, DAY.plusDays(1), null)).extracting(Alert::alertId)
                .containsExactly("A2#2024-02-05", "A1#2024-02-05", "A1#2024-02-06");
        assertThat(store.byDateRange(DAY, DAY.plusDays(1), AlertStatus.RESOLVED_TRUE_POSITIVE)).extracting(Alert::alertId)
                .containsExactly("A2#2024-02-05");
        assertThatThrownBy(() -> store.byDateRange(DAY, DAY.minusDays(1), null)).hasMessageContaining("before it starts");
    }

    @Test
    void given_more_alerts_than_a_page_when_queried_then_every_page_is_read() {
        List<Alert> alerts = new ArrayList<>();
        for (int a = 0; a < MANY; a++) {
            alerts.add(alert(String.format("A%02d", a), "B1", DAY, RUN.plusMillis(a), a * 0.5));
        }
        for (int d = 1; d <= MANY; d++) {
            alerts.add(alert("A00", "B1", DAY.plusDays(d), RUN, d));
        }
        assertThat(store.upsert(alerts)).isEqualTo(2 * MANY);
        assertThat(store.byDateRange(DAY, DAY, null)).hasSize(MANY).first().extracting(Alert::apartmentId)
                .isEqualTo(String.format("A%02d", MANY - 1));
        assertThat(store.byApartment("A00", AlertStatus.UNSEEN)).hasSize(MANY + 1);
        assertThat(store.byBuilding("B1", MANY + 3)).hasSize(MANY + 3);
        assertThat(store.byBuilding("B1", 10_000)).hasSize(2 * MANY);
    }

    @Test
    void given_a_nan_score_when_upserting_then_rejected_and_nothing_written() {
        assertThatThrownBy(() -> store.upsert(List.of(alert("A1", "B1", DAY, RUN, 1), alert("A2", "B1", DAY, RUN, Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A2#2024-02-05");
        assertThat(store.find("A1#2024-02-05")).isEmpty();
    }

    @Test
    void given_a_scorer_and_a_technician_on_two_handles_when_writing_at_once_then_nothing_is_lost() throws Exception {
        int n = 20;
        List<Alert> first = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            first.add(Alert.unseen("A" + a, "B1", DAY, RUN, a, 0.5, "global/1"));
        }
        store.upsert(first);
        AlertStore scorer = handle();
        AlertStore technician = handle();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> rescoring = pool.submit(() -> {
                for (int round = 1; round <= 4; round++) {
                    List<Alert> again = new ArrayList<>();
                    for (int a = 0; a < n; a++) {
                        again.add(Alert.unseen("A" + a, "B1", DAY, RUN.plusSeconds(round), a + round, 0.5, "global/2"));
                    }
                    scorer.upsert(again);
                }
            });
            Future<?> feedback = pool.submit(() -> {
                for (int a = 0; a < n; a++) {
                    technician.recordFeedback("A" + a + "#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "leak", "n" + a);
                }
            });
            rescoring.get(120, TimeUnit.SECONDS);
            feedback.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.byDateRange(DAY, DAY, null)).hasSize(n).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
            assertThat(a.modelVersion()).isEqualTo("global/2");
            assertThat(a.alertTimestamp()).isEqualTo(RUN.plusSeconds(4));
            assertThat(a.feedbackNotes()).isEqualTo("n" + a.apartmentId().substring(1));
        });
    }

    @Test
    void given_two_technicians_resolving_one_alert_at_once_when_both_write_then_exactly_one_verdict_wins() throws Exception {
        int n = 8;
        List<Alert> alerts = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            alerts.add(alert("A" + a, "B1", DAY, RUN, a));
        }
        store.upsert(alerts);
        AlertStore alice = handle();
        AlertStore bob = handle();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int a = 0; a < n; a++) {
                String id = "A" + a + "#" + DAY;
                CountDownLatch start = new CountDownLatch(1);
                Future<Boolean> tp = pool.submit(verdict(start, alice, id, AlertStatus.RESOLVED_TRUE_POSITIVE, "alice"));
                Future<Boolean> fp = pool.submit(verdict(start, bob, id, AlertStatus.RESOLVED_FALSE_POSITIVE, "bob"));
                start.countDown();
                boolean aliceWon = tp.get(60, TimeUnit.SECONDS);
                boolean bobWon = fp.get(60, TimeUnit.SECONDS);
                assertThat(aliceWon ^ bobWon).as("exactly one verdict on %s wins (alice %s, bob %s)", id, aliceWon, bobWon)
                        .isTrue();
                Alert stored = store.find(id).orElseThrow();
                assertThat(stored.status()).isEqualTo(aliceWon ? AlertStatus.RESOLVED_TRUE_POSITIVE : AlertStatus.RESOLVED_FALSE_POSITIVE);
                assertThat(stored.feedbackNotes()).isEqualTo(aliceWon ? "alice" : "bob");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Boolean> verdict(CountDownLatch start, AlertStore store, String id, AlertStatus status,
                                             String who) {
        return () -> {
            start.await();
            try {
                store.recordFeedback(id, status, "", who);
                return true;
            } catch (IllegalStateException lost) {
                assertThat(lost).hasMessageContaining("cannot move from Resolved");
                return false;
            }
        };
    }
}
