package io.backstop.app.settings;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.complaint.suspect.Lexicon;
import io.backstop.core.holding.HoldingPhrases;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.sla.ResponseRules;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.staff.Staff;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the department works: its calendar, response policy and goals, people with roles and deputies, how often
 * the watcher runs and which group of the tracker counts as staff. Until people with an operator and a head are
 * set, the department is not configured and Backstop watches nothing.
 *
 * @param staffGroup members of this tracker group are staff even if they are not among {@code people}
 * @param projects   the tracker projects (keys) whose issues the department answers; empty: every project
 * @param ownAbsenceDays how many working days of their own absence a person records at once; a longer one (sick
 *                   leave aside) waits for the head as a request
 * @param notesLanguage the language of the notes Backstop writes on issues
 * @param holdingPhrases what a short staff reply says when it only acknowledges (a holding reply, rule 11)
 * @param complaintLexicon what makes a client message a suspected complaint (settings {@code complaints.lexicon})
 */
public record DepartmentSettings(WorkCalendar calendar, ResponsePolicy policy, List<Person> people, Duration tick,
                                 String staffGroup, List<String> projects, int ownAbsenceDays,
                                 NotesLanguage notesLanguage, HoldingPhrases holdingPhrases,
                                 Lexicon complaintLexicon) {

    public static final int DEFAULT_OWN_ABSENCE_DAYS = 3;
    public static final int MAX_OWN_ABSENCE_DAYS = 366;

    public DepartmentSettings {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(policy, "policy");
        people = List.copyOf(people);
        Objects.requireNonNull(tick, "tick");
        projects = List.copyOf(projects);
        Objects.requireNonNull(holdingPhrases, "holdingPhrases");
        if (ownAbsenceDays < 0 || ownAbsenceDays > MAX_OWN_ABSENCE_DAYS) {
            throw new IllegalArgumentException("ownAbsenceDays must be from 0 to " + MAX_OWN_ABSENCE_DAYS);
        }
        Objects.requireNonNull(notesLanguage, "notesLanguage");
        Objects.requireNonNull(complaintLexicon, "complaintLexicon");
    }

    /** A department that reads client messages for complaints with the default lexicon. */
    public DepartmentSettings(WorkCalendar calendar, ResponsePolicy policy, List<Person> people, Duration tick,
                              String staffGroup, List<String> projects, int ownAbsenceDays,
                              NotesLanguage notesLanguage, HoldingPhrases holdingPhrases) {
        this(calendar, policy, people, tick, staffGroup, projects, ownAbsenceDays, notesLanguage, holdingPhrases,
                Lexicon.defaults());
    }

    /** A department whose notes are in {@link NotesLanguage#DEFAULT its default language}. */
    public DepartmentSettings(WorkCalendar calendar, ResponsePolicy policy, List<Person> people, Duration tick,
                              String staffGroup, List<String> projects, int ownAbsenceDays) {
        this(calendar, policy, people, tick, staffGroup, projects, ownAbsenceDays, NotesLanguage.DEFAULT);
    }

    /** A department that reads holding replies with the default phrases. */
    public DepartmentSettings(WorkCalendar calendar, ResponsePolicy policy, List<Person> people, Duration tick,
                              String staffGroup, List<String> projects, int ownAbsenceDays,
                              NotesLanguage notesLanguage) {
        this(calendar, policy, people, tick, staffGroup, projects, ownAbsenceDays, notesLanguage,
                HoldingPhrases.defaults());
    }

    /** A department whose people record up to {@value #DEFAULT_OWN_ABSENCE_DAYS} working days away at once. */
    public DepartmentSettings(WorkCalendar calendar, ResponsePolicy policy, List<Person> people, Duration tick,
                              String staffGroup, List<String> projects) {
        this(calendar, policy, people, tick, staffGroup, projects, DEFAULT_OWN_ABSENCE_DAYS);
    }

    /** A department that answers issues of every project. */
    public DepartmentSettings(WorkCalendar calendar, ResponsePolicy policy, List<Person> people, Duration tick,
                              String staffGroup) {
        this(calendar, policy, people, tick, staffGroup, List.of());
    }

    /** Whether the issue {@code key} ({@code PROJECT-123}) is in one of the department's projects. */
    public boolean watches(String key) {
        int dash = key.lastIndexOf('-');
        return projects.isEmpty() || dash > 0 && projects.contains(key.substring(0, dash));
    }

    public boolean isConfigured() {
        return people.stream().anyMatch(p -> p.role() == Role.OPERATOR)
                && people.stream().anyMatch(p -> p.role() == Role.HEAD);
    }

    /** The rules for this department; empty until it is configured. */
    public Optional<ResponseRules> rules() {
        return isConfigured() ? Optional.of(new ResponseRules(calendar, policy, new Staff(people))) : Optional.empty();
    }

    public Optional<Person> person(String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public DepartmentSettings withPeople(List<Person> newPeople) {
        return new DepartmentSettings(calendar, policy, newPeople, tick, staffGroup, projects, ownAbsenceDays,
                notesLanguage, holdingPhrases, complaintLexicon);
    }
}
