package io.backstop.app.results.norms;

import io.backstop.app.port.Locks;
import io.backstop.app.response.ClockStore;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.staff.StoredAbsence;
import io.backstop.app.store.EntityStore;
import io.backstop.core.norms.ManualLimit;
import io.backstop.core.norms.NormRules;
import io.backstop.core.norms.PresentTime;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.staff.Absence;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Operations recorded by hand (issue 17, point 1), the one flow both hosts' REST and forms use. What a manager
 * wanting to look good could type in is held to the record: the work names an issue or a client; the day is a
 * working day of the department's calendar, not in the future, on which the person was present; a day's manual
 * minutes stay within the time present; a month the head closed takes writes from the head only, each logged.
 * Operations credited automatically ({@link NormRules#automaticOnly}) are refused here, so they never count twice.
 */
public final class ManualOperations {

    /** An issue and the client the response clock knows for it (none for an issue without a client). */
    public record IssueClient(String issue, Optional<String> client) {
    }

    /** What the caller asks to record; {@code issue} already checked as one they may browse. */
    public record Request(String person, LocalDate day, String operation, int count, Optional<IssueClient> issue,
                          Optional<String> client) {
    }

    private final ResultsContext context;
    private final EntityStore store;
    private final OperationStore operations;
    private final ManualStore manual;
    private final ClosedMonths months;
    private final AbsenceStore absences;
    private final ClockStore clocks;
    private final Locks locks;

    ManualOperations(ResultsContext context, EntityStore store, OperationStore operations, Locks locks) {
        this.context = context;
        this.store = store;
        this.operations = operations;
        this.manual = new ManualStore(store);
        this.months = new ClosedMonths(store);
        this.absences = new AbsenceStore(store);
        this.clocks = new ClockStore(store);
        this.locks = locks;
    }

    /** The issue and its client, when Backstop keeps a response clock for it. */
    public Optional<IssueClient> issue(String key) {
        return clocks.find(key)
                .map(c -> new IssueClient(key, Optional.ofNullable(c.client()).filter(s -> !s.isBlank())));
    }

    /**
     * Records {@code request} written by {@code by} at {@code now} ({@code head}: the head or an administrator, who
     * may write into a closed month). Bad input names the field: {@code operation}, {@code count}, {@code issue},
     * {@code client}, {@code day}.
     */
    public OperationDay record(String by, boolean head, Request request, Instant now) {
        Check.notBlank(by, "by");
        String person = Check.notBlank(request.person(), "person");
        context.knownPerson(person, "person");
        ResultsSettings settings = context.settings();
        String operation = request.operation();
        if (!settings.catalog().contains(operation)) {
            throw Check.invalid("operation", Problem.of("error.input.normCatalogue", operation));
        }
        if (NormRules.automaticOnly(operation)) {
            throw Check.invalid("operation", Problem.of("error.norms.creditedAutomaticallyFrom", operation));
        }
        if (request.count() < 1 || request.count() > NormsDesk.MAX_COUNT) {
            throw Check.invalid("count", Problem.of("error.norms.from", NormsDesk.MAX_COUNT));
        }
        Optional<String> client = client(request);
        LocalDate day = Check.notNull(request.day(), "day");
        WorkCalendar calendar = context.current().calendar();
        if (day.isAfter(now.atZone(calendar.zone()).toLocalDate())) {
            throw Check.invalid("day", Problem.of("error.norms.future", day));
        }
        if (calendar.workingSpans(day).isEmpty()) {
            throw Check.invalid("day", Problem.of("error.norms.workingDayDepartment", day));
        }
        YearMonth month = YearMonth.from(day);
        boolean closed = months.isClosed(month);
        if (closed && !head) {
            throw Check.invalid("day", Problem.of("error.norms.closedOnlyHead", monthName(month)));
        }
        long minutes = (long) request.count() * settings.catalog().get(operation).standardMinutes();
        long present = presentMinutes(calendar, person, day);
        return locks.withLock("results-op:" + person + ":" + day, () -> store.inTransaction(() -> {
            ManualLimit.check(present, manual.manualMinutes(person, day), minutes);
            OperationDay row = operations.addOperations(person, day, operation, request.count(), minutes);
            client.ifPresent(c -> operations.addClientOperations(c, month, operation, request.count()));
            manual.add(new ManualEntry(person, day, operation, request.count(), minutes,
                    request.issue().map(IssueClient::issue), client, by, now, closed));
            return row;
        }));
    }

    /** The client the work was for: the issue's own, or the one named when there is no issue. */
    private static Optional<String> client(Request request) {
        Optional<String> named = request.client().map(String::strip).filter(c -> !c.isEmpty());
        if (request.issue().isEmpty()) {
            if (named.isEmpty()) {
                throw Check.invalid("issue", Problem.of("error.norms.nameIssueClient"));
            }
            return named;
        }
        Optional<String> own = request.issue().get().client();
        if (named.isPresent() && !named.equals(own)) {
            String issue = request.issue().get().issue();
            throw Check.invalid("client", own.map(c -> Problem.of("error.norms.notItsClient", named.get(), issue, c))
                    .orElse(Problem.of("error.norms.issueHasNoClient", named.get(), issue)));
        }
        return own;
    }

    private long presentMinutes(WorkCalendar calendar, String person, LocalDate day) {
        List<Absence> own = absences.of(person).stream().map(StoredAbsence::absence).toList();
        return PresentTime.fromSchedule(calendar, person, own, day, day).getOrDefault(day, Duration.ZERO).toMinutes();
    }

    static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    /** Whether the month is closed, and by whom and when. */
    public Optional<MonthClosing> closing(YearMonth month) {
        return months.closing(month);
    }

    /** The head closes a month: from now on only the head writes operations into it. */
    public MonthClosing close(YearMonth month, String by, Instant at) {
        return locks.withLock("results-months", () -> months.close(month, by, at));
    }

    /** The head opens a closed month again (a mistake found); writes made meanwhile stay in the log. */
    public void reopen(YearMonth month) {
        locks.withLock("results-months", () -> {
            months.reopen(month);
            return null;
        });
    }

    /** The head's writes into {@code month} after it was closed, oldest first. */
    public List<ManualEntry> afterClose(YearMonth month) {
        return manual.afterClose(month);
    }
}
