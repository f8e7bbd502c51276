"""Held-out set 6, writer h (dev/, `h…`): the Red River Delta, the North-West and North-Central (Thanh Hóa, Nghệ An,
Hà Tĩnh) — a school, a district military staff, villages, a provincial department, a police team, a medical centre,
a city residential group, an enterprise workshop.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), the bench,
tests, the parts, the truth files or the minute texts of the earlier held-out sets, and without running the
extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely.
(The DejaVu Serif family is the renderer's key "dejavu".)

Files (name -> what varies -> minute flags / book flags):

- h01-hanam-school-three-votes-clean -> Hà Nam upper-secondary school; Serif 13 justified, "Trang n/N", 3 pages;
  "BIÊN BẢN HỘI NGHỊ CHI BỘ" + "Kỳ họp tháng 11 năm 2024"; "từ 14h00 đến 16h15"; official / probationary counts, a
  member arriving 15 min late (present), one absentee in the count line, a guest of the district organisation
  board; opinions incl. a question and answer; three votes in page order: full member by raised hands ("20/20
  đảng viên chính thức có mặt … đạt 100%"), admission by secret ballot ("phát ra 20 phiếu … 19 phiếu đồng ý
  (95%), 01 phiếu không đồng ý"), the conclusion ("tán thành 23; không tán thành 0; ý kiến khác 0"); conclusion as
  "(1)…(4)"; per-person task list "- Đ/c X: …" with two people in one line, "chậm nhất chiều 18/11", "chiều thứ
  Bảy hằng tuần", "Chi ủy: … kỳ họp tháng 12/2024"; "NGƯỜI GHI BIÊN BẢN" / "T/M CHI BỘ – BÍ THƯ" -> — / —
- h02-sonla-military-staff-resolution-no-conclusion -> Sơn La district military command, staff cell; DejaVu Serif
  11.5, "- n -" at the top of page 2; three-level header "ĐẢNG BỘ QUÂN SỰ TỈNH / ĐẢNG ỦY QUÂN SỰ HUYỆN / CHI BỘ";
  Thái names with ranks; "Hồi 7 giờ 30 phút"; "Quân số đảng viên"; "PHẦN MỘT/HAI/BA"; the chair reads a draft
  monthly resolution ("nghị quyết lãnh đạo") whose "tổ chức thực hiện" gives the tasks (a role, a named officer,
  two officers, "Tổ trực chỉ huy … suốt mùa khô năm 2025"); discussion with a question; the chair only "tiếp thu
  và giải trình"; the resolution is voted "10/10 … đạt 100%" -> missing_conclusion / —
- h03-thaibinh-village-guest-direction-no-conclusion -> Thái Bình village; Serif 14 ragged, no indent; "Số:
  03-BB/CB"; "Vào hồi 19 giờ"; 5 exempt members named, "Có mặt 27/29 đồng chí phải sinh hoạt", absentees on "+"
  lines ("không lý do"); the commune committee member in charge attends and his "Ý kiến chỉ đạo" ("một là … hai
  là … ba là") stands where a conclusion would; then "chi ủy phân công:" (a named member, "rằm tháng Hai âm
  lịch", "Chi đoàn thanh niên thôn … sáng Chủ nhật hằng tuần", "Tổ an ninh trật tự thôn … thường xuyên"); no
  conclusion, only the minutes approved "27/27" -> missing_conclusion, missing_vote, unexcused_absence / —
- h04-hungyen-justice-office-plan-reference-75min -> Hưng Yên provincial Justice department office; Sans 11.5
  justified, no indent; three-level header "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH / ĐẢNG BỘ SỞ TƯ PHÁP / CHI BỘ …";
  "Hồi 8 giờ 00", the end time only in the closing sentence ("hồi 9 giờ 15 phút": 75 min); "Dự họp: 09/09";
  "Nội dung 1. … 6."; "Kết luận số 76-KL/TW" in the news; named opinions, one a member volunteering ("xin nhận
  …"); a real conclusion voted "09/09"; the heading "Phân công thực hiện" only sends members back to an old plan
  ("Kế hoạch số 08-KH/CB") and petitions the Đảng ủy Sở; signature "BÍ THƯ" only -> missing_assignments,
  short_meeting / —
- h05-nghean-police-traffic-ballot-table-clean -> Nghệ An district police traffic team; DejaVu Sans 10.5; the cell
  name over two header lines; "- Thời gian: / - Địa điểm: / - Quân số đảng viên:" fields; "Chủ tọa" with ranks;
  Roman headings; Q&A; admission by secret ballot of official members ("đồng ý 13 phiếu (92,86%), không đồng ý 01
  phiếu"); conclusion voted by hands "15/15 … (100%), không có đồng chí nào không tán thành"; a task table
  "TT | Người thực hiện | Nội dung công việc | Phối hợp | Thời hạn" (assignee first, ranks in the cells, an
  extra partner column, two officers in one cell, a group, "Chi ủy", "Trước 25/5/2025", "Tối thứ Sáu, thứ Bảy
  hằng tuần", "Quý II/2025"); the table starts on page 2 -> — / —
- h06-hatinh-medical-centre-absentee-table-low -> Hà Tĩnh district medical centre, internal-medicine ward; Serif
  12.5, "- n -" at the foot; "Bắt đầu: 16h30' – Kết thúc: 18h45'"; degrees before names (dropped); a guest;
  "17/21 … (đạt 80,95%)"; absentee table "TT | Họ và tên | Chức danh | Lý do vắng" with centred headings, reasons
  "Nghỉ chế độ thai sản", "Trực cấp cứu liên khoa", "Chưa có lý do" and an empty cell; a member arriving late;
  opinions as quotes, one by role only ("Đồng chí Điều dưỡng trưởng khoa: …"), the guest's remark; conclusion
  "1. 2. 3." whose point 2 gives the "Chi ủy" a task; "tán thành 16/17 đồng chí (94,12%); 01 đồng chí không tán
  thành"; the year's grading voted "17/17"; "chi bộ phân công như sau:" passive "được giao", a role only
  ("Điều dưỡng trưởng khoa"), two people with the deadline in a second sentence, "tuần đầu tháng 01/2025"
  -> low_attendance, unexcused_absence / —
- h07-laichau-hanhi-village-unnamed-general-not-read -> Lai Châu, Hà Nhì border village; Serif 13.5 justified;
  "Hôm nay, vào hồi 8 giờ 00 phút"; counts in prose; two guests who only attend (a border-guard officer, the
  women's union head "bà …"); "1- … 5-" run-in parts; "có 03 lượt ý kiến phát biểu" with nobody named; the
  Bí thư's conclusion holds only general calls ("Đề nghị các đoàn thể trong bản …", "mỗi đảng viên …") and the
  cell's petition to the commune; voted "18/18"; ends "Biên bản này được lập thành 02 bản …", never read back;
  page 2 holds the last line and the signatures -> missing_assignments, no_discussion, not_approved / —
- h08-hanoi-retirees-combined-110min-template-dots -> Hà Nội residential group of retired members; DejaVu Serif
  11, italic running head right-aligned on page 2; regular + thematic combined ("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ
  III/2024" + "Chuyên đề: “…”" over two lines) "từ 8h00 đến 9h50" (110 < 120); 9 exempt counted only, "34/37
  (91,9%)", three absentees with reasons on "+" lines; "Khách mời: ……" left in the ward template; "A. … E."
  parts; opinions as direct quotes; conclusion voted "34/34 … (tỷ lệ 100%)"; task table "TT | Công việc | Đảng
  viên, đoàn thể phụ trách | Thời hạn" with two groups in one cell, two people in one cell, a role ("Tổ trưởng tổ
  dân phố"), a deadline cell "……", "Trong tuần tới", "Ngay sau cuộc họp" -> short_meeting, unfilled_template / —
- h09-haiduong-ceramics-kiln-lunar-deadlines-clean -> Hải Dương ceramics company kiln workshop; Sans 12 ragged,
  "Trang n" at the foot; header "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH / ĐẢNG BỘ CÔNG TY … / CHI BỘ …"; "(Kỳ tháng
  01/2025)"; "Từ 15 giờ 00 phút đến 17 giờ 00 phút"; "được chi bộ cử làm thư ký"; Q&A; "Đồng chí chủ trì tiếp
  thu ý kiến và kết luận:" inside the discussion; "12/12 đ/c, đạt 100%"; a probationary member recognised by
  "11/11 đảng viên chính thức có mặt"; tasks in prose: passive ("được giao", "Việc … giao cho Tổ cơ điện"), a
  task over three sentences ("Hạn gửi chậm nhất ngày 18/01/2025"), a role ("Phó Quản đốc phân xưởng"), lunar
  deadlines "23 tháng Chạp", "ngày mùng 6 tháng Giêng" -> — / —
- h10-thanhhoa-village-book-oct2024-feb2025 -> minute BOOK of a Mường/Thái village cell in Thanh Hóa (Bá Thước),
  Serif 12, right-aligned italic running head from page 2, "- n -" at the foot; five minutes on 4 pages, every
  one after the first starts mid-page under the previous signatures and carries no header of its own:
    1. 05/10/2024 regular, 2 exempt named, "Đ/c Hà Văn Thắm vắng mặt, không xin phép" -> unexcused_absence
    2. 06/11/2024 regular, "22/22 đ/c phải dự", Q&A, "cùng Tổ bảo vệ rừng" (partner), two people -> —
    3. 05/12/2024 regular, "(không báo cáo)"; conclusion, no vote, only read back -> missing_vote,
       unexcused_absence
    4. 10/01/2025 THEMATIC only ("SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2025" + "Chuyên đề:" line), Thắm absent with a
       reason; "Rằm tháng Giêng", "Tết Nguyên đán" -> —
    5. 14/02/2025 regular, absentee table "STT | Đảng viên vắng | Lý do" ("Không lý do"), 18/22 (81,8%); the
       minute explains that January had only the thematic meeting; "tiết Thanh minh" -> low_attendance,
       unexcused_absence
  book -> missing_month (January 2025: no regular meeting), no_thematic_in_quarter (Q4/2024 lies wholly inside
  Oct–Feb with neither a thematic nor a combined meeting), repeated_absence (Hà Văn Thắm: Oct, Dec, Feb)
- h11-nghean-police-scan-moderate -> image-only twin of h05, moderate, 250 dpi -> as h05
- h12-thaibinh-village-scan-photocopy -> image-only twin of h03, photocopy, 300 dpi -> as h03

Minutes: 14 (9 single + a book of 5); without flags: h01, h05, h09, book Nov, book Jan (5 of 14).

Labelling decisions where the READMEs are silent:
- Secret ballot: "phát ra 20 phiếu, thu về 20 phiếu hợp lệ; 19 phiếu đồng ý (95%), 01 phiếu không đồng ý" ->
  for 19, against 1, abstain null, percent 95; the ballots issued/returned are no vote count. A secret ballot on
  admission is its own resolution, like a raised-hands one; it counts official members only.
- A draft monthly resolution (army "nghị quyết lãnh đạo") read by the chair and then voted (h02): its "tổ chức
  thực hiện" tasks are assignments, the vote is a resolution; the chair's "tiếp thu và giải trình" (answering a
  question, adding points to the draft) is no conclusion -> missing_conclusion, not missing_vote (as heldout2 t03).
- A guest's "ý kiến chỉ đạo" (h03: the Đảng ủy viên phụ trách chi bộ directing the cell, "một là … ba là") is a
  recorded opinion, not the chair's or the cell's conclusion, even where it stands in the conclusion's place; the
  chi ủy's task list after it gives assignments but no conclusion. Approving the minutes "27/27 … nhất trí thông
  qua" is no vote.
- "Chưa có lý do" (a table cell, h06) is unexcused (no reason at meeting time), `reason` as written; an empty
  reason cell has `reason` null, `excused` false. "không xin phép" (book Oct) is unexcused like "Không xin phép".
  "đi làm nương xa, đã báo chi ủy", "có gọi điện báo chi ủy", "nằm viện huyện, có báo" are excused.
- A member arriving late (h01, h06) is present and no absentee.
- A "Phân công thực hiện" heading that only sends members back to an earlier plan ("căn cứ chức trách, nhiệm vụ đã
  được giao tại Kế hoạch số 08-KH/CB") names nobody -> missing_assignments (h04); so are a member volunteering
  ("xin nhận …"), the cell's petitions ("Chi bộ kiến nghị Đảng ủy Sở …", "chi bộ sẽ đề xuất lãnh đạo Sở …",
  "Chi bộ đề nghị Đảng ủy, Ủy ban nhân dân xã …"), "Đề nghị các đoàn thể trong bản …" (no named group) and
  "mỗi đảng viên …" (h07); "chi bộ sẽ xem xét hình thức xử lý …" (book Feb) is the cell itself, no assignment.
- "Biên bản này được lập thành 02 bản, 01 bản lưu …" with no reading back -> not_approved (h07).
- A task given to a role whose holder is named elsewhere on the page ("Đồng chí Bí thư chi bộ chỉ đạo …",
  "Điều dưỡng trưởng khoa chịu trách nhiệm …", "đ/c Bí thư trực tiếp gặp …", "Phó Quản đốc phân xưởng …",
  table cell "Tổ trưởng tổ dân phố") has the role as written (without "Đồng chí/đ/c") as assignee; it is not
  resolved to the person.
- A conclusion point or clause that gives a group a task is an assignment: h06 point 2 "Chi ủy gặp đồng chí …"
  (deadline null), book Dec "chi ủy làm rõ việc …" (lower case as written, deadline null).
- Task tables: an extra "Phối hợp" column holds partners, never assignees; ranks in the assignee cell are dropped
  ("Thiếu tá Hồ Sỹ Lâm" -> "Hồ Sỹ Lâm"); two officers or two people in one cell give one assignment each; two
  groups in one cell ("Tổ dân phố, Chi hội Cựu chiến binh") give one each; a deadline cell "……" gives null (and
  counts for unfilled_template); "Trong tuần tới" -> "tuần tới", "Trước 25/5/2025" -> "25/5/2025"; "Ngay sau cuộc
  họp" and "Tối thứ Sáu, thứ Bảy hằng tuần" are kept whole.
- Prose deadlines drop only the words in front of the time: "vào tối 15/3/2025" -> "tối 15/3/2025", "vào ngày
  16/11/2024" -> "ngày 16/11/2024", "vào ngày mùng 6 tháng Giêng" -> "ngày mùng 6 tháng Giêng", "tổng duyệt chậm
  nhất chiều 18/11" -> "chiều 18/11", "vào chiều thứ Bảy hằng tuần" -> "chiều thứ Bảy hằng tuần", "vào sáng Chủ
  nhật hằng tuần" -> "sáng Chủ nhật hằng tuần", "hoàn thành trong tuần thứ hai của tháng 4" -> "tuần thứ hai của
  tháng 4", "xong trước rằm tháng Hai âm lịch" -> "rằm tháng Hai âm lịch", "xong trước 23 tháng Chạp" -> "23
  tháng Chạp", "trước ca sáng ngày 13/01/2025" -> "ca sáng ngày 13/01/2025", "trước tiết Thanh minh" -> "tiết
  Thanh minh", "trước Rằm tháng Giêng" -> "Rằm tháng Giêng", "Hạn gửi chậm nhất ngày 18/01/2025" -> "18/01/2025",
  "suốt mùa khô năm 2025" kept whole (heldout4); "trước ngày …" / "chậm nhất ngày …" drop "ngày" too, as before.
- A task over several sentences (h06 "… dự trù bổ sung. Việc dự trù phải gửi Khoa Dược chậm nhất ngày
  05/01/2025.", h09 three sentences) is one assignment; `task` is the action of the first sentence.
- Votes: "tán thành 23; không tán thành 0; ý kiến khác 0" -> 23 / 0 / 0 / null; "15/15 đồng chí tán thành (100%),
  không có đồng chí nào không tán thành" -> 15 / 0 / null / 100; "tán thành 21/21, không tán thành 0" -> 21 / 0 /
  null / null; "09/09 đồng chí tán thành", "18/18 … tán thành kết luận", "17/17 đồng chí có mặt nhất trí" -> for
  only. The year-end grading ("đề nghị mức xếp loại … Chi bộ biểu quyết: 17/17") is its own resolution.
- Names drop ranks, degrees and "bà" ("Thiếu tá Nguyễn Xuân Trường", "BSCKII. Đặng Văn Thành", "ĐD. Lê Thị Thu
  Hương", "BS. Trần Văn Minh", "bà Chu Thị Mé"); a non-member mass-organisation head invited is a guest.
- `chair.role` is "Bí thư chi bộ" where the page says "Bí thư chi bộ kiêm Trưởng thôn" / "Bí thư chi bộ, Trưởng
  khoa"; h04's chair is introduced as "Bí thư chi bộ" and signs "BÍ THƯ" only.
- `total` when "Chi bộ hiện có 09 đảng viên … Dự họp: 09/09" is 9; a cell name over two header lines ("CHI BỘ ĐỘI
  CẢNH SÁT GIAO THÔNG" / "– TRẬT TỰ") is one value joined by a space; a topic "Chuyên đề: “…”" drops the label
  and the quotes; `party_committee` is the committee right above the cell in a three-level header.
- Book: later minutes have no header and carry the book's cell and committee; a month whose only meeting is a
  separate thematic one (January, explained in the February minute) is still a missing month; that thematic
  minute has `month` 1 from its date (the title gives only the quarter).
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

REGULAR, THEMATIC = "regular", "thematic"


def TC(cols, rows):
    """A ruled table whose header cells are all centred."""
    return ("table", cols, rows, {"head_center": True})


# =====================================================================================================
# h01 — Hà Nam, upper-secondary school: three votes (full member by raised hands, admission by secret
# ballot, the conclusion), per-person task list, a late member, a guest from the district's organisation
# board. Clean.
# =====================================================================================================
H01 = {
    "name": "h01-hanam-school-three-votes-clean",
    "folder": "dev",
    "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "indent": 28,
              "left": 78, "right": 52, "top": 52, "bottom": 62, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN KIM BẢNG", "CHI BỘ TRƯỜNG THPT KIM BẢNG C", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kim Bảng, ngày 12 tháng 11 năm 2024"]),
            G(4),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
            C("Kỳ họp tháng 11 năm 2024", bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("1. Thời gian: từ 14h00 đến 16h15, thứ Ba ngày 12/11/2024."),
            P("2. Địa điểm: Phòng họp Hội đồng sư phạm, Trường THPT Kim Bảng C."),
            P("3. Thành phần dự họp:"),
            P("- Tổng số đảng viên của chi bộ: 24 đồng chí, gồm 21 đảng viên chính thức và 03 đảng viên dự bị."),
            P("- Có mặt: 23/24 đồng chí (chính thức 20, dự bị 03). Đồng chí Đỗ Thị Hằng đến muộn 15 phút vì phải "
              "đưa một học sinh bị ngã trong giờ thể dục đến Trạm y tế xã, đã báo trước với chi ủy."),
            P("- Vắng: 01 đồng chí – đ/c Phan Văn Khải, đi tập huấn tại Sở GD&ĐT theo giấy triệu tập."),
            P("- Dự và chỉ đạo: đồng chí Lê Thị Thu Hà, chuyên viên Ban Tổ chức Huyện ủy."),
            P("4. Chủ trì: đồng chí Nguyễn Hữu Thắng, Bí thư chi bộ, Hiệu trưởng nhà trường."),
            P("5. Thư ký: đồng chí Vũ Thị Minh Nguyệt, Chi ủy viên."),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự, phổ biến văn bản mới", bold=True, italic=True),
            P("Đồng chí Trần Thị Kim Oanh, Phó Bí thư chi bộ, thông tin tóm tắt những vấn đề nổi bật của Kỳ họp "
              "thứ 8, Quốc hội khóa XV; phổ biến công văn của Sở Giáo dục và Đào tạo về tổ chức kiểm tra giữa học "
              "kỳ I năm học 2024 – 2025 và kế hoạch của Huyện ủy về các hoạt động kỷ niệm 42 năm Ngày Nhà giáo "
              "Việt Nam (20/11/1982 – 20/11/2024)."),
            L("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 10/2024", bold=True, italic=True),
            P("Đồng chí Bí thư chi bộ trình bày báo cáo. Trong tháng, chi bộ đã lãnh đạo nhà trường tổ chức thành "
              "công Hội nghị viên chức, người lao động năm học 2024 – 2025; thực hiện đúng kế hoạch dạy học từ tuần "
              "1 đến tuần 9; 100% giáo viên đăng ký và thực hiện chuyên đề đổi mới phương pháp dạy học. Đoàn trường "
              "tổ chức hội thi \"Tìm hiểu lịch sử địa phương\" với 38 lớp tham gia."),
            P("Hạn chế: một số lớp khối 10 còn học sinh đi học muộn, nghỉ học không phép; tỷ lệ học sinh khối 10 có "
              "điểm kiểm tra thường xuyên môn Toán dưới trung bình còn 6,8%; việc cập nhật hồ sơ trên phần mềm "
              "quản lý của một số giáo viên còn chậm."),
            L("3. Phương hướng, nhiệm vụ tháng 11/2024", bold=True, italic=True),
            P("Tổ chức kiểm tra giữa học kỳ I nghiêm túc, đúng quy chế; tổ chức các hoạt động chào mừng Ngày Nhà "
              "giáo Việt Nam; phụ đạo học sinh yếu; hoàn thiện hồ sơ phát triển đảng viên; thu nộp đảng phí đúng "
              "kỳ hạn."),
            L("4. Ý kiến thảo luận", bold=True, italic=True),
            P("- Đ/c Lại Văn Cường (Tổ trưởng tổ Toán – Tin) cho rằng học sinh khối 10 yếu môn Toán một phần do các "
              "em chưa quen cách học ở cấp ba; đề nghị phụ đạo theo nhóm nhỏ, mỗi nhóm không quá 15 em."),
            P("- Đ/c Hoàng Thị Thu Trang (Bí thư Đoàn trường) báo cáo tiến độ tập luyện văn nghệ và đề nghị nhà "
              "trường hỗ trợ kinh phí thuê trang phục biểu diễn."),
            P("- Đ/c Đinh Công Tuấn (Phó Hiệu trưởng) hỏi: việc kiểm tra giữa kỳ có làm bài trắc nghiệm trên máy "
              "tính cho toàn khối 12 không? Đồng chí Bí thư trả lời: năm nay chỉ thí điểm hai môn Lịch sử và Địa "
              "lý khối 12, các môn khác vẫn làm bài trên giấy."),
            L("5. Xét chuyển đảng chính thức và đề nghị kết nạp đảng viên", bold=True, italic=True),
            P("a) Đồng chí Nguyễn Thị Phương Thảo, giáo viên Ngữ văn, được kết nạp vào Đảng ngày 08/11/2023, đã hết "
              "thời gian dự bị. Chi bộ nghe đồng chí Thảo đọc bản tự kiểm điểm, nghe ý kiến của đảng viên giúp đỡ "
              "và nhận xét của Đoàn trường, Công đoàn. Chi bộ biểu quyết bằng hình thức giơ tay: 20/20 đảng viên "
              "chính thức có mặt tán thành (đạt 100%) đề nghị công nhận đồng chí Nguyễn Thị Phương Thảo là đảng "
              "viên chính thức."),
            P("b) Quần chúng Lương Minh Đức, giáo viên Vật lý, đã học lớp bồi dưỡng nhận thức về Đảng. Chi bộ bỏ "
              "phiếu kín: phát ra 20 phiếu, thu về 20 phiếu hợp lệ; kết quả 19 phiếu đồng ý (95%), 01 phiếu không "
              "đồng ý. Chi bộ đề nghị Huyện ủy xem xét kết nạp quần chúng Lương Minh Đức vào Đảng."),
            L("6. Kết luận của đồng chí chủ trì", bold=True, italic=True),
            P("Đồng chí Nguyễn Hữu Thắng tiếp thu các ý kiến và kết luận:"),
            P("(1) Chi bộ thống nhất với đánh giá kết quả tháng 10 và phương hướng tháng 11/2024 như báo cáo."),
            P("(2) Kiểm tra giữa học kỳ I phải khách quan, ra đề theo ma trận chung của tổ chuyên môn; thí điểm làm "
              "bài trên máy tính với hai môn Lịch sử, Địa lý khối 12."),
            P("(3) Chương trình chào mừng ngày 20/11 tổ chức gọn nhẹ, tiết kiệm; nhà trường hỗ trợ kinh phí trang "
              "phục theo đề nghị của Đoàn trường."),
            P("(4) Phụ đạo môn Toán khối 10 theo nhóm nhỏ như ý kiến của tổ Toán – Tin."),
            P("Chi bộ biểu quyết thông qua kết luận: tán thành 23; không tán thành 0; ý kiến khác 0."),
            L("7. Phân công nhiệm vụ", bold=True, italic=True),
            P("- Đ/c Đinh Công Tuấn, Phó Hiệu trưởng: chỉ đạo các tổ chuyên môn ra đề, tổ chức kiểm tra giữa học kỳ "
              "I và nhập điểm lên phần mềm, hoàn thành trước ngày 22/11/2024."),
            P("- Đ/c Hoàng Thị Thu Trang: chủ trì, phối hợp với Công đoàn dàn dựng chương trình văn nghệ chào mừng "
              "ngày 20/11; tổng duyệt chậm nhất chiều 18/11."),
            P("- Đ/c Lại Văn Cường và đ/c Mai Xuân Hòa: lập danh sách, chia nhóm và trực tiếp phụ đạo học sinh yếu "
              "môn Toán khối 10 vào chiều thứ Bảy hằng tuần."),
            P("- Đ/c Vũ Thị Minh Nguyệt: hoàn thiện hồ sơ đề nghị kết nạp quần chúng Lương Minh Đức và hồ sơ chuyển "
              "đảng chính thức của đồng chí Nguyễn Thị Phương Thảo, nộp Ban Tổ chức Huyện ủy chậm nhất ngày "
              "30/11/2024."),
            P("- Chi ủy: kiểm tra việc thực hiện kết luận này, báo cáo chi bộ tại kỳ họp tháng 12/2024."),
            H("III. KẾT THÚC"),
            P("Hội nghị kết thúc lúc 16 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước hội nghị, các đồng chí "
              "dự họp nhất trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Vũ Thị Minh Nguyệt"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Hữu Thắng"]),
        ],
        "truth": minute(
            meeting(REGULAR, "2024-11-12", "14:00", "16:15",
                    "Phòng họp Hội đồng sư phạm, Trường THPT Kim Bảng C",
                    "CHI BỘ TRƯỜNG THPT KIM BẢNG C", "ĐẢNG BỘ HUYỆN KIM BẢNG"),
            "Nguyễn Hữu Thắng", "Bí thư chi bộ", "Vũ Thị Minh Nguyệt",
            attendance(24, 23, 1, 1, 0, 0,
                       [("Phan Văn Khải", "đi tập huấn tại Sở GD&ĐT theo giấy triệu tập", True)],
                       [("Lê Thị Thu Hà", "chuyên viên Ban Tổ chức Huyện ủy")]),
            True,
            [vote("Đề nghị công nhận đảng viên chính thức cho đ/c Nguyễn Thị Phương Thảo", 20, None, None, 100),
             vote("Đề nghị kết nạp quần chúng Lương Minh Đức (bỏ phiếu kín)", 19, 1, None, 95),
             vote("Thông qua kết luận tháng 11/2024", 23, 0, 0)],
            [task("Đinh Công Tuấn", "chỉ đạo các tổ chuyên môn ra đề, tổ chức kiểm tra giữa học kỳ I và nhập điểm "
                  "lên phần mềm", "22/11/2024"),
             task("Hoàng Thị Thu Trang", "chủ trì, phối hợp với Công đoàn dàn dựng chương trình văn nghệ chào mừng "
                  "ngày 20/11", "chiều 18/11"),
             task("Lại Văn Cường", "lập danh sách, chia nhóm và trực tiếp phụ đạo học sinh yếu môn Toán khối 10",
                  "chiều thứ Bảy hằng tuần"),
             task("Mai Xuân Hòa", "lập danh sách, chia nhóm và trực tiếp phụ đạo học sinh yếu môn Toán khối 10",
                  "chiều thứ Bảy hằng tuần"),
             task("Vũ Thị Minh Nguyệt", "hoàn thiện hồ sơ đề nghị kết nạp quần chúng Lương Minh Đức và hồ sơ chuyển "
                  "đảng chính thức của đồng chí Nguyễn Thị Phương Thảo, nộp Ban Tổ chức Huyện ủy", "30/11/2024"),
             task("Chi ủy", "kiểm tra việc thực hiện kết luận này", "kỳ họp tháng 12/2024")],
            []),
    }],
    "flags": [],
}


# =====================================================================================================
# h02 — Sơn La, district military command (staff cell): ranks, Thái names, a draft monthly resolution
# with its tasks, discussion with a question; the chair only "tiếp thu và giải trình", then the
# resolution is voted. No conclusion.
# =====================================================================================================
H02 = {
    "name": "h02-sonla-military-staff-resolution-no-conclusion",
    "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "spacing": 1.35, "justify": True, "indent": 24,
              "left": 70, "right": 50, "top": 56, "bottom": 60, "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUÂN SỰ TỈNH SƠN LA", "ĐẢNG ỦY QUÂN SỰ HUYỆN THUẬN CHÂU", "CHI BỘ THAM MƯU", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thuận Châu, ngày 03 tháng 4 năm 2025"], bold_left=(2,), size=9.5),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 NĂM 2025"),
            C("(Ra nghị quyết lãnh đạo thực hiện nhiệm vụ tháng 4/2025)", bold=False, italic=True),
            G(6),
            P("Hồi 7 giờ 30 phút ngày 03/4/2025, tại Hội trường Ban Chỉ huy Quân sự huyện, Chi bộ Tham mưu tiến "
              "hành sinh hoạt thường kỳ tháng 4/2025."),
            P("Quân số đảng viên: tổng số 11 đồng chí; có mặt 10 đồng chí; vắng 01 đồng chí (Thiếu tá Lò Văn Piểng, "
              "đi công tác bảo đảm diễn tập chiến đấu phòng thủ xã Chiềng Pấc)."),
            P("Chủ trì: Trung tá Cầm Văn Thưởng, Bí thư chi bộ, Phó Chỉ huy trưởng – Tham mưu trưởng Ban CHQS "
              "huyện."),
            P("Thư ký: Đại úy Quàng Thị Hương."),
            H("PHẦN MỘT: ĐÁNH GIÁ KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 3/2025"),
            P("Đồng chí Bí thư chi bộ thông qua báo cáo. Trong tháng, chi bộ lãnh đạo cơ quan duy trì nghiêm chế độ "
              "trực sẵn sàng chiến đấu, trực phòng không, trực phòng chống cháy rừng; phối hợp tiếp nhận 03 quân "
              "nhân xuất ngũ về địa phương; hướng dẫn các xã huấn luyện dân quân năm thứ hai đạt 96% quân số; hoàn "
              "thành công tác chuẩn bị diễn tập chiến đấu phòng thủ xã Chiềng Pấc đúng tiến độ."),
            P("Tồn tại: việc cập nhật sổ đăng ký quân nhân dự bị ở một số xã vùng cao còn chậm, có xã chưa nắm được "
              "số quân nhân dự bị đi làm ăn xa; 01 đồng chí chấp hành chế độ báo cáo chưa đúng thời gian quy định."),
            H("PHẦN HAI: DỰ THẢO NGHỊ QUYẾT LÃNH ĐẠO NHIỆM VỤ THÁNG 4/2025"),
            P("Đồng chí Bí thư chi bộ trình bày dự thảo nghị quyết với ba chỉ tiêu chính: 100% quân số cơ quan tham "
              "gia huấn luyện; không để xảy ra cháy rừng do chủ quan trong mùa khô; hoàn thành rà soát quân nhân "
              "dự bị hạng một trên địa bàn. Về tổ chức thực hiện, dự thảo nêu:"),
            P("- Đồng chí Bí thư chi bộ chỉ đạo Ban Tham mưu xây dựng kế hoạch huấn luyện dân quân năm thứ nhất, xong "
              "trước ngày 10/4/2025;"),
            P("- Thiếu tá Tòng Văn Thanh, Trợ lý Quân lực, chịu trách nhiệm rà soát, đăng ký quân nhân dự bị tại 29 "
              "xã, thị trấn, báo cáo kết quả trước 25/4/2025;"),
            P("- Đại úy Lường Văn Tấn và Trung úy Hà Văn Nam chuẩn bị thao trường, bãi tập, mô hình học cụ tại khu "
              "vực bản Nà Cài, hoàn thành trong tuần thứ hai của tháng 4;"),
            P("- Tổ trực chỉ huy duy trì trực sẵn sàng chiến đấu, trực phòng chống cháy rừng suốt mùa khô năm 2025."),
            H("PHẦN BA: THẢO LUẬN VÀ BIỂU QUYẾT"),
            P("- Thiếu tá Tòng Văn Thanh: nhất trí với dự thảo; đề nghị bổ sung chỉ tiêu 100% xã có phương án quản "
              "lý quân nhân dự bị đi làm ăn xa, vì hiện có trên 140 quân nhân dự bị của huyện đang làm việc tại các "
              "khu công nghiệp phía Bắc."),
            P("- Đại úy Lường Văn Tấn hỏi: kinh phí làm mô hình học cụ năm nay lấy từ nguồn nào, có được sửa chữa "
              "mô hình cũ của năm 2024 để dùng lại không?"),
            P("- Thượng úy Vì Thị Nhung: đề nghị cơ quan phối hợp với Hạt Kiểm lâm tập huấn cho dân quân các xã có "
              "rừng trước khi vào cao điểm nắng nóng tháng 4, tháng 5."),
            P("Đồng chí chủ trì tiếp thu và giải trình: kinh phí mô hình học cụ sử dụng nguồn bảo đảm huấn luyện năm "
              "2025 của Bộ Chỉ huy Quân sự tỉnh; mô hình cũ còn dùng được thì sửa chữa để dùng lại. Các ý kiến về "
              "quản lý quân nhân dự bị đi làm ăn xa và tập huấn phòng chống cháy rừng được bổ sung vào dự thảo."),
            P("Hội nghị biểu quyết thông qua nghị quyết lãnh đạo nhiệm vụ tháng 4/2025 (đã bổ sung) bằng hình thức "
              "giơ tay: 10/10 đồng chí có mặt nhất trí, đạt 100%."),
            P("Sinh hoạt kết thúc hồi 10 giờ 00 cùng ngày. Biên bản đã được đọc lại trước chi bộ và được 10/10 đồng "
              "chí nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Đại úy Quàng Thị Hương"], ["CHỦ TRÌ", "BÍ THƯ CHI BỘ", "", "Trung tá Cầm Văn Thưởng"]),
        ],
        "truth": minute(
            meeting(REGULAR, "2025-04-03", "07:30", "10:00", "Hội trường Ban Chỉ huy Quân sự huyện",
                    "CHI BỘ THAM MƯU", "ĐẢNG ỦY QUÂN SỰ HUYỆN THUẬN CHÂU"),
            "Cầm Văn Thưởng", "Bí thư chi bộ", "Quàng Thị Hương",
            attendance(11, 10, 1, 1, 0, 0,
                       [("Lò Văn Piểng", "đi công tác bảo đảm diễn tập chiến đấu phòng thủ xã Chiềng Pấc", True)]),
            False,
            [vote("Nghị quyết lãnh đạo nhiệm vụ tháng 4/2025", 10, None, None, 100)],
            [task("Bí thư chi bộ", "chỉ đạo Ban Tham mưu xây dựng kế hoạch huấn luyện dân quân năm thứ nhất",
                  "10/4/2025"),
             task("Tòng Văn Thanh", "rà soát, đăng ký quân nhân dự bị tại 29 xã, thị trấn", "25/4/2025"),
             task("Lường Văn Tấn", "chuẩn bị thao trường, bãi tập, mô hình học cụ tại khu vực bản Nà Cài",
                  "tuần thứ hai của tháng 4"),
             task("Hà Văn Nam", "chuẩn bị thao trường, bãi tập, mô hình học cụ tại khu vực bản Nà Cài",
                  "tuần thứ hai của tháng 4"),
             task("Tổ trực chỉ huy", "duy trì trực sẵn sàng chiến đấu, trực phòng chống cháy rừng",
                  "suốt mùa khô năm 2025")],
            ["missing_conclusion"]),
    }],
    "flags": [],
}


# =====================================================================================================
# h03 — Thái Bình, village cell: "Số:" line, 5 exempt named, absentees on "+" lines (one "không lý do"),
# a guest from the commune committee whose "ý kiến chỉ đạo" closes the discussion; the committee then
# hands out tasks (lunar deadline) but nobody concludes; only the minutes are approved.
# =====================================================================================================
H03 = {
    "name": "h03-thaibinh-village-guest-direction-no-conclusion",
    "folder": "dev",
    "style": {"family": "serif", "size": 14, "spacing": 1.22, "justify": False, "indent": 0,
              "left": 74, "right": 56, "top": 50, "bottom": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ VŨ TIẾN", "CHI BỘ THÔN HẢI QUỲNH", "Số: 03-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vũ Tiến, ngày 07 tháng 3 năm 2025"], size=12.5),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2025"),
            G(6),
            P("Vào hồi 19 giờ ngày 07 tháng 3 năm 2025, tại Nhà văn hóa thôn Hải Quỳnh, Chi bộ thôn họp thường kỳ "
              "tháng 3."),
            P("Đảng viên của chi bộ: 34 đồng chí, trong đó miễn sinh hoạt 05 đồng chí (các đồng chí Phạm Văn Trụ, "
              "Nguyễn Thị Sen, Đoàn Văn Hỷ, Phạm Thị Nhài, Bùi Văn Lạc – tuổi cao, sức yếu)."),
            P("Có mặt 27/29 đồng chí phải sinh hoạt. Vắng 02 đồng chí:"),
            P("+ Đ/c Nguyễn Văn Chiến – đi làm ăn xa tại Bình Dương, có đơn xin phép;", indent=24),
            P("+ Đ/c Trần Văn Dũng – không lý do.", indent=24),
            P("Dự họp có đồng chí Phạm Quang Huy – Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách chi bộ thôn."),
            P("Đồng chí Nguyễn Văn Toản, Bí thư chi bộ kiêm Trưởng thôn, điều hành buổi sinh hoạt; đồng chí Đỗ Thị "
              "Lan ghi biên bản."),
            H("1) Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin về chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị; tình "
              "hình chăm sóc lúa chiêm xuân trên địa bàn xã và lịch lấy nước đợt 3 của Công ty Khai thác công trình "
              "thủy lợi."),
            H("2) Kết quả tháng 2/2025"),
            P("Thôn gieo cấy xong 100% diện tích lúa xuân (96,4 ha) trước khung thời vụ; tổ chức lễ hội truyền thống "
              "đầu xuân an toàn, tiết kiệm; hoàn thành giao quân 04 thanh niên. Tồn tại: rác thải còn đổ ven bờ "
              "sông ở xóm 3; 11 hộ chưa nộp quỹ xây dựng nông thôn mới kiểu mẫu; việc bàn giao mặt bằng mở rộng "
              "đường trục thôn còn vướng 02 hộ."),
            H("3) Nhiệm vụ tháng 3/2025"),
            P("Chăm sóc lúa xuân, diệt chuột; vận động các hộ bàn giao mặt bằng đường trục thôn; vệ sinh môi trường "
              "ven sông; thu các khoản quỹ; giữ gìn an ninh trật tự, phòng chống đuối nước cho trẻ em."),
            H("4) Ý kiến thảo luận"),
            P("- Đ/c Vũ Thị Hoa (Chi hội trưởng Phụ nữ): hội viên sẵn sàng tham gia dọn rác ven sông, nhưng thôn cần "
              "bố trí thêm thùng rác ở bến đò và đầu xóm 3."),
            P("- Đ/c Phạm Văn Đông (Trưởng ban công tác Mặt trận): hai hộ chưa bàn giao mặt bằng chủ yếu vì chưa "
              "thống nhất giá đền bù cây trồng; đề nghị thôn mời cán bộ địa chính xã về giải thích."),
            P("- Đ/c Nguyễn Đức Mạnh hỏi: kinh phí mở rộng đường trục thôn do Nhà nước hỗ trợ bao nhiêu phần trăm? "
              "Đ/c Bí thư trả lời: ngân sách cấp trên hỗ trợ xi măng, phần còn lại do nhân dân đóng góp theo nghị "
              "quyết hội nghị thôn."),
            H("5) Ý kiến chỉ đạo của đồng chí Đảng ủy viên phụ trách chi bộ"),
            P("Đồng chí Phạm Quang Huy ghi nhận kết quả chi bộ đạt được trong tháng 2 và đề nghị chi bộ tập trung "
              "ba việc: một là, làm tốt công tác dân vận để hoàn thành giải phóng mặt bằng đường trục thôn trong "
              "tháng 3; hai là, giữ vệ sinh môi trường ven sông; ba là, chấn chỉnh việc chấp hành chế độ sinh hoạt "
              "đảng, làm rõ trường hợp đảng viên vắng sinh hoạt không lý do."),
            H("6) Phân công"),
            P("Trên cơ sở ý kiến thảo luận và ý kiến chỉ đạo, chi ủy phân công:"),
            P("- Đ/c Nguyễn Văn Toản chủ trì họp dân về mở rộng đường trục thôn vào tối 15/3/2025;"),
            P("- Đ/c Vũ Thị Hoa vận động 11 hộ nộp đủ quỹ xây dựng nông thôn mới kiểu mẫu, xong trước rằm tháng Hai "
              "âm lịch;"),
            P("- Giao Chi đoàn thanh niên thôn ra quân thu gom rác dọc bờ sông vào sáng Chủ nhật hằng tuần;"),
            P("- Tổ an ninh trật tự thôn tuần tra ban đêm, nhắc nhở các gia đình trông giữ trẻ nhỏ, không để trẻ tắm "
              "sông, thường xuyên."),
            P("Buổi sinh hoạt kết thúc vào 21 giờ 05 phút cùng ngày. Biên bản được thư ký đọc lại, 27/27 đồng chí có "
              "mặt nhất trí thông qua."),
            S(["THƯ KÝ", "", "Đỗ Thị Lan"], ["CHỦ TRÌ", "", "Nguyễn Văn Toản"]),
        ],
        "truth": minute(
            meeting(REGULAR, "2025-03-07", "19:00", "21:05", "Nhà văn hóa thôn Hải Quỳnh",
                    "CHI BỘ THÔN HẢI QUỲNH", "ĐẢNG BỘ XÃ VŨ TIẾN"),
            "Nguyễn Văn Toản", "Bí thư chi bộ", "Đỗ Thị Lan",
            attendance(34, 27, 2, 1, 1, 5,
                       [("Nguyễn Văn Chiến", "đi làm ăn xa tại Bình Dương, có đơn xin phép", True),
                        ("Trần Văn Dũng", "không lý do", False)],
                       [("Phạm Quang Huy", "Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách chi bộ thôn")]),
            False,
            [],
            [task("Nguyễn Văn Toản", "chủ trì họp dân về mở rộng đường trục thôn", "tối 15/3/2025"),
             task("Vũ Thị Hoa", "vận động 11 hộ nộp đủ quỹ xây dựng nông thôn mới kiểu mẫu",
                  "rằm tháng Hai âm lịch"),
             task("Chi đoàn thanh niên thôn", "ra quân thu gom rác dọc bờ sông", "sáng Chủ nhật hằng tuần"),
             task("Tổ an ninh trật tự thôn", "tuần tra ban đêm, nhắc nhở các gia đình trông giữ trẻ nhỏ, không để trẻ "
                  "tắm sông", "thường xuyên")],
            ["missing_conclusion", "missing_vote", "unexcused_absence"]),
    }],
    "flags": [],
    "scans": [{"name": "h12-thaibinh-village-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 6203, "dpi": 300}],
}


# =====================================================================================================
# h04 — Hưng Yên, a department of the provincial Justice office: three-level header, "hồi 8 giờ 00" with
# the end time only in the closing sentence (75 min); counts only; a member volunteers in the discussion;
# a "Phân công thực hiện" heading that only points to an old plan and a petition to the committee above.
# =====================================================================================================
H04 = {
    "name": "h04-hungyen-justice-office-plan-reference-75min",
    "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "spacing": 1.4, "justify": True, "indent": 0,
              "left": 72, "right": 60, "top": 58, "bottom": 64, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG BỘ SỞ TƯ PHÁP", "CHI BỘ PHÒNG HÀNH CHÍNH TƯ PHÁP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hưng Yên, ngày 14 tháng 8 năm 2024"], bold_left=(2,), size=10.5),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
            C("Tháng 8 năm 2024", bold=True),
            G(6),
            P("Hồi 8 giờ 00, ngày 14/8/2024, tại phòng họp tầng 3 trụ sở Sở Tư pháp, Chi bộ Phòng Hành chính tư "
              "pháp tổ chức sinh hoạt định kỳ tháng 8/2024."),
            P("Chi bộ hiện có 09 đảng viên (08 chính thức, 01 dự bị). Dự họp: 09/09, đạt 100%. Đồng chí Lê Thị "
              "Thanh Tâm, Bí thư chi bộ, Trưởng phòng chủ trì; đồng chí Ngô Văn Hiệp ghi biên bản."),
            H("Nội dung 1. Thông tin và quán triệt văn bản mới"),
            P("Đồng chí chủ trì phổ biến những điểm mới của Luật Đất đai năm 2024 có hiệu lực từ ngày 01/8/2024 liên "
              "quan đến chứng thực hợp đồng, giao dịch; thông tin Kết luận số 76-KL/TW của Bộ Chính trị về tiếp "
              "tục thực hiện Nghị quyết Trung ương 5 khóa XI và kế hoạch của Đảng ủy Sở về học tập, làm theo tư "
              "tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024."),
            H("Nội dung 2. Kết quả công tác tháng 7/2024"),
            P("Phòng tiếp nhận và giải quyết 1.245 hồ sơ cấp phiếu lý lịch tư pháp, 100% trả đúng hạn, trong đó 71% "
              "nộp trực tuyến; hướng dẫn nghiệp vụ hộ tịch cho 18 xã, phường; hoàn thành rà soát dữ liệu hộ tịch "
              "điện tử đợt 2. Tồn tại: vẫn còn hồ sơ phải bổ sung giấy tờ nhiều lần; một số công chức tư pháp cấp "
              "xã mới tuyển chưa thạo phần mềm đăng ký hộ tịch; số hồ sơ chờ xác minh ở cơ quan công an tăng."),
            H("Nội dung 3. Nhiệm vụ tháng 8/2024"),
            P("Rút ngắn thời gian trả phiếu lý lịch tư pháp cho hồ sơ không phải xác minh; tập huấn phần mềm hộ tịch "
              "cho công chức cấp xã; tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình."),
            H("Nội dung 4. Ý kiến thảo luận"),
            P("Đồng chí Nguyễn Thị Mai Phương nêu: thời gian trả phiếu bị kéo dài chủ yếu ở khâu xác minh; đề nghị "
              "làm việc lại với Phòng Hồ sơ Công an tỉnh để thống nhất quy trình tra cứu."),
            P("Đồng chí Trịnh Quốc Bảo xin nhận hướng dẫn trực tiếp phần mềm hộ tịch cho công chức tư pháp các xã "
              "mới, vì đồng chí từng phụ trách địa bàn huyện Văn Giang."),
            P("Đồng chí Ngô Văn Hiệp đề nghị phòng lập nhóm Zalo hỗ trợ nghiệp vụ để trả lời nhanh các vướng mắc của "
              "cấp xã."),
            H("Nội dung 5. Kết luận"),
            P("Đồng chí Bí thư kết luận: chi bộ đánh giá cao tinh thần trách nhiệm của đảng viên trong tháng 7; tháng "
              "8 tập trung hai việc trọng tâm là rút ngắn thời gian trả phiếu lý lịch tư pháp và nâng chất lượng "
              "đăng ký hộ tịch ở cấp xã; các ý kiến về phối hợp xác minh và hỗ trợ qua nhóm trực tuyến là phù "
              "hợp, chi bộ sẽ đề xuất lãnh đạo Sở xem xét áp dụng."),
            P("Chi bộ biểu quyết thông qua kết luận với 09/09 đồng chí tán thành."),
            H("Nội dung 6. Phân công thực hiện"),
            P("Các đồng chí đảng viên trong chi bộ căn cứ chức trách, nhiệm vụ đã được giao tại Kế hoạch số "
              "08-KH/CB ngày 02/01/2024 của chi bộ để tổ chức thực hiện. Chi bộ kiến nghị Đảng ủy Sở quan tâm bố "
              "trí thêm biên chế cho bộ phận lý lịch tư pháp."),
            P("Cuộc họp kết thúc hồi 9 giờ 15 phút cùng ngày. Biên bản đã được đọc lại cho các đồng chí dự họp nghe "
              "và nhất trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Ngô Văn Hiệp"], ["BÍ THƯ", "", "", "Lê Thị Thanh Tâm"]),
        ],
        "truth": minute(
            meeting(REGULAR, "2024-08-14", "08:00", "09:15", "phòng họp tầng 3 trụ sở Sở Tư pháp",
                    "CHI BỘ PHÒNG HÀNH CHÍNH TƯ PHÁP", "ĐẢNG BỘ SỞ TƯ PHÁP"),
            "Lê Thị Thanh Tâm", "Bí thư chi bộ", "Ngô Văn Hiệp",
            attendance(9, 9, 0, 0, 0, 0),
            True,
            [vote("Thông qua kết luận tháng 8/2024", 9)],
            [],
            ["missing_assignments", "short_meeting"]),
    }],
    "flags": [],
}


# =====================================================================================================
# h05 — Nghệ An, district police traffic team: "Thời gian:"-fields, ranks, "Quân số", a question and
# its answer, admission by secret ballot (official members), conclusion voted by hands, a task table
# with the assignee column first and an extra "Phối hợp" column. Clean.
# =====================================================================================================
H05_TASK_COLS = [(0.06, "TT", "c"), (0.22, "Người thực hiện", "l"), (0.36, "Nội dung công việc", "l"),
                 (0.18, "Phối hợp", "l"), (0.18, "Thời hạn", "l")]
H05 = {
    "name": "h05-nghean-police-traffic-ballot-table-clean",
    "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "spacing": 1.38, "justify": True, "indent": 20,
              "left": 68, "right": 52, "top": 54, "bottom": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG AN HUYỆN NGHI LỘC", "CHI BỘ ĐỘI CẢNH SÁT GIAO THÔNG", "– TRẬT TỰ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghi Lộc, ngày 09 tháng 5 năm 2025"], bold_left=(1, 2), size=10),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ THÁNG 5/2025"),
            G(6),
            L("- Thời gian: 13 giờ 30 phút, ngày 09/5/2025."),
            L("- Địa điểm: Hội trường Công an huyện."),
            L("- Quân số đảng viên: 16 đồng chí. Có mặt: 15/16 đ/c (chính thức 14, dự bị 01). Vắng: 01 đ/c – Thượng "
              "úy Võ Đình Quang (đi học Trung cấp lý luận chính trị)."),
            L("- Chủ tọa: Thiếu tá Hồ Sỹ Lâm – Bí thư chi bộ, Đội trưởng."),
            L("- Thư ký: Trung úy Nguyễn Thị Thu Hiền."),
            H("I. THÔNG TIN THỜI SỰ"),
            P("Đồng chí Phó Bí thư Phan Đình Thọ thông tin kết quả bảo đảm trật tự, an toàn giao thông dịp nghỉ lễ "
              "30/4 – 01/5/2025: trên địa bàn huyện không xảy ra tai nạn giao thông nghiêm trọng; lưu lượng phương "
              "tiện về Cửa Lò và các bãi biển Nghi Thiết, Nghi Yên tăng gần gấp đôi so với cùng kỳ."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 4/2025"),
            P("Đội đã lập biên bản 412 trường hợp vi phạm, trong đó 96 trường hợp vi phạm nồng độ cồn; tạm giữ 57 "
              "mô tô; phối hợp với Công an các xã giải tỏa 23 điểm họp chợ lấn chiếm lòng đường. Hạn chế: lực lượng "
              "mỏng so với yêu cầu tuần tra ban đêm; còn tình trạng học sinh chưa đủ tuổi điều khiển xe máy đến "
              "trường ở khu vực Quán Hành."),
            H("III. PHƯƠNG HƯỚNG THÁNG 5/2025"),
            P("Mở đợt cao điểm bảo đảm an toàn giao thông mùa du lịch hè; tăng tuần tra kiểm soát nồng độ cồn ban "
              "đêm; tuyên truyền trong các trường học trước kỳ nghỉ hè; hoàn thiện hồ sơ phát triển đảng viên."),
            H("IV. THẢO LUẬN"),
            P("Đại úy Nguyễn Văn Hùng hỏi: trong đợt cao điểm, tổ tuần tra đêm có được tăng cường cán bộ từ các "
              "đội khác không? Đồng chí Đội trưởng trả lời: Ban Giám đốc đã đồng ý tăng cường 04 cán bộ từ Đội "
              "Cảnh sát hình sự vào các tối thứ Sáu, thứ Bảy."),
            P("Thượng úy Trần Quốc Việt đề nghị in tờ rơi bằng mã QR để học sinh tra cứu các lỗi vi phạm thường gặp, "
              "thay vì phát tài liệu dày."),
            P("Trung úy Lê Anh Tú phản ánh camera tại nút giao Quốc lộ 1 – đường 535 hay mất tín hiệu, đề nghị báo "
              "cáo lãnh đạo để sửa chữa."),
            H("V. XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN"),
            P("Chi bộ xem xét hồ sơ của quần chúng Hồ Thị Ngọc Ánh, cán bộ Đội. Chi bộ bỏ phiếu kín, số phiếu phát ra "
              "14, thu về 14, hợp lệ 14. Kết quả: đồng ý 13 phiếu (92,86%), không đồng ý 01 phiếu."),
            H("VI. KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: nhất trí với báo cáo và phương hướng tháng 5; đợt cao điểm mùa du lịch là "
              "nhiệm vụ trọng tâm, mọi đảng viên phải gương mẫu, không để xảy ra tiêu cực khi xử lý vi phạm; tiếp "
              "thu ý kiến in tờ rơi có mã QR và đề xuất sửa chữa camera."),
            P("Biểu quyết bằng hình thức giơ tay: 15/15 đồng chí tán thành (100%), không có đồng chí nào không tán "
              "thành."),
            G(60),
            H("VII. PHÂN CÔNG NHIỆM VỤ"),
            T(H05_TASK_COLS, [
                ["1", "Thiếu tá Hồ Sỹ Lâm", "Xây dựng kế hoạch cao điểm bảo đảm TTATGT mùa du lịch hè 2025",
                 "Các tổ công tác", "15/5/2025"],
                ["2", "Đại úy Nguyễn Văn Hùng", "Tổ chức tuần tra, kiểm soát nồng độ cồn ban đêm trên Quốc lộ 1 và "
                 "đường 535", "Công an xã Nghi Thạch", "Tối thứ Sáu, thứ Bảy hằng tuần"],
                ["3", "Tổ Tuyên truyền", "In tờ rơi có mã QR, tuyên truyền Luật TTATGTĐB tại 04 trường THPT",
                 "Đoàn Thanh niên Công an huyện", "Trước 25/5/2025"],
                ["4", "Thượng úy Trần Quốc Việt, Trung úy Lê Anh Tú", "Hoàn thiện hồ sơ kết nạp quần chúng Hồ Thị "
                 "Ngọc Ánh, trình Đảng ủy Công an huyện", "", "Tháng 5/2025"],
                ["5", "Chi ủy", "Kiểm tra việc chấp hành điều lệnh, lễ tiết tác phong của đảng viên khi làm nhiệm "
                 "vụ trên tuyến", "Đội Tổng hợp", "Quý II/2025"],
            ]),
            P("Buổi họp kết thúc vào hồi 16 giờ 00 cùng ngày. Biên bản đã được thông qua cho toàn thể đảng viên dự "
              "họp nghe và nhất trí 100%."),
            S(["THƯ KÝ", "", "", "Trung úy Nguyễn Thị Thu Hiền"], ["CHỦ TỌA", "", "", "Thiếu tá Hồ Sỹ Lâm"]),
        ],
        "truth": minute(
            meeting(REGULAR, "2025-05-09", "13:30", "16:00", "Hội trường Công an huyện",
                    "CHI BỘ ĐỘI CẢNH SÁT GIAO THÔNG – TRẬT TỰ", "ĐẢNG BỘ CÔNG AN HUYỆN NGHI LỘC"),
            "Hồ Sỹ Lâm", "Bí thư chi bộ", "Nguyễn Thị Thu Hiền",
            attendance(16, 15, 1, 1, 0, 0, [("Võ Đình Quang", "đi học Trung cấp lý luận chính trị", True)]),
            True,
            [vote("Đề nghị kết nạp quần chúng Hồ Thị Ngọc Ánh (bỏ phiếu kín)", 13, 1, None, 92.86),
             vote("Thông qua kết luận tháng 5/2025", 15, 0, None, 100)],
            [task("Hồ Sỹ Lâm", "Xây dựng kế hoạch cao điểm bảo đảm TTATGT mùa du lịch hè 2025", "15/5/2025"),
             task("Nguyễn Văn Hùng", "Tổ chức tuần tra, kiểm soát nồng độ cồn ban đêm trên Quốc lộ 1 và đường 535",
                  "Tối thứ Sáu, thứ Bảy hằng tuần"),
             task("Tổ Tuyên truyền", "In tờ rơi có mã QR, tuyên truyền Luật TTATGTĐB tại 04 trường THPT",
                  "25/5/2025"),
             task("Trần Quốc Việt", "Hoàn thiện hồ sơ kết nạp quần chúng Hồ Thị Ngọc Ánh, trình Đảng ủy Công an "
                  "huyện", "Tháng 5/2025"),
             task("Lê Anh Tú", "Hoàn thiện hồ sơ kết nạp quần chúng Hồ Thị Ngọc Ánh, trình Đảng ủy Công an huyện",
                  "Tháng 5/2025"),
             task("Chi ủy", "Kiểm tra việc chấp hành điều lệnh, lễ tiết tác phong của đảng viên khi làm nhiệm vụ "
                  "trên tuyến", "Quý II/2025")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "h11-nghean-police-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 6105, "dpi": 250}],
}


# =====================================================================================================
# h06 — Hà Tĩnh, district medical centre, internal-medicine ward: "Bắt đầu: 16h30' – Kết thúc: 18h45'",
# degrees before names, a late member, an absentee table with a "Chức danh" column ("Chưa có lý do",
# an empty reason cell), 17/21 present; opinions as quotes, one by role only; the year's grading voted;
# tasks "phân công như sau" (passive, role only, two people, Tết deadlines).
# =====================================================================================================
H06_ABSENT_COLS = [(0.08, "TT", "c"), (0.36, "Họ và tên", "l"), (0.22, "Chức danh", "l"),
                   (0.34, "Lý do vắng", "l")]
H06 = {
    "name": "h06-hatinh-medical-centre-absentee-table-low",
    "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "spacing": 1.3, "justify": True, "indent": 30,
              "left": 80, "right": 55, "top": 55, "bottom": 62, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRUNG TÂM Y TẾ HUYỆN HƯƠNG SƠN", "CHI BỘ KHOA NỘI TỔNG HỢP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hương Sơn, ngày 26 tháng 12 năm 2024"], size=10.5),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("THÁNG 12 NĂM 2024"),
            G(6),
            L("Bắt đầu: 16h30' – Kết thúc: 18h45', ngày 26/12/2024."),
            L("Địa điểm: Phòng giao ban Khoa Nội tổng hợp."),
            L("Chủ trì: BSCKII. Đặng Văn Thành – Bí thư chi bộ, Trưởng khoa."),
            L("Thư ký: ĐD. Lê Thị Thu Hương."),
            L("Đại biểu: đồng chí Hồ Xuân Nam – Phó Bí thư Đảng ủy, Phó Giám đốc Trung tâm."),
            L("Tổng số đảng viên: 21 đồng chí. Có mặt: 17/21 đồng chí (đạt 80,95%); vắng 04 đồng chí, gồm:"),
            TC(H06_ABSENT_COLS, [
                ["1", "Phan Thị Hồng Nhung", "Điều dưỡng", "Nghỉ chế độ thai sản"],
                ["2", "Trần Đình Hưng", "Bác sĩ", "Trực cấp cứu liên khoa"],
                ["3", "Lê Văn Sáng", "Kỹ thuật viên", "Chưa có lý do"],
                ["4", "Nguyễn Thị Quỳnh Anh", "Điều dưỡng", ""],
            ]),
            P("Đồng chí Võ Thị Hà, Điều dưỡng trưởng khoa, đến họp lúc 16h50' do xử lý một ca bệnh nặng chuyển tuyến."),
            H("I. ĐÁNH GIÁ KẾT QUẢ CÔNG TÁC THÁNG 12 VÀ NĂM 2024"),
            P("Đồng chí Bí thư chi bộ trình bày báo cáo. Năm 2024 khoa khám và điều trị nội trú cho 4.318 lượt người "
              "bệnh, công suất giường bệnh bình quân 112%; triển khai mới kỹ thuật nội soi dạ dày gây mê; không có "
              "sai sót chuyên môn phải xử lý. Trong tháng 12, khoa tiếp nhận 41 ca sốt xuất huyết, không có ca tử "
              "vong. Tồn tại: quá tải giường bệnh vào các tháng 9, 10; một số hồ sơ bệnh án ghi chép chưa đầy đủ; "
              "ý thức chấp hành chế độ sinh hoạt đảng của vài đảng viên trẻ chưa cao."),
            H("II. Ý KIẾN THẢO LUẬN"),
            P("Đồng chí Điều dưỡng trưởng khoa: \"Khoa thiếu hai điều dưỡng trong ca đêm vào mùa dịch. Đề nghị Trung "
              "tâm cho luân chuyển tạm thời điều dưỡng từ Khoa Ngoại sang trong đợt cao điểm.\""),
            P("Đồng chí BS. Trần Văn Minh: \"Tôi đề nghị kiểm tra hồ sơ bệnh án chéo giữa các bác sĩ mỗi tuần một lần; "
              "phần lớn lỗi là thiếu chữ ký và giờ y lệnh.\""),
            P("Đồng chí Hồ Xuân Nam (đại biểu Đảng ủy) ghi nhận nỗ lực của khoa và đề nghị chi bộ làm rõ trách nhiệm "
              "đối với đảng viên vắng sinh hoạt không có lý do."),
            H("III. KẾT LUẬN CỦA CHỦ TRÌ"),
            P("1. Chi bộ cơ bản thống nhất với báo cáo; tập trung khắc phục quá tải và nâng chất lượng hồ sơ bệnh án."),
            P("2. Chi ủy gặp đồng chí Lê Văn Sáng và đồng chí Nguyễn Thị Quỳnh Anh để nghe giải trình việc vắng họp, "
              "báo cáo chi bộ."),
            P("3. Bảo đảm đủ thuốc, vật tư và nhân lực trực trong dịp Tết Nguyên đán Ất Tỵ."),
            P("Chi bộ biểu quyết thông qua kết luận: tán thành 16/17 đồng chí (94,12%); 01 đồng chí không tán thành."),
            H("IV. XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2024"),
            P("Trên cơ sở bản kiểm điểm của từng đảng viên, chi bộ thống nhất đề nghị mức xếp loại: 03 đồng chí hoàn "
              "thành xuất sắc nhiệm vụ, 16 đồng chí hoàn thành tốt nhiệm vụ, 02 đồng chí hoàn thành nhiệm vụ. Chi "
              "bộ biểu quyết: 17/17 đồng chí có mặt nhất trí."),
            H("V. PHÂN CÔNG"),
            P("Để thực hiện kết luận, chi bộ phân công như sau:"),
            P("- Đồng chí BS. Trần Văn Minh được giao tổ chức kiểm tra chéo hồ sơ bệnh án vào chiều thứ Năm hằng tuần."),
            P("- Điều dưỡng trưởng khoa chịu trách nhiệm lập lịch trực Tết, bố trí đủ điều dưỡng ca đêm, trình Ban "
              "Giám đốc trước ngày 15/01/2025."),
            P("- Đồng chí Nguyễn Văn Quế và đồng chí Đậu Thị Lý rà soát cơ số thuốc, vật tư tiêu hao, dự trù bổ sung. "
              "Việc dự trù phải gửi Khoa Dược chậm nhất ngày 05/01/2025."),
            P("- Chi ủy hoàn thiện hồ sơ đánh giá, xếp loại đảng viên, nộp Đảng ủy Trung tâm trong tuần đầu tháng "
              "01/2025."),
            P("Biên bản được thông qua lúc 18h45' cùng ngày, các đồng chí có mặt nhất trí."),
            S(["THƯ KÝ", "", "", "ĐD. Lê Thị Thu Hương"], ["T/M CHI BỘ", "BÍ THƯ", "", "BSCKII. Đặng Văn Thành"]),
        ],
        "truth": minute(
            meeting(REGULAR, "2024-12-26", "16:30", "18:45", "Phòng giao ban Khoa Nội tổng hợp",
                    "CHI BỘ KHOA NỘI TỔNG HỢP", "ĐẢNG BỘ TRUNG TÂM Y TẾ HUYỆN HƯƠNG SƠN"),
            "Đặng Văn Thành", "Bí thư chi bộ", "Lê Thị Thu Hương",
            attendance(21, 17, 4, 2, 2, 0,
                       [("Phan Thị Hồng Nhung", "Nghỉ chế độ thai sản", True),
                        ("Trần Đình Hưng", "Trực cấp cứu liên khoa", True),
                        ("Lê Văn Sáng", "Chưa có lý do", False),
                        ("Nguyễn Thị Quỳnh Anh", None, False)],
                       [("Hồ Xuân Nam", "Phó Bí thư Đảng ủy, Phó Giám đốc Trung tâm")]),
            True,
            [vote("Thông qua kết luận tháng 12/2024", 16, 1, None, 94.12),
             vote("Đề nghị xếp loại chất lượng đảng viên năm 2024", 17)],
            [task("Chi ủy", "gặp đồng chí Lê Văn Sáng và đồng chí Nguyễn Thị Quỳnh Anh để nghe giải trình việc vắng "
                  "họp, báo cáo chi bộ", None),
             task("Trần Văn Minh", "tổ chức kiểm tra chéo hồ sơ bệnh án", "chiều thứ Năm hằng tuần"),
             task("Điều dưỡng trưởng khoa", "lập lịch trực Tết, bố trí đủ điều dưỡng ca đêm, trình Ban Giám đốc",
                  "15/01/2025"),
             task("Nguyễn Văn Quế", "rà soát cơ số thuốc, vật tư tiêu hao, dự trù bổ sung", "05/01/2025"),
             task("Đậu Thị Lý", "rà soát cơ số thuốc, vật tư tiêu hao, dự trù bổ sung", "05/01/2025"),
             task("Chi ủy", "hoàn thiện hồ sơ đánh giá, xếp loại đảng viên, nộp Đảng ủy Trung tâm",
                  "tuần đầu tháng 01/2025")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [],
}


# =====================================================================================================
# h07 — Lai Châu, Hà Nhì border village: prose opening with "hồi 8 giờ 00 phút", two guests (a border
# guard officer and the women's union head, neither speaks), "1- … 5-" run-in parts, "Có 03 lượt ý kiến"
# with nobody named, a conclusion of general calls, "mỗi đảng viên", a petition to the commune; the minute
# ends with "lập thành 02 bản" and is never read back.
# =====================================================================================================
H07 = {
    "name": "h07-laichau-hanhi-village-unnamed-general-not-read",
    "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "spacing": 1.28, "justify": True, "indent": 36,
              "left": 82, "right": 56, "top": 56, "bottom": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ MÙ CẢ", "CHI BỘ BẢN HÀ XI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mù Cả, ngày 05 tháng 6 năm 2024"], size=12.5),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"),
            C("Tháng 6 năm 2024", bold=False, italic=True),
            G(6),
            P("Hôm nay, vào hồi 8 giờ 00 phút ngày 05/6/2024, tại nhà văn hóa bản Hà Xi, Chi bộ bản Hà Xi tiến hành "
              "sinh hoạt thường kỳ tháng 6 năm 2024."),
            P("Tổng số đảng viên 19 đồng chí. Có mặt 18 đồng chí. Vắng 01 đồng chí (đ/c Pờ Gò Xá đi làm nương xa, đã "
              "báo chi ủy)."),
            P("Khách mời: Thiếu tá Nguyễn Xuân Trường, cán bộ Đồn Biên phòng Ka Lăng tăng cường về bản; bà Chu Thị "
              "Mé, Chi hội trưởng Chi hội Phụ nữ bản."),
            P("Đồng chí Lò Mù Chừ, Bí thư chi bộ, Trưởng bản chủ trì buổi sinh hoạt; đồng chí Lỳ Thị Dính được cử làm "
              "thư ký."),
            P("1- Thông tin thời sự: đồng chí Bí thư thông báo nội dung giao ban của Đảng ủy xã về công tác phòng "
              "chống thiên tai mùa mưa lũ năm 2024, tình hình an ninh khu vực biên giới và kế hoạch hưởng ứng Ngày "
              "toàn dân phòng, chống ma túy 26/6."),
            P("2- Kết quả tháng 5: bản trồng mới 12 ha thảo quả dưới tán rừng; 100% số hộ gieo xong lúa nương; tiêm "
              "phòng lở mồm long móng cho đàn trâu bò đợt 1 đạt 93%; không có người vi phạm pháp luật, không có "
              "người xuất cảnh trái phép. Hạn chế: 03 hộ còn thả rông gia súc phá hoại hoa màu; tỷ lệ học sinh đi "
              "học chuyên cần ở điểm trường bản giảm vào mùa nương; còn 02 hộ nghèo chưa có nhà tiêu hợp vệ sinh."),
            P("3- Nhiệm vụ tháng 6: chủ động phòng chống sạt lở đất, lũ quét; quản lý, bảo vệ rừng; tuyên truyền "
              "phòng chống ma túy và mua bán người; vận động học sinh đi học đều; chăm sóc lúa nương, thảo quả."),
            P("Về công tác xây dựng Đảng, chi bộ thu đảng phí tháng 6 đủ 18/19 đồng chí, còn đồng chí vắng họp sẽ "
              "nộp bổ sung khi về bản; chi bộ đã giới thiệu 02 quần chúng là thanh niên học xong lớp 12 đi học lớp "
              "bồi dưỡng nhận thức về Đảng do Đảng ủy xã mở trong tháng 7."),
            P("4- Thảo luận: có 03 lượt ý kiến phát biểu. Các ý kiến nhất trí với báo cáo, đề nghị bổ sung việc di "
              "dời tạm thời các hộ ở sát taluy đầu bản khi có mưa lớn và quản lý chặt người lạ qua lại đường mòn "
              "biên giới."),
            P("5- Đồng chí Bí thư kết luận: chi bộ thống nhất các nhiệm vụ tháng 6 như báo cáo, có bổ sung ý kiến "
              "thảo luận. Đề nghị các đoàn thể trong bản tuyên truyền đến từng hộ về phòng chống sạt lở, không ở "
              "lại lán nương khi mưa to; mỗi đảng viên theo dõi, nhắc nhở các hộ mình được phân công phụ trách, "
              "không để gia súc thả rông. Chi bộ đề nghị Đảng ủy, Ủy ban nhân dân xã hỗ trợ xi măng làm nhà tiêu "
              "hợp vệ sinh cho 02 hộ nghèo và sớm khảo sát điểm có nguy cơ sạt lở ở đầu bản."),
            P("Biểu quyết: 18/18 đồng chí có mặt tán thành kết luận."),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 10 phút cùng ngày. Biên bản này được lập thành 02 bản, 01 bản lưu "
              "tại chi bộ, 01 bản gửi Đảng ủy xã."),
            S(["THƯ KÝ", "", "", "Lỳ Thị Dính"], ["T/M CHI BỘ", "BÍ THƯ", "", "Lò Mù Chừ"]),
        ],
        "truth": minute(
            meeting(REGULAR, "2024-06-05", "08:00", "10:10", "nhà văn hóa bản Hà Xi",
                    "CHI BỘ BẢN HÀ XI", "ĐẢNG BỘ XÃ MÙ CẢ"),
            "Lò Mù Chừ", "Bí thư chi bộ", "Lỳ Thị Dính",
            attendance(19, 18, 1, 1, 0, 0, [("Pờ Gò Xá", "đi làm nương xa, đã báo chi ủy", True)],
                       [("Nguyễn Xuân Trường", "cán bộ Đồn Biên phòng Ka Lăng tăng cường về bản"),
                        ("Chu Thị Mé", "Chi hội trưởng Chi hội Phụ nữ bản")]),
            True,
            [vote("Thông qua kết luận tháng 6/2024", 18)],
            [],
            ["missing_assignments", "no_discussion", "not_approved"]),
    }],
    "flags": [],
}


# =====================================================================================================
# h08 — Hà Nội, a residential-group cell of retired members: regular + thematic combined in 110 min,
# 9 exempt counted, "34/37 (91,9%)", absentees on "+" lines; the ward template left "Khách mời: ……"
# and one deadline cell "……"; opinions as direct quotes; a task table with two groups in a cell, two
# people in a cell and a role ("Tổ trưởng tổ dân phố").
# =====================================================================================================
H08_TASK_COLS = [(0.07, "TT", "c"), (0.43, "Công việc", "l"), (0.30, "Đảng viên, đoàn thể phụ trách", "l"),
                 (0.20, "Thời hạn", "l")]
H08 = {
    "name": "h08-hanoi-retirees-combined-110min-template-dots",
    "folder": "dev",
    "style": {"family": "dejavu", "size": 11, "spacing": 1.32, "justify": True, "indent": 22,
              "left": 70, "right": 50, "top": 52, "bottom": 58, "head": "Chi bộ Tổ dân phố số 7 – tháng 9/2024",
              "head_align": "right"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG THÀNH CÔNG", "CHI BỘ TỔ DÂN PHỐ SỐ 7", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 15 tháng 9 năm 2024"], size=10.5),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III/2024"),
            C("Chuyên đề: “Phát huy vai trò của đảng viên cao tuổi trong xây dựng tổ dân phố văn minh, an toàn”",
              bold=False, italic=True),
            G(6),
            L("- Thời gian: từ 8h00 đến 9h50, Chủ nhật ngày 15/9/2024."),
            L("- Địa điểm: Nhà sinh hoạt cộng đồng tổ dân phố số 7."),
            L("- Chủ trì: đồng chí Lưu Văn Hiển – Bí thư chi bộ."),
            L("- Thư ký: đồng chí Phạm Thị Bích Ngọc – Phó Bí thư chi bộ."),
            L("- Khách mời: …………………………………………………"),
            L("- Tổng số đảng viên: 46 đồng chí; miễn sinh hoạt: 09 đồng chí; số phải dự: 37 đồng chí."),
            L("- Có mặt: 34/37 đồng chí (91,9%). Vắng: 03 đồng chí, đều có lý do:"),
            P("+ Đ/c Trần Văn Lễ: đang điều trị tại Bệnh viện Bạch Mai;", indent=34),
            P("+ Đ/c Nguyễn Thị Hòa: về quê chăm mẹ ốm;", indent=34),
            P("+ Đ/c Đào Duy Khánh: sang Nhật Bản thăm con.", indent=34),
            H("A. PHẦN SINH HOẠT THƯỜNG KỲ"),
            P("1. Đồng chí Phó Bí thư thông tin: cơn bão số 3 và hoàn lưu sau bão gây thiệt hại rất nặng nề cho các "
              "tỉnh phía Bắc; Ủy ban Mặt trận Tổ quốc phường phát động ủng hộ đồng bào bị thiệt hại; Thành phố yêu "
              "cầu các tổ dân phố rà soát, báo cáo cây xanh gãy đổ, nghiêng ngả có nguy cơ mất an toàn."),
            P("2. Kết quả tháng 8/2024: chi bộ lãnh đạo tổ dân phố ra quân dọn vệ sinh các ngõ 12, 18; 100% hộ đăng "
              "ký đổ rác đúng giờ; tổ chức tặng quà cho 27 cháu học sinh nghèo vượt khó. Tồn tại: còn 02 hộ kinh "
              "doanh ăn uống lấn chiếm vỉa hè; một số đảng viên đóng đảng phí chưa đúng kỳ."),
            P("3. Nhiệm vụ tháng 9/2024: khắc phục hậu quả sau bão; vận động ủng hộ đồng bào bị lũ lụt; tổ chức vui "
              "Tết Trung thu cho thiếu nhi vào tối Rằm tháng Tám; giữ gìn trật tự lòng đường, vỉa hè."),
            H("B. PHẦN SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Lưu Văn Hiển trình bày chuyên đề, nhấn mạnh: đảng viên cao tuổi là chỗ dựa tinh thần của "
              "các gia đình trong tổ; mỗi đồng chí cần nói đi đôi với làm, gương mẫu trong giữ gìn vệ sinh, hòa "
              "giải mâu thuẫn hàng xóm, giáo dục con cháu tránh xa ma túy, cờ bạc qua mạng."),
            H("C. THẢO LUẬN"),
            P("- Đ/c Đặng Quốc Tuấn (tổ trưởng tổ tự quản số 3): \"Sau bão, ngõ 18 còn hai cây xà cừ nghiêng ra "
              "đường. Tôi đã báo miệng nhưng chưa thấy xử lý, đề nghị chi bộ có văn bản gửi phường.\""),
            P("- Đ/c Hoàng Thị Lựu (Chi hội trưởng Chi hội Người cao tuổi): \"Các cụ rất muốn ủng hộ đồng bào vùng "
              "lũ, nhưng cần có người thu, ghi sổ công khai cho minh bạch.\""),
            P("- Đ/c Khổng Minh Đạo: \"Chuyên đề rất thiết thực. Tôi đề nghị chi bộ chọn mỗi quý một việc cụ thể để "
              "đảng viên cao tuổi làm gương, chứ không nói chung chung.\""),
            H("D. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ nhất trí với kết quả tháng 8 và nhiệm vụ tháng 9; việc cấp bách "
              "nhất là xử lý cây nghiêng ở ngõ 18 và tổ chức quyên góp công khai; quý IV chọn việc \"vỉa hè thông "
              "thoáng\" làm việc cụ thể để đảng viên cao tuổi làm gương như ý kiến của đồng chí Khổng Minh Đạo."),
            P("Biểu quyết: 34/34 đồng chí có mặt nhất trí với kết luận và nội dung chuyên đề (tỷ lệ 100%)."),
            H("E. PHÂN CÔNG THỰC HIỆN"),
            T(H08_TASK_COLS, [
                ["1", "Thu, ghi sổ và chuyển tiền ủng hộ đồng bào bị thiệt hại do bão, lũ về Ủy ban MTTQ phường",
                 "Đ/c Phạm Thị Bích Ngọc", "20/9/2024"],
                ["2", "Vận động các hộ kinh doanh ăn uống không lấn chiếm vỉa hè", "Tổ dân phố, Chi hội Cựu chiến "
                 "binh", "Thường xuyên"],
                ["3", "Chuẩn bị nội dung chuyên đề quý IV/2024", "Đ/c Lưu Văn Hiển", "……"],
                ["4", "Thăm hỏi đ/c Trần Văn Lễ đang điều trị tại bệnh viện", "Đ/c Đặng Quốc Tuấn, đ/c Hoàng Thị "
                 "Lựu", "Trong tuần tới"],
                ["5", "Gửi văn bản đề nghị phường xử lý hai cây xà cừ nghiêng ở ngõ 18", "Tổ trưởng tổ dân phố",
                 "Ngay sau cuộc họp"],
            ]),
            P("Buổi sinh hoạt kết thúc lúc 9h50'. Biên bản đã được đọc lại và được chi bộ thông qua."),
            S(["THƯ KÝ", "", "", "Phạm Thị Bích Ngọc"], ["CHỦ TRÌ", "", "", "Lưu Văn Hiển"]),
        ],
        "truth": minute(
            meeting(REGULAR, "2024-09-15", "08:00", "09:50", "Nhà sinh hoạt cộng đồng tổ dân phố số 7",
                    "CHI BỘ TỔ DÂN PHỐ SỐ 7", "ĐẢNG BỘ PHƯỜNG THÀNH CÔNG",
                    topic="Phát huy vai trò của đảng viên cao tuổi trong xây dựng tổ dân phố văn minh, an toàn"),
            "Lưu Văn Hiển", "Bí thư chi bộ", "Phạm Thị Bích Ngọc",
            attendance(46, 34, 3, 3, 0, 9,
                       [("Trần Văn Lễ", "đang điều trị tại Bệnh viện Bạch Mai", True),
                        ("Nguyễn Thị Hòa", "về quê chăm mẹ ốm", True),
                        ("Đào Duy Khánh", "sang Nhật Bản thăm con", True)]),
            True,
            [vote("Thông qua kết luận và nội dung chuyên đề", 34, None, None, 100)],
            [task("Phạm Thị Bích Ngọc", "Thu, ghi sổ và chuyển tiền ủng hộ đồng bào bị thiệt hại do bão, lũ về Ủy "
                  "ban MTTQ phường", "20/9/2024"),
             task("Tổ dân phố", "Vận động các hộ kinh doanh ăn uống không lấn chiếm vỉa hè", "Thường xuyên"),
             task("Chi hội Cựu chiến binh", "Vận động các hộ kinh doanh ăn uống không lấn chiếm vỉa hè",
                  "Thường xuyên"),
             task("Lưu Văn Hiển", "Chuẩn bị nội dung chuyên đề quý IV/2024", None),
             task("Đặng Quốc Tuấn", "Thăm hỏi đ/c Trần Văn Lễ đang điều trị tại bệnh viện", "tuần tới"),
             task("Hoàng Thị Lựu", "Thăm hỏi đ/c Trần Văn Lễ đang điều trị tại bệnh viện", "tuần tới"),
             task("Tổ trưởng tổ dân phố", "Gửi văn bản đề nghị phường xử lý hai cây xà cừ nghiêng ở ngõ 18",
                  "Ngay sau cuộc họp")],
            ["short_meeting", "unfilled_template"]),
    }],
    "flags": [],
}


# =====================================================================================================
# h09 — Hải Dương, ceramics company kiln workshop: three-level header with "ĐẢNG BỘ KHỐI DOANH NGHIỆP",
# "Từ 15 giờ 00 phút đến 17 giờ 00 phút" (120 min), a probationary member recognised as full member, the
# chair "tiếp thu ý kiến và kết luận" inside the discussion, tasks in prose: passive, a task over several
# sentences, a role, a group, lunar deadlines ("23 tháng Chạp", "mùng 6 tháng Giêng"). Clean.
# =====================================================================================================
H09 = {
    "name": "h09-haiduong-ceramics-kiln-lunar-deadlines-clean",
    "folder": "dev",
    "style": {"family": "sans", "size": 12, "spacing": 1.3, "justify": False, "indent": 26,
              "left": 76, "right": 58, "top": 56, "bottom": 62, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH", "ĐẢNG BỘ CÔNG TY CP GỐM SỨ NAM SÁCH", "CHI BỘ PHÂN XƯỞNG LÒ NUNG",
                "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Sách, ngày 10 tháng 01 năm 2025"], bold_left=(2,), size=10),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("(Kỳ tháng 01/2025)", bold=False),
            G(6),
            L("Thời gian: Từ 15 giờ 00 phút đến 17 giờ 00 phút, ngày 10/01/2025."),
            L("Địa điểm: Phòng họp giao ca, phân xưởng Lò nung."),
            L("Đảng viên: 13 đ/c (12 chính thức, 01 dự bị). Có mặt: 12/13. Vắng: 01 đ/c Vũ Đình Thái – nghỉ ốm, "
              "có giấy ra viện."),
            L("Chủ trì: đồng chí Bùi Văn Khoa – Bí thư chi bộ, Quản đốc phân xưởng."),
            L("Đồng chí Nguyễn Thị Hảo được chi bộ cử làm thư ký."),
            H("1. Tình hình sản xuất và đời sống người lao động năm 2024"),
            P("Đồng chí Bí thư báo cáo: năm 2024 phân xưởng nung đạt 1,86 triệu sản phẩm, vượt 4% kế hoạch; tỷ lệ "
              "hàng lỗi men giảm từ 3,1% xuống 2,4%; chuyển đổi lò số 2 sang đốt gas thành công; thu nhập bình "
              "quân người lao động 9,2 triệu đồng/tháng. Tồn tại: lò số 1 đã xuống cấp, tiêu hao nhiên liệu cao; "
              "còn 02 vụ người lao động bị bỏng nhẹ do không dùng đủ bảo hộ."),
            H("2. Nhiệm vụ tháng 01/2025"),
            P("Hoàn thành đơn hàng xuất khẩu cho đối tác Nhật Bản trước Tết; bảo dưỡng lò số 1; bố trí trực bảo vệ "
              "lò, kho trong những ngày nghỉ Tết; chăm lo Tết cho người lao động; ra quân sản xuất đầu xuân."),
            H("3. Thảo luận"),
            P("Đồng chí Trần Văn Lực, tổ trưởng tổ lò số 2: đơn hàng Nhật Bản yêu cầu kiểm tra màu men từng mẻ, "
              "nếu giữ nhịp ba ca thì phải bổ sung một người kiểm hàng."),
            P("Đồng chí Phạm Thị Thu hỏi: công ty có thưởng Tết bằng tháng lương thứ 13 như năm trước không? Đồng "
              "chí Bí thư trả lời: Ban Giám đốc đã thống nhất với Công đoàn công ty mức thưởng không thấp hơn năm "
              "2024."),
            P("Đồng chí Lương Văn Tùng (đảng viên dự bị) đề nghị tổ chức cho công nhân mới học lại quy trình an toàn "
              "trước khi vào ca đêm."),
            P("Đồng chí chủ trì tiếp thu ý kiến và kết luận: chi bộ tập trung cho đơn hàng xuất khẩu, không để chậm "
              "ngày giao; đồng ý bổ sung người kiểm hàng ở tổ lò số 2; tuyệt đối an toàn lao động và phòng chống "
              "cháy nổ trong dịp Tết; năm 2025 đề xuất công ty đầu tư cải tạo lò số 1."),
            P("Chi bộ biểu quyết tán thành kết luận: 12/12 đ/c, đạt 100%."),
            H("4. Xét công nhận đảng viên chính thức"),
            P("Đồng chí Lương Văn Tùng hết thời gian dự bị ngày 05/01/2025. Sau khi nghe bản tự kiểm điểm và ý kiến "
              "của các đoàn thể, chi bộ biểu quyết: 11/11 đảng viên chính thức có mặt tán thành đề nghị công nhận "
              "đồng chí Lương Văn Tùng là đảng viên chính thức, đạt 100%."),
            H("5. Phân công"),
            P("Đồng chí Trần Văn Lực được giao bố trí thêm một người kiểm màu men cho tổ lò số 2 trước ca sáng "
              "ngày 13/01/2025."),
            P("Việc bảo dưỡng lò số 1 giao cho Tổ cơ điện, xong trước 23 tháng Chạp."),
            P("Đồng chí Phạm Thị Thu lập danh sách công nhân có hoàn cảnh khó khăn. Danh sách gửi Công đoàn công ty "
              "để đề nghị tặng quà. Hạn gửi chậm nhất ngày 18/01/2025."),
            P("Phó Quản đốc phân xưởng xếp lịch trực bảo vệ lò, kho trong các ngày nghỉ Tết, tổ chức ra quân sản "
              "xuất vào ngày mùng 6 tháng Giêng."),
            P("Buổi sinh hoạt kết thúc lúc 17 giờ 00 phút. Biên bản đã được đọc cho chi bộ nghe, các đồng chí dự họp "
              "đều nhất trí."),
            S(["THƯ KÝ", "", "", "Nguyễn Thị Hảo"], ["BÍ THƯ CHI BỘ", "", "", "Bùi Văn Khoa"]),
        ],
        "truth": minute(
            meeting(REGULAR, "2025-01-10", "15:00", "17:00", "Phòng họp giao ca, phân xưởng Lò nung",
                    "CHI BỘ PHÂN XƯỞNG LÒ NUNG", "ĐẢNG BỘ CÔNG TY CP GỐM SỨ NAM SÁCH"),
            "Bùi Văn Khoa", "Bí thư chi bộ", "Nguyễn Thị Hảo",
            attendance(13, 12, 1, 1, 0, 0, [("Vũ Đình Thái", "nghỉ ốm, có giấy ra viện", True)]),
            True,
            [vote("Thông qua kết luận tháng 01/2025", 12, None, None, 100),
             vote("Đề nghị công nhận đảng viên chính thức cho đ/c Lương Văn Tùng", 11, None, None, 100)],
            [task("Trần Văn Lực", "bố trí thêm một người kiểm màu men cho tổ lò số 2", "ca sáng ngày 13/01/2025"),
             task("Tổ cơ điện", "bảo dưỡng lò số 1", "23 tháng Chạp"),
             task("Phạm Thị Thu", "lập danh sách công nhân có hoàn cảnh khó khăn", "18/01/2025"),
             task("Phó Quản đốc phân xưởng", "xếp lịch trực bảo vệ lò, kho trong các ngày nghỉ Tết, tổ chức ra quân "
                  "sản xuất", "ngày mùng 6 tháng Giêng")],
            []),
    }],
    "flags": [],
}


# =====================================================================================================
# h10 — BOOK: Thanh Hóa, a Mường/Thái village cell in the Pù Luông hills, Oct 2024 – Feb 2025, five
# minutes typed on continuously (every minute after the first starts mid-page under the previous
# signatures), running head from page 2, "- n -" at the foot. January holds only the thematic meeting
# (Tết): no regular meeting that month. Q4/2024 has neither a thematic nor a combined meeting.
# Đ/c Hà Văn Thắm is absent without reason in October ("không xin phép"), December ("không báo cáo")
# and February (table cell "Không lý do"); his January absence is excused.
# =====================================================================================================
BOOK_CELL, BOOK_COMMITTEE = "CHI BỘ BẢN CHIỀNG LAU", "ĐẢNG BỘ XÃ LŨNG CAO"
H10_ABSENT_COLS = [(0.10, "STT", "c"), (0.40, "Đảng viên vắng", "l"), (0.50, "Lý do", "l")]

H10_OCT = {
    "blocks": [
        HD(["ĐẢNG BỘ XÃ LŨNG CAO", "CHI BỘ BẢN CHIỀNG LAU", "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lũng Cao, ngày 05 tháng 10 năm 2024"], size=11),
        G(4),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10 NĂM 2024"),
        G(4),
        P("Vào lúc 19h00' ngày 05/10/2024, tại nhà văn hóa bản Chiềng Lau, Chi bộ bản Chiềng Lau tổ chức sinh hoạt "
          "định kỳ tháng 10 năm 2024."),
        P("Tổng số đảng viên: 24 đ/c; miễn sinh hoạt 02 đ/c (Trương Văn Nhẳn, Hà Thị Lìn – tuổi cao); có mặt 21/22 "
          "đ/c. Đ/c Hà Văn Thắm vắng mặt, không xin phép."),
        P("Chủ trì: đ/c Trương Văn Khiêm – Bí thư chi bộ. Thư ký: đ/c Phạm Thị Dưng."),
        P("a) Thông tin: đ/c Bí thư truyền đạt nội dung hội nghị Đảng ủy xã về khắc phục hậu quả mưa lũ sau bão số "
          "3 và công tác chuẩn bị đại hội chi bộ nhiệm kỳ 2025 – 2027."),
        P("b) Kết quả tháng 9: bản thu hoạch xong 38 ha lúa mùa, năng suất ước 52 tạ/ha; đón 1.150 lượt khách du "
          "lịch cộng đồng, 09 hộ làm homestay có thu nhập ổn định; sửa xong 300 m mương bị lũ làm sạt. Tồn tại: "
          "vẫn có khách tự ý vào rừng đặc dụng không có người dẫn; 02 hộ xả rác xuống suối."),
        P("c) Nhiệm vụ tháng 10: gieo trồng cây vụ đông (ngô, khoai lang) trên chân ruộng hai lúa; tuyên truyền "
          "bảo vệ rừng đặc dụng; giữ vệ sinh suối, đường bản trong mùa du lịch lúa chín."),
        P("d) Ý kiến: đ/c Hà Văn Đoàn (Trưởng bản) cho biết giống ngô đông của xã hỗ trợ đã về, đề nghị gieo xong "
          "trước ngày 20/10 để tránh rét. Đ/c Lê Thị Hoa (Chi hội trưởng phụ nữ) đề nghị đặt thêm biển nhắc khách "
          "không xả rác ở hai điểm ngắm ruộng bậc thang."),
        P("e) Kết luận: đ/c Bí thư kết luận, chi bộ thống nhất nhiệm vụ tháng 10 như báo cáo, bổ sung việc đặt "
          "biển nhắc khách và kiểm tra người dẫn đường vào rừng. Biểu quyết: 21/21 đ/c tán thành."),
        P("Phân công: đ/c Hà Văn Đoàn chỉ đạo các hộ gieo ngô đông, xong trước ngày 20/10/2024; Chi đoàn thanh niên "
          "làm và cắm 04 biển nhắc khách trong tháng 10; đ/c Bí thư trực tiếp gặp đ/c Hà Văn Thắm nhắc nhở việc "
          "chấp hành sinh hoạt đảng trước kỳ họp tháng 11."),
        P("Buổi sinh hoạt kết thúc lúc 21h15'. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
        S(["THƯ KÝ", "", "Phạm Thị Dưng"], ["BÍ THƯ", "", "Trương Văn Khiêm"]),
    ],
    "truth": minute(
        meeting(REGULAR, "2024-10-05", "19:00", "21:15", "nhà văn hóa bản Chiềng Lau", BOOK_CELL, BOOK_COMMITTEE),
        "Trương Văn Khiêm", "Bí thư chi bộ", "Phạm Thị Dưng",
        attendance(24, 21, 1, 0, 1, 2, [("Hà Văn Thắm", "không xin phép", False)]),
        True,
        [vote("Thông qua kết luận tháng 10/2024", 21)],
        [task("Hà Văn Đoàn", "chỉ đạo các hộ gieo ngô đông", "20/10/2024"),
         task("Chi đoàn thanh niên", "làm và cắm 04 biển nhắc khách", "tháng 10"),
         task("Bí thư", "trực tiếp gặp đ/c Hà Văn Thắm nhắc nhở việc chấp hành sinh hoạt đảng", "kỳ họp tháng 11")],
        ["unexcused_absence"]),
}

H10_NOV = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024"),
        G(2),
        P("Thời gian: 19h30' ngày 06/11/2024. Địa điểm: nhà văn hóa bản."),
        P("Có mặt: 22/22 đ/c phải dự (02 đ/c miễn sinh hoạt). Đ/c Trương Văn Khiêm – Bí thư chi bộ chủ trì, đ/c "
          "Phạm Thị Dưng ghi biên bản."),
        P("a) Thông tin: kỷ niệm 94 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2024); kế "
          "hoạch của Hạt Kiểm lâm về phòng chống cháy rừng mùa hanh khô."),
        P("b) Kết quả tháng 10: gieo xong 14 ha ngô đông, đạt 100% kế hoạch; Chi đoàn đã cắm 04 biển nhắc khách; "
          "không có vụ xâm hại rừng. Tồn tại: thu quỹ phòng chống thiên tai mới đạt 60%."),
        P("c) Nhiệm vụ tháng 11: tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở bản; chăm sóc ngô đông; tuần tra "
          "bảo vệ rừng; thu đủ quỹ phòng chống thiên tai."),
        P("d) Ý kiến: đ/c Lò Văn Khoan hỏi năm nay Ngày hội có tổ chức thi nấu cơm lam, dệt thổ cẩm như mọi năm "
          "không; đ/c Bí thư trả lời: có, ghép thêm phần giới thiệu cho khách du lịch. Đ/c Hà Văn Thắm nhận khuyết "
          "điểm vắng họp tháng trước, hứa không tái phạm."),
        P("e) Kết luận của đ/c Bí thư: chi bộ thống nhất nhiệm vụ tháng 11; Ngày hội tổ chức vui tươi, tiết kiệm, "
          "gắn với quảng bá du lịch cộng đồng. Chi bộ biểu quyết 22/22 đ/c nhất trí (100%)."),
        P("Phân công: giao Ban công tác Mặt trận bản tổ chức Ngày hội Đại đoàn kết vào ngày 16/11/2024; đ/c Hà Văn "
          "Thắm cùng Tổ bảo vệ rừng tuần tra khu rừng giáp Pù Luông hằng tuần; đ/c Lò Văn Khoan và đ/c Trương Thị "
          "Mai đôn đốc thu quỹ phòng chống thiên tai, xong trong tháng 11."),
        P("Biên bản kết thúc lúc 21h30', đã thông qua trước chi bộ."),
        S(["THƯ KÝ", "", "Phạm Thị Dưng"], ["BÍ THƯ", "", "Trương Văn Khiêm"]),
    ],
    "truth": minute(
        meeting(REGULAR, "2024-11-06", "19:30", "21:30", "nhà văn hóa bản", BOOK_CELL, BOOK_COMMITTEE),
        "Trương Văn Khiêm", "Bí thư chi bộ", "Phạm Thị Dưng",
        attendance(24, 22, 0, 0, 0, 2),
        True,
        [vote("Thông qua kết luận tháng 11/2024", 22, None, None, 100)],
        [task("Ban công tác Mặt trận bản", "tổ chức Ngày hội Đại đoàn kết", "ngày 16/11/2024"),
         task("Hà Văn Thắm", "cùng Tổ bảo vệ rừng tuần tra khu rừng giáp Pù Luông", "hằng tuần"),
         task("Lò Văn Khoan", "đôn đốc thu quỹ phòng chống thiên tai", "tháng 11"),
         task("Trương Thị Mai", "đôn đốc thu quỹ phòng chống thiên tai", "tháng 11")],
        []),
}

H10_DEC = {
    "blocks": [
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 12/2024"),
        G(2),
        P("Hồi 19h00' ngày 05/12/2024, chi bộ họp thường kỳ tại nhà văn hóa bản Chiềng Lau. Đ/c Trương Văn Khiêm "
          "– Bí thư chi bộ chủ trì; đ/c Phạm Thị Dưng làm thư ký."),
        P("Dự họp: 20/22 đảng viên (miễn sinh hoạt 02). Vắng 02: đ/c Bùi Thị Nga (nằm viện huyện, có báo); đ/c Hà "
          "Văn Thắm (không báo cáo)."),
        P("a) Thông tin: hướng dẫn của Đảng ủy xã về kiểm điểm, đánh giá, xếp loại tổ chức đảng và đảng viên năm "
          "2024."),
        P("b) Kết quả tháng 11: Ngày hội Đại đoàn kết tổ chức thành công, có 420 lượt khách xem; thu quỹ phòng "
          "chống thiên tai đạt 100%. Tồn tại: ngô đông ở khu Đồng Cọi bị sâu keo gây hại khoảng 1,5 ha."),
        P("c) Nhiệm vụ tháng 12: phòng trừ sâu keo; chuẩn bị Tết Dương lịch an toàn; mỗi đảng viên viết bản kiểm "
          "điểm cuối năm."),
        P("d) Ý kiến: đ/c Lê Thị Hoa đề nghị mời cán bộ khuyến nông xã về hướng dẫn phun thuốc trừ sâu keo đúng "
          "cách; đ/c Lò Văn Khoan đề nghị chi ủy gửi mẫu kiểm điểm sớm để đảng viên lớn tuổi có thời gian viết."),
        P("e) Đ/c Bí thư kết luận: tập trung cứu ngô đông, không để lây lan sang khu ruộng khác; việc kiểm điểm "
          "đảng viên phải thực chất; chi ủy làm rõ việc đ/c Hà Văn Thắm lại vắng họp không báo cáo."),
        P("Phân công: đ/c Hà Văn Đoàn mời cán bộ khuyến nông về bản, tổ chức phun trừ sâu keo trước ngày 12/12/2024; "
          "Chi ủy phát mẫu, hướng dẫn và thu bản kiểm điểm của đảng viên trước 20/12/2024."),
        P("Cuộc họp kết thúc 20h45', biên bản đã đọc lại, chi bộ nhất trí."),
        S(["THƯ KÝ", "", "Phạm Thị Dưng"], ["BÍ THƯ", "", "Trương Văn Khiêm"]),
    ],
    "truth": minute(
        meeting(REGULAR, "2024-12-05", "19:00", "20:45", "nhà văn hóa bản Chiềng Lau", BOOK_CELL, BOOK_COMMITTEE),
        "Trương Văn Khiêm", "Bí thư chi bộ", "Phạm Thị Dưng",
        attendance(24, 20, 2, 1, 1, 2, [("Bùi Thị Nga", "nằm viện huyện, có báo", True),
                                        ("Hà Văn Thắm", "không báo cáo", False)]),
        True,
        [],
        [task("chi ủy", "làm rõ việc đ/c Hà Văn Thắm lại vắng họp không báo cáo", None),
         task("Hà Văn Đoàn", "mời cán bộ khuyến nông về bản, tổ chức phun trừ sâu keo", "12/12/2024"),
         task("Chi ủy", "phát mẫu, hướng dẫn và thu bản kiểm điểm của đảng viên", "20/12/2024")],
        ["missing_vote", "unexcused_absence"]),
}

H10_JAN = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2025"),
        C("Chuyên đề: Thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội ở bản", bold=False,
          italic=True),
        G(2),
        P("Thời gian: từ 19h30' đến 21h30' ngày 10/01/2025. Địa điểm: nhà văn hóa bản Chiềng Lau."),
        P("Có mặt 21/22 đ/c (02 đ/c miễn sinh hoạt); vắng đ/c Hà Văn Thắm (đi làm thuê ở Bắc Ninh, có gọi điện báo "
          "chi ủy). Chủ trì: đ/c Trương Văn Khiêm – Bí thư chi bộ. Thư ký: đ/c Phạm Thị Dưng."),
        P("a) Đ/c Lò Văn Khoan – Phó Bí thư chi bộ trình bày chuyên đề: thực trạng cỗ bàn kéo dài nhiều ngày trong "
          "đám cưới, đám tang; một số hộ vay mượn để làm ma chay; lễ hội đầu năm có hiện tượng uống rượu say, gây "
          "mất trật tự; những việc đảng viên phải gương mẫu thực hiện."),
        P("b) Thảo luận: đ/c Trương Thị Mai nêu: \"Đám cưới trong bản nên tổ chức gọn trong một ngày, không mổ "
          "trâu bò.\" Đ/c Hà Văn Đoàn đề nghị đưa quy định về việc tang vào hương ước sửa đổi. Đ/c Bùi Thị Nga kể "
          "lại kinh nghiệm của bản Kho Mường khi bỏ tục để người chết trong nhà nhiều ngày."),
        P("c) Kết luận: đ/c Bí thư kết luận, chi bộ thống nhất đảng viên và gia đình đảng viên đi đầu thực hiện "
          "việc cưới, việc tang văn minh, tiết kiệm; sửa đổi hương ước trong quý I. Chi bộ biểu quyết: tán thành "
          "21/21, không tán thành 0."),
        P("d) Phân công: Ban công tác Mặt trận bản chủ trì dự thảo hương ước sửa đổi, đưa ra họp bản trước Rằm tháng "
          "Giêng; đ/c Trương Thị Mai tuyên truyền tới các chi hội phụ nữ, xong trước Tết Nguyên đán."),
        P("Buổi sinh hoạt chuyên đề kết thúc lúc 21h30'. Biên bản được đọc lại và thông qua."),
        S(["THƯ KÝ", "", "Phạm Thị Dưng"], ["BÍ THƯ", "", "Trương Văn Khiêm"]),
    ],
    "truth": minute(
        meeting(THEMATIC, "2025-01-10", "19:30", "21:30", "nhà văn hóa bản Chiềng Lau", BOOK_CELL, BOOK_COMMITTEE,
                topic="Thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội ở bản"),
        "Trương Văn Khiêm", "Bí thư chi bộ", "Phạm Thị Dưng",
        attendance(24, 21, 1, 1, 0, 2, [("Hà Văn Thắm", "đi làm thuê ở Bắc Ninh, có gọi điện báo chi ủy", True)]),
        True,
        [vote("Thông qua kết luận chuyên đề quý I/2025", 21, 0)],
        [task("Ban công tác Mặt trận bản", "chủ trì dự thảo hương ước sửa đổi, đưa ra họp bản", "Rằm tháng Giêng"),
         task("Trương Thị Mai", "tuyên truyền tới các chi hội phụ nữ", "Tết Nguyên đán")],
        []),
}

H10_FEB = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02 NĂM 2025"),
        G(2),
        P("Hôm nay, 19 giờ ngày 14/02/2025, tại nhà văn hóa bản Chiềng Lau, chi bộ sinh hoạt thường kỳ tháng 02. "
          "Đ/c Trương Văn Khiêm – Bí thư chi bộ chủ trì. Đ/c Lê Thị Hoa ghi biên bản thay đ/c Phạm Thị Dưng."),
        P("Tổng số: 24 đ/c, miễn sinh hoạt 02, phải dự 22; có mặt 18 đ/c (81,8%); vắng 04 đ/c như sau:"),
        T(H10_ABSENT_COLS, [
            ["1", "Hà Văn Thắm", "Không lý do"],
            ["2", "Phạm Thị Dưng", "Ốm"],
            ["3", "Lò Văn Chăm", "Đi làm ăn xa (Bình Dương)"],
            ["4", "Trương Văn Dinh", "Đưa con đi khám bệnh ở Thanh Hóa"],
        ]),
        P("a) Tháng 01/2025, do trùng dịp chuẩn bị Tết Nguyên đán Ất Tỵ, chi bộ chỉ tổ chức sinh hoạt chuyên đề quý "
          "I, không sinh hoạt thường kỳ. Đ/c Bí thư thông báo lịch đại hội chi bộ nhiệm kỳ 2025 – 2027 dự kiến "
          "trong tháng 3."),
        P("b) Kết quả tháng 01 và dịp Tết: nhân dân đón Tết vui tươi, an toàn; bản đón trên 2.000 lượt khách; "
          "hương ước sửa đổi đã được họp bản thông qua. Tồn tại: sau Tết một số thanh niên chưa trở lại làm việc, "
          "bỏ ruộng không cấy; 01 vụ đánh nhau do say rượu ngày hội xuân."),
        P("c) Nhiệm vụ tháng 02: gieo cấy lúa xuân; Tết trồng cây; phòng chống cháy rừng mùa khô hanh; chuẩn bị "
          "văn kiện và nhân sự đại hội chi bộ."),
        P("d) Ý kiến: đ/c Hà Văn Đoàn đề nghị cấy xong lúa xuân trước tiết Thanh minh vì nước khe đang cạn. Đ/c "
          "Lò Văn Khoan đề nghị chi bộ xử lý nghiêm trường hợp đ/c Hà Văn Thắm nhiều lần vắng sinh hoạt không lý "
          "do."),
        P("e) Kết luận: đ/c Bí thư kết luận: ưu tiên gieo cấy đúng khung thời vụ và chuẩn bị tốt đại hội; đối với "
          "đ/c Hà Văn Thắm, chi bộ sẽ xem xét hình thức xử lý theo Điều lệ Đảng sau khi nghe đồng chí giải trình. "
          "Chi bộ biểu quyết 18/18 đ/c tán thành, đạt 100%."),
        P("Phân công: đ/c Hà Văn Đoàn chỉ đạo các hộ cấy xong lúa xuân trước tiết Thanh minh; Chi ủy xây dựng dự "
          "thảo báo cáo chính trị trình đại hội chi bộ, xong trước 10/3/2025; Chi ủy làm việc với đ/c Hà Văn Thắm, "
          "báo cáo chi bộ tại kỳ họp tháng 3."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ. Biên bản đã được đọc lại, các đồng chí có mặt nhất trí thông qua."),
        S(["NGƯỜI GHI BIÊN BẢN", "", "Lê Thị Hoa"], ["BÍ THƯ", "", "Trương Văn Khiêm"]),
    ],
    "truth": minute(
        meeting(REGULAR, "2025-02-14", "19:00", "21:00", "nhà văn hóa bản Chiềng Lau", BOOK_CELL, BOOK_COMMITTEE),
        "Trương Văn Khiêm", "Bí thư chi bộ", "Lê Thị Hoa",
        attendance(24, 18, 4, 3, 1, 2, [("Hà Văn Thắm", "Không lý do", False),
                                        ("Phạm Thị Dưng", "Ốm", True),
                                        ("Lò Văn Chăm", "Đi làm ăn xa (Bình Dương)", True),
                                        ("Trương Văn Dinh", "Đưa con đi khám bệnh ở Thanh Hóa", True)]),
        True,
        [vote("Thông qua kết luận tháng 02/2025", 18, None, None, 100)],
        [task("Hà Văn Đoàn", "chỉ đạo các hộ cấy xong lúa xuân", "tiết Thanh minh"),
         task("Chi ủy", "xây dựng dự thảo báo cáo chính trị trình đại hội chi bộ", "10/3/2025"),
         task("Chi ủy", "làm việc với đ/c Hà Văn Thắm", "kỳ họp tháng 3")],
        ["low_attendance", "unexcused_absence"]),
}

H10 = {
    "name": "h10-thanhhoa-village-book-oct2024-feb2025",
    "folder": "dev",
    "style": {"family": "serif", "size": 12, "spacing": 1.25, "justify": True, "indent": 24,
              "left": 76, "right": 54, "top": 56, "bottom": 58,
              "head": "Sổ biên bản sinh hoạt Chi bộ bản Chiềng Lau (2024 – 2025)", "head_align": "right",
              "foot": "- {n} -"},
    "between": 22,
    "minutes": [H10_OCT, H10_NOV, H10_DEC, H10_JAN, H10_FEB],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
}


DOCS: list[dict] = [H01, H02, H03, H04, H05, H06, H07, H08, H09, H10]
