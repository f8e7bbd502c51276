"""Fourth held-out set, author E (dev share, files `e01-…` … `e12-…`): minutes from the South, the Mekong
delta, the Central Highlands and the South-Central coast, written by hand with their truth labels.

Written without reading the extractor (extract/**), the generator (samples/generator/**), the benchmark code
or the wording of any earlier held-out set; only the block/truth helpers of samples/heldout2/minutes.py are
imported. Rendered with samples/heldout2/make.py (`build`). Do not copy these sentences into the generator
or into tests, and do not tune the extractor on them beyond what the dev/ rules of the set allow.

Contents (file → what varies → expected flags):
e01-binhduong-kcn-company-table-clean → Bình Dương industrial-zone electronics company; Liberation Sans 11.5,
justified, "Trang n/N" at the foot, 2 pages; "Vào lúc …"; guest; "I.–VI." capital headings; opinions in
indirect speech ("cho rằng", "băn khoăn … và hỏi", "giải trình", "kiến nghị", "đồng tình … lưu ý"); numbered
conclusion; vote by show of hands "15/15 … đạt 100%"; ruled task table with the assignee column first
("STT | Người thực hiện | Nội dung công việc | Thời hạn"), two people in one cell, a group, "Chi ủy",
"Tháng 5/2025", "Hằng tháng" → no flag.
e02-binhphuoc-rubber-thematic-unexcused → Bình Phước rubber plantation (S'tiêng names "Điểu …", "Thị Bích");
Serif 13 justified; thematic "QUÝ II/2025" + "Về việc: …" topic line; "1- … 5-" fields and "a) … đ)" parts;
2 exempt named; "Dự họp: 20/22"; one absentee "(không xin phép)"; "Có 4 ý kiến tham gia" with opinions through
a role only ("Đồng chí Tổ trưởng tổ cạo số 3", "Đồng chí Bí thư Chi đoàn nông trường"), "Anh …", "Chị …";
"không tán thành: không có; ý kiến khác: không có"; tasks in one "Phân công:" paragraph incl. a passive one
("được giao"), "suốt vụ cạo năm 2025" → unexcused_absence.
e03-baclieu-fishing-hamlet-short-not-approved → Bạc Liêu fishing hamlet (ấp); DejaVu Serif 12, one dense page,
"– " run-in parts; opinions as quoted speech by "Đ/c …", "Chị …" and "Ông … (Ba Nghĩa)" with an answer;
"nhất trí 18/18"; tasks in prose ("Giao đ/c …", "Chị … lo …", "Tổ an ninh ấp …"), deadline "chuyến biển
tới"; "Họp xong lúc 19 giờ 40" (70 min), no read-back → short_meeting, not_approved.
e04-soctrang-khmer-hamlet-no-discussion-no-vote → Sóc Trăng Khmer hamlet; Serif 14, no headings at all; date
and counts in words; "Chủ tọa"; a guest; only unnamed opinions ("có ý kiến đề nghị …"); a conclusion but no
vote; minutes "nhất trí thông qua" (not a vote); Sen Đôn Ta festival task with a date in words
→ no_discussion, missing_vote.
e05-daklak-ede-village-form-unfilled → Đắk Lắk Ê Đê village near a Protestant congregation; printed form
"Số: ……-BB/CB", absentee names left as "……", "(Ký, ghi rõ họ tên)" under both signatures; counts only;
named opinions incl. a teknonym "(Ama Khang)"; "Tán thành: 15/15; không tán thành: 0; ý kiến khác: 0"; only
a general call to all members → unfilled_template, missing_assignments.
e06-ninhthuan-school-combined-two-votes-clean → Ninh Thuận high school, Chăm names; regular + thematic in
150 min ("từ 14 giờ 00 đến 16 giờ 30"); "Chủ đề: …" topic line; "PHẦN A./B."; a ruled **table of
opinions** ("TT | Người phát biểu | Nội dung ý kiến"); two votes (conclusion 20/20, full member 17/17 official
members); "+ Đ/c X: …" tasks, one shared by two people; running head on page 2, "- n -" foot → no flag.
e07-cantho-health-centre-low-no-conclusion → Cần Thơ district health centre; Sans 12.5 ragged; "Bắt đầu:
16h30, ngày 17-6-2025"; degrees before names (BS., ĐD., ThS.BS., KTV., BSCKI.); four absentees on "1) … 4)"
lines, one is the Bí thư, so the deputy presides ("Điều hành:"); Q&A ("Hỏi (đ/c …)" / "Trả lời (đ/c …)");
tasks with "phụ trách", "được phân công", a group; the direction is voted but no chair's conclusion
→ low_attendance, missing_conclusion.
e08-vungtau-customs-passive-clean → Bà Rịa–Vũng Tàu port customs branch; DejaVu Serif 12 ragged;
"Hồi 15 giờ 00 phút ngày 05.12.2024"; one exempt; "Chủ tọa"/"Thư ký hội nghị"; "Có 05 ý kiến phát biểu"
with a role-first speaker, "nhấn mạnh", "Ý kiến của đồng chí …", "trao đổi thêm", "đồng tình"; "Thay mặt chi
ủy … kết luận"; "tán thành 14/15 đồng chí (đạt 93,3%); không tán thành: không; ý kiến khác: 01"; passive tasks
("được giao", "được phân công", "chịu trách nhiệm"), "chậm nhất ngày", "trước Tết Nguyên đán" → no flag.
e09-gialai-commune-police-ranks-clean → Gia Lai commune police, Jrai names; ranks before names (also in the
signatures); "Quân số đảng viên: 11/12"; guest "Dự và chỉ đạo:"; "A.–D." headings; every task inside the
conclusion ("giao Đại úy …; Thượng úy …; Thượng sĩ … cùng trưởng làng …; Tổ Cảnh sát khu vực …"),
"mỗi tối cuối tuần" → no flag.
e10-bentre-coconut-coop-book-jan-may-2025 → **book**: Bến Tre coconut cooperative, 5 minutes (15/01, 14/02
combined, 10/04, 12/05, 28/05 thematic) typed on continuously, every minute after the first starting mid-page;
running head on every page, "- n -" foot; March missing; đ/c Đoàn Văn Út absent without reason in Feb, Apr and
May. Per minute: —; short_meeting + unexcused_absence (combined, 100 min); missing_assignments +
unexcused_absence; missing_vote + unexcused_absence; — (thematic, 95 min, task table "Nội dung | Người, bộ
phận thực hiện | Thời gian hoàn thành") → book: missing_month, repeated_absence.
e11-binhduong-kcn-scan-clean → clean 300 dpi scan of e01 → as e01.
e12-cantho-health-scan-photocopy → photocopy scan of e07 at 250 dpi → as e07.

Labelling decisions where the READMEs are silent (on top of samples/README.md and the heldout/heldout2/heldout3
"Labelling choices"):
- `cell` / `party_committee` are the header lines as written (upper case, "CHI BỘ …" / "ĐẢNG BỘ …",
  "ĐẢNG ỦY …" kept); a name split over two header lines is joined with one space.
- `topic` drops the label in front of it ("Về việc:", "Chủ đề:", "Chuyên đề:") and the quotation marks around
  it (e10 February).
- An opinion attributed only through a role ("Đồng chí Tổ trưởng tổ cạo số 3 cho biết …") is a recorded
  member's opinion; so are opinions of people named without "đồng chí" ("Anh …", "Chị …", "Ông …"), and those
  written in a ruled table of opinions (e06). "Có ý kiến đề nghị …" with nobody named is not (e04).
- Assignees are named as written but without "anh"/"chị"/ranks/degrees ("anh Huỳnh Văn Tấn" → "Huỳnh Văn
  Tấn"); a task with no time expression ("lo quà Tết cho người lao động") has deadline null. Deadlines drop
  the word in front ("trước ngày 25 tháng Chạp" → "25 tháng Chạp", "xong trước chuyến biển tới" → "chuyến biển
  tới", "trước Tết" → "Tết", "vào mỗi tối cuối tuần" → "mỗi tối cuối tuần", "đến hết hè" → "hết hè", "trong
  tháng tám" → "tháng tám"); a table cell is taken as written ("Tháng 5/2025").
- "Chi bộ sẽ gặp, nhắc nhở đồng chí X" (e10 April) is not an assignment; "Chi ủy hoàn chỉnh hồ sơ …" is.
- The truth `conclusion` is a bool (the contract and the set tests require it): true iff the chair's
  conclusion exists. A vote on the month's direction with no conclusion (e07) is a resolution.
- "không tán thành: không có; ý kiến khác: không có" → against 0, abstain 0; "tán thành 13; không tán thành 0;
  không biểu quyết 0" → 13 / 0 / 0; "nhất trí 18/18" and "12/12 đồng ý" → `for` only.
- A named absentee whose reason was left as a form's dots does not exist (e05: names "……", counts only →
  empty absentee list); "con ốm, có xin phép", "nghỉ chế độ thai sản" are excused; "không xin phép",
  "không báo lý do", "không có lý do" unexcused.
- e06: the vote on recognising a full member counts the official members present (18 official, the one
  absentee is official → 17/17), as in heldout2.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


# e01 — Bình Dương industrial-zone company: clean regular minute over two pages, indirect speech, a guest,
# a task table with the assignee column first. Its clean 300 dpi scan is e11.
_E01_CELL = "CHI BỘ CÔNG TY TNHH ĐIỆN TỬ MINH VIỆT"
_E01_TASK_COLS = [(0.08, "STT", "c"), (0.27, "Người thực hiện", "l"), (0.45, "Nội dung công việc", "l"),
                  (0.20, "Thời hạn", "l")]
DOCS.append({
    "name": "e01-binhduong-kcn-company-table-clean",
    "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "spacing": 1.3, "justify": True, "indent": 22, "left": 72,
              "right": 56, "foot": "Trang {n}/{N}", "para_gap": 2.5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY CÁC KHU CÔNG NGHIỆP", "CHI BỘ CÔNG TY TNHH", "ĐIỆN TỬ MINH VIỆT", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Uyên, ngày 21 tháng 3 năm 2025"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2025"),
            G(6),
            P("Vào lúc 16 giờ 30 phút, ngày 21/3/2025, tại phòng họp tầng 2, nhà điều hành Công ty, Chi bộ Công ty "
              "TNHH Điện tử Minh Việt tiến hành sinh hoạt thường kỳ tháng 3 năm 2025."),
            H("Thành phần tham dự:"),
            L("- Tổng số đảng viên của chi bộ: 16 đồng chí (chính thức 14, dự bị 02).", hang=9),
            L("- Có mặt: 15 đồng chí. Vắng: 01 đồng chí – đ/c Phạm Quốc Huy (đi công tác tại nhà máy Long An, "
              "có báo cáo).", hang=9),
            L("- Khách mời: đồng chí Lê Thị Mỹ Duyên, Đảng ủy viên Đảng ủy các Khu công nghiệp, phụ trách chi bộ.",
              hang=9),
            L("- Chủ trì: đồng chí Trần Văn Khải – Bí thư Chi bộ, Phó Giám đốc sản xuất.", hang=9),
            L("- Thư ký: đồng chí Nguyễn Thị Ngọc Hân – Chi ủy viên, Trưởng phòng Hành chính – Nhân sự.", hang=9),
            H("I. THÔNG TIN THỜI SỰ, PHỔ BIẾN VĂN BẢN CẤP TRÊN"),
            P("Đồng chí Nguyễn Thị Ngọc Hân thông tin tóm tắt tình hình kinh tế – xã hội của tỉnh quý I/2025; quán "
              "triệt Kế hoạch của Đảng ủy các Khu công nghiệp về sắp xếp, tinh gọn tổ chức bộ máy và Hướng dẫn của "
              "Công đoàn các Khu công nghiệp về tổ chức Tháng Công nhân năm 2025."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 3/2025"),
            P("Đồng chí Bí thư trình bày dự thảo báo cáo. Về sản xuất, Công ty hoàn thành 104% kế hoạch sản lượng "
              "bo mạch điều khiển, giao hàng đúng hạn cho hai khách hàng Nhật Bản; tỷ lệ hàng lỗi toàn nhà máy "
              "1,2%, riêng dây chuyền số 3 còn 1,9%. Về công tác đảng, 16/16 đảng viên đã nộp bản cam kết tu "
              "dưỡng, rèn luyện năm 2025; chi bộ giới thiệu 02 quần chúng ưu tú (Bùi Thị Thanh Tâm, Tổ QC; Lương "
              "Văn Được, Tổ bảo trì) tham dự lớp bồi dưỡng nhận thức về Đảng. Công đoàn và Chi đoàn phối hợp tổ "
              "chức chương trình “Chuyến xe mùa xuân” đưa 126 công nhân về quê ăn Tết."),
            P("Hạn chế: sau Tết có 47 công nhân nghỉ việc, chủ yếu ở bộ phận lắp ráp; một số đảng viên trẻ chưa "
              "tham gia đầy đủ sinh hoạt của Chi đoàn; việc ghi chép sổ tay đảng viên còn sơ sài."),
            H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 4/2025"),
            P("Tập trung giảm tỷ lệ hàng lỗi dây chuyền số 3 xuống dưới 1,5%; ổn định lực lượng lao động, tuyển bù "
              "40 công nhân; hưởng ứng Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động; hoàn thiện "
              "hồ sơ 02 quần chúng ưu tú sau khi học xong lớp nhận thức về Đảng."),
            H("IV. THẢO LUẬN"),
            P("Đồng chí Võ Thành Nhân (Trưởng bộ phận SMT) cho rằng tỷ lệ lỗi ở dây chuyền số 3 chủ yếu do máy gắn "
              "linh kiện đã quá hạn bảo trì định kỳ, phụ tùng thay thế phải chờ nhập khẩu; đề nghị chi bộ kiến nghị "
              "Ban Giám đốc cho dự trữ sẵn một số đầu hút và băng tải."),
            P("Đồng chí Huỳnh Thị Kim Thoa, Chủ tịch Công đoàn cơ sở, băn khoăn về việc nhiều công nhân trẻ nghỉ "
              "việc sau Tết và hỏi Công ty đã có chính sách gì để giữ chân người lao động. Đồng chí Trần Văn Khải "
              "giải trình: từ tháng 4, Công ty tăng phụ cấp nhà trọ thêm 200.000 đồng/người/tháng và mở lại tuyến "
              "xe đưa rước Tân Uyên – Bắc Tân Uyên."),
            P("Đồng chí Đặng Minh Triết, Bí thư Chi đoàn, kiến nghị chi bộ giao Chi đoàn tổ chức ngày hội hiến máu "
              "và giải bóng đá công nhân để thanh niên gắn bó với Công ty. Đồng chí Lê Thị Mỹ Duyên đồng tình, đồng "
              "thời lưu ý chi bộ phải làm tốt công tác tạo nguồn phát triển đảng viên trong công nhân trực tiếp "
              "sản xuất."),
            H("V. KẾT LUẬN VÀ BIỂU QUYẾT"),
            P("Đồng chí chủ trì tóm tắt các ý kiến và kết luận:"),
            L("1. Chi bộ thống nhất với báo cáo kết quả tháng 3 và phương hướng tháng 4/2025, tiếp thu các ý kiến "
              "đóng góp của đảng viên và đồng chí khách mời.", hang=14),
            L("2. Ưu tiên xử lý dứt điểm lỗi dây chuyền số 3; bảo đảm vật tư dự phòng cho công tác bảo trì.", hang=14),
            L("3. Phối hợp Công đoàn, Chi đoàn chăm lo đời sống công nhân, giữ ổn định lực lượng lao động; làm tốt "
              "công tác tạo nguồn kết nạp đảng viên.", hang=14),
            P("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay: 15/15 đồng chí có mặt tán thành, đạt "
              "100%."),
            H("VI. PHÂN CÔNG THỰC HIỆN"),
            T(_E01_TASK_COLS, [
                ["1", "Đ/c Võ Thành Nhân", "Chủ trì rà soát quy trình bảo trì máy gắn linh kiện dây chuyền số 3, "
                 "đề xuất danh mục vật tư dự phòng", "Trước 10/4/2025"],
                ["2", "Đ/c Huỳnh Thị Kim Thoa, đ/c Đặng Minh Triết", "Nắm tình hình công nhân nghỉ việc, đề xuất "
                 "giải pháp giữ chân người lao động", "Tháng 4/2025"],
                ["3", "Chi đoàn Công ty", "Tổ chức ngày hội hiến máu tình nguyện và giải bóng đá công nhân",
                 "Tháng 5/2025"],
                ["4", "Chi ủy", "Hoàn thiện hồ sơ đề nghị kết nạp 02 quần chúng ưu tú", "Quý II/2025"],
                ["5", "Đ/c Trần Văn Khải", "Theo dõi việc chi trả phụ cấp nhà trọ và tuyến xe đưa rước công nhân",
                 "Hằng tháng"],
            ]),
            P("Buổi sinh hoạt kết thúc lúc 18 giờ 20 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các đồng "
              "chí dự họp nhất trí với nội dung biên bản."),
            S(["THƯ KÝ", "", "", "", "Nguyễn Thị Ngọc Hân"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Trần Văn Khải"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-21", "16:30", "18:20", "phòng họp tầng 2, nhà điều hành Công ty",
                    _E01_CELL, "ĐẢNG ỦY CÁC KHU CÔNG NGHIỆP"),
            "Trần Văn Khải", "Bí thư Chi bộ", "Nguyễn Thị Ngọc Hân",
            attendance(16, 15, 1, 1, 0, 0,
                       [("Phạm Quốc Huy", "đi công tác tại nhà máy Long An, có báo cáo", True)],
                       [("Lê Thị Mỹ Duyên", "Đảng ủy viên Đảng ủy các Khu công nghiệp, phụ trách chi bộ")]),
            True,
            [vote("Thông qua kết luận sinh hoạt tháng 3/2025", 15, None, None, 100)],
            [task("Võ Thành Nhân", "Chủ trì rà soát quy trình bảo trì máy gắn linh kiện dây chuyền số 3, đề xuất "
                  "danh mục vật tư dự phòng", "10/4/2025"),
             task("Huỳnh Thị Kim Thoa", "Nắm tình hình công nhân nghỉ việc, đề xuất giải pháp giữ chân người lao "
                  "động", "Tháng 4/2025"),
             task("Đặng Minh Triết", "Nắm tình hình công nhân nghỉ việc, đề xuất giải pháp giữ chân người lao "
                  "động", "Tháng 4/2025"),
             task("Chi đoàn Công ty", "Tổ chức ngày hội hiến máu tình nguyện và giải bóng đá công nhân",
                  "Tháng 5/2025"),
             task("Chi ủy", "Hoàn thiện hồ sơ đề nghị kết nạp 02 quần chúng ưu tú", "Quý II/2025"),
             task("Trần Văn Khải", "Theo dõi việc chi trả phụ cấp nhà trọ và tuyến xe đưa rước công nhân",
                  "Hằng tháng")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "e11-binhduong-kcn-scan-clean", "folder": "dev", "damage": "clean", "seed": 4111,
               "dpi": 300}],
    "born_digital": True,
})


# e02 — Bình Phước rubber plantation: thematic meeting with a "Về việc:" topic, exempt members, one absentee
# "không xin phép", opinions through roles and "Anh/Chị", all tasks in one paragraph.
DOCS.append({
    "name": "e02-binhphuoc-rubber-thematic-unexcused",
    "folder": "dev",
    "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "indent": 30, "left": 78,
              "right": 52},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY CÔNG TY CAO SU TÂN LẬP", "CHI BỘ NÔNG TRƯỜNG 4", "*", "Số: 07-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bù Đăng, ngày 14 tháng 5 năm 2025"]),
            G(4),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ II/2025"),
            C("Về việc: Nâng cao ý thức trách nhiệm của đảng viên trong bảo vệ vườn cây và tài sản của nông "
              "trường", bold=False, italic=True),
            G(4),
            L("1- Thời gian: Bắt đầu 7h30, ngày 14/5/2025."),
            L("2- Địa điểm: Hội trường Nông trường 4, ấp Sơn Hòa, xã Đức Liễu."),
            L("3- Thành phần:"),
            P("Chi bộ có 24 đảng viên, trong đó 02 đồng chí được miễn sinh hoạt (đ/c Điểu Rông và đ/c Nguyễn Văn "
              "Thơm, tuổi cao, sức yếu). Dự họp: 20/22 đồng chí phải sinh hoạt. Vắng 02 đồng chí: đ/c Điểu Thị Hương "
              "(nghỉ chế độ thai sản) và đ/c Lâm Văn Tèo (không xin phép)."),
            P("Chủ trì: đồng chí Điểu Minh Thắng – Bí thư chi bộ, Giám đốc Nông trường. Ghi biên bản: đồng chí "
              "Hoàng Thị Thu Trang."),
            L("4- Nội dung:"),
            P("a) Đồng chí chủ trì nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề: mỗi đảng viên nhận rõ trách "
              "nhiệm của mình trong giữ gìn vườn cây, mủ và tài sản của nông trường, nhất là giai đoạn đầu vụ cạo "
              "mới."),
            P("b) Đồng chí Vi Văn Hùng, chi ủy viên, trình bày báo cáo chuyên đề. Năm 2024 toàn nông trường xảy ra "
              "11 vụ trộm cắp mủ, 02 vụ cháy thực bì ở lô 27 và lô 31, thiệt hại khoảng 3,5 ha cây tái canh; vẫn "
              "còn tình trạng cạo phạm, cạo sâu, để miệng cạo bị khô. Nguyên nhân: một số tổ chưa tuần tra thường "
              "xuyên, công nhân mới chưa được kèm cặp; có đảng viên ngại va chạm, thấy sai nhưng không báo. Báo cáo "
              "đề ra bốn nhóm giải pháp: tăng cường tuần tra các lô giáp ranh; kèm cặp tay nghề; mỗi đảng viên nhận "
              "theo dõi một lô; xử lý nghiêm các vi phạm."),
            P("c) Thảo luận. Có 4 ý kiến tham gia, cụ thể:"),
            L("+ Đồng chí Tổ trưởng tổ cạo số 3 cho biết tổ có 05 công nhân mới, tay nghề còn yếu, thường cạo phạm "
              "vào gỗ; đề nghị nông trường cho thợ bậc cao xuống kèm trực tiếp tại lô.", hang=14),
            L("+ Anh Trịnh Quốc Bảo, đội trưởng đội bảo vệ, phản ánh các đối tượng trộm mủ thường ra tay khoảng 2–3 "
              "giờ sáng, lúc công nhân chưa vào lô; đề xuất lắp thêm đèn và phối hợp Công an xã tuần tra ban đêm.",
              hang=14),
            L("+ Đồng chí Bí thư Chi đoàn nông trường đề nghị thành lập đội thanh niên xung kích phòng cháy, mỗi "
              "tuần phát dọn đường băng cản lửa một lần.", hang=14),
            L("+ Chị Thị Bích (tổ cạo số 5) hỏi về chế độ bồi dưỡng độc hại cho công nhân phun thuốc trị nấm; đồng "
              "chí Giám đốc trả lời sẽ đề xuất Công ty xem xét trong quý III.", hang=14),
            P("d) Kết luận. Đồng chí Điểu Minh Thắng kết luận: chi bộ thống nhất với báo cáo chuyên đề; mỗi đảng viên "
              "đăng ký theo dõi ít nhất một lô cây, công khai danh sách tại bảng tin nông trường; không để xảy ra "
              "cháy vườn cây trong mùa khô tới; kiên quyết xử lý công nhân, kể cả đảng viên, vi phạm quy trình "
              "cạo."),
            P("Biểu quyết: 20/20 đồng chí tán thành; không tán thành: không có; ý kiến khác: không có."),
            P("đ) Phân công: đ/c Vi Văn Hùng hoàn chỉnh bản cam kết tu dưỡng, rèn luyện của từng đảng viên theo "
              "chuyên đề, trình chi ủy trước ngày 30/5; đ/c Nguyễn Văn Sang (Tổ trưởng tổ cạo số 3) chịu trách "
              "nhiệm kèm cặp 05 công nhân mới đạt tay nghề, xong trong quý III/2025; đ/c Trịnh Quốc Bảo cùng đội "
              "bảo vệ tuần tra các lô giáp ranh, lập biên bản mọi trường hợp trộm cắp mủ, suốt vụ cạo năm 2025. "
              "Chi đoàn nông trường được giao thành lập đội thanh niên xung kích phòng cháy, hoàn thành trước "
              "15/6/2025."),
            L("5- Buổi sinh hoạt chuyên đề kết thúc vào lúc 9 giờ 45 phút cùng ngày. Biên bản được thông qua trước "
              "chi bộ, 20/20 đồng chí nhất trí."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Hoàng Thị Thu Trang"], ["CHỦ TRÌ", "", "", "Điểu Minh Thắng"]),
        ],
        "truth": minute(
            meeting("thematic", "2025-05-14", "07:30", "09:45", "Hội trường Nông trường 4, ấp Sơn Hòa, xã Đức Liễu",
                    "CHI BỘ NÔNG TRƯỜNG 4", "ĐẢNG ỦY CÔNG TY CAO SU TÂN LẬP",
                    topic="Nâng cao ý thức trách nhiệm của đảng viên trong bảo vệ vườn cây và tài sản của nông "
                          "trường"),
            "Điểu Minh Thắng", "Bí thư chi bộ", "Hoàng Thị Thu Trang",
            attendance(24, 20, 2, 1, 1, 2,
                       [("Điểu Thị Hương", "nghỉ chế độ thai sản", True),
                        ("Lâm Văn Tèo", "không xin phép", False)]),
            True,
            [vote("Thông qua nội dung chuyên đề và kết luận", 20, 0, 0, None)],
            [task("Vi Văn Hùng", "hoàn chỉnh bản cam kết tu dưỡng, rèn luyện của từng đảng viên theo chuyên đề, "
                  "trình chi ủy", "30/5"),
             task("Nguyễn Văn Sang", "kèm cặp 05 công nhân mới đạt tay nghề", "quý III/2025"),
             task("Trịnh Quốc Bảo", "cùng đội bảo vệ tuần tra các lô giáp ranh, lập biên bản mọi trường hợp trộm "
                  "cắp mủ", "suốt vụ cạo năm 2025"),
             task("Chi đoàn nông trường", "thành lập đội thanh niên xung kích phòng cháy", "15/6/2025")],
            ["unexcused_absence"]),
    }],
    "flags": [],
    "scans": [],
    "born_digital": True,
})


# e03 — Bạc Liêu fishing hamlet: one dense page, quoted speech, Southern usage, 70 minutes, never read back.
DOCS.append({
    "name": "e03-baclieu-fishing-hamlet-short-not-approved",
    "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "spacing": 1.22, "justify": True, "indent": 20, "left": 66,
              "right": 50, "top": 48, "para_gap": 1.5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ VĨNH THỊNH", "CHI BỘ ẤP CÁI CÙNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Thịnh, ngày 08 tháng 9 năm 2024"]),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ", size=13),
            C("Tháng 9 năm 2024", bold=False),
            G(4),
            P("Hôm nay, ngày 08 tháng 9 năm 2024, lúc 18 giờ 30, tại nhà văn hóa ấp Cái Cùng, Chi bộ ấp họp thường "
              "kỳ tháng 9. Chi bộ có 19 đảng viên, hiện diện 18; vắng đ/c Tô Văn Mến (đi biển chưa về). Đ/c Quách "
              "Thanh Liêm, Bí thư chi bộ kiêm Trưởng ấp, chủ trì; đ/c Lý Thị Bé Tư làm thư ký."),
            P("– Tình hình tháng 8: Ghe lưới của bà con ra khơi được 3 chuyến, sản lượng cá cơm, ruốc khá nhưng giá "
              "dầu tăng nên lãi ít. Ấp vận động được 14 hộ gắn thiết bị giám sát hành trình cho tàu từ 15 mét trở "
              "lên, còn 06 hộ chưa gắn. Đường bê tông ra bến ghe đã làm xong 600 mét. Có 01 vụ đánh nhau sau tiệc "
              "cưới, Công an xã đã giải quyết."),
            P("– Nhiệm vụ tháng 9: Vận động 06 hộ còn lại gắn thiết bị giám sát hành trình, không để tàu cá vi "
              "phạm vùng biển nước ngoài (chống khai thác IUU); chuẩn bị phòng chống bão, áp thấp nhiệt đới; lo "
              "tập vở, áo trắng cho học sinh nghèo vào năm học mới."),
            P("– Ý kiến của đảng viên:"),
            P("Đ/c Huỳnh Văn Lộc (tổ hợp tác khai thác số 2): “Anh em ghe lưới đang kẹt tiền dầu, có hộ phải vay "
              "nóng. Đề nghị chi bộ kiến nghị xã làm việc với ngân hàng chính sách cho bà con vay ưu đãi.”"),
            P("Chị Trần Thị Mỹ Lệ, Chi hội trưởng Phụ nữ: “Chị em ở nhà phơi tôm khô, làm mắm ruốc nhưng bán lẻ, "
              "không có nhãn mác. Chị xin ấp cho mượn nhà văn hóa mở lớp, mời cán bộ huyện về chỉ cách đóng gói.”"),
            P("Ông Nguyễn Văn Nghĩa (Ba Nghĩa) hỏi 06 hộ chưa gắn thiết bị thì xử lý ra sao. Đ/c Bí thư trả lời: ấp "
              "sẽ tới từng nhà vận động, hộ nào cố tình không gắn thì báo Đồn Biên phòng không cho xuất bến."),
            P("Đ/c Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 9 như đã nêu; trọng tâm là chống khai thác IUU "
              "và lo vốn cho bà con đi biển. Chi bộ biểu quyết nhất trí 18/18."),
            P("Giao đ/c Huỳnh Văn Lộc lập danh sách các hộ ghe lưới cần vay vốn, gửi Ủy ban nhân dân xã trước ngày "
              "15/9. Chị Trần Thị Mỹ Lệ lo mở lớp đóng gói mắm ruốc cho chị em, xong trong tháng 10. Đ/c Quách "
              "Thanh Liêm cùng Đồn Biên phòng vận động 06 hộ còn lại gắn thiết bị giám sát hành trình, xong trước "
              "chuyến biển tới. Tổ an ninh ấp tuần tra bến ghe ban đêm, thường xuyên."),
            P("Họp xong lúc 19 giờ 40 cùng ngày."),
            S(["THƯ KÝ", "", "", "Lý Thị Bé Tư"], ["CHỦ TRÌ", "", "", "Quách Thanh Liêm"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-08", "18:30", "19:40", "nhà văn hóa ấp Cái Cùng", "CHI BỘ ẤP CÁI CÙNG",
                    "ĐẢNG BỘ XÃ VĨNH THỊNH"),
            "Quách Thanh Liêm", "Bí thư chi bộ", "Lý Thị Bé Tư",
            attendance(19, 18, 1, 1, 0, 0, [("Tô Văn Mến", "đi biển chưa về", True)]),
            True,
            [vote("Thống nhất nhiệm vụ tháng 9/2024", 18, None, None, None)],
            [task("Huỳnh Văn Lộc", "lập danh sách các hộ ghe lưới cần vay vốn, gửi Ủy ban nhân dân xã", "15/9"),
             task("Trần Thị Mỹ Lệ", "mở lớp đóng gói mắm ruốc cho chị em", "tháng 10"),
             task("Quách Thanh Liêm", "cùng Đồn Biên phòng vận động 06 hộ còn lại gắn thiết bị giám sát hành trình",
                  "chuyến biển tới"),
             task("Tổ an ninh ấp", "tuần tra bến ghe ban đêm", "thường xuyên")],
            ["not_approved", "short_meeting"]),
    }],
    "flags": [],
    "scans": [],
    "born_digital": True,
})


# e04 — Sóc Trăng Khmer hamlet: no headings, date and counts in words, only unnamed opinions, a conclusion
# that is never voted; the minutes themselves are approved (not a vote).
DOCS.append({
    "name": "e04-soctrang-khmer-hamlet-no-discussion-no-vote",
    "folder": "dev",
    "style": {"family": "serif", "size": 14, "spacing": 1.25, "justify": False, "indent": 36, "left": 82,
              "right": 50, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ LAI HÒA", "CHI BỘ ẤP PRÂY NÔP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lai Hòa, ngày 12 tháng 7 năm 2024"], size=12.5),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=15),
            C("(Kỳ họp tháng Bảy năm 2024)", bold=False, italic=True),
            G(6),
            P("Hôm nay, ngày mười hai tháng bảy năm hai nghìn không trăm hai mươi bốn, hồi 14 giờ, tại nhà sinh "
              "hoạt cộng đồng ấp Prây Nôp, Chi bộ ấp Prây Nôp tiến hành sinh hoạt thường kỳ tháng bảy."),
            P("Tổng số đảng viên của chi bộ là mười bốn đồng chí; có mặt mười ba đồng chí; vắng một đồng chí có lý "
              "do (đồng chí Thạch Sô Phết bị bệnh, đang điều trị tại Bệnh viện Đa khoa tỉnh)."),
            P("Dự họp có đồng chí Danh Thị Mỹ Kha, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã, phụ trách địa bàn "
              "ấp."),
            P("Chủ tọa: đồng chí Lâm Thị Sa Ri, Bí thư Chi bộ, Trưởng ấp. Thư ký: đồng chí Sơn Văn Chanh Đa."),
            P("Mở đầu, đồng chí Sơn Văn Chanh Đa thông tin một số tin thời sự trong tỉnh; phổ biến Kế hoạch của Ủy "
              "ban nhân dân thị xã về tổ chức Lễ Sen Đôn Ta năm 2024 và chủ trương hỗ trợ nông dân luân canh cây "
              "hành tím với cây màu."),
            P("Đồng chí Bí thư báo cáo tình hình tháng sáu: bà con thu hoạch xong vụ hành tím, năng suất khá nhưng "
              "giá chỉ còn từ 9.000 đến 11.000 đồng một ký, nhiều hộ chỉ hòa vốn; ấp đã xét, đề nghị xã hỗ trợ sửa "
              "chữa 03 căn nhà cho hộ nghèo; 100% học sinh của ấp được công nhận tốt nghiệp trung học cơ sở; lớp "
              "dạy chữ Khmer trong hè tại chùa Prây Nôp khai giảng được 42 em. Tồn tại là còn 02 hộ cho con nghỉ "
              "học đi làm thuê ở Bình Dương, kênh nội đồng bị bồi lắng chưa được nạo vét."),
            P("Nhiệm vụ tháng tám: vận động 02 hộ đưa con trở lại trường; phối hợp nhà chùa chuẩn bị Lễ Sen Đôn Ta; "
              "hướng dẫn bà con vay vốn chuyển sang trồng dưa hấu, bắp trên đất hành; giữ gìn an ninh trật tự trong "
              "mùa lễ."),
            P("Chi bộ thảo luận sôi nổi. Các ý kiến đều thống nhất với báo cáo; có ý kiến đề nghị xã sớm nạo vét "
              "kênh nội đồng trước mùa mưa, có ý kiến lo giá hành tím năm sau tiếp tục xuống thấp, đề nghị có đầu "
              "ra ổn định cho bà con."),
            P("Đồng chí chủ tọa kết luận: báo cáo đã phản ánh đúng tình hình của ấp; tháng tám tập trung ba việc: "
              "không để học sinh bỏ học, tổ chức Lễ Sen Đôn Ta an toàn, tiết kiệm, và giúp bà con chuyển đổi cây "
              "trồng."),
            P("Sau đó chi bộ phân công: đồng chí Sơn Văn Chanh Đa phối hợp với Ban quản trị chùa Prây Nôp chuẩn bị "
              "Lễ Sen Đôn Ta, xong trước ngày 15 tháng 9 năm 2024; đồng chí Thạch Thị Sa Rươne, Chi hội trưởng Phụ "
              "nữ, vận động hội viên đăng ký vay vốn trồng màu, trong tháng tám; Chi đoàn ấp tiếp tục duy trì lớp "
              "dạy chữ Khmer đến hết hè."),
            P("Cuộc họp kết thúc lúc 16 giờ 15 phút cùng ngày. Biên bản được đọc lại cho chi bộ nghe và được nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "", "", "Sơn Văn Chanh Đa"], ["CHỦ TỌA", "", "", "Lâm Thị Sa Ri"]),
        ],
        "truth": minute(
            meeting("regular", "2024-07-12", "14:00", "16:15", "nhà sinh hoạt cộng đồng ấp Prây Nôp",
                    "CHI BỘ ẤP PRÂY NÔP", "ĐẢNG BỘ XÃ LAI HÒA"),
            "Lâm Thị Sa Ri", "Bí thư Chi bộ", "Sơn Văn Chanh Đa",
            attendance(14, 13, 1, 1, 0, 0,
                       [("Thạch Sô Phết", "bị bệnh, đang điều trị tại Bệnh viện Đa khoa tỉnh", True)],
                       [("Danh Thị Mỹ Kha", "Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã, phụ trách địa bàn ấp")]),
            True,
            [],
            [task("Sơn Văn Chanh Đa", "phối hợp với Ban quản trị chùa Prây Nôp chuẩn bị Lễ Sen Đôn Ta",
                  "15 tháng 9 năm 2024"),
             task("Thạch Thị Sa Rươne", "vận động hội viên đăng ký vay vốn trồng màu", "tháng tám"),
             task("Chi đoàn ấp", "tiếp tục duy trì lớp dạy chữ Khmer", "hết hè")],
            ["missing_vote", "no_discussion"]),
    }],
    "flags": [],
    "scans": [],
    "born_digital": True,
})


# e05 — Đắk Lắk Ê Đê village: a printed form with dots and "(Ký, ghi rõ họ tên)" left in place, counts only,
# named opinions, a vote, but only a general call instead of tasks.
DOCS.append({
    "name": "e05-daklak-ede-village-form-unfilled",
    "folder": "dev",
    "style": {"family": "serif", "size": 12, "spacing": 1.25, "justify": True, "indent": 0, "left": 74,
              "right": 54, "top": 48, "bottom": 42, "para_gap": 1.2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ CƯ ÊBUR", "CHI BỘ BUÔN KRÔNG A", "*", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cư Êbur, ngày 26 tháng 10 năm 2024"]),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10 NĂM 2024"),
            G(6),
            L("1. Thời gian: Bắt đầu lúc 19 giờ 00 phút, ngày 26/10/2024; kết thúc lúc 21 giờ 00 phút."),
            L("2. Địa điểm: Nhà văn hóa cộng đồng buôn Krông A."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên: 17 đồng chí; miễn sinh hoạt: 01 đồng chí.", indent=18, hang=26),
            L("- Có mặt: 15 đồng chí; vắng: 01 đồng chí (có lý do: 01; không lý do: 0).", indent=18, hang=26),
            L("- Họ và tên đảng viên vắng mặt: ……", indent=18, hang=26),
            L("4. Chủ trì: đồng chí Y Kông Niê – Bí thư chi bộ."),
            L("5. Thư ký: đồng chí H'Nhí Mlô."),
            L("6. Nội dung sinh hoạt:"),
            L("a) Thông tin thời sự: đồng chí Y Kông Niê thông báo kết quả Hội nghị lần thứ mười Ban Chấp hành "
              "Trung ương Đảng khóa XIII; tình hình giá cà phê tăng cao và tình trạng trộm cắp cà phê trên địa bàn "
              "thành phố.", indent=18, hang=18),
            L("b) Đánh giá kết quả tháng 10: bà con trong buôn bắt đầu thu hái cà phê, giá cà phê nhân xô khoảng "
              "110.000 đồng/kg; xảy ra 03 vụ trộm cà phê tươi tại rẫy, đã báo Công an xã; Chi hội Tin Lành của "
              "buôn sinh hoạt tôn giáo đúng nơi đăng ký, không phát sinh vấn đề phức tạp; còn 04 học sinh nghỉ học "
              "theo cha mẹ đi hái cà phê thuê.", indent=18, hang=18),
            L("c) Phương hướng tháng 11: bảo vệ cà phê mùa thu hoạch; vận động 04 học sinh trở lại lớp; chuẩn bị "
              "Ngày hội Đại đoàn kết toàn dân tộc ở buôn; phối hợp Chi hội Tin Lành giữ gìn an ninh dịp Lễ Giáng "
              "sinh.", indent=18, hang=18),
            L("d) Ý kiến thảo luận:", indent=18, hang=18),
            L("- Đồng chí Y Blô Êban: đề nghị buôn lập tổ tự quản canh rẫy ban đêm, mỗi tổ 5 hộ liền kề, có số điện "
              "thoại của Công an xã.", indent=30, hang=40),
            L("- Đồng chí H'Mai Ktla: Chi hội Phụ nữ đã đến nhà 04 học sinh nghỉ học, cha mẹ hứa sau mùa hái sẽ cho "
              "con đi học lại; đề nghị nhà trường cho các em học bù.", indent=30, hang=40),
            L("- Đồng chí Y Khang Byă (Ama Khang), trưởng buôn: nhà văn hóa bị dột, cần sửa trước ngày hội; các mục "
              "sư của Chi hội Tin Lành đồng ý cùng buôn tổ chức ngày hội chung.", indent=30, hang=40),
            L("e) Kết luận của chủ trì: Chi bộ thống nhất phương hướng tháng 11; tập trung bảo vệ cà phê mùa thu "
              "hoạch, vận động 04 học sinh trở lại lớp, tổ chức Ngày hội Đại đoàn kết toàn dân tộc vui tươi, đoàn "
              "kết giữa bà con theo đạo và không theo đạo.", indent=18, hang=18),
            L("g) Biểu quyết: Tán thành: 15/15; không tán thành: 0; ý kiến khác: 0.", indent=18, hang=18),
            L("h) Phân công thực hiện: Đề nghị các đồng chí đảng viên căn cứ nhiệm vụ được giao, tổ chức thực hiện "
              "tốt kết luận của chi bộ; mỗi đảng viên phải gương mẫu, vận động gia đình và bà con trong buôn cùng "
              "thực hiện.", indent=18, hang=18),
            L("7. Biên bản kết thúc lúc 21 giờ 00 phút cùng ngày, đã đọc lại cho chi bộ nghe và được thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "H'Nhí Mlô"], ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Y Kông Niê"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-26", "19:00", "21:00", "Nhà văn hóa cộng đồng buôn Krông A",
                    "CHI BỘ BUÔN KRÔNG A", "ĐẢNG BỘ XÃ CƯ ÊBUR"),
            "Y Kông Niê", "Bí thư chi bộ", "H'Nhí Mlô",
            attendance(17, 15, 1, 1, 0, 1),
            True,
            [vote("Thông qua kết luận và phương hướng tháng 11/2024", 15, 0, 0, None)],
            [],
            ["missing_assignments", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [],
    "born_digital": True,
})


# e06 — Ninh Thuận high school: regular + thematic in 150 minutes, a ruled table of opinions, two votes
# (conclusion; recognising a full member), "+ Đ/c X:" tasks, running head on page 2.
_E06_OPINION_COLS = [(0.07, "TT", "c"), (0.31, "Người phát biểu", "l"), (0.62, "Nội dung ý kiến", "l")]
DOCS.append({
    "name": "e06-ninhthuan-school-combined-two-votes-clean",
    "folder": "dev",
    "style": {"family": "serif", "size": 13, "spacing": 1.35, "justify": True, "indent": 28, "left": 80,
              "right": 55, "head": "Biên bản sinh hoạt chi bộ tháng 11/2024 – Trường THPT Phước Hậu",
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN NINH PHƯỚC", "CHI BỘ TRƯỜNG THPT", "PHƯỚC HẬU", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ninh Phước, ngày 16 tháng 11 năm 2024"], bold_left=(1, 2)),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
            C("Chủ đề: Đảng viên – giáo viên gương mẫu đổi mới phương pháp dạy học, giữ gìn bản sắc văn hóa Chăm "
              "trong nhà trường", bold=False, italic=True),
            G(6),
            L("- Thời gian: từ 14 giờ 00 đến 16 giờ 30, thứ Bảy ngày 16/11/2024.", hang=10),
            L("- Địa điểm: Phòng Hội đồng nhà trường.", hang=10),
            L("- Tổng số đảng viên: 21 đồng chí (chính thức 18, dự bị 03). Có mặt: 20 đồng chí. Vắng: 01 đồng chí – "
              "đ/c Đàng Thị Kim Liên, đi tập huấn chuyên môn tại Sở Giáo dục và Đào tạo.", hang=10),
            L("- Chủ trì: ThS. Quảng Đại Thành – Bí thư Chi bộ, Hiệu trưởng.", hang=10),
            L("- Thư ký: Đ/c Lưu Thị Hoà – Chi ủy viên, Tổ trưởng tổ Ngữ văn.", hang=10),
            H("PHẦN A. SINH HOẠT THƯỜNG KỲ"),
            H("1. Thông tin, quán triệt"),
            P("Đồng chí Bí thư quán triệt Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường phòng, chống đuối nước "
              "cho học sinh trong mùa mưa lũ; thông tin kết quả Kỳ họp thứ 8, Quốc hội khóa XV liên quan đến ngành "
              "giáo dục."),
            H("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 10/2024"),
            P("Nhà trường duy trì sĩ số 1.128 học sinh, tỷ lệ chuyên cần 98,6%; hoàn thành kiểm tra giữa học kỳ I "
              "theo hình thức tự luận kết hợp trắc nghiệm; 12/12 tổ chuyên môn sinh hoạt theo nghiên cứu bài học. "
              "Chi bộ đã hoàn thành hồ sơ đề nghị xét công nhận đảng viên chính thức cho đồng chí Châu Thị Mai "
              "Thy. Hạn chế: kết quả giữa kỳ môn Toán khối 10 thấp, 31% học sinh dưới trung bình; việc cập nhật "
              "phần mềm quản lý học sinh ở một số lớp còn chậm."),
            H("3. Nhiệm vụ tháng 11/2024"),
            P("Tổ chức tốt các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11; phụ đạo học sinh yếu; chuẩn bị "
              "kiểm tra cuối học kỳ I; thực hiện quy trình xét công nhận đảng viên chính thức."),
            H("PHẦN B. SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Hán Văn Lợi, Phó Bí thư chi bộ, trình bày chuyên đề. Trường có 46% học sinh là người Chăm, "
              "nhiều em còn hạn chế khi đọc hiểu đề bài bằng tiếng Việt; đảng viên là giáo viên phải đi đầu đổi mới "
              "phương pháp, dạy học gắn với đời sống của các em, đồng thời đưa các giá trị văn hóa Chăm (làng gốm "
              "Bàu Trúc, nghề dệt Mỹ Nghiệp, lễ hội Katê) vào hoạt động trải nghiệm."),
            P("Ý kiến thảo luận của đảng viên được ghi tóm tắt như sau:"),
            T(_E06_OPINION_COLS, [
                ["1", "Đ/c Phú Thị Ngọc Yến (Tổ Toán)", "Kết quả môn Toán khối 10 thấp vì học sinh ở các thôn Chăm "
                 "còn lúng túng khi đọc đề; đề nghị giáo viên Toán soạn thêm phiếu bài tập có hình minh họa."],
                ["2", "Đ/c Thông Thị Hạnh (Tổ Ngoại ngữ)", "Đề xuất mời nghệ nhân làng gốm Bàu Trúc về nói chuyện "
                 "với học sinh; đưa lễ hội Katê vào chủ đề hoạt động trải nghiệm khối 11."],
                ["3", "Đ/c Trượng Văn Lực (Bí thư Đoàn trường)", "Đoàn trường sẵn sàng tổ chức hội thi tìm hiểu văn "
                 "hóa Chăm; đề nghị chi bộ hỗ trợ kinh phí giải thưởng."],
                ["4", "Đ/c Lưu Thị Hoà", "Cần phân công đảng viên kèm cặp giáo viên trẻ mới ra trường soạn kế hoạch "
                 "bài dạy theo hướng phát triển năng lực."],
            ]),
            H("Kết luận"),
            P("Đồng chí Bí thư tóm tắt, kết luận:"),
            L("a) Thống nhất đánh giá kết quả tháng 10 và nhiệm vụ tháng 11/2024.", indent=20, hang=36),
            L("b) Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để đổi mới phương pháp dạy học trong học kỳ I; "
              "tổ Toán ưu tiên nâng chất lượng khối 10.", indent=20, hang=36),
            L("c) Đưa nội dung văn hóa Chăm vào hoạt động trải nghiệm, phối hợp Đoàn trường tổ chức hội thi.",
              indent=20, hang=36),
            H("Biểu quyết"),
            L("- Biểu quyết thông qua kết luận của chi bộ: tán thành 20/20, đạt 100%.", hang=10),
            L("- Biểu quyết đề nghị công nhận đảng viên chính thức đối với đồng chí Châu Thị Mai Thy (kết nạp ngày "
              "03/11/2023): 17/17 đảng viên chính thức có mặt tán thành (100%).", hang=10),
            H("Phân công thực hiện"),
            L("+ Đ/c Quảng Đại Thành: chỉ đạo các tổ chuyên môn xây dựng kế hoạch bài dạy theo hướng phát triển năng "
              "lực, kiểm tra xong trước ngày 20/12/2024.", hang=12),
            L("+ Đ/c Phú Thị Ngọc Yến và đ/c Bá Minh Tuấn: phụ đạo học sinh yếu môn Toán khối 10 vào chiều thứ Năm, "
              "thực hiện hằng tuần.", hang=12),
            L("+ Đ/c Lưu Thị Hoà: hướng dẫn đồng chí Châu Thị Mai Thy hoàn thiện hồ sơ, nộp Ban Tổ chức Huyện ủy "
              "trước 30/11/2024.", hang=12),
            L("+ Đ/c Trượng Văn Lực: phối hợp với tổ Ngoại ngữ tổ chức hội thi tìm hiểu văn hóa Chăm cho học sinh, "
              "trong tháng 12/2024.", hang=12),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút. Biên bản được thư ký đọc lại, toàn thể đảng viên dự họp "
              "thống nhất thông qua."),
            S(["THƯ KÝ", "", "", "", "Lưu Thị Hoà"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Quảng Đại Thành"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-16", "14:00", "16:30", "Phòng Hội đồng nhà trường",
                    "CHI BỘ TRƯỜNG THPT PHƯỚC HẬU", "ĐẢNG BỘ HUYỆN NINH PHƯỚC",
                    topic="Đảng viên – giáo viên gương mẫu đổi mới phương pháp dạy học, giữ gìn bản sắc văn hóa "
                          "Chăm trong nhà trường"),
            "Quảng Đại Thành", "Bí thư Chi bộ", "Lưu Thị Hoà",
            attendance(21, 20, 1, 1, 0, 0,
                       [("Đàng Thị Kim Liên", "đi tập huấn chuyên môn tại Sở Giáo dục và Đào tạo", True)]),
            True,
            [vote("Thông qua kết luận của chi bộ", 20, None, None, 100),
             vote("Đề nghị công nhận đảng viên chính thức đối với đồng chí Châu Thị Mai Thy", 17, None, None, 100)],
            [task("Quảng Đại Thành", "chỉ đạo các tổ chuyên môn xây dựng kế hoạch bài dạy theo hướng phát triển "
                  "năng lực", "20/12/2024"),
             task("Phú Thị Ngọc Yến", "phụ đạo học sinh yếu môn Toán khối 10 vào chiều thứ Năm", "hằng tuần"),
             task("Bá Minh Tuấn", "phụ đạo học sinh yếu môn Toán khối 10 vào chiều thứ Năm", "hằng tuần"),
             task("Lưu Thị Hoà", "hướng dẫn đồng chí Châu Thị Mai Thy hoàn thiện hồ sơ, nộp Ban Tổ chức Huyện ủy",
                  "30/11/2024"),
             task("Trượng Văn Lực", "phối hợp với tổ Ngoại ngữ tổ chức hội thi tìm hiểu văn hóa Chăm cho học sinh",
                  "tháng 12/2024")],
            []),
    }],
    "flags": [],
    "scans": [],
    "born_digital": True,
})


# e07 — Cần Thơ health centre: four absentees (the Bí thư among them), the deputy presides, degrees before
# names, Q&A, the direction voted but no chair's conclusion. Its photocopy scan is e12.
DOCS.append({
    "name": "e07-cantho-health-centre-low-no-conclusion",
    "folder": "dev",
    "style": {"family": "sans", "size": 12.5, "spacing": 1.3, "justify": False, "indent": 0, "left": 74,
              "right": 58, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY TRUNG TÂM Y TẾ", "QUẬN NINH KIỀU", "CHI BỘ KHOA KHÁM BỆNH", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ninh Kiều, ngày 17 tháng 6 năm 2025"], bold_left=(2,), size=11),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 6 NĂM 2025", size=13.5),
            G(6),
            L("Bắt đầu: 16h30, ngày 17-6-2025."),
            L("Địa điểm: Phòng giao ban Khoa Khám bệnh."),
            L("Đảng viên trong chi bộ: 19. Có mặt: 15. Vắng: 04, gồm:"),
            L("1) BS. Trần Ngọc Bảo Châu – trực cấp cứu;", indent=22),
            L("2) ĐD. Nguyễn Thị Thu Cúc – nghỉ phép năm;", indent=22),
            L("3) ThS.BS. Lý Hoàng Nam, Bí thư chi bộ – đi học chuyên khoa II tại TP. Hồ Chí Minh;", indent=22,
              hang=40),
            L("4) KTV. Hồ Thị Bích Ngân – con ốm, có xin phép.", indent=22),
            L("Điều hành: BSCKI. Dương Minh Trí – Phó Bí thư chi bộ, Phó Trưởng khoa."),
            L("Ghi biên bản: ĐD. Phan Thị Kiều Oanh."),
            H("1. Thông tin"),
            P("Đ/c Dương Minh Trí thông tin tình hình sốt xuất huyết trên địa bàn thành phố: từ đầu năm đến nay ghi "
              "nhận 612 ca, tăng 18% so với cùng kỳ; phổ biến công văn của Sở Y tế về sử dụng căn cước công dân gắn "
              "chip, ứng dụng VNeID thay thẻ bảo hiểm y tế giấy khi khám bệnh."),
            H("2. Kết quả công tác tháng 6/2025 (tính đến ngày 15/6)"),
            P("Khoa tiếp nhận 14.370 lượt khám, bình quân 650 lượt/ngày; 92% người bệnh khám bảo hiểm y tế bằng căn "
              "cước công dân. Thời gian chờ khám trung bình giảm từ 48 xuống 39 phút. Khảo sát hài lòng người bệnh "
              "ngoại trú đạt 91,4%. Hạn chế: giờ cao điểm 7h00–9h00 quầy tiếp nhận còn ùn ứ; có 02 phản ánh qua "
              "đường dây nóng về thái độ giao tiếp của nhân viên bảo vệ."),
            H("3. Nhiệm vụ tháng 7/2025"),
            P("Giảm thời gian chờ khám xuống dưới 35 phút; mở thêm 01 quầy tiếp nhận giờ cao điểm; tăng cường truyền "
              "thông phòng chống sốt xuất huyết; chấn chỉnh giao tiếp, ứng xử theo quy tắc ứng xử của ngành."),
            H("4. Thảo luận"),
            P("Hỏi (đ/c Huỳnh Thị Tuyết Mai): Mở thêm quầy tiếp nhận thì lấy nhân lực ở đâu, trong khi khoa đang "
              "thiếu 02 điều dưỡng?"),
            P("Trả lời (đ/c Dương Minh Trí): Khoa đề nghị Ban Giám đốc điều động tạm 01 điều dưỡng của Khoa Y học cổ "
              "truyền trong giờ cao điểm; đồng thời hướng dẫn người bệnh tự đăng ký khám qua ứng dụng."),
            P("Đ/c Võ Văn Lành bổ sung: nhiều người bệnh lớn tuổi không dùng được điện thoại thông minh, nên bố trí "
              "sinh viên tình nguyện đứng hướng dẫn ở sảnh."),
            P("Đ/c Trần Thị Thanh Trúc nêu ý kiến: cần nhắc nhở đơn vị bảo vệ thuê ngoài, vì 02 phản ánh vừa qua đều "
              "liên quan đến nhân viên của đơn vị này."),
            H("5. Phân công"),
            L("- Đ/c Huỳnh Thị Tuyết Mai phụ trách sắp xếp lại khu vực tiếp nhận và quầy thứ hai, xong trước "
              "01/7/2025.", hang=10),
            L("- Đ/c Võ Văn Lành được phân công liên hệ Đoàn trường Đại học Y Dược Cần Thơ bố trí sinh viên tình "
              "nguyện hướng dẫn người bệnh, trong tháng 7/2025.", hang=10),
            L("- Đ/c Trần Thị Thanh Trúc theo dõi, tổng hợp phản ánh qua đường dây nóng, báo cáo chi bộ hằng tháng.",
              hang=10),
            L("- Tổ Điều dưỡng hướng dẫn người bệnh sử dụng căn cước công dân gắn chip và VNeID khi khám bảo hiểm y "
              "tế, thường xuyên.", hang=10),
            P("Chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng 7/2025: 15/15 đồng chí tán thành."),
            P("Cuộc họp kết thúc lúc 18h05 cùng ngày. Biên bản được đọc lại và thông qua tại cuộc họp."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "ĐD. Phan Thị Kiều Oanh"],
              ["CHỦ TRÌ", "", "", "BSCKI. Dương Minh Trí"]),
        ],
        "truth": minute(
            meeting("regular", "2025-06-17", "16:30", "18:05", "Phòng giao ban Khoa Khám bệnh",
                    "CHI BỘ KHOA KHÁM BỆNH", "ĐẢNG ỦY TRUNG TÂM Y TẾ QUẬN NINH KIỀU"),
            "Dương Minh Trí", "Phó Bí thư chi bộ", "Phan Thị Kiều Oanh",
            attendance(19, 15, 4, 4, 0, 0,
                       [("Trần Ngọc Bảo Châu", "trực cấp cứu", True),
                        ("Nguyễn Thị Thu Cúc", "nghỉ phép năm", True),
                        ("Lý Hoàng Nam", "đi học chuyên khoa II tại TP. Hồ Chí Minh", True),
                        ("Hồ Thị Bích Ngân", "con ốm, có xin phép", True)]),
            False,
            [vote("Thông qua phương hướng, nhiệm vụ tháng 7/2025", 15, None, None, None)],
            [task("Huỳnh Thị Tuyết Mai", "sắp xếp lại khu vực tiếp nhận và quầy thứ hai", "01/7/2025"),
             task("Võ Văn Lành", "liên hệ Đoàn trường Đại học Y Dược Cần Thơ bố trí sinh viên tình nguyện hướng dẫn "
                  "người bệnh", "tháng 7/2025"),
             task("Trần Thị Thanh Trúc", "theo dõi, tổng hợp phản ánh qua đường dây nóng, báo cáo chi bộ",
                  "hằng tháng"),
             task("Tổ Điều dưỡng", "hướng dẫn người bệnh sử dụng căn cước công dân gắn chip và VNeID khi khám bảo "
                  "hiểm y tế", "thường xuyên")],
            ["low_attendance", "missing_conclusion"]),
    }],
    "flags": [],
    "scans": [{"name": "e12-cantho-health-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 4112,
               "dpi": 250}],
    "born_digital": True,
})


# e08 — Bà Rịa–Vũng Tàu customs branch: one exempt member, five opinions introduced by a count, a vote with a
# dissent in percent with a comma, passive and "chịu trách nhiệm" tasks, "trước Tết Nguyên đán".
DOCS.append({
    "name": "e08-vungtau-customs-passive-clean",
    "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "spacing": 1.32, "justify": False, "indent": 24, "left": 74,
              "right": 54, "para_gap": 2.5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CỤC HẢI QUAN", "TỈNH BÀ RỊA – VŨNG TÀU", "CHI BỘ CHI CỤC HẢI QUAN",
                "CỬA KHẨU CẢNG CÁI MÉP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Mỹ, ngày 05 tháng 12 năm 2024"], bold_left=(2, 3), size=10.5),
            G(6),
            C("BIÊN BẢN"),
            C("HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG 12 NĂM 2024"),
            G(6),
            P("Hồi 15 giờ 00 phút ngày 05.12.2024, tại Hội trường Chi cục, Chi bộ Chi cục Hải quan cửa khẩu cảng Cái "
              "Mép tổ chức hội nghị thường kỳ tháng 12/2024."),
            H("I. THÀNH PHẦN"),
            P("1. Đảng viên: tổng số 16 đồng chí, trong đó miễn sinh hoạt 01 đồng chí (đ/c Mai Văn Thuận, đang điều "
              "trị bệnh dài ngày). Có mặt 15/15 đồng chí phải sinh hoạt, đạt 100%."),
            P("2. Chủ tọa: đồng chí Phạm Thanh Tùng, Bí thư chi bộ, Chi cục trưởng."),
            P("3. Thư ký: đồng chí Lê Hoàng Yến Nhi, đảng viên, công chức Đội Thủ tục hàng hóa xuất nhập khẩu."),
            H("II. NỘI DUNG"),
            P("1. Đồng chí chủ tọa quán triệt Kế hoạch của Đảng ủy Cục về kiểm điểm, đánh giá, xếp loại chất lượng "
              "tổ chức đảng và đảng viên năm 2024; Chỉ thị của Tổng cục Hải quan về đấu tranh chống buôn lậu, gian "
              "lận thương mại dịp cuối năm và Tết Nguyên đán Ất Tỵ 2025."),
            P("2. Đồng chí Nguyễn Thị Hồng Nhung, Phó Bí thư chi bộ, báo cáo kết quả 11 tháng: Chi cục làm thủ tục "
              "cho 412.600 tờ khai, kim ngạch xuất nhập khẩu đạt 31,8 tỷ USD; thu ngân sách 9.870 tỷ đồng, đạt "
              "103,2% chỉ tiêu được giao; phát hiện 17 vụ vi phạm, trong đó 02 vụ khai sai xuất xứ hàng thép. Thời "
              "gian thông quan trung bình của hàng luồng xanh dưới 2 giờ. Hạn chế: hệ thống máy soi container có "
              "lúc gián đoạn; hồ sơ một số doanh nghiệp ưu tiên chưa được rà soát định kỳ."),
            P("3. Thảo luận. Có 05 ý kiến phát biểu:"),
            L("- Đồng chí Đội trưởng Đội Kiểm soát hải quan (Trương Văn Đạt) nêu thực tế các đường dây buôn lậu "
              "thuốc lá, pháo nổ qua container quá cảnh đang có chiều hướng tăng; đề nghị bố trí thêm lực lượng trực "
              "24/24 giờ tại bến số 3.", indent=16, hang=26),
            L("- Đồng chí Nguyễn Thị Hồng Nhung nhấn mạnh yêu cầu rà soát 23 doanh nghiệp ưu tiên trước kỳ đánh "
              "giá lại của Tổng cục, tránh để doanh nghiệp vi phạm vẫn được hưởng chế độ ưu tiên.", indent=16,
              hang=26),
            L("- Ý kiến của đồng chí Đinh Công Sơn (Tổ Công nghệ thông tin): hệ thống VNACCS đôi lúc nghẽn vào những "
              "ngày cuối tháng, cần có phương án đường truyền dự phòng.", indent=16, hang=26),
            L("- Đồng chí Lê Hoàng Yến Nhi trao đổi thêm về việc hướng dẫn doanh nghiệp khai báo điện tử chứng nhận "
              "xuất xứ mẫu mới.", indent=16, hang=26),
            L("- Đồng chí Võ Thị Ngọc Ánh đồng tình với báo cáo, đề nghị chi bộ sớm có kế hoạch thăm hỏi đồng chí Mai "
              "Văn Thuận.", indent=16, hang=26),
            H("III. KẾT LUẬN"),
            P("Thay mặt chi ủy, đồng chí chủ tọa kết luận: chi bộ thống nhất với báo cáo 11 tháng và nhiệm vụ tháng "
              "cuối năm; tập trung ba việc trọng tâm: một là, tăng cường kiểm soát chống buôn lậu dịp cao điểm cuối "
              "năm; hai là, rà soát toàn bộ doanh nghiệp ưu tiên; ba là, hoàn thành kiểm điểm, đánh giá, xếp loại "
              "đảng viên đúng tiến độ, đúng thực chất."),
            P("Biểu quyết: tán thành 14/15 đồng chí (đạt 93,3%); không tán thành: không; ý kiến khác: 01 đồng chí."),
            H("IV. TỔ CHỨC THỰC HIỆN"),
            P("Đồng chí Trương Văn Đạt được giao xây dựng kế hoạch kiểm soát cao điểm chống buôn lậu dịp cuối năm, "
              "trình Chi cục trưởng chậm nhất ngày 15/12/2024."),
            P("Đồng chí Nguyễn Thị Hồng Nhung được phân công chủ trì rà soát hồ sơ 23 doanh nghiệp ưu tiên, hoàn "
              "thành trước Tết Nguyên đán."),
            P("Đồng chí Đinh Công Sơn chịu trách nhiệm xây dựng phương án đường truyền dự phòng, bảo đảm hệ thống "
              "vận hành thông suốt; thực hiện thường xuyên."),
            P("Chi ủy hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2024, báo cáo Đảng ủy Cục "
              "trước ngày 20/12/2024. Đồng chí Võ Thị Ngọc Ánh cùng Công đoàn Chi cục lo thăm hỏi đồng chí Mai Văn "
              "Thuận trước Tết."),
            P("Hội nghị kết thúc lúc 17 giờ 00 phút cùng ngày. Biên bản đã được đọc lại và được hội nghị nhất trí "
              "thông qua 15/15."),
            S(["THƯ KÝ HỘI NGHỊ", "", "", "Lê Hoàng Yến Nhi"], ["CHỦ TỌA HỘI NGHỊ", "", "", "Phạm Thanh Tùng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-05", "15:00", "17:00", "Hội trường Chi cục",
                    "CHI BỘ CHI CỤC HẢI QUAN CỬA KHẨU CẢNG CÁI MÉP",
                    "ĐẢNG BỘ CỤC HẢI QUAN TỈNH BÀ RỊA – VŨNG TÀU"),
            "Phạm Thanh Tùng", "Bí thư chi bộ", "Lê Hoàng Yến Nhi",
            attendance(16, 15, 0, 0, 0, 1),
            True,
            [vote("Thông qua kết luận hội nghị tháng 12/2024", 14, 0, 1, 93.3)],
            [task("Trương Văn Đạt", "xây dựng kế hoạch kiểm soát cao điểm chống buôn lậu dịp cuối năm, trình Chi "
                  "cục trưởng", "15/12/2024"),
             task("Nguyễn Thị Hồng Nhung", "chủ trì rà soát hồ sơ 23 doanh nghiệp ưu tiên", "Tết Nguyên đán"),
             task("Đinh Công Sơn", "xây dựng phương án đường truyền dự phòng, bảo đảm hệ thống vận hành thông suốt",
                  "thường xuyên"),
             task("Chi ủy", "hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2024, báo cáo Đảng "
                  "ủy Cục", "20/12/2024"),
             task("Võ Thị Ngọc Ánh", "cùng Công đoàn Chi cục lo thăm hỏi đồng chí Mai Văn Thuận", "Tết")],
            []),
    }],
    "flags": [],
    "scans": [],
    "born_digital": True,
})


# e09 — Gia Lai commune police: Jrai names with ranks, a guest who speaks, every task given inside the
# conclusion sentence, partners ("cùng trưởng làng", "phối hợp Đoàn xã") not assignees.
DOCS.append({
    "name": "e09-gialai-commune-police-ranks-clean",
    "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "spacing": 1.28, "justify": True, "indent": 26, "left": 78,
              "right": 54},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG AN HUYỆN CHƯ PRÔNG", "CHI BỘ CÔNG AN XÃ IA PIƠR", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Piơr, ngày 02 tháng 8 năm 2024"], size=11.5),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("Kỳ sinh hoạt tháng 8/2024", bold=False, italic=True),
            G(6),
            P("Bắt đầu: 07h30 ngày 02/8/2024. Địa điểm: Hội trường Công an xã Ia Piơr."),
            P("Quân số đảng viên: 11/12, vắng 01 đồng chí (Trung úy Rơ Mah Hlin – đi học lớp Trung cấp lý luận chính "
              "trị tại Trường Chính trị tỉnh)."),
            P("Chủ trì: Thiếu tá Ksor Blương – Bí thư chi bộ, Trưởng Công an xã. Thư ký: Thượng sĩ Siu H'Nhung."),
            P("Dự và chỉ đạo: Trung tá Nguyễn Đình Tuấn, Phó Bí thư Đảng ủy, Phó Trưởng Công an huyện."),
            H("A. TÌNH HÌNH, KẾT QUẢ THÁNG 7/2024"),
            P("An ninh chính trị trên địa bàn xã ổn định; số đối tượng cầm đầu tà đạo “Hà Mòn” trước đây vẫn được "
              "theo dõi, quản lý, không có biểu hiện hoạt động trở lại. Trật tự xã hội: xảy ra 03 vụ trộm cắp tài "
              "sản (02 vụ trộm hạt điều, 01 vụ trộm xe máy), đã làm rõ 02 vụ; 01 vụ cố ý gây thương tích do mâu "
              "thuẫn khi uống rượu tại làng Ia Lâng. Thu nhận hồ sơ cấp căn cước cho 312 trường hợp, kích hoạt "
              "1.045 tài khoản định danh điện tử mức 2. Hạn chế: thanh thiếu niên còn tụ tập chạy xe máy tốc độ cao "
              "vào ban đêm trên tuyến Tỉnh lộ 663."),
            H("B. NHIỆM VỤ THÁNG 8/2024"),
            P("Giữ vững an ninh nông thôn, không để hình thành điểm nóng; truy xét vụ trộm xe máy; tuyên truyền an "
              "toàn giao thông; hoàn thành kích hoạt định danh điện tử cho người dân các làng vùng sâu."),
            H("C. Ý KIẾN THẢO LUẬN"),
            P("Đại úy Rơ Châm Khuê, Phó Trưởng Công an xã, phát biểu: vụ trộm xe máy chưa làm rõ có dấu hiệu liên "
              "quan đến nhóm đối tượng ở xã giáp ranh; đề nghị báo cáo Công an huyện phối hợp truy xét."),
            P("Thượng úy Nguyễn Văn Hậu đề xuất phối hợp với Đoàn xã tuyên truyền an toàn giao thông tại các làng, "
              "nói bằng tiếng Jrai để bà con dễ hiểu."),
            P("Thượng sĩ Siu H'Nhung cho biết còn 47 người dân ở làng Ia Bang chưa kích hoạt được tài khoản định danh "
              "điện tử vì không có điện thoại thông minh."),
            P("Trung tá Nguyễn Đình Tuấn ghi nhận kết quả của chi bộ, yêu cầu bám sát cơ sở, kịp thời hòa giải mâu "
              "thuẫn ngay từ trong làng, không để vụ việc nhỏ thành phức tạp."),
            H("D. KẾT LUẬN"),
            P("Thay mặt chi bộ, đồng chí Bí thư kết luận: thống nhất đánh giá và nhiệm vụ tháng 8/2024; giao Đại úy "
              "Rơ Châm Khuê chủ trì truy xét vụ trộm xe máy, báo cáo kết quả trong tháng 8; Thượng úy Nguyễn Văn "
              "Hậu phối hợp Đoàn xã tổ chức 03 buổi tuyên truyền an toàn giao thông bằng tiếng Jrai tại các làng, "
              "hoàn thành trước ngày 31/8/2024; Thượng sĩ Siu H'Nhung cùng trưởng làng Ia Bang hỗ trợ người dân "
              "kích hoạt tài khoản định danh điện tử, xong trước 15/9/2024; Tổ Cảnh sát khu vực tuần tra, kiểm soát "
              "tuyến Tỉnh lộ 663 vào mỗi tối cuối tuần."),
            P("Biểu quyết: 11/11 đồng chí dự họp tán thành (đạt 100%)."),
            P("Sinh hoạt kết thúc vào 10h00 cùng ngày. Biên bản đã được thông qua, các đồng chí dự họp thống nhất ký "
              "tên."),
            S(["THƯ KÝ", "", "", "", "Thượng sĩ Siu H'Nhung"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Thiếu tá Ksor Blương"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-02", "07:30", "10:00", "Hội trường Công an xã Ia Piơr",
                    "CHI BỘ CÔNG AN XÃ IA PIƠR", "ĐẢNG BỘ CÔNG AN HUYỆN CHƯ PRÔNG"),
            "Ksor Blương", "Bí thư chi bộ", "Siu H'Nhung",
            attendance(12, 11, 1, 1, 0, 0,
                       [("Rơ Mah Hlin", "đi học lớp Trung cấp lý luận chính trị tại Trường Chính trị tỉnh", True)],
                       [("Nguyễn Đình Tuấn", "Phó Bí thư Đảng ủy, Phó Trưởng Công an huyện")]),
            True,
            [vote("Thông qua kết luận tháng 8/2024", 11, None, None, 100)],
            [task("Rơ Châm Khuê", "chủ trì truy xét vụ trộm xe máy, báo cáo kết quả", "tháng 8"),
             task("Nguyễn Văn Hậu", "phối hợp Đoàn xã tổ chức 03 buổi tuyên truyền an toàn giao thông bằng tiếng "
                  "Jrai tại các làng", "31/8/2024"),
             task("Siu H'Nhung", "cùng trưởng làng Ia Bang hỗ trợ người dân kích hoạt tài khoản định danh điện tử",
                  "15/9/2024"),
             task("Tổ Cảnh sát khu vực", "tuần tra, kiểm soát tuyến Tỉnh lộ 663", "mỗi tối cuối tuần")],
            []),
    }],
    "flags": [],
    "scans": [],
    "born_digital": True,
})


# e10 — Bến Tre coconut cooperative: a minute book Jan–May 2025 typed on continuously (each minute after the
# first starts mid-page), March missing, đ/c Đoàn Văn Út absent without reason three times.
_E10_COMMITTEE = "ĐẢNG BỘ XÃ HƯNG PHONG"
_E10_CELL = "CHI BỘ HỢP TÁC XÃ DỪA HƯNG PHONG"


def _e10_head(date_line: str):
    return HD([_E10_COMMITTEE, "CHI BỘ HỢP TÁC XÃ", "DỪA HƯNG PHONG", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", date_line],
              bold_left=(1, 2), size=11)


_E10_TASK_COLS = [(0.50, "Nội dung", "l"), (0.28, "Người, bộ phận thực hiện", "l"), (0.22, "Thời gian hoàn thành", "l")]

_E10_M1 = {
    "blocks": [
        _e10_head("Hưng Phong, ngày 15 tháng 01 năm 2025"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01/2025"),
        G(3),
        P("Hôm nay, lúc 08 giờ 00 ngày 15/01/2025, tại văn phòng Hợp tác xã, Chi bộ Hợp tác xã Dừa Hưng Phong họp "
          "thường kỳ tháng 01/2025."),
        P("Đảng viên có mặt: 12/13 đồng chí; vắng 01: đ/c Đặng Thị Mười (lên Thành phố Hồ Chí Minh nuôi chồng nằm "
          "viện)."),
        P("Chủ trì: đ/c Phan Văn Sáu, Bí thư chi bộ, Giám đốc Hợp tác xã. Thư ký: đ/c Trần Thị Kim Hương."),
        P("1. Đ/c Bí thư đánh giá tháng 12/2024: Hợp tác xã thu mua 418.000 trái dừa của xã viên, giá bình quân "
          "95.000 đồng/chục; xưởng kẹo dừa chạy hết công suất phục vụ Tết; trả lãi góp vốn năm 2024 cho xã viên 9%. "
          "Khó khăn: giá dừa khô lên xuống thất thường, thương lái ép giá; hạn mặn đã vào sâu, kênh Cái Cấm đo được "
          "4 phần nghìn."),
        P("2. Nhiệm vụ tháng 01/2025: lo Tết cho xã viên và người lao động; chủ động trữ nước ngọt, đắp đập tạm "
          "ngăn mặn; giữ ổn định giá thu mua."),
        P("3. Ý kiến: Đ/c Huỳnh Văn Tấn nói nhiều vườn dừa của xã viên ở ấp Phong Điền bị sâu đầu đen gây hại, đề "
          "nghị Hợp tác xã liên hệ trạm Bảo vệ thực vật thả ong ký sinh. Chị Châu Thị Ngọc Giàu (tổ thu mua) đề "
          "nghị ứng trước tiền cho xã viên nghèo mua bồn trữ nước."),
        P("Đ/c Bí thư kết luận: thống nhất nhiệm vụ tháng 01/2025; ưu tiên chống hạn mặn và sâu đầu đen, lo Tết chu "
          "đáo cho người lao động. Biểu quyết: 12/12 thống nhất."),
        P("Phân công: anh Huỳnh Văn Tấn liên hệ trạm Bảo vệ thực vật thả ong ký sinh diệt sâu đầu đen, xong trước "
          "ngày 25 tháng Chạp; chị Châu Thị Ngọc Giàu lập danh sách hộ nghèo cần ứng tiền mua bồn chứa nước, trước "
          "20/01/2025; đ/c Trần Thị Kim Hương cùng Công đoàn lo quà Tết cho người lao động."),
        P("Họp xong lúc 10 giờ cùng ngày. Biên bản đọc lại, chi bộ thống nhất thông qua."),
        S(["THƯ KÝ", "Trần Thị Kim Hương"], ["BÍ THƯ", "Phan Văn Sáu"]),
    ],
    "truth": minute(
        meeting("regular", "2025-01-15", "08:00", "10:00", "văn phòng Hợp tác xã", _E10_CELL, _E10_COMMITTEE),
        "Phan Văn Sáu", "Bí thư chi bộ", "Trần Thị Kim Hương",
        attendance(13, 12, 1, 1, 0, 0,
                   [("Đặng Thị Mười", "lên Thành phố Hồ Chí Minh nuôi chồng nằm viện", True)]),
        True,
        [vote("Thống nhất nhiệm vụ tháng 01/2025", 12, None, None, None)],
        [task("Huỳnh Văn Tấn", "liên hệ trạm Bảo vệ thực vật thả ong ký sinh diệt sâu đầu đen", "25 tháng Chạp"),
         task("Châu Thị Ngọc Giàu", "lập danh sách hộ nghèo cần ứng tiền mua bồn chứa nước", "20/01/2025"),
         task("Trần Thị Kim Hương", "cùng Công đoàn lo quà Tết cho người lao động", None)],
        []),
}

_E10_M2 = {
    "blocks": [
        _e10_head("Hưng Phong, ngày 14 tháng 02 năm 2025"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2025"),
        C("(Thường kỳ kết hợp chuyên đề)", bold=False),
        C("“Phát huy tinh thần tự lực, tự cường, đổi mới sáng tạo trong phát triển kinh tế tập thể”", bold=False,
          italic=True),
        G(3),
        P("Thời gian: 13 giờ 30, ngày 14/02/2025. Địa điểm: xưởng sơ chế dừa của Hợp tác xã."),
        P("Có mặt 12/13 đảng viên. Vắng: đ/c Đoàn Văn Út (không lý do)."),
        P("Đồng chí Phan Văn Sáu – Bí thư chi bộ điều hành; đồng chí Trần Thị Kim Hương ghi biên bản."),
        P("a/ Kiểm điểm tháng 01: đã lo đủ quà Tết cho 64 người lao động; ong ký sinh đã thả trên 21 ha dừa; 17 hộ "
          "nghèo được ứng tiền mua bồn chứa nước. Độ mặn trên kênh Cái Cấm tăng lên 6 phần nghìn, Hợp tác xã đã đắp "
          "02 đập tạm."),
        P("b/ Nhiệm vụ tháng 02/2025: giữ nước ngọt cho vườn dừa; ký hợp đồng bao tiêu dừa sáp với Công ty chế biến; "
          "chuẩn bị Đại hội thành viên thường niên."),
        P("c/ Chuyên đề: đ/c Lê Thị Bích Liễu, Phó Bí thư, trình bày chuyên đề, nêu những cách làm tự lực của xã viên "
          "như tổ cơ khí tự chế máy lột vỏ dừa, tổ chế biến làm thêm thạch dừa từ nước dừa bỏ đi; đồng thời chỉ ra "
          "tâm lý trông chờ hỗ trợ của một bộ phận xã viên."),
        P("d/ Thảo luận: Anh Võ Thành Công kể tổ cơ khí đã tự chế máy lột vỏ dừa, tiết kiệm 40% nhân công, đề nghị "
          "Hợp tác xã đăng ký sáng kiến với huyện. Đ/c Tạ Minh Đức hỏi vốn đâu để mua máy đóng gói thạch dừa; đ/c "
          "Liễu trả lời: vay Quỹ hỗ trợ phát triển hợp tác xã của tỉnh, lãi suất thấp, Hợp tác xã đang làm hồ sơ."),
        P("e/ Đồng chí chủ trì kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi đảng viên nêu gương tự lực, đổi "
          "mới cách làm; tập trung chống hạn mặn và hoàn thành hồ sơ vay vốn mua máy đóng gói. Chi bộ biểu quyết "
          "tán thành 12/12, đạt 100%."),
        P("g/ Phân công: đ/c Tạ Minh Đức phụ trách hoàn thiện hồ sơ vay Quỹ hỗ trợ phát triển hợp tác xã, nộp trước "
          "15/3/2025; đ/c Võ Thành Công viết thuyết minh sáng kiến máy lột vỏ dừa gửi Phòng Nông nghiệp huyện, trong "
          "tháng 3; Tổ sản xuất số 1 canh nước, đóng mở cống đập tạm suốt đợt hạn mặn."),
        P("Buổi sinh hoạt kết thúc lúc 15 giờ 10 phút. Biên bản được đọc lại, các đồng chí dự họp nhất trí."),
        S(["THƯ KÝ", "Trần Thị Kim Hương"], ["BÍ THƯ", "Phan Văn Sáu"]),
    ],
    "truth": minute(
        meeting("regular", "2025-02-14", "13:30", "15:10", "xưởng sơ chế dừa của Hợp tác xã", _E10_CELL,
                _E10_COMMITTEE,
                topic="Phát huy tinh thần tự lực, tự cường, đổi mới sáng tạo trong phát triển kinh tế tập thể"),
        "Phan Văn Sáu", "Bí thư chi bộ", "Trần Thị Kim Hương",
        attendance(13, 12, 1, 0, 1, 0, [("Đoàn Văn Út", "không lý do", False)]),
        True,
        [vote("Thông qua kết luận sinh hoạt tháng 02/2025", 12, None, None, 100)],
        [task("Tạ Minh Đức", "hoàn thiện hồ sơ vay Quỹ hỗ trợ phát triển hợp tác xã", "15/3/2025"),
         task("Võ Thành Công", "viết thuyết minh sáng kiến máy lột vỏ dừa gửi Phòng Nông nghiệp huyện", "tháng 3"),
         task("Tổ sản xuất số 1", "canh nước, đóng mở cống đập tạm", "suốt đợt hạn mặn")],
        ["short_meeting", "unexcused_absence"]),
}

_E10_M3 = {
    "blocks": [
        _e10_head("Hưng Phong, ngày 10 tháng 4 năm 2025"),
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 4 NĂM 2025"),
        G(3),
        P("Vào lúc 19 giờ ngày 10/4/2025, tại văn phòng Hợp tác xã, chi bộ họp thường kỳ tháng 4."),
        P("Tổng số: 13 đảng viên; có mặt 12; vắng 01 là đ/c Đoàn Văn Út (không báo lý do). Chủ trì: đ/c Phan Văn "
          "Sáu (Bí thư chi bộ); thư ký: đ/c Trần Thị Kim Hương."),
        P("Đ/c chủ trì báo cáo: hạn mặn đã giảm, các đập tạm vận hành tốt, không có vườn dừa nào bị chết; giá dừa "
          "khô tăng lên 130.000 đồng/chục; hồ sơ vay vốn mua máy đóng gói thạch dừa đã được Quỹ chấp thuận. Đại hội "
          "thành viên thường niên tổ chức xong, kết nạp thêm 9 hộ thành viên mới."),
        P("Ý kiến: đ/c Nguyễn Hoàng Phúc đề nghị tận dụng giá cao để ký hợp đồng bán dừa khô theo quý; đ/c Châu Thị "
          "Ngọc Giàu băn khoăn thương lái trả giá cao hơn Hợp tác xã, xã viên sẽ bán ra ngoài; đ/c Lê Thị Bích Liễu "
          "giải thích Hợp tác xã trả thêm tiền thưởng cuối vụ nên thu nhập cả năm của xã viên vẫn cao hơn."),
        P("Đ/c Bí thư kết luận: giữ giá thu mua sát giá thị trường, công khai tiền thưởng cuối vụ để xã viên yên tâm; "
          "lắp đặt máy đóng gói trong quý II."),
        P("Chi bộ biểu quyết: 12/12 đồng ý."),
        P("Đề nghị các đồng chí đảng viên nêu cao tinh thần trách nhiệm, hoàn thành tốt phần việc của mình; mỗi đảng "
          "viên vận động gia đình, bà con xã viên góp vốn mở rộng xưởng. Chi bộ sẽ gặp, nhắc nhở đồng chí Đoàn Văn "
          "Út về việc vắng sinh hoạt."),
        P("Họp xong lúc 21 giờ. Biên bản được đọc lại và thông qua."),
        S(["THƯ KÝ", "Trần Thị Kim Hương"], ["BÍ THƯ", "Phan Văn Sáu"]),
    ],
    "truth": minute(
        meeting("regular", "2025-04-10", "19:00", "21:00", "văn phòng Hợp tác xã", _E10_CELL, _E10_COMMITTEE),
        "Phan Văn Sáu", "Bí thư chi bộ", "Trần Thị Kim Hương",
        attendance(13, 12, 1, 0, 1, 0, [("Đoàn Văn Út", "không báo lý do", False)]),
        True,
        [vote("Thông qua kết luận tháng 4/2025", 12, None, None, None)],
        [],
        ["missing_assignments", "unexcused_absence"]),
}

_E10_M4 = {
    "blocks": [
        _e10_head("Hưng Phong, ngày 12 tháng 5 năm 2025"),
        C("BIÊN BẢN SINH HOẠT ĐỊNH KỲ THÁNG 5/2025"),
        G(3),
        P("Bắt đầu: 14h00 ngày 12/5/2025 tại văn phòng Hợp tác xã."),
        P("Dự họp 12/13 đảng viên; đ/c Đoàn Văn Út vắng, không có lý do. Đ/c Phan Văn Sáu – Bí thư chi bộ chủ trì, "
          "đ/c Trần Thị Kim Hương ghi biên bản."),
        P("Nội dung: tháng 4 Hợp tác xã thu mua 386.000 trái dừa; xưởng thạch dừa lắp xong máy đóng gói, sản phẩm "
          "đã có mã vạch; một lô kẹo dừa xuất đi Đài Loan bị trả về do sai nhãn phụ, thiệt hại khoảng 40 triệu "
          "đồng. Chi ủy đã hai lần đến nhà đồng chí Đoàn Văn Út nhưng đồng chí không có mặt."),
        P("Ý kiến: Hỏi – đ/c Trương Văn Hiếu: lô hàng bị trả về ai chịu trách nhiệm, có bắt bồi thường không? Đáp – "
          "đ/c Phan Văn Sáu: lỗi do bộ phận in nhãn dịch sai thành phần, Ban Giám đốc đã kiểm điểm, phần thiệt hại "
          "Hợp tác xã chịu, rút kinh nghiệm không để lặp lại. Đ/c Phạm Văn Lực bổ sung: cần một người rành tiếng Anh "
          "kiểm tra nhãn trước khi xuất."),
        P("Kết luận: Đ/c chủ trì kết luận: chấn chỉnh khâu kiểm tra nhãn mác hàng xuất khẩu; đẩy mạnh bán thạch dừa "
          "qua các siêu thị trong tỉnh; xem xét trách nhiệm đảng viên vắng sinh hoạt nhiều lần không lý do."),
        P("Giao đ/c Trương Văn Hiếu soạn quy trình kiểm tra nhãn mác hàng xuất khẩu, xong trong tháng 5; đề nghị đ/c "
          "Phạm Văn Lực liên hệ 03 siêu thị trong tỉnh chào hàng thạch dừa, trước 15/6/2025. Chi ủy hoàn chỉnh hồ "
          "sơ đối với trường hợp đồng chí Đoàn Văn Út (vắng sinh hoạt không lý do 03 lần trong năm), báo cáo chi bộ "
          "tại kỳ họp tháng 6/2025."),
        P("Buổi họp kết thúc lúc 16 giờ 00. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
        S(["THƯ KÝ", "Trần Thị Kim Hương"], ["BÍ THƯ", "Phan Văn Sáu"]),
    ],
    "truth": minute(
        meeting("regular", "2025-05-12", "14:00", "16:00", "văn phòng Hợp tác xã", _E10_CELL, _E10_COMMITTEE),
        "Phan Văn Sáu", "Bí thư chi bộ", "Trần Thị Kim Hương",
        attendance(13, 12, 1, 0, 1, 0, [("Đoàn Văn Út", "không có lý do", False)]),
        True,
        [],
        [task("Trương Văn Hiếu", "soạn quy trình kiểm tra nhãn mác hàng xuất khẩu", "tháng 5"),
         task("Phạm Văn Lực", "liên hệ 03 siêu thị trong tỉnh chào hàng thạch dừa", "15/6/2025"),
         task("Chi ủy", "hoàn chỉnh hồ sơ đối với trường hợp đồng chí Đoàn Văn Út (vắng sinh hoạt không lý do 03 lần "
              "trong năm)", "kỳ họp tháng 6/2025")],
        ["missing_vote", "unexcused_absence"]),
}

_E10_M5 = {
    "blocks": [
        _e10_head("Hưng Phong, ngày 28 tháng 5 năm 2025"),
        C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2025"),
        C("Chuyên đề: Chuyển đổi số trong tiêu thụ sản phẩm dừa", bold=False, italic=True),
        G(3),
        P("Thời gian: từ 08 giờ 00 đến 09 giờ 35 ngày 28/5/2025. Địa điểm: văn phòng Hợp tác xã. Dự họp: 13/13 đồng "
          "chí, đạt 100%. Chủ trì: đ/c Phan Văn Sáu, Bí thư chi bộ. Thư ký: đ/c Trần Thị Kim Hương."),
        P("Đ/c Tạ Minh Đức trình bày chuyên đề: người tiêu dùng mua hàng qua mạng ngày càng nhiều; sản phẩm kẹo dừa, "
          "dầu dừa, thạch dừa của Hợp tác xã đã có mã vạch nhưng chưa có gian hàng trực tuyến, chưa được đánh giá "
          "OCOP; đề xuất lập gian hàng trên sàn thương mại điện tử, bán hàng qua livestream."),
        P("Thảo luận: đ/c Lê Thị Bích Liễu cho rằng cần đăng ký thạch dừa tham gia đánh giá OCOP để dễ vào siêu thị; "
          "đ/c Đoàn Văn Út nhận khuyết điểm vì vắng sinh hoạt ba kỳ do đi làm xa, hứa từ nay dự họp đầy đủ; anh "
          "Nguyễn Hoàng Phúc lo ngại bán qua mạng phải giao hàng nhỏ lẻ, chi phí vận chuyển cao."),
        P("Đồng chí chủ trì kết luận: thống nhất chủ trương đưa sản phẩm lên sàn thương mại điện tử trong quý II; "
          "Chi đoàn Hợp tác xã làm nòng cốt; ghi nhận sự tiến bộ của đồng chí Đoàn Văn Út."),
        P("Biểu quyết: tán thành 13; không tán thành 0; không biểu quyết 0."),
        P("Phân công thực hiện:"),
        T(_E10_TASK_COLS, [
            ["Mở gian hàng của Hợp tác xã trên sàn thương mại điện tử", "Đ/c Tạ Minh Đức", "Tháng 6/2025"],
            ["Chụp ảnh, quay video giới thiệu kẹo dừa, dầu dừa", "Chi đoàn Hợp tác xã", "Trước 20/6/2025"],
            ["Đăng ký sản phẩm thạch dừa tham gia đánh giá OCOP", "Đ/c Lê Thị Bích Liễu - đ/c Châu Thị Ngọc Giàu",
             "Quý III/2025"],
        ]),
        P("Buổi sinh hoạt chuyên đề kết thúc lúc 09 giờ 35 phút. Biên bản được thông qua trước chi bộ."),
        S(["THƯ KÝ", "Trần Thị Kim Hương"], ["BÍ THƯ", "Phan Văn Sáu"]),
    ],
    "truth": minute(
        meeting("thematic", "2025-05-28", "08:00", "09:35", "văn phòng Hợp tác xã", _E10_CELL, _E10_COMMITTEE,
                topic="Chuyển đổi số trong tiêu thụ sản phẩm dừa"),
        "Phan Văn Sáu", "Bí thư chi bộ", "Trần Thị Kim Hương",
        attendance(13, 13, 0, 0, 0, 0),
        True,
        [vote("Thông qua kết luận chuyên đề quý II/2025", 13, 0, 0, None)],
        [task("Tạ Minh Đức", "Mở gian hàng của Hợp tác xã trên sàn thương mại điện tử", "Tháng 6/2025"),
         task("Chi đoàn Hợp tác xã", "Chụp ảnh, quay video giới thiệu kẹo dừa, dầu dừa", "20/6/2025"),
         task("Lê Thị Bích Liễu", "Đăng ký sản phẩm thạch dừa tham gia đánh giá OCOP", "Quý III/2025"),
         task("Châu Thị Ngọc Giàu", "Đăng ký sản phẩm thạch dừa tham gia đánh giá OCOP", "Quý III/2025")],
        []),
}

DOCS.append({
    "name": "e10-bentre-coconut-coop-book-jan-may-2025",
    "folder": "dev",
    "style": {"family": "serif", "size": 12, "spacing": 1.25, "justify": False, "indent": 22, "left": 74,
              "right": 54, "top": 58, "head": "Sổ ghi biên bản sinh hoạt – Chi bộ Hợp tác xã Dừa Hưng Phong – Năm 2025",
              "head_first": True, "foot": "- {n} -", "para_gap": 1.5},
    "between": 18,
    "minutes": [_E10_M1, _E10_M2, _E10_M3, _E10_M4, _E10_M5],
    "flags": ["missing_month", "repeated_absence"],
    "scans": [],
    "born_digital": True,
})
