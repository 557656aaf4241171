/**
 * Data scenarios: from a given day, one building's data goes wrong the way a real feed does (a meter
 * firmware that reports Wh, a weather feed offset by a few kelvin), to test the inference drift step.
 * The physics is untouched: only what the files report changes.
 */
package io.iotad.simulator.scenario;
