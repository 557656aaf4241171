/**
 * Progress reporting for long steps.
 */
package io.iotad.core.progress;
