package io.iotad.models.xgboost;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotad.core.detect.FitContext;
import io.iotad.models.skab.RollingWindowFeatures;
import io.iotad.models.skab.SkabEvaluation;
import io.iotad.models.skab.ThresholdCalibration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SKAB outlier protocol fits without labels, so the supervised {@code xgboost} is refused up front. */
class XGBoostSkabEvaluationTest {
    @Test
    void given_a_supervised_strategy_when_set_up_then_it_is_refused_before_reading() {
        assertThatThrownBy(() -> new SkabEvaluation(new XGBoostStrategy(), Map.of(), RollingWindowFeatures.defaults(),
                ThresholdCalibration.defaults(), FitContext.seeded(0))).hasMessageContaining("supervised");
    }
}
