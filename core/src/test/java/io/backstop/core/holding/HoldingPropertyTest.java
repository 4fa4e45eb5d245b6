package io.backstop.core.holding;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the detector on random replies built from the department's phrases, the dates it understands,
 * times, quotes, questions and junk, on random calendars (zones with and without daylight saving, 1-7 working days,
 * one or two intervals a day, 24:00 ends, holidays) and reply instants in 2025-2028.
 */
class HoldingPropertyTest {

    private static final int TRIES = 400;
    private static final HoldingReply DEFAULTS = new HoldingReply(HoldingPhrases.defaults());

    private static final List<String> DAYS = List.of("сегодня", "завтра", "послезавтра", "до конца дня",
            "до понедельника", "во вторник", "до среды", "к четвергу", "в пятницу", "до субботы", "в воскресенье",
            "до пт", "до конца недели", "на следующей неделе", "15.12", "29.02", "01.01.2027", "31.12.26",
            "15 декабря", "1 марта 2026", "today", "tomorrow", "by Friday", "on Monday", "by 15 December",
            "by December 15", "15/12", "by the end of the week", "next week", "end of day");
    private static final List<String> TIMES = List.of("до 15:00", "к 9:30", "в 23:59", "by 3 pm", "at 11am",
            "by 12 am", "до 0:00");
    private static final List<String> JUNK = List.of(" ", ", ", ". ", "\n", "!", "👍", "🙂🙃", "\u0000", "\u202e",
            "\ud83d", "?", "»", "«", "{quote}", "> ", "от ", "не ", "31.02", "99:99", "1.5", "12.2026", "/", ":",
            "спасибо", "thanks", "ё", "Ё", "İ", "ß", "٣", "２０２６", "\t");

