"""Every cue phrase, pattern and flag definition of the extract stage, as data, in one place.

All patterns match the *folded* key of a line (lowercase, no diacritics, đ->d; see text.fold),
so "Hoà"/"Hòa", "Phân"/"Phần", "Chủ trì"/"Chu tri" look alike. Extracted values are cut from the
original text at the same offsets. `NUM` stands for a count written in digits ("02") or in words
("mười ba", "hai mươi mốt").
"""

from __future__ import annotations

import re

# a lower-case Vietnamese letter, for patterns ("[à-ỹ]" would take most capitals too: "Đ" is U+0110)
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
UPPER = LOWER.upper()

# --- numbers ---------------------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "khong": 0, "mot": 1, "mốt": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5,
    "nham": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}
NUMBER_WORD = r"(?:muoi|mot|hai|ba|bon|tu|nam|lam|nham|sau|bay|tam|chin|linh|le|tram)"
# a count: digits (zero padded, OCR 'O2'), or number words that are followed by a unit or punctuation
# a number after "tháng", "ngày", "quý", "lần" is a date or a count of times, never a head count
# a count in words, folded ("mười lăm", "hai mươi mốt")
COUNT_IN_WORDS = NUMBER_WORD + r"(?:\s+" + NUMBER_WORD + r"){0,3}"
NUM = (r"(?<!thang )(?<!ngay )(?<!quy )(?<!lan )((?<!\d)\d{1,3}(?![\d%])(?![.,]\d)(?!\s*%)|" + COUNT_IN_WORDS +
       r"(?=\s*(?:dong chi|d/c|dc|dang vien|nguoi|phieu|cu\b|/|;|,|\.|\)|\(|$|tren|tong|co mat|vang|dat)))")
UNIT = r"(?:\s*(?:dong chi|d/c|dc|d\.c|dang vien|dv|nguoi|phieu))?"


# clerks' abbreviations, folded ("Tổng số ĐV: 17 đ/c; miễn SH: 02", "BB đọc lại", "Đ/c Bí thư KL: …"): a pattern
# written with the full words also matches the short form
ABBREVIATIONS = {"dang vien": "dv", "sinh hoat": "sh", "bien ban": "bb", "ket luan": "kl", "chi bo": "cb"}

# academic degrees and job titles written before a name ("ThS.BS. Lê Minh Tuấn", "PGS.TS.", "ĐD.", "KTV."),
# folded; they mark a person as "đồng chí" does
DEGREES = ("ths", "ts", "pgs", "gs", "bs", "ks", "cn", "ncs", "ds", "ls", "bsck", "bscki", "bsckii", "tskh", "dd",
           "ktv", "ys", "cndd", "ck", "cki", "ckii", "qncn")  # "BS.CKII", "Thượng úy QNCN" (a career soldier)


def _abbr(p: str) -> str:
    for full, short in ABBREVIATIONS.items():
        p = re.sub(rf"(?<![a-z(|]){full}(?![a-z])", f"(?:{full}|{short})", p)
    return p


def _rx(p: str) -> re.Pattern:
    # "NUM UNIT x": the unit is optional, and so is the space before it ("02 có lý do", "02 đồng chí có lý do")
    return re.compile(_abbr(p).replace(" UNIT", "UNIT").replace("NUM", NUM).replace("UNIT", UNIT))


# --- dates and times ------------------------------------------------------------------

DATE_PATTERNS = [
    re.compile(r"ngay\s*(?:mung\s*|mong\s*)?(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})\s*nam\s*(?P<y>\d{4})"),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<y>\d{4}|\d{2})(?!\d)"),
]
TIME_RX = re.compile(
    r"(?<![\d/])(?P<h>\d{1,2})\s*(?:gio(?![a-z])|h(?![a-z])|g(?![a-z])|:(?=\s*\d)|[.,](?=\s*\d{1,2}\s*phut\b))\s*[ø°º]?\s*(?:(?P<mi>\d{1,2})\s*(?:phut|p|'|’)?|(?P<half>ruoi)\b)?(?![\d/])"
)
# a time in words: "tám giờ sáng", "mười chín giờ ba mươi phút", "bảy giờ rưỡi tối"
TIME_WORDS_RX = re.compile(r"(?<![a-z])(?P<h>" + NUMBER_WORD + r"(?:\s+" + NUMBER_WORD + r"){0,2})\s+gio\b(?:\s+(?P<mi>" + COUNT_IN_WORDS
                           + r")(?:\s+phut|(?=\s+(?:sang|chieu|toi|trua|dem)\b))|\s+(?P<half>ruoi)\b)?")  # "bảy giờ ba mươi sáng"
