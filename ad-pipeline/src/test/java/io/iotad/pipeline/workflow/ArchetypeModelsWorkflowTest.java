package io.iotad.pipeline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.iotad.core.alert.Alert;
import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.eval.segment.SegmentBreakdown;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.StepReport;
import io.iotad.pipeline.run.WorkflowRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code training.model_grouping: archetype}: one model per archetype of the topology, the global
 * model for an archetype below the cold-start threshold, and inference routing each building to its
 * archetype's latest approved model.
 */
class ArchetypeModelsWorkflowTest {
    private static final Clock TRAINED = Clock.fixed(Instant.parse("2024-12-01T04:00:00Z"), ZoneOffset.UTC);
    private static final Clock SCORED = Clock.fixed(Instant.parse("2024-12-11T03:00:00Z"), ZoneOffset.UTC);
    private static final int HOLDOUT = 10;

    private static final TinyPortfolio PORTFOLIO = TinyPortfolio.shared(24, 12, 40, 23L);

    @TempDir
    Path dir;

    private static IotadConfig grouped(int minRows) {
        return IotadConfig.defaults().withOverrides(List.of("training.holdout_days=" + HOLDOUT,
                "training.model_grouping=archetype", "training.min_group_rows=" + minRows,
                "inference.top_k_per_day=24", "inference.suppression.vacation_hours=0"));
    }

    /** Training rows of each archetype: its apartments times the training days. */
    private static Map<String, Integer> trainingRows() {
        Map<String, String> archetypes = PORTFOLIO.telemetry().archetypeByBuilding();
        Map<String, Integer> apartments = new TreeMap<>();
        PORTFOLIO.telemetry().apartments().forEach(a -> apartments.merge(archetypes.get(a.buildingId()), 1, Integer::sum));
        Map<String, Integer> rows = new TreeMap<>();
        apartments.forEach((a, n) -> rows.put(a, n * (PORTFOLIO.days() - HOLDOUT)));
        return rows;
    }

    private TrainingOutcome train(IotadConfig config, FileModelRegistry registry) throws IOException {
        return PORTFOLIO.train(config, registry, TRAINED, dir.resolve("training"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> groups(TrainingOutcome trained) {
        StepReport step = trained.report().steps().stream().filter(s -> s.name().equals("ModelTraining")).findFirst()
                .orElseThrow();
        return (Map<String, Map<String, Object>>) step.facts().get("groups");
    }

    @Test
    void given_archetype_grouping_when_trained_then_each_archetype_gets_its_own_registry_group_beside_the_global_one()
            throws IOException {
        FileModelRegistry registry = new FileModelRegistry(dir.resolve("registry"), TRAINED);
        Set<String> archetypes = new TreeSet<>(PORTFOLIO.telemetry().archetypeByBuilding().values());
        assertThat(archetypes).hasSizeGreaterThan(1);

        TrainingOutcome trained = train(grouped(1), registry);

        assertThat(trained.report().succeeded()).isTrue();
        Set<String> expected = new TreeSet<>(List.of("global"));
        archetypes.forEach(a -> expected.add("global." + a));
        assertThat(new TreeSet<>(registry.groups())).isEqualTo(expected);
        assertThat(trained.archetypeModels()).extracting(ModelPackage::group)
                .containsExactlyElementsOf(expected.stream().filter(g -> !g.equals("global")).toList());
        for (String a : archetypes) {
            assertThat(groups(trained).get(a)).containsEntry("model", "global." + a)
                    .containsEntry("rows", trainingRows().get(a));
            assertThat(registry.list("global." + a)).singleElement()
                    .satisfies(p -> assertThat(p.metadata()).containsEntry("archetype", a));
        }
        // the evaluation is of the routed scores, per archetype as well as overall
        assertThat(trained.evaluation().segments(SegmentBreakdown.ARCHETYPE)).extracting(s -> s.segment())
                .containsAll(archetypes);
    }

    @Test
    void given_an_archetype_below_the_row_threshold_when_trained_then_it_falls_back_to_the_global_model() throws IOException {
        Map<String, Integer> rows = trainingRows();
        int smallest = rows.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int threshold = smallest + 1;
        FileModelRegistry registry = new FileModelRegistry(dir.resolve("registry"), TRAINED);

        TrainingOutcome trained = train(grouped(threshold), registry);

        Set<String> own = rows.entrySet().stream().filter(e -> e.getValue() >= threshold).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> fallback = new TreeSet<>(rows.keySet());
        fallback.removeAll(own);
        assertThat(fallback).isNotEmpty();
        Set<String> expected = new TreeSet<>(List.of("global"));
        own.forEach(a -> expected.add("global." + a));
        assertThat(new TreeSet<>(registry.groups())).isEqualTo(expected);
        for (String a : fallback) {
            assertThat(groups(trained).get(a)).containsEntry("model", "global")
                    .containsEntry("fallback_reason", rows.get(a) + " rows < training.min_group_rows=" + threshold);
        }
    }

    @Test
    void given_approved_archetype_models_when_scoring_then_each_building_is_scored_by_its_archetypes_model_with_reasons()
            throws IOException {
        Map<String, Integer> rows = trainingRows();
        int smallest = rows.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        FileModelRegistry registry = new FileModelRegistry(dir.resolve("registry"), TRAINED);
        IotadConfig config = grouped(smallest + 1);
        train(config, registry);
        for (String g : registry.groups()) {
            ModelPackage p = registry.latestApproved(g).orElseGet(() -> registry.list(g).get(0));
            registry.updateStatus(g, p.version(), ModelStatus.APPROVED, "approved by the test");
        }
        Map<String, String> archetypes = PORTFOLIO.telemetry().archetypeByBuilding();

        InferenceOutcome scored;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            scored = new InferenceWorkflow(config, registry, alerts, SCORED, ProgressListener.NONE,
                    WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(PORTFOLIO.telemetry()), PORTFOLIO.lastDay(),
                    PORTFOLIO.lastDay(), dir.resolve("inference"));
            List<Alert> raised = alerts.byDateRange(PORTFOLIO.lastDay(), PORTFOLIO.lastDay(), null);
            assertThat(raised).hasSize(24);
            for (Alert a : raised) {
                String archetype = archetypes.get(a.buildingId());
                String group = registry.groups().contains("global." + archetype) ? "global." + archetype : "global";
                assertThat(a.modelGroup()).as("model of %s (%s)", a.alertId(), archetype).isEqualTo(group);
                assertThat(a.reason().isEmpty()).as("reason of %s", a.alertId()).isFalse();
            }
            assertThat(raised).extracting(Alert::modelGroup).contains("global");
            assertThat(raised.stream().map(Alert::modelGroup).distinct().count()).isGreaterThan(1);
        }
        assertThat(scored.scores().size()).isEqualTo(24);
    }
}
