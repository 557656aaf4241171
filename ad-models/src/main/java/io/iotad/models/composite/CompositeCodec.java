package io.iotad.models.composite;

import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import io.iotad.core.artifact.StrategyPayloadCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Payload of a composite detector ({@code composite}, {@code lr_lof}, …). Version 2 (written):
 * version 1's layout, whose options may hold an {@code occupancy} gate ({@link OccupancyGate});
 * a version-1 payload (never a gate) still reads. Version 1: the
 * composite strategy's name; its options as JSON; per component, its calibration (median, scale,
 * reference scores) and its nested payload; then whether a stage follows and, if so, its nested
 * payload. A nested payload is the strategy name, its codec version and its bytes, read back by
 * that strategy's own codec (found by name), so every part keeps its own versioning; nesting is
 * bounded by {@link #MAX_NESTING}.
 */
final class CompositeCodec extends StrategyPayloadCodec<CompositeDetector> {
    /** The payload version written. */
    public static final int VERSION = 2;
    /** Deepest nesting of composite payloads read (a composite whose component is a composite, …): 8. */
    public static final int MAX_NESTING = 8;
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    /** Creates the codec. */
    public CompositeCodec() {
        super(CompositeStrategy.NAME, CompositeDetector.class, VERSION);
    }

    @Override
    protected void write(CompositeDetector d, PayloadWriter w) throws IOException {
        w.writeString(d.strategy());
        w.writeJson(d.options().toMap());
        for (int i = 0; i < d.components().size(); i++) {
            ScoreCalibration c = d.calibrations().get(i);
            w.writeDouble(c.median());
            w.writeDouble(c.scale());
            w.writeDoubles(c.reference());
            writeNested(w, d.components().get(i));
        }
        w.writeBoolean(d.stage() != null);
        if (d.stage() != null) {
            writeNested(w, d.stage());
        }
    }

    private static void writeNested(PayloadWriter w, Detector part) throws IOException {
        var codec = DetectorStrategies.byName(part.strategy()).codec();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        codec.write(part, bytes);
        w.writeString(part.strategy());
        w.writeInt(codec.version());
        w.writeBytes(bytes.toByteArray());
    }

    @Override
    protected CompositeDetector read(PayloadReader r, int version) throws IOException {
        String name = r.readString("composite strategy");
        CompositeOptions options;
        try {
            DetectorStrategy<?> s = DetectorStrategies.byName(name);
            if (!(s instanceof CompositeStrategy composite)) {
                throw r.corrupt("strategy '" + name + "' is not a composite");
            }
            options = composite.parseOptions(r.readJson("options"));
            if (version == 1 && options.occupancy() != null) {
                throw r.corrupt("a version-1 composite payload holds an occupancy gate (added in version 2)");
            }
        } catch (IllegalArgumentException e) {
            throw r.corrupt("the options of '" + name + "' cannot be read: " + e.getMessage(), e);
        }
        List<Detector> parts = new ArrayList<>();
        List<ScoreCalibration> calibrations = new ArrayList<>();
        for (ComponentSpec c : options.components()) {
            double median = r.readDouble();
            double scale = r.readDouble();
            double[] reference = r.readDoubles("reference scores");
            try {
                calibrations.add(new ScoreCalibration(median, scale, reference));
            } catch (IllegalArgumentException e) {
                throw r.corrupt("component " + c.name() + ": " + e.getMessage(), e);
            }
            parts.add(readNested(r, c.strategy().name(), "component " + c.name()));
        }
        Detector stage = null;
        if (r.readBoolean()) {
            if (options.stack() == null) {
                throw r.corrupt("a stage follows but combine is "
                        + options.combine().configName());
            }
            stage = readNested(r, options.stack().strategy().name(), "stack stage");
        }
        try {
            return new CompositeDetector(name, options, parts, calibrations, stage);
        } catch (IllegalArgumentException e) {
            throw r.corrupt(e.getMessage(), e);
        }
    }

    private static Detector readNested(PayloadReader r, String expected, String what) throws IOException {
        String strategy = r.readString(what + " strategy");
        if (!strategy.equalsIgnoreCase(expected)) {
            throw r.corrupt(what + " holds a '" + strategy
                    + "' payload, expected '" + expected + "'");
        }
        int v = r.readInt();
        byte[] bytes = r.readBytes(what + " payload");
        int depth = DEPTH.get();
        if (depth >= MAX_NESTING) {
            throw r.corrupt(what + " nests composites more than " + MAX_NESTING + " deep");
        }
        DEPTH.set(depth + 1);
        try {
            return DetectorStrategies.byName(strategy).codec().read(new ByteArrayInputStream(bytes), v);
        } finally {
            DEPTH.set(depth);
        }
    }
}
