package org.saraban.intake.directive;

/** ด่วน, ด่วนมาก, ด่วนที่สุด. */
public enum Urgency implements JsonEnum {
    URGENT("ด่วน"), VERY_URGENT("ด่วนมาก"), MOST_URGENT("ด่วนที่สุด");

    private final String thai;

    Urgency(String thai) {
        this.thai = thai;
    }

    public String thai() {
        return thai;
    }
}
