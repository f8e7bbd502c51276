"""Held-out set 15, writer n (test/, `n…`): the whole country, 2008–2026.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
ingest/, the bench, the tests other than tests/samples/test_heldout_sets.py, the other writers' modules of this set
or the earlier sets' minute texts and truth files, and without running the extractor. Rendered by
samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely; the paperwork follows
/work/shared/DOMAIN.md. The set's theme is who was there and who ran the meeting: the chair and the secretary in
labels, in prose, with titles, ranks and degrees, a deputy standing in, a secretary chosen on the day, names only
under the signatures; the counts in words, figures, fractions, a count table and a printed form's fields, totals to
be added up, exempt members named or only counted, absentees named in part, reasons of every kind or none, a member
arriving late and one leaving early; guests from the committee above, the mass organisations and outside the Party;
attendance on both sides of the 90 % bar and exactly on it.

Files (name -> what varies -> minute flags / book flags):

- n01-hanoi-ward-2026-exempt-named-clean -> Hà Nội, Bồ Đề ward (after the 2025 reorganisation: a city line above
  the ward committee), tổ dân phố cell, January 2026; Serif 13 justified, "Trang n/N"; "I.–V." capital headings
  with "1.–3." fields; "Tổng số … 31 …, 04 … miễn sinh hoạt (four named); số phải dự 27"; "Có mặt: 25/27 …, đạt
  92,6%"; two absentees with reasons in brackets; an upper-committee guest with a long role; "Chủ trì: … – Bí thư
  chi bộ", "Thư ký: … – Chi ủy viên"; "25/25 … tán thành, đạt 100%"; three tasks, one shared by a mass
  organisation and a member, "xong trước ngày 25/01/2026", "trong tháng 01/2026", "thường xuyên" -> — / —
- n02-quangninh-mine-deputy-count-table-low-novote -> Quảng Ninh (Cẩm Phả) coal-mine district cell, March 2012;
  Liberation Sans 11 ragged; a ruled count table "Tổng số | Miễn SH | Phải dự | Có mặt | Vắng có lý do | Vắng không
  lý do" (24 / 01 / 23 / 19 / 04 / 0); the exempt member named on a line of his own; four excused absentees, the
  Bí thư among them (away at a political-theory course), so the Phó Bí thư "điều hành cuộc họp" and a chi ủy
  member "ghi biên bản" in one sentence; two guests; "1/–5/" parts; tasks inside the deputy's conclusion ("hằng
  ca"); the minutes read back "không có ý kiến khác" but nothing voted; 19 of 23 due -> low_attendance,
  missing_vote / —
- n03-nghean-village-2009-words-late-arrival -> Nghệ An (Diễn Châu) village, October 2009 (storm no. 9, A/H1N1);
  Liberation Mono 11, no headings; the date in words; "hai mươi hai đảng viên", "mười chín … lúc khai mạc", one
  member arriving at 20 giờ counted present ("hai mươi đồng chí"), one absentee abroad, one "vắng không có lý do";
  "Cuộc họp do đồng chí …, Bí thư chi bộ chủ trì. Chi bộ cử đồng chí … làm thư ký"; a guest "Đảng uỷ viên phụ
  trách xóm"; tasks in the conclusion ("cùng chi đoàn thanh niên …"); vote in words "hai mươi trên hai mươi";
  19:30–20:55; ends with the end time only -> not_approved, short_meeting, unexcused_absence / —
- n04-hcm-ward-june-held-july-guests-clean -> TP Hồ Chí Minh, Xuân Hòa ward, khu phố cell; the June 2025 meeting
  held on 03/7/2025 (explained under the title); DejaVu Sans 10.5 ragged, right-aligned running head, "- n -";
  "*" headings; "21 đảng viên chính thức và 03 đảng viên dự bị" (total to add up), two exempt named, "Phải dự: 22;
  có mặt: 21/22"; three guests (an upper-committee member, the women's union head "Bà …", a non-member "Ông …
  (quần chúng)"); "Chủ tọa: Bí thư Chi bộ …" (role before the name) and "Thư ký: Chi ủy viên …" on one line;
  "Tán thành 21/21; không tán thành: 0; ý kiến khác: 0"; dash tasks "Đ/c A: …; hoàn thành trước …", two members in
  one line -> — / —
- n05-daklak-ede-form-partial-absentees-low -> Đắk Lắk (Krông Pắc) Ê Đê village, August 2017 (the pepper price
  fall); a printed form typed in, Serif 12 ragged; "Số: ……-BB/CB", "Khách mời: ……", a task's "thời gian: ……" and
  "(Ký, ghi rõ họ tên)" left; counts in the form's fields ("17 …; miễn sinh hoạt 01"; "Có mặt: 13"; "Vắng: 03 (có
  lý do: 02; không lý do: 01)") naming only two of the three absentees; "Chủ trì: đ/c … – Chức vụ: …" -> 
  low_attendance, unexcused_absence, unfilled_template / —
- n06-hue-hospital-degrees-left-early-nodiscussion -> Thừa Thiên Huế, a central hospital's intensive-care cell,
  April 2020 (Covid-19, Chỉ thị 16); DejaVu Serif 11.5 justified; "A.–C." headings; "Chủ tọa: TS.BS. … – Bí thư
  chi bộ, Trưởng khoa", "Người ghi biên bản: CN. …"; "chính thức 25, dự bị 03" (total to add up), two absentees
  with degrees (maternity leave, on duty), a member who leaves at 15 giờ 30 (present), so the vote counts "25/25 …
  có mặt tại thời điểm biểu quyết"; members only "nhất trí cao …, không có ý kiến bổ sung"; tasks inside the
  conclusion with degrees before names; ends with the end time -> no_discussion, not_approved / —
- n07-soctrang-khmer-signature-only-names-90pct -> Sóc Trăng (Vĩnh Châu) Khmer hamlet, May 2014 (the HD-981 rig);
  Serif 12 justified, no indent, one dense page; "1-–6-" headings; "Đồng chí Bí thư chi bộ chủ trì, đồng chí Phó Bí thư ghi
  biên bản" — both named only in the signature block ("T/M CHI ỦY / BÍ THƯ / (đã ký)", "THƯ KÝ / PHÓ BÍ THƯ"); 33
  members, 03 exempt counted only, "Hiện diện 27/30" (exactly 90 %), absentees on dash lines: one working away, one
  "có việc", one with no reason at all; a guest; the chair only thanks and promises to pass the opinions on; a
  "Phân công" part with two named members; a vote on the next month's direction "26/27 …, 01 … không biểu quyết"
  -> missing_conclusion, unexcused_absence / —
- n08-laocai-border-ranks-full-attendance-clean -> Lào Cai (Bát Xát) border post, a mass-mobilisation team cell,
  November 2021; Serif 13 justified; ranks before every name, H'Mông, Dao and Hà Nhì names; "Quân số đảng viên:
  15/15 … (chính thức 14, dự bị 01); vắng: không"; an upper-committee officer and a non-member village head as
  guests; chair and secretary in one sentence ("Thiếu tá …, Bí thư chi bộ, Đội trưởng điều hành …; Thượng úy …, chi
  ủy viên, ghi biên bản"); "I.–IV." headings; tasks inside the conclusion ("xong trong tuần"); "15/15 …, đạt 100%";
  ranks and "(Đã ký)" in the signature block -> — / —
- n09-binhdinh-fishing-combined-100min-general -> Bình Định (Hoài Nhơn) fishing village, September 2008; regular +
  thematic ("Chuyên đề: …" line) in 100 minutes; Liberation Sans 12; "Điều hành:" / "Thư ký hội nghị:" labels;
  "Đảng viên dự họp: 13/14 …; vắng 01 đồng chí (đi biển)" (nobody named); "PHẦN MỘT / PHẦN HAI" headings; "Chi bộ
  thảo luận sôi nổi, thống nhất …"; a general call to the boat-owning members; "nhất trí 100%" -> missing_assignments,
  no_discussion, short_meeting / —
- n10-haiphong-shipyard-absentee-table-90pct-clean -> Hải Phòng (Thủy Nguyên) shipyard hull-workshop cell, October
  2018; Serif 12.5 justified, running head from page 2, "Trang n" at the foot; "Chủ trì buổi sinh hoạt là đồng chí
  kỹ sư … , Bí thư chi bộ, Quản đốc phân xưởng; thư ký là …" in prose; "Số đảng viên có mặt: 18/20 (đạt tỷ lệ
  90%)" (exactly the bar) and a ruled absentee table "TT | Họ và tên | Lý do vắng"; a trade-union guest and a
  non-member worker invited; two votes (the conclusion 18/18; introducing the worker to the Party-awareness class
  18/18, 100%); a ruled task table "TT | Nội dung công việc | Người thực hiện | Thời hạn" ("Trước 31/10/2018",
  "Hằng ngày", "Tháng 11/2018"); "(Đã ký, đóng dấu)" -> — / —
- n11-thanhhoa-thai-village-book-2019 -> **book**, Thanh Hóa (Như Xuân) Thái and Mường village, five minutes
  January–June 2019 on three pages, every minute after the first starting mid-page under the previous signatures
  (one minute's signatures carried over to the top of page 2); Serif 12 justified, running head from page 2,
  "- n -" at the foot; several clerks' hands:
  Jan (header, "Chủ tọa: … Thư ký: …" on one line; "Tổng số … 21; miễn sinh hoạt 02 (named); có mặt 18/19; vắng 01
  … (không lý do)") -> unexcused_absence;
  Feb (title only; terse, no headings; "Dự họp 19/19 đồng chí phải dự (miễn sinh hoạt 02); vắng: không"; "Chi bộ
  thảo luận, thống nhất …"; a general call; exactly 90 minutes) -> missing_assignments, no_discussion;
  Mar (its own header; the Bí thư in hospital, the Phó Bí thư chairs; "Đảng viên có mặt 16/19"; three absentees, one
  "không báo") -> low_attendance, unexcused_absence;
  May (held on 02/6/2019, saying April's meeting was not held; "Có mặt 18 trên 19 …"; 80 minutes; no vote) ->
  missing_vote, short_meeting;
  Jun (regular + thematic on the 2019 Hồ Chí Minh topic, 130 minutes; "vắng không phép"; the chair only thanks; a
  vote on the cell's pledge; tasks in a "Phân công" part) -> missing_conclusion, unexcused_absence
  / book: missing_month (April), no_thematic_in_quarter (Q1), repeated_absence (one member in Jan, Mar, Jun)
- n12-quangninh-mine-scan-moderate -> image-only twin of n02: 200 dpi grey JPEG, tilted (small sans type and the
  count table under OCR) -> as n02
- n13-daklak-form-scan-photocopy -> image-only twin of n05: 250 dpi photocopy (pale toner, gutter shadow, specks,
  a streak) -> as n05
- n14-quangnam-commune-office-form-scan-moderate -> scan only (no born-digital twin): Quảng Nam (Duy Xuyên) commune
  office cell, October 2011, a printed form typed in, Serif 11 ragged, 250 dpi moderate; "Số: ……/BB-CB", "Khách mời:
  ……", the conclusion field "đ) Kết luận của chủ trì: ……" left as dots, "(Ký, ghi rõ họ tên)"; "Tổng số … 19;
  miễn sinh hoạt: 01; phải dự: 18"; "Có mặt: 17/18"; one absentee at a course; a vote "tán thành 17/17; không tán
  thành: 0"; ends with the end time -> missing_conclusion, not_approved, unfilled_template / —

Labelling decisions (on top of the READMEs' "Labelling choices"):
- `total` is written or added up from its parts (official + probationary; present + absent + exempt); members who
  arrive late or leave early are present; a vote counted after a member left counts the members then present.
- Exempt members named or only counted are `exempt`, never absentees; a count line that names only some of the
  absentees gives the numbers of the count line and only the named ones in `absentees`.
- Reasons are as written inside their brackets or after the colon ("có việc" is excused however vague; "không báo",
  "không phép", "không lý do", "không có lý do" are unexcused without the word "vắng"); a named absentee with
  nothing after the name has reason null and is unexcused; "vắng 01 đồng chí (đi biển)" gives one excused absence
  and no name.
- The chair and the secretary named only in the signature block take their names from there and the chair's
  Party role from the opening ("Đồng chí Bí thư chi bộ chủ trì"). When the Bí thư is away the deputy is the chair
  with role "Phó Bí thư chi bộ" and the Bí thư is an absentee. A role written before the name ("Bí thư Chi bộ …")
  is the role as written; degrees (TS.BS., ThS.BS., BS., ĐD., CN., kỹ sư) and ranks are dropped from every name.
- Guests keep their role as written, without "(quần chúng)" and without "ông"/"bà"; a guest who speaks or offers
  help is no assignee.
- A meeting of one month held early in the next keeps the title's month (and the date it was held); a later
  minute's remark that a month's meeting was not held does not fill that month.
- A form's conclusion field left as dots is no conclusion; a task's "thời gian: ……" is deadline null.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import HD, C, G, H, L, P, S, meeting, minute, task, vote

DOCS: list[dict] = []


def TB(cols, rows, **kw):
    return ("table", cols, rows, kw)


# =================================================================================================
# n01 — Hà Nội, Bồ Đề ward, January 2026. No defect.
# =================================================================================================
DOCS.append({
    "name": "n01-hanoi-ward-2026-exempt-named-clean", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3, "left": 85,
              "right": 57, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG BỘ PHƯỜNG BỒ ĐỀ", "CHI BỘ TỔ DÂN PHỐ SỐ 12", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bồ Đề, ngày 08 tháng 01 năm 2026"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01/2026"),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("1. Thời gian: từ 19 giờ 30 phút đến 21 giờ 40 phút, thứ Năm, ngày 08/01/2026."),
            P("2. Địa điểm: Hội trường Nhà văn hóa tổ dân phố số 12."),
            P("3. Thành phần dự họp:"),
            P("- Tổng số đảng viên trong chi bộ: 31 đồng chí, trong đó 04 đồng chí được miễn sinh hoạt đảng theo "
              "quy định (các đồng chí Đặng Văn Khải, Nguyễn Thị Tâm, Lưu Đình Bảo, Phan Thị Gấm); số đảng viên "
              "phải dự sinh hoạt: 27 đồng chí."),
            P("- Có mặt: 25/27 đồng chí, đạt 92,6%. Vắng 02 đồng chí, đều có lý do: đồng chí Ngô Quang Vinh (đang "
              "điều trị tại Bệnh viện Đức Giang) và đồng chí Trương Thị Mỹ Linh (đi công tác tại Đà Nẵng)."),
            P("- Đại biểu cấp trên: đồng chí Hoàng Minh Tuấn, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân phường, "
              "phụ trách địa bàn tổ dân phố số 12."),
            P("- Chủ trì: đồng chí Vũ Thị Thanh Hương – Bí thư chi bộ."),
            P("- Thư ký: đồng chí Lại Đức Mạnh – Chi ủy viên."),
            H("II. NỘI DUNG SINH HOẠT"),
            P("1. Thông tin thời sự, văn bản mới: đồng chí Bí thư thông tin công tác chuẩn bị Đại hội đại biểu "
              "toàn quốc lần thứ XIV của Đảng; phổ biến Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức "
              "Trung ương về nâng cao chất lượng sinh hoạt chi bộ và kế hoạch của Đảng ủy phường về bảo đảm an "
              "ninh trật tự dịp Tết Nguyên đán Bính Ngọ."),
            P("2. Kết quả thực hiện nhiệm vụ tháng 12/2025: tổ dân phố thu quỹ \"Vì người nghèo\" được "
              "18.600.000 đồng; 100% hộ gia đình đăng ký xây dựng gia đình văn hóa năm 2026; phối hợp Công an "
              "phường nhắc nhở 09 hộ để xe lấn chiếm vỉa hè. Hạn chế: việc phân loại rác tại nguồn ở ngõ 164 "
              "chưa đều; còn 03 đảng viên chậm nộp đảng phí."),
            P("3. Phương hướng, nhiệm vụ tháng 01/2026: chăm lo Tết cho hộ nghèo, hộ cận nghèo, gia đình chính "
              "sách; bảo đảm phòng cháy, chữa cháy cuối năm; tuyên truyền nhân dân treo cờ Tổ quốc chào mừng Đại "
              "hội XIV của Đảng."),
            H("III. Ý KIẾN THẢO LUẬN"),
            P("- Đồng chí Đỗ Văn Lâm (Tổ trưởng tổ dân phố): đề nghị chi bộ sớm chốt danh sách tặng quà Tết, "
              "tránh trùng với danh sách của phường; kiến nghị lắp thêm bình chữa cháy ở đầu ngõ 164."),
            P("- Đồng chí Nguyễn Thị Hoa: Chi hội Phụ nữ đã vận động được 41 hộ phân loại rác; đề nghị chi bộ "
              "biểu dương các hộ làm tốt trong buổi gặp mặt cuối năm."),
            P("- Đồng chí Hoàng Minh Tuấn ghi nhận kết quả của chi bộ, lưu ý chi bộ nắm chắc tình hình các hộ "
              "cho thuê trọ trong dịp Tết."),
            H("IV. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Tiếp thu các ý kiến, đồng chí Vũ Thị Thanh Hương kết luận: chi bộ thống nhất đánh giá tháng "
              "12/2025 hoàn thành tốt nhiệm vụ; tháng 01/2026 tập trung ba việc chính là chăm lo Tết cho hộ khó "
              "khăn, phòng cháy chữa cháy, vệ sinh môi trường ngõ 164; các đồng chí chậm nộp đảng phí hoàn thành "
              "ngay trong tháng."),
            P("Chi bộ biểu quyết thông qua kết luận: 25/25 đồng chí có mặt tán thành, đạt 100%."),
            H("V. PHÂN CÔNG THỰC HIỆN"),
            P("- Đồng chí Đỗ Văn Lâm phối hợp với Ban công tác Mặt trận rà soát, lập danh sách hộ nghèo, hộ cận "
              "nghèo để tặng quà Tết, xong trước ngày 25/01/2026."),
            P("- Đồng chí Lại Đức Mạnh đôn đốc các đồng chí còn nợ đảng phí, báo cáo chi ủy trong tháng 01/2026."),
            P("- Chi hội Phụ nữ tổ dân phố và đồng chí Nguyễn Thị Hoa vận động các hộ ngõ 164 phân loại rác tại "
              "nguồn, thực hiện thường xuyên."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 40 phút cùng ngày. Biên bản được đọc lại trước chi bộ; các "
              "đồng chí dự họp nhất trí với nội dung biên bản."),
            S(["THƯ KÝ", "", "", "Lại Đức Mạnh"], ["T/M CHI BỘ", "BÍ THƯ", "", "Vũ Thị Thanh Hương"]),
        ],
        "truth": minute(
            meeting("regular", "2026-01-08", "19:30", "21:40", "Hội trường Nhà văn hóa tổ dân phố số 12",
                    "CHI BỘ TỔ DÂN PHỐ SỐ 12", "ĐẢNG BỘ PHƯỜNG BỒ ĐỀ"),
            "Vũ Thị Thanh Hương", "Bí thư chi bộ", "Lại Đức Mạnh",
            attendance(31, 25, 2, 2, 0, 4,
                       absentees=[("Ngô Quang Vinh", "đang điều trị tại Bệnh viện Đức Giang", True),
                                  ("Trương Thị Mỹ Linh", "đi công tác tại Đà Nẵng", True)],
                       guests=[("Hoàng Minh Tuấn", "Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân phường, phụ trách "
                                "địa bàn tổ dân phố số 12")]),
            True,
            [vote("Thông qua kết luận tháng 01/2026", 25, None, None, 100)],
            [task("Đỗ Văn Lâm", "phối hợp với Ban công tác Mặt trận rà soát, lập danh sách hộ nghèo, hộ cận "
                  "nghèo để tặng quà Tết", "25/01/2026"),
             task("Lại Đức Mạnh", "đôn đốc các đồng chí còn nợ đảng phí, báo cáo chi ủy", "tháng 01/2026"),
             task("Chi hội Phụ nữ tổ dân phố", "vận động các hộ ngõ 164 phân loại rác tại nguồn",
                  "thường xuyên"),
             task("Nguyễn Thị Hoa", "vận động các hộ ngõ 164 phân loại rác tại nguồn", "thường xuyên")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# n02 — Quảng Ninh, coal-mine district, March 2012: a count table, the deputy presides. Low, no vote.
# (twin: n12, moderate 200 dpi)
# =================================================================================================
DOCS.append({
    "name": "n02-quangninh-mine-deputy-count-table-low-novote", "folder": "test",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.28, "left": 70,
              "right": 50, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY THAN CẨM THÀNH", "CHI BỘ PHÂN XƯỞNG KHAI THÁC 4"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Phả, ngày 14 tháng 3 năm 2012"]),
            C("BIÊN BẢN HỌP CHI BỘ", size=13),
            C("Kỳ họp tháng 3 năm 2012", bold=False, italic=True),
            G(6),
            L("Thời gian: bắt đầu 14 giờ 00 phút ngày 14/3/2012, sau giao ca 1."),
            L("Địa điểm: Phòng giao ca Phân xưởng Khai thác 4."),
            L("Tình hình đảng viên dự họp:", bold=True),
            TB([(0.14, "Tổng số", "c"), (0.14, "Miễn SH", "c"), (0.14, "Phải dự", "c"), (0.14, "Có mặt", "c"),
                (0.22, "Vắng có lý do", "c"), (0.22, "Vắng không lý do", "c")],
               [["24", "01", "23", "19", "04", "0"]], size=10),
            L("- Miễn sinh hoạt: đ/c Phạm Văn Cừ (nghỉ chờ hưu, Đảng ủy Công ty đồng ý cho miễn sinh hoạt từ "
              "tháng 01/2012)."),
            L("- Vắng có lý do 04 đ/c: đ/c Bùi Đức Thắng – Bí thư chi bộ (đi học lớp Cao cấp lý luận chính trị "
              "tại Hà Nội); đ/c Lương Văn Chiến (làm ca 3); đ/c Đinh Công Sơn (ốm, điều trị tại Bệnh viện đa khoa "
              "khu vực Cẩm Phả); đ/c Vi Thị Hậu (nghỉ phép năm)."),
            L("- Khách mời: đ/c Nguyễn Thế Vinh – Phó Bí thư Đảng ủy Công ty; đ/c Tô Văn Hải – Chủ tịch Công đoàn "
              "phân xưởng."),
            L("Đồng chí Bí thư đi học nên đ/c Hoàng Văn Dũng – Phó Bí thư chi bộ, Quản đốc phân xưởng điều hành "
              "cuộc họp; đ/c Trần Thị Lan Anh – Chi ủy viên, nhân viên kinh tế phân xưởng ghi biên bản."),
            G(3),
            L("NỘI DUNG", bold=True),
            L("1/ Quán triệt Nghị quyết Trung ương 4 (khóa XI) \"Một số vấn đề cấp bách về xây dựng Đảng hiện "
              "nay\": đ/c Nguyễn Thế Vinh truyền đạt những nội dung chính và kế hoạch kiểm điểm tự phê bình, phê "
              "bình của Đảng ủy Công ty."),
            L("2/ Kết quả sản xuất tháng 2/2012: than nguyên khai 38.400 tấn, đạt 106,7% kế hoạch; đào lò mới 412 "
              "mét; không có tai nạn lao động nặng. Tồn tại: 02 trường hợp vi phạm quy trình vận hành máng cào; "
              "01 công nhân tự ý nghỉ việc 5 ngày; nhà tắm giao ca chưa bảo đảm vệ sinh."),
            L("3/ Kế hoạch tháng 3/2012: phấn đấu 40.000 tấn than nguyên khai; hoàn thành chống giữ lò chợ số 3 "
              "bằng giá thủy lực; chuẩn bị phương án thoát nước trước mùa mưa."),
            L("4/ Ý kiến tham gia:"),
            L("- Đ/c Lương Thế Hùng (Tổ trưởng lò chợ 3): tổ thiếu 06 thợ lò bậc 4, đề nghị điều chuyển từ tổ "
              "đào lò sang; giá thủy lực về chậm so với tiến độ."),
            L("- Đ/c Nịnh Văn Páo: bơm nước ở mức -50 tuần trước hỏng 2 lần, đề nghị kiểm tra lại toàn bộ."),
            L("- Đ/c Nguyễn Thế Vinh: Đảng ủy Công ty sẽ làm việc với phòng Cơ điện về giá thủy lực; chi bộ chú "
              "ý công tác tư tưởng với công nhân trẻ mới vào nghề."),
            L("5/ Đ/c Hoàng Văn Dũng kết luận: chi bộ thống nhất đánh giá tháng 2 hoàn thành vượt kế hoạch; "
              "tháng 3 tập trung vào an toàn và sản lượng, làm tốt việc kiểm điểm theo Nghị quyết Trung ương 4. "
              "Giao đ/c Lương Thế Hùng lập danh sách thợ lò điều chuyển, báo cáo quản đốc trước ngày 20/3/2012; "
              "đ/c Nịnh Văn Páo kiểm tra bơm nước mức -50 hằng ca; đ/c Trần Thị Lan Anh tổng hợp bản tự kiểm "
              "điểm của đảng viên, nộp Đảng ủy trước ngày 30/3/2012."),
            L("Cuộc họp kết thúc lúc 16 giờ 05 phút. Biên bản đã đọc lại trước cuộc họp, không có ý kiến khác."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "Trần Thị Lan Anh"], ["T/M CHI BỘ", "PHÓ BÍ THƯ", "", "Hoàng Văn Dũng"]),
        ],
        "truth": minute(
            meeting("regular", "2012-03-14", "14:00", "16:05", "Phòng giao ca Phân xưởng Khai thác 4",
                    "CHI BỘ PHÂN XƯỞNG KHAI THÁC 4", "ĐẢNG BỘ CÔNG TY THAN CẨM THÀNH"),
            "Hoàng Văn Dũng", "Phó Bí thư chi bộ", "Trần Thị Lan Anh",
            attendance(24, 19, 4, 4, 0, 1,
                       absentees=[("Bùi Đức Thắng", "đi học lớp Cao cấp lý luận chính trị tại Hà Nội", True),
                                  ("Lương Văn Chiến", "làm ca 3", True),
                                  ("Đinh Công Sơn", "ốm, điều trị tại Bệnh viện đa khoa khu vực Cẩm Phả", True),
                                  ("Vi Thị Hậu", "nghỉ phép năm", True)],
                       guests=[("Nguyễn Thế Vinh", "Phó Bí thư Đảng ủy Công ty"),
                               ("Tô Văn Hải", "Chủ tịch Công đoàn phân xưởng")]),
            True,
            [],
            [task("Lương Thế Hùng", "lập danh sách thợ lò điều chuyển, báo cáo quản đốc", "20/3/2012"),
             task("Nịnh Văn Páo", "kiểm tra bơm nước mức -50", "hằng ca"),
             task("Trần Thị Lan Anh", "tổng hợp bản tự kiểm điểm của đảng viên, nộp Đảng ủy", "30/3/2012")],
            ["low_attendance", "missing_vote"]),
    }],
    "flags": [],
    "scans": [{"name": "n12-quangninh-mine-scan-moderate", "folder": "test", "damage": "moderate", "seed": 1512,
               "dpi": 200}],
    "born_digital": True,
})


# =================================================================================================
# n03 — Nghệ An, village, October 2009: typewriter, counts in words, a late arrival. 85 min.
# =================================================================================================
DOCS.append({
    "name": "n03-nghean-village-2009-words-late-arrival", "folder": "test",
    "style": {"family": "mono", "size": 11, "justify": False, "indent": 36, "spacing": 1.35, "left": 72,
              "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ DIỄN HOA", "CHI BỘ XÓM 7"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Diễn Hoa, ngày 18 tháng 10 năm 2009"], size=10),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng Mười năm 2009", bold=False),
            G(8),
            P("Hôm nay, ngày mười tám tháng mười năm hai nghìn không trăm linh chín, vào hồi 19 giờ 30 phút, "
              "tại nhà văn hoá xóm 7, Chi bộ xóm 7 họp sinh hoạt định kỳ tháng 10."),
            P("Chi bộ có hai mươi hai đảng viên. Lúc khai mạc có mặt mười chín đồng chí; đồng chí Cao Xuân Thịnh "
              "đi đồng về muộn, đến dự từ 20 giờ, như vậy dự họp là hai mươi đồng chí. Vắng hai đồng chí: đồng "
              "chí Hồ Sỹ Tuyên đi làm ăn bên Lào, đồng chí Võ Văn Lự vắng không có lý do."),
            P("Cuộc họp do đồng chí Phan Đình Huấn, Bí thư chi bộ chủ trì. Chi bộ cử đồng chí Nguyễn Thị Lài "
              "làm thư ký ghi biên bản. Có đồng chí Trần Hữu Nghị, Đảng uỷ viên phụ trách xóm về dự."),
            P("Đồng chí Bí thư thông tin tình hình: cả nước đang phòng chống dịch cúm A/H1N1; huyện tiếp tục "
              "triển khai Nghị quyết Trung ương 7 khoá X về nông nghiệp, nông dân, nông thôn. Cơn bão số 9 cuối "
              "tháng 9 vừa qua làm đổ 3 nhà tạm và ngập 12 ha lúa hè thu muộn của xóm, không có thiệt hại về "
              "người."),
            P("Kết quả tháng 9: thu hoạch xong lúa hè thu, năng suất bình quân 4,6 tấn/ha; thu thuế nhà đất đạt "
              "92%; làm xong 350 mét đường bê tông xóm theo cách nhà nước và nhân dân cùng làm. Tồn tại: còn 7 "
              "hộ chưa nộp quỹ làm đường, nạo vét kênh mương chưa xong."),
            P("Nhiệm vụ tháng 10: gieo trồng 15 ha vụ đông (ngô, khoai lang); thu nốt quỹ làm đường; giúp 3 hộ "
              "bị đổ nhà sau bão dựng lại nhà."),
            P("Thảo luận: Đồng chí Thái Văn Hợi, xóm trưởng, nói giống ngô lai của hợp tác xã về muộn, đề nghị "
              "chi bộ đề xuất với xã cho nhận sớm. Đồng chí Cao Xuân Thịnh đề nghị huy động đoàn viên thanh niên "
              "giúp công dựng nhà. Đồng chí Trần Hữu Nghị hứa sẽ báo cáo Đảng uỷ về giống ngô ngay trong tuần."),
            P("Đồng chí Bí thư kết luận: chi bộ nhất trí các nhiệm vụ tháng 10 như đã nêu, ưu tiên giúp 3 hộ "
              "bị đổ nhà và gieo trồng vụ đông đúng thời vụ. Giao đồng chí Thái Văn Hợi vận động các hộ còn lại "
              "nộp quỹ làm đường, xong trước ngày 30 tháng 10; đồng chí Cao Xuân Thịnh cùng chi đoàn thanh niên "
              "dựng lại nhà cho 3 hộ trong tháng 11."),
            P("Chi bộ biểu quyết bằng giơ tay: hai mươi trên hai mươi đồng chí nhất trí với kết luận."),
            P("Cuộc họp kết thúc lúc 20 giờ 55 phút cùng ngày."),
            S(["THƯ KÝ", "", "Nguyễn Thị Lài"], ["BÍ THƯ CHI BỘ", "", "Phan Đình Huấn"]),
        ],
        "truth": minute(
            meeting("regular", "2009-10-18", "19:30", "20:55", "nhà văn hoá xóm 7", "CHI BỘ XÓM 7",
                    "ĐẢNG BỘ XÃ DIỄN HOA"),
            "Phan Đình Huấn", "Bí thư chi bộ", "Nguyễn Thị Lài",
            attendance(22, 20, 2, 1, 1, 0,
                       absentees=[("Hồ Sỹ Tuyên", "đi làm ăn bên Lào", True),
                                  ("Võ Văn Lự", "không có lý do", False)],
                       guests=[("Trần Hữu Nghị", "Đảng uỷ viên phụ trách xóm")]),
            True,
            [vote("Thông qua kết luận tháng 10", 20, None, None, None)],
            [task("Thái Văn Hợi", "vận động các hộ còn lại nộp quỹ làm đường", "ngày 30 tháng 10"),
             task("Cao Xuân Thịnh", "cùng chi đoàn thanh niên dựng lại nhà cho 3 hộ", "tháng 11")],
            ["not_approved", "short_meeting", "unexcused_absence"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# n04 — TP Hồ Chí Minh, Xuân Hòa ward, the June 2025 meeting held on 3 July. No defect.
# =================================================================================================
DOCS.append({
    "name": "n04-hcm-ward-june-held-july-guests-clean", "folder": "test",
    "style": {"family": "dvsans", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.38, "left": 72,
              "right": 52, "head": "Chi bộ Khu phố 5 – Biên bản sinh hoạt tháng 6/2025", "head_align": "right",
              "foot": "- {n} -", "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG XUÂN HÒA", "CHI BỘ KHU PHỐ 5", "Số: 07-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 03 tháng 7 năm 2025"], bold_left=(0, 1)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 6 NĂM 2025", size=12),
            C("(sinh hoạt vào đầu tháng 7/2025 do thực hiện sắp xếp đơn vị hành chính cấp xã)", bold=False,
              italic=True),
            G(8),
            L("* Thời gian: khai mạc lúc 18 giờ 30 phút, thứ Năm ngày 03/7/2025."),
            L("* Địa điểm: Văn phòng Ban điều hành Khu phố 5, số 112 đường Trần Quốc Thảo."),
            L("* Đảng viên:", bold=True),
            L("– Chi bộ hiện có 21 đảng viên chính thức và 03 đảng viên dự bị."),
            L("– Được miễn sinh hoạt: 02 đồng chí (Lý Văn Phước, Tạ Thị Xuân – tuổi cao, sức yếu), không tính "
              "vào số phải dự."),
            L("– Phải dự: 22; có mặt: 21/22 (đảng viên dự bị có mặt đủ 03/03)."),
            L("– Vắng: 01, đồng chí Trịnh Ngọc Bảo Trân, lý do: đi khám bệnh định kỳ tại Bệnh viện Chợ Rẫy."),
            L("* Khách mời:", bold=True),
            L("– Đồng chí Mai Thanh Tùng, Ủy viên Ban Thường vụ Đảng ủy phường, dự và chỉ đạo."),
            L("– Bà Huỳnh Thị Kim Loan, Chi hội trưởng Chi hội Phụ nữ Khu phố 5."),
            L("– Ông Ngô Văn Tám, Tổ trưởng tổ dân phố 5A (quần chúng)."),
            L("* Chủ tọa: Bí thư Chi bộ Lê Hoàng Nam. Thư ký: Chi ủy viên Đoàn Thị Mỹ Hạnh."),
            G(4),
            L("* Nội dung sinh hoạt", bold=True),
            L("– Thông tin: đồng chí Bí thư thông báo từ ngày 01/7/2025 phường Xuân Hòa chính thức hoạt động "
              "theo mô hình chính quyền địa phương hai cấp; Khu phố 5 giữ nguyên địa bàn, chi bộ trực thuộc Đảng "
              "ủy phường Xuân Hòa; phổ biến địa chỉ Trung tâm Phục vụ hành chính công phường và lịch tiếp dân."),
            L("– Kết quả tháng 6: vận động 37 người dân kích hoạt tài khoản định danh điện tử mức 2; tổ chức 02 "
              "buổi ra quân dọn vệ sinh hẻm 112; cùng Công an phường kiểm tra phòng cháy 16 cơ sở cho thuê trọ, "
              "03 cơ sở thiếu bình chữa cháy đã được nhắc nhở. Hạn chế: còn để xe lấn chiếm lòng đường trước chợ; "
              "01 đảng viên dự bị chưa nộp bản thu hoạch nghị quyết."),
            L("– Nhiệm vụ tháng 7: ổn định sinh hoạt sau sắp xếp, cập nhật hồ sơ đảng viên; giữ trật tự lòng "
              "đường trước chợ; thăm hỏi gia đình chính sách nhân Ngày Thương binh – Liệt sĩ 27/7."),
            L("* Thảo luận:", bold=True),
            L("– Đồng chí Phan Minh Trí: đề nghị Ban điều hành khu phố dán thông báo lịch làm việc mới ở đầu các "
              "hẻm để bà con lớn tuổi biết."),
            L("– Đồng chí Nguyễn Thị Hồng Nhung (dự bị): xin chi bộ thông cảm việc nộp chậm bản thu hoạch vì đang "
              "ôn thi tốt nghiệp, sẽ nộp trong tuần."),
            L("– Bà Huỳnh Thị Kim Loan: Chi hội Phụ nữ sẵn sàng vận động chị em tiểu thương không để xe lấn "
              "chiếm lòng đường."),
            L("– Đồng chí Mai Thanh Tùng: ghi nhận sự cố gắng của chi bộ trong thời gian chuyển tiếp; đề nghị chi "
              "bộ nắm chắc tư tưởng đảng viên và nhân dân sau sắp xếp, không để phát sinh điểm nóng."),
            L("* Kết luận: Đồng chí chủ tọa tiếp thu ý kiến và kết luận: chi bộ thống nhất với báo cáo; tháng 7 "
              "tập trung ổn định tổ chức, rà soát hồ sơ đảng viên, giải quyết dứt điểm việc lấn chiếm lòng đường "
              "trước chợ và chăm lo chu đáo cho gia đình chính sách dịp 27/7."),
            L("* Biểu quyết: Tán thành 21/21; không tán thành: 0; ý kiến khác: 0."),
            L("* Phân công:", bold=True),
            L("– Đ/c Đoàn Thị Mỹ Hạnh: rà soát, cập nhật hồ sơ đảng viên của chi bộ; hoàn thành trước "
              "15/7/2025."),
            L("– Đ/c Phan Minh Trí: phối hợp Công an phường vận động các hộ kinh doanh trước chợ không lấn chiếm "
              "lòng đường; thực hiện thường xuyên."),
            L("– Đ/c Lê Hoàng Nam và đ/c Nguyễn Thị Hồng Nhung: thăm, tặng quà 06 gia đình chính sách; trước "
              "ngày 27/7/2025."),
            L("Buổi sinh hoạt kết thúc lúc 20 giờ 20 phút. Biên bản được đọc lại và được chi bộ thông qua với "
              "21/21 đồng chí nhất trí."),
            S(["THƯ KÝ", "", "Đoàn Thị Mỹ Hạnh"], ["CHỦ TỌA", "", "Lê Hoàng Nam"]),
        ],
        "truth": minute(
            meeting("regular", "2025-07-03", "18:30", "20:20",
                    "Văn phòng Ban điều hành Khu phố 5, số 112 đường Trần Quốc Thảo", "CHI BỘ KHU PHỐ 5",
                    "ĐẢNG BỘ PHƯỜNG XUÂN HÒA", month=6, year=2025),
            "Lê Hoàng Nam", "Bí thư Chi bộ", "Đoàn Thị Mỹ Hạnh",
            attendance(24, 21, 1, 1, 0, 2,
                       absentees=[("Trịnh Ngọc Bảo Trân", "đi khám bệnh định kỳ tại Bệnh viện Chợ Rẫy", True)],
                       guests=[("Mai Thanh Tùng", "Ủy viên Ban Thường vụ Đảng ủy phường"),
                               ("Huỳnh Thị Kim Loan", "Chi hội trưởng Chi hội Phụ nữ Khu phố 5"),
                               ("Ngô Văn Tám", "Tổ trưởng tổ dân phố 5A")]),
            True,
            [vote("Thông qua kết luận tháng 6/2025", 21, 0, 0, None)],
            [task("Đoàn Thị Mỹ Hạnh", "rà soát, cập nhật hồ sơ đảng viên của chi bộ", "15/7/2025"),
             task("Phan Minh Trí", "phối hợp Công an phường vận động các hộ kinh doanh trước chợ không lấn chiếm "
                  "lòng đường", "thường xuyên"),
             task("Lê Hoàng Nam", "thăm, tặng quà 06 gia đình chính sách", "27/7/2025"),
             task("Nguyễn Thị Hồng Nhung", "thăm, tặng quà 06 gia đình chính sách", "27/7/2025")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# n05 — Đắk Lắk, Ê Đê village, August 2017: a printed form, blanks left, two of three absentees named.
# (twin: n13, photocopy 250 dpi)
# =================================================================================================
DOCS.append({
    "name": "n05-daklak-ede-form-partial-absentees-low", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.3, "left": 72,
              "right": 50, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ EA YÔNG", "CHI BỘ BUÔN PHƠNG", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Yông, ngày 12 tháng 8 năm 2017"]),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("Tháng 8 năm 2017", bold=False),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            L("1. Thời gian bắt đầu: 08 giờ 00 phút, ngày 12 tháng 8 năm 2017."),
            L("2. Địa điểm: Nhà sinh hoạt cộng đồng buôn Phơng."),
            H("II. THÀNH PHẦN"),
            L("1. Tổng số đảng viên của chi bộ: 17 đồng chí. Số đảng viên được miễn sinh hoạt: 01 đồng chí."),
            L("2. Số đảng viên có mặt: 13 đồng chí. Vắng mặt: 03 đồng chí (có lý do: 02 đ/c; không lý do: "
              "01 đ/c)."),
            L("Họ tên đảng viên vắng mặt: Y Khoa Niê (ốm, điều trị tại Bệnh viện Vùng Tây Nguyên); H'Djuê Êban "
              "(không lý do)."),
            L("3. Khách mời: ……"),
            L("4. Chủ trì: đ/c Y Bhiăo Mlô – Chức vụ: Bí thư chi bộ."),
            L("5. Thư ký: đ/c H'Nhi Byă – Chức vụ: Chi ủy viên."),
            H("III. NỘI DUNG"),
            L("1. Thông tin thời sự, quán triệt văn bản cấp trên:"),
            P("Đồng chí Bí thư thông tin giá hồ tiêu giảm mạnh, nhiều hộ trong buôn thua lỗ; triển khai kế hoạch "
              "của Đảng ủy xã học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2017 theo Chỉ thị "
              "05-CT/TW.", indent=18),
            L("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 7:"),
            P("Ưu điểm: chăm sóc 214 ha cà phê trong mùa mưa, bón phân đợt 2 đạt 80%; vận động 12 hộ đưa con "
              "trong độ tuổi ra lớp; không xảy ra trộm cắp cà phê. Hạn chế: 05 hộ còn thả rông trâu bò phá hoa "
              "màu; thu đảng phí đạt thấp; một số đảng viên chưa gương mẫu dự họp.", indent=18),
            L("3. Phương hướng nhiệm vụ tháng 8:"),
            P("Chuẩn bị sân phơi, kho chứa cho vụ thu hoạch cà phê; phòng chống dịch sốt xuất huyết; vận động "
              "nhân dân không bán cà phê non; rà soát hộ nghèo năm 2017.", indent=18),
            L("4. Ý kiến thảo luận:"),
            L("- Đ/c Y Thuên Adrơng: giá tiêu xuống còn khoảng 70.000 đồng/kg, đề nghị chi bộ kiến nghị xã làm "
              "việc với ngân hàng giãn nợ cho hộ trồng tiêu."),
            L("- Đ/c Y Wơn Ksơr (Trưởng buôn): năm nay buôn đã có 02 người bị sốt xuất huyết, đề nghị Trạm y tế "
              "xã phun thuốc sớm."),
            L("- Đ/c H'Nhi Byă: Chi hội Phụ nữ buôn đăng ký vay vốn cho 8 hộ nuôi bò sinh sản."),
            L("5. Kết luận của đồng chí chủ trì:"),
            P("Chi bộ đánh giá tháng 7 cơ bản hoàn thành nhiệm vụ; tháng 8 tập trung chuẩn bị thu hoạch cà phê, "
              "phòng dịch sốt xuất huyết, giữ an ninh trật tự trong buôn. Đảng viên vắng họp không lý do, chi ủy "
              "sẽ gặp gỡ, nhắc nhở.", indent=18),
            L("6. Biểu quyết: tán thành 13/13 đồng chí; không tán thành: 0; ý kiến khác: 0."),
            L("7. Phân công thực hiện:"),
            L("- Đ/c Y Wơn Ksơr phối hợp Trạm y tế xã phát quang bụi rậm, phun thuốc diệt muỗi trong buôn trước "
              "ngày 20/8/2017."),
            L("- Đ/c Y Thuên Adrơng tổng hợp danh sách hộ trồng tiêu còn nợ vay, gửi Đảng ủy xã trong tháng "
              "8/2017."),
            L("- Chi hội Phụ nữ buôn hoàn thiện hồ sơ vay vốn cho 8 hộ nuôi bò sinh sản; thời gian: ……"),
            L("Buổi sinh hoạt kết thúc lúc 10 giờ 15 phút cùng ngày. Biên bản đã được thông qua trước chi bộ."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "H'Nhi Byă"],
              ["BÍ THƯ CHI BỘ", "(Ký, ghi rõ họ tên)", "", "Y Bhiăo Mlô"]),
        ],
        "truth": minute(
            meeting("regular", "2017-08-12", "08:00", "10:15", "Nhà sinh hoạt cộng đồng buôn Phơng",
                    "CHI BỘ BUÔN PHƠNG", "ĐẢNG BỘ XÃ EA YÔNG"),
            "Y Bhiăo Mlô", "Bí thư chi bộ", "H'Nhi Byă",
            attendance(17, 13, 3, 2, 1, 1,
                       absentees=[("Y Khoa Niê", "ốm, điều trị tại Bệnh viện Vùng Tây Nguyên", True),
                                  ("H'Djuê Êban", "không lý do", False)]),
            True,
            [vote("Thông qua kết luận tháng 8/2017", 13, 0, 0, None)],
            [task("Y Wơn Ksơr", "phối hợp Trạm y tế xã phát quang bụi rậm, phun thuốc diệt muỗi trong buôn",
                  "20/8/2017"),
             task("Y Thuên Adrơng", "tổng hợp danh sách hộ trồng tiêu còn nợ vay, gửi Đảng ủy xã", "tháng 8/2017"),
             task("Chi hội Phụ nữ buôn", "hoàn thiện hồ sơ vay vốn cho 8 hộ nuôi bò sinh sản", None)],
            ["low_attendance", "unexcused_absence", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [{"name": "n13-daklak-form-scan-photocopy", "folder": "test", "damage": "photocopy", "seed": 1513,
               "dpi": 250}],
    "born_digital": True,
})


# =================================================================================================
# n06 — Thừa Thiên Huế, hospital ICU cell, April 2020: degrees, one leaves early. No opinion, not approved.
# =================================================================================================
DOCS.append({
    "name": "n06-hue-hospital-degrees-left-early-nodiscussion", "folder": "test",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.3, "left": 78,
              "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN TRUNG ƯƠNG HUẾ", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 09 tháng 4 năm 2020"], size=10),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 NĂM 2020"),
            G(6),
            H("A. THỜI GIAN – ĐỊA ĐIỂM – THÀNH PHẦN"),
            P("Từ 14 giờ 00 đến 16 giờ 00 ngày 09/4/2020, tại phòng giao ban Khoa Hồi sức tích cực (các đồng chí "
              "đeo khẩu trang, ngồi giãn cách theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ)."),
            P("Chủ tọa: TS.BS. Nguyễn Đình Khoa – Bí thư chi bộ, Trưởng khoa."),
            P("Người ghi biên bản: CN. Phan Thị Thu Sương – Chi ủy viên, Điều dưỡng trưởng khoa."),
            P("Đảng viên: chính thức 25, dự bị 03. Có mặt 26 đồng chí. Vắng 02: BS. Tôn Nữ Minh Thư (nghỉ thai "
              "sản) và ĐD. Hồ Văn Quý (trực cấp cứu tại khu cách ly). Đồng chí ThS.BS. Lê Quang Vũ dự đến 15 giờ "
              "30 thì xin phép về trước để hội chẩn ca bệnh nặng."),
            H("B. NỘI DUNG"),
            P("1. Thông tin tình hình: đồng chí Bí thư thông tin diễn biến dịch Covid-19 trên thế giới và trong "
              "nước; Bệnh viện đã thiết lập khu cách ly 100 giường, Khoa Hồi sức tích cực được giao sẵn sàng 12 "
              "giường hồi sức cho người bệnh nặng; quán triệt Chỉ thị 16/CT-TTg ngày 31/3/2020 về thực hiện các "
              "biện pháp cấp bách phòng, chống dịch."),
            P("2. Kết quả tháng 3/2020: khoa điều trị 187 lượt người bệnh, tỷ lệ tử vong 2,1%, giảm so với cùng "
              "kỳ; thực hiện lọc máu liên tục cho 9 ca; 100% nhân viên được tập huấn sử dụng phương tiện phòng hộ "
              "cá nhân. Hạn chế: thiếu máy thở xâm nhập dự phòng; một số điều dưỡng trẻ còn lúng túng khi mặc, "
              "cởi đồ bảo hộ cấp 4."),
            P("3. Nhiệm vụ tháng 4/2020: sẵn sàng tiếp nhận người bệnh Covid-19 nặng; tổ chức trực 4 cấp; bảo "
              "đảm vật tư, oxy; chăm lo đời sống nhân viên phải ở lại bệnh viện dài ngày."),
            P("4. Thảo luận: các đồng chí đảng viên dự họp nhất trí cao với báo cáo của chi ủy, không có ý kiến "
              "bổ sung."),
            H("C. KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất các nhiệm vụ tháng 4/2020, đặt lên hàng đầu việc sẵn "
              "sàng cứu chữa người bệnh nặng, bảo đảm an toàn cho nhân viên y tế, không để lây nhiễm chéo trong "
              "khoa. Giao ThS.BS. Lê Quang Vũ xây dựng phác đồ tiếp nhận người bệnh nặng tại khu cách ly, trình "
              "Ban Giám đốc trước ngày 15/4/2020; CN. Phan Thị Thu Sương lập lịch trực 4 cấp và kiểm tra cơ số "
              "phòng hộ hằng ngày; BS. Trương Công Hậu theo dõi sức khỏe nhân viên ở lại khu cách ly."),
            P("Chi bộ biểu quyết thông qua kết luận: 25/25 đồng chí có mặt tại thời điểm biểu quyết tán thành "
              "(100%)."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 cùng ngày."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "Phan Thị Thu Sương"], ["CHỦ TỌA", "", "Nguyễn Đình Khoa"]),
        ],
        "truth": minute(
            meeting("regular", "2020-04-09", "14:00", "16:00", "phòng giao ban Khoa Hồi sức tích cực",
                    "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "ĐẢNG BỘ BỆNH VIỆN TRUNG ƯƠNG HUẾ"),
            "Nguyễn Đình Khoa", "Bí thư chi bộ", "Phan Thị Thu Sương",
            attendance(28, 26, 2, 2, 0, 0,
                       absentees=[("Tôn Nữ Minh Thư", "nghỉ thai sản", True),
                                  ("Hồ Văn Quý", "trực cấp cứu tại khu cách ly", True)]),
            True,
            [vote("Thông qua kết luận tháng 4/2020", 25, None, None, 100)],
            [task("Lê Quang Vũ", "xây dựng phác đồ tiếp nhận người bệnh nặng tại khu cách ly, trình Ban Giám đốc",
                  "15/4/2020"),
             task("Phan Thị Thu Sương", "lập lịch trực 4 cấp và kiểm tra cơ số phòng hộ", "hằng ngày"),
             task("Trương Công Hậu", "theo dõi sức khỏe nhân viên ở lại khu cách ly", None)],
            ["no_discussion", "not_approved"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# n07 — Sóc Trăng, Khmer hamlet, May 2014: names only under the signatures; exactly 90 %. No conclusion.
# =================================================================================================
DOCS.append({
    "name": "n07-soctrang-khmer-signature-only-names-90pct", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 0, "spacing": 1.22, "top": 42, "bottom": 42, "left": 80,
              "right": 55, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ VĨNH HẢI", "CHI BỘ ẤP PRÂY CHOP"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Hải, ngày 20 tháng 5 năm 2014"]),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 5/2014", size=14),
            G(8),
            L("1- Khai mạc", bold=True),
            P("Vào lúc 14 giờ 00 phút ngày 20/5/2014, tại hội trường ấp Prây Chop, chi bộ tiến hành họp thường "
              "kỳ tháng 5. Đồng chí Bí thư chi bộ chủ trì, đồng chí Phó Bí thư ghi biên bản."),
            L("2- Thành phần", bold=True),
            P("Đảng viên toàn chi bộ: 33, trong đó có 03 đồng chí miễn sinh hoạt (không phải dự). Hiện diện "
              "27/30. Vắng 03, gồm:"),
            L("– Thạch Phol: đi làm thuê ở Bình Dương;"),
            L("– Lâm Thị Sa Ren: có việc;"),
            L("– Kim Út."),
            P("Dự họp có đồng chí Lý Thị Hồng, Đảng ủy viên phụ trách ấp."),
            L("3- Nội dung", bold=True),
            P("a) Đồng chí Bí thư thông tin việc Trung Quốc hạ đặt trái phép giàn khoan Hải Dương 981 trong vùng "
              "biển của Việt Nam; đề nghị đảng viên giải thích cho bà con hiểu, bày tỏ lòng yêu nước đúng pháp "
              "luật, không nghe kẻ xấu kích động."),
            P("b) Kết quả tháng 4: thu hoạch xong 180 ha hành tím, giá bán bình quân 12.000 đồng/kg; thả nuôi 64 "
              "ha tôm thẻ chân trắng, trong đó 9 ha tôm chết do bệnh đốm trắng; vận động 21 học sinh bỏ học trở "
              "lại lớp. Tồn tại: 06 hộ xả nước ao tôm bệnh ra kênh chung; thu đảng phí còn chậm."),
            P("c) Phương hướng tháng 6: hướng dẫn bà con cải tạo ao, không thả giống tôm trôi nổi; tổ chức cho "
              "học sinh nghỉ hè an toàn; phòng chống bệnh tay chân miệng ở trẻ em."),
            L("4- Thảo luận", bold=True),
            P("Đồng chí Sơn Hoàng Nhân (Trưởng ấp): nhiều hộ nuôi tôm thiếu vốn tái đầu tư, đề nghị Ngân hàng "
              "Chính sách xã hội cho vay thêm."),
            P("Đồng chí Lý Thị Hồng: xã có kế hoạch hỗ trợ hóa chất xử lý ao cho hộ nghèo, ấp cần lập danh sách "
              "gửi lên sớm."),
            P("Đồng chí Thạch Thị Sô Phia: đề nghị mời các vị sư cả trong ấp cùng khuyên thanh niên không bỏ "
              "học."),
            P("Đồng chí Bí thư cảm ơn các ý kiến, cho biết chi ủy sẽ tổng hợp để có ý kiến với Đảng ủy xã về vốn "
              "vay cho hộ nuôi tôm."),
            L("5- Phân công", bold=True),
            P("Đồng chí Sơn Hoàng Nhân lập danh sách hộ nghèo nuôi tôm cần hỗ trợ hóa chất, gửi Đảng ủy xã trước "
              "ngày 30/5/2014. Đồng chí Kim Sóc Khá vận động học sinh bỏ học trở lại lớp, báo cáo chi bộ tại kỳ "
              "họp tháng 6."),
            L("6- Biểu quyết", bold=True),
            P("Chi bộ biểu quyết thông qua phương hướng tháng 6: 26/27 đồng chí tán thành, 01 đồng chí không biểu "
              "quyết."),
            P("Họp kết thúc lúc 16 giờ 00. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "PHÓ BÍ THƯ", "", "Sơn Thị Sà Rươne"], ["T/M CHI ỦY", "BÍ THƯ", "(đã ký)", "Thạch Sô Phal"]),
        ],
        "truth": minute(
            meeting("regular", "2014-05-20", "14:00", "16:00", "hội trường ấp Prây Chop", "CHI BỘ ẤP PRÂY CHOP",
                    "ĐẢNG BỘ XÃ VĨNH HẢI"),
            "Thạch Sô Phal", "Bí thư chi bộ", "Sơn Thị Sà Rươne",
            attendance(33, 27, 3, 2, 1, 3,
                       absentees=[("Thạch Phol", "đi làm thuê ở Bình Dương", True),
                                  ("Lâm Thị Sa Ren", "có việc", True),
                                  ("Kim Út", None, False)],
                       guests=[("Lý Thị Hồng", "Đảng ủy viên phụ trách ấp")]),
            False,
            [vote("Thông qua phương hướng tháng 6", 26, None, 1, None)],
            [task("Sơn Hoàng Nhân", "lập danh sách hộ nghèo nuôi tôm cần hỗ trợ hóa chất, gửi Đảng ủy xã",
                  "30/5/2014"),
             task("Kim Sóc Khá", "vận động học sinh bỏ học trở lại lớp, báo cáo chi bộ", "kỳ họp tháng 6")],
            ["missing_conclusion", "unexcused_absence"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# n08 — Lào Cai, border post, November 2021: ranks, full attendance, a non-member guest. No defect.
# =================================================================================================
DOCS.append({
    "name": "n08-laocai-border-ranks-full-attendance-clean", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 32, "spacing": 1.25, "left": 85,
              "right": 57},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG Y TÝ", "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Y Tý, ngày 05 tháng 11 năm 2021"], size=11),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 11 năm 2021", bold=False, italic=True),
            G(6),
            P("Hồi 07 giờ 30 phút ngày 05/11/2021, tại Hội trường Đồn Biên phòng Y Tý, Chi bộ Đội vận động quần "
              "chúng tiến hành sinh hoạt thường kỳ tháng 11 năm 2021."),
            P("Quân số đảng viên: 15/15 đồng chí (chính thức 14, dự bị 01); vắng: không."),
            P("Đại biểu dự: Thiếu tá Nguyễn Hữu Thắng, Đảng ủy viên, Phó Chính trị viên Đồn; ông Lầu A Dình, "
              "Trưởng thôn Lao Chải (quần chúng, được mời dự phần bàn về an ninh thôn)."),
            P("Thiếu tá Sùng A Chứ, Bí thư chi bộ, Đội trưởng điều hành buổi sinh hoạt; Thượng úy Chảo Văn Phin, "
              "chi ủy viên, ghi biên bản."),
            H("I. TÌNH HÌNH VÀ KẾT QUẢ THÁNG 10"),
            P("Tình hình tuyến biên giới cơ bản ổn định; dịch Covid-19 bên kia biên giới diễn biến phức tạp, còn "
              "đối tượng xuất nhập cảnh trái phép qua đường mòn. Trong tháng, đội phối hợp tuần tra 26 lần với "
              "208 lượt cán bộ, chiến sĩ; phát hiện, xử lý 04 trường hợp xuất cảnh trái phép; duy trì 03 chốt "
              "kiểm soát dịch; tổ chức 02 buổi tuyên truyền Luật Biên phòng Việt Nam cho 160 lượt người."),
            P("Hạn chế: một số tổ công tác ghi sổ nhật ký chưa đầy đủ; 01 hộ ở thôn Ngải Thầu chưa ký cam kết "
              "không chứa chấp người xuất nhập cảnh trái phép."),
            H("II. NHIỆM VỤ THÁNG 11"),
            P("Duy trì nghiêm các chốt kiểm soát dịch; tăng cường tuần tra dịp thu hoạch thảo quả; vận động nhân "
              "dân tiêm đủ mũi 2 vắc xin phòng Covid-19; chuẩn bị chương trình \"Xuân Biên phòng ấm lòng dân "
              "bản\" năm 2022."),
            H("III. THẢO LUẬN"),
            P("Trung úy Ma A Sử: tổ chốt Lao Chải chưa có máy phát điện dự phòng, đề nghị Đồn bổ sung trước mùa "
              "rét."),
            P("Thượng úy Chảo Văn Phin: gia đình anh Phu Xá Lù ở Ngải Thầu đã đồng ý ký cam kết sau lần vận "
              "động thứ ba."),
            P("Ông Lầu A Dình: thôn sẽ cử thêm 02 thanh niên tham gia tổ tự quản đường biên, mốc quốc giới."),
            P("Thiếu tá Nguyễn Hữu Thắng: biểu dương đội phối hợp tốt với thôn; lưu ý chi bộ quản lý chặt quân "
              "số, giữ nghiêm kỷ luật tại các chốt."),
            H("IV. KẾT LUẬN VÀ PHÂN CÔNG"),
            P("Thay mặt chi ủy, đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá tháng 10 hoàn thành tốt "
              "nhiệm vụ; tháng 11 tập trung giữ vững các chốt, không để lọt người xuất nhập cảnh trái phép, phối "
              "hợp vận động nhân dân tiêm vắc xin. Giao Thượng úy Chảo Văn Phin phối hợp Trạm Y tế xã lập danh "
              "sách người chưa tiêm mũi 2, hoàn thành trước ngày 20/11/2021; Trung úy Ma A Sử bảo đảm máy phát "
              "điện và chăn ấm cho tổ chốt Lao Chải trước ngày 15/11/2021; Thiếu úy Vàng Seo Dơ bổ sung sổ nhật "
              "ký công tác của các tổ, xong trong tuần."),
            P("Chi bộ biểu quyết: 15/15 đồng chí nhất trí, đạt 100%."),
            P("Buổi sinh hoạt kết thúc lúc 09 giờ 40 phút. Biên bản đã được đọc lại, toàn thể đảng viên dự họp "
              "nhất trí thông qua."),
            S(["THƯ KÝ", "", "Thượng úy Chảo Văn Phin"],
              ["T/M CHI ỦY", "BÍ THƯ", "(Đã ký)", "Thiếu tá Sùng A Chứ"]),
        ],
        "truth": minute(
            meeting("regular", "2021-11-05", "07:30", "09:40", "Hội trường Đồn Biên phòng Y Tý",
                    "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG Y TÝ"),
            "Sùng A Chứ", "Bí thư chi bộ", "Chảo Văn Phin",
            attendance(15, 15, 0, 0, 0, 0,
                       guests=[("Nguyễn Hữu Thắng", "Đảng ủy viên, Phó Chính trị viên Đồn"),
                               ("Lầu A Dình", "Trưởng thôn Lao Chải")]),
            True,
            [vote("Thông qua kết luận tháng 11/2021", 15, None, None, 100)],
            [task("Chảo Văn Phin", "phối hợp Trạm Y tế xã lập danh sách người chưa tiêm mũi 2", "20/11/2021"),
             task("Ma A Sử", "bảo đảm máy phát điện và chăn ấm cho tổ chốt Lao Chải", "15/11/2021"),
             task("Vàng Seo Dơ", "bổ sung sổ nhật ký công tác của các tổ", "trong tuần")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# n09 — Bình Định, fishing village, September 2008: combined meeting in 100 minutes, a general call only.
# =================================================================================================
DOCS.append({
    "name": "n09-binhdinh-fishing-combined-100min-general", "folder": "test",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 28, "spacing": 1.3, "left": 80,
              "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TAM QUAN BẮC", "CHI BỘ THÔN TRƯỜNG AN", "Số: 09/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tam Quan Bắc, ngày 24 tháng 9 năm 2008"], size=10.5),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2008 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
            C("Chuyên đề: Nâng cao ý thức trách nhiệm, hết lòng, hết sức phục vụ nhân dân", bold=False,
              italic=True),
            G(6),
            P("Điều hành: đồng chí Trương Văn Lực – Bí thư chi bộ."),
            P("Thư ký hội nghị: đồng chí Đặng Thị Kim Thoa."),
            P("Thời gian: từ 13 giờ 30 đến 15 giờ 10 ngày 24/9/2008. Địa điểm: trụ sở thôn Trường An."),
            P("Đảng viên dự họp: 13/14 đồng chí; vắng 01 đồng chí (đi biển)."),
            P("Đại biểu: đồng chí Nguyễn Thành Trung, Đảng ủy viên, Chủ tịch Hội Nông dân xã."),
            H("PHẦN MỘT: SINH HOẠT THƯỜNG KỲ"),
            P("Đồng chí Bí thư thông báo tình hình: giá dầu tăng cao làm nhiều tàu cá phải nằm bờ; tỉnh đang "
              "triển khai hỗ trợ dầu cho ngư dân theo Quyết định 289/QĐ-TTg của Thủ tướng Chính phủ; mùa mưa bão "
              "năm nay dự báo có nhiều cơn bão ảnh hưởng đến vùng biển miền Trung."),
            P("Kết quả tháng 8: thôn có 42 tàu đánh bắt xa bờ hoạt động, sản lượng ước 610 tấn cá ngừ, cá nục; "
              "làm xong thủ tục hỗ trợ dầu cho 38 tàu; 100% tàu có đủ áo phao. Hạn chế: 04 tàu chưa lắp máy "
              "thông tin liên lạc tầm xa; còn tình trạng đổ rác ra bãi biển."),
            P("Nhiệm vụ tháng 9: kiểm tra phương án phòng chống bão, neo đậu tàu thuyền; hoàn thành hồ sơ hỗ trợ "
              "dầu đợt 2; vận động ngư dân đi biển theo tổ đội đoàn kết."),
            H("PHẦN HAI: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Đặng Thị Kim Thoa trình bày chuyên đề, nêu những mẩu chuyện về tấm gương tận tụy phục vụ "
              "nhân dân của Bác; liên hệ trách nhiệm của đảng viên trong thôn: giải quyết hồ sơ, giấy tờ cho bà "
              "con nhanh gọn, không gây phiền hà."),
            P("Chi bộ thảo luận sôi nổi, thống nhất với nội dung chuyên đề và báo cáo của chi ủy."),
            H("KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá tháng 8 thôn hoàn thành các chỉ tiêu đề ra; "
              "tháng 9 trọng tâm là phòng chống bão và hoàn tất hồ sơ hỗ trợ dầu; mỗi đảng viên viết bản đăng ký "
              "làm theo tấm gương đạo đức Hồ Chí Minh gắn với việc phục vụ nhân dân. Đề nghị các đồng chí đảng "
              "viên là chủ tàu, thuyền trưởng gương mẫu chấp hành quy định đi biển theo tổ đội."),
            P("Chi bộ nhất trí 100% với kết luận của đồng chí Bí thư."),
            P("Hội nghị kết thúc lúc 15 giờ 10 cùng ngày. Biên bản đã được thông qua trước hội nghị."),
            S(["THƯ KÝ", "", "Đặng Thị Kim Thoa"], ["BÍ THƯ CHI BỘ", "", "Trương Văn Lực"]),
        ],
        "truth": minute(
            meeting("regular", "2008-09-24", "13:30", "15:10", "trụ sở thôn Trường An", "CHI BỘ THÔN TRƯỜNG AN",
                    "ĐẢNG BỘ XÃ TAM QUAN BẮC",
                    topic="Nâng cao ý thức trách nhiệm, hết lòng, hết sức phục vụ nhân dân"),
            "Trương Văn Lực", "Bí thư chi bộ", "Đặng Thị Kim Thoa",
            attendance(14, 13, 1, 1, 0, 0,
                       guests=[("Nguyễn Thành Trung", "Đảng ủy viên, Chủ tịch Hội Nông dân xã")]),
            True,
            [vote("Thông qua kết luận tháng 9/2008", None, None, None, 100)],
            [],
            ["missing_assignments", "no_discussion", "short_meeting"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# n10 — Hải Phòng, shipyard hull workshop, October 2018: exactly 90 %, absentee and task tables. No defect.
# =================================================================================================
DOCS.append({
    "name": "n10-haiphong-shipyard-absentee-table-90pct-clean", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.3, "left": 80,
              "right": 55, "head": "Biên bản sinh hoạt Chi bộ Phân xưởng Vỏ tàu – tháng 10/2018",
              "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY ĐÓNG TÀU TAM BẠC", "CHI BỘ PHÂN XƯỞNG VỎ TÀU"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thủy Nguyên, ngày 17 tháng 10 năm 2018"], size=11),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2018", size=13.5),
            G(6),
            P("Thời gian: 15 giờ 30 phút ngày 17 tháng 10 năm 2018. Địa điểm: phòng họp tầng 2 nhà điều hành "
              "phân xưởng."),
            P("Chủ trì buổi sinh hoạt là đồng chí kỹ sư Đỗ Mạnh Cường, Bí thư chi bộ, Quản đốc phân xưởng; thư "
              "ký là đồng chí Nguyễn Thị Thu Trang, Chi ủy viên, nhân viên thống kê phân xưởng."),
            P("Số đảng viên có mặt: 18/20 (đạt tỷ lệ 90%). Vắng 02 đồng chí, cụ thể như sau:"),
            TB([(0.09, "TT", "c"), (0.40, "Họ và tên", "l"), (0.51, "Lý do vắng", "l")],
               [["1", "Phạm Quốc Khánh", "Đi công tác tại Ulsan (Hàn Quốc)"],
                ["2", "Bùi Thị Hằng", "Nghỉ phép năm"]], size=11.5),
            P("Khách mời: đồng chí Lê Văn Tiến, Chủ tịch Công đoàn Công ty; anh Vũ Văn Toản, thợ hàn bậc 6, quần "
              "chúng ưu tú của phân xưởng."),
            H("1. Thông tin, quán triệt"),
            P("Đồng chí Bí thư thông tin kết quả Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII; "
              "thông báo của Đảng ủy Công ty về việc giới thiệu quần chúng ưu tú dự lớp bồi dưỡng nhận thức về "
              "Đảng khai giảng tháng 11/2018."),
            H("2. Kết quả tháng 9/2018"),
            P("Phân xưởng lắp ráp xong 14/16 tổng đoạn tàu hàng 22.500 tấn, đạt 87,5% kế hoạch; tỷ lệ mối hàn "
              "đạt chuẩn khi kiểm tra siêu âm 98,6%; không để xảy ra tai nạn lao động. Hạn chế: chậm 02 tổng "
              "đoạn do thép tấm về muộn; một số công nhân chưa đeo dây an toàn khi làm việc trên cao."),
            H("3. Ý kiến thảo luận"),
            P("Đồng chí Trần Văn Lộc (Tổ trưởng tổ hàn 2) đề nghị tăng ca ngày thứ Bảy để bù tiến độ, có chế độ "
              "bồi dưỡng hợp lý cho người lao động."),
            P("Đồng chí Lê Văn Tiến cho biết Công đoàn Công ty sẽ hỗ trợ tiền ăn ca cho công nhân làm thêm giờ."),
            P("Đồng chí Hoàng Thị Nga đề nghị chi bộ xem xét giới thiệu anh Vũ Văn Toản đi học lớp nhận thức về "
              "Đảng vì anh có nhiều sáng kiến và luôn gương mẫu."),
            H("4. Kết luận"),
            P("Đồng chí Đỗ Mạnh Cường kết luận: chi bộ thống nhất tháng 10 phải hoàn thành 02 tổng đoạn còn chậm, "
              "giữ chất lượng mối hàn trên 98%, kiên quyết xử lý công nhân không đeo dây an toàn; đồng ý giới "
              "thiệu quần chúng Vũ Văn Toản dự lớp nhận thức về Đảng."),
            P("Chi bộ biểu quyết thông qua kết luận: 18/18 đồng chí có mặt tán thành."),
            P("Chi bộ biểu quyết giới thiệu quần chúng Vũ Văn Toản tham dự lớp bồi dưỡng nhận thức về Đảng: "
              "18/18 đồng chí tán thành, đạt 100%."),
            H("5. Phân công nhiệm vụ"),
            TB([(0.07, "TT", "c"), (0.49, "Nội dung công việc", "l"), (0.24, "Người thực hiện", "l"),
                (0.20, "Thời hạn", "l")],
               [["1", "Lập kế hoạch tăng ca thứ Bảy, bảo đảm hoàn thành 02 tổng đoạn còn chậm", "Đ/c Trần Văn Lộc",
                 "Trước 31/10/2018"],
                ["2", "Kiểm tra việc đeo dây an toàn khi làm việc trên cao", "Đ/c Nguyễn Văn Sáng", "Hằng ngày"],
                ["3", "Hoàn thiện hồ sơ giới thiệu quần chúng Vũ Văn Toản dự lớp nhận thức về Đảng",
                 "Đ/c Hoàng Thị Nga", "Tháng 11/2018"]], size=11.5),
            P("Buổi sinh hoạt kết thúc lúc 17 giờ 30 phút. Biên bản đã được đọc lại và được chi bộ nhất trí thông "
              "qua."),
            S(["THƯ KÝ", "", "Nguyễn Thị Thu Trang"],
              ["T/M CHI BỘ", "BÍ THƯ", "(Đã ký, đóng dấu)", "Đỗ Mạnh Cường"]),
        ],
        "truth": minute(
            meeting("regular", "2018-10-17", "15:30", "17:30", "phòng họp tầng 2 nhà điều hành phân xưởng",
                    "CHI BỘ PHÂN XƯỞNG VỎ TÀU", "ĐẢNG BỘ CÔNG TY ĐÓNG TÀU TAM BẠC"),
            "Đỗ Mạnh Cường", "Bí thư chi bộ", "Nguyễn Thị Thu Trang",
            attendance(20, 18, 2, 2, 0, 0,
                       absentees=[("Phạm Quốc Khánh", "Đi công tác tại Ulsan (Hàn Quốc)", True),
                                  ("Bùi Thị Hằng", "Nghỉ phép năm", True)],
                       guests=[("Lê Văn Tiến", "Chủ tịch Công đoàn Công ty"),
                               ("Vũ Văn Toản", "thợ hàn bậc 6, quần chúng ưu tú của phân xưởng")]),
            True,
            [vote("Thông qua kết luận tháng 10/2018", 18, None, None, None),
             vote("Giới thiệu quần chúng Vũ Văn Toản dự lớp nhận thức về Đảng", 18, None, None, 100)],
            [task("Trần Văn Lộc", "Lập kế hoạch tăng ca thứ Bảy, bảo đảm hoàn thành 02 tổng đoạn còn chậm",
                  "31/10/2018"),
             task("Nguyễn Văn Sáng", "Kiểm tra việc đeo dây an toàn khi làm việc trên cao", "Hằng ngày"),
             task("Hoàng Thị Nga", "Hoàn thiện hồ sơ giới thiệu quần chúng Vũ Văn Toản dự lớp nhận thức về Đảng",
                  "Tháng 11/2018")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# n11 — Thanh Hóa, Thái and Mường village, a book of five minutes, January–June 2019.
# =================================================================================================
BOOK_CELL, BOOK_COMMITTEE = "CHI BỘ THÔN BÙ ĐỒN", "ĐẢNG BỘ XÃ XUÂN BÌNH"

DOCS.append({
    "name": "n11-thanhhoa-thai-village-book-2019", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.25, "left": 78,
              "right": 55, "head": "Sổ biên bản sinh hoạt Chi bộ thôn Bù Đồn – năm 2019", "foot": "- {n} -"},
    "between": 22,
    "minutes": [
        # --- January: header, labels on one line, counts with the exempt named
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ XUÂN BÌNH", "CHI BỘ THÔN BÙ ĐỒN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Xuân Bình, ngày 10 tháng 01 năm 2019"], size=11),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01 NĂM 2019"),
            G(4),
            P("Hôm nay, ngày 10/01/2019, vào hồi 19 giờ 00 phút, tại nhà văn hóa thôn Bù Đồn, Chi bộ thôn Bù Đồn "
              "tổ chức sinh hoạt thường kỳ tháng 01/2019."),
            P("Chủ tọa: đồng chí Lò Văn Thiện – Bí thư chi bộ. Thư ký: đồng chí Lang Văn Tuấn – Chi ủy viên."),
            P("Tổng số đảng viên: 21 đồng chí; miễn sinh hoạt: 02 đồng chí (Hà Văn Lự, Cầm Thị Bơn); có mặt: "
              "18/19 đồng chí; vắng: 01 đồng chí Lương Văn Khởi (không lý do)."),
            P("1. Đồng chí Bí thư thông tin: Luật An ninh mạng có hiệu lực từ ngày 01/01/2019; Đảng ủy xã chỉ "
              "đạo tổ chức Tết Kỷ Hợi vui tươi, lành mạnh, tiết kiệm, không đốt pháo."),
            P("2. Kết quả năm 2018: thôn trồng mới 35 ha keo, thu nhập bình quân 24 triệu đồng/người/năm, giảm "
              "được 06 hộ nghèo; chi bộ được Đảng ủy xã xếp loại hoàn thành tốt nhiệm vụ. Tồn tại: còn 03 hộ "
              "chăn thả trâu bò tự do; việc thu quỹ an ninh quốc phòng chậm."),
            P("3. Nhiệm vụ tháng 01: chuẩn bị đón Tết an toàn; tặng quà hộ nghèo, gia đình chính sách; chống rét "
              "cho trâu bò; ra quân trồng cây đầu xuân."),
            P("4. Thảo luận: đồng chí Cầm Bá Hùng (Trưởng thôn) đề nghị xã hỗ trợ thêm 10 suất quà cho hộ cận "
              "nghèo; đồng chí Lò Thị Xuân đề nghị tổ chức giải bóng chuyền, đánh đu, ném còn vào mùng 4 Tết để "
              "giữ chân thanh niên ở thôn."),
            P("5. Đồng chí Bí thư kết luận: chi bộ thống nhất các nhiệm vụ trên; giao đồng chí Cầm Bá Hùng lập "
              "danh sách hộ nhận quà Tết, xong trước ngày 25/01/2019; đồng chí Lò Thị Xuân cùng chi đoàn thanh "
              "niên tổ chức các trò chơi dân gian dịp Tết."),
            P("Chi bộ biểu quyết tán thành 18/18 đồng chí (100%)."),
            P("Sinh hoạt kết thúc lúc 21 giờ 00. Biên bản đã đọc lại, chi bộ nhất trí."),
            S(["THƯ KÝ", "Lang Văn Tuấn"], ["CHỦ TỌA", "Lò Văn Thiện"]),
        ],
         "truth": minute(
             meeting("regular", "2019-01-10", "19:00", "21:00", "nhà văn hóa thôn Bù Đồn", BOOK_CELL,
                     BOOK_COMMITTEE),
             "Lò Văn Thiện", "Bí thư chi bộ", "Lang Văn Tuấn",
             attendance(21, 18, 1, 0, 1, 2, absentees=[("Lương Văn Khởi", "không lý do", False)]),
             True,
             [vote("Thông qua kết luận tháng 01/2019", 18, None, None, 100)],
             [task("Cầm Bá Hùng", "lập danh sách hộ nhận quà Tết", "25/01/2019"),
              task("Lò Thị Xuân", "cùng chi đoàn thanh niên tổ chức các trò chơi dân gian dịp Tết", None)],
             ["unexcused_absence"])},
        # --- February: title only, terse, no headings; exactly 90 minutes
        {"blocks": [
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 02/2019"),
            G(2),
            P("Ngày 16 tháng 02 năm 2019, 19 giờ 30, tại nhà văn hóa thôn. Đồng chí Lò Văn Thiện, Bí thư chi bộ "
              "chủ trì; đồng chí Lang Văn Tuấn ghi biên bản. Dự họp 19/19 đồng chí phải dự (miễn sinh hoạt 02); "
              "vắng: không."),
            P("Đồng chí Bí thư thông báo kết quả đón Tết: thôn không có người đốt pháo, không có vụ việc mất trật "
              "tự; 100% hộ nghèo được nhận quà. Đầu xuân ra quân trồng được 4.500 cây keo. Nhiệm vụ tháng 02: "
              "gieo cấy 42 ha lúa xuân, chống rét đậm, rét hại cho trâu bò; hoàn thành nộp đảng phí năm 2018."),
            P("Chi bộ thảo luận, thống nhất với nội dung đồng chí Bí thư nêu."),
            P("Đồng chí Bí thư kết luận: chi bộ tập trung chỉ đạo gieo cấy đúng khung thời vụ, xong trước ngày "
              "28/02; chống rét cho gia súc. Đề nghị các đảng viên gương mẫu đi đầu, vận động gia đình và bà con "
              "cùng làm."),
            P("Chi bộ nhất trí 100% với kết luận."),
            P("Họp xong lúc 21 giờ 00, biên bản đọc lại được chi bộ thông qua."),
            S(["THƯ KÝ", "Lang Văn Tuấn"], ["BÍ THƯ", "Lò Văn Thiện"]),
        ],
         "truth": minute(
             meeting("regular", "2019-02-16", "19:30", "21:00", "nhà văn hóa thôn", BOOK_CELL, BOOK_COMMITTEE),
             "Lò Văn Thiện", "Bí thư chi bộ", "Lang Văn Tuấn",
             attendance(21, 19, 0, 0, 0, 2),
             True,
             [vote("Thông qua kết luận tháng 02/2019", None, None, None, 100)],
             [],
             ["missing_assignments", "no_discussion"])},
        # --- March: its own header; the deputy chairs; low attendance
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ XUÂN BÌNH", "CHI BỘ THÔN BÙ ĐỒN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Xuân Bình, ngày 14 tháng 3 năm 2019"], size=11),
            C("BIÊN BẢN"),
            C("Sinh hoạt chi bộ thường kỳ tháng 3/2019", bold=False, italic=True),
            G(2),
            L("I/ Thời gian, thành phần", bold=True),
            P("Bắt đầu 19 giờ 15 phút ngày 14/3/2019 tại nhà văn hóa thôn Bù Đồn."),
            P("Đồng chí Bí thư Lò Văn Thiện đang nằm viện, đồng chí Hà Thị Lan – Phó Bí thư chi bộ chủ trì buổi "
              "sinh hoạt; đồng chí Lang Văn Tuấn làm thư ký."),
            P("Đảng viên có mặt 16/19 (02 đồng chí miễn sinh hoạt không phải dự). Vắng 03: đồng chí Lò Văn Thiện "
              "(điều trị tại Bệnh viện đa khoa huyện Như Xuân), đồng chí Vi Thị Nhung (đi làm công nhân ở Bắc "
              "Ninh), đồng chí Lương Văn Khởi (không báo)."),
            L("II/ Nội dung", bold=True),
            P("Tháng 2 thôn gieo cấy xong 42 ha lúa xuân đúng thời vụ, không có trâu bò chết rét; thu đảng phí "
              "năm 2018 đạt 100%. Tháng 3: chăm sóc lúa xuân, phòng trừ chuột; phòng cháy rừng mùa khô; khai "
              "thác keo đúng quy trình, trồng lại ngay sau khai thác."),
            P("Ý kiến: đồng chí Ngân Văn Tới đề nghị thôn làm lại biển cấm đốt nương ở khu đồi Pù Ma; đồng chí "
              "Quách Văn Sơn phản ánh có xe chở keo quá tải làm hỏng đường liên thôn."),
            P("Đồng chí Hà Thị Lan kết luận: chi bộ thống nhất nhiệm vụ tháng 3, trọng tâm là phòng cháy rừng và "
              "bảo vệ đường liên thôn. Giao đồng chí Ngân Văn Tới (tổ trưởng tổ bảo vệ rừng) tổ chức trực phòng "
              "cháy rừng hằng ngày trong mùa khô; đồng chí Lang Văn Tuấn gặp gia đình đồng chí Lương Văn Khởi "
              "tìm hiểu lý do vắng họp, báo cáo chi bộ tại kỳ họp tháng 4."),
            P("Biểu quyết: 16/16 đồng chí dự họp tán thành."),
            P("Kết thúc lúc 21 giờ 00 phút; biên bản được đọc lại và thông qua."),
            S(["THƯ KÝ", "Lang Văn Tuấn"], ["CHỦ TRÌ", "PHÓ BÍ THƯ", "Hà Thị Lan"]),
        ],
         "truth": minute(
             meeting("regular", "2019-03-14", "19:15", "21:00", "nhà văn hóa thôn Bù Đồn", BOOK_CELL,
                     BOOK_COMMITTEE),
             "Hà Thị Lan", "Phó Bí thư chi bộ", "Lang Văn Tuấn",
             attendance(21, 16, 3, 2, 1, 2,
                        absentees=[("Lò Văn Thiện", "điều trị tại Bệnh viện đa khoa huyện Như Xuân", True),
                                   ("Vi Thị Nhung", "đi làm công nhân ở Bắc Ninh", True),
                                   ("Lương Văn Khởi", "không báo", False)]),
             True,
             [vote("Thông qua kết luận tháng 3/2019", 16, None, None, None)],
             [task("Ngân Văn Tới", "tổ chức trực phòng cháy rừng", "hằng ngày trong mùa khô"),
              task("Lang Văn Tuấn", "gặp gia đình đồng chí Lương Văn Khởi tìm hiểu lý do vắng họp, báo cáo chi bộ",
                   "kỳ họp tháng 4")],
             ["low_attendance", "unexcused_absence"])},
        # --- May, held on 2 June: 80 minutes, no vote
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2019"),
            C("(họp ngày 02/6/2019)", bold=False, italic=True),
            G(2),
            P("Thời gian: 19 giờ 30 phút, Chủ nhật ngày 02/6/2019. Địa điểm: nhà văn hóa thôn Bù Đồn."),
            P("Chủ trì: đồng chí Lò Văn Thiện, Bí thư chi bộ. Thư ký: đồng chí Lang Văn Tuấn."),
            P("Có mặt 18 trên 19 đảng viên phải dự; miễn sinh hoạt 02; vắng 01: đồng chí Vi Thị Nhung (đi làm "
              "ăn xa)."),
            P("Đồng chí Bí thư báo cáo: tháng 4 chi bộ không sinh hoạt được do đồng chí Bí thư điều trị dài ngày "
              "và bà con vào vụ trồng keo; chi bộ họp tháng 5 bù vào đầu tháng 6. Kết quả: thu hoạch lúa xuân đạt "
              "5,8 tấn/ha; trồng lại 18 ha keo; không xảy ra cháy rừng. Nhiệm vụ: gieo cấy vụ mùa, phòng chống "
              "lũ quét, sạt lở đất mùa mưa."),
            P("Thảo luận: đồng chí Hà Văn Thắng đề nghị khơi thông rãnh thoát nước dọc đường vào bản Đồn trước "
              "mùa mưa; đồng chí Lữ Thị Hương đề nghị kiểm tra các hộ ở sát chân đồi."),
            P("Đồng chí Bí thư kết luận: tập trung gieo cấy vụ mùa và chủ động phòng chống thiên tai; giao đồng "
              "chí Hà Văn Thắng huy động thanh niên khơi thông rãnh thoát nước, xong trước ngày 15/6/2019; đồng "
              "chí Lữ Thị Hương lập danh sách hộ có nguy cơ sạt lở, báo cáo Ban chỉ huy phòng chống thiên tai xã "
              "trong tuần."),
            P("Sinh hoạt kết thúc lúc 20 giờ 50 phút; biên bản được đọc lại, các đồng chí dự họp nhất trí."),
            S(["THƯ KÝ", "Lang Văn Tuấn"], ["BÍ THƯ", "Lò Văn Thiện"]),
        ],
         "truth": minute(
             meeting("regular", "2019-06-02", "19:30", "20:50", "nhà văn hóa thôn Bù Đồn", BOOK_CELL,
                     BOOK_COMMITTEE, month=5, year=2019),
             "Lò Văn Thiện", "Bí thư chi bộ", "Lang Văn Tuấn",
             attendance(21, 18, 1, 1, 0, 2, absentees=[("Vi Thị Nhung", "đi làm ăn xa", True)]),
             True,
             [],
             [task("Hà Văn Thắng", "huy động thanh niên khơi thông rãnh thoát nước", "15/6/2019"),
              task("Lữ Thị Hương", "lập danh sách hộ có nguy cơ sạt lở, báo cáo Ban chỉ huy phòng chống thiên tai "
                   "xã", "trong tuần")],
             ["missing_vote", "short_meeting"])},
        # --- June: regular + thematic, 130 minutes; the chair only thanks
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2019 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II"),
            C("Chuyên đề: Nâng cao ý thức tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống Nhân dân",
              bold=False, italic=True),
            G(2),
            P("Vào lúc 19 giờ 00 phút ngày 27/6/2019, tại nhà văn hóa thôn Bù Đồn. Đồng chí Lò Văn Thiện – Bí "
              "thư chi bộ chủ trì, đồng chí Lang Văn Tuấn ghi biên bản."),
            P("Chi bộ có 21 đảng viên, 02 đồng chí được miễn sinh hoạt; có mặt 18/19. Đồng chí Lương Văn Khởi "
              "vắng không phép."),
            P("Phần thường kỳ: tháng 6 thôn cấy xong 40 ha lúa mùa; tổ chức ngày ra quân vệ sinh môi trường; "
              "không có hộ bị thiệt hại do mưa lũ. Tháng 7 chăm sóc lúa mùa, tiếp tục phòng chống thiên tai."),
            P("Phần chuyên đề: đồng chí Hà Thị Lan trình bày chuyên đề năm 2019 gắn với 50 năm thực hiện Di chúc "
              "của Chủ tịch Hồ Chí Minh; chi bộ xây dựng bản đăng ký làm theo với ba việc: công khai các khoản "
              "đóng góp của nhân dân, đối thoại với bà con mỗi quý, giúp 05 hộ nghèo làm chuồng trại."),
            P("Ý kiến: đồng chí Cầm Bá Hùng đề nghị dán công khai các khoản thu ở nhà văn hóa; đồng chí Quách "
              "Văn Sơn đề nghị mỗi đảng viên nhận giúp đỡ một hộ nghèo; đồng chí Lò Thị Xuân đề nghị mời già làng "
              "dự buổi đối thoại đầu tiên."),
            P("Đồng chí chủ trì cảm ơn các ý kiến tâm huyết, đề nghị chi ủy tiếp thu để hoàn thiện bản đăng ký."),
            P("Chi bộ biểu quyết thông qua bản đăng ký làm theo của chi bộ: 18/18 đồng chí tán thành."),
            P("Phân công: đồng chí Cầm Bá Hùng niêm yết công khai các khoản đóng góp tại nhà văn hóa thôn trước "
              "ngày 10/7/2019; đồng chí Quách Văn Sơn chuẩn bị buổi đối thoại với nhân dân trong quý III."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút. Biên bản đã được đọc lại và chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Lang Văn Tuấn"], ["BÍ THƯ", "Lò Văn Thiện"]),
        ],
         "truth": minute(
             meeting("regular", "2019-06-27", "19:00", "21:10", "nhà văn hóa thôn Bù Đồn", BOOK_CELL,
                     BOOK_COMMITTEE,
                     topic="Nâng cao ý thức tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống Nhân dân"),
             "Lò Văn Thiện", "Bí thư chi bộ", "Lang Văn Tuấn",
             attendance(21, 18, 1, 0, 1, 2, absentees=[("Lương Văn Khởi", "không phép", False)]),
             False,
             [vote("Thông qua bản đăng ký làm theo của chi bộ", 18, None, None, None)],
             [task("Cầm Bá Hùng", "niêm yết công khai các khoản đóng góp tại nhà văn hóa thôn", "10/7/2019"),
              task("Quách Văn Sơn", "chuẩn bị buổi đối thoại với nhân dân", "quý III")],
             ["missing_conclusion", "unexcused_absence"])},
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [], "born_digital": True,
})


# =================================================================================================
# n14 — Quảng Nam, commune office cell, October 2011: a printed form, scan only (no born-digital twin).
# =================================================================================================
DOCS.append({
    "name": "n14-quangnam-commune-office-form", "folder": "test",
    "style": {"family": "serif", "size": 11, "justify": False, "indent": 0, "spacing": 1.3, "left": 68,
              "right": 48, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ DUY PHƯỚC", "CHI BỘ CƠ QUAN UBND XÃ", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Duy Phước, ngày 11 tháng 10 năm 2011"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 10 năm 2011", bold=False),
            G(6),
            L("1. Thời gian: Bắt đầu lúc 14 giờ 00 phút, ngày 11/10/2011."),
            L("2. Địa điểm: Hội trường UBND xã."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên: 19; miễn sinh hoạt: 01; phải dự: 18."),
            L("- Có mặt: 17/18; vắng: 01 (đ/c Nguyễn Thị Mỹ Dung – đi tập huấn phần mềm kế toán tại huyện)."),
            L("- Khách mời: ……"),
            L("- Chủ trì: đ/c Trần Công Định, chức vụ: Bí thư chi bộ, Chủ tịch UBND xã."),
            L("- Thư ký: đ/c Lê Thị Hoài Thương, chức vụ: Chi ủy viên, công chức Văn phòng – Thống kê."),
            L("4. Nội dung:"),
            L("a) Thông tin thời sự: Hội nghị Trung ương 3 khóa XI vừa bế mạc; tỉnh chỉ đạo các xã vùng trũng "
              "chủ động phòng chống lũ, di dời dân khi có lũ lớn trên sông Thu Bồn."),
            L("b) Đánh giá tháng 9: cơ quan giải quyết 412 hồ sơ hành chính đúng hạn; hoàn thành kiểm tra 17 "
              "điểm xung yếu ven sông; thu ngân sách xã đạt 76% kế hoạch năm. Tồn tại: còn 09 hồ sơ đất đai trễ "
              "hạn; một số công chức đi làm chưa đúng giờ."),
            L("c) Nhiệm vụ tháng 10: trực phòng chống lụt bão 24/24 giờ; chuẩn bị lương thực, thuyền cứu hộ cho "
              "các thôn vùng trũng; giải quyết dứt điểm hồ sơ đất đai trễ hạn."),
            L("d) Ý kiến thảo luận:"),
            L("- Đ/c Phạm Văn Tường (Chỉ huy trưởng Quân sự xã): hai thuyền cứu hộ ở thôn Bàn Thạch đã hỏng máy, "
              "đề nghị cơ quan sửa chữa trước mùa lũ."),
            L("- Đ/c Lê Thị Hoài Thương: đề nghị công khai thời hạn giải quyết hồ sơ tại bộ phận một cửa."),
            L("- Đ/c Võ Văn Sáu (địa chính): 09 hồ sơ trễ hạn do người dân chưa bổ sung giấy tờ."),
            L("đ) Kết luận của chủ trì: ……"),
            L("e) Biểu quyết: tán thành 17/17; không tán thành: 0."),
            L("g) Phân công:"),
            L("- Đ/c Phạm Văn Tường: sửa chữa hai thuyền cứu hộ ở thôn Bàn Thạch, xong trước ngày 20/10/2011."),
            L("- Đ/c Võ Văn Sáu: liên hệ các hộ bổ sung giấy tờ, giải quyết 09 hồ sơ đất đai trễ hạn trong tháng "
              "10."),
            L("Cuộc họp kết thúc vào lúc 16 giờ 00 cùng ngày."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Lê Thị Hoài Thương"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Trần Công Định"]),
        ],
        "truth": minute(
            meeting("regular", "2011-10-11", "14:00", "16:00", "Hội trường UBND xã", "CHI BỘ CƠ QUAN UBND XÃ",
                    "ĐẢNG BỘ XÃ DUY PHƯỚC"),
            "Trần Công Định", "Bí thư chi bộ", "Lê Thị Hoài Thương",
            attendance(19, 17, 1, 1, 0, 1,
                       absentees=[("Nguyễn Thị Mỹ Dung", "đi tập huấn phần mềm kế toán tại huyện", True)]),
            False,
            [vote("Biểu quyết tháng 10/2011", 17, 0, None, None)],
            [task("Phạm Văn Tường", "sửa chữa hai thuyền cứu hộ ở thôn Bàn Thạch", "20/10/2011"),
             task("Võ Văn Sáu", "liên hệ các hộ bổ sung giấy tờ, giải quyết 09 hồ sơ đất đai trễ hạn", "tháng 10")],
            ["missing_conclusion", "not_approved", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [{"name": "n14-quangnam-commune-office-form-scan-moderate", "folder": "test", "damage": "moderate",
               "seed": 1514, "dpi": 250}],
    "born_digital": False,
})
