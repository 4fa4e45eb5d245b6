package io.backstop.app.library;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The search index: one row per distinct word of an entry (question, answer and tags), so a search reads the
 * postings of its words by index instead of scanning every entry's text. Each row repeats what a search filters
 * and ranks on (active, service, operation, a rank key from the reuses), so the database hands back a word's postings already ranked
 * and a search reads only as many as it shows; the entry's rows are rewritten whenever it changes.
 */
@Preload
@Table("LIB_WORD")
public interface LibraryWordEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(LibraryStore.MAX_WORD)
    String getWord();

    void setWord(String word);

    @NotNull
    @Indexed
    Long getEntryId();

    void setEntryId(Long entryId);

    @NotNull
    Boolean getActive();

    void setActive(Boolean active);

    String getService();

    void setService(String service);

    String getOperation();

    void setOperation(String operation);

    /**
     * {@code -(reuses * 2^31 + entryId)}: ascending is most reused first, then newest ({@code Library.RANKING}), the
     * one sort key the database orders a word's postings by.
     */
    @NotNull
    Long getRankKey();

    void setRankKey(Long rankKey);
}
