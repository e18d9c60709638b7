package org.saraban.intake.directive;

/** Kinds of letter in the correspondence regulation (ระเบียบงานสารบรรณ). */
public enum LetterType implements JsonEnum {
    /** หนังสือภายนอก */
    EXTERNAL,
    /** บันทึกข้อความ, หนังสือภายใน */
    MEMO,
    /** หนังสือประทับตรา */
    STAMPED,
    /** หนังสือสั่งการ: คำสั่ง, ระเบียบ, ข้อบังคับ */
    ORDER,
    /** หนังสือประชาสัมพันธ์: ประกาศ, แถลงการณ์, ข่าว */
    ANNOUNCEMENT,
    RECORD,
    UNKNOWN
}
