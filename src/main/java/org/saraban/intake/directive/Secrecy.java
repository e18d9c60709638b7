package org.saraban.intake.directive;

/** ลับ, ลับมาก, ลับที่สุด. A secret letter must not be shown to everyone who can search. */
public enum Secrecy implements JsonEnum {
    CONFIDENTIAL("ลับ"), SECRET("ลับมาก"), TOP_SECRET("ลับที่สุด");

    private final String thai;

    Secrecy(String thai) {
        this.thai = thai;
    }

    public String thai() {
        return thai;
    }
}
