package io.iotad.models.svm;

import io.iotad.core.detect.DetectorOptions;
import io.iotad.models.options.RawOptions;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Validated hyperparameters of the {@code one_class_svm} strategy.
 *
 * @param nu upper bound on the fraction of training rows outside the boundary (and lower bound on
 *     the fraction of support vectors), in (0, 1]
 * @param gamma RBF kernel width {@code exp(-gamma·|x−y|²)} on standardised features, above 0; or
 *     {@code null} for "scale", as scikit-learn: {@code 1 / (features · variance of all standardised
 *     training values)}
 * @param tolerance LibSVM's stopping tolerance, above 0
 * @param cacheMb LibSVM's kernel cache, in MiB, above 0
 */
public record OneClassSvmOptions(double nu, Double gamma, double tolerance, double cacheMb) implements DetectorOptions {
    /** Default nu (as the Python peer). */
    public static final double DEFAULT_NU = 0.05;
    /** Default gamma: {@code null} = "scale". */
    public static final Double DEFAULT_GAMMA = null;
    /** Text of the "scale" gamma in configuration. */
    public static final String GAMMA_SCALE = "scale";
    /** Default stopping tolerance (LibSVM's and scikit-learn's). */
    public static final double DEFAULT_TOLERANCE = 1e-3;
    /** The option names accepted. */
    public static final List<String> KEYS = List.of("nu", "gamma", "tolerance", "cache_mb");
    /** Default kernel cache in MiB. */
    public static final double DEFAULT_CACHE_MB = 200;

    /** Validates every field. */
    public OneClassSvmOptions {
        if (!(nu > 0 && nu <= 1)) {
            throw RawOptions.outOfRange(OneClassSvmStrategy.NAME, "nu", nu, "a number in (0, 1]");
        }
        if (gamma != null && !(gamma > 0 && Double.isFinite(gamma))) {
            throw RawOptions.outOfRange(OneClassSvmStrategy.NAME, "gamma", gamma, "a finite number > 0 or \"" + GAMMA_SCALE + "\"");
        }
        if (!(tolerance > 0 && Double.isFinite(tolerance))) {
            throw RawOptions.outOfRange(OneClassSvmStrategy.NAME, "tolerance", tolerance, "a finite number > 0");
        }
        if (!(cacheMb > 0 && Double.isFinite(cacheMb))) {
            throw RawOptions.outOfRange(OneClassSvmStrategy.NAME, "cache_mb", cacheMb, "a finite number > 0");
        }
    }

    /** @return the documented defaults */
    public static OneClassSvmOptions defaults() {
        return new OneClassSvmOptions(DEFAULT_NU, DEFAULT_GAMMA, DEFAULT_TOLERANCE, DEFAULT_CACHE_MB);
    }

    /**
     * @param raw options by name; absent keys take their defaults
     * @return the validated options
     * @throws IllegalArgumentException naming the option, value and expectation, or an unknown key
     */
    public static OneClassSvmOptions parse(Map<String, ?> raw) {
        RawOptions r = RawOptions.of(OneClassSvmStrategy.NAME, raw, KEYS);
        double nu = r.doubleValue("nu", DEFAULT_NU);
        Double gamma = DEFAULT_GAMMA;
        if (r.has("gamma")) {
            Object g = raw.get("gamma");
            if (!(g instanceof String s && s.trim().equalsIgnoreCase(GAMMA_SCALE))) {
                gamma = r.doubleValue("gamma", 0);
            }
        }
        OneClassSvmOptions o = new OneClassSvmOptions(nu, gamma, r.doubleValue("tolerance", DEFAULT_TOLERANCE),
                r.doubleValue("cache_mb", DEFAULT_CACHE_MB));
        return o;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nu", nu);
        m.put("gamma", gamma == null ? GAMMA_SCALE : gamma);
        m.put("tolerance", tolerance);
        m.put("cache_mb", cacheMb);
        return m;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "OneClassSvmOptions[nu=%s, gamma=%s]", nu, gamma == null ? GAMMA_SCALE : gamma);
    }
}
