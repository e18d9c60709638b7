#!/usr/bin/env python3
"""Generate short text lines in the style of Thai official letters.

    gen_text.py train N SEED [wordlist]  -> N training lines on stdout
    gen_text.py eval  N SEED             -> N held-out evaluation lines
    gen_text.py names N SEED             -> N signature-block lines (training only)

Training and evaluation lines share the genre (reference numbers, Buddhist-era
dates, deadlines, phone numbers, amounts, Latin/URL snippets) but the body
sentences come from two disjoint pools (BODY_TRAIN / BODY_EVAL), the random
numbers come from different seeds, and any evaluation line that happens to
equal a training line is dropped by train.sh.  The optional wordlist (the
stock `tha` dictionary, extracted at build time) adds random Thai vocabulary
to the training lines only.
"""
import random
import sys

TH_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
          "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MONTHS_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.",
                "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
WEEKDAYS = ["อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์"]
AGENCIES = ["นร", "กห", "กค", "กต", "กก", "พม", "กษ", "คค", "ทส", "ดศ", "พน",
            "พณ", "มท", "ยธ", "รง", "วธ", "ศธ", "สธ", "อก", "อว"]
PROVINCES = ["กบ", "กจ", "กส", "กพ", "ขก", "จบ", "ฉช", "ชบ", "ชน", "ชย", "ชพ",
             "ชร", "ชม", "ตง", "ตร", "ตก", "นย", "นฐ", "นพ", "นม", "นศ", "นว",
             "นบ", "นธ", "นน", "บก", "บร", "ปท", "ปข", "ปจ", "ปน", "พย", "อย",
             "พง", "พท", "พจ", "พล", "พบ", "พช", "พร", "ภก", "มค", "มห", "มส",
             "ยส", "ยล", "รอ", "รน", "รย", "รบ", "ลบ", "ลป", "ลพ", "ลย", "ศก",
             "สน", "สข", "สต", "สป", "สส", "สค", "สก", "สบ", "สห", "สท", "สพ",
             "สฎ", "สร", "นค", "นภ", "อท", "อจ", "อด", "อต", "อน", "อบ"]
DOMAINS = ["สาธารณสุขและสิ่งแวดล้อม", "นวัตกรรมและการศึกษา", "สาธารณภัย",
           "โครงสร้างพื้นฐาน", "การบริหารจัดการน้ำ", "การจัดการภายในและธรรมาภิบาล",
           "สังคม ศาสนา วัฒนธรรม", "เศรษฐกิจและการท่องเที่ยว"]
HOSTS = ["info.dla.go.th", "www.dla.go.th", "www.moi.go.th", "saraban.go.th",
         "drive.google.com", "bit.ly", "forms.gle", "www.ratchakitcha.soc.go.th",
         "opm.go.th", "data.go.th", "lpa.dla.go.th", "qr.example.go.th"]
MAILBOX = ["saraban", "info", "admin", "dla0810", "plan.dla", "helpdesk",
           "tak.local", "krabi", "mhs.province", "pr.office", "it.support"]
LATIN_WORDS = ["INFO", "QR Code", "PDF", "Excel", "Google Form", "LINE", "Zoom",
               "e-mail", "E-mail", "ID", "Username", "Password", "Login", "Web",
               "Download", "Upload", "File", "Version", "Online", "e-LAAS",
               "GFMIS", "e-GP", "Covid-19", "DLA", "Meeting", "Update", "Report"]

