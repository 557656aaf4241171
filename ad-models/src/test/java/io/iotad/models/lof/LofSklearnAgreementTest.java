package io.iotad.models.lof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.iotad.core.detect.FitContext;
import io.iotad.core.frame.FeatureFrame;
import io.iotad.core.progress.ProgressListener;
import io.iotad.core.score.Labels;
import io.iotad.models.testing.Frames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Novelty LOF scores against scikit-learn 1.2's {@code LocalOutlierFactor(novelty=True)} on a
 * fixture with two clusters, uniform outliers and 7 duplicated training points (more than k = 5,
 * so densities reach sklearn's 1e-10 guard). The fixture is written by
 * {@code /usr/bin/python3 ad-models/src/test/resources/io/iotad/models/lof/make_lof_fixture.py
 * ad-models/src/test/resources/io/iotad/models/lof}.
 */
class LofSklearnAgreementTest {

    @ParameterizedTest(name = "k={0}, maxTreeDimensions={1}, leafSize={2}")
    @CsvSource({"5, 15, 32", "20, 15, 32", "5, 0, 32", "20, 0, 32", "5, 15, 1", "20, 15, 4"})
    void given_the_sklearn_fixture_when_scored_without_standardising_then_scores_match_to_1e_9(
            int k, int maxTreeDimensions, int leafSize) throws Exception {
        double[][] train = Frames.readCsv(LofSklearnAgreementTest.class, "lof_train.csv");
        double[][] score = Frames.readCsv(LofSklearnAgreementTest.class, "lof_score.csv");
        FeatureFrame trainFrame = Frames.of(train);
        FeatureFrame scoreFrame = Frames.of(Frames.columns(score, 0, 3));
        LofOptions options = new LofOptions(k, false, leafSize, maxTreeDimensions);

        double[] got = new LofStrategy().fit(trainFrame, Labels.empty(), options, new FitContext(1, 2, ProgressListener.NONE))
                .score(scoreFrame).values();

        int col = k == 5 ? 3 : 4;
        for (int i = 0; i < score.length; i++) {
            double expected = score[i][col];
            assertThat(got[i]).as("row %d", i).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }
}
