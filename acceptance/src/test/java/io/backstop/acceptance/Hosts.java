package io.backstop.acceptance;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every scenario the one host of this run, started on first use and closed when the run ends: the sandbox
 * jar by default, a live Jira when {@code backstop.acceptance.host=jira} (the {@code acceptance-jira} profile).
 * A host that cannot start fails every scenario with its reason, never skips them.
 */
public final class Hosts implements ParameterResolver {

    /** The started host, or why it could not start (so a broken start is not retried by every scenario). */
    private record Started(Host host, RuntimeException failure) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            if (host != null) {
                host.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Host.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
            throws ParameterResolutionException {
        Started started = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Started.class, key -> start(), Started.class);
        if (started.failure() != null) {
            throw started.failure();
        }
        return started.host();
    }

    /**
     * JiraHost against {@link FakeJira}: runs the Jira driver's own code in every build. Faster pace than a live
     * Jira's, since the fake answers at once.
     */
    private static Host fakeJira() {
        FakeJira fake = FakeJira.start();
        try {
            JiraConfig config = new JiraConfig(fake.url(), JiraConfig.parseTokens(FakeJira.TOKEN_LIST), "WEB",
                    java.util.Optional.of("HID"), "Client request");
            // respondWithin well above absence + JiraHost's margin, so no breach overtakes a return on a slow machine.
            return JiraHost.start(config, new Host.Pace(java.time.Duration.ofSeconds(3),
                    java.time.Duration.ofSeconds(12), java.time.Duration.ofSeconds(3), java.time.Duration.ofMinutes(1)),
                    fake);
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }
    }

    private static Started start() {
        String kind = System.getProperty("backstop.acceptance.host", "sandbox").trim();
        try {
            Host host = switch (kind) {
                case "", "sandbox" -> SandboxHost.start();
                case "jira" -> JiraHost.start(JiraConfig.fromSystemProperties());
                case "fake-jira" -> fakeJira();
                default -> throw new IllegalStateException("backstop.acceptance.host must be sandbox or jira, got "
                        + kind);
            };
            System.out.println("[acceptance] scenarios run against " + host.describe());
            return new Started(host, null);
        } catch (RuntimeException e) {
            return new Started(null, e);
        }
    }
}
