package io.backstop.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoClientsTest {

    @Test
    void oneHundredFiftyClientsWithUniqueNamesAndAManagerEach() {
        List<DemoClient> clients = DemoClients.generate(1);

        assertThat(clients).hasSize(150);
        assertThat(clients).extracting(DemoClient::name).doesNotHaveDuplicates().allMatch(name -> !name.isBlank());
        assertThat(clients).extracting(DemoClient::manager).containsOnly("ivanova", "petrova", "sidorova");
        Map<String, Long> perManager = clients.stream()
                .collect(Collectors.groupingBy(DemoClient::manager, Collectors.counting()));
        assertThat(perManager).containsOnly(Map.entry("ivanova", 50L), Map.entry("petrova", 50L),
                Map.entry("sidorova", 50L));
    }

    @Test
    void clientsBuyServicesAndPayForThem() {
        List<DemoClient> clients = DemoClients.generate(2);

        assertThat(clients).allSatisfy(client -> {
            assertThat(client.services()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(client.services()).isNotEqualTo(List.of(DemoService.HOSTING));
            int floor = client.services().stream().mapToInt(DemoService::minMonthlyRoubles).sum();
            int ceiling = client.services().stream().mapToInt(DemoService::maxMonthlyRoubles).sum();
            assertThat(client.monthlyRoubles()).isBetween(floor - 250, ceiling + 250);
            assertThat(client.monthlyRoubles() % 500).isZero();
        });
        for (DemoService service : DemoService.values()) {
            assertThat(clients).as(service.label()).anyMatch(client -> client.buys(service));
        }
        assertThat(clients.stream().filter(c -> c.buys(DemoService.SITE_SUPPORT)).count()).isGreaterThan(75);
    }

    @Test
    void sameSeedSameClients() {
        assertThat(DemoClients.generate(7)).isEqualTo(DemoClients.generate(7));
        assertThat(DemoClients.generate(7)).isNotEqualTo(DemoClients.generate(8));
    }
}
