package io.backstop.app.json;

import static io.backstop.app.json.JsonFields.date;
import static io.backstop.app.json.JsonFields.duration;
import static io.backstop.app.json.JsonFields.enumValue;
import static io.backstop.app.json.JsonFields.list;
import static io.backstop.app.json.JsonFields.object;
import static io.backstop.app.json.JsonFields.required;
import static io.backstop.app.json.JsonFields.requiredInstant;
import static io.backstop.app.json.JsonFields.requiredText;
import static io.backstop.app.json.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.HumanDuration;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.GoalOverride;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The department's documents in the JSON shapes of the scenario file ({@code sla-semantics.md}): calendar,
 * policy with goals, people and absences. The scenario reader and the settings API share them.
 */
public final class DepartmentJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DepartmentJson() {
    }

    public static WorkCalendar calendar(JsonNode node, String path) {
        object(node, path);
        String zoneText = requiredText(node, "zone", path + ".zone");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new InvalidFieldException(path + ".zone", Problem.of("error.input.unknownTimeZone", zoneText));
        }
        JsonNode weekNode = object(required(node, "week", path + ".week"), path + ".week");
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = weekNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> day = it.next();
            String dayPath = path + ".week." + day.getKey();
            DayOfWeek dayOfWeek = dayOfWeek(day.getKey(), dayPath);
            if (week.containsKey(dayOfWeek)) {
                throw new InvalidFieldException(dayPath, Problem.of("error.input.namesDayGiven"));
            }
            week.put(dayOfWeek, JsonFields.elements(day.getValue(), dayPath, DepartmentJson::interval));
        }
        List<LocalDate> holidays = list(node, "holidays", path + ".holidays", (n, p) -> date(n, p));
        try {
            return new WorkCalendar(zone, week, holidays);
        } catch (InvalidFieldException e) { // the calendar's own ("the week has no working time") names no field
            throw e.field().isEmpty() ? e.at(path + ".week") : e;
        }
    }

    /** The policy and goals; their durations' days are the calendar's working day ({@link HumanDuration#of}). */
    public static ResponsePolicy policy(JsonNode policyNode, JsonNode goalsNode, String policyPath, String goalsPath,
                                        WorkCalendar calendar) {
        object(policyNode, policyPath);
        HumanDuration days = HumanDuration.of(calendar);
        Goal standard = new Goal(JsonFields.duration(required(policyNode, "queueAfter", policyPath + ".queueAfter"),
                policyPath + ".queueAfter", days),
                JsonFields.duration(required(policyNode, "respondWithin", policyPath + ".respondWithin"),
                        policyPath + ".respondWithin", days),
                answerWithin(policyNode, policyPath, days).orElse(Goal.DEFAULT_ANSWER_WITHIN));
        // A department expects work to come back to the home manager; say "returnToOwner": false to keep it away.
        boolean returnToOwner = JsonFields.optionalBoolean(policyNode, "returnToOwner",
                policyPath + ".returnToOwner", true);
        List<GoalOverride> overrides = goalsNode == null || goalsNode.isNull()
                ? List.of() : JsonFields.elements(goalsNode, goalsPath, (node, path) -> goalOverride(node, path, days));
        return new ResponsePolicy(standard, returnToOwner, overrides,
                optionalDuration(policyNode, "remindBefore", policyPath + ".remindBefore", days));
    }

    /** How long a holding reply's promise runs when it names no date: positive, like any promise. */
    private static Optional<Duration> answerWithin(JsonNode node, String path, HumanDuration days) {
        Optional<Duration> value = optionalDuration(node, "answerWithin", path + ".answerWithin", days);
        if (value.filter(Duration::isZero).isPresent()) {
            throw new InvalidFieldException(path + ".answerWithin", Problem.of("error.input.longerZeroPromise"));
        }
        return value;
    }

    public static List<Person> people(JsonNode node, String path) {
        return people(node, path, true);
    }

    /**
     * @param asLogins names must be logins ({@link JsonFields#personName}), none twice ignoring case: what a new
     *                 document must meet; a document stored before that rule is read as it was written
     */
    public static List<Person> people(JsonNode node, String path, boolean asLogins) {
        List<Person> people = JsonFields.elements(node, path, (person, p) -> {
            object(person, p);
            BiFunction<JsonNode, String, String> name = asLogins ? JsonFields::personName : JsonFields::text;
            return new Person(name.apply(required(person, "name", p + ".name"), p + ".name"),
                    enumValue(required(person, "role", p + ".role"), Role.class, p + ".role"),
                    list(person, "deputies", p + ".deputies", name),
                    JsonFields.optionalInstant(person, "coversFrom", p + ".coversFrom"));
        });
        if (!asLogins) {
            return people;
        }
        // Jira compares user names without case: two people who differ only in case would be one login
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Integer first = seen.putIfAbsent(people.get(i).name().toLowerCase(Locale.ROOT), i);
            if (first != null) {
                throw new InvalidFieldException(path + "[" + i + "].name", Problem.of("error.input.sameLoginName",
                        path, first));
            }
        }
        return people;
    }

    public static Absence absence(JsonNode node, String path) {
        object(node, path);
        String person = requiredText(node, "person", path + ".person");
        Instant from = requiredInstant(node, "from", path + ".from");
        Instant to = requiredInstant(node, "to", path + ".to");
        if (to.isBefore(from)) {
            throw new InvalidFieldException(path + ".to", Problem.of("error.input.endsBeforeAbsence"));
        }
        JsonNode kind = node.get("kind");
        AbsenceKind absenceKind = kind == null || kind.isNull()
                ? AbsenceKind.VACATION : enumValue(kind, AbsenceKind.class, path + ".kind");
        return new Absence(person, from, to, absenceKind);
    }

    /** Working time as a person writes it (8h, 1d 4h, 30 мин) or ISO-8601, not negative. */
    public static Duration duration(JsonNode node, String path) {
        return JsonFields.duration(node, path);
    }

    /** Clock time (the watcher's tick): hours, minutes, seconds or ISO-8601; no days, whose length would be a guess. */
    public static Duration clockDuration(JsonNode node, String path) {
        return JsonFields.duration(node, path, HumanDuration.CLOCK);
    }

    /**
     * Working time as the document stores it: the human form in English ({@code 1d 4h}, a day the calendar's), which
     * every reader of the document takes back through {@link HumanDuration}, in both hosts.
     */
    private static String written(Duration duration, HumanDuration days) {
        return days.format(duration);
    }

    public static ObjectNode calendarNode(WorkCalendar calendar) {
        ObjectNode node = NODES.objectNode();
        node.put("zone", calendar.zone().getId());
        ObjectNode week = node.putObject("week");
        calendar.week().forEach((day, intervals) -> {
            ArrayNode list = week.putArray(day.name().substring(0, 3));
            intervals.forEach(interval -> list.add(interval.toString()));
        });
        ArrayNode holidays = node.putArray("holidays");
        calendar.holidays().forEach(date -> holidays.add(date.toString()));
        return node;
    }

    public static ObjectNode policyNode(ResponsePolicy policy, WorkCalendar calendar) {
        HumanDuration days = HumanDuration.of(calendar);
        ObjectNode node = NODES.objectNode();
        node.put("queueAfter", written(policy.standard().queueAfter(), days));
        node.put("respondWithin", written(policy.standard().respondWithin(), days));
        node.put("returnToOwner", policy.returnToOwner());
        node.put("answerWithin", written(policy.standard().answerWithin(), days));
        policy.remindBefore().ifPresent(d -> node.put("remindBefore", written(d, days)));
        return node;
    }

    public static ArrayNode goalsNode(ResponsePolicy policy, WorkCalendar calendar) {
        HumanDuration days = HumanDuration.of(calendar);
        ArrayNode goals = NODES.arrayNode();
        for (GoalOverride override : policy.overrides()) {
            ObjectNode goal = goals.addObject();
            if (!override.issueTypes().isEmpty()) {
                override.issueTypes().forEach(goal.putArray("issueTypes")::add);
            }
            if (!override.priorities().isEmpty()) {
                override.priorities().forEach(goal.putArray("priorities")::add);
            }
            override.queueAfter().ifPresent(d -> goal.put("queueAfter", written(d, days)));
            override.respondWithin().ifPresent(d -> goal.put("respondWithin", written(d, days)));
            override.answerWithin().ifPresent(d -> goal.put("answerWithin", written(d, days)));
        }
        return goals;
    }

    public static ArrayNode peopleNode(List<Person> people) {
        ArrayNode list = NODES.arrayNode();
        for (Person person : people) {
            ObjectNode node = list.addObject();
            node.put("name", person.name());
            node.put("role", person.role().name());
            person.deputies().forEach(node.putArray("deputies")::add);
            if (person.coversFrom() != null) {
                node.put("coversFrom", person.coversFrom().toString());
            }
        }
        return list;
    }

    private static GoalOverride goalOverride(JsonNode node, String path, HumanDuration days) {
        object(node, path);
        return new GoalOverride(
                list(node, "issueTypes", path + ".issueTypes", JsonFields::text),
                list(node, "priorities", path + ".priorities", JsonFields::text),
                optionalDuration(node, "queueAfter", path + ".queueAfter", days),
                optionalDuration(node, "respondWithin", path + ".respondWithin", days),
                answerWithin(node, path, days));
    }

    private static Optional<Duration> optionalDuration(JsonNode parent, String name, String path, HumanDuration days) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(JsonFields.duration(node, path, days));
    }

    private static DailyInterval interval(JsonNode node, String path) {
        try {
            return DailyInterval.parse(text(node, path));
        } catch (InvalidFieldException e) { // the interval's own ("no such time 25:00") names no field
            throw e.field().isEmpty() ? e.at(path) : e;
        }
    }

    private static DayOfWeek dayOfWeek(String name, String path) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper) || day.name().substring(0, 3).equals(upper)) {
                return day;
            }
        }
        throw new InvalidFieldException(path, Problem.of("error.input.unknownDayExpected", name));
    }
}
