/**
 * Errors about bad input data that name the file, line, field, value and expectation.
 */
package io.iotad.core.data;
