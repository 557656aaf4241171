package io.iotad.models.svm;

import io.iotad.core.detect.AbstractDetectorStrategy;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.anomaly.libsvm.LibSVMAnomalyTrainer;
import org.tribuo.anomaly.libsvm.SVMAnomalyType;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.LibSVMModel;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The unsupervised {@code one_class_svm} strategy (Schölkopf et al. 2001) trained by Tribuo's
 * {@link LibSVMAnomalyTrainer} with an RBF kernel on features standardised with the training
 * rows' mean and standard deviation (stored in the model). Training rows with a missing feature
 * are skipped (policy {@code SKIP_ROW}). Labels are ignored. LibSVM's solver is deterministic, so
 * the seed only reaches Tribuo's trainer for its provenance; it is single-threaded.
 *
 * <p>LibSVM writes solver progress to standard output by default; fitting silences that global
 * print hook, so command output stays parseable.
 */
public final class OneClassSvmStrategy extends AbstractDetectorStrategy<OneClassSvmOptions> {
    /** The strategy name used in configuration. */
    public static final String NAME = "one_class_svm";
    /** Fewest complete training rows a fit accepts. */
    public static final int MIN_ROWS = 2;

    /** Creates the strategy (found by ServiceLoader). */
    public OneClassSvmStrategy() {
        super(NAME, "One-class SVM (RBF kernel, Tribuo LibSVM) on standardised features; score = negated decision value.",
                false, OneClassSvmOptions::parse, new OneClassSvmCodec());
    }

    /**
     * @throws IllegalArgumentException when fewer than {@link #MIN_ROWS} rows are complete or the
     *     frame has no feature
     */
    @Override
    public Detector fit(FeatureFrame train, Labels labels, OneClassSvmOptions options, FitContext context) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(context, "context");
        FeatureSchema schema = train.schema();
        int f = schema.size();
        if (f == 0) {
            throw new IllegalArgumentException(NAME + ": the training frame has no feature");
        }
        List<double[]> complete = new ArrayList<>();
        for (double[] row : train.toRowMajor(schema)) {
            if (complete(row)) {
                complete.add(row);
            }
        }
        if (complete.size() < MIN_ROWS) {
            throw new IllegalArgumentException(NAME + ": needs at least " + MIN_ROWS + " training rows without a missing"
                    + " feature, got " + complete.size() + " of " + train.rowCount());
        }
        context.progress().progress(NAME, 0, 1);
        double[][] rows = complete.toArray(new double[0][]);
        Standardisation st = Standardisation.fit(rows);
        double[][] z = new double[rows.length][];
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < rows.length; i++) {
            z[i] = st.apply(rows[i]);
            for (double v : z[i]) {
                sum += v;
                sumSq += v * v;
            }
        }
        double gamma = options.gamma() != null ? options.gamma() : scaleGamma(sum, sumSq, (long) rows.length * f, f);
        RbfDecisionFunction fn = train(schema, z, options, gamma, context.seed());
        context.progress().progress(NAME, 1, 1);
        return new OneClassSvmDetector(schema, options, st, fn);
    }

    static boolean complete(double[] row) {
        for (double v : row) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    private static double scaleGamma(double sum, double sumSq, long count, int f) {
        double mean = sum / count;
        double var = sumSq / count - mean * mean;
        return var > 0 ? 1.0 / (f * var) : 1.0;
    }

    private static RbfDecisionFunction train(FeatureSchema schema, double[][] z, OneClassSvmOptions options,
                                             double gamma, long seed) {
        AnomalyFactory factory = new AnomalyFactory();
        List<Example<Event>> examples = new ArrayList<>(z.length);
        String[] names = schema.names().toArray(new String[0]);
        for (double[] row : z) {
            examples.add(new ArrayExample<>(new Event(Event.EventType.EXPECTED), names, row));
        }
        MutableDataset<Event> data = new MutableDataset<>(new ListDataSource<>(examples, factory,
                new SimpleDataSourceProvenance("iotad feature frame", factory)));
        SVMParameters<Event> params = new SVMParameters<>(new SVMAnomalyType(SVMAnomalyType.SVMMode.ONE_CLASS),
                KernelType.RBF);
        params.setNu(options.nu());
        params.setGamma(gamma);
        params.setEpsilon(options.tolerance());
        params.setCacheSize(options.cacheMb());
        svm.svm_set_print_string_function(s -> { });
        @SuppressWarnings("unchecked")
        LibSVMModel<Event> model = (LibSVMModel<Event>) new LibSVMAnomalyTrainer(params, seed).train(data);
        svm_model m = model.getInnerModels().get(0);
        ImmutableFeatureMap fmap = model.getFeatureIDMap();
        int[] column = new int[fmap.size()];
        for (int id = 0; id < column.length; id++) {
            column[id] = schema.indexOf(fmap.get(id).getName());
        }
        double[][] sv = new double[m.l][schema.size()];
        for (int i = 0; i < m.l; i++) {
            for (svm_node node : m.SV[i]) {
                // Tribuo gives LibSVM its 0-based feature ids as node indices.
                sv[i][column[node.index]] = node.value;
            }
        }
        return new RbfDecisionFunction(sv, m.sv_coef[0], m.rho[0], gamma);
    }
}
