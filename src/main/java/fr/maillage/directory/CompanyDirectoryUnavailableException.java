package fr.maillage.directory;

/**
 * The public company directory did not answer in time or answered with an error; the user fills
 * the form by hand.
 */
public class CompanyDirectoryUnavailableException extends RuntimeException {

    public CompanyDirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
