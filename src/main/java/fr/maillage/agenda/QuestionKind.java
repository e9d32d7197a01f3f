package fr.maillage.agenda;

/**
 * The kinds of satisfaction survey questions: a 1-5 scale, one choice among a list, or free text.
 */
public enum QuestionKind {
    SCALE, CHOICE, TEXT
}
