package fr.maillage.funding;

import fr.maillage.directory.Organisation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One subsidy as the SCDL "subventions" 2.1.1 schema wants it, with the first constraint of the schema it
 * cannot satisfy. The checks follow the schema's fields in order, plus its custom check that a
 * beneficiary is identified by its SIRET ({@code idBeneficiaire}) or, for an association, its RNA number
 * ({@code rnaBeneficiaire}): the check page and a Table Schema validator then agree on every row.
 */
record ScdlRow(String reference, String title, Organisation carrier, BigDecimal amount, Envelope attribuant,
        Decision decision, Object[] payments, String scheme) {

    /** The schema's {@code maxLength} of {@code objet}. */
    static final int OBJET_MAX = 256;

    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern RNA = Pattern.compile("W\\d{9}");

    /** Where the user fixes a row. */
    enum Fix { ENVELOPE, DECISION, DIRECTORY, APPLICATION }

    /** A constraint the row breaks: the French reason and where to fix it. */
    record Violation(String reason, Fix fix) {
    }

    Violation violation() {
        if (attribuant == null || blank(attribuant.getAttribuantSiret())
                || !SIRET.matcher(attribuant.getAttribuantSiret()).matches()) {
            return new Violation("idAttribuant manquant : indiquez le SIRET du financeur sur l’enveloppe de l’année",
                    Fix.ENVELOPE);
        }
        if (blank(attribuant.getAttribuantName())) {
            return new Violation("nomAttribuant manquant : indiquez le nom du financeur sur l’enveloppe de l’année",
                    Fix.ENVELOPE);
        }
        if (decision == null) {
            return new Violation("dateConvention manquante : aucune décision enregistrée", Fix.DECISION);
        }
        Violation beneficiary = beneficiaryViolation();
        if (beneficiary != null) {
            return beneficiary;
        }
        if (blank(title) || title.length() > OBJET_MAX) {
            return new Violation("objet vide ou de plus de " + OBJET_MAX + " caractères : raccourcissez l’intitulé "
                    + "de la demande", Fix.APPLICATION);
        }
        if (amount == null || amount.signum() <= 0) {
            return new Violation("montant manquant", Fix.DECISION);
        }
        return null;
    }

    private Violation beneficiaryViolation() {
        if (carrier == null || blank(carrier.getName())) {
            return new Violation("nomBeneficiaire manquant : indiquez le nom du porteur dans l’annuaire", Fix.DIRECTORY);
        }
        String siret = carrier.getSiret();
        String rna = carrier.getRna();
        if (blank(siret) && blank(rna)) {
            return new Violation("idBeneficiaire et rnaBeneficiaire manquants : le schéma exige l’un des deux ; "
                    + "ajoutez le SIRET ou le numéro RNA de « " + carrier.getName() + " » dans l’annuaire",
                    Fix.DIRECTORY);
        }
        if (!blank(siret) && !SIRET.matcher(siret).matches()) {
            return new Violation("idBeneficiaire invalide : le SIRET doit compter 14 chiffres ; corrigez-le dans "
                    + "l’annuaire", Fix.DIRECTORY);
        }
        if (!blank(rna) && !RNA.matcher(rna).matches()) {
            return new Violation("rnaBeneficiaire invalide : le numéro RNA s’écrit W suivi de 9 chiffres ; "
                    + "corrigez-le dans l’annuaire", Fix.DIRECTORY);
        }
        return null;
    }

    /** The sixteen values, in the schema's column order; only for a row with no violation. */
    List<String> values() {
        boolean staggered = payments != null && ((Number) payments[3]).longValue() > 1
                || decision.getKind() == DecisionKind.CPO;
        String period;
        if (payments == null) {
            period = decision.getSignedOn().toString();
        } else {
            LocalDate first = (LocalDate) payments[1];
            LocalDate last = (LocalDate) payments[2];
            period = first.equals(last) ? first.toString() : first + "/" + last;
        }
        return List.of(attribuant.getAttribuantName(), attribuant.getAttribuantSiret(),
                decision.getSignedOn().toString(), orEmpty(decision.getReference()), carrier.getName(),
                orEmpty(carrier.getSiret()), orEmpty(carrier.getRna()), title,
                amount.setScale(2, RoundingMode.HALF_UP).toPlainString(), "aide en numéraire",
                staggered ? "échelonné" : "unique", period, "", "non", "1.00", orEmpty(scheme));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
