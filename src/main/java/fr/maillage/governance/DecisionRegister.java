package fr.maillage.governance;

import fr.maillage.shared.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions register as an XLSX workbook, written a page at a time so that a register of any
 * length keeps a bounded memory.
 */
@Service
@Transactional(readOnly = true)
public class DecisionRegister {

    private static final int CHUNK = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Decisions decisions;
    private final Bodies bodies;
    private final MessageSource messages;

    DecisionRegister(Decisions decisions, Bodies bodies, MessageSource messages) {
        this.decisions = decisions;
        this.bodies = bodies;
        this.messages = messages;
    }

    public void export(Long workspaceId, Long bodyId, Integer year, DecisionStatus status, OutputStream out)
            throws IOException {
        Map<Long, String> names = bodies.findByWorkspaceIdOrderByNameAsc(workspaceId).stream()
                .collect(Collectors.toMap(Body::getId, Body::getName));
        try (TableWriter table = TableWriter.xlsx(out, text("governance.register.sheet"))) {
            table.row(List.of(text("governance.register.number"), text("governance.register.date"),
                    text("governance.register.body"), text("governance.register.titleColumn"),
                    text("governance.register.status"), text("governance.register.text"),
                    text("governance.register.links")));
            int page = 0;
            Page<DecisionRecord> chunk;
            do {
                chunk = decisions.register(workspaceId, bodyId, year, status, PageRequest.of(page++, CHUNK));
                for (DecisionRecord d : chunk) {
                    table.row(java.util.Arrays.asList(d.getNumber(), DAY.format(d.getDecidedOn()),
                            names.get(d.getBodyId()), d.getTitle(), text("governance.decisionStatus." + d.getStatus()),
                            d.getText(), d.getLinks().stream().map(LinkRef::label).collect(Collectors.joining(" ; "))));
                }
            } while (chunk.hasNext());
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
