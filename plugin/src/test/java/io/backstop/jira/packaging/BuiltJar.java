package io.backstop.jira.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** The plugin jar the build produced ({@code -Dbundle.jar}, set by failsafe), opened for inspection. */
final class BuiltJar {

    static Path path() {
        String jar = System.getProperty("bundle.jar");
        if (jar == null) {
            throw new IllegalStateException("run through failsafe: -Dbundle.jar names the built plugin jar");
        }
        return Path.of(jar);
    }

    static Manifest manifest() {
        try (JarFile jar = new JarFile(path().toFile())) {
            return jar.getManifest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String attribute(String name) {
        return manifest().getMainAttributes().getValue(name);
    }

    /** Every entry name of the jar, directories included. */
    static List<String> entries() {
        try (JarFile jar = new JarFile(path().toFile())) {
            List<String> names = new ArrayList<>();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                names.add(e.nextElement().getName());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(String entry) {
        try (JarFile jar = new JarFile(path().toFile())) {
            JarEntry found = jar.getJarEntry(entry);
            if (found == null) {
                throw new IllegalArgumentException("no " + entry + " in the jar");
            }
            try (InputStream in = jar.getInputStream(found)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String entry) {
        return new String(read(entry), java.nio.charset.StandardCharsets.UTF_8);
    }

    static List<String> lines(String entry) {
        return text(entry).lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The jars under META-INF/lib, by entry name, with their entries and bytes. */
    static Map<String, Map<String, byte[]>> embedded() {
        Map<String, Map<String, byte[]>> jars = new LinkedHashMap<>();
        for (String entry : entries()) {
            if (entry.startsWith("META-INF/lib/") && entry.endsWith(".jar")) {
                Map<String, byte[]> content = new LinkedHashMap<>();
                try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(read(entry)))) {
                    for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                        content.put(e.getName(), in.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                jars.put(entry, content);
            }
        }
        return jars;
    }

    /** Class names (binary) of the plugin's own classes in the jar, outside META-INF/lib. */
    static List<String> ownClasses() {
        return entries().stream().filter(e -> e.endsWith(".class") && !e.startsWith("META-INF/"))
                .map(BuiltJar::className).toList();
    }

    static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }

    static Document descriptor() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(read("atlassian-plugin.xml")));
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml does not parse", e);
        }
    }

    /**
     * A class loader over the jar and its embedded jars, as the bundle sees them: Backstop's classes from the jar
     * (never from the test class path), everything else (the host's packages) from the test class path.
     */
    static ClassLoader classLoader() {
        try {
            Path dir = Files.createTempDirectory("backstop-bundle");
            List<URL> urls = new ArrayList<>();
            urls.add(path().toUri().toURL());
            for (Map.Entry<String, Map<String, byte[]>> jar : embedded().entrySet()) {
                Path file = dir.resolve(Path.of(jar.getKey()).getFileName());
                Files.write(file, read(jar.getKey()));
                urls.add(file.toUri().toURL());
            }
            return new BundleLike(urls.toArray(URL[]::new), BuiltJar.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Child-first for io.backstop.*, parent-first for everything else. */
    private static final class BundleLike extends URLClassLoader {
        BundleLike(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.backstop.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }

    private BuiltJar() {
    }
}
