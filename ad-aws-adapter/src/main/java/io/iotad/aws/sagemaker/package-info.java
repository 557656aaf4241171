/**
 * The SageMaker bring-your-own-container contract: where a training or transform job finds its inputs
 * and leaves its outputs.
 */
package io.iotad.aws.sagemaker;
