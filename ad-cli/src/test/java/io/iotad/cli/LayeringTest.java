package io.iotad.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, enforced: the CLI's test class path holds every module
 * (examples and benchmarks aside), so these rules see all production classes of iotad. A lower
 * module reaching up, or a command doing a workflow's work, fails the build.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("io.iotad");
    }

    @Test
    void lower_modules_never_reach_up() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy("io.iotad.core..")
                .layer("features").definedBy("io.iotad.features..")
                .layer("models").definedBy("io.iotad.models..")
                .layer("eval").definedBy("io.iotad.eval..")
                .layer("simulator").definedBy("io.iotad.simulator..")
                .layer("pipeline").definedBy("io.iotad.pipeline..")
                .layer("aws").definedBy("io.iotad.aws..")
                .layer("cli").definedBy("io.iotad.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("aws").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("aws", "cli")
                .whereLayer("simulator").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("eval").mayOnlyBeAccessedByLayers("pipeline", "aws", "cli")
                .whereLayer("models").mayOnlyBeAccessedByLayers("pipeline", "aws", "cli")
                .whereLayer("features").mayOnlyBeAccessedByLayers("pipeline", "aws", "cli")
                .whereLayer("core").mayOnlyBeAccessedByLayers("features", "models", "eval", "simulator", "pipeline", "aws", "cli");
        rule.check(classes);
    }

    @Test
    void the_lake_stays_out_of_the_pure_java_feature_code() {
        noClasses().that().resideInAPackage("io.iotad.features..").and().resideOutsideOfPackage("io.iotad.features.lake..")
                .should().dependOnClassesThat().resideInAPackage("io.iotad.features.lake..")
                .because("DuckDB comes only with ad-lake; ad-features stays pure Java")
                .check(classes);
    }

    @Test
    void pure_java_strategies_never_touch_a_native_backend() {
        noClasses().that().resideInAPackage("io.iotad.models..")
                .and().resideOutsideOfPackages("io.iotad.models.xgboost..", "io.iotad.models.svm..")
                .should().dependOnClassesThat().resideInAnyPackage("io.iotad.models.xgboost..", "io.iotad.models.svm..",
                        "ml.dmlc..", "org.tribuo..", "libsvm..")
                .check(classes);
    }

    @Test
    void commands_parse_and_call_the_library_but_hold_no_workflow_logic() {
        noClasses().that().resideInAPackage("io.iotad.cli..")
                .should().callMethod(io.iotad.core.detect.DetectorTrainer.class, "fit",
                        io.iotad.core.frame.FeatureFrame.class, io.iotad.core.score.Labels.class,
                        io.iotad.core.detect.FitContext.class)
                .orShould().callMethod(io.iotad.core.detect.Detector.class, "score", io.iotad.core.frame.FeatureFrame.class)
                .orShould().dependOnClassesThat().resideInAnyPackage(
                        // scoring and metrics belong to the pipeline's workflows (their outcomes, the gate's
                        // verdict and the run report, are values a command may print)
                        "io.iotad.features.scoring..", "io.iotad.eval.metrics..", "io.iotad.eval.backtest..",
                        // detectors are reached by name (DetectorStrategies), never by their classes
                        "io.iotad.models.rules..", "io.iotad.models.stl..", "io.iotad.models.regression..",
                        "io.iotad.models.lof..", "io.iotad.models.neighbors..", "io.iotad.models.forest..",
                        "io.iotad.models.composite..", "io.iotad.models.options..", "io.iotad.models.codec..",
                        "io.iotad.models.matrix..", "io.iotad.models.parallel..", "io.iotad.models.series..",
                        "io.iotad.models.stats..", "io.iotad.models.xgboost..", "io.iotad.models.svm..")
                .because("an iotad subcommand parses its arguments, calls one library entry point and prints"
                        + " (docs/architecture.md, 'Commands hold no workflow logic')")
                .check(classes);
    }

    @Test
    void no_module_below_the_cli_prints_to_the_console() {
        noClasses().that().resideOutsideOfPackage("io.iotad.cli..")
                .should().accessField(System.class, "out")
                .because("library code logs or returns; only commands print")
                .check(classes);
    }
}
