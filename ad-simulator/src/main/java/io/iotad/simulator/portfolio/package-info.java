/** The simulated portfolio's structure: regions, building archetypes, buildings, apartments and rooms. */
package io.iotad.simulator.portfolio;
