package io.backstop.core.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.norms.Done;
import io.backstop.core.norms.NormCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the time goes, and the cheap orders that eat hours. */
class HotspotsTest {

    private final NormCatalog catalog = NormCatalog.departmentDefault();

    @Test
    void countTimesNormAndTheShareOfTheTotal() {
        List<OperationTime> times = Hotspots.whereTimeGoes(catalog, Map.of(
                "client-question", 40L,              // 600 min
                "monthly-report-explanation", 30L,   // 900 min
                "small-job-estimate", 15L,           // 300 min
                "debt-call", 0L));
        assertThat(times).extracting(OperationTime::operation).containsExactly(
                "monthly-report-explanation", "client-question", "small-job-estimate", "debt-call");
        assertThat(times.get(0).minutes()).isEqualTo(900);
        assertThat(times.get(0).normHours()).isEqualTo(15.0);
        assertThat(times.get(0).share()).isEqualTo(0.5);
        assertThat(times.get(1).share()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(times.get(3).share()).isZero();
    }

    @Test
    void fromOperationsDone() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<OperationTime> times = Hotspots.whereTimeGoes(catalog, List.of(
                new Done("anna", day, "client-question", 2), new Done("boris", day, "client-question", 2),
                new Done("anna", day, "incoming-call", 3)));
        assertThat(times).extracting(OperationTime::operation, OperationTime::count, OperationTime::minutes)
                .containsExactly(tuple("client-question", 4L, 60L),
                        tuple("incoming-call", 3L, 30L));
    }

    @Test
    void nothingDoneHasNoShares() {
        assertThat(Hotspots.whereTimeGoes(catalog, Map.of())).isEmpty();
    }

    @Test
    void cheapOrdersThatEatHours() {
        OrderLoad minimal = new OrderLoad("ORD-1", "kiosk", "minimal-support", 1_500_00L,   // 1500 roubles
                Map.of("monthly-report-explanation", 2L, "client-question", 2L));          // 90 min
        OrderLoad big = new OrderLoad("ORD-2", "factory", "site-support", 60_000_00L,       // 60 000 roubles
                Map.of("monthly-report-explanation", 2L, "client-question", 20L));         // 360 min
        OrderLoad banner = new OrderLoad("ORD-3", "cafe", "banner", 3_000_00L,
                Map.of("small-job-estimate", 3L));                                          // 60 min
        List<CheapOrder> cheap = Hotspots.cheapOrders(catalog, List.of(minimal, big, banner), Hotspots.DEFAULT_THRESHOLD);
        // 1.5 h / 1.5 = 1.0 per 1000; 1 h / 3 = 0.33 (under 0.5); 6 h / 60 = 0.1.
        assertThat(cheap).extracting(c -> c.load().order()).containsExactly("ORD-1");
        assertThat(cheap.get(0).normHoursPerThousandRoubles()).isCloseTo(1.0, within(1e-12));
        assertThat(cheap.get(0).minutes()).isEqualTo(90);
        assertThat(cheap.get(0).operations().get(0).operation()).isEqualTo("monthly-report-explanation");
        List<CheapOrder> stricter = Hotspots.cheapOrders(catalog, List.of(minimal, big, banner), 0.3);
        assertThat(stricter).extracting(c -> c.load().order()).containsExactly("ORD-1", "ORD-3");
        assertThat(Hotspots.onCheapOrders(catalog, stricter)).extracting(OperationTime::operation)
                .containsExactly("monthly-report-explanation", "small-job-estimate", "client-question");
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new OrderLoad("O", "c", "s", 0, Map.of()))
                .hasMessageStartingWith("monthlyValueKopecks: must be positive");
        assertThatThrownBy(() -> new OrderLoad("O", "c", "s", 1, Map.of("client-question", -1L)))
                .hasMessage("operations[client-question]: must not be negative, got -1");
        assertThatThrownBy(() -> Hotspots.whereTimeGoes(catalog, Map.of("knitting", 1L)))
                .hasMessageContaining("\"knitting\"");
        assertThatThrownBy(() -> Hotspots.cheapOrders(catalog, List.of(), -1)).hasMessageStartingWith("threshold");
    }
}