AFTERNOON_RX = re.compile(r"\s*(?:phut\s*)?(?:chieu|toi|dem)\b")
TIME_LESS_RX = re.compile(r"\s*kem\s+(\d{1,2}|" + COUNT_IN_WORDS + r")(?:\s*phut)?\b")  # "11 giờ kém 15 phút" = 10:45
# "tháng 5 năm 2023", "THÁNG 5/2023", "tháng 05-2023"
# a month in words ("THÁNG TÁM NĂM 2020", "tháng Giêng", "tháng Chạp"), folded
MONTH_WORDS = {"gieng": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
               "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12, "chap": 12}
MONTH_WORDS.update({"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
                    "xii": 12})  # "THÁNG III/2025"
_MONTH = r"(?P<m>\d{1,2}|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i|muoi mot|muoi hai|gieng|chap|mot|hai|ba|tu|bon|nam|sau|bay|tam|" \
         r"chin|muoi)"
PERIOD_RX = re.compile(r"thang\s*" + _MONTH + r"\s*(?:nam\s*|/|-|\.)\s*(?P<y>\d{4})")
PERIOD_MONTH_ONLY_RX = re.compile(r"thang\s*(?P<m>\d{1,2}|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?!\w)")

# --- book splitting and page furniture -------------------------------------------------

# a minute's title line (checked together with mostly-upper-case letters)
TITLE_RX = re.compile(
    r"^\s*(?:bie+n\s*ba+n\b|(?:bien ban\s+)?(?:sinh hoat|hop|hoi nghi)\s+(?:chi bo|dang vien chi bo)\b)")
  # OCR: "BIÊỂN"
# titles that name no cell ("SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2020", "Kỳ họp tháng 12/2016"): a minute starts at one
# only at the top of a book, under a header or right under the previous minute's signatures
WEAK_TITLE_RX = re.compile(r"^\s*(?:sinh hoat chuyen de\b|ky (?:hop|sinh hoat)(?: chi bo)? (?:thang|quy) "
                           + _MONTH.replace("?P<m>", "?:") + r"(?:\s*(?:nam\s*|[/.\-]\s*)\d{2,4})?\s*(?:\([^)]*\))?\s*$)")
# a minute with no title, typed on after the last signatures: "* * *" and "Hôm nay, ngày 11 tháng 01 năm 2018, …"
SEPARATOR_RX = re.compile(r"^\s*(?:[*\-–—_=~•.o0]\s*){3,}$")
DATED_OPENING_RX = re.compile(r"^\s*(?:hom nay|ngay \d{1,2}\b|vao (?:hoi|luc) \d|luc \d|(?:buoi )?(?:sang|chieu|toi|trua)"
                              r"(?: ngay)? \d)")
# a list of the absent attached after the signatures: "DANH SÁCH ĐẢNG VIÊN VẮNG MẶT (Kèm theo biên bản …)",
# or a footnote to the count line: "(*) Vắng: đ/c … – đi biển chưa về; …"
ATTACHED_ABSENT_RX = re.compile(r"^\s*(?:danh sach\b[^.;:]{0,30}\bvang\b|\(\*+\)\s*vang\b)")
# words that make a "biên bản …" line a sentence, not a title
TITLE_NOT = re.compile(r"\b(?:da duoc|thong qua|doc lai|ket thuc|lap xong|gom \d|ghi chep)\b")
# the lines that continue a title in any case: "Sinh hoạt chi bộ định kỳ tháng 3/2024", "(Kết hợp …)"
TITLE_CONT_RX = re.compile(r"^\s*\(?\s*(?:va\s+|ket hop\s+)?(?:sinh hoat|hop|hoi nghi)\b|^\s*(?:thang|quy)\s+[\divxl]"
                           r"|^\s*thang " + _MONTH + r" nam \d{4}"
                           r"|^\s*\(\s*(?:thuong ky|dinh ky|ket hop|long ghep)[^()]{0,60}\)\s*$"  # "(Thường kỳ kết hợp chuyên đề)"
                           r"|^\s*ky (?:hop|sinh hoat) (?:thang|quy)\b")  # "Kỳ họp tháng 4/2019"
# a title second line after a bare "BIÊN BẢN"
TITLE_FOLLOW_RX = re.compile(r"^\s*(?:sinh hoat|hop|hoi nghi)\b")
PAGE_NUMBER_RX = re.compile(
    r"^\s*(?:trang|tr\.|page)?\s*[-–—(]?\s*\d{1,4}\s*(?:/\s*\d{1,4}|tren\s*\d{1,4})?\s*[-–—)]?\s*$")
# header lines that may sit above a title (walked back over when a minute starts)
HEADER_RX = re.compile(
    r"^\s*(?:dang bo|dang uy|chi bo|dang cong san|\*\s*$|so\s*:|so\s+\d+\s*(?:[-/]|$)|doc lap|cong hoa|"  # not "SỐ 2 NHƠN BÌNH"
    r"huyen uy|thanh uy|tinh uy|quan uy|ban chap hanh|chi uy|cap uy)")
# "Nhơn Hậu, ngày 5 tháng 3 năm 2025" / "…, ngày … tháng … năm …" (a header's place-and-date line)
# (also after the header's "*" on the same line, and after "TP." / "TX." / "TT.": "TP. Hồ Chí Minh, ngày …")
HEADER_DATE_RX = re.compile(r"^\s*(?:\*\s*)?(?:(?:tp|tx|tt|q|h|p|x)\.\s*)?[^,.;:]{0,40},\s*ngay\s*(?:\d{1,2}|…|\.{2,}|_+)\s*(?:thang|/|\.|…)")
HEADER_MAX_BACK = 9

# --- sections --------------------------------------------------------------------------

# numbering in front of a heading: "I.", "L." (OCR), "1.", "5," / "3í" (OCR of "3/"), "2.3.", "a)", "*", "–", "Phần I:",
# "Nội dung thứ hai:"
NUMBERING_RX = re.compile(
    r"^\s*(?:(?:phan|muc)\s+(?:thu\s+)?(?:[ivxl]{1,4}|\d{1,2}|nhat|hai|ba|bon|tu|nam)\b\s*[:.\-–]?\s*"  # not "Phân xưởng"
    r"|(?:noi dung|van de|viec)\s+(?:thu\s+(?:nhat|hai|ba|bon|tu|nam|sau|bay|tam|[ivxl]{1,4}|\d{1,2})|\d{1,2})\s*[:.\-–]\s*"
    r"|\(\s*\d{1,2}\s*\)\s*"  # "(2) Tổ hợp tác …"
    r"|(?:[ivxl]{1,4}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-h])\s*(?:[.)](?!\d)|[\-–/](?=\s))\s*|\d{1,2},\s+|\d{1,2}(?:\s*:|i)\s*(?=(?:cac |y kien|thao luan|ket luan|phan cong|bieu quyet|"
    r"thanh phan|thoi gian|noi dung|danh gia|phuong huong|nhiem vu|thong tin|kiem diem|bao cao|ket thuc|be mac|ket qua))"
    r"|[*\-–—•+●○▪►~]\s*)+")

# (kind, cue phrases at the start of a heading), most specific first
SECTION_CUES: list[tuple[str, tuple[str, ...]]] = [
    ("signatures", ("thu ky chu tri", "thu ky chu toa", "thu ky t/m", "t/m chi uy", "t/m chi bo",
                    "nguoi ghi bien ban", "chu tri hoi nghi thu ky")),
    ("vote", ("bieu quyet", "ket qua bieu quyet", "lay y kien bieu quyet", "thong qua nghi quyet",
              "bieu quyet thong qua")),
    ("assignments", ("phan cong nhiem vu", "phan cong thuc hien", "phan cong", "giao nhiem vu",
                     "to chuc thuc hien", "phan cong dang vien", "giao viec", "nhiem vu cu the", "viec can lam",
                     "cac viec can lam", "nhung viec can lam")),
    ("conclusion", ("ket luan", "chu tri ket luan", "dong chi chu tri ket luan",
                    "y kien ket luan", "thay mat chi uy ket luan", "chi bo thong nhat ket luan", "chi bo ket luan",
                    "ket luan cua chi bo", "bi thu ket luan", "chu toa ket luan",
                    # the chair's, not a guest's: "Ý kiến chỉ đạo của chủ trì:"
                    "y kien chi dao cua chu tri", "y kien chi dao cua chu toa", "y kien chi dao cua bi thu",
                    "y kien chi dao cua dong chi chu tri", "y kien chi dao cua dong chi bi thu")),
    ("discussion", ("thao luan", "y kien tham gia", "cac y kien", "y kien thao luan",
                    "dang vien tham gia y kien", "y kien dong gop", "dang vien thao luan", "y kien phat bieu",
                    "dang vien phat bieu", "chi bo thao luan", "ý kien cua dang vien",
                    "y kien cua dang vien", "tham gia y kien", "phat bieu y kien",
                    "y kien", "gop y", "trao doi")),  # any "Ý kiến …" heading not taken above
    ("plan", ("phuong huong", "nhiem vu thang", "cong tac thang", "nhiem vu cong tac", "ke hoach cong tac", "nhiem vu trong thang", "ke hoach thang",
              "nhiem vu, giai phap", "nhiem vu giai phap", "chuong trinh cong tac thang",
              "muc tieu nhiem vu", "nhiem vu trong tam", "nhiem vu thoi gian toi")),
    ("review", ("danh gia", "kiem diem", "ket qua thuc hien", "ket qua lanh dao", "tinh hinh thuc hien",
                "bao cao ket qua", "so ket", "uu diem", "han che", "nhan xet", "bieu duong",
                "kiem diem viec thuc hien", "ket qua cong tac", "ket qua")),
    ("information", ("thong tin", "pho bien", "quan triet", "hoc tap va lam theo", "hoc tap tu tuong",
                     "tinh hinh thoi su", "thoi su", "van ban cap tren", "noi dung chuyen de",
                     "chuyen de", "bao cao chuyen de", "sinh hoat chuyen de", "phan sinh hoat chuyen de", "trien khai van ban", "trinh bay chuyen de", "trinh bay", "noi dung sinh hoat chuyen de")),
    ("opening", ("thoi gian", "dia diem", "thanh phan", "chu tri", "chu toa", "thu ky",
                 "noi dung", "chuong trinh", "khai mac", "tuyen bo ly do", "ly do", "muc dich")),
    ("closing", ("ket thuc", "be mac", "buoi sinh hoat ket thuc", "hoi nghi ket thuc",
                 "cuoc hop ket thuc")),
    # "1. Tình hình sản xuất tháng 10" (not "Tình hình đảng viên dự sinh hoạt", which is attendance)
    ("review", ("tinh hinh san xuat", "tinh hinh hoat dong", "tinh hinh kinh te", "tinh hinh thang")),
]
HEADING_MAX_WORDS = 16
# a heading of another kind that also announces the tasks ("VI. BIỂU QUYẾT VÀ PHÂN CÔNG THỰC HIỆN")
ASSIGN_HEADING_RX = re.compile(r"\b(?:" + "|".join(dict(SECTION_CUES)["assignments"]) + r")\b")
# lines that still belong to the opening after the chair and secretary are named
OPENING_FIELD_RX = re.compile(
    r"^\W*(?:\d{1,2}\s*[.)\-–]\s*)?(?:thoi gian|dia diem|thanh phan|tong so|co mat|vang|khach|dai bieu|chu tri|chu toa|"
    r"thu ky|mien|so dang vien|dang vien (?:du|co mat|vang|phai|chinh thuc|du bi)|du hop|quan so|tham du|ghi bien ban|"
    r"nguoi ghi|dieu hanh|cu thu ky|noi dung\s*:?\s*$|chuong trinh)")
# the agenda announced in the opening ("Chương trình sinh hoạt gồm các nội dung sau:"): its numbered
# items are not the minute's headings
AGENDA_RX = re.compile(r"(?:chuong trinh|noi dung)(?: sinh hoat| cuoc hop| hoi nghi| buoi sinh hoat)?"
                       r"(?: gom| co)?(?: cac| nhung)?(?: noi dung| van de)?(?: sau| chinh)?\s*:\s*$")
# a closing sentence at the start of a line, and the generic "NỘI DUNG" heading that opens the body
CLOSING_START_RX = re.compile(r"^(?:buoi sinh hoat|cuoc hop|hoi nghi|buoi hop|sinh hoat)\s+(?:chi bo\s+)?(?:da\s+)?ket thuc"
                              r"|^(?:buoi sinh hoat|cuoc hop|hoi nghi) be mac")
BODY_START_RX = re.compile(r"^(?:noi dung|noi dung (?:sinh hoat|cuoc hop|hoi nghi|buoi sinh hoat)|dien bien)\s*:?\s*$")
# "PHẦN THỨ HAI: XÉT KẾT NẠP ĐẢNG VIÊN", "PHẦN I –": the next part of a meeting held in parts
PART_HEADING_RX = re.compile(r"^phan (?:thu )?(?:nhat|hai|ba|tu|nam|[ivx]{1,4}|\d{1,2})\b\s*[:.\-–]?\s*")
HEADING_FUZZY = 88  # rapidfuzz partial ratio on the folded key for OCR-damaged heading cues

# a line inside the discussion that starts the chair's conclusion
INLINE_CONCLUSION_RX = re.compile(_abbr(
    r"(?:(?:dong chi|d/c|dc|d\.c)\s+(?:[^\s.;:]+\s+){1,8}?(?:thay mat chi uy\s+)?(?:tom tat(?: va|,)?\s+)?ket luan(?:\s+[^\s,.;:]+){0,2}\s*:"  # "… kết luận chuyên đề:"
    r"|(?:dong chi|d/c|dc|d\.c)\s+(?:\w+\s+){0,5}?(?:chu tri|chu toa|bi thu)(?:\s+\w+){0,3}?\s+ket luan"
    r"|^\s*(?:[*\-–•+]\s*)?ket luan(?: cua (?:(?:dong chi|d/c|dc|d\.c)\s*)?(?:chu tri|chu toa|bi thu)(?: chi bo)?)?\s*:"
    # "Kết luận hội nghị:", "Phát biểu kết luận của đồng chí X:", "Ý kiến chỉ đạo, kết luận của đồng chí Bí thư:"
    r"|^\s*(?:[*\-–•+]\s*)?(?:(?:phat bieu|y kien chi dao|y kien)\s*,?\s*)?ket luan(?: hoi nghi| cuoc hop| buoi sinh hoat| chung)?"
    r"(?: cua (?:dong chi|d/c|dc|d\.c)\s+[^.;:]{2,40})?\s*:"
    r"|(?:chu tri|chu toa|bi thu)[^.:;]{0,20}? chot lai"  # "Đồng chí chủ trì chốt lại các nội dung: …"
    r"|(?:^|[.;]\s)\W*ket luan,\s+(?:dong chi|d/c|dc|d\.c)\s+(?:\w+\s+){0,4}?(?:chu tri|chu toa|bi thu)\b"  # "Kết luận, đồng chí Bí thư thống nhất …"
    # "Cuối buổi họp, đồng chí Bí thư nhấn mạnh: …"; "Thay mặt chi ủy, đồng chí Hà Văn Đông tổng hợp và thống nhất: …"
    # ("Sau khi nghe các ý kiến, đồng chí Bí thư nhấn mạnh: …", "Kết thúc phần thảo luận, đồng chí Bí thư lưu ý …")
    r"|(?:^|[.;]\s)\W*(?:cuoi (?:buoi|cuoc|hoi nghi)(?: hop| sinh hoat)?|sau khi (?:nghe|lang nghe|tiep thu) (?:cac |nhung |y kien)[^,.;:]{0,40}"
    r"|ket thuc (?:phan )?(?:thao luan|trao doi|gop y))"
    r",?\s+(?:dong chi|d/c|dc|d\.c)\s+(?:\w+\s+){0,4}?"
    r"(?:chu tri|chu toa|bi thu)\b[^.:;]{0,30}?\b(?:nhan manh|yeu cau|luu y|chot lai|tong hop|thong nhat|phat bieu|tong ket|tom lai)\b"
    r"|thay mat chi uy,?\s+(?:dong chi|d/c|dc|d\.c)\s+[^.;:]{2,40}?\s(?:tong hop|thong nhat|chot lai|tom lai)\b[^.;:]{0,30}:"
    r"|^\W*tom lai,?\s+(?:chi bo|hoi nghi)\s+(?:da\s+)?(?:thong nhat|nhat tri)"
    r"|thay mat chi uy[^.]{0,80}ket luan|(?:chu tri|chu toa)(?: hoi nghi| cuoc hop| buoi (?:hop|sinh hoat))? ket luan|ket luan cua chu tri"
    r"|bi thu chi bo ket luan|(?:chu tri|chu toa|bi thu) (?:tom tat|tong hop),? (?:va )?ket luan"
    r"|^\W*(?:\d{1,2}\s*[.)]\s*)?(?:pho )?bi thu(?: chi bo)? ket luan\b"  # "4. Bí thư kết luận: …"
    # "ThS.BS. Đinh Quang Hưng kết luận: …", "Thiếu tá Hồ Sỹ Tâm kết luận: …": a degree or rank stands for "đồng chí"
    r"|(?:^|[.;]\s)\W*(?:(?:" + "|".join(DEGREES) + r")\s*\.\s*)*(?:(?:" + "|".join(DEGREES) + r")\s*\.|(?:dai|thuong|trung|thieu) "
    r"(?:uy|ta|tuong))\s+(?:[^\s.;:]+\s+){1,5}?ket luan(?:\s+[^\s,.;:]+){0,2}\s*:"
    # "Đồng chí Bí thư tổng kết buổi họp, nhấn mạnh …" (no colon): the chair, by role, sums up as a line opens
    r"|^\W*(?:dong chi|d/c|dc|d\.c)\s+(?:chu tri|chu toa|(?:pho )?bi thu(?: chi bo)?)\s+(?:tong ket|chot lai|tom lai|duc ket)\b"
    r"|(?:tiep thu|tong hop)(?: cac| nhung)? y kien[^.]{0,90}ket luan"
    r"|^\s*(?:[*\-–•+]\s*)?(?:chi bo|chi uy|hoi nghi) (?:da )?(?:di den )?thong nhat(?: [^.:;]{0,80}?)?\s*:"  # "Chi bộ thống nhất: …"
    # the chair or the cell sums up, then a colon: "Đồng chí Bí thư tóm lại: …", "Sau khi nghe ý kiến, chủ trì thống
    # nhất: …", "Đồng chí Bí thư tổng hợp ý kiến và thống nhất: …", "Kết thúc phần trao đổi, chi bộ nhất trí: …",
    # "Chi bộ nhất trí ba nhóm giải pháp: …" (not a vote: "Chi bộ biểu quyết nhất trí: 18/18")
    r"|(?:^|[,.]\s*)\W*(?:(?:dong chi|d/c|dc|d\.c)\s+)?(?:chu tri|chu toa|(?:pho )?bi thu(?: chi bo)?|chi bo|hoi nghi)\s+"
    r"(?:(?!bieu quyet|tan thanh|bo phieu)[^\s.;:]+\s+){0,6}?(?:tom lai|chot lai|duc ket|tong ket|ket lai|khai quat|"
    r"thong nhat|nhat tri|dinh huong)(?:\s+(?!thong qua|bieu quyet|tan thanh|voi\b)[^\s.;:\d%]+){0,4}\s*:(?!\s*\d+\s*/))"))
# a heading that is nothing but the summing-up: "5. Thống nhất", "Chi bộ thống nhất:", "Chủ trì tổng hợp", "Tổng hợp ý kiến"
SUMMING_UP_HEADING_RX = re.compile(r"(?:(?:chi bo|hoi nghi) )?thong nhat(?: chung)?\s*:?|(?:(?:dong chi )?(?:chu tri|chu toa|bi thu) )?"
                                   r"tong hop(?: (?:cac |nhung )?y kien)?(?: va thong nhat)?\s*:?")
# the agenda read out at the opening names the conclusion to come: "(3) đồng chí chủ trì kết luận, …"
AGENDA_ITEM_RX = re.compile(r"\(\s*\d\s*\)|\b(?:chuong trinh|noi dung (?:sinh hoat|cuoc hop|buoi \w+)|gom cac noi dung)\b")
# a sentence that puts something to the vote inside another part: the vote part starts there
# a counted vote anywhere in a line ("19/19 đồng chí có mặt giơ tay biểu quyết nhất trí")
COUNTED_VOTE_RX = re.compile(r"(?:\d+\s*/\s*\d+|\d\s*%)[^.;]{0,40}(?:bieu quyet|tan thanh|nhat tri)"
                             r"|(?:bieu quyet|tan thanh|nhat tri)[^.;]{0,30}(?:\d+\s*/\s*\d+|\d\s*%)"
                             r"|\d+\s*/\s*\d+[^.;%]{0,40}\bdong y\b")  # "22/22 … đồng ý" (not an opinion's "đồng ý … 100%")
INLINE_VOTE_RX = re.compile(r"^\s*(?:[*\-–•+]\s*)?(?:(?:chi bo|hoi nghi|cuoc hop|dang vien)\s+)?(?:da\s+)?(?:tien hanh\s+)?"
                            r"(?:bieu quyet|lay y kien bieu quyet|gio tay bieu quyet)\b")
# a "conclusion" that says nothing (kết luận chung chung) is not counted
VAGUE_CONCLUSION_RX = re.compile(
    r"^\W*(?:(?:chi bo|hoi nghi|toan the chi bo|cac dong chi|tat ca)\s+)?(?:(?:da|deu|hoan toan)\s+)?"
    r"(?:nhat tri|dong y|thong nhat|tan thanh)?(?:\s+(?:cao|hoan toan|100\s*%))?"
    r"(?:\s+(?:voi|theo)\s+(?:bao cao|du thao|noi dung|cac y kien|y kien|de xuat|tinh than)[^.;]{0,40})?\W*$"
    # thanks and wishes under a "KẾT LUẬN" heading conclude nothing
    r"|^\W*(?:(?:dong chi|d/c)\s+(?:chu tri|chu toa|bi thu)\s+)?(?:cam on|chuc (?:cac|suc|mung)|tuyen bo be mac)")
# "Chi bộ thảo luận dân chủ, thống nhất với báo cáo … do đồng chí Bí thư trình bày.": agreeing with the report and
# nothing more is no conclusion either — unless the sentence goes on to direct something
AGREES_ONLY_RX = re.compile(
    r"^\W*(?:(?:chi bo|hoi nghi|toan the chi bo|cac dong chi(?: dang vien)?|tat ca)\s+)?"
    r"(?:(?:da\s+)?thao luan(?: dan chu| soi noi| ky| thang than)?\s*,?\s*)?(?:(?:da|deu|hoan toan)\s+)?"
    r"(?:nhat tri|dong y|thong nhat|tan thanh)(?:\s+(?:cao|hoan toan|100\s*%))?\s+(?:voi|theo)\s+"
    r"(?:(?:toan bo|cac|nhung)\s+)?(?:bao cao|du thao|noi dung|y kien|de xuat|danh gia)\b([^.;:]*)[.;]?\s*$")
# under a conclusion heading, someone else's words: a guest's directions, the secretary's summary, or the chair who
# only takes the opinions in ("… tiếp thu các ý kiến, sẽ tổng hợp báo cáo Đảng ủy xã.")
NOT_THE_CHAIRS_RX = re.compile(r"^[^.;:]{0,90}?\b(?:phat bieu chi dao|y kien chi dao)\b[^.;:]{0,40}:"
                               r"|^\W*(?:(?:dong chi|d/c|dc)\s+)?thu ky\s+(?:tong hop|tom tat|ghi|doc)")
NOTED_ONLY_RX = re.compile(r"^\W*[^.;:]{0,60}?\b(?:tiep thu|ghi nhan)(?: day du| cac| nhung| toan bo)* y kien\b(?!.*ket luan)([^.;:]*)[.;]?\s*$")
DIRECTIVE_RX = re.compile(r"\b(?:tap trung|phan dau|can|phai|tiep tuc|giao|yeu cau|de nghi|chu trong|day manh|tang cuong|"
                          r"khac phuc|hoan thanh|lanh dao|chi dao|bo sung|sua doi|dieu chinh|uu tien|quyet tam|trien khai)\b")

# a heading that names someone else's conclusion: an inspection's, a numbered document's ("Kết luận kiểm tra của Tổ
# công tác", "Kết luận số 04-KL/TKT")
# ... or named in a line: a document read out or studied ("phổ biến Kết luận số 21-KL/TW", "thông báo kết luận của …")
CONCLUSION_DOCUMENT_RX = re.compile(r"(?:thong bao|doc|pho bien|quan triet|trien khai|hoc tap) (?:cac )?ket luan"
                                    r"|ket luan (?:so\b|\d)|-kl/|ket luan kiem tra")
OTHERS_CONCLUSION_RX = re.compile(r"^(?:thong bao )?ket luan (?:kiem tra|thanh tra|giam sat|so\b|cua (?:to|doan|uy ban|ban|cap)\b)")

# --- meeting ---------------------------------------------------------------------------

# where the opening tells the day the meeting is held: "hôm nay", or a time of day with its date after it
TODAY_RX = re.compile(r"\bhom nay\b|\b(?:vao (?:hoi|luc)|luc|hoi)\s+\d{1,2}\s*(?:gio|h)\b")
# a minute's title inside another line ("… BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01/2026")
TITLE_INSIDE_RX = re.compile(r"\bbien ban (?:sinh hoat|hop|hoi nghi)(?: chi bo)?\b")
# counts added up over the cells or groups of a joint meeting ("- Cộng chung hai chi bộ: 17 đảng viên, có mặt 16")
SUMMED_COUNT_RX = re.compile(r"(?:^|[.;]\s*|\s[-–]\s*)(?:tong )?cong(?: chung| lai| ca)?\b[^.;:\d]{0,30}:\s*")
SUMMED_TOTAL_RX = re.compile(r"(?:tong so\s*:?\s*)?(\d{1,3})\s*(?:dang vien|dong chi|d/c)\b")
# "Có mặt: 35 đ/c chính thức và 02 (hai) đ/c dự bị = 37 đ/c": both kinds of member present
BOTH_KINDS_PRESENT_RX = re.compile(r"\b(?:co mat|du hop)\s*:?\s*(\d{1,3})\s*(?:dong chi |d/c |dc |dang vien )?chinh thuc\s*"
                                   r"(?:va|,)\s*(\d{1,3})\s*(?:\([a-z ]+\)\s*)?(?:dong chi |d/c |dc |dang vien )?du bi")
# members present written out by name: "Đảng viên có mặt: đ/c A, đ/c B, …"
PRESENT_BY_NAME_RX = re.compile(r"(?:^|[.;]\s+|\n)\W*(?:(?:so )?dang vien |cac dong chi )?(?:co mat|du hop)(?: gom)?"
                                r"(?: cac dong chi)?\s*:\s*(?=(?:dong chi|d/c|dc|d\.c)\s)")
# "năm" after these words is the year, no count of five ("lần thứ ba trong năm đồng chí vắng …")
THE_YEAR_RX = re.compile(r"\b(trong|cuoi|dau|giua|hang|moi|cung|ca) nam\b")
# an aside in brackets after a place says why it was held there ("(tầng 1 còn ngập)"); an address is the place's
PLACE_ASIDE_RX = re.compile(r"\s*\([^()]*\b(?:đang|còn|vì|do|bị|chưa|đã)\s[^()]*\)\s*$")

THEMATIC_RX = re.compile(r"chuyen de")
REGULAR_RX = re.compile(r"thuong ky|dinh ky|hang thang|(?:sinh hoat|hop|hoi nghi) chi bo thang|ket hop (?:sinh hoat )?chuyen de")
TOPIC_LINE_RX = re.compile(r"^\s*(?:[*\-–•+]\s*)?(?:ten |noi dung )?chuyen de\s*[:\-–]")
TOPIC_RX = re.compile(r"(?:chuyen de|noi dung chuyen de|ten chuyen de)\s*[:\-–]?\s*"
                      r"|^\s*(?:[*\-–•+]\s*)?(?:ve viec|v/v|chu de|de tai)\s*:\s*")  # "Về việc: …", "Chủ đề: …"
LOCATION_RX = [
    re.compile(r"^\s*(?:[*\-–•+]\s*)?(?:(?:\d{1,2}|[a-h])\s*[.)\-–/]\s*)?(?:dia diem(?: sinh hoat| hop| to chuc)?|tai"
               r"|diem cau chinh)\s*[:\-–]\s*"),  # an online meeting's "Điểm cầu chính: …"
    re.compile(r"(?:\s|,|^)tai\s+(?=\S)"),
    re.compile(r"(?<=\S)\s+dia diem(?: sinh hoat| hop| to chuc)?\s*:\s*"),  # "… ngày 08/01/2026 Địa điểm: Hội trường …"
]
LOCATION_STOP_RX = re.compile(_abbr(r"\s*(?:[;.]\s|[;.]$|,\s*(?:chi bo|dang bo|dong chi|d/c|voi|co|ve|de|thoi gian|tu \d|luc \d|vao (?:luc|hoi)|ket noi|truc tuyen"
                              r"|sau khi|truoc khi|ngay sau|do (?:dong chi|d/c|dc)|duoi su chu tri)\b"  # "…, sau khi học sinh tan lớp"
                              r"|\s*\(diem cau\b"  # a hybrid meeting's main room: "Phòng giao ban … (điểm cầu chính), kết nối …"
                              r"|\bchi bo (?:to chuc|tien hanh|hop|sinh hoat)\b|\bda\b|\bdien ra\b"
                              r"|\s+de (?:sinh hoat|hop|to chuc|tien hanh)\b)"))  # "… tại trụ sở ấp để sinh hoạt thường kỳ"
START_CUE_RX = re.compile(r"\b(?:vao luc|vao hoi|luc|hoi(?= \d)|bat dau|thoi gian|tu(?= (?:luc )?\d)|hom nay|khai mac)\b")  # not "tu" of "trực tuyến"
TIME_LINE_RX = re.compile(r"^\s*(?:[*\-–•+]\s*)?(?:(?:\d{1,2}|[a-h])\s*[.)\-–/]\s*)?(?:thoi gian|hom nay|vao (?:hoi|luc)"
                          r"|(?:hoi|luc|dung) \d|khai mac\s*:)")  # "Hồi 14 giờ 00 phút ngày 23/4/2024, …", "Khai mạc: 13 giờ 30'"
CELL_RX = re.compile(r"^\s*(?:[*\-–•+]\s*)?chi bo\s+\S")  # on an upper-case header line
COMMITTEE_RX = re.compile(r"^\s*(?:dang bo|dang uy|ban chap hanh dang bo|huyen uy|quan uy|thanh uy|tinh uy)\s+\S")

# --- people ----------------------------------------------------------------------------

# comrade titles (folded token sequences) written before a name
TITLES = ("dong chi", "d/c", "dc", "d.c", "d / c", "dong chi:", "ong", "ba")
# role bigrams that end a name written without punctuation ("đ/c Nguyễn Văn An Bí thư chi bộ")
ROLE_START = ("bi thu", "pho bi", "chi uy", "dang uy", "uy vien", "truong ban", "truong thon",
              "truong ap", "truong khu", "chu tich", "cap uy", "thu ky", "chu tri", "chu toa",
              "dang vien", "pho chu", "pho truong", "can bo", "giam doc", "hieu truong", "truong phong",
              "truong to", "to truong", "chi hoi", "bi thu,", "ban kiem", "uy ban", "chu nhiem", "chi huy",
              "chinh tri", "tram truong", "doi truong", "khoa truong")
# words that open a role, never a name, as written (lower-cased; "Trưởng" is a role, "Trương" a surname):
# "đ/c Trưởng Công an xã", "đồng chí Chủ tịch Hội Nông dân", "đ/c Tổ trưởng tổ 3"
ROLE_FIRST_WORDS = frozenset({"trưởng", "phó", "trạm", "đội", "chánh", "kế", "thủ", "tổ", "bí", "thôn", "xóm"})
# the Party roles a chair holds, folded ("Bí thư chi bộ", "Phó Bí thư CB", "Chi ủy viên"); OCR's tone marks aside
PARTY_ROLE = (r"(?:pho\s+)?bi\s+thu(?:\s+(?:chi\s+bo|chi\s*$|cb|chi\s+uy))?(?!\s+(?:chi\s+doan|doan|dang\s+uy|huyen|tinh))"
              r"|chi\s+uy\s+vien|dang\s+uy\s+vien"
              r"|p?bt(?:\s+(?:chi\s+bo|cb))?(?!\s+(?:chi\s+doan|doan|dang\s+uy))")  # a clerk's "BT chi bộ", "PBT"
# the Party roles spelled right, for a role OCR misspelled ("Bí thư chí bộ")
PARTY_ROLE_SPELLING = {"bi thu chi bo": "Bí thư chi bộ", "pho bi thu chi bo": "Phó Bí thư chi bộ", "bi thu": "Bí thư",
                       "pho bi thu": "Phó Bí thư"}
# a role as written before a name ("đ/c Bí thư Lý Hoàng Nam", "đồng chí Chủ tịch Hội Nông dân Lê Văn Ba")
ROLE_WRITTEN = (r"(?:phó )?(?:bí thư|chủ tịch|chủ nhiệm|giám đốc|hiệu trưởng|hiệu phó|trưởng|tổ trưởng|tổ phó|trạm trưởng|"
                r"đội trưởng|chi hội trưởng|chi ủy viên|đảng ủy viên|ủy viên|thôn trưởng|xóm trưởng|kế toán|thủ quỹ|"
                r"chỉ huy trưởng|chính trị viên|trưởng (?:thôn|bản|ấp|xóm|khu|phòng|ban|khoa|trạm))")
# first words of a role written after "đồng chí" in lower case ("đồng chí chủ trì", "đ/c bí thư")
ROLE_WORDS = frozenset({"chu", "bi", "pho", "truong", "chi", "thu", "uy", "dang", "can", "to"})
ROLE_RX = re.compile(
    r"^\s*(?:bi thu|pho bi thu|chi uy vien|dang uy vien|uy vien|truong|pho|chu tich|can bo|"
    r"giam doc|hieu truong|to truong|ban|dang vien|chuyen vien|cong an|ke toan|thu ky|"
    r"cap uy|thuong truc|ve huu)\b")
CHAIR_RX = re.compile(
    r"^\s*(?:[*\-–•+]\s*)?(?:(?:\d{1,2}|[a-h])\s*[.)\-–/]\s*)?(?:(?:dong chi|d/c|dc|d\.c)\s+)?(?:chu tri|chu toa|nguoi chu tri|chu tri hoi nghi|chu tri buoi sinh hoat|"
    r"chu toa hoi nghi|chu tri cuoc hop|dieu hanh|dieu khien|nguoi dieu hanh)(?: hoi nghi| buoi sinh hoat| cuoc hop)?\s*[:\-–]")
CHAIR_INLINE_RX = re.compile(r"\b(?:chu tri|chu toa|(?<!ban )dieu hanh)\b")  # not "Ban điều hành khu phố"
SECRETARY_RX = re.compile(_abbr(
    r"^\s*(?:[*\-–•+]\s*)?(?:(?:\d{1,2}|[a-h])\s*[.)\-–/]\s*)?(?:(?:dong chi|d/c|dc|d\.c)\s+)?(?:thu ky|cu thu ky|thu ky ghi bien ban|nguoi ghi bien ban|"
    r"ghi bien ban|cu (?:dong chi|d/c)?\s*lam thu ky|thu ky hoi nghi|thu ky cuoc hop)"
    r"(?: hoi nghi| cuoc hop| buoi sinh hoat| ghi bien ban)?\s*[:\-–]"))
SECRETARY_INLINE_RX = re.compile(r"\b(?:lam thu ky|thu ky ghi|ghi bien ban|lam thu ky ghi bien ban)\b"
                                 r"|\bthu ky(?=\s*(?:[.;]|$))"  # "đ/c H'Nuôl Mlô, thư ký."
                                 r"|\bthu ky\s*:")  # "… Thư" / "ký: đồng chí Ka Hương." (the label broken by the line's end)
SIGN_CHAIR_RX = re.compile(r"\b(?:chu tri|chu toa|bi thu|t/m chi uy|t/m chi bo)\b")
SIGN_SECRETARY_RX = re.compile(r"\b(?:thu ky|nguoi ghi bien ban)\b")

# --- attendance ------------------------------------------------------------------------

# (field(s), pattern). Groups in order of the fields. First match of a field wins.
ATTENDANCE_PATTERNS: list[tuple[tuple[str, ...], re.Pattern]] = [(f, _rx(p)) for f, p in [
    (("present", "due"), r"dang vien du(?: hop| sinh hoat)?\s*:?\s*NUM\s*(?:/|tren)\s*NUM"),
    (("present", "due"), r"(?<!phai )(?:co mat|du hop|tham du|du du|du sinh hoat|hien dien|quan so(?: dang vien)?(?: co mat| tham du| du hop)?|tham gia(?: sinh hoat| hop| hoi nghi)?)(?: day du| du)?(?: la| gom| co| cua| tai (?:buoi|hoi nghi|cuoc hop)\w*(?: \w+)?)?\s*:?\s*(?:day du\s*|du\s*)?NUM\s*(?:/|tren)\s*NUM"),
    (("present", "due"), r"thanh phan(?: tham du| du hop)?\s*:\s*NUM\s*/\s*NUM"),  # "Thành phần: 09/09 đồng chí đảng viên" 
    (("present", "due"), r"(?:^|[.;]\s*)\W*du\s*:\s*NUM\s*(?:/|tren)\s*NUM"),  # "Dự: 14/15 đ/c (01 đ/c miễn SH)"
    (("present", "due"), r"NUM\s*(?:/|tren)\s*NUM(?: dong chi| d/c| dc| dang vien)?\s*(?:co mat|du hop|tham du|du sinh hoat|phai du)"),
    (("present", "due"), r"so dang vien co mat\s*(?:la|:)?\s*:?\s*NUM\s*/\s*NUM"),
    (("present", "due"), r"(?<!tong so )dang vien\s*:\s*NUM\s*/\s*NUM"),  # "Đảng viên: 9/10 (vắng …)"
    (("total",), r"tong so (?:dang vien|dv|dong chi)(?: (?:cua|trong|toan) chi bo)?(?: hien nay| hien co| duoc trieu tap| trieu tap)?(?: la| co)?\s*:?\s*NUM"),
    (("total",), r"quan so (?:dang vien|dv)(?: (?:cua|trong) chi bo)?\s*:?\s*NUM(?!\s*/)"),  # a unit's "Quân số đảng viên: 21"
    (("total",), r"chi bo (?:hien )?(?:co|gom) (?:tat ca |tong so |tong cong )?NUM(?: dong chi| dang vien| d/c)"),
    (("present", "due"), r"co mat[^.;()]{0,50}?\(\s*NUM\s*/\s*NUM\s*\)"),  # "Có mặt 100% đảng viên phải sinh hoạt (12/12)"
    (("total",), r"tong so\s*:?\s*NUM UNIT"),
    (("total",), r"so dang vien (?:cua chi bo|toan chi bo|trong danh sach|hien co|duoc trieu tap)\s*(?:la)?\s*:?\s*NUM"),
    (("total",), r"dang vien (?:trong|cua) chi bo\s*:?\s*NUM"),
    # "Chi bộ cả thảy 23 đồng chí", "Chi bộ hiện có 17 đảng viên", "Chi bộ có 8 đảng viên", "Chi bộ 21 đảng viên"
    # (not "Chi bộ có 3 đồng chí được khen thưởng": the count ends its clause)
    (("total",), r"(?:^|[.;,]\s*)\W*chi bo (?:(?:ca thay|hien co|co|gom|tong cong|hien nay co)\s+)?NUM (?:dong chi|dang vien)"
                 r"(?=\s*(?:[,.;:(]|$|trong do\b|gom\b|phan dong\b))"),
    (("total",), r"(?:^|[.;]\s*)\W*dang vien\s*:\s*NUM(?!\s*/)(?: dong chi| d/c| dc)?\s*[;,(]"),  # "Đảng viên: 21 đồng chí; miễn …"
    (("total",), r"trieu tap\s*:?\s*NUM"),
    (("official", "reserve"), r"(?:dang vien )?chinh thuc\s*:?\s*NUM UNIT\s*[;,.]?\s*(?:dang vien )?du bi\s*:?\s*NUM"),
    # "Miễn sinh hoạt, miễn kiểm điểm: 01", "11 đồng chí được miễn công tác và sinh hoạt đảng"
    (("exempt",), r"mien sinh hoat(?: dang)?(?:\s*(?:,|va)\s*mien [a-z ]{2,20}?)?(?: la| co)?(?: (?:do|vi|theo) [^\d:;.(),]{2,30}?)?\s*:?\s*NUM"),
    (("exempt",), r"NUM UNIT (?:dang vien )?(?:\([^()]{0,40}\)\s*)?(?:duoc |da duoc )?mien(?: cong tac(?: va)?)?(?: sinh hoat| sh)"),
    (("exempt",), r"duoc mien(?: sinh hoat)?\s*:?\s*NUM"),
    # "trong đó năm đồng chí tuổi cao được miễn sinh hoạt"
    # ("Có 02 đồng chí đã được Đảng ủy xã đồng ý cho miễn sinh hoạt")
    (("exempt",), r"NUM (?:dong chi|d/c|dc|dang vien|cu) (?:(?!khong|vang|co mat|du hop)[^.;:()\d]){2,50}? duoc (?:[^.;:()\d]{0,30} )?"
                  r"mien(?: cong tac(?: va)?)?(?: sinh hoat| sh)"),
    (("exempt",), r"[,(;]\s*mien\s*:?\s*NUM"),  # "(tổng số 22, miễn 02)"
    (("present",), r"so dang vien co mat\s*(?:la)?\s*:?\s*NUM"),
    (("present",), r"(?<!phai )(?<!can )(?:co mat|du hop|tham du|du sinh hoat|hien dien|den hop|den du)(?: day du| du)?(?: la| gom| tai (?:buoi|hoi nghi|cuoc hop)\w*(?: \w+)?)?\s*:?\s*NUM"),
    # "cả 8 đồng chí đều có mặt"
    (("present",), r"\bca NUM (?:dong chi|dang vien) (?:deu )?(?:co mat|den (?:hop|du)|du hop)"),
    (("present",), r"\btham du co NUM(?: dong chi| dang vien)"),  # "Tham dự có mười đồng chí" (not "… của 02 đại biểu")
    # "Đến dự hội nghị hai mươi đồng chí", "Dự họp có 18 đảng viên"
    (("present",), r"\b(?:den )?du (?:hoi nghi|cuoc hop|buoi sinh hoat|buoi hop|hop)\s*:?\s*(?:co\s+)?NUM (?:dong chi|d/c|dc|dang vien)"),
    (("present",), r"NUM UNIT (?:dang vien )?(?:co mat|du hop|tham du)"),
    (("absent_unexcused",), r"vang(?: mat)? khong (?:co )?(?:ly do|phep)\s*:?\s*NUM"),  # "vắng không phép 01"
    (("absent_excused",), r"vang(?: mat)? co (?:ly do|phep)\s*:?\s*NUM"),
    (("absent_unexcused",), r"NUM UNIT (?:vang )?khong (?:co |bao cao |bao |neu )?(?:ly do|bao cao|xin phep)"),
    (("absent_unexcused",), r"(?<!vang )khong (?:co )?ly do\s*:?\s*NUM(?!\s*/)"),
    (("absent_excused",), r"(?<!vang )(?<!khong )(?<!deu )co ly do\s*:?\s*NUM(?!\s*/)"),  # not "đều có lý do: 02 đi biển, 01 …"
    (("absent_excused",), r"NUM UNIT (?:vang )?co ly do"),
    (("absent",), r"(?:so dang vien )?vang(?: mat)?(?: la)?\s*:?\s*NUM"),
    (("absent",), r"NUM UNIT vang(?! khong| co)"),
]]
# a bare "vắng 02 (có lý do)" makes every absence excused
ABSENT_ALL_EXCUSED_RX = _rx(r"vang(?: mat)?\s*:?\s*NUM UNIT\s*[(,\-–]?\s*(?:deu\s*)?(?:co ly do|co bao cao|xin phep)")
ABSENT_ALL_UNEXCUSED_RX = _rx(r"vang(?: mat)?\s*:?\s*NUM UNIT\s*[(,\-–]?\s*(?:deu\s*)?khong (?:co )?(?:ly do|bao cao|xin phep)")
ABSENT_REASON_RX = _rx(r"vang(?: mat)?\s*:?\s*NUM UNIT\s*(?:\(([^()]{2,40})\)|[,:\-–]?\s*([^.;()\d]{2,60}))")
ABSENT_NONE_RX = re.compile(r"(?:khong co (?:dong chi|dang vien|ai) vang|vang(?: mat)?\s*:?\s*(?:khong|0+)\b(?! (?:co )?ly do| bao cao| xin phep| phep| bao\b| lien lac| den)"
                            r"|(?:dat|du) (?:ty le )?100\s*%)")
ABSENTEE_START_RX = re.compile(r"(?:^|\W)(?:vang(?: mat)?|dang vien vang|cac dong chi vang|danh sach vang)\b")
EXEMPT_START_RX = re.compile(_abbr(r"mien sinh hoat|duoc mien"))
# reasons that excuse an absence / that do not
UNEXCUSED_RX = re.compile(
    r"khong (?:co |bao |ro |neu )?ly do|khong bao cao|khong (?:xin )?phep|tu y|khong bao truoc|chua (?:ro|co) ly do"
    r"|khong bao\b|khong thong bao|vo ly do|khong lien lac duoc|quen (?:lich|ngay|gio)?\s*(?:hop|sinh hoat)|khong phep"
    r"|^\W*(?:cung )?khong (?:den|di|tham) (?:du|hop|sinh hoat)\W*$")  # "… cũng không đến dự": absent, no reason given
EXCUSED_RX = re.compile(
    r"co ly do|om|benh|nam vien|dao tao|boi duong|dieu tri|cong tac|viec gia dinh|viec rieng|di hoc|hoc tap|tap huan|"
    r"xin phep|co bao cao|da bao cao|thai san|sinh con|tang|hieu|ve que|dam cuoi|dam hieu|nghi phep|"
    r"lam ca|truc|di lam|lao dong|xa|nuoc ngoai|tuoi cao|suc khoe|kham|chua benh|phep")
GUEST_START_RX = re.compile(
    # ("Đại hội đại biểu toàn quốc …", "bầu cử đại biểu Quốc hội": no delegates at this meeting)
    r"(?:khach moi|^\W*khach\s*:|(?<!dai hoi )(?<!bau )(?<!cu )dai bieu(?! quoc hoi| hoi dong| toan quoc)(?: du| tham du| cap tren)?|(?:co )?su tham du cua|(?:co )?su tham gia cua|^\W*du\s*:|"
    r"du va chi dao|du (?:hop|hoi nghi|cuoc hop|buoi sinh hoat|buoi hop) co(?!\s+\d)|moi du|thanh phan moi|ve du(?: co)?(?!\s+\d)|tham du co(?!\s+\d)|den du(?!\s+(?:(?:hoi nghi|cuoc hop|buoi sinh hoat|buoi hop|hop)\s+)?(?:co\s+)?(?:\d|" + NUMBER_WORD + r" ))|(?<!\w)du co (?:dong chi|d/c|dc|ong|ba)\b"
    r"|^\W*du (?:hop|sinh hoat|hoi nghi)\s*:(?!\s*\d)|du sinh hoat co(?!\s+\d)"
    # "Chi bộ mời ông X, Chi hội trưởng …", "Chi bộ có mời anh X … tới dự", "Dự và phát biểu: đồng chí X"
    r"|\bchi bo (?:co )?moi (?:ong|ba|anh|chi|dong chi|d/c|dc)\b|^\W*du va phat bieu\b)")  # "– Dự họp: đ/c X – Phó Bí thư Đảng ủy …"

# --- votes, conclusion, assignments, closing -------------------------------------------

VOTE_RX = re.compile(r"bieu quyet|tan thanh|nhat tri[.\s]*(?:cao\s*)?(?:\d{2,3}\s*%|tuyet doi)|"  # OCR: "nhất trí.100%"
                     r"dong y\s*\d|gio tay|so phieu|thong qua voi|bo phieu|\d+ phieu (?:khong )?dong y"
                     r"|\d+\s*/\s*\d+\s*phieu\b")  # a ballot's count: "20/20 phiếu (100%) đề nghị xếp loại …"
VOTE_PATTERNS: list[tuple[tuple[str, ...], re.Pattern]] = [(f, _rx(p)) for f, p in [
    # "15/15", "mười bảy trên mười bảy"
    (("for", "present"), r"NUM\s*(?:/|tren)\s*NUM UNIT(?: dang vien)?(?: chinh thuc)?(?: co mat| tham du| du hop)?\s*(?:gio tay\s*)?(?:bieu quyet\s*)?(?:tan thanh|nhat tri|dong y|thong qua|thong nhat)"),
    # the counts in brackets by a percentage or a vote's verb: "100% (11/11) đồng chí nhất trí", "nhất trí (15/15)"
    (("for", "present"), r"\(\s*NUM\s*(?:/|tren)\s*NUM\s*\)[^.;()]{0,40}?(?:tan thanh|nhat tri|dong y|thong nhat)"),
    (("for", "present"), r"(?:tan thanh|nhat tri|dong y|thong nhat)[^.;()]{0,60}?\(\s*NUM\s*(?:/|tren)\s*NUM UNIT(?: co mat| tham du| du hop)?\s*\)"),
    (("for", "present"), r"\d\s*%\s*\(\s*NUM\s*(?:/|tren)\s*NUM\s*\)"),  # "với tỷ lệ 100% (27/27)"
    # "biểu quyết thông qua 13/13 (100%)", "thông qua kết luận: 17/17"
    (("for", "present"), r"(?:bieu quyet|thong qua)[^.;()\d]{0,30}?NUM\s*(?:/|tren)\s*NUM(?!\s*(?:dong chi|d/c|dang vien)?\s*(?:vang|co mat))"),
    (("for", "present"), r"(?:tan thanh|nhat tri|dong y|thong nhat)\s*:?\s*NUM\s*(?:/|tren)\s*NUM"),
    # "Chi bộ nhất trí 100% (15/15 đồng chí)"
    (("for", "present"), r"(?:tan thanh|nhat tri|dong y|thong nhat)[^.;()]{0,20}?%\s*\(\s*NUM\s*(?:/|tren)\s*NUM"),
    # words between the count and its verb: "19/19 đồng chí có mặt tại thời điểm biểu quyết tán thành", "… đều giơ tay
    # tán thành"; a ballot's "số phiếu tán thành đề nghị kết nạp quần chúng Y Thúy: 13/13"
    (("for", "present"), r"NUM\s*(?:/|tren)\s*NUM UNIT[^.;:()\d]{0,50}?(?:tan thanh|nhat tri|dong y|thong nhat)"),
    (("for", "present"), r"(?:tan thanh|dong y)[^.;:()\d]{0,60}:\s*NUM\s*(?:/|tren)\s*NUM"),
    # a secret ballot: "đồng ý kết nạp 16 phiếu", "không đồng ý 01 phiếu" (the ballots handed out are no count)
    (("for",), r"(?<!khong )(?:tan thanh|dong y)(?: [a-z]+){1,3}\s*:?\s*NUM phieu"),
    (("for",), r"ket qua\s*:?\s*NUM phieu (?:de nghi|dong y|tan thanh)"),
    # a ballot's first choice named, then its count: "tán thành thi hành kỷ luật … bằng hình thức khiển trách: 19
    # phiếu (90,48%)", "Kết quả: khiển trách 09 phiếu (81,8%); cảnh cáo 02 phiếu"
    (("for",), r"(?<!khong )(?:tan thanh|dong y)\b[^.;:\d]{4,120}?:\s*NUM phieu"),
    (("for",), r"ket qua\s*:\s*(?!khong\b)(?:[a-z]+ ){1,3}NUM phieu"),
    # a grading ballot: "15/16 phiếu đề nghị chi bộ Trong sạch, vững mạnh", "20 phiếu xếp loại Hoàn thành tốt nhiệm vụ"
    # (the first grade named; ballots for another grade are no votes against)
    (("for",), r"NUM(?:\s*/\s*\d{1,3})?\s*phieu\s*(?:\([^)]{0,12}\)\s*)?(?:de nghi|xep loai|danh gia|bau)\b"),  # "Kết quả: 13 phiếu đề nghị hình thức …"
    # … the count after the grade: "đề nghị mức “Hoàn thành tốt nhiệm vụ” 21/23 phiếu (91,3%)"
    (("for",), r"(?:de nghi|xep loai|dong y|tan thanh)[^.;:()\d]{0,60}?NUM\s*/\s*\d{1,3}\s*phieu\b"),
    (("against",), r"khong (?:tan thanh|dong y)(?: [a-z]+){0,3}\s*:?\s*NUM phieu"),
    (("against",), r"khong (?:tan thanh|nhat tri|dong y)\s*:?\s*NUM"),
    (("against",), r"NUM UNIT khong (?:tan thanh|nhat tri|dong y)"),
    (("against",), r"phan doi\s*:?\s*NUM"),
    (("against",), r"khong (?:tan thanh|nhat tri|dong y)\s*:?\s*(khong)\b"),  # "không tán thành: không" = 0
    (("abstain",), r"(?:y kien khac|khong bieu quyet)\s*:?\s*(khong)\b"),
    (("abstain",), r"(?:y kien khac|khong bieu quyet|phieu trang|trung lap|khong co y kien|bo phieu trang|chua tan thanh)\s*:?\s*NUM"),
    (("abstain",), r"NUM UNIT (?:co )?(?:y kien khac|khong bieu quyet|trung lap)"),
    (("for",), r"(?<!khong )(?:tan thanh|nhat tri|dong y)\s*:?\s*NUM(?![\d.,]*\s*%)"),
    (("for",), r"(?<!khong )(?:tan thanh|nhat tri|dong y)(?: [a-z]+){1,3}\s*:\s*NUM(?![\d.,]*\s*%)"),  # "tán thành kết luận: 10"
    (("for",), r"NUM UNIT(?: co mat| tham du| du hop)?\s*(?:gio tay\s*)?(?:bieu quyet\s*)?(?:tan thanh|nhat tri|dong y)"),
]]
# a public election's ballots, no vote of the cell ("bầu xong trưởng thôn (… 87% số phiếu)", "100% cử tri đi bầu, …
# bỏ phiếu"): "số phiếu" / "bỏ phiếu" count as a vote only without these words
PUBLIC_ELECTION_RX = re.compile(r"\b(?:cu tri|bau cu|tai cu|trung cu|bau xong|dan bau|di bau|bau thay|phieu thay|khu vuc bo phieu)\b")
PERCENT_RX = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*%")
PERCENT_WORDS_RX = re.compile(r"\b(" + NUMBER_WORD + r"(?:\s+" + NUMBER_WORD + r"){0,4})\s+phan tram\b")  # "một trăm phần trăm"
# "không có ý kiến khác" (abstain 0), "không có đồng chí nào không tán thành" (against 0)
ZERO_ABSTAIN_RX = re.compile(r"khong co (?:dong chi nao |ai )?(?:co )?(?:y kien khac|khong bieu quyet)"
                             r"|khong co (?:dong chi nao|ai)[^.;]{0,30}?\b(?:hoac|hay) (?:co )?y kien khac")
ZERO_AGAINST_RX = re.compile(r"khong co (?:dong chi nao|ai|y kien|phieu(?: nao)?) (?:khong tan thanh|khong nhat tri|khong dong y|phan doi)")

# a comrade's title, or an officer's rank written instead of it ("Giao Đại úy Đỗ Văn Hiệp …")
TITLE_OR_RANK = r"(?:dong chi|d/c|dc|d\.c|(?:dai|thuong|trung|thieu) (?:uy|ta|tuong)|(?:thuong|trung|ha) si)"
# a comrade and a task's verb, at the start of a sentence or clause, or after "do" ("Việc … do đồng chí X phụ trách"),
# "của" ("Nhiệm vụ của đồng chí X là …") or a request ("Đề nghị / Yêu cầu đồng chí X …")
ASSIGNMENT_CUE_RX = re.compile(
    r"(?:^|\b(?:do|cua|va)\s+|[,;:]\s*)(?:giao (?:cho )?|phan cong |de nghi |yeu cau |cu )?" + TITLE_OR_RANK + r"\b[^:]{0,100}?"
    r"\b(?:phu trach|chiu trach nhiem|chu tri|theo doi|thuc hien|truc tiep|tham muu|chi dao|"
    r"hoan thanh|hoan thien|lam viec|van dong|kiem tra|huong dan|to chuc|bao cao|xay dung|ra soat|nop|tham gia|"
    r"don doc|lap|tong hop|phoi hop|kem cap|giup do|dam nhan|dam nhiem|nam (?:tinh hinh|bat|chac|vung))\b")
# the heads of the groups tasks are given to, folded: mass organisations, the cell's own bodies, teams, wards of a
# hospital, military units and workshops ("Chi hội Phụ nữ", "Tổ an ninh", "Trung đội 2", "Kíp trực số 2")
GROUP_NAME_HEADS = ("chi hoi", "chi doan", "chi uy", "cong doan", "mat tran", "ban chap hanh", "hop tac xa",
                    "trung doi", "tieu doi", "dai doi", "khau doi", "kip truc", "phan xuong",
                    "to", "ban", "doi", "hoi", "doan", "kip", "phong", "khoa", "bo phan")
GROUP_HEAD_RX = r"(?:" + "|".join(h.replace(" ", r"\s+") for h in GROUP_NAME_HEADS) + r")"
GROUP_FIRST_WORDS = frozenset(h.split()[0] for h in GROUP_NAME_HEADS)  # "to", "chi", "ban", … (folded)
ASSIGN_VERB_RX = re.compile(r"\b(?<!hop )(?<!buoi )(?:giao|phan cong|cu|(?<!nhac )nho)(?:\s*:)?\s+(?:cho )?(?:(?:hai|ba|bon|nam) )?(?=" + TITLE_OR_RANK +
                            r"|(?:cac )?" + GROUP_HEAD_RX + r"\b)")
# the chair's request to one named body is its task ("Đề nghị Chi hội Phụ nữ vận động …"), in the conclusion or the
# tasks, as a sentence or clause opens (a member who "đề nghị Chi đoàn …" proposes it); only the heads of two words, so
# "đề nghị tổ chức …", "đề nghị ban hành …" ask for no body
REQUEST_TO_BODY_RX = re.compile(r"(?:^|(?<=[.;:] )|(?<=[.;:]))\W*(?:de nghi|yeu cau)\s+(?=(?:"
                                + "|".join(h for h in GROUP_NAME_HEADS if " " in h) + r")\s)")
# "hằng tuần", "mỗi quý", "hằng ca": a frequency is a deadline as written
_EVERY = r"(?:hang|moi) (?:thang|tuan|quy|ngay|nam|ca|dem|buoi|ky|dot|toi|sang|chieu|gio)(?: (?:cuoi|dau|giua) (?:tuan|thang|quy|nam)| (?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat))?\b(?! (?:[ivx]{1,4}|\d{1,2})\b)" \
    r"(?: (?:mot|hai|ba|bon|nam|\d{1,2}) lan\b)?"  # "mỗi tuần hai lần"
# what a task list's "X: …" label opens with when X is a role or a body ("Trợ lý Tác chiến:", "Ban Hậu cần:")
TASK_LABEL_HEADS = GROUP_NAME_HEADS + ROLE_START + ("tro ly",)
# groups that can be assignees without a person's name
GROUP_VERBS = (r"phu trach|chiu trach nhiem|co trach nhiem|tuan tra|canh gac|ra quan|phat dong|thuc hien|chu tri|phoi hop|to chuc|van dong|theo doi|huong dan|"
                r"tuyen truyen|kiem tra|tham muu|tong hop|ra soat|xay dung|duy tri|trien khai|lam tot|bao cao|thu|"
                r"don doc|nam|chuan bi|cap nhat|giup do|quan ly|tiep tuc|dam bao|ho tro|thong bao|lap|ket hop|"
                r"tang cuong|nhan|cu (?:\d|nguoi|dang vien|hoi vien|doan vien|can bo|dai dien|mot|hai|ba)|dam nhan|dam nhiem|bo tri|chi dao|giam sat|lam|hoan thien|hoan thanh|"
                r"thu gom|dang ky|gui|mo|so ket|tong ket|tiep nhan|cong khai|ve sinh|tham hoi|tang qua|gap go|dong vien|canh (?:nuoc|gac|giu|phong)|hoan chinh|lien he|duoc (?:giao|phan cong)|"
                r"sua chua|sua (?:mai|nha|duong|chua|lai|cong|cau)|khoi thong|nao vet|don dep|don (?:ve sinh|rac|duong|kenh|muong)|xem xet|nghien cuu|de xuat|khao sat|tap trung|bao dam|sap xep|phan loai|giai quyet|"
                r"hoan tat|thanh lap|ket nap|luyen tap|huan luyen|tap luyen|ket noi|xu ly|truc|tiep can|phat huy|nang cao|day manh|vot|thong ke|dieu tra|can thiep|luu y|"
                r"xep (?:lich|ca|xe|cho)|cham (?:diem|soc|lo)|dat mua|mua|soan|lam viec|gap|khac phuc|huy dong|dieu dong")
# after a name written without a title, words that make the sentence a task given to that person
# ("Giàng A Páo (Trưởng thôn) phụ trách …")
_PERSON_TASK_VERBS = r"(?:phu trach|chiu trach nhiem|co trach nhiem|nhan(?! xet| dinh| thay| manh| vien)|dam nhan|dam nhiem|duoc giao|duoc phan cong)\b"
PERSON_TASK_RX = re.compile(r"^\s*(?:\([^)]{0,40}\))?\s*[,–-]?\s*(?:\w+\s+){0,2}?" + _PERSON_TASK_VERBS)
PERSON_TASK_VERB_RX = re.compile(r"\b" + _PERSON_TASK_VERBS)
GROUP_RX = re.compile(
    r"^\s*(?:cac\s+)?(?:chi uy|(?:" + "|".join(h for h in GROUP_NAME_HEADS if h not in ("chi uy", "to", "phong", "khoa", "bo phan"))
    + r"|to(?! chuc)|cong an|bch|nha truong|truong thon|thon doi truong)\b[\w /–-]{0,40}?)"
    r"(?=\s*[:(]|\s*,\s*(?:" + GROUP_VERBS + r")|\s+(?:(?:thuong xuyen|dinh ky|" + _EVERY + r")\s+)?(?:" + GROUP_VERBS + r")\b)"
    r"|^\s*(?:to|doi|chi hoi|chi doan|trung doi|tieu doi|dai doi|khau doi|kip(?: truc)?)(?: [a-z]+){0,3} (?:so )?\d{1,2}"
    r"(?= [a-z]{2,})(?! (?:dong chi|dang vien|nguoi|ho)\b)")  # "Tổ sản xuất số 1 canh nước …", "Trung đội 2 tuần tra …"
# explicit deadline cues first ("thời hạn:", "hoàn thành trước …"), then bare time phrases
DEADLINE_STRONG_RX = re.compile(
    r"\b(?:(?:hoan thanh|xong|thuc hien|bao cao)\s+)?(?:thoi gian(?: hoan thanh| thuc hien)?|han)\b\s*[:\-–]\s*"
    r"|\b(?:thoi han|han chot|han hoan thanh)\b\s*(?:[:\-–]\s*|(?=\d|ngay|truoc|trong|den|thang|quy|cuoi|dau|het))"
    r"|\b(?:hoan thanh|xong|thuc hien|bao cao|nop)\s+(?=truoc|trong|xong|ngay|thang|cuoi|thuong xuyen|\d{1,2}\s*/\s*\d"
    r"|dau (?:thang|nam|quy|tuan|vu)|quy (?:[ivx]+|\d|nay|toi|sau)\b)"  # not "nộp quỹ", "báo cáo đầu tư"
    r"|\b(?:hoan thanh|xong)\s*[:\-–]\s*|\b(?=cham nhat\b)")
DEADLINE_WEAK_RX = re.compile(
    r"(?=\btruoc ngay\b|\btruoc \d|\btrong thang (?:\d+|muoi|mot|hai|ba|tu|nam|sau|bay|tam|chin|gieng|chap)\b|\bden het (?:he|mua|vu|dot|hoc ky|nam hoc|tet|le|dip)\b|\btrong (?:cac )?(?:ngay|dip) le\b|\bvao (?:cac )?(?:dem|buoi|ngay|toi) cuoi tuan\b|\bthuong xuyen\b|\bcuoi thang\b|\bdau thang\b|\btrong quy\b"
    r"|\btrong (?:nam \d{4}|tuan|dip|mua|hoc ky|vu|dot)\b|\b(?=suot (?:dot|mua|vu|dip|nam|thang|thoi gian|qua trinh|(?:(?:may|nhung|cac|hai|ba|bon|nam) )?(?:ngay|dem|tuan))\b)|\b(?:truoc|den|toi|vao) (?:cuoi|dau|giua|het) (?:thang|nam|quy|tuan|vu|dot|hoc ky|nam hoc)\b"
    r"|\b(?:truoc|tai|vao) (?:le hoi|le|tet|ngay hoi|ngay le)\b|\btruoc (?:dip|mua|vu|dot|ram|tiet|ca)\b"
    r"|\b(?=\d{1,2} (?:gio|ngay|tuan) (?:mot|1) lan\b)"  # "báo cáo Ban Chỉ huy 2 giờ một lần"
    r"|\b(?=sau moi (?:chuyen|dot|lan|buoi|dip|vu|ky|dem|ngay|tran|con|ca|phien)\b)"  # "sau mỗi chuyến biển", "… trận mưa lớn"
    # a part of a day: "vào tối 15/3/2025", "vào chiều thứ Bảy hằng tuần", "vào ngày mùng 6 tháng Giêng"
    r"|\b(?:vao|truoc|cham nhat) (?=(?:sang|chieu|toi|trua|dem) (?:\d|ngay|thu|chu nhat|hom)|ngay (?:mung|mong|ram) "
    r"|(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat),? (?:ngay )?\d"  # "vào Chủ nhật 15/9/2024"
    r"|(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)(?:, (?:thu \w+|chu nhat))* (?:hang|moi) tuan)"  # "vào thứ Sáu, thứ Bảy hằng tuần"
    # days of the week that recur, a part of the day before them: "…, sáng thứ Hai và thứ Năm hằng tuần"
    r"|\b(?=(?:(?:sang|chieu|toi|trua|dem) )?(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)(?:(?:,| va) (?:thu \w+|chu nhat))*"
    r" (?:hang|moi) tuan\b)"
    r"|(?<!\d )\b(?=ngay (?:sau )?khi\b|ngay sau (?:vu|mua|dot|dip|le|tet)\b)"  # "ngay khi nước rút", "ngay sau Tết"
    r"|(?<=\bden )(?=khi\b)"  # "trực chốt …, cho đến khi nước rút": until then
    r"|\b(?=(?:moi )?khi co\b)"  # "trực ứng cứu khi có mưa lũ", "kiểm tra … mỗi khi có mưa lớn"
    r"|\bvao (?=thang (?:\d{1,2}|[ivx]{1,4})\b)"  # "chuẩn bị hội thi cắm sen vào tháng 8"

    r"|\b(?=ky (?:(?:hop|sinh hoat)(?: chi bo)? )?(?:sau|toi|thang (?:\d|[ivx]{1,4}\b)))|\b" + _EVERY +
    r"|\bden (?:het |cuoi )?(?:thang|ngay|quy|nam) |\btu nay den\b|\bden (?:het|cuoi) nam\b"
    r"|\b(?:truoc|tai|vao|den) (?:ky|buoi|phien|cuoc) (?:hop|sinh hoat)(?: chi bo)?(?: thuong ky| dinh ky)? (?:thang|quy|lan|toi|sau)\b"
    r"|\bngay sau (?:cuoc hop|buoi hop|hoi nghi|buoi sinh hoat|ky hop)\b|\bsau (?:vu|mua|dot|dip|le|tet|khi)\b"
    # a span from now: "trong 10 ngày", "sau 1 tuần", "ngay trong tháng"
    r"|\btrong (?=(?:\d{1,3}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) (?:ngay|tuan|thang)\b)|\bngay trong (?=ngay \d)|\bsau \d{1,3} (?:ngay|tuan|thang)\b|\bngay trong (?:thang|tuan|quy|nam)\b"
    r"|\b(?:tuan|thang) (?:sau|toi)\s*[.;]?\s*$"  # "… nộp Phòng Giáo dục tuần sau." at the end of the task
    r"|\b(?:trong )?(?=(?:toi|dem|chieu|sang|trua) (?:nay|mai)\b))")  # a storm's night: "… trong tối nay"
# a date a task is done on ("vào ngày 16/11/2024", kept with its "ngày"): a deadline once a task is given, but no
# sign by itself that a sentence gives one ("Ban công tác mặt trận phối hợp … tổng vệ sinh vào ngày 28/1")
DEADLINE_ON_DAY_RX = re.compile(r"\b(?=vao ngay \d{1,2}\s*[/.\-]\s*\d)"
                                # the New Year when no other time is set: "vào đêm giao thừa", "trong những ngày Tết"
                                r"|\b(?:vao|trong) (?=(?:dem|ngay|dip) giao thua\b|(?:nhung|cac) ngay tet\b)")
# an item "• Đồng chí X: …" / "- Chi hội Phụ nữ: …" outside the discussion: a task given to X
ITEM_ASSIGNEE_RX = re.compile(r"^\s*(?:dong chi|d/c|dc|d\.c)\s*:?\s*[^:;.,]{2,40}?(?:\s*[-–(][^:;]{2,60})?:\s*\S")
# words in front of a deadline that are not part of it ("trước ngày 27/5" -> "27/5/2023")
# ("ngày" goes with a date in figures after "trước" / "chậm nhất", stays before "15 tháng 7" and after "vào" / "trong")
DEADLINE_LEAD_RX = re.compile(r"^(?:(?:hoan thanh|xong|thuc hien|nop|bao cao|truoc|trong(?! (?:tuan|thang|nam|quy|ngay)$)|vao|cham nhat|la|han chot|han|tai|den|tu nay|lam)\s+"
                              r"|(?<!vao )(?<!trong )ngay\s+(?=\d{1,2}\s*[/.\-])"
                              r"|ngay trong\s+(?=(?:thang|quy|tuan) (?:\d|[ivx]{1,4}\b)|ngay \d))+")  # "ngay trong tháng XI"
DATE_ONLY_RX = re.compile(r"(?:ngay\s*)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?(?=\s+[a-z])")
# a month or a quarter, then words that say something else ("hết quý I/2025 có trên 90% số hộ", "tháng 4, có mời …")
PERIOD_ONLY_RX = re.compile(r"(?:(?:het|cuoi|dau|giua) )?(?:thang|quy) (?:\d{1,2}|[ivx]{1,4})(?:\s*/\s*\d{2,4}|\s+nam\s+\d{4})?"
                            r"(?=\s*,|\s+(?!nam\b|nay\b|toi\b|sau\b)[a-z])")
FREQUENCY_RX = re.compile(_EVERY + r"|thuong xuyen\b|dinh ky\b|\d{1,2} (?:gio|ngay|tuan) (?:mot|1) lan\b")  # "2 giờ một lần"
DEADLINE_TEXT_RX = re.compile(r"(?:\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|[^;.)]){2,60}?(?=[;.)]|$|\s*,\s*(?:bao cao|dong chi|d/c)|\s+phai (?:\w+ )?(?:co|xong|hoan thanh)\b)")

CLOSING_END_RX = re.compile(r"(?:ket thuc|be mac|ket thuc vao|giai tan|lap xong|ket thuc hoi nghi|(?:hop|sinh hoat) xong(?= luc| vao| \d)"
                            r"|het gio (?:hop|sinh hoat)(?= luc| vao| \d))")  # "Hết giờ họp lúc 20 giờ 15"
APPROVED_RX = re.compile(_abbr(
    r"bien ban[ \-–](?:nay )?(?:da )?(?:duoc )?(?:doc lai|thong qua)|bien ban[ \-–][^.]{0,70}(?:doc lai|thong qua)|"
    r"bien ban[ \-–](?:nay )?(?:da )?(?:duoc )?(?:thu ky |dong chi thu ky )?(?:doc lai|thong qua|doc cho)"
    r"|thong qua bien ban|doc lai bien ban|nhat tri (?:voi )?(?:noi dung )?(?:cua )?bien ban"
    r"|bien ban[ \-–](?:duoc|da duoc) (?:chi bo|hoi nghi|cac dong chi)[^.]{0,40}(?:thong qua|nhat tri)"
    r"|(?:chi bo|hoi nghi) (?:nhat tri )?thong qua (?:toan van )?(?:noi dung )?bien ban"
    r"|bien ban[ \-–](?:da )?(?:duoc )?\S{2,7} qua truoc (?:chi bo|hoi nghi|toan the)"))  # OCR: "thông" -> "thânø"

# the minutes of an earlier meeting read out at the start ("đọc lại biên bản kỳ họp tháng 11", "… biên bản tháng trước")
PREVIOUS_MINUTES_RX = re.compile(r"bien ban (?:(?:cua )?(?:ky|cuoc|buoi|phien) (?:hop|sinh hoat) |sinh hoat |hop )?(?:chi bo )?"
                                 r"(?:thang (?:\d|truoc)|ky truoc|lan truoc|hom truoc|(?:ky|cuoc|buoi) (?:hop|sinh hoat) truoc)")

# an opinion follows the speaker's name (after an optional role): "Đ/c X – chi ủy viên phát biểu: …"
SPEECH_VERBS = (r"phat bieu|neu y kien|tham gia y kien|gop y|y kien|de nghi|de xuat|cho rang|bo sung|kien nghi|"
                r"trao doi|bay to|dong tinh|nhat tri|thong nhat|neu|noi|thao luan|cho biet|phan anh|de cap|chia se|"
                r"luu y|huong ung|mong muon|nhan manh|ban khoan|hoi lai|hoi ve|dat cau hoi|thac mac|giai trinh|tra loi|"
                r"giai thich|lam ro|tan thanh|dong y|nhan xet|danh gia them|lo ngai|trinh bay (?:y kien|quan diem)|khang dinh|nhac nho|nhac|"
                r"tham luan|xin y kien|cam ket|tu nhan|nhan khuyet diem|tu phe binh|phe binh|hoi(?=\s*:)")
SPEECH_AFTER_RX = re.compile(r"^\s*(?::\s*|[-–,(][^:;.]{0,60}?[,)]?\s*)?(?:thi\s+|cung\s+|da\s+|con\s+)?(?:" + SPEECH_VERBS + r")\b")
# a comrade named by a role only ("Đồng chí Chi hội trưởng phụ nữ đề nghị …", "đ/c phụ trách tổ 3 nêu …"): the
# role runs up to the speech verb; the chair ("đồng chí Bí thư", "chủ trì") and the secretary are not members speaking
# ("có đồng chí đề nghị …", "một đồng chí …": somebody unnamed, no role)
SPEAKER_ROLE_RX = re.compile(r"(?<!cac )(?<!co )(?<!mot )(?<![\d/] )\b(?:dong chi|d/c|dc)\s+(?!(?:bi thu(?! chi doan| doan)|chu tri|chu toa|thu ky|nao|"
                             r"khac|con lai|dang vien|duoc|da|se|deu|cung|co mat|du hop|tham du|vang|" + SPEECH_VERBS + r")\b)"
                             r"((?:[^\s:;.,]+\s+){1,8}?)(?:" + SPEECH_VERBS + r")\b")
# words of address written before a name in the South and in speech ("Ông Sáu", "chị Lan", "Bà Nguyễn Thị Tư")
HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "cô", "thầy", "chú", "bác", "cụ"})
# an opinion, not a task: a speech verb or "X: …" right after the person ("Đồng chí Lê Thị Thuỷ góp ý: …")
SPEECH_NEAR_RX = re.compile(r"^[^;]{0,60}?(?::|\b(?:" + SPEECH_VERBS + r")\b)")
# "Ý kiến của đồng chí X: …", "Theo đồng chí X, …": an opinion wherever it is written (not "Sau khi nghe các ý kiến")
OPINION_OF_RX = re.compile(r"(?<!nghe )(?<!nghe cac )(?<!nghe nhung )(?:y kien|theo|phat bieu)(?: cua)?\s*[,:]?(?:\s+(?:dong chi|d/c|dc|ong|ba|anh|chi|co|thay))?\s*$")
# a group's name: its head, then words that name which group ("Tổ an ninh thôn", "Chi đoàn TN", "Công đoàn bộ
# phận"); the name ends at the first word that is none of these (the task's verb, whatever it is). Folded words
# of one to three syllables.
GROUP_NAME_BARE_OK = frozenset({"chi hoi", "chi doan", "chi uy", "cong doan", "mat tran", "hop tac xa"})
GROUP_NAME_WORDS = frozenset(w.strip() for w in (
    "thon, xom, ban, ap, khu, khoi, khoi pho, pho, buon, lang, soc, phum, xa, phuong, khoa, so, to, dang, rung, xuong, truong, "
    "thuy nong, thuy loi, van nghe, the thao, van hoa, tin hoc, ngu van, "
    "bo phan, dan cu, dan pho, to dan pho, khu pho, lien gia, thanh nien, phu nu, nong dan, cuu chien binh, "
    "nguoi cao tuoi, cao tuoi, khuyen hoc, khuyen nong, an ninh, trat tu, tu quan, xung kich, bao ve, dan phong, "
    "dieu duong, ke toan, ngan quy, san xuat, cong tac, mat tran, phong chay, chua chay, kiem tra, giam sat, "
    "dieu hanh, nghiep vu, chuyen mon, y te, tuan tra, canh sat, khu vuc, hoa giai, nhan dan, hanh chinh, "
    "tong hop, quan su, tu ve, dan quan, giao vien, cong doan, chi hoi, thuong truc, chap hanh, phan xuong, "
    "cong ty, co so, nong truong, nha truong, thuc vat, tham dinh, dau tu, dau tu cong, chien binh, dich vu, "
    "ky thuat, hau can, van phong, "
    "tai chinh, tuyen truyen, lam nghiep, ngu nghiep, thuy san, chan nuoi, trong trot, giam hieu, dan van, "
    "cong nhan, vien chuc, huu tri, chu thap do, thanh tra, nu cong, kinh te, van hoa, the thao, van nghe, "
    "thuy loi, hop tac, quan y, bao quan, trinh sat, co dong, dia ban, thu tuc, nhan su, dich benh, moi truong, "
    "giao thong, nuoc sach, thong tin, tiep dan, kiem soat, cuu ho, cuu nan, thien tai, luu tru, truc ban, thao truong, "
    "xuat nhap canh, phuc kich, quan giao, huu tuyen, vo tuyen, hoa hoc, dong co, thi dua, bien phong, chien si, "
    "che bien, thu hoach, kho, van chuyen, bao tri, dieu duong, ho ly, cap cuu, noi, ngoai, nhi, san, "
    "co dien, co khi, dien, dien lanh, dien nuoc, quan tri, tiet kiem, vay von, tin dung, van tai, "
    "dieu phoi, cay xanh, lo, hoa, htx, xa vien").split(","))
