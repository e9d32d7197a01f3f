package fr.maillage.governance;

/**
 * Whether a meeting reached its body's quorum: voting members expected, those present or
 * represented, how many were required.
 */
public record Quorum(QuorumRule rule, int value, int voting, int counted, int required, boolean reached) {

    static Quorum of(Body body, java.util.List<Attendance> lines) {
        int voting = (int) lines.stream().filter(Attendance::isVoting).count();
        int counted = (int) lines.stream().filter(a -> a.isVoting() && a.getStatus().counts()).count();
        return new Quorum(body.getQuorumRule(), body.getQuorumValue(), voting, counted,
                body.getQuorumRule().required(body.getQuorumValue(), voting),
                body.getQuorumRule().reached(body.getQuorumValue(), voting, counted));
    }
}
