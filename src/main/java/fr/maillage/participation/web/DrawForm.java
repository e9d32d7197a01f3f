package fr.maillage.participation.web;

import fr.maillage.participation.FairDraw;
import java.util.ArrayList;
import java.util.List;

/**
 * The second step of a draw: the quota cells (proposed, then changed by the user if he wishes), the
 * substitutes per seat and the public seed phrase. A bean because its cells are bound by index
 * ({@code cells[3].seats}).
 */
public class DrawForm {

    private Long poolId;
    private int substitutesPerSeat = 1;
    private String seedPhrase;
    private List<CellForm> cells = new ArrayList<>();

    /** One quota cell as the form shows it. */
    public static class CellForm {
        private String gender;
        private String ageBand;
        private String quartier;
        private int seats;

        public CellForm() {
        }

        CellForm(FairDraw.Cell cell) {
            this.gender = cell.gender();
            this.ageBand = cell.ageBand();
            this.quartier = cell.quartier();
            this.seats = cell.seats();
        }

        FairDraw.Cell cell() {
            return new FairDraw.Cell(gender, ageBand, quartier, Math.max(0, seats));
        }

        public String getGender() {
            return gender;
        }

        public void setGender(String gender) {
            this.gender = gender;
        }

        public String getAgeBand() {
            return ageBand;
        }

        public void setAgeBand(String ageBand) {
            this.ageBand = ageBand;
        }

        public String getQuartier() {
            return quartier;
        }

        public void setQuartier(String quartier) {
            this.quartier = quartier;
        }

        public int getSeats() {
            return seats;
        }

        public void setSeats(int seats) {
            this.seats = seats;
        }
    }

    static DrawForm of(Long poolId, int substitutesPerSeat, List<FairDraw.Cell> cells) {
        DrawForm form = new DrawForm();
        form.poolId = poolId;
        form.substitutesPerSeat = substitutesPerSeat;
        cells.forEach(c -> form.cells.add(new CellForm(c)));
        return form;
    }

    List<FairDraw.Cell> quotaCells() {
        return cells.stream().map(CellForm::cell).toList();
    }

    public int totalSeats() {
        return cells.stream().mapToInt(CellForm::getSeats).sum();
    }

    public Long getPoolId() {
        return poolId;
    }

    public void setPoolId(Long poolId) {
        this.poolId = poolId;
    }

    public int getSubstitutesPerSeat() {
        return substitutesPerSeat;
    }

    public void setSubstitutesPerSeat(int substitutesPerSeat) {
        this.substitutesPerSeat = substitutesPerSeat;
    }

    public String getSeedPhrase() {
        return seedPhrase;
    }

    public void setSeedPhrase(String seedPhrase) {
        this.seedPhrase = seedPhrase;
    }

    public List<CellForm> getCells() {
        return cells;
    }

    public void setCells(List<CellForm> cells) {
        this.cells = cells;
    }
}
