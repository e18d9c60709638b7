package org.saraban.intake.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.SampleLetters;

class DeadlineCalendarTest {
    private static final String LINK = "http://127.0.0.1:8080/#/letter/";

    private static Calendar parsedFeed(List<DirectiveRecord> records) throws Exception {
        StringWriter out = new StringWriter();
        DeadlineCalendar.write(DeadlineCalendar.of(records, LINK, Instant.parse("2024-11-05T03:00:00Z")), out);
        String ics = out.toString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), "CRLF line ends, as RFC 5545 wants");
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void theFeedParsesAndValidatesWithIcal4j() throws Exception {
        Calendar calendar = parsedFeed(SampleLetters.all());
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        // tak ×2 monthly, krabi ×2, mae hong son once + monthly, follow-up, relative: every deadline with a known day.
        assertEquals(8, events.size());
        assertEquals(8, events.stream().map(e -> value(e, "UID")).distinct().count());
    }

    @Test
    void oneEventCarriesTheActionTheLetterAndItsLink() throws Exception {
        Map<String, VEvent> byUid = parsedFeed(SampleLetters.all()).<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> value(e, "UID"), Function.identity()));
        VEvent krabi = byUid.get(SampleLetters.KRABI_PROVINCE + "-0@saraban-intake");
        assertEquals("20241230", value(krabi, "DTSTART"));
        assertEquals("บันทึกข้อมูลภารกิจถ่ายโอนในระบบ INFO ให้แล้วเสร็จ", value(krabi, "SUMMARY"));
        String description = value(krabi, "DESCRIPTION");
        assertTrue(description.contains("การปรับปรุงข้อมูลภารกิจถ่ายโอน"), description);
        assertTrue(description.contains("กบ 0023.6/ว 5532"), description);
        assertTrue(description.contains(LINK + SampleLetters.KRABI_PROVINCE), description);
        assertEquals(LINK + SampleLetters.KRABI_PROVINCE, value(krabi, "URL"));

        VEvent monthly = byUid.get(SampleLetters.TAK_DEPARTMENT + "-0@saraban-intake");
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=5", value(monthly, "RRULE"));
        assertEquals("20221105", value(monthly, "DTSTART"), "first 5th after the letter of 21 Oct 2022");
    }

    @Test
    void ical4jExpandsMonthlyRulesToTheDaysTheScheduleGives() throws Exception {
        DirectiveRecord r = SampleLetters.all().get(1);
        for (int day : new int[] {5, 29, 31}) {
            Deadline d = new Deadline(Deadline.Kind.MONTHLY, null, day, null, null, null, "ส่งรายงาน", "ภายในวันที่ " + day + " ของทุกเดือน");
            DirectiveRecord one = new DirectiveRecord(r.schemaVersion(), r.id(), r.source(), r.letterType(), r.urgency(),
                    r.secrecy(), r.refNo(), r.date(), r.dateRaw(), r.issuer(), r.subject(), r.salutation(), r.recipients(),
                    r.references(), r.enclosures(), r.infoDomains(), List.of(d), r.signer(), r.ownerUnit(), r.contacts(),
                    r.receivedStamps(), r.qrCodes(), r.links(), r.enclosedBy(), r.text(), r.confidence(), r.review());
            VEvent event = parsedFeed(List.of(one)).<VEvent>getComponents("VEVENT").get(0);
            LocalDate from = LocalDate.of(2022, 10, 1);
            LocalDate to = LocalDate.of(2023, 9, 30);
            TreeSet<LocalDate> ical = new TreeSet<>();
            for (Period<LocalDate> p : event.<LocalDate>calculateRecurrenceSet(new Period<>(from, to))) {
                ical.add(p.getStart());
            }
            assertEquals(DeadlineSchedule.occurrences(one, d, from, to), List.copyOf(ical), "day " + day);
        }
    }
}
