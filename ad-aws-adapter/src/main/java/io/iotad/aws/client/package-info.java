/**
 * The AWS SDK v2 clients of the adapters: endpoint overrides for local servers, credentials and region
 * from the SDK's default chains.
 */
package io.iotad.aws.client;
