/** Regional hourly weather (season, day cycle, cold fronts, clouds, irradiance, humidity) and the holiday calendar. */
package io.iotad.simulator.weather;
