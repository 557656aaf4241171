/**
 * The {@code iotad} command line ({@link io.iotad.cli.IotadCli}): one picocli subcommand per step
 * of the loop — simulate, ingest, features, train, evaluate, registry, score, alerts, feedback,
 * report, demo — with shared option mixins ({@link io.iotad.cli.ConfigOptions},
 * {@link io.iotad.cli.DataOptions}), progress on standard error, one JSON summary line where a
 * machine reads the result, and the exit codes 0 (success), 1 (the run failed on data or a gate),
 * 2 (bad usage) and 3 (I/O or internal error). See docs/operations.md.
 */
package io.iotad.cli;
