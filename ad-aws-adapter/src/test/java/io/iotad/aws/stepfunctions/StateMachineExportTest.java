package io.iotad.aws.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iotad.aws.registry.SageMakerModelPackages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exported machines against the Amazon States Language's structure rules. */
class StateMachineExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMAGE = "123456789012.dkr.ecr.eu-central-1.amazonaws.com/iotad:0.1.0";
    private static final String ROLE = "arn:aws:iam::123456789012:role/iotad-sagemaker";
    private final StateMachineExport export = new StateMachineExport(new StateMachineSettings(IMAGE, ROLE, "ml.m5.large",
            new SageMakerModelPackages("iotad"), "passive_house"));

    /** Checks the rules every state machine must keep, and returns the state names. */
    static List<String> checkStructure(JsonNode machine) {
        assertThat(machine.get("StartAt").isTextual()).isTrue();
        JsonNode states = machine.get("States");
        List<String> names = new ArrayList<>();
        states.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains(machine.get("StartAt").asText());
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(machine.get("StartAt").asText()));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!reached.add(name)) {
                continue;
            }
            JsonNode s = states.get(name);
            assertThat(s).as("state %s exists", name).isNotNull();
            String type = s.get("Type").asText();
            assertThat(type).isIn("Task", "Choice", "Succeed", "Fail");
            List<String> next = new ArrayList<>();
            switch (type) {
                case "Task" -> {
                    assertThat(s.get("Resource").asText()).startsWith("arn:aws:states:::");
                    assertThat(s.has("Next") ^ s.path("End").asBoolean(false)).as("%s has Next or End", name).isTrue();
                    next.add(s.get("Next").asText());
                    s.path("Catch").forEach(c -> {
                        assertThat(c.get("ErrorEquals").isArray()).isTrue();
                        next.add(c.get("Next").asText());
                    });
                }
                case "Choice" -> {
                    s.get("Choices").forEach(c -> next.add(c.get("Next").asText()));
                    next.add(s.get("Default").asText());
                }
                default -> assertThat(s.has("Next")).as("terminal %s has no Next", name).isFalse();
            }
            for (String n : next) {
                assertThat(names).as("%s -> %s", name, n).contains(n);
                todo.push(n);
            }
            for (Iterator<String> it = s.path("Parameters").fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.endsWith(".$")) {
                    String path = s.get("Parameters").get(key).asText();
                    assertThat(path.startsWith("$") || path.startsWith("States.")).as("%s.%s is a path or intrinsic", name, key)
                            .isTrue();
                }
            }
        }
        assertThat(reached).as("every state is reachable").containsExactlyInAnyOrderElementsOf(names);
        return names;
    }

    @Test
    void given_the_training_machine_when_checked_then_its_states_are_the_workflow_steps_and_it_runs_the_container() throws Exception {
        JsonNode m = JSON.readTree(export.training());
        List<String> names = checkStructure(m);
        assertThat(names).containsExactly("ModelTraining", "CheckEvaluation", "RegisterModel", StateMachineExport.SUCCEEDED,
                StateMachineExport.EVALUATION_FAILED, StateMachineExport.FAILED);
        JsonNode train = m.get("States").get("ModelTraining");
        assertThat(train.get("Resource").asText()).isEqualTo("arn:aws:states:::sagemaker:createTrainingJob.sync");
        JsonNode p = train.get("Parameters");
        assertThat(p.at("/AlgorithmSpecification/TrainingImage").asText()).isEqualTo(IMAGE);
        assertThat(p.at("/AlgorithmSpecification/MetricDefinitions/0/Regex").asText()).isEqualTo("iotad_metric pr_auc=([-+0-9.eE]+)");
        assertThat(p.get("RoleArn").asText()).isEqualTo(ROLE);
        assertThat(p.get("HyperParameters.$").asText()).isEqualTo("$.hyperparameters");
        assertThat(p.at("/InputDataConfig/0/ChannelName").asText()).isEqualTo("training");
        assertThat(train.at("/Catch/0/Next").asText()).isEqualTo("CheckEvaluation");
        JsonNode check = m.get("States").get("CheckEvaluation");
        assertThat(check.at("/Choices/0/StringMatches").asText()).isEqualTo("*EvaluationFailed*");
        assertThat(check.at("/Choices/0/Next").asText()).isEqualTo(StateMachineExport.EVALUATION_FAILED);
        JsonNode register = m.get("States").get("RegisterModel").get("Parameters");
        assertThat(register.get("ModelPackageGroupName").asText()).isEqualTo("iotad-passive-house");
        assertThat(register.get("ModelApprovalStatus").asText()).isEqualTo("PendingManualApproval");
        assertThat(register.at("/InferenceSpecification/Containers/0/ModelDataUrl.$").asText())
                .isEqualTo("$.training_job.ModelArtifacts.S3ModelArtifacts");
    }

    @Test
    void given_the_inference_machine_when_checked_then_batch_transform_splits_by_line_in_multi_record_batches() throws Exception {
        JsonNode m = JSON.readTree(export.inference());
        List<String> names = checkStructure(m);
        assertThat(names).containsExactly("GetApprovedModelPackage", "CreateModelResource", "BatchScore",
                StateMachineExport.SUCCEEDED, StateMachineExport.FAILED);
        JsonNode find = m.get("States").get("GetApprovedModelPackage").get("Parameters");
        assertThat(find.get("ModelApprovalStatus").asText()).isEqualTo("Approved");
        assertThat(find.get("SortOrder").asText()).isEqualTo("Descending");
        JsonNode t = m.get("States").get("BatchScore").get("Parameters");
        assertThat(t.get("BatchStrategy").asText()).isEqualTo("MultiRecord");
        assertThat(t.at("/TransformInput/SplitType").asText()).isEqualTo("Line");
        assertThat(t.at("/TransformInput/ContentType").asText()).isEqualTo("application/jsonlines");
        assertThat(t.at("/TransformOutput/Accept").asText()).isEqualTo("application/jsonlines");
        assertThat(t.at("/TransformOutput/AssembleWith").asText()).isEqualTo("Line");
        assertThat(m.get("States").get("CreateModelResource").at("/Parameters/PrimaryContainer/ModelPackageName.$").asText())
                .isEqualTo("$.model_package.arn");
    }

    @Test
    void given_bad_settings_when_built_then_refused_naming_the_value() {
        SageMakerModelPackages p = new SageMakerModelPackages("iotad");
        assertThatThrownBy(() -> new StateMachineSettings("iotad", ROLE, "ml.m5.large", p, "global")).hasMessageContaining("'iotad'");
        assertThatThrownBy(() -> new StateMachineSettings(IMAGE, "role", "ml.m5.large", p, "global")).hasMessageContaining("'role'");
        assertThatThrownBy(() -> new StateMachineSettings(IMAGE, ROLE, "m5.large", p, "global")).hasMessageContaining("'m5.large'");
        assertThatThrownBy(() -> new StateMachineSettings(IMAGE, ROLE, "ml.m5.large", p, "../x")).hasMessageContaining("'../x'");
    }
}
