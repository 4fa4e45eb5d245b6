package io.backstop.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.holding.HoldingPhrases;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.util.List;

/**
 * The department's holding phrases in the settings document: {@code {phrases: [...], limit: 300}}; either may be
 * left out (the defaults, English and Russian), and an empty list turns reading the text off.
 */
public final class HoldingJson {

    private HoldingJson() {
    }

    public static HoldingPhrases phrases(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return HoldingPhrases.defaults();
        }
        JsonFields.object(node, path);
        List<String> phrases = node.has("phrases") && !node.get("phrases").isNull()
                ? JsonFields.list(node, "phrases", path + ".phrases", JsonFields::text)
                : HoldingPhrases.defaults().phrases();
        JsonNode limit = node.get("limit");
        if (limit != null && !limit.isNull() && (!limit.isIntegralNumber() || !limit.canConvertToInt())) {
            throw new InvalidFieldException(path + ".limit", Problem.of("error.input.wholeNumberCharacters"));
        }
        try {
            return new HoldingPhrases(phrases, limit == null || limit.isNull() ? HoldingPhrases.DEFAULT_LIMIT
                    : limit.intValue());
        } catch (InvalidFieldException e) {
            throw e.at(path + "." + e.field());
        }
    }

    public static ObjectNode node(HoldingPhrases phrases) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        phrases.phrases().forEach(node.putArray("phrases")::add);
        node.put("limit", phrases.limit());
        return node;
    }
}
