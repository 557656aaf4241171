package io.iotad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.config.IotadConfig;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.frame.RowKey;
import io.iotad.features.contract.ContractViolationException;
import io.iotad.features.contract.DataContract;
import io.iotad.features.pipeline.FeaturePipelineSpec;
import io.iotad.pipeline.workflow.FeatureEngineering;
import io.iotad.simulator.PortfolioSimulator;
import io.iotad.simulator.SimulationOptions;
import io.iotad.simulator.portfolio.Apartment;
import io.iotad.simulator.portfolio.Building;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 item 10: the demo's null-rate limit lets through the one building-day without weather that
 * the simulator injects, wherever it falls, at every size the demo accepts; checked against the real
 * inference contract on a scored day laid out as the planned portfolio.
 */
class DemoSettingsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 7);

    private static PortfolioSimulator planned(int apartments, int days, long seed) {
        return new PortfolioSimulator(SimulationOptions.builder().apartments(apartments).days(days).seed(seed).build());
    }

    private static IotadConfig demoConfig(PortfolioSimulator planned, long seed) {
        return IotadConfig.defaults().withOverrides(DemoSettings.defaults(planned, seed));
    }

    /** One scored day of the planned portfolio, with no outdoor temperature in the given buildings. */
    private static FeatureFrame dayWithoutWeatherIn(PortfolioSimulator planned, Set<String> buildings) {
        FeatureFrame.Builder b = FeatureFrame.builder(FeatureSchema.of("avg_outdoor_temp_c", "hdd"));
        for (Apartment a : planned.portfolio().apartments()) {
            boolean gap = buildings.contains(a.building().id());
            b.add(new RowKey(a.id(), a.building().id(), DAY), gap ? Double.NaN : 2.5, gap ? Double.NaN : 15.5);
        }
        return b.build();
    }

    private static DataContract scoringContract(IotadConfig config) {
        return FeatureEngineering.contractFrom(config.featureEngineering(), true);
    }

    @Test
    void given_the_issues_size_when_any_one_building_lacks_a_days_weather_then_the_demos_scoring_contract_passes() {
        for (long seed = 1; seed <= 30; seed++) {
            PortfolioSimulator p = planned(120, 70, seed);
            DataContract contract = scoringContract(demoConfig(p, seed));
            for (Building b : p.portfolio().buildings()) {
                assertThat(contract.check(dayWithoutWeatherIn(p, Set.of(b.id()))).passed())
                        .as("seed %d, gap in %s (%d of %d apartments)", seed, b.id(), b.numApartments(), 120).isTrue();
            }
        }
    }

    @Property(tries = 40)
    void any_one_buildings_gap_passes_at_any_size(@ForAll @IntRange(min = 20, max = 400) int apartments,
                                                  @ForAll @LongRange(min = 1, max = 1000) long seed) {
        PortfolioSimulator p = planned(apartments, 30, seed);
        DataContract contract = scoringContract(demoConfig(p, seed));
        for (Building b : p.portfolio().buildings()) {
            assertThat(contract.check(dayWithoutWeatherIn(p, Set.of(b.id()))).passed()).as(b.id()).isTrue();
        }
    }

    @Test
    void given_the_demos_limit_when_weather_is_missing_for_more_than_the_largest_building_then_scoring_still_stops() {
        PortfolioSimulator p = planned(120, 70, 1);
        List<Building> bySize = p.portfolio().buildings().stream()
                .sorted(Comparator.comparingInt((Building b) -> members(p, b)).reversed()).toList();
        Set<String> largestTwo = Set.of(bySize.get(0).id(), bySize.get(1).id());
        assertThatThrownBy(() -> scoringContract(demoConfig(p, 1)).enforce(dayWithoutWeatherIn(p, largestTwo)))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("avg_outdoor_temp_c");
        Set<String> all = p.portfolio().buildings().stream().map(Building::id).collect(Collectors.toSet());
        assertThat(scoringContract(demoConfig(p, 1)).check(dayWithoutWeatherIn(p, all)).passed()).isFalse();
    }

    private static int members(PortfolioSimulator p, Building b) {
        return (int) p.portfolio().apartments().stream().filter(a -> a.building().equals(b)).count();
    }

    @ParameterizedTest
    @CsvSource({"120, 70, 1", "300, 180, 42", "2000, 30, 7"})
    void given_a_size_when_the_limit_is_worked_out_then_it_is_the_largest_buildings_share_and_at_least_the_default(
            int apartments, int days, long seed) {
        PortfolioSimulator p = planned(apartments, days, seed);
        double share = DemoSettings.largestBuilding(p) / (double) apartments;
        double limit = DemoSettings.nullRateLimit(p);
        assertThat(limit).isGreaterThanOrEqualTo(share).isGreaterThanOrEqualTo(0.05).isLessThan(Math.max(0.05, share) + 0.001);
        assertThat(DemoSettings.defaults(p, seed)).contains("training.model_strategy=xgboost", "training.seed=" + seed);
    }

    @Test
    void given_the_demos_settings_when_building_its_feature_pipeline_then_it_holds_the_standard_ten_and_the_fault_physics_columns() {
        PortfolioSimulator p = planned(300, 180, 42);

        FeaturePipelineSpec spec = FeatureEngineering.specFrom(demoConfig(p, 42).featureEngineering());

        List<String> columns = spec.outputSchema().names();
        assertThat(columns.subList(0, 10)).isEqualTo(FeaturePipelineSpec.standard().outputSchema().names());
        assertThat(columns).contains("worst_room_deficit_k", "heating_duty_cycle", "peak_energy_hour", "energy_per_hdd_baseline_z",
                "energy_per_hdd_trend_28d", "hot_water_vs_baseline", "peer_energy_z", "peer_room_deficit_z");
        assertThat(spec.lookbackDays()).isEqualTo(29);

        List<String> unsupervised = DemoSettings.withoutFaultPhysics(DemoSettings.defaults(p, 42));
        assertThat(FeatureEngineering.specFrom(IotadConfig.defaults().withOverrides(unsupervised).featureEngineering()))
                .isEqualTo(FeaturePipelineSpec.standard());
        assertThat(unsupervised).contains("training.seed=42");
    }

    @Test
    void given_an_unsupervised_strategy_gated_on_occupancy_when_the_demo_sets_it_up_then_it_reads_the_ten_and_the_setpoint_drop() {
        PortfolioSimulator p = planned(300, 180, 42);
        List<String> defaults = DemoSettings.defaults(p, 42);
        assertThat(DemoSettings.forUnsupervised(defaults, "isolation_forest")).isEqualTo(DemoSettings.withoutFaultPhysics(defaults));
        for (String gated : List.of("lof_forecast", "LOF_OCCUPANCY")) {
            List<String> settings = DemoSettings.forUnsupervised(defaults, gated);
            IotadConfig config = IotadConfig.defaults().withOverrides(settings)
                    .withOverrides(List.of("training.model_strategy=" + gated));
            List<String> columns = FeatureEngineering.specFrom(config.featureEngineering()).outputSchema().names();
            assertThat(columns.subList(0, 10)).isEqualTo(FeaturePipelineSpec.standard().outputSchema().names());
            assertThat(columns).contains("setpoint_vs_baseline_k").doesNotContain("worst_room_deficit_k", "peer_energy_z");
            List<String> model = new java.util.ArrayList<>(FeaturePipelineSpec.standard().outputSchema().names());
            model.add("setpoint_vs_baseline_k");
            assertThat(config.training().featureColumns()).isEqualTo(model);
            assertThat(settings).contains("training.seed=42");
        }
    }

    @Test
    void given_a_size_the_demo_cannot_run_when_checked_then_refused_saying_what_to_change() {
        PortfolioSimulator shortRun = planned(50, 20, 1);
        assertThatThrownBy(() -> DemoSettings.checkRunnable(shortRun, demoConfig(shortRun, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--days 20 is too short")
                .hasMessageContaining("--days 28 or more");
        PortfolioSimulator tiny = planned(3, 30, 1);
        assertThat(tiny.labels().stream().anyMatch(l -> l.isFault() && l.eventDate().isBefore(LocalDate.of(2024, 10, 17))))
                .as("this tiny portfolio has no fault in its training days").isFalse();
        assertThatThrownBy(() -> DemoSettings.checkRunnable(tiny, demoConfig(tiny, 1)))
                .hasMessageContaining("no equipment fault in the training days").hasMessageContaining("isolation_forest");
        IotadConfig unsupervised = demoConfig(tiny, 1).withOverrides(List.of("training.model_strategy=isolation_forest"));
        DemoSettings.checkRunnable(tiny, unsupervised);
    }
}
