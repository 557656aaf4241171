package io.iotad.aws.registry;

import io.iotad.core.registry.ModelStatus;
import java.util.Locale;
import java.util.Objects;

/**
 * How this library's registry maps onto the SageMaker Model Registry, for an implementation of
 * {@link io.iotad.core.registry.ModelRegistry} on {@code software.amazon.awssdk:sagemaker} (not built here: that
 * client is not available to this project) and for the exported state machines, which register and look up
 * model packages through Step Functions' SageMaker integration.
 *
 * <ul>
 *   <li>a group is a <b>model package group</b> named {@code <prefix>-<group>}, with '_' and '.' turned into
 *       '-' (SageMaker names allow letters, digits and single '-' only, at most 63 characters);</li>
 *   <li>a version is a <b>model package</b> of that group; SageMaker numbers them from 1 in registration
 *       order, as this registry does;</li>
 *   <li>the three states are SageMaker's {@code ModelApprovalStatus} values with the same spelling;</li>
 *   <li>the status note is the model package's {@code ApprovalDescription}; the metadata goes to
 *       {@code CustomerMetadataProperties} (flattened to strings) and the evaluation report to
 *       {@code ModelMetrics.ModelQuality.Statistics}.</li>
 * </ul>
 *
 * @param prefix the project's prefix of every group name, e.g. {@code iotad}
 */
public record SageMakerModelPackages(String prefix) {
    /** Longest SageMaker model package group name. */
    public static final int MAX_NAME_LENGTH = 63;

    /** Validates the prefix. */
    public SageMakerModelPackages {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.matches("[a-zA-Z0-9](-?[a-zA-Z0-9])*")) {
            throw new IllegalArgumentException("prefix must be letters and digits with single '-' between them, got '"
                    + prefix + "'");
        }
    }

    /**
     * @param group a registry group such as {@code passive_house}
     * @return its model package group name, e.g. {@code iotad-passive-house}
     * @throws IllegalArgumentException when the name would be longer than {@value #MAX_NAME_LENGTH} characters
     */
    public String groupName(String group) {
        if (group == null || !group.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("group must match [A-Za-z0-9][A-Za-z0-9_.-]*, got '" + group + "'");
        }
        String name = prefix + "-" + group.replaceAll("[_.-]+", "-").replaceAll("-+$", "");
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("model package group name '" + name + "' for group '" + group + "' has "
                    + name.length() + " characters; SageMaker allows " + MAX_NAME_LENGTH);
        }
        return name;
    }

    /**
     * @param status a registry state
     * @return SageMaker's {@code ModelApprovalStatus} value
     */
    public static String approvalStatus(ModelStatus status) {
        return status.display();
    }

    /**
     * @param approvalStatus SageMaker's {@code ModelApprovalStatus} value
     * @return the registry state
     */
    public static ModelStatus status(String approvalStatus) {
        return ModelStatus.parse(approvalStatus.trim().toLowerCase(Locale.ROOT));
    }
}
