package io.backstop.app.results.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.scorecard.RoleWeights;
import io.backstop.core.scorecard.ScoreRules;
import io.backstop.core.scorecard.Weights;
import io.backstop.core.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The results settings' {@code weights} per role and {@code scoring} (issue 17, scorecard). */
class ScoringSettingsTest {

    @Test
    void theDefaultsRoundTripPerRole() {
        ResultsSettings d = ResultsSettings.departmentDefault();
        assertThat(d.weights()).isEqualTo(RoleWeights.DEFAULT);
        assertThat(d.scoring()).isEqualTo(ScoreRules.DEFAULT);
        String json = d.write();
        assertThat(json).contains("\"weights\":{\"MANAGER\":{\"output\":0.35,").contains("\"OPERATOR\":{")
                .contains("\"HEAD\":{").contains("\"scoring\":{\"upsellCeiling\":1.5,\"lostClientDays\":90,");
        ResultsSettings read = ResultsSettings.read(json);
        assertThat(read.weights()).isEqualTo(d.weights());
        assertThat(read.scoring()).isEqualTo(d.scoring());
        assertThat(read.write()).isEqualTo(json);
    }

    @Test
    void theOldFlatWeightsAreReadAsTheManagers() {
        ResultsSettings read = ResultsSettings.read("{\"weights\": {\"output\": 0.3, \"receivables\": 0.2, "
                + "\"timeliness\": 0.2, \"quality\": 0.1, \"upsells\": 0.2}}");
        assertThat(read.weights().manager()).isEqualTo(new Weights(0.3, 0.2, 0.2, 0.1, 0.2));
        assertThat(read.weights().operator()).isEqualTo(Weights.OPERATOR_DEFAULT);
        assertThat(read.weights().head()).isEqualTo(Weights.HEAD_DEFAULT);
    }

    @Test
    void aRoleLeftOutKeepsItsDefaultAComponentLeftOutWeighsNothing() {
        ResultsSettings read = ResultsSettings.read("{\"weights\": {\"OPERATOR\": {\"timeliness\": 0.6, "
                + "\"rescue\": 0.4}}, \"scoring\": {\"upsellCeiling\": 2}}");
        assertThat(read.weights().operator()).isEqualTo(new Weights(0, 0, 0.6, 0, 0, 0.4));
        assertThat(read.weights().manager()).isEqualTo(Weights.DEFAULT);
        assertThat(read.scoring()).isEqualTo(new ScoreRules(2, 90, 0.5, 60));
    }

    @Test
    void badInputNamesTheJsonPath() {
        assertField("{\"weights\": {\"OPERATOR\": {\"timeliness\": 0.5}}}", "weights.OPERATOR");
        assertField("{\"weights\": {\"OPERATOR\": {\"timeliness\": 1.5, \"rescue\": -0.5}}}",
                "weights.OPERATOR.timeliness");
        assertField("{\"weights\": {\"OPERATOR\": {\"timeliness\": \"much\"}}}", "weights.OPERATOR.timeliness");
        assertField("{\"weights\": {\"DIRECTOR\": {\"output\": 1}}}", "weights.DIRECTOR");
        assertField("{\"weights\": {\"HEAD\": {\"charm\": 1}}}", "weights.HEAD.charm");
        assertField("{\"weights\": {\"MANAGER\": 1}}", "weights.MANAGER");
        assertField("{\"weights\": {\"output\": 0.5}}", "weights");
        assertField("{\"weights\": {\"output\": 0.35, \"HEAD\": {\"output\": 1}}}", "weights");
        assertField("{\"scoring\": 3}", "scoring");
        assertField("{\"scoring\": {\"upsellCeiling\": 0.5}}", "scoring.upsellCeiling");
        assertField("{\"scoring\": {\"lostClientDays\": 0}}", "scoring.lostClientDays");
        assertField("{\"scoring\": {\"lostClientDays\": 1.5}}", "scoring.lostClientDays");
        assertField("{\"scoring\": {\"lostClientPenalty\": 2}}", "scoring.lostClientPenalty");
        assertField("{\"scoring\": {\"rescueTargetMinutes\": 0}}", "scoring.rescueTargetMinutes");
    }

    private static void assertField(String json, String field) {
        assertThatThrownBy(() -> ResultsSettings.read(json)).as(json).isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo(field);
    }
}
