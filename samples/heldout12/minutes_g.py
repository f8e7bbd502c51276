"""Held-out set 12, writer g (dev/, `g…`): the North, the North-Central coast and the Central Highlands, 2016–2026.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, the other writers' modules or the earlier sets' minute texts and truth files, and without running the
extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely;
the paperwork follows /work/shared/DOMAIN.md. The set's theme is the page's layout and the task assignments: ruled
tables for any part of a minute, forms, nested numbering, headings or none, parts in an unusual order, and tasks in
every form, with the things that only look like tasks.

Files (name -> what varies -> minute flags / book flags):

- g01-bacgiang-lychee-rollcall-table-unexcused -> Bắc Giang (Lục Ngạn) village cell in the lychee harvest, June
  2019; Serif 12.5 justified, "Trang n/N"; "I.–VI." capital headings, italic "1.–3." sub-heads; 2 exempt named in
  prose, then a ruled roll-call table "TT | Họ và tên | Có mặt | Vắng | Lý do vắng" of the 20 members due, ticks
  "x", one absentee with a reason cell ("Đi làm ở KCN Quang Châu") and one with the reason cell left empty; the
  count line "Có mặt 18/20 …, đạt 90%" (exactly the bar); a guest who speaks; vote by hands 18/18 (100%); a task
  table "TT | Nội dung công việc | Người thực hiện | Phối hợp | Thời gian hoàn thành" (wrapping task cells, two
  members in one cell, a group, "Đồng chí Trưởng thôn" by role, an empty "Phối hợp" cell, "Trước 15/6/2019",
  "Hằng ngày trong vụ vải", "Chủ nhật hằng tuần", "Thường xuyên") that runs over the page break; 3 pages
  -> unexcused_absence / —
- g02-thanhhoa-printed-form-2016-dots -> Thanh Hóa (Hoằng Hóa) village, November 2016, a printed form typed in
  (DejaVu Serif 11.5, ragged): fixed fields "I.–III." / "1.–6." filled by the clerk, "Chủ trì … | Chức vụ: …" on
  two-column lines, the guest field and "Ý kiến khác: ………" left as dots, "(Ký, ghi rõ họ tên)" under both titles;
  old tone placement ("hoá", "uỷ", "khoá"); counts with the absentees and reasons in one field; "6. Phân công thực
  hiện" as dash lines: a role ("Đ/c Phó Bí thư chi bộ phụ trách …"), a body ("chịu trách nhiệm … xong trước
  20/11"), two members ("… trước ngày 25 tháng 11"), a member with his job in brackets ("có trách nhiệm"), and a
  call to all members -> unfilled_template / —
- g03-nghean-fishing-hamlet-noheadings-80min -> Nghệ An (Quỳnh Lưu) fishing hamlet, April 2022, the IUU yellow
  card and Covid; Liberation Sans 11.5 justified; one page, no headings at all: six long paragraphs (opening with
  chair, secretary and counts; news and review; four named opinions in one paragraph, one of them a member's own
  promise; the conclusion with four tasks inside it, each with the verb after the name or "đề nghị đồng chí …",
  deadlines "trước ngày 20-4-2022", "xong trước rằm tháng Ba âm lịch", "sau mỗi chuyến biển", "trong 15 ngày";
  "Toàn thể đảng viên là chủ tàu …"); two absentees sharing one reason; 14:00–15:20 -> short_meeting / —
- g04-hatinh-school-thematic-opinion-vote-tables-clean -> Hà Tĩnh (Cẩm Xuyên) lower-secondary school, Q1/2025
  thematic with a "Chuyên đề:" line; Serif 13; time and place on one two-column line; a ruled opinion table "TT |
  Họ và tên | Nội dung ý kiến" (one row a member's own offer); tasks "a)–đ)" inside the conclusion ("Giao … chủ trì
  …, phối hợp với …", two heads of department "chịu trách nhiệm", "Chi đoàn giáo viên đảm nhận", "có trách nhiệm",
  "Chi ủy chịu trách nhiệm"); a ruled vote table "Nội dung biểu quyết | Tán thành | Không tán thành | Ý kiến khác"
  of two rows (the conclusion 16/16, a full-membership vote 14/14 of the official members) -> — / —
- g05-quangbinh-flood-terse-no-vote -> Quảng Bình (Quảng Ninh), the October 2020 flood; one terse page, a few lines
  a part, "V/v" line under the title; old tone placement ("UỶ", "Hoè", "Thuỷ"); "Đảng viên: 24/26 đ/c"; "+" task
  lines: three members with the militia "cho đến khi nước rút", "Đ/c Trưởng thôn … trong 3 ngày", two groups in
  one line "ngay trong ngày 22/10", a member with no time, "sau khi nước rút"; a petition to the commune; no vote;
  ends "Họp xong lúc …" -> missing_vote, not_approved / —
- g06-gialai-rubber-agenda-table-tasks-before-vote-low -> Gia Lai (Chư Prông) rubber plantation cell of a company,
  December 2024; Jrai names; the committee over two header lines; right-aligned running head, "- n -"; an agenda
  table "TT | Nội dung | Người thực hiện"; a Party guest; the task table comes BEFORE the vote, with the assignee
  column first "Người/bộ phận thực hiện | Nội dung công việc | Thời hạn" and breaks over pages 1–2 (two groups in
  one cell, two members in one cell, "Trước Tết Nguyên đán Ất Tỵ", "Hằng đêm", a last row "Toàn thể đảng viên"
  with an empty deadline); the vote is on the direction and the task table; the Bí thư's conclusion is the last
  paragraph; "(Đã ký, đóng dấu)" and the seal's text typed under the signatures; 18 of 22 present, all excused
  -> low_attendance / —
- g07-hanoi-military-office-nested-numbering-clean -> Hà Nội (Ba Vì), the district military command's office
  cell, November 2024 (call-up, exercise documents after storm Yagi); DejaVu Serif 11.5, "Trang n/N"; ranks
  before names; every numbering style nested: "I." / "1." / "a)" / "+" / "•" / "–"; a guest of the upper committee;
  tasks after the conclusion: a role ("Đồng chí Phó Bí thư chi bộ chỉ đạo …, chậm nhất 25/11/2024"), "Đề nghị đồng
  chí Thiếu tá … hạn chót ngày 30.11.2024", a section of the command "chịu trách nhiệm … xong trước 19/11/2024", "có
  trách nhiệm … trong đợt khám tuyển", "trước kỳ họp chi bộ tháng 12"; a petition to the upper committee; vote
  "11/11 … (100%); không tán thành: không; ý kiến khác: không"; "(đã ký)"; a footnote mark "2025(1)" and its note
  after the signatures -> — / —
- g08-daklak-ede-village-lookalike-tasks-none -> Đắk Lắk (Buôn Ma Thuột) Ê Đê village cell in a ward, January
  2018; Liberation Sans 11 ragged; "A.–F." headings; an absentee table with no TT column ("Họ và tên | Lý do");
  opinions as "Name: …" and one by the guest; only look-alikes of tasks: last month's tasks reported done, a
  member's own offer ("tôi xin nhận …"), a plan of items with nobody named, "Chi ủy sẽ họp phân công cụ thể … sau",
  "Đề nghị mỗi đảng viên …", a petition to the ward's committee; vote "16/16 …, không có ý kiến khác"
  -> missing_assignments / —
- g09-kontum-bana-village-book-aug-dec-2023 -> minute BOOK of a Ba Na village cell (Kon Tum, Đăk Rơ Wa), five
  minutes on four pages typed on continuously, every one after the first mid-page under the previous signatures,
  with a title of its own and no header; Serif 12, right-aligned running head from page 2, "- n -":
    1. 08/8/2023 regular: all facts in one opening paragraph, "A Nhưm (không lý do)"; tasks inside the conclusion
       ("Giao đồng chí …, Trưởng thôn, … xong trước 31/8/2023", "… cùng Chi hội Phụ nữ thôn …", "Tổ tự quản số 1
       phụ trách … trước mùa thu hoạch mì") -> unexcused_absence
    2. 07/9/2023 regular combined with the Q3 thematic meeting ("Chuyên đề:" line), 135 min, "a)–đ)" parts; 22/22;
       a task table (two members in a cell, "Đầu năm học 2023 – 2024", "Hằng tháng", an empty cell) -> —
    3. 10/10/2023 regular: "đồng chí A Nhưm vắng không báo"; "Phân công:" with "- Đ/c X: …" lines ("hạn cuối tháng
       10", "trước ngày 20/10", "xong trước mùa khô"); the direction voted 21/21; the Bí thư only thanks and closes
       -> missing_conclusion, unexcused_absence
    4. 09/11/2023 regular, 19:30–20:45: "Chi bộ thảo luận, thống nhất với báo cáo của chi ủy"; tasks "Giao … vào
       ngày 25/11/2023", "phụ trách … trước 30/11"; "nhất trí 100%" -> no_discussion, short_meeting
    5. 12/12/2023 regular with the year-end review: an absentee table "STT | Họ và tên | Lý do vắng" ("Không có lý
       do", "Sinh con"), 20/22; two members given one task "chậm nhất 25/12/2023", "kỳ họp tháng 01/2024", "trước
       Tết Nguyên đán Giáp Thìn" -> unexcused_absence
  book -> no_thematic_in_quarter (Q4 lies wholly inside Aug–Dec and holds no thematic or combined meeting; the
  September combined one is in Q3, which the span does not hold whole), repeated_absence (A Nhưm without reason in
  August, October and December)
- g10-phutho-muong-hamlet-book-jan-apr-2026 -> minute BOOK of a Mường hamlet cell (Phú Thọ, Thu Cúc), three minutes
  on three pages, each after the first mid-page; Liberation Sans 11 ragged, centred running head from page 2,
  "Trang n"; the XIV Congress and the 15/3/2026 election:
    1. 09/01/2026 regular: "I.–V." headings, "+" opinions, "Giao nhiệm vụ:" lines (a member with his job in
       brackets "trong suốt mùa khô", two members "xong trước 15/02/2026", two bodies joined by "và" "trước Tết
       Bính Ngọ", "Đ/c Phó Bí thư phụ trách …" with no time) -> —
    2. 05/02/2026 regular combined with the Q1 thematic meeting, 19:30–21:20 (110 min, bar 120); a task table
       with the assignee column second "TT | Người thực hiện | Nội dung | Thời gian" ("Trước 10/02/2026", "Đêm 30
       Tết", "Theo lịch của Ủy ban bầu cử xã", a "Từng đảng viên" row); "tán thành 15/15, không tán thành 0,
       không biểu quyết 0" -> short_meeting
    3. 07/4/2026 regular: a note that March was skipped for the election; a ruled table of counts "Tổng số | Miễn
       sinh hoạt | Phải dự | Có mặt | Vắng" (17 / 01 / 16 / 14 / 02) then the two absentees named; "… chủ trì,
       phối hợp với đ/c … , hằng tuần", "Đề nghị đồng chí … trong quý II/2026", "… sau khi có mưa đầu mùa"; ends
       with the closing time only -> low_attendance, not_approved
  book -> missing_month (March; Q1 has the February combined meeting, Q2 is not wholly inside Jan–Apr)
- g11-gialai-rubber-scan-moderate -> image-only twin of g06, moderate, 200 dpi, 2 pages (the task table across the
  page break under OCR) -> as g06
- g12-phutho-muong-hamlet-book-scan-photocopy -> image-only twin of the g10 book, photocopy, 200 dpi, 3 pages
  -> as g10

Labelling decisions where the conventions leave room:
- Roll-call table (g01): a row ticked under "Vắng" is an absentee, `reason` the reason cell as written; an empty
  reason cell gives reason null and excused false (as for absentee tables); exempt members named in the prose
  above the table are exempt, not rows. A ruled table of counts (g10-3) is read like prose.
- No assignment: an agenda table's "Người thực hiện" column (g06); a "Phối hợp" column (g01); a task-table row
  for "Toàn thể đảng viên" / "Từng đảng viên" (g06, g10-2); a member's own promise or offer, in prose or in a
  row of an opinion table (g03, g04, g08); last month's tasks reported done; plan items with nobody named; "chi ủy
  sẽ … phân công cụ thể … sau"; "Đề nghị mỗi đảng viên / các đồng chí đảng viên …"; petitions to the committee
  above (g05, g07, g08). "Đề nghị đồng chí <name> …" naming one member is an assignment (g03, g07, g10-3).
- Assignees: two or three members in one sentence, line or table cell give one assignment each, in written
  order, with the same task and deadline (g01, g02, g04, g05, g06, g09, g10); two bodies joined by "," or "và"
  give one each, as written (g05, g06, g10-1). "A chủ trì, phối hợp với B …" and "A cùng <body> …" give A only;
  the partner's words stay in the task. A role with no name ("Đồng chí Trưởng thôn", "Đ/c Phó Bí thư chi bộ",
  "Đ/c Phó Bí thư") is the assignee as written without the title; I used roles only where no member is named in
  that role in the same minute. A job after the name, in brackets or after a comma ("(Trưởng thôn)", ", tổ
  trưởng tổ đoàn kết số 2,", "(Tổ trưởng tổ bảo vệ rừng)"), and ranks are no part of the name.
- Task text: in prose, the action after the verb of giving ("Giao", "phụ trách", "chịu trách nhiệm", "có trách
  nhiệm", "đảm nhận", "đề nghị đồng chí …" are dropped; "chủ trì", "chỉ đạo", "cùng …" are kept as the action)
  up to the deadline phrase; in a table, the cell as written.
- Deadlines drop the words in front ("trước", "trước ngày", "xong trước", "chậm nhất", "hạn chót ngày", "hạn",
  "trong" before a length or a period, "cho đến"): "hạn chót ngày 30.11.2024" -> "30.11.2024", "hạn cuối tháng 10"
  -> "cuối tháng 10", "cho đến khi nước rút" -> "khi nước rút", "trong 3 ngày" -> "3 ngày", "trong suốt mùa khô"
  -> "suốt mùa khô"; dates keep their separators ("20-4-2022"). "ngày" stays when the date is in words ("trước
  ngày 25 tháng 11" -> "ngày 25 tháng 11") and after "vào" / "ngay trong" ("vào ngày 25/11/2023" -> "ngày
  25/11/2023", "ngay trong ngày 22/10" -> "ngày 22/10"). "sau …" is kept whole ("sau mỗi chuyến biển", "sau khi
  nước rút", "sau mỗi đợt khảo sát"); a frequency with its days is kept ("chiều thứ Ba, thứ Năm hằng tuần"); a
  frequency after a comma at the end of a task line is its deadline ("…, hằng tuần"). Table cells are as written
  except a leading "Trước", which is dropped as in heldout2 ("Trước 25/12/2024" -> "25/12/2024", "Trước Tết
  Nguyên đán Ất Tỵ" -> "Tết Nguyên đán Ất Tỵ"); other cell words stay ("Hằng ngày trong vụ vải", "Đầu năm học
  2023 – 2024", "Đêm 30 Tết", "Theo lịch của Ủy ban bầu cử xã"); an empty cell is null; "… năm 2026" that is part
  of the job ("thu đảng phí năm 2026") is no deadline.
- Votes: each row of a vote table is one resolution; "16/16" in the "Tán thành" cell is for 16, "0" cells are 0,
  no percentage written -> null (g04). "… không có ý kiến khác" after a count is abstain 0 (g08). "18/18 … tán
  thành, đạt 100%" -> 18 / null / null / 100. A vote on the direction and the task table, followed by the chair's
  conclusion as the last paragraph (g06), is the minute's resolution: no missing_vote, conclusion true.
- Conclusion: the chair who only thanks and closes after a "Phân công" list and a vote on the direction (g09-3)
  gives no conclusion; the list still gives assignments and the vote is a resolution.
- "(Đã ký, đóng dấu)", "(đã ký)", the seal's typed text under the signatures and a footnote after them are page
  text of the minute and change no label. A guest who speaks is a guest with the role written after the dash.
- Chair role as written: "Bí thư" where the page says only that (g05). A shared reason after two names is each
  one's, the note inside it kept ("…, đã báo với chi ủy trước khi đi biển", g03). "có báo" inside a reason is kept.
- Books: a minute without a header takes the book's cell and committee; every minute states its exempt members, so
  the total stays 24 (g09) / 17 (g10). March, explained away by the election in the April minute, is still a
  missing month (g10). A year-end review held in the December meeting is `regular`, topic null (g09-5).
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []


def att(total, present, absent=0, exc=0, unexc=0, exempt=0, absentees=(), guests=()):
    assert present + absent + exempt == total and exc + unexc == absent
    return {"total": total, "present": present, "absent": absent, "absent_excused": exc,
            "absent_unexcused": unexc, "exempt": exempt, "absentees": list(absentees), "guests": list(guests)}


def ab(name, reason, excused):
    return {"name": name, "reason": reason, "excused": excused}


def gu(name, role):
    return {"name": name, "role": role}


def R(cells, **kw):          # one line of cells at fixed x positions (a two-column line of a form)
    return ("row", cells, kw)


# =================================================================================================
# g01 — Bắc Giang (Lục Ngạn), village cell in the lychee harvest; a roll-call table with ticks and
# an empty reason cell; a task table with a "Phối hợp" column, two people in one cell, a group, a role.
# =================================================================================================

ROSTER_COLS = [(0.07, "TT", "c"), (0.39, "Họ và tên", "l"), (0.11, "Có mặt", "c"), (0.09, "Vắng", "c"),
               (0.34, "Lý do vắng", "l")]
_g01_roster = [
    ("Hoàng Văn Thắm", ""), ("Lương Thị Hải Yến", ""), ("Vi Văn Cường", ""), ("Giáp Thị Nguyệt", ""),
    ("Lục Văn Huấn", ""), ("Hoàng Đức Mạnh", ""), ("Chu Văn Khởi", None), ("Thân Văn Bình", ""),
    ("Nông Thị Thanh", ""), ("Hà Văn Toản", ""), ("Lương Văn Sinh", ""), ("Vi Thị Hồng", ""),
    ("Giáp Văn Đông", "Đi làm ở KCN Quang Châu"), ("Hoàng Văn Lợi", ""), ("Thân Thị Mến", ""),
    ("Lục Thị Duyên", ""), ("Chu Văn Tiến", ""), ("Nông Văn Điệp", ""), ("Hà Thị Thu", ""), ("Vi Văn Hưng", ""),
]
_g01_rows = [[str(i), n, "x", "", ""] if r == "" else [str(i), n, "", "x", r or ""]
             for i, (n, r) in enumerate(_g01_roster, 1)]

DOCS.append({
    "name": "g01-bacgiang-lychee-rollcall-table-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 26, "spacing": 1.25,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ QUÝ SƠN", "CHI BỘ THÔN ĐỒNG VÀNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quý Sơn, ngày 08 tháng 6 năm 2019"], bold_left=(1,)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6 NĂM 2019"),
            G(6),
            P("Vào hồi 19 giờ 30 phút ngày 08/6/2019, tại nhà văn hóa thôn Đồng Vàng, Chi bộ thôn Đồng Vàng tiến "
              "hành sinh hoạt thường kỳ tháng 6 năm 2019."),
            H("I. THÀNH PHẦN DỰ HỌP"),
            L("1. Chủ trì: đồng chí Hoàng Văn Thắm – Bí thư chi bộ."),
            L("2. Thư ký: đồng chí Lương Thị Hải Yến – Chi ủy viên."),
            L("3. Đại biểu dự: đồng chí Nông Văn Chiến – Đảng ủy viên, phụ trách địa bàn thôn."),
            P("4. Đảng viên: tổng số 22 đồng chí, trong đó 02 đồng chí được miễn sinh hoạt là đ/c Tô Văn Lập và "
              "đ/c Hà Văn Quýnh (tuổi cao, sức yếu); số đảng viên phải dự 20 đồng chí. Điểm danh cụ thể:",
              indent=0),
            T(ROSTER_COLS, _g01_rows),
            L("Có mặt 18/20 đồng chí phải dự, đạt 90%; vắng 02 đồng chí."),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự", italic=True),
            P("Đồng chí Bí thư thông tin: vải thiều năm nay được mùa, toàn huyện ước trên 150 nghìn tấn, vải sớm "
              "đã thu hoạch từ cuối tháng 5, giá đầu vụ từ 25 đến 30 nghìn đồng/kg. Đảng ủy xã có Công văn số "
              "45-CV/ĐU chỉ đạo các chi bộ tập trung giữ an ninh trật tự, an toàn giao thông và vệ sinh an toàn "
              "thực phẩm trong mùa vải, không để thương lái ép giá."),
            L("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 5", italic=True),
            P("- Các hộ đã phun xong thuốc phòng trừ sâu đục cuống quả đợt 2; 46 hộ đăng ký sản xuất vải theo "
              "tiêu chuẩn VietGAP, tăng 9 hộ so với năm trước."),
            P("- Hoàn thành 350 m đường bê tông ngõ xóm Đồng Bến theo tiêu chí nông thôn mới, nhân dân đóng góp "
              "ngày công và trên 60 triệu đồng."),
            P("- Thu đảng phí tháng 4, tháng 5 đạt 100%."),
            P("- Tồn tại: còn hộ vứt vỏ chai, bao bì thuốc bảo vệ thực vật ở bờ ruộng, bờ suối; một số xe chở "
              "vải đỗ tràn ra đường liên thôn vào buổi chiều."),
            L("3. Phương hướng nhiệm vụ tháng 6", italic=True),
            P("Tập trung thu hoạch, tiêu thụ vải chính vụ; giữ gìn an ninh trật tự; thu gom bao bì thuốc bảo vệ "
              "thực vật; chuẩn bị hồ sơ đề nghị kết nạp quần chúng Thân Văn Hiếu vào Đảng."),
            H("III. THẢO LUẬN"),
            P("- Đồng chí Vi Văn Cường: đề nghị chi bộ nhắc các hộ ghi chép đầy đủ nhật ký phun thuốc, vì năm "
              "nay các công ty thu mua vải xuất khẩu đi Nhật, đi Mỹ kiểm tra rất kỹ."),
            P("- Đồng chí Giáp Thị Nguyệt: chiều nào xe tải cũng đỗ kín ngã ba Đồng Vàng, học sinh đi học thêm "
              "về rất nguy hiểm, cần bố trí người phân luồng."),
            P("- Đồng chí Nông Văn Chiến, Đảng ủy viên phụ trách thôn: ghi nhận kết quả tháng 5 của chi bộ, đề "
              "nghị chi bộ quan tâm công tác phát triển đảng viên, hiện cả xã mới kết nạp được 4 đảng viên."),
            H("IV. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đồng chí Hoàng Văn Thắm tiếp thu ý kiến của các đồng chí và kết luận: tháng 6 chi bộ tập trung "
              "lãnh đạo thu hoạch, tiêu thụ vải an toàn, đúng tiêu chuẩn, không để xảy ra ùn tắc và mất trộm; "
              "làm tốt vệ sinh môi trường; hoàn thiện hồ sơ kết nạp đảng viên mới. Các nhiệm vụ cụ thể phân công "
              "theo bảng tại mục VI."),
            H("V. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 18/18 đồng chí có mặt tán thành, đạt 100%."),
            H("VI. PHÂN CÔNG THỰC HIỆN"),
            T([(0.06, "TT", "c"), (0.37, "Nội dung công việc", "l"), (0.21, "Người thực hiện", "l"),
               (0.17, "Phối hợp", "l"), (0.19, "Thời gian hoàn thành", "l")], [
                ["1", "Hướng dẫn các hộ ghi chép nhật ký sử dụng thuốc bảo vệ thực vật, bảo đảm vải xuất khẩu "
                      "đạt chuẩn VietGAP", "Đ/c Vi Văn Cường", "Tổ khuyến nông", "Trước 15/6/2019"],
                ["2", "Phân luồng xe chở vải tại ngã ba Đồng Vàng vào buổi chiều",
                 "Đ/c Lục Văn Huấn, đ/c Hoàng Đức Mạnh", "Công an viên, dân quân", "Hằng ngày trong vụ vải"],
                ["3", "Vận động thương lái ký cam kết không ép giá, không dùng hóa chất bảo quản ngoài danh mục",
                 "Chi hội Nông dân thôn", "Ban công tác Mặt trận", "Tháng 6/2019"],
                ["4", "Thu gom bao bì thuốc bảo vệ thực vật về bể chứa đầu cánh đồng", "Chi đoàn thôn",
                 "Chi hội Phụ nữ", "Chủ nhật hằng tuần"],
                ["5", "Nắm tình hình người lạ đến thuê nhà, thuê lán trong mùa vải", "Đồng chí Trưởng thôn",
                 "Tổ an ninh", "Thường xuyên"],
                ["6", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Thân Văn Hiếu", "Đ/c Lương Thị Hải Yến", "",
                 "30/6/2019"],
            ]),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 35 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các "
              "đồng chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Lương Thị Hải Yến"], ["T/M CHI BỘ", "BÍ THƯ", "", "Hoàng Văn Thắm"]),
        ],
        "truth": minute(
            meeting("regular", "2019-06-08", "19:30", "21:35", "nhà văn hóa thôn Đồng Vàng",
                    "CHI BỘ THÔN ĐỒNG VÀNG", "ĐẢNG BỘ XÃ QUÝ SƠN"),
            "Hoàng Văn Thắm", "Bí thư chi bộ", "Lương Thị Hải Yến",
            att(22, 18, 2, 1, 1, exempt=2,
                absentees=[ab("Chu Văn Khởi", None, False), ab("Giáp Văn Đông", "Đi làm ở KCN Quang Châu", True)],
                guests=[gu("Nông Văn Chiến", "Đảng ủy viên, phụ trách địa bàn thôn")]),
            True,
            [vote("Kết luận tháng 6/2019", 18, None, None, 100)],
            [task("Vi Văn Cường", "Hướng dẫn các hộ ghi chép nhật ký sử dụng thuốc bảo vệ thực vật, bảo đảm vải "
                                  "xuất khẩu đạt chuẩn VietGAP", "15/6/2019"),
             task("Lục Văn Huấn", "Phân luồng xe chở vải tại ngã ba Đồng Vàng vào buổi chiều",
                  "Hằng ngày trong vụ vải"),
             task("Hoàng Đức Mạnh", "Phân luồng xe chở vải tại ngã ba Đồng Vàng vào buổi chiều",
                  "Hằng ngày trong vụ vải"),
             task("Chi hội Nông dân thôn", "Vận động thương lái ký cam kết không ép giá, không dùng hóa chất bảo "
                                           "quản ngoài danh mục", "Tháng 6/2019"),
             task("Chi đoàn thôn", "Thu gom bao bì thuốc bảo vệ thực vật về bể chứa đầu cánh đồng",
                  "Chủ nhật hằng tuần"),
             task("Trưởng thôn", "Nắm tình hình người lạ đến thuê nhà, thuê lán trong mùa vải", "Thường xuyên"),
             task("Lương Thị Hải Yến", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Thân Văn Hiếu", "30/6/2019")],
            ["unexcused_absence"]),
    }],
})


# =================================================================================================
# g02 — Thanh Hóa (Hoằng Hóa), a 2016 printed form typed in: fixed numbered fields, the guest field and
# "Ý kiến khác" left as dots, "(Ký, ghi rõ họ tên)" under the titles; old tone placement.
# =================================================================================================

DOCS.append({
    "name": "g02-thanhhoa-printed-form-2016-dots", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.3, "left": 72},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HOẰNG ĐẠT", "CHI BỘ THÔN ĐẠI ĐỒNG", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hoằng Đạt, ngày 10 tháng 11 năm 2016"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 11 năm 2016", bold=False, italic=True),
            G(4),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 10 tháng 11 năm 2016."),
            L("2. Địa điểm: Nhà văn hoá thôn Đại Đồng."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên của chi bộ: 31 đồng chí; số được miễn sinh hoạt: 04 đồng chí."),
            L("- Số đảng viên phải dự: 27 đồng chí; có mặt: 25 đồng chí; vắng mặt: 02 đồng chí (có lý do: 02; "
              "không lý do: 0)."),
            L("- Họ tên đảng viên vắng mặt, lý do: Lê Văn Toản – đi làm ăn ở Bình Dương; Đỗ Thị Nhung – ốm, "
              "điều trị tại Bệnh viện huyện."),
            L("- Khách mời: ………………………………………………………"),
            R([(0, "4. Chủ trì: đồng chí Lê Đình Quý"), (250, "Chức vụ: Bí thư chi bộ")]),
            R([(0, "5. Thư ký: đồng chí Nguyễn Thị Lan"), (250, "Chức vụ: Chi uỷ viên")]),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự; phổ biến, quán triệt văn bản của cấp trên:"),
            P("Đ/c Bí thư phổ biến Nghị quyết Trung ương 4 khoá XII về tăng cường xây dựng, chỉnh đốn Đảng, "
              "những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống; Kế hoạch của Đảng uỷ xã về tổ "
              "chức Ngày hội Đại đoàn kết toàn dân tộc năm 2016 ở khu dân cư.", indent=18),
            L("2. Kiểm điểm việc thực hiện nhiệm vụ tháng trước:"),
            P("Thu hoạch xong 100% diện tích lúa mùa, năng suất ước 58 tạ/ha; gieo trồng được 21 ha ngô đông, "
              "còn 4 ha chưa làm đất do ruộng trũng. Thu các khoản đóng góp xây dựng nông thôn mới đạt 72%. Tổ "
              "hoà giải giải quyết xong 01 vụ tranh chấp lối đi giữa hai hộ ở xóm Đông. Hạn chế: việc thu nộp "
              "còn chậm, một số đảng viên chưa gương mẫu đóng góp.", indent=18),
            L("3. Ý kiến thảo luận của đảng viên:"),
            P("- Đ/c Lê Văn Hùng: 4 ha ruộng trũng xứ Đồng Sậy không kịp làm ngô thì chuyển sang trồng rau "
              "vụ đông, chi bộ nên đề nghị hợp tác xã cho mượn máy bơm.", indent=18),
            P("- Đ/c Lê Thị Vân: đề nghị công khai danh sách hộ đã nộp, chưa nộp các khoản đóng góp tại nhà văn "
              "hoá để bà con cùng biết.", indent=18),
            P("- Đ/c Nguyễn Văn Cảnh: đường nội đồng tuyến Đồng Sậy lầy lội, xe chở ngô không vào được.",
              indent=18),
            L("4. Kết luận của đồng chí chủ trì:"),
            P("Đồng chí Lê Đình Quý kết luận: tháng 11 chi bộ tập trung chỉ đạo gieo trồng hết diện tích vụ "
              "đông; đẩy nhanh thu các khoản đóng góp, công khai tại nhà văn hoá như ý kiến đ/c Vân; làm đường "
              "nội đồng Đồng Sậy; tổ chức Ngày hội Đại đoàn kết vui tươi, tiết kiệm; tổ chức cho đảng viên viết "
              "bản tự kiểm điểm theo Nghị quyết Trung ương 4.", indent=18),
            L("5. Kết quả biểu quyết:"),
            L("Tán thành: 25/25 đồng chí (100%). Không tán thành: 0. Ý kiến khác: ………"),
            L("6. Phân công thực hiện:"),
            P("- Đ/c Phó Bí thư chi bộ phụ trách tổ chức ra quân làm đường giao thông nội đồng tuyến Đồng Sậy, "
              "hoàn thành trước ngày 30/11/2016.", indent=18),
            P("- Chi hội Nông dân chịu trách nhiệm đôn đốc các hộ gieo trồng hết diện tích ngô đông, rau màu "
              "trên đất hai lúa, xong trước 20/11.", indent=18),
            P("- Đ/c Lê Văn Hùng và đ/c Lê Thị Vân rà soát hộ nghèo, hộ cận nghèo năm 2017, báo cáo chi uỷ "
              "trước ngày 25 tháng 11.", indent=18),
            P("- Đ/c Lê Đình Sơn (Trưởng thôn) có trách nhiệm tổ chức Ngày hội Đại đoàn kết ở khu dân cư, xong "
              "trước 18/11.", indent=18),
            P("- Đề nghị các đồng chí đảng viên gương mẫu nộp các khoản đóng góp trước để vận động nhân dân.",
              indent=18),
            H("III. KẾT THÚC"),
            P("Buổi sinh hoạt kết thúc hồi 16 giờ 20 phút cùng ngày. Biên bản được đọc lại cho chi bộ nghe và "
              "nhất trí thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Thị Lan"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Lê Đình Quý"]),
        ],
        "truth": minute(
            meeting("regular", "2016-11-10", "14:00", "16:20", "Nhà văn hoá thôn Đại Đồng",
                    "CHI BỘ THÔN ĐẠI ĐỒNG", "ĐẢNG BỘ XÃ HOẰNG ĐẠT"),
            "Lê Đình Quý", "Bí thư chi bộ", "Nguyễn Thị Lan",
            att(31, 25, 2, 2, 0, exempt=4,
                absentees=[ab("Lê Văn Toản", "đi làm ăn ở Bình Dương", True),
                           ab("Đỗ Thị Nhung", "ốm, điều trị tại Bệnh viện huyện", True)]),
            True,
            [vote("Kết luận tháng 11/2016", 25, 0, None, 100)],
            [task("Phó Bí thư chi bộ", "tổ chức ra quân làm đường giao thông nội đồng tuyến Đồng Sậy",
                  "30/11/2016"),
             task("Chi hội Nông dân", "đôn đốc các hộ gieo trồng hết diện tích ngô đông, rau màu trên đất hai "
                                      "lúa", "20/11"),
             task("Lê Văn Hùng", "rà soát hộ nghèo, hộ cận nghèo năm 2017, báo cáo chi uỷ", "ngày 25 tháng 11"),
             task("Lê Thị Vân", "rà soát hộ nghèo, hộ cận nghèo năm 2017, báo cáo chi uỷ", "ngày 25 tháng 11"),
             task("Lê Đình Sơn", "tổ chức Ngày hội Đại đoàn kết ở khu dân cư", "18/11")],
            ["unfilled_template"]),
    }],
})


# =================================================================================================
# g03 — Nghệ An (Quỳnh Lưu), fishing hamlet, April 2022: no headings at all, six long paragraphs; tasks
# inside the conclusion with the verb after the name; a member's own promise; 80 minutes.
# =================================================================================================

DOCS.append({
    "name": "g03-nghean-fishing-hamlet-noheadings-80min", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": True, "indent": 30, "spacing": 1.35, "para_gap": 5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ SƠN HẢI", "CHI BỘ XÓM TÂN LẬP"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sơn Hải, ngày 09 tháng 4 năm 2022"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 4/2022"),
            G(8),
            P("Hôm nay, vào lúc 14 giờ 00 phút ngày 09 tháng 4 năm 2022, tại hội trường xóm Tân Lập, chi bộ họp "
              "thường kỳ tháng 4/2022. Đồng chí Hồ Văn Bảy, Bí thư chi bộ chủ trì; đồng chí Nguyễn Thị Thu Hà, "
              "chi ủy viên ghi biên bản. Chi bộ có 23 đảng viên, 01 đồng chí được miễn sinh hoạt (đồng chí Hồ Sỹ "
              "Lượng, 86 tuổi); có mặt 20 đồng chí; vắng 02 đồng chí là Cao Văn Tài và Hồ Văn Chín đang theo tàu "
              "đánh bắt xa bờ, đã báo với chi ủy trước khi đi biển. Do dịch Covid-19 trên địa bàn còn diễn biến "
              "phức tạp nên cuộc họp được rút gọn nội dung, các đồng chí dự họp đều đeo khẩu trang."),
            P("Đồng chí Bí thư thông tin về việc thực hiện Chỉ thị số 45-CT/TW của Ban Bí thư về chống khai thác "
              "hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU); đoàn thanh tra của Ủy ban châu Âu "
              "dự kiến sang kiểm tra lần thứ tư trong năm nay, tỉnh yêu cầu không để tàu cá nào vi phạm vùng biển "
              "nước ngoài. Trong tháng 3, xóm có 31/34 tàu lắp xong thiết bị giám sát hành trình, 3 tàu chưa lắp "
              "vì chủ tàu đang nợ ngân hàng; 96% người dân từ 18 tuổi trở lên đã tiêm mũi 3 vắc xin phòng Covid-19; "
              "thu quỹ quốc phòng an ninh đạt 85%. Tồn tại là còn tàu tắt thiết bị giám sát khi ra khỏi vùng lộng, "
              "rác thải ở bến cá chưa được thu gom thường xuyên."),
            P("Chi bộ thảo luận, có bốn ý kiến. Đồng chí Cao Văn Lực cho rằng cước thuê bao thiết bị giám sát quá "
              "cao so với thu nhập của tàu nhỏ, đề nghị xã kiến nghị tỉnh hỗ trợ; đồng chí cũng hứa từ nay tàu "
              "của gia đình ra khơi sẽ không tắt thiết bị. Đồng chí Nguyễn Thị Mơ đề nghị vận động chị em bán cá "
              "ở bến không vứt túi ni lông xuống bãi. Đồng chí Hồ Văn Tám nói ba chủ tàu chưa lắp thiết bị đều ở "
              "tổ đoàn kết số 2, đồng chí nắm được hoàn cảnh từng nhà. Đồng chí Phan Văn Quế đề nghị kiểm tra nhật "
              "ký khai thác vì nhiều tàu ghi sơ sài, khi đoàn kiểm tra về thì không đủ hồ sơ truy xuất nguồn gốc."),
            P("Kết thúc thảo luận, đồng chí Hồ Văn Bảy kết luận: tháng 4 chi bộ tập trung lãnh đạo thực hiện nghiêm "
              "các quy định chống khai thác IUU, coi đây là nhiệm vụ chính trị hàng đầu; tiếp tục phòng chống dịch; "
              "giữ vệ sinh bến cá. Đồng chí Hồ Văn Tám, tổ trưởng tổ đoàn kết số 2, phụ trách vận động 03 chủ tàu "
              "lắp thiết bị giám sát hành trình trước ngày 20-4-2022; Chi hội Phụ nữ xóm chịu trách nhiệm tuyên "
              "truyền đến từng gia đình ngư dân không vi phạm vùng biển nước ngoài, xong trước rằm tháng Ba âm "
              "lịch; đề nghị đồng chí Phan Văn Quế kiểm tra nhật ký khai thác của các tàu sau mỗi chuyến biển; "
              "đồng chí Nguyễn Thị Thu Hà đảm nhận thu đảng phí quý II, nộp Đảng ủy xã trong 15 ngày. Toàn thể "
              "đảng viên là chủ tàu, thuyền trưởng phải gương mẫu đi đầu."),
            P("Chi bộ biểu quyết thông qua kết luận của đồng chí chủ trì: 20/20 đồng chí nhất trí, đạt 100%."),
            P("Cuộc họp kết thúc vào lúc 15 giờ 20 phút cùng ngày. Biên bản đã được đọc lại và thông qua trước chi "
              "bộ, không có ý kiến bổ sung."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Nguyễn Thị Thu Hà"], ["BÍ THƯ CHI BỘ", "", "", "Hồ Văn Bảy"]),
        ],
        "truth": minute(
            meeting("regular", "2022-04-09", "14:00", "15:20", "hội trường xóm Tân Lập",
                    "CHI BỘ XÓM TÂN LẬP", "ĐẢNG BỘ XÃ SƠN HẢI"),
            "Hồ Văn Bảy", "Bí thư chi bộ", "Nguyễn Thị Thu Hà",
            att(23, 20, 2, 2, 0, exempt=1,
                absentees=[ab("Cao Văn Tài", "đang theo tàu đánh bắt xa bờ, đã báo với chi ủy trước khi đi biển",
                              True),
                           ab("Hồ Văn Chín", "đang theo tàu đánh bắt xa bờ, đã báo với chi ủy trước khi đi biển",
                              True)]),
            True,
            [vote("Kết luận tháng 4/2022", 20, None, None, 100)],
            [task("Hồ Văn Tám", "vận động 03 chủ tàu lắp thiết bị giám sát hành trình", "20-4-2022"),
             task("Chi hội Phụ nữ xóm", "tuyên truyền đến từng gia đình ngư dân không vi phạm vùng biển nước "
                                        "ngoài", "rằm tháng Ba âm lịch"),
             task("Phan Văn Quế", "kiểm tra nhật ký khai thác của các tàu", "sau mỗi chuyến biển"),
             task("Nguyễn Thị Thu Hà", "thu đảng phí quý II, nộp Đảng ủy xã", "15 ngày")],
            ["short_meeting"]),
    }],
})


# =================================================================================================
# g04 — Hà Tĩnh (Cẩm Xuyên), lower-secondary school, Q1/2025 thematic: a two-column time/place line, a
# ruled table of opinions, a ruled vote table of two rows, tasks a)–d) inside the conclusion ("chủ trì …
# phối hợp", two heads of department together, a youth union, "có trách nhiệm"). No flag.
# =================================================================================================

DOCS.append({
    "name": "g04-hatinh-school-thematic-opinion-vote-tables-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY XÃ CẨM BÌNH", "CHI BỘ TRƯỜNG THCS CẨM BÌNH"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Bình, ngày 14 tháng 3 năm 2025"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2025"),
            C("Chuyên đề: Đảng viên gương mẫu đổi mới phương pháp dạy học, nâng cao chất lượng ôn thi vào lớp 10",
              bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            R([(0, "1. Thời gian: 14 giờ 00, ngày 14/3/2025"), (238, "2. Địa điểm: Phòng Hội đồng nhà trường")]),
            L("3. Thành phần:"),
            P("- Chủ trì: đồng chí Võ Thị Thanh Hương, Bí thư chi bộ, Hiệu trưởng."),
            P("- Thư ký: đồng chí Phan Đức Nam, Chi ủy viên."),
            P("- Đảng viên: tổng số 17 đồng chí (chính thức 15, dự bị 02); có mặt 16 đồng chí; vắng 01 đồng chí: "
              "đồng chí Trần Văn Dũng đi tập huấn tại Sở Giáo dục và Đào tạo."),
            H("II. NỘI DUNG"),
            L("1. Trình bày chuyên đề"),
            P("Đồng chí Nguyễn Thị Hằng, Phó Hiệu trưởng, trình bày chuyên đề. Kết quả thi thử lần 1 của học sinh "
              "lớp 9: điểm trung bình môn Toán 5,6, Ngữ văn 6,1, Tiếng Anh 4,9; còn 11 em dưới 3 điểm một môn. Chuyên "
              "đề chỉ ra nguyên nhân: một bộ phận giáo viên vẫn dạy theo lối đọc – chép, chưa bám sát định dạng đề "
              "thi mới từ năm 2025; việc phụ đạo học sinh yếu chưa đều; phụ huynh vùng bãi ngang đi làm ăn xa, "
              "ít quan tâm việc học của con."),
            L("2. Ý kiến thảo luận"),
            T([(0.07, "TT", "c"), (0.28, "Họ và tên", "l"), (0.65, "Nội dung ý kiến", "l")], [
                ["1", "Lê Văn Kiên", "Đề thi mới tăng câu hỏi vận dụng, tổ Khoa học tự nhiên cần ra đề khảo sát "
                                     "theo đúng cấu trúc và chấm chéo giữa các lớp."],
                ["2", "Võ Thị Mai", "Môn Ngữ văn không còn dùng ngữ liệu trong sách giáo khoa, học sinh phải luyện "
                                    "đọc hiểu văn bản ngoài chương trình."],
                ["3", "Hoàng Thị Thu Trang", "Đề nghị nhà trường vận động phụ huynh cho các em ở lại học chiều, "
                                             "chi đoàn giáo viên có thể dạy không thu tiền."],
                ["4", "Phan Thị Hà", "Xin được dạy thêm một buổi ôn Tiếng Anh cho lớp 9C vì lớp này yếu nhất."],
            ]),
            L("3. Kết luận của đồng chí chủ trì"),
            P("Đồng chí Võ Thị Thanh Hương kết luận: chi bộ thống nhất cao với nội dung chuyên đề; mỗi đảng viên "
              "là giáo viên phải đi đầu đổi mới phương pháp, dạy sát đối tượng học sinh; phấn đấu tỷ lệ đỗ vào "
              "lớp 10 công lập năm nay đạt trên 85%. Phân công cụ thể:"),
            P("a) Giao đồng chí Nguyễn Thị Hằng, Phó Hiệu trưởng, chủ trì xây dựng kế hoạch ôn thi vào lớp 10 theo "
              "từng tuần, phối hợp với các tổ chuyên môn và giáo viên chủ nhiệm lớp 9 triển khai, hoàn thành trước "
              "31/3/2025."),
            P("b) Đồng chí Lê Văn Kiên (Tổ trưởng tổ Khoa học tự nhiên) và đồng chí Võ Thị Mai (Tổ trưởng tổ Khoa "
              "học xã hội) chịu trách nhiệm ra đề khảo sát, chấm chéo, phân tích điểm từng lớp sau mỗi đợt khảo "
              "sát."),
            P("c) Chi đoàn giáo viên đảm nhận phụ đạo miễn phí cho học sinh yếu vào chiều thứ Ba, thứ Năm hằng "
              "tuần."),
            P("d) Đồng chí Phan Đức Nam có trách nhiệm tổng hợp điểm các đợt khảo sát, báo cáo chi ủy trong tuần "
              "đầu tháng 5/2025."),
            P("đ) Chi ủy chịu trách nhiệm kiểm tra việc thực hiện kết luận này, báo cáo chi bộ tại kỳ sinh hoạt "
              "tháng 5/2025."),
            L("4. Biểu quyết"),
            T([(0.48, "Nội dung biểu quyết", "l"), (0.15, "Tán thành", "c"), (0.20, "Không tán thành", "c"),
               (0.17, "Ý kiến khác", "c")], [
                ["Nội dung chuyên đề và kết luận của đồng chí chủ trì", "16/16", "0", "0"],
                ["Đề nghị công nhận đảng viên chính thức đối với đồng chí Phan Thị Hà (đảng viên chính thức "
                 "biểu quyết)", "14/14", "0", "0"],
            ]),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 05 phút cùng ngày. Biên bản đã được đọc lại, chi bộ nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Phan Đức Nam"], ["T/M CHI BỘ", "BÍ THƯ", "", "Võ Thị Thanh Hương"]),
        ],
        "truth": minute(
            meeting("thematic", "2025-03-14", "14:00", "16:05", "Phòng Hội đồng nhà trường",
                    "CHI BỘ TRƯỜNG THCS CẨM BÌNH", "ĐẢNG ỦY XÃ CẨM BÌNH",
                    topic="Đảng viên gương mẫu đổi mới phương pháp dạy học, nâng cao chất lượng ôn thi vào lớp 10"),
            "Võ Thị Thanh Hương", "Bí thư chi bộ", "Phan Đức Nam",
            att(17, 16, 1, 1, 0, absentees=[ab("Trần Văn Dũng", "đi tập huấn tại Sở Giáo dục và Đào tạo", True)]),
            True,
            [vote("Nội dung chuyên đề và kết luận", 16, 0, 0),
             vote("Công nhận đảng viên chính thức Phan Thị Hà", 14, 0, 0)],
            [task("Nguyễn Thị Hằng", "chủ trì xây dựng kế hoạch ôn thi vào lớp 10 theo từng tuần, phối hợp với "
                                     "các tổ chuyên môn và giáo viên chủ nhiệm lớp 9 triển khai", "31/3/2025"),
             task("Lê Văn Kiên", "ra đề khảo sát, chấm chéo, phân tích điểm từng lớp", "sau mỗi đợt khảo sát"),
             task("Võ Thị Mai", "ra đề khảo sát, chấm chéo, phân tích điểm từng lớp", "sau mỗi đợt khảo sát"),
             task("Chi đoàn giáo viên", "phụ đạo miễn phí cho học sinh yếu", "chiều thứ Ba, thứ Năm hằng tuần"),
             task("Phan Đức Nam", "tổng hợp điểm các đợt khảo sát, báo cáo chi ủy", "tuần đầu tháng 5/2025"),
             task("Chi ủy", "kiểm tra việc thực hiện kết luận này, báo cáo chi bộ", "kỳ sinh hoạt tháng 5/2025")],
            []),
    }],
})


# =================================================================================================
# g05 — Quảng Bình (Quảng Ninh), the October 2020 flood: a terse one-page minute, a few lines a part;
# "+" task lines to a member with the militia, a role, two groups in one line, a member with no time,
# relative and event deadlines; a petition to the commune; no vote, never read back; old tone placement.
# =================================================================================================

DOCS.append({
    "name": "g05-quangbinh-flood-terse-no-vote", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.25, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG UỶ XÃ TÂN NINH", "CHI BỘ THÔN HOÀ BÌNH"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Ninh, ngày 22 tháng 10 năm 2020"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 10/2020"),
            C("V/v ứng phó, khắc phục hậu quả lũ lụt", bold=False, italic=True),
            G(4),
            L("- Thời gian: 8 giờ 00, ngày 22/10/2020."),
            L("- Địa điểm: tầng 2 nhà văn hoá thôn (tầng 1 còn ngập)."),
            L("- Đảng viên: 24/26 đ/c. Vắng 02: đ/c Lê Văn Bảo (nhà bị ngập, đang di dời), đ/c Võ Thị Huế (nằm "
              "viện)."),
            L("- Chủ trì: đ/c Trần Văn Hoè – Bí thư. Thư ký: đ/c Đinh Thị Thuỷ."),
            L("Nội dung:", bold=True),
            L("1. Đ/c Bí thư thông báo: nước lũ đợt này cao hơn lũ năm 1979 khoảng 0,4 m; 47/212 hộ ngập trên "
              "2 m, 1 người bị thương nhẹ, chưa có thiệt hại về người. Đảng uỷ xã yêu cầu chi bộ không để dân "
              "thiếu ăn, thiếu nước uống; tuyệt đối không để người đi đánh bắt cá trên dòng lũ."),
            L("2. Ý kiến:"),
            L("- Đ/c Phạm Văn Lành: xóm Bàu còn 6 hộ bị cô lập, nhà đ/c có thuyền, có thể đi được."),
            L("- Đ/c Đinh Thị Thuỷ: lương thực dự trữ ở nhà văn hoá chỉ đủ 2 ngày."),
            L("- Đ/c Hoàng Văn Tư: đường xuống cầu Trạng nước chảy xiết, đêm qua có người lội qua."),
            L("3. Đ/c Bí thư kết luận: ưu tiên cứu người, đưa hộ có người già, trẻ nhỏ lên chỗ an toàn; giữ chốt "
              "ở điểm ngập sâu; thống kê thiệt hại đúng, đủ, công khai; làm vệ sinh môi trường ngay khi nước rút."),
            L("4. Phân công:"),
            L("+ Đ/c Hoàng Văn Tư, đ/c Lê Văn Quang và đ/c Nguyễn Hữu Lộc cùng dân quân thôn trực chốt tại 3 điểm "
              "ngập sâu, không cho người và xe qua lại, cho đến khi nước rút."),
            L("+ Đ/c Trưởng thôn lập danh sách hộ thiệt hại về nhà, lúa giống, gia súc gửi UBND xã trong 3 ngày."),
            L("+ Chi hội Phụ nữ, Chi đoàn thanh niên: nấu cơm nắm, chở nước uống tiếp tế các hộ bị cô lập, ngay "
              "trong ngày 22/10."),
            L("+ Đ/c Phạm Văn Lành dùng thuyền nhà đưa 2 hộ có người già, trẻ nhỏ ở xóm Bàu ra nhà văn hoá."),
            L("+ Đ/c Đinh Thị Thuỷ (y tế thôn) phát cloramin B, hướng dẫn xử lý giếng nước sau khi nước rút."),
            L("5. Kiến nghị Đảng uỷ, UBND xã hỗ trợ thêm mì tôm, nước sạch và 01 xuồng máy cho thôn."),
            L("Họp xong lúc 9 giờ 40 phút."),
            S(["THƯ KÝ", "", "", "Đinh Thị Thuỷ"], ["BÍ THƯ", "", "", "Trần Văn Hoè"]),
        ],
        "truth": minute(
            meeting("regular", "2020-10-22", "08:00", "09:40", "tầng 2 nhà văn hoá thôn",
                    "CHI BỘ THÔN HOÀ BÌNH", "ĐẢNG UỶ XÃ TÂN NINH"),
            "Trần Văn Hoè", "Bí thư", "Đinh Thị Thuỷ",
            att(26, 24, 2, 2, 0, absentees=[ab("Lê Văn Bảo", "nhà bị ngập, đang di dời", True),
                                            ab("Võ Thị Huế", "nằm viện", True)]),
            True,
            [],
            [task(n, "cùng dân quân thôn trực chốt tại 3 điểm ngập sâu, không cho người và xe qua lại",
                  "khi nước rút") for n in ("Hoàng Văn Tư", "Lê Văn Quang", "Nguyễn Hữu Lộc")] + [
             task("Trưởng thôn", "lập danh sách hộ thiệt hại về nhà, lúa giống, gia súc gửi UBND xã", "3 ngày"),
             task("Chi hội Phụ nữ", "nấu cơm nắm, chở nước uống tiếp tế các hộ bị cô lập", "ngày 22/10"),
             task("Chi đoàn thanh niên", "nấu cơm nắm, chở nước uống tiếp tế các hộ bị cô lập", "ngày 22/10"),
             task("Phạm Văn Lành", "dùng thuyền nhà đưa 2 hộ có người già, trẻ nhỏ ở xóm Bàu ra nhà văn hoá",
                  None),
             task("Đinh Thị Thuỷ", "phát cloramin B, hướng dẫn xử lý giếng nước", "sau khi nước rút")],
            ["missing_vote", "not_approved"]),
    }],
})


# =================================================================================================
# g06 — Gia Lai (Chư Prông), a rubber company's plantation cell: the committee over two header lines; an
# agenda table (its "Người thực hiện" column is no task); tasks in a table with the assignee column
# first that runs over the page break, BEFORE the vote; the Bí thư's conclusion is the last paragraph;
# a "Toàn thể đảng viên" row; a seal's text under the signatures. 18 of 22.
# =================================================================================================

DOCS.append({
    "name": "g06-gialai-rubber-agenda-table-tasks-before-vote-low", "folder": "dev",
    "style": {"family": "serif", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.3,
              "head": "Biên bản sinh hoạt Chi bộ Nông trường 4 – tháng 12/2024", "head_align": "right",
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY TNHH MTV", "CAO SU BÀU CẠN", "CHI BỘ NÔNG TRƯỜNG 4", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chư Prông, ngày 05 tháng 12 năm 2024"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 12/2024"),
            G(4),
            L("- Thời gian: bắt đầu 14 giờ 00 phút, ngày 05/12/2024."),
            L("- Địa điểm: Hội trường Nông trường 4."),
            L("- Chủ trì: đồng chí Nguyễn Văn Thạch – Bí thư chi bộ, Giám đốc Nông trường."),
            L("- Thư ký: đồng chí Rơ Mah H'Nhâm – Chi ủy viên, Kế toán Nông trường."),
            L("- Đại biểu: đồng chí Trần Quang Vinh – Phó Bí thư Đảng ủy Công ty."),
            P("- Đảng viên: tổng số 22 đồng chí; có mặt 18 đồng chí; vắng 04 đồng chí: Siu Thuất (nghỉ phép năm), "
              "Lê Văn Hào (đi học lớp trung cấp lý luận chính trị), Kpă Nhiên (ốm), Nguyễn Đình Tứ (trực bảo vệ lô "
              "cao su số 12).", indent=0),
            L("Chương trình sinh hoạt:", bold=True, italic=True),
            T([(0.08, "TT", "c"), (0.66, "Nội dung", "l"), (0.26, "Người thực hiện", "l")], [
                ["1", "Thông tin thời sự; phổ biến Chỉ thị của Đảng ủy Công ty về phòng chống cháy vườn cây mùa "
                      "khô 2024 – 2025", "Đ/c Bí thư"],
                ["2", "Báo cáo kết quả sản xuất tháng 11, phương hướng tháng 12/2024", "Đ/c Lê Hữu Phước"],
                ["3", "Thảo luận; phân công nhiệm vụ", "Chi bộ"],
                ["4", "Biểu quyết; kết luận", "Đ/c Bí thư"],
            ]),
            H("1. Thông tin thời sự"),
            P("Giá mủ cao su trên thị trường tăng trở lại, Công ty đạt 96% kế hoạch sản lượng năm. Đảng ủy Công "
              "ty chỉ đạo các chi bộ nông trường lãnh đạo phòng chống cháy vườn cây trong mùa khô, nhất là vườn "
              "kiến thiết cơ bản giáp rẫy của dân; xử lý nghiêm tình trạng trộm cắp mủ."),
            H("2. Kết quả tháng 11 và phương hướng tháng 12"),
            P("Đồng chí Lê Hữu Phước, Phó Bí thư chi bộ, Đội trưởng sản xuất báo cáo: sản lượng tháng 11 đạt 182 "
              "tấn mủ quy khô, bằng 103% kế hoạch tháng; tỷ lệ cây cạo bị bệnh loét mặt cạo giảm; xảy ra 02 vụ "
              "trộm mủ ở lô 12, đã phối hợp công an xã thu hồi 350 kg mủ đông. Tháng 12 nông trường kết thúc cạo "
              "vườn cây già từ ngày 25/12, chuyển sang chăm sóc, làm băng cản lửa và chuẩn bị cho công nhân nghỉ "
              "Tết."),
            H("3. Thảo luận"),
            P("- Đ/c Ksor Blương (Tổ trưởng tổ cạo 3): đêm ở lô 12, lô 14 chỉ có hai người bảo vệ, không đi hết "
              "được; người trộm mủ đi xe máy từ làng bên sang, cần có công an xã cùng tuần tra."),
            P("- Đ/c Trần Thị Loan: công nhân phản ánh cân mủ ở trạm không công khai, đề nghị ghi sản lượng từng "
              "người lên bảng tin hằng ngày cho minh bạch."),
            P("- Đ/c Trần Quang Vinh, Phó Bí thư Đảng ủy Công ty: ghi nhận nông trường vượt sản lượng; đề nghị chi "
              "bộ quan tâm đời sống công nhân người Jrai, lo Tết sớm cho các hộ khó khăn."),
            H("4. Phân công nhiệm vụ tháng 12/2024"),
            T([(0.27, "Người/bộ phận thực hiện", "l"), (0.53, "Nội dung công việc", "l"), (0.20, "Thời hạn", "l")], [
                ["Đ/c Ksor Blương", "Tổ chức tổ bảo vệ tuần tra lô 12, lô 14 vào ban đêm; phối hợp Công an xã "
                                    "Ia Púch xử lý các vụ trộm mủ", "Hằng đêm"],
                ["Tổ cạo 3, Tổ cạo 5", "Làm đường băng cản lửa rộng 6 m quanh vườn cây kiến thiết cơ bản, phát "
                                       "dọn thực bì", "Trước 25/12/2024"],
                ["Đ/c Lê Hữu Phước", "Rà soát định mức khai thác, đề xuất điều chỉnh đơn giá tiền lương cho công "
                                     "nhân cạo vườn cây già", "Tháng 12/2024"],
                ["Đ/c Rơ Mah H'Nhâm, đ/c Trần Thị Loan", "Giám sát cân mủ tại trạm, ghi sản lượng từng công nhân "
                                                         "lên bảng tin", "Thường xuyên"],
                ["Công đoàn bộ phận", "Lập danh sách công nhân khó khăn, chuẩn bị quà Tết", "Trước Tết Nguyên đán "
                                                                                            "Ất Tỵ"],
                ["Chi đoàn Nông trường", "Ra quân trồng dặm cây cao su ở lô 7", "Tháng 01/2025"],
                ["Toàn thể đảng viên", "Gương mẫu chấp hành quy trình kỹ thuật khai thác; không để xảy ra cháy, "
                                       "mất trộm trong phần việc được giao", ""],
            ]),
            H("5. Biểu quyết"),
            P("Chi bộ biểu quyết thông qua phương hướng nhiệm vụ tháng 12 và bảng phân công trên: 18/18 đồng chí "
              "có mặt tán thành, đạt 100%."),
            P("Cuối buổi, đồng chí Nguyễn Văn Thạch, Bí thư chi bộ kết luận: tháng 12 là tháng cuối năm, chi bộ "
              "tập trung hoàn thành vượt kế hoạch sản lượng năm 2024; không để xảy ra cháy vườn cây; chấm dứt tình "
              "trạng trộm mủ ở lô 12, lô 14; chăm lo Tết cho công nhân, nhất là công nhân người đồng bào dân tộc "
              "thiểu số. Chi bộ cần làm tốt hơn công tác tạo nguồn phát triển đảng viên trong công nhân trẻ."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút cùng ngày. Biên bản được đọc lại, chi bộ nhất trí thông "
              "qua."),
            S(["THƯ KÝ", "", "", "", "Rơ Mah H'Nhâm"],
              ["T/M CHI BỘ", "BÍ THƯ", "(Đã ký, đóng dấu)", "", "Nguyễn Văn Thạch"]),
            C("(Dấu: CHI BỘ NÔNG TRƯỜNG 4 * ĐẢNG BỘ CÔNG TY TNHH MTV CAO SU BÀU CẠN)", bold=False, italic=True,
              size=9),
        ],
        "truth": minute(
            meeting("regular", "2024-12-05", "14:00", "16:10", "Hội trường Nông trường 4",
                    "CHI BỘ NÔNG TRƯỜNG 4", "ĐẢNG BỘ CÔNG TY TNHH MTV CAO SU BÀU CẠN"),
            "Nguyễn Văn Thạch", "Bí thư chi bộ", "Rơ Mah H'Nhâm",
            att(22, 18, 4, 4, 0, absentees=[ab("Siu Thuất", "nghỉ phép năm", True),
                                            ab("Lê Văn Hào", "đi học lớp trung cấp lý luận chính trị", True),
                                            ab("Kpă Nhiên", "ốm", True),
                                            ab("Nguyễn Đình Tứ", "trực bảo vệ lô cao su số 12", True)],
                guests=[gu("Trần Quang Vinh", "Phó Bí thư Đảng ủy Công ty")]),
            True,
            [vote("Phương hướng nhiệm vụ tháng 12 và bảng phân công", 18, None, None, 100)],
            [task("Ksor Blương", "Tổ chức tổ bảo vệ tuần tra lô 12, lô 14 vào ban đêm; phối hợp Công an xã Ia Púch "
                                 "xử lý các vụ trộm mủ", "Hằng đêm"),
             task("Tổ cạo 3", "Làm đường băng cản lửa rộng 6 m quanh vườn cây kiến thiết cơ bản, phát dọn thực bì",
                  "25/12/2024"),
             task("Tổ cạo 5", "Làm đường băng cản lửa rộng 6 m quanh vườn cây kiến thiết cơ bản, phát dọn thực bì",
                  "25/12/2024"),
             task("Lê Hữu Phước", "Rà soát định mức khai thác, đề xuất điều chỉnh đơn giá tiền lương cho công nhân "
                                  "cạo vườn cây già", "Tháng 12/2024"),
             task("Rơ Mah H'Nhâm", "Giám sát cân mủ tại trạm, ghi sản lượng từng công nhân lên bảng tin",
                  "Thường xuyên"),
             task("Trần Thị Loan", "Giám sát cân mủ tại trạm, ghi sản lượng từng công nhân lên bảng tin",
                  "Thường xuyên"),
             task("Công đoàn bộ phận", "Lập danh sách công nhân khó khăn, chuẩn bị quà Tết", "Tết Nguyên đán Ất Tỵ"),
             task("Chi đoàn Nông trường", "Ra quân trồng dặm cây cao su ở lô 7", "Tháng 01/2025")],
            ["low_attendance"]),
    }],
    "scans": [{"name": "g11-gialai-rubber-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 1206,
               "dpi": 200}],
})


# =================================================================================================
# g07 — Hà Nội (Ba Vì), the district military command's office cell, November 2024: ranks before names;
# every numbering style nested (I. / 1. / a) / + / • / –); tasks to the deputy secretary by role, a
# "Đề nghị đồng chí …" with "hạn chót ngày 30.11.2024", a section "chịu trách nhiệm", "có trách
# nhiệm"; a petition to the upper committee; a footnote mark and its note after the signatures. No flag.
# =================================================================================================

DOCS.append({
    "name": "g07-hanoi-military-office-nested-numbering-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 22, "spacing": 1.3, "left": 76,
              "right": 52, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY QUÂN SỰ HUYỆN BA VÌ", "CHI BỘ CƠ QUAN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ba Vì, ngày 12 tháng 11 năm 2024"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2024"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: từ 07 giờ 30 phút đến 10 giờ 00 phút, ngày 12/11/2024."),
            L("2. Địa điểm: Phòng họp Ban Chỉ huy Quân sự huyện."),
            L("3. Thành phần:"),
            P("– Quân số đảng viên: 12 đồng chí; có mặt: 11 đồng chí; vắng: 01 đồng chí (Đại úy Nguyễn Văn Hậu – đi "
              "học tại Trường Quân sự Thủ đô).", indent=12),
            P("– Chủ trì: Trung tá Phạm Quốc Khánh – Bí thư chi bộ, Chính trị viên.", indent=12),
            P("– Thư ký: Đại úy Lê Thanh Tùng – Chi ủy viên.", indent=12),
            P("– Dự họp có Thượng tá Đỗ Xuân Hải – Phó Bí thư Đảng ủy Quân sự huyện.", indent=12),
            H("II. NỘI DUNG"),
            L("1. Đánh giá kết quả lãnh đạo tháng 10/2024", bold=True, italic=True),
            L("a) Ưu điểm:"),
            P("+ Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực phòng chống thiên tai; cơ quan hoàn thành "
              "việc giúp các xã Cẩm Lĩnh, Tản Lĩnh khắc phục sạt lở sau cơn bão số 3."),
            P("+ Hoàn thành sơ tuyển nghĩa vụ quân sự năm 2025 tại 31 xã, thị trấn; quân số gọi khám đạt 104% chỉ "
              "tiêu."),
            L("b) Hạn chế:"),
            P("+ Một số hồ sơ sơ tuyển còn sai sót về lý lịch, phải trả lại xã bổ sung."),
            P("+ Việc ghi chép sổ sách trực ban của bộ phận Tham mưu có lúc chưa đầy đủ."),
            L("2. Phương hướng, nhiệm vụ tháng 11/2024", bold=True, italic=True),
            P("• Tổ chức khám sức khỏe nghĩa vụ quân sự tập trung; bảo đảm khách quan, đúng tiêu chuẩn."),
            P("• Hoàn chỉnh văn kiện diễn tập chiến đấu phòng thủ xã Tản Lĩnh năm 2025."),
            P("• Chuẩn bị Nghị quyết lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng năm 2025(1)."),
            L("3. Thảo luận", bold=True, italic=True),
            P("– Thiếu tá Đỗ Mạnh Cường (Trợ lý Tác chiến): văn kiện diễn tập còn thiếu phương án sơ tán dân khi "
              "có sạt lở, cần bổ sung sau bài học cơn bão số 3."),
            P("– Đại úy Vũ Thị Hạnh (Trợ lý Quân y): năm nay Trung tâm Y tế huyện thiếu bác sĩ chuyên khoa mắt, "
              "đề nghị mời tăng cường từ tuyến trên; cần xét nghiệm chất ma túy với tất cả công dân khám tuyển."),
            P("– Thượng tá Đỗ Xuân Hải phát biểu: đánh giá cao chi bộ trong tham gia khắc phục hậu quả bão, lưu ý "
              "không để xảy ra tiêu cực trong khám tuyển."),
            H("III. KẾT LUẬN VÀ PHÂN CÔNG"),
            P("Trung tá Phạm Quốc Khánh kết luận: tháng 11 là tháng cao điểm tuyển quân, chi bộ tập trung lãnh "
              "đạo khám tuyển chặt chẽ, công khai, không để lọt công dân không đủ tiêu chuẩn; hoàn thành văn kiện "
              "diễn tập; khắc phục ngay thiếu sót sổ sách trực ban. Chi bộ phân công:"),
            P("– Đồng chí Phó Bí thư chi bộ chỉ đạo Bộ phận Tham mưu hoàn chỉnh hồ sơ gọi công dân nhập ngũ, "
              "chậm nhất 25/11/2024."),
            P("– Đề nghị đồng chí Thiếu tá Đỗ Mạnh Cường bổ sung phương án sơ tán dân vào văn kiện diễn tập, "
              "trình Chỉ huy trưởng phê duyệt, hạn chót ngày 30.11.2024."),
            P("– Bộ phận Hậu cần – Kỹ thuật chịu trách nhiệm bảo đảm vật chất, phương tiện cho đợt khám tuyển "
              "tập trung, xong trước 19/11/2024."),
            P("– Đại úy Vũ Thị Hạnh có trách nhiệm phối hợp Trung tâm Y tế huyện tổ chức xét nghiệm chất ma túy "
              "cho công dân trong đợt khám tuyển."),
            P("– Đại úy Lê Thanh Tùng dự thảo Nghị quyết lãnh đạo năm 2025, gửi các đồng chí chi ủy viên trước kỳ "
              "họp chi bộ tháng 12."),
            P("Chi bộ kiến nghị Đảng ủy Quân sự huyện đề nghị cấp trên bổ sung kinh phí sửa chữa nhà kho, doanh "
              "trại bị tốc mái sau bão."),
            H("IV. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua kết luận: 11/11 đồng chí tán thành (100%); không tán thành: không; ý "
              "kiến khác: không."),
            P("Hội nghị kết thúc lúc 10 giờ 00 cùng ngày. Biên bản đã được đọc lại và thông qua trước chi bộ."),
            S(["THƯ KÝ", "(đã ký)", "", "", "Đại úy Lê Thanh Tùng"],
              ["T/M CHI BỘ", "BÍ THƯ", "(đã ký)", "", "Trung tá Phạm Quốc Khánh"]),
            G(10),
            L("_______________"),
            L("(1) Dự thảo do Bộ phận Chính trị chuẩn bị, đã gửi các đồng chí chi ủy viên ngày 05/11/2024.",
              italic=True),
        ],
        "truth": minute(
            meeting("regular", "2024-11-12", "07:30", "10:00", "Phòng họp Ban Chỉ huy Quân sự huyện",
                    "CHI BỘ CƠ QUAN", "ĐẢNG ỦY QUÂN SỰ HUYỆN BA VÌ"),
            "Phạm Quốc Khánh", "Bí thư chi bộ", "Lê Thanh Tùng",
            att(12, 11, 1, 1, 0, absentees=[ab("Nguyễn Văn Hậu", "đi học tại Trường Quân sự Thủ đô", True)],
                guests=[gu("Đỗ Xuân Hải", "Phó Bí thư Đảng ủy Quân sự huyện")]),
            True,
            [vote("Kết luận tháng 11/2024", 11, 0, 0, 100)],
            [task("Phó Bí thư chi bộ", "chỉ đạo Bộ phận Tham mưu hoàn chỉnh hồ sơ gọi công dân nhập ngũ",
                  "25/11/2024"),
             task("Đỗ Mạnh Cường", "bổ sung phương án sơ tán dân vào văn kiện diễn tập, trình Chỉ huy trưởng phê "
                                   "duyệt", "30.11.2024"),
             task("Bộ phận Hậu cần – Kỹ thuật", "bảo đảm vật chất, phương tiện cho đợt khám tuyển tập trung",
                  "19/11/2024"),
             task("Vũ Thị Hạnh", "phối hợp Trung tâm Y tế huyện tổ chức xét nghiệm chất ma túy cho công dân",
                  "đợt khám tuyển"),
             task("Lê Thanh Tùng", "dự thảo Nghị quyết lãnh đạo năm 2025, gửi các đồng chí chi ủy viên",
                  "kỳ họp chi bộ tháng 12")],
            []),
    }],
})


# =================================================================================================
# g08 — Đắk Lắk (Buôn Ma Thuột), an Ê Đê village cell inside a ward, January 2018: "A. – F." parts; an
# absentee table with no TT column; opinions as "Name: …"; everything that only looks like a task: last
# month's tasks reported done, a member's own offer, a plan with nobody named, "chi ủy sẽ phân công cụ
# thể sau", "Đề nghị mỗi đảng viên …", a petition to the ward's committee, a guest's suggestion.
# =================================================================================================

DOCS.append({
    "name": "g08-daklak-ede-village-lookalike-tasks-none", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 3,
              "left": 70, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG EA TAM", "CHI BỘ BUÔN ALÊ A"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Buôn Ma Thuột, ngày 16 tháng 01 năm 2018"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 01 năm 2018"),
            G(6),
            P("Vào lúc 19 giờ 00, ngày 16/01/2018, tại nhà sinh hoạt cộng đồng buôn Alê A, Chi bộ buôn Alê A tiến "
              "hành sinh hoạt thường kỳ tháng 01/2018."),
            P("Chủ trì: đồng chí Y Khu Niê, Bí thư chi bộ, Trưởng buôn. Thư ký: đồng chí H'Loan Êban."),
            P("Đại biểu: đồng chí Nguyễn Thị Xuân, Đảng ủy viên phường, phụ trách khối 3."),
            P("Tổng số đảng viên: 19 đồng chí; miễn sinh hoạt: 02 đồng chí (già làng Y Bhiăo Mlô, đồng chí Y Kông "
              "Knul); có mặt: 16 đồng chí; vắng: 01 đồng chí:"),
            T([(0.38, "Họ và tên", "l"), (0.62, "Lý do", "l")], [
                ["H'Nga Ayun", "Đi chăm con ốm tại Bệnh viện Đa khoa tỉnh"],
            ]),
            H("A. THÔNG TIN THỜI SỰ"),
            P("Đồng chí Bí thư thông tin: năm 2017 phường hoàn thành các chỉ tiêu kinh tế – xã hội; Thành ủy chỉ "
              "đạo tổ chức cho nhân dân đón Tết Nguyên đán Mậu Tuất vui tươi, lành mạnh, an toàn, tiết kiệm; giá "
              "cà phê nhân đầu năm khoảng 36 nghìn đồng/kg, bà con không nên bán non."),
            H("B. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 12/2017"),
            P("* Đồng chí Y Nuê Byă đã sửa xong giếng nước công cộng đầu buôn như chi bộ giao tháng trước, bà con "
              "đã có nước dùng."),
            P("* Đồng chí Y Khu Niê cùng Ban tự quản đã vận động 05 hộ trả lại phần đất lấn chiếm hành lang đường "
              "Y Wang."),
            P("* Thu hoạch cà phê được khoảng 80% diện tích; 02 hộ để con em nghỉ học đi hái cà phê, chi bộ đã "
              "nhắc nhở. Thu đảng phí năm 2017 đạt 100%."),
            H("C. PHƯƠNG HƯỚNG THÁNG 01 VÀ DỊP TẾT"),
            P("- Tổ chức cho nhân dân đón Tết vui tươi, an toàn; không đốt pháo, không uống rượu say gây mất trật "
              "tự."),
            P("- Vận động các hộ trồng xen cây ăn quả trong vườn cà phê tái canh."),
            P("- Thu đảng phí quý I/2018, đóng quỹ khuyến học của buôn trước Tết."),
            P("- Chuẩn bị ngày hội văn hóa cồng chiêng của buôn sau Tết."),
            H("D. THẢO LUẬN"),
            P("Y Nuê Byă: đề nghị chi bộ nhắc các hộ phơi cà phê trên đường Y Wang, xe qua lại rất nguy hiểm."),
            P("H'Loan Êban: hai cháu lớp 9 ở nhà bà H'Ju nghỉ học từ đầu mùa cà phê, tôi xin nhận đến nhà vận "
              "động các cháu đi học lại sau Tết."),
            P("Y Thuyết Êban: thanh niên trong buôn uống rượu tụ tập ở nhà rông đến khuya, cần có người nhắc."),
            P("Đồng chí Nguyễn Thị Xuân: đề nghị chi bộ chú ý tạo nguồn kết nạp đảng viên là người Ê Đê trẻ, năm "
              "2017 buôn chưa kết nạp được đồng chí nào."),
            H("E. KẾT LUẬN"),
            P("Đồng chí Y Khu Niê kết luận: chi bộ thống nhất với phương hướng tháng 01; tập trung lo cho bà con "
              "đón Tết an toàn, giữ gìn an ninh trật tự trong buôn; vận động học sinh đi học lại sau Tết. Chi ủy "
              "sẽ họp phân công cụ thể từng đồng chí sau khi có kế hoạch đón Tết của phường. Đề nghị mỗi đảng "
              "viên gương mẫu, nhắc nhở con cháu trong gia đình không uống rượu say, không đi xe máy khi đã uống "
              "rượu. Chi bộ kiến nghị Đảng ủy phường chỉ đạo sửa đoạn đường Y Wang bị sụt lún trước mùa mưa."),
            H("F. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết: 16/16 đồng chí có mặt tán thành, không có ý kiến khác."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 cùng ngày. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "H'Loan Êban"], ["BÍ THƯ", "", "", "Y Khu Niê"]),
        ],
        "truth": minute(
            meeting("regular", "2018-01-16", "19:00", "21:00", "nhà sinh hoạt cộng đồng buôn Alê A",
                    "CHI BỘ BUÔN ALÊ A", "ĐẢNG BỘ PHƯỜNG EA TAM"),
            "Y Khu Niê", "Bí thư chi bộ", "H'Loan Êban",
            att(19, 16, 1, 1, 0, exempt=2,
                absentees=[ab("H'Nga Ayun", "Đi chăm con ốm tại Bệnh viện Đa khoa tỉnh", True)],
                guests=[gu("Nguyễn Thị Xuân", "Đảng ủy viên phường, phụ trách khối 3")]),
            True,
            [vote("Phương hướng và kết luận tháng 01/2018", 16, None, 0)],
            [],
            ["missing_assignments"]),
    }],
})


# =================================================================================================
# g09 — minute BOOK, Kon Tum (Đăk Rơ Wa), a Ba Na village cell, August–December 2023: five minutes typed
# on continuously, each after the first mid-page under the previous signatures with a title and no header.
# =================================================================================================

_K = ("CHI BỘ THÔN KON KTU", "ĐẢNG BỘ XÃ ĐĂK RƠ WA")
_KSIGN = S(["THƯ KÝ", "", "Y Blơi"], ["BÍ THƯ", "", "A Thút"])

DOCS.append({
    "name": "g09-kontum-bana-village-book-aug-dec-2023", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.25, "para_gap": 2,
              "head": "Sổ biên bản sinh hoạt Chi bộ thôn Kon Ktu – năm 2023", "head_align": "right",
              "foot": "- {n} -"},
    "between": 22,
    "flags": ["no_thematic_in_quarter", "repeated_absence"],
    "minutes": [
        # 1. August — A Nhưm absent without reason; tasks in the conclusion ("Giao …", "cùng …", a group).
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ ĐĂK RƠ WA", "CHI BỘ THÔN KON KTU", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đăk Rơ Wa, ngày 08 tháng 8 năm 2023"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2023"),
            G(2),
            P("Hôm nay, lúc 19 giờ 00 phút ngày 08/8/2023, tại nhà rông thôn Kon Ktu, Chi bộ thôn Kon Ktu họp "
              "thường kỳ tháng 8/2023. Chủ trì: đồng chí A Thút – Bí thư chi bộ. Thư ký: đồng chí Y Blơi – Chi ủy "
              "viên. Đảng viên: tổng số 24 đồng chí, miễn sinh hoạt 02 đồng chí (A Brơh, Y Gyin); có mặt 21/22 "
              "đồng chí; vắng 01: đồng chí A Nhưm (không lý do)."),
            L("1. Tình hình tháng 7 và nhiệm vụ tháng 8", bold=True),
            P("Tháng 7 mưa nhiều, đoạn đường vào khu sản xuất Kon Klor bị sạt khoảng 40 m; bệnh khảm lá sắn xuất "
              "hiện trên 3 ha của 9 hộ; cà phê đang nuôi trái, giá cao nên bà con phấn khởi. Thu quỹ vì người nghèo "
              "đạt 70%. Tháng 8 tập trung sửa đường, phòng chống bệnh khảm lá sắn, giữ vệ sinh nhà rông và giếng "
              "nước chung."),
            L("2. Ý kiến", bold=True),
            P("- Đồng chí A Hmưn: sắn bệnh phải nhổ đốt ngay, nhưng nhiều hộ tiếc không chịu nhổ, phải có người "
              "đến từng nhà nói."),
            P("- Đồng chí Phạm Thị Lụa: đường sạt nên làm sớm, sang tháng 10 thu hoạch mì xe không vào được."),
            L("3. Kết luận", bold=True),
            P("Đồng chí A Thút kết luận: tháng 8 chi bộ tập trung sửa đường sản xuất, dập bệnh khảm lá sắn, không "
              "để lây lan sang làng bên. Giao đồng chí A Hmưn, Trưởng thôn, huy động nhân dân sửa đoạn đường vào khu "
              "sản xuất bị sạt, xong trước 31/8/2023; đồng chí Y Hiên cùng Chi hội Phụ nữ thôn vận động các hộ nhổ "
              "bỏ, tiêu hủy cây sắn bị bệnh; Tổ tự quản số 1 phụ trách phát dọn cỏ hai bên đường liên thôn trước "
              "mùa thu hoạch mì."),
            P("4. Biểu quyết: 21/21 đồng chí tán thành, đạt 100%.", indent=0),
            P("Họp kết thúc lúc 21 giờ 00. Biên bản đã đọc lại, chi bộ thông qua.", indent=0),
            _KSIGN,
         ],
         "truth": minute(
            meeting("regular", "2023-08-08", "19:00", "21:00", "nhà rông thôn Kon Ktu", *_K),
            "A Thút", "Bí thư chi bộ", "Y Blơi",
            att(24, 21, 1, 0, 1, exempt=2, absentees=[ab("A Nhưm", "không lý do", False)]),
            True,
            [vote("Kết luận tháng 8/2023", 21, None, None, 100)],
            [task("A Hmưn", "huy động nhân dân sửa đoạn đường vào khu sản xuất bị sạt", "31/8/2023"),
             task("Y Hiên", "cùng Chi hội Phụ nữ thôn vận động các hộ nhổ bỏ, tiêu hủy cây sắn bị bệnh", None),
             task("Tổ tự quản số 1", "phát dọn cỏ hai bên đường liên thôn", "mùa thu hoạch mì")],
            ["unexcused_absence"])},
        # 2. September — regular combined with the Q3 thematic meeting; task table; full attendance.
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9/2023"),
            C("(Kết hợp sinh hoạt chuyên đề quý III)", bold=False, italic=True),
            L("Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về đại đoàn kết các dân "
              "tộc trong làng", italic=True),
            P("Thời gian: từ 19 giờ 00 đến 21 giờ 15 phút, ngày 07/9/2023. Địa điểm: nhà rông thôn Kon Ktu. Chủ "
              "trì: đồng chí A Thút, Bí thư chi bộ; thư ký: đồng chí Y Blơi. Đảng viên có mặt: 22/22 đồng chí phải "
              "dự (02 đồng chí miễn sinh hoạt)."),
            L("a) Phần thường kỳ", italic=True),
            P("Đoạn đường sạt đã sửa xong ngày 26/8; các hộ đã nhổ, tiêu hủy 2,5 ha sắn bệnh, còn 2 hộ chưa làm. "
              "Tháng 9 chăm sóc cà phê, chuẩn bị thu hoạch lúa rẫy; đưa trẻ đến trường đầu năm học mới."),
            L("b) Phần chuyên đề", italic=True),
            P("Đồng chí Phạm Thị Lụa, chi ủy viên, trình bày chuyên đề: lời Bác căn dặn đồng bào các dân tộc Tây "
              "Nguyên đoàn kết như anh em một nhà; liên hệ việc giữ gìn nhà rông, cồng chiêng, giúp nhau lúc mùa "
              "vụ, không để kẻ xấu chia rẽ."),
            L("c) Thảo luận", italic=True),
            P("- Đồng chí A Kiêm: lễ mừng lúa mới năm nay nên làm chung cả làng ở nhà rông, bớt uống rượu, để "
              "tiền mua sách vở cho học sinh."),
            P("- Đồng chí Y Mlơ: còn 4 em lớp 6 theo bố mẹ lên rẫy, chưa đến trường."),
            L("d) Kết luận và phân công", italic=True),
            P("Đồng chí A Thút kết luận: chi bộ thống nhất với nội dung chuyên đề; mỗi đảng viên nói và làm theo "
              "lời Bác, giữ đoàn kết trong làng; thu hoạch lúa rẫy gọn, sớm. Phân công cụ thể như sau:"),
            T([(0.07, "TT", "c"), (0.45, "Nội dung công việc", "l"), (0.25, "Người thực hiện", "l"),
               (0.23, "Thời gian hoàn thành", "l")], [
                ["1", "Chuẩn bị lễ mừng lúa mới ở nhà rông theo phong tục, tiết kiệm, không ép nhau uống rượu",
                 "Đ/c A Hmưn, đ/c A Kiêm", "Tháng 11/2023"],
                ["2", "Vận động con em đến trường, không để học sinh nghỉ học theo bố mẹ đi rẫy", "Đ/c Y Mlơ",
                 "Đầu năm học 2023 – 2024"],
                ["3", "Kể chuyện Bác Hồ với đồng bào các dân tộc Tây Nguyên cho thiếu nhi ở nhà rông",
                 "Chi đoàn thôn", "Hằng tháng"],
                ["4", "Rà soát hộ cận nghèo đề nghị hỗ trợ bò giống", "Đ/c Nguyễn Văn Thành", ""],
            ]),
            P("đ) Biểu quyết: chi bộ nhất trí 22/22 (100%).", indent=0),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút, biên bản đã được thông qua.", indent=0),
            _KSIGN,
         ],
         "truth": minute(
            meeting("regular", "2023-09-07", "19:00", "21:15", "nhà rông thôn Kon Ktu", *_K,
                    topic="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về đại đoàn kết các dân "
                          "tộc trong làng"),
            "A Thút", "Bí thư chi bộ", "Y Blơi",
            att(24, 22, exempt=2),
            True,
            [vote("Nội dung chuyên đề và kết luận tháng 9/2023", 22, None, None, 100)],
            [task("A Hmưn", "Chuẩn bị lễ mừng lúa mới ở nhà rông theo phong tục, tiết kiệm, không ép nhau uống "
                            "rượu", "Tháng 11/2023"),
             task("A Kiêm", "Chuẩn bị lễ mừng lúa mới ở nhà rông theo phong tục, tiết kiệm, không ép nhau uống "
                            "rượu", "Tháng 11/2023"),
             task("Y Mlơ", "Vận động con em đến trường, không để học sinh nghỉ học theo bố mẹ đi rẫy",
                  "Đầu năm học 2023 – 2024"),
             task("Chi đoàn thôn", "Kể chuyện Bác Hồ với đồng bào các dân tộc Tây Nguyên cho thiếu nhi ở nhà rông",
                  "Hằng tháng"),
             task("Nguyễn Văn Thành", "Rà soát hộ cận nghèo đề nghị hỗ trợ bò giống", None)],
            [])},
        # 3. October — "Đ/c X: …" task lines; the Bí thư only thanks and closes: no conclusion.
        {"blocks": [
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 10 NĂM 2023"),
            P("Vào lúc 19 giờ 30 phút ngày 10/10/2023 tại nhà rông thôn Kon Ktu. Đồng chí A Thút – Bí thư chi bộ "
              "chủ trì, đồng chí Y Blơi ghi biên bản. Có mặt 21/22 đồng chí phải dự (02 đồng chí miễn sinh hoạt); "
              "đồng chí A Nhưm vắng không báo."),
            P("Nội dung: đồng chí Bí thư đánh giá tháng 9: học sinh đến trường đủ, 4 em lớp 6 đã đi học lại; lúa "
              "rẫy được mùa. Nhiệm vụ tháng 10: thu hoạch lúa rẫy, cà phê; làm ranh cản lửa rừng cộng đồng; uống "
              "vitamin A cho trẻ nhỏ."),
            P("Ý kiến: đồng chí A Dơn cho biết thương lái đến làng mua cà phê xanh, giá thấp, bà con thiếu tiền "
              "nên vẫn bán; đồng chí Y Nhen đề nghị nhắc các mẹ đưa con đi uống vitamin A đúng ngày."),
            L("Phân công:"),
            P("- Đ/c A Dơn: đôn đốc bà con thu hái cà phê chín, không hái xanh, không bán non; hạn cuối tháng 10."),
            P("- Đ/c Y Nhen: lập danh sách trẻ dưới 5 tuổi uống vitamin A, nộp trạm y tế trước ngày 20/10."),
            P("- Tổ tự quản số 2: làm đường ranh cản lửa khu rừng cộng đồng giáp rẫy, xong trước mùa khô."),
            P("Chi bộ biểu quyết thông qua phương hướng tháng 10: 21/21 đồng chí tán thành."),
            P("Đồng chí Bí thư cảm ơn các đồng chí đã tham gia ý kiến và tuyên bố kết thúc buổi họp lúc 21 giờ 30. "
              "Biên bản được đọc lại, chi bộ nhất trí."),
            _KSIGN,
         ],
         "truth": minute(
            meeting("regular", "2023-10-10", "19:30", "21:30", "nhà rông thôn Kon Ktu", *_K),
            "A Thút", "Bí thư chi bộ", "Y Blơi",
            att(24, 21, 1, 0, 1, exempt=2, absentees=[ab("A Nhưm", "không báo", False)]),
            False,
            [vote("Phương hướng tháng 10/2023", 21)],
            [task("A Dơn", "đôn đốc bà con thu hái cà phê chín, không hái xanh, không bán non", "cuối tháng 10"),
             task("Y Nhen", "lập danh sách trẻ dưới 5 tuổi uống vitamin A, nộp trạm y tế", "20/10"),
             task("Tổ tự quản số 2", "làm đường ranh cản lửa khu rừng cộng đồng giáp rẫy", "mùa khô")],
            ["missing_conclusion", "unexcused_absence"])},
        # 4. November — "thảo luận, thống nhất với báo cáo"; 75 minutes.
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11/2023"),
            P("Thời gian: từ 19 giờ 30 phút đến 20 giờ 45 phút, ngày 09/11/2023, tại nhà rông thôn Kon Ktu. Chủ "
              "trì: đồng chí A Thút, Bí thư chi bộ; thư ký: đồng chí Y Blơi. Đảng viên dự họp: 22/22 đồng chí phải "
              "dự; 02 đồng chí miễn sinh hoạt."),
            P("Đồng chí Bí thư báo cáo kết quả tháng 10 và phương hướng tháng 11: thu hoạch xong lúa rẫy, cà phê "
              "được khoảng 60%; Tổ tự quản số 2 đã làm xong 1,2 km đường ranh cản lửa. Tháng 11 tổ chức lễ mừng lúa "
              "mới, thu đảng phí quý IV, chuẩn bị kiểm điểm cuối năm."),
            P("Chi bộ thảo luận, thống nhất với báo cáo của chi ủy."),
            P("Đồng chí A Thút kết luận: lễ mừng lúa mới làm chung ở nhà rông, vui, tiết kiệm, an toàn; đảng viên "
              "chuẩn bị bản tự kiểm điểm năm 2023. Giao đồng chí A Hmưn tổ chức lễ mừng lúa mới của làng vào ngày "
              "25/11/2023; đồng chí Phạm Thị Lụa phụ trách thu đảng phí quý IV, nộp Đảng ủy xã trước 30/11."),
            P("Biểu quyết: chi bộ nhất trí 100%. Biên bản được thông qua lúc 20 giờ 45 phút."),
            _KSIGN,
         ],
         "truth": minute(
            meeting("regular", "2023-11-09", "19:30", "20:45", "nhà rông thôn Kon Ktu", *_K),
            "A Thút", "Bí thư chi bộ", "Y Blơi",
            att(24, 22, exempt=2),
            True,
            [vote("Kết luận tháng 11/2023", None, None, None, 100)],
            [task("A Hmưn", "tổ chức lễ mừng lúa mới của làng", "ngày 25/11/2023"),
             task("Phạm Thị Lụa", "thu đảng phí quý IV, nộp Đảng ủy xã", "30/11")],
            ["no_discussion", "short_meeting"])},
        # 5. December — absentee table; A Nhưm "Không có lý do" a third time.
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2023"),
            P("Hôm nay, ngày 12/12/2023, từ 19 giờ 00 đến 21 giờ 30 phút, tại nhà rông thôn Kon Ktu, chi bộ sinh "
              "hoạt thường kỳ tháng 12, kết hợp kiểm điểm, đánh giá chất lượng đảng viên năm 2023. Chủ trì: đồng "
              "chí A Thút – Bí thư chi bộ. Thư ký: đồng chí Y Blơi."),
            P("Tổng số 24 đồng chí, miễn sinh hoạt 02, phải dự 22; có mặt 20; vắng 02 đồng chí, cụ thể:"),
            T([(0.10, "STT", "c"), (0.45, "Họ và tên", "l"), (0.45, "Lý do vắng", "l")], [
                ["1", "A Nhưm", "Không có lý do"],
                ["2", "Y Nhen", "Sinh con"],
            ]),
            P("Đồng chí Bí thư báo cáo tổng kết năm 2023: 100% hộ có đường vào khu sản xuất; không có học sinh bỏ "
              "học; thu nhập bình quân tăng; chi bộ hoàn thành tốt nhiệm vụ. Các đảng viên lần lượt đọc bản tự kiểm "
              "điểm."),
            P("Ý kiến: đồng chí A Dơn đề nghị chi bộ gặp gia đình đồng chí A Nhưm vì cả năm vắng họp nhiều lần; "
              "đồng chí Nguyễn Văn Thành đề nghị làm sớm hồ sơ xếp loại để kịp nộp xã."),
            P("Đồng chí A Thút kết luận: chi bộ ghi nhận kết quả năm 2023; nghiêm túc rút kinh nghiệm việc đảng "
              "viên vắng họp không lý do. Phân công: đồng chí A Thút và đồng chí Y Blơi hoàn thiện hồ sơ đánh giá, "
              "xếp loại đảng viên năm 2023, nộp Đảng ủy xã chậm nhất 25/12/2023; đồng chí A Hmưn gặp gia đình đồng "
              "chí A Nhưm tìm hiểu hoàn cảnh, báo cáo chi bộ kỳ họp tháng 01/2024; Chi hội Cựu chiến binh thăm hỏi "
              "các gia đình chính sách trước Tết Nguyên đán Giáp Thìn."),
            P("Chi bộ biểu quyết kết luận: 20/20 đồng chí tán thành (100%). Buổi sinh hoạt kết thúc lúc 21 giờ 30, "
              "biên bản đã được đọc lại và thông qua."),
            _KSIGN,
         ],
         "truth": minute(
            meeting("regular", "2023-12-12", "19:00", "21:30", "nhà rông thôn Kon Ktu", *_K),
            "A Thút", "Bí thư chi bộ", "Y Blơi",
            att(24, 20, 2, 1, 1, exempt=2, absentees=[ab("A Nhưm", "Không có lý do", False),
                                                      ab("Y Nhen", "Sinh con", True)]),
            True,
            [vote("Kết luận tháng 12/2023", 20, None, None, 100)],
            [task("A Thút", "hoàn thiện hồ sơ đánh giá, xếp loại đảng viên năm 2023, nộp Đảng ủy xã", "25/12/2023"),
             task("Y Blơi", "hoàn thiện hồ sơ đánh giá, xếp loại đảng viên năm 2023, nộp Đảng ủy xã", "25/12/2023"),
             task("A Hmưn", "gặp gia đình đồng chí A Nhưm tìm hiểu hoàn cảnh, báo cáo chi bộ",
                  "kỳ họp tháng 01/2024"),
             task("Chi hội Cựu chiến binh", "thăm hỏi các gia đình chính sách", "Tết Nguyên đán Giáp Thìn")],
            ["unexcused_absence"])},
    ],
})


# =================================================================================================
# g10 — minute BOOK, Phú Thọ (Thu Cúc), a Mường hamlet cell, January–April 2026: three minutes, each after
# the first mid-page; February combined with the Q1 thematic meeting (the XIV Congress resolution);
# March skipped for the election (said in April); a task table with the assignee column second; a
# ruled table of counts.
# =================================================================================================

_D = ("CHI BỘ KHU ĐỒNG PHAI", "ĐẢNG BỘ XÃ THU CÚC")
_DSIGN = S(["THƯ KÝ", "", "", "Đinh Thị Huệ"], ["T/M CHI BỘ", "BÍ THƯ", "", "Hà Văn Khoa"])

DOCS.append({
    "name": "g10-phutho-muong-hamlet-book-jan-apr-2026", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 2,
              "left": 74, "right": 58, "head": "Chi bộ khu Đồng Phai – Sổ biên bản năm 2026",
              "foot": "Trang {n}"},
    "between": 20,
    "flags": ["missing_month"],
    "minutes": [
        # 1. January — "+" opinions; tasks under "Giao nhiệm vụ:" (two members, two bodies, a role, no time).
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ THU CÚC", "CHI BỘ KHU ĐỒNG PHAI", "Số: 01-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thu Cúc, ngày 09 tháng 01 năm 2026"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01/2026"),
            G(2),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: 19 giờ 30, ngày 09/01/2026."),
            L("- Địa điểm: Nhà văn hóa khu Đồng Phai."),
            L("- Tổng số đảng viên: 17; miễn sinh hoạt: 01 (đ/c Đinh Văn Lự, 88 tuổi); có mặt: 16/16."),
            L("- Chủ trì: đ/c Hà Văn Khoa – Bí thư chi bộ; thư ký: đ/c Đinh Thị Huệ."),
            H("II. NỘI DUNG"),
            L("1. Đ/c Bí thư thông tin: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng khai mạc ngày 19/01/2026; "
              "ngày 15/3/2026 bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
              "2026 – 2031."),
            L("2. Kết quả tháng 12/2025: trồng mới 12 ha keo; hái chè lứa cuối; không có cháy rừng; thu đảng phí "
              "năm 2025 đạt 100%."),
            L("3. Nhiệm vụ tháng 01: đốn, chăm sóc chè vụ đông; phòng cháy rừng; chuẩn bị cho bà con đón Tết Bính "
              "Ngọ; rà soát danh sách cử tri."),
            H("III. THẢO LUẬN"),
            L("+ Đ/c Xa Văn Chiến: đường băng cản lửa giáp Vườn quốc gia Xuân Sơn cỏ mọc lại, mùa khô năm nay "
              "hanh, phải tuần tra nhiều hơn."),
            L("+ Đ/c Bùi Thị Nga: nhiều người trong khu đi làm công ty ở Bắc Ninh, Vĩnh Phúc, phải ghi tạm vắng "
              "đúng để danh sách cử tri không sót."),
            H("IV. KẾT LUẬN"),
            L("Đ/c Hà Văn Khoa kết luận: tháng 01 chi bộ tập trung chăm sóc chè, giữ rừng, lo Tết cho bà con và "
              "chuẩn bị tốt cho bầu cử. Giao nhiệm vụ:"),
            L("- Đ/c Xa Văn Chiến (Tổ trưởng tổ bảo vệ rừng) chịu trách nhiệm tuần tra, canh lửa khu rừng keo giáp "
              "Vườn quốc gia Xuân Sơn trong suốt mùa khô."),
            L("- Đ/c Bùi Thị Nga, đ/c Đinh Thị Huệ rà soát, lập danh sách cử tri của khu, xong trước 15/02/2026."),
            L("- Chi hội Người cao tuổi và Ban công tác Mặt trận khu thăm, tặng quà các gia đình chính sách trước "
              "Tết Bính Ngọ."),
            L("- Đ/c Phó Bí thư phụ trách thu đảng phí năm 2026."),
            H("V. BIỂU QUYẾT"),
            L("16/16 đồng chí tán thành (100%)."),
            L("Buổi họp kết thúc lúc 21 giờ 40 phút, biên bản đã được đọc lại và thông qua."),
            _DSIGN,
         ],
         "truth": minute(
            meeting("regular", "2026-01-09", "19:30", "21:40", "Nhà văn hóa khu Đồng Phai", *_D),
            "Hà Văn Khoa", "Bí thư chi bộ", "Đinh Thị Huệ",
            att(17, 16, exempt=1),
            True,
            [vote("Kết luận tháng 01/2026", 16, None, None, 100)],
            [task("Xa Văn Chiến", "tuần tra, canh lửa khu rừng keo giáp Vườn quốc gia Xuân Sơn", "suốt mùa khô"),
             task("Bùi Thị Nga", "rà soát, lập danh sách cử tri của khu", "15/02/2026"),
             task("Đinh Thị Huệ", "rà soát, lập danh sách cử tri của khu", "15/02/2026"),
             task("Chi hội Người cao tuổi", "thăm, tặng quà các gia đình chính sách", "Tết Bính Ngọ"),
             task("Ban công tác Mặt trận khu", "thăm, tặng quà các gia đình chính sách", "Tết Bính Ngọ"),
             task("Phó Bí thư", "thu đảng phí năm 2026", None)],
            [])},
        # 2. February — combined with the Q1 thematic meeting in 110 minutes; task table "TT | Người thực
        #    hiện | Nội dung | Thời gian" with a two-name cell, a lunar-night deadline, "Từng đảng viên".
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2026"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ I"),
            C("Chuyên đề: Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
              bold=False, italic=True),
            G(2),
            L("- Thời gian: từ 19 giờ 30 đến 21 giờ 20, ngày 05/02/2026. Địa điểm: Nhà văn hóa khu Đồng Phai."),
            L("- Có mặt: 15/16 đồng chí phải dự (01 đồng chí miễn sinh hoạt); vắng: đ/c Đinh Công Tuấn (đi làm ở "
              "Khu công nghiệp Thụy Vân, có báo)."),
            L("- Chủ trì: đ/c Hà Văn Khoa – Bí thư chi bộ; thư ký: đ/c Đinh Thị Huệ."),
            L("1. Phần thường kỳ: danh sách cử tri đã lập xong ngày 02/02; khu không có cháy rừng; chè vụ đông "
              "đã đốn xong 80%."),
            L("2. Phần chuyên đề: đ/c Hà Văn Khoa truyền đạt những điểm mới trong Nghị quyết Đại hội XIV của Đảng; "
              "liên hệ nhiệm vụ của khu: phát triển kinh tế đồi rừng, giữ bản sắc văn hóa Mường, xây dựng khu dân "
              "cư kiểu mẫu."),
            L("3. Thảo luận: đ/c Bùi Văn Thành đề nghị hướng dẫn bà con vay vốn trồng keo gỗ lớn; đ/c Hà Thị Mai "
              "đề nghị khôi phục đội chiêng của khu để đón Tết và phục vụ ngày bầu cử."),
            L("4. Kết luận: đ/c Bí thư kết luận chi bộ thống nhất với nội dung chuyên đề; mỗi đảng viên viết bản "
              "đăng ký làm theo Nghị quyết; đón Tết an toàn, không để cháy rừng đêm giao thừa. Phân công:"),
            T([(0.07, "TT", "c"), (0.27, "Người thực hiện", "l"), (0.44, "Nội dung", "l"), (0.22, "Thời gian", "l")], [
                ["1", "Chi đoàn khu", "Trang trí nhà văn hóa, treo cờ Tổ quốc dịp Tết và bầu cử", "Trước 10/02/2026"],
                ["2", "Đ/c Xa Văn Chiến, đ/c Bùi Văn Thành", "Trực phòng cháy rừng, canh gác đêm giao thừa",
                 "Đêm 30 Tết"],
                ["3", "Đ/c Bùi Thị Nga", "Niêm yết danh sách cử tri tại nhà văn hóa khu; tiếp nhận ý kiến về danh "
                                     "sách", "Theo lịch của Ủy ban bầu cử xã"],
                ["4", "Đ/c Hà Thị Mai", "Tập hợp lại đội chiêng của khu", "Tháng 3/2026"],
                ["5", "Từng đảng viên", "Viết bản đăng ký làm theo Nghị quyết Đại hội XIV", "Tháng 3/2026"],
            ]),
            L("5. Biểu quyết: tán thành 15/15, không tán thành 0, không biểu quyết 0."),
            L("Biên bản được đọc lại, chi bộ nhất trí thông qua lúc 21 giờ 20 phút."),
            _DSIGN,
         ],
         "truth": minute(
            meeting("regular", "2026-02-05", "19:30", "21:20", "Nhà văn hóa khu Đồng Phai", *_D,
                    topic="Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
            "Hà Văn Khoa", "Bí thư chi bộ", "Đinh Thị Huệ",
            att(17, 15, 1, 1, 0, exempt=1,
                absentees=[ab("Đinh Công Tuấn", "đi làm ở Khu công nghiệp Thụy Vân, có báo", True)]),
            True,
            [vote("Nội dung chuyên đề và kết luận tháng 02/2026", 15, 0, 0)],
            [task("Chi đoàn khu", "Trang trí nhà văn hóa, treo cờ Tổ quốc dịp Tết và bầu cử", "10/02/2026"),
             task("Xa Văn Chiến", "Trực phòng cháy rừng, canh gác đêm giao thừa", "Đêm 30 Tết"),
             task("Bùi Văn Thành", "Trực phòng cháy rừng, canh gác đêm giao thừa", "Đêm 30 Tết"),
             task("Bùi Thị Nga", "Niêm yết danh sách cử tri tại nhà văn hóa khu; tiếp nhận ý kiến về danh sách",
                  "Theo lịch của Ủy ban bầu cử xã"),
             task("Hà Thị Mai", "Tập hợp lại đội chiêng của khu", "Tháng 3/2026")],
            ["short_meeting"])},
        # 3. April — a ruled table of counts, 14 of 16; "chủ trì, phối hợp với"; never read back.
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2026"),
            L("(Tháng 3/2026 chi bộ không sinh hoạt do tập trung phục vụ cuộc bầu cử ngày 15/3/2026.)",
              italic=True),
            L("- Thời gian: bắt đầu 19 giờ 30, ngày 07/4/2026. Địa điểm: Nhà văn hóa khu Đồng Phai."),
            L("- Chủ trì: đ/c Hà Văn Khoa – Bí thư chi bộ; thư ký: đ/c Đinh Thị Huệ."),
            L("- Tình hình đảng viên dự họp:"),
            T([(0.20, "Tổng số", "c"), (0.22, "Miễn sinh hoạt", "c"), (0.18, "Phải dự", "c"),
               (0.20, "Có mặt", "c"), (0.20, "Vắng", "c")], [["17", "01", "16", "14", "02"]]),
            L("Vắng: đ/c Đinh Công Tuấn (đi làm ở Bắc Ninh), đ/c Hà Thị Mai (ốm)."),
            L("1. Đ/c Bí thư đánh giá: cuộc bầu cử ở khu đạt 99,6% cử tri đi bầu; chè xuân bắt đầu hái; có 02 hộ "
              "đốt nương làm cháy lan sang rừng keo của hộ bên cạnh, thiệt hại nhỏ; một số hộ còn phun thuốc diệt "
              "cỏ trong nương chè."),
            L("2. Ý kiến: đ/c Xa Văn Chiến đề nghị lập biên bản các hộ đốt nương không báo tổ bảo vệ rừng; đ/c "
              "Đinh Thị Huệ cho biết công ty chè chỉ thu mua búp chè của vùng trồng có mã số."),
            L("3. Kết luận của đ/c Bí thư: giữ rừng, không đốt nương khi trời hanh; sản xuất chè sạch; chuẩn bị "
              "trồng rừng vụ xuân hè. Phân công:"),
            L("- Đ/c Hà Văn Khoa chủ trì, phối hợp với đ/c Xa Văn Chiến kiểm tra các hộ đốt nương, phun thuốc diệt "
              "cỏ trong nương chè, hằng tuần."),
            L("- Đề nghị đồng chí Đinh Thị Huệ hướng dẫn các hộ trồng chè đăng ký mã số vùng trồng, trong quý "
              "II/2026."),
            L("- Chi hội Nông dân khu vận động bà con trồng keo gỗ lớn sau khi có mưa đầu mùa."),
            L("4. Biểu quyết: 14/14 đồng chí có mặt tán thành."),
            L("Cuộc họp kết thúc lúc 21 giờ 15 phút."),
            _DSIGN,
         ],
         "truth": minute(
            meeting("regular", "2026-04-07", "19:30", "21:15", "Nhà văn hóa khu Đồng Phai", *_D),
            "Hà Văn Khoa", "Bí thư chi bộ", "Đinh Thị Huệ",
            att(17, 14, 2, 2, 0, exempt=1,
                absentees=[ab("Đinh Công Tuấn", "đi làm ở Bắc Ninh", True), ab("Hà Thị Mai", "ốm", True)]),
            True,
            [vote("Kết luận tháng 4/2026", 14)],
            [task("Hà Văn Khoa", "chủ trì, phối hợp với đ/c Xa Văn Chiến kiểm tra các hộ đốt nương, phun thuốc "
                                 "diệt cỏ trong nương chè", "hằng tuần"),
             task("Đinh Thị Huệ", "hướng dẫn các hộ trồng chè đăng ký mã số vùng trồng", "quý II/2026"),
             task("Chi hội Nông dân khu", "vận động bà con trồng keo gỗ lớn", "sau khi có mưa đầu mùa")],
            ["low_attendance", "not_approved"])},
    ],
    "scans": [{"name": "g12-phutho-muong-hamlet-book-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 1210, "dpi": 200}],
})