# the words a role is made of besides capitalised names ("Phó Trưởng Công an xã", "Tổ trưởng tổ 3", "Bí thư chi đoàn")
ROLE_NAME_WORDS = GROUP_NAME_WORDS | frozenset({
    "truong", "pho", "bi thu", "chi bo", "chi doan", "chi hoi", "cong an", "uy ban", "nhan dan", "chu tich",
    "hoi", "doan", "dang uy", "chi uy", "ban", "thon", "hoi dong", "giam doc", "chu nhiem", "tram", "doi", "to",
    "hieu truong", "thanh nien", "cuu chien binh", "phu nu", "nong dan", "mat tran", "quan su", "xa", "phuong"})
# heads that name a group only before a proper name ("Phòng Điều hành tour", "Khoa Nội"; not "khoa học")
GROUP_NAME_PROPER = frozenset({"phong", "khoa", "bo phan"})  # "Bộ phận Hậu cần", not "một bộ phận đảng viên"
# a head and the word after it that make no group ("Tổ chức", "Hội nghị", "phong trào")
GROUP_NAME_NOT = frozenset({"to chuc", "hoi nghi", "hoi thao", "hoi thi", "hoi vien", "doan vien", "doi vien",
                            "doan ket", "doi moi", "ban hanh", "ban giao", "phong trao", "phong chong", "to quoc",
                            # "Đối với …", "đối tượng", "đội ngũ": the head's letters, another word
                            "doi voi", "doi tuong", "doi chieu", "doi thoai", "doi ngu", "doi dien", "doi pho",
                            "doan the"})  # "giao cho đoàn thể": the mass organisations at large
