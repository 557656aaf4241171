/**
 * Reading strategy options from configuration maps: typed, validated values with messages that name
 * the option, the value given and what was expected.
 */
package io.iotad.models.options;
