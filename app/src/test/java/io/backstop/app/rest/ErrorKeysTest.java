package io.backstop.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.InvalidFieldException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every error a person can see is a key with English and Russian text (issue 18): no site makes an error the old way
 * (English text, no key), every key the code names is in both languages' bundles, the Russian says it in Russian,
 * and every field a REST resource names has a label. A failure names each offending site or key.
 */
class ErrorKeysTest {

    /** The members that take English text instead of a key, by owner: kept only so unconverted branches compile. */
    static final Map<String, Set<String>> OLD_WAY = Map.of(
            ApiError.class.getName(), Set.of("<init>(int, java.lang.String, java.lang.String)",
                    "badInput(java.lang.String, java.lang.String)", "forbidden(java.lang.String)",
                    "notFound(java.lang.String, java.lang.String)", "conflict(java.lang.String, java.lang.String)"),
            InvalidFieldException.class.getName(), Set.of("<init>(java.lang.String, java.lang.String)"),
            Check.class.getName(), Set.of("invalid(java.lang.String, java.lang.String)"));
    /** Texts rightly the same in Russian: a list's comma. */
    static final Set<String> SAME_IN_RUSSIAN = Set.of("label.comma");
    static final Path ROOT = Path.of("..");
    static final Pattern KEY = Pattern.compile("\"((?:error|field|label|role)\\.[A-Za-z0-9_.]+)\"");
    static final Pattern REST_FIELD = Pattern.compile(
            "ApiError\\.(?:badInput|notFound|conflict)\\(\"([A-Za-z][A-Za-z0-9]*)\"");

    @Test
    void noSiteMakesAnErrorWithoutAKey() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.backstop.app", "io.backstop.core");
        assertThat(oldWaySites(classes)).as("errors made with English text instead of a key (use Problem.of)")
                .isEmpty();
    }

    /** Where code calls a member of {@link #OLD_WAY}, as "method (File.java:line)"; the members themselves aside. */
    static List<String> oldWaySites(JavaClasses classes) {
        return java.util.stream.StreamSupport.stream(classes.spliterator(), false)
                .flatMap(type -> type.getCodeUnits().stream())
                .flatMap(unit -> unit.getCallsFromSelf().stream())
                .filter(ErrorKeysTest::oldWay)
                .filter(call -> !OLD_WAY.containsKey(call.getOriginOwner().getName()))
                .map(call -> call.getOrigin().getFullName() + " " + call.getSourceCodeLocation())
                .sorted().toList();
    }

    private static boolean oldWay(JavaCall<?> call) {
        Set<String> members = OLD_WAY.get(call.getTargetOwner().getName());
        return members != null && members.contains(call.getName() + "(" + call.getTarget().getRawParameterTypes()
                .stream().map(JavaClass::getName).collect(java.util.stream.Collectors.joining(", ")) + ")");
    }

    @Test
    void everyKeyTheCodeNamesHasEnglishAndRussianText() throws IOException {
        Map<String, String> english = bundles("");
        Map<String, String> russian = bundles("_ru");
        Set<String> missing = unknown(KEY, key -> english.containsKey(key) && russian.containsKey(key));
        assertThat(missing).as("keys without English or Russian text").isEmpty();
    }

    @Test
    void theRussianBundleHasEveryKeyInRussianWithTheSameArguments() throws IOException {
        Map<String, String> english = bundles("");
        Map<String, String> russian = bundles("_ru");
        assertThat(russian.keySet()).as("keys of the two languages").isEqualTo(english.keySet());
        Set<String> wrong = new TreeSet<>();
        english.forEach((key, text) -> {
            String translated = russian.get(key);
            if (text.equals(translated) && !SAME_IN_RUSSIAN.contains(key)) {
                wrong.add(key + ": the same as the English");
            } else if (!translated.matches("(?s).*[А-Яа-яЁё].*") && !SAME_IN_RUSSIAN.contains(key)) {
                wrong.add(key + ": no Russian word");
            }
            int arguments = new MessageFormat(text).getFormats().length;
            if (new MessageFormat(translated).getFormats().length != arguments) {
                wrong.add(key + ": takes " + arguments + " arguments in English, not so in Russian");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFieldARestResourceNamesHasALabel() throws IOException {
        Map<String, String> english = bundles("");
        Set<String> unlabelled = unknown(REST_FIELD, field -> english.containsKey("field." + field));
        assertThat(unlabelled).as("fields without field.<name> in backstop-errors").isEmpty();
    }

    @Test
    void everyRoleHasItsNameInBothLanguages() throws IOException {
        Map<String, String> english = bundles("");
        Map<String, String> russian = bundles("_ru");
        for (Role role : Role.values()) {
            assertThat(english).as("role." + role.name()).containsKey("role." + role.name());
            assertThat(russian).as("role." + role.name()).containsKey("role." + role.name());
        }
    }

    /** What the pattern's first group finds in the sources and {@code known} does not know, with its file. */
    static Set<String> unknown(Pattern pattern, Predicate<String> known) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : sources()) {
            Matcher match = pattern.matcher(Files.readString(file));
            while (match.find()) {
                if (!known.test(match.group(1))) {
                    found.add(match.group(1) + " (" + ROOT.relativize(file) + ")");
                }
            }
        }
        return found;
    }

    /** The main sources of every module that throws errors a person can see. */
    static List<Path> sources() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String module : List.of("core", "app", "sandbox", "plugin")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                walk.filter(path -> path.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }

    /** The core's errors with the sandbox's own, in one language ("" is English). */
    static Map<String, String> bundles(String suffix) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (Path bundle : List.of(Path.of("core/src/main/resources/i18n/backstop-errors" + suffix + ".properties"),
                Path.of("sandbox/src/main/resources/i18n/sandbox-errors" + suffix + ".properties"))) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(ROOT.resolve(bundle), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        }
        return texts;
    }
}