# what follows a group's name that is no task ("Ban Thường vụ đã chỉ đạo …": a report)
GROUP_NOT_TASK = frozenset({"đã", "đang", "được", "vẫn", "chưa", "có", "là", "không", "bị"})  # as written
# … nor a group that gives the tasks or concludes ("Chi ủy phân công: …", "Chi ủy thống nhất …")
GROUP_GIVES_RX = re.compile(r"(?:phan cong|giao|ket luan|thong nhat|nhat tri|bieu quyet|de nghi|yeu cau)\b")
# head words of groups, as spelled in display (OCR may damage the tone mark of a one-word head)
# first words of a group written as an assignee ("Tổ Nghiệp vụ", "Ban công tác Mặt trận"), as spelled (not folded:
# "Tổ" is a group, "Tô" a surname)
GROUP_WORDS = {"tổ", "ban", "chi", "hội", "đoàn", "mặt", "công", "hợp", "nhà", "trường", "các", "bộ", "đội", "trung",
               "tiểu", "đại", "khẩu", "kíp", "phân", "xưởng"}
GROUP_HEADS = {"chi hoi": "Chi hội", "chi doan": "Chi đoàn", "to": "Tổ", "ban": "Ban", "hoi": "Hội", "doan": "Đoàn"}
# surnames whose folded key has one spelling: an OCR'd "Trân Ngọc Hằng" is shown as "Trần Ngọc Hằng"
SURNAME_SPELLING = tuple(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Đinh Đào Đoàn Lâm Lương "
    "Trịnh Mai Cao Hà Tô Trương Quách Lưu Chu Kiều Thái Tạ Triệu Lò Đàm Lại Tăng Thạch Khúc Vương "
    "Thào Sùng Mùa Cầm Hầu".split())  # (the mountains' surnames too)
