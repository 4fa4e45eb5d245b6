package io.backstop.sandbox.demo.life;

import io.backstop.app.results.complaints.ComplaintsDesk;
import io.backstop.app.results.complaints.Flag;
import io.backstop.app.results.complaints.StoredComplaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.complaint.ComplaintRules;
import io.backstop.sandbox.demo.DemoAction;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoHistory;
import io.backstop.sandbox.demo.DemoLanguage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The demo's complaints, recorded through {@link ComplaintsDesk} under its rules, so that the head's lane and the
 * director's log have something to show: the Complaint issues of the history made theirs as they were opened, and
 * the head closed each an hour after it was resolved; on top, the operator flagged a complaint about petrova this
 * morning (open); one about ivanova last month, which the head closed the day after; one about sidorova that the
 * office manager flagged this month and the head unflagged as a question, not a complaint; and one the director
 * flagged about the head, which the director closed the next day.
 */
final class DemoComplaints {

    private DemoComplaints() {
    }

    static void seed(ComplaintsDesk desk, DemoHistory history, Instant now, Random random) {
        closeResolvedComplaintIssues(desk, history, now);
        Map<String, String> firstIssueOf = new HashMap<>();
        Map<String, String> lastIssueOf = new HashMap<>();
        for (DemoAction a : history.actions()) {
            if (a.kind() == DemoAction.Kind.CREATE_ISSUE && !ComplaintRules.ISSUE_TYPE.equals(a.issueType())
                    && a.at().isBefore(now.minus(Duration.ofHours(1)))) {
                firstIssueOf.putIfAbsent(a.owner(), a.issue());
                lastIssueOf.put(a.owner(), a.issue());
            }
        }
        desk.flag(Flag.manual(lastIssueOf.get(DemoDepartment.PETROVA)), DemoDepartment.OPERATOR,
                now.minus(Duration.ofMinutes(40)));

        Instant flagged = DemoMoments.lastMonth(history, now, random);
        StoredComplaint old = desk.flag(Flag.manual(firstIssueOf.get(DemoDepartment.IVANOVA)), DemoDepartment.OPERATOR,
                flagged);
        desk.actOnComplaint(old.id(), DemoDepartment.HEAD, ComplaintAction.CLOSE,
                Optional.of(ru(history) ? "Извинились за задержку баннера и разместили его в тот же день; клиент доволен."
                        : "Apologised for the late banner and placed it the same day; the client is satisfied."),
                earlier(flagged.plus(Duration.ofDays(1)), now));

        Instant asked = DemoMoments.thisMonth(history, now.minus(Duration.ofHours(2)), random);
        StoredComplaint question = desk.flag(Flag.manual(firstIssueOf.get(DemoDepartment.SIDOROVA)),
                DemoDepartment.OFFICE, asked);
        desk.actOnComplaint(question.id(), DemoDepartment.HEAD, ComplaintAction.UNFLAG,
                Optional.of(ru(history) ? "Не жалоба: клиент спрашивал, когда будет месячный отчёт."
                        : "Not a complaint: the client asked when the monthly report is due."),
                earlier(asked.plus(Duration.ofHours(1)), now));

        Instant aboutHead = DemoMoments.lastMonth(history, now, random);
        StoredComplaint head = desk.flag(Flag.manual(firstIssueOf.get(DemoDepartment.PETROVA))
                .about(DemoDepartment.HEAD), DemoDepartment.DIRECTOR, aboutHead);
        desk.actOnComplaint(head.id(), DemoDepartment.DIRECTOR, ComplaintAction.CLOSE,
                Optional.of(ru(history) ? "Руководитель обещала перезвонить и забыла; позвонили вместе и договорились о скидке."
                        : "The head had promised a call back and forgot; we called together and agreed a discount."),
                earlier(aboutHead.plus(Duration.ofDays(1)), now));
    }

    /** The head closes a Complaint issue's complaint an hour after the issue was resolved (or now, if sooner). */
    private static void closeResolvedComplaintIssues(ComplaintsDesk desk, DemoHistory history, Instant now) {
        List<DemoAction> resolved = history.actions().stream().filter(a -> a.kind() == DemoAction.Kind.RESOLVE
                && ComplaintRules.ISSUE_TYPE.equals(a.issueType())).toList();
        for (DemoAction a : resolved) {
            desk.ofComplaintIssue(a.issue()).filter(c -> c.complaint().isOpen())
                    .ifPresent(c -> desk.actOnComplaint(c.id(), DemoDepartment.HEAD, ComplaintAction.CLOSE,
                            Optional.of(ru(history) ? "Решено в " + a.issue() + ", клиент подтвердил."
                                    : "Resolved in " + a.issue() + "; the client confirmed."),
                            earlier(a.at().plus(Duration.ofHours(1)), now)));
        }
    }

    /** The reasons are written in the demo's language, as the head would write them. */
    private static boolean ru(DemoHistory history) {
        return history.language() == DemoLanguage.RU;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
