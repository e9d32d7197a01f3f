package fr.maillage.territory.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The CSV file of the official QPV list, as uploaded.
 */
record QpvImportForm(MultipartFile file) {

    boolean isEmpty() {
        return file == null || file.isEmpty();
    }
}
