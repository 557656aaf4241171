/**
 * Named workflow steps and the run report every workflow leaves behind.
 */
package io.iotad.pipeline.run;
