"""Held-out set 13, writer c (test/, `c…`): the whole country, 2009–2026.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, ingest/**, the other writers' modules of heldout13 or the earlier sets' minute texts, truth files and
PDFs, and without running the extractor (only the READMEs, docs/CONTRACTS.md, the block helpers of
samples/heldout2/minutes.py, `attendance` of samples/heldout/minutes.py, the two make.py renderers, the docstring of
samples/heldout12/minutes_g.py and tests/samples/test_heldout_sets.py were read; a grep for `attendance` showed
by accident the first ~20 lines of the first minute of samples/heldout/minutes.py, nothing of which is used here).
Rendered by samples/heldout2/make.py (`build`). Names, cells and companies are invented or used loosely; places,
documents and events are real or plausible for their year; the paperwork follows /work/shared/DOMAIN.md. The set's
theme is the defects inspectors look for and what only looks like them: every minute flag at least twice, next to
its near-misses (conclusions in unusual words, in a table, without a heading, over a page break; tasks in passing, to
roles and bodies, in a table; votes by hands or as a percentage only; opinions in one sentence; attendance exactly at
the 90 % bar and just under it, exempt members, vague reasons; combined meetings at 115 and 120 minutes, meetings over
noon; the same kind of printed form with blanks and filled in).

Files (name -> what varies -> minute flags / book flags); all in test/:

- c01-laocai-hanhi-village-unheaded-conclusion-clean -> Lào Cai (Bát Xát, Y Tý) Hà Nhì village cell, October 2014;
  Serif 13 justified, "I.–III." capital headings; 23 members, 3 exempt named, 18 of the 20 due (exactly 90 %), two
  absentees with long reasons; a Party guest who speaks; the conclusion has no heading ("Tiếp thu ý kiến, đồng chí
  chủ trì chốt lại: …") and gives three tasks in passing to "Tổ 3" ("trước ngày 30/10"), "Chi hội Phụ nữ thôn" (no
  time) and a member "cùng cô giáo …" ("trong tuần này"); vote by hands "18/18 …, đạt 100%"; read back "nhất trí,
  không có ý kiến khác"; 2 pages -> — / —
- c02-haiphong-shipyard-combined-115min-split-conclusion -> Hải Phòng shipyard hull-workshop cell, June 2017;
  Liberation Sans 11.5, "Trang n/N"; regular + thematic ("Chuyên đề:" line) from 13:30 to 15:25 (115 min, under the
  120 bar); opening as numbered fields; "A.–D." parts; the chair's conclusion starts under "D. KẾT LUẬN …" and runs
  over the page break; a task table "STT | Công việc | Người phụ trách | Thời hạn" (a wrapped cell, a group "Tổ
  KCS", "Chi ủy", "Trước 15/7/2017", "Quý III/2017", "Hằng tháng"); "31/32 … (96,9%), 01 … không biểu quyết"
  -> short_meeting / —
- c03-thanhhoa-printed-form-2011-vote-dots -> Thanh Hóa (Nga Sơn) hamlet cell, March 2011; DejaVu Serif 11.5 ragged;
  a printed form typed in: "Số: ……-BB/CB", guest field "……", the vote line "Tán thành: ……… đ/c, tỷ lệ ………%" left
  blank, "(Ký, ghi rõ họ tên)" under both titles; everything else filled (conclusion field, "6. Phân công" with a
  member "cùng trưởng xóm …" and the youth branch "vào chủ nhật hằng tuần"); read back and approved
  -> missing_vote, unfilled_template / —
- c04-ninhbinh-filled-form-combined-120min-table-conclusion-clean -> Ninh Bình (Gia Viễn) village cell, September
  2012; Serif 12 ragged; a printed form filled to the end (no dots left); regular + thematic 07:30–09:30 (exactly
  120 min: not short); "Đảng viên được triệu tập: 19 (tổng số 21, miễn sinh hoạt 02)", "19/19"; a guest; opinions
  in one sentence naming three members and their points; "5. Chủ trì kết luận (theo từng nội dung)" as a ruled
  table "TT | Nội dung | Kết luận của đồng chí chủ trì"; tasks "tại kỳ họp tháng 10", "hằng tuần", "xong trước
  30/9/2012"; "Tán thành 19/19 …, đạt 100%; không tán thành: 0; ý kiến khác: 0" -> — / —
- c05-quangnam-school-thematic-no-discussion -> Quảng Nam (Hội An) primary school, thematic Q4/2019 with a "Về:"
  line; Serif 14; "*" headings; the reports are read and "không có ý kiến thảo luận thêm"; "* Ý kiến chỉ đạo của chủ
  trì:" is the conclusion, with tasks to a role ("Đồng chí Phó Hiệu trưởng phụ trách chuyên môn …") and to "Công
  đoàn trường"; vote by hands "12/12 … nhất trí" -> no_discussion / —
- c06-daklak-ede-village-words-low-unexcused -> Đắk Lắk (Cư M'gar) Ê Đê village cell, January 2021; DejaVu Sans
  10.8 ragged; date and counts in words; 21 members, 1 exempt, 17 present (85 %), three absentees named (one "không
  báo lý do"); a non-Party village elder as guest who speaks; "1)–4)" headings; no conclusion heading: "Cuối buổi,
  đồng chí Bí thư nhấn mạnh: … Đồng chí yêu cầu … và giao đồng chí X …" (one task in passing), "Chi ủy sẽ gặp …"
  (no task); "17/17" -> low_attendance, unexcused_absence / —
- c07-hcm-ward-agenda-promise-no-conclusion-89pct -> TP. Hồ Chí Minh (Quận 8, Phường 5) neighbourhood cell, August
  2023; Serif 12.5, right-aligned running head; three-level header; "19g00"/"21g05"; 31 members, 2 exempt, 26/29
  (89.7 %); three absentees all with a reason, two vague ("bận", "có việc gia đình"); the agenda promises "4. Đồng
  chí Bí thư kết luận" but after the opinions the Bí thư only thanks and the vote follows; a "Phân công:" part with
  "xong trước", "hạn chót", a body and a date in brackets -> low_attendance, missing_conclusion / —
- c08-soctrang-khmer-hamlet-general-calls-not-read-back -> Sóc Trăng (Vĩnh Châu) Khmer hamlet, April 2015 (salinity,
  shallots, Chôl Chnăm Thmây); DejaVu Serif 12; capital headings without numbers; "KẾT LUẬN" holds only "Đề nghị toàn
  thể đảng viên …", "Mỗi đảng viên cần …" and "Việc phân công cụ thể, chi ủy sẽ họp và thông báo sau"; vote "với tỷ
  lệ 100%" (percentage only); ends with the end time -> missing_assignments, not_approved / —
- c09-binhdinh-fishing-member-sums-up-minutes-vote-only -> Bình Định (Quy Nhơn, Nhơn Lý) fishing village, July 2010;
  Liberation Sans 12; "PHẦN I–III"; official + probationary members, 18/20 (exactly 90 %); an ordinary member (a
  team leader) "tóm tắt lại các ý kiến", the chair only thanks; "PHẦN III. PHÂN CÔNG" names a group and two members
  ("trước chuyến biển tới", "xong trong tháng 7", "trước ngày 15/7/2010"); the only vote approves the minutes
  ("biểu quyết thông qua biên bản với 18/18") -> missing_conclusion, missing_vote / —
- c10-tuyenquang-forestry-book-2009-typewriter -> BOOK, Tuyên Quang (Yên Sơn) forestry-station team cell, five
  minutes Feb–Jul 2009 on 3 pages, typewriter face (Liberation Mono 10.2), "- n -" from page 2, one header for the
  book, each minute after the first typed on mid-page under the previous signatures:
    1. 10/02 regular, fields, "I.–IV.", a member "không lý do", two tasks in the conclusion -> unexcused_absence;
    2. 12/03 one-paragraph opening, "13h30"–"14h50" (80 min), the same member absent "đi viện …", "Bí thư chủ trì",
       "100% tán thành" -> short_meeting;
    3. 08/05 with an italic note that April was skipped (forest fire); the member "không lý do" again; a task to
       "tổ bảo vệ rừng" "hằng ngày"; ends "Cuộc họp kết thúc 10 giờ 20." -> not_approved, unexcused_absence;
    4. 18/06 regular + thematic (topic on a "Chuyên đề:" line), 12/12 present, opinions in one run-in paragraph,
       the conclusion only "đề nghị mỗi đảng viên …" and "chi ủy sẽ phân công sau" -> missing_assignments;
    5. 16/07 the member "không có lý do" a third time; "Kết luận:" holds only "Chi bộ nhất trí 100% với báo cáo và
       phương hướng tháng 7"; "Phân công:" a member (no time) and "đ/c Bí thư" (a role)
       -> missing_conclusion, unexcused_absence
  -> book: missing_month, repeated_absence (Q2 holds the combined June meeting; Q1 and Q3 are not wholly in span)
- c11-vinhlong-hamlet-book-2026-q1-no-thematic -> BOOK, Vĩnh Long (the former Bến Tre's Phước Mỹ Trung, after the
  2025 merger) hamlet cell, four minutes Jan–Apr 2026 on 4 pages, one typed template, Serif 12, right-aligned
  running head from page 2, "Trang n"; minutes 2 and 3 start mid-page, minute 4 at the top of page 4 after a blank
  gap:
    1. 08/01, 10:30–12:10 (over noon, 100 min), a member "không lý do", a Party guest -> unexcused_absence;
    2. 05/02 before Tết Bính Ngọ, the same member "không lý do"; a task to "Tổ an ninh ấp" "vào các đêm từ 25 tháng
       Chạp đến mùng 6 Tết", one with no time -> unexcused_absence;
    3. "THÁNG 3/2026" held on 02/4/2026 (after the election), the member away "bận việc gia đình, có báo trước";
       "thống nhất với báo cáo, không có ý kiến" -> no_discussion;
    4. 28/4, 17/20 (85 %), three absentees with reasons; "Đại biểu tham dự: ……"; the minute admits no thematic
       meeting in Q1 -> low_attendance, unfilled_template
  -> book: no_thematic_in_quarter (no missing month: March is held in April; repeated absence only twice)
- c12-hanoi-hospital-deputy-chairs-role-tasks-clean -> Hà Nội (Sóc Sơn) hospital department cell, March 2025
  (measles campaign, Nghị quyết 18); Liberation Sans 11, "- n -" footer; start and end in one line; degrees before
  names; the Bí thư away on secondment (an absentee with reason), the Phó Bí thư chairs and signs "T/M CHI ỦY –
  PHÓ BÍ THƯ"; "Thay mặt chi ủy, đồng chí … tổng hợp và thống nhất: … Cụ thể:" with tasks "a)–c)" to "Điều dưỡng
  trưởng khoa" (a role), a member who "chủ trì, phối hợp với Tổ kiểm soát nhiễm khuẩn" and "Chi đoàn khoa";
  "14/14 …; không tán thành: không; ý kiến khác: không" -> — / —
- c13-hagiang-hmong-village-80min-no-discussion-scan -> image-only (moderate, 200 dpi, no born-digital twin) of a
  Hà Giang (Đồng Văn, Lũng Cú) H'Mông village minute, December 2016; Serif 12.5; dash paragraphs, no headings; held
  after the village meeting 10:45–12:05 (80 min, over noon); "Chủ trì: Bí thư chi bộ X"; the head of the village
  announces a result (a report, no opinion), then "nghe các báo cáo, không có ý kiến gì thêm"; the Bí thư concludes
  and gives a task to a youth team "trước Tết Dương lịch"; 1 page -> no_discussion, short_meeting / —
- c14-kiengiang-form-conclusion-dots-not-read-back-scan -> image-only (photocopy, 250 dpi, no twin) of a Kiên Giang
  (Phú Quốc, Hàm Ninh) fishing hamlet's printed form, October 2018 (HD 12, the EU "yellow card"); DejaVu Serif 11,
  a form mark as running head on page 1; counts only (no absentee named); "Đại biểu cấp trên: ……"; "5. Kết luận
  của chủ trì:" followed by a line of dots; vote "21/21, đạt 100%; không tán thành: 0"; tasks to the hamlet head and
  "Tổ tự quản ven biển" ("vào sáng thứ Bảy hằng tuần"); ends with the end time; "(Ký, ghi rõ họ tên)"; 1 page
  -> missing_conclusion, not_approved, unfilled_template / —
- c15-quangninh-coal-passive-plan-no-vote-scan -> image-only (moderate, 250 dpi, no twin) of a Quảng Ninh (Hạ Long)
  opencast coal-site cell, May 2020 (after the Covid-19 distancing); DejaVu Sans 11; "I –…V –" capital headings;
  23 members, 2 exempt, 19/21 (90.5 %); targets and a passive plan ("… sẽ được thực hiện xong trước 31/5/2020"); the
  Bí thư's conclusion asks "các đồng chí đảng viên là tổ trưởng, ca trưởng …" and "chi ủy sẽ thống nhất sau"; no vote;
  the minutes read back and "nhất trí thông qua"; 1 page -> missing_assignments, missing_vote / —

Labelling decisions (beyond the READMEs' labelling choices):
- Conclusion: the chair's summing-up with content, under any heading or none: "Tiếp thu ý kiến, đồng chí chủ trì
  chốt lại: …", "Thay mặt chi ủy, đồng chí … tổng hợp và thống nhất: …", "Ý kiến chỉ đạo của chủ trì", "Cuối buổi,
  đồng chí Bí thư nhấn mạnh … yêu cầu …", a ruled table whose column is headed as the chair's conclusion, one split
  by a page break. No conclusion: "Đồng chí Bí thư kết luận" promised only in the agenda; the chair only thanks; an
  ordinary member's "tóm tắt lại các ý kiến"; a "Kết luận:" heading that holds only "Chi bộ nhất trí 100% với …"
  (labelled as a resolution, percent only); a form's conclusion field of dots.
- Tasks: a "Phân công" part naming members or bodies gives assignments with or without a conclusion; bodies as
  written, case kept ("Tổ 3", "Chi hội Phụ nữ thôn", "tổ bảo vệ rừng", "Chi ủy" in a table); a role with no name
  is the role without "đồng chí/đ/c" ("Bí thư", "Điều dưỡng trưởng khoa", "Phó Hiệu trưởng phụ trách chuyên môn").
  In "A cùng B …" and "A chủ trì, phối hợp với B …" only A is assigned and the partner stays in the task. No task:
  "Đề nghị toàn thể đảng viên …", "Mỗi đảng viên cần …", "các đồng chí đảng viên là tổ trưởng, ca trưởng …", targets,
  passive plan items, "chi ủy sẽ phân công / thống nhất sau", and "Chi ủy sẽ gặp đồng chí X" (what the committee
  itself means to do is no task given).
- Deadlines drop the word in front: "trước ngày 30/10" -> "30/10", "trong tuần này" -> "tuần này", "trước chuyến
  biển tới" -> "chuyến biển tới", "trước Tết Dương lịch" -> "Tết Dương lịch", "vào các đêm từ 25 tháng Chạp đến mùng 6
  Tết" -> "các đêm từ 25 tháng Chạp đến mùng 6 Tết", "vào sáng thứ Bảy hằng tuần" -> "sáng thứ Bảy hằng tuần", "báo
  cáo kết quả tại kỳ họp tháng 10" -> "kỳ họp tháng 10", a date in brackets after the task -> the date; a trailing
  ", hằng ngày" is the deadline; table cells as written bar a leading "Trước".
- Votes: a show of hands with a count gives `for`; "với tỷ lệ 100%" / "100% tán thành" give percent only; "01 đồng chí
  không biểu quyết" is abstain 1; a form's vote line of dots is no resolution; "biểu quyết thông qua biên bản với
  18/18" approves the minutes and is no resolution. Approved: any read-back or adoption of the minutes at the end
  ("đọc lại …, không ai có ý kiến khác, nhất trí thông qua", "Biên bản được thông qua"); not approved: the minute
  ends with the end time only.
- Discussion: one sentence naming several speakers and their points records opinions; a guest's opinion counts; a
  member reading a report or announcing a result is no opinion; "thống nhất với báo cáo, không có ý kiến" and
  "không có ý kiến gì thêm" record none.
- Attendance: any stated reason is excused however vague ("bận", "có việc gia đình"); "không lý do", "không có lý
  do", "không báo lý do" are not. Counts in words are read as numbers. "có mặt 18 … phải dự 20" (exactly 90 %) is
  not low, 26/29 is. A Bí thư away while the Phó Bí thư chairs is an absentee with his reason. "Chủ trì: Bí thư chi
  bộ X" gives name X and role "Bí thư chi bộ"; `chair.role` is the role as this minute writes it ("Bí thư" where it
  says only that; "Bí thư Chi bộ" with its capital).
- Times in 24 h: "8 giờ sáng" -> 08:00, "19g00", "13h30"; a meeting over noon is counted straight through; "14 giờ 30
  phút – 16 giờ 30 phút" in the opening gives both ends (the read-back time before the end is not the end).
- A "THÁNG 3/2026" meeting held on 02/4/2026 has date 2026-04-02 and month 3 and fills March in its book.
- Topic: the "Chuyên đề:" / "Về:" label is dropped. Location as written, lower case kept. Guests without "ông".
- Books: a minute typed on with no header of its own takes the book's cell and committee. Because a minute's text
  is the whole of its pages, "……" is placed only in a book minute that has its pages to itself, so that the
  neighbours sharing a page stay free of `unfilled_template`.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []

CELL_TABLE = [(0.07, "TT", "c"), (0.33, "Nội dung", "l"), (0.60, "Kết luận của đồng chí chủ trì", "l")]


def PB():
    return ("page_break",)


# =================================================================================================
# c01 — Lào Cai (Bát Xát), Hà Nhì village, October 2014. Clean; conclusion without a heading.
# =================================================================================================
DOCS.append({
    "name": "c01-laocai-hanhi-village-unheaded-conclusion-clean", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.32},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ Y TÝ", "CHI BỘ THÔN CHOÁN THÈN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Y Tý, ngày 08 tháng 10 năm 2014"]),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 10 NĂM 2014"),
            G(8),
            P("Hồi 19 giờ 30 phút ngày 08 tháng 10 năm 2014, tại nhà văn hóa thôn Choán Thèn, Chi bộ thôn "
              "Choán Thèn họp thường kỳ tháng 10."),
            H("I. THÀNH PHẦN"),
            P("Tổng số đảng viên trong chi bộ: 23 đồng chí; được miễn sinh hoạt 03 đồng chí vì tuổi cao, sức "
              "yếu (đ/c Sừ Xá Thó, đ/c Ma Lò Xá, đ/c Lỳ Giờ Phà). Đảng viên phải dự họp: 20 đồng chí; có mặt "
              "18 đồng chí, đạt 90%."),
            P("Vắng 02 đồng chí: đ/c Phu Mó Lả (đi học lớp trung cấp lý luận chính trị ở huyện); đ/c Chu Xá "
              "Hừ (đi làm thuê ở Lai Châu, có báo cáo chi ủy)."),
            P("Dự họp có đ/c Vàng A Tủa – Đảng ủy viên, phụ trách chi bộ."),
            P("Chủ trì: đ/c Lý Xá Dờ – Bí thư chi bộ. Thư ký: đ/c Pờ Mó Chừ – Chi ủy viên."),
            H("II. NỘI DUNG"),
            P("1. Đ/c Bí thư thông tin: giá thảo quả năm nay xuống thấp, nhiều hộ trong thôn chưa bán được; Đảng ủy xã triển khai kế hoạch phòng chống đói, rét cho "
              "trâu, bò vụ đông xuân 2014–2015 và tiếp tục tuyên truyền không di cư tự do."),
            P("2. Kết quả tháng 9: thôn gặt xong 46 ha lúa, năng suất ước 42 tạ/ha; tiêm phòng lở mồm long "
              "móng cho 312 con trâu, bò, đạt 87%; tu sửa được 600 m mương Lao Chải. Chưa làm được: còn 5 "
              "hộ nhốt trâu dưới gầm nhà sàn; 2 cháu học lớp 4 bỏ học ở điểm trường chưa vận động trở lại."),
            P("3. Nhiệm vụ tháng 10: làm đất trồng cây vụ đông; vận động học sinh ra lớp; làm chuồng trại, "
              "dự trữ thức ăn chống rét; giữ gìn an ninh khu vực biên giới."),
            H("III. Ý KIẾN THẢO LUẬN"),
            P("Đ/c Lý Gió Dì nhất trí với báo cáo; đề nghị làm việc với nhà trường để cô giáo cùng đến nhà "
              "hai cháu bỏ học, vì bố mẹ các cháu đi nương cả tuần mới về."),
            P("Đ/c Pờ Mó Chừ: hội phụ nữ thấy nhiều hộ chưa phơi rơm khô cho trâu; đề nghị đưa việc này vào "
              "hương ước của thôn."),
            P("Đ/c Chu Văn Giàng (Trưởng thôn): mương Lao Chải còn đoạn 120 m sạt sau trận mưa cuối tháng 9, "
              "phải huy động ngày công mới làm kịp nước cho vụ đông."),
            P("Đ/c Vàng A Tủa đề nghị chi bộ báo cáo xã số hộ chưa bán được thảo quả để xã liên hệ thương "
              "lái."),
            P("Tiếp thu ý kiến, đồng chí chủ trì chốt lại: chi bộ thống nhất với báo cáo kết quả tháng 9 và "
              "nhiệm vụ tháng 10; trọng tâm là chống rét cho đàn gia súc và đưa hai cháu trở lại lớp trước "
              "khi trời rét đậm. Giao Tổ 3 huy động ngày công sửa xong đoạn mương sạt trước ngày 30/10; Chi "
              "hội Phụ nữ thôn đi từng nhà vận động phơi, dự trữ rơm khô cho trâu, bò; đồng chí Lý Gió Dì "
              "cùng cô giáo điểm trường đến gia đình hai học sinh bỏ học trong tuần này."),
            P("Chi bộ biểu quyết bằng giơ tay: 18/18 đồng chí có mặt tán thành, đạt 100%."),
            P("Cuộc họp kết thúc lúc 21 giờ 35 phút cùng ngày. Biên bản được đọc lại cho chi bộ nghe, các "
              "đồng chí dự họp nhất trí, không có ý kiến khác."),
            S(["THƯ KÝ", "Pờ Mó Chừ"], ["BÍ THƯ CHI BỘ", "Lý Xá Dờ"]),
        ],
        "truth": minute(
            meeting("regular", "2014-10-08", "19:30", "21:35", "nhà văn hóa thôn Choán Thèn",
                    "CHI BỘ THÔN CHOÁN THÈN", "ĐẢNG BỘ XÃ Y TÝ"),
            "Lý Xá Dờ", "Bí thư chi bộ", "Pờ Mó Chừ",
            attendance(23, 18, 2, 2, 0, 3,
                       [("Phu Mó Lả", "đi học lớp trung cấp lý luận chính trị ở huyện", True),
                        ("Chu Xá Hừ", "đi làm thuê ở Lai Châu, có báo cáo chi ủy", True)],
                       [("Vàng A Tủa", "Đảng ủy viên, phụ trách chi bộ")]),
            True,
            [vote("Nhiệm vụ tháng 10", 18, None, None, 100)],
            [task("Tổ 3", "huy động ngày công sửa xong đoạn mương sạt", "30/10"),
             task("Chi hội Phụ nữ thôn", "đi từng nhà vận động phơi, dự trữ rơm khô cho trâu, bò", None),
             task("Lý Gió Dì", "cùng cô giáo điểm trường đến gia đình hai học sinh bỏ học", "tuần này")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# c02 — Hải Phòng, shipyard hull workshop, June 2017: regular + thematic in 115 minutes; the conclusion
# runs over the page break; a task table.
# =================================================================================================
TASKS_C02 = [(0.08, "STT", "c"), (0.45, "Công việc", "l"), (0.27, "Người phụ trách", "l"), (0.20, "Thời hạn", "l")]
DOCS.append({
    "name": "c02-haiphong-shipyard-combined-115min-split-conclusion", "folder": "test",
    "style": {"family": "sans", "size": 11.5, "justify": True, "indent": 22, "spacing": 1.3,
              "foot": "Trang {n}/{N}", "left": 72, "right": 54},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY CÔNG TY CP ĐÓNG TÀU HẢI NAM", "CHI BỘ PHÂN XƯỞNG VỎ TÀU", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 22 tháng 6 năm 2017"]),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 6 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2017"),
            C("Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết "
              "kiệm, chống lãng phí trong sản xuất", bold=False, italic=True),
            G(6),
            L("1. Thời gian: từ 13 giờ 30 phút, ngày 22/6/2017."),
            L("2. Địa điểm: Phòng họp tầng 2, nhà điều hành phân xưởng Vỏ tàu."),
            L("3. Thành phần:"),
            P("– Đảng viên của chi bộ: 34 đồng chí; có mặt 32 đồng chí; vắng 02 đồng chí: đ/c Vũ Đình Khải "
              "(đi nhận thép tấm tại cảng Cái Lân, Quảng Ninh), đ/c Phạm Thị Thu Hường (nghỉ chế độ thai sản)."),
            P("– Chủ trì: đ/c Đoàn Văn Toản, Bí thư chi bộ, Quản đốc phân xưởng."),
            P("– Thư ký: đ/c Lê Thị Hải Yến, chi ủy viên."),
            L("4. Nội dung:"),
            H("A. PHẦN SINH HOẠT THƯỜNG KỲ"),
            P("Đồng chí Đoàn Văn Toản báo cáo kết quả tháng 5: phân xưởng hoàn thành 6 tổng đoạn vỏ tàu hàng "
              "22.500 tấn (ký hiệu HN-22), đạt 104% kế hoạch; không để xảy ra tai nạn lao động; hao hụt thép "
              "3,8%, vượt định mức 0,6%. Tồn tại: tổ hàn 4 để thợ làm ca đêm không có người giám sát; còn 02 "
              "đồng chí chậm đóng đảng phí quý II."),
            P("Phương hướng tháng 6: ra đà tổng đoạn 7 và 8; hoàn thành kiểm tra siêu âm mối hàn lô 3 theo "
              "yêu cầu của đăng kiểm; tổ chức thi thợ hàn giỏi cấp phân xưởng; chuẩn bị phương án chằng buộc "
              "tổng đoạn trên bãi trước mùa mưa bão."),
            H("B. PHẦN SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Lê Thị Hải Yến trình bày chuyên đề, liên hệ thực tế phân xưởng: cắt tôn theo sơ đồ "
              "tối ưu, tận dụng phôi thừa làm mã, thu gom que hàn thừa, tắt máy nén khí giờ nghỉ; đề xuất mỗi "
              "tổ đăng ký một việc làm tiết kiệm cụ thể, có số liệu đo được."),
            H("C. THẢO LUẬN"),
            P("– Đ/c Nguyễn Văn Thắng (Tổ trưởng tổ hàn 4) nhận khuyết điểm về ca đêm; đề nghị bố trí thêm "
              "một kỹ thuật viên trực ca."),
            P("– Đ/c Trần Quốc Huy: phôi thừa để ngoài bãi bị gỉ, cần có mái che và sổ theo dõi nhập – xuất."),
            P("– Đ/c Bùi Thị Lan (KCS): tỷ lệ mối hàn phải làm lại trong tháng 5 là 2,1%, chủ yếu do thợ mới "
              "vào nghề; nên kèm cặp một kèm một."),
            P("– Đ/c Mạc Văn Đông: đề nghị công khai số điện, số khí tiêu thụ của từng tổ trên bảng tin."),
            H("D. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đồng chí Bí thư kết luận: chi bộ ghi nhận phân xưởng đã vượt kế hoạch tháng 5, song hao hụt "
              "thép còn cao, lãng phí vẫn nằm ở khâu cắt tôn và bảo quản phôi. Tháng 6, chi bộ tập trung ba "
              "việc: một là ra đà đúng tiến độ hai tổng đoạn 7 và 8; hai là đưa hao hụt thép xuống dưới 3,2%, "
              "mỗi tổ đăng ký một việc làm tiết kiệm, có số liệu theo dõi hằng tuần; ba là siết lại kỷ luật ca "
              "đêm, không để tổ nào làm việc mà không có người giám sát. Nội dung chuyên đề được chi bộ thống "
              "nhất, đưa vào tiêu chí đánh giá, xếp loại đảng viên cuối năm; các đồng chí chậm đóng đảng phí "
              "phải nộp đủ trong tháng."),
            L("Phân công thực hiện:"),
            T(TASKS_C02, [
                ["1", "Bố trí kỹ thuật viên trực ca đêm tổ hàn 4", "Đ/c Nguyễn Văn Thắng", "30/6/2017"],
                ["2", "Làm mái che bãi phôi, lập sổ theo dõi nhập – xuất phôi thừa", "Đ/c Trần Quốc Huy",
                 "Trước 15/7/2017"],
                ["3", "Kèm cặp thợ hàn mới theo hình thức một kèm một", "Tổ KCS", "Quý III/2017"],
                ["4", "Tổng hợp đăng ký việc làm tiết kiệm của các tổ, chấm điểm", "Chi ủy", "Hằng tháng"],
            ]),
            P("Biểu quyết thông qua nghị quyết tháng 6 và nội dung chuyên đề: 31/32 đồng chí tán thành "
              "(96,9%), 01 đồng chí không biểu quyết."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 25 phút cùng ngày. Biên bản đã được thông qua trước chi bộ, "
              "các đồng chí dự họp đều nhất trí."),
            S(["THƯ KÝ", "Lê Thị Hải Yến"], ["T/M CHI BỘ", "BÍ THƯ", "Đoàn Văn Toản"]),
        ],
        "truth": minute(
            meeting("regular", "2017-06-22", "13:30", "15:25", "Phòng họp tầng 2, nhà điều hành phân xưởng Vỏ tàu",
                    "CHI BỘ PHÂN XƯỞNG VỎ TÀU", "ĐẢNG ỦY CÔNG TY CP ĐÓNG TÀU HẢI NAM",
                    topic="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết "
                          "kiệm, chống lãng phí trong sản xuất"),
            "Đoàn Văn Toản", "Bí thư chi bộ", "Lê Thị Hải Yến",
            attendance(34, 32, 2, 2, 0, 0,
                       [("Vũ Đình Khải", "đi nhận thép tấm tại cảng Cái Lân, Quảng Ninh", True),
                        ("Phạm Thị Thu Hường", "nghỉ chế độ thai sản", True)]),
            True,
            [vote("Nghị quyết tháng 6 và nội dung chuyên đề", 31, None, 1, 96.9)],
            [task("Nguyễn Văn Thắng", "Bố trí kỹ thuật viên trực ca đêm tổ hàn 4", "30/6/2017"),
             task("Trần Quốc Huy", "Làm mái che bãi phôi, lập sổ theo dõi nhập – xuất phôi thừa", "15/7/2017"),
             task("Tổ KCS", "Kèm cặp thợ hàn mới theo hình thức một kèm một", "Quý III/2017"),
             task("Chi ủy", "Tổng hợp đăng ký việc làm tiết kiệm của các tổ, chấm điểm", "Hằng tháng")],
            ["short_meeting"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# c03 — Thanh Hóa (Nga Sơn), village, March 2011: a printed form typed in, the vote line and the guest
# field left as dots, "(Ký, ghi rõ họ tên)" left under both titles.
# =================================================================================================
DOCS.append({
    "name": "c03-thanhhoa-printed-form-2011-vote-dots", "folder": "test",
    "style": {"family": "dejavu", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.28,
              "left": 70, "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ NGA THỦY", "CHI BỘ XÓM 7", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nga Thủy, ngày 14 tháng 3 năm 2011"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 3 năm 2011", bold=False),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            L("- Bắt đầu: 19 giờ 00 phút, ngày 14 tháng 3 năm 2011."),
            L("- Địa điểm: Nhà văn hóa xóm 7."),
            H("II. THÀNH PHẦN"),
            L("- Tổng số đảng viên: 27 đ/c. Miễn sinh hoạt: 02 đ/c."),
            L("- Có mặt: 24 đ/c. Vắng: 01 đ/c, trong đó có lý do: 01 đ/c; không lý do: 0."),
            L("- Họ tên đảng viên vắng, lý do: Mai Văn Lực (đi biển)."),
            L("- Đại biểu cấp trên dự: ……"),
            L("- Chủ trì: đ/c Mai Xuân Thành. Chức vụ: Bí thư chi bộ."),
            L("- Thư ký: đ/c Phạm Thị Nguyệt. Chức vụ: Chi ủy viên."),
            H("III. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự, phổ biến văn bản mới:"),
            P("Phổ biến Chỉ thị của Ban Thường vụ Huyện ủy về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa "
              "XIII và đại biểu HĐND các cấp nhiệm kỳ 2011–2016; thông báo lịch tiêm phòng cúm gia cầm đợt "
              "1 năm 2011; giá cói nguyên liệu tăng, xã khuyến khích mở rộng diện tích cói ở vùng bãi bồi.",
              indent=18),
            L("2. Đánh giá kết quả thực hiện nghị quyết tháng 2:"),
            P("Làm thủy lợi nội đồng được 850 m³; gieo cấy xong 38 ha lúa xuân, đúng khung thời vụ; thu quỹ "
              "an ninh quốc phòng đạt 92%. Hạn chế: còn tình trạng thả vịt phá lúa mới cấy; 3 hộ chưa nộp quỹ "
              "khuyến học; đường làng đoạn qua cống Đồng Bể chưa được dọn rác.", indent=18),
            L("3. Phương hướng, nhiệm vụ tháng 3:"),
            P("Chăm sóc lúa xuân, tổ chức diệt chuột tập trung; lập danh sách cử tri của xóm; ra quân vệ sinh "
              "môi trường hưởng ứng Tháng Thanh niên; tiêm phòng cúm gia cầm đợt 1.", indent=18),
            L("4. Ý kiến thảo luận của đảng viên:"),
            P("- Đ/c Mai Thị Thoa: đề nghị xóm có lịch bắt chuột tập trung vào chủ nhật, có thưởng theo số "
              "đuôi chuột nộp về.", indent=18),
            P("- Đ/c Trịnh Văn Bảy: danh sách cử tri năm 2007 còn nhiều người đã chuyển vào Bình Dương làm "
              "ăn, phải rà lại từng hộ.", indent=18),
            P("- Đ/c Mai Văn Cường: đề nghị chi bộ nhắc các hộ nuôi vịt chạy đồng giữ vịt trong bãi.",
              indent=18),
            L("5. Kết luận của đồng chí chủ trì:"),
            P("Chi bộ nhất trí với đánh giá tháng 2. Tháng 3, tập trung chăm sóc lúa xuân và diệt chuột, không "
              "để chuột phá trên diện rộng; rà soát cử tri chính xác đến từng hộ, không để sót, không để trùng; "
              "xử lý dứt điểm việc thả vịt phá lúa theo hương ước.", indent=18),
            L("6. Phân công tổ chức thực hiện:"),
            P("- Đ/c Trịnh Văn Bảy cùng trưởng xóm rà soát danh sách cử tri, xong trước ngày 25/3/2011.",
              indent=18),
            P("- Chi đoàn thanh niên xóm tổ chức ra quân diệt chuột vào chủ nhật hằng tuần.", indent=18),
            L("7. Biểu quyết:"),
            P("Tán thành: ……… đ/c, tỷ lệ ………%; không tán thành: ……… đ/c.", indent=18),
            L("8. Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ "
              "nghe và nhất trí thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Phạm Thị Nguyệt"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "Mai Xuân Thành"]),
        ],
        "truth": minute(
            meeting("regular", "2011-03-14", "19:00", "21:00", "Nhà văn hóa xóm 7", "CHI BỘ XÓM 7",
                    "ĐẢNG BỘ XÃ NGA THỦY"),
            "Mai Xuân Thành", "Bí thư chi bộ", "Phạm Thị Nguyệt",
            attendance(27, 24, 1, 1, 0, 2, [("Mai Văn Lực", "đi biển", True)]),
            True,
            [],
            [task("Trịnh Văn Bảy", "cùng trưởng xóm rà soát danh sách cử tri", "25/3/2011"),
             task("Chi đoàn thanh niên xóm", "tổ chức ra quân diệt chuột", "chủ nhật hằng tuần")],
            ["missing_vote", "unfilled_template"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# c04 — Ninh Bình (Gia Viễn), village, September 2012: the province's printed form filled in to the end;
# regular + thematic in exactly 120 minutes; opinions in one sentence naming the speakers; the chair's
# conclusion written in a table.
# =================================================================================================
DOCS.append({
    "name": "c04-ninhbinh-filled-form-combined-120min-table-conclusion-clean", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.3,
              "left": 78, "right": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ GIA SINH", "CHI BỘ THÔN TIÊN YẾT", "Số: 09-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gia Sinh, ngày 16 tháng 9 năm 2012"]),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 VÀ SINH HOẠT CHUYÊN ĐỀ QUÝ III/2012"),
            G(6),
            L("Hôm nay, hồi 07 giờ 30 phút, ngày 16 tháng 9 năm 2012"),
            L("Tại: Nhà văn hóa thôn Tiên Yết"),
            L("Chi bộ thôn Tiên Yết tiến hành sinh hoạt thường kỳ tháng 9 kết hợp sinh hoạt chuyên đề quý III."),
            L("Chuyên đề: Xây dựng nông thôn mới gắn với giữ gìn cảnh quan khu Tràng An"),
            L("Đảng viên được triệu tập: 19 đồng chí (tổng số 21, miễn sinh hoạt 02)."),
            L("Có mặt: 19/19 đồng chí. Vắng: không."),
            L("Đại biểu: đồng chí Đinh Văn Hùng, Phó Bí thư Đảng ủy xã."),
            L("Chủ trì: đồng chí Hoàng Văn Doãn, Bí thư chi bộ."),
            L("Thư ký: đồng chí Đinh Thị Hiền."),
            G(4),
            C("NỘI DUNG", size=12),
            H("1. Thông báo tình hình thời sự, văn bản mới"),
            P("Đồng chí Bí thư thông báo kết quả Hội nghị Trung ương 4 khóa XI về Nghị quyết “Một số vấn đề "
              "cấp bách về xây dựng Đảng hiện nay”; kế hoạch của Đảng ủy xã về kiểm điểm tự phê bình và phê "
              "bình theo Nghị quyết; lịch thu hoạch lúa mùa và phòng chống bão số 5.", indent=24),
            H("2. Kiểm điểm việc thực hiện nghị quyết tháng 8"),
            P("Thôn hoàn thành đổ bê tông 420 m đường trục thôn; thu gom rác ven chân núi Mèo Cào hai đợt; 100% "
              "hộ ký cam kết không xả rác xuống sông Sào Khê. Tồn tại: 4 hộ chưa hiến đất mở rộng đường; đèn "
              "chiếu sáng ngõ 3 chưa lắp.", indent=24),
            H("3. Sinh hoạt chuyên đề"),
            P("Đồng chí Hoàng Văn Doãn trình bày chuyên đề; nêu 19 tiêu chí nông thôn mới, thôn đã đạt 11 "
              "tiêu chí; những việc đảng viên phải làm gương: hiến đất, giữ nhà cửa không lấn ra hành lang "
              "tuyến đò, không nuôi vịt thả trên đầm.", indent=24),
            H("4. Ý kiến phát biểu"),
            P("Các đồng chí Đinh Văn Thuần, Hoàng Thị Lý và Phạm Văn Cừ phát biểu, tập trung vào việc vận động "
              "4 hộ còn lại hiến đất làm đường, thu gom rác ở bến đò và đề nghị xã sớm hỗ trợ xi măng cho "
              "đoạn đường ngõ 3.", indent=24),
            H("5. Chủ trì kết luận (theo từng nội dung)"),
            T(CELL_TABLE, [
                ["1", "Kết quả tháng 8", "Chi bộ đánh giá hoàn thành; biểu dương các hộ đảng viên đi đầu hiến đất."],
                ["2", "Nhiệm vụ tháng 9", "Thu hoạch lúa mùa gọn trước bão; xong đường ngõ 3 trong tháng 10; "
                      "giữ sạch bến đò, chân núi."],
                ["3", "Chuyên đề", "Mỗi gia đình đảng viên đăng ký một việc làm cụ thể cho tiêu chí môi "
                      "trường; chi bộ đưa vào đánh giá cuối năm."],
            ]),
            H("6. Phân công"),
            P("- Đồng chí Phạm Văn Cừ (Trưởng thôn) gặp 4 hộ chưa hiến đất, báo cáo kết quả tại kỳ họp tháng 10.",
              indent=24),
            P("- Đồng chí Hoàng Thị Lý phụ trách thu gom rác ở bến đò Tiên Yết, hằng tuần.", indent=24),
            P("- Đồng chí Đinh Thị Hiền lập danh sách đăng ký việc làm của các gia đình đảng viên, xong trước "
              "30/9/2012.", indent=24),
            H("7. Biểu quyết"),
            P("Tán thành 19/19 đồng chí, đạt 100%; không tán thành: 0; ý kiến khác: 0.", indent=24),
            P("Hội nghị kết thúc hồi 09 giờ 30 phút cùng ngày; biên bản đã thông qua, 19/19 đồng chí nhất trí.",
              indent=24),
            S(["THƯ KÝ", "Đinh Thị Hiền"], ["BÍ THƯ", "Hoàng Văn Doãn"]),
        ],
        "truth": minute(
            meeting("regular", "2012-09-16", "07:30", "09:30", "Nhà văn hóa thôn Tiên Yết", "CHI BỘ THÔN TIÊN YẾT",
                    "ĐẢNG BỘ XÃ GIA SINH",
                    topic="Xây dựng nông thôn mới gắn với giữ gìn cảnh quan khu Tràng An"),
            "Hoàng Văn Doãn", "Bí thư chi bộ", "Đinh Thị Hiền",
            attendance(21, 19, 0, 0, 0, 2, [], [("Đinh Văn Hùng", "Phó Bí thư Đảng ủy xã")]),
            True,
            [vote("Nghị quyết tháng 9 và chuyên đề", 19, 0, 0, 100)],
            [task("Phạm Văn Cừ", "gặp 4 hộ chưa hiến đất, báo cáo kết quả", "kỳ họp tháng 10"),
             task("Hoàng Thị Lý", "phụ trách thu gom rác ở bến đò Tiên Yết", "hằng tuần"),
             task("Đinh Thị Hiền", "lập danh sách đăng ký việc làm của các gia đình đảng viên", "30/9/2012")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# c05 — Quảng Nam (Hội An), primary school, thematic Q4/2019: the reports are read and nobody speaks;
# "Ý kiến chỉ đạo của chủ trì" is the conclusion; tasks to a role and to a body; vote by hands.
# =================================================================================================
DOCS.append({
    "name": "c05-quangnam-school-thematic-no-discussion", "folder": "test",
    "style": {"family": "serif", "size": 14, "justify": True, "indent": 36, "spacing": 1.22,
              "left": 85, "right": 57, "top": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG CẨM CHÂU", "CHI BỘ TRƯỜNG TIỂU HỌC", "TRẦN QUỐC TOẢN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hội An, ngày 12 tháng 11 năm 2019"], bold_left=(1, 2)),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2019"),
            C("Về: Nâng cao đạo đức nhà giáo, chấp hành quy định về dạy thêm, học thêm", bold=False, italic=True),
            G(8),
            P("Vào lúc 14 giờ 00, thứ Ba ngày 12/11/2019, tại phòng hội đồng nhà trường, Chi bộ Trường Tiểu học "
              "Trần Quốc Toản tổ chức sinh hoạt chuyên đề quý IV năm 2019."),
            P("Dự sinh hoạt: 12/13 đảng viên; vắng 01 đồng chí (Nguyễn Thị Kim Oanh – nghỉ ốm)."),
            P("Chủ trì: đồng chí Trương Thị Mỹ Hạnh – Bí thư chi bộ, Hiệu trưởng. Thư ký: đồng chí Lê Văn Quang."),
            L("* Nội dung:", bold=True),
            P("- Đồng chí Bí thư quán triệt Quy định về đạo đức nhà giáo và Thông tư 17/2012/TT-BGDĐT về dạy "
              "thêm, học thêm; thông báo kết quả tự rà soát đầu năm học: toàn trường không có giáo viên dạy "
              "thêm học sinh lớp mình chủ nhiệm, có 02 trường hợp phụ huynh phản ánh về việc thu tiền học phụ "
              "đạo ngoài giờ, nhà trường đã làm rõ và chấm dứt."),
            P("- Đồng chí Phạm Thị Thu Sương, Phó Hiệu trưởng, trình bày chuyên đề: đạo đức nhà giáo trong "
              "giao tiếp với học sinh, phụ huynh; trách nhiệm nêu gương của đảng viên; những biểu hiện cần "
              "tránh như ép học sinh học thêm, nhận quà biếu trong dịp 20/11."),
            L("* Thảo luận:", bold=True),
            P("Đồng chí chủ trì đề nghị các đảng viên góp ý vào nội dung chuyên đề. Các đồng chí đảng viên "
              "thống nhất với nội dung đã trình bày, không có ý kiến thảo luận thêm."),
            L("* Ý kiến chỉ đạo của chủ trì:", bold=True),
            P("Đồng chí Trương Thị Mỹ Hạnh yêu cầu mỗi đảng viên là giáo viên xây dựng kế hoạch tự rèn luyện "
              "theo chuyên đề, không nhận phong bì, quà biếu có giá trị trong dịp Ngày Nhà giáo Việt Nam; nhà "
              "trường công khai số điện thoại đường dây nóng để phụ huynh phản ánh. Đồng chí Phó Hiệu trưởng "
              "phụ trách chuyên môn hoàn thiện quy chế phối hợp với Ban đại diện cha mẹ học sinh, trình chi bộ "
              "trước ngày 30/11/2019; Công đoàn trường tổ chức cho toàn thể giáo viên ký cam kết trong tháng 11."),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 12/12 đồng chí nhất trí với nội dung chuyên đề và ý "
              "kiến chỉ đạo của chủ trì."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 40 phút. Thư ký đọc lại biên bản, chi bộ thống nhất thông qua."),
            S(["THƯ KÝ", "Lê Văn Quang"], ["BÍ THƯ", "Trương Thị Mỹ Hạnh"]),
        ],
        "truth": minute(
            meeting("thematic", "2019-11-12", "14:00", "15:40", "phòng hội đồng nhà trường",
                    "CHI BỘ TRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN", "ĐẢNG BỘ PHƯỜNG CẨM CHÂU",
                    topic="Nâng cao đạo đức nhà giáo, chấp hành quy định về dạy thêm, học thêm"),
            "Trương Thị Mỹ Hạnh", "Bí thư chi bộ", "Lê Văn Quang",
            attendance(13, 12, 1, 1, 0, 0, [("Nguyễn Thị Kim Oanh", "nghỉ ốm", True)]),
            True,
            [vote("Nội dung chuyên đề và ý kiến chỉ đạo", 12, None, None, None)],
            [task("Phó Hiệu trưởng phụ trách chuyên môn",
                  "hoàn thiện quy chế phối hợp với Ban đại diện cha mẹ học sinh, trình chi bộ", "30/11/2019"),
             task("Công đoàn trường", "tổ chức cho toàn thể giáo viên ký cam kết", "tháng 11")],
            ["no_discussion"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# c06 — Đắk Lắk (Cư M'gar), Ê Đê village, January 2021: counts in words, 17 of 20 due (85 %), one absent
# "không báo lý do"; the Bí thư's "nhấn mạnh … yêu cầu" closes the discussion and gives one task in passing.
# =================================================================================================
DOCS.append({
    "name": "c06-daklak-ede-village-words-low-unexcused", "folder": "test",
    "style": {"family": "dvsans", "size": 10.8, "justify": False, "indent": 20, "spacing": 1.4,
              "left": 76, "right": 60, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ EA TUL", "CHI BỘ BUÔN ĐRĂH"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Tul, ngày 20 tháng 01 năm 2021"]),
            G(10),
            C("BIÊN BẢN", size=13),
            C("Sinh hoạt chi bộ tháng 01 năm 2021", bold=True),
            G(8),
            P("Hôm nay, vào lúc 8 giờ sáng ngày hai mươi tháng một năm hai nghìn không trăm hai mươi mốt, tại "
              "hội trường buôn Đrăh, Chi bộ buôn Đrăh họp định kỳ tháng 01/2021."),
            P("Chi bộ có hai mươi mốt đảng viên, trong đó một đồng chí được miễn sinh hoạt (đồng chí Y Kông "
              "Niê, 84 tuổi). Có mặt mười bảy đồng chí. Vắng ba đồng chí: đồng chí H'Lim Ktla – ốm, đang điều "
              "trị tại Bệnh viện Đa khoa vùng Tây Nguyên; đồng chí Y Bhiơ Êban – đi làm thuê ở Bình Phước; "
              "đồng chí Y Duân Mlô – không báo lý do."),
            P("Đồng chí Y Wơn Byă, Bí thư chi bộ, chủ trì; đồng chí H'Nga Êban ghi biên bản. Mời dự: ông Y Ngông "
              "Mlô, già làng buôn Đrăh."),
            L("1) Thông tin", bold=True),
            P("Đồng chí Bí thư thông tin: Đại hội đại biểu toàn quốc lần thứ XIII của Đảng khai mạc ngày "
              "25/01/2021; Huyện ủy yêu cầu các chi bộ giữ an ninh trật tự trước, trong và sau Tết Tân Sửu, "
              "không để kẻ xấu tuyên truyền “Tin Lành Đê Ga” trong buôn; giá cà phê nhân xô hiện khoảng 31.000 "
              "đồng/kg."),
            L("2) Kết quả tháng 12/2020", bold=True),
            P("Buôn thu hái cà phê được khoảng 85% diện tích; hoàn thành làm đường bê tông nhánh số 4 dài 350 "
              "m bằng nguồn vốn Chương trình 135 và ngày công của dân; 100% hộ treo cờ dịp kỷ niệm ngày Quốc "
              "phòng toàn dân. Còn tồn tại: 2 vụ trộm cà phê trên rẫy chưa tìm ra người lấy; một số thanh "
              "niên uống rượu say, chạy xe máy gây ồn ban đêm."),
            L("3) Nhiệm vụ tháng 01/2021", bold=True),
            P("Thu hái cà phê xong trước Tết, không hái xanh; tưới nước đợt 1 cho cà phê; tổ chức Tết vui "
              "tươi, an toàn; rà soát hộ nghèo theo tiêu chí mới; nắm số người đi làm ăn xa về buôn ăn Tết để "
              "phòng dịch Covid-19."),
            L("4) Thảo luận", bold=True),
            P("- Đồng chí Y Thuôn Niê (Trưởng buôn): đề nghị lập tổ tuần tra rẫy ban đêm, mỗi tổ 4 người, "
              "luân phiên theo nhóm hộ."),
            P("- Đồng chí H'Ra Mlô: hội phụ nữ xin vận động các gia đình giữ con em không uống rượu, không đua "
              "xe; đề nghị buôn có quy ước phạt."),
            P("- Ông Y Ngông Mlô (già làng) đồng ý đưa việc giữ rẫy vào luật tục của buôn và nhận đi nói chuyện "
              "với các gia đình có con hay say rượu."),
            P("Cuối buổi, đồng chí Bí thư nhấn mạnh: chi bộ thống nhất cao với báo cáo; việc trước mắt là giữ "
              "cà phê trên rẫy và giữ an toàn dịp Tết, không để dịch bệnh lây lan từ người ở xa về. Đồng chí yêu "
              "cầu các đảng viên gương mẫu không hái cà phê xanh, không uống rượu say, và giao đồng chí Y Thuôn "
              "Niê nắm lại số người đi làm ăn xa về buôn ăn Tết, báo cáo Công an xã trước ngày 05/02/2021. Chi ủy "
              "sẽ gặp đồng chí Y Duân Mlô để làm rõ việc vắng họp."),
            P("Biểu quyết: 17/17 đồng chí dự họp tán thành nghị quyết tháng 01/2021."),
            P("Họp xong lúc 10 giờ 15. Biên bản đọc lại cho chi bộ cùng nghe, không ai có ý kiến khác, nhất trí "
              "thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "H'Nga Êban"], ["BÍ THƯ CHI BỘ", "Y Wơn Byă"]),
        ],
        "truth": minute(
            meeting("regular", "2021-01-20", "08:00", "10:15", "hội trường buôn Đrăh", "CHI BỘ BUÔN ĐRĂH",
                    "ĐẢNG BỘ XÃ EA TUL"),
            "Y Wơn Byă", "Bí thư chi bộ", "H'Nga Êban",
            attendance(21, 17, 3, 2, 1, 1,
                       [("H'Lim Ktla", "ốm, đang điều trị tại Bệnh viện Đa khoa vùng Tây Nguyên", True),
                        ("Y Bhiơ Êban", "đi làm thuê ở Bình Phước", True),
                        ("Y Duân Mlô", "không báo lý do", False)],
                       [("Y Ngông Mlô", "già làng buôn Đrăh")]),
            True,
            [vote("Nghị quyết tháng 01/2021", 17, None, None, None)],
            [task("Y Thuôn Niê", "nắm lại số người đi làm ăn xa về buôn ăn Tết, báo cáo Công an xã",
                  "05/02/2021")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# c07 — TP. Hồ Chí Minh (Quận 8), neighbourhood cell, August 2023: the agenda promises "Đồng chí Bí thư kết
# luận" but the minute goes from the opinions to thanks, the vote and the tasks; 26 of 29 due (89.7 %),
# all absences with a reason, two of them vague.
# =================================================================================================
DOCS.append({
    "name": "c07-hcm-ward-agenda-promise-no-conclusion-89pct", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 26, "spacing": 1.3,
              "head": "Chi bộ Khu phố 3 – Biên bản tháng 8/2023", "head_align": "right", "left": 80, "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN 8", "ĐẢNG ỦY PHƯỜNG 5", "CHI BỘ KHU PHỐ 3", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quận 8, ngày 17 tháng 8 năm 2023"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Kỳ họp tháng 8/2023", bold=False, italic=True),
            G(6),
            L("Thời gian: 19g00, ngày 17/8/2023."),
            L("Địa điểm: Văn phòng Ban điều hành khu phố 3, số 112 đường Bùi Minh Trực."),
            L("Đảng viên: tổng số 31 đ/c, miễn sinh hoạt 02 đ/c; có mặt 26/29 đ/c; vắng 03 đ/c: đ/c Lâm Văn Sáu "
              "(bận), đ/c Huỳnh Thị Kim Loan (có việc gia đình), đ/c Tô Minh Trí (đi công tác Cần Thơ)."),
            L("Chủ trì: đ/c Nguyễn Thị Ngọc Hân – Bí thư Chi bộ. Thư ký: đ/c Võ Hoàng Phúc."),
            L("Chương trình: 1. Thông tin thời sự; 2. Báo cáo kết quả tháng 7 và phương hướng tháng 8; 3. Thảo "
              "luận; 4. Đồng chí Bí thư kết luận; 5. Biểu quyết; 6. Phân công nhiệm vụ."),
            H("1/ Thông tin thời sự"),
            P("Đ/c Bí thư thông tin: Quận ủy triển khai Kết luận số 14-KL/TW về khuyến khích, bảo vệ cán bộ "
              "năng động, sáng tạo; Thành phố tiếp tục chỉnh trang kênh Đôi, kênh Tàu Hũ; phường phát động đợt "
              "cao điểm tuyên truyền phòng cháy, chữa cháy ở nhà trọ, nhà ở kết hợp kinh doanh."),
            H("2/ Kết quả tháng 7 và phương hướng tháng 8"),
            P("Tháng 7: khu phố vận động được 36 triệu đồng cho quỹ “Vì người nghèo”; 9/14 tổ dân phố không "
              "còn lấn chiếm vỉa hè; tổ chức 2 buổi tuyên truyền an toàn giao thông cho học sinh trước năm học "
              "mới. Tồn tại: còn 14 hộ buôn bán lấn chiếm vỉa hè đường Bùi Minh Trực; 03 nhà trọ chưa có bình "
              "chữa cháy; sổ theo dõi người tạm trú chưa cập nhật kịp."),
            P("Tháng 8: giải tỏa lấn chiếm vỉa hè; kiểm tra phòng cháy ở 100% nhà trọ; chuẩn bị Tết Trung thu "
              "cho thiếu nhi; vận động đóng góp quỹ khuyến học."),
            H("3/ Thảo luận"),
            P("- Đ/c Đặng Văn Hiếu (Tổ trưởng tổ dân phố 21): các hộ lấn chiếm phần lớn là người bán ăn sáng, "
              "nếu giải tỏa cần chỉ chỗ buôn bán khác, tránh bức xúc."),
            P("- Đ/c Trần Thị Mỹ Dung: đề nghị phường cho mượn bình chữa cháy cho các phòng trọ nghèo, chủ trọ "
              "trả dần."),
            P("- Đ/c Lê Hữu Nghĩa (Cảnh sát khu vực): đề nghị chi bộ nhắc các chủ nhà trọ khai báo tạm trú qua "
              "ứng dụng VNeID, Công an phường sẵn sàng hướng dẫn."),
            P("Đ/c Bí thư cảm ơn các ý kiến đóng góp. Sau đó chi bộ tiến hành biểu quyết nghị quyết tháng 8: "
              "26/26 đ/c có mặt tán thành (100%)."),
            H("Phân công:"),
            P("- Đ/c Võ Hoàng Phúc: cập nhật danh sách nhà trọ, người tạm trú, xong trước 31/8/2023."),
            P("- Đ/c Đặng Văn Hiếu: vận động 14 hộ còn lại ký cam kết không lấn chiếm vỉa hè, hạn chót 10/9/2023."),
            P("- Ban điều hành khu phố: phối hợp Đoàn phường tổ chức Tết Trung thu cho thiếu nhi (29/9/2023)."),
            P("Cuộc họp kết thúc lúc 21g05. Biên bản được thông qua, các đồng chí dự họp thống nhất."),
            S(["THƯ KÝ", "Võ Hoàng Phúc"], ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Ngọc Hân"]),
        ],
        "truth": minute(
            meeting("regular", "2023-08-17", "19:00", "21:05",
                    "Văn phòng Ban điều hành khu phố 3, số 112 đường Bùi Minh Trực", "CHI BỘ KHU PHỐ 3",
                    "ĐẢNG ỦY PHƯỜNG 5"),
            "Nguyễn Thị Ngọc Hân", "Bí thư Chi bộ", "Võ Hoàng Phúc",
            attendance(31, 26, 3, 3, 0, 2,
                       [("Lâm Văn Sáu", "bận", True),
                        ("Huỳnh Thị Kim Loan", "có việc gia đình", True),
                        ("Tô Minh Trí", "đi công tác Cần Thơ", True)]),
            False,
            [vote("Nghị quyết tháng 8", 26, None, None, 100)],
            [task("Võ Hoàng Phúc", "cập nhật danh sách nhà trọ, người tạm trú", "31/8/2023"),
             task("Đặng Văn Hiếu", "vận động 14 hộ còn lại ký cam kết không lấn chiếm vỉa hè", "10/9/2023"),
             task("Ban điều hành khu phố", "phối hợp Đoàn phường tổ chức Tết Trung thu cho thiếu nhi",
                  "29/9/2023")],
            ["low_attendance", "missing_conclusion"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# c08 — Sóc Trăng (Vĩnh Châu), Khmer hamlet, April 2015: the conclusion holds only general calls and "chi ủy
# sẽ phân công sau"; the minute ends with the end time; vote as a percentage only.
# =================================================================================================
DOCS.append({
    "name": "c08-soctrang-khmer-hamlet-general-calls-not-read-back", "folder": "test",
    "style": {"family": "dejavu", "size": 12, "justify": True, "indent": 28, "spacing": 1.3, "left": 80,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ VĨNH HẢI", "CHI BỘ ẤP TRÀ SÉT", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Hải, ngày 09 tháng 4 năm 2015"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"),
            C("(Tháng 4/2015)", bold=False),
            G(6),
            P("Vào lúc 14 giờ 00 phút ngày 09/4/2015, tại văn phòng ấp Trà Sét, Chi bộ ấp Trà Sét tổ chức sinh "
              "hoạt thường kỳ tháng 4 năm 2015."),
            H("THÀNH PHẦN"),
            P("Chi bộ có 16 đảng viên, dự họp 15 đồng chí. Vắng: đồng chí Thạch Sô Phol, đi dự đám cưới em gái ở "
              "Trà Vinh."),
            P("Đồng chí Lâm Thị Sa Ra, Bí thư chi bộ, chủ trì cuộc họp; đồng chí Sơn Thị Sà Quênh làm thư ký."),
            H("NỘI DUNG"),
            P("Đồng chí Bí thư thông tin tình hình: hạn mặn đến sớm, độ mặn trên kênh Trà Sét đã lên 6‰; giá "
              "hành tím đầu vụ chỉ còn 8.000 đồng/kg; xã chuẩn bị tổ chức Tết cổ truyền Chôl Chnăm Thmây của đồng "
              "bào Khmer từ ngày 14 đến 16/4."),
            P("Tháng 3, ấp thu hoạch xong 210 ha hành tím, năng suất bình quân 16 tấn/ha; nạo vét được 1,2 km "
              "kênh nội đồng; vận động 7 hộ nghèo vay vốn chăn nuôi bò. Hạn chế: còn tình trạng thanh niên tụ "
              "tập uống rượu, đánh nhau tại điểm karaoke ven lộ; việc thu gom vỏ chai thuốc bảo vệ thực vật "
              "chưa thường xuyên."),
            P("Nhiệm vụ tháng 4: tổ chức Tết Chôl Chnăm Thmây an toàn, tiết kiệm; tích trữ nước ngọt cho sinh "
              "hoạt; chuẩn bị giống màu cho vụ hè thu; giữ an ninh trật tự trong những ngày lễ."),
            H("THẢO LUẬN"),
            P("Đồng chí Trần Văn Mến đề nghị xã vận động thương lái ký hợp đồng bao tiêu hành tím, tránh dân "
              "bán tháo."),
            P("Đồng chí Thạch Thị Sóc Kha cho biết chùa Trà Sét đã chuẩn bị lễ đắp núi cát, đề nghị chi bộ phối "
              "hợp với Ban quản trị chùa giữ trật tự."),
            P("Đồng chí Kim Văn Sang: nước ngọt trong các lu, bồn chỉ đủ dùng khoảng ba tuần nữa."),
            H("KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá kết quả tháng 3 và nhiệm vụ tháng 4 như báo "
              "cáo. Đề nghị toàn thể đảng viên gương mẫu đón Tết cổ truyền vui tươi, tiết kiệm, vận động gia "
              "đình và bà con trong ấp không uống rượu bia khi điều khiển xe, không đốt đồng khi trời hanh khô. "
              "Mỗi đảng viên cần nắm chắc tình hình các hộ xung quanh, tiết kiệm nước ngọt, phát hiện sớm các "
              "vụ việc phức tạp để báo chi bộ. Việc phân công cụ thể, chi ủy sẽ họp và thông báo sau."),
            P("Chi bộ biểu quyết thống nhất nội dung nghị quyết tháng 4 với tỷ lệ 100%."),
            P("Cuộc họp kết thúc lúc 16 giờ 30 phút cùng ngày."),
            S(["THƯ KÝ", "Sơn Thị Sà Quênh"], ["CHỦ TRÌ", "Lâm Thị Sa Ra"]),
        ],
        "truth": minute(
            meeting("regular", "2015-04-09", "14:00", "16:30", "văn phòng ấp Trà Sét", "CHI BỘ ẤP TRÀ SÉT",
                    "ĐẢNG BỘ XÃ VĨNH HẢI"),
            "Lâm Thị Sa Ra", "Bí thư chi bộ", "Sơn Thị Sà Quênh",
            attendance(16, 15, 1, 1, 0, 0, [("Thạch Sô Phol", "đi dự đám cưới em gái ở Trà Vinh", True)]),
            True,
            [vote("Nghị quyết tháng 4", None, None, None, 100)],
            [],
            ["missing_assignments", "not_approved"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# c09 — Bình Định (Quy Nhơn), fishing village, July 2010: only an ordinary member sums up the opinions,
# the chair only closes; the only vote is on the minutes; tasks are given; 18 of 20 (exactly 90 %).
# =================================================================================================
DOCS.append({
    "name": "c09-binhdinh-fishing-member-sums-up-minutes-vote-only", "folder": "test",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 0, "spacing": 1.35, "para_gap": 5,
              "left": 75, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ NHƠN LÝ", "CHI BỘ THÔN LÝ LƯƠNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nhơn Lý, ngày 06 tháng 7 năm 2010"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT ĐẢNG", size=13),
            C("Chi bộ thôn Lý Lương – tháng 7 năm 2010", bold=False),
            G(8),
            P("Hôm nay, lúc 19 giờ 15, ngày 06 tháng 7 năm 2010, tại trụ sở thôn Lý Lương, chi bộ họp định kỳ "
              "tháng 7."),
            P("Đảng viên chính thức 18, dự bị 02, tổng cộng 20 đồng chí. Dự họp 18 đồng chí; vắng 02 đồng chí "
              "(đ/c Nguyễn Văn Hai – đi biển chưa về; đ/c Lê Thị Bông – ở nhà chăm mẹ ốm)."),
            P("Chủ trì: đ/c Trương Văn Lự – Bí thư chi bộ; thư ký: đ/c Đặng Thị Mỹ Lệ."),
            H("PHẦN I. TÌNH HÌNH"),
            P("Đ/c Bí thư đọc báo cáo: tháng 6 thôn có 46 tàu đánh bắt xa bờ ra khơi, sản lượng cá ngừ đại dương "
              "giảm gần một nửa so với cùng kỳ vì biển động; 2 tàu của thôn bị tàu lạ xua đuổi ở vùng biển Hoàng "
              "Sa, không thiệt hại về người. Ngư dân đã nhận tiền hỗ trợ dầu theo Quyết định 289 đợt 2. Đường "
              "bê tông liên thôn đã hoàn thành; một số hộ phơi cá, làm nước mắm ngay trên mặt đường, gây mùi, "
              "mất vệ sinh."),
            P("Tháng 7 là tháng cao điểm mùa mưa bão: kiểm tra trang thiết bị an toàn trên tàu, lắp máy thông "
              "tin liên lạc tầm xa, duy trì tổ đoàn kết trên biển; vận động các hộ không phơi cá trên đường; thu "
              "quỹ phòng chống thiên tai."),
            H("PHẦN II. Ý KIẾN"),
            P("– Đ/c Nguyễn Văn Ba (chủ tàu BĐ 96035 TS): đề nghị xã hỗ trợ tiền lắp máy thông tin tầm xa, tàu "
              "nhỏ không đủ tiền lắp."),
            P("– Đ/c Phan Thị Hường: các hộ phơi cá trên đường phần lớn là bà con trong xóm, nên gặp riêng nhắc "
              "nhở rồi mới xử lý."),
            P("– Đ/c Lê Văn Thảo: tổ đoàn kết số 2 còn 3 tàu chưa có phao cứu sinh đủ cho thuyền viên."),
            P("– Đ/c Huỳnh Văn Tư (Tổ trưởng tổ đoàn kết số 2) tóm tắt lại các ý kiến: anh em đều đồng tình với "
              "báo cáo, vướng nhất là máy thông tin liên lạc và phao cứu sinh, việc phơi cá trên đường thì thôn "
              "tự nhắc nhau được."),
            P("Đ/c chủ trì cảm ơn các đồng chí đã phát biểu và đề nghị thư ký ghi nhận đầy đủ để báo cáo Đảng ủy."),
            H("PHẦN III. PHÂN CÔNG"),
            P("– Tổ đoàn kết số 2 kiểm tra, bổ sung đủ phao cứu sinh cho 3 tàu trước chuyến biển tới."),
            P("– Đ/c Phan Thị Hường gặp các hộ phơi cá trên đường, nhắc giữ vệ sinh, xong trong tháng 7."),
            P("– Đ/c Nguyễn Văn Ba lập danh sách tàu chưa có máy thông tin tầm xa gửi xã trước ngày 15/7/2010."),
            P("Biên bản được thư ký đọc lại; chi bộ biểu quyết thông qua biên bản với 18/18 đồng chí nhất trí. "
              "Kết thúc lúc 21 giờ."),
            S(["THƯ KÝ", "Đặng Thị Mỹ Lệ"], ["BÍ THƯ", "Trương Văn Lự"]),
        ],
        "truth": minute(
            meeting("regular", "2010-07-06", "19:15", "21:00", "trụ sở thôn Lý Lương", "CHI BỘ THÔN LÝ LƯƠNG",
                    "ĐẢNG BỘ XÃ NHƠN LÝ"),
            "Trương Văn Lự", "Bí thư chi bộ", "Đặng Thị Mỹ Lệ",
            attendance(20, 18, 2, 2, 0, 0,
                       [("Nguyễn Văn Hai", "đi biển chưa về", True),
                        ("Lê Thị Bông", "ở nhà chăm mẹ ốm", True)]),
            False,
            [],
            [task("Tổ đoàn kết số 2", "kiểm tra, bổ sung đủ phao cứu sinh cho 3 tàu", "chuyến biển tới"),
             task("Phan Thị Hường", "gặp các hộ phơi cá trên đường, nhắc giữ vệ sinh", "tháng 7"),
             task("Nguyễn Văn Ba", "lập danh sách tàu chưa có máy thông tin tầm xa gửi xã", "15/7/2010")],
            ["missing_conclusion", "missing_vote"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# c10 — BOOK: Tuyên Quang (Yên Sơn), forestry station team cell, February–July 2009, typed on a typewriter
# (mono); five minutes, each after the first typed on under the previous signatures; April skipped (a
# forest fire, said in the May minute); a combined meeting in June; one member absent without reason
# three times.
# =================================================================================================
_B1_CELL, _B1_COMM = "CHI BỘ ĐỘI SẢN XUẤT SỐ 3", "ĐẢNG BỘ LÂM TRƯỜNG KIM QUAN"
DOCS.append({
    "name": "c10-tuyenquang-forestry-book-2009-typewriter", "folder": "test",
    "style": {"family": "mono", "size": 10.2, "justify": False, "indent": 0, "spacing": 1.32,
              "head": "- {n} -", "left": 72, "right": 52, "para_gap": 3},
    "between": 22,
    "minutes": [
        {"blocks": [
            HD(["ĐẢNG BỘ LÂM TRƯỜNG KIM QUAN", "CHI BỘ ĐỘI SẢN XUẤT SỐ 3"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kim Quan, ngày 10 tháng 02 năm 2009"]),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 02/2009"),
            G(4),
            L("Thời gian: 8 giờ 00 ngày 10/02/2009."),
            L("Địa điểm: nhà làm việc Đội 3."),
            L("Đảng viên: 12 đ/c; có mặt 11 đ/c; vắng 01 đ/c: Ma Văn Thào (không lý do)."),
            L("Chủ trì: đ/c Hoàng Văn Pản, Bí thư chi bộ. Thư ký: đ/c Nông Thị Thúy."),
            H("I. Đánh giá tháng 01 và dịp Tết Kỷ Sửu"),
            L("Đội trồng dặm xong 12 ha keo; giữ được rừng trong dịp Tết, không có vụ cháy; 2 vụ chặt trộm "
              "keo ở tiểu khu 132 đã lập biên bản chuyển Hạt kiểm lâm. Tồn tại: vườn ươm xuất cây chậm; một số "
              "công nhân nghỉ Tết quá ngày."),
            H("II. Nhiệm vụ tháng 02"),
            L("Trồng mới 85 ha keo lai vụ xuân; phát dọn thực bì; lập tổ canh lửa mùa khô. Giá gỗ nguyên liệu "
              "giấy giảm do khủng hoảng kinh tế, các tổ phải tiết kiệm chi phí."),
            H("III. Ý kiến"),
            L("- Đ/c Triệu Văn Sinh: vườn ươm có khoảng 190 nghìn cây keo đủ tiêu chuẩn, cần xe chở lên lô sớm "
              "vì trời hanh."),
            L("- Đ/c Nguyễn Văn Chiến: đề nghị làm chòi canh lửa ở đỉnh Khau Lình."),
            H("IV. Kết luận"),
            L("Đ/c Bí thư kết luận: thống nhất nhiệm vụ tháng 2, ưu tiên trồng rừng đúng thời vụ và giữ lửa "
              "rừng. Giao đ/c Triệu Văn Sinh xuất đủ cây giống cho các tổ trồng trước 25/02; đ/c Nguyễn Văn "
              "Chiến cùng tổ bảo vệ dựng chòi canh lửa ở đỉnh Khau Lình trong tháng 2."),
            L("Biểu quyết: 11/11 đ/c nhất trí."),
            L("Kết thúc 10 giờ 30. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Nông Thị Thúy"], ["BÍ THƯ", "Hoàng Văn Pản"]),
        ], "truth": minute(
            meeting("regular", "2009-02-10", "08:00", "10:30", "nhà làm việc Đội 3", _B1_CELL, _B1_COMM),
            "Hoàng Văn Pản", "Bí thư chi bộ", "Nông Thị Thúy",
            attendance(12, 11, 1, 0, 1, 0, [("Ma Văn Thào", "không lý do", False)]),
            True,
            [vote("Nghị quyết tháng 02", 11, None, None, None)],
            [task("Triệu Văn Sinh", "xuất đủ cây giống cho các tổ trồng", "25/02"),
             task("Nguyễn Văn Chiến", "cùng tổ bảo vệ dựng chòi canh lửa ở đỉnh Khau Lình", "tháng 2")],
            ["unexcused_absence"])},
        {"blocks": [
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 3 NĂM 2009"),
            G(4),
            L("Vào hồi 13h30 ngày 12/3/2009 tại nhà làm việc Đội 3, chi bộ họp thường kỳ tháng 3. Có mặt 11/12 "
              "đảng viên; vắng đ/c Ma Văn Thào (đi viện điều trị sốt rét). Đ/c Hoàng Văn Pản - Bí thư chủ trì, "
              "đ/c Nông Thị Thúy ghi biên bản."),
            L("Tháng 2 trồng được 61/85 ha keo, còn 24 ha ở lô 6 và lô 7 do chậm cây giống. Tháng 3 trồng nốt "
              "diện tích còn lại, chăm sóc rừng trồng năm 2008, giữ lửa rừng."),
            L("Ý kiến: đ/c Bàn Văn Lìu đề nghị cho tổ 2 mượn thêm 10 công nhân thời vụ để kịp trồng lô 6; đ/c "
              "Lý Thị Mai báo cáo vườn ươm đã đủ cây cho 24 ha."),
            L("Đ/c Bí thư kết luận: trồng xong 24 ha trước 31/3, không để cây giống nằm lô quá 2 ngày. Giao đ/c "
              "Bàn Văn Lìu phụ trách tổ 2 trồng xong lô 6 trước ngày 25/3."),
            L("Chi bộ biểu quyết: 100% tán thành."),
            L("Họp kết thúc 14h50. Biên bản được thông qua."),
            S(["THƯ KÝ", "Nông Thị Thúy"], ["BÍ THƯ", "Hoàng Văn Pản"]),
        ], "truth": minute(
            meeting("regular", "2009-03-12", "13:30", "14:50", "nhà làm việc Đội 3", _B1_CELL, _B1_COMM),
            "Hoàng Văn Pản", "Bí thư", "Nông Thị Thúy",
            attendance(12, 11, 1, 1, 0, 0, [("Ma Văn Thào", "đi viện điều trị sốt rét", True)]),
            True,
            [vote("Nghị quyết tháng 3", None, None, None, 100)],
            [task("Bàn Văn Lìu", "phụ trách tổ 2 trồng xong lô 6", "25/3")],
            ["short_meeting"])},
        {"blocks": [
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 5/2009"),
            L("(Tháng 4 chi bộ không họp được do toàn đội tập trung chữa cháy rừng ở tiểu khu 128 và trồng "
              "dặm sau cháy.)", italic=True),
            G(4),
            L("Thời gian: 7 giờ 30 ngày 08/5/2009. Địa điểm: nhà làm việc Đội 3."),
            L("Có mặt: 11/12 đ/c. Vắng: đ/c Ma Văn Thào - không lý do."),
            L("Chủ trì: đ/c Hoàng Văn Pản - Bí thư chi bộ. Thư ký: đ/c Nông Thị Thúy."),
            H("I. Tình hình tháng 4"),
            L("Ngày 17/4 cháy 9,5 ha keo 3 năm tuổi ở tiểu khu 128, nguyên nhân do người dân đốt nương lan "
              "sang; đội huy động 40 người dập lửa trong 6 tiếng, không có thương vong. Đã trồng dặm 3 ha ở "
              "các lô cháy nhẹ."),
            H("II. Nhiệm vụ tháng 5"),
            L("Lập hồ sơ thiệt hại; phối hợp xã tuyên truyền không đốt nương gần rừng; chăm sóc 85 ha rừng "
              "trồng mới; chuẩn bị cây giống vụ thu."),
            H("III. Ý kiến"),
            L("- Đ/c Quan Văn Hưng: đề nghị lâm trường cho thanh lý sớm số gỗ bị cháy để tránh mối mọt."),
            L("- Đ/c Hà Văn Toàn: chòi canh ở Khau Lình phát hiện khói chậm vì không có ống nhòm."),
            H("IV. Kết luận"),
            L("Đ/c Bí thư kết luận: chi bộ nhận khuyết điểm để xảy ra cháy rừng; tháng 5 khắc phục hậu quả, "
              "giữ chốt canh lửa. Giao đ/c Quan Văn Hưng lập hồ sơ thiệt hại 9,5 ha rừng bị cháy gửi lâm trường "
              "trước ngày 15/5; tổ bảo vệ rừng trực chốt ở tiểu khu 128 hằng ngày."),
            L("Biểu quyết: tán thành 11/11."),
            L("Cuộc họp kết thúc 10 giờ 20."),
            S(["THƯ KÝ", "Nông Thị Thúy"], ["BÍ THƯ", "Hoàng Văn Pản"]),
        ], "truth": minute(
            meeting("regular", "2009-05-08", "07:30", "10:20", "nhà làm việc Đội 3", _B1_CELL, _B1_COMM),
            "Hoàng Văn Pản", "Bí thư chi bộ", "Nông Thị Thúy",
            attendance(12, 11, 1, 0, 1, 0, [("Ma Văn Thào", "không lý do", False)]),
            True,
            [vote("Nghị quyết tháng 5", 11, None, None, None)],
            [task("Quan Văn Hưng", "lập hồ sơ thiệt hại 9,5 ha rừng bị cháy gửi lâm trường", "15/5"),
             task("tổ bảo vệ rừng", "trực chốt ở tiểu khu 128", "hằng ngày")],
            ["not_approved", "unexcused_absence"])},
        {"blocks": [
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 6/2009"),
            C("(kết hợp sinh hoạt chuyên đề)", bold=False),
            L("Chuyên đề: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về nâng cao ý thức trách nhiệm, hết "
              "lòng, hết sức phục vụ nhân dân"),
            G(4),
            L("Hồi 13 giờ 30 phút ngày 18/6/2009, tại hội trường lâm trường, chi bộ Đội 3 họp thường kỳ tháng 6 "
              "kết hợp sinh hoạt chuyên đề. Dự họp 12/12 đồng chí. Đồng chí Hoàng Văn Pản, Bí thư chi bộ, chủ "
              "trì; đồng chí Nông Thị Thúy làm thư ký."),
            L("1. Tháng 5: hồ sơ thiệt hại đã gửi lâm trường; chăm sóc xong lần 1 cho 85 ha rừng trồng mới; "
              "không phát sinh cháy. Tháng 6: chăm sóc lần 2, phát luỗng rừng trồng năm 2007, chuẩn bị khai "
              "thác keo trồng năm 2002 ở lô 14, 15."),
            L("2. Đồng chí Nông Thị Thúy trình bày chuyên đề, liên hệ: công nhân trách nhiệm với từng lô rừng "
              "được giao, ứng xử với bà con quanh rừng, không gây phiền hà khi xác nhận lâm sản cho dân."),
            L("3. Thảo luận: đ/c Đặng Thị Nhung cho rằng việc xác nhận gỗ vườn cho dân còn chậm, có hộ phải đi "
              "lại ba lần; đ/c Ma Văn Thào nhận khuyết điểm đã vắng họp tháng 2 và tháng 5, hứa từ nay đi họp "
              "đầy đủ; đ/c Vi Văn Khoa đề nghị phổ biến chuyên đề cho cả công nhân ngoài Đảng."),
            L("4. Đồng chí Bí thư kết luận: nội dung chuyên đề sát với công việc của đội; đề nghị mỗi đảng viên "
              "đăng ký một việc làm theo chuyên đề, nộp cho chi ủy; toàn chi bộ phấn đấu không để xảy ra cháy "
              "rừng, chặt phá rừng trong quý III. Việc theo dõi đăng ký, chi ủy sẽ phân công sau."),
            L("5. Chi bộ nhất trí 12/12 đồng chí (100%)."),
            L("Hội nghị bế mạc lúc 15 giờ 45 phút. Biên bản đã đọc lại và được thông qua."),
            S(["THƯ KÝ", "Nông Thị Thúy"], ["BÍ THƯ", "Hoàng Văn Pản"]),
        ], "truth": minute(
            meeting("regular", "2009-06-18", "13:30", "15:45", "hội trường lâm trường", _B1_CELL, _B1_COMM,
                    topic="Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về nâng cao ý thức trách nhiệm, "
                          "hết lòng, hết sức phục vụ nhân dân"),
            "Hoàng Văn Pản", "Bí thư chi bộ", "Nông Thị Thúy",
            attendance(12, 12, 0, 0, 0, 0),
            True,
            [vote("Nghị quyết tháng 6 và chuyên đề", 12, None, None, 100)],
            [],
            ["missing_assignments"])},
        {"blocks": [
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 7/2009"),
            G(4),
            L("Thời gian: 8 giờ, ngày 16/7/2009."),
            L("Địa điểm: nhà làm việc Đội 3."),
            L("Đảng viên có mặt 11/12; vắng đ/c Ma Văn Thào, không có lý do."),
            L("Chủ trì: đ/c Hoàng Văn Pản (Bí thư); thư ký: đ/c Nông Thị Thúy."),
            H("Nội dung:"),
            L("Tháng 6 chăm sóc lần 2 được 85 ha; phát luỗng 40 ha rừng 2007. Tháng 7 khai thác 40 ha keo lô "
              "14, 15, sản lượng dự kiến 3.600 m³; mưa nhiều, đường vận xuất trơn, phải bảo đảm an toàn khi "
              "lao gỗ."),
            H("Ý kiến:"),
            L("Đ/c Vi Văn Khoa: cần rải đá đoạn dốc Khuổi Phầy trước khi cho xe tải vào lấy gỗ. Đ/c Phạm Thị "
              "Hòa: đề nghị trả lương khai thác theo khối lượng, hằng tuần."),
            H("Kết luận:"),
            L("Chi bộ nhất trí 100% với báo cáo và phương hướng tháng 7."),
            H("Phân công:"),
            L("- Đ/c Vi Văn Khoa theo dõi khai thác lô 14, 15, bảo đảm đúng thiết kế."),
            L("- Chi bộ giao đ/c Bí thư gặp riêng đ/c Ma Văn Thào, làm rõ việc vắng họp 3 lần không lý do, báo "
              "cáo Đảng ủy lâm trường trước 31/7/2009."),
            L("Họp xong 10 giờ. Biên bản đọc lại, mọi người nhất trí."),
            S(["THƯ KÝ", "Nông Thị Thúy"], ["BÍ THƯ", "Hoàng Văn Pản"]),
        ], "truth": minute(
            meeting("regular", "2009-07-16", "08:00", "10:00", "nhà làm việc Đội 3", _B1_CELL, _B1_COMM),
            "Hoàng Văn Pản", "Bí thư", "Nông Thị Thúy",
            attendance(12, 11, 1, 0, 1, 0, [("Ma Văn Thào", "không có lý do", False)]),
            False,
            [vote("Báo cáo và phương hướng tháng 7", None, None, None, 100)],
            [task("Vi Văn Khoa", "theo dõi khai thác lô 14, 15, bảo đảm đúng thiết kế", None),
             task("Bí thư", "gặp riêng đ/c Ma Văn Thào, làm rõ việc vắng họp 3 lần không lý do, báo cáo Đảng "
                            "ủy lâm trường", "31/7/2009")],
            ["missing_conclusion", "unexcused_absence"])},
    ],
    "flags": ["missing_month", "repeated_absence"], "scans": [], "born_digital": True,
})


# =================================================================================================
# c11 — BOOK: Vĩnh Long (Bến Tre's former Mỏ Cày Bắc), hamlet cell after the 2025 merger, January–April
# 2026; four minutes on one typed template; the March meeting is held on 02/4 and keeps its title's month;
# no thematic meeting in Q1; one member absent without reason twice only (the third and fourth time with a
# reason); the April minute starts at the top of a new page after a blank gap and leaves the guest line as dots.
# =================================================================================================
_B2_CELL, _B2_COMM = "CHI BỘ ẤP TÂN LỢI", "ĐẢNG ỦY XÃ PHƯỚC MỸ TRUNG"
_B2_PLACE = "Hội trường ấp Tân Lợi"
DOCS.append({
    "name": "c11-vinhlong-hamlet-book-2026-q1-no-thematic", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.28,
              "head": "Chi bộ ấp Tân Lợi – Sổ biên bản năm 2026", "head_align": "right",
              "foot": "Trang {n}", "left": 78, "right": 56},
    "between": 30,
    "minutes": [
        {"blocks": [
            HD(["ĐẢNG ỦY XÃ PHƯỚC MỸ TRUNG", "CHI BỘ ẤP TÂN LỢI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Mỹ Trung, ngày 08 tháng 01 năm 2026"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01/2026"),
            G(4),
            L("Thời gian: bắt đầu 10 giờ 30 phút, ngày 08/01/2026 (thứ Năm)."),
            L("Địa điểm: Hội trường ấp Tân Lợi."),
            L("Đảng viên: tổng số 22, miễn sinh hoạt 02; có mặt 19/20; vắng 01: đ/c Lê Văn Bé Tư (không lý do)."),
            L("Đại biểu tham dự: đ/c Trương Thanh Phong – Đảng ủy viên, phụ trách địa bàn."),
            L("Chủ trì: đ/c Nguyễn Thị Mộng Tuyền – Bí thư chi bộ."),
            L("Thư ký: đ/c Huỳnh Văn Sang – Phó Bí thư chi bộ."),
            H("1. Thông tin thời sự"),
            P("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng diễn ra trong tháng 01/2026; cuộc bầu cử đại "
              "biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031 tổ chức ngày 15/3/2026; Đảng "
              "ủy xã triển khai Hướng dẫn 42-HD/BTCTW về nâng cao chất lượng sinh hoạt chi bộ."),
            H("2. Kết quả tháng 12/2025"),
            P("Ấp hoàn thành 1,8 km đường đal liên tổ; giá dừa khô giữ ở mức cao, bà con phấn khởi; các hộ đã "
              "trữ nước ngọt trước mùa mặn. Tồn tại: 2 hộ chưa đóng bảo hiểm y tế; còn người lớn tuổi chưa "
              "kích hoạt tài khoản định danh điện tử mức 2."),
            H("3. Nhiệm vụ tháng 01/2026"),
            P("Tuyên truyền Đại hội XIV; chuẩn bị lập danh sách cử tri; chăm lo Tết cho hộ nghèo, gia đình "
              "chính sách; phòng chống hạn mặn mùa khô 2025–2026."),
            H("4. Thảo luận"),
            P("- Đ/c Võ Văn Hùng (Trưởng ấp): năm nay mặn dự báo vào sớm, đề nghị vận động các gia đình trữ "
              "thêm nước trong lu, túi trữ."),
            P("- Đ/c Phạm Thị Ngọc Giàu: chi hội phụ nữ đã vận động được 24 phần quà Tết, còn thiếu cho 6 hộ."),
            P("- Đ/c Trương Thanh Phong đề nghị chi bộ nắm số người làm ăn xa về quê ăn Tết để cập nhật danh "
              "sách cử tri."),
            H("5. Kết luận"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất kết quả tháng 12 và nhiệm vụ tháng 01; tập trung "
              "tuyên truyền Đại hội, chăm lo Tết và chuẩn bị bầu cử. Giao đ/c Võ Văn Hùng rà soát số hộ thiếu "
              "nước, đề xuất xã hỗ trợ túi trữ nước trước 20/01/2026; đ/c Phạm Thị Ngọc Giàu vận động thêm quà "
              "Tết cho 6 hộ còn lại, hoàn thành trước ngày 10/02/2026."),
            P("Biểu quyết: 19/19 đồng chí có mặt tán thành (100%)."),
            P("Cuộc họp kết thúc lúc 12 giờ 10 phút; biên bản được đọc lại và thông qua tại cuộc họp."),
            S(["THƯ KÝ", "Huỳnh Văn Sang"], ["BÍ THƯ", "Nguyễn Thị Mộng Tuyền"]),
        ], "truth": minute(
            meeting("regular", "2026-01-08", "10:30", "12:10", _B2_PLACE, _B2_CELL, _B2_COMM),
            "Nguyễn Thị Mộng Tuyền", "Bí thư chi bộ", "Huỳnh Văn Sang",
            attendance(22, 19, 1, 0, 1, 2, [("Lê Văn Bé Tư", "không lý do", False)],
                       [("Trương Thanh Phong", "Đảng ủy viên, phụ trách địa bàn")]),
            True,
            [vote("Nhiệm vụ tháng 01/2026", 19, None, None, 100)],
            [task("Võ Văn Hùng", "rà soát số hộ thiếu nước, đề xuất xã hỗ trợ túi trữ nước", "20/01/2026"),
             task("Phạm Thị Ngọc Giàu", "vận động thêm quà Tết cho 6 hộ còn lại", "10/02/2026")],
            ["unexcused_absence"])},
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 02/2026"),
            G(4),
            L("Thời gian: bắt đầu 19 giờ 00 phút, ngày 05/02/2026."),
            L("Địa điểm: Hội trường ấp Tân Lợi."),
            L("Đảng viên: tổng số 22, miễn sinh hoạt 02; có mặt 19/20; vắng 01: đ/c Lê Văn Bé Tư (không lý do)."),
            L("Đại biểu tham dự: không."),
            L("Chủ trì: đ/c Nguyễn Thị Mộng Tuyền – Bí thư chi bộ."),
            L("Thư ký: đ/c Huỳnh Văn Sang – Phó Bí thư chi bộ."),
            H("1. Thông tin thời sự"),
            P("Phổ biến kết quả Đại hội XIV của Đảng; Ủy ban bầu cử xã niêm yết danh sách cử tri từ ngày "
              "04/02/2026; xã nhắc các ấp giữ an ninh trật tự dịp Tết Bính Ngọ, cấm đốt pháo nổ."),
            H("2. Kết quả tháng 01/2026"),
            P("Trao 30 phần quà Tết cho hộ nghèo, cận nghèo (đủ cả 6 hộ còn thiếu); xã hỗ trợ 15 túi trữ nước; "
              "100% đảng viên nghe phổ biến kết quả Đại hội. Hạn chế: còn tình trạng thanh niên tụ tập chạy xe "
              "lạng lách trên đường đal ban đêm."),
            H("3. Nhiệm vụ tháng 02/2026"),
            P("Tổ chức Tết an toàn, tiết kiệm; giữ an ninh trật tự trước, trong và sau Tết; theo dõi việc niêm "
              "yết danh sách cử tri; vận động người dân kiểm tra tên mình trong danh sách."),
            H("4. Thảo luận"),
            P("- Đ/c Trần Văn Út: đề nghị Tổ an ninh ấp đi tuần cả đêm giao thừa vì các năm trước hay xảy ra "
              "đánh nhau sau khi nhậu."),
            P("- Đ/c Đoàn Thị Kim Chi: nhiều người lớn tuổi không biết xem danh sách cử tri, nên đọc trên loa."),
            H("5. Kết luận"),
            P("Đồng chí Bí thư kết luận: thống nhất nhiệm vụ tháng 02, trọng tâm là Tết an toàn và danh sách "
              "cử tri chính xác. Giao Tổ an ninh ấp tuần tra vào các đêm từ 25 tháng Chạp đến mùng 6 Tết; đ/c "
              "Huỳnh Văn Sang theo dõi việc niêm yết danh sách cử tri tại hội trường ấp, tiếp nhận ý kiến của "
              "cử tri."),
            P("Biểu quyết: 19/19 đồng chí tán thành."),
            P("Kết thúc lúc 21 giờ 00 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Huỳnh Văn Sang"], ["BÍ THƯ", "Nguyễn Thị Mộng Tuyền"]),
        ], "truth": minute(
            meeting("regular", "2026-02-05", "19:00", "21:00", _B2_PLACE, _B2_CELL, _B2_COMM),
            "Nguyễn Thị Mộng Tuyền", "Bí thư chi bộ", "Huỳnh Văn Sang",
            attendance(22, 19, 1, 0, 1, 2, [("Lê Văn Bé Tư", "không lý do", False)]),
            True,
            [vote("Nhiệm vụ tháng 02/2026", 19, None, None, None)],
            [task("Tổ an ninh ấp", "tuần tra", "các đêm từ 25 tháng Chạp đến mùng 6 Tết"),
             task("Huỳnh Văn Sang", "theo dõi việc niêm yết danh sách cử tri tại hội trường ấp, tiếp nhận ý kiến "
                                    "của cử tri", None)],
            ["unexcused_absence"])},
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2026"),
            C("(Họp ngày 02/4/2026 – tháng 3 chi bộ tập trung phục vụ bầu cử)", bold=False, italic=True),
            G(4),
            L("Thời gian: bắt đầu 19 giờ 00 phút, ngày 02/4/2026."),
            L("Địa điểm: Hội trường ấp Tân Lợi."),
            L("Đảng viên: tổng số 22, miễn sinh hoạt 02; có mặt 19/20; vắng 01: đ/c Lê Văn Bé Tư (bận việc gia "
              "đình, có báo trước)."),
            L("Đại biểu tham dự: không."),
            L("Chủ trì: đ/c Nguyễn Thị Mộng Tuyền – Bí thư chi bộ."),
            L("Thư ký: đ/c Huỳnh Văn Sang – Phó Bí thư chi bộ."),
            H("1. Kết quả tháng 3/2026"),
            P("Ngày 15/3/2026, khu vực bỏ phiếu số 4 (ấp Tân Lợi) có 1.412/1.420 cử tri đi bầu, đạt 99,44%, "
              "bảo đảm an toàn, đúng luật. Mặn đã vào kênh Cái Gà, độ mặn đo được 4‰; các hộ dùng nước trữ, "
              "chưa có hộ thiếu nước sinh hoạt. Vườn dừa một số hộ bị bọ vòi voi gây hại."),
            H("2. Nhiệm vụ tháng 4/2026"),
            P("Phòng chống hạn mặn; hướng dẫn bà con diệt bọ vòi voi; chuẩn bị kỷ niệm 51 năm Ngày giải phóng "
              "miền Nam; tiếp tục vận động tham gia bảo hiểm y tế hộ gia đình."),
            H("3. Thảo luận"),
            P("Các đồng chí đảng viên thống nhất với báo cáo, không có ý kiến."),
            H("4. Kết luận"),
            P("Đồng chí Bí thư kết luận: chi bộ đánh giá cao đảng viên đã góp phần làm tốt cuộc bầu cử; tháng 4 "
              "tập trung giữ nước ngọt và cứu vườn dừa. Giao đ/c Đoàn Thị Kim Chi phối hợp cán bộ nông nghiệp "
              "xã hướng dẫn các hộ diệt bọ vòi voi trong tháng 4."),
            P("Biểu quyết: 19/19 đồng chí tán thành."),
            P("Kết thúc lúc 20 giờ 45 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Huỳnh Văn Sang"], ["BÍ THƯ", "Nguyễn Thị Mộng Tuyền"]),
        ], "truth": minute(
            meeting("regular", "2026-04-02", "19:00", "20:45", _B2_PLACE, _B2_CELL, _B2_COMM, month=3),
            "Nguyễn Thị Mộng Tuyền", "Bí thư chi bộ", "Huỳnh Văn Sang",
            attendance(22, 19, 1, 1, 0, 2, [("Lê Văn Bé Tư", "bận việc gia đình, có báo trước", True)]),
            True,
            [vote("Nhiệm vụ tháng 4/2026", 19, None, None, None)],
            [task("Đoàn Thị Kim Chi", "phối hợp cán bộ nông nghiệp xã hướng dẫn các hộ diệt bọ vòi voi",
                  "tháng 4")],
            ["no_discussion"])},
        {"blocks": [
            PB(),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4/2026"),
            G(4),
            L("Thời gian: bắt đầu 19 giờ 00 phút, ngày 28/4/2026."),
            L("Địa điểm: Hội trường ấp Tân Lợi."),
            L("Đảng viên: tổng số 22, miễn sinh hoạt 02; có mặt 17/20; vắng 03: đ/c Đoàn Thị Kim Chi (nằm viện), "
              "đ/c Trần Văn Út (chở dừa đi Tây Ninh), đ/c Lê Văn Bé Tư (đi làm ở TP. Hồ Chí Minh)."),
            L("Đại biểu tham dự: ……"),
            L("Chủ trì: đ/c Nguyễn Thị Mộng Tuyền – Bí thư chi bộ."),
            L("Thư ký: đ/c Huỳnh Văn Sang – Phó Bí thư chi bộ."),
            H("1. Thông tin thời sự"),
            P("Hoạt động kỷ niệm 51 năm Ngày giải phóng miền Nam, thống nhất đất nước và Ngày Quốc tế lao động; "
              "Quốc hội khóa XVI họp kỳ thứ nhất; Đảng ủy xã ban hành kế hoạch sinh hoạt chuyên đề năm 2026."),
            H("2. Kết quả tháng 4/2026"),
            P("Các hộ đã phun thuốc diệt bọ vòi voi trên 35 ha dừa; không có hộ thiếu nước sinh hoạt; 3 hộ mới "
              "tham gia bảo hiểm y tế. Hạn chế: quý I chi bộ chưa tổ chức được buổi sinh hoạt chuyên đề nào do "
              "tập trung cho bầu cử."),
            H("3. Nhiệm vụ tháng 5/2026"),
            P("Tổ chức sinh hoạt chuyên đề quý II về học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
              "nhân kỷ niệm Ngày sinh của Bác; chuẩn bị giống, cải tạo vườn khi có mưa; phát quang bụi rậm phòng "
              "sốt xuất huyết."),
            H("4. Thảo luận"),
            P("- Đ/c Võ Văn Hùng: đề nghị gắn buổi chuyên đề với việc biểu dương các hộ làm kinh tế vườn giỏi."),
            P("- Đ/c Phạm Thị Ngọc Giàu: chi hội phụ nữ nhận ra quân phát quang, diệt lăng quăng."),
            P("- Đ/c Nguyễn Văn Lợi nhắc chi bộ buổi chuyên đề phải có nội dung liên hệ cụ thể, tránh đọc lại "
              "tài liệu."),
            H("5. Kết luận"),
            P("Đồng chí Bí thư kết luận: chi bộ nghiêm túc nhận khuyết điểm chưa sinh hoạt chuyên đề trong quý "
              "I; tháng 5 phải tổ chức chuyên đề có chất lượng. Giao đ/c Huỳnh Văn Sang chuẩn bị nội dung "
              "chuyên đề quý II, trình chi ủy trước ngày 10/5/2026; Chi hội Phụ nữ ấp ra quân phát quang, diệt "
              "lăng quăng vào sáng chủ nhật hằng tuần."),
            P("Biểu quyết: 17/17 đồng chí tán thành (100%)."),
            P("Cuộc họp kết thúc lúc 21 giờ 00 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Huỳnh Văn Sang"], ["BÍ THƯ", "Nguyễn Thị Mộng Tuyền"]),
        ], "truth": minute(
            meeting("regular", "2026-04-28", "19:00", "21:00", _B2_PLACE, _B2_CELL, _B2_COMM),
            "Nguyễn Thị Mộng Tuyền", "Bí thư chi bộ", "Huỳnh Văn Sang",
            attendance(22, 17, 3, 3, 0, 2,
                       [("Đoàn Thị Kim Chi", "nằm viện", True),
                        ("Trần Văn Út", "chở dừa đi Tây Ninh", True),
                        ("Lê Văn Bé Tư", "đi làm ở TP. Hồ Chí Minh", True)]),
            True,
            [vote("Nhiệm vụ tháng 5/2026", 17, None, None, 100)],
            [task("Huỳnh Văn Sang", "chuẩn bị nội dung chuyên đề quý II, trình chi ủy", "10/5/2026"),
             task("Chi hội Phụ nữ ấp", "ra quân phát quang, diệt lăng quăng", "sáng chủ nhật hằng tuần")],
            ["low_attendance", "unfilled_template"])},
    ],
    "flags": ["no_thematic_in_quarter"], "scans": [], "born_digital": True,
})


# =================================================================================================
# c12 — Hà Nội (Sóc Sơn), hospital department cell, March 2025: the Phó Bí thư chairs while the Bí thư is
# away on secondment; "Thay mặt chi ủy, đồng chí … tổng hợp và thống nhất"; tasks "a)–c)" to a role, a
# member who "chủ trì, phối hợp với" a team, and a youth branch; degrees before names. Clean.
# =================================================================================================
DOCS.append({
    "name": "c12-hanoi-hospital-deputy-chairs-role-tasks-clean", "folder": "test",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 0, "spacing": 1.38, "para_gap": 4,
              "left": 70, "right": 58, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "KHU VỰC MINH PHÚ", "CHI BỘ KHOA NỘI TỔNG HỢP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sóc Sơn, ngày 14 tháng 3 năm 2025"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2025"),
            G(6),
            L("Thời gian: 14 giờ 30 phút – 16 giờ 30 phút, ngày 14/3/2025."),
            L("Địa điểm: Phòng giao ban khoa Nội tổng hợp."),
            L("Thành phần: Chi bộ có 15 đảng viên (chính thức 14, dự bị 01); có mặt 14 đồng chí; vắng 01 đồng "
              "chí: đ/c Lê Quang Vinh – Bí thư chi bộ, Trưởng khoa, đi công tác tại Trung tâm Y tế huyện Mường "
              "Ảng, tỉnh Điện Biên theo Đề án 1816."),
            L("Chủ trì: ThS.BS. Nguyễn Thị Thu Trang – Phó Bí thư chi bộ."),
            L("Thư ký: ĐD. Hà Minh Châu – Chi ủy viên."),
            H("A. THÔNG TIN"),
            L("Đồng chí chủ trì thông tin: Trung ương tiếp tục thực hiện Nghị quyết số 18-NQ/TW về sắp xếp, tinh "
              "gọn tổ chức bộ máy; Sở Y tế triển khai chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 10 tuổi trên "
              "địa bàn thành phố; Bảo hiểm xã hội siết chặt thanh toán các ca điều trị nội trú kéo dài."),
            H("B. KẾT QUẢ THÁNG 02/2025"),
            L("a) Khoa điều trị nội trú 612 lượt người bệnh, công suất giường 112%; chuyển tuyến 9 ca; không có "
              "sai sót chuyên môn phải báo cáo. b) Thực hiện bệnh án điện tử được 78% hồ sơ. c) Hạn chế: người "
              "bệnh nằm ghép giường trong đợt cúm cuối tháng 2; 03 hồ sơ bị Bảo hiểm xã hội xuất toán do chỉ "
              "định xét nghiệm chưa đúng quy trình."),
            H("C. PHƯƠNG HƯỚNG THÁNG 3/2025"),
            L("Giảm nằm ghép; rà soát chỉ định cận lâm sàng; hoàn thành bệnh án điện tử toàn khoa; phối hợp "
              "khoa Nhi tiếp nhận trẻ mắc sởi có biến chứng; chăm lo đời sống nhân viên khi nhiều người tăng ca."),
            H("D. Ý KIẾN THẢO LUẬN"),
            L("– BS. Phạm Đức Anh: đề nghị có buồng cách ly riêng cho người lớn nghi sởi, tránh lây chéo sang "
              "người bệnh nội trú."),
            L("– ĐD. Trần Thị Hoa (Điều dưỡng trưởng khoa): giường gấp tạm đã có 10 chiếc, đủ giảm nằm ghép "
              "nếu sắp xếp lại buồng 4 và buồng 5."),
            L("– Đ/c Nguyễn Văn Tiến: 03 hồ sơ bị xuất toán đều do thiếu chữ ký chỉ định, lỗi thủ tục, cần "
              "kiểm tra chéo trước khi ra viện."),
            H("E. KẾT LUẬN"),
            L("Thay mặt chi ủy, đồng chí Nguyễn Thị Thu Trang tổng hợp và thống nhất: tháng 3 chi bộ lãnh đạo "
              "khoa không để người bệnh nằm ghép, không để xảy ra lây nhiễm sởi trong bệnh viện, không để hồ sơ "
              "bị xuất toán vì lỗi thủ tục; mỗi đảng viên gương mẫu trong tăng ca, không để người bệnh phải chờ "
              "đợi. Cụ thể:"),
            L("a) Điều dưỡng trưởng khoa sắp xếp lại buồng 4, buồng 5 để bố trí giường gấp, xong trước ngày "
              "20/3/2025."),
            L("b) Đồng chí Phạm Đức Anh chủ trì, phối hợp với Tổ kiểm soát nhiễm khuẩn lập buồng cách ly người "
              "lớn nghi sởi trong tuần này."),
            L("c) Chi đoàn khoa kiểm tra chéo hồ sơ bệnh án trước khi ra viện, hằng ngày."),
            L("Biểu quyết: 14/14 đ/c có mặt tán thành; không tán thành: không; ý kiến khác: không."),
            L("Biên bản được thư ký đọc lại lúc 16 giờ 25 phút, chi bộ nhất trí thông qua. Buổi sinh hoạt kết "
              "thúc lúc 16 giờ 30 phút."),
            S(["THƯ KÝ", "Hà Minh Châu"], ["T/M CHI ỦY", "PHÓ BÍ THƯ", "Nguyễn Thị Thu Trang"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-14", "14:30", "16:30", "Phòng giao ban khoa Nội tổng hợp",
                    "CHI BỘ KHOA NỘI TỔNG HỢP", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA KHU VỰC MINH PHÚ"),
            "Nguyễn Thị Thu Trang", "Phó Bí thư chi bộ", "Hà Minh Châu",
            attendance(15, 14, 1, 1, 0, 0,
                       [("Lê Quang Vinh", "đi công tác tại Trung tâm Y tế huyện Mường Ảng, tỉnh Điện Biên theo "
                                          "Đề án 1816", True)]),
            True,
            [vote("Nghị quyết tháng 3/2025", 14, 0, 0, None)],
            [task("Điều dưỡng trưởng khoa", "sắp xếp lại buồng 4, buồng 5 để bố trí giường gấp", "20/3/2025"),
             task("Phạm Đức Anh", "chủ trì, phối hợp với Tổ kiểm soát nhiễm khuẩn lập buồng cách ly người lớn "
                                  "nghi sởi", "tuần này"),
             task("Chi đoàn khoa", "kiểm tra chéo hồ sơ bệnh án trước khi ra viện", "hằng ngày")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# c13 — SCAN only (moderate, 200 dpi): Hà Giang (Đồng Văn), H'Mông village, December 2016; a meeting held
# after the village meeting, 10:45–12:05 (80 min, over noon); the reports are heard and nobody speaks.
# =================================================================================================
DOCS.append({
    "name": "c13-hagiang-hmong-village", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 24, "spacing": 1.3,
              "left": 82, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ LŨNG CÚ", "CHI BỘ THÔN SÉO LỦNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lũng Cú, ngày 14 tháng 12 năm 2016"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2016"),
            G(8),
            P("Hồi 10 giờ 45 phút ngày 14/12/2016, tại nhà văn hóa thôn Séo Lủng, chi bộ họp định kỳ tháng 12 "
              "(họp ngay sau buổi họp thôn bình xét hộ nghèo)."),
            P("Chủ trì: Bí thư chi bộ Sùng Mí Páo. Thư ký: đ/c Vàng Thị Dợ."),
            P("Đảng viên của chi bộ: 14 đồng chí; có mặt 13 đồng chí; vắng 01 đồng chí (đ/c Giàng Mí Chứ đi "
              "lao động ở Bắc Ninh, có báo chi ủy)."),
            P("- Đ/c Bí thư báo cáo kết quả năm 2016: cả thôn trồng 38 ha ngô, 6 ha tam giác mạch phục vụ du "
              "lịch; làm được 2,1 km đường bê tông theo cơ chế Nhà nước và nhân dân cùng làm; 11 hộ thoát "
              "nghèo; không có người vượt biên trái phép. Tồn tại: 3 học sinh bỏ học đi làm thuê; còn hộ tảo "
              "hôn con ở tuổi 15."),
            P("- Trưởng thôn Lù Văn Sính thông báo kết quả bình xét sáng nay: thôn còn 41 hộ nghèo, 9 hộ cận "
              "nghèo."),
            P("- Nhiệm vụ tháng 12 và tháng 01/2017: chống rét cho người và gia súc; ăn Tết Dương lịch, chuẩn "
              "bị Tết Nguyên đán an toàn; vận động học sinh trở lại lớp; giữ gìn cột mốc, đường biên."),
            P("Đảng viên dự họp nghe các báo cáo, không có ý kiến gì thêm."),
            P("Đồng chí Bí thư kết luận: chi bộ nhất trí với báo cáo năm 2016 và nhiệm vụ tháng tới; phải làm "
              "ngay việc chống rét, không để trâu bò chết rét như năm trước. Giao Tổ thanh niên tình nguyện của "
              "thôn sửa lại đoạn đường lên điểm trường Séo Lủng trước Tết Dương lịch."),
            P("Chi bộ biểu quyết 13/13 đồng chí tán thành."),
            P("Họp kết thúc 12 giờ 05 phút. Thư ký đọc lại biên bản, các đồng chí đảng viên nhất trí thông qua."),
            S(["THƯ KÝ", "Vàng Thị Dợ"], ["BÍ THƯ", "Sùng Mí Páo"]),
        ],
        "truth": minute(
            meeting("regular", "2016-12-14", "10:45", "12:05", "nhà văn hóa thôn Séo Lủng", "CHI BỘ THÔN SÉO LỦNG",
                    "ĐẢNG BỘ XÃ LŨNG CÚ"),
            "Sùng Mí Páo", "Bí thư chi bộ", "Vàng Thị Dợ",
            attendance(14, 13, 1, 1, 0, 0, [("Giàng Mí Chứ", "đi lao động ở Bắc Ninh, có báo chi ủy", True)]),
            True,
            [vote("Nhiệm vụ tháng 12 và tháng 01/2017", 13, None, None, None)],
            [task("Tổ thanh niên tình nguyện của thôn", "sửa lại đoạn đường lên điểm trường Séo Lủng",
                  "Tết Dương lịch")],
            ["no_discussion", "short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "c13-hagiang-hmong-village-80min-no-discussion-scan", "folder": "test",
               "damage": "moderate", "seed": 1313, "dpi": 200}],
    "born_digital": False,
})


# =================================================================================================
# c14 — SCAN only (photocopy, 250 dpi): Kiên Giang (Phú Quốc), fishing hamlet, October 2018, a printed form:
# the conclusion field left as dots, the guest field blank, "(Ký, ghi rõ họ tên)"; ends with the end time.
# =================================================================================================
DOCS.append({
    "name": "c14-kiengiang-form", "folder": "test",
    "style": {"family": "dejavu", "size": 11, "justify": False, "indent": 0, "spacing": 1.32,
              "head": "Mẫu BB-01 (dùng cho chi bộ ấp, khu phố)", "head_first": True, "head_align": "right",
              "left": 72, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HÀM NINH", "CHI BỘ ẤP RẠCH HÀM", "Số: 10-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hàm Ninh, ngày 11 tháng 10 năm 2018"]),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10 NĂM 2018"),
            G(6),
            L("I. Thời gian: bắt đầu lúc 08 giờ 00 phút, ngày 11/10/2018."),
            L("II. Địa điểm: Văn phòng ấp Rạch Hàm."),
            L("III. Thành phần:"),
            L("- Tổng số đảng viên: 24; miễn sinh hoạt: 01; có mặt: 21; vắng: 02 (có lý do: 02, không lý do: 00)."),
            L("- Đại biểu cấp trên: ……"),
            L("- Chủ trì: đ/c Trần Văn Lượm, chức vụ: Bí thư chi bộ."),
            L("- Thư ký: đ/c Danh Thị Mỹ Xuyên."),
            L("IV. Nội dung:"),
            L("1. Thông tin thời sự, văn bản mới:"),
            P("Phổ biến Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về nâng cao chất lượng "
              "sinh hoạt chi bộ; tình hình khắc phục “thẻ vàng” của Ủy ban châu Âu đối với hải sản khai thác; "
              "Luật Thủy sản năm 2017 có hiệu lực từ ngày 01/01/2019.", indent=20),
            L("2. Kết quả tháng 9:"),
            P("Ấp có 37 tàu cá hoạt động; 100% tàu trên 15 m ghi nhật ký khai thác; không có tàu vi phạm vùng "
              "biển nước ngoài. Thu gom được 2 tấn rác ở bãi tàu; 4 hộ làm du lịch cộng đồng được cấp phép. Tồn "
              "tại: một số chủ tàu chưa đăng ký lắp thiết bị giám sát hành trình; rác thải nhựa ven biển còn nhiều "
              "sau mỗi đợt gió mùa.", indent=20),
            L("3. Phương hướng tháng 10:"),
            P("Tuyên truyền Luật Thủy sản năm 2017 đến từng chủ tàu; vận động lắp thiết bị giám sát hành trình; "
              "giữ vệ sinh bãi tàu; chuẩn bị phòng chống bão cuối mùa.", indent=20),
            L("4. Ý kiến thảo luận:"),
            P("- Đ/c Danh Văn Sơn: thiết bị giám sát hành trình giá 18–20 triệu đồng, chủ tàu nhỏ khó mua, đề "
              "nghị xã xin hỗ trợ.", indent=20),
            P("- Đ/c Lâm Thị Kim Hương: khách du lịch đông, đề nghị ấp đặt thêm thùng rác ở đầu cầu tàu.",
              indent=20),
            L("5. Kết luận của chủ trì:"),
            L("…………………………………………………………………………………………………………"),
            L("6. Biểu quyết: tán thành 21/21, đạt 100%; không tán thành: 0."),
            L("7. Phân công thực hiện:"),
            P("- Đ/c Lâm Văn Ngộ (Trưởng ấp) lập danh sách tàu cá chưa lắp thiết bị giám sát hành trình, nộp Đồn "
              "Biên phòng trước 25/10/2018.", indent=20),
            P("- Tổ tự quản ven biển thu gom rác ở bãi tàu Rạch Hàm vào sáng thứ Bảy hằng tuần.", indent=20),
            L("Cuộc họp kết thúc vào lúc 10 giờ 15 phút."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Danh Thị Mỹ Xuyên"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "Trần Văn Lượm"]),
        ],
        "truth": minute(
            meeting("regular", "2018-10-11", "08:00", "10:15", "Văn phòng ấp Rạch Hàm", "CHI BỘ ẤP RẠCH HÀM",
                    "ĐẢNG BỘ XÃ HÀM NINH"),
            "Trần Văn Lượm", "Bí thư chi bộ", "Danh Thị Mỹ Xuyên",
            attendance(24, 21, 2, 2, 0, 1),
            False,
            [vote("Phương hướng tháng 10", 21, 0, None, 100)],
            [task("Lâm Văn Ngộ", "lập danh sách tàu cá chưa lắp thiết bị giám sát hành trình, nộp Đồn Biên phòng",
                  "25/10/2018"),
             task("Tổ tự quản ven biển", "thu gom rác ở bãi tàu Rạch Hàm", "sáng thứ Bảy hằng tuần")],
            ["missing_conclusion", "not_approved", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [{"name": "c14-kiengiang-form-conclusion-dots-not-read-back-scan", "folder": "test",
               "damage": "photocopy", "seed": 1414, "dpi": 250}],
    "born_digital": False,
})


# =================================================================================================
# c15 — SCAN only (moderate, 250 dpi): Quảng Ninh (Hạ Long), opencast coal site cell, May 2020: targets and
# a passive plan with nobody named, "chi ủy sẽ thống nhất sau"; no vote; the minutes' approval in the
# usual words; 19 of 21 due (90.5 %).
# =================================================================================================
DOCS.append({
    "name": "c15-quangninh-coal", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "justify": True, "indent": 22, "spacing": 1.33,
              "left": 76, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY THAN HỒNG HẢI", "CHI BỘ CÔNG TRƯỜNG KHAI THÁC SỐ 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 12 tháng 5 năm 2020"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5 NĂM 2020"),
            G(6),
            L("Thời gian: 14 giờ 00 phút ngày 12/5/2020."),
            L("Địa điểm: Phòng họp công trường khai thác số 2."),
            L("Thành phần: tổng số đảng viên 23 đ/c; miễn sinh hoạt 02 đ/c (nghỉ chờ hưu); có mặt 19 đ/c; vắng "
              "02 đ/c: đ/c Đỗ Văn Kiên – nghỉ bù sau ca 3, đ/c Ngô Thị Phượng – ốm."),
            L("Chủ trì: đ/c Vũ Mạnh Cường – Bí thư chi bộ, Quản đốc. Thư ký: đ/c Lương Thị Thu."),
            H("I – TÌNH HÌNH CHUNG"),
            P("Sau thời gian giãn cách xã hội phòng chống dịch Covid-19, Công ty duy trì sản xuất, không có "
              "công nhân nhiễm bệnh; thu nhập bình quân tháng 4 đạt 12,6 triệu đồng/người. Tập đoàn yêu cầu "
              "các đơn vị hoàn thành phương án phòng chống mưa bão trước ngày 31/5."),
            H("II – KẾT QUẢ THÁNG 4/2020"),
            P("Than nguyên khai 88.500 tấn, đạt 93% kế hoạch; bóc đất đá 0,98 triệu m³; không để xảy ra tai "
              "nạn lao động. Hạn chế: xe gạt số 7 hỏng kéo dài 6 ngày; rãnh thoát nước đáy moong bị bồi lấp."),
            H("III – CHỈ TIÊU, NHIỆM VỤ THÁNG 5/2020"),
            P("– Than nguyên khai: 95.000 tấn; bóc đất đá: 1,1 triệu m³."),
            P("– Công tác nạo vét rãnh thoát nước đáy moong sẽ được thực hiện xong trước 31/5/2020."),
            P("– Tiếp tục duy trì các biện pháp phòng chống dịch tại nhà ăn ca, xe đưa đón công nhân."),
            P("– Không để xảy ra tai nạn lao động nặng, sự cố thiết bị lớn."),
            H("IV – THẢO LUẬN"),
            P("– Đ/c Phạm Văn Hậu (Tổ trưởng tổ máy xúc): đề nghị ưu tiên vật tư sửa xe gạt số 7 vì thiếu xe "
              "gạt thì máy xúc phải chờ."),
            P("– Đ/c Trịnh Thị Lan: nhà ăn ca đã giãn bàn, nhưng giờ cao điểm công nhân vẫn đứng chờ đông."),
            P("– Đ/c Hoàng Minh Tâm: nước moong đã lên 2 m, cần bơm trước khi vào mùa mưa."),
            H("V – KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất các chỉ tiêu tháng 5; trọng tâm là bơm cạn moong và "
              "hoàn thành phương án mưa bão, không để sản xuất đình trệ khi mưa lớn. Đề nghị các đồng chí đảng "
              "viên là tổ trưởng, ca trưởng gương mẫu, nhắc công nhân chấp hành nội quy an toàn và phòng dịch. "
              "Việc phân công đảng viên phụ trách từng đầu việc, chi ủy sẽ thống nhất sau khi có kế hoạch tác "
              "nghiệp của Công ty."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút. Biên bản được đọc lại, các đồng chí dự họp không có "
              "ý kiến bổ sung, nhất trí thông qua."),
            S(["THƯ KÝ", "Lương Thị Thu"], ["BÍ THƯ CHI BỘ", "Vũ Mạnh Cường"]),
        ],
        "truth": minute(
            meeting("regular", "2020-05-12", "14:00", "16:00", "Phòng họp công trường khai thác số 2",
                    "CHI BỘ CÔNG TRƯỜNG KHAI THÁC SỐ 2", "ĐẢNG BỘ CÔNG TY THAN HỒNG HẢI"),
            "Vũ Mạnh Cường", "Bí thư chi bộ", "Lương Thị Thu",
            attendance(23, 19, 2, 2, 0, 2,
                       [("Đỗ Văn Kiên", "nghỉ bù sau ca 3", True), ("Ngô Thị Phượng", "ốm", True)]),
            True,
            [],
            [],
            ["missing_assignments", "missing_vote"]),
    }],
    "flags": [],
    "scans": [{"name": "c15-quangninh-coal-passive-plan-no-vote-scan", "folder": "test",
               "damage": "moderate", "seed": 1515, "dpi": 250}],
    "born_digital": False,
})
