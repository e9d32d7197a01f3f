package fr.maillage.territory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Look-ups in the territorial reference for the other modules.
 */
public interface TerritoryDirectory {

    Optional<TerritoryRef> find(TerritoryKind kind, String code);

    /** The known territories among the given codes, keyed by code; unknown codes are absent. */
    Map<String, TerritoryRef> findAll(TerritoryKind kind, Collection<String> codes);

    /**
     * Territories whose name or code matches the query, with or without accents, best first.
     */
    List<TerritoryRef> search(TerritoryKind kind, String query, int limit);
}
