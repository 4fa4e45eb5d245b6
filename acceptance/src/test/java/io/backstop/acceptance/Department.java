package io.backstop.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The test department the scenarios run in: a calendar where every hour of every day is working time (UTC, no
 * holidays), so {@code due = awaitingSince + respondWithin} on both hosts; the host's {@link Host.Pace}; no goals;
 * the host's {@link Host.Cast} with the manager's deputy; Backstop's notes in English.
 */
final class Department {

    static final ObjectMapper JSON = new ObjectMapper();

    private Department() {
    }

    static ObjectNode settings(Host.Cast cast, Host.Pace pace) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode calendar = root.putObject("calendar");
        calendar.put("zone", "UTC");
        ObjectNode week = calendar.putObject("week");
        for (String day : List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
            week.putArray(day).add("00:00-24:00");
        }
        calendar.putArray("holidays");
        ObjectNode policy = root.putObject("policy");
        policy.put("queueAfter", pace.queueAfter().toString());
        policy.put("respondWithin", pace.respondWithin().toString());
        policy.put("returnToOwner", true);
        root.putArray("goals");
        ArrayNode people = root.putArray("people");
        person(people, cast.head(), "HEAD");
        person(people, cast.operator(), "OPERATOR");
        person(people, cast.manager(), "MANAGER").putArray("deputies").add(cast.deputy());
        if (!cast.deputy().equals(cast.head())) {
            person(people, cast.deputy(), "MANAGER");
        }
        cast.outsider().ifPresent(name -> person(people, name, "MANAGER"));
        root.put("tick", pace.tick().toString());
        root.put("notesLanguage", "en"); // NobodyAnswersIT reads the note's English words
        return root;
    }

    /**
     * The test department inside a live one: the cast first (so the cast's head is the head used), then every
     * other person of {@code previous} as they were, except that a previous operator becomes a manager (a
     * department has exactly one operator). Nobody who owns issues is dropped; the staff group is kept.
     */
    static ObjectNode mergedInto(JsonNode previous, Host.Cast cast, Host.Pace pace) {
        ObjectNode merged = settings(cast, pace);
        ArrayNode people = (ArrayNode) merged.get("people");
        Set<String> cast_ = new HashSet<>();
        people.forEach(p -> cast_.add(p.get("name").asText()));
        for (JsonNode person : previous.path("people")) {
            if (cast_.contains(person.path("name").asText())) {
                continue;
            }
            ObjectNode copy = person.deepCopy();
            if ("OPERATOR".equals(copy.path("role").asText())) {
                copy.put("role", "MANAGER");
            }
            people.add(copy);
        }
        if (previous.hasNonNull("staffGroup")) {
            merged.set("staffGroup", previous.get("staffGroup"));
        }
        return merged;
    }

    private static ObjectNode person(ArrayNode people, String name, String role) {
        ObjectNode person = people.addObject();
        person.put("name", name);
        person.put("role", role);
        return person;
    }
}