# Body text: two disjoint pools written for this project.
BODY_TRAIN = [
    "ตามที่ได้แจ้งแนวทางการดำเนินงานไปแล้ว นั้น",
    "จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการ",
    "ขอความร่วมมือแจ้งองค์กรปกครองส่วนท้องถิ่นในพื้นที่",
    "รายละเอียดปรากฏตามสิ่งที่ส่งมาพร้อมนี้",
    "ขอแสดงความนับถือ",
    "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด",
    "กรมส่งเสริมการปกครองท้องถิ่น",
    "ผู้ว่าราชการจังหวัด",
    "ท้องถิ่นอำเภอทุกอำเภอ",
    "นายกองค์การบริหารส่วนจังหวัด",
    "นายกเทศมนตรีเมือง",
    "นายกองค์การบริหารส่วนตำบล",
    "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
    "ส่วนราชการเจ้าของเรื่อง",
    "ให้ครบถ้วน ถูกต้อง และเป็นปัจจุบัน",
    "เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย",
    "และมีประสิทธิภาพ จึงขอความร่วมมือ",
    "บันทึกข้อมูลในระบบข้อมูลกลาง",
    "ศูนย์ช่วยเหลือประชาชน",
    "ระเบียบกระทรวงมหาดไทยว่าด้วยค่าใช้จ่าย",
    "มอบหมายเจ้าหน้าที่ผู้รับผิดชอบ",
    "ให้คำปรึกษา แนะนำ ช่วยเหลือ สนับสนุน",
    "ติดตามและรายงานผลการดำเนินงาน",
    "หนังสือราชการภายนอก",
    "บันทึกข้อความ",
    "เรื่อง ขอเชิญประชุมชี้แจงแนวทาง",
    "เรียน ผู้อำนวยการกองคลัง",
    "อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น",
    "สิ่งที่ส่งมาด้วย สำเนาหนังสือ",
    "ด่วนที่สุด",
    "ด่วนมาก",
    "เพื่อโปรดพิจารณา",
    "ทราบ / อนุมัติ / ลงนาม",
    "การปฏิบัติ ของ สถ.จ.",
    "ข้อมูลคณะกรรมการชุมชน",
    "ข้อมูลการจัดตั้งกองทุนวิสาหกิจชุมชน",
    "ภารกิจถ่ายโอน ระยะที่ ๒",
    "คู่มือการใช้งานระบบ",
    "สแกนคิวอาร์โค้ดเพื่อดาวน์โหลดเอกสาร",
    "ค่าใช้จ่ายในการเดินทางไปราชการ",
    "งบประมาณรายจ่ายประจำปี",
    "ตำแหน่ง นักวิเคราะห์นโยบายและแผน",
    "ปลัดองค์การบริหารส่วนตำบล",
    "หัวหน้าสำนักปลัด",
    "ทั้งนี้ ให้ถือปฏิบัติตั้งแต่บัดนี้เป็นต้นไป",
    "หากมีข้อสงสัยประการใด โปรดติดต่อ",
    "ประกาศ ณ วันที่",
    "สั่ง ณ วันที่",
    "ลงชื่อ ผู้รับ",
    "ศาลากลางจังหวัด",
    "ที่ว่าการอำเภอ",
    "ถนนนครราชสีมา เขตดุสิต กรุงเทพฯ",
    "ไปรษณีย์อิเล็กทรอนิกส์",
    "โทรสาร",
    "สำเนาคู่ฉบับ",
    "กำหนดส่งรายงานเป็นรายไตรมาส",
    "การจัดทำแผนพัฒนาท้องถิ่น",
    "ตรวจสอบความถูกต้องของข้อมูล",
    "ให้แล้วเสร็จตามกำหนด",
    "สำนักงานเลขานุการกรม",
    "ฝ่ายบริหารงานทั่วไป",
    "เงินอุดหนุนทั่วไป",
    "ความช่วยเหลือด้านสาธารณภัย",
    "ผู้ประสบภัยจากอุทกภัย",
    "ดำเนินการตามอำนาจหน้าที่",
    "จำนำ ค้ำประกัน กำกับ ดูแล",
    "ทำความเข้าใจ กำหนดการ ลำดับ",
    "ชำระเงิน คำสั่ง คำร้อง สำรวจ",
    "ประจำเดือน ประจำปี ลำพูน ลำปาง",
]

