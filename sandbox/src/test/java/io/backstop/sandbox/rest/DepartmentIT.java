package io.backstop.sandbox.rest;

import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandbox of its own for each test class, on a manual clock at Monday 08:00 with {@link Rest#department()} set:
 * what most REST tests start from. A class's own {@code @BeforeAll} runs after this one and builds on it.
 */
abstract class DepartmentIT {

    @TempDir
    static Path data;
    static Sandbox sandbox;
    static SandboxClient client;
    static Rest.Calls calls;

    @BeforeAll
    static void startTheSandboxWithTheDepartment() throws Exception {
        sandbox = Rest.start(data, Rest.MONDAY_0800);
        client = new SandboxClient(sandbox.url());
        calls = new Rest.Calls(client);
        calls.putSettings(Rest.department());
    }

    @AfterAll
    static void stopTheSandbox() throws Exception {
        sandbox.close();
    }
}
