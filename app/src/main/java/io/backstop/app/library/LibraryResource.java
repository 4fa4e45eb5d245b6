package io.backstop.app.library;

import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.library.AnsweredQuestion;
import io.backstop.core.library.Entry;
import io.backstop.core.library.MissingAnswer;
import io.backstop.core.library.SearchQuery;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The answer library. Staff who may browse an issue put a reply of it into the library; staff search and use
 * entries; the head and administrators edit, merge and retire them and read what the library is missing.
 * <p>An entry's question and issue key come from an issue: a caller who may not browse that issue gets the entry
 * without them ({@code "questionHidden": true}) and finds it only by the words of its answer and tags.
 */
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    private static final Role[] CURATORS = {Role.HEAD};

    private final Access access;
    private final LibraryDesk library;
    private final Clock clock;

    @Inject
    public LibraryResource(Access access, LibraryDesk library, Clock clock) {
        this.access = access;
        this.library = library;
        this.clock = clock;
    }

    @GET
    @Path("entries")
    public Response search(@QueryParam("q") String q, @QueryParam("service") String service,
                           @QueryParam("operation") String operation, @QueryParam("limit") String limit) {
        Caller caller = access.staff();
        SearchQuery query = new SearchQuery(q, code(service, "service"), code(operation, "operation"),
                intParam(limit, "limit", 20));
        ObjectNode node = Json.MAPPER.createObjectNode();
        ArrayNode entries = node.putArray("entries");
        library.search(query, browser(caller)).forEach(shown -> entries.add(entry(shown)));
        return Json.ok(node);
    }

    /** {@code {issue, reply?, service?, operation?, tags?}}: the reply (default: the latest staff reply) as an entry. */
    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response mark(String body) {
        Caller caller = access.staff();
        JsonNode request = Json.object(body);
        String issue = Fields.issueKey(request, "issue");
        Optional<String> reply = Fields.text(request, "reply");
        Optional<String> service = Fields.text(request, "service");
        Optional<String> operation = Fields.text(request, "operation");
        List<String> tags = tags(request).orElse(List.of());
        if (!access.canBrowse(caller, issue)) {
            throw ApiError.notFound("issue", Problem.of("error.input.issueYouSee", issue));
        }
        try {
            Entry created = library.mark(issue, reply, service, operation, tags, caller.name(), clock.instant());
            return Json.created(entry(new LibraryDesk.Shown(created, true)));
        } catch (AlreadyInLibrary already) {
            throw ApiError.conflict("reply", already.problem());
        }
    }

    @GET
    @Path("entries/{id}")
    public Response get(@PathParam("id") String id) {
        Caller caller = access.staff();
        long entryId = id(id);
        return Json.ok(entry(library.entry(entryId, browser(caller))
                .orElseThrow(() -> ApiError.notFound("id", Problem.of("error.library.libraryEntry", id)))));
    }

    /** Using an entry counts a reuse; the answer comes back to be inserted. */
    @POST
    @Path("entries/{id}/use")
    public Response use(@PathParam("id") String id) {
        Caller caller = access.staff();
        Entry used = guarded(() -> library.use(id(id)));
        return Json.ok(entry(new LibraryDesk.Shown(used, visible(caller, used))));
    }

    /** {@code {question?, answer?, service?, operation?, tags?}}: null clears service and operation. */
    @PUT
    @Path("entries/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") String id, String body) {
        Caller caller = access.oneOf("the head", CURATORS);
        long entryId = id(id);
        JsonNode request = Json.object(body);
        Optional<String> question = longText(request, "question", true);
        Optional<String> answer = longText(request, "answer", false);
        Optional<Optional<String>> service = clearable(request, "service");
        Optional<Optional<String>> operation = clearable(request, "operation");
        Optional<List<String>> tags = tags(request);
        Entry edited = guarded(() -> library.edit(entryId, question, answer, service, operation, tags));
        return Json.ok(entry(new LibraryDesk.Shown(edited, visible(caller, edited))));
    }

    /** {@code {into}}: this entry folds into {@code into}, which takes its reuses; answers with {@code into}. */
    @POST
    @Path("entries/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(@PathParam("id") String id, String body) {
        Caller caller = access.oneOf("the head", CURATORS);
        long from = id(id);
        JsonNode into = Json.object(body).get("into");
        if (into == null || !into.canConvertToLong() || into.asLong() < 1) {
            throw ApiError.badInput("into", Problem.of("error.library.idEntryMerge"));
        }
        Entry merged = guarded(() -> library.merge(from, into.asLong()));
        return Json.ok(entry(new LibraryDesk.Shown(merged, visible(caller, merged))));
    }

    @POST
    @Path("entries/{id}/retire")
    public Response retire(@PathParam("id") String id) {
        Caller caller = access.oneOf("the head", CURATORS);
        Entry retired = guarded(() -> library.retire(id(id)));
        return Json.ok(entry(new LibraryDesk.Shown(retired, visible(caller, retired))));
    }

    /**
     * Kinds of questions answered at least {@code min} (3) times in the last {@code days} (90) days with no entry
     * to find for them; example questions only from issues the caller may browse.
     */
    @GET
    @Path("missing")
    public Response missing(@QueryParam("days") String days, @QueryParam("min") String min) {
        Caller caller = access.oneOf("the head", CURATORS);
        Predicate<String> browse = browser(caller);
        ObjectNode node = Json.MAPPER.createObjectNode();
        ArrayNode list = node.putArray("missing");
        for (MissingAnswer m : library.missing(intParam(days, "days", 90), intParam(min, "min", 3), clock.instant())) {
            ObjectNode item = list.addObject();
            item.put("signature", m.signature().key());
            item.put("operation", m.signature().operation());
            ArrayNode words = item.putArray("words");
            m.signature().words().forEach(words::add);
            item.put("times", m.times());
            item.put("lastAt", m.lastAt().toString());
            ArrayNode examples = item.putArray("examples");
            for (AnsweredQuestion a : m.examples()) {
                if (browse.test(a.issue())) {
                    examples.addObject().put("issue", a.issue()).put("question", a.question())
                            .put("at", a.at().toString());
                }
            }
        }
        return Json.ok(node);
    }

    // Helpers

    private Predicate<String> browser(Caller caller) {
        return issue -> access.canBrowse(caller, issue);
    }

    private boolean visible(Caller caller, Entry entry) {
        return entry.issue().map(issue -> access.canBrowse(caller, issue)).orElse(true);
    }

    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (NoSuchEntry missing) {
            throw ApiError.notFound(missing.field(), missing.problem());
        }
    }

    static ObjectNode entry(LibraryDesk.Shown shown) {
        Entry e = shown.entry();
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", e.id());
        if (shown.questionVisible()) {
            node.put("question", e.question());
            e.issue().ifPresent(issue -> node.put("issue", issue));
        } else {
            node.put("questionHidden", true);
        }
        node.put("answer", e.answer());
        e.service().ifPresent(s -> node.put("service", s));
        e.operation().ifPresent(o -> node.put("operation", o));
        node.put("author", e.author());
        ArrayNode tags = node.putArray("tags");
        e.tags().forEach(tags::add);
        node.put("reuses", e.reuses());
        node.put("state", e.state().name());
        e.mergedInto().ifPresent(into -> node.put("mergedInto", into));
        node.put("createdAt", e.createdAt().toString());
        return node;
    }

    /** A service or operation filter: a code, so no longer than any text field. */
    private static Optional<String> code(String value, String name) {
        if (value != null && value.length() > Fields.MAX_TEXT) {
            throw ApiError.badInput(name, Problem.of("error.input.mostCharacters", Fields.MAX_TEXT));
        }
        return blankToEmpty(value);
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static long id(String id) {
        try {
            long value = Long.parseLong(id);
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiError.badInput("id", Problem.of("error.library.positiveWholeNumber", id));
        }
    }

    private static int intParam(String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badInput(name, Problem.of("error.library.wholeNumber", value));
        }
    }

    private static Optional<String> longText(JsonNode request, String field, boolean mayBeEmpty) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || (!mayBeEmpty && node.textValue().isBlank())) {
            throw ApiError.badInput(field, Problem.of(mayBeEmpty ? "error.input.string" : "error.input.nonEmptyString"));
        }
        if (node.textValue().length() > Entry.MAX_TEXT) {
            throw ApiError.badInput(field, Problem.of("error.input.mostCharacters", Entry.MAX_TEXT));
        }
        return Optional.of(node.textValue().strip());
    }

    /** Absent: unchanged; null: cleared; a string: set. */
    private static Optional<Optional<String>> clearable(JsonNode request, String field) {
        if (!request.has(field)) {
            return Optional.empty();
        }
        if (request.get(field).isNull()) {
            return Optional.of(Optional.empty());
        }
        return Optional.of(Fields.text(request, field));
    }

    private static Optional<List<String>> tags(JsonNode request) {
        JsonNode node = request.get("tags");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            throw ApiError.badInput("tags", Problem.of("error.library.listStrings"));
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : node) {
            if (!tag.isTextual()) {
                throw ApiError.badInput("tags", Problem.of("error.library.listStrings"));
            }
            tags.add(tag.textValue());
        }
        return Optional.of(tags);
    }
}
