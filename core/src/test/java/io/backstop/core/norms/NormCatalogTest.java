package io.backstop.core.norms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue: stable codes, the department's example norms, an operation done earns its norm. */
class NormCatalogTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private final NormCatalog catalog = NormCatalog.departmentDefault();

    @Test
    void theDefaultHasTheDepartmentsExampleNorms() {
        assertThat(catalog.get("client-question").standardMinutes()).isEqualTo(15);
        assertThat(catalog.get("monthly-report-explanation").standardMinutes()).isEqualTo(30);
        assertThat(catalog.get("small-job-estimate").standardMinutes()).isEqualTo(20);
        // what the issue panel logs against a client besides answers: a call, an estimate, a meeting, a hand-over
        assertThat(catalog.operations()).extracting(Operation::code)
                .contains("incoming-call", "small-job-estimate", "client-meeting", "job-handoff");
        assertThat(catalog.operations()).extracting(Operation::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z][a-z0-9-]*"));
    }

    @Test
    void anOperationDoneEarnsItsNormTimesTheCount() {
        assertThat(catalog.earnedMinutes(new Done("anna", MON, "client-question"))).isEqualTo(15);
        assertThat(catalog.earnedMinutes(new Done("anna", MON, "monthly-report-explanation", 3))).isEqualTo(90);
        assertThat(catalog.get("monthly-report-explanation").normHours()).isEqualTo(0.5);
    }

    @Test
    void anUnknownOperationIsNamed() {
        assertThatThrownBy(() -> catalog.earnedMinutes(new Done("anna", MON, "knitting")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"knitting\"");
        assertThat(catalog.find("knitting")).isEmpty();
    }

    @Test
    void withReplacesInPlaceOrAppends() {
        NormCatalog tuned = catalog.with(new Operation("client-question", "Answer a client question", 12));
        assertThat(tuned.get("client-question").standardMinutes()).isEqualTo(12);
        assertThat(tuned.operations().get(0).code()).isEqualTo("client-question");
        assertThat(tuned.operations()).hasSameSizeAs(catalog.operations());
        NormCatalog more = catalog.with(new Operation("site-audit", "Site audit", 120));
        assertThat(more.operations()).last().extracting(Operation::code).isEqualTo("site-audit");
        assertThat(catalog.contains("site-audit")).isFalse();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new Operation("Client Question", "x", 15)).hasMessageStartingWith("code: ");
        assertThatThrownBy(() -> new Operation("q", " ", 15)).hasMessageStartingWith("name: must not be blank");
        assertThatThrownBy(() -> new Operation("q", "x", 0)).hasMessageStartingWith("standardMinutes: must be positive");
        assertThatThrownBy(() -> new Done("anna", MON, "q", 0)).hasMessageStartingWith("count: must be positive");
        assertThatThrownBy(() -> new Done(null, MON, "q", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("person: must not be null");
        assertThatThrownBy(() -> new NormCatalog(List.of(new Operation("q", "x", 1), new Operation("q", "y", 2))))
                .hasMessage("operations[1].code: \"q\" is listed twice");
    }
}
