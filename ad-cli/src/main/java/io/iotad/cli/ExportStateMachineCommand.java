package io.iotad.cli;

import io.iotad.aws.registry.SageMakerModelPackages;
import io.iotad.aws.stepfunctions.StateMachineExport;
import io.iotad.aws.stepfunctions.StateMachineSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iotad export-state-machine training|inference}: the seed's Step Functions workflows as ASL JSON. */
@Command(name = "export-state-machine", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the AWS Step Functions state machine (Amazon States Language JSON) of the training or the "
                + "inference workflow, running this library's container image through SageMaker jobs; see docs/aws.md.",
            "training: ModelTraining (a training job of 'train') -> CheckEvaluation -> RegisterModel (a PendingManualApproval "
                + "model package). Execution input: data_s3_uri, output_s3_uri, hyperparameters.",
            "inference: GetApprovedModelPackage -> CreateModelResource -> BatchScore (Batch Transform of 'serve' over JSON "
                + "Lines). Execution input: features_s3_uri, scores_s3_uri."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad usage", "3:I/O error"})
final class ExportStateMachineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKFLOW", description = "training or inference")
    String workflow;

    @Option(names = "--image", paramLabel = "URI", required = true, description = "The container image in ECR, e.g. "
            + "123456789012.dkr.ecr.eu-central-1.amazonaws.com/iotad:0.1.0.")
    String image;

    @Option(names = "--role-arn", paramLabel = "ARN", required = true, description = "The IAM role SageMaker jobs and models "
            + "run as.")
    String roleArn;

    @Option(names = "--instance-type", paramLabel = "TYPE", defaultValue = StateMachineSettings.DEFAULT_INSTANCE_TYPE,
            description = "Training and transform instance type (default: ${DEFAULT-VALUE}).")
    String instanceType;

    @Option(names = "--group", paramLabel = "G", defaultValue = "global", description = "Registry group (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--package-group-prefix", paramLabel = "P", defaultValue = "iotad", description = "Prefix of the SageMaker "
            + "model package group names: group G is the package group P-G (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        StateMachineExport export = new StateMachineExport(new StateMachineSettings(image, roleArn, instanceType,
                new SageMakerModelPackages(prefix), group));
        String asl = switch (workflow) {
            case "training" -> export.training();
            case "inference" -> export.inference();
            default -> throw new IllegalArgumentException("WORKFLOW must be training or inference, got '" + workflow + "'");
        };
        if (out == null) {
            spec.commandLine().getOut().print(asl);
            spec.commandLine().getOut().flush();
        } else {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(out, asl, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + out);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
