/**
 * The seed's AWS Step Functions workflows exported as Amazon States Language, running this library's container.
 */
package io.iotad.aws.stepfunctions;
