package io.iotad.features.extract;

import java.util.Map;

/**
 * Calendar features of the row's day: {@code day_of_week} (1 = Monday … 7 = Sunday, ISO 8601) and
 * {@code is_weekend} (1 on Saturday and Sunday, else 0). Never missing.
 */
public record CalendarDay() implements DeclaredExtractor {
    /** Registry key. */
    public static final String KIND = "calendar";

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, "day_of_week", "is_weekend");
    }

    @Override
    public void extract(ApartmentDays days, DailyColumns columns) {
        int nd = days.dayCount();
        double[] dow = new double[nd];
        double[] weekend = new double[nd];
        for (int d = 0; d < nd; d++) {
            int v = days.date(d).getDayOfWeek().getValue();
            dow[d] = v;
            weekend[d] = v >= 6 ? 1.0 : 0.0;
        }
        columns.put("day_of_week", dow);
        columns.put("is_weekend", weekend);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue names. */
        public Kind() {
            super(KIND, p -> new CalendarDay(),
                    Map.of("calendar", new CalendarDay()));
        }
    }
}
