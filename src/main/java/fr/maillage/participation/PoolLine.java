package fr.maillage.participation;

/**
 * A volunteer as the draw reads him: without his name.
 */
public record PoolLine(Long id, String reference, Gender gender, AgeBand ageBand, String qpvCode) {

    public FairDraw.Candidate candidate() {
        return new FairDraw.Candidate(reference, gender == null ? null : gender.code(),
                ageBand == null ? null : ageBand.code(), qpvCode);
    }
}
