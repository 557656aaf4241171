/**
 * Reading raw strategy options (configuration maps of numbers, strings and booleans) into typed,
 * validated values, with error messages that name the option, the value and what was expected.
 */
package io.iotad.models.params;
