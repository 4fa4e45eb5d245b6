package io.backstop.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * The built jar in an embedded Apache Felix 7.0.5 whose system bundle exports the host packages (served from this
 * test's class path: the stand-ins, Active Objects, Jakarta APIs, Jackson, SLF4J). The bundle must resolve, and
 * every class in it (its own and the embedded core and app) must load and link; with one host package missing it
 * must not resolve.
 */
class PluginBundleIT {

    private Felix felix;

    private Felix start(List<String> hostPackages) throws Exception {
        Path cache = Files.createTempDirectory("felix-cache");
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", hostPackages));
        felix = new Felix(config);
        felix.start();
        return felix;
    }

    private Bundle install() throws Exception {
        try (InputStream in = Files.newInputStream(BuiltJar.path())) {
            return felix.getBundleContext().installBundle("backstop-jira", in);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (felix != null) {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    @Test
    void theBundleResolvesAgainstTheHostPackagesAndEveryClassLinks() throws Exception {
        List<String> host = new ArrayList<>(PluginJarIT.hostPackages());
        host.addAll(PluginJarIT.OPTIONAL_IMPORTS);
        start(host);
        Bundle bundle = install();

        bundle.start();

        assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(bundle.getSymbolicName()).isEqualTo(PluginJarIT.KEY);
        List<String> classes = new ArrayList<>(BuiltJar.ownClasses());
        BuiltJar.embedded().values().forEach(jar -> jar.keySet().stream()
                .filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class"))
                .map(BuiltJar::className).forEach(classes::add));
        assertThat(classes).hasSizeGreaterThan(100);
        for (String name : classes) {
            Class<?> type = bundle.loadClass(name);
            // Touch every signature so that every type a class names must come through the bundle's wiring.
            for (Method method : type.getDeclaredMethods()) {
                method.getGenericReturnType();
                method.getGenericParameterTypes();
            }
            type.getDeclaredFields();
            type.getDeclaredConstructors();
            type.getAnnotations();
            assertThat(type.getClassLoader()).as(name).isNotSameAs(PluginBundleIT.class.getClassLoader());
        }
        assertThat(bundle.getResource("atlassian-plugin.xml")).isNotNull();
        assertThat(bundle.getResource("META-INF/spring/plugin-context.xml")).isNotNull();
    }

    @Test
    void theOptionalImportsAreOptional() throws Exception {
        start(PluginJarIT.hostPackages());
        Bundle bundle = install();

        bundle.start();

        assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void withOneHostPackageMissingTheBundleDoesNotResolve() throws Exception {
        List<String> host = new ArrayList<>(PluginJarIT.hostPackages());
        assertThat(host.remove("com.atlassian.jira.bc.issue")).isTrue();
        start(host);
        Bundle bundle = install();

        assertThatThrownBy(bundle::start).isInstanceOf(BundleException.class)
                .hasMessageContaining("missing requirement").hasMessageContaining("com.atlassian.jira.bc.issue");
        assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
    }

    @Test
    void everyHostPackageIsNeeded() throws Exception {
        for (String missing : Set.copyOf(PluginJarIT.hostPackages())) {
            List<String> host = new ArrayList<>(PluginJarIT.hostPackages());
            host.remove(missing);
            start(host);
            Bundle bundle = install();
            assertThatThrownBy(bundle::start).as(missing).isInstanceOf(BundleException.class);
            stop();
            felix = null;
        }
    }
}
