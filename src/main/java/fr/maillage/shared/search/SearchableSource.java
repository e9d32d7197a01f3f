package fr.maillage.shared.search;

import java.util.List;

/**
 * A module's searchable records of one type, read in id order so that the search module can index
 * those it does not know yet (records that existed before the module published its
 * {@link SearchableContent} events, or an index to rebuild), in bounded batches. A bean of the
 * publishing module.
 */
public interface SearchableSource {

    /** The {@link SearchableContent#type()} of the records. */
    String type();

    /** How many records there are. */
    long count();

    /** Up to {@code limit} records whose id is above {@code afterId}, by increasing id. */
    List<SearchableContent> after(long afterId, int limit);
}
