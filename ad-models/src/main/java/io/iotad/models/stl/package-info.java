/**
 * The {@code stl} detector: STL seasonal-trend decomposition by LOESS (R. B. Cleveland, W. S.
 * Cleveland, J. E. McRae &amp; I. Terpenning, "STL: A Seasonal-Trend Decomposition Procedure Based
 * on Loess", Journal of Official Statistics 6(1), 1990) of each apartment's daily series, with gap
 * handling, scored by the robust residual.
 */
package io.iotad.models.stl;
