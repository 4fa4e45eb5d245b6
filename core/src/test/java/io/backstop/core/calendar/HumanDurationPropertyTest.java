package io.backstop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.calendar.HumanDuration.Words;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Whatever is formatted reads back as the same duration, in both languages, and ISO and the human form agree. */
class HumanDurationPropertyTest {

    /** Up to 100,000 hours (the longest any setting takes), in whole seconds. */
    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 6_000_000).map(Duration::ofMinutes),
                Arbitraries.longs().between(0, 360_000_000L).map(Duration::ofSeconds),
                Arbitraries.longs().between(0, 12_500).map(days -> Duration.ofHours(8 * days)));
    }

    @Provide
    Arbitrary<HumanDuration> readers() {
        return Arbitraries.oneOf(Arbitraries.of(HumanDuration.WORKING, HumanDuration.CLOCK),
                Arbitraries.longs().between(1, 24 * 60).map(m -> new HumanDuration(Duration.ofMinutes(m))));
    }

    @Property
    void formattedThenParsedIsTheSame(@ForAll("durations") Duration duration, @ForAll("readers") HumanDuration reader,
                                      @ForAll Words words) {
        assertThat(reader.parse(reader.format(duration, words))).isEqualTo(duration);
    }

    @Property
    void isoAndHumanFormsAgree(@ForAll("durations") Duration duration, @ForAll("readers") HumanDuration reader) {
        assertThat(reader.parse(duration.toString())).isEqualTo(reader.parse(reader.format(duration)));
    }

    @Property
    void caseAndSpacingDoNotMatter(@ForAll("durations") Duration duration, @ForAll Words words) {
        String formatted = HumanDuration.WORKING.format(duration, words);
        assertThat(HumanDuration.WORKING.parse("  " + formatted.toUpperCase().replace(" ", "  ") + " "))
                .isEqualTo(duration);
        assertThat(HumanDuration.WORKING.parse(formatted.replace(" ", ""))).isEqualTo(duration);
    }

    @Property
    void hoursWithAFractionAreMinutes(@ForAll @LongRange(min = 0, max = 100_000) long hours,
                                      @ForAll @LongRange(min = 0, max = 3) long quarters) {
        Duration expected = Duration.ofHours(hours).plusMinutes(15 * quarters);
        String fraction = hours + "." + (25 * quarters);
        assertThat(HumanDuration.WORKING.parse(fraction + "h")).isEqualTo(expected);
        assertThat(HumanDuration.WORKING.parse(fraction.replace('.', ',') + " ч")).isEqualTo(expected);
    }
}
