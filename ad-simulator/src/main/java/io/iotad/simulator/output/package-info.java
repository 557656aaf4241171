/** Writers of the simulator's files (raw JSON Lines, weather, topology, labels, events) and the data faults injected into them. */
package io.iotad.simulator.output;
