package io.backstop.app.response;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One issue's response clock. Instants are epoch milliseconds; {@code DUE} and {@code QUEUED_AT} are indexed so
 * that a watcher tick and the queue read only what is due, never every open issue.
 */
@Preload
@Table("CLOCK")
public interface ClockEntity extends Entity {

    /**
     * Unique, hence indexed by its constraint; never {@code @Indexed} too: Oracle refuses a second index on the
     * column (ORA-01408) and the migration would fail there.
     */
    @NotNull
    @Unique
    String getIssueKey();

    void setIssueKey(String issueKey);

    String getIssueType();

    void setIssueType(String issueType);

    String getPriority();

    void setPriority(String priority);

    /** Indexed (schema step 6) for the client digest. */
    @Indexed
    String getClient();

    void setClient(String client);

    @NotNull
    @Indexed
    String getOwner();

    void setOwner(String owner);

    @NotNull
    @Indexed
    String getAssignee();

    void setAssignee(String assignee);

    boolean isResolved();

    void setResolved(boolean resolved);

    Long getAwaitingSince();

    void setAwaitingSince(Long awaitingSince);

    @Indexed
    Long getQueuedAt();

    void setQueuedAt(Long queuedAt);

    @Indexed
    Long getDue();

    void setDue(Long due);

    boolean isBreached();

    void setBreached(boolean breached);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    /**
     * Who took the row last to change the clock: a node's name and a count (schema step 5). Writing it is how a
     * change locks the row for its transaction; see {@link ClockStore#findLocked}.
     */
    String getWriter();

    void setWriter(String writer);

    /**
     * The owner, while the open clock is held by someone else; null otherwise (schema step 7). The end of an absence
     * reads the work to return through this index alone, not every clock the owner ever had.
     */
    @Indexed
    String getAwayFrom();

    void setAwayFrom(String owner);

    /**
     * When this awaiting cycle's reminder falls due (rule 14); null once sent or when none is due (schema step 9).
     * Indexed: a tick reads only the clocks whose reminder has come.
     */
    @Indexed
    Long getRemindAt();

    void setRemindAt(Long remindAt);

    /** Who made the open promise (rule 11); null with no promise open (schema step 9). */
    String getPromiseBy();

    void setPromiseBy(String promiseBy);

    Long getPromiseMadeAt();

    void setPromiseMadeAt(Long promiseMadeAt);

    /** The open promise's due time; indexed, so a tick reads only the promises that have come due. */
    @Indexed
    Long getPromiseDue();

    void setPromiseDue(Long promiseDue);
}
