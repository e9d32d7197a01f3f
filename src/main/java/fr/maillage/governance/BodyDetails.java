package fr.maillage.governance;

/**
 * What describes a body; a blank code takes the kind's default ("COPIL").
 */
public record BodyDetails(BodyKind kind, String name, String code, String purpose, QuorumRule quorumRule,
        int quorumValue) {
}
