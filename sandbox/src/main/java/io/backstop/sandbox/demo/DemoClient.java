package io.backstop.sandbox.demo;

import java.util.List;
import java.util.Objects;

/**
 * A client of the agency.
 *
 * @param name           e.g. "Dental clinic Ulybka"; unique among the demo clients
 * @param manager        the home manager (owner of the client's issues)
 * @param services       what the client buys, in {@link DemoService} order, never empty
 * @param monthlyRoubles what the client pays a month for those services, in roubles
 */
public record DemoClient(String name, String manager, List<DemoService> services, int monthlyRoubles) {

    public DemoClient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(manager, "manager");
        services = List.copyOf(services);
        if (services.isEmpty()) {
            throw new IllegalArgumentException("a client buys at least one service");
        }
    }

    public boolean buys(DemoService service) {
        return services.contains(service);
    }
}
