/**
 * Amazon DynamoDB: the alert table in the seed's schema and the {@code AlertStore} on it.
 */
package io.iotad.aws.dynamodb;
