/**
 * The {@code iotad} command line: one subcommand per workflow step, the demo, and the peer-comparison commands.
 */
package io.iotad.cli;
