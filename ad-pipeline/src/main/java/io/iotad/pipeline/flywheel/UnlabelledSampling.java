package io.iotad.pipeline.flywheel;

import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.score.Label;
import io.iotad.core.score.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * The positive–unlabelled handling of the flywheel's supervised training. Technicians label only
 * the apartment-days they visited; every other apartment-day is <em>unlabelled</em>, not normal:
 * a fault nobody was sent to is still a fault. The training set is therefore
 *
 * <ul>
 *   <li>every visited apartment-day with its verdict (1 confirmed fault, 0 nothing found or
 *       resident away), at full weight;</li>
 *   <li>plus a uniform random sample of unlabelled apartment-days, {@code negativesPerLabel} per
 *       visited label, entered as label 0 — the "unlabelled as negative" assumption, made only
 *       for this sample and only for training; the label store never holds them;</li>
 *   <li>minus, from that sample, every apartment-day within {@code guardDays} days of a
 *       confirmed fault on the same apartment (faults last days to weeks, so the days around a
 *       confirmed one are the unlabelled rows most likely to be faulty).</li>
 * </ul>
 *
 * Why this is sound here: faults touch about 2–3 % of apartment-days, so a uniform sample of
 * unlabelled days is about 97 % normal; the sampled rows teach the model what an ordinary day
 * looks like (the visited negatives alone are only the previous model's false alarms, a biased
 * set), while the small contamination is label noise a tree ensemble tolerates. The sample's size
 * keeps the visited labels the majority of the information, and it never grows with the portfolio
 * beyond what the technicians' labels justify.
 *
 * @param negativesPerLabel unlabelled apartment-days sampled per visited label, at least 0
 * @param guardDays days either side of a confirmed fault excluded from the sample, at least 0
 */
public record UnlabelledSampling(double negativesPerLabel, int guardDays) {
    /** Default unlabelled days sampled per visited label. */
    public static final double DEFAULT_NEGATIVES_PER_LABEL = 3.0;
    /** Default guard around a confirmed fault, in days. */
    public static final int DEFAULT_GUARD_DAYS = 14;
    /** Cause recorded on a sampled unlabelled row (training only). */
    public static final String SAMPLED_CAUSE = "unlabelled_sample";

    /** Validates the fields. */
    public UnlabelledSampling {
        if (!(negativesPerLabel >= 0) || Double.isInfinite(negativesPerLabel) || guardDays < 0) {
            throw new IllegalArgumentException("unlabelled sampling needs negativesPerLabel >= 0 (finite) and "
                    + "guardDays >= 0; got " + negativesPerLabel + ", " + guardDays);
        }
    }

    /** @return the defaults: 3 unlabelled days per label, a 14-day guard */
    public static UnlabelledSampling defaults() {
        return new UnlabelledSampling(DEFAULT_NEGATIVES_PER_LABEL, DEFAULT_GUARD_DAYS);
    }

    /**
     * A training set for a supervised model.
     *
     * @param train the training rows
     * @param visited the technicians' labels (only those on rows of {@code train} are used)
     * @param seed the seed of the sample
     * @return the training labels and how they were made
     */
    public TrainingLabels labelsFor(FeatureFrame train, Labels visited, long seed) {
        int[] known = visited.align(train);
        Map<String, TreeSet<Long>> faultDays = new HashMap<>();
        List<Label> out = new ArrayList<>();
        int positives = 0;
        for (int i = 0; i < train.rowCount(); i++) {
            if (known[i] != Labels.UNKNOWN) {
                Label l = visited.get(train.apartmentId(i), train.eventDate(i)).orElseThrow();
                out.add(l);
                if (l.isFault()) {
                    positives++;
                    faultDays.computeIfAbsent(train.apartmentId(i), a -> new TreeSet<>()).add(train.epochDay(i));
                }
            }
        }
        int labelled = out.size();
        int[] pool = new int[train.rowCount()];
        int n = 0;
        for (int i = 0; i < train.rowCount(); i++) {
            if (known[i] == Labels.UNKNOWN && !nearFault(faultDays.get(train.apartmentId(i)), train.epochDay(i))) {
                pool[n++] = i;
            }
        }
        int want = (int) Math.min(n, Math.round(negativesPerLabel * labelled));
        Random rng = new Random(seed);
        for (int s = 0; s < want; s++) {
            int j = s + rng.nextInt(n - s);
            int row = pool[j];
            pool[j] = pool[s];
            pool[s] = row;
            LocalDate day = train.eventDate(row);
            out.add(new Label(train.apartmentId(row), day, 0, SAMPLED_CAUSE));
        }
        return new TrainingLabels(Labels.of(out), labelled, positives, want, n);
    }

    private boolean nearFault(TreeSet<Long> days, long day) {
        if (days == null) {
            return false;
        }
        Long below = days.floor(day);
        Long above = days.ceiling(day);
        return (below != null && day - below <= guardDays) || (above != null && above - day <= guardDays);
    }

    /**
     * A supervised training set built from visited labels and a sample of unlabelled days.
     *
     * @param labels the labels to train on
     * @param visited visited labels among the training rows
     * @param positives confirmed faults among them
     * @param sampled unlabelled rows sampled as label 0
     * @param pool unlabelled rows the sample was drawn from (outside the guard)
     */
    public record TrainingLabels(Labels labels, int visited, int positives, int sampled, int pool) {
    }
}
