package fr.maillage.shared.search;

import java.util.List;

/**
 * Published (with Spring's {@code ApplicationEventPublisher}, inside the writing transaction) by a
 * module each time one of its searchable records is created or changed; the {@code search} module
 * keeps one search document per (type, id) and answers the global search box from it.
 *
 * @param type kind of record, also the facet value: {@code organisation}, {@code action},
 *        {@code experience}, {@code resource}, {@code watch}, {@code minutes}, {@code decision},
 *        {@code event}, ...
 * @param id the record's id in its module
 * @param workspaceId the workspace whose members may see it, or {@code null} when it is not
 *        workspace-owned (organisations, public events)
 * @param visibleToPublic whether anonymous visitors may find it (published sheets, public events)
 * @param title short title, shown as the result's link
 * @param text the searchable body as plain text (no HTML), used for snippets
 * @param themes theme labels (facet)
 * @param territories territory labels, e.g. commune or QPV names (facet)
 * @param year the year it belongs to, or {@code null} (facet)
 * @param url where the result links to, an absolute path such as {@code /espaces/3/actions/12}
 */
public record SearchableContent(String type, Long id, Long workspaceId, boolean visibleToPublic, String title,
        String text, List<String> themes, List<String> territories, Integer year, String url) {
}
