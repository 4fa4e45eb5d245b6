package io.backstop.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.web.Screen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Jira loads a screen's scripts from the descriptor's web-resource for its context {@code backstop.<screen>} (and
 * the web-resources it depends on); the sandbox from {@link Screen#scripts()}. The two lists must be the same, in
 * the same order, or a script added to one host is missing in the other.
 */
class ScreenScriptsIT {

    private static final String WEB = "backstop-web/";

    @Test
    void everyScreensWebResourceLoadsExactlyTheScreensScripts() {
        Map<String, Element> byKey = new HashMap<>();
        Map<String, Element> byContext = new HashMap<>();
        NodeList resources = BuiltJar.descriptor().getDocumentElement().getElementsByTagName("web-resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            byKey.put(resource.getAttribute("key"), resource);
            NodeList contexts = resource.getElementsByTagName("context");
            for (int c = 0; c < contexts.getLength(); c++) {
                byContext.put(contexts.item(c).getTextContent().trim(), resource);
            }
        }
        for (Screen screen : Screen.values()) {
            Element resource = byContext.get("backstop." + screen.script());
            assertThat(resource).as("web-resource with context backstop." + screen.script()).isNotNull();
            List<String> loaded = new ArrayList<>();
            sharedScripts(resource, byKey, loaded);
            assertThat(loaded).as(screen + " in atlassian-plugin.xml").containsExactlyElementsOf(
                    screen.scripts().stream().map(script -> WEB + script).toList());
        }
    }

    /** The shared scripts ({@code backstop-web/js/...}) the resource loads, its dependencies' first. */
    private static void sharedScripts(Element resource, Map<String, Element> byKey, List<String> into) {
        NodeList dependencies = resource.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            String dependency = dependencies.item(i).getTextContent().trim();
            String key = dependency.substring(dependency.indexOf(':') + 1);
            if (byKey.containsKey(key)) {
                sharedScripts(byKey.get(key), byKey, into);
            }
        }
        NodeList files = resource.getElementsByTagName("resource");
        for (int i = 0; i < files.getLength(); i++) {
            String location = ((Element) files.item(i)).getAttribute("location");
            if (location.startsWith(WEB) && location.endsWith(".js")) {
                into.add(location);
            }
        }
    }
}