# surnames OCR misreads the same way every time, so no majority of spellings puts them right: the word read -> the
# surname ("Điếu Lên" is Điểu Lên, a S'tiêng name; "Tấn Thị Chiêm" is Tẩn, a Dao one); neither word opens a name
SURNAME_MISREAD = {"Điếu": "Điểu", "Tấn": "Tẩn", "Định": "Đinh"}
# header words with one spelling ("ĐĂNG BỘ" read by OCR -> "ĐẢNG BỘ")
HEADER_SPELLING = {"dang bo": "ĐẢNG BỘ", "chi bo": "CHI BỘ", "dang uy": "ĐẢNG ỦY"}
HEADER_SPELLING_OK = {"ĐẢNG ỦY", "ĐẢNG UỶ"}  # both tone placements are in use: keep the one written
# fixed phrases OCR damages in tone marks only: the folded key finds them, the canonical spelling is shown
CANONICAL = {"thuong xuyen": "thường xuyên", "hang thang": "hằng tháng", "hang tuan": "hằng tuần", "hang gio": "hằng giờ"}  # first letter's case kept
PRAISE_RX = re.compile(r"bieu duong|khen|tuyen duong|bieu duong")
CRITICISM_RX = re.compile(r"phe binh|nhac nho|kiem diem|chua tot|han che")

