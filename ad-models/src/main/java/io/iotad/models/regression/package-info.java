/**
 * The {@code lr_residual} detector: ordinary least squares of daily heating energy on its weather
 * and comfort drivers (Apache Commons Math), fitted globally, per building or per apartment, scored
 * by the standardised residual — "unexplained energy use" rather than "high energy use".
 */
package io.iotad.models.regression;
