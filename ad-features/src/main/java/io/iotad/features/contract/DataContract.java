package io.iotad.features.contract;

import io.iotad.core.frame.FeatureFrame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data contract a feature frame must meet before anything trains or scores on it: null-rate
 * limits on critical features and plausible ranges. Evaluated per partition (building, day), per day
 * and over the batch; a failure stops the run ({@link #enforce}) with a message naming the feature,
 * the rate or value, the limit and the partition. Missing values are never filled here or anywhere.
 *
 * @param nullRates the null-rate limits
 * @param ranges the range limits
 */
public record DataContract(List<NullRateLimit> nullRates, List<RangeLimit> ranges) {
    /** Rule name of null-rate checks. */
    public static final String NULL_RATE = "null_rate";
    /** Rule name of range checks. */
    public static final String RANGE = "range";
    /** Features critical by default (the seed's Challenge 1). */
    public static final List<String> CRITICAL_FEATURES = List.of("daily_energy_kwh", "avg_temp_diff", "avg_outdoor_temp_c", "hdd");
    /** Sanity limit of one apartment's daily heating energy, kWh. */
    public static final double DEFAULT_MAX_DAILY_ENERGY_KWH = 1000.0;
    /** Sanity limit of one apartment's daily hot water, litres. */
    public static final double DEFAULT_MAX_DAILY_HOT_WATER_LITRES = 10_000.0;
    /** At most this many failing partitions of one rule are listed in a report. */
    public static final int MAX_LISTED_FAILURES = 50;

    /** Copies the lists. */
    public DataContract {
        nullRates = List.copyOf(nullRates);
        ranges = List.copyOf(ranges);
    }

    /** @return a contract without rules, which every frame meets (for exploratory runs; never for training or scoring) */
    public static DataContract none() {
        return new DataContract(List.of(), List.of());
    }

    /** @return the default contract with the default null-rate limit (5%) */
    public static DataContract standard() {
        return standard(NullRateLimit.DEFAULT_MAX_RATE);
    }

    /**
     * The default contract: the critical features' null rates at most {@code maxNullRate} (energy and
     * temperature difference over the batch, since every apartment's first day has no energy; outdoor
     * temperature and HDD per day, the batch an inference run scores), and plausible ranges: outdoor
     * temperature in [-60, 50] °C, room and setpoint temperatures in [-10, 45] °C, daily energy in
     * [0, {@value #DEFAULT_MAX_DAILY_ENERGY_KWH}] kWh, daily hot water in [0, {@value #DEFAULT_MAX_DAILY_HOT_WATER_LITRES}] litres.
     *
     * @param maxNullRate largest share of missing values of a critical feature, in [0, 1]
     * @return the contract
     */
    public static DataContract standard(double maxNullRate) {
        return new DataContract(List.of(
                new NullRateLimit("daily_energy_kwh", maxNullRate, NullRateLimit.Scope.BATCH),
                new NullRateLimit("avg_temp_diff", maxNullRate, NullRateLimit.Scope.BATCH),
                new NullRateLimit("avg_outdoor_temp_c", maxNullRate, NullRateLimit.Scope.DAY),
                new NullRateLimit("hdd", maxNullRate, NullRateLimit.Scope.DAY)),
                List.of(new RangeLimit("avg_outdoor_temp_c", -60, 50),
                        new RangeLimit("avg_room_temp_c", -10, 45),
                        new RangeLimit("avg_setpoint_temp_c", -10, 45),
                        new RangeLimit("daily_energy_kwh", 0, DEFAULT_MAX_DAILY_ENERGY_KWH),
                        new RangeLimit("daily_hot_water_litres", 0, DEFAULT_MAX_DAILY_HOT_WATER_LITRES)));
    }

    /**
     * Evaluates every rule whose feature the frame has (rules on absent features are skipped: an
     * optional column may be absent; the schema is the pipeline spec's business).
     *
     * @param frame the features
     * @return the report of all checks
     */
    public ContractReport check(FeatureFrame frame) {
        List<ContractCheck> checks = new ArrayList<>();
        for (NullRateLimit rule : nullRates) {
            if (frame.schema().contains(rule.feature())) {
                checkNullRate(frame, rule, checks);
            }
        }
        for (RangeLimit rule : ranges) {
            if (frame.schema().contains(rule.feature())) {
                checkRange(frame, rule, checks);
            }
        }
        return new ContractReport(frame.rowCount(), checks);
    }

    /**
     * Evaluates the contract and stops the run when it fails.
     *
     * @param frame the features
     * @return the report, when every check passed
     * @throws ContractViolationException naming the first failing check's feature, rate or value, limit and partition
     */
    public ContractReport enforce(FeatureFrame frame) {
        ContractReport report = check(frame);
        if (!report.passed()) {
            throw new ContractViolationException(report.failures().get(0), report);
        }
        return report;
    }

    /** Missing and total counts of one partition. */
    private static final class Count {
        long missing;
        long total;

        double rate() {
            return total == 0 ? 0.0 : (double) missing / total;
        }
    }

    private static void checkNullRate(FeatureFrame frame, NullRateLimit rule, List<ContractCheck> checks) {
        int c = frame.schema().require(rule.feature());
        Map<String, Map<String, Count>> byBuildingDay = new TreeMap<>(); // day -> building -> count
        for (int i = 0; i < frame.rowCount(); i++) {
            Count n = byBuildingDay.computeIfAbsent(frame.eventDate(i).toString(), k -> new TreeMap<>())
                    .computeIfAbsent(frame.buildingId(i), k -> new Count());
            n.total++;
            if (Double.isNaN(frame.value(i, c))) {
                n.missing++;
            }
        }
        Map<String, Count> partitions = new TreeMap<>();
        Map<String, List<String[]>> members = new TreeMap<>(); // partition -> (building, day) pairs inside it
        byBuildingDay.forEach((day, buildings) -> buildings.forEach((building, n) -> {
            String p = switch (rule.scope()) {
                case BATCH -> "batch";
                case DAY -> "day " + day;
                case BUILDING_DAY -> "building " + building + ", day " + day;
            };
            Count total = partitions.computeIfAbsent(p, k -> new Count());
            total.missing += n.missing;
            total.total += n.total;
            members.computeIfAbsent(p, k -> new ArrayList<>()).add(new String[] {building, day});
        }));
        int failed = 0;
        String worst = null;
        for (Map.Entry<String, Count> e : partitions.entrySet()) {
            Count n = e.getValue();
            if (worst == null || n.rate() > partitions.get(worst).rate()) {
                worst = e.getKey();
            }
            if (n.rate() > rule.maxRate()) {
                failed++;
                if (failed <= MAX_LISTED_FAILURES) {
                    checks.add(nullRateCheck(rule, e.getKey(), n, false, worstBuildingDays(members.get(e.getKey()), byBuildingDay)));
                }
            }
        }
        if (failed == 0) {
            Count n = worst == null ? new Count() : partitions.get(worst);
            checks.add(nullRateCheck(rule, worst == null ? "batch" : worst, n, true, ""));
        }
    }

    private static String worstBuildingDays(List<String[]> parts, Map<String, Map<String, Count>> byBuildingDay) {
        List<String[]> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingDouble((String[] p) -> -byBuildingDay.get(p[1]).get(p[0]).rate()));
        StringBuilder b = new StringBuilder();
        int listed = 0;
        for (String[] p : sorted) {
            Count n = byBuildingDay.get(p[1]).get(p[0]);
            if (n.missing == 0 || listed == 5) {
                break;
            }
            b.append(listed++ == 0 ? "; most missing in (building, day): " : ", ")
                    .append('(').append(p[0]).append(", ").append(p[1]).append(") ")
                    .append(n.missing).append(" of ").append(n.total);
        }
        return b.toString();
    }

    private static ContractCheck nullRateCheck(NullRateLimit rule, String partition, Count n, boolean passed, String more) {
        String detail = String.format(Locale.ROOT, "feature '%s' missing in %s of the rows of %s (%d of %d); limit %s%s",
                rule.feature(), ContractViolationException.percent(n.rate()), partition, n.missing, n.total,
                ContractViolationException.percent(rule.maxRate()), more);
        return new ContractCheck(NULL_RATE, rule.feature(), partition, n.rate(), rule.maxRate(), passed, detail);
    }

    private static void checkRange(FeatureFrame frame, RangeLimit rule, List<ContractCheck> checks) {
        int c = frame.schema().require(rule.feature());
        int failed = 0;
        long present = 0;
        for (int i = 0; i < frame.rowCount(); i++) {
            double v = frame.value(i, c);
            if (Double.isNaN(v)) {
                continue;
            }
            present++;
            if (!rule.accepts(v)) {
                failed++;
                if (failed <= MAX_LISTED_FAILURES) {
                    LocalDate day = frame.eventDate(i);
                    String partition = "building " + frame.buildingId(i) + ", day " + day;
                    String detail = String.format(Locale.ROOT, "feature '%s' is %s for apartment %s in %s; expected within [%s, %s]",
                            rule.feature(), v, frame.apartmentId(i), partition, rule.min(), rule.max());
                    checks.add(new ContractCheck(RANGE, rule.feature(), partition, v, rule.max(), false, detail));
                }
            }
        }
        if (failed == 0) {
            checks.add(new ContractCheck(RANGE, rule.feature(), "batch", Double.NaN, rule.max(), true,
                    String.format(Locale.ROOT, "all %d present values of '%s' within [%s, %s]", present, rule.feature(),
                            rule.min(), rule.max())));
        }
    }
}
