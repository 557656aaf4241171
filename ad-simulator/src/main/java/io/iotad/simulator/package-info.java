/**
 * A physically grounded, deterministic portfolio simulator: apartments in buildings of several
 * archetypes, heated against regional weather, with labelled equipment faults, labelled nuisance
 * behaviour and the data faults a pipeline must survive, written in the formats of DATA-CONTRACT.
 * Entry points: {@link io.iotad.simulator.SimulationOptions} and {@link io.iotad.simulator.PortfolioSimulator}.
 */
package io.iotad.simulator;
