package io.iotad.aws.sagemaker;

import io.iotad.core.artifact.ArtifactLimits;
import io.iotad.core.artifact.ModelArtifact;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelRegistry;
import io.iotad.core.registry.ModelStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the training workflow's {@code RegisterModel} step puts the model inside a SageMaker training job: the
 * job's {@code model/} folder. The artifact is verified and its entries are written there (SageMaker packs the
 * folder into the job's {@code model.tar.gz} itself); the model package is created afterwards from that
 * {@code model.tar.gz} by the state machine's {@code RegisterModel} state, in the group this job was trained for.
 *
 * <p>A job trains one model, so this registry holds at most one version, {@code PendingManualApproval} until
 * it leaves the job; approving is for the real registry and is refused here.
 */
final class TrainingJobRegistry implements ModelRegistry {
    private final Path modelDir;
    private final Clock clock;
    private ModelPackage registered;
    private Path artifact;

    TrainingJobRegistry(Path modelDir, Clock clock) {
        this.modelDir = Objects.requireNonNull(modelDir, "modelDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized ModelPackage register(String group, Path artifact, Map<String, Object> metadata) throws IOException {
        if (registered != null) {
            throw new IllegalStateException("a training job registers one model; " + registered.id() + " is registered already");
        }
        ModelArtifact.unpack(artifact, modelDir, ArtifactLimits.DEFAULTS);
        this.artifact = artifact;
        registered = new ModelPackage(group, 1, ModelStatus.PENDING_MANUAL_APPROVAL, clock.instant(), modelDir.toUri().toString(),
                metadata, "in the training job's model/ folder; the state machine's RegisterModel state registers it");
        return registered;
    }

    @Override
    public synchronized List<String> groups() {
        return registered == null ? List.of() : List.of(registered.group());
    }

    @Override
    public synchronized List<ModelPackage> list(String group) {
        return registered != null && registered.group().equals(group) ? List.of(registered) : List.of();
    }

    @Override
    public synchronized Optional<ModelPackage> get(String group, int version) {
        return list(group).stream().filter(p -> p.version() == version).findFirst();
    }

    @Override
    public ModelPackage updateStatus(String group, int version, ModelStatus status, String note) {
        throw new UnsupportedOperationException("a training job does not approve models; approve the model package the "
                + "state machine registers (iotad registry approve, or the SageMaker console)");
    }

    @Override
    public Optional<ModelPackage> latestApproved(String group) {
        return Optional.empty();
    }

    @Override
    public synchronized Path artifactPath(ModelPackage pkg) {
        if (registered == null || !registered.id().equals(pkg.id())) {
            throw new NoSuchElementException("no model " + pkg.id() + " in this training job");
        }
        return artifact;
    }
}