BODY_EVAL = [
    "ตามหนังสือที่อ้างถึง กรมได้ขอให้จังหวัดแจ้ง",
    "จึงเรียนมาเพื่อโปรดทราบ",
    "ในการนี้ จึงขอให้ท่านพิจารณาดำเนินการ",
    "สำนักงานท้องถิ่นจังหวัด",
    "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน",
    "กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น",
    "ส่วนส่งเสริมการบริหารจัดการ",
    "ศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน",
    "ข้อมูลการดำเนินงานของคณะกรรมการชุมชน",
    "เพื่อใช้เป็นข้อมูลประกอบการตัดสินใจ",
    "และรายงานผลให้จังหวัดทราบ",
    "องค์การบริหารส่วนตำบลทุกแห่ง",
    "เทศบาลตำบลทุกแห่ง",
    "ผู้อำนวยการกองการศึกษา",
    "ทั้งนี้ สามารถดาวน์โหลดแบบฟอร์มได้ที่",
    "ขอให้นำส่งเอกสารหลักฐานประกอบ",
    "แผนการจัดหาพัสดุประจำปีงบประมาณ",
    "ค่าตอบแทนคณะกรรมการ",
    "สำเนาเรียน นายอำเภอทุกอำเภอ",
    "เจ้าพนักงานธุรการชำนาญงาน",
    "ตรวจแล้ว ถูกต้อง",
    "การป้องกันและบรรเทาสาธารณภัย",
    "เลขานุการคณะทำงาน",
    "ทำเนียบผู้บริหารท้องถิ่น",
]

TRAIN_WORDS = []

# Signature blocks: a letter ends with the signer's name in parentheses, then the position. Thai
# given names and surnames are built from a stock of Pali-Sanskrit and Thai parts, and carry the
# letter combinations the genre's other text hardly has (ณั, ฐ, ฏ, ญ under ุ and ู, ็, ์ over a
# final): the stock dictionary and the body pools hold almost no names, and the model read
# ณัฐ as ณ์ร or ณ์ฐ (seventh to ninth sessions' development pages; ninth-session notes).
GIVEN_PARTS = ["กิตติ", "ชัย", "ณัฐ", "ณัฏฐ์", "ธนา", "ธน", "ธีระ", "นพ", "พงศ์", "พงษ์", "พล", "ภัทร",
               "วุฒิ", "วัฒน์", "วัฒนา", "ศักดิ์", "ศิริ", "สุร", "สุรี", "สม", "อรุณ", "อนุ", "ปรีชา",
               "เกียรติ", "เลิศ", "บุญ", "รัตน์", "รัตนา", "พร", "ทิพย์", "ฐิติ", "ญาณ", "ธิดา", "นันท์",
               "ปิยะ", "ปวีณา", "ภูมิ", "ยุทธ", "รุ่ง", "วร", "วิทย์", "วิไล", "วรรณ", "ศุภ", "สุภา", "อภิ",
               "อัญชลี", "ฤทธิ์", "ฤดี", "เพ็ญ", "เพชร", "จิรา", "ชุติมา", "ฉัตร", "ประภา", "ปัณณ์",
               "กัญญา", "กาญจนา", "ขวัญ", "เอก", "ชนก", "ชนิดา", "ดวง", "ทรง", "ธวัช", "นิรันดร์", "บุษบา",
               "ปฐม", "พัชรี", "มนัส", "ยุพิน", "รัชนี", "ลัดดา", "วนิดา", "วีระ", "ศรัณย์", "สุนีย์",
               "สุดา", "อำนาจ", "อุไร", "เฉลิม", "ไพโรจน์", "ฐาปนา", "ฑิตยา", "วุฑฒิ", "ญาดา", "ปุณณ์",
               "ศุภกร", "ภูริ", "กุลธิดา", "จุฑา", "ธัญ", "ธัญญา", "บุศรา", "ปริญญ์", "ศรุต", "อุดม"]