# template leftovers, on the folded key: "………", "____", "(ghi rõ …)", "(Ký, ghi rõ họ tên)", "(họ và tên)"
UNFILLED_RX = re.compile(r"…{2,}|\.{6,}|(?:…\s*){3,}|:\s*(?:…|\.{3})\s*$|[^\W_][^_]{0,40}_{5,}|\((?:\s*ky(?: ten)?\s*[,;]?)?\s*(?:va\s+)?ghi ro"
                         r"|\(\s*ho (?:va )?ten|\[\s*\.\.\.|<\s*ten")

# a call on everyone, no assignee ("Toàn thể đảng viên", "Các tổ sản xuất", "Mỗi đảng viên", "Đảng viên các tổ")
EVERYONE_RX = re.compile(r"^\W*(?:toan the|toan (?:chi bo|bo)|tat ca|moi|tung|cac (?!dong chi\b)|(?:cac |moi )?dang vien(?: cac| trong|$))")

# --- tables ("TT | Họ và tên | Lý do", "TT | Nội dung | Người thực hiện | Thời gian") -----------

# column kind -> the words of its heading (folded); a header line is made almost only of these
TABLE_COLUMNS: dict[str, str] = {  # order matters: "Đảng viên phụ trách" is an assignee before "Đảng viên" is a name
    "number": r"s?tt|so(?: tt| thu tu)?(?= |$)|^(?:1h|1t|t1|tl|ti|11)(?= )",  # "Số" over a wrapped "TT"; OCR "1H"
    "assignee": r"(?:nguoi|ca nhan|dong chi|dang vien|to chuc|bo phan|don vi)(?:(?:,? | ?/ ?)(?:va )?(?:nguoi|ca nhan|to chuc|bo phan|don vi))*"
                r",? (?:thuc hien|thuc|phu trach|chu tri|dam nhan|dam nhiem|chiu trach(?: nhiem)?|duoc giao|lam)"
                r"|(?:phu trach|chu tri)(?: thuc hien| chinh)?|thuc hien|phan cong|giao cho|dam nhan|dam nhiem|chiu trach nhiem"
                r"|(?:nguoi|ca nhan|to chuc|bo phan|don vi)(?:(?:,? | ?/ ?)(?:va |hoac )?(?:ca nhan|to chuc|bo phan|don vi))+"  # "Cá nhân, tổ chức"
                r"|nguoi"  # "Người, bộ phận" / "Người" over a wrapped "thực hiện"
                r"|ai (?:lam|thuc hien|phu trach)",  # "Việc | Ai làm | Xong trước"
    "name": r"ho (?:va )?ten(?: dang vien| dong chi)?(?: vang(?: mat)?)?|dang vien(?: vang(?: mat)?)?|dong chi(?: vang(?: mat)?)?",
    "reason": r"ly do(?: vang(?: mat)?)?|ghi chu|nguyen nhan(?: vang(?: mat)?)?",
    # "Nội dung ý kiến": a table of opinions in the discussion, whose rows are no tasks
    "opinion": r"(?:noi dung )?y kien(?: phat bieu| tham gia| dong gop| de xuat| thao luan)?",
    "task": r"noi dung(?: cong viec| nhiem vu| thuc hien)?|(?:cong )?viec(?: can lam| duoc giao| phai lam)?|cong viec(?: duoc giao)?"
            r"|nhiem vu(?: duoc (?:giao|phan cong))?",
    "deadline": r"thoi (?:gian|han)(?: hoan thanh| hoan| thuc hien| thuc)?|han(?: hoan thanh| chot)?|tien do|hoan thanh"
                r"|(?:xong|hoan thanh) truoc|bao gio xong|khi nao xong",
    "role": r"chuc vu|chuc danh|cap bac|quan ham",
    "partner": r"(?:don vi |nguoi |ca nhan )?phoi hop(?: thuc hien)?",  # "Phụ trách | Phối hợp": only the first is assigned
    # a roll call's tick columns: "TT | Họ và tên | Có mặt | Vắng | Lý do vắng"
    "present": r"co mat|du hop",
    "absent": r"vang(?: mat)?",
}
# a table of attendance counts: its headings (folded, a heading may wrap in its cell)
COUNT_COLUMNS: dict[str, str] = {
    "total": r"tong so(?: dang vien| dv| dong chi)?(?: cua chi bo)?|dang vien(?: cua chi bo)?",
    "due": r"(?:so )?(?:dang vien |dv )?phai du(?: hop| sinh hoat)?",
    "present": r"(?:so )?(?:dang vien |dv )?(?:co mat|du hop|tham du|du sinh hoat)",
    "absent_excused": r"vang co (?:ly do|ld|bao cao|phep)|co ly do",
    "absent_unexcused": r"vang khong (?:co )?(?:ly do|ld|bao cao|phep)|khong (?:co )?ly do",
    "absent": r"(?:so )?vang(?: mat)?",
    "exempt": r"(?:duoc )?mien(?: sinh hoat| sh)?",
}
COUNT_COLUMN_RX = re.compile("|".join(f"(?P<{k}>{v})" for k, v in COUNT_COLUMNS.items()))
TABLE_COLUMN_RX = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{v})" for k, v in TABLE_COLUMNS.items()) + r")(?!\w)")


