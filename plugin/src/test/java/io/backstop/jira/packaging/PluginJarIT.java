package io.backstop.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The built jar: manifest, contents, descriptor, Spring Scanner index and i18n, checked on the jar itself. */
class PluginJarIT {

    static final String KEY = "io.backstop.jira";
    static final Set<String> OPTIONAL_IMPORTS = Set.of("com.atlassian.plugin.spring.scanner.annotation.export",
            "com.atlassian.plugin.spring.scanner.annotation.imports");

    private final ClassLoader bundle = BuiltJar.classLoader();

    static List<String> hostPackages() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/host-packages.txt")).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Import-Package as package name to its attributes, parsed from the manifest (quotes respected). */
    static Map<String, String> imports() {
        String header = BuiltJar.attribute("Import-Package");
        Map<String, String> result = new java.util.LinkedHashMap<>();
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
        Map<String, byte[]> own = new java.util.LinkedHashMap<>();
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
        Map<String, String> params = new java.util.HashMap<>();
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
        assertThat(entities).containsExactlyInAnyOrder("io.backstop.app.store.SettingEntity",
                "io.backstop.app.store.ClockEntity", "io.backstop.app.store.ClockEventEntity",
                "io.backstop.app.store.AbsenceEntity", "io.backstop.app.results.OperationDayEntity",
                "io.backstop.app.results.OfferEntity", "io.backstop.app.results.ReceivableEntity",
                "io.backstop.app.results.PaymentEntity", "io.backstop.app.results.ComplaintEntity");
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
            if (entry.endsWith(".vm") || entry.endsWith(".js") || entry.endsWith(".soy")) {
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
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(russian.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyTextIsAMessageFormatPatternWithApostrophesDoubled() throws IOException {
        for (String bundle : List.of("i18n/backstop.properties", "i18n/backstop_ru.properties")) {
            Properties texts = properties(bundle);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                assertThat(pattern.replace("''", "")).as("%s in %s", key, bundle).doesNotContain("'");
                assertThat(new java.text.MessageFormat(pattern).format(new Object[] {"a", "b", "c"})).isNotBlank();
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
        net.java.ao.EntityManager manager = net.java.ao.builder.EntityManagerBuilder.url(url).username("sa")
                .password("").schema("PUBLIC").none()
                .tableNameConverter(new net.java.ao.atlassian.AtlassianTableNameConverter(name -> prefix + name))
                .fieldNameConverter(new net.java.ao.atlassian.AtlassianFieldNameConverter()).build();
        manager.migrate(entities);

        Set<String> tables = new HashSet<>();
        Set<String> columns = new HashSet<>();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.ResultSet rows = connection.getMetaData().getColumns(null, "PUBLIC", "AO_%", null)) {
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
        byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
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
