"""Held-out set 12, writer h (dev/, `h…`): the South-Central coast, the South-East, Hồ Chí Minh City and the Mekong
delta, 2016–2026.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, the other writers' modules or the earlier sets' minute texts and truth files, and without running the
extractor. Rendered by samples/heldout2/make.py (`build`); block helpers from samples/heldout2/minutes.py. Names,
places, firms and figures are invented or used loosely; the paperwork follows /work/shared/DOMAIN.md. The set's
theme is the page's layout and the task assignments: ruled tables for every part of a minute, a printed book
template, numbering of every style, prose with no headings, a terse minute, parts out of order, a typed copy with
"(đã ký)", the seal's text and footnotes; tasks in every form and things that only look like tasks.

Files (name -> what varies -> minute flags / book flags):

- h01-hcm-khupho-roster-task-table-clean -> HCM City (Quận 8, Phường 5), residential-quarter cell, 14/9/2023;
  Serif 12.5 justified, "Trang n/N"; two-column header; opening as "- Thời gian:" fields; a guest; attendance as a
  ruled ROSTER of all 16 members ("TT | Họ và tên | Có mặt | Vắng | Ghi chú", ticks "x", two exempt rows with no tick,
  one absentee ticked with his reason in "Ghi chú"), then a count line "13/14 … đạt 92,9%"; "I.–VI." capital
  headings; "- Đ/c X:" opinions (the guest speaks); vote by hands "13/13 …, đạt 100%"; task table "TT | Nội dung
  công việc | Người/bộ phận thực hiện | Thời gian hoàn thành" (header wraps; task cells over 2–3 lines; two members
  in one cell; "Tổ dân phố 18 và Chi đoàn khu phố"; "Chi ủy"; "Trước 30/9/2023", "Tháng 10/2023", "Thường xuyên",
  "Hạn chót 25/9", "Kỳ họp tháng 10"); 19:00–21:00; 3 pages (closing and signatures on page 3) -> — / —
- h02-bentre-ap-printed-form-unfilled-unexcused -> Bến Tre (Châu Thành) hamlet, 08/7/2019, a PRINTED minute book:
  the template's running head on every page, fixed headings "I. PHẦN MỞ ĐẦU / II. NỘI DUNG SINH HOẠT / III. KẾT
  THÚC" and numbered fields the clerk typed in ("Tổng số đảng viên của chi bộ: …", "Họ tên đảng viên vắng mặt, lý
  do: …", "Chủ trì: … Chức vụ: …"); "4. Khách mời: ……" left blank; old tone marks throughout (hoà, thuỷ, uỷ,
  Thuý); DejaVu Serif 11.5 ragged; 18 of 20 due (exactly 90 %); one named absentee "không lý do"; a member's own
  promise in the discussion; three tasks inside the conclusion ("đồng chí Trưởng ấp phối hợp Ban nhân dân ấp …, xong
  trước rằm tháng Bảy âm lịch", "Chi hội Nông dân ấp … trong tháng 7", two members "… trong tháng 8/2019");
  "Tán thành: 18/18 … Không tán thành: 0 … Ý kiến khác: 0"; 08:00–10:05 -> unexcused_absence, unfilled_template / —
- h03-binhduong-gom-tables-phoihop-short -> Bình Dương (Tân Uyên) ceramics company, forming-workshop cell,
  28/5/2024, after the shift; Liberation Sans 11, right-aligned running head on page 2, "- n -"; header with "Số:
  05-BB/CB"; "* Thành phần:" / "* Nội dung:" with "1.–5."; opinions as a ruled table "Họ tên | Ý kiến" (a job in
  brackets wrapping in the name cell); the conclusion, then the TASK TABLE BEFORE THE VOTE, assignee column first
  with a "Phối hợp" column: "TT | Người thực hiện | Nội dung công việc | Phối hợp | Thời hạn", running over the page
  break (row 1 on page 1, rows 2–6 on page 2, no repeated header; two members in one cell, "Tổ Công đoàn phân
  xưởng", "Chi ủy", "Trước 10/6/2024", "Hằng tuần", "Ngay trong tuần", "Đến 30/6/2024"); a VOTE TABLE "Nội dung
  biểu quyết | Tán thành | Không tán thành | Ý kiến khác" with two rows (the conclusion 21/21/0/0; recognising a full
  member, official members only, 18/18/0/0); 16:30–17:50 (80 min) -> short_meeting / —
- h04-khanhhoa-school-thematic-numbering-not-approved -> Nha Trang (Vĩnh Hải) primary school, thematic meeting
  "QUÝ IV NĂM 2018" with a "Chuyên đề:" line, 15/11/2018; Serif 13 justified, "- n -"; every numbering style in one
  minute: "I./II.", "1.–4." fields, italic "1.–5." sub-heads, "a) b) c)", "+" opinions, "•" conclusion points, "–"
  tasks, "*" for the call to every member; tasks by many verbs: a named head teacher "chịu trách nhiệm … trước
  20-11-2018", "Đồng chí Phó Hiệu trưởng có trách nhiệm … chậm nhất ngày 30.11.2018", "Tổ khối 5 đảm nhận … vào chiều
  thứ Tư hằng tuần", "Đề nghị đồng chí X … trong tháng 12/2018", "Ba đồng chí A, B và C cùng phụ trách … trước Tết
  Dương lịch 2019", "Giao Chi đoàn giáo viên … trong tuần sau"; "17/17 … đạt 100%"; ends with the end time only,
  never read back; 14:30–16:45 -> not_approved / —
- h05-camau-military-terse-clean -> Cà Mau, the staff-office cell under "ĐẢNG ỦY QUÂN SỰ HUYỆN TRẦN VĂN THỜI",
  05/10/2020; a TERSE one-page minute, one or two lines per part, DejaVu Sans 10.5; ranks before names (signatures
  too); "Quân số: 09/09"; opinions "Đ/c Đức: …" inline; "Kết luận (đ/c Bí thư): …"; "5. Phân công:" with a member
  "xong trước 15/10", a member "chịu trách nhiệm … xong trong tuần", a role with no name ("Trợ lý Tác chiến: …
  báo cáo Chỉ huy trưởng 20/10/2020"), two bodies joined by "+" ("Ban Hậu cần + Trung đội cơ động: … trong mùa
  mưa bão"); "9/9 tán thành (100%)"; 07:30–09:00 (exactly 90 min) -> — / —
- h06-dongnai-hospital-no-headings-low-unexcused -> Đồng Nai (Long Thành) general hospital, emergency-ICU
  department, 10/5/2022; Serif 12, wide indent, paragraph gaps, no heading at all: seven long paragraphs; the exempt
  member and three absentees named in the opening sentence (one "không báo lý do"), 17 of 20 (85 %); degree before
  the chair's name; opinions in one paragraph; PARTS OUT OF ORDER: tasks (paragraph 4) before the vote (paragraph 5),
  the chair's conclusion as the last paragraph with the closing; tasks in prose: a member "chủ trì, phối hợp với
  Phòng Kế hoạch tổng hợp …, xong trước ngày 25 tháng 5 năm 2022", two members "chịu trách nhiệm … hằng tuần", a
  team "đảm nhận … trong 10 ngày", a member "phụ trách …, thường xuyên"; a petition to the hospital's Party committee;
  "17/17 … tán thành" -> low_attendance, unexcused_absence / —
- h07-cantho-police-agenda-table-no-tasks -> Cần Thơ, a ward police cell under "ĐẢNG ỦY PHƯỜNG CÁI KHẾ" after the
  2025 merger, 10/11/2025; DejaVu Serif 11.5, "Trang n"; ranks; absences by count only; the AGENDA as a ruled table
  "TT | Nội dung | Người trình bày"; NOTHING BUT LOOK-ALIKE TASKS: last month's jobs reported done by named members,
  a plan with dated items and no doer, a member "xin nhận" a job the chair never gives, "Đề nghị mỗi đảng viên …", a
  petition to the ward committee, "Việc phân công cụ thể …, chi ủy sẽ thống nhất tại cuộc họp giao ban tuần sau";
  "24/24 …, đạt 100%; không có ý kiến khác"; 14:00–16:00 -> missing_assignments / —
- h08-ninhthuan-copy-stamp-footnotes-no-conclusion-no-vote -> Ninh Thuận (Phước Dinh) fishing village, 06/12/2016,
  a TYPED COPY of the minute: "(Bản sao)" under the header, "1/ … 8/" fields, "(đã ký)" and "(đã ký, đóng dấu)" in
  the signatures, the seal's text in brackets under them, footnote marks "(*)" (the two absentees, named only in
  the footnote under the signatures) and "(**)" ("Sao y bản chính …"); old tone marks; tasks in a "7/ Phân công:"
  list ("xong trước chuyến biển sau", "Giao Tổ đoàn kết tàu thuyền số 3 … trong 15 ngày", "Chi hội Phụ nữ thôn và
  Chi đoàn thanh niên cùng … trước Tết Nguyên đán Đinh Dậu", "trước ngày 20 tháng Chạp", "Đồng chí Trưởng thôn phụ
  trách …, hằng tuần"); "8/" the chair only thanks and wishes a happy Tết; the minute is read back and approved but
  nothing is voted; 19:00–21:00 -> missing_conclusion, missing_vote / —
- h09-tiengiang-ap-book-mar-jul-2022 -> minute BOOK of a Tiền Giang (Cái Bè) hamlet cell, five minutes on four
  pages typed on continuously (each after the first starts mid-page under the previous signatures; only the first
  has a header; right-aligned running head from page 2, "- n -"); Serif 12:
    1. 05/3/2022 regular: count line with the exempt member named; Trần Văn Lượm "(không lý do)"; inline conclusion
       ending "Phân công:" and "- Đ/c X: …" lines ("xong trước 25/3/2022", a member "cùng Chi hội Phụ nữ ấp …,
       trong tháng 3", two members "… (hằng tuần)"); "16/16 … tán thành" -> unexcused_absence
    2. 04/4/2022 regular: all in prose paragraphs, Lượm "vắng mặt, không có lý do"; a task table "TT | Nội dung |
       Người thực hiện | Thời gian" ("Chi đoàn ấp" with "Chủ nhật 17/4/2022", two members, "Trước 30/4/2022", an
       empty deadline cell); the end time only in "Biên bản đọc lại lúc 21 giờ 15 phút"; no vote -> missing_vote,
       unexcused_absence
    3. 06/6/2022 regular, with a note that May was skipped: "a) … đ)" parts, held in a member's house; Lượm away
       "(bệnh, có báo)"; "Chi bộ thảo luận, thống nhất với báo cáo của chi ủy, không có ý kiến khác"; tasks inside
       the conclusion ("Giao đồng chí X phối hợp …, xong trước ngày 20/6", "Tổ hòa giải ấp chịu trách nhiệm … trong
       tháng 6", "đồng chí Phó Bí thư chuẩn bị …" with no time); "nhất trí 100%" -> no_discussion
    4. 20/6/2022 thematic "QUÝ II/2022" + "Chuyên đề:" line, 19:00–20:15 (75 min); "Đề nghị đồng chí X …, hoàn
       thành trước Tết Trung thu", "Chi đoàn ấp phụ trách …, mỗi tháng một lần"; "17/17 … (100%)" -> short_meeting
    5. 05/7/2022 regular: "- Thời gian / - Đảng viên / - Chủ trì" lines, "*" parts, "+" items; Lượm "(không báo)"
       a third time, 15 of 17 (88.2 %); "Giao đồng chí A và đồng chí B … chậm nhất 31/7/2022", "chịu trách nhiệm …
       trước rằm tháng Bảy", "có trách nhiệm … hằng tháng"; "tán thành 15/15; không tán thành: không"
       -> low_attendance, unexcused_absence
  book -> missing_month (May), repeated_absence (Trần Văn Lượm: March, April, July); Q2 has the June thematic
  meeting and no other quarter lies wholly inside March–July
- h10-hcm-ankhanh-book-q1-2026 -> minute BOOK of a residential-quarter cell of phường An Khánh (HCM City, after the
  2025 merger), January–March 2026, three minutes on three pages (each after the first starts mid-page; the third
  has a header of its own); DejaVu Sans 10.5 ragged, running head from page 2, "Trang n/N"; Tết Bính Ngọ and the
  election of 15/3/2026:
    1. 08/01/2026: title in sentence case; opening as two unruled field columns ("Thời gian: …  Địa điểm: …",
       "Chủ trì: …  Thư ký: …"); "tổng số 31; miễn sinh hoạt 06; phải dự 25; có mặt 23; vắng 02 (…)"; a one-row
       vote table (23 / 0 / 0); a task table WITHOUT a TT column "Nội dung công việc | Người thực hiện | Thời gian"
       (a task cell over four lines, two members in one cell, "Chi đoàn khu phố và đ/c Lý Gia Hân", "Trước Tết Bính
       Ngọ", "Trước 31/01/2026", "Hằng tuần", "Quý I/2026") -> —
    2. 05/02/2026: a terse minute; two absentees sharing one reason; tasks inside the conclusion ("phụ trách … trong
       những ngày Tết", "Tổ dân phố 3 và Tổ dân phố 4 nhận … trước ngày 14/02/2026", "đảm nhận …, ngay sau Tết");
       "nhất trí 100%"; ends "Cuộc họp kết thúc lúc 19 giờ 50 phút" (80 min), never read back -> not_approved,
       short_meeting
    3. 06/3/2026: opinions as a ruled table (a member "xin nhận" a job nobody gives her); only look-alikes: a member
       reported to have finished last month's job, dated plan items with no doer, members of the polling team
       acting "theo quyết định của Ủy ban nhân dân phường", "Đề nghị mỗi đảng viên …", "các tổ dân phố tiếp tục …";
       "Tán thành 24/24, đạt 100%" -> missing_assignments
  book -> no_thematic_in_quarter (Q1 2026 lies wholly inside January–March with no thematic or combined meeting)
- h11-binhduong-gom-scan-moderate -> image-only twin of h03, moderate, 200 dpi, 2 pages (the tables under OCR)
  -> as h03
- h12-hcm-ankhanh-book-scan-photocopy -> image-only twin of the h10 book, photocopy, 200 dpi, 3 pages -> as h10

Labelling decisions where the conventions leave room (as general rules):
- A ruled roster of all members with tick columns: a row ticked "Có mặt" is present; a row ticked "Vắng" is an
  absentee with the "Ghi chú" cell as the reason (excused or not by its words); a row with no tick whose note says
  "Miễn sinh hoạt" is exempt, not absent; the notes "Bí thư", "Dự bị", "Trưởng khu phố" are no reasons. The count
  line under the roster agrees with it.
- An agenda table's "Người trình bày" column names presenters, not assignees; a table of opinions is read like
  "- Đ/c X: …" lines; a vote table gives `for` / `against` / `abstain` from its three count cells (a "0" in "Ý kiến
  khác" is abstain 0), one resolution per row.
- A task table's "Phối hợp" column names partners, never assignees, wherever the assignee column stands. In prose,
  "X chủ trì, phối hợp với Y …" gives X only, and the words from "chủ trì" on are the task.
- Members or bodies joined by ",", "và", "+" or "Ba đồng chí A, B và C cùng …" give one assignment each, same task
  and deadline. "Đề nghị đồng chí X …" to one named member is a task; "Đề nghị mỗi đảng viên / các đồng chí …" is not.
- A role with nobody named in the minute ("Trưởng ấp", "Trưởng thôn", "Phó Hiệu trưởng", "Phó Bí thư", "Trợ lý Tác
  chiến") is the assignee as written; a job title in front of a name ("Đồng chí Hiệu trưởng Nguyễn Thị Xuân Lan") is
  dropped like a rank. The writer kept every such role unnamed elsewhere in its minute.
- Not assignments: a member's own promise ("tôi hứa …") or offer ("xin nhận …") that the chair does not then give;
  last month's jobs reported done; plan items with a date and no doer; "các tổ dân phố …" (no one group named);
  members acting on another body's decision ("theo quyết định của Ủy ban nhân dân phường"); petitions to a higher
  committee; "chi ủy sẽ gặp …", "chi ủy sẽ thống nhất … sau".
- Deadlines drop the words in front as the earlier sets do ("Hạn chót 25/9" -> "25/9", "xong trong tuần" -> "trong
  tuần" kept whole, "trong 10 ngày" -> "10 ngày", "xong trước chuyến biển sau" -> "chuyến biển sau", "trước rằm
  tháng Bảy âm lịch" -> "rằm tháng Bảy âm lịch", "Trước Tết Bính Ngọ" -> "Tết Bính Ngọ", "trong những ngày Tết" ->
  "những ngày Tết"); a date with "ngày" in words keeps "ngày" ("trước ngày 20 tháng Chạp" -> "ngày 20 tháng Chạp",
  "xong trước ngày 25 tháng 5 năm 2022" -> "ngày 25 tháng 5 năm 2022"), a numeric date loses it ("trước ngày
  14/02/2026" -> "14/02/2026"); separators kept ("20-11-2018", "30.11.2018"); "ngay sau Tết" and the table cell
  "Ngay trong tuần" whole; a weekday in a cell kept ("Chủ nhật 17/4/2022"); a deadline in brackets after the task
  ("(hằng tuần)") is its deadline; frequencies as written ("mỗi tháng một lần", "chiều thứ Tư hằng tuần").
- A typed copy: "(đã ký)", "(đã ký, đóng dấu)", the seal's text in brackets and the footnotes are page text; absentees
  named only in a footnote under the signatures are that minute's absentees; approving the minutes is no vote.
- Exempt members counted in a "phải dự" line ("17/17 đảng viên phải dự (miễn sinh hoạt 01)") give total = present +
  absent + exempt. Chair role as written on the minute's own page ("Bí thư" where the page says only that).
- A blank in a form left as "……" (even "Khách mời: ……" when there was no guest) is `unfilled_template`. The books
  carry no such blank, since the check reads a minute's whole pages and a blank on a shared page would flag both
  neighbours.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, meeting, minute, task, vote


def att(total, present, absent=0, excused=0, unexcused=0, exempt=0, absentees=(), guests=()):
    return {"total": total, "present": present, "absent": absent, "absent_excused": excused,
            "absent_unexcused": unexcused, "exempt": exempt,
            "absentees": [{"name": n, "reason": r, "excused": e} for n, r, e in absentees],
            "guests": [{"name": n, "role": r} for n, r in guests]}


def TB(cols, rows, **kw):   # a ruled table with the renderer's options (size, head_center)
    return ("table", cols, rows, kw)


def shared(assignees, what, deadline):
    return [task(a, what, deadline) for a in assignees]


DOCS: list[dict] = []


# =================================================================================================
# h01 — Hồ Chí Minh City, Quận 8, a residential-quarter cell; roster table with ticks; task table
# =================================================================================================
H01_CELL, H01_COM = "CHI BỘ KHU PHỐ 3", "ĐẢNG ỦY PHƯỜNG 5"
ROSTER_COLS = [(0.07, "TT", "c"), (0.37, "Họ và tên", "l"), (0.11, "Có mặt", "c"), (0.10, "Vắng", "c"),
               (0.35, "Ghi chú", "l")]
H01_ROSTER = [
    ["1", "Lâm Thị Ngọc Hân", "x", "", "Bí thư"],
    ["2", "Huỳnh Tấn Lộc", "x", "", "Chi ủy viên"],
    ["3", "Trần Văn Bảy", "x", "", ""],
    ["4", "Nguyễn Thị Mỹ Lệ", "x", "", ""],
    ["5", "Võ Thị Kim Chi", "x", "", ""],
    ["6", "Phạm Minh Trung", "x", "", "Dự bị"],
    ["7", "Dương Văn Sáu", "", "x", "Đi công tác Bình Phước, có báo"],
    ["8", "Lê Thị Thu Ba", "x", "", ""],
    ["9", "Đỗ Quang Vinh", "x", "", ""],
    ["10", "Tạ Thị Ngọc Bích", "x", "", ""],
    ["11", "Nguyễn Văn Mười", "x", "", ""],
    ["12", "Châu Ngọc Hiếu", "x", "", ""],
    ["13", "Trịnh Hoàng Khải", "x", "", ""],
    ["14", "Mai Văn Tám", "", "", "Miễn sinh hoạt (82 tuổi)"],
    ["15", "Huỳnh Thị Lài", "", "", "Miễn sinh hoạt (bệnh dài ngày)"],
    ["16", "Phan Thanh Tùng", "x", "", "Trưởng khu phố"],
]
H01_TASK_COLS = [(0.07, "TT", "c"), (0.45, "Nội dung công việc", "l"), (0.27, "Người/bộ phận thực hiện", "l"),
                 (0.21, "Thời gian hoàn thành", "l")]
H01_T1 = ("Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm 2023 trên địa bàn khu phố, gửi Ban điều hành "
          "khu phố trình phường")
H01_T2 = "Vận động các hộ hẻm 212 nạo vét cống thoát nước, không đổ rác, xà bần xuống kênh Đôi"
H01_T3 = "Theo dõi, giúp đỡ quần chúng Lê Hoàng Nam trong thời gian học lớp nhận thức về Đảng"
H01_T4 = "Thu đảng phí quý III, nộp Văn phòng Đảng ủy phường"
H01_T5 = "Chuẩn bị nội dung sinh hoạt chuyên đề quý IV/2023"
H01_T6 = "Vận động 02 hộ kinh doanh ăn uống trả lại vỉa hè đường Dương Bá Trạc"
H01_TASKS = [
    ["1", H01_T1, "Đ/c Trần Văn Bảy, đ/c Nguyễn Thị Mỹ Lệ", "Trước 30/9/2023"],
    ["2", H01_T2, "Tổ dân phố 18 và Chi đoàn khu phố", "Tháng 10/2023"],
    ["3", H01_T3, "Đ/c Võ Thị Kim Chi", "Thường xuyên"],
    ["4", H01_T4, "Đ/c Huỳnh Tấn Lộc", "Hạn chót 25/9"],
    ["5", H01_T5, "Chi ủy", "Kỳ họp tháng 10"],
    ["6", H01_T6, "Đ/c Phan Thanh Tùng", "Trước 15/10/2023"],
]
DOCS.append({
    "name": "h01-hcm-khupho-roster-task-table-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 24, "spacing": 1.25,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY PHƯỜNG 5", H01_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quận 8, ngày 14 tháng 9 năm 2023"]),
            G(10),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2023"),
            G(6),
            L("- Thời gian: bắt đầu lúc 19 giờ 00 phút, ngày 14/9/2023."),
            L("- Địa điểm: Văn phòng Ban điều hành khu phố 3 (số 112 đường Dương Bá Trạc)."),
            L("- Chủ trì: đồng chí Lâm Thị Ngọc Hân, Bí thư chi bộ."),
            L("- Thư ký: đồng chí Huỳnh Tấn Lộc, chi ủy viên."),
            L("- Khách mời: đồng chí Trương Minh Khoa, Đảng ủy viên, phụ trách địa bàn khu phố 3."),
            L("- Đảng viên dự họp: chi bộ có 16 đảng viên (02 đồng chí miễn sinh hoạt), điểm danh cụ thể như sau:"),
            TB(ROSTER_COLS, H01_ROSTER, head_center=True),
            L("Tổng hợp: có mặt 13/14 đồng chí phải dự (trong đó 01 đảng viên dự bị), đạt 92,9%; vắng 01 đồng chí "
              "có lý do."),
            H("I. THÔNG TIN THỜI SỰ, VĂN BẢN MỚI"),
            P("Đồng chí Bí thư thông tin tóm tắt tình hình thời sự trong nước và thành phố tháng 8; quán triệt Nghị "
              "quyết số 98/2023/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố "
              "Hồ Chí Minh và Kế hoạch của Đảng ủy phường về phòng, chống ngập do triều cường các tháng cuối năm. Đỉnh "
              "triều dự báo cao nhất từ đầu tháng 10 đến giữa tháng 11, khu vực hẻm 212 và ven kênh Đôi có nguy cơ "
              "ngập sâu."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 8/2023"),
            P("Chi bộ lãnh đạo khu phố hoàn thành các chỉ tiêu chính: thu đảng phí đạt 100%; vận động Quỹ “Vì người "
              "nghèo” được 18.500.000 đồng; phối hợp Công an phường hòa giải 02 vụ mâu thuẫn trong hẻm 198, không để "
              "phát sinh phức tạp. Hạn chế: vẫn còn tình trạng đổ rác, xà bần xuống kênh Đôi; 02 hộ kinh doanh ăn "
              "uống lấn chiếm vỉa hè đường Dương Bá Trạc chưa khắc phục; việc cập nhật danh sách hộ cận nghèo còn "
              "chậm so với yêu cầu của phường."),
            H("III. Ý KIẾN THẢO LUẬN"),
            L("- Đ/c Trần Văn Bảy: danh sách năm nay có 06 hộ đề nghị thoát cận nghèo nhưng thu nhập thực tế còn "
              "bấp bênh, đề nghị khảo sát lại từng hộ trước khi chốt."),
            L("- Đ/c Võ Thị Kim Chi: quần chúng Lê Hoàng Nam (Phó Bí thư Chi đoàn) đã được Đảng ủy phường cử đi học "
              "lớp nhận thức về Đảng khóa tháng 9, đề nghị chi bộ cử đảng viên theo dõi, giúp đỡ."),
            L("- Đ/c Trương Minh Khoa (Đảng ủy viên): Đảng ủy phường ghi nhận khu phố 3 làm tốt công tác vận động "
              "quỹ; đề nghị chi bộ quan tâm hơn việc giữ vệ sinh kênh Đôi vì đây là tiêu chí công nhận khu phố văn "
              "minh đô thị năm 2023."),
            H("IV. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đồng chí Bí thư tiếp thu các ý kiến và kết luận: chi bộ thống nhất với báo cáo kết quả tháng 8. Tháng 9 "
              "chi bộ tập trung lãnh đạo ba việc: rà soát chính xác hộ nghèo, hộ cận nghèo trước khi trình phường; chủ "
              "động phòng, chống ngập và giữ vệ sinh kênh Đôi; giải quyết dứt điểm việc lấn chiếm vỉa hè trên đường "
              "Dương Bá Trạc. Phân công cụ thể theo bảng tại mục VI."),
            H("V. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua kết luận và nhiệm vụ tháng 9/2023 bằng hình thức giơ tay: 13/13 đồng chí có "
              "mặt tán thành, đạt 100%."),
            H("VI. PHÂN CÔNG THỰC HIỆN"),
            TB(H01_TASK_COLS, H01_TASKS),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày. Biên bản được đọc lại trước chi bộ, các đồng chí "
              "dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Huỳnh Tấn Lộc"], ["T/M CHI BỘ", "BÍ THƯ", "", "Lâm Thị Ngọc Hân"]),
        ],
        "truth": minute(
            meeting("regular", "2023-09-14", "19:00", "21:00",
                    "Văn phòng Ban điều hành khu phố 3 (số 112 đường Dương Bá Trạc)", H01_CELL, H01_COM),
            "Lâm Thị Ngọc Hân", "Bí thư chi bộ", "Huỳnh Tấn Lộc",
            att(16, 13, 1, 1, 0, 2, [("Dương Văn Sáu", "Đi công tác Bình Phước, có báo", True)],
                [("Trương Minh Khoa", "Đảng ủy viên, phụ trách địa bàn khu phố 3")]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 9/2023", 13, None, None, 100)],
            shared(["Trần Văn Bảy", "Nguyễn Thị Mỹ Lệ"], H01_T1, "30/9/2023")
            + shared(["Tổ dân phố 18", "Chi đoàn khu phố"], H01_T2, "Tháng 10/2023")
            + [task("Võ Thị Kim Chi", H01_T3, "Thường xuyên"),
               task("Huỳnh Tấn Lộc", H01_T4, "25/9"),
               task("Chi ủy", H01_T5, "Kỳ họp tháng 10"),
               task("Phan Thanh Tùng", H01_T6, "15/10/2023")],
            []),
    }],
})


# =================================================================================================
# h02 — Bến Tre, a hamlet cell's printed minute book (fixed headings, blanks typed in); old tone marks
# =================================================================================================
H02_CELL, H02_COM = "CHI BỘ ẤP PHƯỚC HOÀ", "ĐẢNG BỘ XÃ PHƯỚC THẠNH"
H02_T1 = ("phối hợp Ban nhân dân ấp trực tiếp gặp 02 hộ chưa đồng ý hiến đất, lập danh sách các hộ đóng góp làm "
          "đường")
H02_T2 = "mời cán bộ khuyến nông về hướng dẫn phòng trừ bọ cánh cứng hại dừa"
H02_T3 = "giúp đỡ quần chúng Phạm Thị Kiều Oanh hoàn thiện hồ sơ đề nghị kết nạp Đảng"
DOCS.append({
    "name": "h02-bentre-ap-printed-form-unfilled-unexcused", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.35,
              "head": "SỔ GHI BIÊN BẢN SINH HOẠT CHI BỘ", "head_first": True, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ PHƯỚC THẠNH", H02_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Thạnh, ngày 08 tháng 7 năm 2019"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 7 năm 2019", bold=False, italic=True),
            G(4),
            H("I. PHẦN MỞ ĐẦU"),
            L("1. Thời gian bắt đầu: 08 giờ 00 phút, ngày 08 tháng 7 năm 2019."),
            L("2. Địa điểm: Nhà văn hoá ấp Phước Hoà."),
            L("3. Tổng số đảng viên của chi bộ: 22 đồng chí. Số đảng viên được miễn sinh hoạt: 02 đồng chí."),
            L("Số đảng viên có mặt: 18 đồng chí. Số đảng viên vắng mặt: 02 đồng chí."),
            L("Họ tên đảng viên vắng mặt, lý do: Nguyễn Văn Út – đi làm công ty ở Bình Dương, có báo; Phạm Văn Hậu – "
              "không lý do."),
            L("4. Khách mời: ……"),
            L("5. Chủ trì: đồng chí Lê Văn Thạnh. Chức vụ: Bí thư chi bộ."),
            L("6. Thư ký: đồng chí Trần Thị Thuý Hằng."),
            H("II. NỘI DUNG SINH HOẠT"),
            H("1. Thông tin thời sự, phổ biến văn bản của cấp trên:"),
            L("Đồng chí Bí thư thông tin: đợt hạn, mặn vụ Đông Xuân 2018–2019 đã qua, nước sông đã ngọt trở lại; quán "
              "triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng "
              "và Kế hoạch của Đảng uỷ xã về tổ chức đại hội chi bộ nhiệm kỳ 2020–2022. Giá dừa khô tiếp tục giảm, "
              "nhiều hộ trong ấp chuyển sang trồng xen ca cao, bưởi da xanh."),
            H("2. Kiểm điểm việc thực hiện nghị quyết tháng 6/2019:"),
            L("Chi bộ đã lãnh đạo nạo vét xong 1,2 km mương thuỷ lợi tổ 3; đồng chí Võ Văn Lành đã vận động được 05 hộ "
              "ký cam kết không lấn chiếm hành lang lộ; thu đảng phí quý II đạt 100%. Tồn tại: còn 03 hộ chưa đóng "
              "góp quỹ làm đường; 01 đảng viên vắng sinh hoạt không lý do."),
            H("3. Phương hướng, nhiệm vụ tháng tới:"),
            L("Tiếp tục vận động nhân dân đóng góp làm đường bê tông liên tổ 4–5 (dài 850 mét); hướng dẫn bà con trữ "
              "nước ngọt, phòng trừ sâu bệnh trên cây dừa; chuẩn bị nhân sự đại hội chi bộ; giữ vững an ninh trật "
              "tự, không để xảy ra trộm cắp gia súc."),
            H("4. Ý kiến thảo luận của đảng viên:"),
            L("- Đ/c Võ Văn Lành: đường liên tổ 4–5 còn vướng 02 hộ chưa đồng ý hiến đất, đề nghị chi bộ phân công "
              "người đến vận động trực tiếp."),
            L("- Đ/c Nguyễn Thị Bé Ba: tôi hứa về vận động gia đình hiến thêm 30 mét vuông đất làm đường và tự tháo "
              "dỡ hàng rào trong tháng này."),
            L("- Đ/c Huỳnh Văn Chín: bọ cánh cứng cắn đọt dừa lan sang tổ 6, đề nghị mời cán bộ khuyến nông về hướng "
              "dẫn bà con."),
            H("5. Kết luận của đồng chí chủ trì:"),
            L("Chi bộ thống nhất với báo cáo và các ý kiến phát biểu. Tháng 7/2019 chi bộ tập trung hoàn thành làm "
              "đường liên tổ 4–5 và chuẩn bị tốt cho đại hội chi bộ. Chi bộ giao: đồng chí Trưởng ấp " + H02_T1 +
              ", xong trước rằm tháng Bảy âm lịch; Chi hội Nông dân ấp " + H02_T2 + " trong tháng 7; đồng chí Võ "
              "Văn Lành và đồng chí Trần Thị Thuý Hằng " + H02_T3 + " trong tháng 8/2019. Đối với đồng chí Phạm Văn "
              "Hậu vắng sinh hoạt không lý do, chi uỷ sẽ gặp để nhắc nhở."),
            H("6. Biểu quyết thông qua nghị quyết tháng:"),
            L("Tán thành: 18/18 đồng chí. Không tán thành: 0 đồng chí. Ý kiến khác: 0 đồng chí."),
            H("III. KẾT THÚC"),
            L("Buổi sinh hoạt kết thúc lúc 10 giờ 05 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các đồng "
              "chí dự họp thống nhất thông qua."),
            S(["THƯ KÝ", "", "", "Trần Thị Thuý Hằng"], ["CHỦ TRÌ", "", "", "Lê Văn Thạnh"]),
        ],
        "truth": minute(
            meeting("regular", "2019-07-08", "08:00", "10:05", "Nhà văn hoá ấp Phước Hoà", H02_CELL, H02_COM),
            "Lê Văn Thạnh", "Bí thư chi bộ", "Trần Thị Thuý Hằng",
            att(22, 18, 2, 1, 1, 2, [("Nguyễn Văn Út", "đi làm công ty ở Bình Dương, có báo", True),
                                     ("Phạm Văn Hậu", "không lý do", False)]),
            True,
            [vote("Nghị quyết tháng 7/2019", 18, 0, 0)],
            [task("Trưởng ấp", H02_T1, "rằm tháng Bảy âm lịch"),
             task("Chi hội Nông dân ấp", H02_T2, "tháng 7")]
            + shared(["Võ Văn Lành", "Trần Thị Thuý Hằng"], H02_T3, "tháng 8/2019"),
            ["unexcused_absence", "unfilled_template"]),
    }],
})


# =================================================================================================
# h03 — Bình Dương, a ceramics factory's workshop cell: opinions table, task table with a "Phối hợp"
# column (assignee column first) running over a page break, vote table; 80 minutes
# =================================================================================================
H03_CELL, H03_COM = "CHI BỘ PHÂN XƯỞNG TẠO HÌNH", "ĐẢNG BỘ CÔNG TY CP GỐM SỨ TÂN PHƯỚC"
H03_OPINION_COLS = [(0.33, "Họ tên", "l"), (0.67, "Ý kiến", "l")]
H03_OPINIONS = [
    ["Đ/c Phan Thị Thu Trang (Tổ trưởng tổ khuôn)",
     "Khuôn thạch cao dùng quá số lần quy định nên sản phẩm bị nứt chân, méo miệng; đề nghị phân xưởng đề xuất "
     "cấp thêm 40 bộ khuôn mới."],
    ["Đ/c Lý Quốc Duy", "Công nhân mới chưa nắm quy trình xếp lò, cần có người kèm ít nhất hai tuần đầu."],
    ["Đ/c Đặng Văn Sang",
     "Khu sấy nóng và nhiều bụi; đề nghị thay quạt hút lò sấy số 2, phát thêm khẩu trang cho ca đêm."],
    ["Đ/c Trịnh Ngọc Ẩn",
     "Thống nhất với báo cáo; đơn hàng Nhật Bản có lịch xuất dày, đề nghị tăng ca có kế hoạch, tránh dồn cuối tháng."],
]
H03_TASK_COLS = [(0.06, "TT", "c"), (0.22, "Người thực hiện", "l"), (0.36, "Nội dung công việc", "l"),
                 (0.19, "Phối hợp", "l"), (0.17, "Thời hạn", "l")]
H03_T1 = "Làm tờ trình Ban Giám đốc thay 40 bộ khuôn thạch cao và quạt hút lò sấy số 2"
H03_T2 = "Kèm cặp 06 công nhân mới về quy trình xếp lò, an toàn lò nung trong thời gian thử việc"
H03_T3 = "Theo dõi tỷ lệ sản phẩm lỗi từng ca, báo cáo chi bộ"
H03_T4 = "Thăm hỏi gia đình đ/c Đặng Hoàng Phúc; bố trí nước uống, khăn lạnh cho ca trưa"
H03_T5 = "Hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Lý Quốc Duy, trình Đảng ủy Công ty"
H03_T6 = "Đôn đốc tiến độ đóng gói, xếp container đơn hàng Nhật Bản"
H03_TASKS = [
    ["1", "Đ/c Nguyễn Hữu Tài", H03_T1, "Phòng Kỹ thuật, Phòng Vật tư", "Trước 10/6/2024"],
    ["2", "Đ/c Lý Quốc Duy, đ/c Đặng Văn Sang", H03_T2, "Tổ An toàn – vệ sinh viên", "Tháng 6/2024"],
    ["3", "Đ/c Phan Thị Thu Trang", H03_T3, "Các tổ trưởng ca", "Hằng tuần"],
    ["4", "Tổ Công đoàn phân xưởng", H03_T4, "Chi đoàn phân xưởng", "Ngay trong tuần"],
    ["5", "Chi ủy", H03_T5, "Đ/c Trịnh Ngọc Ẩn (đảng viên hướng dẫn)", "Trước 15/6/2024"],
    ["6", "Đ/c Trịnh Ngọc Ẩn", H03_T6, "Kho thành phẩm", "Đến 30/6/2024"],
]
H03_VOTE_COLS = [(0.52, "Nội dung biểu quyết", "l"), (0.14, "Tán thành", "c"), (0.18, "Không tán thành", "c"),
                 (0.16, "Ý kiến khác", "c")]
H03_VOTES = [
    ["Kết luận của đồng chí Bí thư và nhiệm vụ tháng 6/2024", "21/21", "0", "0"],
    ["Đề nghị Đảng ủy Công ty công nhận đảng viên chính thức cho đồng chí Lý Quốc Duy (đảng viên chính thức "
     "biểu quyết)", "18/18", "0", "0"],
]
DOCS.append({
    "name": "h03-binhduong-gom-tables-phoihop-short", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 20, "spacing": 1.3,
              "head": "Chi bộ Phân xưởng Tạo hình – Biên bản họp tháng 5/2024", "head_align": "right",
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CP GỐM SỨ TÂN PHƯỚC", H03_CELL, "Số: 05-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Uyên, ngày 28 tháng 5 năm 2024"]),
            G(10),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 5/2024", size=13),
            G(6),
            P("Vào lúc 16 giờ 30 phút ngày 28/5/2024, tại phòng họp tầng 2 nhà điều hành Phân xưởng Tạo hình, Chi bộ "
              "Phân xưởng Tạo hình họp thường kỳ tháng 5/2024 (sau giờ tan ca chiều)."),
            L("* Thành phần:", bold=True),
            L("- Tổng số đảng viên: 23 đồng chí (chính thức 20, dự bị 03). Có mặt: 21 đồng chí. Vắng: 02 đồng chí – "
              "đ/c Hà Thị Cẩm Tú (nghỉ phép năm) và đ/c Đặng Hoàng Phúc (con nhỏ nằm viện)."),
            L("- Chủ trì: đ/c Nguyễn Hữu Tài – Bí thư chi bộ, Quản đốc phân xưởng. Thư ký: đ/c Lâm Văn Bền."),
            L("* Nội dung:", bold=True),
            L("1. Đồng chí Bí thư báo cáo kết quả tháng 5 và nhiệm vụ tháng 6/2024"),
            P("Tháng 5/2024 phân xưởng sản xuất được 412.000 sản phẩm mộc, đạt 96% kế hoạch; tỷ lệ sản phẩm lỗi "
              "men, nứt chân là 3,8%, tăng 0,9% so với tháng 4, chủ yếu do khuôn thạch cao dùng quá số lần quy định "
              "và quạt hút lò sấy số 2 hỏng nhiều ngày. Phân xưởng đã huấn luyện phòng cháy chữa cháy cho 100% người "
              "lao động, không để xảy ra tai nạn lao động; chi bộ thu đảng phí đủ, đúng hạn."),
            P("Tháng 6/2024 phân xưởng phải bảo đảm đơn hàng xuất khẩu đi Nhật Bản (28 container), đưa tỷ lệ lỗi "
              "xuống dưới 3%, tiếp nhận và kèm cặp 06 công nhân mới; chi bộ hoàn thiện hồ sơ công nhận đảng viên "
              "chính thức cho đồng chí Lý Quốc Duy (hết thời gian dự bị ngày 02/6/2024)."),
            L("2. Ý kiến tham gia của đảng viên:"),
            TB(H03_OPINION_COLS, H03_OPINIONS),
            L("3. Đồng chí Bí thư kết luận:"),
            P("Chi bộ thống nhất đánh giá tháng 5 phân xưởng hoàn thành cơ bản nhiệm vụ, nhưng tỷ lệ lỗi tăng là "
              "khuyết điểm phải khắc phục ngay. Tháng 6 tập trung: thay khuôn và quạt hút lò sấy số 2 trong nửa đầu "
              "tháng; kèm cặp công nhân mới; bảo đảm tiến độ đơn hàng Nhật Bản, tăng ca có kế hoạch; chăm lo đời sống "
              "công nhân trong những ngày nắng nóng. Việc cụ thể phân công theo bảng dưới đây."),
            L("4. Phân công thực hiện:"),
            TB(H03_TASK_COLS, H03_TASKS, size=10),
            L("5. Biểu quyết:"),
            TB(H03_VOTE_COLS, H03_VOTES, size=10, head_center=True),
            P("Cuộc họp kết thúc lúc 17 giờ 50 phút cùng ngày. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "Lâm Văn Bền"], ["BÍ THƯ", "", "Nguyễn Hữu Tài"]),
        ],
        "truth": minute(
            meeting("regular", "2024-05-28", "16:30", "17:50",
                    "phòng họp tầng 2 nhà điều hành Phân xưởng Tạo hình", H03_CELL, H03_COM),
            "Nguyễn Hữu Tài", "Bí thư chi bộ", "Lâm Văn Bền",
            att(23, 21, 2, 2, 0, 0, [("Hà Thị Cẩm Tú", "nghỉ phép năm", True),
                                     ("Đặng Hoàng Phúc", "con nhỏ nằm viện", True)]),
            True,
            [vote("Kết luận của đồng chí Bí thư và nhiệm vụ tháng 6/2024", 21, 0, 0),
             vote("Đề nghị công nhận đảng viên chính thức cho đồng chí Lý Quốc Duy", 18, 0, 0)],
            [task("Nguyễn Hữu Tài", H03_T1, "10/6/2024")]
            + shared(["Lý Quốc Duy", "Đặng Văn Sang"], H03_T2, "Tháng 6/2024")
            + [task("Phan Thị Thu Trang", H03_T3, "Hằng tuần"),
               task("Tổ Công đoàn phân xưởng", H03_T4, "Ngay trong tuần"),
               task("Chi ủy", H03_T5, "15/6/2024"),
               task("Trịnh Ngọc Ẩn", H03_T6, "30/6/2024")],
            ["short_meeting"]),
    }],
    "scans": [{"name": "h11-binhduong-gom-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 1203,
               "dpi": 200}],
})


# =================================================================================================
# h04 — Nha Trang (Khánh Hòa), a primary school's thematic meeting; every numbering style; tasks by many
# verbs; never read back
# =================================================================================================
H04_CELL, H04_COM = "CHI BỘ TRƯỜNG TIỂU HỌC VĨNH HẢI 2", "ĐẢNG BỘ PHƯỜNG VĨNH HẢI"
H04_TOPIC = ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của nhà "
             "giáo")
H04_T1 = "đưa nội dung nêu gương vào tiêu chí đánh giá thi đua của giáo viên, ban hành"
H04_T2 = ("rà soát hồ sơ chuyên môn, sổ chủ nhiệm của giáo viên khối 4, khối 5; báo cáo chi bộ")
H04_T3 = "phụ đạo học sinh chưa hoàn thành môn Toán, Tiếng Việt"
H04_T4 = "xây dựng kế hoạch phong trào “Đôi bạn cùng tiến”, trình Ban Giám hiệu"
H04_T5 = "viết bài tham luận về gương người tốt, việc tốt trong nhà trường gửi Đảng ủy phường"
H04_T6 = "vận động đoàn viên đăng ký ít nhất một việc làm nêu gương cụ thể, nộp về chi ủy"
DOCS.append({
    "name": "h04-khanhhoa-school-thematic-numbering-not-approved", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3, "foot": "- {n} -",
              "left": 85, "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG VĨNH HẢI", H04_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nha Trang, ngày 15 tháng 11 năm 2018"]),
            G(10),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2018"),
            C("Chuyên đề: " + H04_TOPIC, bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: từ 14 giờ 30 phút, ngày 15/11/2018 (thứ Năm)."),
            L("2. Địa điểm: Phòng họp Hội đồng sư phạm nhà trường."),
            L("3. Thành phần: tổng số đảng viên 17 đồng chí; có mặt 17/17 đồng chí (trong đó 02 đảng viên dự bị)."),
            L("4. Chủ trì: đ/c Nguyễn Thị Xuân Lan, Bí thư chi bộ – Hiệu trưởng. Thư ký: đ/c Cao Minh Nhật."),
            H("II. NỘI DUNG"),
            H("1. Trình bày chuyên đề", italic=True),
            P("Đồng chí Hồ Thị Ánh Tuyết, Phó Bí thư chi bộ, trình bày chuyên đề, gồm các ý chính:"),
            L("a) Lời dạy của Bác về người thầy: “Nhiệm vụ của thầy giáo rất nặng nề, nhưng rất vẻ vang”; thầy cô phải "
              "là tấm gương sáng cho học sinh noi theo.", indent=18),
            L("b) Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, "
              "trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương.", indent=18),
            L("c) Liên hệ tại trường: còn giáo viên sử dụng điện thoại trong giờ dạy, chậm vào lớp; việc dạy thêm "
              "ngoài nhà trường có lúc chưa đúng quy định.", indent=18),
            H("2. Thảo luận", italic=True),
            L("+ Đ/c Trần Quốc Bảo (Tổng phụ trách Đội): học sinh nhìn thầy cô mà làm theo, nên nêu gương phải bắt "
              "đầu từ việc nhỏ như đúng giờ, ăn mặc, lời nói trên lớp.", indent=18),
            L("+ Đ/c Phạm Thị Hồng Nhung: đề nghị đưa tiêu chí nêu gương vào đánh giá thi đua cuối học kỳ để có ràng "
              "buộc cụ thể, không chỉ dừng ở cam kết.", indent=18),
            L("+ Đ/c Lê Văn Hùng (tổ khối 5): tổ khối 5 còn 09 em chưa hoàn thành môn Toán; đề nghị tổ chức phụ đạo "
              "miễn phí trong trường.", indent=18),
            H("3. Kết luận của đồng chí Bí thư", italic=True),
            L("• Chi bộ đánh giá cao nội dung chuyên đề và tinh thần thẳng thắn của các ý kiến; trách nhiệm nêu gương "
              "là thước đo phẩm chất của người đảng viên – nhà giáo.", indent=18),
            L("• Từ nay đến hết học kỳ I, mỗi đảng viên đăng ký một việc làm nêu gương cụ thể, chi bộ kiểm điểm vào "
              "cuối năm học.", indent=18),
            L("• Chấm dứt dạy thêm sai quy định; không sử dụng điện thoại trong giờ dạy.", indent=18),
            H("4. Phân công thực hiện", italic=True),
            L("– Đồng chí Hiệu trưởng Nguyễn Thị Xuân Lan chịu trách nhiệm " + H04_T1 + " trước 20-11-2018.",
              indent=18),
            L("– Đồng chí Phó Hiệu trưởng có trách nhiệm " + H04_T2 + " chậm nhất ngày 30.11.2018.", indent=18),
            L("– Tổ khối 5 đảm nhận " + H04_T3 + " vào chiều thứ Tư hằng tuần.", indent=18),
            L("– Đề nghị đồng chí Trần Quốc Bảo " + H04_T4 + " trong tháng 12/2018.", indent=18),
            L("– Ba đồng chí Hồ Thị Ánh Tuyết, Phạm Thị Hồng Nhung và Cao Minh Nhật cùng phụ trách " + H04_T5 +
              " trước Tết Dương lịch 2019.", indent=18),
            L("– Giao Chi đoàn giáo viên " + H04_T6 + " trong tuần sau.", indent=18),
            L("* Mỗi đảng viên tự giác thực hiện bản đăng ký nêu gương, chịu sự giám sát của quần chúng và phụ huynh.",
              indent=18),
            H("5. Biểu quyết", italic=True),
            P("Chi bộ biểu quyết thông qua kết luận và nội dung phân công: 17/17 đồng chí tán thành, đạt 100%."),
            P("Buổi sinh hoạt chuyên đề kết thúc vào lúc 16 giờ 45 phút cùng ngày."),
            S(["THƯ KÝ", "", "Cao Minh Nhật"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Thị Xuân Lan"]),
        ],
        "truth": minute(
            meeting("thematic", "2018-11-15", "14:30", "16:45", "Phòng họp Hội đồng sư phạm nhà trường", H04_CELL,
                    H04_COM, topic=H04_TOPIC),
            "Nguyễn Thị Xuân Lan", "Bí thư chi bộ", "Cao Minh Nhật",
            att(17, 17),
            True,
            [vote("Kết luận và nội dung phân công", 17, None, None, 100)],
            [task("Nguyễn Thị Xuân Lan", H04_T1, "20-11-2018"),
             task("Phó Hiệu trưởng", H04_T2, "30.11.2018"),
             task("Tổ khối 5", H04_T3, "chiều thứ Tư hằng tuần"),
             task("Trần Quốc Bảo", H04_T4, "tháng 12/2018")]
            + shared(["Hồ Thị Ánh Tuyết", "Phạm Thị Hồng Nhung", "Cao Minh Nhật"], H04_T5, "Tết Dương lịch 2019")
            + [task("Chi đoàn giáo viên", H04_T6, "tuần sau")],
            ["not_approved"]),
    }],
})


# =================================================================================================
# h05 — Cà Mau, the staff office cell of a district military command: a terse one-page minute, a few
# lines per part; tasks to a role, to two bodies; exactly 90 minutes
# =================================================================================================
H05_CELL, H05_COM = "CHI BỘ BAN THAM MƯU", "ĐẢNG ỦY QUÂN SỰ HUYỆN TRẦN VĂN THỜI"
H05_T1 = "hoàn chỉnh phương án sơ tán dân ven biển Khánh Hải"
H05_T2 = "sửa chữa 02 xuồng máy của trung đội cơ động"
H05_T3 = "cập nhật bản đồ, kế hoạch diễn tập xã Khánh Hải; báo cáo Chỉ huy trưởng"
H05_T4 = "dự trữ lương thực, áo phao, trực 24/24"
DOCS.append({
    "name": "h05-camau-military-terse-clean", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY QUÂN SỰ HUYỆN TRẦN VĂN THỜI", H05_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Trần Văn Thời, ngày 05 tháng 10 năm 2020"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2020"),
            G(6),
            L("Thời gian: 07 giờ 30 – 09 giờ 00, ngày 05/10/2020. Địa điểm: Phòng họp Ban CHQS huyện."),
            L("Quân số: 09/09 đảng viên. Chủ trì: Thiếu tá Lê Hoàng Vũ, Bí thư chi bộ. Thư ký: Đại úy Tạ Minh Đức."),
            L("1. Thông tin: Chỉ thị của Bộ Tư lệnh Quân khu 9 về phòng, chống thiên tai, tìm kiếm cứu nạn mùa mưa "
              "bão năm 2020; lịch diễn tập chiến đấu phòng thủ xã."),
            L("2. Kết quả tháng 9: hoàn thành huấn luyện dân quân cơ động 02 xã Khánh Bình Tây, Khánh Hải; sơ tuyển "
              "nghĩa vụ quân sự năm 2021 đúng kế hoạch. Tồn tại: sổ trực sẵn sàng chiến đấu ghi chưa đầy đủ."),
            L("3. Thảo luận: Đ/c Đức: bổ sung phương án sơ tán dân ven biển Khánh Hải, nhất là các hộ ngoài đê. Đ/c "
              "Nguyễn Văn Khải: 02 xuồng máy của trung đội cơ động hỏng máy, xin kinh phí sửa."),
            L("4. Kết luận (đ/c Bí thư): nhất trí báo cáo. Tháng 10 tập trung sẵn sàng phòng, chống lụt bão, tìm kiếm "
              "cứu nạn; chuẩn bị diễn tập xã Khánh Hải; duy trì nghiêm chế độ trực, ghi sổ trực đầy đủ."),
            L("5. Phân công:"),
            L("– Đ/c Tạ Minh Đức: " + H05_T1 + ", xong trước 15/10."),
            L("– Đ/c Nguyễn Văn Khải chịu trách nhiệm " + H05_T2 + ", xong trong tuần."),
            L("– Trợ lý Tác chiến: " + H05_T3 + " 20/10/2020."),
            L("– Ban Hậu cần + Trung đội cơ động: " + H05_T4 + " trong mùa mưa bão."),
            L("6. Biểu quyết: 9/9 tán thành (100%)."),
            L("Kết thúc 09 giờ 00. Biên bản đọc lại, thông qua."),
            S(["THƯ KÝ", "", "Đại úy Tạ Minh Đức"], ["BÍ THƯ", "", "Thiếu tá Lê Hoàng Vũ"]),
        ],
        "truth": minute(
            meeting("regular", "2020-10-05", "07:30", "09:00", "Phòng họp Ban CHQS huyện", H05_CELL, H05_COM),
            "Lê Hoàng Vũ", "Bí thư chi bộ", "Tạ Minh Đức",
            att(9, 9),
            True,
            [vote("Kết luận tháng 10/2020", 9, None, None, 100)],
            [task("Tạ Minh Đức", H05_T1, "15/10"),
             task("Nguyễn Văn Khải", H05_T2, "trong tuần"),
             task("Trợ lý Tác chiến", H05_T3, "20/10/2020")]
            + shared(["Ban Hậu cần", "Trung đội cơ động"], H05_T4, "mùa mưa bão"),
            []),
    }],
})


# =================================================================================================
# h06 — Long Thành (Đồng Nai), a hospital department: no headings at all, long paragraphs, tasks before
# the vote, the conclusion as the last paragraph; 17 of 20
# =================================================================================================
H06_CELL, H06_COM = "CHI BỘ KHOA HỒI SỨC – CẤP CỨU", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA LONG THÀNH"
H06_T1 = ("chủ trì, phối hợp với Phòng Kế hoạch tổng hợp rà soát toàn bộ hồ sơ bệnh án còn tồn đọng của khoa, "
          "hoàn thiện")
H06_T2 = ("kiểm tra việc thực hiện quy tắc ứng xử của nhân viên tại khu tiếp nhận, phân loại bệnh nhân, báo cáo chi "
          "ủy")
H06_T3 = "tập huấn lại quy trình phân loại bệnh nhân theo mã màu cho điều dưỡng mới"
H06_T4 = "hướng dẫn các bác sĩ trong khoa nhập liệu bệnh án điện tử"
DOCS.append({
    "name": "h06-dongnai-hospital-no-headings-low-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 36, "spacing": 1.4, "para_gap": 7,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA LONG THÀNH", H06_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Thành, ngày 10 tháng 5 năm 2022"]),
            G(10),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ ĐỊNH KỲ THÁNG 5 NĂM 2022"),
            G(8),
            P("Hôm nay, vào lúc 13 giờ 30 phút ngày 10 tháng 5 năm 2022, tại phòng giao ban Khoa Hồi sức – Cấp cứu, "
              "Chi bộ Khoa Hồi sức – Cấp cứu họp định kỳ tháng 5. Chi bộ có 21 đảng viên, trong đó đồng chí Phùng "
              "Văn Lễ đã được Đảng ủy Bệnh viện đồng ý miễn sinh hoạt do bệnh nặng; có mặt 17 đồng chí, vắng 03 đồng "
              "chí: đ/c Trịnh Minh Quân đi học chuyên khoa cấp I tại Thành phố Hồ Chí Minh, đ/c Lê Thị Hồng Nhung "
              "nghỉ thai sản, đ/c Đoàn Văn Thắng không báo lý do. Đồng chí BSCKII. Mai Xuân Trường, Bí thư chi bộ, "
              "Trưởng khoa chủ trì; đồng chí Võ Thị Thanh Thảo, điều dưỡng hành chính khoa, ghi biên bản."),
            P("Đồng chí Bí thư báo cáo tình hình tháng 4: khoa tiếp nhận 612 ca cấp cứu, chuyển tuyến 41 ca, không "
              "để xảy ra sự cố y khoa nghiêm trọng; số ca COVID-19 nặng giảm hẳn, khoa đã trả lại 10 giường hồi sức "
              "cho khu điều trị chung. Hạn chế lớn nhất là hồ sơ bệnh án hoàn thiện chậm, còn 37 hồ sơ tồn quá 7 "
              "ngày; có 01 phản ánh qua đường dây nóng về thái độ giao tiếp của nhân viên tại khu phân loại. Nhiệm "
              "vụ tháng 5 là rút ngắn thời gian chờ phân loại, chuẩn bị cho đợt kiểm tra chất lượng bệnh viện của Sở "
              "Y tế vào cuối tháng và triển khai bệnh án điện tử giai đoạn 1 theo kế hoạch của Bệnh viện."),
            P("Tham gia ý kiến, đồng chí Nguyễn Thị Kim Yến, điều dưỡng trưởng khoa, cho rằng khu phân loại thường "
              "quá tải vào buổi tối, điều dưỡng mới chưa thuộc quy trình mã màu nên dễ căng thẳng với người nhà bệnh "
              "nhân; đồng chí Hà Văn Lực đề nghị gắn camera và bảng hướng dẫn tại khu tiếp nhận; đồng chí Bùi Quang "
              "Sơn, Phó trưởng khoa, nêu nguyên nhân hồ sơ tồn là do bác sĩ trực đêm phải hoàn thiện cả hồ sơ giấy "
              "lẫn nhập máy, đề nghị có người hỗ trợ trong thời gian chuyển đổi; đồng chí Đỗ Thành Công cho biết "
              "phần mềm bệnh án điện tử đã chạy thử ổn định."),
            P("Trên cơ sở các ý kiến, chi bộ thống nhất phân công: đồng chí Bùi Quang Sơn " + H06_T1 + " xong trước "
              "ngày 25 tháng 5 năm 2022; hai đồng chí Nguyễn Thị Kim Yến và Hà Văn Lực chịu trách nhiệm "
              "" + H06_T2 + " hằng "
              "tuần; Tổ Điều dưỡng cấp cứu đảm nhận " + H06_T3 + " trong 10 ngày; đồng chí Đỗ Thành Công phụ trách "
              + H06_T4 + ", thường xuyên. Riêng đề nghị bổ sung 02 máy thở, chi bộ kiến nghị Đảng ủy Bệnh viện xem "
              "xét, giải quyết."),
            P("Chi bộ biểu quyết thông qua nhiệm vụ tháng 5/2022 và nội dung phân công nêu trên: 17/17 đồng chí có "
              "mặt tán thành."),
            P("Trước khi kết thúc, đồng chí Bí thư kết luận: chi bộ ghi nhận sự cố gắng của tập thể khoa trong giai "
              "đoạn dịch bệnh vừa qua; tháng 5 phải coi việc hoàn thiện hồ sơ bệnh án và thái độ giao tiếp là hai "
              "việc trọng tâm, không để bị trừ điểm trong đợt kiểm tra của Sở Y tế; đảng viên là bác sĩ, điều dưỡng "
              "phải đi đầu thực hiện quy tắc ứng xử. Trường hợp đồng chí Đoàn Văn Thắng vắng không báo, chi ủy sẽ "
              "gặp, yêu cầu đồng chí làm bản tường trình. Buổi họp kết thúc lúc 15 giờ 20 phút; biên bản được đọc lại "
              "cho các đồng chí dự họp nghe và nhất trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "Võ Thị Thanh Thảo"], ["CHỦ TRÌ", "", "Mai Xuân Trường"]),
        ],
        "truth": minute(
            meeting("regular", "2022-05-10", "13:30", "15:20", "phòng giao ban Khoa Hồi sức – Cấp cứu", H06_CELL,
                    H06_COM),
            "Mai Xuân Trường", "Bí thư chi bộ", "Võ Thị Thanh Thảo",
            att(21, 17, 3, 2, 1, 1, [("Trịnh Minh Quân", "đi học chuyên khoa cấp I tại Thành phố Hồ Chí Minh", True),
                                     ("Lê Thị Hồng Nhung", "nghỉ thai sản", True),
                                     ("Đoàn Văn Thắng", "không báo lý do", False)]),
            True,
            [vote("Nhiệm vụ tháng 5/2022 và nội dung phân công", 17)],
            [task("Bùi Quang Sơn", H06_T1, "ngày 25 tháng 5 năm 2022")]
            + shared(["Nguyễn Thị Kim Yến", "Hà Văn Lực"], H06_T2, "hằng tuần")
            + [task("Tổ Điều dưỡng cấp cứu", H06_T3, "10 ngày"),
               task("Đỗ Thành Công", H06_T4, "thường xuyên")],
            ["low_attendance", "unexcused_absence"]),
    }],
})


# =================================================================================================
# h07 — Cần Thơ, a ward police cell after the 2025 merger: agenda as a ruled table; nothing but
# look-alike tasks (last month's tasks reported, a plan with no doer, a member's offer, every member,
# a petition to the ward committee, "chi ủy sẽ phân công")
# =================================================================================================
H07_CELL, H07_COM = "CHI BỘ CÔNG AN PHƯỜNG", "ĐẢNG ỦY PHƯỜNG CÁI KHẾ"
H07_AGENDA_COLS = [(0.08, "TT", "c"), (0.62, "Nội dung", "l"), (0.30, "Người trình bày", "l")]
H07_AGENDA = [
    ["1", "Thông tin thời sự; quán triệt Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương về "
          "nâng cao chất lượng sinh hoạt chi bộ", "Đ/c Phó Bí thư chi bộ"],
    ["2", "Báo cáo kết quả tháng 10 và phương hướng, nhiệm vụ tháng 11/2025", "Đ/c Bí thư chi bộ"],
    ["3", "Thảo luận", "Đảng viên"],
    ["4", "Kết luận; biểu quyết", "Đ/c chủ trì"],
]
DOCS.append({
    "name": "h07-cantho-police-agenda-table-no-tasks", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.3, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY PHƯỜNG CÁI KHẾ", H07_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cái Khế, ngày 10 tháng 11 năm 2025"]),
            G(10),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("Bắt đầu lúc 14 giờ 00 phút ngày 10/11/2025, tại hội trường Công an phường Cái Khế."),
            P("Đảng viên của chi bộ: 26 đồng chí; có mặt 24 đồng chí; vắng 02 đồng chí, đều có lý do (01 đồng chí trực "
              "ban, 01 đồng chí đang học lớp trung cấp lý luận chính trị)."),
            P("Chủ trì: Thượng tá Nguyễn Thành Nhân, Bí thư chi bộ, Trưởng Công an phường. Thư ký: Thượng úy Lâm Gia "
              "Bảo."),
            H("II. CHƯƠNG TRÌNH SINH HOẠT"),
            TB(H07_AGENDA_COLS, H07_AGENDA),
            H("III. NỘI DUNG"),
            L("1. Thông tin thời sự, văn bản mới", bold=True),
            P("Đồng chí Phó Bí thư chi bộ thông tin tình hình an ninh trật tự trên địa bàn sau sắp xếp đơn vị hành "
              "chính "
              "và quán triệt những điểm mới của Hướng dẫn số 42-HD/BTCTW: nội dung sinh hoạt phải thiết thực, kết "
              "luận phải rõ việc, rõ người, rõ thời gian."),
            L("2. Kết quả tháng 10/2025", bold=True),
            P("Chi bộ lãnh đạo đơn vị bảo đảm an ninh, trật tự dịp cao điểm; tiếp nhận 1.214 hồ sơ cư trú, không để "
              "trễ hạn. Đồng chí Thiếu tá Võ Minh Trí đã hoàn thành rà soát, làm sạch dữ liệu dân cư của ba khu vực "
              "mới sáp nhập; đồng chí Trung tá Huỳnh Thị Ngọc Diễm đã tổ chức tuyên truyền phòng, chống lừa đảo qua "
              "mạng tại 04 trường học. Hạn chế: còn 02 vụ trộm cắp tài sản tại khu nhà trọ chưa làm rõ đối tượng."),
            L("3. Phương hướng, nhiệm vụ tháng 11/2025", bold=True),
            P("Mở đợt cao điểm tấn công, trấn áp tội phạm dịp cuối năm; hoàn thành cấp định danh điện tử mức 2 cho ít "
              "nhất 95% công dân đủ điều kiện trong tháng 11/2025; tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn, "
              "cứu hộ tới các khu nhà trọ, cơ sở kinh doanh karaoke; kiểm tra 100% cơ sở kinh doanh có điều kiện về "
              "an ninh trật tự trước ngày 30/11/2025."),
            L("4. Thảo luận", bold=True),
            P("– Đồng chí Đại úy Trần Phước Thiện: các vụ trộm ở khu nhà trọ đường Trần Văn Khéo đều xảy ra rạng sáng, "
              "chủ trọ chưa lắp camera; tôi xin nhận kèm cặp 02 chiến sĩ nghĩa vụ mới về đơn vị trong tháng đầu."),
            P("– Đồng chí Thiếu tá Võ Minh Trí: đề nghị chi bộ kiến nghị Đảng ủy phường bố trí kinh phí lắp thêm "
              "camera an ninh tại các tuyến hẻm trọng điểm."),
            P("– Đồng chí Trung tá Huỳnh Thị Ngọc Diễm: người dân còn ngại làm định danh mức 2, cần tổ chức làm lưu "
              "động vào ngày thứ Bảy, Chủ nhật."),
            L("5. Kết luận của đồng chí chủ trì", bold=True),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất với báo cáo và phương hướng tháng 11/2025. Đề nghị mỗi "
              "đảng viên trong chi bộ gương mẫu, bám địa bàn, giữ nghiêm điều lệnh, không để xảy ra vi phạm. Chi bộ "
              "kiến nghị Đảng ủy phường chỉ đạo Ủy ban nhân dân phường hỗ trợ kinh phí lắp đặt 12 camera an ninh tại "
              "các tuyến hẻm trọng điểm trước Tết Nguyên đán. Việc phân công cụ thể từng đồng chí, chi ủy sẽ thống "
              "nhất tại cuộc họp giao ban tuần sau."),
            L("6. Biểu quyết", bold=True),
            P("Chi bộ biểu quyết thông qua kết luận: 24/24 đồng chí tán thành, đạt 100%; không có ý kiến khác."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút cùng ngày; biên bản đã được đọc lại và thông qua tại buổi "
              "sinh hoạt."),
            S(["THƯ KÝ", "", "Thượng úy Lâm Gia Bảo"], ["BÍ THƯ CHI BỘ", "", "Thượng tá Nguyễn Thành Nhân"]),
        ],
        "truth": minute(
            meeting("regular", "2025-11-10", "14:00", "16:00", "hội trường Công an phường Cái Khế", H07_CELL, H07_COM),
            "Nguyễn Thành Nhân", "Bí thư chi bộ", "Lâm Gia Bảo",
            att(26, 24, 2, 2, 0, 0),
            True,
            [vote("Kết luận tháng 11/2025", 24, None, 0, 100)],
            [],
            ["missing_assignments"]),
    }],
})


# =================================================================================================
# h08 — Ninh Thuận, a fishing village cell, December 2016, a typed copy ("bản sao") of the minute: "(đã
# ký)", "(đã ký, đóng dấu)", the seal's text, footnotes; tasks but no conclusion and no vote; old tone marks
# =================================================================================================
H08_CELL, H08_COM = "CHI BỘ THÔN SƠN HẢI", "ĐẢNG BỘ XÃ PHƯỚC DINH"
H08_T1 = "vận động 02 chủ tàu còn lại lắp máy thông tin liên lạc tầm xa"
H08_T2 = "rà soát danh sách lao động trên các tàu cá, báo cáo Đồn Biên phòng"
H08_T3 = "thăm, tặng quà gia đình chính sách, hộ nghèo"
H08_T4 = "hoàn tất sổ sách thu, nộp đảng phí năm 2016, nộp Đảng uỷ xã"
H08_T5 = "kiểm tra kè chắn sóng đoạn xóm Gò, báo cáo Uỷ ban nhân dân xã khi có sạt lở"
DOCS.append({
    "name": "h08-ninhthuan-copy-stamp-footnotes-no-conclusion-no-vote", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ PHƯỚC DINH", H08_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Dinh, ngày 06 tháng 12 năm 2016"]),
            G(6),
            C("(Bản sao)", bold=False, italic=True, size=11),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 12/2016"),
            G(6),
            L("1/ Thời gian: từ 19 giờ 00 đến 21 giờ 00, ngày 06/12/2016."),
            L("2/ Địa điểm: Nhà văn hoá thôn Sơn Hải."),
            L("3/ Thành phần: tổng số đảng viên 24, có mặt 22, vắng 02 có lý do (*)."),
            L("4/ Chủ trì: Đ/c Nguyễn Văn Hải – Bí thư Chi bộ. Thư ký: Đ/c Đặng Thị Mỹ Dung."),
            L("5/ Nội dung:"),
            P("Đ/c Bí thư thông qua báo cáo tháng 11: bà con đánh bắt được mùa cá cơm, giá ổn định; mùa gió chướng đã "
              "về, biển động nhiều ngày, chưa có tàu nào gặp nạn; còn 02 tàu của thôn chưa lắp máy thông tin liên lạc "
              "tầm xa; kè chắn sóng đoạn xóm Gò sạt thêm khoảng 15 mét. Thu quỹ đền ơn đáp nghĩa đạt 92%."),
            P("Phương hướng tháng 12: bảo đảm an toàn cho người và tàu thuyền mùa gió chướng; chuẩn bị cho bà con đón "
              "Tết Nguyên đán Đinh Dậu 2017 vui tươi, lành mạnh; hoàn thành thu nộp đảng phí, các loại quỹ năm 2016; "
              "giữ gìn an ninh trật tự vùng biển, không để người lạ lên tàu khi chưa khai báo."),
            L("6/ Ý kiến đảng viên:"),
            L("- Đ/c Trương Văn Lợi: tàu anh Ba Sang và tàu anh Út Nhỏ chưa lắp máy, nếu có bão không liên lạc được, "
              "đề nghị chi bộ cử người vận động ngay."),
            L("- Đ/c Lê Thị Kim Loan: nhiều lao động trên tàu là người nơi khác đến, Đồn Biên phòng yêu cầu phải có "
              "danh sách."),
            L("- Đ/c Phạm Ngọc Sương: năm nay có 11 hộ nghèo và 06 gia đình chính sách, đề nghị các đoàn thể lo quà "
              "Tết sớm."),
            L("7/ Phân công:"),
            L("– Đ/c Trương Văn Lợi " + H08_T1 + ", xong trước chuyến biển sau."),
            L("– Giao Tổ đoàn kết tàu thuyền số 3 " + H08_T2 + " trong 15 ngày."),
            L("– Chi hội Phụ nữ thôn và Chi đoàn thanh niên cùng tổ chức " + H08_T3 + " trước Tết Nguyên đán Đinh "
              "Dậu."),
            L("– Đ/c Đặng Thị Mỹ Dung " + H08_T4 + " trước ngày 20 tháng Chạp."),
            L("– Đồng chí Trưởng thôn phụ trách " + H08_T5 + ", hằng tuần."),
            L("8/ Đ/c Bí thư cảm ơn các đồng chí đã đóng góp nhiều ý kiến, chúc các đồng chí và gia đình mạnh khoẻ, "
              "chuẩn bị đón Tết vui vẻ, an toàn."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút. Biên bản đã được đọc lại, các đồng chí dự họp nhất trí "
              "thông qua (**)."),
            S(["THƯ KÝ", "(đã ký)", "Đặng Thị Mỹ Dung"], ["T/M CHI BỘ", "BÍ THƯ", "(đã ký, đóng dấu)",
                                                      "Nguyễn Văn Hải"]),
            G(6),
            C("[Dấu: ĐẢNG BỘ XÃ PHƯỚC DINH * CHI BỘ THÔN SƠN HẢI]", bold=False, italic=True, size=10),
            G(10),
            L("__________________"),
            L("(*) Vắng: đ/c Nguyễn Văn Tỵ – đi biển chưa về; đ/c Lưu Thị Hoà – nằm viện ở Phan Rang, đã báo đ/c Bí "
              "thư.", italic=True),
            L("(**) Sao y bản chính, lưu tại Văn phòng Đảng uỷ xã Phước Dinh.", italic=True),
        ],
        "truth": minute(
            meeting("regular", "2016-12-06", "19:00", "21:00", "Nhà văn hoá thôn Sơn Hải", H08_CELL, H08_COM),
            "Nguyễn Văn Hải", "Bí thư Chi bộ", "Đặng Thị Mỹ Dung",
            att(24, 22, 2, 2, 0, 0, [("Nguyễn Văn Tỵ", "đi biển chưa về", True),
                                     ("Lưu Thị Hoà", "nằm viện ở Phan Rang, đã báo đ/c Bí thư", True)]),
            False,
            [],
            [task("Trương Văn Lợi", H08_T1, "chuyến biển sau"),
             task("Tổ đoàn kết tàu thuyền số 3", H08_T2, "15 ngày")]
            + shared(["Chi hội Phụ nữ thôn", "Chi đoàn thanh niên"], H08_T3, "Tết Nguyên đán Đinh Dậu")
            + [task("Đặng Thị Mỹ Dung", H08_T4, "ngày 20 tháng Chạp"),
               task("Trưởng thôn", H08_T5, "hằng tuần")],
            ["missing_conclusion", "missing_vote"]),
    }],
})


# =================================================================================================
# h09 — minute BOOK, Cái Bè (Tiền Giang), a hamlet cell, March–July 2022: five minutes typed on
# continuously (each after the first starts mid-page under the previous signatures), one header only
# =================================================================================================
H09_CELL, H09_COM = "CHI BỘ ẤP MỸ LỢI", "ĐẢNG BỘ XÃ MỸ ĐỨC TÂY"
H09_SIGN = S(["THƯ KÝ", "", "Trần Thị Thu Sương"], ["BÍ THƯ", "", "Nguyễn Văn Đực"])
# 1 — March
H09_1_T1 = "lập danh sách hộ đăng ký đóng góp làm lộ giao thông tổ 7"
H09_1_T2 = "cùng Chi hội Phụ nữ ấp vận động người trên 50 tuổi tiêm mũi 3"
H09_1_T3 = "hướng dẫn nông dân bao trái xoài, ghi nhật ký sản xuất theo VietGAP"
H09_M1 = {
    "blocks": [
        HD(["ĐẢNG BỘ XÃ MỸ ĐỨC TÂY", H09_CELL, "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mỹ Đức Tây, ngày 05 tháng 3 năm 2022"]),
        G(8),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2022"),
        G(4),
        P("Vào lúc 08 giờ 00 phút ngày 05/3/2022, tại Văn phòng ấp Mỹ Lợi, Chi bộ ấp Mỹ Lợi tiến hành sinh hoạt thường "
          "kỳ tháng 3/2022."),
        L("Tổng số đảng viên: 18 đồng chí, miễn sinh hoạt 01 (đ/c Tô Văn Em, tuổi cao). Có mặt: 16/17 đồng chí. Vắng: "
          "đ/c Trần Văn Lượm (không lý do)."),
        L("Chủ trì: đ/c Nguyễn Văn Đực – Bí thư chi bộ. Thư ký: đ/c Trần Thị Thu Sương."),
        L("1. Tình hình tháng 02/2022:", bold=True),
        P("Bà con thu hoạch xong lúa Đông Xuân, năng suất bình quân 7,2 tấn/ha; xoài cát Hòa Lộc ra hoa rộ nhưng giá "
          "thấp; hạn mặn năm nay nhẹ, chưa ảnh hưởng vườn cây. Tiêm vắc xin phòng COVID-19 mũi 3 cho người từ 18 tuổi "
          "trở lên đạt 81%. Thu đảng phí tháng 01, 02 đạt 100%."),
        L("2. Ý kiến:", bold=True),
        L("- Đ/c Lê Văn Hai: thương lái ép giá xoài, nên vận động bà con làm theo VietGAP để bán cho hợp tác xã."),
        L("- Đ/c Nguyễn Hữu Nghĩa (Trưởng ấp): lộ tổ 7 xuống cấp, bà con đồng ý góp tiền, cần lập danh sách sớm."),
        L("3. Đồng chí Bí thư kết luận:", bold=True),
        P("Thống nhất tình hình nêu trên. Tháng 3 chi bộ tập trung chăm sóc vườn xoài, tiêm đủ mũi 3, chuẩn bị khởi "
          "công lộ tổ 7. Phân công:"),
        L("- Đ/c Nguyễn Hữu Nghĩa: " + H09_1_T1 + ", xong trước 25/3/2022."),
        L("- Đ/c Phan Thị Ngọc Giàu " + H09_1_T2 + ", trong tháng 3."),
        L("- Đ/c Lê Văn Hai, đ/c Huỳnh Văn Mến: " + H09_1_T3 + " (hằng tuần)."),
        L("4. Biểu quyết: 16/16 đồng chí tán thành.", bold=True),
        L("Cuộc họp kết thúc lúc 10 giờ 00. Biên bản đọc lại, chi bộ thông qua."),
        H09_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2022-03-05", "08:00", "10:00", "Văn phòng ấp Mỹ Lợi", H09_CELL, H09_COM),
        "Nguyễn Văn Đực", "Bí thư chi bộ", "Trần Thị Thu Sương",
        att(18, 16, 1, 0, 1, 1, [("Trần Văn Lượm", "không lý do", False)]),
        True,
        [vote("Kết luận tháng 3/2022", 16)],
        [task("Nguyễn Hữu Nghĩa", H09_1_T1, "25/3/2022"),
         task("Phan Thị Ngọc Giàu", H09_1_T2, "tháng 3")]
        + shared(["Lê Văn Hai", "Huỳnh Văn Mến"], H09_1_T3, "hằng tuần"),
        ["unexcused_absence"]),
}
# 2 — April: a task table, no vote
H09_2_COLS = [(0.07, "TT", "c"), (0.47, "Nội dung", "l"), (0.26, "Người thực hiện", "l"), (0.20, "Thời gian", "l")]
H09_2_T1 = "Ra quân dọn vệ sinh kênh Ba Mỹ và trục lộ ấp hưởng ứng “Ngày Chủ nhật xanh”"
H09_2_T2 = "Đắp bờ bao tạm đầu kênh Ba Mỹ, đôn đốc các hộ trữ nước ngọt"
H09_2_T3 = "Hướng dẫn quần chúng Nguyễn Thị Diễm My khai lý lịch, hoàn thiện hồ sơ kết nạp"
H09_2_T4 = "Thu đảng phí quý II/2022"
H09_M2 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2022"),
        G(4),
        P("Khai mạc lúc 19 giờ 30 phút ngày 04/4/2022 tại Văn phòng ấp Mỹ Lợi. Đồng chí Nguyễn Văn Đực, Bí thư chi bộ "
          "chủ trì; đồng chí Trần Thị Thu Sương ghi biên bản. Có mặt 16/17 đảng viên phải dự (01 đồng chí miễn sinh "
          "hoạt). Đồng chí Trần Văn Lượm vắng mặt, không có lý do."),
        P("Đồng chí Bí thư báo cáo: lộ tổ 7 đã thu được 64% số tiền đóng góp; tiêm mũi 3 cho người trên 50 tuổi đạt "
          "95%; nước mặn vào kênh Ba Mỹ ngày 28/3, Ban nhân dân ấp đã đóng cống kịp thời. Tháng 4 bà con xuống giống "
          "lúa Hè Thu, cần giữ nước ngọt; ngày 17/4 ra quân hưởng ứng “Ngày Chủ nhật xanh”."),
        P("Đồng chí Huỳnh Văn Mến đề nghị đắp thêm bờ bao tạm đầu kênh Ba Mỹ; đồng chí Đỗ Thị Bích Liên báo cáo quần "
          "chúng Nguyễn Thị Diễm My đã học xong lớp nhận thức về Đảng, đủ điều kiện làm hồ sơ."),
        P("Kết luận, đồng chí Bí thư thống nhất ý kiến các đồng chí; yêu cầu tháng 4 giữ ngọt cho lúa Hè Thu và vườn "
          "xoài, hoàn thành góp tiền làm lộ tổ 7, làm hồ sơ kết nạp đảng viên mới. Công việc cụ thể:"),
        TB(H09_2_COLS, [["1", H09_2_T1, "Chi đoàn ấp", "Chủ nhật 17/4/2022"],
                        ["2", H09_2_T2, "Đ/c Huỳnh Văn Mến, đ/c Lưu Văn Rớt", "Tháng 4/2022"],
                        ["3", H09_2_T3, "Đ/c Đỗ Thị Bích Liên", "Trước 30/4/2022"],
                        ["4", H09_2_T4, "Đ/c Trần Thị Thu Sương", ""]]),
        P("Biên bản đọc lại lúc 21 giờ 15 phút, chi bộ nhất trí thông qua."),
        H09_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2022-04-04", "19:30", "21:15", "Văn phòng ấp Mỹ Lợi", H09_CELL, H09_COM),
        "Nguyễn Văn Đực", "Bí thư chi bộ", "Trần Thị Thu Sương",
        att(18, 16, 1, 0, 1, 1, [("Trần Văn Lượm", "không có lý do", False)]),
        True,
        [],
        [task("Chi đoàn ấp", H09_2_T1, "Chủ nhật 17/4/2022")]
        + shared(["Huỳnh Văn Mến", "Lưu Văn Rớt"], H09_2_T2, "Tháng 4/2022")
        + [task("Đỗ Thị Bích Liên", H09_2_T3, "30/4/2022"),
           task("Trần Thị Thu Sương", H09_2_T4, None)],
        ["missing_vote", "unexcused_absence"]),
}
# 3 — June (May skipped): a) … đ) parts, no recorded opinion, tasks inside the conclusion
H09_3_T1 = "phối hợp Ban nhân dân ấp tổ chức họp dân lấy ý kiến làm cầu Mương Khai"
H09_3_T2 = "giải quyết dứt điểm việc tranh chấp ranh đất ở tổ 3"
H09_3_T3 = "chuẩn bị nội dung sinh hoạt chuyên đề quý II"
H09_M3 = {
    "blocks": [
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6 NĂM 2022"),
        L("(Tháng 5/2022 chi bộ không sinh hoạt do đa số đảng viên bận thu hoạch xoài, chi ủy đã báo cáo Đảng ủy xã.)",
          italic=True),
        L("a) Thời gian, địa điểm: 08 giờ 00 phút, ngày 06/6/2022, tại nhà đồng chí Lê Văn Hai (tổ 5)."),
        L("b) Thành phần: 17 đảng viên phải dự (01 đồng chí miễn sinh hoạt), có mặt 16; vắng 01: đ/c Trần Văn Lượm "
          "(bệnh, có báo). Chủ trì: đ/c Nguyễn Văn Đực, Bí thư. Thư ký: đ/c Trần Thị Thu Sương."),
        L("c) Nội dung:"),
        P("Đồng chí Bí thư báo cáo tình hình tháng 5 và tháng 6: lộ tổ 7 đã đổ bê tông xong 420 mét; lúa Hè Thu phát "
          "triển tốt; giá xoài tăng trở lại; hồ sơ kết nạp quần chúng Nguyễn Thị Diễm My đã trình Đảng ủy xã. Tồn tại: "
          "02 hộ ở tổ 3 tranh chấp ranh đất, lời qua tiếng lại; cầu Mương Khai xuống cấp, học sinh đi lại nguy hiểm."),
        P("Chi bộ thảo luận, thống nhất với báo cáo của chi ủy, không có ý kiến khác."),
        L("d) Kết luận:"),
        P("Đồng chí Bí thư kết luận: tháng 6 chi bộ tập trung giữ ổn định tình hình, chuẩn bị làm cầu Mương Khai và "
          "sinh hoạt chuyên đề quý II. Giao đồng chí Nguyễn Hữu Nghĩa " + H09_3_T1 + ", xong trước ngày 20/6; Tổ hòa "
          "giải ấp chịu trách nhiệm " + H09_3_T2 + " trong tháng 6; đồng chí Phó Bí thư " + H09_3_T3 + "."),
        L("đ) Biểu quyết: nhất trí 100%."),
        L("Kết thúc lúc 09 giờ 40 phút. Biên bản được thông qua trước chi bộ."),
        H09_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2022-06-06", "08:00", "09:40", "nhà đồng chí Lê Văn Hai (tổ 5)", H09_CELL, H09_COM),
        "Nguyễn Văn Đực", "Bí thư", "Trần Thị Thu Sương",
        att(18, 16, 1, 1, 0, 1, [("Trần Văn Lượm", "bệnh, có báo", True)]),
        True,
        [vote("Kết luận tháng 6/2022", pct=100)],
        [task("Nguyễn Hữu Nghĩa", H09_3_T1, "20/6"),
         task("Tổ hòa giải ấp", H09_3_T2, "tháng 6"),
         task("Phó Bí thư", H09_3_T3, None)],
        ["no_discussion"]),
}
# 4 — the thematic meeting of Q2, 75 minutes
H09_TOPIC = "Xây dựng ấp văn minh, gia đình văn hóa gắn với xây dựng nông thôn mới nâng cao"
H09_4_T1 = "chỉ đạo 10 tổ nhân dân tự quản đăng ký danh hiệu gia đình văn hóa năm 2022"
H09_4_T2 = "dọn vệ sinh, chăm sóc tuyến đường hoa của ấp"
H09_M4 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II/2022"),
        C("Chuyên đề: " + H09_TOPIC, bold=False, italic=True),
        G(4),
        P("Thời gian: từ 19 giờ 00 đến 20 giờ 15 ngày 20/6/2022. Địa điểm: Văn phòng ấp Mỹ Lợi. Có mặt 17/17 đảng viên "
          "phải dự (miễn sinh hoạt 01). Chủ trì: đồng chí Nguyễn Văn Đực, Bí thư chi bộ; thư ký: đồng chí Trần Thị "
          "Thu Sương."),
        P("Đồng chí Phan Thị Ngọc Giàu, Phó Bí thư chi bộ, trình bày chuyên đề: kết quả 05 năm thực hiện cuộc vận động "
          "“Toàn dân đoàn kết xây dựng đời sống văn hóa” ở ấp; những tiêu chí ấp văn minh còn thiếu (nhà tiêu hợp vệ "
          "sinh, rác thải sinh hoạt, tang lễ kéo dài); vai trò nêu gương của đảng viên trong gia đình và tổ nhân dân."),
        P("Đồng chí Lý Văn Sang nói: đám tang trong ấp vẫn còn để nhiều ngày, đãi tiệc lớn, đảng viên phải vận động "
          "gia "
          "đình mình làm trước. Đồng chí Ngô Thị Lụa nói: tuyến đường hoa do phụ nữ trồng năm ngoái nay bỏ hoang, cần "
          "giao cho đoàn thể chăm sóc."),
        P("Đồng chí Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi gia đình đảng viên phải đạt gia đình "
          "văn "
          "hóa, thực hiện tang lễ văn minh. Đề nghị đồng chí Nguyễn Hữu Nghĩa " + H09_4_T1 + ", hoàn thành trước Tết "
          "Trung thu. Chi đoàn ấp phụ trách " + H09_4_T2 + ", mỗi tháng một lần."),
        P("Chi bộ biểu quyết thông qua nội dung chuyên đề và kết luận: 17/17 đồng chí tán thành (100%). Kết thúc lúc "
          "20 giờ 15 phút, biên bản đã đọc lại và được thông qua."),
        H09_SIGN,
    ],
    "truth": minute(
        meeting("thematic", "2022-06-20", "19:00", "20:15", "Văn phòng ấp Mỹ Lợi", H09_CELL, H09_COM, topic=H09_TOPIC),
        "Nguyễn Văn Đực", "Bí thư chi bộ", "Trần Thị Thu Sương",
        att(18, 17, 0, 0, 0, 1),
        True,
        [vote("Nội dung chuyên đề và kết luận", 17, None, None, 100)],
        [task("Nguyễn Hữu Nghĩa", H09_4_T1, "Tết Trung thu"),
         task("Chi đoàn ấp", H09_4_T2, "mỗi tháng một lần")],
        ["short_meeting"]),
}
# 5 — July: the third unexcused absence of the year, 15 of 17
H09_5_T1 = "gặp, nhắc nhở đồng chí Trần Văn Lượm, báo cáo Đảng ủy xã"
H09_5_T2 = "vận động các hộ góp kinh phí làm cầu Mương Khai"
H09_5_T3 = "thu đảng phí và báo cáo số đảng viên nộp đảng phí"
H09_M5 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2022"),
        G(4),
        L("- Thời gian: 19 giờ 30 phút, ngày 05/7/2022; địa điểm: Văn phòng ấp Mỹ Lợi."),
        L("- Đảng viên: tổng số 18, miễn sinh hoạt 01, có mặt 15/17; vắng 02: Ngô Thị Lụa (đi đám giỗ ở Cao Lãnh, có "
          "xin phép), Trần Văn Lượm (không báo)."),
        L("- Chủ trì: Nguyễn Văn Đực, Bí thư chi bộ; thư ký: Trần Thị Thu Sương."),
        L("* Đánh giá tháng 6:", bold=True),
        P("Dân các tổ 4, 5, 6 thống nhất góp 30% kinh phí làm cầu Mương Khai, phần còn lại đề nghị xã hỗ trợ; tranh "
          "chấp ranh đất ở tổ 3 đã hòa giải thành; 10/10 tổ nhân dân tự quản đã đăng ký gia đình văn hóa."),
        L("* Ý kiến:", bold=True),
        L("+ Đ/c Nguyễn Hữu Nghĩa: còn 11 hộ chưa góp tiền làm cầu, phần lớn là hộ làm thuê, đề nghị cho góp dần."),
        L("+ Đ/c Huỳnh Văn Mến: sâu đục trái xoài xuất hiện ở tổ 2, nên mời cán bộ nông nghiệp xã về hướng dẫn."),
        L("* Kết luận của đ/c Bí thư:", bold=True),
        P("Cho các hộ khó khăn góp dần tiền làm cầu đến cuối năm. Đồng chí Trần Văn Lượm đã ba lần vắng sinh hoạt "
          "không lý do trong năm (tháng 3, tháng 4 và kỳ này), chi bộ sẽ xem xét theo Điều lệ Đảng."),
        L("* Phân công:", bold=True),
        L("+ Giao đồng chí Nguyễn Văn Đực và đồng chí Phan Thị Ngọc Giàu " + H09_5_T1 + " chậm nhất 31/7/2022."),
        L("+ Đồng chí Nguyễn Hữu Nghĩa chịu trách nhiệm " + H09_5_T2 + " trước rằm tháng Bảy."),
        L("+ Đồng chí Trần Thị Thu Sương có trách nhiệm " + H09_5_T3 + " hằng tháng."),
        L("* Biểu quyết: tán thành 15/15; không tán thành: không.", bold=True),
        L("Họp xong lúc 21 giờ 10 phút, biên bản đã đọc lại và được chi bộ thông qua."),
        H09_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2022-07-05", "19:30", "21:10", "Văn phòng ấp Mỹ Lợi", H09_CELL, H09_COM),
        "Nguyễn Văn Đực", "Bí thư chi bộ", "Trần Thị Thu Sương",
        att(18, 15, 2, 1, 1, 1, [("Ngô Thị Lụa", "đi đám giỗ ở Cao Lãnh, có xin phép", True),
                                 ("Trần Văn Lượm", "không báo", False)]),
        True,
        [vote("Kết luận tháng 7/2022", 15, 0)],
        shared(["Nguyễn Văn Đực", "Phan Thị Ngọc Giàu"], H09_5_T1, "31/7/2022")
        + [task("Nguyễn Hữu Nghĩa", H09_5_T2, "rằm tháng Bảy"),
           task("Trần Thị Thu Sương", H09_5_T3, "hằng tháng")],
        ["low_attendance", "unexcused_absence"]),
}
DOCS.append({
    "name": "h09-tiengiang-ap-book-mar-jul-2022", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.25,
              "head": "Sổ biên bản Chi bộ ấp Mỹ Lợi – năm 2022", "head_align": "right", "foot": "- {n} -"},
    "between": 18,
    "minutes": [H09_M1, H09_M2, H09_M3, H09_M4, H09_M5],
    "flags": ["missing_month", "repeated_absence"],
})


# =================================================================================================
# h10 — minute BOOK, Hồ Chí Minh City (phường An Khánh, after the 2025 merger), a residential-quarter
# cell, January–March 2026: three regular meetings and no thematic one in the quarter
# =================================================================================================
H10_CELL, H10_COM = "CHI BỘ KHU PHỐ 12", "ĐẢNG ỦY PHƯỜNG AN KHÁNH"
H10_SIGN = S(["THƯ KÝ", "", "Hồ Minh Quang"], ["BÍ THƯ", "", "Đinh Thị Phương Thảo"])
H10_VOTE_COLS = [(0.49, "Nội dung", "l"), (0.15, "Tán thành", "c"), (0.19, "Không tán thành", "c"),
                 (0.17, "Ý kiến khác", "c")]
H10_TASK_COLS = [(0.50, "Nội dung công việc", "l"), (0.30, "Người thực hiện", "l"), (0.20, "Thời gian", "l")]
# 1 — January: field rows, a vote table and a task table without a TT column
H10_1_T1 = ("Lập danh sách 27 hộ nghèo, hộ khó khăn, người cao tuổi neo đơn đề nghị phường tặng quà Tết; phối hợp "
            "Ban điều hành khu phố trao quà tận nhà")
H10_1_T2 = "Rà soát, đối chiếu danh sách cử tri tại 05 tổ dân phố, báo cáo Tổ bầu cử"
H10_1_T3 = ("Kiểm tra bình chữa cháy, lối thoát hiểm tại chung cư Lô C; nhắc các hộ không để xe, hàng hóa ở hành "
            "lang")
H10_1_T4 = "Theo dõi, giúp đỡ 02 quần chúng ưu tú là đoàn viên Chi đoàn khu phố"
H10_M1 = {
    "blocks": [
        HD(["ĐẢNG ỦY PHƯỜNG AN KHÁNH", H10_CELL, "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 08 tháng 01 năm 2026"]),
        G(8),
        C("BIÊN BẢN"),
        C("Sinh hoạt chi bộ thường kỳ tháng 01/2026"),
        G(4),
        ("row", [(0, "Thời gian: 18 giờ 30 phút, ngày 08/01/2026"), (265, "Địa điểm: Hội trường khu phố 12")]),
        ("row", [(0, "Chủ trì: đ/c Đinh Thị Phương Thảo, Bí thư"), (265, "Thư ký: đ/c Hồ Minh Quang")]),
        L("Đảng viên: tổng số 31; miễn sinh hoạt 06; phải dự 25; có mặt 23; vắng 02 (đ/c Võ Thanh Bình – đi công tác "
          "Đà Nẵng; đ/c Lương Thị Mai – chăm chồng nằm viện)."),
        H("I. THÔNG TIN"),
        P("Đồng chí Bí thư thông tin kế hoạch của Ủy ban bầu cử phường về bầu cử đại biểu Quốc hội khóa XVI và đại "
          "biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031; lịch trực Tết Nguyên đán Bính Ngọ của Đảng ủy phường; "
          "nhắc đảng viên đóng đảng phí năm 2026 theo mức mới."),
        H("II. KẾT QUẢ THÁNG 12/2025, NHIỆM VỤ THÁNG 01/2026"),
        P("Tháng 12/2025 khu phố không phát sinh điểm nóng về an ninh trật tự; thu đảng phí năm 2025 đạt 100%; vận "
          "động được 42 triệu đồng cho Quỹ “Vì người nghèo”. Tháng 01/2026 tập trung chăm lo Tết cho hộ khó khăn, "
          "chuẩn bị bầu cử, phòng cháy chữa cháy ở chung cư và nhà trọ."),
        H("III. THẢO LUẬN"),
        L("- Đ/c Trần Thị Kim Phượng: có 04 hộ mới chuyển đến chung cư Lô C thuộc diện khó khăn, chưa có trong danh "
          "sách tặng quà."),
        L("- Đ/c Nguyễn Thành Đạt: hành lang tầng 3, tầng 5 Lô C để xe máy chắn lối thoát hiểm, phải nhắc nhở ngay."),
        L("- Đ/c Lý Gia Hân (Bí thư Chi đoàn): chi đoàn có 02 đoàn viên ưu tú, đề nghị chi bộ cử người giúp đỡ."),
        H("IV. KẾT LUẬN"),
        P("Đồng chí Bí thư kết luận: thống nhất các ý kiến; không để hộ khó khăn nào không có Tết; bảo đảm an toàn "
          "phòng cháy ở chung cư; chuẩn bị chu đáo cho bầu cử. Phân công theo bảng tại mục VI."),
        H("V. BIỂU QUYẾT"),
        TB(H10_VOTE_COLS, [["Kết luận và nhiệm vụ tháng 01/2026", "23", "0", "0"]], head_center=True),
        H("VI. PHÂN CÔNG"),
        TB(H10_TASK_COLS, [[H10_1_T1, "Đ/c Trần Thị Kim Phượng, đ/c Nguyễn Thành Đạt", "Trước Tết Bính Ngọ"],
                           [H10_1_T2, "Đ/c Hồ Minh Quang", "Trước 31/01/2026"],
                           [H10_1_T3, "Tổ phòng cháy chữa cháy cơ sở", "Hằng tuần"],
                           [H10_1_T4, "Chi đoàn khu phố và đ/c Lý Gia Hân", "Quý I/2026"]]),
        P("Kết thúc lúc 20 giờ 30 phút. Biên bản đã được đọc lại và thông qua với sự nhất trí của các đồng chí dự "
          "họp."),
        H10_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2026-01-08", "18:30", "20:30", "Hội trường khu phố 12", H10_CELL, H10_COM),
        "Đinh Thị Phương Thảo", "Bí thư", "Hồ Minh Quang",
        att(31, 23, 2, 2, 0, 6, [("Võ Thanh Bình", "đi công tác Đà Nẵng", True),
                                 ("Lương Thị Mai", "chăm chồng nằm viện", True)]),
        True,
        [vote("Kết luận và nhiệm vụ tháng 01/2026", 23, 0, 0)],
        shared(["Trần Thị Kim Phượng", "Nguyễn Thành Đạt"], H10_1_T1, "Tết Bính Ngọ")
        + [task("Hồ Minh Quang", H10_1_T2, "31/01/2026"),
           task("Tổ phòng cháy chữa cháy cơ sở", H10_1_T3, "Hằng tuần")]
        + shared(["Chi đoàn khu phố", "Lý Gia Hân"], H10_1_T4, "Quý I/2026"),
        []),
}
# 2 — February, before Tết: terse, tasks inside the conclusion, 80 minutes, never read back
H10_2_T1 = "trực an ninh, phòng cháy tại chung cư Lô C"
H10_2_T2 = "treo cờ, trang trí đường hẻm"
H10_2_T3 = "thăm hỏi 03 đảng viên miễn sinh hoạt đang bị bệnh"
H10_M2 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2026"),
        G(4),
        L("Thời gian: 18 giờ 30 phút ngày 05/02/2026. Địa điểm: Hội trường khu phố 12."),
        L("Có mặt 23/25 đồng chí phải dự (06 đồng chí miễn sinh hoạt); vắng: đ/c Võ Thanh Bình, đ/c Phan Quốc Huy (về "
          "quê sớm ăn Tết)."),
        L("Chủ trì: đ/c Đinh Thị Phương Thảo, Bí thư chi bộ. Thư ký: đ/c Hồ Minh Quang."),
        P("Đồng chí Bí thư báo cáo: đã trao 31 phần quà Tết (thêm 04 hộ mới ở Lô C); danh sách cử tri 05 tổ dân phố đã "
          "rà soát xong, niêm yết đúng hạn; Lô C đã dọn thông lối thoát hiểm."),
        P("Ý kiến: đ/c Trần Thị Kim Phượng đề nghị tổ chức trực đêm trong những ngày Tết vì nhiều hộ về quê; đ/c "
          "Nguyễn Thành Đạt đề nghị các tổ dân phố treo cờ sớm."),
        P("Đồng chí Bí thư kết luận: khu phố đón Tết an toàn, tiết kiệm. Đ/c Nguyễn Thành Đạt phụ trách " + H10_2_T1 +
          " trong những ngày Tết; Tổ dân phố 3 và Tổ dân phố 4 nhận " + H10_2_T2 + " trước ngày 14/02/2026; đ/c Lý "
          "Gia Hân đảm nhận " + H10_2_T3 + ", ngay sau Tết."),
        P("Chi bộ biểu quyết nhất trí 100%. Cuộc họp kết thúc lúc 19 giờ 50 phút."),
        H10_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2026-02-05", "18:30", "19:50", "Hội trường khu phố 12", H10_CELL, H10_COM),
        "Đinh Thị Phương Thảo", "Bí thư chi bộ", "Hồ Minh Quang",
        att(31, 23, 2, 2, 0, 6, [("Võ Thanh Bình", "về quê sớm ăn Tết", True),
                                 ("Phan Quốc Huy", "về quê sớm ăn Tết", True)]),
        True,
        [vote("Kết luận tháng 02/2026", pct=100)],
        [task("Nguyễn Thành Đạt", H10_2_T1, "những ngày Tết")]
        + shared(["Tổ dân phố 3", "Tổ dân phố 4"], H10_2_T2, "14/02/2026")
        + [task("Lý Gia Hân", H10_2_T3, "ngay sau Tết")],
        ["not_approved", "short_meeting"]),
}
# 3 — March, before the election: an opinions table; only look-alike tasks
H10_OPINION_COLS = [(0.30, "Họ tên", "l"), (0.70, "Ý kiến", "l")]
H10_M3 = {
    "blocks": [
        HD(["ĐẢNG ỦY PHƯỜNG AN KHÁNH", H10_CELL, "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 06 tháng 3 năm 2026"]),
        G(6),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2026"),
        G(4),
        P("Vào lúc 18 giờ 30 phút ngày 06/3/2026, tại Hội trường khu phố 12, Chi bộ Khu phố 12 sinh hoạt thường kỳ "
          "tháng "
          "3/2026 do đồng chí Đinh Thị Phương Thảo, Bí thư chi bộ chủ trì, đồng chí Hồ Minh Quang làm thư ký. Có mặt "
          "24/25 đồng chí phải dự (06 đồng chí miễn sinh hoạt); vắng đ/c Lương Thị Mai (đi nước ngoài thăm con, đã "
          "báo chi ủy)."),
        P("Đồng chí Bí thư báo cáo: đồng chí Hồ Minh Quang đã hoàn thành niêm yết danh sách cử tri tại 05 tổ dân phố; "
          "khu phố đón Tết an toàn, không có cháy nổ. Nhiệm vụ tháng 3 là bảo đảm ngày bầu cử 15/3/2026 thành công: "
          "tổ chức vệ sinh môi trường, trang trí khu vực bỏ phiếu trước ngày 14/3/2026; vận động cử tri đi bầu đầy "
          "đủ. Các đồng chí đảng viên là thành viên Tổ bầu cử khu vực bỏ phiếu số 27 thực hiện nhiệm vụ theo quyết "
          "định của Ủy ban nhân dân phường."),
        L("Ý kiến thảo luận:"),
        TB(H10_OPINION_COLS, [
            ["Đ/c Trần Thị Kim Phượng",
             "Lô C có 04 cử tri cao tuổi đi lại khó khăn; tôi xin nhận chở các cụ đi bỏ phiếu sáng 15/3."],
            ["Đ/c Nguyễn Thành Đạt",
             "Đề nghị mở loa tuyên truyền vào buổi tối vì ban ngày người dân đi làm."],
        ]),
        P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 3; việc bầu cử là nhiệm vụ chính trị trọng tâm. "
          "Đề nghị mỗi đảng viên vận động gia đình, bà con hàng xóm đi bầu cử đầy đủ, đúng giờ; các tổ dân phố tiếp "
          "tục giữ gìn vệ sinh, an ninh khu vực bỏ phiếu."),
        P("Tán thành 24/24, đạt 100%."),
        P("Buổi sinh hoạt kết thúc lúc 20 giờ 40 phút; biên bản đã được đọc lại, các đồng chí dự họp nhất trí thông "
          "qua."),
        H10_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2026-03-06", "18:30", "20:40", "Hội trường khu phố 12", H10_CELL, H10_COM),
        "Đinh Thị Phương Thảo", "Bí thư chi bộ", "Hồ Minh Quang",
        att(31, 24, 1, 1, 0, 6, [("Lương Thị Mai", "đi nước ngoài thăm con, đã báo chi ủy", True)]),
        True,
        [vote("Nhiệm vụ tháng 3/2026", 24, None, None, 100)],
        [],
        ["missing_assignments"]),
}
DOCS.append({
    "name": "h10-hcm-ankhanh-book-q1-2026", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": False, "indent": 18, "spacing": 1.3,
              "foot": "Trang {n}/{N}", "head": "Chi bộ Khu phố 12 – Sổ ghi biên bản năm 2026"},
    "between": 22,
    "minutes": [H10_M1, H10_M2, H10_M3],
    "flags": ["no_thematic_in_quarter"],
    "scans": [{"name": "h12-hcm-ankhanh-book-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 1212,
               "dpi": 200}],
})
