package fr.maillage.governance.web;

import fr.maillage.governance.Body;
import fr.maillage.governance.BodyDetails;
import fr.maillage.governance.BodyKind;
import fr.maillage.governance.QuorumRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A body as typed in its form. */
public record BodyForm(
        @NotNull(message = "{governance.body.kind.required}") BodyKind kind,
        @NotBlank(message = "{governance.body.name.required}") @Size(max = 200, message = "{governance.body.name.size}") String name,
        @Pattern(regexp = "^$|^[A-Za-z0-9]{1,20}$", message = "{governance.body.code.pattern}") String code,
        @Size(max = 4000, message = "{governance.body.purpose.size}") String purpose,
        @NotNull(message = "{governance.body.quorumRule.required}") QuorumRule quorumRule,
        @Min(value = 0, message = "{governance.body.quorumValue.range}") @Max(value = 1000, message = "{governance.body.quorumValue.range}") Integer quorumValue,
        Long version) {

    static BodyForm empty() {
        return new BodyForm(null, "", "", "", QuorumRule.SHARE, 50, null);
    }

    static BodyForm of(Body b) {
        return new BodyForm(b.getKind(), b.getName(), b.getCode(), b.getPurpose(), b.getQuorumRule(),
                b.getQuorumValue(), b.getVersion());
    }

    BodyDetails details() {
        return new BodyDetails(kind, name, code, purpose, quorumRule, quorumValue == null ? 0 : quorumValue);
    }
}