SURNAME_PARTS = ["ศรี", "ทอง", "แก้ว", "บุญ", "สุข", "ชัย", "วงศ์", "จันทร์", "นาค", "พรหม", "ปัญญา",
                 "ศักดิ์", "รุ่ง", "เรือง", "มั่น", "เจริญ", "สมบูรณ์", "อินทร์", "ประเสริฐ", "ใจ", "คำ",
                 "เพชร", "กาญจน", "ธรรม", "ทรัพย์", "สิริ", "มงคล", "รัตน", "อ่อน", "ชื่น", "ดี", "มา",
                 "มณี", "ใหญ่", "งาม", "เพ็ญ", "สวัสดิ์", "กุล", "พันธ์", "สิทธิ์", "ภักดี", "สกุล", "วัฒนา",
                 "ทิพย์", "ศิลป์", "บุตร", "ฤทธิ์", "ณรงค์", "ฐาน", "พุ่ม", "ขุนทอง", "ปุณ", "ภู่", "ดุษฎี"]
TITLES = ["นาย", "นาย", "นาง", "นางสาว", "ว่าที่ร้อยตรี", "ดร."]
POSITIONS = ["ผู้ว่าราชการจังหวัด", "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน", "ท้องถิ่นจังหวัด",
             "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น", "รองอธิบดี ปฏิบัติราชการแทน", "นายอำเภอ",
             "ท้องถิ่นอำเภอ", "นายกองค์การบริหารส่วนตำบล", "ปลัดเทศบาล", "ผู้อำนวยการกอง",
             "หัวหน้าฝ่ายบริหารงานทั่วไป", "นักวิเคราะห์นโยบายและแผนชำนาญการ"]


def person(r):
    given = "".join(r.choice(GIVEN_PARTS) for _ in range(r.choice([1, 2, 2, 2])))
    surname = "".join(r.choice(SURNAME_PARTS) for _ in range(r.choice([2, 2, 3])))
    return given, surname


def signature(r):
    """One line of a signature block or a contact line with a person's name."""
    given, surname = person(r)
    title = r.choice(TITLES)
    k = r.randrange(6)
    if k <= 1:
        return "(%s%s %s)" % (title, given, surname)
    if k == 2:
        return "%s%s %s" % (title, given, surname)
    if k == 3:
        return "ผู้ประสานงาน %s%s %s" % (title, given, surname)
    if k == 4:
        return "%s %s %s" % (given, surname, r.choice(POSITIONS))
    return "(%s %s) %s" % (given, surname, r.choice(POSITIONS))


def th(s):
    return str(s).translate(str.maketrans("0123456789", TH_DIGITS))


def num(r, lo, hi, thai=True):
    v = r.randint(lo, hi)
    return th(v) if thai else str(v)


def digits(r, n, thai=True):
    s = "".join(r.choice("0123456789") for _ in range(n))
    return th(s) if thai else s


def amount(r, thai=True):
    v = r.choice([r.randint(100, 9999), r.randint(10000, 999999),
                  r.randint(1000000, 99999999)])
    s = "{:,}".format(v)
    if r.random() < 0.4:
        s += ".%02d" % r.randint(0, 99)
    return th(s) if thai else s


def year(r, thai=True):
    return num(r, 2540, 2570, thai)


def date(r, thai=True):
    d = num(r, 1, 31, thai)
    form = r.random()
    if form < 0.6:
        return "%s %s %s" % (d, r.choice(MONTHS), year(r, thai))
    if form < 0.85:
        return "%s %s %s" % (d, r.choice(MONTHS_SHORT), year(r, thai))
    return "%s %s %s" % (d, r.choice(MONTHS_SHORT), num(r, 40, 70, thai))


def body(r, pool):
    s = r.choice(pool)
    if TRAIN_WORDS and r.random() < 0.5:
        # stitch dictionary words to vary the vocabulary (training only)
        words = [r.choice(TRAIN_WORDS) for _ in range(r.randint(2, 5))]
        s = r.choice([s + " ", ""]) + r.choice(["", " "]).join(words)
    return s


