package fr.maillage.workspace;

import fr.maillage.territory.TerritoryKind;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One territory of a workspace's perimeter.
 */
@Embeddable
public record PerimeterEntry(@Enumerated(EnumType.STRING) TerritoryKind kind, String code) {

    @Override
    public String toString() {
        return kind + ":" + code;
    }
}
