package fr.maillage.participation;

import fr.maillage.shared.BusinessRuleException;
import java.util.List;

/**
 * The pool cannot meet the quotas: one French sentence per cell that lacks candidates
 * ("Il faut 6 femmes de 16-25 ans, le vivier n'en compte que 4.").
 */
public class QuotaShortfallException extends BusinessRuleException {

    private final transient List<String> reasons;

    public QuotaShortfallException(List<String> reasons) {
        super("participation.draw.shortfall", String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
