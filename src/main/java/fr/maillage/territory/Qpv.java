package fr.maillage.territory;

import fr.maillage.shared.Audited;
import fr.maillage.territory.internal.Folding;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A quartier prioritaire de la politique de la ville, as the official list defines it: a code, a
 * name and the communes it lies in. Created and revised only by the import of that list; rows of the
 * demonstration sample carry {@link #isSample()} until an official import covers them.
 */
@Entity
@Table(name = "territory_qpv")
@Audited("qpv")
public class Qpv {

    /**
     * {@code QN}, the département on three characters (01 to 95 with a leading zero, 02A and 02B
     * for Corsica, 971 to 978 overseas), a two-digit sequence and the letter of the 2024 reform:
     * N new, M modified perimeter, I unchanged. Example: QN02501M.
     */
    public static final Pattern CODE =
            Pattern.compile("QN(0(?:0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5])|97[1-8])\\d{2}[NMI]");

    @Id
    private String code;

    private String name;

    private String searchName;

    private String departementCode;

    private boolean sample;

    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "territory_qpv_commune", joinColumns = @JoinColumn(name = "qpv_code"))
    @Column(name = "commune_code")
    private Set<String> communeCodes = new HashSet<>();

    @Version
    private long version;

    protected Qpv() {
    }

    Qpv(String code, String name, Collection<String> communeCodes, boolean sample) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("Code QPV non conforme : " + code);
        }
        this.code = code;
        this.departementCode = departementOf(code);
        this.sample = sample;
        rename(name);
        this.communeCodes.addAll(communeCodes);
        this.updatedAt = Instant.now();
    }

    /** Whether a code has the official format (upper case, no spaces). */
    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The département of a well-formed code as the COG writes it: QN02501M → 25, QN02A01I → 2A, QN97101N → 971. */
    public static String departementOf(String code) {
        String part = code.substring(2, 5);
        return part.startsWith("0") ? part.substring(1) : part;
    }

    /**
     * Applies a row of an official list: its name and communes replace the current ones, and the
     * record stops being a sample.
     *
     * @return whether anything changed
     */
    boolean revise(String newName, Collection<String> newCommuneCodes) {
        boolean changed = !name.equals(newName.strip()) || !communeCodes.equals(Set.copyOf(newCommuneCodes)) || sample;
        if (changed) {
            rename(newName);
            communeCodes.retainAll(newCommuneCodes);
            communeCodes.addAll(newCommuneCodes);
            sample = false;
            updatedAt = Instant.now();
        }
        return changed;
    }

    private void rename(String newName) {
        this.name = newName.strip();
        this.searchName = Folding.fold(this.name);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The département as the COG writes it ("25", "2A", "976"). */
    public String getDepartementCode() {
        return departementCode;
    }

    /** Whether this record comes from the demonstration sample rather than from the official list. */
    public boolean isSample() {
        return sample;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** INSEE codes of its communes, sorted. */
    public List<String> getCommuneCodes() {
        return communeCodes.stream().sorted().toList();
    }

    /** The persistent collection itself, for loading it before the session closes. */
    Set<String> communeCodes() {
        return communeCodes;
    }

    public long getVersion() {
        return version;
    }

    /** "Planoise (QN02510M)". */
    public String label() {
        return name + " (" + code + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
