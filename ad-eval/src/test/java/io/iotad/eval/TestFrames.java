package io.iotad.eval;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import java.time.LocalDate;

/** Builds small feature frames for tests. */
public final class TestFrames {
    private TestFrames() {
    }

    /**
     * @param apartments apartment ids; apartment {@code i} lives in building {@code "B" + (i % buildings)}
     * @param buildings number of buildings
     * @param first first day
     * @param days number of consecutive days
     * @return one row per apartment and day (day-major order) with one feature {@code x} = row index
     */
    public static FeatureFrame grid(int apartments, int buildings, LocalDate first, int days) {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("x"));
        int row = 0;
        for (int d = 0; d < days; d++) {
            for (int a = 0; a < apartments; a++) {
                b.add(new RowKey("A" + a, "B" + (a % buildings), first.plusDays(d)), row++);
            }
        }
        return b.build();
    }
}
