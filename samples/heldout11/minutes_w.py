"""Held-out set 11, writer w (dev/, `w…`): the Central Highlands, the South-East, Hồ Chí Minh City and the Mekong delta.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, the other writers' minutes or the earlier sets' texts and truth files, and without running the
extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely;
the paperwork follows /work/shared/DOMAIN.md. The set's theme is whole minute books across the years: where one
minute ends and the next begins, clerks and templates changing inside a book, and the facts of every minute in it.

Files (name -> what varies -> minute flags / book flags):

- w01-bentre-hamlet-book-oct2024-jul2025 -> minute BOOK of a hamlet cell (Bến Tre; Vĩnh Long after the 2025
  merger), ten minutes on ten pages, Serif 13 justified, running head "Sổ ghi biên bản – Chi bộ ấp Phú Hữu" from
  page 2 (the cell's name and the word "biên bản"), "Trang n" at the foot; every minute after the first starts
  mid-page on the page where the previous one ends; two clerks (Lê Thị Bé Tư until January, Nguyễn Thị Ngọc Hân
  from March, the change told in the March minute); the commune merges on 01/7/2025 and the July minute's own
  header names the new committee (the cell keeps its name):
    1. 08/10/2024 regular, full header, "I./II." parts, "- Vắng: 02 …, gồm … (ốm, có báo) và … (không lý do)",
       opinions as "- Đ/c X (role): …", "Biểu quyết: 20/20 …, đạt 100%", tasks in one "Giao đồng chí …" sentence
       (a partner after "cùng" stays in the task, "trước con nước rằm" only in the conclusion) -> unexcused_absence
    2. 06/11/2024 typed on with a title only, regular + Q4 thematic ("(Kết hợp sinh hoạt chuyên đề quý IV …)" and
       a "Chuyên đề:" line), "Đảng viên dự: 21/22 (miễn sinh hoạt 02)", "A./B." parts, 130 min; Huỳnh Văn Sáu
       "không báo lý do"; "NGƯỜI GHI BIÊN BẢN" / "CHỦ TRÌ" -> unexcused_absence
    3. 10/12/2024 own header mid-page, "BIÊN BẢN HỌP CHI BỘ THÁNG 12 NĂM 2024" + year-end review line; 22/22 and
       a Party guest; a deliberate page break with "(Tiếp theo biên bản họp chi bộ tháng 12/2024)" at the top of
       the next page; a secret ballot on the cell's grade and a vote on the conclusion; "+ Đ/c X: …" tasks;
       "(đã ký)" signatures -> —
    4. 07/01/2025 only a "* * *" separator and "Hôm nay, ngày 07 tháng 01 năm 2025 …" (no title); the Bí thư
       first reads out last month's resolution; 19 of 22 due (86.4 %), Sáu "không có lý do"; signatures in
       mixed case ("Thư ký" / "Chủ trì") -> low_attendance, unexcused_absence
    5. 05/3/2025 title in mixed case; the new clerk; the minute records that February was not held (Tết, coconut
       harvest); a conclusion and tasks but no vote; a blank gap after the signatures -> missing_vote
    6. 26/3/2025 thematic "SINH HOẠT CHUYÊN ĐỀ" / "QUÝ I NĂM 2025" over two lines + "Chuyên đề:" line, a
       non-member guest (an agronomist), 80 min, "Chi bộ nhất trí 100% …", only "Đề nghị mỗi đảng viên …"
       -> missing_assignments, short_meeting
    7. 06/5/2025 "THÁNG 4/2025" held late (own header, "(Họp ngày 06/5/2025, lùi lịch …)"), numbered fields,
       "a) … g)" parts; a body line beginning "Biên bản sinh hoạt chi bộ tháng 3/2025 đã ghi …"; Sáu "vắng không
       lý do" (third time); 19/21 (90.5 %) -> unexcused_absence
    8. 27/5/2025 "BIÊN BẢN HỌP CHI BỘ NGÀY 27/5/2025 (THÁNG 5)" (the date inside the title); 21/21; "Chi bộ thảo
       luận, thống nhất với báo cáo của chi ủy"; "- Đ/c X: …" tasks; ends with the closing time only
       -> no_discussion, not_approved
    9. 10/6/2025 "HỘI NGHỊ CHI BỘ THÁNG 6/2025" + "Kết hợp sinh hoạt chuyên đề quý II: <topic>", "19h00 – 20h45"
       (105 min, bar 120), "Chủ tọa"; absentees only "có danh sách kèm theo": a "DANH SÁCH ĐẢNG VIÊN VẮNG MẶT" with
       a ruled table after the signatures (Đoàn Văn Tám "Không lý do") -> short_meeting, unexcused_absence
   10. 08/7/2025 own three-line header of the new commune ("ĐẢNG BỘ TỈNH VĨNH LONG" / "ĐẢNG ỦY XÃ PHƯỚC LONG HƯNG"
       / cell); a guest from the commune committee; the plan is voted and tasks are given, but the Bí thư only
       thanks and closes -> missing_conclusion
  book -> missing_month (February 2025; the April meeting held on 06/5 counts for April), repeated_absence
  (Huỳnh Văn Sáu without reason in November, January and April; Đoàn Văn Tám only in October and June; Phan Thị
  Kim Loan absent with reason five times). Q4 2024 (November combined), Q1 2025 (26/3 thematic) and Q2 2025 (June
  combined) all have a thematic meeting; Q3 2025 is not wholly inside the span.
- w02-daklak-coffee-team-book-jul-dec-2022 -> minute BOOK of a coffee-team cell of a state coffee company (Đắk
  Lắk, Ê Đê names), six minutes on four pages, DejaVu Serif 11.5 ragged, right-aligned italic running head "Chi
  bộ Đội sản xuất số 3 – Sổ biên bản năm 2022" from page 2, "n/N" at the foot; every minute after the first starts
  mid-page; the committee's name over two header lines; a change of clerk in October (Lê Quang Vinh moved to
  another team, H'Liên Byă elected in the minute):
    1. 05/7/2022 regular, "1- … 5-" fields, "a/ … e/" parts, "tán thành 16/16, đạt 100%; không tán thành: 0", two
       members in one task ("đ/c A và đ/c B … hằng đêm") -> —
    2. 09/8/2022 "SINH HOẠT CHI BỘ THÁNG 8/2022"; 15/17 (88.2 %); Y Bhin Êban "(không lý do)"; only "Chi bộ đề
       nghị các đồng chí đảng viên …, mỗi tổ sản xuất …" -> low_attendance, missing_assignments, unexcused_absence
    3. "THÁNG 9 NĂM 2022" held on 04/10/2022 (postponed, said why), 7 giờ 30 – 8 giờ 45 (75 min); a typo in the
       discussion cue ("Thảo luân:") -> short_meeting
    4. 25/10/2022 "HỌP CHI BỘ THÁNG 10/2022" / "KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV" + bold "Chuyên đề:" line,
       13 giờ 30 – 15 giờ 30 (exactly 120 min), "I./II." parts, the new clerk -> —
    5. 15/11/2022 "Kỳ họp tháng 11/2022" (mixed case), an evening meeting in the warehouse during the harvest;
       13/16 (81.3 %), Y Bhin Êban "(không có lý do)" (second time); a conclusion and tasks, no vote
       -> low_attendance, missing_vote, unexcused_absence
    6. 20/12/2022 year-end ("(Tổng kết công tác năm 2022)"), a guest from the company committee, "Chi bộ thảo
       luận, thống nhất với báo cáo."; a "THÔNG BÁO" of next month's meeting inserted after the signatures
       -> no_discussion
  book -> no_thematic_in_quarter (Q3 2022 lies wholly inside Jul–Dec with no thematic or combined meeting; Q4 has
  the October combined one). Not repeated_absence: Y Bhin Êban is absent without reason only twice; H'Nga Mlô is
  absent three times on maternity leave (excused). Not missing_month: September's meeting held on 04/10 counts for
  September.
- w03-camau-fishing-coop-book-oct2016-jan2017 -> minute BOOK of a fishing-cooperative cell (Cà Mau, Khmer and
  Kinh names), four minutes on three pages, Serif 12.5 justified, "Tr. n" at the foot, older wording ("hội
  nghị", "Đảng viên tham dự", "Chủ tọa", "Thư ký hội nghị"); every minute after the first starts mid-page:
    1. "THÁNG 10 NĂM 2016" held on 2 tháng 11 năm 2016 ("Họp bù …"); 8 of 11; two names sharing one reason
       ("đ/c A, đ/c B đang đi biển (có báo)"), Lâm Văn Sơn "không lý do"; "I.–V." parts, "08/08 … nhất trí, đạt
       100%" -> low_attendance, unexcused_absence
    2. "BIÊN BẢN HỌP CHI BỘ THÁNG 11", "8g00 ngày 28-11-2016", a storm warning; Sơn "vắng không phép"; a
       conclusion and tasks ("Giao: …", "suốt thời gian có bão", "chiều 29-11-2016"), no vote
       -> missing_vote, unexcused_absence
    3. "Kỳ họp tháng 12/2016", the whole opening in one sentence, 11/11; a typo in the vote cue ("Biểu quyêt:")
       -> —
    4. 10/01/2017 only a "– – – – –" separator and a dated opening with the lunar date ("nhằm ngày 13 tháng Chạp
       năm Bính Thân"); Sơn "(không báo cáo)"; ends with the closing time only; signatures with no blank line
       -> not_approved, unexcused_absence
  book -> no_thematic_in_quarter (Q4 2016 lies wholly inside Oct 2016 – Jan 2017 with no thematic meeting),
  repeated_absence (Lâm Văn Sơn: October, November, January). Not missing_month: October's meeting held on 02/11
  counts for October; the span crosses the year's end.
- w04-hcm-ward-khupho-tables-clean -> Hồ Chí Minh City, a neighbourhood (khu phố) cell of a ward formed in the
  2025 merger, two pages, Liberation Sans 11 justified, "Trang n/N"; "* Thời gian: …" fields; 31 members, 5
  exempt, 24/26 "đạt 92,3%", a ruled absentee table "TT | Họ và tên | Lý do vắng"; a Party guest who speaks;
  "I.–VII." capital headings; "Tán thành: 24/24 đồng chí (100%); không tán thành: 0; ý kiến khác: 0"; a ruled
  task table "TT | Nội dung công việc | Người thực hiện | Thời gian hoàn thành" (two people in one wrapped cell,
  a group, "Trước 15/9/2025", "Chủ nhật hằng tuần", "Thường xuyên") -> — / —
- w05-cantho-hospital-thematic-short-no-vote -> Cần Thơ, a hospital ICU department's thematic meeting (Q3/2023),
  two pages, DejaVu Serif 11.5 ragged, "- n -" at the top of page 2; committee and cell each over two header
  lines; the topic in capitals over two title lines; degrees before names (BSCKII., ThS.BS., ĐD., KTV.); 18/20
  (exactly 90 %: not low), two absentees with reasons; a Party guest; 13 giờ 30 to "thông qua lúc 14 giờ 50
  phút" (80 min); a conclusion and tasks, nothing voted but the minutes -> missing_vote, short_meeting / —
- w06-gialai-border-post-extraordinary-not-approved -> Gia Lai, a border post's armed-team cell, one page, Serif 12
  with no indent; "Số: 04-BB/CB"; "BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG" + "V/v …" line after a forest fire near the
  border; ranks before every name (signatures too); "Quân số đảng viên: 12/13"; opinions "- Rank Name: …"; "12/12
  đồng chí giơ tay tán thành (100%)"; four tasks ("trước 6 giờ sáng 24/3/2024", "trong tuần này", "hằng đêm");
  20 giờ 00 – 21 giờ 35 (95 min); ends with the closing time only -> not_approved / —
- w07-binhphuoc-rubber-2019-form-low-unfilled -> Bình Phước, a rubber-plantation team cell, 2019, a printed form
  typed in Liberation Mono 10; three committee lines; "BIÊN BẢN HỘI NGHỊ CHI BỘ"; "Đảng viên tham dự: 12/15";
  counts "Có lý do: 01. Không lý do: 02." and the form's "(ghi rõ họ tên, lý do):" before the names (S'tiêng
  names); "Khách mời: ……"; "Chủ tọa hội nghị" / "Thư ký hội nghị"; "Tán thành: 12/12 … Không tán thành: 0. Ý kiến
  khác: 0."; "6. Tổ chức thực hiện" holds only calls to all members and to "các tổ trưởng tổ cạo"; "(Ký, ghi rõ
  họ tên)" under both titles -> low_attendance, missing_assignments, unexcused_absence, unfilled_template / —
- w08-binhduong-school-2021-online-combined-120min-clean -> Bình Dương (Thủ Dầu Một), a lower-secondary school cell
  in the September 2021 lockdown, two pages, Serif 13 justified, running head from page 2 and "- n -" at the
  foot; old tone placement ("PHÚ HOÀ", "Đảng uỷ", "Kim Hoà"); regular + Q3 thematic ("KẾT HỢP SINH HOẠT CHUYÊN
  ĐỀ QUÝ III" + italic "Chuyên đề:" line) on Zoom with a main room; 20/21 (six in the room, fourteen at home);
  "PHẦN THỨ NHẤT/HAI"; "bắt đầu 8 giờ 00, kết thúc 10 giờ 00" (exactly 120 min: not short); minutes approved by
  hands raised on screen -> — / —
- w09-lamdong-kho-village-2026-no-conclusion -> Lâm Đồng, a K'Ho village cell, January 2026 (Tết, the March 2026
  elections), one page, Liberation Sans 11.5 ragged; an exempt village elder named; "Chi bộ thảo luận, các ý kiến
  đều thống nhất với báo cáo và đề nghị …" (nobody named); the month's plan voted 14/14; three named tasks ("mỗi
  ngày hai lần", "trước ngày 25/01/2026", "xong trước 23 tháng Chạp"); the chair "ghi nhận các ý kiến …, trả lời
  ở kỳ họp sau", wishes a happy Tết and closes -> missing_conclusion, no_discussion / —
- w10-longan-hamlet-2016-words-90pct-90min-unexcused -> Long An, a hamlet cell, March 2016 (drought and salinity,
  the May 2016 elections), Serif 14 ragged, "Trang n"; title month in words ("THÁNG BA NĂM 2016"), "ngày 5-3-2016";
  counts in words (22 members, two exempt named, 18 present incl. one probationary = exactly 90 %); one absentee
  "(chưa rõ lý do)"; a Party guest and a non-member guest ("ông …") who both speak; "I/ … V/" parts; 7 giờ 30 to
  9 giờ 00 (exactly 90 min); "chi ủy gặp đ/c … tìm hiểu lý do vắng họp" in the task list; the signatures alone
  on page 2 -> unexcused_absence / —
- w11-camau-fishing-coop-book-scan-moderate -> image-only twin of the w03 book, moderate, 200 dpi, three pages
  -> as w03
- w12-binhphuoc-rubber-2019-scan-photocopy -> image-only twin of w07, photocopy, 200 dpi, one page -> as w07
- w13-lamdong-kho-village-2026-scan-moderate -> image-only twin of w09, moderate, 200 dpi, one page -> as w09

Labelling decisions where the READMEs are silent:
- Book boundaries. A minute starts with its first drawn line: its own header, its title, a separator ("* * *",
  "– – – – –") followed by a dated opening, and nothing else. Running heads that carry the cell's name or the word
  "biên bản", page numbers ("Trang n", "n/N", "Tr. n", "- n -"), a "(Tiếp theo biên bản …)" line at the top of a
  page, a body line that quotes an earlier minute's title, the reading-out of last month's resolution, a
  "DANH SÁCH ĐẢNG VIÊN VẮNG MẶT (Kèm theo biên bản …)" and a "THÔNG BÁO" after the signatures all belong to the
  minute they sit in; the minute's pages run to the end of what is attached to it.
- A minute with no title, only a separator and "Hôm nay, ngày … họp thường kỳ tháng …", is a regular meeting of
  that month. A title with the date inside ("… NGÀY 27/5/2025 (THÁNG 5)") gives the month in the title.
- Upper committee changed by a merger: a minute with its own header takes the committee as its header writes it
  (`party_committee` may differ inside one book); the cell keeps the one name all through the book. Minutes typed on
  with no header take the book's first header (none of them follows the changed header here).
- Members leaving the cell (a transfer, a temporary transfer) change `total` from that minute on, as the minute
  counts them; a transferred clerk is no absentee. Where a minute counts "phải dự" it also states the exempt
  members, so exempt is never guessed from a neighbouring minute.
- A named absentee list attached after the signatures, announced by "vắng 02 đồng chí, có danh sách kèm theo", gives
  the absentees, reasons as in the cells ("Đang điều trị bệnh", "Không lý do").
- Reasons as written, the note inside them too ("ốm, có báo", "đi làm ăn ở Bình Dương, có báo", "đi làm ăn xa, có
  xin phép"); one reason after two names is both's ("đang đi biển (có báo)"); "vắng không lý do", "vắng không
  phép", "không báo lý do", "(không báo cáo)", "chưa rõ lý do" are unexcused, "vắng" kept where the page writes it.
- Chair's role as written when only "Bí thư" stands ("Đ/c X – Bí thư chủ trì" -> "Bí thư"); the job after it is
  dropped ("Bí thư chi bộ, Đội trưởng" -> "Bí thư chi bộ"). A Phó Bí thư or a member presenting the thematic
  report is no chair. Ranks and degrees are dropped from every name, signatures included.
- Year-end ballot: "phát ra 22 phiếu …; 20 phiếu xếp loại Hoàn thành tốt nhiệm vụ, đạt 90,9%; 02 phiếu xếp loại
  Hoàn thành nhiệm vụ" -> for 20, percent 90.9 (ballots issued and the other grade are no counts); it is a
  resolution of its own beside the vote on the conclusion. "tán thành 19/19; không tán thành 0" -> 19 / 0;
  "Tán thành: 12/12 … Không tán thành: 0. Ý kiến khác: 0." -> 12 / 0 / 0 / null. Approving the minutes (also by
  hands raised on a screen) is no vote.
- Conclusion: "Kết luận: đồng chí chủ tọa kết luận …", "Thay mặt chi ủy, đồng chí Bí thư kết luận …" count; a chair
  who only thanks, "ghi nhận các ý kiến", promises answers "ở kỳ họp sau" and closes gives none, even when the plan
  is voted and tasks are given in the same minute.
- no_discussion: "Chi bộ thảo luận, thống nhất với báo cáo …" and "các ý kiến đều thống nhất với báo cáo và đề nghị
  …" with nobody named. A question answered by a guest beside named members' opinions is discussion.
- Not assignments: "Đề nghị mỗi đảng viên …", "các đoàn thể …", "các tổ trưởng tổ cạo …", "toàn chi bộ …", "chi bộ sẽ
  kiến nghị …", a member who "xin nhận" a job nobody then gives him. Assignments: a body named in a "Phân công"
  list ("Chi đoàn ấp", "chi ủy" lower case as written, deadline null when none is written); a partner after "cùng"
  or "phối hợp" stays in the task; two people in one sentence or one table cell give one assignment each.
- Deadlines drop the words in front as before ("trước ngày 15/10/2024" -> "15/10/2024", "xong trước Tết" -> "Tết",
  "trước 23 tháng Chạp" -> "23 tháng Chạp", "xong trong tháng 6/2025" -> "tháng 6/2025", "trước kỳ họp tháng 12"
  -> "kỳ họp tháng 12", "ngay trong tuần này" / "trong tuần này" -> "tuần này", a table cell "Trước 06/10/2025"
  -> "06/10/2025", "xong trước chiều 29-11-2016" -> "chiều 29-11-2016", "trước 6 giờ sáng 24/3/2024" -> "6 giờ
  sáng 24/3/2024"); but "trong tuần" stays whole (dropping "trong" would leave a bare unit), "ngày 19/01/2025" written
  with no preposition keeps "ngày", and frequencies and spans stay whole ("mỗi tuần hai lần", "mỗi ngày hai lần",
  "Chủ nhật hằng tuần", "suốt thời gian có bão", "những ngày Tết", "hằng đêm").
- A clerk's typo in a cue word ("Thảo luân:", "Biểu quyêt:") changes no label.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


def att(total, present, absent, excused, unexcused, exempt, absentees=(), guests=()):
    return attendance(total, present, absent, excused, unexcused, exempt, list(absentees), list(guests))


def PB():                       # the clerk starts a new page
    return ("page_break",)


# =================================================================================================
# w01 — minute book of a hamlet cell in the Mekong delta (Bến Tre, later Vĩnh Long), Oct 2024 – Jul 2025:
# ten minutes, two clerks, the commune merged into a new one from 01/7/2025.
# =================================================================================================

A_CELL = "CHI BỘ ẤP PHÚ HỮU"
A_COM = "ĐẢNG ỦY XÃ TÂN LỢI"
A_COM2 = "ĐẢNG ỦY XÃ PHƯỚC LONG HƯNG"

A1 = {
    "blocks": [
        HD(["ĐẢNG ỦY XÃ TÂN LỢI", "CHI BỘ ẤP PHÚ HỮU", "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Lợi, ngày 08 tháng 10 năm 2024"]),
        G(4),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10 NĂM 2024"),
        G(4),
        P("Vào lúc 19 giờ 00 phút, ngày 08 tháng 10 năm 2024, tại Nhà văn hóa ấp Phú Hữu, Chi bộ ấp Phú Hữu tiến "
          "hành sinh hoạt định kỳ tháng 10 năm 2024."),
        H("I. THÀNH PHẦN THAM DỰ"),
        L("- Tổng số đảng viên trong chi bộ: 24 đồng chí, trong đó miễn sinh hoạt 02 đồng chí (đ/c Nguyễn Văn Hai, "
          "đ/c Lê Thị Bảy)."),
        L("- Có mặt: 20/22 đồng chí phải dự."),
        L("- Vắng: 02 đồng chí, gồm đ/c Phan Thị Kim Loan (ốm, có báo) và đ/c Đoàn Văn Tám (không lý do)."),
        L("- Chủ trì: đồng chí Võ Văn Phúc, Bí thư chi bộ."),
        L("- Thư ký: đồng chí Lê Thị Bé Tư."),
        H("II. NỘI DUNG SINH HOẠT"),
        P("1. Thông tin thời sự: Đồng chí Bí thư thông tin về đợt triều cường đầu tháng 10 làm ngập một số đoạn bờ "
          "bao ven sông Hàm Luông; Đảng ủy xã triển khai kế hoạch tổng kết 10 năm xây dựng nông thôn mới và chủ "
          "trương chuẩn bị đại hội chi bộ nhiệm kỳ 2025 – 2027."),
        P("2. Đánh giá kết quả tháng 9: Chi bộ lãnh đạo Ban nhân dân ấp vận động bà con gia cố được 1.200 mét bờ "
          "bao, không để xảy ra sạt lở; thu đảng phí đạt 100%; vận động thêm 36 hộ tham gia bảo hiểm y tế hộ gia "
          "đình. Hạn chế: còn 05 hộ chưa nộp Quỹ phòng chống thiên tai; việc phân loại rác tại nguồn ở tổ 3, tổ 4 "
          "làm chưa đều."),
        P("3. Phương hướng tháng 10: tiếp tục theo dõi triều cường, gia cố bờ bao; ra quân vệ sinh kênh mương, phòng "
          "bệnh sốt xuất huyết; thu dứt điểm Quỹ phòng chống thiên tai; rà soát quần chúng ưu tú để bồi dưỡng kết "
          "nạp đảng."),
        P("4. Thảo luận:"),
        L("- Đ/c Trần Văn Hùng (Chi hội trưởng Nông dân): đề nghị ấp làm việc với Hợp tác xã dừa Phú Hữu bao tiêu "
          "dừa khô cho bà con vì giá dừa đang xuống thấp."),
        L("- Đ/c Nguyễn Thị Thu Thủy: Chi hội Phụ nữ sẽ đi vận động các hộ còn nợ quỹ, đề nghị chi bộ cử đảng viên "
          "đi cùng."),
        L("- Đ/c Lê Văn Út: trong tháng có 01 vụ trộm gà vịt ở tổ 2, tổ an ninh đã lập biên bản chuyển Công an xã "
          "xử lý."),
        P("5. Kết luận: Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá kết quả tháng 9 và phương hướng tháng "
          "10 như báo cáo; tập trung gia cố bờ bao trước con nước rằm tháng Chín âm lịch, không để nước tràn vào "
          "vườn; vận động dứt điểm các hộ còn nợ quỹ, không để kéo dài sang năm."),
        P("Biểu quyết: 20/20 đồng chí có mặt tán thành, đạt 100%."),
        P("6. Phân công: Giao đồng chí Lê Văn Út cùng tổ an ninh trật tự tăng cường tuần tra ban đêm ở tổ 2, tổ 5, "
          "thường xuyên; đồng chí Trương Văn Mười chỉ đạo gia cố bờ bao đoạn giáp rạch Cái Bông trước ngày "
          "15/10/2024; đồng chí Nguyễn Thị Thu Thủy phụ trách vận động 05 hộ còn nợ Quỹ phòng chống thiên tai "
          "trong tháng 10."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe, các đồng chí "
          "nhất trí thông qua."),
        S(["THƯ KÝ", "", "Lê Thị Bé Tư"], ["T/M CHI BỘ", "BÍ THƯ", "", "Võ Văn Phúc"]),
    ],
    "truth": minute(
        meeting("regular", "2024-10-08", "19:00", "21:00", "Nhà văn hóa ấp Phú Hữu", A_CELL, A_COM),
        "Võ Văn Phúc", "Bí thư chi bộ", "Lê Thị Bé Tư",
        att(24, 20, 2, 1, 1, 2, [("Phan Thị Kim Loan", "ốm, có báo", True),
                                 ("Đoàn Văn Tám", "không lý do", False)]),
        True, [vote("Thông qua đánh giá tháng 9 và phương hướng tháng 10", 20, None, None, 100)],
        [task("Lê Văn Út", "cùng tổ an ninh trật tự tăng cường tuần tra ban đêm ở tổ 2, tổ 5", "thường xuyên"),
         task("Trương Văn Mười", "chỉ đạo gia cố bờ bao đoạn giáp rạch Cái Bông", "15/10/2024"),
         task("Nguyễn Thị Thu Thủy", "vận động 05 hộ còn nợ Quỹ phòng chống thiên tai", "tháng 10")],
        ["unexcused_absence"]),
}

A2 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11/2024"),
        C("(Kết hợp sinh hoạt chuyên đề quý IV năm 2024)", bold=False, italic=True),
        G(3),
        L("Chuyên đề: Đảng viên gương mẫu đi đầu trong xây dựng ấp văn hóa, nông thôn mới nâng cao", italic=True),
        L("- Thời gian: từ 18 giờ 30 phút đến 20 giờ 40 phút, ngày 06/11/2024."),
        L("- Địa điểm: Trụ sở Ban nhân dân ấp Phú Hữu."),
        L("- Đảng viên dự: 21/22 (miễn sinh hoạt 02). Vắng 01: đ/c Huỳnh Văn Sáu, không báo lý do."),
        L("- Đồng chí Võ Văn Phúc, Bí thư chi bộ chủ trì; đồng chí Lê Thị Bé Tư ghi biên bản."),
        H("A. PHẦN SINH HOẠT THƯỜNG KỲ"),
        P("Đồng chí Phó Bí thư Trương Văn Mười báo cáo kết quả tháng 10: bờ bao đoạn giáp rạch Cái Bông gia cố xong "
          "ngày 13/10; thu Quỹ phòng chống thiên tai đạt 100%; 02 hộ nghèo được hỗ trợ sửa nhà từ nguồn vận động. "
          "Tồn tại: tuần tra ban đêm ở tổ 5 chưa duy trì đều; còn đảng viên vắng sinh hoạt không lý do."),
        P("Nhiệm vụ tháng 11: chuẩn bị xuống giống lúa Đông Xuân ở khu ruộng trũng tổ 6; vận động nhân dân tham gia "
          "Ngày hội Đại đoàn kết toàn dân tộc 18/11; tiếp tục thu bảo hiểm y tế năm 2025."),
        H("B. PHẦN SINH HOẠT CHUYÊN ĐỀ"),
        P("Đồng chí Trương Văn Mười trình bày chuyên đề. Ấp đã đạt 17/19 tiêu chí ấp nông thôn mới nâng cao, còn 02 "
          "tiêu chí chưa đạt là tỷ lệ hộ có nhà tiêu hợp vệ sinh và đường ống nước sạch về tổ 6. Đảng viên phải đi "
          "trước: nhà mình làm trước, rồi vận động bà con con cháu, hàng xóm làm theo."),
        P("Ý kiến tham gia: Đồng chí Phạm Văn Lộc, Bí thư Chi đoàn, cho biết đoàn viên sẵn sàng trồng 300 mét đường "
          "hoa ở tổ 1. Đồng chí Đặng Văn Ba nói Cựu chiến binh góp ngày công đào mương đặt ống nước. Đồng chí Huỳnh "
          "Thị Diễm hỏi nguồn vốn vay làm nhà tiêu, đồng chí Bí thư trả lời vốn Ngân hàng Chính sách xã hội năm nay "
          "còn."),
        P("Đồng chí chủ trì kết luận: chi bộ thống nhất kết quả tháng 10 và nhiệm vụ tháng 11; về chuyên đề, mỗi đồng "
          "chí đảng viên rà lại gia đình mình theo 19 tiêu chí, phấn đấu cuối năm 2025 ấp đạt đủ tiêu chí nông thôn "
          "mới nâng cao."),
        P("Chi bộ biểu quyết thông qua nội dung sinh hoạt và kết luận: 21/21 đồng chí tán thành."),
        P("Phân công: đồng chí Huỳnh Thị Diễm lập danh sách hộ chưa có nhà tiêu hợp vệ sinh, gửi chi ủy trước ngày "
          "20/11/2024; Chi đoàn ấp trồng đường hoa tổ 1 xong trước Tết; đồng chí Đặng Văn Ba vận động hội viên góp "
          "ngày công đặt ống nước tổ 6 trong tháng 12/2024."),
        P("Sinh hoạt kết thúc 20 giờ 40 phút, biên bản thông qua trước chi bộ, không có ý kiến khác."),
        S(["NGƯỜI GHI BIÊN BẢN", "", "Lê Thị Bé Tư"], ["CHỦ TRÌ", "", "Võ Văn Phúc"]),
    ],
    "truth": minute(
        meeting("regular", "2024-11-06", "18:30", "20:40", "Trụ sở Ban nhân dân ấp Phú Hữu", A_CELL, A_COM,
                topic="Đảng viên gương mẫu đi đầu trong xây dựng ấp văn hóa, nông thôn mới nâng cao"),
        "Võ Văn Phúc", "Bí thư chi bộ", "Lê Thị Bé Tư",
        att(24, 21, 1, 0, 1, 2, [("Huỳnh Văn Sáu", "không báo lý do", False)]),
        True, [vote("Thông qua nội dung sinh hoạt và kết luận", 21)],
        [task("Huỳnh Thị Diễm", "lập danh sách hộ chưa có nhà tiêu hợp vệ sinh, gửi chi ủy", "20/11/2024"),
         task("Chi đoàn ấp", "trồng đường hoa tổ 1", "Tết"),
         task("Đặng Văn Ba", "vận động hội viên góp ngày công đặt ống nước tổ 6", "tháng 12/2024")],
        ["unexcused_absence"]),
}

A3 = {
    "blocks": [
        HD(["ĐẢNG ỦY XÃ TÂN LỢI", "CHI BỘ ẤP PHÚ HỮU"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Lợi, ngày 10 tháng 12 năm 2024"]),
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 12 NĂM 2024"),
        C("Kiểm điểm, đánh giá chất lượng chi bộ và đảng viên năm 2024", bold=False, italic=True),
        G(4),
        P("Hôm nay, lúc 18 giờ 30 phút ngày 10/12/2024, tại Nhà văn hóa ấp Phú Hữu, chi bộ họp thường kỳ tháng 12 "
          "kết hợp kiểm điểm cuối năm."),
        P("Dự họp: đủ 22/22 đồng chí phải dự (02 đồng chí miễn sinh hoạt). Khách mời: đồng chí Nguyễn Hoàng Phong, "
          "Đảng ủy viên, phụ trách địa bàn ấp. Chủ trì: đồng chí Võ Văn Phúc – Bí thư chi bộ; thư ký: đồng chí Lê "
          "Thị Bé Tư."),
        H("1. Báo cáo kết quả năm 2024"),
        P("Đồng chí Bí thư đọc báo cáo của chi ủy: năm 2024 chi bộ sinh hoạt đủ 12 kỳ, 04 kỳ chuyên đề; kết nạp 01 "
          "đảng viên mới (đồng chí Nguyễn Thị Ngọc Hân); thu nhập bình quân đầu người của ấp đạt 68 triệu đồng; "
          "hộ nghèo giảm còn 04 hộ; 98,6% dân cư tham gia bảo hiểm y tế. Hạn chế: tỷ lệ đảng viên dự sinh hoạt có "
          "tháng chưa đạt yêu cầu; 01 đảng viên nhiều lần vắng không lý do, chi ủy đã gặp nhắc nhở."),
        H("2. Kiểm điểm cá nhân"),
        P("Từng đảng viên đọc bản tự kiểm điểm, chi bộ góp ý. Các ý kiến: đồng chí Trần Văn Hùng góp ý đồng chí Lê "
          "Văn Út cần mềm mỏng hơn khi nhắc nhở bà con về trật tự đường làng; đồng chí Nguyễn Thị Thu Thủy đề nghị "
          "chi ủy xem xét mức xếp loại của đồng chí Huỳnh Văn Sáu vì vắng nhiều kỳ; đồng chí Huỳnh Văn Sáu nhận "
          "khuyết điểm, hứa khắc phục."),
        H("3. Bỏ phiếu xếp loại"),
        P("Chi bộ bỏ phiếu kín tự đánh giá, xếp loại chất lượng chi bộ năm 2024: phát ra 22 phiếu, thu về 22 phiếu; "
          "20 phiếu xếp loại Hoàn thành tốt nhiệm vụ, đạt 90,9%; 02 phiếu xếp loại Hoàn thành nhiệm vụ. Kết quả "
          "xếp loại đảng viên: 21 đồng chí hoàn thành tốt nhiệm vụ, 01 đồng chí hoàn thành nhiệm vụ."),
        PB(),
        L("(Tiếp theo biên bản họp chi bộ tháng 12/2024)", italic=True),
        H("4. Ý kiến của đại biểu"),
        P("Đồng chí Nguyễn Hoàng Phong ghi nhận chi bộ làm tốt công tác dân vận, đề nghị chuẩn bị sớm nhân sự đại hội "
          "chi bộ và quan tâm đảng viên trẻ."),
        H("5. Kết luận"),
        P("Đồng chí Bí thư kết luận: chi bộ thống nhất báo cáo năm 2024 và kết quả xếp loại; năm 2025 tập trung ba "
          "việc: đại hội chi bộ thành công, đạt ấp nông thôn mới nâng cao, không để đảng viên vắng sinh hoạt không lý "
          "do. Chi bộ biểu quyết kết luận: 22/22 đồng chí tán thành (100%)."),
        H("6. Phân công"),
        L("+ Đ/c Trương Văn Mười: lập danh sách gia đình chính sách, hộ nghèo để thăm, tặng quà Tết, trước ngày "
          "15/01/2025."),
        L("+ Đ/c Phạm Văn Lộc: tổ chức cho đoàn viên dọn vệ sinh đường làng đón Tết, ngày 19/01/2025."),
        L("+ Đ/c Lê Thị Bé Tư: hoàn chỉnh hồ sơ đánh giá, xếp loại đảng viên nộp Đảng ủy xã trước 20/12/2024."),
        P("Cuộc họp kết thúc lúc 21 giờ 15 phút. Biên bản được đọc lại, 22/22 đồng chí thống nhất thông qua."),
        S(["THƯ KÝ", "(đã ký)", "Lê Thị Bé Tư"], ["T/M CHI BỘ", "BÍ THƯ", "(đã ký)", "Võ Văn Phúc"]),
    ],
    "truth": minute(
        meeting("regular", "2024-12-10", "18:30", "21:15", "Nhà văn hóa ấp Phú Hữu", A_CELL, A_COM),
        "Võ Văn Phúc", "Bí thư chi bộ", "Lê Thị Bé Tư",
        att(24, 22, 0, 0, 0, 2, guests=[("Nguyễn Hoàng Phong", "Đảng ủy viên, phụ trách địa bàn ấp")]),
        True, [vote("Tự đánh giá, xếp loại chi bộ Hoàn thành tốt nhiệm vụ (bỏ phiếu kín)", 20, None, None, 90.9),
               vote("Thông qua kết luận", 22, None, None, 100)],
        [task("Trương Văn Mười", "lập danh sách gia đình chính sách, hộ nghèo để thăm, tặng quà Tết", "15/01/2025"),
         task("Phạm Văn Lộc", "tổ chức cho đoàn viên dọn vệ sinh đường làng đón Tết", "ngày 19/01/2025"),
         task("Lê Thị Bé Tư", "hoàn chỉnh hồ sơ đánh giá, xếp loại đảng viên nộp Đảng ủy xã", "20/12/2024")],
        []),
}

A4 = {
    "blocks": [
        C("* * *", bold=False),
        P("Hôm nay, ngày 07 tháng 01 năm 2025, lúc 19 giờ 15 phút, tại Nhà văn hóa ấp, Chi bộ ấp Phú Hữu họp thường "
          "kỳ tháng 01/2025."),
        P("Đảng viên: 24 đ/c, miễn SH 02 đ/c; có mặt 19 đ/c. Vắng 03 đ/c: Phan Thị Kim Loan (nằm viện), Nguyễn Văn "
          "Chín (đi làm ăn ở Bình Dương, có báo), Huỳnh Văn Sáu (không có lý do)."),
        P("Đ/c Võ Văn Phúc – Bí thư chủ trì. Đ/c Lê Thị Bé Tư – thư ký."),
        P("Mở đầu, đồng chí Bí thư đọc lại Nghị quyết tháng 12/2024 của chi bộ và thông báo chi bộ được Đảng ủy xã "
          "công nhận hoàn thành tốt nhiệm vụ năm 2024."),
        P("Tình hình tháng 12: đã thăm, tặng 46 phần quà cho gia đình chính sách và hộ nghèo; lúa Đông Xuân tổ 6 "
          "xuống giống xong; chưa phát sinh vụ việc phức tạp về an ninh. Còn 02 hộ để rác tràn ra lộ, Ban nhân dân "
          "ấp đã nhắc."),
        P("Nhiệm vụ tháng 01 và Tết Ất Tỵ: giữ an ninh trật tự, không đốt pháo; phòng cháy trong nhà dân và vườn "
          "dừa mùa khô; đón tiếp chu đáo bà con đi làm ăn xa về quê ăn Tết; theo dõi độ mặn để đóng cống kịp thời."),
        P("Ý kiến: đ/c Lê Văn Út báo cáo Công an xã đã cấp phát tờ rơi cấm pháo, đề nghị tổ an ninh trực đêm giao "
          "thừa; đ/c Đặng Văn Ba đề nghị thăm thêm 02 cựu chiến binh đau ốm; đ/c Nguyễn Thị Thu Thủy xin chi bộ cho "
          "phụ nữ ấp tổ chức gói bánh tét tặng hộ nghèo."),
        P("Thay mặt chi ủy, đồng chí Bí thư kết luận: đồng ý các ý kiến; tháng 01 tập trung lo Tết cho dân, giữ an "
          "ninh, phòng cháy nổ; sau Tết ra quân trữ nước ngọt. Biểu quyết: nhất trí 19/19."),
        P("Giao đ/c Lê Văn Út trực cùng tổ an ninh trật tự trong những ngày Tết; đ/c Nguyễn Thị Thu Thủy vận động "
          "gói 50 đòn bánh tét tặng hộ nghèo trước 25/01/2025; đ/c Đặng Văn Ba đi thăm 02 hội viên cựu chiến binh "
          "đau ốm trong tháng 01."),
        P("Họp xong 21 giờ 00. Biên bản đọc lại, chi bộ thống nhất thông qua."),
        S(["Thư ký", "Lê Thị Bé Tư"], ["Chủ trì", "Võ Văn Phúc"]),
    ],
    "truth": minute(
        meeting("regular", "2025-01-07", "19:15", "21:00", "Nhà văn hóa ấp", A_CELL, A_COM),
        "Võ Văn Phúc", "Bí thư", "Lê Thị Bé Tư",
        att(24, 19, 3, 2, 1, 2, [("Phan Thị Kim Loan", "nằm viện", True),
                                 ("Nguyễn Văn Chín", "đi làm ăn ở Bình Dương, có báo", True),
                                 ("Huỳnh Văn Sáu", "không có lý do", False)]),
        True, [vote("Biểu quyết kết luận", 19)],
        [task("Lê Văn Út", "trực cùng tổ an ninh trật tự", "những ngày Tết"),
         task("Nguyễn Thị Thu Thủy", "vận động gói 50 đòn bánh tét tặng hộ nghèo", "25/01/2025"),
         task("Đặng Văn Ba", "đi thăm 02 hội viên cựu chiến binh đau ốm", "tháng 01")],
        ["low_attendance", "unexcused_absence"]),
}

A5 = {
    "blocks": [
        C("Biên bản sinh hoạt chi bộ tháng 3 năm 2025"),
        G(2),
        P("Thời gian: 19 giờ 00, ngày 05 tháng 3 năm 2025. Địa điểm: Nhà văn hóa ấp Phú Hữu."),
        P("Chủ trì: đ/c Võ Văn Phúc, Bí thư chi bộ. Thư ký: đ/c Nguyễn Thị Ngọc Hân (chi bộ cử thay đ/c Lê Thị Bé Tư "
          "đã chuyển sinh hoạt đảng tạm thời về Đảng bộ phường Phú Lợi, thành phố Thủ Dầu Một)."),
        P("Tổng số đảng viên: 23 đồng chí (giảm 01 do chuyển sinh hoạt tạm thời); miễn sinh hoạt 02; có mặt 20/21; "
          "vắng 01: đồng chí Nguyễn Văn Chín, đi làm ăn xa, có xin phép."),
        P("Chi bộ ghi nhận: tháng 02/2025 chi bộ không tổ chức sinh hoạt do trùng Tết Nguyên đán và đợt thu hoạch "
          "dừa, chi ủy đã báo cáo Đảng ủy xã."),
        P("Nội dung: Đồng chí Bí thư thông báo tình hình xâm nhập mặn: đầu tháng 3 độ mặn trên sông Hàm Luông đoạn "
          "qua xã đã lên 8 gam/lít, sớm hơn mọi năm; Ủy ban nhân dân xã cho đóng các cống đầu kênh. Ấp đã phát "
          "32 túi trữ nước cho hộ khó khăn. Dừa đang trái non, thiếu nước ngọt sẽ rụng nhiều."),
        P("Các đồng chí phát biểu: đồng chí Trần Văn Hùng đề nghị hướng dẫn bà con tủ gốc, tưới nhỏ giọt tiết kiệm "
          "nước; đồng chí Đặng Văn Ba phản ánh cống Cái Bông bị rò, nước mặn vô lúc triều lên; đồng chí Nguyễn Thị "
          "Ngọc Hân đề nghị Chi đoàn chở nước giúp người già neo đơn."),
        P("Đồng chí Bí thư kết luận: chống hạn mặn là việc số một trong tháng 3 và tháng 4; sửa ngay cống Cái Bông; "
          "không để hộ nào thiếu nước sinh hoạt; đảng viên làm trước cho bà con làm theo."),
        P("Phân công: đồng chí Trương Văn Mười báo cáo xã sửa cống Cái Bông trong tuần này; đồng chí Phạm Văn Lộc "
          "cùng Chi đoàn chở nước ngọt cho 07 hộ người già neo đơn mỗi tuần hai lần; đồng chí Trần Văn Hùng mời "
          "cán bộ nông nghiệp về hướng dẫn tưới tiết kiệm trước ngày 20/3/2025."),
        P("Biên bản đã được đọc lại và chi bộ thông qua lúc 21 giờ 05 phút."),
        S(["THƯ KÝ", "", "Nguyễn Thị Ngọc Hân"], ["BÍ THƯ", "", "Võ Văn Phúc"]),
        G(30),                  # the clerk left a blank gap before the next meeting
    ],
    "truth": minute(
        meeting("regular", "2025-03-05", "19:00", "21:05", "Nhà văn hóa ấp Phú Hữu", A_CELL, A_COM),
        "Võ Văn Phúc", "Bí thư chi bộ", "Nguyễn Thị Ngọc Hân",
        att(23, 20, 1, 1, 0, 2, [("Nguyễn Văn Chín", "đi làm ăn xa, có xin phép", True)]),
        True, [],
        [task("Trương Văn Mười", "báo cáo xã sửa cống Cái Bông", "tuần này"),
         task("Phạm Văn Lộc", "cùng Chi đoàn chở nước ngọt cho 07 hộ người già neo đơn", "mỗi tuần hai lần"),
         task("Trần Văn Hùng", "mời cán bộ nông nghiệp về hướng dẫn tưới tiết kiệm", "20/3/2025")],
        ["missing_vote"]),
}

A6 = {
    "blocks": [
        C("SINH HOẠT CHUYÊN ĐỀ"),
        C("QUÝ I NĂM 2025"),
        L("Chuyên đề: Đảng viên gương mẫu chung tay phòng, chống hạn mặn, giữ nước ngọt cho vườn dừa", italic=True),
        P("Bắt đầu lúc 14 giờ ngày 26/3/2025 tại Hợp tác xã dừa Phú Hữu. Có mặt 20 trên 21 đảng viên phải dự, 02 "
          "đồng chí miễn sinh hoạt; vắng 01: Phan Thị Kim Loan, đi tái khám ở bệnh viện tỉnh."),
        P("Khách mời: ông Lê Minh Triết, kỹ sư Trạm Trồng trọt và Bảo vệ thực vật huyện. Chủ trì: đồng chí Võ Văn "
          "Phúc, Bí thư chi bộ. Thư ký: đồng chí Nguyễn Thị Ngọc Hân."),
        P("Đồng chí Trần Văn Hùng trình bày chuyên đề gồm ba phần: tình hình hạn mặn năm 2025; trách nhiệm của đảng "
          "viên trong tuyên truyền, vận động; cách giữ nước ngọt cho vườn dừa (đắp bờ, tủ gốc, trữ nước mưa, không "
          "lấy nước kênh khi chưa đo độ mặn). Ông Lê Minh Triết hướng dẫn cách đo độ mặn bằng bút đo."),
        P("Thảo luận: đồng chí Huỳnh Thị Diễm hỏi nên bón phân gì cho dừa sau mặn; đồng chí Lê Văn Út đề nghị ấp mua "
          "thêm 02 bút đo độ mặn để ở trụ sở cho bà con mượn; đồng chí Võ Thị Mỹ Hạnh chia sẻ gia đình đã trữ được "
          "40 khối nước mưa trong ao bạt."),
        P("Đồng chí Bí thư kết luận: chi bộ tiếp thu nội dung chuyên đề; mỗi đảng viên là một tuyên truyền viên về "
          "chống hạn mặn; giữ vườn dừa là giữ sinh kế của ấp. Chi bộ nhất trí 100% với nội dung chuyên đề và kết "
          "luận."),
        P("Đề nghị mỗi đảng viên về nhà thực hiện ngay các biện pháp trữ nước, vận động ít nhất 03 hộ xung quanh "
          "làm theo; các đoàn thể đưa nội dung chuyên đề vào sinh hoạt hội."),
        P("Kết thúc lúc 15 giờ 20 phút. Biên bản đã được thông qua."),
        S(["THƯ KÝ", "", "Nguyễn Thị Ngọc Hân"], ["CHỦ TRÌ", "", "Võ Văn Phúc"]),
    ],
    "truth": minute(
        meeting("thematic", "2025-03-26", "14:00", "15:20", "Hợp tác xã dừa Phú Hữu", A_CELL, A_COM,
                topic="Đảng viên gương mẫu chung tay phòng, chống hạn mặn, giữ nước ngọt cho vườn dừa"),
        "Võ Văn Phúc", "Bí thư chi bộ", "Nguyễn Thị Ngọc Hân",
        att(23, 20, 1, 1, 0, 2, [("Phan Thị Kim Loan", "đi tái khám ở bệnh viện tỉnh", True)],
            [("Lê Minh Triết", "kỹ sư Trạm Trồng trọt và Bảo vệ thực vật huyện")]),
        True, [vote("Nhất trí với nội dung chuyên đề và kết luận", None, None, None, 100)],
        [],
        ["missing_assignments", "short_meeting"]),
}

A7 = {
    "blocks": [
        HD(["ĐẢNG ỦY XÃ TÂN LỢI", "CHI BỘ ẤP PHÚ HỮU", "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Lợi, ngày 06 tháng 5 năm 2025"]),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4/2025"),
        C("(Họp ngày 06/5/2025, lùi lịch do trùng dịp lễ 30/4 – 01/5)", bold=False, italic=True),
        G(3),
        L("1. Thời gian: từ 19 giờ 00 đến 21 giờ 00 ngày 06/5/2025."),
        L("2. Địa điểm: Nhà văn hóa ấp Phú Hữu."),
        L("3. Thành phần: Tổng số: 23; miễn: 02; phải dự: 21; có mặt: 19; vắng: 02 (đ/c Nguyễn Văn Chín – đi làm ăn "
          "xa, có báo; đ/c Huỳnh Văn Sáu – vắng không lý do)."),
        L("4. Chủ trì: đ/c Võ Văn Phúc – Bí thư chi bộ. Thư ký: đ/c Nguyễn Thị Ngọc Hân."),
        L("5. Nội dung:", bold=True),
        P("a) Đồng chí Bí thư phổ biến chủ trương sắp xếp đơn vị hành chính: không tổ chức cấp huyện, xã Tân Lợi "
          "dự kiến hợp nhất với hai xã lân cận thành xã Phước Long Hưng; tỉnh Bến Tre hợp nhất vào tỉnh Vĩnh Long. "
          "Đại hội chi bộ nhiệm kỳ 2025 – 2027 thực hiện theo hướng dẫn mới của Đảng ủy xã."),
        P("b) Kết quả tháng 3 và tháng 4: cống Cái Bông sửa xong ngày 10/3; không hộ nào thiếu nước sinh hoạt; "
          "năng suất dừa giảm khoảng 15%."),
        L("Biên bản sinh hoạt chi bộ tháng 3/2025 đã ghi 07 hộ người già neo đơn được chở nước, nay Chi đoàn duy "
          "trì đều, bà con rất phấn khởi."),
        P("c) Nhiệm vụ tháng 5: chuẩn bị bàn giao hồ sơ ấp khi hợp nhất xã; phòng chống dịch tay chân miệng, sốt "
          "xuất huyết đầu mùa mưa; thu đảng phí quý II."),
        P("d) Ý kiến: đồng chí Trương Văn Mười đề nghị các đảng viên kiểm tra lại thông tin trên căn cước để kịp "
          "cập nhật địa chỉ mới; đồng chí Võ Thị Mỹ Hạnh hỏi việc nộp đảng phí khi đổi tên xã, đồng chí Bí thư trả "
          "lời vẫn nộp tại chi bộ như cũ."),
        P("đ) Kết luận: đồng chí Bí thư kết luận, chi bộ giữ ổn định tư tưởng trong đảng viên và nhân dân khi sắp "
          "xếp xã; không để gián đoạn công việc của ấp; tiếp tục theo dõi đảng viên vắng sinh hoạt nhiều lần."),
        P("e) Biểu quyết: tán thành 19/19; không tán thành 0."),
        P("g) Phân công: đ/c Trương Văn Mười cùng Ban nhân dân ấp rà soát, sắp xếp hồ sơ ấp trước 30/6/2025; đ/c "
          "Huỳnh Thị Diễm thu đảng phí quý II, nộp Đảng ủy xã trước ngày 25/6/2025; đ/c Trương Văn Mười gặp riêng "
          "đồng chí Huỳnh Văn Sáu nhắc nhở trong tháng 5."),
        P("Biên bản kết thúc 21 giờ 00, đã đọc cho chi bộ nghe và thông qua."),
        S(["THƯ KÝ", "", "Nguyễn Thị Ngọc Hân"], ["T/M CHI BỘ", "BÍ THƯ", "", "Võ Văn Phúc"]),
    ],
    "truth": minute(
        meeting("regular", "2025-05-06", "19:00", "21:00", "Nhà văn hóa ấp Phú Hữu", A_CELL, A_COM, month=4),
        "Võ Văn Phúc", "Bí thư chi bộ", "Nguyễn Thị Ngọc Hân",
        att(23, 19, 2, 1, 1, 2, [("Nguyễn Văn Chín", "đi làm ăn xa, có báo", True),
                                 ("Huỳnh Văn Sáu", "vắng không lý do", False)]),
        True, [vote("Biểu quyết kết luận", 19, 0)],
        [task("Trương Văn Mười", "cùng Ban nhân dân ấp rà soát, sắp xếp hồ sơ ấp", "30/6/2025"),
         task("Huỳnh Thị Diễm", "thu đảng phí quý II, nộp Đảng ủy xã", "25/6/2025"),
         task("Trương Văn Mười", "gặp riêng đồng chí Huỳnh Văn Sáu nhắc nhở", "tháng 5")],
        ["unexcused_absence"]),
}

A8 = {
    "blocks": [
        C("BIÊN BẢN HỌP CHI BỘ NGÀY 27/5/2025 (THÁNG 5)"),
        G(2),
        P("Vào lúc 19 giờ ngày 27/5/2025, tại Nhà văn hóa ấp Phú Hữu, chi bộ họp thường kỳ tháng 5."),
        P("Có mặt đủ 21/21 đảng viên phải dự (02 đồng chí miễn sinh hoạt). Đồng chí Võ Văn Phúc, Bí thư chi bộ chủ "
          "trì; đồng chí Nguyễn Thị Ngọc Hân làm thư ký."),
        P("Đồng chí Phó Bí thư báo cáo: hồ sơ ấp đã rà soát được 70%; thu đảng phí quý II đạt 18/21 đồng chí; ấp ghi "
          "nhận 03 ca sốt xuất huyết ở tổ 4, Trạm Y tế đã phun thuốc. Tháng 6: phòng chống đuối nước cho trẻ em "
          "trong dịp hè; tổ chức sinh hoạt hè cho thiếu nhi; hoàn thành hồ sơ bàn giao khi hợp nhất xã."),
        P("Chi bộ thảo luận, thống nhất với báo cáo của chi ủy, không có ý kiến khác."),
        P("Đồng chí Bí thư kết luận: tháng 6 ưu tiên an toàn cho trẻ em trong hè, không để xảy ra đuối nước; giữ "
          "nề nếp sinh hoạt chi bộ trong thời gian sắp xếp lại xã. Biểu quyết: 21/21 tán thành (100%)."),
        L("Phân công:"),
        L("- Đ/c Phạm Văn Lộc: mở lớp dạy bơi cho thiếu nhi tại ao nhà văn hóa ấp, xong trong tháng 6/2025."),
        L("- Đ/c Nguyễn Thị Thu Thủy: vận động phụ huynh trông giữ trẻ, không cho trẻ tắm sông một mình, hằng "
          "tuần."),
        L("- Đ/c Huỳnh Thị Diễm: thu nốt đảng phí của 03 đồng chí còn lại trước ngày 10/6/2025."),
        P("Cuộc họp kết thúc lúc 20 giờ 45 phút."),
        S(["THƯ KÝ", "", "Nguyễn Thị Ngọc Hân"], ["BÍ THƯ", "", "Võ Văn Phúc"]),
    ],
    "truth": minute(
        meeting("regular", "2025-05-27", "19:00", "20:45", "Nhà văn hóa ấp Phú Hữu", A_CELL, A_COM),
        "Võ Văn Phúc", "Bí thư chi bộ", "Nguyễn Thị Ngọc Hân",
        att(23, 21, 0, 0, 0, 2),
        True, [vote("Biểu quyết kết luận", 21, None, None, 100)],
        [task("Phạm Văn Lộc", "mở lớp dạy bơi cho thiếu nhi tại ao nhà văn hóa ấp", "tháng 6/2025"),
         task("Nguyễn Thị Thu Thủy", "vận động phụ huynh trông giữ trẻ, không cho trẻ tắm sông một mình",
              "hằng tuần"),
         task("Huỳnh Thị Diễm", "thu nốt đảng phí của 03 đồng chí còn lại", "10/6/2025")],
        ["no_discussion", "not_approved"]),
}

A9 = {
    "blocks": [
        C("HỘI NGHỊ CHI BỘ THÁNG 6/2025"),
        L("Kết hợp sinh hoạt chuyên đề quý II: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về "
          "thực hành tiết kiệm, chống lãng phí", italic=True),
        P("Thời gian: 19h00 – 20h45, ngày 10/6/2025. Tại: Nhà văn hóa ấp Phú Hữu."),
        P("Số đảng viên tham dự 19/21 (miễn sinh hoạt 02); vắng 02 đồng chí, có danh sách kèm theo."),
        P("Chủ tọa: đ/c Võ Văn Phúc, Bí thư chi bộ; thư ký: đ/c Nguyễn Thị Ngọc Hân."),
        P("Phần thường kỳ: đồng chí Phó Bí thư báo cáo lớp dạy bơi đã mở với 42 em; 03 đồng chí đã nộp đảng phí; hồ "
          "sơ ấp đã sắp xếp xong, chờ bàn giao. Tháng 7 ổn định tổ chức theo xã mới, tiếp tục phòng chống sốt xuất "
          "huyết, chăm sóc dừa sau mặn."),
        P("Phần chuyên đề: đồng chí Võ Thị Mỹ Hạnh trình bày, liên hệ việc tiết kiệm trong đám tiệc, ma chay ở ấp: "
          "có đám tiệc kéo dài hai, ba ngày, tốn kém. Đồng chí Đặng Văn Ba đề nghị đảng viên làm đám gọn, không "
          "mở nhạc quá 22 giờ. Đồng chí Lê Văn Út nêu tình trạng để đèn, máy bơm chạy suốt đêm ở nhà văn hóa."),
        P("Kết luận: đồng chí chủ tọa kết luận thống nhất các nội dung; mỗi đảng viên đăng ký một việc làm tiết "
          "kiệm cụ thể; đám tiệc của gia đình đảng viên tổ chức gọn trong một ngày."),
        P("Biểu quyết: 19/19 đồng chí tán thành."),
        P("Phân công: đồng chí Lê Văn Út quản lý điện, máy bơm ở nhà văn hóa ấp, thường xuyên; đồng chí Võ Thị Mỹ "
          "Hạnh tổng hợp bản đăng ký việc làm tiết kiệm của đảng viên, nộp chi ủy trước ngày 30/6/2025."),
        P("Hội nghị kết thúc lúc 20 giờ 45 phút. Biên bản được thông qua trước hội nghị."),
        S(["THƯ KÝ", "", "Nguyễn Thị Ngọc Hân"], ["CHỦ TỌA", "", "Võ Văn Phúc"]),
        G(6),
        C("DANH SÁCH ĐẢNG VIÊN VẮNG MẶT"),
        C("(Kèm theo biên bản hội nghị chi bộ ngày 10/6/2025)", bold=False, italic=True),
        T([(0.09, "TT", "c"), (0.46, "Họ và tên", "l"), (0.45, "Lý do", "l")],
          [["1", "Phan Thị Kim Loan", "Đang điều trị bệnh"], ["2", "Đoàn Văn Tám", "Không lý do"]]),
    ],
    "truth": minute(
        meeting("regular", "2025-06-10", "19:00", "20:45", "Nhà văn hóa ấp Phú Hữu", A_CELL, A_COM,
                topic="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết kiệm, "
                      "chống lãng phí"),
        "Võ Văn Phúc", "Bí thư chi bộ", "Nguyễn Thị Ngọc Hân",
        att(23, 19, 2, 1, 1, 2, [("Phan Thị Kim Loan", "Đang điều trị bệnh", True),
                                 ("Đoàn Văn Tám", "Không lý do", False)]),
        True, [vote("Biểu quyết kết luận", 19)],
        [task("Lê Văn Út", "quản lý điện, máy bơm ở nhà văn hóa ấp", "thường xuyên"),
         task("Võ Thị Mỹ Hạnh", "tổng hợp bản đăng ký việc làm tiết kiệm của đảng viên, nộp chi ủy", "30/6/2025")],
        ["short_meeting", "unexcused_absence"]),
}

A10 = {
    "blocks": [
        HD(["ĐẢNG BỘ TỈNH VĨNH LONG", "ĐẢNG ỦY XÃ PHƯỚC LONG HƯNG", "CHI BỘ ẤP PHÚ HỮU"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Long Hưng, ngày 08 tháng 7 năm 2025"], bold_left=(1, 2)),
        C("BIÊN BẢN SINH HOẠT CHI BỘ"),
        C("Tháng 7 năm 2025"),
        G(3),
        P("Hôm nay, ngày 08/7/2025, từ 19 giờ đến 21 giờ 10 phút, tại Nhà văn hóa ấp Phú Hữu, chi bộ sinh hoạt "
          "thường kỳ tháng 7, kỳ sinh hoạt đầu tiên từ khi xã Tân Lợi hợp nhất vào xã Phước Long Hưng (ngày "
          "01/7/2025)."),
        P("Đảng viên của chi bộ: 23 đồng chí, miễn sinh hoạt 02, có mặt 20, vắng 01 (đồng chí Phan Thị Kim Loan, "
          "còn điều trị bệnh). Dự họp có đồng chí Lâm Thị Cẩm Tú, chuyên viên Ban Xây dựng Đảng Đảng ủy xã. Chủ "
          "trì: đ/c Võ Văn Phúc – Bí thư chi bộ; thư ký: đ/c Nguyễn Thị Ngọc Hân."),
        P("Đồng chí Lâm Thị Cẩm Tú thông báo quyết định thành lập Đảng bộ xã Phước Long Hưng; các chi bộ ấp giữ "
          "nguyên tên gọi, sinh hoạt theo lịch cũ; hồ sơ đảng viên chuyển về Văn phòng Đảng ủy xã mới; thủ tục "
          "hành chính của dân làm tại Trung tâm phục vụ hành chính công xã."),
        P("Đồng chí Phó Bí thư báo cáo tình hình tháng 6 và dự kiến nhiệm vụ tháng 7: hướng dẫn bà con làm thủ tục ở "
          "trung tâm hành chính công mới; tổ chức ngày Thương binh – Liệt sĩ 27/7; chăm sóc dừa, tiếp tục phòng "
          "chống sốt xuất huyết."),
        P("Ý kiến: đồng chí Nguyễn Văn Chín phản ánh trụ sở xã mới cách ấp hơn 12 cây số, người già đi lại khó; "
          "đồng chí Phạm Văn Lộc đề nghị Chi đoàn lập tổ hỗ trợ làm thủ tục trên điện thoại; đồng chí Huỳnh Văn Sáu "
          "xin nhận chở bà con lớn tuổi lên xã khi cần."),
        P("Chi bộ biểu quyết thông qua phương hướng tháng 7: 20/20 đồng chí tán thành."),
        P("Phân công: đồng chí Phạm Văn Lộc lập tổ thanh niên hỗ trợ dịch vụ công trực tuyến cho bà con, trong "
          "tháng 7/2025; đồng chí Đặng Văn Ba phối hợp Ban nhân dân ấp tổ chức thăm các gia đình thương binh, liệt "
          "sĩ trước ngày 27/7/2025."),
        P("Đồng chí Bí thư cảm ơn đồng chí cán bộ Đảng ủy xã đã về dự, cảm ơn các đồng chí đảng viên và tuyên bố "
          "bế mạc lúc 21 giờ 10 phút. Biên bản đã thông qua tại cuộc họp."),
        S(["THƯ KÝ", "", "Nguyễn Thị Ngọc Hân"], ["T/M CHI BỘ", "BÍ THƯ", "", "Võ Văn Phúc"]),
    ],
    "truth": minute(
        meeting("regular", "2025-07-08", "19:00", "21:10", "Nhà văn hóa ấp Phú Hữu", A_CELL, A_COM2),
        "Võ Văn Phúc", "Bí thư chi bộ", "Nguyễn Thị Ngọc Hân",
        att(23, 20, 1, 1, 0, 2, [("Phan Thị Kim Loan", "còn điều trị bệnh", True)],
            [("Lâm Thị Cẩm Tú", "chuyên viên Ban Xây dựng Đảng Đảng ủy xã")]),
        False, [vote("Thông qua phương hướng tháng 7", 20)],
        [task("Phạm Văn Lộc", "lập tổ thanh niên hỗ trợ dịch vụ công trực tuyến cho bà con", "tháng 7/2025"),
         task("Đặng Văn Ba", "phối hợp Ban nhân dân ấp tổ chức thăm các gia đình thương binh, liệt sĩ",
              "27/7/2025")],
        ["missing_conclusion"]),
}

DOCS.append({
    "name": "w01-bentre-hamlet-book-oct2024-jul2025", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 26, "spacing": 1.3, "para_gap": 2,
              "head": "Sổ ghi biên bản – Chi bộ ấp Phú Hữu", "foot": "Trang {n}"},
    "between": 22,
    "minutes": [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10],
    "flags": ["missing_month", "repeated_absence"],
})


# =================================================================================================
# w02 — minute book of a coffee-team cell of a state coffee company in Đắk Lắk, Jul – Dec 2022: six minutes,
# a change of clerk in October.
# =================================================================================================

B_CELL = "CHI BỘ ĐỘI SẢN XUẤT SỐ 3"
B_COM = "ĐẢNG BỘ CÔNG TY TNHH MTV CÀ PHÊ EA KMAR"

B1 = {
    "blocks": [
        HD(["ĐẢNG BỘ CÔNG TY TNHH MTV", "CÀ PHÊ EA KMAR", "CHI BỘ ĐỘI SẢN XUẤT SỐ 3", "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Kmar, ngày 05 tháng 7 năm 2022"], bold_left=(2,)),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"),
        C("Tháng 7 năm 2022"),
        G(4),
        L("1- Thời gian: bắt đầu 14 giờ 00, ngày 05/7/2022."),
        L("2- Địa điểm: Hội trường Đội sản xuất số 3."),
        L("3- Thành phần: đảng viên của chi bộ 18 đồng chí; miễn sinh hoạt 01 (đ/c Nguyễn Văn Thành); có mặt "
          "16/17; vắng 01: đ/c H'Nga Mlô – nghỉ thai sản."),
        L("4- Chủ trì: đ/c Y Khuê Niê – Bí thư chi bộ, Đội trưởng. Thư ký: đ/c Lê Quang Vinh."),
        L("5- Nội dung:"),
        P("a/ Thông tin: Công ty triển khai kế hoạch tái canh 45 ha cà phê già cỗi trong 2 năm; Đảng ủy Công ty "
          "quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XIII về đất đai; giá cà phê nhân xô cuối tháng 6 "
          "khoảng 41.000 đồng/kg."),
        P("b/ Kết quả tháng 6: bón phân đợt 1 xong 100% diện tích 126 ha; trồng dặm 1.800 cây; xảy ra 02 vụ mất "
          "trộm ống tưới ở lô 7. Hạn chế: 04 hộ nhận khoán làm cỏ bồn chậm; 01 công nhân bị ong đốt phải đi viện "
          "vì không mang đồ bảo hộ."),
        P("c/ Nhiệm vụ tháng 7: bón phân đợt 2 khi đất đủ ẩm; phòng trừ rệp sáp, bệnh khô cành; phát chồi vượt; "
          "sửa đường lô trước mùa mưa lớn; kiểm tra an toàn lao động."),
        P("d/ Thảo luận: Đ/c Nguyễn Đình Tuấn (kỹ thuật viên): lô 4 và lô 9 chớm có rệp sáp ở chùm quả, cần phun "
          "cục bộ ngay. Đ/c H'Liên Byă: đề nghị Đội ứng trước phân bón cho 06 hộ đồng bào khó khăn, trừ vào sản "
          "phẩm cuối vụ. Đ/c Phạm Văn Dũng: tổ bảo vệ thiếu người trực đêm ở lô 7."),
        P("đ/ Kết luận: Đ/c Bí thư kết luận: thống nhất nhiệm vụ tháng 7 như dự thảo; ưu tiên chặn rệp sáp không "
          "để lây lan; đồng ý đề xuất ứng phân cho hộ khó khăn; đảng viên là tổ trưởng phải kiểm tra bảo hộ lao "
          "động hằng ngày."),
        P("Biểu quyết: tán thành 16/16, đạt 100%; không tán thành: 0."),
        P("e/ Phân công: đ/c Nguyễn Đình Tuấn hướng dẫn các hộ nhận khoán phun trừ rệp sáp lô 4, lô 9 trước ngày "
          "15/7/2022; đ/c Trần Thị Hồng Nhung làm tờ trình Công ty ứng phân bón cho 06 hộ đồng bào khó khăn trong "
          "tháng 7; đ/c Phạm Văn Dũng và đ/c Y Phi Kbuôr bố trí người trực đêm ở lô 7, hằng đêm."),
        P("Kết thúc lúc 16 giờ 05 phút. Biên bản đọc lại, chi bộ nhất trí thông qua."),
        S(["THƯ KÝ", "", "Lê Quang Vinh"], ["BÍ THƯ", "", "Y Khuê Niê"]),
    ],
    "truth": minute(
        meeting("regular", "2022-07-05", "14:00", "16:05", "Hội trường Đội sản xuất số 3", B_CELL, B_COM),
        "Y Khuê Niê", "Bí thư chi bộ", "Lê Quang Vinh",
        att(18, 16, 1, 1, 0, 1, [("H'Nga Mlô", "nghỉ thai sản", True)]),
        True, [vote("Thông qua nhiệm vụ tháng 7", 16, 0, None, 100)],
        [task("Nguyễn Đình Tuấn", "hướng dẫn các hộ nhận khoán phun trừ rệp sáp lô 4, lô 9", "15/7/2022"),
         task("Trần Thị Hồng Nhung", "làm tờ trình Công ty ứng phân bón cho 06 hộ đồng bào khó khăn", "tháng 7"),
         task("Phạm Văn Dũng", "bố trí người trực đêm ở lô 7", "hằng đêm"),
         task("Y Phi Kbuôr", "bố trí người trực đêm ở lô 7", "hằng đêm")],
        []),
}

B2 = {
    "blocks": [
        C("SINH HOẠT CHI BỘ THÁNG 8/2022"),
        G(2),
        L("Ngày 09/8/2022, 14 giờ 00, tại Hội trường Đội 3."),
        L("Dự: 15/17 đồng chí (miễn sinh hoạt 01). Vắng: đ/c H'Nga Mlô (nghỉ thai sản), đ/c Y Bhin Êban (không lý "
          "do)."),
        L("Chủ trì: đ/c Y Khuê Niê – Bí thư chi bộ. Thư ký: đ/c Lê Quang Vinh."),
        P("Đồng chí Phó Bí thư Trần Thị Hồng Nhung báo cáo tháng 7: rệp sáp lô 4, lô 9 đã khống chế; bón phân đợt 2 "
          "đạt 80%, còn lô 11 đất dốc chưa bón do mưa lớn xói; Công ty đã duyệt ứng phân cho 06 hộ; lô 7 không còn "
          "mất trộm."),
        P("Tháng 8: bón xong phân đợt 2; làm cỏ, tủ gốc; khơi rãnh thoát nước lô dốc; chuẩn bị sân phơi, bạt, kho "
          "cho vụ thu hoạch; vận động con em công nhân đi học lại đúng ngày tựu trường."),
        P("Ý kiến: đ/c Hoàng Văn Quý nói sân phơi số 2 nứt nhiều, cần láng lại; đ/c Vũ Thị Lan cho biết 03 cháu con "
          "công nhân lô 11 năm nay chưa có tiền mua sách vở; đ/c Y Phi Kbuôr đề nghị Chi đoàn tổ chức quyên góp "
          "sách cũ."),
        P("Đồng chí Bí thư kết luận: đồng ý các ý kiến; làm xong bón phân trong tháng; chi bộ sẽ báo cáo Công ty "
          "sửa sân phơi; quan tâm con em công nhân khó khăn. Chi bộ biểu quyết 15/15 tán thành."),
        P("Chi bộ đề nghị các đồng chí đảng viên gương mẫu hoàn thành phần việc của gia đình mình, mỗi tổ sản xuất "
          "tự kiểm tra lô của tổ."),
        P("Họp xong 15 giờ 45 phút, biên bản đã thông qua."),
        S(["THƯ KÝ", "", "Lê Quang Vinh"], ["BÍ THƯ", "", "Y Khuê Niê"]),
    ],
    "truth": minute(
        meeting("regular", "2022-08-09", "14:00", "15:45", "Hội trường Đội 3", B_CELL, B_COM),
        "Y Khuê Niê", "Bí thư chi bộ", "Lê Quang Vinh",
        att(18, 15, 2, 1, 1, 1, [("H'Nga Mlô", "nghỉ thai sản", True), ("Y Bhin Êban", "không lý do", False)]),
        True, [vote("Biểu quyết kết luận", 15)],
        [],
        ["low_attendance", "missing_assignments", "unexcused_absence"]),
}

B3 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9 NĂM 2022"),
        C("(Họp ngày 04/10/2022 – lùi lịch vì cuối tháng 9 toàn đội tập trung dập rệp sáp)", bold=False,
          italic=True),
        G(2),
        L("Thời gian: 7 giờ 30 đến 8 giờ 45. Địa điểm: Hội trường Đội sản xuất số 3."),
        L("Có mặt 16/17 (01 miễn sinh hoạt). Vắng: đ/c H'Nga Mlô, nghỉ thai sản."),
        L("Chủ trì: đ/c Y Khuê Niê, Bí thư chi bộ. Thư ký: đ/c Lê Quang Vinh."),
        P("Nội dung: rệp sáp bùng phát cuối tháng 9 ở lô 2, lô 3 do nắng xen mưa; Đội đã huy động 40 công nhân phun "
          "trong 5 ngày, đến nay cơ bản khống chế. Dự kiến thu hoạch rải rác từ 20/10, rộ từ giữa tháng 11. Sản "
          "lượng ước 3,1 tấn nhân/ha."),
        P("Thảo luân: đ/c Nguyễn Đình Tuấn lưu ý không hái quả xanh, tỷ lệ chín phải trên 90%; đ/c Phạm Văn Dũng "
          "đề nghị mỗi tổ cử người trực rẫy ban đêm khi cà phê chín; đ/c Trịnh Xuân Bắc xin Công ty sớm chi lương "
          "tháng 9 cho công nhân."),
        P("Kết luận của đồng chí Bí thư: chi bộ tập trung chuẩn bị thu hoạch, làm đúng quy trình hái chín; tổ bảo "
          "vệ lên phương án bảo vệ từ đầu tháng 10; chi ủy làm việc với Công ty về lương. Biểu quyết: 16/16."),
        P("Phân công: đ/c Phạm Văn Dũng lập phương án bảo vệ mùa thu hoạch, trình chi ủy trước ngày 15/10/2022; "
          "đ/c Nguyễn Đình Tuấn tập huấn hái chín cho các tổ trong tuần sau."),
        P("Biên bản được thông qua lúc 8 giờ 45 phút."),
        S(["THƯ KÝ", "", "Lê Quang Vinh"], ["BÍ THƯ", "", "Y Khuê Niê"]),
    ],
    "truth": minute(
        meeting("regular", "2022-10-04", "07:30", "08:45", "Hội trường Đội sản xuất số 3", B_CELL, B_COM, month=9),
        "Y Khuê Niê", "Bí thư chi bộ", "Lê Quang Vinh",
        att(18, 16, 1, 1, 0, 1, [("H'Nga Mlô", "nghỉ thai sản", True)]),
        True, [vote("Biểu quyết kết luận", 16)],
        [task("Phạm Văn Dũng", "lập phương án bảo vệ mùa thu hoạch, trình chi ủy", "15/10/2022"),
         task("Nguyễn Đình Tuấn", "tập huấn hái chín cho các tổ", "tuần sau")],
        ["short_meeting"]),
}

B4 = {
    "blocks": [
        C("HỌP CHI BỘ THÁNG 10/2022"),
        C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV"),
        L("Chuyên đề: Tăng cường bảo vệ vườn cây, phòng chống trộm cắp cà phê trong mùa thu hoạch", bold=True),
        G(2),
        L("- Thời gian: từ 13 giờ 30 đến 15 giờ 30, ngày 25/10/2022."),
        L("- Địa điểm: Hội trường Đội sản xuất số 3."),
        L("- Đảng viên: 17 đồng chí (đ/c Lê Quang Vinh đã chuyển sang Đội 5), miễn sinh hoạt 01; có mặt 16/16."),
        L("- Chủ trì: đ/c Y Khuê Niê, Bí thư chi bộ."),
        L("- Chi bộ thống nhất cử đ/c H'Liên Byă làm thư ký thay đ/c Lê Quang Vinh được Công ty điều động sang Đội 5 "
          "từ ngày 10/10/2022."),
        H("I. Phần thường kỳ"),
        P("Tháng 10 đã hái rải rác được 38 tấn quả tươi; phương án bảo vệ đã duyệt, chia 4 chốt trực; lương tháng "
          "9 Công ty đã chi đủ. Tồn tại: còn hái lẫn quả xanh ở tổ 2; xảy ra 01 vụ mất khoảng 200 kg quả tươi ở lô "
          "12 ban đêm."),
        H("II. Phần chuyên đề"),
        P("Đ/c Phạm Văn Dũng, Tổ trưởng tổ bảo vệ, trình bày chuyên đề: tình hình trộm cắp cà phê ở địa bàn các năm; "
          "thủ đoạn hái trộm ban đêm, thu mua không rõ nguồn gốc; trách nhiệm của đảng viên trong vận động công "
          "nhân, đồng bào tham gia giữ vườn."),
        P("Các ý kiến: đ/c H'Nga Mlô đề nghị phối hợp già làng buôn Ea Mar vận động thanh niên trong buôn không đi "
          "hái trộm; đ/c Nông Văn Sinh đề nghị lắp thêm đèn ở chốt lô 12; đ/c Trịnh Xuân Bắc nêu một số điểm thu mua "
          "cà phê ven đường không rõ nguồn gốc, cần báo Công an xã."),
        P("Đ/c Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề và các giải pháp; mỗi đảng viên phụ trách vận "
          "động các hộ quanh lô mình ở; tổ bảo vệ trực 24/24 giờ đến hết vụ; phối hợp Công an xã kiểm tra các điểm "
          "thu mua."),
        P("Chi bộ biểu quyết: 16/16 đồng chí tán thành (100%)."),
        P("Phân công: đ/c Nông Văn Sinh lắp đèn chiếu sáng chốt lô 12 trước ngày 30/10/2022; đ/c H'Nga Mlô phối hợp "
          "già làng buôn Ea Mar vận động thanh niên trong buôn, trong tháng 11; đ/c Trịnh Xuân Bắc cùng tổ bảo vệ "
          "báo Công an xã về các điểm thu mua, ngay trong tuần này."),
        P("Hội nghị kết thúc 15 giờ 30. Biên bản đã đọc lại, nhất trí thông qua."),
        S(["THƯ KÝ", "", "H'Liên Byă"], ["T/M CHI BỘ", "BÍ THƯ", "", "Y Khuê Niê"]),
    ],
    "truth": minute(
        meeting("regular", "2022-10-25", "13:30", "15:30", "Hội trường Đội sản xuất số 3", B_CELL, B_COM,
                topic="Tăng cường bảo vệ vườn cây, phòng chống trộm cắp cà phê trong mùa thu hoạch"),
        "Y Khuê Niê", "Bí thư chi bộ", "H'Liên Byă",
        att(17, 16, 0, 0, 0, 1),
        True, [vote("Biểu quyết nội dung chuyên đề và kết luận", 16, None, None, 100)],
        [task("Nông Văn Sinh", "lắp đèn chiếu sáng chốt lô 12", "30/10/2022"),
         task("H'Nga Mlô", "phối hợp già làng buôn Ea Mar vận động thanh niên trong buôn", "tháng 11"),
         task("Trịnh Xuân Bắc", "cùng tổ bảo vệ báo Công an xã về các điểm thu mua", "tuần này")],
        []),
}

B5 = {
    "blocks": [
        C("Kỳ họp tháng 11/2022"),
        G(2),
        P("Hôm nay ngày 15/11/2022, lúc 18 giờ 30, tại nhà kho Đội 3, chi bộ họp thường kỳ (họp buổi tối vì ban "
          "ngày đang thu hoạch rộ)."),
        P("Có mặt 13/16 đảng viên phải dự (01 đồng chí miễn sinh hoạt). Vắng 03: đ/c Đinh Thị Hoa (ốm), "
          "đ/c Hoàng Văn Quý (đi tập huấn tại Công "
          "ty), đ/c Y Bhin Êban (không có lý do)."),
        P("Chủ trì: đồng chí Y Khuê Niê – Bí thư chi bộ. Thư ký: đồng chí H'Liên Byă."),
        P("Tình hình: đến 14/11 đã thu hoạch 61% diện tích, năng suất ước đạt kế hoạch; giá thu mua quả tươi tăng "
          "nhẹ; trong tháng có 02 vụ hái trộm, bắt được 01 vụ, đã giao Công an xã. Việc lắp đèn chốt lô 12 đã "
          "xong."),
        P("Ý kiến: đ/c Phạm Văn Dũng đề nghị Công ty hỗ trợ tiền trực đêm cho tổ bảo vệ; đ/c Vũ Thị Lan phản ánh "
          "công nhân thuê ngoài ở lán tạm thiếu nước sạch; đ/c H'Liên Byă đề nghị nhắc nhở đ/c Y Bhin Êban vì đã "
          "vắng hai kỳ không lý do."),
        P("Đồng chí Bí thư kết luận: tập trung thu hoạch dứt điểm trước 15/12; giữ an ninh vườn cây; lo chỗ ở, "
          "nước sạch cho công nhân thuê ngoài; chi ủy sẽ gặp đ/c Y Bhin Êban."),
        P("Giao nhiệm vụ: đ/c Trần Thị Hồng Nhung làm việc với phòng Tổ chức Công ty về tiền trực đêm, trong tháng "
          "11; đ/c Vũ Thị Lan cùng công đoàn đội kéo nước về lán tạm trước 20/11; đ/c Y Khuê Niê gặp đ/c Y Bhin "
          "Êban trước kỳ họp tháng 12."),
        P("Họp kết thúc lúc 20 giờ 15 phút. Biên bản đọc lại, mọi người nhất trí."),
        S(["THƯ KÝ", "", "H'Liên Byă"], ["BÍ THƯ", "", "Y Khuê Niê"]),
    ],
    "truth": minute(
        meeting("regular", "2022-11-15", "18:30", "20:15", "nhà kho Đội 3", B_CELL, B_COM),
        "Y Khuê Niê", "Bí thư chi bộ", "H'Liên Byă",
        att(17, 13, 3, 2, 1, 1, [("Đinh Thị Hoa", "ốm", True),
                                 ("Hoàng Văn Quý", "đi tập huấn tại Công ty", True),
                                 ("Y Bhin Êban", "không có lý do", False)]),
        True, [],
        [task("Trần Thị Hồng Nhung", "làm việc với phòng Tổ chức Công ty về tiền trực đêm", "tháng 11"),
         task("Vũ Thị Lan", "cùng công đoàn đội kéo nước về lán tạm", "20/11"),
         task("Y Khuê Niê", "gặp đ/c Y Bhin Êban", "kỳ họp tháng 12")],
        ["low_attendance", "missing_vote", "unexcused_absence"]),
}

B6 = {
    "blocks": [
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 12/2022"),
        C("(Tổng kết công tác năm 2022)", bold=False, italic=True),
        G(2),
        P("Thời gian: 14 giờ 00 đến 16 giờ 30 ngày 20/12/2022. Địa điểm: Hội trường Đội sản xuất số 3."),
        P("Đảng viên dự họp: 16/16 (miễn sinh hoạt 01). Chủ trì: đồng chí Y Khuê Niê – Bí thư chi bộ. Thư ký: "
          "đồng chí H'Liên Byă. Dự có đồng chí Lương Văn Khải, Phó Bí thư Đảng ủy Công ty."),
        P("Đồng chí Phó Bí thư đọc báo cáo tổng kết năm 2022: thu hoạch xong ngày 12/12, sản lượng 392 tấn nhân, "
          "vượt 3% kế hoạch; thu nhập bình quân công nhân 7,2 triệu đồng/tháng; bảo vệ vườn cây tốt hơn năm "
          "trước; 01 quần chúng được chi bộ giới thiệu học lớp nhận thức về Đảng. Tồn tại: còn đảng viên vắng sinh "
          "hoạt không lý do; sinh hoạt chuyên đề quý III chưa tổ chức được."),
        P("Chi bộ thảo luận, thống nhất với báo cáo."),
        P("Đồng chí Lương Văn Khải biểu dương kết quả sản xuất, đề nghị chi bộ khắc phục việc bỏ sinh hoạt chuyên "
          "đề và chuẩn bị tốt tái canh năm 2023."),
        P("Đồng chí Bí thư kết luận: chi bộ tiếp thu ý kiến của Đảng ủy Công ty; năm 2023 sinh hoạt chuyên đề đủ "
          "mỗi quý; tập trung tái canh 20 ha đợt 1; làm tốt công tác phát triển đảng viên trong công nhân là người "
          "đồng bào. Biểu quyết thông qua báo cáo và kết luận: 16/16 đồng chí tán thành."),
        P("Phân công: đ/c Nguyễn Đình Tuấn lập kế hoạch tái canh 20 ha đợt 1, trình Đội trước 10/01/2023; đ/c Y Phi "
          "Kbuôr theo dõi, giúp đỡ quần chúng Y Dhăm Niê học lớp nhận thức về Đảng, trong quý I/2023."),
        P("Kết thúc 16 giờ 30. Biên bản đã thông qua."),
        S(["THƯ KÝ", "", "H'Liên Byă"], ["T/M CHI BỘ", "BÍ THƯ", "", "Y Khuê Niê"]),
        G(8),
        C("THÔNG BÁO"),
        P("Chi ủy thông báo: kỳ sinh hoạt chi bộ tháng 01/2023 tổ chức lúc 14 giờ ngày 05/01/2023 tại Hội trường Đội; "
          "đề nghị các đồng chí đảng viên dự đầy đủ, đóng đảng phí quý IV trước ngày họp.", italic=True),
    ],
    "truth": minute(
        meeting("regular", "2022-12-20", "14:00", "16:30", "Hội trường Đội sản xuất số 3", B_CELL, B_COM),
        "Y Khuê Niê", "Bí thư chi bộ", "H'Liên Byă",
        att(17, 16, 0, 0, 0, 1, guests=[("Lương Văn Khải", "Phó Bí thư Đảng ủy Công ty")]),
        True, [vote("Thông qua báo cáo tổng kết và kết luận", 16)],
        [task("Nguyễn Đình Tuấn", "lập kế hoạch tái canh 20 ha đợt 1, trình Đội", "10/01/2023"),
         task("Y Phi Kbuôr", "theo dõi, giúp đỡ quần chúng Y Dhăm Niê học lớp nhận thức về Đảng", "quý I/2023")],
        ["no_discussion"]),
}

DOCS.append({
    "name": "w02-daklak-coffee-team-book-jul-dec-2022", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": False, "indent": 20, "spacing": 1.22, "para_gap": 2,
              "head": "Chi bộ Đội sản xuất số 3 – Sổ biên bản năm 2022", "head_align": "right", "foot": "{n}/{N}"},
    "between": 18,
    "minutes": [B1, B2, B3, B4, B5, B6],
    "flags": ["no_thematic_in_quarter"],
})


# =================================================================================================
# w03 — minute book of a fishing-cooperative cell in Cà Mau, Oct 2016 – Jan 2017 (older wording): four minutes.
# =================================================================================================

C_CELL = "CHI BỘ HTX KHAI THÁC THỦY SẢN TÂN HẢI"
C_COM = "ĐẢNG ỦY XÃ TÂN HẢI"

C1 = {
    "blocks": [
        HD(["ĐẢNG ỦY XÃ TÂN HẢI", "CHI BỘ HTX KHAI THÁC", "THỦY SẢN TÂN HẢI"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Hải, ngày 2 tháng 11 năm 2016"], bold_left=(1, 2)),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2016"),
        C("(Họp bù vì các tàu đi biển chưa về bến)", bold=False, italic=True),
        G(4),
        P("Hôm nay, ngày 2 tháng 11 năm 2016, vào lúc 8 giờ, tại Văn phòng Hợp tác xã, Chi bộ HTX tiến hành hội "
          "nghị sinh hoạt thường kỳ tháng 10 năm 2016."),
        P("Tổng số đảng viên: 11 đ/c. Đảng viên tham dự: 08 đ/c. Vắng: 03 đ/c, trong đó đ/c Trần Văn Quới, đ/c "
          "Danh Sóc đang đi biển (có báo); đ/c Lâm Văn Sơn không lý do."),
        P("Chủ tọa: đ/c Nguyễn Văn Rành – Bí thư chi bộ, Chủ nhiệm HTX. Thư ký hội nghị: đ/c Tô Thị Mỹ Duyên."),
        P("I. Đồng chí Bí thư báo cáo tình hình tháng 10: 14 tàu của xã viên ra khơi, sản lượng tôm cá đạt khoảng "
          "210 tấn; giá dầu giảm nên bà con có lãi; 02 tàu được vay vốn đóng mới theo Nghị định 67 đã hạ thủy. Tồn "
          "tại: 01 tàu bị Biên phòng nhắc nhở vì tắt thiết bị giám sát hành trình; việc nộp phí thành viên HTX còn "
          "chậm."),
        P("II. Phương hướng tháng 11: theo dõi bão, áp thấp cuối mùa; nhắc các tàu mở máy thông tin liên lạc 24/24; "
          "tuyệt đối không đi đánh bắt ở vùng biển nước ngoài; thu phí thành viên năm 2016."),
        P("III. Ý kiến: Đ/c Huỳnh Văn Đực: đề nghị HTX liên hệ vựa cá ở Sông Đốc để bán giá tốt hơn. Đ/c Quách "
          "Thị Tuyết: lo cho các gia đình có chồng đi biển dài ngày khi có bão. Đ/c Dương Văn Lành: tàu của ông "
          "Sáu Hên hay tắt máy định vị, cần gặp nhắc nhở."),
        P("IV. Đồng chí chủ tọa kết luận: chi bộ thống nhất báo cáo; tháng 11 lấy an toàn người và tàu làm đầu; "
          "không để tàu nào của HTX vi phạm vùng biển nước ngoài; thu phí thành viên xong trong năm."),
        P("Biểu quyết: 08/08 đồng chí nhất trí, đạt 100%."),
        P("V. Phân công: Đ/c Dương Văn Lành gặp chủ tàu Sáu Hên nhắc nhở mở máy định vị, trong tuần; Đ/c Tô Thị Mỹ "
          "Duyên thu phí thành viên năm 2016, trước ngày 31/12/2016; Đ/c Huỳnh Văn Đực liên hệ vựa cá Sông Đốc, báo "
          "lại kỳ họp tháng 11."),
        P("Hội nghị kết thúc lúc 10 giờ cùng ngày. Biên bản đọc lại, đảng viên tham dự nhất trí thông qua."),
        S(["THƯ KÝ HỘI NGHỊ", "", "Tô Thị Mỹ Duyên"], ["CHỦ TỌA", "", "Nguyễn Văn Rành"]),
    ],
    "truth": minute(
        meeting("regular", "2016-11-02", "08:00", "10:00", "Văn phòng Hợp tác xã", C_CELL, C_COM, month=10),
        "Nguyễn Văn Rành", "Bí thư chi bộ", "Tô Thị Mỹ Duyên",
        att(11, 8, 3, 2, 1, 0, [("Trần Văn Quới", "đang đi biển (có báo)", True),
                                ("Danh Sóc", "đang đi biển (có báo)", True),
                                ("Lâm Văn Sơn", "không lý do", False)]),
        True, [vote("Biểu quyết kết luận", 8, None, None, 100)],
        [task("Dương Văn Lành", "gặp chủ tàu Sáu Hên nhắc nhở mở máy định vị", "trong tuần"),
         task("Tô Thị Mỹ Duyên", "thu phí thành viên năm 2016", "31/12/2016"),
         task("Huỳnh Văn Đực", "liên hệ vựa cá Sông Đốc", "kỳ họp tháng 11")],
        ["low_attendance", "unexcused_absence"]),
}

C2 = {
    "blocks": [
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 11"),
        G(2),
        P("Thời gian: 8g00 ngày 28-11-2016. Địa điểm: Văn phòng HTX."),
        P("Đảng viên tham dự: 10/11 đ/c. Vắng: đ/c Lâm Văn Sơn, vắng không phép."),
        P("Chủ tọa: đ/c Nguyễn Văn Rành, Bí thư chi bộ. Thư ký: đ/c Tô Thị Mỹ Duyên."),
        P("Nội dung: Đài khí tượng báo áp thấp nhiệt đới trên Biển Đông có khả năng mạnh lên thành bão, hướng vào "
          "vùng biển Cà Mau – Kiên Giang trong tuần tới. Hiện còn 06 tàu của HTX đang ở ngư trường xa. Kết quả "
          "tháng 10: tàu ông Sáu Hên đã mở lại máy định vị; phí thành viên thu được 7/14 tàu; vựa cá Sông Đốc "
          "nhận mua giá cao hơn 500 đồng/kg."),
        P("Ý kiến: Đ/c Trần Văn Quới báo tàu của đ/c đã liên lạc được cả 06 tàu ngoài khơi qua máy tầm xa. Đ/c "
          "Danh Sóc đề nghị chuẩn bị chỗ neo đậu trong rạch Cái Cám cho tàu nhỏ. Đ/c Phạm Văn Khởi hỏi chế độ hỗ "
          "trợ khi tàu bị thiệt hại do bão."),
        P("Đồng chí Bí thư kết luận: ngay trong ngày gọi các tàu vào bờ hoặc tìm nơi tránh trú an toàn; trực liên "
          "lạc 24/24 cho đến khi bão tan; sau bão báo cáo thiệt hại nếu có."),
        P("Giao: Đ/c Trần Văn Quới trực máy liên lạc tầm xa tại văn phòng HTX suốt thời gian có bão; Đ/c "
          "Danh Sóc cùng Ban quản lý cảng cá sắp xếp chỗ neo đậu cho tàu nhỏ trong rạch Cái Cám, xong trước chiều "
          "29-11-2016."),
        P("Họp kết thúc 9g50. Biên bản đọc lại, thông qua."),
        S(["THƯ KÝ", "", "Tô Thị Mỹ Duyên"], ["CHỦ TỌA", "", "Nguyễn Văn Rành"]),
    ],
    "truth": minute(
        meeting("regular", "2016-11-28", "08:00", "09:50", "Văn phòng HTX", C_CELL, C_COM),
        "Nguyễn Văn Rành", "Bí thư chi bộ", "Tô Thị Mỹ Duyên",
        att(11, 10, 1, 0, 1, 0, [("Lâm Văn Sơn", "vắng không phép", False)]),
        True, [],
        [task("Trần Văn Quới", "trực máy liên lạc tầm xa tại văn phòng HTX", "suốt thời gian có bão"),
         task("Danh Sóc", "cùng Ban quản lý cảng cá sắp xếp chỗ neo đậu cho tàu nhỏ trong rạch Cái Cám",
              "chiều 29-11-2016")],
        ["missing_vote", "unexcused_absence"]),
}

C3 = {
    "blocks": [
        C("Kỳ họp tháng 12/2016"),
        G(2),
        P("Ngày 27 tháng 12 năm 2016, từ 8 giờ đến 10 giờ 15, tại Văn phòng Hợp tác xã, Chi bộ HTX Khai thác thủy "
          "sản Tân Hải họp thường kỳ tháng 12, có mặt 11/11 đồng chí, đủ 100%. Đồng chí Nguyễn Văn Rành, Bí thư chi "
          "bộ chủ tọa; đồng chí Tô Thị Mỹ Duyên làm thư ký."),
        P("1. Tình hình: Cơn bão cuối tháng 11 không vào đất liền, các tàu về neo đậu an toàn, không thiệt hại. Cả "
          "năm 2016 HTX khai thác 2.350 tấn, thu nhập bình quân xã viên đạt 5,8 triệu đồng/người/tháng; kết nạp "
          "thêm 02 tàu vào HTX. Còn 03 tàu chưa nộp phí thành viên."),
        P("2. Các đồng chí đảng viên phát biểu: Đ/c Lý Văn Hên đề nghị mở lớp tập huấn sơ cứu trên biển cho thuyền "
          "viên. Đ/c Châu Văn Đặng nhắc chi bộ quan tâm đảng viên Lâm Văn Sơn, đã hai kỳ không đi họp. Đ/c Lâm Văn "
          "Sơn giải trình do đi bạn ghe xa, hứa sắp xếp đi họp đầy đủ."),
        P("3. Kết luận: Đồng chí Bí thư kết luận: chi bộ đánh giá năm 2016 HTX làm ăn có hiệu quả; trong tháng 01 "
          "chuẩn bị cho các tàu ăn Tết an toàn; mở lớp sơ cứu sau Tết; đề nghị đ/c Lâm Văn Sơn nghiêm túc chấp hành "
          "sinh hoạt đảng."),
        P("Biểu quyêt: 11/11 đồng chí tán thành."),
        P("4. Phân công: Đ/c Lý Văn Hên liên hệ Trạm Y tế xã mở lớp sơ cứu cho thuyền viên, trong tháng 02/2017; "
          "Đ/c Tô Thị Mỹ Duyên đôn đốc 03 tàu còn nợ phí thành viên, trước Tết Nguyên đán."),
        P("Hội nghị kết thúc lúc 10 giờ 15. Biên bản đã được thông qua."),
        S(["THƯ KÝ", "", "Tô Thị Mỹ Duyên"], ["CHỦ TỌA", "", "Nguyễn Văn Rành"]),
    ],
    "truth": minute(
        meeting("regular", "2016-12-27", "08:00", "10:15", "Văn phòng Hợp tác xã", C_CELL, C_COM),
        "Nguyễn Văn Rành", "Bí thư chi bộ", "Tô Thị Mỹ Duyên",
        att(11, 11, 0, 0, 0, 0),
        True, [vote("Biểu quyết kết luận", 11)],
        [task("Lý Văn Hên", "liên hệ Trạm Y tế xã mở lớp sơ cứu cho thuyền viên", "tháng 02/2017"),
         task("Tô Thị Mỹ Duyên", "đôn đốc 03 tàu còn nợ phí thành viên", "Tết Nguyên đán")],
        []),
}

C4 = {
    "blocks": [
        C("– – – – –", bold=False),
        P("Ngày 10 tháng 01 năm 2017 (nhằm ngày 13 tháng Chạp năm Bính Thân), lúc 8 giờ, Chi bộ họp thường kỳ tháng "
          "01/2017 tại Văn phòng HTX. Đảng viên tham dự: 10/11. Vắng: đ/c Lâm Văn Sơn (không báo cáo). Chủ tọa: đ/c "
          "Nguyễn Văn Rành – Bí thư chi bộ. Thư ký: đ/c Tô Thị Mỹ Duyên."),
        P("Nội dung: chuẩn bị Tết Đinh Dậu cho xã viên và thuyền viên: các tàu về bến trước 23 tháng Chạp, neo đậu "
          "đúng nơi quy định, cử người trông tàu; không đốt pháo, không uống rượu say gây rối; thăm hỏi 04 gia đình "
          "thuyền viên khó khăn. Kết quả tháng 12: 03 tàu đã nộp phí; lớp sơ cứu đã liên hệ được Trạm Y tế."),
        P("Ý kiến: Đ/c Danh Sóc đề nghị phân công trực tàu theo từng đêm; đ/c Quách Thị Tuyết nhận lo quà cho các "
          "gia đình khó khăn."),
        P("Đồng chí Bí thư kết luận thống nhất kế hoạch Tết; an toàn tàu thuyền và an ninh trật tự là trước hết. "
          "Chi bộ biểu quyết 10/10 tán thành."),
        P("Phân công: Đ/c Danh Sóc lập lịch trực tàu tại bến các đêm Tết, trước ngày 20/01/2017; Đ/c Quách Thị "
          "Tuyết mua và trao quà cho 04 gia đình thuyền viên khó khăn, trước 23 tháng Chạp."),
        P("Họp kết thúc lúc 9 giờ 40 phút."),
        S(["THƯ KÝ", "Tô Thị Mỹ Duyên"], ["CHỦ TỌA", "Nguyễn Văn Rành"]),
    ],
    "truth": minute(
        meeting("regular", "2017-01-10", "08:00", "09:40", "Văn phòng HTX", C_CELL, C_COM),
        "Nguyễn Văn Rành", "Bí thư chi bộ", "Tô Thị Mỹ Duyên",
        att(11, 10, 1, 0, 1, 0, [("Lâm Văn Sơn", "không báo cáo", False)]),
        True, [vote("Biểu quyết kế hoạch Tết", 10)],
        [task("Danh Sóc", "lập lịch trực tàu tại bến các đêm Tết", "20/01/2017"),
         task("Quách Thị Tuyết", "mua và trao quà cho 04 gia đình thuyền viên khó khăn", "23 tháng Chạp")],
        ["not_approved", "unexcused_absence"]),
}

C_BOOK = {
    "name": "w03-camau-fishing-coop-book-oct2016-jan2017", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.2, "para_gap": 3,
              "foot": "Tr. {n}"},
    "between": 30,
    "minutes": [C1, C2, C3, C4],
    "flags": ["no_thematic_in_quarter", "repeated_absence"],
    "scans": [{"name": "w11-camau-fishing-coop-book-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 1111, "dpi": 200}],
}
DOCS.append(C_BOOK)


# =================================================================================================
# single minutes
# =================================================================================================

# w04 — Hồ Chí Minh City, a neighbourhood (khu phố) cell of a ward formed in the 2025 merger; two ruled tables.
W04_ABS = [(0.08, "TT", "c"), (0.42, "Họ và tên", "l"), (0.50, "Lý do vắng", "l")]
W04_TASK = [(0.07, "TT", "c"), (0.45, "Nội dung công việc", "l"), (0.27, "Người thực hiện", "l"),
            (0.21, "Thời gian hoàn thành", "l")]
DOCS.append({
    "name": "w04-hcm-ward-khupho-tables-clean", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 22, "spacing": 1.35, "para_gap": 3,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY PHƯỜNG BÌNH TRƯNG", "CHI BỘ KHU PHỐ 12", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 09 tháng 9 năm 2025"]),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ KHU PHỐ 12"),
            C("Kỳ họp tháng 9 năm 2025", bold=False, italic=True),
            G(6),
            L("* Thời gian: 19 giờ 00, thứ Ba ngày 09/9/2025."),
            L("* Địa điểm: Văn phòng Ban điều hành Khu phố 12."),
            L("* Thành phần: Tổng số đảng viên 31 đồng chí; miễn sinh hoạt 05 đồng chí (tuổi cao, sức yếu); phải dự "
              "26; có mặt 24/26, đạt 92,3%; vắng 02 đồng chí, cụ thể như sau:"),
            T(W04_ABS, [["1", "Phan Thanh Sang", "Đi công tác tại Hà Nội"],
                        ["2", "Trần Thị Ngọc Bích", "Chăm mẹ nằm viện"]]),
            L("* Đại biểu: đồng chí Lê Hoàng Nam, Đảng ủy viên, phụ trách địa bàn khu phố."),
            L("* Chủ trì: đồng chí Nguyễn Thị Thanh Hương – Bí thư chi bộ, Trưởng khu phố."),
            L("* Thư ký: đồng chí Đỗ Minh Khoa."),
            H("I. THÔNG TIN"),
            P("Đồng chí Bí thư thông tin: từ ngày 01/7/2025 phường Bình Trưng đi vào hoạt động trên cơ sở sắp xếp "
              "các phường cũ; Khu phố 12 được hình thành từ khu phố 4 và khu phố 5 cũ, có 1.146 hộ với 4.320 nhân "
              "khẩu; chi bộ hiện có 31 đảng viên. Đảng ủy phường triển khai kế hoạch tuyên truyền Đại hội đại biểu "
              "Đảng bộ Thành phố lần thứ I, nhiệm kỳ 2025 – 2030."),
            H("II. ĐÁNH GIÁ KẾT QUẢ THÁNG 8"),
            P("Ưu điểm: tổ chức trang trí, treo cờ Lễ Quốc khánh 2/9 đồng loạt; vận động được 38 suất học bổng cho "
              "học sinh khó khăn trước ngày khai giảng; hướng dẫn 126 người cài đặt, kích hoạt định danh điện tử "
              "mức 2. Hạn chế: đợt triều cường ngày 22/8 gây ngập đường số 9 và hẻm 48, nước rút chậm do miệng "
              "cống bị rác bịt; còn 05 điểm bỏ rác không đúng nơi quy định; 02 ca sốt xuất huyết ở tổ dân phố 7."),
            H("III. PHƯƠNG HƯỚNG THÁNG 9"),
            P("Tiếp tục ổn định tổ chức khu phố sau sắp xếp; cập nhật sổ theo dõi đảng viên theo địa chỉ mới; ra "
              "quân khơi thông cống rãnh trước đợt triều cường rằm tháng 8 âm lịch; diệt lăng quăng mỗi tuần; vận "
              "động phân loại rác tại nguồn; chăm lo Tết Trung thu cho thiếu nhi."),
            H("IV. THẢO LUẬN"),
            P("Đồng chí Trần Văn Tấn, Tổ trưởng tổ dân phố 7: đề nghị phường cho xe hút bùn các miệng cống đường số 9, "
              "người dân tự vét chỉ được một đoạn ngắn. Đồng chí Huỳnh Ngọc Mai, Chi hội trưởng Phụ nữ: chi hội nhận "
              "vận động bà con tổ 3, tổ 5 bỏ rác đúng giờ. Đồng chí Võ Quốc Bảo đề nghị bố trí người trực điểm bỏ "
              "rác trộm đầu hẻm 48 vào buổi tối."),
            P("Đồng chí Lê Hoàng Nam phát biểu: ghi nhận khu phố ổn định nhanh sau sắp xếp; đề nghị chi bộ làm tốt "
              "việc nắm tâm tư của bà con về địa chỉ, giấy tờ sau khi đổi tên phường."),
            H("V. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất với đánh giá tháng 8 và phương hướng tháng 9. Tập trung "
              "ba việc: chống ngập do triều cường, phòng chống sốt xuất huyết, giữ vệ sinh môi trường; chi bộ sẽ "
              "kiến nghị phường hỗ trợ xe hút bùn. Mỗi đảng viên gương mẫu từ chính gia đình mình."),
            H("VI. BIỂU QUYẾT"),
            P("Tán thành: 24/24 đồng chí (100%); không tán thành: 0; ý kiến khác: 0."),
            H("VII. PHÂN CÔNG THỰC HIỆN"),
            T(W04_TASK, [
                ["1", "Kiến nghị phường bố trí xe hút bùn các miệng cống đường số 9 và hẻm 48",
                 "Nguyễn Thị Thanh Hương", "Trước 15/9/2025"],
                ["2", "Tổ chức ra quân khơi thông cống rãnh, diệt lăng quăng",
                 "Trần Văn Tấn, Võ Quốc Bảo", "Chủ nhật hằng tuần"],
                ["3", "Vận động hộ dân tổ 3, tổ 5 bỏ rác đúng giờ, đúng nơi quy định",
                 "Chi hội Phụ nữ khu phố", "Thường xuyên"],
                ["4", "Tổ chức Trung thu cho thiếu nhi khu phố",
                 "Đỗ Minh Khoa", "Trước 06/10/2025"],
            ]),
            P("Cuộc họp kết thúc lúc 21 giờ 00 phút cùng ngày. Biên bản đã được đọc lại và thông qua trước chi bộ, "
              "24/24 đồng chí nhất trí."),
            S(["THƯ KÝ", "", "Đỗ Minh Khoa"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Thị Thanh Hương"]),
        ],
        "truth": minute(
            meeting("regular", "2025-09-09", "19:00", "21:00", "Văn phòng Ban điều hành Khu phố 12",
                    "CHI BỘ KHU PHỐ 12", "ĐẢNG ỦY PHƯỜNG BÌNH TRƯNG"),
            "Nguyễn Thị Thanh Hương", "Bí thư chi bộ", "Đỗ Minh Khoa",
            att(31, 24, 2, 2, 0, 5, [("Phan Thanh Sang", "Đi công tác tại Hà Nội", True),
                                     ("Trần Thị Ngọc Bích", "Chăm mẹ nằm viện", True)],
                [("Lê Hoàng Nam", "Đảng ủy viên, phụ trách địa bàn khu phố")]),
            True, [vote("Biểu quyết kết luận", 24, 0, 0, 100)],
            [task("Nguyễn Thị Thanh Hương", "Kiến nghị phường bố trí xe hút bùn các miệng cống đường số 9 và hẻm 48",
                  "15/9/2025"),
             task("Trần Văn Tấn", "Tổ chức ra quân khơi thông cống rãnh, diệt lăng quăng", "Chủ nhật hằng tuần"),
             task("Võ Quốc Bảo", "Tổ chức ra quân khơi thông cống rãnh, diệt lăng quăng", "Chủ nhật hằng tuần"),
             task("Chi hội Phụ nữ khu phố", "Vận động hộ dân tổ 3, tổ 5 bỏ rác đúng giờ, đúng nơi quy định",
                  "Thường xuyên"),
             task("Đỗ Minh Khoa", "Tổ chức Trung thu cho thiếu nhi khu phố", "06/10/2025")],
            []),
    }],
})

# w05 — Cần Thơ, a hospital department's thematic meeting (quarter III/2023), topic in capitals over two lines;
# degrees before names; 80 minutes; only the minutes are approved.
DOCS.append({
    "name": "w05-cantho-hospital-thematic-short-no-vote", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": False, "indent": 18, "spacing": 1.3, "para_gap": 3,
              "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "THÀNH PHỐ CẦN THƠ", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "– CHỐNG ĐỘC"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 17 tháng 8 năm 2023"], bold_left=(2, 3)),
            G(4),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2023"),
            C("NÂNG CAO Y ĐỨC, ĐỔI MỚI PHONG CÁCH, THÁI ĐỘ PHỤC VỤ"),
            C("HƯỚNG TỚI SỰ HÀI LÒNG CỦA NGƯỜI BỆNH"),
            G(6),
            P("Vào hồi 13 giờ 30 phút ngày 17/8/2023, tại phòng giao ban Khoa Hồi sức tích cực – Chống độc, Chi bộ tổ "
              "chức sinh hoạt chuyên đề quý III năm 2023."),
            L("1. Thành phần:", bold=True),
            L("- Tổng số đảng viên: 20 đồng chí; có mặt 18 đồng chí (trong đó 02 đảng viên dự bị); vắng 02 đồng chí "
              "có lý do: BS. Trần Quốc Việt (trực cấp cứu), ĐD. Lâm Thị Kiều Oanh (nghỉ phép năm)."),
            L("- Đại biểu: ThS. Võ Minh Nhựt, Phó Bí thư Đảng ủy Bệnh viện."),
            L("- Chủ trì: BSCKII. Huỳnh Thanh Tâm – Bí thư chi bộ, Trưởng khoa."),
            L("- Thư ký: ĐD. Nguyễn Thị Bảo Trâm."),
            L("2. Nội dung:", bold=True),
            P("ThS.BS. Lê Hữu Phước, Phó Bí thư chi bộ, trình bày chuyên đề. Sáu tháng đầu năm khoa tiếp nhận 1.184 "
              "lượt bệnh nhân nặng, tỷ lệ hài lòng của người bệnh và thân nhân qua khảo sát đạt 91,2%, thấp hơn bình "
              "quân bệnh viện; có 03 phản ánh qua đường dây nóng, chủ yếu về thái độ giao tiếp với thân nhân ở hành "
              "lang chờ và việc giải thích tình trạng bệnh chưa rõ. Chuyên đề đề ra bốn nhóm giải pháp: chuẩn hóa lời "
              "nói, cử chỉ khi giao tiếp; thông tin tình trạng bệnh cho thân nhân theo giờ cố định; cải thiện khu chờ; "
              "đảng viên không nhận phong bì, quà biếu dưới mọi hình thức."),
            L("3. Thảo luận:", bold=True),
            P("ĐD. Phan Thị Mỹ Linh, Điều dưỡng trưởng khoa: giờ thăm bệnh hiện không cố định nên thân nhân chờ cả "
              "ngày, đề nghị thông tin vào 15 giờ hằng ngày. BS. Đặng Quốc Huy: nhiều thân nhân ở tỉnh xa, cần thêm "
              "kênh gọi điện báo tình hình. KTV. Tạ Văn Lực đề nghị lắp thêm ghế và quạt ở hành lang chờ."),
            P("ThS. Võ Minh Nhựt ghi nhận cách làm của khoa, đề nghị chi bộ đưa nội dung chuyên đề vào tiêu chí đánh "
              "giá đảng viên cuối năm."),
            L("4. Kết luận:", bold=True),
            P("Đồng chí Bí thư kết luận: chi bộ tiếp thu ý kiến của Đảng ủy Bệnh viện; từ tháng 9 thực hiện thông tin "
              "cho thân nhân vào 15 giờ hằng ngày; mỗi đảng viên đăng ký một việc cụ thể để cải thiện giao tiếp; "
              "kết quả hài lòng của người bệnh là một tiêu chí đánh giá đảng viên năm 2023."),
            L("5. Phân công:", bold=True),
            P("Giao ĐD. Phan Thị Mỹ Linh xây dựng quy trình thông tin tình trạng bệnh cho thân nhân, ban hành trước "
              "ngày 01/9/2023; BS. Đặng Quốc Huy lập nhóm Zalo của khoa để báo tin cho thân nhân ở xa, trong tháng 9; "
              "KTV. "
              "Tạ Văn Lực đề xuất phòng Hành chính quản trị bố trí ghế, quạt cho hành lang chờ trước ngày 31/8/2023."),
            P("Buổi sinh hoạt kết thúc, biên bản được đọc lại và thông qua lúc 14 giờ 50 phút."),
            S(["THƯ KÝ", "", "Nguyễn Thị Bảo Trâm"], ["T/M CHI BỘ", "BÍ THƯ", "", "Huỳnh Thanh Tâm"]),
        ],
        "truth": minute(
            meeting("thematic", "2023-08-17", "13:30", "14:50",
                    "phòng giao ban Khoa Hồi sức tích cực – Chống độc", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC – CHỐNG ĐỘC",
                    "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA THÀNH PHỐ CẦN THƠ",
                    topic="NÂNG CAO Y ĐỨC, ĐỔI MỚI PHONG CÁCH, THÁI ĐỘ PHỤC VỤ HƯỚNG TỚI SỰ HÀI LÒNG CỦA "
                          "NGƯỜI BỆNH"),
            "Huỳnh Thanh Tâm", "Bí thư chi bộ", "Nguyễn Thị Bảo Trâm",
            att(20, 18, 2, 2, 0, 0, [("Trần Quốc Việt", "trực cấp cứu", True),
                                     ("Lâm Thị Kiều Oanh", "nghỉ phép năm", True)],
                [("Võ Minh Nhựt", "Phó Bí thư Đảng ủy Bệnh viện")]),
            True, [],
            [task("Phan Thị Mỹ Linh", "xây dựng quy trình thông tin tình trạng bệnh cho thân nhân", "01/9/2023"),
             task("Đặng Quốc Huy", "lập nhóm Zalo của khoa để báo tin cho thân nhân ở xa", "tháng 9"),
             task("Tạ Văn Lực", "đề xuất phòng Hành chính quản trị bố trí ghế, quạt cho hành lang chờ", "31/8/2023")],
            ["missing_vote", "short_meeting"]),
    }],
})

# w06 — Gia Lai, a border post's armed-team cell, an extraordinary evening meeting after a forest fire near the
# border (95 minutes); ranks before names; ends with the closing time only.
DOCS.append({
    "name": "w06-gialai-border-post-extraordinary-not-approved", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 0, "spacing": 1.25, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY ĐỒN BIÊN PHÒNG IA LANG", "CHI BỘ ĐỘI VŨ TRANG", "Số: 04-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Lang, ngày 23 tháng 3 năm 2024"]),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG"),
            C("V/v lãnh đạo chữa cháy rừng, tăng cường tuần tra khu vực mốc 32 mùa khô năm 2024", bold=False,
              italic=True),
            G(4),
            L("Thời gian: từ 20 giờ 00 phút đến 21 giờ 35 phút ngày 23/3/2024."),
            L("Địa điểm: Hội trường Đồn Biên phòng Ia Lang."),
            L("Quân số đảng viên: 12/13 đồng chí. Vắng 01: Trung úy Rơ Châm Hyul, đang làm nhiệm vụ tại chốt mốc 32."),
            L("Chủ trì: Thiếu tá Nguyễn Đức Thắng – Bí thư chi bộ, Đội trưởng Đội vũ trang."),
            L("Thư ký: Thượng úy Trần Văn Hiếu."),
            L("Nội dung:", bold=True),
            P("1. Đồng chí Bí thư thông báo: khoảng 14 giờ chiều nay xảy ra cháy thực bì ở rừng trồng keo giáp đường "
              "tuần tra biên giới, cách mốc 32 khoảng 1,5 km về phía nội địa; Đồn đã huy động 18 cán bộ, chiến sĩ "
              "phối hợp dân quân xã và Công ty lâm nghiệp dập tắt lúc 17 giờ 20, thiệt hại khoảng 2,3 ha. Nguyên nhân "
              "ban đầu do người dân đốt dọn rẫy để lửa lan. Dự báo nắng nóng kéo dài đến cuối tháng 4, nguy cơ cháy "
              "rừng cấp V. Đồng thời thời gian này có hiện tượng đối tượng lợi dụng mùa khô qua lại biên giới trái "
              "phép."),
            P("2. Ý kiến đảng viên:"),
            P("- Đại úy Ksor Blôk: người dân làng Bi đốt rẫy ban chiều khi gió mạnh; đề nghị phối hợp già làng tuyên "
              "truyền bằng tiếng Jrai, chỉ đốt khi có người canh và làm đường ranh cản lửa."),
            P("- Thượng úy Lê Minh Quang: tổ tuần tra hiện đi theo lịch cố định, dễ bị nắm quy luật; đề nghị thay đổi "
              "giờ và tuyến tuần tra khu vực mốc 31 – 33."),
            P("- Trung úy Đinh Văn Hòa: kho dụng cụ chữa cháy thiếu bàn dập lửa và bình xịt, đề nghị Đồn bổ sung."),
            P("3. Đồng chí Bí thư kết luận: chi bộ thống nhất nhận định tình hình; từ nay đến hết mùa khô đặt nhiệm "
              "vụ phòng cháy chữa cháy rừng và quản lý biên giới khu vực mốc 32 lên hàng đầu; mỗi đảng viên của Đội vũ "
              "trang phải nắm chắc phương án, sẵn sàng cơ động trong 15 phút khi có lệnh."),
            P("4. Chi bộ biểu quyết thông qua kết luận: 12/12 đồng chí giơ tay tán thành (100%)."),
            P("5. Phân công: Đại úy Ksor Blôk phối hợp già làng làng Bi tổ chức họp dân tuyên truyền phòng chống cháy "
              "rừng, xong trước ngày 27/3/2024; Thượng úy Lê Minh Quang xây dựng lịch tuần tra thay đổi giờ, tuyến, "
              "trình Ban chỉ huy Đồn trước 6 giờ sáng 24/3/2024; Trung úy Đinh Văn Hòa kiểm tra, lập dự trù bổ sung "
              "dụng cụ chữa cháy trong tuần này; Thượng úy Trần Văn Hiếu trực thông tin với chốt mốc 32 hằng đêm."),
            P("Cuộc họp kết thúc lúc 21 giờ 35 phút."),
            S(["THƯ KÝ", "", "Thượng úy Trần Văn Hiếu"], ["BÍ THƯ", "", "Thiếu tá Nguyễn Đức Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-03-23", "20:00", "21:35", "Hội trường Đồn Biên phòng Ia Lang",
                    "CHI BỘ ĐỘI VŨ TRANG", "ĐẢNG ỦY ĐỒN BIÊN PHÒNG IA LANG"),
            "Nguyễn Đức Thắng", "Bí thư chi bộ", "Trần Văn Hiếu",
            att(13, 12, 1, 1, 0, 0, [("Rơ Châm Hyul", "đang làm nhiệm vụ tại chốt mốc 32", True)]),
            True, [vote("Thông qua kết luận", 12, None, None, 100)],
            [task("Ksor Blôk", "phối hợp già làng làng Bi tổ chức họp dân tuyên truyền phòng chống cháy rừng",
                  "27/3/2024"),
             task("Lê Minh Quang", "xây dựng lịch tuần tra thay đổi giờ, tuyến, trình Ban chỉ huy Đồn",
                  "6 giờ sáng 24/3/2024"),
             task("Đinh Văn Hòa", "kiểm tra, lập dự trù bổ sung dụng cụ chữa cháy", "tuần này"),
             task("Trần Văn Hiếu", "trực thông tin với chốt mốc 32", "hằng đêm")],
            ["not_approved"]),
    }],
})

# w07 — Bình Phước, a rubber-plantation team cell, 2019: an old printed form typed in ("HỘI NGHỊ CHI BỘ",
# "Đảng viên tham dự", "Chủ tọa", "Thư ký hội nghị"), dots and "(ghi rõ …)" left; 12 of 15; a general call only.
DOCS.append({
    "name": "w07-binhphuoc-rubber-2019-form-low-unfilled", "folder": "dev",
    "style": {"family": "mono", "size": 10, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 3,
              "left": 70, "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CAO SU SÔNG BÉ", "ĐẢNG BỘ NÔNG TRƯỜNG TÂN LẬP", "CHI BỘ ĐỘI 4", "Số: 05/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Lập, ngày 14 tháng 5 năm 2019"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
            C("(Thường kỳ tháng 5 năm 2019)", bold=False),
            G(6),
            L("Hội nghị bắt đầu lúc 13 giờ 30 phút, ngày 14 tháng 5 năm 2019."),
            L("Địa điểm: Văn phòng Đội 4."),
            L("Đảng viên tham dự: 12/15 đồng chí."),
            L("Vắng: 03 đồng chí. Có lý do: 01. Không lý do: 02."),
            L("(ghi rõ họ tên, lý do): đ/c Điểu Lên (ốm); đ/c Thị Hương (không lý do); đ/c Lê Văn Bảy (không lý do)."),
            L("Khách mời: ……"),
            L("Chủ tọa hội nghị: đ/c Hà Văn Tài, Bí thư chi bộ."),
            L("Thư ký hội nghị: đ/c Vũ Thị Ngát."),
            L("NỘI DUNG HỘI NGHỊ", bold=True),
            L("1. Đánh giá tình hình tháng 4/2019:", bold=True),
            P("Đội đã mở miệng cạo lại sau thời gian cây rụng lá, 100% phần cây cạo được bôi thuốc phòng bệnh mặt cạo. "
              "Sản lượng mủ tháng 4 đạt 68% kế hoạch do nắng hạn kéo dài. Giá mủ thấp, một số công nhân nghỉ việc "
              "đi làm công ty ở Bình Dương, Đội thiếu 09 phần cạo. Có 02 vụ mất trộm mủ chén ở lô 15, chưa phát hiện "
              "đối tượng."),
            L("2. Phương hướng tháng 5/2019:", bold=True),
            P("Phấn đấu sản lượng đạt 85% kế hoạch; phòng bệnh phấn trắng khi mưa đầu mùa; tuyển bổ sung công nhân "
              "cạo; tăng cường bảo vệ vườn cây ban đêm; chăm lo đời sống công nhân người đồng bào S'tiêng."),
            L("3. Ý kiến thảo luận:", bold=True),
            P("Đ/c Điểu Minh (tổ trưởng tổ 2): công nhân mới cạo phạm dăm nhiều, cần kèm cặp. Đ/c Nguyễn Văn Sỹ: đề "
              "nghị Nông trường nâng đơn giá khoán mủ tháng cao điểm. Đ/c Vũ Thị Ngát: nhà trẻ của Đội xuống cấp, mái "
              "dột."),
            L("4. Kết luận của chủ tọa:", bold=True),
            P("Đồng chí Hà Văn Tài kết luận: hội nghị thống nhất đánh giá tháng 4 và phương hướng tháng 5; Đội tập "
              "trung tuyển đủ phần cạo, kèm cặp công nhân mới, giữ vườn cây; chi bộ sẽ kiến nghị Nông trường về đơn "
              "giá khoán và sửa nhà trẻ."),
            L("5. Biểu quyết:", bold=True),
            L("Tán thành: 12/12 đồng chí. Không tán thành: 0. Ý kiến khác: 0."),
            L("6. Tổ chức thực hiện:", bold=True),
            P("Đề nghị các đồng chí đảng viên gương mẫu đi làm đủ ngày công, vận động người thân tham gia cạo mủ; các "
              "tổ trưởng tổ cạo chấn chỉnh kỹ thuật cạo; toàn chi bộ tham gia bảo vệ vườn cây."),
            L("Hội nghị kết thúc lúc 15 giờ 45 phút. Biên bản đã thông qua hội nghị."),
            S(["THƯ KÝ HỘI NGHỊ", "(Ký, ghi rõ họ tên)", "", "Vũ Thị Ngát"],
              ["CHỦ TỌA HỘI NGHỊ", "(Ký, ghi rõ họ tên)", "", "Hà Văn Tài"]),
        ],
        "truth": minute(
            meeting("regular", "2019-05-14", "13:30", "15:45", "Văn phòng Đội 4", "CHI BỘ ĐỘI 4",
                    "ĐẢNG BỘ NÔNG TRƯỜNG TÂN LẬP"),
            "Hà Văn Tài", "Bí thư chi bộ", "Vũ Thị Ngát",
            att(15, 12, 3, 1, 2, 0, [("Điểu Lên", "ốm", True), ("Thị Hương", "không lý do", False),
                                     ("Lê Văn Bảy", "không lý do", False)]),
            True, [vote("Biểu quyết kết luận", 12, 0, 0)],
            [],
            ["low_attendance", "missing_assignments", "unexcused_absence", "unfilled_template"]),
    }],
    "scans": [{"name": "w12-binhphuoc-rubber-2019-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 1212, "dpi": 200}],
})

# w08 — Bình Dương (Thủ Dầu Một), a lower-secondary school cell in September 2021 (the lockdown): regular
# combined with the quarter III thematic meeting, online with a main room, exactly 120 minutes.
DOCS.append({
    "name": "w08-binhduong-school-2021-online-combined-120min-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 32, "spacing": 1.3, "para_gap": 2,
              "head": "Chi bộ Trường THCS Nguyễn Văn Cừ", "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG PHÚ HOÀ", "CHI BỘ TRƯỜNG THCS", "NGUYỄN VĂN CỪ"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Hoà, ngày 14 tháng 9 năm 2021"], bold_left=(1, 2)),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2021"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III"),
            C("Chuyên đề: Đổi mới phương pháp dạy học trực tuyến trong thời gian phòng, chống dịch Covid-19",
              bold=False, italic=True),
            G(4),
            P("Thực hiện chỉ đạo của Đảng uỷ phường về sinh hoạt đảng trong thời gian giãn cách xã hội, "
              "chi bộ họp theo "
              "hình thức trực tuyến qua phần mềm Zoom, điểm cầu chính tại phòng họp Hội đồng sư phạm."),
            P("Thời gian: bắt đầu 8 giờ 00, kết thúc 10 giờ 00, ngày 14/9/2021."),
            P("Đảng viên: tổng số 21 đồng chí; dự họp 20 đồng chí (06 đồng chí tại điểm cầu chính, 14 đồng chí tham "
              "gia trực tuyến tại nhà); vắng 01 đồng chí: đ/c Lý Ngọc Châu, đang điều trị Covid-19 tại nhà."),
            P("Chủ trì: đ/c Trương Thị Kim Hoà – Bí thư chi bộ, Hiệu trưởng. Thư ký: đ/c Lưu Văn Tâm."),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
            P("1. Tình hình: Nhà trường khai giảng năm học 2021 – 2022 trực tuyến ngày 05/9; 1.386 học sinh học qua "
              "mạng, còn 47 em chưa có thiết bị học. Đã có 19/21 đảng viên tiêm đủ hai mũi vắc xin; 05 đồng chí tham "
              "gia tình nguyện hỗ trợ điểm tiêm của phường."),
            P("2. Nhiệm vụ tháng 9 và tháng 10: bảo đảm mọi học sinh có thiết bị học; theo dõi sĩ số học trực tuyến "
              "hằng ngày; chăm lo giáo viên, học sinh là F0 hoặc gia đình khó khăn; chuẩn bị phương án đón học sinh "
              "trở lại trường khi đủ điều kiện."),
            H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Phó Hiệu trưởng Nguyễn Hữu Phát trình bày chuyên đề: những khó khăn của dạy học trực tuyến "
              "(đường truyền, thiết bị, kiểm tra đánh giá, học sinh thiếu tập trung); kinh nghiệm của tổ Toán – Tin "
              "khi chia lớp nhóm nhỏ, giao bài qua hệ thống quản lý học tập; trách nhiệm của đảng viên là giáo viên "
              "chủ nhiệm trong theo dõi từng học sinh."),
            P("Thảo luận: đ/c Đặng Thị Thu Vân (tổ trưởng tổ Ngữ văn) đề nghị giảm thời lượng mỗi tiết trực tuyến "
              "còn 35 phút; đ/c Phùng Văn Kiên cho biết lớp 7A3 có 06 em ở phòng trọ dùng chung một điện thoại; đ/c "
              "Lưu Văn Tâm đề nghị Chi đoàn giáo viên nhận hỗ trợ kỹ thuật cho phụ huynh."),
            H("KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá tình hình và nhiệm vụ tháng 9 – 10; thống nhất "
              "nội dung chuyên đề; thời lượng tiết học trực tuyến 35 phút, áp dụng từ tuần sau; không để học sinh "
              "nào bỏ học vì thiếu thiết bị; mỗi đảng viên chủ nhiệm nắm từng em trong lớp mình."),
            P("Chi bộ biểu quyết thông qua kết luận: 20/20 đồng chí tán thành, đạt 100%."),
            H("PHÂN CÔNG"),
            L("- Đ/c Phùng Văn Kiên: lập danh sách 47 học sinh chưa có thiết bị, gửi Ban vận động chương trình Sóng "
              "và máy tính cho em trước ngày 20/9/2021."),
            L("- Đ/c Nguyễn Hữu Phát: điều chỉnh thời khóa biểu trực tuyến theo tiết 35 phút, trong tuần sau."),
            L("- Đ/c Lưu Văn Tâm: cùng Chi đoàn giáo viên hỗ trợ kỹ thuật cho phụ huynh qua đường dây nóng, hằng "
              "ngày."),
            P("Cuộc họp kết thúc lúc 10 giờ 00. Biên bản được đọc lại, các đồng chí dự họp nhất trí thông qua qua "
              "hình thức giơ tay trên màn hình."),
            S(["THƯ KÝ", "", "Lưu Văn Tâm"], ["T/M CHI BỘ", "BÍ THƯ", "", "Trương Thị Kim Hoà"]),
        ],
        "truth": minute(
            meeting("regular", "2021-09-14", "08:00", "10:00", "phòng họp Hội đồng sư phạm",
                    "CHI BỘ TRƯỜNG THCS NGUYỄN VĂN CỪ", "ĐẢNG BỘ PHƯỜNG PHÚ HOÀ",
                    topic="Đổi mới phương pháp dạy học trực tuyến trong thời gian phòng, chống dịch Covid-19"),
            "Trương Thị Kim Hoà", "Bí thư chi bộ", "Lưu Văn Tâm",
            att(21, 20, 1, 1, 0, 0, [("Lý Ngọc Châu", "đang điều trị Covid-19 tại nhà", True)]),
            True, [vote("Thông qua kết luận", 20, None, None, 100)],
            [task("Phùng Văn Kiên", "lập danh sách 47 học sinh chưa có thiết bị, gửi Ban vận động chương trình Sóng "
                  "và máy tính cho em", "20/9/2021"),
             task("Nguyễn Hữu Phát", "điều chỉnh thời khóa biểu trực tuyến theo tiết 35 phút", "tuần sau"),
             task("Lưu Văn Tâm", "cùng Chi đoàn giáo viên hỗ trợ kỹ thuật cho phụ huynh qua đường dây nóng",
                  "hằng ngày")],
            []),
    }],
})

# w09 — Lâm Đồng, a K'Ho village cell, January 2026 (before Tết and the March elections): opinions only summed up,
# the chair only takes note and closes; tasks and a vote on the month's plan are there.
DOCS.append({
    "name": "w09-lamdong-kho-village-2026-no-conclusion", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 24, "spacing": 1.3, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY XÃ ĐẠ KNÀNG", "CHI BỘ THÔN DĂNG GIA"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đạ Knàng, ngày 06 tháng 01 năm 2026"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01 NĂM 2026"),
            G(6),
            P("Vào lúc 18 giờ 30 phút, ngày 06/01/2026, tại Nhà sinh hoạt cộng đồng thôn Dăng Gia, Chi bộ thôn Dăng "
              "Gia tổ chức sinh hoạt thường kỳ tháng 01 năm 2026."),
            P("Chi bộ có 16 đảng viên, 01 đồng chí được miễn sinh hoạt (già làng K'Brừm). Có mặt 14/15 đồng chí. Vắng "
              "01: đồng chí Ka Thu, đi dự đám cưới ở xã bên, có xin phép."),
            P("Đồng chí K'Sơn, Bí thư chi bộ, Trưởng thôn chủ trì. Đồng chí Ka Đơi làm thư ký."),
            P("Đồng chí Bí thư thông tin: Đảng ủy xã triển khai công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và "
              "đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031, ngày bầu cử 15/3/2026; thôn phải lập xong danh "
              "sách cử tri trước Tết. Kết quả tháng 12: thu hoạch cà phê xong 90% diện tích; 32 hộ nhận khoán bảo vệ "
              "rừng đã được chi trả tiền khoán năm 2025; không xảy ra cháy rừng."),
            P("Nhiệm vụ tháng 01: phòng cháy rừng thông mùa khô, không đốt rẫy khi có gió; lập danh sách cử tri; "
              "lo Tết "
              "Bính Ngọ cho 11 hộ nghèo; giữ an ninh trật tự, không để thanh niên uống rượu đánh nhau trong dịp Tết."),
            P("Chi bộ thảo luận, các ý kiến đều thống nhất với báo cáo và đề nghị chi bộ quan tâm thêm hộ nghèo ở "
              "khu vực suối Đạ Nhar."),
            P("Chi bộ biểu quyết thông qua nhiệm vụ tháng 01: 14/14 đồng chí tán thành."),
            P("Phân công: đồng chí Liêng Jrang Ha Tam cùng tổ bảo vệ rừng của thôn tuần tra rừng thông ở khoảnh 412, "
              "mỗi ngày hai lần; đồng chí Ka Đơi lập danh sách cử tri của thôn, nộp Ủy ban nhân dân xã trước ngày "
              "25/01/2026; đồng chí Cil Múp vận động quà Tết cho 11 hộ nghèo, xong trước 23 tháng Chạp."),
            P("Đồng chí chủ trì ghi nhận các ý kiến, những việc vượt thẩm quyền sẽ báo cáo Đảng ủy xã, trả lời ở kỳ "
              "họp sau; chúc các đồng chí đón Tết vui vẻ và tuyên bố kết thúc buổi sinh hoạt lúc 20 giờ 20 phút. Biên "
              "bản đã đọc lại, chi bộ nhất trí."),
            S(["THƯ KÝ", "", "Ka Đơi"], ["BÍ THƯ", "", "K'Sơn"]),
        ],
        "truth": minute(
            meeting("regular", "2026-01-06", "18:30", "20:20", "Nhà sinh hoạt cộng đồng thôn Dăng Gia",
                    "CHI BỘ THÔN DĂNG GIA", "ĐẢNG ỦY XÃ ĐẠ KNÀNG"),
            "K'Sơn", "Bí thư chi bộ", "Ka Đơi",
            att(16, 14, 1, 1, 0, 1, [("Ka Thu", "đi dự đám cưới ở xã bên, có xin phép", True)]),
            False, [vote("Thông qua nhiệm vụ tháng 01", 14)],
            [task("Liêng Jrang Ha Tam", "cùng tổ bảo vệ rừng của thôn tuần tra rừng thông ở khoảnh 412",
                  "mỗi ngày hai lần"),
             task("Ka Đơi", "lập danh sách cử tri của thôn, nộp Ủy ban nhân dân xã", "25/01/2026"),
             task("Cil Múp", "vận động quà Tết cho 11 hộ nghèo", "23 tháng Chạp")],
            ["missing_conclusion", "no_discussion"]),
    }],
    "scans": [{"name": "w13-lamdong-kho-village-2026-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 1313, "dpi": 200}],
})

# w10 — Long An, a hamlet cell in March 2016 (drought and salinity, the May 2016 elections): counts in words,
# exempt and probationary members, a Party guest and a non-member guest; exactly 90 % and exactly 90 minutes.
DOCS.append({
    "name": "w10-longan-hamlet-2016-words-90pct-90min-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 14, "justify": False, "indent": 36, "spacing": 1.2, "para_gap": 3,
              "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ LONG TRẠCH", "CHI BỘ ẤP 3"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Trạch, ngày 5 tháng 3 năm 2016"]),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
            C("THÁNG BA NĂM 2016"),
            G(4),
            P("Hôm nay, ngày 5-3-2016, lúc 7 giờ 30 phút, tại Trụ sở ấp 3, Chi bộ ấp 3 họp định kỳ tháng ba."),
            P("Tổng số đảng viên: hai mươi hai đồng chí; miễn sinh hoạt hai đồng chí (đ/c Võ Văn Chiến, đ/c Nguyễn "
              "Thị Lượm); có mặt mười tám đồng chí (trong đó một đảng viên dự bị); vắng hai đồng chí: đ/c Nguyễn Văn "
              "Đở (đi làm công trình ở Sài Gòn, có báo) và đ/c Lê Văn Tửng (chưa rõ lý do)."),
            P("Dự họp có đồng chí Trần Văn Nhựt, Phó Bí thư Đảng ủy xã và ông Võ Văn Lợi, Trưởng ban công tác Mặt trận "
              "ấp."),
            P("Đồng chí Huỳnh Văn Thuận, Bí thư chi bộ chủ trì; đồng chí Phạm Thị Thuý Hằng ghi biên bản."),
            P("I/ Đồng chí Bí thư thông báo tình hình: hạn hán, xâm nhập mặn năm nay nặng nhất từ trước tới giờ, nước "
              "kênh Trị Yên đo được 6 phần ngàn, lúa Đông Xuân của 42 hộ bị cháy lá; huyện đã công bố tình trạng thiên "
              "tai. Ấp chuẩn bị cho cuộc bầu cử đại biểu Quốc hội khóa XIV và Hội đồng nhân dân các cấp ngày 22 tháng "
              "5."),
            P("II/ Nhiệm vụ tháng ba: thống kê thiệt hại lúa để đề nghị hỗ trợ; vận động bà con không lấy nước kênh "
              "khi chưa đo độ mặn; niêm yết danh sách cử tri; thu quỹ đền ơn đáp nghĩa."),
            P("III/ Ý kiến: Đ/c Lê Văn Sang đề nghị xã cho xe chở nước ngọt về các hộ ở cuối kênh. Đ/c Nguyễn Thị Mỹ "
              "Dung hỏi mức hỗ trợ lúa bị thiệt hại, đ/c Trần Văn Nhựt trả lời theo quy định là từ 70% trở lên được "
              "hỗ trợ. Ông Võ Văn Lợi đề nghị chi bộ phân công đảng viên đi cùng tổ bầu cử."),
            P("IV/ Đồng chí Bí thư kết luận: chi bộ thống nhất ba việc trọng tâm là chống hạn mặn, thống kê thiệt hại "
              "đúng, đủ, và chuẩn bị bầu cử; đảng viên đi đầu trong tiết kiệm nước."),
            P("Tán thành: 18/18 đồng chí (100%)."),
            P("V/ Phân công: đ/c Lê Văn Sang cùng tổ thủy lợi thống kê thiệt hại lúa Đông Xuân, nộp xã trước ngày "
              "15-3-2016; đ/c Phạm Thị Thuý Hằng niêm yết danh sách cử tri tại trụ sở ấp trước 10-3-2016; đ/c Nguyễn "
              "Thị Mỹ Dung vận động thu quỹ đền ơn đáp nghĩa trong tháng 3; chi ủy gặp đ/c Lê Văn Tửng tìm hiểu lý do "
              "vắng họp."),
            P("Biên bản được đọc lại cho chi bộ cùng nghe, nhất trí thông qua. Cuộc họp kết thúc lúc 9 giờ 00 cùng "
              "ngày."),
            S(["THƯ KÝ", "", "Phạm Thị Thuý Hằng"], ["BÍ THƯ", "", "Huỳnh Văn Thuận"]),
        ],
        "truth": minute(
            meeting("regular", "2016-03-05", "07:30", "09:00", "Trụ sở ấp 3", "CHI BỘ ẤP 3", "ĐẢNG BỘ XÃ LONG TRẠCH"),
            "Huỳnh Văn Thuận", "Bí thư chi bộ", "Phạm Thị Thuý Hằng",
            att(22, 18, 2, 1, 1, 2, [("Nguyễn Văn Đở", "đi làm công trình ở Sài Gòn, có báo", True),
                                     ("Lê Văn Tửng", "chưa rõ lý do", False)],
                [("Trần Văn Nhựt", "Phó Bí thư Đảng ủy xã"), ("Võ Văn Lợi", "Trưởng ban công tác Mặt trận ấp")]),
            True, [vote("Biểu quyết kết luận", 18, None, None, 100)],
            [task("Lê Văn Sang", "cùng tổ thủy lợi thống kê thiệt hại lúa Đông Xuân, nộp xã", "15-3-2016"),
             task("Phạm Thị Thuý Hằng", "niêm yết danh sách cử tri tại trụ sở ấp", "10-3-2016"),
             task("Nguyễn Thị Mỹ Dung", "vận động thu quỹ đền ơn đáp nghĩa", "tháng 3"),
             task("chi ủy", "gặp đ/c Lê Văn Tửng tìm hiểu lý do vắng họp", None)],
            ["unexcused_absence"]),
    }],
})
