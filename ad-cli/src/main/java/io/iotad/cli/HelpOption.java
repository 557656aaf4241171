package io.iotad.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} alone, for subcommands whose {@code --version} names a model version (picocli's
 * standard help mixin would also claim {@code --version}).
 */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit "
            + "(--version here names a model version; 'iotad --version' prints the tool's).")
    boolean help;
}
