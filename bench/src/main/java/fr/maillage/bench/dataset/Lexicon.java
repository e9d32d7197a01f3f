package fr.maillage.bench.dataset;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Words for plausible French names: people, streets, neighbourhoods, schools, associations. All
 * invented combinations; people's names are common first and last names, never a real person's
 * record.
 */
final class Lexicon {

    static final List<String> WOMEN = List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine",
            "Céline", "Aurélie", "Émilie", "Julie", "Camille", "Léa", "Manon", "Chloé", "Sarah", "Inès", "Fatima",
            "Samia", "Nadia", "Karima", "Amina", "Yasmina", "Sophie", "Claire", "Hélène", "Anne", "Valérie",
            "Christine", "Laurence", "Stéphanie", "Virginie", "Élodie", "Audrey", "Mélanie", "Pauline", "Lucie",
            "Clémence", "Mathilde", "Agnès", "Martine", "Françoise", "Monique", "Brigitte", "Aïcha", "Khadija",
            "Leïla", "Mariam", "Awa", "Fatoumata", "Rose", "Jeanne", "Louise", "Alice", "Zoé", "Océane", "Marine");
    static final List<String> MEN = List.of("Jean", "Pierre", "Michel", "Philippe", "Alain", "Patrick", "Nicolas",
            "Christophe", "Stéphane", "Laurent", "Frédéric", "Sébastien", "Julien", "David", "Olivier", "Thomas",
            "Mathieu", "Guillaume", "Antoine", "Maxime", "Kévin", "Romain", "Hugo", "Lucas", "Louis", "Mohamed",
            "Karim", "Rachid", "Mehdi", "Youssef", "Ahmed", "Samir", "Bilal", "Moussa", "Mamadou", "Ibrahima",
            "François", "Éric", "Didier", "Bruno", "Vincent", "Thierry", "Pascal", "Gilles", "Jérôme", "Yannick",
            "Rémi", "Adrien", "Benoît", "Cédric", "Damien", "Fabrice", "Hervé", "Jacques", "Marc", "Serge");
    static final List<String> SURNAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard",
            "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David",
            "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
            "Vincent", "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
            "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin",
            "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont",
            "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly",
            "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard",
            "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine",
            "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Lecomte",
            "Benali", "Haddad", "Mansouri", "Belkacem", "Traoré", "Diallo", "Diop", "Camara", "Nguyen", "Tran",
            "Da Silva", "Pereira", "Fernandes", "Lopez", "Sanchez", "Kaya", "Yilmaz", "Cohen", "Lévy", "Benoit");
    static final List<String> PERSONALITIES = List.of("Jean Moulin", "Jules Ferry", "Victor Hugo", "Louise Michel",
            "Pablo Picasso", "Jacques Prévert", "Paul Éluard", "Albert Camus", "Marie Curie", "Anne Frank",
            "Simone Veil", "Jean Jaurès", "Pierre Mendès France", "Aimé Césaire", "Gisèle Halimi", "Olympe de Gouges",
            "Jean Zay", "Lucie Aubrac", "Joséphine Baker", "George Sand", "Émile Zola", "Rosa Parks", "Nelson Mandela",
            "Jean Macé", "Paul Langevin", "Condorcet", "Voltaire", "Pasteur", "Jean Rostand", "Elsa Triolet",
            "Françoise Dolto", "Germaine Tillion", "Gustave Eiffel", "Romain Rolland", "Henri Wallon", "Irène Joliot-Curie");
    static final List<String> PLACES = List.of("la Source", "Bellevue", "Beaulieu", "la Gare", "Champfleury",
            "la Roseraie", "Montplaisir", "les Tilleuls", "le Moulin", "la Forêt", "les Acacias", "Bel-Air",
            "la Fontaine", "les Peupliers", "les Marronniers", "la Croix-Rouge", "les Chênes", "le Lac",
            "les Glycines", "les Mimosas", "la Pépinière", "le Château", "les Vignes", "la Prairie", "le Bourg",
            "les Sablons", "la Madeleine", "Saint-Jean", "Saint-Michel", "la Chapelle", "les Cerisiers",
            "la Colline", "les Sources", "le Mail", "la Plaine", "les Bruyères", "le Stade", "les Hirondelles",
            "la Citadelle", "les Planches", "le Val", "les Courtilles", "Cap Nord", "l'Europe", "les Épinettes",
            "la Noue", "les Bosquets", "les Aubiers", "le Mirail", "les Minguettes", "la Duchère", "le Neuhof");
    static final List<String> AREA_KINDS = List.of("Les Hauts de", "Le Clos de", "La Cité de", "Le Quartier de",
            "Les Jardins de", "Le Plateau de", "Les Coteaux de", "La Résidence de", "Les Terrasses de", "Le Parc de",
            "Les Prés de", "Le Faubourg de", "Les Côtes de", "La Zup de", "Le Grand Ensemble de");
    static final List<String> STREETS = List.of("rue Victor Hugo", "avenue Jean Jaurès", "place de la République",
            "rue de la Paix", "allée des Tilleuls", "boulevard Pasteur", "rue Jules Ferry", "avenue du Général de Gaulle",
            "rue de la Gare", "rue des Écoles", "chemin du Moulin", "rue Louise Michel", "avenue de la Libération",
            "rue du Stade", "impasse des Lilas", "rue Pierre Brossolette", "place du Marché", "rue Émile Zola",
            "avenue Aristide Briand", "rue de la Fontaine", "rue Gambetta", "rue Jean Moulin", "quai de la Loire",
            "rue Paul Vaillant-Couturier", "square des Érables", "rue Salvador Allende", "rue Lucie Aubrac");
    static final List<String> THEMES = List.of("l'insertion", "la réussite éducative", "la parentalité",
            "l'accès aux droits", "la culture", "le sport", "la santé", "l'emploi des jeunes", "le numérique",
            "la médiation sociale", "l'alphabétisation", "l'égalité femmes-hommes", "la prévention",
            "la citoyenneté", "le lien social", "l'environnement", "la mobilité", "l'habitat");
    static final List<String> WORDS = List.of("Horizon", "Passerelle", "Tremplin", "Boussole", "Envol", "Éclat",
            "Ricochet", "Trait d'union", "Arc-en-ciel", "Sésame", "Déclic", "Relais", "Escale", "Cap Avenir",
            "Main tendue", "Voix des quartiers", "Ensemble", "Solidarité", "Partage", "Rencontres", "Éveil",
            "Graines de citoyens", "Pas à pas", "Mosaïque", "Les Petits Princes", "Agora", "Synergie", "Tisserands");

    private Lexicon() {
    }

    static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /** Lower-case ASCII letters and digits joined by {@code separator}: "Léa Dupré" → "lea.dupre". */
    static String slug(String text, String separator) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", separator).replaceAll("^" + java.util.regex.Pattern.quote(separator)
                + "+|" + java.util.regex.Pattern.quote(separator) + "+$", "");
    }

    /**
     * A phone number in the ranges ARCEP keeps for fiction (01 99 00, 02 61 91, 03 53 01, 04 65 71,
     * 05 36 49, 06 39 98), so that no generated number rings anyone.
     */
    static String phone(SplittableRandom random, boolean mobile) {
        String[] prefixes = mobile ? new String[] {"06 39 98"}
                : new String[] {"01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49"};
        return prefixes[random.nextInt(prefixes.length)] + String.format(" %02d %02d", random.nextInt(100),
                random.nextInt(100));
    }
}
