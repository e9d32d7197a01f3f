package fr.maillage.bench.dataset;

import java.util.SplittableRandom;

/**
 * Plausible names of the organisations a politique de la ville team works with, by category.
 */
final class OrganisationNames {

    private OrganisationNames() {
    }

    static String association(Territory.Commune commune, SplittableRandom random) {
        String place = QpvListGenerator.capitalise(Lexicon.pick(Lexicon.PLACES, random));
        String word = Lexicon.pick(Lexicon.WORDS, random);
        return switch (random.nextInt(14)) {
            case 0 -> "Centre social " + place;
            case 1 -> "Centre social et culturel " + word;
            case 2 -> "Maison des jeunes et de la culture de " + commune.name();
            case 3 -> "Amicale des locataires " + place;
            case 4 -> "Régie de quartier de " + commune.name();
            case 5 -> Lexicon.pick(java.util.List.of("Football club", "Boxe éducative", "Basket club", "Judo club",
                    "Union sportive", "Athlétisme"), random) + " de " + commune.name();
            case 6 -> "Compagnie " + word;
            case 7 -> "Association pour " + Lexicon.pick(Lexicon.THEMES, random) + " à " + commune.name();
            case 8 -> "Les Amis de " + place;
            case 9 -> "Comité de quartier " + place;
            case 10 -> "Atelier " + word;
            case 11 -> word + " " + commune.name();
            case 12 -> "Association des femmes relais de " + commune.name();
            default -> "Association " + word;
        };
    }

    static String school(SplittableRandom random) {
        String person = Lexicon.pick(Lexicon.PERSONALITIES, random);
        return switch (random.nextInt(5)) {
            case 0, 1 -> "Collège " + person;
            case 2 -> "École élémentaire " + person;
            case 3 -> "École maternelle " + QpvListGenerator.capitalise(Lexicon.pick(Lexicon.PLACES, random));
            default -> "Lycée professionnel " + person;
        };
    }

    static String landlord(Territory.Commune commune, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> commune.name() + " Habitat";
            case 1 -> "Office public de l'habitat de " + commune.name();
            default -> Lexicon.pick(Lexicon.WORDS, random) + " Habitat";
        };
    }

    static String company(SplittableRandom random) {
        String surname = Lexicon.pick(Lexicon.SURNAMES, random);
        String word = Lexicon.pick(Lexicon.WORDS, random);
        return switch (random.nextInt(5)) {
            case 0 -> surname + " et fils";
            case 1 -> word + " Services";
            case 2 -> surname + " Bâtiment";
            case 3 -> word + " Formation";
            default -> word + " Conseil";
        };
    }
}
