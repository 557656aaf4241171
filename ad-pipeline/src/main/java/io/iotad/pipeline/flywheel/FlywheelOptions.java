package io.iotad.pipeline.flywheel;

import java.util.Objects;

/**
 * The flywheel simulation's settings.
 *
 * @param visitsPerDay K: alerts raised and visited per day, at least 1
 * @param defaultVisitsPerDay the default K of the portfolio's size ({@link #defaultK(int)}), at
 *     which precision is always reported as well
 * @param warmupDays days at the start used only to fit the cold-start (unsupervised) model, at least 7
 * @param unsupervised the cold-start model
 * @param supervised the model retrained on the technicians' labels
 * @param technician the technician's realism
 * @param sampling the positive–unlabelled handling of supervised training
 * @param gate what a candidate must beat
 * @param autoApprove whether a candidate that passes the gate is approved by the simulation (true)
 *     or left {@code PendingManualApproval} for a person, the incumbent scoring on (false)
 * @param seed the seed of the technician, the sampling and model fitting
 * @param modelGroup the registry group of the flywheel's models
 */
public record FlywheelOptions(int visitsPerDay, int defaultVisitsPerDay, int warmupDays, ModelRecipe unsupervised,
                              ModelRecipe supervised, TechnicianOptions technician, UnlabelledSampling sampling,
                              ChallengerGate gate, boolean autoApprove, long seed, String modelGroup) {
    /** The seed's capacity: 50 visits a day for 3 000 apartments. */
    public static final int SEED_VISITS_PER_DAY = 50;
    /** The portfolio size the seed's capacity is for. */
    public static final int SEED_APARTMENTS = 3000;
    /** Default cold-start days. */
    public static final int DEFAULT_WARMUP_DAYS = 21;
    /** Fewest cold-start days: a week of history for the lags and the first model. */
    public static final int MIN_WARMUP_DAYS = 7;

    /** Validates the fields. */
    public FlywheelOptions {
        if (visitsPerDay < 1 || defaultVisitsPerDay < 1) {
            throw new IllegalArgumentException("visits per day must be >= 1, got K=" + visitsPerDay + ", default K="
                    + defaultVisitsPerDay);
        }
        if (warmupDays < MIN_WARMUP_DAYS) {
            throw new IllegalArgumentException("warm-up days must be >= " + MIN_WARMUP_DAYS + ", got " + warmupDays);
        }
        Objects.requireNonNull(unsupervised, "unsupervised");
        Objects.requireNonNull(supervised, "supervised");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(modelGroup, "modelGroup");
    }

    /**
     * The default K of a portfolio: the seed's 50 a day for 3 000 apartments, scaled (5 for 300), at least 1.
     *
     * @param apartments the portfolio's apartments, at least 1
     * @return visits per day
     */
    public static int defaultK(int apartments) {
        if (apartments < 1) {
            throw new IllegalArgumentException("apartments must be >= 1, got " + apartments);
        }
        return (int) Math.max(1, Math.round(SEED_VISITS_PER_DAY * (double) apartments / SEED_APARTMENTS));
    }

    /**
     * The defaults for a portfolio: default K, 21 warm-up days, LOF then XGBoost, the default
     * technician, sampling and gate, auto-approval on (it is a simulation).
     *
     * @param apartments the portfolio's apartments
     * @param seed the seed
     * @return the options
     */
    public static FlywheelOptions defaults(int apartments, long seed) {
        int k = defaultK(apartments);
        return new FlywheelOptions(k, k, DEFAULT_WARMUP_DAYS, ModelRecipe.defaultUnsupervised(),
                ModelRecipe.defaultSupervised(), TechnicianOptions.defaults(), UnlabelledSampling.defaults(),
                ChallengerGate.defaults(), true, seed, "flywheel");
    }

    /**
     * @param k visits per day
     * @return these options with that K
     */
    public FlywheelOptions withVisitsPerDay(int k) {
        return new FlywheelOptions(k, defaultVisitsPerDay, warmupDays, unsupervised, supervised, technician, sampling,
                gate, autoApprove, seed, modelGroup);
    }

    /**
     * @param t the technician
     * @return these options with that technician
     */
    public FlywheelOptions withTechnician(TechnicianOptions t) {
        return new FlywheelOptions(visitsPerDay, defaultVisitsPerDay, warmupDays, unsupervised, supervised, t, sampling,
                gate, autoApprove, seed, modelGroup);
    }

    /**
     * @param s the sampling
     * @return these options with that sampling
     */
    public FlywheelOptions withSampling(UnlabelledSampling s) {
        return new FlywheelOptions(visitsPerDay, defaultVisitsPerDay, warmupDays, unsupervised, supervised, technician, s,
                gate, autoApprove, seed, modelGroup);
    }

    /**
     * @param g the gate
     * @return these options with that gate
     */
    public FlywheelOptions withGate(ChallengerGate g) {
        return new FlywheelOptions(visitsPerDay, defaultVisitsPerDay, warmupDays, unsupervised, supervised, technician,
                sampling, g, autoApprove, seed, modelGroup);
    }

    /**
     * @param u the cold-start recipe
     * @param s the supervised recipe
     * @return these options with them
     */
    public FlywheelOptions withRecipes(ModelRecipe u, ModelRecipe s) {
        return new FlywheelOptions(visitsPerDay, defaultVisitsPerDay, warmupDays, u, s, technician, sampling, gate,
                autoApprove, seed, modelGroup);
    }

    /**
     * @param days warm-up days
     * @return these options with them
     */
    public FlywheelOptions withWarmupDays(int days) {
        return new FlywheelOptions(visitsPerDay, defaultVisitsPerDay, days, unsupervised, supervised, technician,
                sampling, gate, autoApprove, seed, modelGroup);
    }

    /**
     * @param approve whether to auto-approve
     * @return these options with it
     */
    public FlywheelOptions withAutoApprove(boolean approve) {
        return new FlywheelOptions(visitsPerDay, defaultVisitsPerDay, warmupDays, unsupervised, supervised, technician,
                sampling, gate, approve, seed, modelGroup);
    }
}
