"""Held-out set 14, writer f (test/, `f…`): the whole country, 2006–2026 — the clerk's hand.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, ingest, the other writers' modules of this set or the earlier sets' minute texts and truth files (only
their READMEs, the block helpers of samples/heldout2/minutes.py, `attendance` of samples/heldout/minutes.py and the
docstring of samples/heldout12/minutes_g.py), and without running the extractor. Rendered by
samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely; the paperwork follows
/work/shared/DOMAIN.md. The set's theme is how minutes are really typed: abbreviations (đ/c, Đ/c, đc, ĐV, BT, PBT,
CUV, UBND, HĐND, HTX, KCN, SH, TW, "V/v"), counts in words and figures with zero padding, totals after the
absentees, members present only listed, dates and times in every notation, a period's month other than the date's,
both tone placements, slips (a missing space after a comma), old typewriter and form minutes and 2025–2026 minutes
after the reorganisation (no district level, merged communes), and every kind of cell.

Files (name -> what varies -> minute flags / book flags):

- f01-langson-tay-village-feb-held-march-2013-clean -> Lạng Sơn (Văn Lãng) Tày village, the February 2013 meeting
  held on 05/3/2013 after Tết (month 2 from the title); Serif 13 justified; two-level header with "ĐẢNG UỶ", old
  tone placement ("hoá", "uỷ", "khoá"); "I./II." capital headings with italic "1.–5."; "Vào hồi 19 giờ 30 phút";
  "Có mặt: 19 đ/c, đạt tỷ lệ 90,5%; vắng 02 đ/c có lý do (…)" with two named reasons; a guest of the commune;
  "- Đ/c X:" opinions; "+ Giao đ/c …" with "trước ngày 15/3/2013", "xong trong tháng 3", "thường xuyên", a partner
  after "phối hợp với" / "cùng"; "19/19 đ/c có mặt tán thành, đạt 100%"; 2 pages -> — / —
- f02-hue-retired-quarter-words-exempt-low-unexcused -> Huế, residential quarter of retired members, November 2024;
  DejaVu Sans 11.5 ragged; "* Thành phần:" / "* Nội dung:" run-in headings, "1-" … "5-"; counts in words (31
  members, 9 exempt, 22 due, 19 present: 86 %); three absentees on "–" lines, one "không báo lý do"; "BT chi bộ",
  "CUV"; both "Thuỷ" and "Thủy"; a slip "họp,không"; a question and answer; tasks in one "Phân công:" sentence
  ("trước ngày 20/11", "chậm nhất 16/11/2024", "Chi ủy … trong tuần này"); "19/19 đ/c có mặt nhất trí"; "8h00" to
  "10h05'" -> low_attendance, unexcused_absence / —
- f03-laichau-border-post-ranks-2019-clean -> Lai Châu border post (Mông and Hà Nhì officers), June 2019; Serif 12.5,
  "Trang n/N"; committee on one header line, "Số: 06-BB/CB"; "Thời gian: từ 07 giờ 30 phút đến 10 giờ 00"; "Quân số
  đảng viên: 11 …; có mặt 10; vắng 01 (Trung úy …)"; ranks before every name, also in the signatures; the Đồn's
  political officer as guest; "a) … đ)" italic heads; tasks after the conclusion with "xong trước 30/6/2019", "mỗi
  tuần hai lần", a work team "trong mùa mưa lũ"; vote by hands "10/10 …, đạt 100%; không tán thành: 0" -> — / —
- f04-dongnai-garment-2015-table-general-call -> Đồng Nai garment workshop, September 2015 after the shift;
  Liberation Sans 11.5; "A/ B/ C/" headings; "ngày 25-9-2015", "16 giờ 45 phút" to "18h30'"; "20 đ/c (chính thức 18,
  dự bị 02). Có mặt: 18 đ/c, đạt 90%" (exactly the bar) and a ruled absentee table "STT | Họ và tên | Lý do vắng";
  the conclusion ends with petitions and "Đề nghị các đồng chí đảng viên …" only; "Tán thành: 18 đ/c; không tán
  thành: không; ý kiến khác: không"; "(đã ký)" -> missing_assignments / —
- f05-ninhbinh-merged-commune-office-2025-no-conclusion-no-vote -> Ninh Bình, October 2025, the UBND office cell of a
  merged commune (province line above the commune, no district); "đc" throughout; "14h00", "16h20"; "Dự họp: 23/24
  đảng viên; vắng 01: đc … (nghỉ phép)"; bold "1.–4." headings; three named opinions, then straight to "4. Nhiệm vụ
  tháng 10" with "a) b) c)" tasks ("xong trước 31/10/2025", "trong tháng 11", "hạn 25/10", an office as assignee);
  minutes approved, no conclusion, no vote -> missing_conclusion, missing_vote / —
- f06-binhdinh-fishing-coop-2016-terse-70min -> Bình Định offshore fishing cooperative, January 2016; one terse page in
  Liberation Sans 11, no headings; "Lúc 8h30' ngày 12-01-2016", "Họp xong lúc 9h40'" (70 min); "Có mặt: 09/09 ĐV";
  chair and secretary in one sentence; "Phân công:" sentence ("trước 25/01", "trước khi tàu ra khơi"); "nhất trí
  9/9"; no read-back -> not_approved, short_meeting / —
- f07-haiphong-icu-2022-vv-no-discussion-no-vote -> Hải Phòng hospital ICU, August 2022; DejaVu Serif 11.5, running
  head from page 2, "- n -"; "Tháng Tám năm 2022" in words, a "V/v:" line; "Đúng 2 giờ chiều"; one absentee counted,
  not named ("trực cấp cứu …, có báo cáo chi ủy"); "BSCKII.", "ĐD." before names; "Kết luận số 21-KL/TW" in the news;
  "thảo luận sôi nổi; các ý kiến đều thống nhất" with nobody named; conclusion and three tasks ("trước ngày
  25/8/2022", "trong tháng 9/2022", "hằng tuần"); minutes approved, conclusion never voted -> missing_vote,
  no_discussion / —
- f08-daklak-school-ede-combined-110min-table -> Đắk Lắk secondary school, Ê Đê teachers, October 2018: regular
  meeting combined with the Q4 thematic ("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV/2018" + italic "Chuyên đề: …" over two
  lines), "từ 14 giờ 00 đến 15 giờ 50 phút" (110 min, bar 120); "PHẦN THỨ NHẤT/HAI"; "16/16 đ/c (trong đó 01 đ/c
  dự bị)"; a member's offer in the discussion; ruled task table "TT | Nội dung công việc | Người thực hiện | Thời
  gian" (two teachers in one cell, a subject group, "Trước 30/10/2018", "Tháng 11/2018", "Nửa đầu tháng 11");
  "16/16 đ/c tán thành (100%)"; "Trang n" -> short_meeting / —
- f09-sonla-tea-team-2008-form-dots -> Sơn La tea company team, Thái workers, April 2008, a printed form typed in
  ("I.–V." fields, "1.–6." sub-fields); "(có lý do: 01; không lý do: 0)"; the upper-level guest field and "Ý kiến
  khác: ……" left as dots, "(Ký, ghi rõ họ tên)" under both titles; "Chủ trì: … – Chức vụ: Bí thư chi bộ"; tasks in
  the conclusion paragraph ("trước ngày 20/4/2008", "hằng ngày", "trước 25/4"); "Tán thành: 14/14; Không tán thành:
  0" -> unfilled_template / —
- f10-vinhlong-commune-police-khmer-2026-listed-clean -> Vĩnh Long (former Trà Vinh) commune police, January 2026,
  after the merger; Khmer officers; right-aligned running head from page 2; "Bắt đầu: 7 giờ 30 phút … Kết thúc: 10
  giờ 15 phút", "Tại: …"; those present only listed by rank and name (ten), "Vắng: không", no count; "A./B." with
  "I.–V." inside; tasks "đến hết tháng 02/2026", "xong trước ngày 31/01/2026", two officers "… và …" "trong dịp
  Tết"; "10/10 đồng chí, đạt tỷ lệ 100%" -> — / —
- f11-backan-dao-hamlet-book-2010-typewriter -> **minute book**, Bắc Kạn Tày and Dao hamlet, March–July 2010, five
  minutes on 3 pages in the typewriter face, each after the first typed on mid-page with only a title; the March
  meeting held on 02/4/2010 (month 3); "1/ … 5/"; "Có mặt 19/20 đ/c phải dự (miễn SH 01)", "Dự: 20/20 đ/c phải dự
  (trừ 01 đ/c miễn SH)", "Có mặt: 18 … Miễn SH: 01. Tổng số: 21" (total after the absentees); "BT chi bộ", "BT",
  "PBT"; a Q2 thematic on 15/5 (75 min, "Các đ/c thảo luận, thống nhất …", only "mỗi đảng viên …", "nhất trí 100%");
  the deputy chairs in May with the Bí thư away; June skipped for a flash flood (a note under the July title); đ/c
  Triệu Văn Sành absent "không lý do" (Mar), "vắng không lý do" (May), "vắng không xin phép" (Jul); per minute:
  unexcused_absence; missing_vote; missing_assignments + no_discussion + short_meeting; unexcused_absence;
  unexcused_absence -> book: missing_month, repeated_absence
- f12-dongnai-merged-commune-hamlet-book-2025 -> **minute book**, Đồng Nai (merged with Bình Phước, no district
  level), a hamlet of the new commune, July–October 2025, S'tiêng and Kinh members, four minutes on 4 pages, each with
  its own three-level header; Serif 12, right-aligned running head on every page after the first, "Trang n/N"; the
  August and October minutes start mid-page, the September one on a new page; "Có mặt: 23/24 đ/c", "tối mùng 5
  tháng 9 … vào hồi 19 giờ", "18h45'"; a guest of the commune committee; two absentees sharing one reason; per
  minute: —; missing_conclusion (tasks and a vote on the direction, no summing-up); not_approved (ends "kết thúc lúc
  21 giờ 10"); low_attendance (20/24, all excused); no thematic meeting in Q3 -> book: no_thematic_in_quarter
- f13-caobang-nung-hamlet-2014-words-scan-moderate -> scan only (moderate, 200 dpi, 1 page): Cao Bằng Nùng hamlet,
  June 2014; date in words ("ngày hai mươi tháng sáu năm hai nghìn không trăm mười bốn"), "mười một trên mười bốn
  đồng chí", three absentees in one sentence, one "chưa rõ lý do"; chair and secretary in one sentence; tasks in the
  conclusion ("xong trước 15/7/2014", one with no time); vote "mười một trên mười một"; ends "Hội nghị kết thúc lúc
  21h15." -> low_attendance, not_approved, unexcused_absence / —
- f14-quangtri-village-2006-form-tables-scan-photocopy -> scan only (photocopy, 250 dpi, 2 pages): Quảng Trị coastal
  village, August 2006, a printed form: "Số: ……/BB-CB", "Đại biểu cấp trên: ……", "d) Kết luận của chủ trì: ……",
  "(Ký, ghi rõ họ tên)"; ruled absentee table "TT | Họ và tên | Lý do" and task table "TT | Công việc | Người phụ
  trách | Thời hạn" ("Trước 31/8/2006", "Tháng 9/2006", "Thường xuyên", a women's union branch); "a) … e)" italic
  heads; "Tán thành: 18/18; Không tán thành: 0" -> missing_conclusion, unfilled_template / —

Labelling decisions (on top of samples/README.md and the "Labelling choices" of samples/heldout*/README.md):
- A meeting held in the next month for the month before keeps the title's month; the date is the day it was held
  (same year in every case here). A thematic meeting titled by quarter takes the month of its date.
- Counts written in words are labelled as numbers ("mười một trên mười bốn đồng chí" -> present 11 of 14;
  "mười một trên mười một đồng chí tán thành" -> for 11). Where the present members are only listed by name, present
  is the number of names; "Vắng: không" is absent 0.
- Totals: a total written after the absentees is the total; where only "phải dự N (miễn M)" or "N/N … (trừ M đ/c
  miễn SH)" is written, total = due + exempt; exempt 0 where the page says nothing of it.
- `chair.role` is the Party role as the page writes it, abbreviation kept ("BT chi bộ", "BT"); a deputy chairing is
  "Phó Bí thư" as written, and the absent Bí thư is an absentee; role null where no role is written beside the chair.
- Names drop "đồng chí / đ/c / Đ/c / đc", ranks (Thiếu tá, Thượng úy …), degrees and job prefixes ("BSCKII.", "ĐD.")
  and a job in brackets; tone placement as written. A one-word S'tiêng given name with "Thị" ("Thị Rét") is the
  whole name.
- Reasons as written; one bracketed reason after two names is both's; "không lý do", "vắng không lý do", "không báo
  lý do", "chưa rõ lý do", "vắng không xin phép" are unexcused; illness, work, study, training, "có báo", "có xin
  phép", "(nghỉ phép)" are excused. An absence counted with a reason but nobody named gives no absentee.
- `location` as written, brackets and the house of a member included, without "tại".
- Votes: "nhất trí 9/9", "19/19 đ/c có mặt nhất trí …", "18/18 đ/c nhất trí" -> for only; "Tán thành: 18 đ/c; không
  tán thành: không; ý kiến khác: không" -> 18 / 0 / 0; a form's "Ý kiến khác: ……" -> abstain null; "Chi bộ nhất trí
  100%" -> percent only. A vote on the month's direction or the tasks in a minute without a conclusion is a
  resolution. Approving the minutes is no vote.
- Conclusion: none when the discussion runs straight into a task list, or a form's "Kết luận của chủ trì:" is dots.
  The upper-level guest field left as dots gives no guest.
- Discussion: "Chi bộ thảo luận sôi nổi; các ý kiến đều thống nhất …" and "Các đ/c thảo luận, thống nhất …" with
  nobody named record no opinion.
- Not approved: a minute that ends with the end time only ("Họp xong lúc 9h40'", "Hội nghị kết thúc lúc 21h15.").
- Assignments: a task given in the conclusion, a "Phân công:" sentence, a lettered list or a table row; two people in
  one sentence or cell give one each; a partner after "cùng / phối hợp với" stays in the task; a team, office or
  union branch is an assignee as written; a member's own offer in the discussion, a member named only as the person
  to be visited, petitions to the company or the commune, and "Đề nghị các đồng chí đảng viên / mỗi đảng viên …" are
  not. Deadlines drop the word in front ("trước ngày", "xong trước", "xong trong", "trong", "chậm nhất", "hạn",
  "đến"): "trước khi tàu ra khơi" -> "khi tàu ra khơi", "trong dịp Tết" -> "dịp Tết", "đến hết tháng 02/2026" ->
  "hết tháng 02/2026"; frequencies and parts of day as written ("mỗi tuần hai lần", "tối thứ Bảy hằng tuần", "sáng
  thứ Hai hằng tuần"); table cells as written bar a leading "Trước" ("Nửa đầu tháng 11"); null when no time is given.
- Header: `party_committee` is the header line right above the cell (the commune or company committee), not a
  province or district line above it; after the 2025 merger the new commune's name as written.
- Books: a minute typed on with only a title takes the book's cell and committee; a note that a month was skipped
  (a flood) still leaves that month missing.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []


# f01 — Lạng Sơn, Tày village, the February meeting held on 5 March 2013 (after Tết). Clean.
DOCS.append({
    "name": "f01-langson-tay-village-feb-held-march-2013-clean", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.35},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN VĂN LÃNG", "ĐẢNG UỶ XÃ HOÀNG VĂN THỤ", "CHI BỘ THÔN NÀ SLÁNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nà Sláng, ngày 05 tháng 3 năm 2013"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 2 NĂM 2013"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("Vào hồi 19 giờ 30 phút ngày 05/3/2013, tại Nhà văn hoá thôn Nà Sláng, Chi bộ thôn Nà Sláng tiến "
              "hành sinh hoạt thường kỳ tháng 2 năm 2013 (lùi lịch sang đầu tháng 3 do nghỉ Tết Nguyên đán Quý "
              "Tỵ và đợt rét đậm)."),
            P("Tổng số đảng viên trong chi bộ: 21 đồng chí. Có mặt: 19 đ/c, đạt tỷ lệ 90,5%; vắng 02 đ/c có lý do "
              "(đ/c Hoàng Văn Pấu đi viện tỉnh chăm con ốm, đ/c Lý Thị Mây đi học lớp trung cấp lý luận chính "
              "trị tại huyện)."),
            P("Dự và chỉ đạo có đồng chí Nông Văn Thạch – Đảng uỷ viên, Phó Chủ tịch UBND xã, phụ trách địa "
              "bàn thôn."),
            P("Chủ trì: đ/c Lương Văn Toàn – Bí thư chi bộ, Trưởng thôn."),
            P("Thư ký: đ/c Hoàng Thị Nguyệt – Chi uỷ viên, Chi hội trưởng Chi hội Phụ nữ."),
            H("II. NỘI DUNG"),
            L("1. Thông tin thời sự, phổ biến văn bản", italic=True),
            P("Đ/c Bí thư thông tin tình hình kinh tế – xã hội của xã hai tháng đầu năm; phổ biến tinh thần Hội "
              "nghị lần thứ sáu BCH TW khoá XI về chính sách, pháp luật đất đai; Kế hoạch của Đảng uỷ xã về "
              "trồng rừng mùa xuân và phòng, chống cháy rừng năm 2013."),
            L("2. Kiểm điểm việc thực hiện nhiệm vụ tháng 01 và tháng 02/2013", italic=True),
            P("Trong dịp Tết, thôn giữ vững an ninh trật tự, không có người đốt pháo, không xảy ra trộm cắp; "
              "100% số hộ treo cờ Tổ quốc. Nhân dân cày ải xong 32 ha ruộng, gieo mạ xuân đúng lịch, che "
              "chắn mạ bằng ni lông nên không bị chết rét. Chi hội Phụ nữ vận động 11 hộ trồng mới 6,5 ha "
              "keo và thông. Thu quỹ an ninh – quốc phòng đạt 86%."),
            P("Hạn chế: còn 3 hộ thả rông trâu bò phá hoa màu; vệ sinh chuồng trại chưa tốt, nguy cơ dịch lở "
              "mồm long móng gia súc vẫn cao do thôn giáp biên, người và gia súc qua lại nhiều."),
            L("3. Ý kiến thảo luận", italic=True),
            P("- Đ/c Vi Văn Sình: đề nghị chi bộ có biện pháp cứng rắn với các hộ thả rông trâu bò, đưa vào "
              "hương ước thôn mức phạt cụ thể."),
            P("- Đ/c Hoàng Thị Nguyệt: hội viên phụ nữ đã nhận vận động các hộ còn lại tiêm phòng cho gia "
              "súc; đề nghị xã cấp thêm vắc xin lở mồm long móng."),
            P("- Đ/c Lục Văn Khay (Công an viên): mấy tháng gần đây người lạ qua lại đường mòn biên giới có "
              "tăng, đề nghị các hộ thấy người lạ phải báo ngay cho thôn."),
            L("4. Phương hướng tháng 3/2013 và kết luận", italic=True),
            P("Đ/c Lương Văn Toàn kết luận: chi bộ cơ bản hoàn thành nhiệm vụ hai tháng đầu năm. Tháng 3 tập "
              "trung chăm sóc lúa xuân, trồng rừng đúng thời vụ, tiêm phòng cho đàn gia súc, giữ vững an ninh "
              "biên giới. Phân công cụ thể:"),
            P("+ Giao đ/c Vi Văn Sình phối hợp với các trưởng nhóm hộ lập danh sách hộ thả rông gia súc, báo "
              "cáo chi bộ trước ngày 15/3/2013."),
            P("+ Đ/c Hoàng Thị Nguyệt cùng Chi hội Phụ nữ vận động các hộ tiêm phòng lở mồm long móng cho "
              "trâu bò, xong trong tháng 3."),
            P("+ Đ/c Lục Văn Khay duy trì tổ tuần tra đường mòn, lối mở, thường xuyên."),
            L("5. Biểu quyết", italic=True),
            P("Chi bộ biểu quyết thông qua kết luận và phương hướng tháng 3: 19/19 đ/c có mặt tán thành, đạt "
              "100%."),
            P("Buổi sinh hoạt kết thúc hồi 21 giờ 40 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe, các "
              "đồng chí nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Hoàng Thị Nguyệt"], ["T/M CHI BỘ", "BÍ THƯ", "", "Lương Văn Toàn"]),
        ],
        "truth": minute(
            meeting("regular", "2013-03-05", "19:30", "21:40", "Nhà văn hoá thôn Nà Sláng", "CHI BỘ THÔN NÀ SLÁNG",
                    "ĐẢNG UỶ XÃ HOÀNG VĂN THỤ", month=2),
            "Lương Văn Toàn", "Bí thư chi bộ", "Hoàng Thị Nguyệt",
            attendance(21, 19, 2, 2, 0, 0,
                       absentees=[("Hoàng Văn Pấu", "đi viện tỉnh chăm con ốm", True),
                                  ("Lý Thị Mây", "đi học lớp trung cấp lý luận chính trị tại huyện", True)],
                       guests=[("Nông Văn Thạch", "Đảng uỷ viên, Phó Chủ tịch UBND xã, phụ trách địa bàn thôn")]),
            True,
            [vote("Thông qua kết luận và phương hướng tháng 3", 19, None, None, 100)],
            [task("Vi Văn Sình", "phối hợp với các trưởng nhóm hộ lập danh sách hộ thả rông gia súc, báo cáo chi bộ",
                  "15/3/2013"),
             task("Hoàng Thị Nguyệt", "cùng Chi hội Phụ nữ vận động các hộ tiêm phòng lở mồm long móng cho trâu bò",
                  "tháng 3"),
             task("Lục Văn Khay", "duy trì tổ tuần tra đường mòn, lối mở", "thường xuyên")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# f02 — Huế, residential quarter of retired members, many exempt, counts in words. Low attendance, unexcused.
DOCS.append({
    "name": "f02-hue-retired-quarter-words-exempt-low-unexcused", "folder": "test",
    "style": {"family": "dvsans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.27, "left": 76,
              "right": 60, "top": 46, "bottom": 50, "para_gap": 2.5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THÀNH PHỐ HUẾ", "ĐẢNG BỘ PHƯỜNG VỸ DẠ", "CHI BỘ TỔ DÂN PHỐ 7", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vỹ Dạ, ngày 08 tháng 11 năm 2024"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ"),
            C("Tháng 11/2024", bold=False),
            G(6),
            L("Hôm nay, lúc 8h00 sáng thứ Sáu ngày 08/11/2024, tại nhà sinh hoạt cộng đồng Tổ dân phố 7, Chi bộ "
              "Tổ dân phố 7 họp thường kỳ tháng 11 năm 2024."),
            H("* Thành phần:"),
            L("Chi bộ hiện có ba mươi mốt đồng chí, trong đó chín đồng chí tuổi cao, sức yếu được Đảng ủy phường "
              "cho miễn sinh hoạt; số phải dự: hai mươi hai đồng chí. Có mặt: mười chín đồng chí. Vắng: ba đồng "
              "chí, gồm:"),
            L("– đ/c Trần Đình Quýnh – đi điều trị tại Bệnh viện Trung ương Huế;", indent=18),
            L("– đ/c Lê Thị Thuỷ – vào TP Hồ Chí Minh trông cháu;", indent=18),
            L("– đ/c Hồ Văn Cừ – không báo lý do.", indent=18),
            L("Chủ trì: đ/c Tôn Thất Lợi, BT chi bộ. Thư ký: đ/c Phan Thị Diệu Hoà, CUV."),
            H("* Nội dung:"),
            L("1- Đ/c Bí thư thông báo tóm tắt kết quả Hội nghị Trung ương 10 khóa XIII; thông tin về chủ trương "
              "sắp xếp lại tổ dân phố và việc Huế trở thành thành phố trực thuộc Trung ương từ ngày 01/01/2025; "
              "nhắc các gia đình chằng chống nhà cửa, kê cao đồ đạc trong mùa mưa lũ."),
            L("2- Đánh giá tháng 10: tổ dân phố thu quỹ phòng, chống thiên tai đạt 97%; thăm hỏi 04 đảng viên ốm "
              "đau; phối hợp Chi hội Cựu chiến binh dọn vệ sinh kiệt 41 đường Nguyễn Sinh Cung. Tồn tại: vài đồng "
              "chí đóng đảng phí chưa đúng kỳ; đổ rác không đúng giờ quanh chợ Vỹ Dạ vẫn còn."),
            L("3- Ý kiến:"),
            L("Đ/c Hoàng Văn Tư hỏi: sau khi sáp nhập tổ dân phố, đảng viên có phải chuyển sinh hoạt sang chi bộ "
              "khác không? Đ/c Bí thư trả lời: giữ nguyên nơi sinh hoạt cho đến khi Đảng ủy phường có hướng dẫn."),
            L("Đ/c Nguyễn Thị Bích Thủy đề nghị chi ủy gặp riêng đ/c Hồ Văn Cừ, vì đồng chí đã hai kỳ không dự "
              "họp,không báo."),
            L("4- Kết luận (đ/c Tôn Thất Lợi): tháng 11 chi bộ tập trung vận động nhân dân phòng, chống lũ lụt; "
              "tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; thu đảng phí đúng hạn. Phân công: đ/c "
              "Phan Thị Diệu Hoà thu đảng phí, nộp Đảng ủy phường trước ngày 20/11; đ/c Hoàng Văn Tư phối hợp "
              "Ban công tác Mặt trận tổ chức Ngày hội, chậm nhất 16/11/2024; Chi ủy gặp gỡ, nhắc nhở đ/c Hồ Văn "
              "Cừ trong tuần này."),
            L("5- Biểu quyết: 19/19 đ/c có mặt nhất trí với kết luận của chủ trì."),
            L("Họp xong lúc 10h05'. Biên bản được đọc lại, thông qua trước chi bộ, không có ý kiến khác."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "Phan Thị Diệu Hoà"], ["BÍ THƯ CHI BỘ", "", "Tôn Thất Lợi"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-08", "08:00", "10:05", "nhà sinh hoạt cộng đồng Tổ dân phố 7",
                    "CHI BỘ TỔ DÂN PHỐ 7", "ĐẢNG BỘ PHƯỜNG VỸ DẠ"),
            "Tôn Thất Lợi", "BT chi bộ", "Phan Thị Diệu Hoà",
            attendance(31, 19, 3, 2, 1, 9,
                       absentees=[("Trần Đình Quýnh", "đi điều trị tại Bệnh viện Trung ương Huế", True),
                                  ("Lê Thị Thuỷ", "vào TP Hồ Chí Minh trông cháu", True),
                                  ("Hồ Văn Cừ", "không báo lý do", False)]),
            True,
            [vote("Nhất trí với kết luận của chủ trì", 19, None, None, None)],
            [task("Phan Thị Diệu Hoà", "thu đảng phí, nộp Đảng ủy phường", "20/11"),
             task("Hoàng Văn Tư", "phối hợp Ban công tác Mặt trận tổ chức Ngày hội", "16/11/2024"),
             task("Chi ủy", "gặp gỡ, nhắc nhở đ/c Hồ Văn Cừ", "tuần này")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# f03 — Lai Châu border post, Mông and Hà Nhì officers, ranks before names, 2019. Clean.
DOCS.append({
    "name": "f03-laichau-border-post-ranks-2019-clean", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 0, "spacing": 1.3, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY ĐỒN BIÊN PHÒNG PA Ủ", "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "Số: 06-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Pa Ủ, ngày 24 tháng 6 năm 2019"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 6/2019"),
            G(6),
            L("Thời gian: từ 07 giờ 30 phút đến 10 giờ 00, thứ Hai ngày 24/6/2019."),
            L("Địa điểm: Hội trường Đồn Biên phòng Pa Ủ."),
            L("Quân số đảng viên: 11 đồng chí; có mặt 10; vắng 01 (Trung úy Chu Văn Dung – đi công tác tại bản "
              "Nhú Ma)."),
            L("Chủ trì: Thiếu tá Lý Seo Chứ – Bí thư chi bộ, Đội trưởng."),
            L("Thư ký: Thượng úy Lỳ Xá Lừ – Chi ủy viên."),
            L("Dự sinh hoạt: đồng chí Trung tá Nguyễn Mạnh Cường – Phó Bí thư Đảng ủy, Chính trị viên Đồn."),
            G(4),
            H("NỘI DUNG SINH HOẠT"),
            L("a) Thông báo tình hình", italic=True),
            P("Đồng chí chủ trì quán triệt chỉ thị của Đảng ủy Bộ đội Biên phòng tỉnh về đợt cao điểm phòng, "
              "chống tội phạm ma túy dọc tuyến biên giới; thông báo tình hình mưa lũ tại các bản Pa Ủ, Nhú Ma và "
              "việc một số hộ tự ý sang bên kia biên giới làm thuê theo mùa.", indent=22),
            L("b) Kết quả thực hiện nhiệm vụ tháng 5/2019", italic=True),
            P("Đội phối hợp với cấp ủy, chính quyền xã tổ chức 06 buổi tuyên truyền cho 412 lượt người; giúp dân "
              "240 ngày công thu hoạch thảo quả; duy trì lớp xóa mù chữ ở bản Nhú Ma với 18 học viên; phối hợp "
              "bắt 01 vụ vận chuyển trái phép 0,3 kg thuốc phiện. Tồn tại: sổ theo dõi địa bàn của một số tổ "
              "công tác ghi chép chưa đầy đủ; 02 đảng viên đăng ký tự học tiếng Hà Nhì nhưng chưa thực hiện.",
              indent=22),
            L("c) Thảo luận", italic=True),
            P("Thượng úy Lỳ Xá Lừ đề nghị tăng thời lượng tuyên truyền bằng tiếng dân tộc tại các buổi họp bản, "
              "nhờ người có uy tín trong bản nói trước.", indent=22),
            P("Đại úy Vàng A Páo cho rằng cần phối hợp với Đồn Biên phòng Ka Lăng rà soát các đường mòn khu vực "
              "mốc 42, đề nghị bổ sung 01 máy bộ đàm cho tổ công tác bản Nhú Ma.", indent=22),
            P("Đồng chí Chính trị viên Đồn phát biểu, lưu ý chi bộ giữ nghiêm chế độ trực sẵn sàng chiến đấu "
              "trong mùa mưa lũ.", indent=22),
            L("d) Kết luận", italic=True),
            P("Thay mặt chi ủy, Thiếu tá Lý Seo Chứ kết luận: tháng 6 chi bộ lãnh đạo thực hiện tốt cao điểm "
              "phòng, chống ma túy; giúp dân phòng, chống lũ quét, sạt lở; hoàn thiện sổ sách theo dõi địa bàn. "
              "Giao nhiệm vụ:", indent=22),
            P("– Thượng úy Lỳ Xá Lừ chịu trách nhiệm hoàn chỉnh sổ theo dõi địa bàn của các tổ công tác, xong "
              "trước 30/6/2019;", indent=22),
            P("– Đại úy Vàng A Páo chủ trì tổ công tác phối hợp với Đồn Biên phòng Ka Lăng tuần tra khu vực mốc "
              "42, mỗi tuần hai lần;", indent=22),
            P("– Tổ công tác bản Nhú Ma duy trì lớp xóa mù chữ, hướng dẫn nhân dân di dời tài sản khỏi vùng nguy "
              "cơ sạt lở trong mùa mưa lũ.", indent=22),
            L("đ) Biểu quyết", italic=True),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: tán thành 10/10 đồng chí, đạt 100%; không tán thành: 0.",
              indent=22),
            P("Sinh hoạt kết thúc vào 10 giờ 00 cùng ngày. Biên bản đã được đọc lại, toàn thể đảng viên dự họp "
              "nhất trí.", indent=22),
            S(["THƯ KÝ", "", "Thượng úy Lỳ Xá Lừ"], ["BÍ THƯ CHI BỘ", "", "Thiếu tá Lý Seo Chứ"]),
        ],
        "truth": minute(
            meeting("regular", "2019-06-24", "07:30", "10:00", "Hội trường Đồn Biên phòng Pa Ủ",
                    "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "ĐẢNG ỦY ĐỒN BIÊN PHÒNG PA Ủ"),
            "Lý Seo Chứ", "Bí thư chi bộ", "Lỳ Xá Lừ",
            attendance(11, 10, 1, 1, 0, 0, absentees=[("Chu Văn Dung", "đi công tác tại bản Nhú Ma", True)],
                       guests=[("Nguyễn Mạnh Cường", "Phó Bí thư Đảng ủy, Chính trị viên Đồn")]),
            True,
            [vote("Biểu quyết kết luận bằng giơ tay", 10, 0, None, 100)],
            [task("Lỳ Xá Lừ", "chịu trách nhiệm hoàn chỉnh sổ theo dõi địa bàn của các tổ công tác", "30/6/2019"),
             task("Vàng A Páo", "chủ trì tổ công tác phối hợp với Đồn Biên phòng Ka Lăng tuần tra khu vực mốc 42",
                  "mỗi tuần hai lần"),
             task("Tổ công tác bản Nhú Ma",
                  "duy trì lớp xóa mù chữ, hướng dẫn nhân dân di dời tài sản khỏi vùng nguy cơ sạt lở", "mùa mưa lũ")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# f04 — Đồng Nai garment workshop, 2015, absentee table, exactly 90 %; only a general call. Missing assignments.
DOCS.append({
    "name": "f04-dongnai-garment-2015-table-general-call", "folder": "test",
    "style": {"family": "sans", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.25, "left": 74, "right": 54,
              "top": 48, "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CP MAY NHƠN TRẠCH", "CHI BỘ XƯỞNG MAY 2"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nhơn Trạch, ngày 25 tháng 9 năm 2015"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("(Kỳ tháng 9 năm 2015)", bold=False),
            G(6),
            P("Vào hồi 16 giờ 45 phút, ngày 25-9-2015, sau giờ tan ca, tại phòng họp Xưởng may 2, Chi bộ Xưởng may "
              "2 tiến hành sinh hoạt thường kỳ tháng 9/2015."),
            H("A/ THÀNH PHẦN"),
            P("Đảng viên của chi bộ: 20 đ/c (chính thức 18, dự bị 02). Có mặt: 18 đ/c, đạt 90%. Vắng: 02 đ/c, gồm:"),
            T([(0.10, "STT", "c"), (0.42, "Họ và tên", "l"), (0.48, "Lý do vắng", "l")],
              [["1", "Nguyễn Thị Kim Cúc", "Nghỉ chế độ thai sản"],
               ["2", "Đặng Văn Tới", "Đi tập huấn an toàn lao động tại Tổng công ty"]]),
            P("Chủ trì: đ/c Huỳnh Văn Lộc, Bí thư chi bộ – Quản đốc xưởng. Thư ký: đ/c Võ Thị Thu Hà."),
            H("B/ NỘI DUNG"),
            P("1. Đ/c Bí thư phổ biến Chỉ thị 36-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại "
              "hội XII của Đảng; thông tin kết quả Đại hội Đảng bộ Công ty nhiệm kỳ 2015–2020."),
            P("2. Kết quả sản xuất tháng 9: xưởng xuất 3 đơn hàng áo jacket đi Nhật, đạt 104% kế hoạch; năng suất "
              "bình quân 21 sản phẩm/người/ca; tỷ lệ hàng lỗi giảm còn 1,8%. Thu nhập bình quân của công nhân "
              "5,2 triệu đồng/tháng. Hạn chế: công nhân nghỉ việc nhiều (11 người trong tháng), tăng ca kéo dài "
              "ảnh hưởng sức khỏe người lao động."),
            P("3. Ý kiến thảo luận:"),
            P("– Đ/c Trương Minh Phát (tổ trưởng tổ 5): đề nghị Công ty xem xét tăng tiền cơm ca, bố trí xe đưa "
              "rước công nhân ở Long Thành."),
            P("– Đ/c Lê Thị Hồng Nhung: Công đoàn đang khảo sát nhu cầu nhà trọ của công nhân, đề nghị chi bộ kiến "
              "nghị Ban Giám đốc hỗ trợ."),
            P("4. Đ/c Huỳnh Văn Lộc tóm tắt và kết luận: chi bộ ghi nhận kết quả sản xuất tháng 9; tháng 10 phải "
              "giữ vững năng suất, giảm tăng ca, giữ chân công nhân lành nghề. Chi bộ kiến nghị Ban Giám đốc Công "
              "ty xem xét tiền cơm ca và xe đưa rước. Đề nghị các đồng chí đảng viên gương mẫu, làm tốt công tác tư "
              "tưởng trong công nhân, phấn đấu hoàn thành kế hoạch quý IV."),
            H("C/ BIỂU QUYẾT"),
            P("Tán thành: 18 đ/c; không tán thành: không; ý kiến khác: không."),
            P("Buổi sinh hoạt kết thúc lúc 18h30'. Biên bản được đọc lại, chi bộ thống nhất thông qua."),
            S(["THƯ KÝ", "(đã ký)", "Võ Thị Thu Hà"], ["BÍ THƯ", "(đã ký)", "Huỳnh Văn Lộc"]),
        ],
        "truth": minute(
            meeting("regular", "2015-09-25", "16:45", "18:30", "phòng họp Xưởng may 2", "CHI BỘ XƯỞNG MAY 2",
                    "ĐẢNG BỘ CÔNG TY CP MAY NHƠN TRẠCH"),
            "Huỳnh Văn Lộc", "Bí thư chi bộ", "Võ Thị Thu Hà",
            attendance(20, 18, 2, 2, 0, 0,
                       absentees=[("Nguyễn Thị Kim Cúc", "Nghỉ chế độ thai sản", True),
                                  ("Đặng Văn Tới", "Đi tập huấn an toàn lao động tại Tổng công ty", True)]),
            True,
            [vote("Tán thành kết luận", 18, 0, 0, None)],
            [],
            ["missing_assignments"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# f05 — Ninh Bình, October 2025, after the reorganisation: the office cell of a merged commune (no district
# level); discussion straight to tasks, no conclusion, no vote.
DOCS.append({
    "name": "f05-ninhbinh-merged-commune-office-2025-no-conclusion-no-vote", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 0, "spacing": 1.25, "left": 82, "right": 56,
              "top": 48, "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG BỘ XÃ NGHĨA SƠN", "CHI BỘ CƠ QUAN UBND XÃ", "Số: 04-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghĩa Sơn, ngày 14 tháng 10 năm 2025"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2025"),
            G(6),
            L("Thời gian: 14h00, thứ Ba ngày 14/10/2025."),
            L("Địa điểm: Phòng họp số 2, trụ sở UBND xã (trụ sở xã Nghĩa Lâm cũ)."),
            L("Dự họp: 23/24 đảng viên; vắng 01: đc Mai Thị Hương (nghỉ phép)."),
            L("Chủ trì: đc Trần Quốc Huy – Bí thư chi bộ, Chủ tịch UBND xã."),
            L("Thư ký: đc Phạm Thị Ngọc Ánh – công chức Văn phòng HĐND và UBND xã."),
            H("1. Quán triệt, thông tin"),
            P("- Nghị quyết Đại hội đại biểu Đảng bộ xã Nghĩa Sơn lần thứ I, nhiệm kỳ 2025–2030; các chỉ tiêu chủ "
              "yếu về thu ngân sách, xây dựng nông thôn mới nâng cao."),
            P("- Tình hình vận hành chính quyền địa phương hai cấp sau ba tháng: Trung tâm Phục vụ hành chính công "
              "xã tiếp nhận 2.146 hồ sơ, trả đúng hạn 98,6%; còn 31 hồ sơ đất đai quá hạn do dữ liệu của ba xã cũ "
              "chuyển giao chưa đầy đủ."),
            H("2. Kiểm điểm tháng 9"),
            P("Cơ quan hoàn thành việc thay con dấu, biển hiệu; tham gia khắc phục hậu quả bão số 10: hỗ trợ 146 "
              "hộ bị tốc mái, lợp lại 02 phòng học ở điểm trường Nghĩa Lâm. Hạn chế: một số cán bộ từ các xã cũ "
              "chưa thạo phần mềm một cửa điện tử; báo cáo định kỳ gửi các cơ quan chuyên môn của tỉnh còn chậm."),
            H("3. Thảo luận"),
            P("Đc Đinh Văn Khải (Phó Chủ tịch UBND xã): đề nghị mở lớp tập huấn phần mềm một cửa cho cán bộ chuyển "
              "về từ các xã cũ, mỗi bộ phận cử người kèm cặp."),
            P("Đc Nguyễn Thị Mơ (Trưởng phòng Kinh tế): đất đai đang là điểm nghẽn, cần ưu tiên số hóa hồ sơ địa "
              "chính của ba xã cũ trước cuối năm."),
            P("Đc Vũ Đình Trọng: địa bàn rộng gấp ba, đề nghị rà soát lại định mức sử dụng xe công và lịch trực "
              "ở các điểm tiếp dân."),
            H("4. Nhiệm vụ tháng 10"),
            P("a) Đc Đinh Văn Khải chủ trì mở lớp tập huấn phần mềm một cửa cho cán bộ, công chức, xong trước "
              "31/10/2025."),
            P("b) Giao đc Nguyễn Thị Mơ lập kế hoạch số hóa hồ sơ địa chính các xã cũ, trình UBND xã trong tháng 11."),
            P("c) Văn phòng HĐND và UBND xã rà soát, báo cáo việc sử dụng xe công, hạn 25/10."),
            P("Cuộc họp kết thúc 16h20. Biên bản được thông qua trước các đảng viên dự họp, không có ý kiến khác."),
            S(["THƯ KÝ", "", "Phạm Thị Ngọc Ánh"], ["CHỦ TRÌ", "", "Trần Quốc Huy"]),
        ],
        "truth": minute(
            meeting("regular", "2025-10-14", "14:00", "16:20",
                    "Phòng họp số 2, trụ sở UBND xã (trụ sở xã Nghĩa Lâm cũ)",
                    "CHI BỘ CƠ QUAN UBND XÃ", "ĐẢNG BỘ XÃ NGHĨA SƠN"),
            "Trần Quốc Huy", "Bí thư chi bộ", "Phạm Thị Ngọc Ánh",
            attendance(24, 23, 1, 1, 0, 0, absentees=[("Mai Thị Hương", "nghỉ phép", True)]),
            False,
            [],
            [task("Đinh Văn Khải", "chủ trì mở lớp tập huấn phần mềm một cửa cho cán bộ, công chức", "31/10/2025"),
             task("Nguyễn Thị Mơ", "lập kế hoạch số hóa hồ sơ địa chính các xã cũ, trình UBND xã", "tháng 11"),
             task("Văn phòng HĐND và UBND xã", "rà soát, báo cáo việc sử dụng xe công", "25/10")],
            ["missing_conclusion", "missing_vote"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# f06 — Bình Định offshore fishing cooperative, January 2016; terse, abbreviations; 70 minutes, never read back.
DOCS.append({
    "name": "f06-binhdinh-fishing-coop-2016-terse-70min", "folder": "test",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.35, "left": 72, "right": 60,
              "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ CÁT KHÁNH", "CHI BỘ HTX KHAI THÁC HẢI SẢN XA BỜ ĐỀ GI"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cát Khánh, ngày 12 tháng 01 năm 2016"], bold_left=(1,)),
            G(10),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 01/2016"),
            G(8),
            L("Lúc 8h30' ngày 12-01-2016 tại văn phòng HTX, chi bộ họp thường kỳ."),
            L("Có mặt: 09/09 ĐV. Đ/c Đoàn Văn Hạnh – Bí thư chi bộ, Chủ nhiệm HTX chủ trì; đ/c Trần Thị Lệ ghi biên "
              "bản."),
            L("Đ/c Hạnh báo cáo: năm 2015 HTX có 14 tàu tham gia tổ đoàn kết trên biển, 02 tàu vỏ thép đóng theo "
              "Nghị định 67 đã hạ thủy; sản lượng cá ngừ đại dương cả năm 286 tấn; đầu năm giá cá giảm, thương lái "
              "ép giá. Trong tháng có 01 tàu bị tàu lạ đâm va ở vùng biển Hoàng Sa, 11 thuyền viên an toàn, tàu "
              "được lai dắt về bờ."),
            L("Ý kiến: đ/c Nguyễn Văn Thơm đề nghị HTX liên hệ doanh nghiệp bao tiêu cá ngừ, không để bà con bị "
              "ép giá; đ/c Lê Văn Bảy nói tàu vỏ thép mới hay hỏng máy, phải đòi nhà máy bảo hành."),
            L("Đ/c Bí thư kết luận: chuẩn bị cho tàu xuất bến đầu năm sau Tết; lo Tết chu đáo cho thuyền viên; "
              "tàu nào gặp sự cố phải báo ngay Đồn Biên phòng và Ban chủ nhiệm HTX."),
            L("Phân công: đ/c Nguyễn Văn Thơm làm việc với Công ty Thủy sản Bình Định về giá thu mua, trước 25/01; "
              "đ/c Lê Văn Bảy liên hệ nhà máy đóng tàu về bảo hành máy tàu BĐ 96868 TS trước khi tàu ra khơi."),
            L("Biểu quyết: nhất trí 9/9."),
            L("Họp xong lúc 9h40'."),
            S(["THƯ KÝ", "", "Trần Thị Lệ"], ["CHỦ TRÌ", "", "Đoàn Văn Hạnh"]),
        ],
        "truth": minute(
            meeting("regular", "2016-01-12", "08:30", "09:40", "văn phòng HTX",
                    "CHI BỘ HTX KHAI THÁC HẢI SẢN XA BỜ ĐỀ GI", "ĐẢNG BỘ XÃ CÁT KHÁNH"),
            "Đoàn Văn Hạnh", "Bí thư chi bộ", "Trần Thị Lệ",
            attendance(9, 9, 0, 0, 0, 0),
            True,
            [vote("Nhất trí", 9, None, None, None)],
            [task("Nguyễn Văn Thơm", "làm việc với Công ty Thủy sản Bình Định về giá thu mua", "25/01"),
             task("Lê Văn Bảy", "liên hệ nhà máy đóng tàu về bảo hành máy tàu BĐ 96868 TS", "khi tàu ra khơi")],
            ["not_approved", "short_meeting"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# f07 — Hải Phòng hospital department, August 2022, "V/v" line, month in words, "2 giờ chiều"; opinions only
# summed up with nobody named; the minutes approved but the conclusion never voted.
DOCS.append({
    "name": "f07-haiphong-icu-2022-vv-no-discussion-no-vote", "folder": "test",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 26, "spacing": 1.35, "left": 80,
              "right": 56, "head": "Chi bộ Khoa Hồi sức tích cực – Biên bản tháng 8/2022", "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN KIẾN AN", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "Số: 08-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kiến An, ngày 17 tháng 8 năm 2022"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
            C("Tháng Tám năm 2022", bold=False),
            C("V/v: Đánh giá công tác tháng 8, triển khai nhiệm vụ tháng 9/2022", bold=False, italic=True),
            G(6),
            P("Đúng 2 giờ chiều thứ Tư, ngày 17/8/2022, tại phòng giao ban Khoa Hồi sức tích cực, Chi bộ Khoa Hồi "
              "sức tích cực tiến hành sinh hoạt định kỳ tháng 8."),
            H("I. THÀNH PHẦN"),
            P("Tổng số đảng viên: 14 đ/c. Có mặt: 13 đ/c. Vắng: 01 đ/c (trực cấp cứu tại khoa, có báo cáo chi ủy)."),
            P("Chủ trì: BSCKII. Đào Xuân Trường – Bí thư chi bộ, Trưởng khoa. Thư ký: ĐD. Phạm Thị Thu Trang – Chi "
              "ủy viên."),
            H("II. NỘI DUNG"),
            L("1. Thông tin thời sự", italic=True),
            P("Đồng chí Bí thư thông tin Kết luận số 21-KL/TW của BCH TW khoá XIII về đẩy mạnh xây dựng, chỉnh đốn "
              "Đảng; tình hình sốt xuất huyết trên địa bàn thành phố tăng mạnh, gấp ba lần cùng kỳ; công văn của Sở "
              "Y tế về tháo gỡ khó khăn trong mua sắm thuốc, vật tư y tế."),
            L("2. Kết quả công tác tháng 8", italic=True),
            P("Khoa tiếp nhận 131 lượt người bệnh, trong đó 9 ca sốt xuất huyết Dengue có dấu hiệu cảnh báo, 14 ca "
              "thở máy; chuyển tuyến 06 ca; tử vong 02 ca (1,5%). Triển khai kỹ thuật lọc máu liên tục (CRRT) "
              "cho 03 người bệnh, cả ba đều ổn định. Hạn chế: thiếu một số vật tư tiêu hao (quả lọc, ống nội khí "
              "quản cỡ nhỏ) do gói thầu chậm; 02 điều dưỡng mới chưa được cấp chứng chỉ kiểm soát nhiễm khuẩn."),
            L("3. Thảo luận", italic=True),
            P("Chi bộ thảo luận sôi nổi; các ý kiến đều thống nhất với báo cáo của đồng chí Bí thư và cho rằng cần "
              "sớm có dự trù vật tư cho quý IV, không để người bệnh phải tự mua."),
            H("III. KẾT LUẬN VÀ PHÂN CÔNG"),
            P("Đồng chí Đào Xuân Trường kết luận: tháng 9 khoa tập trung cứu chữa người bệnh sốt xuất huyết nặng, "
              "không để thiếu vật tư thiết yếu; duy trì kỹ thuật lọc máu liên tục; chấn chỉnh việc ghi hồ sơ bệnh "
              "án điện tử. Chi bộ phân công:"),
            P("- Đồng chí Nguyễn Đức Hiếu, Phó Trưởng khoa, lập dự trù vật tư quý IV gửi Khoa Dược trước ngày "
              "25/8/2022;"),
            P("- Đồng chí Lương Thị Hà, Điều dưỡng trưởng khoa, tổ chức tập huấn kiểm soát nhiễm khuẩn cho điều "
              "dưỡng mới trong tháng 9/2022;"),
            P("- Đồng chí Phạm Thị Thu Trang kiểm tra hồ sơ bệnh án điện tử, báo cáo chi bộ hằng tuần."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ cùng ngày. Biên bản được đọc lại trước chi bộ, các đồng chí dự họp "
              "nhất trí thông qua."),
            S(["THƯ KÝ", "", "Phạm Thị Thu Trang"], ["BÍ THƯ", "", "Đào Xuân Trường"]),
        ],
        "truth": minute(
            meeting("regular", "2022-08-17", "14:00", "16:00", "phòng giao ban Khoa Hồi sức tích cực",
                    "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "ĐẢNG BỘ BỆNH VIỆN KIẾN AN"),
            "Đào Xuân Trường", "Bí thư chi bộ", "Phạm Thị Thu Trang",
            attendance(14, 13, 1, 1, 0, 0),
            True,
            [],
            [task("Nguyễn Đức Hiếu", "lập dự trù vật tư quý IV gửi Khoa Dược", "25/8/2022"),
             task("Lương Thị Hà", "tổ chức tập huấn kiểm soát nhiễm khuẩn cho điều dưỡng mới", "tháng 9/2022"),
             task("Phạm Thị Thu Trang", "kiểm tra hồ sơ bệnh án điện tử, báo cáo chi bộ", "hằng tuần")],
            ["missing_vote", "no_discussion"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# f08 — Đắk Lắk secondary school, Ê Đê teachers, October 2018: regular meeting combined with the Q4 thematic
# in 110 minutes (bar 120); ruled task table with two teachers in one cell and a group.
DOCS.append({
    "name": "f08-daklak-school-ede-combined-110min-table", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 28, "spacing": 1.3, "left": 80,
              "right": 56, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG UỶ XÃ EA TU", "CHI BỘ TRƯỜNG THCS LÊ ĐÌNH CHINH", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Tu, ngày 18 tháng 10 năm 2018"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV/2018"),
            C("Chuyên đề: Xây dựng phong cách, tác phong công tác của cán bộ, đảng viên trong nhà trường theo tấm "
              "gương Bác Hồ", bold=False, italic=True),
            G(6),
            L("Thời gian: từ 14 giờ 00 đến 15 giờ 50 phút, thứ Năm, ngày 18 tháng 10 năm 2018."),
            L("Địa điểm: Phòng Hội đồng nhà trường."),
            L("Thành phần: Tổng số ĐV 16 đ/c; có mặt 16/16 đ/c (trong đó 01 đ/c dự bị)."),
            L("Chủ trì: đ/c Trần Đức Minh – Bí thư chi bộ, Hiệu trưởng."),
            L("Thư ký: đ/c H'Luyến Byă – Chi uỷ viên."),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
            P("1. Thông tin: Đ/c Bí thư thông báo nội dung Hội nghị lần thứ tám BCH TW khoá XII; phổ biến Quy định "
              "08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Uỷ viên Bộ Chính trị, Uỷ "
              "viên Ban Bí thư, Uỷ viên BCH TW."),
            P("2. Đánh giá tháng 9 và tháng 10: nhà trường khai giảng năm học 2018–2019 với 612 học sinh, 17 lớp; "
              "học sinh dân tộc thiểu số 251 em (41%). Tỷ lệ chuyên cần đạt 97,2%; còn 03 học sinh buôn Kô Tam "
              "nghỉ học dài ngày, có nguy cơ bỏ học. Hồ sơ tự đánh giá kiểm định chất lượng hoàn thành đúng tiến "
              "độ. Hạn chế: một số giáo viên trẻ còn lúng túng khi dạy lớp có nhiều học sinh người Ê Đê."),
            H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đ/c Y Khoa Mlô – Phó Bí thư chi bộ, Phó Hiệu trưởng trình bày chuyên đề, liên hệ việc đi đúng giờ, "
              "soạn giảng, ứng xử với học sinh và phụ huynh của giáo viên trong trường."),
            P("Ý kiến thảo luận:"),
            P("+ Đ/c Lê Thị Hồng Vân: nêu gương phải từ việc nhỏ, như không dùng điện thoại trong giờ dạy, không "
              "đến lớp muộn."),
            P("+ Đ/c Y Nguyên Êban: giáo viên người Ê Đê nên cùng già làng đến từng nhà vận động học sinh nghỉ học, "
              "nói bằng tiếng mẹ đẻ thì phụ huynh dễ nghe hơn."),
            P("+ Đ/c H'Bia Niê: xin đăng ký kèm 02 học sinh yếu môn Toán lớp 6."),
            P("Kết luận: Đ/c Trần Đức Minh yêu cầu mỗi đảng viên xây dựng kế hoạch làm theo, tập trung vào tác "
              "phong đúng giờ, chuẩn mực trong giao tiếp; tháng 11 chuẩn bị tốt các hoạt động chào mừng Ngày Nhà "
              "giáo Việt Nam 20/11. Phân công cụ thể như sau:"),
            T([(0.07, "TT", "c"), (0.45, "Nội dung công việc", "l"), (0.28, "Người thực hiện", "l"),
               (0.20, "Thời gian", "l")],
              [["1", "Vận động 03 học sinh buôn Kô Tam trở lại lớp", "Đ/c Y Nguyên Êban, đ/c H'Bia Niê",
                "Trước 30/10/2018"],
               ["2", "Xây dựng kế hoạch bồi dưỡng học sinh giỏi cấp huyện", "Đ/c Lê Thị Hồng Vân", "Tháng 11/2018"],
               ["3", "Tổ chức hội thi giáo viên dạy giỏi cấp trường chào mừng 20/11",
                "Tổ chuyên môn Khoa học xã hội", "Nửa đầu tháng 11"]]),
            P("Biểu quyết: 16/16 đ/c tán thành (100%)."),
            P("Hội nghị kết thúc lúc 15 giờ 50 phút cùng ngày. Biên bản đã được thông qua tại hội nghị, 100% đảng "
              "viên dự họp nhất trí."),
            S(["THƯ KÝ", "", "H'Luyến Byă"], ["T/M CHI BỘ", "BÍ THƯ", "", "Trần Đức Minh"]),
        ],
        "truth": minute(
            meeting("regular", "2018-10-18", "14:00", "15:50", "Phòng Hội đồng nhà trường",
                    "CHI BỘ TRƯỜNG THCS LÊ ĐÌNH CHINH", "ĐẢNG UỶ XÃ EA TU",
                    topic="Xây dựng phong cách, tác phong công tác của cán bộ, đảng viên trong nhà trường theo tấm "
                          "gương Bác Hồ"),
            "Trần Đức Minh", "Bí thư chi bộ", "H'Luyến Byă",
            attendance(16, 16, 0, 0, 0, 0),
            True,
            [vote("Tán thành kết luận", 16, None, None, 100)],
            [task("Y Nguyên Êban", "Vận động 03 học sinh buôn Kô Tam trở lại lớp", "30/10/2018"),
             task("H'Bia Niê", "Vận động 03 học sinh buôn Kô Tam trở lại lớp", "30/10/2018"),
             task("Lê Thị Hồng Vân", "Xây dựng kế hoạch bồi dưỡng học sinh giỏi cấp huyện", "Tháng 11/2018"),
             task("Tổ chuyên môn Khoa học xã hội", "Tổ chức hội thi giáo viên dạy giỏi cấp trường chào mừng 20/11",
                  "Nửa đầu tháng 11")],
            ["short_meeting"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# f09 — Sơn La tea company, Thái workers, April 2008: a printed form typed in; the upper-level guest field and
# "Ý kiến khác" left as dots, "(Ký, ghi rõ họ tên)" under both titles. Unfilled template.
DOCS.append({
    "name": "f09-sonla-tea-team-2008-form-dots", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 0, "spacing": 1.25, "left": 76,
              "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CHÈ MỘC CHÂU", "CHI BỘ ĐỘI CHÈ 19/5", "Số: 04-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mộc Châu, ngày 16 tháng 4 năm 2008"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 4 năm 2008", bold=False),
            G(6),
            L("I. Thời gian bắt đầu: 19 giờ 00 phút, ngày 16 tháng 4 năm 2008."),
            L("II. Địa điểm: Nhà văn hoá Đội chè 19/5."),
            L("III. Thành phần:"),
            L("1. Tổng số đảng viên của chi bộ: 15; miễn sinh hoạt: 0; số phải dự: 15.", indent=20),
            L("2. Có mặt: 14; vắng: 01 (có lý do: 01; không lý do: 0).", indent=20),
            L("3. Đảng viên vắng và lý do: Lò Văn Hặc – nằm viện huyện.", indent=20),
            L("4. Đại biểu cấp trên dự: ……", indent=20),
            L("5. Chủ trì: Cầm Văn Pọm – Chức vụ: Bí thư chi bộ.", indent=20),
            L("6. Thư ký: Hà Thị Xuân.", indent=20),
            L("IV. Nội dung:"),
            L("1. Thông tin, phổ biến văn bản mới:", indent=20),
            P("Phổ biến chỉ thị của Ban Thường vụ Đảng uỷ Công ty về tiếp tục Cuộc vận động “Học tập và làm theo "
              "tấm gương đạo đức Hồ Chí Minh”; thông báo giá thu mua chè búp tươi vụ xuân 2008: loại A 3.200 đ/kg, "
              "loại B 2.600 đ/kg.", indent=20),
            L("2. Kết quả thực hiện nhiệm vụ tháng 3:", indent=20),
            P("Đội thu hái 186 tấn chè búp tươi, đạt 31% kế hoạch năm; đốn chè xong 100% diện tích; bón phân đợt 1 "
              "cho 42 ha. Sau đợt rét đậm, rét hại kéo dài từ đầu năm, nhiều lô chè chậm ra búp. Hạn chế: còn 04 "
              "hộ công nhân nộp sản phẩm chưa đủ khoán; lô 7 phun thuốc bảo vệ thực vật chưa đúng thời gian cách "
              "ly.", indent=20),
            L("3. Ý kiến phát biểu:", indent=20),
            P("– Đ/c Lường Văn Ún: đề nghị Công ty ứng trước phân bón cho các hộ bị thiệt hại do rét.", indent=20),
            P("– Đ/c Quàng Thị Piếng: có thương lái vào thu mua chè non, trả giá cao hơn, làm ảnh hưởng chất lượng "
              "chè của đội.", indent=20),
            P("– Đ/c Nguyễn Văn Hùng: tổ bảo vệ thực vật sẽ lập lịch phun thuốc cho từng lô và niêm yết công khai.",
              indent=20),
            L("4. Kết luận của chủ trì:", indent=20),
            P("Tháng 4 là cao điểm thu hái vụ xuân, đội phải hái đúng kỹ thuật, không hái chè non, không bán chè cho "
              "thương lái; chấm dứt việc phun thuốc sai thời gian cách ly; đề nghị Công ty xem xét ứng trước phân "
              "bón. Phân công: đ/c Nguyễn Văn Hùng lập và niêm yết lịch phun thuốc theo từng lô trước ngày "
              "20/4/2008; đ/c Quàng Thị Piếng cùng tổ KCS kiểm tra búp chè tại điểm cân hằng ngày; đ/c Lường Văn "
              "Ún tổng hợp danh sách hộ bị thiệt hại do rét, nộp đội trước 25/4.", indent=20),
            L("5. Biểu quyết:", indent=20),
            L("Tán thành: 14/14; Không tán thành: 0; Ý kiến khác: ……", indent=20),
            L("V. Biên bản kết thúc hồi 21 giờ 05 phút cùng ngày, đã đọc cho chi bộ nghe và nhất trí thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Hà Thị Xuân"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Cầm Văn Pọm"]),
        ],
        "truth": minute(
            meeting("regular", "2008-04-16", "19:00", "21:05", "Nhà văn hoá Đội chè 19/5", "CHI BỘ ĐỘI CHÈ 19/5",
                    "ĐẢNG BỘ CÔNG TY CHÈ MỘC CHÂU"),
            "Cầm Văn Pọm", "Bí thư chi bộ", "Hà Thị Xuân",
            attendance(15, 14, 1, 1, 0, 0, absentees=[("Lò Văn Hặc", "nằm viện huyện", True)]),
            True,
            [vote("Biểu quyết kết luận", 14, 0, None, None)],
            [task("Nguyễn Văn Hùng", "lập và niêm yết lịch phun thuốc theo từng lô", "20/4/2008"),
             task("Quàng Thị Piếng", "cùng tổ KCS kiểm tra búp chè tại điểm cân", "hằng ngày"),
             task("Lường Văn Ún", "tổng hợp danh sách hộ bị thiệt hại do rét, nộp đội", "25/4")],
            ["unfilled_template"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# f10 — Vĩnh Long (former Trà Vinh), commune police, January 2026, after the merger; Khmer officers; those
# present only listed by rank and name, no count. Clean.
DOCS.append({
    "name": "f10-vinhlong-commune-police-khmer-2026-listed-clean", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 0, "spacing": 1.4, "left": 84, "right": 56,
              "head": "Biên bản sinh hoạt chi bộ tháng 01/2026", "head_align": "right", "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TỈNH VĨNH LONG", "ĐẢNG BỘ XÃ TẬP SƠN", "CHI BỘ CÔNG AN XÃ TẬP SƠN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tập Sơn, ngày 09 tháng 01 năm 2026"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2026"),
            G(6),
            L("Bắt đầu: 7 giờ 30 phút, thứ Sáu ngày 09/01/2026. Kết thúc: 10 giờ 15 phút."),
            L("Tại: Hội trường Công an xã Tập Sơn."),
            H("A. THÀNH PHẦN DỰ"),
            P("Đảng viên có mặt: Thiếu tá Thạch Văn Rum; Đại úy Kim Sô Phal; Đại úy Nguyễn Hoàng Phúc; Thượng úy "
              "Lâm Thị Sóc Ry; Thượng úy Sơn Minh Tâm; Thượng úy Trần Văn Út; Trung úy Thạch Thị Sa Vênh; Trung úy "
              "Lê Quốc Bảo; Thiếu úy Kim Thanh Phong; Thiếu úy Huỳnh Ngọc Trâm. Vắng: không.", indent=24),
            P("Chủ trì: Thiếu tá Thạch Văn Rum – Bí thư chi bộ, Trưởng Công an xã. Thư ký: Thượng úy Lâm Thị Sóc "
              "Ry.", indent=24),
            H("B. NỘI DUNG"),
            P("I. Đ/c Bí thư quán triệt kế hoạch của Đảng ủy Công an tỉnh về bảo vệ tuyệt đối an toàn Đại hội đại "
              "biểu toàn quốc lần thứ XIV của Đảng; kế hoạch cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên "
              "đán Bính Ngọ 2026.", indent=24),
            P("II. Kết quả tháng 12/2025 và cả năm 2025: Công an xã tiếp nhận, giải quyết 47/51 tin báo, tố giác "
              "tội phạm (đạt 92,2%); hòa giải thành 19 vụ việc; thu hồi 12 súng tự chế, 36 kg pháo nổ. Thực hiện "
              "Đề án 06, cấp 2.814 thẻ căn cước, kích hoạt 9.530 tài khoản định danh điện tử mức 2; làm sạch dữ "
              "liệu dân cư của các ấp từ xã cũ chuyển về. Tồn tại: tình trạng tụ tập đua xe trên Quốc lộ 54 vào "
              "tối cuối tuần chưa chấm dứt; còn 04 tin báo tồn đọng.", indent=24),
            P("III. Thảo luận:", indent=24),
            P("Đại úy Kim Sô Phal: đề nghị lập chốt lưu động tại ngã ba Tập Sơn vào tối thứ Bảy, Chủ nhật.", indent=24),
            P("Thượng úy Sơn Minh Tâm: nhiều bà con Khmer đi làm ăn xa về quê ăn Tết, cần hướng dẫn đăng ký tạm "
              "trú, không để đối tượng xấu lợi dụng.", indent=24),
            P("Trung úy Thạch Thị Sa Vênh: đề nghị phối hợp với Ban quản trị các chùa Khmer tuyên truyền về an "
              "toàn giao thông trong các ngày lễ.", indent=24),
            P("IV. Kết luận (Đ/c Thạch Văn Rum): tháng 01/2026 chi bộ lãnh đạo bảo đảm tuyệt đối an ninh, an toàn "
              "trước, trong và sau Đại hội XIV; mở đợt cao điểm trấn áp tội phạm dịp Tết; giải quyết dứt điểm tin "
              "báo tồn đọng. Giao:", indent=24),
            P("– Đại úy Kim Sô Phal chỉ huy tổ tuần tra lưu động tại ngã ba Tập Sơn các tối thứ Bảy, Chủ nhật, đến "
              "hết tháng 02/2026;", indent=24),
            P("– Đại úy Nguyễn Hoàng Phúc giải quyết 04 tin báo tồn đọng, xong trước ngày 31/01/2026;", indent=24),
            P("– Thượng úy Sơn Minh Tâm và Trung úy Thạch Thị Sa Vênh phối hợp Ban quản trị các chùa tuyên truyền "
              "an toàn giao thông, hướng dẫn đăng ký tạm trú trong dịp Tết.", indent=24),
            P("V. Chi bộ biểu quyết tán thành kết luận: 10/10 đồng chí, đạt tỷ lệ 100%.", indent=24),
            P("Biên bản đã thông qua trước chi bộ lúc 10 giờ 15 phút; các đồng chí dự họp nhất trí, không bổ sung.",
              indent=24),
            S(["THƯ KÝ", "", "Thượng úy Lâm Thị Sóc Ry"], ["BÍ THƯ", "", "Thiếu tá Thạch Văn Rum"]),
        ],
        "truth": minute(
            meeting("regular", "2026-01-09", "07:30", "10:15", "Hội trường Công an xã Tập Sơn",
                    "CHI BỘ CÔNG AN XÃ TẬP SƠN", "ĐẢNG BỘ XÃ TẬP SƠN"),
            "Thạch Văn Rum", "Bí thư chi bộ", "Lâm Thị Sóc Ry",
            attendance(10, 10, 0, 0, 0, 0),
            True,
            [vote("Tán thành kết luận", 10, None, None, 100)],
            [task("Kim Sô Phal", "chỉ huy tổ tuần tra lưu động tại ngã ba Tập Sơn các tối thứ Bảy, Chủ nhật",
                  "hết tháng 02/2026"),
             task("Nguyễn Hoàng Phúc", "giải quyết 04 tin báo tồn đọng", "31/01/2026"),
             task("Sơn Minh Tâm", "phối hợp Ban quản trị các chùa tuyên truyền an toàn giao thông, hướng dẫn đăng "
                  "ký tạm trú", "dịp Tết"),
             task("Thạch Thị Sa Vênh", "phối hợp Ban quản trị các chùa tuyên truyền an toàn giao thông, hướng dẫn "
                  "đăng ký tạm trú", "dịp Tết")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# f11 — minute book, Bắc Kạn Tày and Dao hamlet, March–July 2010, typed on a machine (typewriter face), each
# minute after the first typed on under the previous signatures with a title and no header of its own.
_A_CELL, _A_COMM = "CHI BỘ THÔN KHAU TẠ", "ĐẢNG UỶ XÃ ĐỒNG THẮNG"
DOCS.append({
    "name": "f11-backan-dao-hamlet-book-2010-typewriter", "folder": "test",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.3, "left": 70, "right": 50,
              "top": 60, "bottom": 62, "foot": "- {n} -", "para_gap": 1.5},
    "between": 22,
    "minutes": [
        {   # March meeting held on 2 April
            "blocks": [
                HD(["ĐẢNG BỘ HUYỆN CHỢ ĐỒN", "ĐẢNG UỶ XÃ ĐỒNG THẮNG", "CHI BỘ THÔN KHAU TẠ"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Khau Tạ, ngày 02 tháng 4 năm 2010"], bold_left=(2,)),
                G(4),
                C("BIÊN BẢN HỌP CHI BỘ THÁNG 3 NĂM 2010"),
                C("(họp bù vào đầu tháng 4 vì tháng 3 tập trung trồng rừng)", bold=False, italic=True),
                G(4),
                L("Hồi 19 giờ 30 ngày 02/4/2010, tại nhà văn hoá thôn Khau Tạ, chi bộ họp thường kỳ tháng 3."),
                L("Tổng số đảng viên: 21 đ/c, miễn sinh hoạt 01 đ/c (đ/c Hoàng Văn Nhì, 82 tuổi). Có mặt 18 đ/c. "
                  "Vắng 02 đ/c: đ/c Bàn Văn Quẩy (đi làm thuê ở Thái Nguyên, có báo), đ/c Triệu Văn Sành (không lý "
                  "do)."),
                L("Chủ trì: đ/c Ma Văn Khiêm, BT chi bộ. Thư ký: đ/c Triệu Thị Mai."),
                L("1/ Đ/c Khiêm phổ biến Chỉ thị 37-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại "
                  "hội XI của Đảng; kế hoạch của Đảng uỷ xã về đại hội chi bộ nhiệm kỳ 2010–2012."),
                L("2/ Kiểm điểm tháng 3: thôn trồng được 14 ha rừng mỡ, keo theo dự án 661; tiêm phòng cho 118 con "
                  "trâu bò; còn 3 hộ đốt nương sát rừng phòng hộ. Đường vào thôn sau mưa bị xói, xe máy khó đi."),
                L("3/ Ý kiến:"),
                L("- Đ/c Bàn Thị Slao: đề nghị chi bộ nhắc nhở đ/c Sành, đi họp không đều mà không báo."),
                L("- Đ/c Hoàng Văn Lự: đề nghị huy động dân góp công sửa đường trước mùa mưa."),
                L("- Đ/c Lý Văn Pham: tổ bảo vệ rừng xin thêm người tuần tra trong mùa khô."),
                L("4/ Đ/c Khiêm kết luận: tháng 4 tập trung làm tốt đại hội chi bộ, trồng dặm rừng, sửa đường. Giao "
                  "đ/c Hoàng Văn Lự (trưởng thôn) huy động nhân dân góp công sửa đường vào thôn, xong trước "
                  "30/4/2010; đ/c Lý Văn Pham bố trí tuần tra chống cháy rừng hằng ngày; đ/c Triệu Thị Mai chuẩn bị "
                  "dự thảo báo cáo đại hội chi bộ, xong trong tháng 4."),
                L("5/ Biểu quyết: 18/18 đ/c nhất trí."),
                L("Họp kết thúc 21 giờ 45. Biên bản đọc lại, chi bộ thông qua."),
                S(["THƯ KÝ", "Triệu Thị Mai"], ["BÍ THƯ", "Ma Văn Khiêm"]),
            ],
            "truth": minute(
                meeting("regular", "2010-04-02", "19:30", "21:45", "nhà văn hoá thôn Khau Tạ", _A_CELL, _A_COMM,
                        month=3),
                "Ma Văn Khiêm", "BT chi bộ", "Triệu Thị Mai",
                attendance(21, 18, 2, 1, 1, 1,
                           absentees=[("Bàn Văn Quẩy", "đi làm thuê ở Thái Nguyên, có báo", True),
                                      ("Triệu Văn Sành", "không lý do", False)]),
                True,
                [vote("Nhất trí kết luận", 18, None, None, None)],
                [task("Hoàng Văn Lự", "huy động nhân dân góp công sửa đường vào thôn", "30/4/2010"),
                 task("Lý Văn Pham", "bố trí tuần tra chống cháy rừng", "hằng ngày"),
                 task("Triệu Thị Mai", "chuẩn bị dự thảo báo cáo đại hội chi bộ", "tháng 4")],
                ["unexcused_absence"]),
        },
        {   # April: no vote
            "blocks": [
                C("BIÊN BẢN HỌP CHI BỘ THÁNG 4/2010"),
                G(4),
                L("Ngày 28 tháng 4 năm 2010, bắt đầu 19h30, tại nhà văn hoá thôn."),
                L("Có mặt 19/20 đ/c phải dự (miễn SH 01). Vắng: đ/c Bàn Văn Quẩy (vẫn đi làm ăn xa, có báo cáo)."),
                L("Chủ trì: đ/c Ma Văn Khiêm. Thư ký: đ/c Triệu Thị Mai."),
                L("1/ Đ/c Khiêm báo cáo kết quả đại hội chi bộ ngày 20/4: bầu chi uỷ 3 đ/c, đ/c Ma Văn Khiêm tiếp "
                  "tục làm Bí thư, đ/c Hoàng Văn Lự làm Phó Bí thư; bầu 02 đại biểu đi đại hội Đảng bộ xã."),
                L("2/ Kiểm điểm tháng 4: sửa xong 1,2 km đường vào thôn với 260 ngày công; trồng dặm 3 ha rừng; "
                  "chưa có vụ cháy rừng. Còn 7 hộ chưa nộp quỹ khuyến học."),
                L("3/ Ý kiến:"),
                L("- Đ/c Triệu Văn Sành: xin lỗi chi bộ vì tháng trước vắng, hứa đi họp đầy đủ."),
                L("- Đ/c Bàn Thị Slao: Chi hội phụ nữ sẽ vận động các hộ nộp quỹ khuyến học trước khi học sinh "
                  "nghỉ hè."),
                L("4/ Đ/c Khiêm kết luận: tháng 5 chăm sóc lúa, ngô xuân; chuẩn bị sinh hoạt chuyên đề quý II đúng "
                  "dịp 19/5; thu nốt quỹ khuyến học. Giao đ/c Hoàng Văn Lự chuẩn bị nội dung chuyên đề, trình chi "
                  "uỷ trước ngày 10/5; đ/c Bàn Thị Slao thu quỹ khuyến học, xong trong tháng 5."),
                L("Họp xong 21h30. Biên bản được đọc lại và thông qua."),
                S(["THƯ KÝ", "Triệu Thị Mai"], ["BÍ THƯ", "Ma Văn Khiêm"]),
            ],
            "truth": minute(
                meeting("regular", "2010-04-28", "19:30", "21:30", "nhà văn hoá thôn", _A_CELL, _A_COMM),
                "Ma Văn Khiêm", None, "Triệu Thị Mai",
                attendance(21, 19, 1, 1, 0, 1,
                           absentees=[("Bàn Văn Quẩy", "vẫn đi làm ăn xa, có báo cáo", True)]),
                True,
                [],
                [task("Hoàng Văn Lự", "chuẩn bị nội dung chuyên đề, trình chi uỷ", "10/5"),
                 task("Bàn Thị Slao", "thu quỹ khuyến học", "tháng 5")],
                ["missing_vote"]),
        },
        {   # Q2 thematic, 75 minutes, no named opinion, no task
            "blocks": [
                C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2010"),
                C("Chuyên đề: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về cần, kiệm, liêm, chính, chí công "
                  "vô tư", bold=False),
                G(4),
                L("Thời gian: 19 giờ 30 đến 20 giờ 45, thứ Bảy 15/5/2010 (dịp kỷ niệm 120 năm Ngày sinh Bác Hồ)."),
                L("Địa điểm: nhà văn hoá thôn Khau Tạ."),
                L("Dự: 20/20 đ/c phải dự (trừ 01 đ/c miễn SH)."),
                L("Chủ trì: đ/c Ma Văn Khiêm – BT. Thư ký: đ/c Triệu Thị Mai."),
                L("Đ/c Hoàng Văn Lự, PBT trình bày chuyên đề: Bác Hồ cả đời sống giản dị, tiết kiệm, không lãng phí "
                  "của dân; liên hệ ở thôn việc cưới xin, ma chay còn tốn kém, mổ nhiều lợn, trâu; có đảng viên còn "
                  "uống rượu trong giờ làm việc của thôn."),
                L("Các đ/c thảo luận, thống nhất với nội dung chuyên đề, tự liên hệ bản thân."),
                L("Đ/c Khiêm kết luận: mỗi đảng viên viết bản đăng ký làm theo gửi chi uỷ; gia đình đảng viên "
                  "gương mẫu tổ chức đám cưới, đám ma tiết kiệm theo hương ước; chi bộ đưa việc làm theo vào kiểm "
                  "điểm cuối năm."),
                L("Chi bộ nhất trí 100%."),
                L("Kết thúc 20 giờ 45. Biên bản đọc lại, nhất trí."),
                S(["THƯ KÝ", "Triệu Thị Mai"], ["BÍ THƯ", "Ma Văn Khiêm"]),
            ],
            "truth": minute(
                meeting("thematic", "2010-05-15", "19:30", "20:45", "nhà văn hoá thôn Khau Tạ", _A_CELL, _A_COMM,
                        topic="Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về cần, kiệm, liêm, chính, chí "
                              "công vô tư"),
                "Ma Văn Khiêm", "BT", "Triệu Thị Mai",
                attendance(21, 20, 0, 0, 0, 1),
                True,
                [vote("Nhất trí với chuyên đề và kết luận", None, None, None, 100)],
                [],
                ["missing_assignments", "no_discussion", "short_meeting"]),
        },
        {   # May, the deputy chairs, the Bí thư away; Sành absent again
            "blocks": [
                C("BIÊN BẢN HỌP CHI BỘ THÁNG 5 NĂM 2010"),
                G(4),
                L("Hồi 14h00 thứ Bảy ngày 29/5/2010 tại nhà đ/c Hoàng Văn Lự (nhà văn hoá đang lợp lại mái)."),
                L("Có mặt: 18 đ/c. Vắng 02: đ/c Ma Văn Khiêm (đi tập huấn ở huyện), đ/c Triệu Văn Sành (vắng không "
                  "lý do). Miễn SH: 01. Tổng số: 21."),
                L("Đ/c Hoàng Văn Lự, Phó Bí thư chủ trì; đ/c Triệu Thị Mai ghi biên bản."),
                L("1/ Thông báo lịch đại hội Đảng bộ xã ngày 15-16/6/2010; giá phân đạm tăng lên 9.500 đ/kg."),
                L("2/ Kiểm điểm tháng 5: làm xong sinh hoạt chuyên đề; 100% hộ cấy xong lúa mùa sớm; thu quỹ khuyến "
                  "học đạt 95%. Có 2 con trâu chết rét chưa được hỗ trợ."),
                L("3/ Ý kiến: đ/c Lý Văn Pham đề nghị xã sớm hỗ trợ cho hai hộ có trâu chết; đ/c Bàn Thị Slao nói "
                  "đ/c Sành lại vắng lần nữa, cần gặp tận nhà."),
                L("4/ Đ/c Lự kết luận: tháng 6 chăm sóc lúa, phòng lũ quét cho các hộ ven suối; chi bộ cử người gặp "
                  "đ/c Sành. Giao đ/c Bàn Thị Slao gặp đ/c Triệu Văn Sành tìm hiểu lý do vắng họp, báo cáo chi uỷ "
                  "trước kỳ họp tháng 6; đ/c Lý Văn Pham lập danh sách hộ ven suối cần di dời khi có lũ, xong trước "
                  "10/6/2010."),
                L("5/ Biểu quyết: 18/18 đ/c tán thành."),
                L("Kết thúc 16h20. Biên bản đã đọc lại, thông qua."),
                S(["THƯ KÝ", "Triệu Thị Mai"], ["CHỦ TRÌ", "Hoàng Văn Lự"]),
            ],
            "truth": minute(
                meeting("regular", "2010-05-29", "14:00", "16:20", "nhà đ/c Hoàng Văn Lự", _A_CELL, _A_COMM),
                "Hoàng Văn Lự", "Phó Bí thư", "Triệu Thị Mai",
                attendance(21, 18, 2, 1, 1, 1,
                           absentees=[("Ma Văn Khiêm", "đi tập huấn ở huyện", True),
                                      ("Triệu Văn Sành", "vắng không lý do", False)]),
                True,
                [vote("Tán thành kết luận", 18, None, None, None)],
                [task("Bàn Thị Slao", "gặp đ/c Triệu Văn Sành tìm hiểu lý do vắng họp, báo cáo chi uỷ",
                      "kỳ họp tháng 6"),
                 task("Lý Văn Pham", "lập danh sách hộ ven suối cần di dời khi có lũ", "10/6/2010")],
                ["unexcused_absence"]),
        },
        {   # July (no June meeting), Sành a third time
            "blocks": [
                C("BIÊN BẢN HỌP CHI BỘ THÁNG 7 NĂM 2010"),
                C("(Tháng 6 chi bộ không họp được do lũ quét làm sạt đường, nhiều hộ phải di dời)", bold=False,
                  italic=True),
                G(4),
                L("Thời gian: bắt đầu 19 giờ 00 ngày 03/7/2010; kết thúc 21 giờ 00."),
                L("Địa điểm: nhà văn hoá thôn Khau Tạ."),
                L("Đảng viên phải dự 20 (miễn 01), có mặt 18. Vắng: đ/c Bàn Văn Quẩy (đi làm ăn xa); đ/c Triệu Văn "
                  "Sành (vắng không xin phép)."),
                L("Chủ trì: đ/c Ma Văn Khiêm, Bí thư chi bộ. Thư ký: đ/c Triệu Thị Mai."),
                L("1/ Đ/c Khiêm thông báo kết quả Đại hội Đảng bộ xã Đồng Thắng lần thứ XX, nhiệm kỳ 2010–2015."),
                L("2/ Kiểm điểm: lũ quét đêm 19/6 làm sạt 300 m đường, cuốn trôi 2 nhà; chi bộ đã huy động 35 lượt "
                  "người giúp di dời. Đ/c Bàn Thị Slao báo cáo: đã hai lần đến nhà đ/c Sành nhưng đồng chí không "
                  "hợp tác."),
                L("3/ Ý kiến: đ/c Hoàng Văn Lự đề nghị chi bộ xem xét kỷ luật đ/c Triệu Văn Sành; đ/c Triệu Thị Mai "
                  "đề nghị xin xã hỗ trợ gạo cho hai hộ mất nhà."),
                L("4/ Đ/c Khiêm kết luận: tháng 7 khắc phục hậu quả lũ, dựng lại nhà cho hai hộ; chi uỷ lập hồ sơ "
                  "báo cáo Đảng uỷ xã về trường hợp đ/c Sành. Giao đ/c Hoàng Văn Lự huy động ngày công dựng nhà cho "
                  "hai hộ bị lũ cuốn, xong trước 31/7/2010; đ/c Triệu Thị Mai làm tờ trình xin hỗ trợ gạo gửi UBND "
                  "xã trong tuần sau."),
                L("5/ Biểu quyết: tán thành 18/18, đạt 100%."),
                L("Biên bản đã đọc lại trước chi bộ và được thông qua."),
                S(["THƯ KÝ", "Triệu Thị Mai"], ["BÍ THƯ", "Ma Văn Khiêm"]),
            ],
            "truth": minute(
                meeting("regular", "2010-07-03", "19:00", "21:00", "nhà văn hoá thôn Khau Tạ", _A_CELL, _A_COMM),
                "Ma Văn Khiêm", "Bí thư chi bộ", "Triệu Thị Mai",
                attendance(21, 18, 2, 1, 1, 1,
                           absentees=[("Bàn Văn Quẩy", "đi làm ăn xa", True),
                                      ("Triệu Văn Sành", "vắng không xin phép", False)]),
                True,
                [vote("Tán thành kết luận", 18, None, None, 100)],
                [task("Hoàng Văn Lự", "huy động ngày công dựng nhà cho hai hộ bị lũ cuốn", "31/7/2010"),
                 task("Triệu Thị Mai", "làm tờ trình xin hỗ trợ gạo gửi UBND xã", "tuần sau")],
                ["unexcused_absence"]),
        },
    ],
    "flags": ["missing_month", "repeated_absence"], "scans": [], "born_digital": True,
})


# f12 — minute book, Đồng Nai (the province after the 2025 merger, no district level), a hamlet of a merged
# commune, July–October 2025, S'tiêng and Kinh members; every minute with its own header; no thematic meeting
# in the third quarter.
_B_LEFT = ["ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG BỘ XÃ PHÚ TRUNG", "CHI BỘ ẤP PHÚ TÂN", "*"]
_B_CELL, _B_COMM = "CHI BỘ ẤP PHÚ TÂN", "ĐẢNG BỘ XÃ PHÚ TRUNG"
DOCS.append({
    "name": "f12-dongnai-merged-commune-hamlet-book-2025", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.28, "left": 78, "right": 54,
              "foot": "Trang {n}/{N}", "head": "Sổ biên bản Chi bộ ấp Phú Tân – năm 2025", "head_align": "right"},
    "between": 26,
    "minutes": [
        {   # July: clean
            "blocks": [
                HD(_B_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Trung, ngày 05 tháng 7 năm 2025"], bold_left=(1, 2)),
                G(4),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 7 NĂM 2025"),
                G(4),
                P("Vào lúc 19h00 ngày 05/7/2025, tại Hội trường ấp Phú Tân, Chi bộ ấp Phú Tân sinh hoạt định kỳ tháng "
                  "7 – kỳ sinh hoạt đầu tiên sau khi xã Phú Trung (mới) được thành lập trên cơ sở nhập ba xã Phú "
                  "Trung, Phú Sơn, Phước Tân và chính quyền địa phương hai cấp đi vào hoạt động từ 01/7/2025."),
                P("1. Thành phần: Tổng số đảng viên 26 đ/c, trong đó miễn sinh hoạt 02 đ/c. Có mặt: 23/24 đ/c. Vắng "
                  "01: đ/c Điểu Lành (đi làm rẫy xa, có xin phép)."),
                P("Chủ trì: đ/c Nguyễn Văn Tám – Bí thư chi bộ, Trưởng ấp. Thư ký: đ/c Thị Rét – Chi ủy viên."),
                P("2. Thông tin: đ/c Bí thư thông tin Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh; "
                  "tỉnh Đồng Nai mới gồm tỉnh Đồng Nai và tỉnh Bình Phước cũ; từ 01/7 người dân làm thủ tục tại "
                  "Trung tâm Phục vụ hành chính công xã, không lên huyện như trước."),
                P("3. Kết quả tháng 6: ấp hoàn thành thu quỹ vì người nghèo đạt 100%; sửa 400 m đường giao thông "
                  "nông thôn bằng đá cấp phối; không có hộ tái nghèo. Tồn tại: một số hộ đồng bào S'tiêng chưa cập "
                  "nhật căn cước, chưa biết dùng dịch vụ công trực tuyến."),
                P("4. Ý kiến: đ/c Điểu Xiêm đề nghị ấp mở lớp hướng dẫn bà con dùng điện thoại nộp hồ sơ, có người "
                  "nói tiếng S'tiêng đi cùng; đ/c Trần Thị Kim Oanh (Chi hội trưởng Phụ nữ) đề nghị lắp thêm đèn "
                  "đường ở đoạn dốc Suối Cam."),
                P("5. Kết luận của đ/c Bí thư: tháng 7 tập trung hướng dẫn nhân dân làm thủ tục theo địa giới mới, "
                  "chăm sóc điều, cao su mùa mưa, phòng sốt xuất huyết. Phân công: đ/c Điểu Xiêm cùng Chi đoàn "
                  "thanh niên mở lớp hướng dẫn dịch vụ công trực tuyến tối thứ Bảy hằng tuần; đ/c Trần Thị Kim Oanh "
                  "khảo sát, đề xuất vị trí đèn đường, báo cáo chi ủy trước ngày 25/7/2025; Tổ an ninh ấp tuần tra "
                  "đêm thường xuyên."),
                P("6. Biểu quyết: 23/23 đ/c tán thành (100%)."),
                P("Sinh hoạt kết thúc 21h00. Biên bản đã đọc lại trước chi bộ và được thông qua."),
                S(["THƯ KÝ", "", "Thị Rét"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Văn Tám"]),
            ],
            "truth": minute(
                meeting("regular", "2025-07-05", "19:00", "21:00", "Hội trường ấp Phú Tân", _B_CELL, _B_COMM),
                "Nguyễn Văn Tám", "Bí thư chi bộ", "Thị Rét",
                attendance(26, 23, 1, 1, 0, 2, absentees=[("Điểu Lành", "đi làm rẫy xa, có xin phép", True)]),
                True,
                [vote("Tán thành kết luận", 23, None, None, 100)],
                [task("Điểu Xiêm", "cùng Chi đoàn thanh niên mở lớp hướng dẫn dịch vụ công trực tuyến",
                      "tối thứ Bảy hằng tuần"),
                 task("Trần Thị Kim Oanh", "khảo sát, đề xuất vị trí đèn đường, báo cáo chi ủy", "25/7/2025"),
                 task("Tổ an ninh ấp", "tuần tra đêm", "thường xuyên")],
                []),
        },
        {   # August: no conclusion; the direction is voted
            "blocks": [
                HD(_B_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Trung, ngày 06 tháng 8 năm 2025"], bold_left=(1, 2)),
                G(4),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 8 NĂM 2025"),
                G(4),
                P("Thời gian: từ 19 giờ 15 đến 21 giờ 00, thứ Tư ngày 06/8/2025. Địa điểm: Hội trường ấp Phú Tân."),
                P("1. Thành phần: 26 đ/c (miễn sinh hoạt 02). Có mặt 22/24 đ/c; vắng 02: đ/c Điểu Lành (đi làm rẫy "
                  "xa, có xin phép), đ/c Lê Văn Hùng (nằm viện)."),
                P("Chủ trì: đ/c Nguyễn Văn Tám, Bí thư chi bộ. Thư ký: đ/c Thị Rét."),
                P("2. Thông tin: kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9; kế hoạch của xã về Ngày hội "
                  "Đại đoàn kết; tình hình giá hạt điều, mủ cao su tháng 7."),
                P("3. Kết quả tháng 7: đã mở 3 buổi hướng dẫn dịch vụ công trực tuyến cho 64 lượt người; khảo sát "
                  "xong 6 vị trí đèn đường; phun thuốc diệt muỗi ở 2 tổ dân cư. Hạn chế: rác thải ở chợ tạm chưa "
                  "được thu gom thường xuyên."),
                P("4. Ý kiến: đ/c Điểu Xiêm cho biết nhiều bà con lớn tuổi vẫn muốn đến xã nộp giấy trực tiếp, đề "
                  "nghị bố trí người trực hướng dẫn; đ/c Phạm Quốc Việt đề nghị vận động mỗi hộ treo cờ, làm sạch "
                  "đường ấp dịp 2/9; đ/c Thị Rét hỏi về chế độ của cán bộ ấp sau sắp xếp."),
                P("5. Phương hướng tháng 9 và phân công: đ/c Phạm Quốc Việt phụ trách ra quân làm sạch đường ấp, "
                  "xong trước 30/8/2025; đ/c Trần Thị Kim Oanh vận động các hộ treo cờ dịp Quốc khánh; đ/c Điểu Xiêm "
                  "trực hướng dẫn bà con tại nhà văn hóa ấp sáng thứ Hai hằng tuần."),
                P("6. Chi bộ biểu quyết thông qua phương hướng tháng 9: 22/22 đ/c tán thành."),
                P("Sinh hoạt kết thúc 21 giờ 00. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
                S(["THƯ KÝ", "", "Thị Rét"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Văn Tám"]),
            ],
            "truth": minute(
                meeting("regular", "2025-08-06", "19:15", "21:00", "Hội trường ấp Phú Tân", _B_CELL, _B_COMM),
                "Nguyễn Văn Tám", "Bí thư chi bộ", "Thị Rét",
                attendance(26, 22, 2, 2, 0, 2,
                           absentees=[("Điểu Lành", "đi làm rẫy xa, có xin phép", True),
                                      ("Lê Văn Hùng", "nằm viện", True)]),
                False,
                [vote("Thông qua phương hướng tháng 9", 22, None, None, None)],
                [task("Phạm Quốc Việt", "phụ trách ra quân làm sạch đường ấp", "30/8/2025"),
                 task("Trần Thị Kim Oanh", "vận động các hộ treo cờ", "dịp Quốc khánh"),
                 task("Điểu Xiêm", "trực hướng dẫn bà con tại nhà văn hóa ấp", "sáng thứ Hai hằng tuần")],
                ["missing_conclusion"]),
        },
        {   # September: never read back
            "blocks": [
                ("page_break",),
                HD(_B_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Trung, ngày 05 tháng 9 năm 2025"], bold_left=(1, 2)),
                G(4),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 9 NĂM 2025"),
                G(4),
                P("Tối mùng 5 tháng 9 năm 2025, vào hồi 19 giờ, tại Hội trường ấp Phú Tân, chi bộ tiến hành sinh hoạt "
                  "định kỳ tháng 9."),
                P("1. Thành phần: tổng số 26 đ/c, miễn sinh hoạt 02 đ/c; có mặt 24/24 đ/c phải dự, đạt 100%. Dự có "
                  "đ/c Lâm Thanh Bình – Đảng ủy viên, phụ trách cụm ấp."),
                P("Chủ trì: đ/c Nguyễn Văn Tám – Bí thư chi bộ. Thư ký: đ/c Thị Rét."),
                P("2. Kết quả tháng 8: ấp tổ chức chu đáo lễ kỷ niệm Quốc khánh, 100% hộ treo cờ; làm sạch 2,5 km "
                  "đường; trực hướng dẫn dịch vụ công được 4 buổi. Hạn chế: 2 ca sốt xuất huyết ở tổ 3; một đoạn "
                  "mương thoát nước bị nghẽn gây ngập khi mưa lớn."),
                P("3. Ý kiến: đ/c Lê Văn Hùng đề nghị nạo vét mương thoát nước trước cao điểm mưa; đ/c Điểu Lành "
                  "nói bà con làm rẫy xa cần được báo lịch phun thuốc muỗi sớm; đ/c Lâm Thanh Bình đề nghị chi bộ "
                  "chuẩn bị đánh giá, xếp loại đảng viên cuối năm theo hướng dẫn mới."),
                P("4. Kết luận: đ/c Nguyễn Văn Tám tiếp thu ý kiến, kết luận: tháng 9 tập trung phòng, chống sốt "
                  "xuất huyết và ngập úng, giữ sĩ số học sinh sau khai giảng. Giao đ/c Lê Văn Hùng huy động nhân "
                  "dân nạo vét mương tổ 3, xong trước 20/9/2025; đ/c Thị Rét cùng Chi hội Phụ nữ vận động các hộ "
                  "S'tiêng cho con đi học đều, không để học sinh bỏ học, trong học kỳ I."),
                P("5. Biểu quyết: 24/24 đ/c tán thành, đạt 100%."),
                P("Cuộc họp kết thúc lúc 21 giờ 10."),
                S(["THƯ KÝ", "", "Thị Rét"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Văn Tám"]),
            ],
            "truth": minute(
                meeting("regular", "2025-09-05", "19:00", "21:10", "Hội trường ấp Phú Tân", _B_CELL, _B_COMM),
                "Nguyễn Văn Tám", "Bí thư chi bộ", "Thị Rét",
                attendance(26, 24, 0, 0, 0, 2, guests=[("Lâm Thanh Bình", "Đảng ủy viên, phụ trách cụm ấp")]),
                True,
                [vote("Tán thành kết luận", 24, None, None, 100)],
                [task("Lê Văn Hùng", "huy động nhân dân nạo vét mương tổ 3", "20/9/2025"),
                 task("Thị Rét",
                      "cùng Chi hội Phụ nữ vận động các hộ S'tiêng cho con đi học đều, không để học sinh bỏ học",
                      "học kỳ I")],
                ["not_approved"]),
        },
        {   # October: 20 of 24, all excused
            "blocks": [
                HD(_B_LEFT, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Trung, ngày 04 tháng 10 năm 2025"], bold_left=(1, 2)),
                G(4),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10 NĂM 2025"),
                G(4),
                P("Lúc 18h45' ngày 04/10/2025 tại Hội trường ấp Phú Tân."),
                P("1. Thành phần: có mặt 20/24 đ/c phải dự (tổng số 26 đ/c, miễn sinh hoạt 02 đ/c). Vắng 04 đ/c, "
                  "đều có lý do: đ/c Điểu Lành và đ/c Điểu Thị Bé (đi làm công nhân ở KCN Bàu Bàng), đ/c Nguyễn Thị "
                  "Nga (chăm mẹ ốm), đ/c Phạm Quốc Việt (đi tập huấn dân quân)."),
                P("Chủ trì: đ/c Nguyễn Văn Tám – Bí thư chi bộ. Thư ký: đ/c Thị Rét – Chi ủy viên."),
                P("2. Thông tin: kết quả Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025–2030; lịch "
                  "tiếp nhận hồ sơ hỗ trợ nhà ở cho hộ nghèo."),
                P("3. Kết quả tháng 9: nạo vét xong 700 m mương; không phát sinh ca sốt xuất huyết mới; 100% học "
                  "sinh trong ấp đến trường đúng ngày khai giảng. Tồn tại: nhiều đảng viên trẻ đi làm ăn xa, sinh "
                  "hoạt không đều."),
                P("4. Ý kiến: đ/c Trần Thị Kim Oanh đề nghị chi ủy liên hệ với các đảng viên đi làm xa qua nhóm "
                  "Zalo, gửi tài liệu sinh hoạt; đ/c Lê Văn Hùng đề nghị ưu tiên hỗ trợ nhà ở cho hộ bà Thị Khuyên."),
                P("5. Kết luận: đ/c Bí thư kết luận, tháng 10 tập trung thu hoạch điều, phòng chống cháy nổ mùa "
                  "khô sớm, rà soát hộ nghèo đề nghị hỗ trợ nhà ở. Giao đ/c Lê Văn Hùng cùng Ban công tác Mặt trận "
                  "rà soát, lập hồ sơ hỗ trợ nhà ở, nộp UBND xã trước 20/10/2025; đ/c Trần Thị Kim Oanh lập nhóm "
                  "Zalo của chi bộ, gửi tài liệu sinh hoạt cho đảng viên vắng hằng tháng."),
                P("6. Biểu quyết: tán thành 20/20 đ/c có mặt (100%)."),
                P("Sinh hoạt kết thúc lúc 20h50'. Biên bản đã được đọc lại và thông qua."),
                S(["THƯ KÝ", "", "Thị Rét"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Văn Tám"]),
            ],
            "truth": minute(
                meeting("regular", "2025-10-04", "18:45", "20:50", "Hội trường ấp Phú Tân", _B_CELL, _B_COMM),
                "Nguyễn Văn Tám", "Bí thư chi bộ", "Thị Rét",
                attendance(26, 20, 4, 4, 0, 2,
                           absentees=[("Điểu Lành", "đi làm công nhân ở KCN Bàu Bàng", True),
                                      ("Điểu Thị Bé", "đi làm công nhân ở KCN Bàu Bàng", True),
                                      ("Nguyễn Thị Nga", "chăm mẹ ốm", True),
                                      ("Phạm Quốc Việt", "đi tập huấn dân quân", True)]),
                True,
                [vote("Tán thành kết luận", 20, None, None, 100)],
                [task("Lê Văn Hùng", "cùng Ban công tác Mặt trận rà soát, lập hồ sơ hỗ trợ nhà ở, nộp UBND xã",
                      "20/10/2025"),
                 task("Trần Thị Kim Oanh", "lập nhóm Zalo của chi bộ, gửi tài liệu sinh hoạt cho đảng viên vắng",
                      "hằng tháng")],
                ["low_attendance"]),
        },
    ],
    "flags": ["no_thematic_in_quarter"], "scans": [], "born_digital": True,
})


# f13 — scan only (moderate, 200 dpi): Cao Bằng Nùng hamlet, June 2014; date and counts in words, 11 of 14;
# one absentee "chưa rõ lý do"; ends with the end time, never read back.
DOCS.append({
    "name": "f13-caobang-nung-hamlet-2014-words-scan-moderate", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 26, "spacing": 1.3, "left": 80, "right": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN HÀ QUẢNG", "ĐẢNG UỶ XÃ TRƯỜNG HÀ", "CHI BỘ XÓM NÀ NGẦN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Trường Hà, ngày 20 tháng 6 năm 2014"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG SÁU NĂM 2014"),
            G(6),
            P("Hôm nay, ngày hai mươi tháng sáu năm hai nghìn không trăm mười bốn, vào hồi 19 giờ 30, tại nhà văn "
              "hoá xóm Nà Ngần, Chi bộ xóm Nà Ngần họp thường kỳ tháng 6."),
            P("Đảng viên dự họp: mười một trên mười bốn đồng chí. Vắng ba đồng chí: đ/c Nông Văn Slấy (ốm), đ/c Lục "
              "Thị Hoa (đi chợ phiên bán hàng, có báo), đ/c Đàm Văn Pấu (chưa rõ lý do)."),
            P("Đồng chí Hoàng Văn Tính, Bí thư chi bộ kiêm Trưởng xóm chủ trì; đồng chí Nông Thị Nhung ghi biên "
              "bản."),
            P("Đ/c Bí thư thông tin tình hình Biển Đông (Trung Quốc hạ đặt trái phép giàn khoan Hải Dương 981 trong "
              "vùng biển Việt Nam); nhắc đảng viên, nhân dân không nghe, không tin tin đồn, không qua biên giới "
              "khi chưa có giấy tờ."),
            P("Đánh giá tháng 5: xóm cấy xong 18 ha lúa mùa, trồng 6 ha thuốc lá vụ xuân; làm 0,6 km đường bê tông "
              "theo Chương trình 135, dân góp 420 ngày công. Tồn tại: 04 hộ chưa nộp tiền góp làm đường; còn "
              "tình trạng uống rượu say gây mất trật tự trong ngày chợ phiên."),
            P("Thảo luận: đ/c Lương Văn Sỉnh đề nghị xóm họp các hộ chưa góp tiền làm đường để công khai; đ/c Nông "
              "Thị Nhung phản ánh có người lạ vào xóm mua lợn giống với giá cao bất thường."),
            P("Đ/c Hoàng Văn Tính kết luận: tháng 7 chăm sóc lúa mùa, hoàn thiện đường bê tông, giữ an ninh trong "
              "những ngày chợ phiên. Giao đ/c Lương Văn Sỉnh thu nốt tiền góp làm đường, xong trước 15/7/2014; đ/c "
              "Nông Thị Nhung cùng công an viên theo dõi người lạ vào xóm, báo ngay cho Công an xã."),
            P("Biểu quyết: mười một trên mười một đồng chí tán thành."),
            P("Hội nghị kết thúc lúc 21h15."),
            S(["THƯ KÝ", "", "Nông Thị Nhung"], ["BÍ THƯ", "", "Hoàng Văn Tính"]),
        ],
        "truth": minute(
            meeting("regular", "2014-06-20", "19:30", "21:15", "nhà văn hoá xóm Nà Ngần", "CHI BỘ XÓM NÀ NGẦN",
                    "ĐẢNG UỶ XÃ TRƯỜNG HÀ"),
            "Hoàng Văn Tính", "Bí thư chi bộ", "Nông Thị Nhung",
            attendance(14, 11, 3, 2, 1, 0,
                       absentees=[("Nông Văn Slấy", "ốm", True), ("Lục Thị Hoa", "đi chợ phiên bán hàng, có báo", True),
                                  ("Đàm Văn Pấu", "chưa rõ lý do", False)]),
            True,
            [vote("Tán thành kết luận", 11, None, None, None)],
            [task("Lương Văn Sỉnh", "thu nốt tiền góp làm đường", "15/7/2014"),
             task("Nông Thị Nhung", "cùng công an viên theo dõi người lạ vào xóm, báo ngay cho Công an xã", None)],
            ["low_attendance", "not_approved", "unexcused_absence"]),
    }],
    "flags": [], "born_digital": False,
    "scans": [{"name": "f13-caobang-nung-hamlet-2014-words-scan-moderate", "folder": "test", "damage": "moderate",
               "seed": 1413, "dpi": 200}],
})


# f14 — scan only (photocopy, 250 dpi), 2 pages: Quảng Trị coastal village, August 2006, a printed form with
# ruled absentee and task tables; "Số", the upper-level guest and the chair's conclusion left as dots.
DOCS.append({
    "name": "f14-quangtri-village-2006-form-tables-scan-photocopy", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 0, "spacing": 1.35, "left": 78,
              "right": 58, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN GIO LINH", "ĐẢNG BỘ XÃ GIO MỸ", "CHI BỘ THÔN TÂN MỸ", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gio Mỹ, ngày 10 tháng 8 năm 2006"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 8 năm 2006", bold=False, italic=True),
            G(6),
            L("1. Thời gian: bắt đầu 19 giờ 00 ngày 10/8/2006; kết thúc 21 giờ 00."),
            L("2. Địa điểm: Nhà văn hóa thôn Tân Mỹ."),
            L("3. Thành phần: Tổng số đảng viên: 20; có mặt: 18; vắng: 02, cụ thể:"),
            T([(0.10, "TT", "c"), (0.50, "Họ và tên", "l"), (0.40, "Lý do", "l")],
              [["1", "Lê Văn Bường", "Đi biển"], ["2", "Hoàng Thị Lài", "Con ốm nằm viện"]]),
            L("Đại biểu cấp trên: ……"),
            L("Chủ trì: Trần Văn Đức – Bí thư chi bộ."),
            L("Thư ký: Nguyễn Thị Hồng Thuỷ."),
            L("4. Nội dung sinh hoạt:"),
            L("a) Thông tin thời sự:", italic=True),
            P("Đ/c Bí thư thông báo Nghị quyết Đại hội X của Đảng; Chỉ thị của Ban Thường vụ Huyện uỷ về phòng, chống "
              "lụt bão năm 2006; tình hình dịch cúm gia cầm ở một số tỉnh.", indent=20),
            L("b) Đánh giá tình hình tháng 7:", italic=True),
            P("Thôn thu hoạch xong 46 ha lúa hè thu, năng suất ước 42 tạ/ha; các tàu thuyền đánh bắt ven bờ thu được "
              "khoảng 30 tấn cá, mực. Tồn tại: 5 tàu chưa có máy thông tin liên lạc; việc nộp quỹ quốc phòng – an "
              "ninh mới đạt 60%; một số hộ nuôi vịt thả đồng chưa tiêm phòng cúm.", indent=20),
            L("c) Thảo luận:", italic=True),
            P("– Đ/c Lê Quang Vinh: đề nghị chi bộ sớm có kế hoạch chằng chống nhà cửa trước mùa mưa bão.", indent=20),
            P("– Đ/c Nguyễn Văn Sáu: thuyền trưởng các tàu phải giữ liên lạc với Đồn Biên phòng Cửa Việt, không đi "
              "xa khi có tin bão.", indent=20),
            P("– Đ/c Nguyễn Thị Hồng Thuỷ: Chi hội Phụ nữ nhận thu quỹ quốc phòng – an ninh đợt II.", indent=20),
            L("d) Kết luận của chủ trì: ……", italic=True),
            L("đ) Phân công thực hiện:", italic=True),
            T([(0.08, "TT", "c"), (0.46, "Công việc", "l"), (0.26, "Người phụ trách", "l"), (0.20, "Thời hạn", "l")],
              [["1", "Vận động nhân dân gia cố nhà cửa, chuẩn bị phòng chống bão lụt", "Đ/c Lê Quang Vinh",
                "Trước 31/8/2006"],
               ["2", "Thu quỹ quốc phòng – an ninh đợt II", "Chi hội Phụ nữ", "Tháng 9/2006"],
               ["3", "Kiểm tra phương tiện liên lạc của các tàu đi biển", "Đ/c Nguyễn Văn Sáu", "Thường xuyên"]]),
            L("e) Biểu quyết: Tán thành: 18/18; Không tán thành: 0."),
            L("Hội nghị kết thúc lúc 21 giờ 00, biên bản đã được đọc lại và thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Thị Hồng Thuỷ"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Trần Văn Đức"]),
        ],
        "truth": minute(
            meeting("regular", "2006-08-10", "19:00", "21:00", "Nhà văn hóa thôn Tân Mỹ", "CHI BỘ THÔN TÂN MỸ",
                    "ĐẢNG BỘ XÃ GIO MỸ"),
            "Trần Văn Đức", "Bí thư chi bộ", "Nguyễn Thị Hồng Thuỷ",
            attendance(20, 18, 2, 2, 0, 0,
                       absentees=[("Lê Văn Bường", "Đi biển", True), ("Hoàng Thị Lài", "Con ốm nằm viện", True)]),
            False,
            [vote("Biểu quyết", 18, 0, None, None)],
            [task("Lê Quang Vinh", "Vận động nhân dân gia cố nhà cửa, chuẩn bị phòng chống bão lụt", "31/8/2006"),
             task("Chi hội Phụ nữ", "Thu quỹ quốc phòng – an ninh đợt II", "Tháng 9/2006"),
             task("Nguyễn Văn Sáu", "Kiểm tra phương tiện liên lạc của các tàu đi biển", "Thường xuyên")],
            ["missing_conclusion", "unfilled_template"]),
    }],
    "flags": [], "born_digital": False,
    "scans": [{"name": "f14-quangtri-village-2006-form-tables-scan-photocopy", "folder": "test",
               "damage": "photocopy", "seed": 1406, "dpi": 250}],
})
