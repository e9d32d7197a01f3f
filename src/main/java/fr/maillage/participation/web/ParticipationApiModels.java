package fr.maillage.participation.web;

import fr.maillage.participation.AgeBand;
import fr.maillage.participation.College;
import fr.maillage.participation.Council;
import fr.maillage.participation.CouncilDetails;
import fr.maillage.participation.CouncilKind;
import fr.maillage.participation.Draw;
import fr.maillage.participation.DrawEntry;
import fr.maillage.participation.FairDraw;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * The JSON shapes of the participation API. Members' and volunteers' names never appear: draws list
 * pseudonyms only, as on the public portal.
 */
final class ParticipationApiModels {

    private ParticipationApiModels() {
    }

    record PageJson<T>(List<T> items, int number, int size, long totalElements, int totalPages) {

        static <T> PageJson<T> of(Page<?> page, List<T> items) {
            return new PageJson<>(items, page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }

    record CouncilJson(Long id, CouncilKind kind, String name, String description, List<String> qpvCodes,
            LocalDate mandateStart, LocalDate mandateEnd, int residentSeats, int actorSeats, boolean genderParity,
            Map<String, Integer> ageTargets, Map<String, Integer> quartierTargets, boolean published,
            Map<College, Long> members, long version) {

        static CouncilJson of(Council c, Map<College, Long> members) {
            CouncilDetails d = c.details();
            Map<String, Integer> ages = new java.util.LinkedHashMap<>();
            d.ageTargets().forEach((band, seats) -> ages.put(band.code(), seats));
            return new CouncilJson(c.getId(), c.getKind(), c.getName(), c.getDescription(), c.getQpvCodes(),
                    c.getMandateStart(), c.getMandateEnd(), c.getResidentSeats(), c.getActorSeats(), c.isGenderParity(),
                    ages, d.quartierTargets(), c.isPublished(), members, c.getVersion());
        }
    }

    record CouncilRequest(
            @NotNull(message = "{participation.council.kind.required}") CouncilKind kind,
            @NotBlank(message = "{participation.council.name.required}") @Size(max = 200, message = "{participation.council.name.size}") String name,
            @Size(max = 4000, message = "{participation.council.description.size}") String description,
            @NotEmpty(message = "{participation.council.qpv.required}") List<String> qpvCodes,
            LocalDate mandateStart, LocalDate mandateEnd,
            @Min(value = 0, message = "{participation.council.seats.range}") @Max(value = 500, message = "{participation.council.seats.range}") Integer residentSeats,
            @Min(value = 0, message = "{participation.council.seats.range}") @Max(value = 500, message = "{participation.council.seats.range}") Integer actorSeats,
            Boolean genderParity, Map<String, Integer> ageTargets, Map<String, Integer> quartierTargets) {

        CouncilDetails details() {
            Map<AgeBand, Integer> ages = new EnumMap<>(AgeBand.class);
            if (ageTargets != null) {
                ageTargets.forEach((code, seats) -> {
                    AgeBand band = AgeBand.ofCode(code);
                    if (band != null && seats != null) {
                        ages.put(band, seats);
                    }
                });
            }
            return new CouncilDetails(kind, name, description, qpvCodes, mandateStart, mandateEnd,
                    residentSeats == null ? 0 : residentSeats, actorSeats == null ? 0 : actorSeats,
                    Boolean.TRUE.equals(genderParity), ages, quartierTargets == null ? Map.of() : quartierTargets);
        }
    }

    record CellJson(String gender, String ageBand, String quartier,
            @NotNull(message = "{participation.draw.seats.range}") @Min(value = 0, message = "{participation.draw.seats.range}") Integer seats,
            Integer available) {

        FairDraw.Cell cell() {
            return new FairDraw.Cell(gender, ageBand, quartier, seats);
        }
    }

    record EntryJson(int cell, int rank, String reference, boolean substitute, boolean called) {

        static EntryJson of(DrawEntry e) {
            return new EntryJson(e.getCellPosition(), e.getRank(), e.getReference(), e.isSubstitute(), e.isCalled());
        }
    }

    record DrawJson(Long id, Long councilId, Long poolId, String seedPhrase, String seed, String poolDigest,
            int poolSize, int seats, int substitutesPerSeat, String algorithm, Instant drawnAt, boolean appointed,
            List<CellJson> cells, List<EntryJson> entries) {

        static DrawJson of(Draw d, List<DrawEntry> entries) {
            return new DrawJson(d.getId(), d.getCouncilId(), d.getPoolId(), d.getSeedPhrase(), d.getSeedHex(),
                    d.getPoolDigest(), d.getPoolSize(), d.getSeats(), d.getSubstitutesPerSeat(), d.getAlgorithm(),
                    d.getDrawnAt(), d.isAppointed(),
                    d.getCells().stream().map(c -> new CellJson(c.gender(), c.ageBand(), c.quartier(), c.seats(),
                            c.available())).toList(),
                    entries == null ? null : entries.stream().map(EntryJson::of).toList());
        }
    }

    record DrawRequest(@NotNull(message = "{participation.draw.pool.required}") Long poolId,
            @NotBlank(message = "{participation.draw.seed.required}") @Size(max = 500, message = "{participation.draw.seed.size}") String seedPhrase,
            @Min(value = 0, message = "{participation.draw.substitutes.range}") @Max(value = 5, message = "{participation.draw.substitutes.range}") Integer substitutesPerSeat,
            @NotEmpty(message = "{participation.draw.cells.required}") List<@Valid CellJson> cells) {
    }
}
