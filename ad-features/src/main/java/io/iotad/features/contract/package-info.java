/**
 * The data contract on daily features: null-rate limits on critical features and plausible ranges,
 * checked per partition (building, day), per day and per batch. A violation stops the run loudly
 * ({@link io.iotad.features.contract.ContractViolationException}); nothing is ever filled.
 */
package io.iotad.features.contract;
