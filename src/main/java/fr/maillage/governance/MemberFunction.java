package fr.maillage.governance;

/**
 * What a member does in a body; présidents and co-présidents chair it.
 */
public enum MemberFunction {
    PRESIDENT, CO_PRESIDENT, MEMBRE, INVITE_PERMANENT;

    public boolean chairs() {
        return this == PRESIDENT || this == CO_PRESIDENT;
    }
}
