package fr.maillage.participation.web;

import fr.maillage.participation.AgeBand;
import fr.maillage.participation.Council;
import fr.maillage.participation.CouncilDetails;
import fr.maillage.participation.CouncilKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The council form. A bean rather than a record because its targets are maps bound by key
 * ({@code ageTargets[16-25]}, {@code quartierTargets[QN02501M]}).
 */
public class CouncilForm {

    @NotNull(message = "{participation.council.kind.required}")
    private CouncilKind kind;

    @NotBlank(message = "{participation.council.name.required}")
    @Size(max = 200, message = "{participation.council.name.size}")
    private String name;

    @Size(max = 4000, message = "{participation.council.description.size}")
    private String description;

    @NotEmpty(message = "{participation.council.qpv.required}")
    private List<String> qpvCodes = new ArrayList<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate mandateStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate mandateEnd;

    @Min(value = 0, message = "{participation.council.seats.range}")
    @Max(value = 500, message = "{participation.council.seats.range}")
    private int residentSeats;

    @Min(value = 0, message = "{participation.council.seats.range}")
    @Max(value = 500, message = "{participation.council.seats.range}")
    private int actorSeats;

    private boolean genderParity = true;
    private Map<String, Integer> ageTargets = new LinkedHashMap<>();
    private Map<String, Integer> quartierTargets = new LinkedHashMap<>();
    private Long version;

    public static CouncilForm empty() {
        CouncilForm form = new CouncilForm();
        form.kind = CouncilKind.CONSEIL_CITOYEN;
        form.residentSeats = 12;
        form.actorSeats = 8;
        return form;
    }

    public static CouncilForm of(Council council) {
        CouncilDetails d = council.details();
        CouncilForm form = new CouncilForm();
        form.kind = d.kind();
        form.name = d.name();
        form.description = d.description();
        form.qpvCodes = new ArrayList<>(d.qpvCodes());
        form.mandateStart = d.mandateStart();
        form.mandateEnd = d.mandateEnd();
        form.residentSeats = d.residentSeats();
        form.actorSeats = d.actorSeats();
        form.genderParity = d.genderParity();
        d.ageTargets().forEach((band, seats) -> form.ageTargets.put(band.code(), seats));
        form.quartierTargets.putAll(d.quartierTargets());
        form.version = council.getVersion();
        return form;
    }

    public CouncilDetails details() {
        Map<AgeBand, Integer> ages = new EnumMap<>(AgeBand.class);
        ageTargets.forEach((code, seats) -> {
            AgeBand band = AgeBand.ofCode(code);
            if (band != null && seats != null) {
                ages.put(band, seats);
            }
        });
        return new CouncilDetails(kind, name, description, qpvCodes, mandateStart, mandateEnd, residentSeats,
                actorSeats, genderParity, ages, quartierTargets);
    }

    public boolean mandateInOrder() {
        return mandateStart == null || mandateEnd == null || !mandateEnd.isBefore(mandateStart);
    }

    public CouncilKind getKind() {
        return kind;
    }

    public void setKind(CouncilKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getQpvCodes() {
        return qpvCodes;
    }

    public void setQpvCodes(List<String> qpvCodes) {
        this.qpvCodes = qpvCodes == null ? new ArrayList<>() : qpvCodes;
    }

    public LocalDate getMandateStart() {
        return mandateStart;
    }

    public void setMandateStart(LocalDate mandateStart) {
        this.mandateStart = mandateStart;
    }

    public LocalDate getMandateEnd() {
        return mandateEnd;
    }

    public void setMandateEnd(LocalDate mandateEnd) {
        this.mandateEnd = mandateEnd;
    }

    public int getResidentSeats() {
        return residentSeats;
    }

    public void setResidentSeats(int residentSeats) {
        this.residentSeats = residentSeats;
    }

    public int getActorSeats() {
        return actorSeats;
    }

    public void setActorSeats(int actorSeats) {
        this.actorSeats = actorSeats;
    }

    public boolean isGenderParity() {
        return genderParity;
    }

    public void setGenderParity(boolean genderParity) {
        this.genderParity = genderParity;
    }

    public Map<String, Integer> getAgeTargets() {
        return ageTargets;
    }

    public void setAgeTargets(Map<String, Integer> ageTargets) {
        this.ageTargets = ageTargets;
    }

    public Map<String, Integer> getQuartierTargets() {
        return quartierTargets;
    }

    public void setQuartierTargets(Map<String, Integer> quartierTargets) {
        this.quartierTargets = quartierTargets;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
