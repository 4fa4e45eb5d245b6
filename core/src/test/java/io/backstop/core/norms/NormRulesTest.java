package io.backstop.core.norms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.validation.InvalidFieldException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NormRulesTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-02");
    static final NormRules RULES = NormRules.DEFAULT;

    @Test
    void aReplyEarnsByItsKindAndSize() {
        assertThat(RULES.reply("a", DAY, true, "x".repeat(5000), "client-question"))
                .isEqualTo(new Done("a", DAY, NormRules.HOLDING_REPLY));
        assertThat(RULES.reply("a", DAY, false, "  ok  ", "client-question"))
                .isEqualTo(new Done("a", DAY, NormRules.SHORT_REPLY));
        assertThat(RULES.reply("a", DAY, false, "y".repeat(20), "client-question"))
                .isEqualTo(new Done("a", DAY, "client-question"));
        assertThat(RULES.reply("a", DAY, false, "y".repeat(1499), "client-question"))
                .isEqualTo(new Done("a", DAY, "client-question"));
        assertThat(RULES.reply("a", DAY, false, "y".repeat(1500), "client-question"))
                .isEqualTo(new Done("a", DAY, NormRules.LONG_LETTER, 1));
        assertThat(RULES.reply("a", DAY, false, "y".repeat(4600), "client-question"))
                .isEqualTo(new Done("a", DAY, NormRules.LONG_LETTER, 3));
        assertThat(RULES.reply("a", DAY, false, null, "monthly-report-explanation"))
                .isEqualTo(new Done("a", DAY, "monthly-report-explanation"));
    }

    /** Padding a reply never earns more than the ceiling of long letters, and a longer reply never earns less. */
    @Property
    void earningsGrowWithSizeUpToTheCeiling(@ForAll @IntRange(min = 0, max = 20_000) int a,
                                            @ForAll @IntRange(min = 0, max = 20_000) int b) {
        NormCatalog catalog = NormCatalog.departmentDefault();
        long shorter = catalog.earnedMinutes(RULES.reply("a", DAY, false, "z".repeat(Math.min(a, b)), "client-question"));
        long longer = catalog.earnedMinutes(RULES.reply("a", DAY, false, "z".repeat(Math.max(a, b)), "client-question"));
        assertThat(shorter).isLessThanOrEqualTo(longer);
        assertThat(longer).isLessThanOrEqualTo(60L * RULES.maxLongLetters());
    }

    @Test
    void bandsMustBeOrdered() {
        assertThatThrownBy(() -> new NormRules(100, 100, 4)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("longLetterChars");
        assertThatThrownBy(() -> new NormRules(0, 100, 4)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("shortReplyChars");
    }

    @Test
    void manualMinutesStayWithinThePresentTime() {
        ManualLimit.check(480, 400, 80);
        assertThatThrownBy(() -> ManualLimit.check(480, 400, 81)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("count"))
                .hasMessageContaining("80 min are left");
        assertThatThrownBy(() -> ManualLimit.check(0, 0, 10)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("day"));
    }

    @Test
    void theDefaultCatalogueHasEveryOperationTheRulesCredit() {
        NormCatalog catalog = NormCatalog.departmentDefault();
        for (String code : new String[] {NormRules.HOLDING_REPLY, NormRules.SHORT_REPLY, NormRules.LONG_LETTER,
                NormRules.OFFER, NormRules.DUNNING_CALL, NormRules.LIBRARY_ENTRY, NormRules.COMPLAINT}) {
            assertThat(catalog.contains(code)).as(code).isTrue();
        }
        assertThat(catalog.get(NormRules.SHORT_REPLY).standardMinutes())
                .isLessThanOrEqualTo(catalog.get(NormRules.HOLDING_REPLY).standardMinutes());
    }
}
