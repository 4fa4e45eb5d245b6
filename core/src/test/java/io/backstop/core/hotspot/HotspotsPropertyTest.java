package io.backstop.core.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.norms.NormCatalog;
import io.backstop.core.norms.Operation;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Shares sum to 1 over any non-empty load, and the list is in order of time. */
class HotspotsPropertyTest {

    private static final NormCatalog CATALOG = NormCatalog.departmentDefault();

    @Provide
    Arbitrary<Map<String, Long>> counts() {
        return Arbitraries.maps(Arbitraries.of(CATALOG.operations()).map(Operation::code),
                Arbitraries.longs().between(0, 10_000)).ofMaxSize(13);
    }

    @Property(tries = 300)
    void sharesSumToOneAndFollowTheTime(@ForAll("counts") Map<String, Long> counts) {
        List<OperationTime> times = Hotspots.whereTimeGoes(CATALOG, counts);
        long total = times.stream().mapToLong(OperationTime::minutes).sum();
        double shares = times.stream().mapToDouble(OperationTime::share).sum();
        assertThat(shares).isCloseTo(total == 0 ? 0 : 1, within(1e-9));
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i).minutes()).isLessThanOrEqualTo(times.get(i - 1).minutes());
        }
        times.forEach(t -> assertThat(t.minutes()).isEqualTo(t.count() * t.standardMinutes()));
    }
}
