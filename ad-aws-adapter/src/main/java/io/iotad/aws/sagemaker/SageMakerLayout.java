package io.iotad.aws.sagemaker;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The file layout SageMaker gives a bring-your-own container, rooted at {@code /opt/ml} in a real
 * job and anywhere in tests: training reads its hyperparameters and input channels and writes the
 * model to {@code model/} (SageMaker packs it as {@code model.tar.gz}) and a failure reason to
 * {@code output/failure}; Batch Transform mounts the model at {@code model/}.
 *
 * @param root the layout's root, {@code /opt/ml} inside a SageMaker container
 */
public record SageMakerLayout(Path root) {
    /** The root SageMaker uses. */
    public static final Path DEFAULT_ROOT = Path.of("/opt/ml");

    /** Validates the root. */
    public SageMakerLayout {
        Objects.requireNonNull(root, "root");
    }

    /** Environment variable that moves the root, for running the entry points outside a container. */
    public static final String ROOT_VARIABLE = "IOTAD_ML_ROOT";

    /**
     * The root a command uses: its {@code --ml-root} option, else {@value #ROOT_VARIABLE}, else {@link #DEFAULT_ROOT}.
     *
     * @param option the option's value, or null
     * @param environment the process environment (for example {@link System#getenv()})
     * @return the layout
     */
    public static SageMakerLayout resolve(Path option, java.util.Map<String, String> environment) {
        if (option != null) {
            return new SageMakerLayout(option);
        }
        String fromEnv = environment.get(ROOT_VARIABLE);
        return new SageMakerLayout(fromEnv == null || fromEnv.isBlank() ? DEFAULT_ROOT : Path.of(fromEnv));
    }

    /** @return the layout at {@link #DEFAULT_ROOT} */
    public static SageMakerLayout standard() {
        return new SageMakerLayout(DEFAULT_ROOT);
    }

    /** @return {@code input/config/hyperparameters.json}: the job's hyperparameters, all values strings */
    public Path hyperparameters() {
        return root.resolve("input/config/hyperparameters.json");
    }

    /** @return {@code input/config/resourceconfig.json}: the hosts of the job */
    public Path resourceConfig() {
        return root.resolve("input/config/resourceconfig.json");
    }

    /**
     * @param channel an input channel name such as {@code training}; letters, digits, '-' and '_'
     * @return {@code input/data/<channel>}
     */
    public Path channel(String channel) {
        if (channel == null || !channel.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("channel must match [A-Za-z0-9_-]+, got '" + channel + "'");
        }
        return root.resolve("input/data").resolve(channel);
    }

    /** @return {@code model/}: where training writes the model and where inference finds it */
    public Path modelDir() {
        return root.resolve("model");
    }

    /** @return {@code output/failure}: a training job writes the reason it failed here */
    public Path failureFile() {
        return root.resolve("output/failure");
    }

    /** @return {@code output/data}: extra training outputs SageMaker uploads */
    public Path outputData() {
        return root.resolve("output/data");
    }
}
