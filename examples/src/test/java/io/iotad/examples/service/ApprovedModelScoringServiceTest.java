package io.iotad.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.registry.ModelPackage;
import io.iotad.core.registry.ModelStatus;
import io.iotad.core.score.Scores;
import io.iotad.pipeline.alerts.SqliteAlertStore;
import io.iotad.pipeline.labels.LabelsCsv;
import io.iotad.pipeline.registry.FileModelRegistry;
import io.iotad.pipeline.run.WorkflowRun;
import io.iotad.pipeline.workflow.InferenceOutcome;
import io.iotad.pipeline.workflow.InferenceWorkflow;
import io.iotad.pipeline.workflow.PortfolioInputs;
import io.iotad.pipeline.workflow.Telemetry;
import io.iotad.pipeline.workflow.TelemetryLoader;
import io.iotad.pipeline.workflow.TelemetrySource;
import io.iotad.pipeline.workflow.TrainingWorkflow;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service on a simulated portfolio of 20 apartments in 4 buildings over 40 days, one approved model. */
class ApprovedModelScoringServiceTest {
    private static final LocalDate START = LocalDate.of(2024, 11, 1);
    private static final LocalDate LAST = START.plusDays(39);

    @TempDir
    static Path shared;
    private static Path data;
    private static Telemetry telemetry;
    private static FileModelRegistry registry;
    private static ModelPackage approved;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainAndApprove() throws IOException {
        data = shared.resolve("data");
        new PortfolioSimulator(SimulationOptions.builder().apartments(20).buildings(4).days(40).startDate(START).seed(5L)
                .weatherGaps(0).build()).run(data);
        IotadConfig config = IotadConfig.defaults().withOverrides(List.of("training.holdout_days=10"));
        PortfolioInputs inputs = PortfolioInputs.inDirectory(data);
        telemetry = new TelemetryLoader(config, null, ProgressListener.NONE).load(inputs, new HashMap<>());
        registry = new FileModelRegistry(shared.resolve("registry"));
        ModelPackage pkg = new TrainingWorkflow(config, registry, Clock.systemUTC(), ProgressListener.NONE,
                WorkflowRun.StepListener.NONE).run(TelemetrySource.loaded(telemetry), LabelsCsv.read(inputs.labels()), true,
                shared.resolve("training")).registered().orElseThrow();
        approved = registry.updateStatus(pkg.group(), pkg.version(), ModelStatus.APPROVED, "approved by the test");
    }

    @Test
    void given_an_approved_model_when_a_day_is_scored_then_the_ranking_equals_the_inference_workflows_scores() throws IOException {
        ApprovedModelScoringService service = new ApprovedModelScoringService(registry, "global", 0.10);

        List<ScoredApartment> ranking = service.scoreDay(LAST, telemetry.apartments(), telemetry.weather());

        InferenceOutcome workflow;
        try (SqliteAlertStore alerts = SqliteAlertStore.open(dir.resolve("alerts.db"))) {
            workflow = new InferenceWorkflow(IotadConfig.defaults().withOverrides(List.of("feature_engineering.null_rate_limit=0.10")),
                    registry, alerts, Clock.systemUTC(), ProgressListener.NONE, WorkflowRun.StepListener.NONE)
                    .run(TelemetrySource.loaded(telemetry), LAST, LAST, dir.resolve("inference"));
        }
        Scores s = workflow.scores();
        Map<String, Double> expected = new HashMap<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.rows().eventDate(i).equals(LAST) && !Double.isNaN(s.score(i))) {
                expected.put(s.rows().apartmentId(i), s.score(i));
            }
        }
        assertThat(ranking).hasSize(expected.size()).isNotEmpty();
        for (int r = 0; r < ranking.size(); r++) {
            ScoredApartment a = ranking.get(r);
            assertThat(a.rank()).isEqualTo(r + 1);
            assertThat(a.day()).isEqualTo(LAST);
            assertThat(a.modelVersion()).isEqualTo(approved.id());
            assertThat(a.score()).isEqualTo(expected.get(a.apartmentId()));
            if (r > 0) {
                assertThat(a.score()).isLessThanOrEqualTo(ranking.get(r - 1).score());
            }
        }
    }

    @Test
    void given_the_raw_folder_when_scored_through_main_then_it_ranks_as_the_in_memory_call_and_prints_the_top() throws IOException {
        ApprovedModelScoringService service = ApprovedModelScoringService.overFolder(shared.resolve("registry"), "global");
        List<ScoredApartment> fromFiles = ScoreFolderMain.score(service, data, LAST.minusDays(2));
        assertThat(fromFiles).isEqualTo(service.scoreDay(LAST.minusDays(2), telemetry.apartments(), telemetry.weather()));

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ScoreFolderMain.print(fromFiles, 3, new PrintStream(buf, true, StandardCharsets.UTF_8));
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("rank,apartment_id,building_id,event_date,score,model");
        assertThat(lines.get(1)).startsWith("1," + fromFiles.get(0).apartmentId() + ",").endsWith("," + approved.id());
    }

    @Test
    void given_a_group_without_an_approved_model_when_scoring_then_the_error_names_the_group() throws IOException {
        ApprovedModelScoringService service = ApprovedModelScoringService.overFolder(dir.resolve("empty"), "passive_house");
        assertThatThrownBy(() -> service.scoreDay(LAST, telemetry.apartments(), telemetry.weather()))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("'passive_house'");
    }

    @Test
    void given_a_day_the_readings_do_not_cover_when_scoring_then_it_is_refused_naming_the_day() {
        ApprovedModelScoringService service = new ApprovedModelScoringService(registry, "global", 0.05);
        assertThatThrownBy(() -> service.scoreDay(LAST.plusDays(30), telemetry.apartments(), telemetry.weather()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(LAST.plusDays(30).toString());
    }

    @Test
    void given_bad_options_when_constructed_then_each_is_refused_by_name() {
        assertThatThrownBy(() -> new ApprovedModelScoringService(registry, " ", 0.05)).hasMessageContaining("group");
        assertThatThrownBy(() -> new ApprovedModelScoringService(registry, "global", 1.5)).hasMessageContaining("maxNullRate")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> new ApprovedModelScoringService(registry, "global", Double.NaN)).hasMessageContaining("maxNullRate");
        assertThatThrownBy(() -> new ApprovedModelScoringService(null, "global", 0.05)).isInstanceOf(NullPointerException.class);
    }
}
