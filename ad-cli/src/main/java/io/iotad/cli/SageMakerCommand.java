package io.iotad.cli;

import io.iotad.aws.sagemaker.InvocationServer;
import io.iotad.aws.sagemaker.SageMakerLayout;
import io.iotad.aws.sagemaker.SageMakerTraining;
import io.iotad.aws.sagemaker.ServeSettings;
import io.iotad.cli.csv.JsonSummary;
import io.iotad.core.artifact.LoadedModel;
import io.iotad.pipeline.workflow.TrainingOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iotad sagemaker train|serve}: the SageMaker bring-your-own-container entry points (the image's
 * {@code ENTRYPOINT} runs them as {@code docker run IMAGE train} and {@code docker run IMAGE serve}); see
 * docs/aws.md for the contract.
 */
@Command(name = "sagemaker", mixinStandardHelpOptions = true,
        description = "The SageMaker container entry points: 'train' (a training job) and 'serve' (an endpoint or Batch "
                + "Transform). Both work on the folders SageMaker lays out under /opt/ml (--ml-root or IOTAD_ML_ROOT moves it).",
        subcommands = {SageMakerCommand.Train.class, SageMakerCommand.Serve.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed (bad data, the evaluation gate)", "2:bad usage or configuration",
                "3:I/O or internal error"})
final class SageMakerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: train or serve");
    }

    /** The {@code --ml-root} option both subcommands share. */
    static final class Root {
        @Option(names = "--ml-root", paramLabel = "DIR", description = "The SageMaker folder layout's root (default: "
                + "$IOTAD_ML_ROOT, else /opt/ml).")
        Path mlRoot;

        SageMakerLayout layout() {
            return SageMakerLayout.resolve(mlRoot, System.getenv());
        }
    }

    /** {@code iotad sagemaker train}. */
    @Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Runs the training workflow as a SageMaker training job: hyperparameters from "
                + "input/config/hyperparameters.json (section.key values override the configuration, as --set does), data "
                + "from input/data/training/ (a portfolio folder) or input/data/{raw,weather,topology,labels}/, an optional "
                + "YAML in input/data/config/.",
                "Writes the model's entries (manifest.json, payload.bin) into model/, the reports into output/data/, and on "
                + "failure the reason into output/failure (EvaluationFailed: ... or WorkflowFailed: ...)."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:a model was written to model/", "1:bad data or the evaluation gate refused the model",
                    "2:bad usage, hyperparameters or channels", "3:I/O or internal error"})
    static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Root root = new Root();

        @Override
        public Integer call() throws Exception {
            SageMakerLayout layout = root.layout();
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "iotad sagemaker train");
            TrainingOutcome t = new SageMakerTraining(layout, Clock.systemUTC(), progress, progress).run();
            PrintWriter w = spec.commandLine().getOut();
            SageMakerTraining.metricLines(t).forEach(w::println);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("command", "sagemaker train");
            json.put("status", t.report().status());
            json.put("gate_passed", t.verdict().passed());
            json.put("gate", t.verdict().summary());
            json.put("model_dir", t.registered().isPresent() ? layout.modelDir().toString() : null);
            json.put("metrics", MetricsLine.finite(t.evaluation().metrics()));
            json.put("output_data", layout.outputData().toString());
            w.println(JsonSummary.line(json));
            w.flush();
            if (t.registered().isEmpty()) {
                spec.commandLine().getErr().println("iotad sagemaker train: " + SageMakerTraining.EVALUATION_FAILED + ": "
                        + t.verdict().summary() + " (reason in " + layout.failureFile() + ")");
                spec.commandLine().getErr().flush();
                return IotadCli.EXIT_RUN_FAILED;
            }
            return 0;
        }
    }

    /** {@code iotad sagemaker serve}. */
    @Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Serves the model in model/ over HTTP until stopped: GET /ping, GET /execution-parameters, "
                + "POST /invocations with text/csv (header row first) or application/jsonlines rows, answered with one score "
                + "line per row in input order (Accept: text/csv or application/jsonlines).",
                "Port: --port, else $SAGEMAKER_BIND_TO_PORT, else 8080. Payload limit: $IOTAD_MAX_PAYLOAD_MB (default 6). "
                + "Reasons: custom attribute reasons=true, or $IOTAD_REASONS=true."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:stopped", "2:bad usage or settings", "3:the model cannot be read, or the port bound"})
    static final class Serve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Root root = new Root();

        @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: 0.0.0.0, every address).")
        String host;

        @Option(names = "--port", paramLabel = "N", description = "Port to listen on, 0 for any free one (default: "
                + "$SAGEMAKER_BIND_TO_PORT, else 8080).")
        Integer port;

        @Override
        public Integer call() throws Exception {
            SageMakerLayout layout = root.layout();
            ServeSettings env = ServeSettings.fromEnvironment(System.getenv());
            ServeSettings settings = env.withAddress(host != null ? host : env.host(), port != null ? port : env.port());
            long t0 = System.nanoTime();
            LoadedModel model = InvocationServer.loadModel(layout.modelDir());
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            InvocationServer server = InvocationServer.start(model, layout.modelDir().toString(), settings);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception e) {
                    System.err.println("iotad sagemaker serve: stopping failed: " + e.getMessage());
                }
            }, "iotad-serve-stop"));
            PrintWriter w = spec.commandLine().getOut();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("command", "sagemaker serve");
            json.put("model", layout.modelDir().toString());
            json.put("strategy", model.manifest().strategy());
            json.put("features", model.manifest().features().size());
            json.put("load_s", JsonSummary.seconds(loadSeconds));
            json.put("host", settings.host());
            json.put("port", server.port());
            json.put("max_payload_bytes", settings.maxPayloadBytes());
            w.println(JsonSummary.line(json));
            w.flush();
            server.join();
            return 0;
        }
    }
}
