package io.backstop.core.onboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How far a newcomer has come along the learning order.
 *
 * @param doneByOperation times done since hiring, by operation code; every catalogue operation is listed (0: not
 *                        yet done)
 * @param targetHoursPerNormHour where an experienced manager is: a full day over the experienced band's middle
 */
public record NewcomerProgress(String person, LocalDate hired, int monthOfService, Map<String, Long> doneByOperation,
                               List<ServiceMonth> months, double targetHoursPerNormHour) {

    public long operationsLearnt() {
        return doneByOperation.values().stream().filter(n -> n > 0).count();
    }
}
