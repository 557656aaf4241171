package io.iotad.aws.stepfunctions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.iotad.aws.sagemaker.SageMakerTraining;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the seed's two AWS Step Functions state machines in Amazon States Language, thin: each task state is named
 * after the workflow step it runs and runs this library's container through a Step Functions service integration,
 * with no Lambda of its own.
 *
 * <p><b>ADTrainingWorkflow</b>: {@code ModelTraining} is a SageMaker training job ({@code createTrainingJob.sync})
 * of the image, whose entry point {@code train} runs ValidateSchema, FeatureEngineering, ModelTraining,
 * ModelEvaluation and CheckEvaluation in the container; a failed job goes to the choice {@code CheckEvaluation},
 * which tells a refused model ({@value SageMakerTraining#EVALUATION_FAILED} in the job's failure reason, written by the
 * container to {@code /opt/ml/output/failure}) from any other failure; a model that passed goes to
 * {@code RegisterModel}, which creates a {@code PendingManualApproval} model package in the group's SageMaker model
 * package group. Execution input: {@code data_s3_uri} (a portfolio prefix, the {@code training} channel),
 * {@code output_s3_uri}, {@code hyperparameters} (an object of strings).
 *
 * <p><b>ADInferenceWorkflow</b>: {@code GetApprovedModelPackage} finds the group's newest {@code Approved} model
 * package (failing when there is none), {@code CreateModelResource} makes a SageMaker model of it, and
 * {@code BatchScore} runs a Batch Transform of the image's {@code serve} over JSON Lines feature rows
 * ({@code SplitType=Line}, {@code BatchStrategy=MultiRecord}, answers assembled by line). Execution input:
 * {@code features_s3_uri}, {@code scores_s3_uri}. The workflow's {@code FeatureEngineeringInference} and
 * {@code ProcessResults} steps are not exported: they run where {@code iotad score} runs (see docs/aws.md).
 */
public final class StateMachineExport {
    /** Terminal state of a run that succeeded. */
    public static final String SUCCEEDED = "WorkflowSucceeded";
    /** Terminal state of a run whose model the gate refused. */
    public static final String EVALUATION_FAILED = "EvaluationFailed";
    /** Terminal state of any other failure. */
    public static final String FAILED = "WorkflowFailed";
    /** The training machine's states that run a workflow step, in order. */
    public static final List<String> TRAINING_STEPS = List.of("ModelTraining", "CheckEvaluation", "RegisterModel");
    /** The steps the training job runs inside the container. */
    public static final List<String> TRAINING_STEPS_IN_CONTAINER = List.of("ValidateSchema", "FeatureEngineering",
            "ModelTraining", "ModelEvaluation", "CheckEvaluation");
    /** The inference machine's states that run a workflow step, in order. */
    public static final List<String> INFERENCE_STEPS = List.of("GetApprovedModelPackage", "CreateModelResource", "BatchScore");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String SAGEMAKER = "arn:aws:states:::sagemaker:";
    private static final String SDK = "arn:aws:states:::aws-sdk:sagemaker:";

    private final StateMachineSettings settings;

    /** @param settings image, role, instance type, group */
    public StateMachineExport(StateMachineSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return the training state machine as ASL JSON */
    public String training() {
        Map<String, Object> states = new LinkedHashMap<>();
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("TrainingJobName.$", "States.Format('iotad-train-{}', $$.Execution.Name)");
        job.put("AlgorithmSpecification", map("TrainingImage", settings.image(), "TrainingInputMode", "File",
                "MetricDefinitions", List.of(metric("pr_auc"), metric("roc_auc"), metric("precision_at_k"), metric("recall_at_k"))));
        job.put("RoleArn", settings.roleArn());
        job.put("HyperParameters.$", "$.hyperparameters");
        job.put("InputDataConfig", List.of(map("ChannelName", "training", "DataSource", map("S3DataSource", map(
                "S3DataType", "S3Prefix", "S3Uri.$", "$.data_s3_uri", "S3DataDistributionType", "FullyReplicated")))));
        job.put("OutputDataConfig", map("S3OutputPath.$", "$.output_s3_uri"));
        job.put("ResourceConfig", map("InstanceType", settings.instanceType(), "InstanceCount", 1, "VolumeSizeInGB", 30));
        job.put("StoppingCondition", map("MaxRuntimeInSeconds", 86_400));
        states.put("ModelTraining", task(SAGEMAKER + "createTrainingJob.sync", job, "$.training_job", "RegisterModel",
                "Runs " + String.join(", ", TRAINING_STEPS_IN_CONTAINER) + " in the container (iotad sagemaker train)."));
        states.put("CheckEvaluation", map("Type", "Choice",
                "Comment", "A failed training job: the evaluation gate refused the model, or something else failed.",
                "Choices", List.of(map("Variable", "$.error.Cause", "StringMatches", "*" + SageMakerTraining.EVALUATION_FAILED + "*",
                        "Next", EVALUATION_FAILED)),
                "Default", FAILED));
        Map<String, Object> register = new LinkedHashMap<>();
        register.put("ModelPackageGroupName", settings.packageGroup());
        register.put("ModelApprovalStatus", "PendingManualApproval");
        register.put("ModelPackageDescription.$", "States.Format('trained by {}', $$.Execution.Id)");
        register.put("InferenceSpecification", inferenceSpecification());
        states.put("RegisterModel", task(SDK + "createModelPackage", register, "$.model_package", SUCCEEDED,
                "The model passed the gate: register it for a person to approve."));
        terminals(states, true);
        return write(machine("ADTrainingWorkflow: trains, evaluates and registers a model of group " + settings.group(),
                "ModelTraining", states));
    }

    /** @return the inference state machine as ASL JSON */
    public String inference() {
        Map<String, Object> states = new LinkedHashMap<>();
        Map<String, Object> find = task(SDK + "listModelPackages", map("ModelPackageGroupName", settings.packageGroup(),
                "ModelApprovalStatus", "Approved", "SortBy", "CreationTime", "SortOrder", "Descending", "MaxResults", 1),
                "$.model_package", "CreateModelResource", "The newest Approved model package; fails when there is none.");
        find.put("ResultSelector", map("arn.$", "$.ModelPackageSummaryList[0].ModelPackageArn"));
        states.put("GetApprovedModelPackage", find);
        states.put("CreateModelResource", task(SDK + "createModel", map(
                "ModelName.$", "States.Format('iotad-{}', $$.Execution.Name)",
                "ExecutionRoleArn", settings.roleArn(),
                "PrimaryContainer", map("ModelPackageName.$", "$.model_package.arn")),
                "$.model", "BatchScore", "A SageMaker model of the approved package, for Batch Transform."));
        Map<String, Object> transform = new LinkedHashMap<>();
        transform.put("TransformJobName.$", "States.Format('iotad-score-{}', $$.Execution.Name)");
        transform.put("ModelName.$", "States.Format('iotad-{}', $$.Execution.Name)");
        transform.put("BatchStrategy", "MultiRecord");
        transform.put("MaxPayloadInMB", 6);
        transform.put("TransformInput", map("DataSource", map("S3DataSource", map("S3DataType", "S3Prefix",
                "S3Uri.$", "$.features_s3_uri")), "ContentType", "application/jsonlines", "SplitType", "Line"));
        transform.put("TransformOutput", map("S3OutputPath.$", "$.scores_s3_uri", "Accept", "application/jsonlines",
                "AssembleWith", "Line"));
        transform.put("TransformResources", map("InstanceType", settings.instanceType(), "InstanceCount", 1));
        states.put("BatchScore", task(SAGEMAKER + "createTransformJob.sync", transform, "$.transform_job", SUCCEEDED,
                "Batch Transform of iotad sagemaker serve: one score line per feature row, in input order."));
        terminals(states, false);
        return write(machine("ADInferenceWorkflow: scores feature rows with the newest Approved model of group "
                + settings.group(), "GetApprovedModelPackage", states));
    }

    private Map<String, Object> inferenceSpecification() {
        return map("Containers", List.of(map("Image", settings.image(),
                        "ModelDataUrl.$", "$.training_job.ModelArtifacts.S3ModelArtifacts")),
                "SupportedContentTypes", List.of("text/csv", "application/jsonlines"),
                "SupportedResponseMIMETypes", List.of("text/csv", "application/jsonlines"),
                "SupportedTransformInstanceTypes", List.of(settings.instanceType()),
                "SupportedRealtimeInferenceInstanceTypes", List.of(settings.instanceType()));
    }

    private static Map<String, Object> task(String resource, Map<String, Object> parameters, String resultPath, String next,
                                            String comment) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("Type", "Task");
        t.put("Comment", comment);
        t.put("Resource", resource);
        t.put("Parameters", parameters);
        t.put("ResultPath", resultPath);
        t.put("Catch", List.of(map("ErrorEquals", List.of("States.ALL"), "ResultPath", "$.error",
                "Next", resource.contains("createTrainingJob") ? "CheckEvaluation" : FAILED)));
        t.put("Next", next);
        return t;
    }

    private static void terminals(Map<String, Object> states, boolean training) {
        states.put(SUCCEEDED, map("Type", "Succeed"));
        if (training) {
            states.put(EVALUATION_FAILED, map("Type", "Fail", "Error", EVALUATION_FAILED,
                    "Cause", "the evaluation gate refused the model; see the training job's output/data/evaluation_report.html"));
        }
        states.put(FAILED, map("Type", "Fail", "Error", FAILED, "Cause", "a step failed; see the execution's error output"));
    }

    private static Map<String, Object> metric(String name) {
        return map("Name", name, "Regex", "iotad_metric " + name + "=([-+0-9.eE]+)");
    }

    private static Map<String, Object> machine(String comment, String startAt, Map<String, Object> states) {
        return map("Comment", comment, "StartAt", startAt, "States", states);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String write(Map<String, Object> machine) {
        try {
            return JSON.writeValueAsString(machine) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the state machine: " + e.getMessage(), e);
        }
    }
}
