package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The head's catalogues over REST (issue 17, point 7): the head downloads the norms as CSV, changes one, sees the dry
 * run, applies it, and the audit says so; a manager who wants his own work to count for more cannot change a norm,
 * even by going round the screen; an apply made against an older version is refused.
 */
class CataloguesIT extends DepartmentIT {

    private static final String NORMS = BACKSTOP + "results/catalogues/norms";

    private static String csv(String user) {
        SandboxClient.Page file = client.page(user, NORMS + ".csv");
        assertThat(file.status()).isEqualTo(200);
        return file.body();
    }

    @Test
    void theHeadExportsChangesPreviewsAndAppliesTheNormsAndTheAuditSaysSo() {
        String file = csv("head");
        assertThat(file).startsWith("code,name,minutes,instruction\r\n").contains("\r\nlong-letter,");
        String changed = file.replace("Answer a long letter (a spec with many questions),60",
                "Answer a long letter (a spec with many questions),45");

        JsonNode diff = Rest.Calls.ok(client.post("head", NORMS + "/preview", Map.of("csv", changed)), "preview");
        assertThat(diff.path("counts").toString()).isEqualTo("{\"added\":0,\"changed\":1,\"removed\":0,\"unchanged\":"
                + (file.lines().count() - 2) + "}"); // every row but the header and the changed one
        assertThat(diff.at("/changed/0/key").asText()).isEqualTo("long-letter");
        assertThat(diff.at("/changed/0/before/minutes").asText()).isEqualTo("60");
        assertThat(diff.at("/changed/0/after/minutes").asText()).isEqualTo("45");
        assertThat(csv("head")).as("the dry run keeps nothing").isEqualTo(file);

        JsonNode applied = Rest.Calls.ok(client.put("head", NORMS + "?version=" + diff.path("before").asText(),
                Map.of("csv", changed)), "apply");
        assertThat(applied.path("counts").path("changed").asInt()).isEqualTo(1);
        assertThat(csv("ivanova")).as("a manager reads the new norm").isEqualTo(changed);
        JsonNode catalog = calls.get("admin", BACKSTOP + "results/settings").path("catalog");
        assertThat(catalog.findParents("code").stream().filter(op -> op.path("code").asText().equals("long-letter"))
                .map(op -> op.path("minutes").asInt())).containsExactly(45);

        JsonNode audit = calls.get("head", BACKSTOP + "audit");
        JsonNode last = audit.get(audit.size() - 1);
        assertThat(last.path("kind").asText()).isEqualTo("CATALOGUE");
        assertThat(last.path("by").asText()).isEqualTo("head");
        assertThat(last.path("catalogue").asText()).isEqualTo("norms");
        assertThat(last.path("detail").asText()).isEqualTo("norms: 0 added, 1 changed, 0 removed; "
                + (file.lines().count() - 1) + " rows");
        assertThat(last.path("at").asText()).isNotBlank();

        SandboxClient.Answer stale = client.put("head", NORMS + "?version=" + diff.path("before").asText(),
                Map.of("csv", file));
        assertThat(stale.status()).as(stale.body().toString()).isEqualTo(409);
        assertThat(stale.body().path("field").asText()).isEqualTo("version");
        assertThat(csv("head")).isEqualTo(changed);
    }

    /** Gaming: a manager raises the norm of what he does most, or previews it, around the screen. Refused. */
    @Test
    void aManagerCannotChangeANorm() {
        String before = csv("ivanova");
        String padded = before.replace("Answer a client question,15", "Answer a client question,150");
        JsonNode settings = calls.get("admin", BACKSTOP + "results/settings");
        JsonNode audit = calls.get("head", BACKSTOP + "audit");

        for (String who : new String[] {"ivanova", "operator", "office"}) {
            SandboxClient.Answer put = client.put(who, NORMS, Map.of("csv", padded));
            assertThat(put.status()).as(who + ": " + put.body()).isEqualTo(403);
            assertThat(client.post(who, NORMS + "/preview", Map.of("csv", padded)).status()).isEqualTo(403);
            assertThat(client.put(who, BACKSTOP + "results/settings", settings).status()).isEqualTo(403);
        }
        assertThat(calls.get("admin", BACKSTOP + "results/settings")).isEqualTo(settings);
        assertThat(calls.get("head", BACKSTOP + "audit")).isEqualTo(audit);
        assertThat(csv("ivanova")).isEqualTo(before);
        JsonNode view = calls.get("ivanova", NORMS);
        assertThat(view.path("canChange").asBoolean()).isFalse();
        assertThat(calls.get("head", NORMS).path("canChange").asBoolean()).isTrue();
    }

    /** Safety: a negative norm or a code twice is refused whole, with every row and column named. */
    @Test
    void aNegativeNormAndADuplicateCodeAreBothNamedAndNothingIsTaken() {
        String before = csv("head");
        String bad = before.replace("Take an incoming call,10", "Take an incoming call,-10")
                + "client-question,Answer a client question again,5,\r\n";

        SandboxClient.Answer refused = client.put("head", NORMS, Map.of("csv", bad));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("field").asText()).isEqualTo("csv");
        assertThat(refused.body().path("errors").findValuesAsText("error")).containsExactly(
                "row 9, column minutes: must be more than 0, got -10",
                "row " + (before.lines().count() + 1) + ", column code: \"client-question\" is listed twice (first in row 2)");
        assertThat(refused.body().at("/errors/0/key").asText()).isEqualTo("backstop.catalogues.problem.positive");
        assertThat(refused.body().at("/errors/0/args/0").asText()).isEqualTo("-10");
        assertThat(csv("head")).isEqualTo(before);
    }
}
