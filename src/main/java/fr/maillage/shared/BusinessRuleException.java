package fr.maillage.shared;

/**
 * A refused business act (illegal transition, duplicate, rule broken). The message key is resolved
 * from the message bundles and shown to the user; arguments fill its placeholders.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
