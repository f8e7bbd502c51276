"""Held-out set 14, writer d (dev/, `d…`): the North, the North-Central coast and the northern mountains, 2006–2026.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, ingest/**, the other writers' modules in heldout14 or the earlier sets' minute texts and truth files, and
without running the extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are invented
or used loosely; the paperwork follows /work/shared/DOMAIN.md. The set's theme is the clerk's hand: abbreviations
(đ/c, Đ/c, BT, PBT, ĐV, PX, HTX, TDP, BĐBP, MTTQ, UBND, "V/v"), names with and without them and with ranks or degrees
in front, numbers in words and figures with leading zeros, dates and times in every form ("8h30'", "2 giờ chiều",
"11 giờ kém 15 phút", "14-5-2014", "mùng 8 Tết"), both tone placements, a missing space after a comma and an odd
capital, typewriter books and 2025–2026 minutes after the reorganisation (no district, merged communes/provinces).

Files (name -> what varies -> minute flags / book flags):

- d01-langson-tay-village-typewriter-book-2014 -> Lạng Sơn (Văn Lãng, xã Hoàng Văn Thụ) Tày/Nùng border village,
  a typewritten book (Liberation Mono 10.5, ragged, "- n -") of five minutes, Jan, Feb, Mar, May, Jun 2014, each
  typed on mid-page under the previous signatures; headers on the 1st, 3rd and 5th only (the 2nd and 4th start with
  their title); "I-…VI-", "1/ 2/", "Phần thứ nhất/hai", "A./B." or no headings; Jan: absentees in the count line with
  "(vắng không lý do)"; Feb: "8h30' sáng … (tức mùng 8 Tết Giáp Ngọ)", "BT chi bộ chủ trì", ends "11 giờ kém 15
  phút", "xong trước ngày 12 tháng Giêng", "trong tuần này"; Mar: regular + Q1 thematic ("Chuyên đề:" line), three
  absentees in brackets, "(không báo)", 20/23 present, "thời gian: suốt mùa khô"; April skipped ("Tháng 4 chi bộ không
  họp được …"); May: "14-5-2014, hồi 19h30" to "20h45", "vắng mặt không có lý do", chair with no role, "Chi bộ thảo
  luận, nhất trí với báo cáo", tasks inside the conclusion; Jun: regular + Q2 thematic, no vote; the same member
  (Vi Văn Cắm) absent without reason in Jan, Mar and May; 4 pages
  -> [unexcused_absence], —, [low_attendance, unexcused_absence], [no_discussion, short_meeting, unexcused_absence],
  [missing_vote] / missing_month, repeated_absence
- d02-namdinh-retirees-quarter-merger-book-2025 -> Nam Định residential quarter of retired members (14 of 52 exempt),
  a book of four minutes Jun–Sep 2025 across the merger: June under "ĐẢNG BỘ THÀNH PHỐ NAM ĐỊNH / ĐẢNG BỘ PHƯỜNG VỊ
  XUYÊN", from July "ĐẢNG BỘ TỈNH NINH BÌNH / ĐẢNG BỘ PHƯỜNG NAM ĐỊNH", same cell; Serif 12.5 justified, "Trang n";
  June clean ("Thời gian: từ 8 giờ 00 đến 10 giờ 15 phút"); July: the Bí thư only thanks, then a "PHÂN CÔNG" list and
  "tán thành 35/35, không tán thành: không"; August (no header): 32 of 37 due, five absent "đều có lý do" by category,
  only "đề nghị các đồng chí đảng viên …" and a passive job; September's meeting held on 02/10/2025 (storm), the
  phường's new numbered form, vote line "không tán thành: ……; ý kiến khác: ……" and "(Ký, ghi rõ họ tên)" on the last
  page only; no thematic meeting in Q3; 4 pages
  -> —, [missing_conclusion], [low_attendance, missing_assignments], [unfilled_template] / no_thematic_in_quarter
- d03-quangninh-coal-workshop-task-table-clean -> Quảng Ninh (Hạ Long) coal-mine workshop cell, October 2024; Liberation
  Sans 11 ragged; plain labels "Thời gian: / Địa điểm: / Thành phần: / Chủ trì: / Thư ký: / Mời dự:"; "Tổng số ĐV 31
  đ/c … vắng 03 đ/c (đi ca 3: 02 đ/c, nghỉ phép năm: 01 đ/c)" (28/31, just over 90%); a Party guest who speaks; vote
  "Tán thành 28/28 đ/c (100%); không tán thành: 0; ý kiến khác: 0"; a task table "TT | Nội dung công việc | Người
  thực hiện | Thời hạn" (two members in one cell, a group, "Hằng ca", "Trước 25/10/2024") over the page break; "(đã
  ký)"; 2 pages -> — / —
- d04-hagiang-border-post-mong-ranks-clean -> Hà Giang, Lũng Cú border post, the mass-mobilisation team's cell, August
  2019; DejaVu Serif 11 justified; "BĐBP" in the header; ranks before every name (Đại úy, Thượng úy, Trung úy, Thiếu
  úy, Thiếu tá) including the signatures; Mông names; "1." / "a)" / "–"; a guest of the post's Party committee who
  speaks; "14/14 đồng chí có mặt nhất trí, đạt 100%"; tasks "hằng tuần", "đến hết tháng 9/2019", "trước ngày khai
  giảng 05/9/2019"; 2 pages -> — / —
- d05-nghean-school-thematic-vv-no-vote-no-discussion -> Nghệ An (Diễn Châu) lower-secondary school, thematic meeting
  Q4/2016 with its topic on a "V/v:" line; Serif 13; "A. PHẦN MỞ ĐẦU / B. NỘI DUNG" with italic "I.–III."; "bắt đầu
  14h00' …, kết thúc 16h05'"; "có mặt 17/18 đảng viên (vắng đ/c … – nghỉ sinh con)"; the discussion only summed up;
  three tasks in the conclusion; no vote; 1 page -> missing_vote, no_discussion / —
- d06-thanhhoa-hospital-form-2008-dots-not-approved -> Thanh Hoá provincial hospital, emergency & ICU department, March
  2008, a printed form typed in (Serif 12 ragged): "Số: ……/BB-CB", "Đại biểu cấp trên dự: ……", "Chủ trì: đ/c BSCKI.
  … | Chức vụ: …" on two-column lines, degrees "BSCKI." and "ĐD." before names, old tone placement ("Hoá", "Thuỷ",
  "uỷ"); bold numbered fields 1.–7.; vote "Tán thành 11/11 đ/c; Không tán thành: 0; Ý kiến khác: 0"; "xong trong tuần";
  ends with the end time only; "(Ký, ghi rõ họ tên)"; 2 pages -> not_approved, unfilled_template / —
- d07-dienbien-thai-village-absentee-table-low -> Điện Biên, a Thái village of the merged xã Mường Phăng, October
  2025, header "ĐẢNG BỘ TỈNH ĐIỆN BIÊN / ĐẢNG BỘ XÃ MƯỜNG PHĂNG" (no district); DejaVu Sans 10.5 justified; "vào hồi
  19h30'", "BT chi bộ kiêm trưởng bản"; one exempt member named; "Có mặt 14/18 đảng viên phải dự, vắng 04 đồng chí,
  cụ thể như sau:" and a table "TT | Họ và tên | Lý do vắng" (one reason shared by two rows, the last reason cell
  empty); "*" headings in bold; "14/14 đ/c giơ tay nhất trí"; a missing space after a comma; 2 pages
  -> low_attendance, unexcused_absence / —
- d08-hatinh-cooperative-2011-no-conclusion-no-tasks -> Hà Tĩnh (Thạch Hưng) agricultural cooperative cell, July 2011,
  early word-processor look (Serif 13.5, wide indent); "V/v:" subject line under a regular title (no topic); opening
  in one paragraph ("dự họp đủ 09/09 đ/c", a missing space after the comma); "1- 2- 3-" bold heads; three named
  opinions, then "chi bộ biểu quyết thông qua … 09/09 đ/c tán thành (100%)" with no summing-up, then only "Đề nghị
  các đồng chí đảng viên …"; 1 page -> missing_assignments, missing_conclusion / —
- d09-thainguyen-commune-police-march-held-april-clean -> Thái Nguyên, xã Phúc Xuân police cell, the March 2022
  meeting held on 02/4/2022 (Covid); Serif 12.5, "Trang n/N"; "Chủ tọa" and ranks; capital Roman headings; "có mặt
  07/07 … (đủ)"; vote "07/07 … tán thành, không có ý kiến khác"; "Giao A chủ trì, phối hợp với B …", "Giao A và B …";
  2 pages -> — / —
- d10-hungyen-merged-commune-2026-combined-words-clean -> Hưng Yên (the former Thái Bình coast), xã Tiền Hải, a hamlet
  cell, February 2026: regular + Q1 thematic in 125 minutes ("2 giờ chiều … (18 tháng Chạp năm Ất Tỵ)" to "16h05");
  "hai mươi lăm (25) đ/c"; a non-member guest "ông …"; italic "a) b) c)"; an odd capital ("Đ/c Bí thư Thông tin:");
  an assignment table with the assignee column first ("Người thực hiện | Nội dung công việc | Thời gian": "Trước
  10/02/2026", "Quý I/2026", "Tháng 3/2026", "Đêm 16/02/2026", a group); "đạt tỷ lệ 100%"; 2 pages -> — / —
- d11-quangninh-coal-workshop-scan-moderate -> image-only twin of d03, 200 dpi, moderate, task table; 2 pages -> — / —
- d12-dienbien-thai-village-scan-photocopy -> image-only twin of d07, 250 dpi, photocopy, absentee table; 2 pages
  -> low_attendance, unexcused_absence / —
- d13-caobang-nung-hamlet-2006-typewriter-scan-photocopy -> Cao Bằng (Thạch An, xã Đức Long) Nùng hamlet, September
  2006, a terse typewritten page known only as a photocopy (200 dpi, born_digital False): "HUYỆN UỶ THẠCH AN" over the
  commune, "Hồi 19 giờ ngày 16-9-2006", "Có mặt: 11/12 đ/c", tasks in the conclusion ("trước 30/9/2006", "trong tuần
  sau"), no vote, ends "Hết giờ họp lúc 20 giờ 15" with no reading back; 1 page
  -> missing_vote, not_approved, short_meeting / —

Labelling decisions (on top of samples/README.md and the "Labelling choices" of samples/heldout*/README.md):
- Times as the clock reads: "8h30'" 08:30, "2 giờ chiều" 14:00, "11 giờ kém 15 phút" 10:45, "Hồi 19 giờ" 19:00,
  "Hết giờ họp lúc 20 giờ 15" is the end time. A count in words with figures in brackets ("hai mươi lăm (25)") is 25.
- A chair named with no Party role anywhere in that minute ("Đ/c Hoàng Văn Thắm chủ trì") has `role` null; a role
  abbreviated is kept as written ("BT", "BT chi bộ", "Bí thư" alone).
- Under a thematic title a "V/v: …" line is the topic (without "V/v:"); under a regular title it stays a subject and
  gives no topic (d08), as in heldout8.
- `party_committee` is the header line right above the cell; a province line on top (2025–2026) or a district
  committee line ("HUYỆN UỶ THẠCH AN") is not it. A minute typed on without a header takes the book's first header;
  d02's minutes keep the committee their own header (or the last header above them) writes, the cell never changes.
- A member back after absences ("Đ/c Vi Văn Cắm đã về, dự họp") is present; an absent member whose written opinion the
  secretary reads out stays absent (d01 March, where named members also speak).
- "vắng 05 đồng chí đều có lý do (02 đ/c nằm viện, 03 đ/c đi nghỉ hè …)" and "(đi ca 3: 02 đ/c, nghỉ phép năm: 01
  đ/c)" give excused absences and no absentee names; a table row's shared reason is written in each row and labelled
  per row; an empty reason cell is null and unexcused.
- Votes: "giơ tay nhất trí 14/14" and "32/32 đồng chí nhất trí" give `for` only; "tán thành 35/35, không tán thành:
  không" gives for 35, against 0; "Tán thành: 34/34 đ/c, đạt 100%; không tán thành: ……; ý kiến khác: ……" gives 34 and
  100 with against/abstain null (and `unfilled_template`); "không có ý kiến khác" after a count is abstain 0.
- No conclusion: the Bí thư only thanks the speakers (d02 July), or the cell votes right after the opinions with no
  summing-up (d08); the "PHÂN CÔNG" list of d02 July still gives assignments and its vote is a resolution.
- No assignment: "mỗi đ/c đảng viên viết bản cam kết", "Nhắc nhở lần thứ hai đối với đ/c X" (no doer), "Chi bộ sẽ đề
  xuất Đồn …", "các ý kiến … sẽ được tổng hợp gửi phường", "Đề nghị các đồng chí đảng viên …".
- Deadlines drop the words in front, as before: "làm từ nay đến hết tháng Giêng âm lịch" -> "hết tháng Giêng âm lịch",
  "xong trước ngày 12 tháng Giêng" -> "ngày 12 tháng Giêng" (a date in words keeps "ngày"), "thời gian: suốt mùa khô"
  -> "suốt mùa khô", "trước mùa lũ" -> "mùa lũ", "trước ngày khai giảng 05/9/2019" -> "ngày khai giảng 05/9/2019",
  "trong dịp nghỉ lễ 30/4 – 1/5/2022" -> "dịp nghỉ lễ 30/4 – 1/5/2022", "vào kỳ sinh hoạt tháng 10" -> "kỳ sinh hoạt
  tháng 10"; "xong trong tuần" keeps "trong tuần" (heldout11) while "trong tuần sau" -> "tuần sau" (heldout4); table
  cells as written bar a leading "Trước" ("Đêm 16/02/2026", "Quý I/2026", "Hằng ca").
- The clerk's slips (a missing space after a comma, "Thông tin" with a capital) stay in the page text; labels taken
  from such lines are written as the page has them.
- In d02 the September form's dots and "(Ký, ghi rõ họ tên)" lie on page 4, which no other minute shares, so only that
  minute is `unfilled_template`; its month is 9 although it was held on 02/10/2025 and it counts for September.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []


def R(*cells, bold=False):
    """A form line drawn as cells at fixed x positions (a label and its filled value on one baseline)."""
    return ("row", list(cells), {"bold": bold})


def TB(cols, rows, **kw):
    return ("table", cols, rows, kw)


# =================================================================================================
# d01 — Lạng Sơn (Văn Lãng), Tày/Nùng border village, January–June 2014: a typewritten book of five
# minutes, one cell, the clerk typing each meeting on under the last signatures.
# =================================================================================================
CELL1, COMM1 = "CHI BỘ THÔN NÀ PÀN", "ĐẢNG BỘ XÃ HOÀNG VĂN THỤ"

d01_m1 = {
    "blocks": [
        HD(["ĐẢNG BỘ HUYỆN VĂN LÃNG", COMM1, CELL1, "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nà Pàn, ngày 08 tháng 01 năm 2014"], bold_left=(2,)),
        C("BIÊN BẢN HỌP CHI BỘ"),
        C("Tháng 01 năm 2014", bold=False),
        G(4),
        L("Hôm nay, ngày 08 tháng 01 năm 2014, vào hồi 19 giờ 00, tại Nhà văn hoá thôn Nà Pàn, Chi bộ thôn Nà Pàn "
          "họp sinh hoạt định kỳ tháng 01/2014."),
        L("* Thành phần:"),
        L("- Tổng số đảng viên trong chi bộ: 23 đ/c. Có mặt: 21 đ/c. Vắng: 02 đ/c, gồm đ/c Hà Văn Nghiệp (đi viện ở "
          "Lạng Sơn) và đ/c Vi Văn Cắm (vắng không lý do)."),
        L("- Chủ trì: đ/c Hoàng Văn Thắm - Bí thư chi bộ."),
        L("- Thư ký: đ/c Lộc Thị Huyền - Chi uỷ viên."),
        L("* Nội dung:"),
        L("I- Thông tin thời sự, văn bản mới."),
        L("Đ/c Bí thư thông báo tình hình biên giới dịp cuối năm: hàng hoá qua cửa khẩu Tân Thanh tăng mạnh, có hiện "
          "tượng vận chuyển pháo nổ, hàng cấm qua đường mòn lối mở; phổ biến Chỉ thị của Huyện uỷ về tổ chức đón "
          "Tết Giáp Ngọ vui tươi, lành mạnh, an toàn, tiết kiệm."),
        L("II- Kết quả thực hiện nhiệm vụ tháng 12/2013."),
        L("1. Ưu điểm: thu xong thuế đất, quỹ an ninh quốc phòng đạt 100% kế hoạch; trồng dặm được 4,5 ha keo, hồi; "
          "100% hộ treo cờ ngày 22/12. Đảng viên chấp hành tốt quy định của địa phương."),
        L("2. Tồn tại: còn 03 hộ chưa nộp quỹ làm đường bê tông nội thôn; một số thanh niên tụ tập uống rượu ở đầu "
          "cầu Nà Pàn đến khuya, gây mất trật tự."),
        L("III- Phương hướng tháng 01/2014."),
        L("- Tuyên truyền nhân dân không buôn bán, tàng trữ, đốt pháo nổ; giữ gìn an ninh trật tự dịp Tết."),
        L("- Chăm sóc đàn trâu bò qua mùa rét đậm, che chắn chuồng trại, dự trữ rơm, cỏ khô."),
        L("- Chuẩn bị đất trồng rừng vụ xuân, nhận cây giống tại xã."),
        L("IV- Ý kiến thảo luận."),
        L("- Đ/c Chu Văn Tỉnh: nhất trí với báo cáo; đề nghị thôn lập danh sách các hộ còn thả rông trâu bò để nhắc "
          "nhở, năm ngoái rét hại chết 07 con."),
        L("- Đ/c Mã Thị Lý: chi hội phụ nữ sẽ đến từng nhà vận động không mua pháo cho trẻ con; đề nghị chi bộ quan "
          "tâm hộ bà Lăng Thị Sáu neo đơn."),
        L("- Đ/c Triệu Văn Đường (trưởng thôn): đường bê tông còn thiếu 120 m, đề nghị các đảng viên gương mẫu đóng "
          "góp trước."),
        L("V- Kết luận."),
        L("Đ/c Bí thư kết luận: Chi bộ nhất trí với báo cáo và phương hướng đã nêu. Trọng tâm tháng 01 là giữ an ninh "
          "biên giới, không để pháo nổ về thôn, chống rét cho trâu bò và lo Tết cho các hộ khó khăn, không để hộ "
          "nào thiếu đói."),
        L("Chi bộ biểu quyết thông qua: 21/21 đ/c nhất trí (100%)."),
        L("VI- Phân công."),
        L("- Đ/c Triệu Văn Đường cùng tổ tự quản đường biên tuần tra đường mòn, lối mở, không để pháo nổ vào thôn, "
          "làm từ nay đến hết tháng Giêng âm lịch."),
        L("- Đ/c Nông Thị Bích (PBT) đi thăm, tặng quà 06 hộ nghèo, xong trước ngày 25/01/2014."),
        L("- Đ/c Chu Văn Tỉnh lập danh sách hộ thả rông trâu bò, báo cáo chi bộ tại kỳ họp tháng 2."),
        L("Họp xong lúc 21 giờ 15 phút. Biên bản đã đọc lại, các đ/c dự họp nhất trí."),
        S(["THƯ KÝ", "", "Lộc Thị Huyền"], ["BÍ THƯ", "", "Hoàng Văn Thắm"]),
    ],
    "truth": minute(
        meeting("regular", "2014-01-08", "19:00", "21:15", "Nhà văn hoá thôn Nà Pàn", CELL1, COMM1),
        "Hoàng Văn Thắm", "Bí thư chi bộ", "Lộc Thị Huyền",
        attendance(23, 21, 2, 1, 1, 0, [("Hà Văn Nghiệp", "đi viện ở Lạng Sơn", True),
                                        ("Vi Văn Cắm", "vắng không lý do", False)]),
        True,
        [vote("Thông qua báo cáo và phương hướng tháng 01/2014", 21, None, None, 100)],
        [task("Triệu Văn Đường", "cùng tổ tự quản đường biên tuần tra đường mòn, lối mở, không để pháo nổ vào thôn",
              "hết tháng Giêng âm lịch"),
         task("Nông Thị Bích", "đi thăm, tặng quà 06 hộ nghèo", "25/01/2014"),
         task("Chu Văn Tỉnh", "lập danh sách hộ thả rông trâu bò, báo cáo chi bộ", "kỳ họp tháng 2")],
        ["unexcused_absence"]),
}

d01_m2 = {   # typed on with no header of its own
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 2/2014"),
        L("Thời gian: 8h30' sáng ngày 07/02/2014 (tức mùng 8 Tết Giáp Ngọ)."),
        L("Địa điểm: nhà văn hoá thôn."),
        L("Đảng viên có mặt 22/23, vắng 01 là đ/c Hà Văn Nghiệp (đang nằm viện)."),
        L("Đ/c Hoàng Văn Thắm, BT chi bộ chủ trì; đ/c Lộc Thị Huyền ghi biên bản."),
        L("1. Đánh giá tháng 01 và dịp Tết:"),
        L("Nhân dân trong thôn đón Tết an toàn, không có vụ đốt pháo nổ; tổ tuần tra đi được 11 buổi, thu giữ 02 hộp "
          "pháo của người ngoài thôn mang qua, đã giao cho Đồn Biên phòng. Chi bộ và các đoàn thể tặng quà đủ 06 hộ "
          "nghèo. Trâu bò chết rét 01 con (nhà ông Hoàng Văn Slằn) do thả trên núi. Đ/c Tỉnh đã lập danh sách 09 hộ "
          "còn thả rông."),
        L("2. Nhiệm vụ tháng 2:"),
        L("- Tổ chức Tết trồng cây, trồng mới 6 ha keo ở khu Khuổi Slưa."),
        L("- Tham gia lễ hội Lồng tồng của xã ngày 15 tháng Giêng."),
        L("- Tiếp tục vận động hoàn thành đường bê tông."),
        L("3. Ý kiến:"),
        L("Đ/c Lăng Thị Nhài: đội văn nghệ có 12 chị em, cần kinh phí may 06 bộ áo chàm, đề nghị trích quỹ thôn."),
        L("Đ/c Lương Văn Thắng: cây giống về thì phải trồng ngay, không để héo; nhà nào thiếu người thì tổ đoàn kết "
          "giúp."),
        L("Đ/c Vi Văn Cắm: xin lỗi chi bộ vì tháng trước vắng họp không báo, do đi làm thuê bên kia biên giới chưa "
          "về kịp."),
        L("4. Đ/c chủ trì kết luận: nhất trí trích quỹ thôn 1.500.000đ may áo cho đội văn nghệ; cây giống nhận về "
          "hộ nào phải trồng xong trong 3 ngày; nhắc nhở đ/c Vi Văn Cắm chấp hành nghiêm chế độ sinh hoạt."),
        L("Biểu quyết: nhất trí 22/22 (100%)."),
        L("5. Phân công: đ/c Lương Văn Thắng phụ trách đội văn nghệ tập tiết mục cho lễ hội Lồng tồng, xong trước "
          "ngày 12 tháng Giêng; đ/c Triệu Văn Đường nhận cây giống keo ở xã về chia cho các hộ trong tuần này."),
        L("Họp xong lúc 11 giờ kém 15 phút. Biên bản đọc lại, chi bộ nhất trí."),
        S(["Thư ký", "Lộc Thị Huyền"], ["Chủ trì", "Hoàng Văn Thắm"]),
    ],
    "truth": minute(
        meeting("regular", "2014-02-07", "08:30", "10:45", "nhà văn hoá thôn", CELL1, COMM1),
        "Hoàng Văn Thắm", "BT chi bộ", "Lộc Thị Huyền",
        attendance(23, 22, 1, 1, 0, 0, [("Hà Văn Nghiệp", "đang nằm viện", True)]),
        True,
        [vote("Thông qua kết luận tháng 2", 22, None, None, 100)],
        [task("Lương Văn Thắng", "phụ trách đội văn nghệ tập tiết mục cho lễ hội Lồng tồng", "ngày 12 tháng Giêng"),
         task("Triệu Văn Đường", "nhận cây giống keo ở xã về chia cho các hộ", "tuần này")],
        []),
}

TOPIC13 = "Nêu cao tinh thần trách nhiệm, chống chủ nghĩa cá nhân, nói đi đôi với làm"
d01_m3 = {
    "blocks": [
        HD([COMM1, CELL1], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nà Pàn, ngày 10 tháng 3 năm 2014"], bold_left=(1,)),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THÁNG 3 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2014"),
        C("Chuyên đề: " + TOPIC13, bold=False, italic=True),
        G(4),
        L("Bắt đầu lúc 14h00, tại nhà văn hoá thôn Nà Pàn."),
        L("Thành phần: tổng số 23 đồng chí; có mặt 20; vắng 03 đồng chí: Hà Văn Nghiệp (ốm), Mã Thị Lý (đi thăm con "
          "ở Hà Nội), Vi Văn Cắm (không báo)."),
        L("Chủ trì: đ/c Hoàng Văn Thắm, Bí thư chi bộ. Thư ký: đ/c Lộc Thị Huyền."),
        L("Phần thứ nhất: SINH HOẠT THƯỜNG KỲ"),
        L("1/ Kiểm điểm tháng 2: trồng được 6,2 ha keo, vượt kế hoạch; đội văn nghệ đạt giải Ba tại lễ hội Lồng tồng "
          "của xã; đường bê tông làm thêm được 60 m. Hạn chế: còn 02 hộ chưa đóng góp; 01 vụ mất trộm gà chưa tìm ra."),
        L("2/ Nhiệm vụ tháng 3: làm đất, gieo ngô vụ xuân; phòng cháy rừng mùa khô; hoàn thành 60 m đường bê tông "
          "còn lại."),
        L("Phần thứ hai: SINH HOẠT CHUYÊN ĐỀ"),
        L("Đ/c Nông Thị Bích, Phó Bí thư trình bày chuyên đề, liên hệ việc làm của cán bộ thôn: nói phải đi đôi với "
          "làm, việc gì đã hứa với dân thì phải làm bằng được. Đ/c nêu những việc chi bộ đã hứa mà chưa làm xong: "
          "đường bê tông nội thôn hẹn xong trước Tết nhưng còn 60 m; lớp học tiếng phổ thông cho phụ nữ đã mở "
          "nhưng chỉ học được 3 buổi; việc họp chi bộ còn có đ/c vắng mà không báo."),
        L("Ý kiến tham gia:"),
        L("+ Đ/c Hoàng Văn Pảo: bản thân là đảng viên cao tuổi, sẽ nhắc con cháu trong họ đóng góp làm đường."),
        L("+ Đ/c Nông Văn Dìn: đề nghị đảng viên trẻ phải đi đầu trong tổ tuần tra, không để người già đi thay."),
        L("+ Đ/c Lăng Thị Nhài: chi bộ cần nói thẳng với những đ/c hay vắng họp, nói thì phải làm."),
        L("+ Đ/c Mã Thị Lý (vắng, gửi ý kiến bằng giấy, đ/c thư ký đọc): đề nghị mở lại lớp học cho chị em sau vụ "
          "ngô."),
        L("Kết luận của đ/c chủ trì: Chi bộ nhất trí với báo cáo tháng 2 và nhiệm vụ tháng 3; mỗi đ/c đảng viên viết "
          "bản cam kết làm theo chuyên đề, nộp chi uỷ. Nhắc nhở lần thứ hai đối với đ/c Vi Văn Cắm."),
        L("Biểu quyết: 20/20 đ/c tán thành, đạt 100%."),
        L("Phân công:"),
        L("- Đ/c Nông Văn Dìn phụ trách tổ phòng cháy rừng, thời gian: suốt mùa khô."),
        L("- Đ/c Triệu Văn Đường vận động 02 hộ còn lại đóng góp, hoàn thành đường bê tông trước 30/4/2014."),
        L("Kết thúc hồi 16h30. Biên bản được đọc lại và thông qua."),
        S(["THƯ KÝ", "Lộc Thị Huyền"], ["CHỦ TRÌ", "Hoàng Văn Thắm"]),
    ],
    "truth": minute(
        meeting("regular", "2014-03-10", "14:00", "16:30", "nhà văn hoá thôn Nà Pàn", CELL1, COMM1, topic=TOPIC13),
        "Hoàng Văn Thắm", "Bí thư chi bộ", "Lộc Thị Huyền",
        attendance(23, 20, 3, 2, 1, 0, [("Hà Văn Nghiệp", "ốm", True), ("Mã Thị Lý", "đi thăm con ở Hà Nội", True),
                                        ("Vi Văn Cắm", "không báo", False)]),
        True,
        [vote("Thông qua báo cáo, nhiệm vụ và chuyên đề", 20, None, None, 100)],
        [task("Nông Văn Dìn", "phụ trách tổ phòng cháy rừng", "suốt mùa khô"),
         task("Triệu Văn Đường", "vận động 02 hộ còn lại đóng góp, hoàn thành đường bê tông", "30/4/2014")],
        ["low_attendance", "unexcused_absence"]),
}

d01_m4 = {   # typed on, no header; April was skipped
    "blocks": [
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 5-2014"),
        L("Tháng 4 chi bộ không họp được vì bà con vào vụ gieo ngô, đảng viên đi nương xa. Hôm nay ngày 14-5-2014, hồi "
          "19h30, chi bộ họp tại nhà văn hoá thôn."),
        L("Có mặt 21 đ/c trên tổng số 23. Vắng: đ/c Hà Văn Nghiệp (ốm) và đ/c Vi Văn Cắm vắng mặt không có lý do."),
        L("Đ/c Hoàng Văn Thắm chủ trì, đ/c Lộc Thị Huyền làm thư ký."),
        L("Đ/c Bí thư báo cáo: ngô đã gieo xong 38 ha,mưa đá ngày 26/4 làm hỏng 3 ha phải gieo lại; đường bê tông đã "
          "xong, nghiệm thu ngày 02/5; không xảy ra cháy rừng. Tháng 5 tập trung chăm sóc ngô, tiêm phòng lở mồm long "
          "móng cho trâu bò, chuẩn bị bầu trưởng thôn nhiệm kỳ mới."),
        L("Chi bộ thảo luận, nhất trí với báo cáo."),
        L("Đ/c chủ trì kết luận: giao đ/c Triệu Văn Đường phối hợp thú y xã tiêm phòng cho đàn trâu bò trong tháng 5; "
          "đ/c Nông Thị Bích chuẩn bị nhân sự bầu trưởng thôn, báo cáo chi uỷ trước ngày 25/5."),
        L("Biểu quyết: 21/21 nhất trí."),
        L("Họp xong 20h45. Biên bản đọc lại, nhất trí."),
        S(["THƯ KÝ", "Lộc Thị Huyền"], ["CHỦ TRÌ", "Hoàng Văn Thắm"]),
    ],
    "truth": minute(
        meeting("regular", "2014-05-14", "19:30", "20:45", "nhà văn hoá thôn", CELL1, COMM1),
        "Hoàng Văn Thắm", None, "Lộc Thị Huyền",
        attendance(23, 21, 2, 1, 1, 0, [("Hà Văn Nghiệp", "ốm", True), ("Vi Văn Cắm", "không có lý do", False)]),
        True,
        [vote("Thông qua kết luận tháng 5", 21)],
        [task("Triệu Văn Đường", "phối hợp thú y xã tiêm phòng cho đàn trâu bò", "tháng 5"),
         task("Nông Thị Bích", "chuẩn bị nhân sự bầu trưởng thôn, báo cáo chi uỷ", "25/5")],
        ["no_discussion", "short_meeting", "unexcused_absence"]),
}

TOPIC15 = "Thực hành tiết kiệm, chống lãng phí trong việc cưới, việc tang"
d01_m5 = {
    "blocks": [
        HD([COMM1, CELL1, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nà Pàn, ngày 11 tháng 6 năm 2014"], bold_left=(1,)),
        C("BIÊN BẢN SINH HOẠT CHI BỘ"),
        C("(Thường kỳ tháng 6 và chuyên đề quý II/2014)", bold=False),
        C("Chuyên đề: " + TOPIC15, bold=False, italic=True),
        L("Vào hồi 13 giờ 30 phút ngày 11/6/2014, tại nhà văn hoá thôn Nà Pàn."),
        L("Tổng số đảng viên 23; có mặt 22; vắng 01 đ/c Hà Văn Nghiệp - ốm. Đ/c Vi Văn Cắm đã về, dự họp."),
        L("Chủ trì: đ/c Hoàng Văn Thắm - BT. Thư ký: đ/c Lộc Thị Huyền."),
        L("A. Thường kỳ tháng 6"),
        L("Tháng 5 tiêm phòng được 214 con trâu bò, đạt 96%; bầu xong trưởng thôn (đ/c Triệu Văn Đường tái cử, 87% "
          "số phiếu); ngô phát triển tốt. Tháng 6: chăm sóc ngô, phòng lũ quét mùa mưa, rà soát hộ nghèo giữa năm."),
        L("B. Chuyên đề"),
        L("Đ/c Lộc Thị Huyền đọc tài liệu chuyên đề. Chi bộ liên hệ thực tế: đám cưới trong thôn vẫn mổ nhiều lợn, làm "
          "cỗ 2-3 ngày; đám tang còn để lâu, tốn kém."),
        L("Ý kiến: đ/c Hoàng Văn Pảo đề nghị đưa vào hương ước quy định đám cưới làm cỗ không quá 01 ngày; đ/c Lăng Thị "
          "Nhài đề nghị đảng viên có con cưới xin phải làm gương trước."),
        L("Kết luận: Chi bộ thống nhất xây dựng quy ước về việc cưới, việc tang của thôn. Giao đ/c Triệu Văn Đường dự "
          "thảo quy ước, đưa ra họp thôn trước ngày 30/6/2014; đ/c Nông Văn Dìn kiểm tra rãnh thoát nước, đường tràn "
          "suối Nà Pàn trước mùa lũ."),
        L("Buổi sinh hoạt kết thúc lúc 16 giờ 00. Biên bản đã thông qua trước chi bộ."),
        S(["NGƯỜI GHI BIÊN BẢN", "Lộc Thị Huyền"], ["T/M CHI BỘ", "BÍ THƯ", "Hoàng Văn Thắm"]),
    ],
    "truth": minute(
        meeting("regular", "2014-06-11", "13:30", "16:00", "nhà văn hoá thôn Nà Pàn", CELL1, COMM1, topic=TOPIC15),
        "Hoàng Văn Thắm", "BT", "Lộc Thị Huyền",
        attendance(23, 22, 1, 1, 0, 0, [("Hà Văn Nghiệp", "ốm", True)]),
        True,
        [],
        [task("Triệu Văn Đường", "dự thảo quy ước, đưa ra họp thôn", "30/6/2014"),
         task("Nông Văn Dìn", "kiểm tra rãnh thoát nước, đường tràn suối Nà Pàn", "mùa lũ")],
        ["missing_vote"]),
}

DOCS.append({
    "name": "d01-langson-tay-village-typewriter-book-2014", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.3, "left": 72,
              "right": 48, "top": 50, "bottom": 55, "foot": "- {n} -", "para_gap": 1},
    "between": 18,
    "minutes": [d01_m1, d01_m2, d01_m3, d01_m4, d01_m5],
    "flags": ["missing_month", "repeated_absence"],
    "scans": [], "born_digital": True,
})


# =================================================================================================
# d02 — Nam Định, a residential quarter of retired members, June–September 2025, across the merger
# (Nam Định city wards -> phường Nam Định, province Ninh Bình; no district level from 01/7/2025).
# =================================================================================================
CELL2 = "CHI BỘ TỔ DÂN PHỐ SỐ 9"
COMM2A, COMM2B = "ĐẢNG BỘ PHƯỜNG VỊ XUYÊN", "ĐẢNG BỘ PHƯỜNG NAM ĐỊNH"

d02_m1 = {
    "blocks": [
        HD(["ĐẢNG BỘ THÀNH PHỐ NAM ĐỊNH", COMM2A, CELL2, "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Định, ngày 05 tháng 6 năm 2025"], bold_left=(2,)),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2025", size=13.5),
        G(4),
        P("Thời gian: từ 8 giờ 00 đến 10 giờ 15 phút, thứ Năm ngày 05/6/2025."),
        P("Địa điểm: Nhà sinh hoạt cộng đồng tổ dân phố số 9, phố Hàn Thuyên."),
        P("Thành phần: Chi bộ có 52 đảng viên, trong đó 14 đồng chí được miễn sinh hoạt do tuổi cao, sức yếu; số phải "
          "dự 38. Có mặt 36 đồng chí; vắng 02 có lý do (đ/c Vũ Hữu Lộc đi chữa bệnh ở Bệnh viện Hữu Nghị, đ/c Lương "
          "Thị Mai về quê chăm mẹ ốm)."),
        P("Đ/c Nguyễn Văn Khải – Bí thư chi bộ chủ trì; đ/c Phạm Đức Thịnh – chi ủy viên làm thư ký."),
        H("1. Thông tin thời sự"),
        P("Đ/c Bí thư thông tin: thực hiện các nghị quyết của Quốc hội về sắp xếp đơn vị hành chính, từ ngày 01/7/2025 "
          "tỉnh Nam Định, tỉnh Hà Nam hợp nhất với tỉnh Ninh Bình thành tỉnh Ninh Bình; không tổ chức cấp huyện; "
          "phường Vị Xuyên cùng một số phường nội thành hợp thành phường Nam Định. Sổ sách của chi bộ giữ nguyên đến "
          "khi có hướng dẫn mới."),
        H("2. Kết quả tháng 5"),
        P("Chi bộ tổ chức viếng, tiễn đưa 01 đảng viên từ trần (đ/c Đặng Văn Thụ, 62 năm tuổi Đảng); trao Huy hiệu 55 "
          "năm tuổi Đảng cho đ/c Ngô Thị Thanh Thuỷ; thu đảng phí đạt 100%. Tổ dân phố vận động ủng hộ quỹ Vì người "
          "nghèo được 7.350.000 đồng. Hạn chế: vẫn còn tình trạng đổ trộm phế thải xây dựng ở đầu ngõ 17 ban đêm."),
        H("3. Nhiệm vụ tháng 6"),
        P("Tuyên truyền việc sắp xếp đơn vị hành chính để nhân dân đồng tình; rà soát, chốt danh sách đảng viên; "
          "phòng chống nắng nóng, sốt xuất huyết; vệ sinh ngõ xóm chiều thứ Bảy cuối tháng."),
        H("4. Thảo luận"),
        P("– Đ/c Lê Quang Vinh (Đại tá, nghỉ hưu): đề nghị tổ dân phố lắp camera ở đầu ngõ để xử lý việc đổ trộm "
          "phế thải."),
        P("– Đ/c Hoàng Thị Kim Oanh: hỏi sau sáp nhập thì thẻ bảo hiểm y tế, sổ đỏ có phải làm lại không; đề nghị "
          "chi bộ mời cán bộ phường về giải thích cho bà con."),
        P("– Đ/c Bùi Xuân Trường: xin nhận vận động các hộ đóng góp lắp camera."),
        H("5. Kết luận"),
        P("Đ/c Bí thư kết luận: Chi bộ thống nhất các nhiệm vụ tháng 6 như báo cáo; lấy việc giữ ổn định tư tưởng "
          "đảng viên, nhân dân trong thời gian sắp xếp làm trọng tâm. Giao đ/c Bùi Xuân Trường cùng Ban công tác Mặt "
          "trận vận động lắp 02 camera đầu ngõ, xong trước ngày 30/6/2025; đ/c Trần Thị Minh Hoà liên hệ phường mời "
          "cán bộ tư pháp về giải đáp thắc mắc của nhân dân trong tháng 6."),
        P("Chi bộ biểu quyết nhất trí 36/36 đồng chí có mặt (100%)."),
        P("Biên bản kết thúc hồi 10 giờ 15 phút, đã đọc lại cho chi bộ nghe và được nhất trí thông qua."),
        S(["THƯ KÝ", "Phạm Đức Thịnh"], ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn Khải"]),
    ],
    "truth": minute(
        meeting("regular", "2025-06-05", "08:00", "10:15", "Nhà sinh hoạt cộng đồng tổ dân phố số 9, phố Hàn Thuyên",
                CELL2, COMM2A),
        "Nguyễn Văn Khải", "Bí thư chi bộ", "Phạm Đức Thịnh",
        attendance(52, 36, 2, 2, 0, 14, [("Vũ Hữu Lộc", "đi chữa bệnh ở Bệnh viện Hữu Nghị", True),
                                         ("Lương Thị Mai", "về quê chăm mẹ ốm", True)]),
        True,
        [vote("Thông qua nhiệm vụ tháng 6/2025", 36, None, None, 100)],
        [task("Bùi Xuân Trường", "cùng Ban công tác Mặt trận vận động lắp 02 camera đầu ngõ", "30/6/2025"),
         task("Trần Thị Minh Hoà", "liên hệ phường mời cán bộ tư pháp về giải đáp thắc mắc của nhân dân", "tháng 6")],
        []),
}

d02_m2 = {
    "blocks": [
        HD(["ĐẢNG BỘ TỈNH NINH BÌNH", COMM2B, CELL2, "*"],
           ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phường Nam Định, ngày 03 tháng 7 năm 2025"], bold_left=(2,)),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2025", size=13.5),
        G(4),
        P("Hôm nay, 19 giờ 30 ngày 03/7/2025, tại Nhà sinh hoạt cộng đồng tổ dân phố số 9, Chi bộ tổ chức sinh hoạt "
          "thường kỳ tháng 7 – kỳ sinh hoạt đầu tiên trực thuộc Đảng bộ phường Nam Định (họp buổi tối để các đồng chí "
          "còn đi làm dự được)."),
        P("Đảng viên: tổng số 51 đ/c (miễn sinh hoạt 14). Dự họp 35/37 đ/c; vắng 02: đ/c Lương Thị Mai (ở quê chưa về), "
          "đ/c Vũ Hữu Lộc (đang điều trị)."),
        P("Chủ trì: đ/c Nguyễn Văn Khải, Bí thư chi bộ. Thư ký: đ/c Phạm Đức Thịnh."),
        H("I. THÔNG TIN"),
        P("Phổ biến Quyết định của Ban Thường vụ Tỉnh ủy Ninh Bình về thành lập Đảng bộ phường Nam Định và chỉ định "
          "Ban Chấp hành lâm thời; Chi bộ Tổ dân phố số 9 giữ nguyên tên gọi, chuyển về trực thuộc Đảng ủy phường Nam "
          "Định. Bộ phận một cửa của phường đặt tại trụ sở UBND thành phố cũ."),
        H("II. KIỂM ĐIỂM THÁNG 6"),
        P("Đã lắp xong 02 camera đầu ngõ (nhân dân góp 9.200.000 đồng); cán bộ tư pháp phường đã về giải đáp ngày "
          "21/6, bà con phấn khởi. Chưa làm được: bảng tin tổ dân phố chưa thay tên phường mới."),
        H("III. Ý KIẾN"),
        P("Đ/c Ngô Thị Thanh Thuỷ đề nghị giữ lại số điện thoại của cảnh sát khu vực cũ vì bà con đã quen; đ/c Phan Thế "
          "Hùng đề nghị chi bộ sớm có danh sách đảng viên cao tuổi để phường tặng quà ngày 27/7."),
        P("Đồng chí Bí thư cảm ơn các ý kiến và mong các đồng chí tiếp tục đóng góp để chi bộ hoạt động nền nếp trong "
          "giai đoạn mới."),
        H("IV. PHÂN CÔNG"),
        P("– Đ/c Trần Thị Minh Hoà: lập danh sách thương binh, gia đình liệt sĩ, đảng viên cao tuổi gửi phường trước "
          "15/7/2025."),
        P("– Đ/c Phan Thế Hùng: thay bảng tin tổ dân phố theo tên phường mới, xong trong tháng 7."),
        P("Biểu quyết: tán thành 35/35, không tán thành: không."),
        P("Buổi sinh hoạt kết thúc lúc 21h20. Biên bản đã được đọc lại, các đồng chí nhất trí."),
        S(["THƯ KÝ", "Phạm Đức Thịnh"], ["BÍ THƯ", "Nguyễn Văn Khải"]),
    ],
    "truth": minute(
        meeting("regular", "2025-07-03", "19:30", "21:20", "Nhà sinh hoạt cộng đồng tổ dân phố số 9", CELL2, COMM2B),
        "Nguyễn Văn Khải", "Bí thư chi bộ", "Phạm Đức Thịnh",
        attendance(51, 35, 2, 2, 0, 14, [("Lương Thị Mai", "ở quê chưa về", True),
                                         ("Vũ Hữu Lộc", "đang điều trị", True)]),
        False,
        [vote("Thông qua phân công tháng 7", 35, 0)],
        [task("Trần Thị Minh Hoà", "lập danh sách thương binh, gia đình liệt sĩ, đảng viên cao tuổi gửi phường",
              "15/7/2025"),
         task("Phan Thế Hùng", "thay bảng tin tổ dân phố theo tên phường mới", "tháng 7")],
        ["missing_conclusion"]),
}

d02_m3 = {   # typed on with no header
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2025", size=13.5),
        G(2),
        P("Vào hồi 8h00 sáng Chủ nhật, ngày 10/8/2025, Chi bộ họp tại Nhà sinh hoạt cộng đồng tổ dân phố số 9."),
        P("Số đảng viên: 51; miễn sinh hoạt: 14. Có mặt 32 đồng chí, vắng 05 đồng chí đều có lý do (02 đ/c nằm viện, "
          "03 đ/c đi nghỉ hè cùng con cháu)."),
        P("Đ/c Nguyễn Văn Khải, Bí thư chủ trì; đ/c Phạm Đức Thịnh ghi biên bản."),
        P("a) Đ/c Phó Bí thư Trần Thị Minh Hoà báo cáo kết quả tháng 7: đã gửi phường danh sách 23 đảng viên cao tuổi, "
          "06 gia đình chính sách; phường tặng quà ngày 27/7 đủ cả 06 gia đình; bảng tin đã thay tên mới."),
        P("b) Nhiệm vụ tháng 8: tổ chức kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9; vận động treo cờ Tổ quốc; "
          "phòng chống mưa bão; góp ý dự thảo văn kiện trình Đại hội Đảng bộ tỉnh."),
        P("c) Ý kiến: đ/c Lê Quang Vinh góp ý phần đánh giá công tác quốc phòng trong dự thảo văn kiện; đ/c Đỗ Thị Tuyết "
          "đề nghị tổ dân phố mở màn hình lớn để các cụ cao tuổi xem truyền hình lễ diễu binh."),
        P("d) Kết luận của đ/c chủ trì: Chi bộ thống nhất nhiệm vụ tháng 8; đề nghị các đồng chí đảng viên gương mẫu "
          "treo cờ, vận động gia đình và bà con cùng thực hiện; các ý kiến góp ý văn kiện sẽ được tổng hợp gửi phường."),
        P("Chi bộ biểu quyết: 32/32 đồng chí nhất trí."),
        P("Kết thúc 10 giờ 05 phút. Biên bản thông qua tại cuộc họp."),
        S(["THƯ KÝ", "Phạm Đức Thịnh"], ["BÍ THƯ", "Nguyễn Văn Khải"]),
    ],
    "truth": minute(
        meeting("regular", "2025-08-10", "08:00", "10:05", "Nhà sinh hoạt cộng đồng tổ dân phố số 9", CELL2, COMM2B),
        "Nguyễn Văn Khải", "Bí thư", "Phạm Đức Thịnh",
        attendance(51, 32, 5, 5, 0, 14),
        True,
        [vote("Thông qua nhiệm vụ tháng 8", 32)],
        [],
        ["low_attendance", "missing_assignments"]),
}

d02_m4 = {   # the phường's new form; September's meeting held on 2 October
    "blocks": [
        HD([COMM2B, CELL2], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Định, ngày 02 tháng 10 năm 2025"], bold_left=(1,)),
        C("BIÊN BẢN", size=13.5),
        C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 9 NĂM 2025"),
        C("(Sinh hoạt tháng 9 lùi sang đầu tháng 10 do mưa lớn, ngập úng sau bão số 10)", bold=False, italic=True),
        G(4),
        L("1. Thời gian bắt đầu: 19 giờ 30 phút, ngày 02/10/2025."),
        L("2. Địa điểm: Nhà sinh hoạt cộng đồng TDP số 9."),
        L("3. Thành phần:"),
        P("- Tổng số đảng viên: 51 đ/c; miễn sinh hoạt: 14 đ/c; phải dự: 37 đ/c."),
        P("- Có mặt: 34 đ/c; vắng: 03 đ/c (có lý do: 03; không lý do: 0)."),
        P("- Chủ trì: đ/c Nguyễn Văn Khải, chức vụ: Bí thư chi bộ."),
        P("- Thư ký: đ/c Phạm Đức Thịnh, chức vụ: Chi ủy viên."),
        L("4. Nội dung:"),
        P("- Đ/c Bí thư đánh giá tháng 8 và tháng 9: 100% hộ treo cờ dịp Quốc khánh; tổ dân phố tổ chức cho 40 cụ cao "
          "tuổi xem truyền hình trực tiếp lễ diễu binh tại nhà sinh hoạt cộng đồng; mưa lớn ngày 30/9 làm ngập sâu "
          "ngõ 17 Hàn Thuyên gần 0,5 m, 03 hộ bị nước tràn vào nhà, tổ xung kích đã giúp kê dọn đồ đạc."),
        P("- Phương hướng tháng 10: khơi thông cống rãnh; học tập Nghị quyết Đại hội Đảng bộ phường lần thứ I; thu "
          "đảng phí quý IV; chăm lo các cụ cao tuổi khi trời trở lạnh."),
        L("5. Ý kiến thảo luận:"),
        P("- Đ/c Vũ Hữu Lộc: cống ngõ 17 đã bồi lắng nhiều năm, đề nghị phường nạo vét cả đoạn ra đường Hàn Thuyên chứ "
          "không chỉ vớt rác trên miệng cống."),
        P("- Đ/c Đỗ Thị Tuyết: đề nghị chi bộ lập danh sách các cụ sống một mình để tổ xung kích ưu tiên khi có mưa "
          "ngập."),
        L("6. Kết luận của chủ trì:"),
        P("Chi bộ nhất trí với đánh giá và phương hướng trên. Giao đ/c Bùi Xuân Trường phụ trách tổ xung kích khơi "
          "thông rãnh thoát nước ngõ 17, xong trước ngày 15/10/2025; đ/c Trần Thị Minh Hoà tổ chức cho đảng viên "
          "học tập Nghị quyết Đại hội Đảng bộ phường vào kỳ sinh hoạt tháng 10."),
        L("7. Biểu quyết:"),
        P("Tán thành: 34/34 đ/c, đạt 100%; không tán thành: ……; ý kiến khác: ……"),
        P("Buổi sinh hoạt kết thúc vào hồi 21 giờ 15 phút cùng ngày; biên bản đã được đọc lại và thông qua."),
        S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Phạm Đức Thịnh"],
          ["T/M CHI BỘ", "BÍ THƯ", "(Ký, ghi rõ họ tên)", "Nguyễn Văn Khải"]),
    ],
    "truth": minute(
        meeting("regular", "2025-10-02", "19:30", "21:15", "Nhà sinh hoạt cộng đồng TDP số 9", CELL2, COMM2B,
                month=9, year=2025),
        "Nguyễn Văn Khải", "Bí thư chi bộ", "Phạm Đức Thịnh",
        attendance(51, 34, 3, 3, 0, 14),
        True,
        [vote("Thông qua đánh giá và phương hướng", 34, None, None, 100)],
        [task("Bùi Xuân Trường", "phụ trách tổ xung kích khơi thông rãnh thoát nước ngõ 17", "15/10/2025"),
         task("Trần Thị Minh Hoà", "tổ chức cho đảng viên học tập Nghị quyết Đại hội Đảng bộ phường",
              "kỳ sinh hoạt tháng 10")],
        ["unfilled_template"]),
}

DOCS.append({
    "name": "d02-namdinh-retirees-quarter-merger-book-2025", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 24, "spacing": 1.25, "left": 78,
              "right": 55, "foot": "Trang {n}"},
    "between": 22,
    "minutes": [d02_m1, d02_m2, d02_m3, d02_m4],
    "flags": ["no_thematic_in_quarter"],
    "scans": [], "born_digital": True,
})


# =================================================================================================
# d03 — Quảng Ninh (Hạ Long), a coal-mine workshop cell, October 2024; task table. Clean. Scan twin d11.
# =================================================================================================
CELL3, COMM3 = "CHI BỘ PHÂN XƯỞNG KHAI THÁC 3", "ĐẢNG BỘ CÔNG TY THAN HÀ LẦM - TKV"
DOC3 = {
    "name": "d03-quangninh-coal-workshop-task-table-clean", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.32, "left": 68, "right": 50,
              "top": 52, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD([COMM3, CELL3, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 08 tháng 10 năm 2024"], bold_left=(1,)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2024", size=13),
            G(6),
            L("Thời gian: 14h30 ngày 08/10/2024 (sau giao ca 1)."),
            L("Địa điểm: Phòng họp giao ca PX Khai thác 3, mặt bằng mức +75."),
            L("Thành phần: Tổng số ĐV 31 đ/c, có mặt 28 đ/c; vắng 03 đ/c (đi ca 3: 02 đ/c, nghỉ phép năm: 01 đ/c)."),
            L("Chủ trì: đ/c Đào Văn Hiếu – Bí thư chi bộ, Quản đốc phân xưởng."),
            L("Thư ký: đ/c Nguyễn Thị Hồng Nhung – nhân viên thống kê PX."),
            L("Mời dự: đ/c Trịnh Quang Hưng – Phó Bí thư Đảng ủy Công ty."),
            H("I. Thông tin thời sự, phổ biến văn bản"),
            L("Đ/c Bí thư thông tin kết quả Hội nghị Trung ương 10 khóa XIII; thông báo của Đảng ủy Công ty về khắc "
              "phục hậu quả bão số 3 (Yagi): toàn Công ty bị tốc mái 46 hạng mục, các lò đã sản xuất trở lại từ "
              "ngày 15/9/2024."),
            H("II. Đánh giá tháng 9/2024"),
            L("- Than nguyên khai: 41.200 tấn, đạt 86% kế hoạch tháng (nghỉ sản xuất 5 ngày do bão); mét lò đào: "
              "312 m, đạt 104%."),
            L("- An toàn: không để xảy ra sự cố; 01 trường hợp vi phạm quy trình (không mang bình tự cứu) đã xử lý "
              "khiển trách."),
            L("- Đời sống: thu nhập bình quân 17,6 triệu đồng/người/tháng; công đoàn hỗ trợ 08 gia đình công nhân "
              "bị thiệt hại do bão."),
            H("III. Phương hướng tháng 10/2024"),
            L("Phấn đấu 48.000 tấn than, bù phần thiếu hụt tháng 9; chống giữ lò chợ 3-2 mức -50 theo hộ chiếu mới; "
              "thực hiện nghiêm 5 điều kiện an toàn trước khi vào ca; hoàn thành kiểm tra đảng viên chấp hành Điều lệ "
              "theo kế hoạch."),
            H("IV. Thảo luận"),
            L("- Đ/c Lê Văn Tùng (tổ trưởng tổ 3): đề nghị PX bổ sung 02 máng cào dự phòng cho lò chợ 3-2, hỏng máng "
              "là phải dừng cả ca."),
            L("- Đ/c Vi Văn Khánh: tháng trước tổ 5 có người chủ quan không đo khí trước khi nổ mìn, chi bộ cần nhắc "
              "nhở mạnh."),
            L("- Đ/c Trịnh Quang Hưng ghi nhận cố gắng của PX sau bão, yêu cầu đảng viên đi đầu tăng ca bù sản lượng "
              "nhưng không được đánh đổi an toàn."),
            H("V. Kết luận"),
            L("Đ/c Bí thư kết luận: Chi bộ thống nhất mục tiêu 48.000 tấn than tháng 10, đặt an toàn lên trên hết; "
              "tổ trưởng là đảng viên chịu trách nhiệm trực tiếp về an toàn trong ca của mình. Nhiệm vụ cụ thể phân "
              "công như bảng dưới."),
            L("Biểu quyết: Tán thành 28/28 đ/c (100%); không tán thành: 0; ý kiến khác: 0."),
            H("VI. Phân công"),
            TB([(0.07, "TT", "c"), (0.47, "Nội dung công việc", "l"), (0.27, "Người thực hiện", "l"),
                (0.19, "Thời hạn", "l")],
               [["1", "Lập tờ trình xin cấp bổ sung 02 máng cào dự phòng cho lò chợ 3-2", "Đ/c Đào Văn Hiếu",
                 "15/10/2024"],
                ["2", "Kiểm tra việc đo khí trước khi nổ mìn tại các gương lò", "Đ/c Vi Văn Khánh, đ/c Lê Văn Tùng",
                 "Hằng ca"],
                ["3", "Hoàn thành hồ sơ kiểm tra 03 đảng viên theo kế hoạch", "Tổ kiểm tra chi bộ",
                 "Trước 25/10/2024"],
                ["4", "Phối hợp công đoàn phát động thi đua tháng năng suất cao", "Đ/c Phạm Thị Thu Trang",
                 "Tháng 10/2024"]],
               head_center=True),
            L("Buổi sinh hoạt kết thúc lúc 16 giờ 40 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, 28/28 đ/c "
              "nhất trí thông qua."),
            S(["THƯ KÝ", "(đã ký)", "Nguyễn Thị Hồng Nhung"], ["BÍ THƯ", "(đã ký)", "Đào Văn Hiếu"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "14:30", "16:40", "Phòng họp giao ca PX Khai thác 3, mặt bằng mức +75",
                    CELL3, COMM3),
            "Đào Văn Hiếu", "Bí thư chi bộ", "Nguyễn Thị Hồng Nhung",
            attendance(31, 28, 3, 3, 0, 0, guests=[("Trịnh Quang Hưng", "Phó Bí thư Đảng ủy Công ty")]),
            True,
            [vote("Thông qua kết luận và mục tiêu tháng 10", 28, 0, 0, 100)],
            [task("Đào Văn Hiếu", "Lập tờ trình xin cấp bổ sung 02 máng cào dự phòng cho lò chợ 3-2", "15/10/2024"),
             task("Vi Văn Khánh", "Kiểm tra việc đo khí trước khi nổ mìn tại các gương lò", "Hằng ca"),
             task("Lê Văn Tùng", "Kiểm tra việc đo khí trước khi nổ mìn tại các gương lò", "Hằng ca"),
             task("Tổ kiểm tra chi bộ", "Hoàn thành hồ sơ kiểm tra 03 đảng viên theo kế hoạch", "25/10/2024"),
             task("Phạm Thị Thu Trang", "Phối hợp công đoàn phát động thi đua tháng năng suất cao", "Tháng 10/2024")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "d11-quangninh-coal-workshop-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 1411, "dpi": 200}],
    "born_digital": True,
}
DOCS.append(DOC3)


# =================================================================================================
# d04 — Hà Giang, Lũng Cú border post, the mass-mobilisation team's cell, August 2019; ranks before names,
# Mông names. Clean.
# =================================================================================================
CELL4, COMM4 = "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG LŨNG CÚ"
DOCS.append({
    "name": "d04-hagiang-border-post-mong-ranks-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 11, "justify": True, "indent": 22, "spacing": 1.35, "left": 76,
              "right": 52},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BĐBP TỈNH HÀ GIANG", COMM4, CELL4],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lũng Cú, ngày 12 tháng 8 năm 2019"], bold_left=(1, 2)),
            G(4),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 NĂM 2019"),
            G(4),
            P("Vào hồi 07 giờ 30 phút ngày 12 tháng 8 năm 2019, tại Hội trường Đồn Biên phòng Lũng Cú, Chi bộ Đội Vận "
              "động quần chúng tiến hành sinh hoạt thường kỳ tháng 8/2019."),
            H("1. Thành phần"),
            P("- Đảng viên của chi bộ: 15 đồng chí; có mặt: 14 đồng chí; vắng: 01 đồng chí (Thượng úy Lò Văn Thanh "
              "– đi tập huấn tại Bộ Chỉ huy BĐBP tỉnh)."),
            P("- Đại biểu: Thiếu tá Phạm Quốc Khánh – Đảng ủy viên, Chính trị viên phó Đồn."),
            P("- Chủ trì: Đại úy Ma Văn Toàn – Bí thư chi bộ, Đội trưởng."),
            P("- Thư ký: Trung úy Vàng Mí Sính – Chi ủy viên."),
            H("2. Nội dung"),
            P("a) Thông báo tình hình: trong tháng 7, trên địa bàn các xã biên giới do Đồn phụ trách không xảy ra vụ "
              "việc vi phạm chủ quyền; phát hiện 02 trường hợp công dân xuất cảnh trái phép sang bên kia biên giới "
              "làm thuê, đã phối hợp giáo dục, bàn giao về gia đình. Mưa lũ ngày 25/7 làm sạt 40 m đường tuần tra "
              "lên cột mốc 428."),
            P("b) Kết quả tháng 7: Đội tổ chức 18 buổi tuyên truyền tại các thôn Lô Lô Chải, Thèn Ván, Séo Lủng; phối "
              "hợp Chi đoàn xã giúp 04 hộ nghèo dựng lại nhà; lớp xóa mù chữ cho phụ nữ Mông ở thôn Séo Lủng duy trì "
              "được 21/25 học viên. Hạn chế: một số buổi tuyên truyền còn ít người dự do bà con đi nương."),
            P("c) Nhiệm vụ tháng 8: duy trì tuần tra song phương theo kế hoạch; tuyên truyền Luật Biên giới quốc gia, "
              "phòng chống mua bán người; vận động học sinh ra lớp đầu năm học 2019 – 2020."),
            H("3. Thảo luận"),
            P("- Thượng úy Thào Seo Dín: thôn Lô Lô Chải còn 07 em bỏ học theo bố mẹ đi làm thuê, đề nghị Đội đến "
              "từng nhà cùng cán bộ thôn, nói bằng tiếng Mông thì bà con mới nghe."),
            P("- Trung úy Sùng Mí Chá: lớp xóa mù chữ thiếu đèn và vở, xin chi bộ đề xuất Đồn hỗ trợ; chị em đi nương "
              "về muộn nên học từ 19 giờ là hợp lý."),
            P("- Thiếu tá Phạm Quốc Khánh phát biểu: biểu dương Đội đã bám dân; nhắc chi bộ giữ nghiêm chế độ tuần tra, "
              "không để lũ làm gián đoạn việc kiểm tra mốc."),
            H("4. Kết luận"),
            P("Đồng chí chủ trì kết luận: Chi bộ thống nhất nhiệm vụ tháng 8 như đã nêu; trọng tâm là bảo vệ mốc, "
              "đường biên trong mùa mưa lũ và đưa học sinh trở lại trường trước ngày khai giảng. Chi bộ sẽ đề xuất "
              "Đồn hỗ trợ đèn, vở cho lớp xóa mù chữ."),
            P("Chi bộ biểu quyết thông qua kết luận: 14/14 đồng chí có mặt nhất trí, đạt 100%."),
            H("5. Phân công nhiệm vụ"),
            P("– Thượng úy Thào Seo Dín chỉ huy tổ công tác tuần tra song phương đoạn từ mốc 422 đến mốc 428, thực hiện "
              "hằng tuần."),
            P("– Trung úy Sùng Mí Chá phối hợp với Hội Phụ nữ xã duy trì lớp xóa mù chữ thôn Séo Lủng, bảo đảm trên 20 "
              "học viên đến hết tháng 9/2019."),
            P("– Thiếu úy Giàng A Páo cùng cán bộ thôn Lô Lô Chải vận động 07 học sinh bỏ học trở lại lớp trước ngày "
              "khai giảng 05/9/2019."),
            P("Hội nghị kết thúc lúc 10 giờ 00 cùng ngày. Biên bản đã được thông qua trước hội nghị, các đồng chí nhất "
              "trí 100%."),
            S(["THƯ KÝ", "", "Trung úy Vàng Mí Sính"], ["BÍ THƯ", "", "Đại úy Ma Văn Toàn"]),
        ],
        "truth": minute(
            meeting("regular", "2019-08-12", "07:30", "10:00", "Hội trường Đồn Biên phòng Lũng Cú", CELL4, COMM4),
            "Ma Văn Toàn", "Bí thư chi bộ", "Vàng Mí Sính",
            attendance(15, 14, 1, 1, 0, 0, [("Lò Văn Thanh", "đi tập huấn tại Bộ Chỉ huy BĐBP tỉnh", True)],
                       guests=[("Phạm Quốc Khánh", "Đảng ủy viên, Chính trị viên phó Đồn")]),
            True,
            [vote("Thông qua kết luận tháng 8", 14, None, None, 100)],
            [task("Thào Seo Dín", "chỉ huy tổ công tác tuần tra song phương đoạn từ mốc 422 đến mốc 428", "hằng tuần"),
             task("Sùng Mí Chá", "phối hợp với Hội Phụ nữ xã duy trì lớp xóa mù chữ thôn Séo Lủng, bảo đảm trên 20 "
                  "học viên", "hết tháng 9/2019"),
             task("Giàng A Páo", "cùng cán bộ thôn Lô Lô Chải vận động 07 học sinh bỏ học trở lại lớp",
                  "ngày khai giảng 05/9/2019")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# d05 — Nghệ An (Diễn Châu), a lower-secondary school, thematic meeting Q4/2016; topic on a "V/v:" line;
# opinions only summed up; no vote.
# =================================================================================================
CELL5, COMM5 = "CHI BỘ TRƯỜNG THCS DIỄN HẠNH", "ĐẢNG BỘ XÃ DIỄN HẠNH"
TOPIC5 = "Đổi mới phương pháp dạy học theo định hướng phát triển năng lực học sinh"
DOCS.append({
    "name": "d05-nghean-school-thematic-vv-no-vote-no-discussion", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3, "left": 82, "right": 56,
              "head": "Chi bộ Trường THCS Diễn Hạnh", "head_align": "right"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN DIỄN CHÂU", COMM5, CELL5, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Diễn Hạnh, ngày 17 tháng 11 năm 2016"], bold_left=(1, 2)),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ IV - 2016"),
            C("V/v: " + TOPIC5, bold=False, italic=True),
            G(4),
            H("A. PHẦN MỞ ĐẦU"),
            L("- Thời gian: bắt đầu 14h00' ngày 17/11/2016, kết thúc 16h05'."),
            L("- Địa điểm: Phòng Hội đồng sư phạm nhà trường."),
            L("- Thành phần: có mặt 17/18 đảng viên (vắng đ/c Nguyễn Thị Hằng – nghỉ sinh con)."),
            L("- Chủ trì: đ/c Trần Đình Lâm – Bí thư chi bộ, Hiệu trưởng."),
            L("- Thư ký: đ/c Hồ Thị Quỳnh Nga."),
            H("B. NỘI DUNG"),
            H("I. Đ/c Phan Văn Hoà – Phó Hiệu trưởng trình bày chuyên đề", bold=False, italic=True),
            P("Năm học 2016 – 2017 Sở GD&ĐT Nghệ An yêu cầu các trường xây dựng dạy học theo chủ đề, tăng hoạt động "
              "trải nghiệm, giảm giảng giải một chiều. Qua dự giờ đầu năm, nhà trường có 46 tiết, trong đó 19 tiết "
              "xếp loại tốt; vẫn còn giáo viên đọc chép, học sinh ít được thảo luận nhóm; thiết bị thí nghiệm môn Hóa, "
              "Sinh thiếu và cũ; phòng máy tính chỉ có 12 máy dùng được."),
            P("Chuyên đề đề ra năm giải pháp: mỗi tổ chuyên môn xây dựng chủ đề liên môn; tổ chức dạy minh họa và rút "
              "kinh nghiệm theo nghiên cứu bài học; đổi mới kiểm tra đánh giá, ra đề theo bốn mức độ; khai thác "
              "thiết bị tự làm; đảng viên là giáo viên phải đi đầu, mỗi học kỳ dạy ít nhất 02 tiết đổi mới."),
            H("II. Thảo luận", bold=False, italic=True),
            P("Các đồng chí đảng viên tham gia ý kiến sôi nổi, thống nhất cao với nội dung chuyên đề và đề xuất nhiều "
              "cách làm hay trong tổ chuyên môn."),
            H("III. Kết luận", bold=False, italic=True),
            P("Đ/c Bí thư kết luận: Chuyên đề sát với thực tế nhà trường. Chi bộ yêu cầu mỗi đảng viên đăng ký một nội "
              "dung đổi mới trong học kỳ I. Giao đ/c Phan Văn Hoà chỉ đạo các tổ chuyên môn xây dựng mỗi tổ 02 chủ đề "
              "dạy học, hoàn thành trước 30/12/2016; đ/c Lê Thị Thuý, tổ trưởng tổ Khoa học tự nhiên tổ chức 02 tiết "
              "dạy minh họa trong tháng 12; đ/c Hồ Thị Quỳnh Nga lập danh mục thiết bị cần bổ sung, trình nhà trường "
              "trước ngày 05/12/2016."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 16 giờ 05 phút. Biên bản đã được đọc lại trước chi bộ và thông qua."),
            S(["THƯ KÝ", "Hồ Thị Quỳnh Nga"], ["BÍ THƯ", "Trần Đình Lâm"]),
        ],
        "truth": minute(
            meeting("thematic", "2016-11-17", "14:00", "16:05", "Phòng Hội đồng sư phạm nhà trường", CELL5, COMM5,
                    topic=TOPIC5),
            "Trần Đình Lâm", "Bí thư chi bộ", "Hồ Thị Quỳnh Nga",
            attendance(18, 17, 1, 1, 0, 0, [("Nguyễn Thị Hằng", "nghỉ sinh con", True)]),
            True,
            [],
            [task("Phan Văn Hoà", "chỉ đạo các tổ chuyên môn xây dựng mỗi tổ 02 chủ đề dạy học", "30/12/2016"),
             task("Lê Thị Thuý", "tổ chức 02 tiết dạy minh họa", "tháng 12"),
             task("Hồ Thị Quỳnh Nga", "lập danh mục thiết bị cần bổ sung, trình nhà trường", "05/12/2016")],
            ["missing_vote", "no_discussion"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# d06 — Thanh Hoá, the provincial general hospital's emergency & ICU department, March 2008: a printed form
# typed in, dots left in "Số" and the guest field, "(Ký, ghi rõ họ tên)"; ends with the end time only.
# =================================================================================================
CELL6, COMM6 = "CHI BỘ KHOA HỒI SỨC CẤP CỨU", "ĐẢNG BỘ BỆNH VIỆN ĐK TỈNH THANH HOÁ"
DOCS.append({
    "name": "d06-thanhhoa-hospital-form-2008-dots-not-approved", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.45, "left": 80, "right": 52},
    "minutes": [{
        "blocks": [
            HD([COMM6, CELL6, "Số: ……/BB-CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hoá, ngày 24 tháng 3 năm 2008"],
               bold_left=(1,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ", size=14),
            C("Tháng 3 năm 2008", bold=False),
            G(6),
            L("Hồi 14 giờ 00 phút, ngày 24 tháng 3 năm 2008."),
            L("Tại: Phòng giao ban Khoa Hồi sức cấp cứu."),
            L("Chi bộ: Khoa Hồi sức cấp cứu tiến hành họp định kỳ tháng 3 năm 2008."),
            L("Tổng số đảng viên: 12 đ/c. Có mặt: 11 đ/c. Vắng mặt: 01 đ/c. Lý do: đ/c Đỗ Văn Sơn trực cấp cứu."),
            L("Đại biểu cấp trên dự: ……"),
            R((0, "Chủ trì: đ/c BSCKI. Lê Thị Thuỷ"), (250, "Chức vụ: Bí thư chi bộ")),
            R((0, "Thư ký: đ/c ĐD. Nguyễn Thị Thanh Hoà"), (250, "Chức vụ: Chi uỷ viên")),
            G(4),
            C("NỘI DUNG CUỘC HỌP", size=12),
            L("1. Thông báo thời sự, chủ trương, chính sách mới:", bold=True),
            P("Đ/c Bí thư phổ biến kế hoạch của Đảng uỷ Bệnh viện tiếp tục thực hiện Cuộc vận động Học tập và làm theo "
              "tấm gương đạo đức Hồ Chí Minh năm 2008; thông báo của Sở Y tế về phòng chống dịch tiêu chảy cấp nguy "
              "hiểm, yêu cầu các khoa báo cáo ca bệnh trong 24 giờ.", indent=24),
            L("2. Đánh giá kết quả tháng 2/2008:", bold=True),
            P("Khoa tiếp nhận 318 lượt bệnh nhân, tăng 12% so với tháng 1 (dịp Tết Mậu Tý nhiều ca ngộ độc rượu, tai "
              "nạn giao thông); cấp cứu thành công 02 ca ngừng tuần hoàn; tỷ lệ tử vong 1,9%. Tồn tại: máy thở chỉ có "
              "06 chiếc, có ngày phải bóp bóng thay máy; 01 điều dưỡng bị người nhà bệnh nhân hành hung.", indent=24),
            L("3. Phương hướng nhiệm vụ tháng 4/2008:", bold=True),
            P("Sẵn sàng giường bệnh cách ly phòng dịch tiêu chảy cấp; thực hiện nghiêm quy chế thường trực; tăng cường "
              "bảo vệ tại cửa khoa; học tập và làm theo gương Bác gắn với chăm sóc người bệnh.", indent=24),
            L("4. Ý kiến thảo luận:", bold=True),
            P("- Đ/c Bùi Văn Chiến: đề nghị làm dự trù mua thêm máy thở ngay trong quý II, không chờ cuối năm.", indent=24),
            P("- Đ/c Nguyễn Thị Thanh Hoà: điều dưỡng trực đêm chỉ có 03 người cho 22 giường, xin tăng cường thêm 01 "
              "người từ khoa Nội.", indent=24),
            L("5. Kết luận của chủ trì:", bold=True),
            P("Chi bộ thống nhất nhiệm vụ tháng 4, coi phòng chống dịch tiêu chảy cấp là việc ưu tiên số một; đề nghị "
              "Ban Giám đốc tăng cường bảo vệ và bổ sung máy thở.", indent=24),
            L("6. Biểu quyết: Tán thành 11/11 đ/c; Không tán thành: 0; Ý kiến khác: 0.", bold=True),
            L("7. Phân công thực hiện:", bold=True),
            P("- Đ/c Bùi Văn Chiến (Phó khoa): lập dự trù 02 máy thở, trình Giám đốc trước ngày 05/4/2008.", indent=24),
            P("- Đ/c Nguyễn Thị Thanh Hoà: tập huấn lại quy trình chống nhiễm khuẩn cho điều dưỡng toàn khoa trong tháng 4.",
              indent=24),
            P("- Đ/c Đỗ Văn Sơn: chuẩn bị 04 giường cách ly, cơ số thuốc chống dịch, xong trong tuần.", indent=24),
            L("Cuộc họp kết thúc vào hồi 16 giờ 10 phút cùng ngày."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Thị Thanh Hoà"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Lê Thị Thuỷ"]),
        ],
        "truth": minute(
            meeting("regular", "2008-03-24", "14:00", "16:10", "Phòng giao ban Khoa Hồi sức cấp cứu", CELL6, COMM6),
            "Lê Thị Thuỷ", "Bí thư chi bộ", "Nguyễn Thị Thanh Hoà",
            attendance(12, 11, 1, 1, 0, 0, [("Đỗ Văn Sơn", "trực cấp cứu", True)]),
            True,
            [vote("Thông qua nhiệm vụ tháng 4/2008", 11, 0, 0)],
            [task("Bùi Văn Chiến", "lập dự trù 02 máy thở, trình Giám đốc", "05/4/2008"),
             task("Nguyễn Thị Thanh Hoà", "tập huấn lại quy trình chống nhiễm khuẩn cho điều dưỡng toàn khoa", "tháng 4"),
             task("Đỗ Văn Sơn", "chuẩn bị 04 giường cách ly, cơ số thuốc chống dịch", "trong tuần")],
            ["not_approved", "unfilled_template"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# d07 — Điện Biên, a Thái village of the new (merged) xã Mường Phăng, October 2025: no district line; an
# absentee table with an empty reason cell; 14 of 18 due. Photocopied twin d12.
# =================================================================================================
CELL7, COMM7 = "CHI BỘ BẢN XÔM", "ĐẢNG BỘ XÃ MƯỜNG PHĂNG"
DOC7 = {
    "name": "d07-dienbien-thai-village-absentee-table-low", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 20, "spacing": 1.4, "left": 72,
              "right": 54},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TỈNH ĐIỆN BIÊN", COMM7, CELL7, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mường Phăng, ngày 09 tháng 10 năm 2025"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN", size=13),
            C("Sinh hoạt chi bộ thường kỳ tháng 10 năm 2025", size=11.5),
            G(6),
            P("Hôm nay, vào hồi 19h30' ngày 09/10/2025, tại nhà văn hóa bản Xôm, Chi bộ bản Xôm họp thường kỳ tháng 10 "
              "năm 2025."),
            P("Chủ trì: đ/c Lò Văn Biến, BT chi bộ kiêm trưởng bản. Thư ký: đ/c Quàng Thị Hoa."),
            P("Chi bộ có 19 đảng viên, đ/c Lò Văn Pâng (82 tuổi) được miễn sinh hoạt. Có mặt 14/18 đảng viên phải dự, "
              "vắng 04 đồng chí, cụ thể như sau:"),
            TB([(0.08, "TT", "c"), (0.40, "Họ và tên", "l"), (0.52, "Lý do vắng", "l")],
               [["1", "Quàng Văn Mun", "Đi làm công ty ở Bắc Ninh, có báo"],
                ["2", "Lò Thị Ón", "Đi làm công ty ở Bắc Ninh, có báo"],
                ["3", "Cà Văn Hặc", "Đi rừng tìm trâu lạc"],
                ["4", "Tòng Văn Phanh", ""]]),
            L("* Thông tin:", bold=True),
            P("Đ/c Bí thư thông tin: Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 – 2030 đã thành công; Đảng ủy xã Mường "
              "Phăng (mới) hoạt động được hơn 3 tháng, bộ phận một cửa đặt ở trụ sở xã, bà con làm giấy tờ không phải "
              "xuống thành phố nữa."),
            L("* Đánh giá tháng 9:", bold=True),
            P("Lúa mùa thu hoạch được 60% diện tích,năng suất ước 5,2 tấn/ha; mưa lớn sau bão số 10 làm sạt taluy "
              "đường vào bản, nhân dân đã góp 86 ngày công dọn thông; 02 hộ thả trâu vào rừng đặc dụng, đã nhắc nhở. "
              "Có 03 thanh niên đi làm ăn xa chưa khai báo tạm vắng."),
            L("* Nhiệm vụ tháng 10:", bold=True),
            P("Thu hoạch xong lúa mùa; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc 18/11; rà soát hộ nghèo cuối năm; "
              "không để người dân đi làm ăn ở nước ngoài trái phép."),
            L("* Ý kiến:", bold=True),
            P("- Đ/c Lường Văn Ngọc: năm nay bản có 02 hộ làm homestay, đề nghị mời họ cùng lo Ngày hội để có thêm kinh "
              "phí."),
            P("- Đ/c Vì Thị Sen: việc rà soát hộ nghèo phải đến tận nhà, có hộ đi làm xa cả nhà, cần hỏi qua điện thoại."),
            L("* Kết luận:", bold=True),
            P("Đ/c Lò Văn Biến kết luận: tháng 10 tập trung thu hoạch, rà soát hộ nghèo đúng thực tế, tổ chức Ngày hội "
              "tiết kiệm. Phê bình đ/c Tòng Văn Phanh vắng họp không báo lần thứ hai trong năm."),
            P("Biểu quyết: 14/14 đ/c giơ tay nhất trí."),
            L("* Phân công:", bold=True),
            P("- Đ/c Lường Văn Ngọc (trưởng ban công tác Mặt trận) chuẩn bị Ngày hội Đại đoàn kết, xong trước 15/11/2025."),
            P("- Đ/c Vì Thị Sen đi từng nhà rà soát hộ nghèo, hộ cận nghèo, nộp danh sách cho xã trong tháng 10."),
            P("- Đ/c Quàng Thị Hoa gặp gia đình đ/c Tòng Văn Phanh nắm tình hình, báo lại chi bộ trước kỳ họp tháng 11."),
            P("Buổi họp kết thúc lúc 21h40'. Biên bản đọc lại, 14/14 đ/c nhất trí."),
            S(["THƯ KÝ", "Quàng Thị Hoa"], ["BÍ THƯ", "Lò Văn Biến"]),
        ],
        "truth": minute(
            meeting("regular", "2025-10-09", "19:30", "21:40", "nhà văn hóa bản Xôm", CELL7, COMM7),
            "Lò Văn Biến", "BT chi bộ", "Quàng Thị Hoa",
            attendance(19, 14, 4, 3, 1, 1, [("Quàng Văn Mun", "Đi làm công ty ở Bắc Ninh, có báo", True),
                                            ("Lò Thị Ón", "Đi làm công ty ở Bắc Ninh, có báo", True),
                                            ("Cà Văn Hặc", "Đi rừng tìm trâu lạc", True),
                                            ("Tòng Văn Phanh", None, False)]),
            True,
            [vote("Thông qua kết luận tháng 10", 14)],
            [task("Lường Văn Ngọc", "chuẩn bị Ngày hội Đại đoàn kết", "15/11/2025"),
             task("Vì Thị Sen", "đi từng nhà rà soát hộ nghèo, hộ cận nghèo, nộp danh sách cho xã", "tháng 10"),
             task("Quàng Thị Hoa", "gặp gia đình đ/c Tòng Văn Phanh nắm tình hình, báo lại chi bộ", "kỳ họp tháng 11")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [],
    "scans": [{"name": "d12-dienbien-thai-village-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 1412, "dpi": 250}],
    "born_digital": True,
}
DOCS.append(DOC7)


# =================================================================================================
# d08 — Hà Tĩnh (Thạch Hà), an agricultural cooperative's cell, July 2011; a "V/v" subject line; opinions,
# then a vote straight away: no conclusion, and only a general call to the members.
# =================================================================================================
CELL8, COMM8 = "CHI BỘ HTX NÔNG NGHIỆP THẠCH HƯNG", "ĐẢNG BỘ XÃ THẠCH HƯNG"
DOCS.append({
    "name": "d08-hatinh-cooperative-2011-no-conclusion-no-tasks", "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "justify": True, "indent": 36, "spacing": 1.45, "left": 85,
              "right": 57},
    "minutes": [{
        "blocks": [
            HD([COMM8, CELL8], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thạch Hưng, ngày 06 tháng 7 năm 2011"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14.5),
            C("Tháng 7 năm 2011", bold=False),
            C("V/v: Đánh giá sản xuất vụ Xuân 2011 và triển khai vụ Hè Thu", bold=False, italic=True),
            G(6),
            P("Vào lúc 7h30' ngày 06/7/2011, tại Văn phòng HTX, Chi bộ HTX Nông nghiệp Thạch Hưng họp thường kỳ. Chi bộ "
              "có 09 đảng viên,dự họp đủ 09/09 đ/c. Đ/c Thái Văn Quế, Bí thư chi bộ kiêm Chủ nhiệm HTX chủ trì; đ/c "
              "Nguyễn Thị Hương làm thư ký."),
            L("1- Đ/c Chủ nhiệm báo cáo kết quả vụ Xuân:", bold=True),
            P("Toàn HTX gieo cấy 212 ha lúa, năng suất bình quân 5,4 tấn/ha, cao hơn vụ Xuân 2010 là 0,3 tấn; 18 ha ở "
              "vùng Đồng Mứt bị chuột phá, mất khoảng 25%. Dịch vụ làm đất, bơm nước thu được 84% kế hoạch; còn 46 hộ "
              "nợ thủy lợi phí từ năm 2010."),
            L("2- Kế hoạch vụ Hè Thu 2011:", bold=True),
            P("Gieo cấy 150 ha, dùng giống ngắn ngày Khang dân, PC6; lịch gieo xong trước 15/7; HTX ứng trước phân bón "
              "cho xã viên, trả sau thu hoạch; tu sửa kênh N2 trước mùa mưa bão."),
            L("3- Ý kiến thảo luận:", bold=True),
            P("Đ/c Trần Văn Lãm: nước sông Nghèn năm nay mặn lên sớm, đề nghị HTX bơm nước vào ban đêm lúc triều xuống."),
            P("Đ/c Phan Thị Hường: xã viên phản ánh giá dịch vụ làm đất cao hơn thuê ngoài, HTX cần xem lại."),
            P("Đ/c Nguyễn Đình Khoa: diệt chuột phải làm đồng loạt cả xã, một HTX làm thì chuột chạy sang ruộng khác."),
            P("Sau khi nghe các ý kiến, chi bộ biểu quyết thông qua báo cáo và kế hoạch vụ Hè Thu: 09/09 đ/c tán thành "
              "(100%)."),
            P("Đề nghị các đồng chí đảng viên gương mẫu gieo cấy đúng lịch thời vụ, vận động xã viên nộp thủy lợi phí."),
            P("Cuộc họp kết thúc lúc 10h00' cùng ngày. Biên bản đã thông qua trước chi bộ."),
            S(["THƯ KÝ", "Nguyễn Thị Hương"], ["BÍ THƯ", "Thái Văn Quế"]),
        ],
        "truth": minute(
            meeting("regular", "2011-07-06", "07:30", "10:00", "Văn phòng HTX", CELL8, COMM8),
            "Thái Văn Quế", "Bí thư chi bộ", "Nguyễn Thị Hương",
            attendance(9, 9, 0, 0, 0, 0),
            False,
            [vote("Thông qua báo cáo và kế hoạch vụ Hè Thu", 9, None, None, 100)],
            [],
            ["missing_assignments", "missing_conclusion"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# d09 — Thái Nguyên, a commune police cell, the March 2022 meeting held on 2 April; ranks; "Chủ tọa";
# capital Roman headings; "Trang n/N". Clean.
# =================================================================================================
CELL9, COMM9 = "CHI BỘ CÔNG AN XÃ PHÚC XUÂN", "ĐẢNG BỘ XÃ PHÚC XUÂN"
DOCS.append({
    "name": "d09-thainguyen-commune-police-march-held-april-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 28, "spacing": 1.3, "left": 80,
              "right": 55, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THÀNH PHỐ THÁI NGUYÊN", COMM9, CELL9, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phúc Xuân, ngày 02 tháng 4 năm 2022"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2022"),
            C("(Lùi lịch sinh hoạt do đợt cao điểm dịch Covid-19)", bold=False, italic=True, size=11.5),
            G(4),
            P("Hồi 14 giờ 00 phút ngày 02/4/2022, tại phòng họp Công an xã Phúc Xuân, Chi bộ Công an xã tiến hành sinh "
              "hoạt thường kỳ tháng 3 năm 2022."),
            P("Thành phần: có mặt 07/07 đồng chí đảng viên (đủ)."),
            P("Chủ tọa: Thiếu tá Dương Văn Hải – Bí thư chi bộ, Trưởng Công an xã."),
            P("Thư ký: Thượng úy Ma Thị Hằng."),
            H("I. ĐÁNH GIÁ TÌNH HÌNH, KẾT QUẢ CÔNG TÁC THÁNG 3/2022"),
            P("Tình hình an ninh nông thôn ổn định. Dịch Covid-19 lên đỉnh: toàn xã ghi nhận 1.146 ca F0 điều trị tại "
              "nhà, Công an xã phối hợp trạm y tế cấp phát thuốc, không có ca tử vong. Cấp căn cước công dân gắn chíp "
              "được 612 trường hợp, kích hoạt định danh điện tử mức 2 được 218 tài khoản. Xảy ra 02 vụ trộm cắp tài sản "
              "(01 vụ lấy trộm máy sao chè), đã làm rõ 01 vụ. Tồn tại: việc đăng ký tạm trú ở các nhà nghỉ ven hồ Núi "
              "Cốc còn chậm."),
            H("II. PHƯƠNG HƯỚNG THÁNG 4/2022"),
            P("Bảo đảm an ninh dịp Giỗ Tổ Hùng Vương và 30/4 – 1/5, khi khách du lịch về hồ Núi Cốc đông; tuyên truyền "
              "phòng chống đuối nước; tiếp tục cấp căn cước công dân lưu động cho người già, người ốm; làm rõ vụ trộm "
              "còn lại."),
            H("III. Ý KIẾN THẢO LUẬN"),
            P("Đại úy Hoàng Văn Quyết: đề nghị lập chốt cảnh giới tại bến thuyền xóm Đồng Kiệm vào các ngày nghỉ lễ, "
              "năm 2021 có 01 vụ đuối nước tại đây."),
            P("Trung úy Triệu Văn Sinh: người Dao ở xóm Khuôn Lân đi làm chè xa, cần tổ chức cấp căn cước vào buổi "
              "tối hoặc Chủ nhật."),
            P("Thiếu úy Lý Thị Mây: đề nghị in tờ rơi phòng chống lừa đảo qua mạng bằng chữ to cho người cao tuổi."),
            H("IV. KẾT LUẬN CỦA CHỦ TỌA"),
            P("Chi bộ thống nhất đánh giá và phương hướng như báo cáo. Tháng 4 tập trung ba việc: an toàn dịp lễ ở khu "
              "du lịch hồ Núi Cốc, hoàn thành cấp căn cước cho người dân xóm Khuôn Lân, làm rõ vụ trộm máy sao chè."),
            H("V. BIỂU QUYẾT"),
            P("Có 07/07 đồng chí biểu quyết tán thành, không có ý kiến khác."),
            H("VI. PHÂN CÔNG"),
            P("Giao Đại úy Hoàng Văn Quyết chủ trì, phối hợp với Ban Quản lý khu du lịch lập chốt cảnh giới tại bến "
              "thuyền Đồng Kiệm trong dịp nghỉ lễ 30/4 – 1/5/2022."),
            P("Giao Trung úy Triệu Văn Sinh và Thiếu úy Lý Thị Mây tổ chức cấp căn cước lưu động buổi tối tại nhà văn "
              "hóa xóm Khuôn Lân, xong trước 20/4/2022."),
            P("Giao Thượng úy Nông Đức Thuận tiếp tục xác minh vụ trộm máy sao chè, báo cáo chi bộ tại kỳ họp tháng 4."),
            P("Buổi sinh hoạt kết thúc hồi 16 giờ 30 phút cùng ngày. Biên bản đã được đọc lại, các đồng chí dự họp nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "", "Thượng úy Ma Thị Hằng"], ["CHỦ TỌA", "", "Thiếu tá Dương Văn Hải"]),
        ],
        "truth": minute(
            meeting("regular", "2022-04-02", "14:00", "16:30", "phòng họp Công an xã Phúc Xuân", CELL9, COMM9,
                    month=3, year=2022),
            "Dương Văn Hải", "Bí thư chi bộ", "Ma Thị Hằng",
            attendance(7, 7, 0, 0, 0, 0),
            True,
            [vote("Thông qua đánh giá và phương hướng tháng 4", 7, None, 0)],
            [task("Hoàng Văn Quyết", "chủ trì, phối hợp với Ban Quản lý khu du lịch lập chốt cảnh giới tại bến thuyền "
                  "Đồng Kiệm", "dịp nghỉ lễ 30/4 – 1/5/2022"),
             task("Triệu Văn Sinh", "tổ chức cấp căn cước lưu động buổi tối tại nhà văn hóa xóm Khuôn Lân",
                  "20/4/2022"),
             task("Lý Thị Mây", "tổ chức cấp căn cước lưu động buổi tối tại nhà văn hóa xóm Khuôn Lân", "20/4/2022"),
             task("Nông Đức Thuận", "tiếp tục xác minh vụ trộm máy sao chè, báo cáo chi bộ", "kỳ họp tháng 4")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# d10 — Hưng Yên (the former Thái Bình coast, merged in 2025), a hamlet cell, February 2026: regular meeting
# combined with the Q1 thematic one in 125 minutes; counts in words and figures; "2 giờ chiều"; an assignment
# table with the assignee column first. Clean.
# =================================================================================================
CELL10, COMM10 = "CHI BỘ THÔN ĐÔNG CAO", "ĐẢNG BỘ XÃ TIỀN HẢI"
TOPIC10 = "Phát huy vai trò tiền phong, gương mẫu của đảng viên trong xây dựng nông thôn mới kiểu mẫu"
DOCS.append({
    "name": "d10-hungyen-merged-commune-2026-combined-words-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.35, "left": 80, "right": 54,
              "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TỈNH HƯNG YÊN", COMM10, CELL10, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tiền Hải, ngày 05 tháng 02 năm 2026"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG 02/2026 VÀ SINH HOẠT CHUYÊN ĐỀ QUÝ I"),
            C("Chuyên đề: " + TOPIC10, bold=False, italic=True),
            G(6),
            P("Thời gian: 2 giờ chiều ngày 05/02/2026 (18 tháng Chạp năm Ất Tỵ). Địa điểm: Nhà văn hóa thôn Đông Cao."),
            P("Thành phần: Chi bộ có 28 đ/c, trong đó 02 đ/c được miễn sinh hoạt; có mặt hai mươi lăm (25) đ/c; vắng 01 "
              "đ/c là đ/c Phạm Văn Tới - đi dự đám cưới cháu ở Hà Nội, có báo chi uỷ."),
            P("Khách mời: ông Vũ Đình Thược - Trưởng ban công tác Mặt trận thôn."),
            P("Chủ trì: đ/c Đặng Thị Nguyệt - BT chi bộ, Trưởng thôn; thư ký: đ/c Ninh Văn Hậu."),
            H("a) Phần sinh hoạt thường kỳ", italic=True),
            P("Đ/c Bí thư Thông tin: thôn Đông Cao sau sáp nhập xã vẫn giữ tên, MTTQ và các đoàn thể xã đã kiện toàn; "
              "UBND xã giao chỉ tiêu nông thôn mới kiểu mẫu năm 2026 cho 06 thôn, trong đó có Đông Cao."),
            P("Kết quả tháng 01: thu hoạch xong 14 ha ngao giống, giá bán ổn định; đón 11 đ/c thanh niên lên đường nhập "
              "ngũ đợt 1; 100% hộ ký cam kết không đốt pháo dịp Tết. Hạn chế: rác thải ở bãi ven đê chưa được thu gom "
              "triệt để; còn 07 hộ chưa đóng quỹ làm đèn đường."),
            P("Nhiệm vụ tháng 02: tổ chức Tết Bính Ngọ vui tươi, an toàn; thăm hỏi 19 gia đình chính sách; khởi công "
              "tuyến đèn đường năng lượng mặt trời ven đê."),
            H("b) Phần chuyên đề", italic=True),
            P("Đ/c Ninh Văn Hậu trình bày chuyên đề; nêu các tiêu chí nông thôn mới kiểu mẫu thôn còn thiếu: tỷ lệ hộ "
              "phân loại rác tại nguồn mới đạt 48%, vườn mẫu mới có 09 vườn, chưa có mô hình khu dân cư an toàn giao "
              "thông."),
            P("Ý kiến: đ/c Trần Quang Vịnh đề nghị mỗi đảng viên nhận một đoạn đường ven đê tự quản; đ/c Mai Thị Lụa "
              "nói chi hội phụ nữ sẵn sàng làm mô hình phân loại rác nhưng cần xã cấp thùng; ông Vũ Đình Thược cho biết "
              "Mặt trận sẽ vận động các gia đình có con làm ăn xa ủng hộ đèn đường."),
            H("c) Kết luận", italic=True),
            P("Đ/c chủ trì kết luận: Chi bộ nhất trí nhiệm vụ tháng 02 và nội dung chuyên đề; lấy việc làm sạch bãi ven "
              "đê và hoàn thành tuyến đèn đường làm hai việc đảng viên phải đi trước; phân công cụ thể như sau:"),
            TB([(0.28, "Người thực hiện", "l"), (0.52, "Nội dung công việc", "l"), (0.20, "Thời gian", "l")],
               [["Đ/c Trần Quang Vịnh", "Chỉ đạo tổ thanh niên thu gom rác bãi ven đê, lập biển cấm đổ rác",
                 "Trước 10/02/2026"],
                ["Đ/c Mai Thị Lụa", "Làm mô hình phân loại rác tại nguồn ở xóm 3", "Quý I/2026"],
                ["Đ/c Ninh Văn Hậu", "Đôn đốc 07 hộ còn lại đóng quỹ, nghiệm thu tuyến đèn đường", "Tháng 3/2026"],
                ["Chi đoàn thôn", "Trực đêm giao thừa, giữ an ninh trật tự dịp Tết", "Đêm 16/02/2026"]],
               head_center=True),
            P("Biểu quyết: 25/25 đồng chí nhất trí, đạt tỷ lệ 100%."),
            P("Buổi sinh hoạt kết thúc lúc 16h05 cùng ngày; biên bản đã đọc lại trước chi bộ, được các đ/c nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "Ninh Văn Hậu"], ["T/M CHI BỘ", "BÍ THƯ", "Đặng Thị Nguyệt"]),
        ],
        "truth": minute(
            meeting("regular", "2026-02-05", "14:00", "16:05", "Nhà văn hóa thôn Đông Cao", CELL10, COMM10,
                    topic=TOPIC10),
            "Đặng Thị Nguyệt", "BT chi bộ", "Ninh Văn Hậu",
            attendance(28, 25, 1, 1, 0, 2, [("Phạm Văn Tới", "đi dự đám cưới cháu ở Hà Nội, có báo chi uỷ", True)],
                       guests=[("Vũ Đình Thược", "Trưởng ban công tác Mặt trận thôn")]),
            True,
            [vote("Thông qua nhiệm vụ tháng 02 và chuyên đề", 25, None, None, 100)],
            [task("Trần Quang Vịnh", "Chỉ đạo tổ thanh niên thu gom rác bãi ven đê, lập biển cấm đổ rác", "10/02/2026"),
             task("Mai Thị Lụa", "Làm mô hình phân loại rác tại nguồn ở xóm 3", "Quý I/2026"),
             task("Ninh Văn Hậu", "Đôn đốc 07 hộ còn lại đóng quỹ, nghiệm thu tuyến đèn đường", "Tháng 3/2026"),
             task("Chi đoàn thôn", "Trực đêm giao thừa, giữ an ninh trật tự dịp Tết", "Đêm 16/02/2026")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# d13 — Cao Bằng (Thạch An), a Nùng hamlet, September 2006: a short typewritten page known only as a tired
# photocopy (no born-digital file). 75 minutes, no vote, not read back.
# =================================================================================================
CELL13, COMM13 = "CHI BỘ XÓM NÀ MẠ", "ĐẢNG BỘ XÃ ĐỨC LONG"
DOCS.append({
    "name": "d13-caobang-nung-hamlet-2006-typewriter", "folder": "dev",
    "style": {"family": "mono", "size": 11, "justify": False, "indent": 0, "spacing": 1.45, "left": 78,
              "right": 52, "top": 60},
    "minutes": [{
        "blocks": [
            HD(["HUYỆN UỶ THẠCH AN", COMM13, CELL13], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đức Long, ngày 16 tháng 9 năm 2006"],
               bold_left=(2,)),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 9/2006"),
            G(8),
            L("Hồi 19 giờ ngày 16-9-2006 chi bộ xóm Nà Mạ họp tại nhà văn hoá xóm."),
            L("Có mặt: 11/12 đ/c. Vắng: đ/c Hoàng Thị Slao (đi chợ phiên Đông Khê chưa về)."),
            L("Chủ trì: đ/c Nông Văn Lìn - Bí thư chi bộ. Thư ký: đ/c Lương Văn Khình."),
            L("Nội dung:"),
            L("- Đ/c Lìn báo cáo: lũ ngày 12/8 cuốn trôi 1,2 ha lúa ven suối Nà Mạ, 03 hộ bị sập chuồng lợn; lúa mùa "
              "còn lại tốt, dự kiến gặt cuối tháng 9. Đường liên xóm làm theo chương trình 135 mới được 400 m, thiếu "
              "đá. Còn 05 hộ chưa nộp thuế nông nghiệp năm 2006."),
            L("- Tháng 9: gặt lúa mùa, làm lại chuồng cho 03 hộ bị lũ, vận động nộp thuế, góp ngày công làm đường."),
            L("Ý kiến:"),
            L("- Đ/c Lục Văn Sâu: đá thì lấy ở mỏ Khuổi Ky, mỗi hộ góp 02 công là đủ."),
            L("- Đ/c Nông Thị Mắm: nhà đ/c Hoàng Văn Dì bị lũ nặng nhất, đề nghị chi bộ, đoàn thanh niên giúp dựng "
              "lại chuồng trước."),
            L("Đ/c Lìn kết luận: tháng 9 gặt lúa xong trước ngày 05/10, làm đường sau khi gặt. Giao đ/c Lương Văn Khình "
              "đôn đốc 05 hộ nộp thuế trước 30/9/2006; đ/c Lục Văn Sâu cùng đoàn thanh niên dựng lại chuồng cho 03 hộ "
              "bị lũ trong tuần sau."),
            L("Hết giờ họp lúc 20 giờ 15."),
            S(["THƯ KÝ", "Lương Văn Khình"], ["BÍ THƯ", "Nông Văn Lìn"]),
        ],
        "truth": minute(
            meeting("regular", "2006-09-16", "19:00", "20:15", "nhà văn hoá xóm", CELL13, COMM13),
            "Nông Văn Lìn", "Bí thư chi bộ", "Lương Văn Khình",
            attendance(12, 11, 1, 1, 0, 0, [("Hoàng Thị Slao", "đi chợ phiên Đông Khê chưa về", True)]),
            True,
            [],
            [task("Lương Văn Khình", "đôn đốc 05 hộ nộp thuế", "30/9/2006"),
             task("Lục Văn Sâu", "cùng đoàn thanh niên dựng lại chuồng cho 03 hộ bị lũ", "tuần sau")],
            ["missing_vote", "not_approved", "short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "d13-caobang-nung-hamlet-2006-typewriter-scan-photocopy", "folder": "dev",
               "damage": "photocopy", "seed": 1413, "dpi": 200}],
    "born_digital": False,
})
