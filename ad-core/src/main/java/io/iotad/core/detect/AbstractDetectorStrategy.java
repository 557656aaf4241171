package io.iotad.core.detect;

import io.iotad.core.artifact.PayloadCodec;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every strategy holds beside its fitting algorithm: name, description, whether it is
 * supervised, its options parser and its payload codec. Extend it, pass these to the constructor
 * and write only {@link #fit}.
 *
 * @param <O> the strategy's options type
 */
public abstract class AbstractDetectorStrategy<O extends DetectorOptions> implements DetectorStrategy<O> {
    private final String name;
    private final String description;
    private final boolean supervised;
    private final Function<Map<String, ?>, O> parser;
    private final PayloadCodec codec;

    /**
     * @param name the lower-case configuration name, e.g. {@code stl}
     * @param description one sentence on what it detects and how
     * @param supervised whether fitting needs labels
     * @param parser validates raw options, absent keys taking their defaults, throwing
     *     {@link IllegalArgumentException} naming the option, value and expectation
     * @param codec writes and reads the fitted detectors
     */
    protected AbstractDetectorStrategy(String name, String description, boolean supervised,
                                       Function<Map<String, ?>, O> parser, PayloadCodec codec) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.supervised = supervised;
        this.parser = Objects.requireNonNull(parser, "parser");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final boolean supervised() {
        return supervised;
    }

    @Override
    public O parseOptions(Map<String, ?> raw) {
        return parser.apply(raw);
    }

    @Override
    public final PayloadCodec codec() {
        return codec;
    }
}
