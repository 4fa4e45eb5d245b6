package io.backstop.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.app.Schema;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The built jar: manifest, contents, descriptor, Spring Scanner index and i18n, checked on the jar itself. */
class PluginJarIT {

    static final String KEY = "io.backstop.jira";
    static final Set<String> OPTIONAL_IMPORTS = Set.of("com.atlassian.plugin.spring.scanner.annotation.export",
            "com.atlassian.plugin.spring.scanner.annotation.imports", "com.atlassian.fugue", "org.ofbiz.core.entity");

    private final ClassLoader bundle = BuiltJar.classLoader();

    static List<String> hostPackages() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/host-packages.txt")).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Import-Package as package name to its attributes, parsed from the manifest (quotes respected). */
    static Map<String, String> imports() {
        String header = BuiltJar.attribute("Import-Package");
        Map<String, String> result = new LinkedHashMap<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String clause = part.toString().trim();
                int semi = clause.indexOf(';');
                result.put(semi < 0 ? clause : clause.substring(0, semi), semi < 0 ? "" : clause.substring(semi + 1));
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return result;
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, bundle);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is not in the jar", e);
        }
    }

    // ------------------------------------------------------------------ manifest

    @Test
    void theManifestMakesATransformerlessAtlassianPlugin() {
        assertThat(BuiltJar.attribute("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(BuiltJar.attribute("Bundle-SymbolicName")).isEqualTo(KEY);
        assertThat(BuiltJar.attribute("Atlassian-Plugin-Key")).isEqualTo(KEY);
        assertThat(BuiltJar.attribute("Spring-Context")).isEqualTo("*");
        assertThat(BuiltJar.attribute("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+(\\..+)?");
        assertThat(BuiltJar.attribute("Export-Package")).isNull();
        assertThat(BuiltJar.attribute("DynamicImport-Package")).isNull();
        assertThat(BuiltJar.attribute("Require-Capability")).isNull();
        assertThat(BuiltJar.attribute("Include-Resource")).isNull();
        assertThat(BuiltJar.attribute("Private-Package")).isNull();
        assertThat(BuiltJar.attribute("Bundle-ClassPath").split(","))
                .containsExactlyInAnyOrder(".", "META-INF/lib/backstop-core-" + version() + ".jar",
                        "META-INF/lib/backstop-app-" + version() + ".jar");
    }

    @Test
    void importPackageIsExactlyTheHostPackagesUnversionedWithNoJavaPackages() throws IOException {
        Map<String, String> imports = imports();
        assertThat(imports.keySet()).noneMatch(p -> p.startsWith("java."));
        Set<String> mandatory = imports.entrySet().stream().filter(e -> !e.getValue().contains("resolution:=optional"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        Set<String> optional = imports.entrySet().stream().filter(e -> e.getValue().contains("resolution:=optional"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(mandatory).containsExactlyInAnyOrderElementsOf(hostPackages());
        assertThat(optional).containsExactlyInAnyOrderElementsOf(OPTIONAL_IMPORTS);
        assertThat(imports.values()).allSatisfy(attributes -> assertThat(attributes)
                .as("host packages match whatever version Jira exports").matches("(version=\"?0\"?)?(;resolution:=optional)?"));
    }

    /** What bnd would compute: every package the classes (own and embedded) refer to and the bundle lacks. */
    @Test
    void importPackageCoversEveryPackageTheClassesReferToAndNothingElse() {
        Set<String> inside = new TreeSet<>();
        Set<String> referenced = new TreeSet<>();
        List<Map<String, byte[]>> jars = new ArrayList<>(BuiltJar.embedded().values());
        Map<String, byte[]> own = new LinkedHashMap<>();
        for (String entry : BuiltJar.entries()) {
            if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
                own.put(entry, BuiltJar.read(entry));
            }
        }
        jars.add(own);
        for (Map<String, byte[]> jar : jars) {
            jar.forEach((entry, bytes) -> {
                if (entry.endsWith(".class") && !entry.endsWith("module-info.class")) {
                    inside.add(BuiltJar.className(entry).replaceAll("\\.[^.]+$", ""));
                    referenced.addAll(ClassReferences.packages(bytes));
                }
            });
        }
        referenced.removeIf(p -> p.startsWith("java.") || inside.contains(p));
        assertThat(new TreeSet<>(imports().keySet())).isEqualTo(referenced);
    }

    // ------------------------------------------------------------------ contents

    @Test
    void coreAndAppAreEmbeddedAndNothingJiraProvidesIsInside() {
        assertThat(BuiltJar.embedded().keySet()).containsExactlyInAnyOrder(
                "META-INF/lib/backstop-core-" + version() + ".jar", "META-INF/lib/backstop-app-" + version() + ".jar");
        List<String> everything = new ArrayList<>(BuiltJar.entries());
        BuiltJar.embedded().values().forEach(jar -> everything.addAll(jar.keySet()));
        assertThat(everything).filteredOn(e -> e.endsWith(".class"))
                .noneMatch(e -> e.startsWith("com/atlassian/") || e.startsWith("net/java/ao/")
                        || e.startsWith("com/fasterxml/") || e.startsWith("jakarta/") || e.startsWith("javax/")
                        || e.startsWith("org/slf4j/") || e.startsWith("org/springframework/")
                        || e.startsWith("org/ofbiz/"))
                .allMatch(e -> e.startsWith("io/backstop/"));
        assertThat(BuiltJar.entries()).filteredOn(e -> e.endsWith(".jar")).allMatch(e -> e.startsWith("META-INF/lib/"));
    }

    @Test
    void theDescriptorSpringContextAndScannerIndexAreWhereJiraLooks() {
        assertThat(BuiltJar.entries()).contains("atlassian-plugin.xml", "META-INF/spring/plugin-context.xml",
                "META-INF/plugin-components/component", "META-INF/plugin-components/imports",
                "META-INF/plugin-components/exports", "i18n/backstop.properties", "i18n/backstop_ru.properties");
        assertThat(BuiltJar.text("META-INF/spring/plugin-context.xml"))
                .contains("http://www.atlassian.com/schema/atlassian-scanner/2", "<atlassian-scanner:scan-indexes/>");
    }

    // ------------------------------------------------------------------ descriptor

    @Test
    void theDescriptorIsFilteredAndDeclaresDataCenterCompatibility() {
        Document descriptor = BuiltJar.descriptor();
        Element root = descriptor.getDocumentElement();
        assertThat(root.getAttribute("key")).isEqualTo(KEY);
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
        assertThat(BuiltJar.text("atlassian-plugin.xml")).doesNotContain("${");
        Map<String, String> params = new HashMap<>();
        NodeList list = descriptor.getElementsByTagName("param");
        for (int i = 0; i < list.getLength(); i++) {
            Element param = (Element) list.item(i);
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        assertThat(params).containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true");
        assertThat(text(descriptor, "version")).isEqualTo(version());
        assertThat(descriptor.getElementsByTagName("rest-migration").getLength()).isEqualTo(1);
        assertThat(descriptor.getElementsByTagName("rest-v2").getLength()).isEqualTo(1);
        assertThat(descriptor.getElementsByTagName("component").getLength()).as("transformerless: no <component>")
                .isZero();
        assertThat(descriptor.getElementsByTagName("component-import").getLength()).isZero();
        Element rest = (Element) descriptor.getElementsByTagName("rest").item(0);
        assertThat(rest.getAttribute("path")).isEqualTo("/backstop");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        Element i18n = (Element) descriptor.getElementsByTagName("resource").item(0);
        assertThat(i18n.getAttribute("type")).isEqualTo("i18n");
        assertThat(BuiltJar.entries()).contains(i18n.getAttribute("location").replace('.', '/') + ".properties");
    }

    @Test
    void everyClassTheDescriptorNamesIsInTheJarAndCanBeCreated() throws Exception {
        Document descriptor = BuiltJar.descriptor();
        List<String> entities = texts(descriptor, "entity");
        // exactly the entities of the app's current schema (Schema.entities()), whatever step added them
        assertThat(entities).contains("io.backstop.app.store.SettingEntity", "io.backstop.app.library.LibraryWordEntity")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Schema.entities())
                        .map(Class::getName).toList());
        for (String entity : entities) {
            Class<?> type = load(entity);
            assertThat(type.isInterface()).isTrue();
            assertThat(RawEntity.class.isAssignableFrom(type)).as(entity).isTrue();
        }
        List<String> classes = new ArrayList<>(texts(descriptor, "upgradeTask"));
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String named = ((Element) all.item(i)).getAttribute("class");
            if (!named.isEmpty()) {
                classes.add(named);
            }
        }
        assertThat(texts(descriptor, "upgradeTask")).containsExactly("io.backstop.jira.ao.SchemaUpgradeTask");
        for (String name : classes) {
            Class<?> type = load(name);
            assertThat(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers())).isTrue();
            assertThat(creatable(type)).as("%s has a public constructor the container can call", name).isTrue();
        }
        ActiveObjectsUpgradeTask task = (ActiveObjectsUpgradeTask) load("io.backstop.jira.ao.SchemaUpgradeTask")
                .getConstructor().newInstance();
        assertThat(task.getModelVersion()).isNotNull();

        List<String> packages = texts(descriptor, "package");
        assertThat(packages).containsExactly("io.backstop.jira.rest");
        List<String> restClasses = BuiltJar.ownClasses().stream()
                .filter(c -> c.startsWith("io.backstop.jira.rest.") && !c.contains("$")).toList();
        assertThat(restClasses).hasSizeGreaterThanOrEqualTo(9);
        for (String name : restClasses) {
            assertThat(creatable(load(name))).as(name).isTrue();
        }
    }

    /** One public constructor, without parameters or marked @Inject; or a public no-argument one. */
    static boolean creatable(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length == 1) {
            return constructors[0].getParameterCount() == 0 || constructors[0].isAnnotationPresent(Inject.class);
        }
        return Arrays.stream(constructors).anyMatch(c -> c.getParameterCount() == 0)
                || Arrays.stream(constructors).filter(c -> c.isAnnotationPresent(Inject.class)).count() == 1;
    }

    // ------------------------------------------------------------------ Spring Scanner index

    @Test
    void theComponentIndexListsExactlyTheNamedClassesWithTheirBeanNames() {
        Set<String> annotated = new TreeSet<>();
        for (String name : BuiltJar.ownClasses()) {
            Named named = load(name).getAnnotation(Named.class);
            if (named != null) {
                annotated.add(name + (named.value().isEmpty() ? "" : "#" + named.value()));
            }
        }
        assertThat(new TreeSet<>(BuiltJar.lines("META-INF/plugin-components/component"))).isEqualTo(annotated);
        for (String line : BuiltJar.lines("META-INF/plugin-components/component")) {
            Class<?> component = load(line.split("#")[0]);
            assertThat(creatable(component)).as(line).isTrue();
            assertThat(Modifier.isPublic(component.getModifiers())).isTrue();
        }
    }

    @Test
    void theImportIndexListsExactlyTheComponentImportsAndTheExportIndexTheExportedServices() {
        Set<String> imported = new TreeSet<>();
        Set<String> exported = new TreeSet<>();
        for (String name : BuiltJar.ownClasses()) {
            Class<?> type = load(name);
            for (Constructor<?> constructor : type.getConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    ComponentImport annotation = parameter.getAnnotation(ComponentImport.class);
                    if (annotation != null) {
                        imported.add(parameter.getType().getName()
                                + (annotation.value().isEmpty() ? "" : "#" + annotation.value()));
                        assertThat(parameter.getType().isInterface()).as(parameter.getType().getName()).isTrue();
                    }
                }
            }
            ExportAsService export = type.getAnnotation(ExportAsService.class);
            if (export != null) {
                exported.add(name + "#" + Arrays.stream(export.value()).map(Class::getName)
                        .collect(Collectors.joining(",")));
            }
        }
        assertThat(new TreeSet<>(BuiltJar.lines("META-INF/plugin-components/imports"))).isEqualTo(imported);
        assertThat(new TreeSet<>(BuiltJar.lines("META-INF/plugin-components/exports"))).isEqualTo(exported);
        assertThat(exported).containsExactly(
                "io.backstop.jira.job.WatcherScheduler#com.atlassian.sal.api.lifecycle.LifecycleAware");
    }

    // ------------------------------------------------------------------ i18n

    private static final Pattern KEY_IN_CLASS = Pattern.compile("(?<![\\w.])backstop(\\.[a-z0-9-]+){2,}");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("getText\\(\\s*[\"'](backstop\\.[^\"']+)[\"']");

    @Test
    void everyI18nKeyUsedInTheDescriptorTemplatesAndJavaExistsInEnglishAndRussian() throws IOException {
        Properties english = properties("i18n/backstop.properties");
        Properties russian = properties("i18n/backstop_ru.properties");
        assertThat(russian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());

        Set<String> used = new LinkedHashSet<>();
        Matcher attribute = Pattern.compile("(?:\\bkey|i18n-name-key)=\"(backstop\\.[^\"]+)\"")
                .matcher(BuiltJar.text("atlassian-plugin.xml"));
        while (attribute.find()) {
            used.add(attribute.group(1));
        }
        assertThat(used).as("descriptor keys").isNotEmpty();
        for (String entry : BuiltJar.entries()) {
            boolean screens = entry.startsWith("templates/backstop/") || entry.startsWith("backstop-web/");
            if (!screens && (entry.endsWith(".vm") || entry.endsWith(".js") || entry.endsWith(".soy"))) {
                Matcher template = KEY_IN_TEMPLATE.matcher(BuiltJar.text(entry));
                while (template.find()) {
                    used.add(template.group(1));
                }
            }
            if (entry.endsWith(".class") && entry.startsWith("io/backstop/jira/")) {
                Matcher constant = KEY_IN_CLASS.matcher(new String(BuiltJar.read(entry), StandardCharsets.ISO_8859_1));
                while (constant.find()) {
                    used.add(constant.group());
                }
            }
        }
        assertThat(used).as("keys named in Java").contains("backstop.setup.created", "backstop.field.client.description");
        assertThat(used).as("the UI modules' keys").contains("backstop.web.nav.queue", "backstop.web.panel.label",
                "backstop.web.admin.section", "backstop.web.admin.settings");
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(russian.stringPropertyNames()).containsAll(used);
    }

    /**
     * The screens' templates and texts are at the top of the jar (where Jira's TemplateRenderer, web-resources and
     * i18n resources look), and every key a template names exists in the screens' bundle in both languages.
     */
    @Test
    void theScreensTemplatesAndTextsAreInTheJarWithEveryKeyInEnglishAndRussian() throws IOException {
        assertThat(BuiltJar.entries()).contains("templates/backstop/queue.vm", "templates/backstop/settings.vm",
                "templates/backstop/panel.vm", "i18n/backstop-web.properties", "i18n/backstop-web_ru.properties");
        Properties english = utf8("i18n/backstop-web.properties");
        Properties russian = utf8("i18n/backstop-web_ru.properties");
        assertThat(russian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        Set<String> used = new TreeSet<>();
        for (String entry : BuiltJar.entries()) {
            if (entry.startsWith("templates/backstop/") && entry.endsWith(".vm")) {
                Matcher template = KEY_IN_TEMPLATE.matcher(BuiltJar.text(entry));
                while (template.find()) {
                    String key = template.group(1);
                    used.add(key.contains("$") ? key.substring(0, key.indexOf('$')) + "MON" : key);
                }
            }
        }
        assertThat(used).contains("backstop.queue.title", "backstop.panel.awaitingSince", "backstop.day.MON");
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(russian.stringPropertyNames()).containsAll(used);
        Document descriptor = BuiltJar.descriptor();
        List<String> i18n = new ArrayList<>();
        NodeList resources = descriptor.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (resource.getAttribute("type").equals("i18n")) {
                i18n.add(resource.getAttribute("location"));
            } else {
                assertThat(BuiltJar.entries()).as("web-resource file").contains(resource.getAttribute("location"));
            }
        }
        assertThat(i18n).containsExactly("i18n.backstop", "i18n.backstop-web");
    }

    /**
     * The UI modules: five servlets under /plugins/servlet/backstop, the issue panel in the right column, the queue, my
     * work and absences in the top bar and the settings in the Manage apps sidebar (each behind the screen's condition), web-resources on
     * AUI with the contexts the Java code requires, configure.url, and an allowlist entry for every method the
     * templates call on an object.
     */
    @Test
    void theScreensModulesAreDeclared() throws Exception {
        Document descriptor = BuiltJar.descriptor();
        Map<String, String> servlets = new TreeMap<>();
        NodeList list = descriptor.getElementsByTagName("servlet");
        for (int i = 0; i < list.getLength(); i++) {
            Element servlet = (Element) list.item(i);
            servlets.put(text(servlet, "url-pattern"), servlet.getAttribute("class"));
            assertThat(jakarta.servlet.http.HttpServlet.class.isAssignableFrom(load(servlet.getAttribute("class"))))
                    .isTrue();
        }
        assertThat(servlets).containsExactly(Map.entry("/backstop/absences", "io.backstop.jira.web.AbsencesServlet"),
                Map.entry("/backstop/admin", "io.backstop.jira.web.AdminServlet"),
                Map.entry("/backstop/catalogues", "io.backstop.jira.web.CataloguesServlet"),
                Map.entry("/backstop/dashboard", "io.backstop.jira.web.DashboardServlet"),
                Map.entry("/backstop/mywork", "io.backstop.jira.web.MyWorkServlet"),
                Map.entry("/backstop/queue", "io.backstop.jira.web.QueueServlet"));

        Element panel = (Element) descriptor.getElementsByTagName("web-panel").item(0);
        assertThat(panel.getAttribute("location")).isEqualTo("atl.jira.view.issue.right.context");
        assertThat(com.atlassian.plugin.web.api.model.WebPanel.class.isAssignableFrom(load(panel.getAttribute(
                "class")))).isTrue();

        List<Map.Entry<String, String>> items = new ArrayList<>();
        list = descriptor.getElementsByTagName("web-item");
        for (int i = 0; i < list.getLength(); i++) {
            Element item = (Element) list.item(i);
            items.add(Map.entry(item.getAttribute("section"), text(item, "link")));
        }
        assertThat(items).containsExactlyInAnyOrder(
                Map.entry("admin_plugins_menu/backstop-admin-section", "/plugins/servlet/backstop/admin"),
                Map.entry("system.top.navigation.bar", "/plugins/servlet/backstop/queue"),
                Map.entry("system.top.navigation.bar", "/plugins/servlet/backstop/mywork"),
                Map.entry("system.top.navigation.bar", "/plugins/servlet/backstop/absences"),
                Map.entry("system.top.navigation.bar", "/plugins/servlet/backstop/catalogues"));
        Element section = (Element) descriptor.getElementsByTagName("web-section").item(0);
        assertThat(section.getAttribute("location")).isEqualTo("admin_plugins_menu");
        assertThat(section.getAttribute("key")).isEqualTo("backstop-admin-section");

        Map<String, String> conditions = new TreeMap<>();
        list = descriptor.getElementsByTagName("condition");
        for (int i = 0; i < list.getLength(); i++) {
            Element condition = (Element) list.item(i);
            assertThat(com.atlassian.plugin.web.Condition.class.isAssignableFrom(load(condition.getAttribute(
                    "class")))).isTrue();
            Element parent = (Element) condition.getParentNode();
            conditions.put(parent.getAttribute("key"), text(condition, "param"));
        }
        assertThat(conditions).containsExactly(Map.entry("backstop-absences-nav", "absences"),
                Map.entry("backstop-admin-settings", "settings"),
                Map.entry("backstop-catalogues-nav", "catalogues"),
                Map.entry("backstop-gadget-absences", "dashboard"),
                Map.entry("backstop-gadget-broken-promises", "dashboard"),
                Map.entry("backstop-gadget-campaigns", "dashboard"),
                Map.entry("backstop-gadget-capacity", "dashboard"),
                Map.entry("backstop-gadget-cheap-orders", "dashboard"),
                Map.entry("backstop-gadget-complaints", "dashboard"),
                Map.entry("backstop-gadget-debtors", "dashboard"), Map.entry("backstop-gadget-hotspots", "dashboard"),
                Map.entry("backstop-gadget-learning-order", "dashboard"),
                Map.entry("backstop-gadget-loto-cards", "dashboard"),
                Map.entry("backstop-gadget-newcomers", "dashboard"), Map.entry("backstop-gadget-norm-hours", "dashboard"),
                Map.entry("backstop-gadget-scorecard", "dashboard"), Map.entry("backstop-gadget-sla", "dashboard"),
                Map.entry("backstop-gadget-suspected", "dashboard"), Map.entry("backstop-gadget-upsells", "dashboard"), Map.entry("backstop-gadget-waiting", "dashboard"),
                Map.entry("backstop-issue-panel", "panel"), Map.entry("backstop-mywork-nav", "mywork"),
                Map.entry("backstop-queue-nav", "queue"));

        Set<String> contexts = new TreeSet<>();
        list = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < list.getLength(); i++) {
            Element resource = (Element) list.item(i);
            List<String> dependencies = childTexts(resource, "dependency");
            // the settings' user pickers are Jira's own: its screen also needs Jira's picker resources (issue 18)
            List<String> jiras = resource.getAttribute("key").equals("backstop-settings-resources")
                    ? List.of("jira.webresources:autocomplete", "jira.webresources:jira-fields") : List.of();
            assertThat(dependencies).as(resource.getAttribute("key")).hasSize(1 + jiras.size());
            assertThat(dependencies.get(0)).isIn("com.atlassian.auiplugin:ajs", KEY + ":backstop-common");
            assertThat(dependencies.subList(1, dependencies.size())).as(resource.getAttribute("key")).isEqualTo(jiras);
            contexts.addAll(childTexts(resource, "context"));
        }
        assertThat(contexts).containsExactlyInAnyOrder("backstop.queue", "backstop.settings", "backstop.panel",
                "backstop.dashboard", "backstop.mywork", "backstop.absences", "backstop.catalogues"); // not atl.dashboard: the items' scripts load only where an item is placed

        Map<String, String> params = new HashMap<>();
        list = descriptor.getElementsByTagName("param");
        for (int i = 0; i < list.getLength(); i++) {
            Element param = (Element) list.item(i);
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        assertThat(params).containsEntry("configure.url", "/plugins/servlet/backstop/admin");

        Element allowlist = (Element) descriptor.getElementsByTagName("velocity-allowlist").item(0);
        List<String> allowed = childTexts(allowlist, "method");
        for (String method : allowed) {
            Matcher m = Pattern.compile("([\\w.]+)#(\\w+)\\(([^)]*)\\)").matcher(method);
            assertThat(m.matches()).as(method).isTrue();
            Class<?> owner = load(m.group(1));
            List<Class<?>> parameters = new ArrayList<>();
            for (String type : m.group(3).isEmpty() ? new String[0] : m.group(3).split(",")) {
                parameters.add(type.endsWith("[]") ? Array.newInstance(
                        Class.forName(type.substring(0, type.length() - 2)), 0).getClass() : Class.forName(type));
            }
            assertThat(owner.getMethod(m.group(2), parameters.toArray(Class[]::new))).as(method).isNotNull();
        }
        Set<String> called = new TreeSet<>();
        for (String entry : BuiltJar.entries()) {
            if (entry.startsWith("templates/backstop/") && entry.endsWith(".vm")) {
                Matcher call = Pattern.compile("\\$!?\\{?(\\w+)\\.(\\w+)\\(").matcher(BuiltJar.text(entry));
                while (call.find()) {
                    called.add(call.group(1) + "." + call.group(2));
                }
            }
        }
        assertThat(called).as("the templates call methods on $i18n only").containsExactly("i18n.getText");
        assertThat(allowed).contains("io.backstop.app.web.Messages#getText(java.lang.String)",
                "io.backstop.app.web.Messages#getText(java.lang.String,java.lang.Object)",
                "io.backstop.jira.web.EscapedMessages#getText(java.lang.String)",
                "io.backstop.jira.web.EscapedMessages#getText(java.lang.String,java.lang.Object)");
        // how Jira's allowlist spells an array or varargs parameter is unconfirmed: a wrong spelling renders raw text
        assertThat(allowed).as("no array or varargs entry").noneMatch(entry -> entry.contains("[]")
                || entry.contains("..."));
    }

    /**
     * The dashboard-items: one per app gadget, server-side rendered (a Velocity view in the jar and a
     * context-provider that is a ContextProvider the container can create, with the gadget's id), behind the dashboard's
     * condition, titles and descriptions in both languages, the AMD module the items name defined in their
     * web-resource, and that web-resource carrying Chart.js (from the WebJar), gadgets.js, every gadget script and
     * common.js (through backstop-common), each file in the jar.
     */
    @Test
    void theDashboardItemsAreDeclaredWithTheirScriptsInTheJar() throws Exception {
        Document descriptor = BuiltJar.descriptor();
        Properties english = properties("i18n/backstop.properties");
        Properties russian = properties("i18n/backstop_ru.properties");
        NodeList list = descriptor.getElementsByTagName("dashboard-item");
        Map<String, String> gadgets = new TreeMap<>();
        Set<String> modules = new TreeSet<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element item = (Element) list.item(i);
            String key = item.getAttribute("key");
            Element definition = (Element) item.getElementsByTagName("definition").item(0);
            String title = ((Element) definition.getElementsByTagName("title").item(0)).getAttribute("key");
            String description = ((Element) item.getElementsByTagName("description").item(0)).getAttribute("key");
            for (String textKey : List.of(title, description, item.getAttribute("i18n-name-key"))) {
                assertThat(english.getProperty(textKey)).as("%s: %s in English", key, textKey).isNotBlank();
                assertThat(russian.getProperty(textKey)).as("%s: %s in Russian", key, textKey).isNotBlank()
                        .isNotEqualTo(english.getProperty(textKey));
            }
            Element view = (Element) item.getElementsByTagName("resource").item(0);
            assertThat(view.getAttribute("name")).isEqualTo("view");
            assertThat(view.getAttribute("type")).isEqualTo("velocity");
            assertThat(BuiltJar.entries()).contains(view.getAttribute("location"));
            assertThat(BuiltJar.text(view.getAttribute("location"))).contains("$!gadgetHtml");
            Element provider = (Element) item.getElementsByTagName("context-provider").item(0);
            Class<?> type = load(provider.getAttribute("class"));
            assertThat(com.atlassian.plugin.web.ContextProvider.class.isAssignableFrom(type)).isTrue();
            assertThat(creatable(type)).as(type.getName()).isTrue();
            Element param = (Element) provider.getElementsByTagName("param").item(0);
            assertThat(param.getAttribute("name")).isEqualTo("gadget");
            gadgets.put(key, param.getTextContent().trim());
            modules.add(text(item, "amd-module"));
            assertThat(text(item, "web-resource-key")).as(key).isEqualTo(KEY + ":backstop-dashboard-resources");
        }
        assertThat(gadgets).containsExactly(Map.entry("backstop-gadget-absences", "absences"),
                Map.entry("backstop-gadget-broken-promises", "broken-promises"),
                Map.entry("backstop-gadget-campaigns", "campaigns"),
                Map.entry("backstop-gadget-capacity", "capacity"),
                Map.entry("backstop-gadget-cheap-orders", "cheap-orders"),
                Map.entry("backstop-gadget-complaints", "complaints"),
                Map.entry("backstop-gadget-debtors", "debtors"), Map.entry("backstop-gadget-hotspots", "hotspots"),
                Map.entry("backstop-gadget-learning-order", "learning-order"),
                Map.entry("backstop-gadget-loto-cards", "loto-cards"),
                Map.entry("backstop-gadget-newcomers", "newcomers"),
                Map.entry("backstop-gadget-norm-hours", "norm-hours"), Map.entry("backstop-gadget-scorecard", "scorecard"),
                Map.entry("backstop-gadget-sla", "sla"), Map.entry("backstop-gadget-suspected", "suspected"),
                Map.entry("backstop-gadget-upsells", "upsells"), Map.entry("backstop-gadget-waiting", "waiting"));
        assertThat(modules).containsExactly("backstop/dashboard-item");

        Element resources = null;
        list = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < list.getLength(); i++) {
            if (((Element) list.item(i)).getAttribute("key").equals("backstop-dashboard-resources")) {
                resources = (Element) list.item(i);
            }
        }
        assertThat(resources).as("backstop-dashboard-resources").isNotNull();
        assertThat(childTexts(resources, "dependency")).containsExactly(KEY + ":backstop-common");
        assertThat(childTexts(resources, "context")).containsExactly("backstop.dashboard");
        List<String> files = new ArrayList<>();
        NodeList downloads = resources.getElementsByTagName("resource");
        for (int i = 0; i < downloads.getLength(); i++) {
            String location = ((Element) downloads.item(i)).getAttribute("location");
            assertThat(BuiltJar.entries()).as("web-resource file").contains(location);
            files.add(location);
        }
        assertThat(files).containsExactly("backstop-jira/js/chart-amd-off.js", "backstop-jira/chartjs/chart.umd.js",
                "backstop-jira/js/chart-amd-on.js", "backstop-web/js/gadgets.js", "backstop-web/js/suspected.js",
                "backstop-web/js/gadget-columns.js", "backstop-web/js/gadget-settings.js", "backstop-web/js/list-table.js",
                "backstop-web/js/gadget-sla.js",
                "backstop-web/js/gadget-norm-hours.js", "backstop-web/js/gadget-upsells.js",
                "backstop-web/js/gadget-debtors.js", "backstop-web/js/gadget-scorecard.js",
                "backstop-web/js/gadget-absences.js", "backstop-web/js/gadget-newcomers.js",
                "backstop-web/js/gadget-learning-order.js", "backstop-web/js/gadget-capacity.js",
                "backstop-web/js/gadget-waiting.js", "backstop-web/js/gadget-broken-promises.js",
                "backstop-web/js/gadget-suspected.js", "backstop-web/js/gadget-complaints.js",
                "backstop-web/js/gadget-loto-cards.js", "backstop-web/js/gadget-campaigns.js",
                "backstop-web/js/gadget-hotspots.js", "backstop-web/js/gadget-cheap-orders.js",
                "backstop-web/js/what-if.js", "backstop-web/js/absence-when.js", "backstop-web/js/absence-conflicts.js",
                "backstop-web/js/absence-requests.js", "backstop-web/js/dashboard.js",
                "backstop-jira/js/dashboard-item.js");
        assertThat(BuiltJar.text("backstop-jira/chartjs/chart.umd.js")).as("Chart.js 4 UMD from the WebJar")
                .contains("Chart.js v4.").hasSizeGreaterThan(100_000);
        assertThat(BuiltJar.text("backstop-jira/js/dashboard-item.js")).contains("define('backstop/dashboard-item'");
        Element common = null;
        for (int i = 0; i < list.getLength(); i++) {
            if (((Element) list.item(i)).getAttribute("key").equals("backstop-common")) {
                common = (Element) list.item(i);
            }
        }
        List<String> shared = new ArrayList<>();
        NodeList commonFiles = common.getElementsByTagName("resource");
        for (int i = 0; i < commonFiles.getLength(); i++) {
            shared.add(((Element) commonFiles.item(i)).getAttribute("location"));
        }
        assertThat(shared).contains("backstop-web/js/common.js");
    }

    private static Properties utf8(String entry) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(BuiltJar.read(entry), StandardCharsets.UTF_8)));
        return properties;
    }

    static String text(Element element, String tag) {
        return element.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    static List<String> childTexts(Element element, String tag) {
        List<String> values = new ArrayList<>();
        NodeList list = element.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            values.add(list.item(i).getTextContent().trim());
        }
        return values;
    }

    @Test
    void everyTextIsAMessageFormatPatternWithApostrophesDoubled() throws IOException {
        for (String bundle : List.of("i18n/backstop.properties", "i18n/backstop_ru.properties")) {
            Properties texts = properties(bundle);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                assertThat(pattern.replace("''", "")).as("%s in %s", key, bundle).doesNotContain("'");
                assertThat(new MessageFormat(pattern).format(new Object[] {"a", "b", "c"})).isNotBlank();
            }
        }
        assertThat(properties("i18n/backstop_ru.properties").getProperty("backstop.setup.kind.group"))
                .isEqualTo("Группа");
        byte[] russian = BuiltJar.read("i18n/backstop_ru.properties");
        for (byte b : russian) {
            assertThat(b).as("ASCII with \\u escapes").isNotNegative();
        }
    }

    private static Properties properties(String entry) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(BuiltJar.read(entry), StandardCharsets.ISO_8859_1)));
        return properties;
    }

    // ------------------------------------------------------------------ Active Objects names

    /** Jira's limit (Oracle's): table, column and other names at most 30 characters once prefixed. */
    @Test
    void activeObjectsTableAndColumnNamesAreWithinJirasLimits() throws Exception {
        Document descriptor = BuiltJar.descriptor();
        Element ao = (Element) descriptor.getElementsByTagName("ao").item(0);
        String namespace = ao.getAttribute("namespace");
        assertThat(namespace).as("a namespace keeps the tables if the key changes").isEqualTo("io.backstop");
        String prefix = "AO_" + md5(namespace).substring(26).toUpperCase() + "_";
        assertThat(prefix).isEqualTo("AO_1271C8_");

        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] entities = texts(descriptor, "entity").stream().map(this::load)
                .toArray(Class[]::new);
        String url = "jdbc:h2:mem:names;DB_CLOSE_DELAY=-1";
        EntityManager manager = EntityManagerBuilder.url(url).username("sa")
                .password("").schema("PUBLIC").none()
                .tableNameConverter(new AtlassianTableNameConverter(name -> prefix + name))
                .fieldNameConverter(new AtlassianFieldNameConverter()).build();
        manager.migrate(entities);

        Set<String> tables = new HashSet<>();
        Set<String> columns = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.getMetaData().getColumns(null, "PUBLIC", "AO_%", null)) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        assertThat(tables).hasSize(entities.length).allMatch(t -> t.startsWith(prefix));
        assertThat(tables).allSatisfy(t -> assertThat(t.length()).as(t).isLessThanOrEqualTo(30));
        assertThat(columns).allSatisfy(c -> assertThat(c.length()).as(c).isLessThanOrEqualTo(30));
        assertThat(columns).doesNotContainAnyElementsOf(Set.of("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP",
                "VARCHAR2"));
    }

    static String md5(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    // ------------------------------------------------------------------ helpers

    static String version() {
        return BuiltJar.attribute("Embedded-Artifacts").replaceAll(".*;v=\"([^\"]+)\".*", "$1");
    }

    static String text(Document document, String tag) {
        return document.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    static List<String> texts(Document document, String tag) {
        List<String> values = new ArrayList<>();
        NodeList list = document.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            values.add(list.item(i).getTextContent().trim());
        }
        return values;
    }
}
