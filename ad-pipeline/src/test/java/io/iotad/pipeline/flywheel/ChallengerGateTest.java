package io.iotad.pipeline.flywheel;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import io.iotad.core.score.Scores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengerGateTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 2);

    /** Six rows: a0..a2 labelled (a0 a fault, a1 a fault, a2 not), a3..a5 unlabelled. */
    private static FeatureFrame rows() {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of(List.of("x")));
        for (int i = 0; i < 6; i++) {
            b.add(new RowKey("a" + i, "b1", DAY), i);
        }
        return b.build();
    }

    private static final Labels LABELS = Labels.of(List.of(new Label("a0", DAY, 1, "valve_stuck_open"),
            new Label("a1", DAY, 1, "heat_meter_stuck"), new Label("a2", DAY, 0, "no_fault_found")));

    private static Scores scores(double... s) {
        return Scores.of(rows(), s);
    }

    @Test
    void a_candidate_ranking_the_confirmed_faults_first_beats_one_that_does_not() {
        ChallengerGate gate = new ChallengerGate(7, 0.0, 2, 0);
        // candidate: faults 0.9, 0.8 above the false alarm 0.1 -> AP 1; incumbent: false alarm on top -> AP (1/2 + 2/3)/2
        ChallengerGate.Verdict v = gate.compare(scores(0.9, 0.8, 0.1, 0, 0, 0), scores(0.5, 0.4, 0.9, 0, 0, 0), LABELS);

        assertThat(v.promote()).isTrue();
        assertThat(v.candidateAp()).isEqualTo(1.0);
        assertThat(v.incumbentAp()).isCloseTo((0.5 + 2.0 / 3) / 2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(v.labelled()).isEqualTo(3);
        assertThat(v.positives()).isEqualTo(2);
        assertThat(gate.compare(scores(0.5, 0.4, 0.9, 0, 0, 0), scores(0.9, 0.8, 0.1, 0, 0, 0), LABELS).promote()).isFalse();
    }

    @Test
    void unlabelled_rows_do_not_count_for_either_model() {
        ChallengerGate gate = new ChallengerGate(7, 0.0, 2, 0);
        List<Double> aps = new ArrayList<>();
        for (double[] s : new double[][] {{0.9, 0.8, 0.1, 0, 0, 0}, {0.9, 0.8, 0.1, 5, 5, 5}, {0.9, 0.8, 0.1, -5, 9, 0.85}}) {
            aps.add(gate.compare(scores(s), scores(0.5, 0.4, 0.9, 0, 0, 0), LABELS).candidateAp());
        }
        assertThat(aps).containsOnly(1.0);
    }

    @Test
    void a_tie_or_too_few_faults_promotes_nothing() {
        Scores s = scores(0.9, 0.8, 0.1, 0, 0, 0);
        assertThat(new ChallengerGate(7, 0.0, 2, 0).compare(s, s, LABELS).promote()).isFalse();
        ChallengerGate.Verdict few = new ChallengerGate(7, 0.0, 3, 0).compare(s, scores(0, 0, 1, 0, 0, 0), LABELS);
        assertThat(few.promote()).isFalse();
        assertThat(few.summary()).contains("not gated: 3 compared rows with 2 confirmed faults");
    }
}