# --- tasks and absences: shapes of sentences that give no task, or give one among other words -----------------

ABSENT_CATEGORY_RX = re.compile(r"(?:^|[:;,(–-]\s*|\bva\s+)" + NUM + r" (?:dong chi|d/c|dc|dang vien) (?!vang|co mat|du|mien|duoc mien)"
                                r"([^;.()]{3,80})")  # "vắng 03: 02 đồng chí đi làm ăn xa, …"
# an upper committee giving the cell its orders ("Đảng ủy xã giao chi bộ …") is the cell's task, nobody's in it
GIVES_THE_CELL_RX = re.compile(r"(?:dang uy|huyen uy|quan uy|thanh uy|tinh uy|ban thuong vu|cap uy|cap tren)\b.*\bgiao\b")
# "Chi ủy sẽ họp và phân công sau", "đ/c X đề nghị chi bộ …": no task given (yet)
NOT_A_TASK_RX = re.compile(r"\W*(?:se\s+(?:hop\s+(?:va\s+)?)?(?:phan cong|giao|thong bao)|(?:de nghi|kien nghi|xin y kien)\s+"
                           r"(?:chi bo|chi uy|cap uy|dang uy|cap tren|ubnd|uy ban))\b")
TOPIC_LABEL_RX = re.compile(r"ve [^:;.]{2,50}:\s*(?=\S)")  # "2. Về nước tưới: Tổ 2 …": the point's subject
# "Việc thăm …, tháng trước giao đồng chí X: đã đi thăm": last month's task, reported on
RECALLED_RX = re.compile(r"(?:thang truoc|ky truoc|ky hop truoc|lan truoc|truoc day|hom truoc)\s*(?:da\s+)?(?:chi bo\s+)?$")
# "Đồng chí chủ trì tiếp thu các ý kiến, giao Chi ủy …": the chair gives a task among the opinions
CHAIR_GIVES_RX = re.compile(r"\s*(?:dong chi |d/c |dc |d\.c )?(?:chu tri|chu toa|bi thu(?: chi bo)?)\b[^.;:]{0,60}?[,\s]"
                            r"(?:giao|phan cong)\b")


