package io.backstop.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.complaint.suspect.Lexicon;
import io.backstop.core.validation.InvalidFieldException;
import java.util.List;

/**
 * The complaint lexicon in the settings document: {@code complaints: {lexicon: {en: [...], ru: [...]}}}. Any part
 * may be left out (that list's defaults); an empty list turns that language's words off, and the repeat signal
 * stays.
 */
public final class LexiconJson {

    private static final String PATH = "complaints.lexicon";

    private LexiconJson() {
    }

    /** The lexicon of the document's {@code complaints} node (null: the defaults). */
    public static Lexicon lexicon(JsonNode complaints) {
        if (complaints == null || complaints.isNull()) {
            return Lexicon.defaults();
        }
        JsonFields.object(complaints, "complaints");
        JsonNode node = complaints.get("lexicon");
        if (node == null || node.isNull()) {
            return Lexicon.defaults();
        }
        JsonFields.object(node, PATH);
        List<String> en = list(node, "en", Lexicon.defaults().en());
        List<String> ru = list(node, "ru", Lexicon.defaults().ru());
        try {
            return new Lexicon(en, ru);
        } catch (InvalidFieldException e) { // the lexicon names its list and entry: "ru[1]"
            throw e.at(PATH + "." + e.field());
        }
    }

    private static List<String> list(JsonNode node, String language, List<String> defaults) {
        return node.has(language) && !node.get(language).isNull()
                ? JsonFields.list(node, language, PATH + "." + language, JsonFields::text) : defaults;
    }

    /** {@code {lexicon: {en, ru}}}, the value of the document's {@code complaints}. */
    public static ObjectNode node(Lexicon lexicon) {
        ObjectNode complaints = JsonNodeFactory.instance.objectNode();
        ObjectNode node = complaints.putObject("lexicon");
        lexicon.en().forEach(node.putArray("en")::add);
        lexicon.ru().forEach(node.putArray("ru")::add);
        return complaints;
    }
}
