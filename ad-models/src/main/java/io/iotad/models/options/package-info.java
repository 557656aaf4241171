/**
 * Parsing of detector options from configuration ({@code training.hyperparameters}): typed
 * reads with defaults, unknown keys rejected, and error messages that name the option, the value
 * and what was expected. Also the option values several residual-based strategies share.
 */
package io.iotad.models.options;