def line(r, pool):
    t = r.random() < 0.85          # Thai digits most of the time
    k = r.randrange(22)
    if k == 0:
        unit = digits(r, 4, t)
        if r.random() < 0.5:
            unit += "." + num(r, 1, 9, t)
        who = r.choice(AGENCIES + PROVINCES)
        circ = r.choice(["", "ว ", "ว"])
        return "ที่ %s %s/%s%s" % (who, unit, circ, num(r, 1, 9999, t))
    if k == 1:
        return r.choice(["ลงวันที่ ", "วันที่ ", "", "ณ วันที่ "]) + date(r, t)
    if k == 2:
        return "ภายในวันที่ %s" % date(r, t)
    if k == 3:
        return "ภายในวัน%sที่ %s" % (r.choice(WEEKDAYS), date(r, t))
    if k == 4:
        return r.choice(["ภายในวันที่ %s ของทุกเดือน", "ภายใน %s วัน นับแต่ได้รับหนังสือ",
                         "ก่อนวันที่ %s", "ไม่เกินวันที่ %s", "ภายใน %s วันทำการ"]) % (
            num(r, 1, 31, t) if r.random() < 0.7 else date(r, t))
    if k == 5:
        s = "โทร. %s %s %s" % (digits(r, 1, t), digits(r, 4, t), digits(r, 4, t))
        if r.random() < 0.5:
            s += " ต่อ %s" % num(r, 1, 9999, t)
        return s
    if k == 6:
        return r.choice(["โทรสาร ", "โทร ", "มือถือ ", "โทรศัพท์ "]) + "%s %s %s" % (
            digits(r, 3, t), digits(r, 3, t), digits(r, 4, t))
    if k == 7:
        return r.choice(["จำนวนเงิน %s บาท", "เป็นเงิน %s บาท", "งบประมาณ %s บาท",
                         "รวม %s บาท", "%s บาท"]) % amount(r, t)
    if k == 8:
        return "%s. %s" % (num(r, 1, 12, t), body(r, pool))
    if k == 9:
        return "ด้านที่ %s %s" % (num(r, 1, 8, t), r.choice(DOMAINS))
    if k == 10:
        return r.choice(["ข้อ %s.%s", "ข้อ %s (%s)", "มาตรา %s วรรค %s", "หมวด %s ส่วนที่ %s"]) % (
            num(r, 1, 40, t), num(r, 1, 9, t))
    if k == 11:
        return r.choice(["เลขรับ %s", "เลขที่รับ %s", "เลขทะเบียนรับ %s"]) % digits(
            r, r.randint(3, 5), r.random() < 0.5)
    if k == 12:
        return "เวลา %s.%s น." % (num(r, 6, 20, t), th("%02d" % r.randint(0, 59)) if t
                                  else "%02d" % r.randint(0, 59))
    if k == 13:
        return "https://%s/%s" % (r.choice(HOSTS), "".join(
            r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            for _ in range(r.randint(4, 10))))
    if k == 14:
        return "%s@%s" % (r.choice(MAILBOX), r.choice(HOSTS))
    if k == 15:
        return "%s %s %s" % (body(r, pool), r.choice(LATIN_WORDS), r.choice(["", "ระบบ", "(%s)" % r.choice(LATIN_WORDS)]))
    if k == 16:
        # dense Thai digit groups
        return " ".join(digits(r, r.randint(1, 6)) for _ in range(r.randint(3, 6)))
    if k == 17:
        return "พ.ศ. %s %s" % (year(r, t), body(r, pool))
    if k == 18:
        return "ปีงบประมาณ พ.ศ. %s" % year(r, t)
    if k == 19:
        return "(%s) %s" % (num(r, 1, 20, t), body(r, pool))
    return body(r, pool)


def main():
    global TRAIN_WORDS
    mode, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    pool = BODY_TRAIN if mode == "train" else BODY_EVAL
    if mode == "train" and len(sys.argv) > 4:
        with open(sys.argv[4], encoding="utf-8") as f:
            TRAIN_WORDS = [w.strip() for w in f if w.strip()]
    r = random.Random(seed)
    seen = set()
    out = []
    while len(out) < n:
        s = " ".join((signature(r) if mode == "names" else line(r, pool)).split())
        if len(s) < 22 and r.random() < 0.5:
            s = s + " " + " ".join(line(r, pool).split())
        if len(s) > 48:                       # keep lines short
            cut = s.rfind(" ", 0, 48)
            s = s[:cut if cut > 10 else 48].strip()
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
