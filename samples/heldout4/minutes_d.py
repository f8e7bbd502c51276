"""Held-out set 4, author D (dev share, `d01` … `d12`): North, Red River Delta, North-Central coast and Đà Nẵng.

Written by hand without reading the extractor, the generator or the wording of the earlier held-out sets; only
the block/truth helpers of `samples/heldout2/minutes.py` are used. Rendered by `samples/heldout2/make.build`.

Contents (file → what varies → expected minute flags / book flags):
d01-hanoi-university-faculty-clean → Hà Nội university faculty, Serif 13 justified, "Trang n/N", degrees before
names (PGS.TS., TS., ThS.), 2 exempt named, a guest, Roman capital headings, opinions in indirect speech ("cho
rằng", "nhấn mạnh", "băn khoăn … hỏi", "giải trình", "Cô … bổ sung"), "18/18 … đạt 100%", "Giao …", "được phân
công", "chậm nhất ngày", "kỳ sinh hoạt tháng 12", a shared task of two people → none;
d02-haiphong-shipyard-tables-low-unexcused → state shipyard, DejaVu Sans 11, "Hồi … ngày 22-10-2024", absentee
table "STT / Họ tên / Lý do" ("Không báo cáo", "Đ/c" in a cell), "Có 4 ý kiến tham gia, cụ thể:" with "Anh …",
"Đ/c phụ trách tổ … (name)", "Chị …", role-only opinion; "Kết luận:" run-in; "tán thành 19/19; không tán thành: 0;
ý kiến khác: 0"; task table with the assignee column first ("Người thực hiện / Công việc / Thời hạn"), a shared
cell, a group, "Hết quý IV/2024", "Tuần sau" → low_attendance, unexcused_absence;
d03-namdinh-hospital-thematic-80min → hospital department, thematic "QUÝ III/2024" + "Chuyên đề:" line, Serif 14,
"Bắt đầu: 13h30", degrees (BSCKII., BS., ĐD.), question-and-answer discussion, "Chi bộ nhất trí 100% …",
"phụ trách", "Đề nghị đồng chí …", "hằng tháng"; 80 min → short_meeting;
d04-langson-village-printed-form → Tày/Nùng village, typewriter face, numbered form fields, "Số: ……-BB/CB",
"Khách mời: ……", vote line with dots, role-attributed opinion, a partner ("cùng tổ an ninh thôn"), "mùa gặt",
"mùa mưa"; "(Ký, ghi rõ họ tên)" left; no read-back → not_approved, unfilled_template;
d05-thanhhoa-ward-no-discussion-general → city ward, Sans 12.5, "HỘI NGHỊ CHI BỘ THƯỜNG KỲ", "Vào lúc …", one
attendance sentence (38 total, 7 exempt, 29 present, 2 absent with reason, none named), a guest, chair and
secretary in one sentence, "–" run-in parts, unnamed opinions only, "Thay mặt chi ủy, đồng chí Bí thư kết
luận", a show-of-hands vote, only a general call to members → missing_assignments, no_discussion;
d06-nghean-border-post-ranks-two-votes → border-guard post (Thái, Khơ Mú, H'Mông names), ranks before names,
three-line header, "Phần thứ nhất/hai/ba", "Quân số đảng viên", guest, opinions via ranks and roles
("Ý kiến của đồng chí …", "đồng tình … đồng thời kiến nghị"), conclusion as a numbered list with the tasks in
it (a partner "cùng già làng"), two votes (conclusion 11/11, full membership 10/10 official members) → none;
d07-thaibinh-agency-combined-110min-no-vote → district office, DejaVu Serif 11.5, regular + thematic ("kết hợp
sinh hoạt chuyên đề quý II/2024" + "Chuyên đề:"), "Hôm nay, ngày 05.6.2024", the Bí thư is the absentee and the
deputy presides ("Điều hành:"), "A./B." parts, opinions in one paragraph, "Phân công:" labelled paragraph;
110 min (< 120) and the conclusion never voted → missing_vote, short_meeting;
d08-danang-software-opinion-table-no-conclusion → private software company (the one file outside the North),
Sans 11.5, "17h15 – 19h00", "Đảng viên: 12/13", "I – … V –", opinions in a ruled table ("TT / Đảng viên / Nội
dung ý kiến"), direction voted but no conclusion, "•" task list ("chịu trách nhiệm", "Đề nghị đồng chí", a
Chi đoàn, "kỳ họp tháng 3", "hằng tháng") → missing_conclusion;
d09-ninhbinh-retired-cell-book-2025 → **book**, retired members' cell, Serif 12 justified, running head from
page 2, "- n -" at the bottom; 5 minutes (13/01, 14/02 combined with the Q1 thematic, 11/4, 09/5, 23/5
thematic), each after the first starting mid-page; many exempt members; per minute: unexcused_absence; —;
not_approved + unexcused_absence; low_attendance + unexcused_absence; — → book: missing_month (March),
repeated_absence (Đinh Văn Hạp unexcused in January, April and May);
d10-hatinh-school-words-clean → secondary school, DejaVu Serif 12.5 ragged, "*" headings, attendance as a "-"
list (chính thức / dự bị), "Chủ tọa:", opinions via job roles ("Đồng chí tổ trưởng tổ …", "Thầy …"), vote in
words ("mười bốn trên mười bốn … một trăm phần trăm"), "+ Đ/c X: …" tasks with "Tết Nguyên đán", "tuần sau",
"học kỳ II", "thường xuyên", a shared task → none;
d11-hanoi-university-scan-photocopy → photocopy scan of d01, 300 dpi → as d01;
d12-haiphong-shipyard-scan-moderate → moderate scan of d02, 250 dpi → as d02.

Labelling decisions where the READMEs are silent:
- `conclusion` is the contract's bool (tests/samples/test_heldout_sets.py asserts a bool); it is true iff a
  chair's / cell's conclusion is written (d08 votes the month's direction but has no conclusion).
- A member named in the attendance with a role or job ("Bí thư chi bộ, Trưởng phòng") keeps only the name; the
  reason is the bracket as written ("đi tập huấn tại Tỉnh ủy, đã báo cáo").
- "Hai đồng chí A và B cùng …", and two groups "Tổ đảng số 1 và Tổ đảng số 2 …" give one assignment each.
- A table cell "Hết quý IV/2024" keeps "Hết" (as "đến hết tháng 12" → "hết tháng 12"); "xong trước mùa gặt" →
  "mùa gặt"; "trong mùa mưa" → "mùa mưa"; "gửi … hằng quý" → "hằng quý"; "trước Tết Nguyên đán" → "Tết
  Nguyên đán"; "nộp … tuần sau" → "tuần sau".
- A mass organisation given a task of its own ("Chi hội phụ nữ vận động …", "Chi đoàn thanh niên: …", "Chi đoàn
  Công ty tổ chức …") is an assignee; a partner after "cùng" stays in the task; a task whose deadline sits in the
  middle of the sentence ("Tổ thẩm định … thường xuyên công khai …") keeps the words around it as the task.
- "Đảng viên: 12/13" gives total 13 (no exempt written); "Có mặt 18/18 đồng chí phải sinh hoạt (06 đồng chí miễn
  sinh hoạt)" gives total 24 = present + absent + exempt.
- "Biểu quyết: 10/10 đảng viên chính thức tán thành" on full membership is its own resolution (as dev-20).
- The minutes' approval "11/11 đồng chí nhất trí" is not a vote. d07's "Biên bản được đọc lại … và thông qua"
  approves the minutes only; the conclusion there is not voted.
- In d02 the Bí thư "giải trình thêm" counts among the recorded opinions; d05's "một số ý kiến đề nghị …" with
  nobody named is not a recorded opinion.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote  # noqa: F401

DOCS: list[dict] = []


def bullet(text, hang=12, **kw):
    return L(text, hang=hang, **kw)


# --- d01: Hà Nội university faculty, 2 pages, clean; also scanned as a photocopy (d11) -------------------
D01_CELL, D01_COMM = "CHI BỘ KHOA NGỮ VĂN", "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ ĐÔNG"
DOCS.append({
    "name": "d01-hanoi-university-faculty-clean", "folder": "dev", "born_digital": True,
    "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "left": 85, "right": 60,
              "indent": 30, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC", "SƯ PHẠM HÀ ĐÔNG", "CHI BỘ KHOA NGỮ VĂN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 14 tháng 11 năm 2024"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2024"),
            G(8),
            L("Thời gian: từ 14 giờ 00 đến 16 giờ 20 phút, thứ Năm, ngày 14/11/2024."),
            L("Địa điểm: Phòng họp Khoa, tầng 3 nhà A2."),
            P("Thành phần: Tổng số đảng viên của chi bộ 21 đồng chí, trong đó 02 đồng chí được miễn sinh hoạt "
              "(PGS.TS. Đỗ Quang Vinh – tuổi cao; TS. Lê Thị Bích Ngọc – đang điều trị bệnh dài ngày). Đảng viên "
              "phải sinh hoạt 19 đồng chí, có mặt 18 đồng chí; vắng 01 đồng chí: ThS. Nguyễn Hoàng Yến (đi công "
              "tác tại Huế, có báo cáo chi ủy)."),
            P("Dự và chỉ đạo: đồng chí TS. Phan Minh Đức – Đảng ủy viên, Trưởng phòng Tổ chức cán bộ."),
            L("Chủ trì: PGS.TS. Trần Thị Thanh Hương – Bí thư chi bộ, Trưởng khoa."),
            L("Thư ký: ThS. Vũ Đình Khải – Chi ủy viên."),
            H("I. THÔNG TIN THỜI SỰ VÀ VĂN BẢN MỚI"),
            P("Đồng chí Bí thư thông tin tình hình kinh tế – xã hội của Thủ đô 10 tháng năm 2024; phổ biến Kế "
              "hoạch của Đảng ủy Trường về tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2025 – 2027 và Hướng "
              "dẫn của Phòng Đào tạo về kiểm tra, đánh giá học phần theo hình thức trực tuyến."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10/2024"),
            P("Chi bộ đã lãnh đạo Khoa hoàn thành tuyển sinh khóa 50 với 214 sinh viên nhập học, vượt 7% chỉ "
              "tiêu; tổ chức thành công Hội thảo khoa học “Văn học Việt Nam trong bối cảnh chuyển đổi số” với 46 "
              "tham luận; 100% đảng viên hoàn thành bản cam kết tu dưỡng, rèn luyện năm 2024."),
            P("Hạn chế: tiến độ chấm thi và nhập điểm thành phần của một số học phần còn chậm so với kế hoạch; "
              "tỷ lệ giảng viên có bài đăng tạp chí quốc tế còn thấp; sinh hoạt của Chi đoàn cán bộ trẻ chưa đều."),
            H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11/2024"),
            P("Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11; hoàn thành nhập điểm học kỳ I; chuẩn "
              "bị nhân sự đại hội chi bộ; tiếp tục bồi dưỡng, phát triển đảng viên trong sinh viên."),
            H("IV. THẢO LUẬN"),
            P("Đồng chí Nguyễn Thị Lan Anh cho rằng việc chậm nhập điểm không chỉ do giảng viên mà còn do phần "
              "mềm quản lý đào tạo hay bị lỗi vào giờ cao điểm; đề nghị Khoa có văn bản phản ánh với Phòng Đào tạo."),
            P("TS. Hoàng Văn Thắng nhấn mạnh nhiệm vụ nghiên cứu khoa học của sinh viên: năm nay Khoa mới đăng ký "
              "được 03 đề tài, ít hơn năm trước; cần giao chỉ tiêu cụ thể cho từng bộ môn."),
            P("Đồng chí Bùi Minh Tuấn băn khoăn về việc giảng viên trẻ phải đứng lớp quá nhiều giờ, không còn "
              "thời gian viết bài báo, và hỏi Khoa có thể giảm định mức cho người đang làm nghiên cứu sinh hay "
              "không. Đồng chí Trưởng khoa giải trình: định mức do Trường quy định, Khoa sẽ đề xuất điều chỉnh "
              "trong năm học tới."),
            P("Cô Lương Thị Hoà, bộ môn Văn học Việt Nam, đồng tình với dự thảo phương hướng và bổ sung: cần sớm "
              "biên soạn lại đề cương học phần Văn học dân gian cho khớp với chương trình đào tạo mới."),
            H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Tiếp thu ý kiến của các đồng chí, đồng chí chủ trì kết luận: chi bộ thống nhất đánh giá kết quả "
              "tháng 10 và phương hướng tháng 11 như báo cáo; yêu cầu các bộ môn dứt điểm việc nhập điểm thành "
              "phần, mỗi bộ môn có ít nhất 01 đề tài nghiên cứu khoa học của sinh viên; thống nhất kiến nghị với "
              "Nhà trường về lỗi phần mềm và định mức giờ giảng của giảng viên trẻ."),
            H("VI. BIỂU QUYẾT VÀ PHÂN CÔNG THỰC HIỆN"),
            P("Chi bộ biểu quyết thông qua kết luận: 18/18 đồng chí có mặt tán thành, đạt 100%."),
            bullet("- Giao đồng chí Nguyễn Thị Lan Anh đôn đốc các bộ môn nhập đủ điểm thành phần lên hệ thống, "
                   "chậm nhất ngày 25/11/2024."),
            bullet("- Đồng chí Hoàng Văn Thắng được phân công hướng dẫn 03 nhóm sinh viên đăng ký đề tài nghiên "
                   "cứu khoa học, báo cáo tiến độ tại kỳ sinh hoạt tháng 12."),
            bullet("- Đồng chí Vũ Đình Khải hoàn thiện hồ sơ đề nghị kết nạp quần chúng Đào Thu Trang (sinh viên "
                   "K48), trình Đảng ủy Trường trước ngày 30/11/2024."),
            bullet("- Chi ủy phối hợp với Công đoàn Khoa tổ chức gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam, xong "
                   "trước 19/11/2024."),
            bullet("- Hai đồng chí Bùi Minh Tuấn và Lương Thị Hoà cùng biên soạn lại đề cương học phần Văn học dân "
                   "gian, hoàn thành trong học kỳ II năm học 2024 – 2025."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 20 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ; các "
              "đồng chí dự họp nhất trí với nội dung biên bản."),
            S(["THƯ KÝ", "", "", "ThS. Vũ Đình Khải"], ["T/M CHI BỘ", "BÍ THƯ", "", "PGS.TS. Trần Thị Thanh Hương"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-14", "14:00", "16:20", "Phòng họp Khoa, tầng 3 nhà A2", D01_CELL, D01_COMM),
            "Trần Thị Thanh Hương", "Bí thư chi bộ", "Vũ Đình Khải",
            attendance(21, 18, 1, 1, 0, 2,
                       [("Nguyễn Hoàng Yến", "đi công tác tại Huế, có báo cáo chi ủy", True)],
                       [("Phan Minh Đức", "Đảng ủy viên, Trưởng phòng Tổ chức cán bộ")]),
            True,
            [vote("Thông qua kết luận của đồng chí chủ trì", 18, None, None, 100)],
            [task("Nguyễn Thị Lan Anh", "đôn đốc các bộ môn nhập đủ điểm thành phần lên hệ thống", "25/11/2024"),
             task("Hoàng Văn Thắng", "hướng dẫn 03 nhóm sinh viên đăng ký đề tài nghiên cứu khoa học, báo cáo "
                  "tiến độ tại kỳ sinh hoạt tháng 12", "kỳ sinh hoạt tháng 12"),
             task("Vũ Đình Khải", "hoàn thiện hồ sơ đề nghị kết nạp quần chúng Đào Thu Trang (sinh viên K48), "
                  "trình Đảng ủy Trường", "30/11/2024"),
             task("Chi ủy", "phối hợp với Công đoàn Khoa tổ chức gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam",
                  "19/11/2024"),
             task("Bùi Minh Tuấn", "biên soạn lại đề cương học phần Văn học dân gian",
                  "học kỳ II năm học 2024 – 2025"),
             task("Lương Thị Hoà", "biên soạn lại đề cương học phần Văn học dân gian",
                  "học kỳ II năm học 2024 – 2025")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "d11-hanoi-university-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 4411, "dpi": 300}],
})


# --- d02: Hải Phòng shipyard workshop, two ruled tables; also scanned moderately at 250 dpi (d12) -----------
D02_CELL, D02_COMM = "CHI BỘ PHÂN XƯỞNG VỎ TÀU", "ĐẢNG BỘ CÔNG TY TNHH MTV ĐÓNG TÀU TAM BẠC"
DOCS.append({
    "name": "d02-haiphong-shipyard-tables-low-unexcused", "folder": "dev", "born_digital": True,
    "style": {"family": "dvsans", "size": 11, "spacing": 1.3, "justify": False, "left": 70, "right": 50,
              "indent": 22, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY TNHH MTV", "ĐÓNG TÀU TAM BẠC", "CHI BỘ PHÂN XƯỞNG VỎ TÀU"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 22 tháng 10 năm 2024"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ", size=13),
            C("Tháng 10 năm 2024", bold=False, italic=True),
            G(6),
            P("Hồi 15 giờ 30 phút ngày 22-10-2024, tại phòng giao ca Phân xưởng Vỏ tàu, Chi bộ Phân xưởng Vỏ tàu "
              "họp định kỳ tháng 10/2024."),
            P("Chủ trì: đồng chí Vương Đình Tiến – Bí thư chi bộ, Quản đốc phân xưởng. Thư ký: đồng chí Đặng Thị "
              "Mơ – Chi ủy viên."),
            P("Đảng viên trong danh sách: 23 đồng chí. Có mặt: 19 đồng chí. Vắng mặt: 04 đồng chí, gồm:"),
            T([(0.10, "STT", "c"), (0.40, "Họ tên", "l"), (0.50, "Lý do", "l")],
              [["1", "Phạm Văn Thuận", "Đi ca 3 tại ụ nổi"],
               ["2", "Trần Quốc Khánh", "Nằm viện (tai nạn lao động nhẹ)"],
               ["3", "Đ/c Lê Đức Mạnh", "Không báo cáo"],
               ["4", "Nguyễn Thị Xuân", "Nghỉ thai sản"]]),
            H("1. Tình hình sản xuất tháng 10"),
            P("Đồng chí Quản đốc báo cáo: phân xưởng đạt 93% sản lượng kế hoạch tháng; hoàn thành hạ thủy phân "
              "đoạn mũi tàu hàng 22.500 tấn đúng tiến độ; không xảy ra sự cố cháy nổ. Tồn tại: phân đoạn đáy chậm "
              "6 ngày, còn 14 mối hàn phải làm lại, một trường hợp tai nạn lao động nhẹ do không đeo dây an toàn."),
            H("2. Ý kiến đảng viên"),
            L("Có 4 ý kiến tham gia, cụ thể:"),
            bullet("1) Anh Phạm Hữu Lộc, tổ trưởng tổ hàn 2: thợ hàn mới tuyển còn yếu tay nghề nên mối hàn đáy "
                   "phải làm lại nhiều; đề nghị phân xưởng cử thợ bậc cao kèm cặp.", hang=14),
            bullet("2) Đ/c phụ trách tổ lắp ráp (Ngô Văn Bảy) cho biết phân đoạn đáy chậm chủ yếu vì thiếu thép "
                   "tấm 14 ly; xin ưu tiên cấp vật tư cho tổ trong tuần đầu tháng 11.", hang=14),
            bullet("3) Chị Vũ Thị Hạnh (kho vật tư): kho còn tồn khoảng 40 tấn thép tấm bị rỉ, cần sớm kiểm kê, "
                   "làm thủ tục thanh lý để lấy chỗ nhập lô thép mới.", hang=14),
            bullet("4) Đồng chí Bí thư giải trình thêm về chế độ bồi dưỡng ca 3 và đồng tình với các đề xuất trên.",
                   hang=14),
            H("3. Kết luận"),
            P("Kết luận: chi bộ đánh giá phân xưởng cơ bản hoàn thành kế hoạch tháng 10; tháng 11 tập trung hoàn "
              "thành phân đoạn đáy tàu 22.500 tấn, tuyệt đối không để xảy ra tai nạn lao động; chấn chỉnh ngay "
              "việc đảng viên vắng họp không báo cáo."),
            P("Biểu quyết: tán thành 19/19; không tán thành: 0; ý kiến khác: 0."),
            H("4. Phân công nhiệm vụ"),
            T([(0.30, "Người thực hiện", "l"), (0.50, "Công việc", "l"), (0.20, "Thời hạn", "l")],
              [["Đ/c Phạm Hữu Lộc", "Kèm cặp 02 thợ hàn mới tuyển thi đạt chứng chỉ hàn 3G", "Hết quý IV/2024"],
               ["Tổ lắp ráp", "Hoàn thành lắp phân đoạn đáy tàu 22.500 tấn", "05/11/2024"],
               ["Đ/c Vũ Thị Hạnh, đ/c Ngô Văn Bảy", "Kiểm kê thép tồn kho, lập hồ sơ thanh lý thép tấm rỉ",
                "Trước 15/11/2024"],
               ["Chi ủy", "Gặp, nhắc nhở đảng viên Lê Đức Mạnh về việc vắng họp không báo cáo", "Tuần sau"]]),
            P("Cuộc họp kết thúc vào 17 giờ 15 phút. Biên bản đã đọc lại cho chi bộ nghe, 19/19 đồng chí nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Đặng Thị Mơ"], ["CHỦ TRÌ", "", "", "Vương Đình Tiến"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-22", "15:30", "17:15", "phòng giao ca Phân xưởng Vỏ tàu", D02_CELL, D02_COMM),
            "Vương Đình Tiến", "Bí thư chi bộ", "Đặng Thị Mơ",
            attendance(23, 19, 4, 3, 1, 0,
                       [("Phạm Văn Thuận", "Đi ca 3 tại ụ nổi", True),
                        ("Trần Quốc Khánh", "Nằm viện (tai nạn lao động nhẹ)", True),
                        ("Lê Đức Mạnh", "Không báo cáo", False),
                        ("Nguyễn Thị Xuân", "Nghỉ thai sản", True)]),
            True,
            [vote("Biểu quyết kết luận", 19, 0, 0, None)],
            [task("Phạm Hữu Lộc", "Kèm cặp 02 thợ hàn mới tuyển thi đạt chứng chỉ hàn 3G", "Hết quý IV/2024"),
             task("Tổ lắp ráp", "Hoàn thành lắp phân đoạn đáy tàu 22.500 tấn", "05/11/2024"),
             task("Vũ Thị Hạnh", "Kiểm kê thép tồn kho, lập hồ sơ thanh lý thép tấm rỉ", "15/11/2024"),
             task("Ngô Văn Bảy", "Kiểm kê thép tồn kho, lập hồ sơ thanh lý thép tấm rỉ", "15/11/2024"),
             task("Chi ủy", "Gặp, nhắc nhở đảng viên Lê Đức Mạnh về việc vắng họp không báo cáo", "Tuần sau")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [],
    "scans": [{"name": "d12-haiphong-shipyard-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 4412, "dpi": 250}],
})


# --- d03: Nam Định hospital, thematic meeting of 80 minutes, question-and-answer discussion -----------------
D03_TOPIC = "Học tập và làm theo lời Bác dạy “Lương y phải như từ mẫu” trong chăm sóc bệnh nhi"
DOCS.append({
    "name": "d03-namdinh-hospital-thematic-80min", "folder": "dev", "born_digital": True,
    "style": {"family": "serif", "size": 14, "spacing": 1.2, "justify": True, "left": 85, "right": 55,
              "indent": 36, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "TỈNH NAM ĐỊNH", "CHI BỘ KHOA NHI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Định, ngày 12 tháng 9 năm 2024"], bold_left=(2,), size=12),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III/2024"),
            C("Chuyên đề: " + D03_TOPIC, bold=False, italic=True),
            G(6),
            L("Bắt đầu: 13h30, ngày 12/9/2024, tại Hội trường nhỏ Khoa Nhi."),
            L("Đảng viên: tổng số 16; có mặt 15; vắng 01 (BS. Trịnh Thu Hằng – trực cấp cứu)."),
            L("Chủ trì: BSCKII. Mai Văn Quý, Bí thư chi bộ, Trưởng khoa."),
            L("Ghi biên bản: ĐD. Đinh Thị Quyên."),
            H("1. Đồng chí Bí thư trình bày chuyên đề"),
            P("Đồng chí nêu những lời dạy của Bác đối với ngành y, liên hệ thực tế tại khoa: mỗi ngày khoa tiếp "
              "nhận trên 120 lượt bệnh nhi, nhiều thời điểm quá tải gấp đôi giường bệnh; vẫn còn phản ánh của "
              "người nhà về thái độ giao tiếp của một số nhân viên trẻ, thời gian chờ khám kéo dài."),
            H("2. Thảo luận"),
            bullet("- Đ/c Hoàng Minh Châu hỏi: khi người nhà bệnh nhi bức xúc, quay video, nhân viên y tế nên ứng "
                   "xử thế nào để vừa mềm mỏng vừa bảo vệ được mình?"),
            bullet("- BSCKII. Mai Văn Quý trả lời: giữ bình tĩnh, giải thích rõ tình trạng của cháu, báo ngay "
                   "trưởng tua trực; không tranh cãi, không giằng co điện thoại của người nhà."),
            bullet("- ĐD. Đinh Thị Quyên đề nghị treo bảng hướng dẫn quy trình khám ở hành lang để người nhà đỡ "
                   "phải hỏi nhiều lần."),
            bullet("- Chị Nguyễn Thị Thuý (hộ lý trưởng) cho rằng cần kê thêm ghế chờ, vì nhiều bà mẹ phải bế "
                   "con đứng hàng giờ."),
            H("3. Kết luận"),
            P("Đồng chí chủ trì tóm tắt, kết luận: chuyên đề thiết thực; mỗi đảng viên đăng ký một việc làm cụ "
              "thể để thực hiện lời Bác; cần sắp xếp lại khu chờ, công khai quy trình khám; không để xảy ra "
              "trường hợp nào bị phản ánh về thái độ phục vụ trong quý IV."),
            P("Chi bộ nhất trí 100% với nội dung chuyên đề và kết luận."),
            H("4. Phân công"),
            bullet("- Đ/c Hoàng Minh Châu phụ trách xây dựng bộ quy tắc giao tiếp với người nhà bệnh nhi, trình "
                   "Ban Giám đốc trong tháng 10/2024."),
            bullet("- Tổ điều dưỡng làm phiếu khảo sát sự hài lòng của người nhà bệnh nhi hằng tháng."),
            bullet("- Đề nghị đồng chí Trịnh Thu Hằng nghiên cứu tài liệu chuyên đề, viết bài thu hoạch nộp chi "
                   "ủy trước ngày 30/9."),
            P("Kết thúc lúc 14h50. Biên bản được đọc lại, các đồng chí dự họp không có ý kiến khác và nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "ĐD. Đinh Thị Quyên"], ["CHỦ TRÌ", "", "BSCKII. Mai Văn Quý"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-09-12", "13:30", "14:50", "Hội trường nhỏ Khoa Nhi", "CHI BỘ KHOA NHI",
                    "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH NAM ĐỊNH", topic=D03_TOPIC),
            "Mai Văn Quý", "Bí thư chi bộ", "Đinh Thị Quyên",
            attendance(16, 15, 1, 1, 0, 0, [("Trịnh Thu Hằng", "trực cấp cứu", True)]),
            True,
            [vote("Nhất trí với nội dung chuyên đề và kết luận", None, None, None, 100)],
            [task("Hoàng Minh Châu", "xây dựng bộ quy tắc giao tiếp với người nhà bệnh nhi, trình Ban Giám đốc",
                  "tháng 10/2024"),
             task("Tổ điều dưỡng", "làm phiếu khảo sát sự hài lòng của người nhà bệnh nhi", "hằng tháng"),
             task("Trịnh Thu Hằng", "nghiên cứu tài liệu chuyên đề, viết bài thu hoạch nộp chi ủy", "30/9")],
            ["short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# --- d04: Lạng Sơn village, old printed form typed on a machine: dots and "(Ký, ghi rõ họ tên)" left ---------
DOCS.append({
    "name": "d04-langson-village-printed-form", "folder": "dev", "born_digital": True,
    "style": {"family": "mono", "size": 10.5, "spacing": 1.35, "justify": False, "left": 72, "right": 50,
              "indent": 0, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TÂN THANH", "CHI BỘ THÔN NÀ PÀN", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Thanh, ngày 08 tháng 8 năm 2024"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=12),
            C("Tháng 8 năm 2024"),
            G(6),
            L("1. Thời gian bắt đầu: 19 giờ 30 phút, ngày 08/8/2024."),
            L("2. Địa điểm: Nhà văn hóa thôn Nà Pàn."),
            L("3. Tổng số đảng viên: 14 đồng chí; có mặt: 13 đồng chí; vắng: 01 đồng chí."),
            L("Họ tên đảng viên vắng, lý do: Hoàng Văn Slậy – đi làm thuê ở Bắc Ninh, có báo cáo.", indent=18, hang=18),
            L("4. Khách mời: ……"),
            L("5. Chủ trì: đồng chí Lộc Văn Thình, chức vụ: Bí thư chi bộ."),
            L("6. Thư ký: đồng chí Nông Thị Mai."),
            G(4),
            C("NỘI DUNG SINH HOẠT", size=11),
            H("I. Thông tin thời sự, chính sách mới"),
            L("Đồng chí Bí thư thông báo kế hoạch của xã về hỗ trợ xi măng làm đường nội đồng năm 2024 và lịch "
              "tiêm phòng lở mồm long móng cho đàn trâu, bò đợt 2."),
            H("II. Kiểm điểm kết quả tháng 7"),
            L("Thôn hoàn thành cấy 100% diện tích lúa mùa; thu quỹ nông thôn mới được 85%; còn 02 hộ chưa có nhà "
              "tiêu hợp vệ sinh; đường vào thôn cỏ mọc lấn, xe máy đi lại khó khăn."),
            H("III. Nhiệm vụ tháng 8"),
            L("Chăm sóc lúa mùa, phòng chống sâu cuốn lá; đổ bê tông đoạn đường nội đồng còn lại; phòng chống "
              "sạt lở trong mùa mưa bão."),
            H("IV. Ý kiến thảo luận"),
            L("- Đ/c Vi Văn Páo (Trưởng thôn): đường nội đồng từ Khau Mạ ra Nà Lừa còn 300 m chưa đổ bê tông; "
              "các hộ đã đồng ý góp ngày công, chỉ còn chờ xi măng của xã.", hang=16),
            L("- Đ/c Lăng Thị Dịu: mưa nhiều, đề nghị chi bộ nhắc các hộ ở chân đồi Pò Củm chú ý sạt lở.",
              hang=16),
            L("- Đồng chí Chi hội trưởng phụ nữ (Hoàng Thị Nhung) phản ánh còn 02 hộ chưa làm nhà tiêu hợp vệ "
              "sinh vì khó khăn, đề nghị vận động họ hàng giúp.", hang=16),
            H("V. Kết luận của đồng chí chủ trì"),
            L("Đồng chí chủ trì kết luận: chi bộ thống nhất nhiệm vụ tháng 8 như đã nêu; ưu tiên hoàn thành "
              "đường nội đồng trước vụ gặt, bảo đảm an toàn cho các hộ vùng sạt lở."),
            H("VI. Biểu quyết"),
            L("Tán thành: 13/13 đồng chí; không tán thành: …… đồng chí; ý kiến khác: …… đồng chí."),
            H("VII. Phân công thực hiện"),
            L("- Đ/c Vi Văn Páo: vận động các hộ góp ngày công đổ bê tông đoạn đường nội đồng còn lại, xong "
              "trước mùa gặt.", hang=16),
            L("- Đ/c Lăng Thị Dịu cùng tổ an ninh thôn kiểm tra các hộ ở chân đồi Pò Củm trong mùa mưa.",
              hang=16),
            L("- Chi đoàn thanh niên: phát quang bụi rậm hai bên đường vào thôn trong tháng 8.", hang=16),
            L("- Chi hội phụ nữ vận động 02 hộ còn lại làm nhà tiêu hợp vệ sinh trước 30/9/2024.", hang=16),
            L("Cuộc họp kết thúc vào hồi 21 giờ 15 phút cùng ngày."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Nông Thị Mai"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Lộc Văn Thình"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-08", "19:30", "21:15", "Nhà văn hóa thôn Nà Pàn", "CHI BỘ THÔN NÀ PÀN",
                    "ĐẢNG BỘ XÃ TÂN THANH"),
            "Lộc Văn Thình", "Bí thư chi bộ", "Nông Thị Mai",
            attendance(14, 13, 1, 1, 0, 0, [("Hoàng Văn Slậy", "đi làm thuê ở Bắc Ninh, có báo cáo", True)]),
            True,
            [vote("Biểu quyết nhiệm vụ tháng 8", 13, None, None, None)],
            [task("Vi Văn Páo", "vận động các hộ góp ngày công đổ bê tông đoạn đường nội đồng còn lại", "mùa gặt"),
             task("Lăng Thị Dịu", "cùng tổ an ninh thôn kiểm tra các hộ ở chân đồi Pò Củm", "mùa mưa"),
             task("Chi đoàn thanh niên", "phát quang bụi rậm hai bên đường vào thôn", "tháng 8"),
             task("Chi hội phụ nữ", "vận động 02 hộ còn lại làm nhà tiêu hợp vệ sinh", "30/9/2024")],
            ["not_approved", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# --- d05: Thanh Hóa city ward: unnamed opinions only and a general call -----------------------------------
DOCS.append({
    "name": "d05-thanhhoa-ward-no-discussion-general", "folder": "dev", "born_digital": True,
    "style": {"family": "sans", "size": 12.5, "spacing": 1.4, "justify": True, "left": 80, "right": 60,
              "indent": 32, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG ĐÔNG THỌ", "CHI BỘ KHU PHỐ 5", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Thọ, ngày 06 tháng 12 năm 2024"], bold_left=(1,), size=11.5),
            G(10),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG 12 NĂM 2024"),
            G(6),
            P("Vào lúc 19 giờ 00 phút ngày 06 tháng 12 năm 2024, tại Nhà văn hóa Khu phố 5, Chi bộ Khu phố 5 tổ "
              "chức hội nghị thường kỳ tháng 12/2024. Tổng số đảng viên 38 đồng chí, trong đó miễn sinh hoạt 07 "
              "đồng chí; đảng viên phải dự 31 đồng chí, có mặt 29 đồng chí, vắng 02 đồng chí có lý do. Về dự có "
              "đồng chí Lê Thị Kim Oanh – Phó Bí thư Đảng ủy phường."),
            P("Đồng chí Trịnh Xuân Hoà – Bí thư chi bộ chủ trì hội nghị, đồng chí Hà Thị Phượng ghi biên bản."),
            P("– Phần thông tin: đồng chí Bí thư thông báo kết quả kỳ họp thứ 8 Quốc hội khóa XV; kế hoạch của "
              "phường về chỉnh trang đô thị, giải tỏa lấn chiếm vỉa hè trên tuyến đường Nguyễn Trãi."),
            P("– Đánh giá tháng 11: khu phố thu quỹ vì người nghèo đạt 102% chỉ tiêu; 100% hộ ký cam kết không "
              "đốt vàng mã nơi công cộng; vẫn còn tình trạng để rác không đúng giờ ở ngõ 12 và ngõ 27; việc nộp "
              "đảng phí của một số đảng viên chưa đúng hạn."),
            P("– Nhiệm vụ tháng 12: chuẩn bị tổng kết năm 2024 và kiểm điểm, xếp loại đảng viên; tổ chức “Ngày "
              "hội Đại đoàn kết” bù vào dịp cuối năm; vận động nhân dân đón Tết an toàn, tiết kiệm."),
            P("– Thảo luận: hội nghị thảo luận sôi nổi, các ý kiến đều nhất trí với báo cáo do chi ủy trình bày; "
              "một số ý kiến đề nghị quan tâm hơn đến vệ sinh môi trường ở các ngõ nhỏ và việc thu gom rác thải "
              "sau 21 giờ."),
            P("Thay mặt chi ủy, đồng chí Bí thư kết luận: tháng 12 chi bộ tập trung hoàn thành kiểm điểm, đánh giá "
              "xếp loại đảng viên đúng hướng dẫn; giữ vững an ninh trật tự dịp cuối năm. Đề nghị các đồng chí "
              "đảng viên gương mẫu thực hiện, vận động gia đình và bà con trong khu phố chấp hành tốt các chủ "
              "trương của phường, nộp đảng phí đầy đủ, đúng thời gian quy định."),
            P("Hội nghị biểu quyết bằng hình thức giơ tay: 29/29 đồng chí nhất trí (đạt tỷ lệ 100%)."),
            P("Hội nghị kết thúc hồi 20 giờ 45 phút. Biên bản đã được đọc lại trước hội nghị và được các đồng chí "
              "dự họp nhất trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Hà Thị Phượng"], ["CHỦ TỌA", "", "", "Trịnh Xuân Hoà"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-06", "19:00", "20:45", "Nhà văn hóa Khu phố 5", "CHI BỘ KHU PHỐ 5",
                    "ĐẢNG BỘ PHƯỜNG ĐÔNG THỌ"),
            "Trịnh Xuân Hoà", "Bí thư chi bộ", "Hà Thị Phượng",
            attendance(38, 29, 2, 2, 0, 7, [], [("Lê Thị Kim Oanh", "Phó Bí thư Đảng ủy phường")]),
            True,
            [vote("Biểu quyết giơ tay", 29, None, None, 100)],
            [],
            ["missing_assignments", "no_discussion"]),
    }],
    "flags": [], "scans": [],
})


# --- d06: Nghệ An border-guard post: ranks, tasks inside a numbered conclusion, two votes --------------------
DOCS.append({
    "name": "d06-nghean-border-post-ranks-two-votes", "folder": "dev", "born_digital": True,
    "style": {"family": "serif", "size": 12.5, "spacing": 1.3, "justify": True, "left": 80, "right": 58,
              "indent": 28},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BĐBP TỈNH NGHỆ AN", "ĐẢNG ỦY ĐỒN BIÊN PHÒNG MƯỜNG ÁI", "CHI BỘ ĐỘI VẬN ĐỘNG",
                "QUẦN CHÚNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mường Ải, ngày 27 tháng 3 năm 2025"], bold_left=(2, 3), size=11),
            G(8),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2025"),
            G(6),
            L("Thời gian: Từ 07 giờ 30 đến 10 giờ 00 ngày 27/3/2025."),
            L("Địa điểm: Hội trường Đồn."),
            P("Quân số đảng viên: 11 đồng chí; có mặt: 11/11 đồng chí (trong đó 01 đảng viên dự bị)."),
            P("Dự và chỉ đạo: Đại úy Hồ Ngọc Sơn – Đảng ủy viên, Chính trị viên phó Đồn."),
            L("Chủ trì: Thiếu tá Lương Văn Thắm – Bí thư chi bộ, Đội trưởng."),
            L("Thư ký: Trung úy Vi Văn Hoan."),
            H("Phần thứ nhất: Thông báo tình hình"),
            P("Đồng chí chủ trì thông báo tình hình an ninh tuyến biên giới quý I/2025: hoạt động xuất cảnh trái "
              "phép qua các đường mòn giảm; vẫn phát hiện đối tượng lôi kéo đồng bào H'Mông nghe tuyên truyền "
              "đạo lạ qua mạng xã hội tại bản Huồi Thum; giá nông sản giảm, một số hộ ở bản Xốp Mạt thiếu đói "
              "giáp hạt."),
            H("Phần thứ hai: Kiểm điểm nhiệm vụ tháng 3 và phương hướng tháng 4"),
            P("Tháng 3, Đội duy trì 100% quân số tổ công tác bám bản; phối hợp xã tổ chức 06 buổi tuyên truyền "
              "Luật Biên phòng với 420 lượt người nghe; hỗ trợ 12 hộ nghèo làm chuồng trại. Hạn chế: hồ sơ theo "
              "dõi hộ nghèo còn sơ sài; việc học tiếng H'Mông của cán bộ trẻ chưa đạt kế hoạch. Tháng 4 tiếp tục "
              "bám địa bàn, chuẩn bị cao điểm bảo vệ các ngày lễ 30/4, 1/5."),
            H("Phần thứ ba: Thảo luận, kết luận, biểu quyết"),
            P("Thượng úy Moong Văn Sơn (tổ công tác bản Xốp Mạt) báo cáo 07 hộ thiếu gạo giáp hạt, đề xuất Đồn "
              "kêu gọi nhà hảo tâm hỗ trợ trước mùa mưa."),
            P("Ý kiến của đồng chí Xồng Bá Tu (đảng viên dự bị): các đối tượng thường vào bản lúc đêm, cần tăng "
              "tuần tra ban đêm; bản thân sẽ dùng tiếng H'Mông để giải thích cho bà con hiểu."),
            P("Đồng chí Kha Văn Tỉnh đồng tình với báo cáo, đồng thời kiến nghị Đồn bố trí lớp học tiếng H'Mông "
              "buổi tối hai lần một tuần cho cán bộ dưới 30 tuổi."),
            L("Kết luận của đồng chí chủ trì:"),
            bullet("1) Chi bộ thống nhất đánh giá kết quả tháng 3 và nhiệm vụ tháng 4 như báo cáo."),
            bullet("2) Giao Thượng úy Moong Văn Sơn cùng già làng bản Xốp Mạt lập danh sách hộ thiếu đói, đề xuất "
                   "mức hỗ trợ, hoàn thành trước ngày 15/4/2025."),
            bullet("3) Tổ công tác bản Huồi Thum duy trì tuần tra chung với dân quân, nắm chắc các đối tượng lạ vào "
                   "bản, báo cáo chi ủy hằng tuần."),
            bullet("4) Đồng chí Vi Văn Hoan hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức cho đồng chí "
                   "Xồng Bá Tu, trình Đảng ủy Đồn chậm nhất ngày 05/4/2025."),
            P("Biểu quyết kết luận: 11/11 đồng chí tán thành (100%)."),
            P("Biểu quyết đề nghị công nhận đảng viên chính thức đối với đồng chí Xồng Bá Tu: 10/10 đảng viên "
              "chính thức tán thành."),
            P("Sinh hoạt kết thúc 10 giờ 00 cùng ngày. Biên bản đã thông qua trước chi bộ, 11/11 đồng chí nhất trí."),
            S(["THƯ KÝ", "", "", "Trung úy Vi Văn Hoan"], ["BÍ THƯ CHI BỘ", "", "", "Thiếu tá Lương Văn Thắm"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-27", "07:30", "10:00", "Hội trường Đồn", "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG",
                    "ĐẢNG ỦY ĐỒN BIÊN PHÒNG MƯỜNG ÁI"),
            "Lương Văn Thắm", "Bí thư chi bộ", "Vi Văn Hoan",
            attendance(11, 11, 0, 0, 0, 0, [], [("Hồ Ngọc Sơn", "Đảng ủy viên, Chính trị viên phó Đồn")]),
            True,
            [vote("Biểu quyết kết luận", 11, None, None, 100),
             vote("Đề nghị công nhận đảng viên chính thức cho đồng chí Xồng Bá Tu", 10, None, None, None)],
            [task("Moong Văn Sơn", "cùng già làng bản Xốp Mạt lập danh sách hộ thiếu đói, đề xuất mức hỗ trợ",
                  "15/4/2025"),
             task("Tổ công tác bản Huồi Thum", "duy trì tuần tra chung với dân quân, nắm chắc các đối tượng lạ "
                  "vào bản, báo cáo chi ủy", "hằng tuần"),
             task("Vi Văn Hoan", "hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức cho đồng chí Xồng Bá "
                  "Tu, trình Đảng ủy Đồn", "05/4/2025")],
            []),
    }],
    "flags": [], "scans": [],
})


# --- d07: Thái Bình district office: regular + thematic in 110 minutes, conclusion never voted ------------
D07_TOPIC = "Siết chặt kỷ luật, kỷ cương hành chính trong thẩm định dự toán và quyết toán ngân sách"
DOCS.append({
    "name": "d07-thaibinh-agency-combined-110min-no-vote", "folder": "dev", "born_digital": True,
    "style": {"family": "dejavu", "size": 11.5, "spacing": 1.35, "justify": False, "left": 78, "right": 55,
              "indent": 26, "para_gap": 3, "head": "Chi bộ Phòng Tài chính – Kế hoạch · Biên bản tháng 6/2024",
              "head_align": "right"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CƠ QUAN", "UBND HUYỆN KIẾN XƯƠNG", "CHI BỘ PHÒNG TÀI CHÍNH – KẾ HOẠCH", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kiến Xương, ngày 05 tháng 6 năm 2024"], bold_left=(2,), size=10.5),
            G(8),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THÁNG 6/2024"),
            C("(kết hợp sinh hoạt chuyên đề quý II/2024)", bold=False, italic=True),
            C("Chuyên đề: " + D07_TOPIC, bold=False),
            G(6),
            P("Hôm nay, ngày 05.6.2024, vào lúc 14 giờ 00, tại phòng họp tầng 2 trụ sở Phòng Tài chính – Kế "
              "hoạch, Chi bộ tổ chức sinh hoạt thường kỳ tháng 6 kết hợp sinh hoạt chuyên đề quý II/2024."),
            P("Thành phần: đảng viên trong chi bộ 10 đồng chí; dự họp 09 đồng chí; vắng 01 đồng chí là đồng chí "
              "Bùi Văn Chiến – Bí thư chi bộ, Trưởng phòng (đi tập huấn tại Tỉnh ủy, đã báo cáo)."),
            P("Điều hành: đồng chí Phạm Quang Huy – Phó Bí thư chi bộ. Ghi biên bản: đồng chí Nguyễn Thị Hằng Nga."),
            H("A. PHẦN SINH HOẠT THƯỜNG KỲ"),
            P("1. Kết quả tháng 5/2024: thẩm định xong dự toán bổ sung cho 17 đơn vị; giải ngân vốn đầu tư công "
              "đạt 41% kế hoạch năm, cao hơn bình quân của tỉnh; còn 04 hồ sơ quyết toán công trình trường học "
              "quá hạn xử lý, trong đó 02 hồ sơ do phòng trả lại chậm."),
            P("2. Nhiệm vụ tháng 6/2024: đẩy nhanh giải ngân, xử lý dứt điểm hồ sơ quyết toán tồn đọng; chuẩn "
              "bị số liệu sơ kết 6 tháng; rà soát kê khai tài sản, thu nhập bổ sung."),
            H("B. PHẦN SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Đào Mạnh Cường, chi ủy viên, trình bày chuyên đề: nêu các quy định về thời hạn thẩm định "
              "dự toán, các biểu hiện nhũng nhiễu, “ngâm” hồ sơ; liên hệ những trường hợp hồ sơ của các trường "
              "học bị trả đi trả lại nhiều lần trong năm 2023."),
            P("Thảo luận: Đồng chí Trương Thị Lụa trao đổi việc nhiều đơn vị nộp hồ sơ thiếu chứng từ nên phòng "
              "buộc phải trả lại, cần có danh mục hồ sơ mẫu gửi trước; đồng chí Đào Mạnh Cường đồng tình và bổ "
              "sung nên ghi rõ ngày hẹn trả kết quả trên phiếu tiếp nhận; đồng chí Lê Văn Toản kiến nghị tiếp "
              "nhận hồ sơ quyết toán qua một đầu mối duy nhất để tránh thất lạc."),
            P("Đồng chí chủ trì kết luận: chi bộ ghi nhận kết quả tháng 5; yêu cầu từ nay không để hồ sơ nào quá "
              "hạn mà không có văn bản trả lời; mỗi đảng viên tự rà soát việc thực hiện kỷ luật hành chính của "
              "mình và báo cáo trong kỳ kiểm điểm cuối năm."),
            P("Phân công: đ/c Trương Thị Lụa rà soát toàn bộ hồ sơ dự toán bổ sung của các trường học, xong "
              "trước 20/6/2024; đ/c Lê Văn Toản và đ/c Nguyễn Thị Hằng Nga xây dựng quy trình một đầu mối tiếp "
              "nhận hồ sơ quyết toán, trình lãnh đạo phòng trong quý III/2024; Tổ thẩm định đầu tư công thường "
              "xuyên công khai thời hạn xử lý hồ sơ trên trang thông tin điện tử của huyện."),
            P("Sinh hoạt kết thúc lúc 15 giờ 50 phút. Biên bản được đọc lại cho các đồng chí dự họp nghe và "
              "thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Nguyễn Thị Hằng Nga"], ["T/M CHI BỘ", "PHÓ BÍ THƯ", "", "Phạm Quang Huy"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-05", "14:00", "15:50", "phòng họp tầng 2 trụ sở Phòng Tài chính – Kế hoạch",
                    "CHI BỘ PHÒNG TÀI CHÍNH – KẾ HOẠCH", "ĐẢNG BỘ CƠ QUAN UBND HUYỆN KIẾN XƯƠNG", topic=D07_TOPIC),
            "Phạm Quang Huy", "Phó Bí thư chi bộ", "Nguyễn Thị Hằng Nga",
            attendance(10, 9, 1, 1, 0, 0, [("Bùi Văn Chiến", "đi tập huấn tại Tỉnh ủy, đã báo cáo", True)]),
            True,
            [],
            [task("Trương Thị Lụa", "rà soát toàn bộ hồ sơ dự toán bổ sung của các trường học", "20/6/2024"),
             task("Lê Văn Toản", "xây dựng quy trình một đầu mối tiếp nhận hồ sơ quyết toán, trình lãnh đạo phòng",
                  "quý III/2024"),
             task("Nguyễn Thị Hằng Nga", "xây dựng quy trình một đầu mối tiếp nhận hồ sơ quyết toán, trình lãnh "
                  "đạo phòng", "quý III/2024"),
             task("Tổ thẩm định đầu tư công", "công khai thời hạn xử lý hồ sơ trên trang thông tin điện tử của "
                  "huyện", "thường xuyên")],
            ["missing_vote", "short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# --- d08: Đà Nẵng software company: opinions in a ruled table, direction voted, no conclusion ---------------
DOCS.append({
    "name": "d08-danang-software-opinion-table-no-conclusion", "folder": "dev", "born_digital": True,
    "style": {"family": "sans", "size": 11.5, "spacing": 1.3, "justify": False, "left": 75, "right": 55,
              "indent": 0, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ KHỐI DOANH NGHIỆP", "THÀNH PHỐ ĐÀ NẴNG", "CHI BỘ CÔNG TY CỔ PHẦN", "PHẦN MỀM SƠN TRÀ"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 18 tháng 02 năm 2025"], bold_left=(2, 3), size=10.5),
            G(10),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ", size=13),
            C("Tháng 02/2025", bold=False),
            G(6),
            L("Thời gian: 17h15 – 19h00, ngày 18/02/2025"),
            L("Địa điểm: phòng họp Hội An, tầng 5, trụ sở Công ty"),
            L("Đảng viên: 12/13 (vắng 01: đ/c Ngô Thanh Tùng – đang công tác tại Nhật Bản)"),
            L("Chủ trì: Đ/c Lê Hoàng Nam (Bí thư Chi bộ, Giám đốc kỹ thuật)"),
            L("Thư ký: Đ/c Trần Thị Mỹ Duyên"),
            H("I – Tình hình tháng 01/2025"),
            L("Công ty bàn giao đúng hạn 03 dự án cho khách hàng Nhật Bản và Hàn Quốc; doanh thu tháng đạt 11,2 tỷ "
              "đồng; tổ chức Tết cho người lao động chu đáo, thưởng Tết bình quân 1,8 tháng lương. Hạn chế: 02 kỹ "
              "sư nghỉ việc sau Tết; một sự cố lộ dữ liệu thử nghiệm do cấu hình máy chủ sai, đã khắc phục."),
            H("II – Phương hướng, nhiệm vụ tháng 3/2025"),
            L("Tuyển bổ sung 06 kỹ sư; hoàn thiện quy trình bảo mật dữ liệu cá nhân; tạo nguồn phát triển đảng "
              "viên trong kỹ sư trẻ; phối hợp Công đoàn tổ chức các hoạt động nhân ngày 8/3 và 26/3."),
            H("III – Ý kiến thảo luận"),
            T([(0.07, "TT", "c"), (0.30, "Đảng viên", "l"), (0.63, "Nội dung ý kiến", "l")],
              [["1", "Phan Văn Đạt", "Kỹ sư trẻ rất ngại tìm hiểu về Đảng vì nghĩ mất thời gian; đề nghị sinh "
                "hoạt ngắn, gắn với công việc chuyên môn"],
               ["2", "Đ/c Hồ Thị Kim Chi", "Sự cố lộ dữ liệu là lời cảnh báo; cần rà soát quy trình theo Nghị "
                "định 13/2023/NĐ-CP, phân quyền truy cập chặt hơn"],
               ["3", "Nguyễn Quốc Bảo (Bí thư Chi đoàn)", "Chi đoàn sẵn sàng tổ chức ngày hội hiến máu, đề "
                "nghị chi bộ hỗ trợ kinh phí"],
               ["4", "Đ/c Lê Hoàng Nam", "Giải thích chế độ đãi ngộ mới để giữ kỹ sư, nhất trí với các đề xuất"]]),
            H("IV – Biểu quyết"),
            L("Chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng 3/2025: 12/12 đồng chí tán thành (100%)."),
            H("V – Phân công"),
            bullet("• Đ/c Phan Văn Đạt chịu trách nhiệm hướng dẫn 05 kỹ sư trẻ tìm hiểu Điều lệ Đảng, giới thiệu "
                   "ít nhất 02 quần chúng ưu tú đi học lớp nhận thức về Đảng trong quý I/2025.", hang=10),
            bullet("• Đề nghị đồng chí Hồ Thị Kim Chi rà soát lại quy trình bảo mật dữ liệu khách hàng, báo cáo "
                   "chi bộ kỳ họp tháng 3.", hang=10),
            bullet("• Chi đoàn Công ty tổ chức ngày hội hiến máu tình nguyện, chậm nhất 15/3/2025.", hang=10),
            bullet("• Đ/c Trần Thị Mỹ Duyên thu, nộp đảng phí hằng tháng.", hang=10),
            L("Buổi họp kết thúc lúc 19h00. Biên bản được đọc lại và được chi bộ thông qua."),
            S(["THƯ KÝ", "", "", "Trần Thị Mỹ Duyên"], ["BÍ THƯ CHI BỘ", "", "", "Lê Hoàng Nam"]),
        ],
        "truth": minute(
            meeting("regular", "2025-02-18", "17:15", "19:00", "phòng họp Hội An, tầng 5, trụ sở Công ty",
                    "CHI BỘ CÔNG TY CỔ PHẦN PHẦN MỀM SƠN TRÀ", "ĐẢNG BỘ KHỐI DOANH NGHIỆP THÀNH PHỐ ĐÀ NẴNG"),
            "Lê Hoàng Nam", "Bí thư Chi bộ", "Trần Thị Mỹ Duyên",
            attendance(13, 12, 1, 1, 0, 0, [("Ngô Thanh Tùng", "đang công tác tại Nhật Bản", True)]),
            False,
            [vote("Thông qua phương hướng, nhiệm vụ tháng 3/2025", 12, None, None, 100)],
            [task("Phan Văn Đạt", "hướng dẫn 05 kỹ sư trẻ tìm hiểu Điều lệ Đảng, giới thiệu ít nhất 02 quần "
                  "chúng ưu tú đi học lớp nhận thức về Đảng", "quý I/2025"),
             task("Hồ Thị Kim Chi", "rà soát lại quy trình bảo mật dữ liệu khách hàng, báo cáo chi bộ",
                  "kỳ họp tháng 3"),
             task("Chi đoàn Công ty", "tổ chức ngày hội hiến máu tình nguyện", "15/3/2025"),
             task("Trần Thị Mỹ Duyên", "thu, nộp đảng phí", "hằng tháng")],
            ["missing_conclusion"]),
    }],
    "flags": [], "scans": [],
})


# --- d09: Ninh Bình retired members' cell, a minute book Jan–May 2025, typed continuously -----------------
B_CELL, B_COMM = "CHI BỘ HƯU TRÍ KHU 3", "ĐẢNG BỘ THỊ TRẤN THIÊN TÔN"
B_TOPIC_FEB = "Phát huy vai trò đảng viên cao tuổi trong xây dựng khu dân cư văn minh"
B_TOPIC_MAY = "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về thực hành tiết kiệm"


def book_header(day_line):
    return HD(["ĐẢNG BỘ THỊ TRẤN THIÊN TÔN", "CHI BỘ HƯU TRÍ KHU 3"], ["ĐẢNG CỘNG SẢN VIỆT NAM", day_line],
              bold_left=(1,))


BOOK_MINUTES = [
    {   # 13/01/2025 regular — Đinh Văn Hạp absent without reason (1)
        "blocks": [
            book_header("Thiên Tôn, ngày 13 tháng 01 năm 2025"),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01/2025"),
            P("Hồi 8 giờ 00 ngày 13 tháng 01 năm 2025, tại Nhà văn hóa Khu 3, Chi bộ Hưu trí Khu 3 sinh hoạt "
              "thường kỳ tháng 01/2025."),
            P("Tổng số đảng viên: 24 đồng chí (miễn sinh hoạt 06 đồng chí do tuổi cao, sức yếu). Có mặt: 17/18. "
              "Vắng 01: đồng chí Đinh Văn Hạp, không lý do."),
            P("Đồng chí Phạm Văn Tuyến, Bí thư chi bộ, chủ trì; đồng chí Vũ Thị Lựu làm thư ký."),
            P("Thông tin: đồng chí Bí thư phổ biến Chỉ thị của Ban Bí thư về tổ chức Tết Ất Tỵ 2025 và lịch trao "
              "Huy hiệu Đảng đợt 3/2."),
            P("Kết quả tháng 12/2024: 100% đảng viên được đánh giá, xếp loại; chi bộ hoàn thành tốt nhiệm vụ; "
              "Câu lạc bộ thơ Khu 3 ra mắt tập thơ “Sông Hoàng Long”. Tồn tại: vẫn có đảng viên vắng sinh hoạt "
              "không báo cáo."),
            P("Ý kiến: Ông Đinh Xuân Khải góp ý việc chuẩn bị báo cáo cần gửi trước cho các đảng viên cao tuổi "
              "đọc; bà Trần Thị Nhài đồng tình, đề nghị chi bộ thăm hỏi các cụ ốm đau trước Tết."),
            P("Đồng chí Bí thư kết luận: tháng 01 chi bộ tập trung lo Tết chu đáo cho đảng viên cao tuổi, vận "
              "động con cháu giữ gìn an ninh, không đốt pháo."),
            P("Biểu quyết: tán thành 17/17 (100%)."),
            P("Giao đồng chí Vũ Thị Lựu thu đảng phí quý I trước ngày 25/01/2025; Tổ đảng số 2 thăm hỏi, tặng quà "
              "các đảng viên cao tuổi trước Tết Nguyên đán; đồng chí Đinh Xuân Khải gặp gỡ, động viên đồng chí "
              "Đinh Văn Hạp tham gia sinh hoạt đều đặn."),
            P("Sinh hoạt kết thúc 10 giờ 00. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Vũ Thị Lựu"], ["BÍ THƯ", "Phạm Văn Tuyến"]),
        ],
        "truth": minute(
            meeting("regular", "2025-01-13", "08:00", "10:00", "Nhà văn hóa Khu 3", B_CELL, B_COMM),
            "Phạm Văn Tuyến", "Bí thư chi bộ", "Vũ Thị Lựu",
            attendance(24, 17, 1, 0, 1, 6, [("Đinh Văn Hạp", "không lý do", False)]),
            True,
            [vote("Biểu quyết kết luận", 17, None, None, 100)],
            [task("Vũ Thị Lựu", "thu đảng phí quý I", "25/01/2025"),
             task("Tổ đảng số 2", "thăm hỏi, tặng quà các đảng viên cao tuổi", "Tết Nguyên đán"),
             task("Đinh Xuân Khải", "gặp gỡ, động viên đồng chí Đinh Văn Hạp tham gia sinh hoạt đều đặn", None)],
            ["unexcused_absence"]),
    },
    {   # 14/02/2025 regular combined with the Q1 thematic meeting, 135 min — clean
        "blocks": [
            book_header("Thiên Tôn, ngày 14 tháng 02 năm 2025"),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2025"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ I/2025"),
            C("Chuyên đề: " + B_TOPIC_FEB, bold=False, italic=True),
            P("Thời gian: 8 giờ 00 đến 10 giờ 15 phút, ngày 14/02/2025. Địa điểm: Nhà văn hóa Khu 3."),
            P("Đảng viên có mặt 18/18 đồng chí phải sinh hoạt (06 đồng chí miễn sinh hoạt). Chủ trì: đồng chí "
              "Phạm Văn Tuyến – Bí thư chi bộ. Thư ký: đồng chí Vũ Thị Lựu."),
            P("1- Đánh giá tháng 01: chi bộ đã thăm, tặng quà 11 đảng viên trên 80 tuổi; khu dân cư đón Tết an "
              "toàn, không có vụ việc phức tạp; thu đảng phí quý I đạt 100%."),
            P("2- Chuyên đề: đồng chí Nguyễn Đình Thạo, Phó Bí thư, trình bày những việc đảng viên cao tuổi có thể "
              "làm: hòa giải mâu thuẫn, nêu gương con cháu, tham gia giữ gìn vệ sinh ngõ xóm."),
            P("3- Có 03 ý kiến phát biểu: ông Lê Văn Cẩn nêu kinh nghiệm hòa giải hai vụ tranh chấp lối đi ở xóm "
              "Đông; bà Trần Thị Nhài đề nghị mở lại câu lạc bộ dưỡng sinh buổi sáng; đồng chí Đinh Văn Hạp nhận "
              "khuyết điểm vắng họp tháng trước và hứa sinh hoạt đầy đủ."),
            P("4- Kết luận: đồng chí chủ trì kết luận mỗi đảng viên đăng ký ít nhất một việc làm cụ thể cho khu dân "
              "cư; chi bộ khôi phục câu lạc bộ dưỡng sinh."),
            P("5- Biểu quyết: 18/18 đồng chí nhất trí, đạt 100%."),
            P("6- Phân công: đồng chí Nguyễn Đình Thạo viết bài giới thiệu gương đảng viên cao tuổi tiêu biểu, gửi "
              "Đảng ủy thị trấn hằng quý; đồng chí Lê Văn Cẩn phụ trách câu lạc bộ dưỡng sinh, tổ chức tập luyện "
              "hằng ngày."),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 15 phút; biên bản được đọc lại, các đồng chí nhất trí."),
            S(["THƯ KÝ", "Vũ Thị Lựu"], ["BÍ THƯ", "Phạm Văn Tuyến"]),
        ],
        "truth": minute(
            meeting("regular", "2025-02-14", "08:00", "10:15", "Nhà văn hóa Khu 3", B_CELL, B_COMM, topic=B_TOPIC_FEB),
            "Phạm Văn Tuyến", "Bí thư chi bộ", "Vũ Thị Lựu",
            attendance(24, 18, 0, 0, 0, 6),
            True,
            [vote("Biểu quyết kết luận", 18, None, None, 100)],
            [task("Nguyễn Đình Thạo", "viết bài giới thiệu gương đảng viên cao tuổi tiêu biểu, gửi Đảng ủy thị trấn",
                  "hằng quý"),
             task("Lê Văn Cẩn", "phụ trách câu lạc bộ dưỡng sinh, tổ chức tập luyện", "hằng ngày")],
            []),
    },
    {   # 11/04/2025 regular (no March meeting) — Hạp absent without reason (2); no read-back
        "blocks": [
            book_header("Thiên Tôn, ngày 11 tháng 4 năm 2025"),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 4/2025"),
            P("Vào lúc 14 giờ 00 ngày 11/4/2025 tại nhà riêng đồng chí Phạm Văn Tuyến, Chi bộ Hưu trí Khu 3 họp "
              "thường kỳ. Có mặt 17/18 đồng chí; miễn sinh hoạt 06; vắng 01: Đinh Văn Hạp (không có lý do)."),
            P("Chủ trì: Phạm Văn Tuyến (Bí thư). Thư ký: Vũ Thị Lựu."),
            P("a) Chi bộ nghe thông báo về việc sắp xếp, sáp nhập đơn vị hành chính cấp xã và ý kiến của nhân dân "
              "về phương án tên gọi mới."),
            P("b) Tháng 02 và tháng 3, câu lạc bộ dưỡng sinh duy trì đều 25 – 30 người tập; chi bộ không tổ chức "
              "sinh hoạt tháng 3 do nhiều đồng chí ốm, đi viện."),
            P("c) Thảo luận: đồng chí Trần Thị Nhài đề nghị chi bộ báo cáo cấp trên trường hợp đồng chí Đinh Văn "
              "Hạp; đồng chí Lê Văn Cẩn cho rằng cần gặp gia đình để tìm hiểu hoàn cảnh trước khi xử lý."),
            P("d) Kết luận: đồng chí Bí thư kết luận chi bộ đồng tình với phương án sáp nhập; xử lý nghiêm việc "
              "đảng viên vắng sinh hoạt nhiều lần không có lý do theo đúng Điều lệ."),
            P("e) Biểu quyết: 17/17 đồng chí tán thành."),
            P("g) Phân công: Chi ủy báo cáo Đảng ủy thị trấn về trường hợp đồng chí Đinh Văn Hạp trong tháng "
              "4/2025; đồng chí Trần Thị Nhài cùng Chi hội Người cao tuổi tổ chức mừng thọ các cụ tròn 80, 90 "
              "tuổi trước ngày 30/4."),
            P("Cuộc họp kết thúc lúc 16 giờ 00."),
            S(["THƯ KÝ", "Vũ Thị Lựu"], ["BÍ THƯ", "Phạm Văn Tuyến"]),
        ],
        "truth": minute(
            meeting("regular", "2025-04-11", "14:00", "16:00", "nhà riêng đồng chí Phạm Văn Tuyến", B_CELL, B_COMM),
            "Phạm Văn Tuyến", "Bí thư", "Vũ Thị Lựu",
            attendance(24, 17, 1, 0, 1, 6, [("Đinh Văn Hạp", "không có lý do", False)]),
            True,
            [vote("Biểu quyết kết luận", 17, None, None, None)],
            [task("Chi ủy", "báo cáo Đảng ủy thị trấn về trường hợp đồng chí Đinh Văn Hạp", "tháng 4/2025"),
             task("Trần Thị Nhài", "cùng Chi hội Người cao tuổi tổ chức mừng thọ các cụ tròn 80, 90 tuổi", "30/4")],
            ["not_approved", "unexcused_absence"]),
    },
    {   # 09/05/2025 regular — three absent, Hạp without reason (3): 15/18
        "blocks": [
            book_header("Thiên Tôn, ngày 09 tháng 5 năm 2025"),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2025"),
            P("Thời gian: từ 8h00 đến 9h45, ngày 09/5/2025. Địa điểm: Nhà văn hóa Khu 3."),
            P("Đảng viên phải sinh hoạt: 18 (miễn 06); có mặt: 15; vắng: 03 gồm đồng chí Trần Thị Nhài (đi viện), "
              "đồng chí Lê Văn Cẩn (về quê Kim Sơn) và đồng chí Đinh Văn Hạp (vắng không lý do)."),
            P("Chủ trì: đ/c Phạm Văn Tuyến – Bí thư chi bộ; thư ký: đ/c Vũ Thị Lựu."),
            P("Nội dung: chi bộ quán triệt kế hoạch kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh; đánh giá tháng "
              "4: tổ chức mừng thọ cho 09 cụ, Đảng ủy thị trấn đã nhận báo cáo về đồng chí Đinh Văn Hạp."),
            L("Tham gia ý kiến:"),
            bullet("+ Đ/c Đinh Xuân Khải: đề nghị chi bộ đề xuất trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Lê "
                   "Văn Cẩn đúng dịp 19/5."),
            bullet("+ Đ/c Nguyễn Đình Thạo: lưu ý an toàn cho các cụ khi đi dự lễ ở đền Vua Đinh trong mùa nắng "
                   "nóng."),
            P("Đồng chí Bí thư tóm tắt, kết luận: chi bộ thống nhất tổ chức kỷ niệm 19/5 gọn, trang trọng; hoàn "
              "thiện hồ sơ Huy hiệu Đảng; chờ ý kiến của Đảng ủy thị trấn về trường hợp đồng chí Hạp."),
            P("Tán thành: 15/15 đồng chí; không tán thành: không."),
            bullet("+ Đ/c Vũ Thị Lựu lập danh sách đảng viên được đề nghị trao Huy hiệu Đảng đợt 19/5, nộp Văn "
                   "phòng Đảng ủy chậm nhất ngày 12/5/2025."),
            bullet("+ Tổ đảng số 1 và Tổ đảng số 2 vận động các hộ treo cờ, dọn vệ sinh đường làng đến hết tháng "
                   "6/2025."),
            P("Sinh hoạt kết thúc lúc 9h45. Biên bản đọc lại, thông qua tại cuộc họp."),
            S(["THƯ KÝ", "Vũ Thị Lựu"], ["BÍ THƯ", "Phạm Văn Tuyến"]),
        ],
        "truth": minute(
            meeting("regular", "2025-05-09", "08:00", "09:45", "Nhà văn hóa Khu 3", B_CELL, B_COMM),
            "Phạm Văn Tuyến", "Bí thư chi bộ", "Vũ Thị Lựu",
            attendance(24, 15, 3, 2, 1, 6, [("Trần Thị Nhài", "đi viện", True),
                                             ("Lê Văn Cẩn", "về quê Kim Sơn", True),
                                             ("Đinh Văn Hạp", "vắng không lý do", False)]),
            True,
            [vote("Biểu quyết kết luận", 15, 0, None, None)],
            [task("Vũ Thị Lựu", "lập danh sách đảng viên được đề nghị trao Huy hiệu Đảng đợt 19/5, nộp Văn phòng "
                  "Đảng ủy", "12/5/2025"),
             task("Tổ đảng số 1", "vận động các hộ treo cờ, dọn vệ sinh đường làng", "hết tháng 6/2025"),
             task("Tổ đảng số 2", "vận động các hộ treo cờ, dọn vệ sinh đường làng", "hết tháng 6/2025")],
            ["low_attendance", "unexcused_absence"]),
    },
    {   # 23/05/2025 thematic, the deputy presides while the Bí thư is away — clean
        "blocks": [
            book_header("Thiên Tôn, ngày 23 tháng 5 năm 2025"),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II/2025"),
            C("Chuyên đề: " + B_TOPIC_MAY, bold=False, italic=True),
            P("Bắt đầu: 8 giờ 00, ngày 23/5/2025, tại Nhà văn hóa Khu 3."),
            P("Có mặt 17/18 đảng viên phải sinh hoạt, vắng 01 đồng chí Phạm Văn Tuyến (đi khám mắt tại Hà Nội); "
              "miễn sinh hoạt: 06 đồng chí."),
            P("Đồng chí Nguyễn Đình Thạo – Phó Bí thư chi bộ chủ trì; đồng chí Vũ Thị Lựu ghi biên bản."),
            P("Đồng chí chủ trì trình bày chuyên đề, nhắc lại lời Bác “cần, kiệm, liêm, chính” và liên hệ việc "
              "tổ chức cưới, tang, mừng thọ trong khu dân cư còn phô trương."),
            P("Tham gia ý kiến, bà Trần Thị Nhài kể việc gia đình bà tổ chức mừng thọ mẹ chồng 100 tuổi chỉ trong "
              "nội tộc; ông Đinh Văn Hạp thừa nhận thời gian qua bận trông cháu nên bỏ sinh hoạt, xin chi bộ "
              "giúp đỡ; đồng chí Lê Văn Cẩn đề nghị xây dựng mô hình “Khu dân cư không rác thải nhựa”."),
            P("Đồng chí chủ trì kết luận: mỗi đảng viên viết một bài thu hoạch ngắn, cam kết không tổ chức cỗ bàn "
              "linh đình; chi bộ đăng ký mô hình “Khu dân cư không rác thải nhựa”."),
            P("Chi bộ biểu quyết 17/17 nhất trí."),
            P("Giao đồng chí Lê Văn Cẩn tổng hợp bài thu hoạch của đảng viên, báo cáo chi ủy trước 10/6/2025; "
              "đồng chí Vũ Thị Lựu đăng ký mô hình với Đảng ủy thị trấn trong tháng 6/2025."),
            P("Kết thúc 9 giờ 40 phút. Biên bản đã được thông qua, 17/17 đồng chí nhất trí."),
            S(["THƯ KÝ", "Vũ Thị Lựu"], ["CHỦ TRÌ", "PHÓ BÍ THƯ", "Nguyễn Đình Thạo"]),
        ],
        "truth": minute(
            meeting("thematic", "2025-05-23", "08:00", "09:40", "Nhà văn hóa Khu 3", B_CELL, B_COMM, topic=B_TOPIC_MAY),
            "Nguyễn Đình Thạo", "Phó Bí thư chi bộ", "Vũ Thị Lựu",
            attendance(24, 17, 1, 1, 0, 6, [("Phạm Văn Tuyến", "đi khám mắt tại Hà Nội", True)]),
            True,
            [vote("Biểu quyết kết luận chuyên đề", 17, None, None, None)],
            [task("Lê Văn Cẩn", "tổng hợp bài thu hoạch của đảng viên, báo cáo chi ủy", "10/6/2025"),
             task("Vũ Thị Lựu", "đăng ký mô hình với Đảng ủy thị trấn", "tháng 6/2025")],
            []),
    },
]

DOCS.append({
    "name": "d09-ninhbinh-retired-cell-book-2025", "folder": "dev", "born_digital": True,
    "style": {"family": "serif", "size": 12, "spacing": 1.25, "justify": True, "left": 78, "right": 55,
              "indent": 26, "para_gap": 2, "head": "Sổ biên bản Chi bộ Hưu trí Khu 3 – năm 2025",
              "foot": "- {n} -"},
    "between": 22,
    "minutes": BOOK_MINUTES,
    "flags": ["missing_month", "repeated_absence"],
    "scans": [],
})


# --- d10: Hà Tĩnh secondary school: "*" headings, opinions through job roles, vote in words, clean ----------
DOCS.append({
    "name": "d10-hatinh-school-words-clean", "folder": "dev", "born_digital": True,
    "style": {"family": "dejavu", "size": 12.5, "spacing": 1.35, "justify": False, "left": 82, "right": 55,
              "indent": 24, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ CẨM DUỆ", "CHI BỘ TRƯỜNG THCS CẨM DUỆ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Duệ, ngày 10 tháng 12 năm 2024"], bold_left=(1,), size=11),
            G(8),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 12 NĂM 2024"),
            G(6),
            P("Vào lúc 16 giờ 45 phút, ngày 10/12/2024, tại phòng Hội đồng nhà trường, Chi bộ Trường THCS Cẩm Duệ "
              "tiến hành sinh hoạt định kỳ tháng 12/2024."),
            L("* Thành phần:", bold=True),
            bullet("- Tổng số đảng viên: 15 đồng chí (chính thức 13, dự bị 02);"),
            bullet("- Có mặt: 14 đồng chí;"),
            bullet("- Vắng: 01 đồng chí – Lê Thị Huyền Trang, nghỉ sinh con."),
            P("Chủ tọa: đồng chí Nguyễn Văn Quyết – Bí thư chi bộ, Hiệu trưởng. Thư ký: đồng chí Phan Thị Hoài "
              "Thương."),
            L("* Nội dung:", bold=True),
            P("Đồng chí Bí thư thông tin kết quả Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 27 và báo cáo kết "
              "quả tháng 11: tổ chức thành công Hội giảng chào mừng 20/11 với 22 tiết dạy, 18 tiết xếp loại giỏi; "
              "thu hồ sơ kiểm định chất lượng đạt 80%; còn 04 học sinh lớp 8 nghỉ học dài ngày do gia đình đi làm "
              "ăn xa. Nhiệm vụ tháng 12: ôn thi học sinh giỏi cấp huyện, kiểm tra cuối học kỳ I nghiêm túc, chăm "
              "lo Tết cho học sinh nghèo."),
            L("* Ý kiến thảo luận:", bold=True),
            P("Đồng chí tổ trưởng tổ Khoa học tự nhiên (Trần Đình Lâm) cho biết đội tuyển Toán 9 mới có 05 em đủ "
              "năng lực, đề nghị tăng buổi ôn vào chiều thứ Bảy."),
            P("Thầy Lê Quang Vinh đề nghị chia việc hoàn thiện hồ sơ kiểm định cho từng tiêu chuẩn, có người chịu "
              "trách nhiệm cụ thể."),
            P("Đ/c Hồ Thị Lài (Chủ tịch Công đoàn) trao đổi: Công đoàn đã vận động được 7,5 triệu đồng, có thể "
              "phối hợp Ban đại diện cha mẹ học sinh mua quà Tết cho 30 em."),
            L("* Kết luận:", bold=True),
            P("Đồng chí chủ tọa tóm tắt, kết luận: chi bộ thống nhất với báo cáo; tháng 12 ưu tiên ôn luyện học "
              "sinh giỏi, hoàn thành hồ sơ kiểm định; quan tâm đến 04 học sinh bỏ học dài ngày, phối hợp với thôn "
              "để vận động các em trở lại lớp."),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng 12: mười bốn trên mười bốn đồng chí tán thành, đạt một "
              "trăm phần trăm."),
            L("* Phân công thực hiện:", bold=True),
            bullet("+ Đ/c Trần Đình Lâm: ôn luyện đội tuyển học sinh giỏi Toán 9 dự thi cấp huyện, thường xuyên."),
            bullet("+ Đ/c Hồ Thị Lài: phối hợp Ban đại diện cha mẹ học sinh trao quà cho học sinh nghèo trước Tết "
                   "Nguyên đán."),
            bullet("+ Đ/c Lê Quang Vinh và đ/c Võ Thị Sen: hoàn thành hồ sơ kiểm định chất lượng, nộp Phòng Giáo "
                   "dục và Đào tạo tuần sau."),
            bullet("+ Chi ủy: xây dựng kế hoạch bồi dưỡng quần chúng Đặng Thị Mai Anh trong học kỳ II."),
            P("Cuộc họp kết thúc lúc 18 giờ 30 phút. Biên bản được đọc lại, các đồng chí dự họp nhất trí thông qua "
              "toàn văn."),
            S(["THƯ KÝ", "", "", "Phan Thị Hoài Thương"], ["CHỦ TỌA", "", "", "Nguyễn Văn Quyết"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-10", "16:45", "18:30", "phòng Hội đồng nhà trường",
                    "CHI BỘ TRƯỜNG THCS CẨM DUỆ", "ĐẢNG BỘ XÃ CẨM DUỆ"),
            "Nguyễn Văn Quyết", "Bí thư chi bộ", "Phan Thị Hoài Thương",
            attendance(15, 14, 1, 1, 0, 0, [("Lê Thị Huyền Trang", "nghỉ sinh con", True)]),
            True,
            [vote("Thông qua nghị quyết tháng 12", 14, None, None, 100)],
            [task("Trần Đình Lâm", "ôn luyện đội tuyển học sinh giỏi Toán 9 dự thi cấp huyện", "thường xuyên"),
             task("Hồ Thị Lài", "phối hợp Ban đại diện cha mẹ học sinh trao quà cho học sinh nghèo", "Tết Nguyên đán"),
             task("Lê Quang Vinh", "hoàn thành hồ sơ kiểm định chất lượng, nộp Phòng Giáo dục và Đào tạo",
                  "tuần sau"),
             task("Võ Thị Sen", "hoàn thành hồ sơ kiểm định chất lượng, nộp Phòng Giáo dục và Đào tạo", "tuần sau"),
             task("Chi ủy", "xây dựng kế hoạch bồi dưỡng quần chúng Đặng Thị Mai Anh", "học kỳ II")],
            []),
    }],
    "flags": [], "scans": [],
})
