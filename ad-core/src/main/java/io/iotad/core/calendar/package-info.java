/** Calendars shared by the simulator and the detectors: {@link io.iotad.core.calendar.SwissHolidays}. */
package io.iotad.core.calendar;
