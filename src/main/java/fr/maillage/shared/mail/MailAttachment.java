package fr.maillage.shared.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a queued e-mail. */
@Entity
@Table(name = "shared_mail_attachment")
class MailAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;
    private String fileName;
    private String contentType;
    private byte[] content;

    protected MailAttachment() {
    }

    MailAttachment(int position, String fileName, String contentType, byte[] content) {
        this.position = position;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }
}