    // --- the promise ---

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("a promise without a written time is after the reply, at the end of a working span")
    void aPromiseIsTheEndOfWorkingTimeAfterTheReply(@ForAll("calendars") WorkCalendar calendar,
                                                    @ForAll("replyInstants") Instant repliedAt,
                                                    @ForAll("repliesNamingADay") String text) {
        Optional<Instant> promise = DEFAULTS.detect(text, repliedAt, calendar).flatMap(Holding::promise);

        Statistics.label("promise").collect(promise.isPresent());
        Statistics.label("promise").coverage(c -> c.check(true).percentage(p -> p > 60));
        promise.ifPresent(due -> {
            assertThat(due).isAfter(repliedAt);
            assertThat(endsAWorkingSpan(calendar, due)).as("%s ends a working span of %s", due, calendar).isTrue();
        });
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("a promise with a written time is after the reply too")
    void aPromiseWithATimeIsAfterTheReply(@ForAll("calendars") WorkCalendar calendar,
                                          @ForAll("replyInstants") Instant repliedAt,
                                          @ForAll("repliesWithATime") String text) {
        Optional<Instant> promise = DEFAULTS.detect(text, repliedAt, calendar).flatMap(Holding::promise);

        Statistics.label("promise").collect(promise.isPresent());
        Statistics.label("promise").coverage(c -> c.check(true).percentage(p -> p > 50));
        promise.ifPresent(due -> assertThat(due).isAfter(repliedAt));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("a date ahead promises the end of its working time, or of the next working day's")
    void aDayAheadAlwaysMakesAPromise(@ForAll("calendars") WorkCalendar calendar,
                                      @ForAll("replyInstants") Instant repliedAt,
                                      @ForAll @IntRange(min = 1, max = 300) int daysAhead) {
        LocalDate day = repliedAt.atZone(calendar.zone()).toLocalDate().plusDays(daysAhead);
        String text = String.format("Получили, ответим до %02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(),
                day.getYear());

        assertThat(DEFAULTS.detect(text, repliedAt, calendar).flatMap(Holding::promise))
                .isEqualTo(PromiseReader.endOfWorkingDay(day, calendar));
    }

    // --- the limit ---

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("a reply as long as the limit or longer is never holding")
    void aLongReplyIsNeverHolding(@ForAll @IntRange(min = 1, max = 600) int limit,
                                  @ForAll("repliesNamingADay") String reply,
                                  @ForAll("junk") String padding) {
        HoldingReply detector = new HoldingReply(HoldingPhrases.defaults().withLimit(limit));
        StringBuilder text = new StringBuilder(reply).append(' ');
        while (text.toString().strip().codePoints().count() < limit) {
            text.append(padding.isBlank() ? "и" : padding);
        }

        assertThat(detector.detect(text.toString(), Instant.parse("2026-11-02T08:00:00Z"),
                HoldingExamplesTest.CALENDAR)).isEmpty();
    }

    // --- robustness ---

    @Property(tries = TRIES / 2, edgeCases = EdgeCasesMode.NONE) // texts of 10,000 characters take their time
    @Label("detection never throws, whatever the text")
    void detectionNeverThrows(@ForAll("anyText") String text, @ForAll("calendars") WorkCalendar calendar,
                              @ForAll("replyInstants") Instant repliedAt) {
        HoldingReply wide = new HoldingReply(HoldingPhrases.defaults().withLimit(HoldingPhrases.MAX_LIMIT));

        Optional<Holding> holding = wide.detect(text, repliedAt, calendar);

        Statistics.label("holding").collect(holding.isPresent());
        // No coverage check here: about 2.5% of these texts are holding, too few in TRIES / 2 tries for a bound that
        // does not fail now and then (it did, at 3%); the promise properties above check coverage on purpose.
        holding.flatMap(Holding::promise).ifPresent(due -> assertThat(due).isAfter(repliedAt));
        DEFAULTS.detect(text, repliedAt, calendar);
        // most junk asks something or holds no phrase; its dates are read all the same
        PromiseReader.read(OwnWords.of(text), repliedAt, calendar).ifPresent(due -> assertThat(due).isAfter(repliedAt));
    }

    @Property(tries = 5, edgeCases = EdgeCasesMode.NONE)
    @Label("a huge text is an answer, quickly")
    void aHugeTextIsAnAnswer(@ForAll("junk") String junk, @ForAll @IntRange(min = 1, max = 4) int megabytes) {
        String huge = ("Получили, ответим завтра " + junk).repeat(megabytes * 1024 * 1024 / 30);

        assertThat(DEFAULTS.detect(huge, Instant.parse("2026-11-02T08:00:00Z"), HoldingExamplesTest.CALENDAR))
                .isEmpty();
    }

    // --- generators ---

    @Provide
    Arbitrary<String> repliesNamingADay() {
        return Combinators.combine(Arbitraries.of(HoldingPhrases.defaults().phrases()), Arbitraries.of(DAYS),
                Arbitraries.of(DAYS).list().ofMaxSize(2), Arbitraries.of(", ", " ", ". ", "\n"))
                .as((phrase, day, more, glue) -> phrase + glue + day + (more.isEmpty() ? "" : glue
                        + String.join(" и ", more)));
    }

    @Provide
    Arbitrary<String> repliesWithATime() {
        return Combinators.combine(repliesNamingADay(), Arbitraries.of(TIMES), Arbitraries.of(" ", ", ", " ... "))
                .as((reply, time, glue) -> reply + glue + time);
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.of(JUNK).list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> fragments = Arbitraries.oneOf(Arbitraries.of(DAYS), Arbitraries.of(TIMES),
                Arbitraries.of(JUNK), Arbitraries.of(HoldingPhrases.defaults().phrases()),
                Arbitraries.strings().all().ofMaxLength(8));
        return Arbitraries.frequencyOf(
                Tuple.of(3, fragments.list().ofMaxSize(40).map(parts -> String.join("", parts))),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(400)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(9_000).ofMaxLength(11_000)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(50)));
    }

    @Provide
    Arbitrary<Instant> replyInstants() {
        long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() / 60;
        long to = Instant.parse("2028-12-31T00:00:00Z").getEpochSecond() / 60;
        return Arbitraries.longs().between(from, to).map(minute -> Instant.ofEpochSecond(minute * 60));
    }

    @Provide
    Arbitrary<WorkCalendar> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of("Europe/Moscow", "Europe/Berlin", "America/New_York", "UTC",
                "Australia/Lord_Howe").map(ZoneId::of);
        Arbitrary<List<DailyInterval>> day = Arbitraries.of(List.of("09:00-18:00"), List.of("09:00-13:00",
                "14:00-18:00"), List.of("00:00-24:00"), List.of("01:30-02:30", "20:00-24:00"), List.of("10:00-19:00"))
                .map(texts -> texts.stream().map(DailyInterval::parse).toList());
        Arbitrary<Map<DayOfWeek, List<DailyInterval>>> weeks = Arbitraries.of(DayOfWeek.values()).set()
                .ofMinSize(1).ofMaxSize(7).flatMap(days -> day.list().ofSize(days.size()).map(intervals -> {
                    Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
                    List<DayOfWeek> ordered = new ArrayList<>(days);
                    for (int i = 0; i < ordered.size(); i++) {
                        week.put(ordered.get(i), intervals.get(i));
                    }
                    return week;
                }));
        Arbitrary<List<LocalDate>> holidays = Arbitraries.integers().between(0, 4 * 365)
                .map(offset -> LocalDate.of(2025, 1, 1).plusDays(offset)).list().ofMaxSize(60);
        return Combinators.combine(zones, weeks, holidays).as(WorkCalendar::new);
    }

    private static boolean endsAWorkingSpan(WorkCalendar calendar, Instant due) {
        LocalDate local = due.atZone(calendar.zone()).toLocalDate();
        for (LocalDate day : List.of(local.minusDays(1), local)) {
            if (calendar.workingSpans(day).stream().map(WorkingSpan::end).anyMatch(due::equals)) {
                return true;
            }
        }
        return false;
    }
}
