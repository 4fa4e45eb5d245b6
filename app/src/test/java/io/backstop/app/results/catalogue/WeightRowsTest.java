package io.backstop.app.results.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.rest.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The weights over the per-role shape of the scorecard's weights (issue 17) ({@code {"MANAGER": {...}, ...}}):
 * read as rows, checked per role, and written back in that shape.
 */
class WeightRowsTest {

    private static final JsonNode PER_ROLE = Json.object("""
            {"MANAGER": {"output": 0.35, "receivables": 0.25, "timeliness": 0.15, "quality": 0.1, "upsells": 0.15},
             "OPERATOR": {"timeliness": 0.5, "rescue": 0.3, "quality": 0.2},
             "HEAD": {"output": 0.5, "timeliness": 0.5}}
            """);

    @Test
    void eachRoleIsReadAsItsOwnRows() {
        assertThat(WeightRows.rows(PER_ROLE)).hasSize(10).contains(List.of("OPERATOR", "rescue", "0.3"),
                List.of("MANAGER", "quality", "0.1"), List.of("HEAD", "output", "0.5"));
    }

    @Test
    void everyRoleMayBeWeighedOnRescueAndEachRolesWeightsAddUpToOne() {
        List<List<String>> rows = List.of(List.of("OPERATOR", "rescue", "0.6"), List.of("OPERATOR", "quality", "0.3"),
                List.of("HEAD", "output", "1"), List.of("DIRECTOR", "output", "1"));

        assertThat(WeightRows.check(List.of(2, 3, 4, 5), rows)).extracting(CellError::message)
                .containsExactly("row 5, column role: must be MANAGER, OPERATOR or HEAD, got \"DIRECTOR\"",
                        "row 1, column role: MANAGER has no rows; every role needs its weights (0 for what it is not "
                                + "weighed on)",
                        "row 3, column weight: the weights of OPERATOR add up to 0.9; they must add up to 1");
    }

    @Test
    void theMemberKeepsThePerRoleShapeWithOnlyTheComponentsGiven() {
        List<List<String>> rows = WeightRows.rows(PER_ROLE);

        assertThat(WeightRows.member(rows).toString()).isEqualTo(Json.object("""
                {"MANAGER": {"output": 0.35, "receivables": 0.25, "timeliness": 0.15, "quality": 0.1, "upsells": 0.15},
                 "OPERATOR": {"timeliness": 0.5, "rescue": 0.3, "quality": 0.2},
                 "HEAD": {"output": 0.5, "timeliness": 0.5}}
                """).toString());
        assertThat(WeightRows.check(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11), rows)).isEmpty();
    }
}
