package io.backstop.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.json.DepartmentJson;
import io.backstop.app.json.HoldingJson;
import io.backstop.app.json.JsonFields;
import io.backstop.app.json.LexiconJson;
import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.HumanDuration;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Staff;
import io.backstop.core.staff.StaffException;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings as one JSON document, {@code {calendar, policy, goals, people, tick, staffGroup, projects,
 * ownAbsenceDays, notesLanguage, holdingReplies, complaints}}: the shapes of the scenario file, so a scenario's department can
 * be loaded as it is.
 */
public final class SettingsDocument {

    public static final Duration DEFAULT_TICK = Duration.ofMinutes(1);
    public static final String DEFAULT_STAFF_GROUP = "backstop-staff";

    /** A Jira project key: an upper-case letter, then upper-case letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final int MAX_PROJECTS = 100;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SettingsDocument() {
    }

    /** A department nobody has configured yet: office hours Monday to Friday, one working day to answer. */
    public static DepartmentSettings unconfigured(ZoneId zone) {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(DailyInterval.parse("09:00-13:00"), DailyInterval.parse("14:00-18:00")));
        }
        return new DepartmentSettings(new WorkCalendar(zone, week, List.of()),
                new ResponsePolicy(new Goal(Duration.ofMinutes(30), Duration.ofHours(8)), true, List.of()),
                List.of(), DEFAULT_TICK, DEFAULT_STAFF_GROUP);
    }

    /** Reads and checks a whole document; a problem is a {@link InvalidFieldException} naming the field. */
    public static DepartmentSettings read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("(body)", Problem.of("error.input.validJsonWhy", e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidFieldException("(body)", Problem.of("error.input.jsonObject"));
        }
        return read(root);
    }

    public static DepartmentSettings read(JsonNode root) {
        return read(root, true);
    }

    /**
     * The document as stored: read as it was written, so a database from before people's names had to be logins
     * still starts; a new document ({@link #read(JsonNode)}) must meet today's rules.
     */
    public static DepartmentSettings readStored(String json) {
        try {
            return read(MAPPER.readTree(json), false);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("(body)", Problem.of("error.input.validJsonWhy", e.getOriginalMessage()));
        }
    }

    private static DepartmentSettings read(JsonNode root, boolean asNew) {
        WorkCalendar calendar = DepartmentJson.calendar(required(root, "calendar"), "calendar");
        ResponsePolicy policy = DepartmentJson.policy(required(root, "policy"), root.get("goals"), "policy", "goals",
                calendar);
        List<Person> people = DepartmentJson.people(required(root, "people"), "people", asNew);
        try {
            Staff.check(people);
        } catch (StaffException e) {
            throw new InvalidFieldException("people" + e.path(), e.problem());
        }
        JsonNode tickNode = root.get("tick");
        Duration tick = tickNode == null || tickNode.isNull() ? DEFAULT_TICK
                : DepartmentJson.clockDuration(tickNode, "tick");
        if (tick.compareTo(Duration.ofSeconds(1)) < 0 || tick.compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidFieldException("tick", Problem.of("error.settings.tickRange"));
        }
        JsonNode groupNode = root.get("staffGroup");
        String staffGroup = DEFAULT_STAFF_GROUP;
        if (groupNode != null && !groupNode.isNull()) {
            if (!groupNode.isTextual() || groupNode.textValue().isBlank()) {
                throw new InvalidFieldException("staffGroup", Problem.of("error.settings.groupName"));
            }
            if (groupNode.textValue().length() > JsonFields.MAX_TEXT) {
                throw new InvalidFieldException("staffGroup",
                        Problem.of("error.input.mostCharacters", JsonFields.MAX_TEXT));
            }
            staffGroup = groupNode.textValue().trim();
        }
        return new DepartmentSettings(calendar, policy, people, tick, staffGroup, projects(root.get("projects")),
                ownAbsenceDays(root.get("ownAbsenceDays")), notesLanguage(root.get("notesLanguage")),
                HoldingJson.phrases(root.get("holdingReplies"), "holdingReplies"),
                LexiconJson.lexicon(root.get("complaints")));
    }

    /** Optional; {@code "en"} or {@code "ru"}, Russian unless set (a document from before the field too). */
    private static NotesLanguage notesLanguage(JsonNode node) {
        if (node == null || node.isNull()) {
            return NotesLanguage.DEFAULT;
        }
        return NotesLanguage.of(node.isTextual() ? node.textValue() : null).orElseThrow(() ->
                new InvalidFieldException("notesLanguage", Problem.of("error.settings.enRu")));
    }

    /** Optional; working days, from 0 (every own absence but sick leave waits for the head) to a year. */
    private static int ownAbsenceDays(JsonNode node) {
        if (node == null || node.isNull()) {
            return DepartmentSettings.DEFAULT_OWN_ABSENCE_DAYS;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0
                || node.intValue() > DepartmentSettings.MAX_OWN_ABSENCE_DAYS) {
            throw new InvalidFieldException("ownAbsenceDays", Problem.of("error.settings.wholeNumberWorking",
                    DepartmentSettings.MAX_OWN_ABSENCE_DAYS));
        }
        return node.intValue();
    }

    /** Optional; an empty list (or none) means every project. */
    private static List<String> projects(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidFieldException("projects", Problem.of("error.settings.listProjectKeys"));
        }
        if (node.size() > MAX_PROJECTS) {
            throw new InvalidFieldException("projects", Problem.of("error.settings.listMostProjects", MAX_PROJECTS));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode key = node.get(i);
            String field = "projects[" + i + "]";
            if (!key.isTextual() || key.textValue().length() > JsonFields.MAX_TEXT
                    || !PROJECT_KEY.matcher(key.textValue().trim()).matches()) {
                throw new InvalidFieldException(field, Problem.of("error.settings.projectKeyUpper",
                        JsonFields.MAX_TEXT));
            }
            if (!keys.add(key.textValue().trim())) {
                throw new InvalidFieldException(field, Problem.of("error.input.listedTwice", key.textValue().trim()));
            }
        }
        return List.copyOf(keys);
    }

    public static ObjectNode toJson(DepartmentSettings settings) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("calendar", DepartmentJson.calendarNode(settings.calendar()));
        root.set("policy", DepartmentJson.policyNode(settings.policy(), settings.calendar()));
        root.set("goals", DepartmentJson.goalsNode(settings.policy(), settings.calendar()));
        root.set("people", DepartmentJson.peopleNode(settings.people()));
        root.put("tick", HumanDuration.CLOCK.format(settings.tick()));
        root.put("staffGroup", settings.staffGroup());
        ArrayNode projects = root.putArray("projects");
        settings.projects().forEach(projects::add);
        root.put("ownAbsenceDays", settings.ownAbsenceDays());
        root.put("notesLanguage", settings.notesLanguage().code());
        root.set("holdingReplies", HoldingJson.node(settings.holdingPhrases()));
        root.set("complaints", LexiconJson.node(settings.complaintLexicon()));
        return root;
    }

    public static String write(DepartmentSettings settings) {
        return toJson(settings).toString();
    }

    private static JsonNode required(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            throw new InvalidFieldException(name, Problem.of("error.input.required"));
        }
        return node;
    }
}
