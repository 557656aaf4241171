/**
 * Reading strategy options from configuration maps ({@code training.hyperparameters}, or
 * {@code --set name=value} on the command line): typed, validated values, unknown keys rejected,
 * with messages that name the option, the value given and what was expected. Also the option
 * values several residual-based strategies share.
 */
package io.iotad.models.options;
