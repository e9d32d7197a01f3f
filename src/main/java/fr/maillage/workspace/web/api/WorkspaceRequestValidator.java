package fr.maillage.workspace.web.api;

import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks what a field alone cannot: the period ends after it starts, and every territory of the
 * perimeter exists in the reference. Reporting every unknown code at once, each at its place in
 * the list, saves the caller a round trip per typo; the workspace is then created whole or not at all.
 */
@Component
class WorkspaceRequestValidator implements Validator {

    private final TerritoryDirectory territories;

    WorkspaceRequestValidator(TerritoryDirectory territories) {
        this.territories = territories;
    }

    @Override
    public boolean supports(Class<?> type) {
        return WorkspaceRequest.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        WorkspaceRequest request = (WorkspaceRequest) target;
        if (request.startDate() != null && request.endDate() != null
                && request.endDate().isBefore(request.startDate())) {
            errors.rejectValue("endDate", "api.workspaces.dates.order");
        }
        if (request.perimeter() == null) {
            return;
        }
        for (TerritoryKind kind : TerritoryKind.values()) {
            List<String> codes = request.perimeter().codes(kind);
            List<String> normalized = codes.stream().map(WorkspaceRequestValidator::normalize).toList();
            Map<String, ?> known = territories.findAll(kind, normalized.stream().filter(c -> !c.isEmpty()).toList());
            for (int i = 0; i < normalized.size(); i++) {
                if (!normalized.get(i).isEmpty() && !known.containsKey(normalized.get(i))) {
                    errors.rejectValue("perimeter." + PerimeterRequest.field(kind) + "[" + i + "]",
                            "api.workspaces.perimeter.unknown." + kind, new Object[] {normalized.get(i)}, null);
                }
            }
        }
    }

    /** Codes are compared as the workspace stores them: trimmed, upper case (2A004, QN07501M). */
    static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
