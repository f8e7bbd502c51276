"""Held-out set 13, writer a (dev/, `a…`): the North, the North-Central coast and the North-West, 2008–2026.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
ingest/**, the bench, the other writers' modules of this set or the earlier sets' minute texts, truth files and PDFs
(only their READMEs, lines 1–110 of samples/heldout2/minutes.py, the renderers and the docstring head of
samples/heldout12/minutes_g.py), and without running the extractor. Rendered by samples/heldout2/make.py (`build`).
Names are invented (Kinh, Thái, H'Mông, Dao, Giáy); places are real communes used loosely; figures are made up but
plausible. The paperwork follows /work/shared/DOMAIN.md. The set's theme is the defects inspectors look for and
what only looks like them: each of the nine minute flags occurs three to five times in this module, next to
near-misses that must not raise it.

Files (name -> what varies -> minute flags / book flags):

- a01-laocai-sapa-school-2012-edges-clean -> Lào Cai (Sa Pa) primary school, November 2012; Liberation Sans 11
  ragged, bold "1.–4." heads, "a) b) c)" run-in parts; 1 exempt named, "09/10 đồng chí phải dự" (exactly 90 %),
  the one absentee with a reason; 14:00–15:30 (exactly 90 min); no "Kết luận" heading: "Tiếp thu ý kiến, đồng
  chí chủ trì chốt lại: …" with four tasks inside it (a role with no name "Đồng chí Phó Hiệu trưởng", "Tổ chuyên
  môn 4-5" with no deadline, "Công đoàn trường … trong tháng 11", "Chi ủy … ngay trong tuần này"); a show of
  hands given only as "100% đảng viên có mặt tán thành"; approval as "Biên bản được đọc lại …, các đồng chí dự
  họp nhất trí với nội dung đã ghi"; 1 page -> — / —
- a02-thanhhoa-ngason-form-2016-dots-conclusion-only-vote-80min -> Thanh Hóa (Nga Sơn) coastal village, March
  2016, the district's printed form typed in (Serif 13): "Số: ……-BB/CB" and the guest field left as dots,
  "(Ký, ghi rõ họ tên)" under both titles; counts only (4 exempt, 25 present, 2 excused); the field "5. Kết luận
  của đồng chí chủ trì:" holds only the vote "25/25 …, đạt 100%"; ruled task table (a member, two mass
  organisations, "Trước 31/3/2016", "Tháng 3/2016", "Chủ nhật hằng tuần"); 19:30–20:50; 2 pages
  -> missing_conclusion, short_meeting, unfilled_template / —
- a03-thanhhoa-quangxuong-form-2019-filled-no-tasks-no-opinions -> Thanh Hóa (Quảng Xương) fishing village, July
  2019, the same form fully filled (the near-miss of a02: number, guest, names all written; DejaVu Serif 11.5,
  ragged); absentees in the count line, one "đi viện chăm vợ", one "không báo"; a Party guest; "4. Ý kiến thảo
  luận: Các đồng chí dự họp nhất trí với báo cáo, không có ý kiến tham gia"; the conclusion under "5. Ý kiến chỉ
  đạo của chủ trì"; "6. Phân công thực hiện: Chi ủy sẽ phân công cụ thể sau …. Đề nghị toàn thể đảng viên …";
  "tán thành: 22/22; không tán thành: 0; ý kiến khác: 0"; 2 pages
  -> missing_assignments, no_discussion, unexcused_absence / —
- a04-hatinh-kyanh-fishing-2016-reports-only-no-vote -> Hà Tĩnh (Kỳ Anh) fishing hamlet, June 2016, two months
  after the mass fish deaths; Liberation Sans 12 justified, "I/ II/ III/" heads; "17/18 …, vắng 01 (ốm)"; two
  reports (the Bí thư, the thôn trưởng) and "Chi bộ nghe hai báo cáo, không có ý kiến tham gia thêm"; the
  conclusion is the last paragraph, no heading: "Cuối buổi họp, đồng chí Bí thư nhấn mạnh: … yêu cầu …" with one
  task in passing ("Giao đồng chí … xong trước ngày 15/6/2016"); no vote; ends with the end time only; 1 page
  -> missing_vote, no_discussion, not_approved / —
- a05-hoabinh-maichau-combined-2022-across-noon-clean -> Hòa Bình (Mai Châu), Bản Lác, June 2022, regular +
  thematic (topic on an italic "Chuyên đề:" line); Serif 13; two-level header; "PHẦN THỨ NHẤT / THỨ HAI";
  "Khai mạc lúc 10 giờ 50 phút sáng" … "kết thúc lúc 1 giờ chiều" (130 min across noon, above the 120 bar);
  "Kết luận số 21-KL/TW" only in the news; the opinions in one sentence naming three speakers; "Thay mặt chi ủy,
  đồng chí … tổng hợp và thống nhất: một là … hai là … ba là …"; "Phân công:" dash list (a member "chủ trì …,
  báo cáo chi bộ tại kỳ họp tháng 7", "Chi hội Phụ nữ bản … vào tối thứ Bảy hằng tuần", "Chi đoàn thanh niên …
  mỗi sáng Chủ nhật") split over the page break; 2 pages -> — / —
- a06-hanoi-giangvo-ward-2026-secretary-sums-up-low -> Hà Nội, Giảng Võ ward after the 2025 merger, January 2026
  (HD 42-HD/BTCTW, Đại hội XIV, the 2026 elections); Serif 13, "Trang n/N"; 38 members, 9 exempt, 26 of 29 due
  present, "(đạt 89,7%)"; opinions named, then "Đồng chí …, thư ký, tóm tắt lại: có 03 ý kiến …"; a vote on the
  month's plan only (split over the page break), the chair only thanks and closes; tasks "IV. PHÂN CÔNG" (a
  member "cùng Tổ an toàn phòng cháy …", "Ban công tác Mặt trận tổ dân phố"); 2 pages
  -> low_attendance, missing_conclusion / —
- a07-quangbinh-phongnha-boats-2010-agenda-promises-conclusion -> Quảng Bình (Bố Trạch), tourist-boat
  cooperative after the October 2010 floods; DejaVu Sans 10.5 ragged, "*" heads; 18 of 20 (exactly 90 %), two
  named absentees, one with the vague "có việc gia đình"; the agenda lists "(3) đồng chí Bí thư kết luận" but
  after the opinions only "đ/c …, chi ủy viên, tóm lại …"; tasks (a member with "trước 30/11/2010", "hằng ngày",
  two boat groups in one sentence "xong trước ngày 25/11"); the minutes alone are approved by a show of hands;
  1 page -> missing_conclusion, missing_vote / —
- a08-quangninh-coalmine-2014-conclusion-table-clean -> Quảng Ninh (Hạ Long), a coal-mining workshop cell,
  October 2014; Liberation Sans 11 justified, "1/ … 5/" heads; "Chủ tọa"; 29 of 32 (90.6 %), absentees on shift
  counted only; a Party guest who speaks; the conclusion IS a ruled table "TT | Nội dung kết luận | Người/đơn vị
  thực hiện | Thời hạn" broken over pages 1–2 (the chair, "Tổ 3" "Hằng ca", two members in one cell "Trước
  20/10/2014", a safety team "Tháng 10/2014", a last row "Toàn thể đảng viên" that is no task); "28/29 … (96,6%);
  01 … không tán thành"; 2 pages -> — / —
- a09-yenbai-mucangchai-hmong-2009-words-targets-no-tasks -> Yên Bái (Mù Cang Chải) H'Mông village, April 2009;
  Serif 13.5 ragged, no headings at all; date and counts in words ("mười bốn … mười một … ba"); absentees in one
  sentence: "đi làm nương xa", "không có lý do", "không báo"; April targets with dates and no doer; question and
  answer in the opinions; the conclusion at the end of the discussion with no heading ("Sau khi nghe các ý kiến,
  đồng chí Bí thư kết luận: …") ending in "Đề nghị các đồng chí đảng viên …, mỗi đảng viên vận động …"; "mười một
  trên mười một đồng chí đồng ý"; 1 page -> low_attendance, missing_assignments, unexcused_absence / —
- a10-sonla-thai-village-book-jul-dec-2017 -> **book**, Sơn La (Chiềng Cọ) Thái village cell, Jul–Dec 2017, five
  minutes on 4 pages, each after the first starts mid-page under the previous signatures; DejaVu Serif 10.5,
  right-aligned italic running head from page 2, "- n -"; "1- … 8-" fields; September typed on with no header
  of its own (regular + thematic Q III, 13:30–15:35, above the 120 bar); October skipped ("(Tháng 10/2017 chi bộ
  không sinh hoạt được do mưa lớn …)"); December regular + thematic Q IV with a "Chuyên đề:" line and its
  conclusion broken over pages 3–4; đ/c Lò Văn Tiến absent "không lý do" in July, August and November, "nằm
  viện" in September; per minute: unexcused_absence; missing_vote + no_discussion ("nhất trí với báo cáo, không
  có ý kiến khác") + short_meeting (75 min) + unexcused_absence, with one task inside the conclusion;
  missing_assignments (only "mỗi đảng viên …", "đề nghị toàn thể đảng viên …"); low_attendance (12/15) +
  missing_conclusion (opinions straight to the vote) + not_approved + unexcused_absence; —
  -> book: missing_month, repeated_absence
- a11-quangninh-coalmine-2014-conclusion-table-scan -> image-only twin of a08: moderate, 200 dpi, 2 pages -> as a08
- a12-namdinh-haihau-typewriter-2008-photocopy-75min -> Nam Định (Hải Hậu) salt-and-rice village, September
  2008, typewriter face (Liberation Mono 10.5), scan only (photocopy, 250 dpi, no twin); old tone placement
  ("hoá", "khoá", "uỷ"); "Số: ……/BB-CB" and "Đại biểu: ……"; "A- … E-" caps heads; the plan in the passive ("…
  phải được đắp lại trước mùa bão"); "Đ/c Bí thư tóm lại: … Chi uỷ sẽ phân công cụ thể cho từng đảng viên
  sau"; "Chi bộ nhất trí 100%"; "từ 19 giờ đến 20 giờ 15 phút"; ends "Họp kết thúc 20 giờ 15."; 1 page
  -> missing_assignments, not_approved, short_meeting, unfilled_template / —
- a13-laichau-tamduong-combined-form-2023-moderate-105min -> Lai Châu (Tam Đường) village, August 2023, a
  printed form for a regular + thematic meeting, scan only (moderate, 200 dpi, no twin); "bắt đầu: 10 giờ 45
  phút; kết thúc: 12 giờ 30 phút" (105 min across noon, below the 120 bar); guest field "……", "(Ký, ghi rõ họ
  tên)"; opinions named; the field "4. Kết luận của chủ trì:" left empty, followed by "5. Biểu quyết: tán thành
  16/16; không tán thành: 0; ý kiến khác: 0"; tasks to the trưởng bản and to "Tổ xung kích phòng chống thiên tai
  của bản … mỗi khi có mưa lớn"; 1 page -> missing_conclusion, short_meeting, unfilled_template / —

Scans: a11 (2 pages, 200 dpi moderate), a12 (1 page, 250 dpi photocopy), a13 (1 page, 200 dpi moderate).

Labelling decisions (on top of the "Labelling choices" of samples/heldout{,2,…,12}/README.md):
- Conclusion. The chair's own summing-up with content counts under any heading or none: "Tiếp thu ý kiến, đồng
  chí chủ trì chốt lại", "Thay mặt chi ủy, đồng chí [the chair] tổng hợp và thống nhất", "Ý kiến chỉ đạo của chủ
  trì", "Cuối buổi họp, đồng chí Bí thư nhấn mạnh: … yêu cầu …", "Đ/c Bí thư tóm lại", and a ruled table
  introduced by "Đồng chí chủ tọa kết luận theo các nội dung sau" (a08). None: a "Kết luận" field that holds
  only the vote (a02) or nothing (a13); the secretary's summary of who said what (a06); a chi ủy member's summary
  while the Bí thư chairs (a07); "kết luận" only in the agenda (a07) or in "Kết luận số 21-KL/TW" (a05).
- Assignments. A role with no name is the assignee as written without "Đồng chí" ("Phó Hiệu trưởng"); bodies and
  groups as written ("Tổ chuyên môn 4-5", "Chi ủy", "Tổ 3", "tổ thuyền số 5" in lower case as written second in
  "Tổ thuyền số 2 và tổ thuyền số 5"). In "A cùng B …" only A is assigned and "cùng B" stays in the task (a06,
  a10). A table row "Toàn thể đảng viên", "mỗi đảng viên …", "Đề nghị toàn thể đảng viên …", "Chi ủy sẽ phân
  công cụ thể sau", a guest's "lưu ý chi bộ …" and plan items in the passive or with nobody named are no task.
  The deadline is the time expression without "trước / trong / xong trước / tại"; "ngay trong tuần này" and
  "mỗi khi có mưa lớn", "khi có mưa lũ", "mỗi sáng Chủ nhật", "tối thứ Bảy hằng tuần" are kept whole; the task
  text stops before the deadline clause ("…, báo cáo chi bộ tại kỳ họp tháng 7" gives the deadline "kỳ họp tháng
  7"). A task whose content is an occasion ("tổ chức đón Tết Dương lịch cho thiếu nhi") has no deadline (null).
- Votes. "100% đảng viên có mặt tán thành" (show of hands) → percent_for 100 only; "Chi bộ nhất trí 100%." after
  the conclusion is a vote (percent only); a vote on the month's plan with no chair's conclusion is a resolution
  (a06, a10 November); the minutes approved by a show of hands ("giơ tay thông qua biên bản") is no resolution.
- Approval. "Biên bản được đọc lại trước chi bộ, các đồng chí dự họp nhất trí với nội dung đã ghi" and "Biên bản
  đã thông qua trước chi bộ, không có ý kiến khác" approve; an end time alone does not.
- Discussion. Opinions told in one sentence that names the speakers ("Các đồng chí A, B và C tham gia ý kiến, cùng
  đề nghị …", "đ/c A đề nghị …; đ/c B đề nghị …") are recorded opinions; "nhất trí với báo cáo, không có ý kiến"
  and reports read by the Bí thư or the thôn trưởng are not.
- Attendance. "09/10 đồng chí phải dự" with one exempt is 90 % exactly and not low; 26 present of 29 due (89.7 %)
  is low. A vague reason ("có việc gia đình") is excused; "không báo", "không có lý do", "không lý do"
  unexcused. Counts with nobody named ("vắng 03 đồng chí đang làm ca 3, đã báo cáo chi ủy") give excused counts
  and no list. A guest who speaks is listed as a guest only.
- Times. "1 giờ chiều" is 13:00; "từ 19 giờ đến 20 giờ 15 phút" gives both times; the 120-minute bar applies to
  the regular + thematic meetings (a05, a13, a10 September and December), which are `regular` with a topic.
- Book. The September minute typed on with no header of its own carries the book's cell and committee. The
  skipped October is a missing month even though the November minute explains it. Q III and Q IV each hold a
  combined meeting, so no quarter lacks a thematic meeting.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []


def PB():
    return ("page_break",)


# =================================================================================================
# a01 — Lào Cai (Sa Pa), primary school, November 2012. No flag; every edge on the good side.
# =================================================================================================
DOCS.append({
    "name": "a01-laocai-sapa-school-2012-edges-clean", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.22, "left": 72,
              "right": 60, "top": 48, "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TẢ PHÌN", "CHI BỘ TRƯỜNG TIỂU HỌC TẢ PHÌN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tả Phìn, ngày 08 tháng 11 năm 2012"]),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ", size=14),
            C("Tháng 11 năm 2012", bold=False, italic=True),
            G(6),
            L("Hồi 14 giờ 00 phút ngày 08/11/2012, tại phòng họp Hội đồng sư phạm nhà trường, Chi bộ Trường "
              "Tiểu học Tả Phìn họp thường kỳ tháng 11 năm 2012."),
            H("1. Thành phần dự họp"),
            L("– Chi bộ có 11 đảng viên (10 chính thức, 01 dự bị); đồng chí Lý Thị Sành nghỉ ốm dài ngày, được "
              "miễn sinh hoạt."),
            L("– Có mặt: 09/10 đồng chí phải dự. Vắng 01: đồng chí Phàn Văn Sài, đi tập huấn tại Phòng Giáo dục "
              "huyện Sa Pa."),
            L("– Chủ trì: đồng chí Nguyễn Thị Hải Yến, Bí thư chi bộ, Hiệu trưởng nhà trường."),
            L("– Ghi biên bản: đồng chí Đặng Văn Lực."),
            H("2. Nội dung"),
            L("a) Đồng chí Bí thư thông tin một số nội dung chính của Hội nghị lần thứ sáu Ban Chấp hành Trung "
              "ương khóa XI; công văn của Đảng ủy xã đề nghị các chi bộ hoàn thành kiểm điểm tự phê bình và phê "
              "bình theo Nghị quyết Trung ương 4 khóa XI trước ngày 30/11/2012."),
            L("b) Kết quả tháng 10: nhà trường duy trì 412/415 học sinh ra lớp; bếp ăn bán trú nấu cho 186 em "
              "ở các thôn xa; 100% giáo viên hoàn thành hồ sơ chuyên môn đầu năm. Tồn tại: 03 em lớp 4 ở điểm "
              "trường Sín Chải nghỉ học dài ngày theo gia đình lên nương; lớp ghép ở điểm lẻ chưa đủ bàn ghế "
              "đúng quy cách."),
            L("c) Nhiệm vụ tháng 11: thi đua chào mừng ngày Nhà giáo Việt Nam 20/11; hoàn thành kiểm điểm theo "
              "Nghị quyết Trung ương 4; chuẩn bị chăn, áo ấm cho học sinh bán trú trước mùa rét."),
            H("3. Ý kiến tham gia"),
            L("– Đ/c Chảo Thị Mẩy (giáo viên điểm trường Sín Chải): ba em nghỉ học thuộc hai hộ đi làm nương "
              "xa, cần nhờ trưởng thôn và Hội Phụ nữ cùng đến nhà vận động; đề nghị nhà trường hỗ trợ gạo để các "
              "em ở lại bán trú."),
            L("– Đ/c Lương Văn Thành (Phó Hiệu trưởng): nhất trí với báo cáo; đề nghị ưu tiên bàn ghế cho lớp "
              "ghép 2+3 ở Sín Chải, kinh phí lấy từ nguồn xã hội hóa."),
            L("– Đ/c Hoàng Thị Thu: một số đảng viên trẻ còn lúng túng khi viết bản kiểm điểm, đề nghị chi ủy "
              "hướng dẫn cụ thể."),
            L("Tiếp thu ý kiến, đồng chí chủ trì chốt lại: tháng 11 chi bộ tập trung vào ba việc chính là duy "
              "trì sĩ số, hoàn thành kiểm điểm theo Nghị quyết Trung ương 4 và lo đủ ấm cho học sinh bán trú. "
              "Đồng chí Phó Hiệu trưởng trực tiếp vận động 03 em học sinh Sín Chải trở lại lớp, xong trước ngày "
              "20/11/2012; Tổ chuyên môn 4-5 đăng ký và dạy các tiết thao giảng, dự giờ rút kinh nghiệm; "
              "Công đoàn trường "
              "vận động quyên góp chăn, áo ấm cho học sinh bán trú, hoàn thành trong tháng 11; Chi ủy hướng dẫn "
              "mẫu bản kiểm điểm ngay trong tuần này."),
            H("4. Biểu quyết"),
            L("Chi bộ biểu quyết bằng hình thức giơ tay: 100% đảng viên có mặt tán thành kết luận của đồng chí "
              "chủ trì."),
            L("Cuộc họp kết thúc lúc 15 giờ 30 phút cùng ngày. Biên bản được đọc lại trước chi bộ, các đồng chí "
              "dự họp nhất trí với nội dung đã ghi."),
            S(["THƯ KÝ", "", "", "Đặng Văn Lực"], ["BÍ THƯ CHI BỘ", "", "", "Nguyễn Thị Hải Yến"]),
        ],
        "truth": minute(
            meeting("regular", "2012-11-08", "14:00", "15:30", "phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG TIỂU HỌC TẢ PHÌN", "ĐẢNG BỘ XÃ TẢ PHÌN"),
            "Nguyễn Thị Hải Yến", "Bí thư chi bộ", "Đặng Văn Lực",
            attendance(11, 9, 1, 1, 0, 1,
                       [("Phàn Văn Sài", "đi tập huấn tại Phòng Giáo dục huyện Sa Pa", True)]),
            True,
            [vote("kết luận của đồng chí chủ trì, giơ tay", pct=100)],
            [task("Phó Hiệu trưởng", "trực tiếp vận động 03 em học sinh Sín Chải trở lại lớp", "20/11/2012"),
             task("Tổ chuyên môn 4-5", "đăng ký và dạy các tiết thao giảng, dự giờ rút kinh nghiệm", None),
             task("Công đoàn trường", "vận động quyên góp chăn, áo ấm cho học sinh bán trú", "tháng 11"),
             task("Chi ủy", "hướng dẫn mẫu bản kiểm điểm", "ngay trong tuần này")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# a02 — Thanh Hóa (Nga Sơn), the district's printed form typed in, March 2016: blanks left, the
# "Kết luận" field holds only the vote, 80 minutes; tasks in a ruled table.
# =================================================================================================
FORM_TH = {"family": "serif", "size": 13, "justify": True, "indent": 0, "spacing": 1.28, "left": 78, "right": 55}

DOCS.append({
    "name": "a02-thanhhoa-ngason-form-2016-dots-conclusion-only-vote-80min", "folder": "dev",
    "style": FORM_TH,
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ NGA THỦY", "CHI BỘ THÔN 5", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nga Thủy, ngày 12 tháng 3 năm 2016"]),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2016"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu hồi 19 giờ 30 phút, ngày 12 tháng 3 năm 2016."),
            L("2. Địa điểm: Nhà văn hóa thôn 5."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên trong chi bộ: 31 đồng chí; miễn sinh hoạt: 04 đồng chí."),
            L("- Số đảng viên có mặt: 25 đồng chí; vắng mặt: 02 đồng chí (có lý do: 02; không có lý do: 0)."),
            L("- Đại biểu cấp trên về dự: ……"),
            L("4. Chủ trì: đồng chí Mai Văn Thuận, chức vụ: Bí thư chi bộ."),
            L("5. Thư ký: đồng chí Vũ Thị Lan, chức vụ: Chi ủy viên."),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự, phổ biến văn bản cấp trên:"),
            P("Đồng chí Bí thư quán triệt những điểm mới trong Văn kiện Đại hội đại biểu toàn quốc lần thứ XII "
              "của Đảng; Kế hoạch của Đảng ủy xã về cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng "
              "nhân dân các cấp nhiệm kỳ 2016 – 2021 ngày 22/5/2016.", indent=24),
            L("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 02/2016:"),
            P("Nhân dân trong thôn đón Tết Bính Thân vui tươi, an toàn, không có hộ đốt pháo; gieo cấy xong 38 "
              "ha lúa chiêm xuân đúng khung thời vụ; 09 tàu cá của thôn ra khơi chuyến biển đầu năm. Hạn chế: "
              "thu các khoản đóng góp mới đạt 41%; rác thải ven đê chưa được thu gom thường xuyên.", indent=24),
            L("3. Phương hướng, nhiệm vụ tháng 3/2016:"),
            P("Chăm sóc lúa chiêm xuân, phòng trừ chuột; ra quân làm vệ sinh môi trường; lập và niêm yết danh "
              "sách cử tri; đôn đốc thu các khoản đóng góp năm 2016.", indent=24),
            L("4. Ý kiến thảo luận:"),
            P("- Đồng chí Mai Thị Huệ: chuột phá mạnh ở xứ đồng Bãi Ngang, đề nghị thôn tổ chức đánh bắt chuột "
              "tập trung, tuyệt đối không dùng điện để bẫy.", indent=24),
            P("- Đồng chí Phạm Văn Cường: danh sách cử tri phải ghi riêng những người đi làm ăn ở các tỉnh phía "
              "Nam để tránh thiếu, sót.", indent=24),
            P("- Đồng chí Đỗ Văn Mạnh: các hộ có tàu cá ra khơi phải đóng góp quỹ phòng chống thiên tai trước "
              "chuyến biển, không để dồn đến cuối năm; thôn nên công khai danh sách hộ đã nộp tại nhà văn hóa.",
              indent=24),
            L("5. Kết luận của đồng chí chủ trì:"),
            P("Chi bộ biểu quyết nhất trí 25/25 đồng chí có mặt, đạt 100%.", indent=24),
            L("6. Phân công thực hiện:"),
            T([(0.08, "TT", "c"), (0.50, "Nội dung công việc", "l"), (0.24, "Người thực hiện", "l"),
               (0.18, "Thời gian", "l")],
              [["1", "Lập, niêm yết danh sách cử tri thôn 5", "Đ/c Vũ Thị Lan", "Trước 31/3/2016"],
               ["2", "Tổ chức đánh bắt chuột tập trung ở xứ đồng Bãi Ngang", "Chi hội Nông dân", "Tháng 3/2016"],
               ["3", "Ra quân dọn rác thải ven đê", "Chi đoàn thanh niên", "Chủ nhật hằng tuần"]]),
            H("III. KẾT THÚC"),
            L("Buổi sinh hoạt kết thúc hồi 20 giờ 50 phút cùng ngày. Biên bản đã được thông qua trước chi bộ và "
              "được các đồng chí dự họp nhất trí."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Vũ Thị Lan"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Mai Văn Thuận"]),
        ],
        "truth": minute(
            meeting("regular", "2016-03-12", "19:30", "20:50", "Nhà văn hóa thôn 5", "CHI BỘ THÔN 5",
                    "ĐẢNG BỘ XÃ NGA THỦY"),
            "Mai Văn Thuận", "Bí thư chi bộ", "Vũ Thị Lan",
            attendance(31, 25, 2, 2, 0, 4),
            False,
            [vote("biểu quyết ghi trong mục kết luận", for_=25, pct=100)],
            [task("Vũ Thị Lan", "Lập, niêm yết danh sách cử tri thôn 5", "31/3/2016"),
             task("Chi hội Nông dân", "Tổ chức đánh bắt chuột tập trung ở xứ đồng Bãi Ngang", "Tháng 3/2016"),
             task("Chi đoàn thanh niên", "Ra quân dọn rác thải ven đê", "Chủ nhật hằng tuần")],
            ["missing_conclusion", "short_meeting", "unfilled_template"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# a03 — Thanh Hóa (Quảng Xương), the same printed form fully filled, July 2019: reports only,
# "Ý kiến chỉ đạo của chủ trì", tasks put off to the chi ủy, one member absent "không báo".
# =================================================================================================
DOCS.append({
    "name": "a03-thanhhoa-quangxuong-form-2019-filled-no-tasks-no-opinions", "folder": "dev",
    "style": {**FORM_TH, "family": "dejavu", "size": 11.5, "spacing": 1.32, "justify": False},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ QUẢNG NHAM", "CHI BỘ THÔN TÂN PHÚC", "Số: 07-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Nham, ngày 05 tháng 7 năm 2019"]),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 7/2019"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu hồi 19 giờ 00 phút, ngày 05 tháng 7 năm 2019."),
            L("2. Địa điểm: Nhà văn hóa thôn Tân Phúc."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên trong chi bộ: 26 đồng chí; miễn sinh hoạt: 02 đồng chí."),
            L("- Số đảng viên có mặt: 22 đồng chí; vắng mặt: 02 đồng chí (có lý do: 01 – đồng chí Cao Xuân Bình, "
              "đi viện chăm vợ; không có lý do: 01 – đồng chí Lê Văn Hùng, không báo)."),
            L("- Đại biểu cấp trên về dự: đồng chí Hồ Sỹ Tuấn, Đảng ủy viên, phụ trách chi bộ."),
            L("4. Chủ trì: đồng chí Ngô Trí Dũng, chức vụ: Bí thư chi bộ."),
            L("5. Thư ký: đồng chí Trần Thị Ngân, chức vụ: Phó Bí thư chi bộ."),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự, phổ biến văn bản cấp trên:"),
            P("Đồng chí Bí thư thông tin kết quả Hội nghị lần thứ mười Ban Chấp hành Trung ương khóa XII; Chỉ "
              "thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc "
              "lần thứ XIII của Đảng; Luật Thủy sản năm 2017 có hiệu lực từ ngày 01/01/2019, quy định tàu cá từ "
              "15 mét trở lên phải lắp thiết bị giám sát hành trình.", indent=24),
            L("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 6/2019:"),
            P("Vụ cá cơm nam đạt khá, 14 tàu lưới vây của thôn bình quân mỗi chuyến lãi 18 – 25 triệu đồng; "
              "thu hoạch xong 21 ha lúa chiêm xuân, năng suất ước 62 tạ/ha; 3 trong số 5 tàu thuộc diện bắt "
              "buộc đã lắp thiết bị giám sát hành trình; thu nộp quỹ xây dựng nông thôn mới đạt 78%. Hạn chế: "
              "2 tàu còn chưa lắp thiết bị; nắng nóng kéo dài làm thiếu nước tưới cho 4 ha màu.", indent=24),
            L("3. Phương hướng, nhiệm vụ tháng 7/2019:"),
            P("Hoàn thành việc lắp thiết bị giám sát hành trình cho các tàu còn lại; phòng chống bão đầu mùa, "
              "kiểm tra phương tiện, áo phao trước mỗi chuyến biển; chuẩn bị cho học sinh thi tuyển sinh vào lớp "
              "10; kỷ niệm 72 năm Ngày Thương binh – Liệt sĩ 27/7.", indent=24),
            L("4. Ý kiến thảo luận:"),
            P("Các đồng chí dự họp nhất trí với báo cáo, không có ý kiến tham gia.", indent=24),
            L("5. Ý kiến chỉ đạo của chủ trì:"),
            P("Tháng 7 là tháng cao điểm mùa bão, chi bộ phải đặt an toàn người và tàu thuyền lên trước hết. "
              "Những chủ tàu là đảng viên phải lắp xong thiết bị giám sát hành trình, làm gương cho bà con; việc "
              "thăm hỏi gia đình chính sách nhân ngày 27/7 phải chu đáo, đúng đối tượng. Đồng chí Hồ Sỹ Tuấn "
              "lưu ý chi bộ rà soát sớm nhân sự chi ủy nhiệm kỳ tới.", indent=24),
            L("6. Phân công thực hiện:"),
            P("Chi ủy sẽ phân công cụ thể sau khi có kế hoạch của Đảng ủy xã. Đề nghị toàn thể đảng viên gương "
              "mẫu thực hiện và vận động gia đình, bà con cùng làm.", indent=24),
            L("7. Biểu quyết: tán thành: 22/22; không tán thành: 0; ý kiến khác: 0."),
            H("III. KẾT THÚC"),
            L("Buổi sinh hoạt kết thúc hồi 21 giờ 15 phút cùng ngày. Biên bản đã được thông qua trước chi bộ và "
              "được các đồng chí dự họp nhất trí."),
            S(["THƯ KÝ", "", "", "Trần Thị Ngân"], ["CHỦ TRÌ", "", "", "Ngô Trí Dũng"]),
        ],
        "truth": minute(
            meeting("regular", "2019-07-05", "19:00", "21:15", "Nhà văn hóa thôn Tân Phúc",
                    "CHI BỘ THÔN TÂN PHÚC", "ĐẢNG BỘ XÃ QUẢNG NHAM"),
            "Ngô Trí Dũng", "Bí thư chi bộ", "Trần Thị Ngân",
            attendance(26, 22, 2, 1, 1, 2,
                       [("Cao Xuân Bình", "đi viện chăm vợ", True), ("Lê Văn Hùng", "không báo", False)],
                       [("Hồ Sỹ Tuấn", "Đảng ủy viên, phụ trách chi bộ")]),
            True,
            [vote("phương hướng và ý kiến chỉ đạo tháng 7", for_=22, against=0, abstain=0)],
            [],
            ["missing_assignments", "no_discussion", "unexcused_absence"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# a04 — Hà Tĩnh (Kỳ Anh), a fishing hamlet two months after the mass fish deaths, June 2016: two
# reports and no member speaks, the Bí thư's closing words with one task in passing, no vote, no
# read-back.
# =================================================================================================
DOCS.append({
    "name": "a04-hatinh-kyanh-fishing-2016-reports-only-no-vote", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 24, "spacing": 1.3, "left": 80,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ KỲ NAM", "CHI BỘ THÔN HẢI HÀ"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kỳ Nam, ngày 09 tháng 6 năm 2016"]),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ THÁNG 6"),
            G(6),
            L("I/ Thời gian, địa điểm", bold=True),
            P("Hôm nay, 19 giờ 15 phút ngày 09 tháng 6 năm 2016, Chi bộ thôn Hải Hà họp tại nhà văn hóa thôn."),
            L("II/ Thành phần", bold=True),
            P("Đảng viên có mặt 17/18 đồng chí, vắng 01 đồng chí (ốm). Đồng chí Nguyễn Đình Khoa, Bí thư chi bộ, "
              "chủ trì; đồng chí Lê Thị Hiền ghi biên bản."),
            L("III/ Nội dung", bold=True),
            P("1. Đồng chí Bí thư thông báo tình hình hải sản chết bất thường dọc bờ biển các tỉnh miền Trung "
              "từ đầu tháng 4; Chính phủ đang chỉ đạo các bộ, ngành làm rõ nguyên nhân và đã có quyết định hỗ trợ "
              "gạo cho các hộ làm nghề biển bị ảnh hưởng. Đảng ủy xã yêu cầu các chi bộ giữ vững ổn định, không "
              "để kẻ xấu lợi dụng kích động, lôi kéo nhân dân tụ tập đông người."),
            P("2. Đồng chí Trần Văn Lượng, thôn trưởng, báo cáo: thôn có 47 hộ làm nghề biển với 61 thuyền "
              "nhỏ, từ ngày 10/4 hầu hết nằm bờ; hải sản đánh bắt được tồn lại không bán được, nhiều hộ phải vay "
              "tiền lãi để chi tiêu. Đợt 1 đã nhận gạo hỗ trợ cho 203 khẩu, cấp phát công khai tại nhà văn hóa. "
              "Một số thanh niên đi làm thuê ở khu kinh tế Vũng Áng; an ninh trong thôn cơ bản ổn định."),
            P("3. Chi bộ nghe hai báo cáo, không có ý kiến tham gia thêm."),
            P("Cuối buổi họp, đồng chí Bí thư nhấn mạnh: lúc này bà con đang hoang mang, đảng viên phải nắm "
              "chắc tư tưởng từng hộ trong xóm mình ở, không nghe, không truyền tin thất thiệt, không tham gia tụ "
              "tập đông người; việc cấp gạo phải đúng, đủ, công khai; yêu cầu các đảng viên có thuyền gương mẫu "
              "chấp hành hướng dẫn của xã về khai thác, tiêu thụ hải sản. Giao đồng chí Trần Văn Lượng rà soát, "
              "hoàn thành danh sách kê khai thiệt hại của 47 hộ làm nghề biển, xong trước ngày 15/6/2016."),
            P("Cuộc họp kết thúc lúc 21 giờ 00."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Lê Thị Hiền"], ["BÍ THƯ", "", "", "Nguyễn Đình Khoa"]),
        ],
        "truth": minute(
            meeting("regular", "2016-06-09", "19:15", "21:00", "nhà văn hóa thôn", "CHI BỘ THÔN HẢI HÀ",
                    "ĐẢNG BỘ XÃ KỲ NAM"),
            "Nguyễn Đình Khoa", "Bí thư chi bộ", "Lê Thị Hiền",
            attendance(18, 17, 1, 1, 0, 0),
            True,
            [],
            [task("Trần Văn Lượng", "rà soát, hoàn thành danh sách kê khai thiệt hại của 47 hộ làm nghề biển",
                  "15/6/2016")],
            ["missing_vote", "no_discussion", "not_approved"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# a05 — Hòa Bình (Mai Châu), Bản Lác, regular + thematic meeting crossing noon ("1 giờ chiều"),
# June 2022. No flag.
# =================================================================================================
DOCS.append({
    "name": "a05-hoabinh-maichau-combined-2022-across-noon-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3, "left": 82,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN MAI CHÂU", "ĐẢNG BỘ XÃ CHIỀNG CHÂU", "CHI BỘ BẢN LÁC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chiềng Châu, ngày 16 tháng 6 năm 2022"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2022"),
            C("Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong giữ gìn bản sắc "
              "văn hóa dân tộc Thái gắn với phát triển du lịch cộng đồng", bold=False, italic=True),
            G(6),
            P("Khai mạc lúc 10 giờ 50 phút sáng ngày 16/6/2022 tại nhà sàn cộng đồng bản Lác."),
            P("Chi bộ có 23 đảng viên, trong đó 02 đồng chí được miễn sinh hoạt do tuổi cao. Dự họp 20/21 đồng "
              "chí; vắng 01: đồng chí Lò Văn Sinh (đi làm ở Bắc Ninh, có xin phép). Dự và chỉ đạo có đồng chí "
              "Lường Văn Thắng, Phó Bí thư Đảng ủy xã."),
            P("Đồng chí Hà Văn Đông, Bí thư chi bộ, chủ trì; đồng chí Vì Thị Ngọc, chi ủy viên, làm thư ký."),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
            P("Đồng chí Bí thư thông tin Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII về xây dựng, "
              "chỉnh đốn Đảng và hệ thống chính trị; kế hoạch của huyện đón khách trở lại sau dịch Covid-19."),
            P("Kết quả tháng 5: từ khi mở cửa lại, bản đón khoảng 6.400 lượt khách, 37 hộ làm nhà nghỉ cộng đồng "
              "(homestay) hoạt động trở lại; gặt xong lúa xuân. Hạn chế: có hộ tự nâng giá phòng ngày cuối tuần; "
              "rác thải nhựa dọc suối chưa được thu gom kịp thời; 02 hộ đổ móng bê tông, định làm nhà hai tầng "
              "sát đường chính."),
            P("Nhiệm vụ tháng 6: phục vụ khách mùa hè an toàn, văn minh; cấy lúa mùa đúng lịch; tiêm mũi nhắc "
              "lại vắc-xin cho người từ 18 tuổi trở lên."),
            H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Vì Thị Ngọc trình bày nội dung chuyên đề, nêu những việc làm theo lời Bác: giữ nếp nhà "
              "sàn, dạy chữ Thái và múa xòe cho thiếu nhi, làm du lịch trung thực, không chèo kéo khách."),
            P("Các đồng chí Hà Văn Thiêm, Lò Thị Ánh và Vì Văn Hậu tham gia ý kiến, cùng đề nghị giữ kiến trúc "
              "nhà sàn truyền thống, không để hộ làm du lịch xây nhà bê tông cao tầng trong bản và phải có quy "
              "ước chung về giá dịch vụ."),
            P("Thay mặt chi ủy, đồng chí Hà Văn Đông tổng hợp và thống nhất: một là, mỗi hộ đảng viên làm du "
              "lịch niêm yết giá công khai, không chèo kéo khách; hai là, vận động 02 hộ đã đổ móng điều chỉnh "
              "thiết kế theo kiểu nhà sàn; ba là, xây dựng quy ước của bản về kiến trúc và giá dịch vụ, đưa ra "
              "họp dân trong tháng 7."),
            P("Phân công:", indent=0),
            P("– Đồng chí Vì Văn Hậu, trưởng bản, chủ trì xây dựng dự thảo quy ước về kiến trúc nhà sàn và giá "
              "dịch vụ, báo cáo chi bộ tại kỳ họp tháng 7.", indent=0),
            P("– Chi hội Phụ nữ bản duy trì đội văn nghệ, biểu diễn phục vụ khách vào tối thứ Bảy hằng tuần.",
              indent=0),
            P("– Chi đoàn thanh niên thu gom rác dọc suối và đường nội bản mỗi sáng Chủ nhật.", indent=0),
            P("Chi bộ biểu quyết thông qua kết luận và các nội dung của chuyên đề: 20/20 đồng chí nhất trí, đạt "
              "100%."),
            P("Buổi sinh hoạt kết thúc lúc 1 giờ chiều cùng ngày. Biên bản đã thông qua trước chi bộ, không có ý "
              "kiến khác."),
            S(["THƯ KÝ", "", "", "Vì Thị Ngọc"], ["T/M CHI BỘ", "BÍ THƯ", "", "Hà Văn Đông"]),
        ],
        "truth": minute(
            meeting("regular", "2022-06-16", "10:50", "13:00", "nhà sàn cộng đồng bản Lác", "CHI BỘ BẢN LÁC",
                    "ĐẢNG BỘ XÃ CHIỀNG CHÂU",
                    topic="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong giữ gìn bản sắc văn "
                          "hóa dân tộc Thái gắn với phát triển du lịch cộng đồng"),
            "Hà Văn Đông", "Bí thư chi bộ", "Vì Thị Ngọc",
            attendance(23, 20, 1, 1, 0, 2, [("Lò Văn Sinh", "đi làm ở Bắc Ninh, có xin phép", True)],
                       [("Lường Văn Thắng", "Phó Bí thư Đảng ủy xã")]),
            True,
            [vote("kết luận và các nội dung của chuyên đề", for_=20, pct=100)],
            [task("Vì Văn Hậu", "chủ trì xây dựng dự thảo quy ước về kiến trúc nhà sàn và giá dịch vụ",
                  "kỳ họp tháng 7"),
             task("Chi hội Phụ nữ bản", "duy trì đội văn nghệ, biểu diễn phục vụ khách", "tối thứ Bảy hằng tuần"),
             task("Chi đoàn thanh niên", "thu gom rác dọc suối và đường nội bản", "mỗi sáng Chủ nhật")],
            []),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# a06 — Hà Nội, Giảng Võ ward after the 2025 merger, January 2026: 26 of 29 due (89.7 %, nine
# exempt), the secretary sums up the opinions, the chair only thanks; vote on the month's plan.
# =================================================================================================
DOCS.append({
    "name": "a06-hanoi-giangvo-ward-2026-secretary-sums-up-low", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3, "left": 85,
              "right": 57, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG BỘ PHƯỜNG GIẢNG VÕ", "CHI BỘ TỔ DÂN PHỐ SỐ 14", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Giảng Võ, ngày 10 tháng 01 năm 2026"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01/2026"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("- Thời gian: từ 08 giờ 00 đến 10 giờ 10 phút, sáng thứ Bảy, ngày 10/01/2026."),
            P("- Địa điểm: Nhà sinh hoạt cộng đồng tổ dân phố số 14."),
            P("- Đảng viên: tổng số 38 đồng chí; miễn sinh hoạt 09 đồng chí (tuổi cao, sức yếu); phải dự 29 đồng "
              "chí; có mặt 26 đồng chí (đạt 89,7%); vắng 03 đồng chí (02 đồng chí đi công tác, 01 đồng chí ốm)."),
            P("- Chủ trì: đồng chí Lưu Minh Đức, Bí thư chi bộ. Thư ký: đồng chí Đinh Thị Minh Phương, chi ủy "
              "viên."),
            H("II. NỘI DUNG"),
            L("1. Thông tin, quán triệt", italic=True),
            P("Đồng chí Bí thư phổ biến Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương về "
              "nâng cao chất lượng sinh hoạt chi bộ; thông tin công tác chuẩn bị Đại hội đại biểu toàn quốc lần "
              "thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp "
              "nhiệm kỳ 2026 – 2031."),
            L("2. Kết quả tháng 12/2025", italic=True),
            P("Tổ dân phố thu quỹ Đền ơn đáp nghĩa được 18,6 triệu đồng; 212/240 hộ phân loại rác tại nguồn; "
              "hướng dẫn 96 người cao tuổi kích hoạt tài khoản định danh điện tử mức 2; không có vụ việc phức "
              "tạp về an ninh trật tự. Tồn tại: còn nhiều hộ sạc xe máy điện trong nhà ống vào ban đêm; việc "
              "sinh hoạt của một số đảng viên đã chuyển về nơi cư trú chưa đều."),
            L("3. Phương hướng, nhiệm vụ tháng 01/2026", italic=True),
            P("Tổ chức cho đảng viên, nhân dân theo dõi Đại hội XIV; chuẩn bị đón Tết Bính Ngọ an toàn, tiết "
              "kiệm; lập và rà soát danh sách cử tri; tuyên truyền phòng cháy, chữa cháy nhà ống, nhà nhiều "
              "tầng, nhất là việc sạc xe điện."),
            L("4. Thảo luận", italic=True),
            P("- Đồng chí Nguyễn Thị Kim Oanh: đề nghị in tờ rơi về sạc xe điện an toàn, phát đến từng hộ; "
              "quan tâm các cụ sống một mình trong ngõ 12."),
            P("- Đồng chí Phạm Gia Tuấn: có 05 hộ kinh doanh cho thuê chỗ sạc xe điện ở tầng một, chưa có bình "
              "chữa cháy; đề nghị báo cáo Công an phường kiểm tra."),
            P("- Đồng chí Trần Quốc Khánh, Tổ trưởng tổ dân phố: danh sách cử tri phải đối chiếu với dữ liệu "
              "dân cư, đánh dấu những người tạm vắng dài ngày."),
            P("Đồng chí Đinh Thị Minh Phương, thư ký, tóm tắt lại: có 03 ý kiến tham gia, tập trung vào phòng "
              "cháy khi sạc xe điện, chăm lo người cao tuổi neo đơn và danh sách cử tri."),
            H("III. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng 01/2026: 26/26 đồng chí có mặt tán "
              "thành."),
            H("IV. PHÂN CÔNG"),
            P("- Đồng chí Trần Quốc Khánh lập, rà soát danh sách cử tri của tổ dân phố, gửi Ủy ban nhân dân "
              "phường trước ngày 31/01/2026."),
            P("- Đồng chí Phạm Gia Tuấn cùng Tổ an toàn phòng cháy kiểm tra các điểm sạc xe điện trong hộ kinh "
              "doanh, xong trong tháng 01/2026."),
            P("- Ban công tác Mặt trận tổ dân phố thăm, tặng quà Tết các gia đình chính sách trước ngày "
              "10/02/2026."),
            P("Đồng chí chủ trì cảm ơn các đồng chí dự họp và tuyên bố bế mạc. Biên bản được thông qua tại cuộc "
              "họp, các đồng chí có mặt nhất trí."),
            S(["THƯ KÝ", "", "", "Đinh Thị Minh Phương"], ["T/M CHI BỘ", "BÍ THƯ", "", "Lưu Minh Đức"]),
        ],
        "truth": minute(
            meeting("regular", "2026-01-10", "08:00", "10:10", "Nhà sinh hoạt cộng đồng tổ dân phố số 14",
                    "CHI BỘ TỔ DÂN PHỐ SỐ 14", "ĐẢNG BỘ PHƯỜNG GIẢNG VÕ"),
            "Lưu Minh Đức", "Bí thư chi bộ", "Đinh Thị Minh Phương",
            attendance(38, 26, 3, 3, 0, 9),
            False,
            [vote("phương hướng, nhiệm vụ tháng 01/2026", for_=26)],
            [task("Trần Quốc Khánh", "lập, rà soát danh sách cử tri của tổ dân phố, gửi Ủy ban nhân dân phường",
                  "31/01/2026"),
             task("Phạm Gia Tuấn", "cùng Tổ an toàn phòng cháy kiểm tra các điểm sạc xe điện trong hộ kinh doanh",
                  "tháng 01/2026"),
             task("Ban công tác Mặt trận tổ dân phố", "thăm, tặng quà Tết các gia đình chính sách", "10/02/2026")],
            ["low_attendance", "missing_conclusion"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# a07 — Quảng Bình (Bố Trạch), a tourist-boat cooperative after the October 2010 floods: the agenda
# promises the Bí thư's conclusion, only a chi ủy member sums up; the minutes are approved by hands
# but nothing else is voted; 18 of 20 present (exactly 90 %).
# =================================================================================================
DOCS.append({
    "name": "a07-quangbinh-phongnha-boats-2010-agenda-promises-conclusion", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.35, "left": 70,
              "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ SƠN TRẠCH", "CHI BỘ HỢP TÁC XÃ DU LỊCH XUÂN SƠN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sơn Trạch, ngày 20 tháng 11 năm 2010"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 11 năm 2010", bold=False),
            G(6),
            L("Vào lúc 14 giờ ngày 20 tháng 11 năm 2010, tại văn phòng Hợp tác xã ở bến thuyền Phong Nha, chi bộ "
              "họp thường kỳ tháng 11."),
            H("* Thành phần"),
            L("Tổng số đảng viên: 20. Có mặt: 18. Vắng: 02 (đ/c Đinh Thị Hường – đi học lớp trung cấp lý luận "
              "chính trị tại Đồng Hới; đ/c Trương Văn Lụa – có việc gia đình)."),
            L("Chủ trì: đ/c Phan Văn Quế – Bí thư chi bộ, Chủ nhiệm Hợp tác xã. Thư ký: đ/c Cao Thị Bích."),
            H("* Chương trình"),
            L("(1) Đồng chí Bí thư báo cáo tình hình sau lũ và nhiệm vụ tháng 11, tháng 12; (2) chi bộ thảo luận; "
              "(3) đồng chí Bí thư kết luận; (4) phân công nhiệm vụ."),
            H("* Báo cáo"),
            L("Hai trận lũ đầu và giữa tháng 10 làm nước sông Son lên cao, ngập toàn bộ bến thuyền; 23 trong số 146 "
              "thuyền của xã viên bị hư hỏng, 01 nhà kho của Hợp tác xã bị cuốn trôi mái. Khách tham quan động "
              "Phong Nha, Tiên Sơn tháng 10 giảm khoảng 60% so với cùng kỳ. Đến ngày 15/11 đã có 112 thuyền hoạt "
              "động trở lại. Tháng 11, tháng 12: sửa chữa thuyền hỏng, nạo vét bến, chuẩn bị đón khách dịp Tết "
              "Dương lịch, quyết toán tài chính năm 2010."),
            H("* Thảo luận"),
            L("- Đ/c Nguyễn Văn Thắm: đề nghị Hợp tác xã cho xã viên có thuyền hỏng vay vốn từ quỹ tương trợ, "
              "không tính lãi trong 6 tháng."),
            L("- Đ/c Lê Thị Sen: việc bán vé phải công khai, ghi sổ hằng ngày, tránh để khách phàn nàn như dịp "
              "lễ 2/9 vừa qua."),
            L("- Đ/c Hồ Văn Tân (tổ trưởng tổ thuyền số 4): thuyền của tổ 4 hỏng nhiều nhất, đề nghị được ưu "
              "tiên sửa trước."),
            L("Cuối phần thảo luận, đ/c Nguyễn Văn Thắm, chi ủy viên, tóm lại: các ý kiến đều thống nhất phải "
              "sớm sửa thuyền và làm sạch bến trước mùa khách cuối năm."),
            H("* Phân công nhiệm vụ"),
            L("- Đ/c Hồ Văn Tân lập danh sách thuyền hư hỏng, trình Ban quản trị trước 30/11/2010."),
            L("- Đ/c Lê Thị Sen phụ trách quầy bán vé, thống kê lượt khách hằng ngày."),
            L("- Tổ thuyền số 2 và tổ thuyền số 5 dọn bùn đất ở bến thuyền, xong trước ngày 25/11."),
            L("Đến 16 giờ 20 phút cùng ngày cuộc họp kết thúc. Thư ký đọc lại biên bản, các đồng chí dự họp giơ "
              "tay thông qua biên bản."),
            S(["THƯ KÝ", "", "", "Cao Thị Bích"], ["BÍ THƯ", "", "", "Phan Văn Quế"]),
        ],
        "truth": minute(
            meeting("regular", "2010-11-20", "14:00", "16:20", "văn phòng Hợp tác xã ở bến thuyền Phong Nha",
                    "CHI BỘ HỢP TÁC XÃ DU LỊCH XUÂN SƠN", "ĐẢNG BỘ XÃ SƠN TRẠCH"),
            "Phan Văn Quế", "Bí thư chi bộ", "Cao Thị Bích",
            attendance(20, 18, 2, 2, 0, 0,
                       [("Đinh Thị Hường", "đi học lớp trung cấp lý luận chính trị tại Đồng Hới", True),
                        ("Trương Văn Lụa", "có việc gia đình", True)]),
            False,
            [],
            [task("Hồ Văn Tân", "lập danh sách thuyền hư hỏng, trình Ban quản trị", "30/11/2010"),
             task("Lê Thị Sen", "phụ trách quầy bán vé, thống kê lượt khách", "hằng ngày"),
             task("Tổ thuyền số 2", "dọn bùn đất ở bến thuyền", "25/11"),
             task("tổ thuyền số 5", "dọn bùn đất ở bến thuyền", "25/11")],
            ["missing_conclusion", "missing_vote"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# a08 — Quảng Ninh (Hạ Long), a coal-mining workshop, October 2014: the conclusion is a ruled table
# (content, who, deadline); 29 of 32 present (90.6 %); 105 minutes after the first shift. No flag.
# =================================================================================================
DOCS.append({
    "name": "a08-quangninh-coalmine-2014-conclusion-table-clean", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 20, "spacing": 1.28, "left": 72,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY THAN HÒN GAI", "CHI BỘ PHÂN XƯỞNG KHAI THÁC 3", "Số: 10-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 08 tháng 10 năm 2014"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10/2014", size=12.5),
            G(6),
            L("Thời gian: bắt đầu 15 giờ 15 phút (sau giao ca 1), kết thúc 17 giờ 00 phút ngày 08/10/2014."),
            L("Địa điểm: Hội trường nhà giao ca phân xưởng."),
            L("Quân số: chi bộ có 32 đảng viên; dự họp 29 đồng chí; vắng 03 đồng chí đang làm ca 3, đã báo cáo "
              "chi ủy."),
            L("Dự họp có đồng chí Nguyễn Thế Hưng – Phó Bí thư Đảng ủy Công ty."),
            L("Chủ tọa: đồng chí Vũ Đức Thịnh – Bí thư chi bộ, Quản đốc phân xưởng. Thư ký: đồng chí Đào Thị "
              "Thanh Hương – nhân viên kinh tế phân xưởng."),
            H("1/ Thông tin"),
            P("Đồng chí Bí thư thông báo tình hình tiêu thụ than của Tập đoàn còn khó khăn, than tồn kho lớn; "
              "chỉ thị của Giám đốc Công ty về bảo đảm an toàn mùa mưa bão và phòng chống bục nước ở các lò chợ; "
              "kế hoạch của Đảng ủy Công ty tổ chức kiểm điểm giữa nhiệm kỳ và chuẩn bị đại hội chi bộ nhiệm kỳ "
              "2015 – 2017 vào quý I năm 2015. Đồng chí Bí thư cũng phổ biến tình hình Biển Đông sau sự kiện "
              "Trung Quốc hạ đặt trái phép giàn khoan trong vùng biển của Việt Nam hồi tháng 5, đề nghị đảng viên "
              "giữ vững tư tưởng, không nghe và không chia sẻ thông tin xấu, độc trên mạng."),
            H("2/ Kết quả tháng 9/2014"),
            P("Than nguyên khai đạt 38.650/38.000 tấn (101,7%); đào lò chuẩn bị 412 mét; thu nhập bình quân "
              "9,2 triệu đồng/người/tháng. Hạn chế: xảy ra 01 vụ tai nạn lao động nhẹ ở lò chợ 3-2 do thợ không "
              "kiểm tra vì chống trước khi vào ca; băng tải lò dọc vỉa mức -50 dừng 3 lần vì đứt băng; còn 02 "
              "lượt công nhân nghỉ không báo trước, làm thiếu người ở lò chợ 3-1."),
            H("3/ Thảo luận"),
            P("- Đồng chí Nguyễn Văn Hiệp, tổ trưởng tổ 3: vụ tai nạn là bài học cho cả tổ; đề nghị tổ trưởng "
              "ký xác nhận kiểm tra vì chống từng ca."),
            P("- Đồng chí Bùi Thanh Tùng, Phó Quản đốc cơ điện: băng tải mức -50 đã quá hạn thay thế, đề nghị "
              "Công ty cấp vật tư trong tháng."),
            P("- Đồng chí Hoàng Văn Dũng: thợ mới tuyển còn yếu tay nghề, cần kèm cặp và huấn luyện lại an "
              "toàn trước khi bố trí vào lò chợ."),
            P("- Đồng chí Trịnh Văn Quyết, tổ trưởng tổ 5: nhà tắm giao ca thường xuyên thiếu nước nóng vào ca "
              "3, đề nghị phân xưởng kiến nghị Công ty sửa lại bình đun trước mùa đông."),
            P("- Đồng chí Nguyễn Thế Hưng, Phó Bí thư Đảng ủy Công ty, ghi nhận kết quả tháng 9 và đề nghị chi bộ "
              "làm rõ trách nhiệm cá nhân trong vụ tai nạn ở lò chợ 3-2."),
            H("4/ Kết luận, phân công"),
            P("Đồng chí chủ tọa kết luận theo các nội dung sau:"),
            T([(0.07, "TT", "c"), (0.47, "Nội dung kết luận", "l"), (0.27, "Người/đơn vị thực hiện", "l"),
               (0.19, "Thời hạn", "l")],
              [["1", "Hoàn thành kế hoạch than nguyên khai tháng 10 là 40.000 tấn, không dồn sản lượng vào cuối "
                     "tháng", "Đ/c Vũ Đức Thịnh", "Đến 31/10/2014"],
               ["2", "Củng cố chống giữ lò chợ 3-2, ký xác nhận kiểm tra vì chống", "Tổ 3", "Hằng ca"],
               ["3", "Sửa chữa, thay thế băng tải lò dọc vỉa mức -50", "Đ/c Bùi Thanh Tùng, đ/c Hoàng Văn Dũng",
                "Trước 20/10/2014"],
               ["4", "Huấn luyện lại an toàn cho 14 thợ lò mới tuyển", "Tổ An toàn – Bảo hộ lao động",
                "Tháng 10/2014"],
               ["5", "Gương mẫu chấp hành quy trình, không để xảy ra vi phạm an toàn", "Toàn thể đảng viên",
                "Thường xuyên"]]),
            H("5/ Biểu quyết"),
            P("Chi bộ biểu quyết thông qua kết luận: 28/29 đồng chí tán thành (96,6%); 01 đồng chí không tán "
              "thành."),
            P("Biên bản được thông qua lúc 17 giờ 00 phút, các đồng chí dự họp nhất trí."),
            S(["THƯ KÝ", "", "", "Đào Thị Thanh Hương"], ["CHỦ TỌA", "", "", "Vũ Đức Thịnh"]),
        ],
        "truth": minute(
            meeting("regular", "2014-10-08", "15:15", "17:00", "Hội trường nhà giao ca phân xưởng",
                    "CHI BỘ PHÂN XƯỞNG KHAI THÁC 3", "ĐẢNG BỘ CÔNG TY THAN HÒN GAI"),
            "Vũ Đức Thịnh", "Bí thư chi bộ", "Đào Thị Thanh Hương",
            attendance(32, 29, 3, 3, 0, 0, guests=[("Nguyễn Thế Hưng", "Phó Bí thư Đảng ủy Công ty")]),
            True,
            [vote("kết luận (bảng)", for_=28, against=1, pct=96.6)],
            [task("Vũ Đức Thịnh", "Hoàn thành kế hoạch than nguyên khai tháng 10 là 40.000 tấn, không dồn sản "
                                  "lượng vào cuối tháng", "31/10/2014"),
             task("Tổ 3", "Củng cố chống giữ lò chợ 3-2, ký xác nhận kiểm tra vì chống", "Hằng ca"),
             task("Bùi Thanh Tùng", "Sửa chữa, thay thế băng tải lò dọc vỉa mức -50", "20/10/2014"),
             task("Hoàng Văn Dũng", "Sửa chữa, thay thế băng tải lò dọc vỉa mức -50", "20/10/2014"),
             task("Tổ An toàn – Bảo hộ lao động", "Huấn luyện lại an toàn cho 14 thợ lò mới tuyển", "Tháng 10/2014")],
            []),
    }],
    "flags": [], "born_digital": True,
    "scans": [{"name": "a11-quangninh-coalmine-2014-conclusion-table-scan", "folder": "dev",
               "damage": "moderate", "seed": 1311, "dpi": 200}],
})


# =================================================================================================
# a09 — Yên Bái (Mù Cang Chải), a H'Mông village, April 2009: no headings, date and counts in words,
# 11 of 14 present, two absent without reason; a list of targets with nobody named.
# =================================================================================================
DOCS.append({
    "name": "a09-yenbai-mucangchai-hmong-2009-words-targets-no-tasks", "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "justify": False, "indent": 26, "spacing": 1.25, "left": 80,
              "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ LAO CHẢI", "CHI BỘ BẢN HÁNG TÀY"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lao Chải, ngày 06 tháng 4 năm 2009"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4 NĂM 2009"),
            G(6),
            P("Hôm nay, vào hồi 8 giờ sáng ngày mùng sáu tháng tư năm hai nghìn không trăm linh chín, Chi bộ bản "
              "Háng Tày họp tại nhà văn hóa bản để sinh hoạt thường kỳ tháng 4."),
            P("Tổng số đảng viên trong chi bộ là mười bốn đồng chí. Có mặt mười một đồng chí. Vắng ba đồng chí: "
              "đồng chí Giàng A Chu đi làm nương xa, đồng chí Sùng A Páo không có lý do, đồng chí Lý Thị Dí không "
              "báo."),
            P("Đồng chí Thào A Lử, Bí thư chi bộ, chủ trì. Đồng chí Mùa Thị Sua ghi biên bản."),
            P("Đồng chí Bí thư phổ biến Nghị quyết 30a của Chính phủ về chương trình hỗ trợ giảm nghèo nhanh và "
              "bền vững đối với 61 huyện nghèo, trong đó có huyện Mù Cang Chải; dân được hỗ trợ giống, phân bón, "
              "tiền khai hoang và trồng rừng."),
            P("Tháng 3 bản đã mở xong 3 cây số đường đất lên khu nương Páo Cáng; cấp phát hết gạo cứu đói sau "
              "đợt rét đậm đầu năm; trồng được 4 héc ta ngô. Còn tồn tại: rét làm chết 7 con trâu, bò; 5 cháu "
              "học lớp 3, lớp 4 nghỉ học ở nhà trông em; vẫn còn hộ uống rượu say, đánh vợ."),
            P("Chỉ tiêu tháng 4: trồng xong 15 héc ta ngô trước ngày 30/4; tu sửa mương dẫn nước vào ruộng bậc "
              "thang; vận động 5 cháu bỏ học trở lại trường; không để phát sinh người trồng cây thuốc phiện, người "
              "nghiện mới; làm chuồng trại cho trâu bò, không thả rông."),
            P("Đồng chí Giàng A Thề nói giống ngô lai năm ngoái cấp muộn, năm nay đề nghị xã cấp sớm để kịp thời "
              "vụ. Đồng chí Sùng Thị Mỷ nói phụ nữ trong bản còn ngại đi họp, phải đến tận nhà vận động. Đồng chí "
              "Hờ A Dơ hỏi tiền khai hoang khi nào được nhận, đồng chí Bí thư trả lời xã đang lập danh sách, tháng "
              "5 sẽ có."),
            P("Sau khi nghe các ý kiến, đồng chí Bí thư kết luận: chi bộ thống nhất lấy việc trồng ngô đúng thời "
              "vụ và đưa các cháu trở lại lớp làm việc chính của tháng 4; ai là đảng viên phải làm trước cho dân "
              "theo. Đề nghị các đồng chí đảng viên gương mẫu, mỗi đảng viên vận động các hộ anh em trong dòng họ "
              "mình cùng làm."),
            P("Chi bộ giơ tay biểu quyết: mười một trên mười một đồng chí đồng ý."),
            P("Họp xong lúc 10 giờ 15 phút. Biên bản đọc lại cho chi bộ nghe, mọi người nhất trí."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Mùa Thị Sua"], ["BÍ THƯ CHI BỘ", "", "", "Thào A Lử"]),
        ],
        "truth": minute(
            meeting("regular", "2009-04-06", "08:00", "10:15", "nhà văn hóa bản", "CHI BỘ BẢN HÁNG TÀY",
                    "ĐẢNG BỘ XÃ LAO CHẢI"),
            "Thào A Lử", "Bí thư chi bộ", "Mùa Thị Sua",
            attendance(14, 11, 3, 1, 2, 0,
                       [("Giàng A Chu", "đi làm nương xa", True), ("Sùng A Páo", "không có lý do", False),
                        ("Lý Thị Dí", "không báo", False)]),
            True,
            [vote("kết luận tháng 4, giơ tay", for_=11)],
            [],
            ["low_attendance", "missing_assignments", "unexcused_absence"]),
    }],
    "flags": [], "scans": [], "born_digital": True,
})


# =================================================================================================
# a10 — the minute book of a Thái village cell in Sơn La (Chiềng Cọ), July – December 2017: five
# minutes typed on continuously (each after the first starts under the previous signatures); the
# September meeting is typed on with no header of its own; October skipped for the floods; đ/c Lò
# Văn Tiến absent without reason in July, August and November (with a reason in September).
# =================================================================================================
NH_L = ["ĐẢNG BỘ XÃ CHIỀNG CỌ", "CHI BỘ BẢN NÀ HÁT"]
NH_CELL, NH_COMM = "CHI BỘ BẢN NÀ HÁT", "ĐẢNG BỘ XÃ CHIỀNG CỌ"
NH_SIGN = S(["THƯ KÝ", "", "Lò Thị Xiêm"], ["BÍ THƯ", "", "Cầm Văn Panh"])
NH_CHAIR = L("3- Chủ trì: đ/c Cầm Văn Panh – Bí thư chi bộ. Thư ký: đ/c Lò Thị Xiêm.")

DOCS.append({
    "name": "a10-sonla-thai-village-book-jul-dec-2017", "folder": "dev",
    "style": {"family": "dejavu", "size": 10.5, "justify": True, "indent": 20, "spacing": 1.25, "left": 74,
              "right": 56, "top": 60, "head": "Sổ biên bản sinh hoạt Chi bộ bản Nà Hát – năm 2017",
              "head_align": "right", "foot": "- {n} -"},
    "between": 22,
    "minutes": [
        {   # ---- July: Lò Văn Tiến absent without reason
            "blocks": [
                HD(NH_L, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chiềng Cọ, ngày 13 tháng 7 năm 2017"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2017"),
                G(4),
                L("1- Thời gian, địa điểm: 8 giờ 00 ngày 13/7/2017, tại nhà văn hóa bản Nà Hát."),
                L("2- Thành phần: tổng số 16 đảng viên, 01 đồng chí miễn sinh hoạt (đ/c Lò Văn Khằm, 84 tuổi); có "
                  "mặt 14/15; vắng 01: đ/c Lò Văn Tiến (không lý do)."),
                NH_CHAIR,
                L("4- Nội dung:"),
                P("a) Thông tin: Nghị quyết Hội nghị Trung ương 5 khóa XII về phát triển kinh tế tư nhân; kế hoạch "
                  "phòng chống lũ quét, sạt lở đất mùa mưa năm 2017 của Ủy ban nhân dân xã."),
                P("b) Kết quả tháng 6: bản thu hoạch xong 11 ha mận hậu, giá bán thấp hơn năm trước; trồng mới 2 ha "
                  "cà phê; không có trẻ em đuối nước. Tồn tại: đường vào khu sản xuất Co Muổng bị sạt một đoạn; còn "
                  "3 hộ chưa đóng quỹ phòng chống thiên tai."),
                P("c) Nhiệm vụ tháng 7: chủ động phòng chống lũ quét; chăm sóc cà phê, ngô; thu xong quỹ phòng "
                  "chống thiên tai."),
                L("5- Thảo luận: đ/c Quàng Văn Hặc đề nghị làm lại rãnh thoát nước đoạn đường sạt; đ/c Lường Thị "
                  "Ban đề nghị xã giúp tìm đầu ra cho quả mận, không để thương lái ép giá."),
                L("6- Kết luận: đ/c Bí thư kết luận, chi bộ thống nhất coi phòng chống lũ quét là việc cấp bách "
                  "nhất trong tháng 7; đảng viên ở ven suối Nậm La phải nắm chắc hộ nào cần di dời khi có mưa lớn."),
                L("7- Biểu quyết: 14/14 đồng chí nhất trí."),
                L("8- Phân công: đ/c Hoàng Văn Chiến (trưởng bản) huy động dân làm lại rãnh thoát nước đoạn đường "
                  "sạt, xong trước ngày 25/7; Tổ thanh niên xung kích trực ứng cứu khi có mưa lũ."),
                L("Buổi họp kết thúc 10 giờ 00 cùng ngày; biên bản đã đọc lại, chi bộ thông qua."),
                NH_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2017-07-13", "08:00", "10:00", "nhà văn hóa bản Nà Hát", NH_CELL, NH_COMM),
                "Cầm Văn Panh", "Bí thư chi bộ", "Lò Thị Xiêm",
                attendance(16, 14, 1, 0, 1, 1, [("Lò Văn Tiến", "không lý do", False)]),
                True,
                [vote("kết luận tháng 7", for_=14)],
                [task("Hoàng Văn Chiến", "huy động dân làm lại rãnh thoát nước đoạn đường sạt", "25/7"),
                 task("Tổ thanh niên xung kích", "trực ứng cứu", "khi có mưa lũ")],
                ["unexcused_absence"]),
        },
        {   # ---- August: 75 minutes, nobody speaks, no vote, one task inside the conclusion
            "blocks": [
                HD(NH_L, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chiềng Cọ, ngày 10 tháng 8 năm 2017"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2017"),
                G(4),
                L("1- Thời gian, địa điểm: 8 giờ ngày 10/8/2017, tại nhà văn hóa bản Nà Hát."),
                L("2- Thành phần: có mặt 14/15 đảng viên phải dự (đ/c Lò Văn Khằm miễn sinh hoạt); vắng: đ/c Lò "
                  "Văn Tiến, không lý do."),
                NH_CHAIR,
                L("4- Nội dung:"),
                P("Đồng chí Bí thư thông báo: đêm 02 rạng sáng 03/8/2017 lũ quét ở huyện Mường La làm nhiều người "
                  "chết và mất tích; Ủy ban Mặt trận Tổ quốc xã phát động quyên góp ủng hộ. Kết quả tháng 7: bản làm "
                  "xong rãnh thoát nước, không có thiệt hại về người do mưa lũ; thu đủ quỹ phòng chống thiên tai. "
                  "Tháng 8: tiếp tục phòng chống lũ; thu hoạch ngô xuân hè; quyên góp ủng hộ đồng bào Mường La."),
                L("5- Thảo luận: các đồng chí đảng viên nhất trí với báo cáo, không có ý kiến khác."),
                L("6- Kết luận: đ/c Bí thư kết luận: mỗi hộ đảng viên ủng hộ ít nhất một ngày công lao động; giao "
                  "đ/c Lường Thị Ban thu tiền ủng hộ đồng bào Mường La, nộp về Mặt trận xã trước ngày 15/8/2017."),
                L("Họp xong 9 giờ 15 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
                NH_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2017-08-10", "08:00", "09:15", "nhà văn hóa bản Nà Hát", NH_CELL, NH_COMM),
                "Cầm Văn Panh", "Bí thư chi bộ", "Lò Thị Xiêm",
                attendance(16, 14, 1, 0, 1, 1, [("Lò Văn Tiến", "không lý do", False)]),
                True,
                [],
                [task("Lường Thị Ban", "thu tiền ủng hộ đồng bào Mường La, nộp về Mặt trận xã", "15/8/2017")],
                ["missing_vote", "no_discussion", "short_meeting", "unexcused_absence"]),
        },
        {   # ---- September: regular + thematic typed on with no header, 125 minutes, only general calls
            "blocks": [
                C("SINH HOẠT CHI BỘ THÁNG 9 KẾT HỢP CHUYÊN ĐỀ QUÝ III NĂM 2017"),
                C("Chuyên đề: Phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống theo tấm gương đạo "
                  "đức Hồ Chí Minh", bold=False, italic=True),
                G(4),
                L("Ngày 14/9/2017, từ 13 giờ 30 đến 15 giờ 35 phút, tại nhà văn hóa bản. Dự họp 14/15 đảng viên "
                  "phải dự; vắng: đ/c Lò Văn Tiến (nằm viện). Đ/c Cầm Văn Panh – Bí thư chi bộ chủ trì; đ/c Lò Thị "
                  "Xiêm ghi biên bản."),
                P("Phần thường kỳ: tháng 8 chi bộ và nhân dân trong bản quyên góp ủng hộ đồng bào Mường La được "
                  "4.250.000 đồng và 36 ngày công; thu hoạch xong ngô xuân hè. Tháng 9: chăm sóc cà phê, chuẩn bị "
                  "đất trồng rau vụ đông; tổ chức Tết Trung thu cho thiếu nhi."),
                P("Phần chuyên đề: đ/c Tòng Văn Sương, Phó Bí thư, trình bày chuyên đề, liên hệ những biểu hiện suy "
                  "thoái ở cơ sở: ngại sinh hoạt, nói không đi đôi với làm, để người nhà vi phạm hương ước."),
                P("Ý kiến: đ/c Vì Văn Ón nêu có đảng viên để con cháu tổ chức đám cưới linh đình ba ngày, ảnh hưởng "
                  "uy tín chi bộ; đ/c Cầm Thị Hương đề nghị đưa việc tự phê bình theo chuyên đề vào kiểm điểm cuối "
                  "năm."),
                P("Đ/c Bí thư kết luận: chi bộ thống nhất với nội dung chuyên đề; mỗi đảng viên tự liên hệ bản thân, "
                  "viết bản đăng ký làm theo gửi chi ủy; đề nghị toàn thể đảng viên gương mẫu thực hiện hương ước, "
                  "tổ chức việc cưới, việc tang văn minh, tiết kiệm."),
                P("Biểu quyết: 14/14 nhất trí (100%)."),
                P("Kết thúc 15 giờ 35 phút; biên bản đã đọc, chi bộ thông qua."),
                NH_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2017-09-14", "13:30", "15:35", "nhà văn hóa bản", NH_CELL, NH_COMM,
                        topic="Phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống theo tấm gương đạo đức "
                              "Hồ Chí Minh"),
                "Cầm Văn Panh", "Bí thư chi bộ", "Lò Thị Xiêm",
                attendance(16, 14, 1, 1, 0, 1, [("Lò Văn Tiến", "nằm viện", True)]),
                True,
                [vote("nội dung chuyên đề và kết luận", for_=14, pct=100)],
                [],
                ["missing_assignments"]),
        },
        {   # ---- November (October skipped): 12 of 15, opinions straight to the vote, no read-back
            "blocks": [
                HD(NH_L, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chiềng Cọ, ngày 09 tháng 11 năm 2017"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2017"),
                L("(Tháng 10/2017 chi bộ không sinh hoạt được do mưa lớn kéo dài, đường vào bản bị sạt lở.)",
                  italic=True),
                L("1- Thời gian, địa điểm: từ 19 giờ 30 đến 21 giờ 20 ngày 09/11/2017, tại nhà đ/c Cầm Văn Panh "
                  "(nhà văn hóa bản đang sửa mái)."),
                L("2- Thành phần: có mặt 12/15 đảng viên phải dự; vắng 03: đ/c Lò Văn Tiến (không lý do), đ/c "
                  "Lường Văn Pọm (sửa nhà sau lũ, có báo), đ/c Cà Thị Hoa (con ốm)."),
                NH_CHAIR,
                L("4- Nội dung:"),
                P("Đồng chí Bí thư thông tin Hội nghị Trung ương 6 khóa XII về sắp xếp tổ chức bộ máy, tinh giản "
                  "biên chế. Mưa lũ tháng 10 làm sạt 40 mét đường vào bản, tốc mái 04 nhà dân và mái nhà văn hóa; "
                  "bà con đã góp 120 ngày công thông đường. Nhiệm vụ tháng 11: khắc phục hậu quả mưa lũ; trồng rau "
                  "vụ đông; chuẩn bị kiểm điểm, đánh giá đảng viên cuối năm."),
                L("5- Thảo luận:"),
                P("- Đ/c Hoàng Văn Chiến: đề nghị xã hỗ trợ xi măng làm lại đoạn đường sạt, bản sẽ góp công."),
                P("- Đ/c Điêu Thị Ỏn: 04 hộ bị tốc mái đang ở tạm nhà anh em, cần giúp họ trước khi trời rét."),
                P("- Đ/c Tòng Văn Sương: đ/c Lò Văn Tiến vắng nhiều lần không lý do, chi ủy cần gặp để nhắc nhở."),
                L("6- Biểu quyết: chi bộ biểu quyết thông qua nhiệm vụ tháng 11: 12/12 đồng chí tán thành."),
                L("7- Phân công: đ/c Hoàng Văn Chiến lập danh sách hộ bị thiệt hại, đề nghị xã hỗ trợ, xong trước "
                  "20/11/2017; Chi hội Phụ nữ bản vận động góp công lợp lại mái cho 04 hộ bị tốc mái trong tháng "
                  "11."),
                L("Họp kết thúc lúc 21 giờ 20 phút."),
                NH_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2017-11-09", "19:30", "21:20", "nhà đ/c Cầm Văn Panh", NH_CELL, NH_COMM),
                "Cầm Văn Panh", "Bí thư chi bộ", "Lò Thị Xiêm",
                attendance(16, 12, 3, 2, 1, 1,
                           [("Lò Văn Tiến", "không lý do", False), ("Lường Văn Pọm", "sửa nhà sau lũ, có báo", True),
                            ("Cà Thị Hoa", "con ốm", True)]),
                False,
                [vote("nhiệm vụ tháng 11", for_=12)],
                [task("Hoàng Văn Chiến", "lập danh sách hộ bị thiệt hại, đề nghị xã hỗ trợ", "20/11/2017"),
                 task("Chi hội Phụ nữ bản", "vận động góp công lợp lại mái cho 04 hộ bị tốc mái", "tháng 11")],
                ["low_attendance", "missing_conclusion", "not_approved", "unexcused_absence"]),
        },
        {   # ---- December: year-end + thematic Q IV, full attendance, no flag
            "blocks": [
                HD(NH_L, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chiềng Cọ, ngày 14 tháng 12 năm 2017"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2017"),
                C("(kết hợp sinh hoạt chuyên đề quý IV)", bold=False, italic=True),
                L("Chuyên đề: Nêu cao tinh thần trách nhiệm, gương mẫu của đảng viên nơi cư trú", italic=True),
                L("1- Thời gian, địa điểm: 8 giờ 00 đến 10 giờ 30, ngày 14/12/2017, tại nhà văn hóa bản Nà Hát "
                  "(đã lợp lại mái)."),
                L("2- Thành phần: 15/15 đảng viên phải dự có mặt đủ; đ/c Lò Văn Khằm miễn sinh hoạt."),
                NH_CHAIR,
                L("4- Nội dung:"),
                P("a) Kiểm điểm năm 2017: bản hoàn thành 8/9 chỉ tiêu; thu nhập bình quân đạt 21 triệu đồng/người/năm; "
                  "hộ nghèo giảm từ 14 xuống 9 hộ; không có người nghiện mới. Chỉ tiêu chưa đạt: trồng mới cà phê "
                  "mới được 2/5 ha. Chi bộ có 01 đảng viên nhiều lần vắng sinh hoạt không lý do. Công tác phát "
                  "triển đảng viên chưa đạt: cả năm mới kết nạp được 01 đồng chí, chưa có quần chúng ưu tú nào được "
                  "giới thiệu học lớp nhận thức về Đảng."),
                P("b) Chuyên đề: đ/c Tòng Văn Sương trình bày trách nhiệm của đảng viên nơi cư trú: giữ mối liên "
                  "hệ với nhân dân, gương mẫu trong việc đóng góp, giữ gìn đoàn kết dòng họ, thôn bản."),
                P("c) Nhiệm vụ tháng 12 và tháng 01/2018: hoàn thành kiểm điểm, xếp loại đảng viên; trồng rau vụ "
                  "đông; đón Tết Nguyên đán Mậu Tuất vui tươi, an toàn."),
                L("5- Thảo luận:"),
                P("- Đ/c Lò Văn Tiến nhận khuyết điểm đã vắng sinh hoạt nhiều lần không lý do, hứa từ nay đi họp "
                  "đầy đủ."),
                P("- Đ/c Quàng Văn Hặc: đề nghị chi bộ giao chỉ tiêu trồng cà phê cho từng hộ đảng viên ngay từ "
                  "đầu năm."),
                P("- Đ/c Lường Thị Ban: Chi hội Phụ nữ sẽ vận động chị em không đốt pháo, không mua bán pháo dịp "
                  "Tết."),
                P("- Đ/c Vì Văn Ón: năm tới nên sửa hương ước của bản, đưa thêm quy định về việc cưới không quá "
                  "một ngày, không mời cỗ cả bản, ai vi phạm thì bản nhắc nhở trước dân và không xét gia đình văn "
                  "hóa năm đó."),
                L("6- Kết luận của đ/c Bí thư: năm 2017 chi bộ đã lãnh đạo bản vượt qua mưa lũ, giữ vững ổn định; "
                  "chuyên đề quý IV cần được mỗi đảng viên làm theo bằng việc cụ thể ở nơi mình ở. Năm 2018 chi bộ "
                  "tập trung trồng mới cà phê, giảm hộ nghèo và nâng chất lượng sinh hoạt; đảng viên nào vắng "
                  "không lý do phải kiểm điểm trước chi bộ."),
                L("7- Biểu quyết: 15/15 đồng chí tán thành, đạt 100%."),
                L("8- Phân công: đ/c Tòng Văn Sương hoàn thành hồ sơ kiểm điểm, xếp loại đảng viên năm 2017, nộp "
                  "Đảng ủy xã trước 25/12/2017; đ/c Cầm Thị Hương cùng Chi đoàn thanh niên tổ chức đón Tết Dương "
                  "lịch cho thiếu nhi trong bản."),
                L("Họp kết thúc 10 giờ 30. Biên bản đã đọc lại, 15/15 đồng chí nhất trí thông qua."),
                NH_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2017-12-14", "08:00", "10:30", "nhà văn hóa bản Nà Hát", NH_CELL, NH_COMM,
                        topic="Nêu cao tinh thần trách nhiệm, gương mẫu của đảng viên nơi cư trú"),
                "Cầm Văn Panh", "Bí thư chi bộ", "Lò Thị Xiêm",
                attendance(16, 15, 0, 0, 0, 1),
                True,
                [vote("kết luận tháng 12 và chuyên đề quý IV", for_=15, pct=100)],
                [task("Tòng Văn Sương", "hoàn thành hồ sơ kiểm điểm, xếp loại đảng viên năm 2017, nộp Đảng ủy xã",
                      "25/12/2017"),
                 task("Cầm Thị Hương", "cùng Chi đoàn thanh niên tổ chức đón Tết Dương lịch cho thiếu nhi trong bản",
                      None)],
                []),
        },
    ],
    "flags": ["missing_month", "repeated_absence"], "scans": [], "born_digital": True,
})


# =================================================================================================
# a12 — Nam Định (Hải Hậu), an old typewritten minute, September 2008, known only as a pale
# photocopy: "……" left in the number and guest fields, 75 minutes, plan in the passive, "Chi uỷ sẽ
# phân công … sau", no read-back.
# =================================================================================================
DOCS.append({
    "name": "a12-namdinh-haihau-typewriter-2008", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.3, "left": 72,
              "right": 54},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HẢI MINH", "CHI BỘ XÓM 12", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Minh, ngày 18 tháng 9 năm 2008"]),
            G(10),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Kỳ họp tháng 9 năm 2008", bold=False),
            G(8),
            L("Thời gian: từ 19 giờ đến 20 giờ 15 phút, ngày 18/9/2008."),
            L("Địa điểm: nhà văn hoá xóm 12."),
            L("Đảng viên: tổng số 22, có mặt 20, vắng 02 (có lý do)."),
            L("Đại biểu: ……"),
            L("Chủ trì: đồng chí Trần Văn Khuê - Bí thư chi bộ."),
            L("Thư ký: đồng chí Đoàn Thị Nhàn."),
            G(4),
            H("A- THÔNG BÁO"),
            L("Đồng chí Bí thư thông báo Nghị quyết Hội nghị Trung ương 7 khoá X về nông nghiệp, nông dân, nông "
              "thôn; giá phân bón, xăng dầu tăng cao từ đầu năm; Chỉ thị của Huyện uỷ về phòng chống bão lụt năm "
              "2008."),
            H("B- KIỂM ĐIỂM THÁNG 8"),
            L("Lúa mùa sinh trưởng khá, sâu cuốn lá nhỏ lứa 5 phát sinh nhưng đã phun trừ kịp; diêm dân làm "
              "được 310 tấn muối; xóm vận động được 14 hộ làm nhà tắm, hố xí hợp vệ sinh. Tồn tại: còn 6 hộ nợ "
              "thuỷ lợi phí; một đoạn đê quai Cồn Tròn bị sạt chưa đắp lại."),
            H("C- NHIỆM VỤ THÁNG 9, THÁNG 10"),
            L("Thu hoạch nhanh lúa mùa khi chín; chuẩn bị đất làm vụ đông; đoạn đê quai bị sạt phải được đắp lại "
              "trước mùa bão; vận động nộp thuỷ lợi phí; tổ chức Tết Trung thu cho các cháu."),
            H("D- Ý KIẾN"),
            L("Đ/c Vũ Văn Thược: giá phân bón cao, nên hướng dẫn bà con bón cân đối, tăng phân chuồng ủ."),
            L("Đ/c Phạm Thị Hợi: đề nghị hợp tác xã cho nợ tiền giống vụ đông đến sau Tết."),
            H("E- KẾT LUẬN"),
            L("Đ/c Bí thư tóm lại: tháng 9, tháng 10 chi bộ tập trung chỉ đạo gặt lúa mùa và làm vụ đông, không "
              "để đất trống; phải đắp xong đê quai trước mùa bão. Chi uỷ sẽ phân công cụ thể cho từng đảng viên "
              "sau."),
            L("Chi bộ nhất trí 100%."),
            L("Họp kết thúc 20 giờ 15."),
            S(["THƯ KÝ", "", "", "Đoàn Thị Nhàn"], ["BÍ THƯ", "", "", "Trần Văn Khuê"]),
        ],
        "truth": minute(
            meeting("regular", "2008-09-18", "19:00", "20:15", "nhà văn hoá xóm 12", "CHI BỘ XÓM 12",
                    "ĐẢNG BỘ XÃ HẢI MINH"),
            "Trần Văn Khuê", "Bí thư chi bộ", "Đoàn Thị Nhàn",
            attendance(22, 20, 2, 2, 0, 0),
            True,
            [vote("kết luận tháng 9", pct=100)],
            [],
            ["missing_assignments", "not_approved", "short_meeting", "unfilled_template"]),
    }],
    "flags": [], "born_digital": False,
    "scans": [{"name": "a12-namdinh-haihau-typewriter-2008-photocopy-75min", "folder": "dev",
               "damage": "photocopy", "seed": 1312, "dpi": 250}],
})


# =================================================================================================
# a13 — Lai Châu (Tam Đường), the printed form of a regular + thematic meeting, August 2023, known
# only as a moderate scan: "Kết luận của chủ trì:" left empty, guest field dotted, 10:45 – 12:30
# (105 minutes against the 120-minute bar).
# =================================================================================================
DOCS.append({
    "name": "a13-laichau-tamduong-combined-form-2023", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 0, "spacing": 1.25, "left": 80,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ BẢN GIANG", "CHI BỘ BẢN NÀ ĐON", "Số: 08-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bản Giang, ngày 19 tháng 8 năm 2023"]),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2023"),
            C("Chuyên đề: Chủ động phòng, chống thiên tai, sạt lở đất trong mùa mưa lũ", bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu: 10 giờ 45 phút; kết thúc: 12 giờ 30 phút, ngày 19/8/2023."),
            L("2. Địa điểm: Nhà văn hóa bản Nà Đon."),
            L("3. Đảng viên: tổng số 18; miễn sinh hoạt 01; có mặt 16; vắng 01 (đồng chí Tẩn Văn Phin, đi làm thuê "
              "ở Lào Cai, có báo)."),
            L("4. Đại biểu dự: ……"),
            L("5. Chủ trì: đồng chí Lò Văn Inh – Bí thư chi bộ; thư ký: đồng chí Tẩn Thị Chiêm."),
            H("II. NỘI DUNG"),
            L("1. Đánh giá tháng 7, nhiệm vụ tháng 8:"),
            P("Tháng 7 bản thu hoạch xong chè vụ hè, giá chè búp tươi 6.000 – 7.000 đồng/kg; 100% trẻ 5 tuổi được "
              "ra lớp mẫu giáo; không có hộ tái nghèo. Tháng 8: chăm sóc lúa mùa; tiếp tục làm đường bê tông nội "
              "bản theo chương trình nông thôn mới; chuẩn bị khai giảng năm học mới.", indent=22),
            L("2. Chuyên đề:"),
            P("Đồng chí Lò Văn Pằn, trưởng bản, trình bày: phía sau bản có 03 điểm có nguy cơ sạt lở, 11 hộ sống "
              "dưới chân taluy; mưa lớn đêm 05/8 đã làm sạt một đoạn mương; đề nghị chi bộ lãnh đạo việc di dời "
              "và trực phòng chống thiên tai.", indent=22),
            L("3. Ý kiến thảo luận:"),
            P("- Đồng chí Hoàng Thị Dung: các hộ dưới taluy phần lớn là hộ nghèo, cần xin hỗ trợ tiền làm nhà "
              "mới.", indent=22),
            P("- Đồng chí Sần Văn Chúng: đề nghị cắm biển cảnh báo và dọn rãnh thoát nước ở cả 03 điểm.", indent=22),
            L("4. Kết luận của chủ trì:"),
            L("5. Biểu quyết: tán thành 16/16; không tán thành: 0; ý kiến khác: 0."),
            L("6. Phân công nhiệm vụ:"),
            P("- Đồng chí Lò Văn Pằn lập phương án di dời 11 hộ dưới chân taluy, trình Ủy ban nhân dân xã trước "
              "31/8/2023.", indent=22),
            P("- Tổ xung kích phòng chống thiên tai của bản trực, kiểm tra các điểm nguy cơ sạt lở mỗi khi có mưa "
              "lớn.", indent=22),
            H("III. KẾT THÚC"),
            L("Buổi sinh hoạt kết thúc lúc 12 giờ 30 phút cùng ngày. Biên bản đã được đọc lại và thông qua trước "
              "chi bộ."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Tẩn Thị Chiêm"],
              ["BÍ THƯ", "(Ký, ghi rõ họ tên)", "", "Lò Văn Inh"]),
        ],
        "truth": minute(
            meeting("regular", "2023-08-19", "10:45", "12:30", "Nhà văn hóa bản Nà Đon", "CHI BỘ BẢN NÀ ĐON",
                    "ĐẢNG BỘ XÃ BẢN GIANG",
                    topic="Chủ động phòng, chống thiên tai, sạt lở đất trong mùa mưa lũ"),
            "Lò Văn Inh", "Bí thư chi bộ", "Tẩn Thị Chiêm",
            attendance(18, 16, 1, 1, 0, 1, [("Tẩn Văn Phin", "đi làm thuê ở Lào Cai, có báo", True)]),
            False,
            [vote("nội dung sinh hoạt tháng 8 và chuyên đề", for_=16, against=0, abstain=0)],
            [task("Lò Văn Pằn", "lập phương án di dời 11 hộ dưới chân taluy, trình Ủy ban nhân dân xã", "31/8/2023"),
             task("Tổ xung kích phòng chống thiên tai của bản", "trực, kiểm tra các điểm nguy cơ sạt lở",
                  "mỗi khi có mưa lớn")],
            ["missing_conclusion", "short_meeting", "unfilled_template"]),
    }],
    "flags": [], "born_digital": False,
    "scans": [{"name": "a13-laichau-tamduong-combined-form-2023-moderate-105min", "folder": "dev",
               "damage": "moderate", "seed": 1313, "dpi": 200}],
})
