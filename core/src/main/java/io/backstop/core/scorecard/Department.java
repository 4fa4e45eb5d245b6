package io.backstop.core.scorecard;

import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import java.time.YearMonth;
import java.util.List;

/**
 * The head's scorecard is the department's: the figures of the people she leads, summed, against their targets,
 * summed. Output, collection and upsells are the managers' (they have clients and the output band); timeliness,
 * rescue speed and complaints are everybody's. The head's own complaints count too, and the complaints that zero
 * her quality are the members' allowances together.
 */
public final class Department {

    private Department() {
    }

    /** One member of the department as their own scorecard measured them. */
    public record Member(Role role, MonthResults results, Targets targets) {

        public Member {
            Check.notNull(role, "role");
            Check.notNull(results, "results");
            Check.notNull(targets, "targets");
        }
    }

    /** The department's month as the head's results, and its targets: see the class comment. */
    public record Figures(MonthResults results, Targets targets) {
    }

    public static Figures of(String head, YearMonth month, List<Member> members, int complaintsAboutTheHead) {
        Check.notBlank(head, "head");
        Check.notNegative(complaintsAboutTheHead, "complaintsAboutTheHead");
        double normHours = 0;
        double normTarget = 0;
        long collected = 0;
        long toCollect = 0;
        int lost = 0;
        long points = 0;
        long pointsTarget = 0;
        int onTime = 0;
        int replies = 0;
        int complaints = complaintsAboutTheHead;
        int toZero = 0;
        int rescues = 0;
        long slowestMedian = 0;
        double onTimeShare = Targets.DEFAULT_ON_TIME_SHARE;
        long rescueTarget = Targets.DEFAULT_RESCUE_SECONDS;
        for (Member m : members) {
            MonthResults r = m.results();
            Targets t = m.targets();
            if (m.role() == Role.MANAGER) {
                normHours += r.normHours();
                normTarget += t.normHours();
                collected += r.collectedKopecks();
                toCollect += t.collectKopecks();
                lost += r.lostClients();
                points += r.upsellPoints();
                pointsTarget += t.upsellPoints();
            }
            onTime += r.repliesOnTime();
            replies += r.repliesTotal();
            complaints += r.complaints();
            toZero += t.complaintsToZero();
            rescues += r.rescues();
            if (r.rescues() > 0) {
                // medians do not add up: the department is as fast as its slowest rescuer
                slowestMedian = Math.max(slowestMedian, r.rescueMedianSeconds());
            }
            onTimeShare = t.onTimeShare();
            rescueTarget = t.rescueSeconds();
        }
        MonthResults results = new MonthResults(head, month, normHours, collected, onTime, replies, complaints, points,
                rescues, slowestMedian, lost);
        Targets targets = new Targets(normTarget, toCollect, onTimeShare,
                toZero == 0 ? Targets.DEFAULT_COMPLAINTS_TO_ZERO : toZero, pointsTarget, rescueTarget);
        return new Figures(results, targets);
    }
}
