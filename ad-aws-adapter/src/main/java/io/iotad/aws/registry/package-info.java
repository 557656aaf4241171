/**
 * The model registry on AWS: artifacts in S3, versions and approval state in DynamoDB with conditional writes,
 * and the mapping onto SageMaker model package groups.
 */
package io.iotad.aws.registry;
