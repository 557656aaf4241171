package io.iotad.pipeline.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertBatch;
import io.iotad.core.alert.AlertStatus;
import io.iotad.core.alert.AlertStore;
import io.iotad.core.alert.PublishResult;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** Publishes alerts of one model as the scoring run of the days they span, at the first alert's time. */
    private static PublishResult publish(AlertStore into, List<Alert> alerts) {
        LocalDate first = alerts.stream().map(Alert::eventDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = alerts.stream().map(Alert::eventDate).max(LocalDate::compareTo).orElseThrow();
        return into.publish(new AlertBatch(alerts.get(0).modelVersion(), first, last, alerts.get(0).updatedTimestamp(), alerts));
    }

    private PublishResult publish(List<Alert> alerts) {
        return publish(store, alerts);
    }

    private PublishResult publish(String model, LocalDate day, Instant at, Alert... alerts) {
        return store.publish(new AlertBatch(model, day, day, at, List.of(alerts)));
    }

    private static Alert raised(String apt, LocalDate day, Instant at, double score, String model) {
        return Alert.unseen(apt, "B1", day, at, score, 2.0, model);
    }

    @Test
    void given_new_alerts_when_published_then_stored_unseen_and_counted_as_new() {
        PublishResult r = publish(List.of(alert("A1", "B1", DAY, RUN, 3.5), alert("A2", "B1", DAY, RUN, 2.5)));
        assertThat(r).isEqualTo(new PublishResult(2, 0, 0, 0));
        assertThat(store.find("A1#2024-02-05")).contains(alert("A1", "B1", DAY, RUN, 3.5));
        assertThat(store.find("A9#2024-02-05")).isEmpty();
    }

    @Test
    void given_the_same_alerts_when_published_twice_then_the_second_write_creates_nothing_and_changes_nothing() {
        List<Alert> batch = List.of(alert("A1", "B1", DAY, RUN, 3.5), alert("A2", "B1", DAY, RUN, 0.1));
        publish(batch);
        assertThat(publish(batch)).isEqualTo(new PublishResult(0, 2, 0, 0));
        assertThat(store.byDateRange(DAY, DAY, null)).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void given_technician_feedback_when_a_newer_model_scores_the_day_then_the_reviewed_alert_is_kept_exactly() {
        publish(List.of(alert("A1", "B1", DAY, RUN, 3.5)));
        store.recordFeedback("A1#2024-02-05", AlertStatus.INVESTIGATING, "", "on my way");
        Alert reviewed = store.recordFeedback("A1#2024-02-05", AlertStatus.RESOLVED_TRUE_POSITIVE, "valve_stuck_closed",
                "replaced valve");

        Instant rerun = RUN.plusSeconds(3600);
        PublishResult r = publish("global/2", DAY, rerun, raised("A1", DAY, rerun, 4.25, "global/2"));

        assertThat(r).isEqualTo(new PublishResult(0, 0, 0, 1));
        // the verdict stays attached to the model and score the technician saw
        assertThat(store.find("A1#2024-02-05")).contains(reviewed);
        assertThat(reviewed.modelVersion()).isEqualTo("global/1");
        assertThat(reviewed.feedbackCause()).isEqualTo("valve_stuck_closed");
    }

    @Test
    void given_an_older_models_alerts_when_a_newer_model_scores_the_day_then_it_supersedes_the_unreviewed_ones_it_did_not_raise() {
        publish("global/1", DAY, RUN, raised("A1", DAY, RUN, 9, "global/1"), raised("A2", DAY, RUN, 8, "global/1"),
                raised("A3", DAY, RUN, 7, "global/1"), raised("A4", DAY, RUN, 6, "global/1"));
        store.recordFeedback("A3#" + DAY, AlertStatus.INVESTIGATING, "", "on my way");
        // another day and another model group are not the run's business
        publish("global/1", DAY.plusDays(1), RUN, raised("A1", DAY.plusDays(1), RUN, 9, "global/1"));
        store.publish(new AlertBatch("passive_house/4", DAY, DAY, RUN, List.of(
                Alert.unseen("P1", "B9", DAY, RUN, 0.9, 0.5, "passive_house/4"))));

        Instant rerun = RUN.plusSeconds(7200);
        PublishResult r = publish("global/2", DAY, rerun, raised("A2", DAY, rerun, 0.8, "global/2"),
                raised("A3", DAY, rerun, 0.7, "global/2"), raised("A5", DAY, rerun, 0.6, "global/2"));

        assertThat(r).isEqualTo(new PublishResult(1, 1, 2, 1));
        assertThat(store.byDateRange(DAY, DAY, AlertStatus.UNSEEN)).extracting(Alert::alertId, Alert::modelVersion)
                .containsExactlyInAnyOrder(tuple("A2#" + DAY, "global/2"), tuple("A5#" + DAY, "global/2"),
                        tuple("P1#" + DAY, "passive_house/4"));
        List<Alert> superseded = store.byDateRange(DAY, DAY, AlertStatus.SUPERSEDED);
        assertThat(superseded).extracting(Alert::apartmentId).containsExactly("A1", "A4");
        assertThat(superseded).allSatisfy(a -> {
            assertThat(a.supersededBy()).isEqualTo("global/2");
            assertThat(a.modelVersion()).as("the model that raised it").isEqualTo("global/1");
            assertThat(a.alertTimestamp()).isEqualTo(RUN);
            assertThat(a.updatedTimestamp()).isEqualTo(rerun);
        });
        assertThat(store.find("A3#" + DAY).orElseThrow().status()).isEqualTo(AlertStatus.INVESTIGATING);
        assertThat(store.find("A3#" + DAY).orElseThrow().modelVersion()).isEqualTo("global/1");
        assertThat(store.find("A1#" + DAY.plusDays(1)).orElseThrow().status()).isEqualTo(AlertStatus.UNSEEN);
        assertThat(store.byApartment("A1", AlertStatus.SUPERSEDED)).extracting(Alert::alertId).containsExactly("A1#" + DAY);
    }

    @Test
    void given_a_rescored_alert_when_read_then_alert_timestamp_stays_the_creation_time_and_updated_timestamp_moves() {
        publish("global/1", DAY, RUN, raised("A1", DAY, RUN, 3.5, "global/1"));
        Instant rerun = RUN.plusSeconds(3600);

        PublishResult r = publish("global/2", DAY, rerun, raised("A1", DAY, rerun, 4.25, "global/2"));

        assertThat(r).isEqualTo(new PublishResult(0, 1, 0, 0));
        Alert a = store.find("A1#" + DAY).orElseThrow();
        assertThat(a.alertTimestamp()).isEqualTo(RUN);
        assertThat(a.updatedTimestamp()).isEqualTo(rerun);
        assertThat(a.anomalyScore()).isEqualTo(4.25);
        assertThat(a.modelVersion()).isEqualTo("global/2");
        assertThat(a.status()).isEqualTo(AlertStatus.UNSEEN);
        assertThat(store.byBuilding("B1", 5)).extracting(Alert::alertTimestamp).containsExactly(RUN);
    }

    @Test
    void given_a_superseded_alert_when_a_later_run_raises_it_again_then_it_is_unseen_with_the_new_score() {
        publish("global/1", DAY, RUN, raised("A1", DAY, RUN, 3.5, "global/1"));
        assertThat(publish("global/2", DAY, RUN.plusSeconds(10))).isEqualTo(new PublishResult(0, 0, 1, 0));
        assertThat(store.find("A1#" + DAY).orElseThrow().status()).isEqualTo(AlertStatus.SUPERSEDED);

        PublishResult r = publish("global/3", DAY, RUN.plusSeconds(20), raised("A1", DAY, RUN.plusSeconds(20), 5, "global/3"));

        assertThat(r).isEqualTo(new PublishResult(0, 1, 0, 0));
        Alert a = store.find("A1#" + DAY).orElseThrow();
        assertThat(a.status()).isEqualTo(AlertStatus.UNSEEN);
        assertThat(a.supersededBy()).isEmpty();
        assertThat(a.modelVersion()).isEqualTo("global/3");
        assertThat(a.alertTimestamp()).isEqualTo(RUN);
    }

    @Test
    void given_a_superseded_alert_when_a_technician_went_out_anyway_then_the_verdict_is_recorded() {
        publish("global/1", DAY, RUN, raised("A1", DAY, RUN, 3.5, "global/1"));
        publish("global/2", DAY, RUN.plusSeconds(10));
        Alert a = store.recordFeedback("A1#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "leak", "");
        assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
        assertThat(a.supersededBy()).isEmpty();
        assertThat(store.find("A1#" + DAY)).contains(a);
    }

    @Test
    void given_feedback_with_a_step_alongside_when_the_step_fails_then_the_alert_is_unchanged_and_a_retry_works() {
        publish("global/1", DAY, RUN, raised("A1", DAY, RUN, 3.5, "global/1"));
        Alert before = store.find("A1#" + DAY).orElseThrow();

        assertThatThrownBy(() -> store.recordFeedback("A1#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "pump", "",
                updated -> {
                    throw new UncheckedIOException(new IOException("labels file is a folder"));
                })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("labels file is a folder");
        assertThat(store.find("A1#" + DAY)).contains(before);

        List<Alert> seen = new ArrayList<>();
        Alert after = store.recordFeedback("A1#" + DAY, AlertStatus.RESOLVED_TRUE_POSITIVE, "pump", "", seen::add);
        assertThat(seen).containsExactly(after);
        assertThat(after.status()).isEqualTo(AlertStatus.RESOLVED_TRUE_POSITIVE);
        assertThat(after.updatedTimestamp()).isAfterOrEqualTo(after.alertTimestamp());
        assertThat(after.alertTimestamp()).isEqualTo(RUN);
        assertThat(store.find("A1#" + DAY)).contains(after);
    }

    @Test
    void given_an_illegal_transition_when_recording_feedback_then_refused_naming_both_states() {
        publish(List.of(alert("A1", "B1", DAY, RUN, 3.5)));
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
        publish(alerts);
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
        publish(List.of(
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
        publish(List.of(alert("A1", "B1", DAY, RUN, 1), alert("A2", "B1", DAY, RUN, 5),
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
        assertThat(publish(alerts).created()).isEqualTo(2 * MANY);
        assertThat(store.byDateRange(DAY, DAY, null)).hasSize(MANY).first().extracting(Alert::apartmentId)
                .isEqualTo(String.format("A%02d", MANY - 1));
        assertThat(store.byApartment("A00", AlertStatus.UNSEEN)).hasSize(MANY + 1);
        assertThat(store.byBuilding("B1", MANY + 3)).hasSize(MANY + 3);
        assertThat(store.byBuilding("B1", 10_000)).hasSize(2 * MANY);
    }

    @Test
    void given_a_nan_score_when_publishing_then_rejected_and_nothing_written() {
        assertThatThrownBy(() -> publish(List.of(alert("A1", "B1", DAY, RUN, 1), alert("A2", "B1", DAY, RUN, Double.NaN))))
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
        publish(first);
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
                    publish(scorer, again);
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
            // re-scoring stops touching an alert once it is reviewed; its creation time never moves
            assertThat(a.modelVersion()).isIn("global/1", "global/2");
            assertThat(a.alertTimestamp()).isEqualTo(RUN);
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
        publish(alerts);
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
