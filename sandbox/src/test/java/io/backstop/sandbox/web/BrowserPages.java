package io.backstop.sandbox.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every page test class holds: a demo-less department in a sandbox and a browser on it, one pair per class. A
 * subclass starts both in its {@code @BeforeAll}; they are closed after the class, whatever failed.
 */
abstract class BrowserPages {

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    static Department department;
    static Browser browser;

    @AfterAll
    static void closeTheBrowserAndTheSandbox() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            browser = null;
            if (department != null) {
                department.sandbox.close();
            }
            department = null;
        }
    }
}
