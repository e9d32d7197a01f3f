package fr.maillage.directory;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an import brings in, and the fields a column of the file may fill. Each field knows the
 * headers people commonly give it, so that the columns are matched without the user's help most of
 * the time.
 */
public enum ImportKind {
    ORGANISATIONS(List.of(
            new Field("name", true, Set.of("nom", "raison sociale", "denomination", "organisation", "structure",
                    "nom de l organisation", "libelle")),
            new Field("acronym", false, Set.of("sigle", "acronyme")),
            new Field("kind", false, Set.of("type", "categorie", "type d organisation", "nature")),
            new Field("siret", false, Set.of("siret", "n siret", "numero siret")),
            new Field("rna", false, Set.of("rna", "numero rna", "n rna", "identifiant rna")),
            new Field("uai", false, Set.of("uai", "rne", "code uai")),
            new Field("street", false, Set.of("adresse", "rue", "voie")),
            new Field("postalCode", false, Set.of("code postal", "cp")),
            new Field("communeCode", false, Set.of("code commune", "code insee", "insee", "commune", "code insee commune")),
            new Field("qpvCodes", false, Set.of("qpv", "quartiers prioritaires", "quartier prioritaire", "code qpv")),
            new Field("themeCodes", false, Set.of("thematiques", "thematique", "themes", "theme")),
            new Field("website", false, Set.of("site", "site internet", "site web", "url")),
            new Field("phone", false, Set.of("telephone", "tel")),
            new Field("email", false, Set.of("courriel", "email", "e mail", "mel", "adresse electronique")))),
    CONTACTS(List.of(
            new Field("firstName", true, Set.of("prenom")),
            new Field("lastName", true, Set.of("nom", "nom de famille")),
            new Field("jobTitle", false, Set.of("fonction", "poste", "titre")),
            new Field("email", false, Set.of("courriel", "email", "e mail", "mel", "adresse electronique")),
            new Field("phone", false, Set.of("telephone", "tel", "portable")),
            new Field("organisation", false, Set.of("organisation", "structure", "organisme", "siret", "employeur")),
            new Field("role", false, Set.of("role", "role dans l organisation")),
            new Field("legalBasis", false, Set.of("base legale")),
            new Field("consentDate", false, Set.of("date du consentement", "consentement", "date consentement"))));

    /**
     * A field of the directory a column can fill.
     *
     * @param code     the field's name, also the key of its label in the messages
     * @param required whether a row without it is refused
     * @param headers  headers that name it, folded (lower case, no accents, spaces for punctuation)
     */
    public record Field(String code, boolean required, Set<String> headers) {
    }

    private final List<Field> fields;

    ImportKind(List<Field> fields) {
        this.fields = fields;
    }

    public List<Field> fields() {
        return fields;
    }

    /** "organisations" or "contacts", as URLs and messages name it. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The column each field probably comes from, by header; a column is given to one field only,
     * and a field with no recognisable column is left out.
     */
    public Map<String, Integer> guess(List<String> headers) {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        Map<Integer, String> taken = new HashMap<>();
        for (Field field : fields) {
            for (int i = 0; i < headers.size(); i++) {
                String header = fold(headers.get(i));
                if (!taken.containsKey(i) && (field.headers().contains(header) || header.equals(fold(field.code())))) {
                    mapping.put(field.code(), i);
                    taken.put(i, field.code());
                    break;
                }
            }
        }
        return mapping;
    }

    /** Lower case, without accents, punctuation as single spaces: "N° SIRET" → "n siret". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
