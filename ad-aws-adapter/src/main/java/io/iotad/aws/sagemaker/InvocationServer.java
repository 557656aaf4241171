package io.iotad.aws.sagemaker;

import io.iotad.core.artifact.ArtifactLimits;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.artifact.ModelArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code iotad sagemaker serve}: the HTTP server SageMaker (an endpoint or Batch Transform) calls, on Jetty 12. The
 * model is loaded once, before the server starts, and shared by every request (detectors are thread-safe), so
 * {@code GET /ping} answers 200 from the first moment the port is open. See {@link InvocationHandler} for the
 * routes.
 */
public final class InvocationServer implements AutoCloseable {
    /** Connections waiting to be accepted; Batch Transform and load tests open many at once. */
    static final int ACCEPT_QUEUE = 2048;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InvocationServer.class);

    private final Server server;
    private final ServerConnector connector;

    private InvocationServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts the server.
     *
     * @param model the loaded model
     * @param modelName how the model is named in logs and {@code /ping}'s body
     * @param settings address, payload limit, threads
     * @return the running server
     * @throws Exception when the port cannot be bound
     */
    public static InvocationServer start(LoadedModel model, String modelName, ServeSettings settings) throws Exception {
        Objects.requireNonNull(model, "model");
        QueuedThreadPool pool = new QueuedThreadPool(settings.maxThreads(), Math.min(4, settings.maxThreads()));
        pool.setName("iotad-invocations");
        Server server = new Server(pool);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        server.addConnector(connector);
        server.setHandler(new InvocationHandler(model, settings));
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        LOG.info("serving {} ({} reading {} features) on {}:{}; payload limit {} bytes", modelName, model.manifest().strategy(),
                model.manifest().features().size(), settings.host(), connector.getLocalPort(), settings.maxPayloadBytes());
        return new InvocationServer(server, connector);
    }

    /**
     * Loads the model SageMaker mounted: the entries of a training job's {@code model/} ({@code manifest.json},
     * {@code payload.bin}), or a {@code model.tar.gz} placed there, verified either way.
     *
     * @param modelDir the model folder, {@code /opt/ml/model} in a container
     * @return the verified model
     * @throws IOException when it cannot be read
     */
    public static LoadedModel loadModel(Path modelDir) throws IOException {
        Path archive = modelDir.resolve("model.tar.gz");
        if (!Files.isRegularFile(modelDir.resolve(ModelArtifact.MANIFEST_ENTRY)) && Files.isRegularFile(archive)) {
            return ModelArtifact.read(archive);
        }
        return ModelArtifact.readDirectory(modelDir, ArtifactLimits.DEFAULTS);
    }

    /** @return the port the server listens on */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Blocks until the server stops.
     *
     * @throws InterruptedException when interrupted
     */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
