/**
 * Amazon S3: locations ({@code s3://BUCKET/PREFIX}), the object operations the adapters use, and a portfolio's
 * telemetry read from S3.
 */
package io.iotad.aws.s3;
