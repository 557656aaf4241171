package io.iotad.aws.stepfunctions;

import io.iotad.aws.registry.SageMakerModelPackages;
import java.util.Objects;

/**
 * What an exported state machine is bound to: the container image, the SageMaker execution role, the instance type
 * and the model package group. Everything that changes per run (data and output locations, hyperparameters) comes
 * from the execution's input instead (see {@link StateMachineExport}).
 *
 * @param image the container image URI in ECR, e.g. {@code 123456789012.dkr.ecr.eu-central-1.amazonaws.com/iotad:0.1.0}
 * @param roleArn the IAM role SageMaker jobs and models run as
 * @param instanceType the training and transform instance type, e.g. {@code ml.m5.large}
 * @param packages the mapping of registry groups onto model package groups
 * @param group the registry group this machine trains or scores, e.g. {@code global}
 */
public record StateMachineSettings(String image, String roleArn, String instanceType, SageMakerModelPackages packages,
                                   String group) {
    /** Default instance type, the seed's. */
    public static final String DEFAULT_INSTANCE_TYPE = "ml.m5.large";

    /** Validates the fields. */
    public StateMachineSettings {
        if (image == null || !image.matches("[^\\s]+/[^\\s]+")) {
            throw new IllegalArgumentException("image must be an image URI such as ACCOUNT.dkr.ecr.REGION.amazonaws.com/iotad:TAG, "
                    + "got '" + image + "'");
        }
        if (roleArn == null || !roleArn.matches("arn:aws[a-z-]*:iam::\\d{12}:role/.+")) {
            throw new IllegalArgumentException("role must be an IAM role ARN such as arn:aws:iam::123456789012:role/iotad-sagemaker, "
                    + "got '" + roleArn + "'");
        }
        if (instanceType == null || !instanceType.matches("ml\\.[a-z0-9]+\\.[a-z0-9]+")) {
            throw new IllegalArgumentException("instance type must look like ml.m5.large, got '" + instanceType + "'");
        }
        Objects.requireNonNull(packages, "packages");
        packages.groupName(group);
    }

    /** @return the model package group name of {@link #group()} */
    public String packageGroup() {
        return packages.groupName(group);
    }
}