# --- checks: code -> (severity, Vietnamese message) --------------------------------------

FLAGS: dict[str, tuple[str, str]] = {
    "missing_conclusion": ("error", "Không có kết luận của đồng chí chủ trì (hoặc kết luận chung chung)."),
    "missing_assignments": ("error", "Không phân công nhiệm vụ cụ thể cho đảng viên hoặc tổ chức."),
    "missing_vote": ("warning", "Không ghi biểu quyết thông qua kết luận/nghị quyết."),
    "not_approved": ("warning", "Biên bản không ghi việc đọc lại và thông qua trước chi bộ."),
    "no_discussion": ("warning", "Không ghi ý kiến thảo luận của đảng viên."),
    "low_attendance": ("warning", "Tỷ lệ đảng viên dự sinh hoạt thấp hơn mức yêu cầu."),
    "unexcused_absence": ("warning", "Có đảng viên vắng mặt không lý do."),
    "short_meeting": ("warning", "Thời lượng sinh hoạt ngắn hơn quy định."),
    "unfilled_template": ("warning", "Còn nội dung mẫu chưa điền (dấu chấm lửng hoặc chỗ ghi rõ)."),
    "low_ocr_confidence": ("info", "Chất lượng nhận dạng chữ (OCR) thấp, cần kiểm tra lại bằng mắt."),
    "missing_month": ("error", "Có tháng không tổ chức sinh hoạt chi bộ thường kỳ."),
    "no_thematic_in_quarter": ("warning", "Có quý không tổ chức sinh hoạt chuyên đề."),
    "repeated_absence": ("error", "Đảng viên vắng mặt không lý do nhiều lần (từ 3 lần trở lên)."),
}
REPEATED_ABSENCE_MIN = 3

# police / army ranks written between "đồng chí" and the name
RANKS = ("dai uy", "thuong uy", "trung uy", "thieu uy", "dai ta", "thuong ta", "trung ta", "thieu ta",
         "dai tuong", "thuong tuong", "trung tuong", "thieu tuong", "thuong si", "trung si", "ha si")
# capitalised words that start a reason or a clause, never a syllable of a name
# (original spelling, lower-cased: folded keys collide with given names like Nam, Tài, Công, Phú)
# ("Được" is a given name too common to stop at: "đ/c Võ Thành Được cùng tổ thủy lợi …")
NAME_STOP = ("đi", "nghỉ", "ốm", "con", "bận", "có", "việc", "đang", "nằm", "vắng", "phép", "làm",
             "học", "về", "không", "chịu", "phụ", "theo", "tham", "điều", "xin")
# an officer's rank as written in front of a name, in place of "đồng chí" ("Thượng úy Lê Thị Hồng Nhung")
# "đồng chí" as written, in any of its spellings, for patterns on the text as written
# ("Đ.c", "ĐC" and "đc" are clerks' habits as common as "đ/c")
COMRADE_WRITTEN = r"(?:[Đđ]ồng chí|ĐỒNG CHÍ|[Đđ]\s?[/.]\s?[cC]|[Đđ][cC])"
RANK_WRITTEN = r"(?:(?:Đại|Thượng|Trung|Thiếu) (?:úy|uý|tá|tướng)|(?:Thượng|Trung|Hạ) sĩ)"

# common Vietnamese surnames (folded): an untitled capitalised run must start with one
SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao doan lam "
    "luong trinh mai cao ha tang to truong quach luu lu chu kieu thai ta trieu van la giang khuc "
    "lai tieu tong phung kim thach diep vuong cu mac ong au banh thieu nghiem quang ton tu thach "
    "han nong hua lo y ma chau vi sung bach dam khong cam".split())

# --- pre-score: the parts of the provincial 100-point sheet the minutes show -------------
# criterion -> max points (the sheet's remaining points — preparation, conduct, principles — are
# not visible in the minutes and are not scored)
SCORE_PARTS: dict[str, float] = {
    "duration": 10,        # full at the required duration, pro rata below
    "attendance": 10,      # full at >= min_attendance, half at >= 0.80, none below
    "speakers": 10,        # full when >= 30% of those present spoke, pro rata below
    "praise_criticism": 5, # praise (biểu dương) or criticism (phê bình) recorded
    "conclusion": 10,      # the chair's conclusion written down
    "vote": 5,             # the conclusion / resolution voted on
}
SPEAKER_SHARE_FULL = 0.30
