package io.backstop.core.replay;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Person;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A random scenario written out for a failure message, in local time, version 2 fields included. */
final class ScenarioText {

    private ScenarioText() {
    }

    static String describe(long seed, Scenario s, Map<DayOfWeek, List<int[]>> week, Set<LocalDate> holidays) {
        ZoneId zone = s.calendar().zone();
        StringBuilder out = new StringBuilder("\nseed ").append(seed).append('\n');
        out.append("zone ").append(zone).append(", start ").append(local(s.start(), zone)).append(", until ")
                .append(local(s.until(), zone)).append(", tick ").append(s.tick()).append('\n');
        week.forEach((day, intervals) -> {
            out.append("  ").append(day).append(':');
            intervals.forEach(iv -> out.append(' ').append(new DailyInterval(iv[0] * 60, iv[1] * 60)));
            out.append('\n');
        });
        out.append("holidays ").append(holidays).append('\n');
        out.append("policy ").append(s.policy().standard()).append(" returnToOwner ")
                .append(s.policy().returnToOwner()).append(" remindBefore ")
                .append(s.policy().remindBefore().map(Object::toString).orElse("none")).append('\n');
        s.policy().overrides().forEach(o -> out.append("  goal ").append(o).append('\n'));
        for (Person p : s.people()) {
            out.append("  ").append(p.name()).append(' ').append(p.role()).append(' ').append(p.deputies());
            if (p.coversFrom() != null) {
                out.append(" coversFrom ").append(local(p.coversFrom(), zone));
            }
            out.append('\n');
        }
        for (int i = 0; i < s.absences().size(); i++) {
            Absence a = s.absences().get(i);
            out.append("  absences[").append(i).append("] ").append(a.person()).append(' ').append(a.kind())
                    .append(' ').append(local(a.from(), zone)).append(" .. ").append(local(a.to(), zone))
                    .append('\n');
        }
        for (int i = 0; i < s.events().size(); i++) {
            ScenarioEvent e = s.events().get(i);
            out.append("  events[").append(i).append("] ").append(local(e.at(), zone)).append(' ').append(e.type())
                    .append(' ').append(e.issue());
            if (e.owner() != null) {
                out.append(" owner ").append(e.owner()).append(" type ").append(e.issueType()).append(" priority ")
                        .append(e.priority());
            }
            if (e.by() != null) {
                out.append(" by ").append(e.by());
            }
            if (e.reply().holding()) {
                out.append(" HOLDING");
                if (e.reply().promise() != null) {
                    out.append(" promise ").append(local(e.reply().promise(), zone));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String local(Instant at, ZoneId zone) {
        return at.atZone(zone).format(DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm xxx"));
    }
}
