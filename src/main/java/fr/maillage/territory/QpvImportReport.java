package fr.maillage.territory;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What an import of the QPV list did, or why it did nothing: when {@link #problems()} is not empty
 * the file was refused as a whole and no record was written.
 *
 * @param created     QPV that did not exist
 * @param updated     QPV whose name or communes changed, or that stopped being samples
 * @param unchanged   QPV already as the file describes them
 * @param samplesLeft QPV of the demonstration sample the file did not cover, still shown as samples
 * @param problems    the refused lines, in file order
 */
public record QpvImportReport(int created, int updated, int unchanged, long samplesLeft, List<Problem> problems)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public QpvImportReport {
        problems = List.copyOf(problems);
    }

    static QpvImportReport refused(List<Problem> problems) {
        return new QpvImportReport(0, 0, 0, 0, problems);
    }

    /** Whether the file was accepted and written. */
    public boolean succeeded() {
        return problems.isEmpty();
    }

    /**
     * A refused line.
     *
     * @param line       the line number in the file, the header being line 1
     * @param messageKey the reason, a key of the message bundle
     * @param arguments  the values the reason names
     */
    public record Problem(int line, String messageKey, List<String> arguments) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public Problem(int line, String messageKey, String... arguments) {
            this(line, messageKey, List.of(arguments));
        }

        /** The arguments as the message source wants them. */
        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }
}
