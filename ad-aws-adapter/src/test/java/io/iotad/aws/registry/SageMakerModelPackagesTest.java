package io.iotad.aws.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.registry.ModelStatus;
import org.junit.jupiter.api.Test;

class SageMakerModelPackagesTest {
    @Test
    void given_groups_when_mapped_then_sagemaker_group_names() {
        SageMakerModelPackages m = new SageMakerModelPackages("iotad");
        assertThat(m.groupName("global")).isEqualTo("iotad-global");
        assertThat(m.groupName("passive_house")).isEqualTo("iotad-passive-house");
        assertThat(m.groupName("a.b__c")).isEqualTo("iotad-a-b-c");
        assertThat(m.groupName("x" + "y".repeat(56))).hasSize(63);
        assertThatThrownBy(() -> m.groupName("x" + "y".repeat(57))).hasMessageContaining("SageMaker allows 63");
        assertThatThrownBy(() -> m.groupName("../x")).hasMessageContaining("'../x'");
        assertThatThrownBy(() -> new SageMakerModelPackages("bad_prefix")).hasMessageContaining("'bad_prefix'");
    }

    @Test
    void given_states_when_mapped_then_the_approval_status_values_round_trip() {
        for (ModelStatus s : ModelStatus.values()) {
            assertThat(SageMakerModelPackages.status(SageMakerModelPackages.approvalStatus(s))).isEqualTo(s);
        }
        assertThat(SageMakerModelPackages.approvalStatus(ModelStatus.PENDING_MANUAL_APPROVAL)).isEqualTo("PendingManualApproval");
    }
}
