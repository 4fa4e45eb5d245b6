package io.backstop.app.staff;

import java.time.Instant;

/**
 * What an absence changes in the work people hold, told by {@link StaffDesk} when it changes an absence in force:
 * the response clocks' side ({@code ResponseDesk}) moves the work.
 */
public interface WorkCover {

    /** An absence is in force from now: the absent people's awaiting work goes to their deputies. */
    void absenceStarted(Instant now);

    /** An absence in force is gone now: the person's work held away comes back to them. */
    void absenceEnded(String person, Instant now);
}
