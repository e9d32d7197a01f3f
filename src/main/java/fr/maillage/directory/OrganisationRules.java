package fr.maillage.directory;

import fr.maillage.shared.Rna;
import fr.maillage.shared.Siret;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules an organisation's identity must follow, shared by the pages and the API so that both
 * refuse the same things: SIRET and RNA well formed and not already used by another organisation,
 * a school's UAI, a commune and QPV that exist in the territorial reference, known themes.
 */
@Component
@Transactional(readOnly = true)
public class OrganisationRules {

    private static final Pattern UAI = Pattern.compile("\\d{7}[A-Z]");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    private final TerritoryDirectory territories;
    private final Themes themes;
    private final Organisations organisations;

    OrganisationRules(TerritoryDirectory territories, Themes themes, Organisations organisations) {
        this.territories = territories;
        this.themes = themes;
        this.organisations = organisations;
    }

    /** A broken rule: the field concerned and the message key that explains it. */
    public record Violation(String field, String messageKey, Object... arguments) {
    }

    /**
     * The rules the details break, in field order; empty when they may be saved.
     *
     * @param selfId the organisation being edited, or null for a new one
     */
    public List<Violation> check(OrganisationDetails d, Long selfId) {
        List<Violation> violations = new ArrayList<>();
        String siret = normalizeSiret(d.siret());
        if (siret != null && !Siret.isValid(siret)) {
            violations.add(new Violation("siret", "directory.organisation.siret.invalid"));
        } else if (siret != null && organisations.findBySiret(siret).filter(o -> !o.getId().equals(selfId)).isPresent()) {
            violations.add(new Violation("siret", "directory.organisation.siret.taken"));
        }
        String rna = normalizeRna(d.rna());
        if (rna != null && !Rna.isValid(rna)) {
            violations.add(new Violation("rna", "directory.organisation.rna.invalid"));
        } else if (rna != null && organisations.findByRna(rna).filter(o -> !o.getId().equals(selfId)).isPresent()) {
            violations.add(new Violation("rna", "directory.organisation.rna.taken"));
        }
        if (d.kind() == OrganisationKind.ETABLISSEMENT_SCOLAIRE) {
            String uai = normalizeUai(d.uai());
            if (uai == null || !UAI.matcher(uai).matches()) {
                violations.add(new Violation("uai", "directory.organisation.uai.invalid"));
            }
        }
        if (d.postalCode() != null && !d.postalCode().isBlank() && !POSTAL_CODE.matcher(d.postalCode().strip()).matches()) {
            violations.add(new Violation("postalCode", "directory.organisation.postalCode.invalid"));
        }
        String commune = normalizeCode(d.communeCode());
        if (commune != null && territories.find(TerritoryKind.COMMUNE, commune).isEmpty()) {
            violations.add(new Violation("communeCode", "directory.organisation.commune.unknown", commune));
        }
        Set<String> qpv = d.qpvCodes().stream().map(OrganisationRules::normalizeCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> knownQpv = territories.findAll(TerritoryKind.QPV, qpv).keySet();
        qpv.stream().filter(c -> !knownQpv.contains(c)).sorted().findFirst().ifPresent(
                c -> violations.add(new Violation("qpvCodes", "directory.organisation.qpv.unknown", c)));
        if (!d.themeCodes().isEmpty() && themes.findAllById(d.themeCodes()).size() != d.themeCodes().size()) {
            violations.add(new Violation("themeCodes", "directory.organisation.themes.unknown"));
        }
        return violations;
    }

    static String normalizeSiret(String text) {
        return text == null || text.isBlank() ? null : text.replace(" ", "");
    }

    static String normalizeRna(String text) {
        return text == null || text.isBlank() ? null : text.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    static String normalizeUai(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    static String normalizeCode(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
