"""Held-out set 3, share A (dev folder): minutes written by hand, with their truth labels.

Written without reading the extractor, the generator or the earlier held-out wordings (only the helper
definitions of samples/heldout2/minutes.py and its dev-01 document for the syntax). Every sentence here is
worded on its own.

a01-hanoi-ward-absentee-table-clean      Hà Nội residential-group cell; DejaVu Serif 12, "Trang n/N"; "*" under
                                         the cell; "BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ" + "Tháng 10/2024"; "Hồi 19 giờ
                                         30'"; 4 exempt counted; ruled absentee table "STT | Đồng chí | Lý do vắng";
                                         guest; "Chủ tọa:"/"Thư ký:" on one line; "1.–5." + "a) b) c)"; "tóm tắt và
                                         kết luận"; "giơ tay … 25/25 … (100%)"; two people in one sentence, a group,
                                         "hằng tuần"; 2 pages — no flag
a02-haiduong-school-thematic-clean       Hải Dương primary school; Liberation Sans 12; "SINH HOẠT CHUYÊN ĐỀ QUÝ IV
                                         NĂM 2024" + "Chuyên đề:" line; "Vào hồi 14h30"; "16/17 (trong đó dự bị 01)";
                                         "Điều hành …"/"Ghi biên bản:"; "I – … IV –"; "Thay mặt chi ủy … phát biểu
                                         kết luận"; "tán thành 16/16; không tán thành: 0; không biểu quyết: 0"; "+"
                                         tasks with "đảm nhận", "phụ trách", "có trách nhiệm", "học kỳ I" — no flag
a03-phutho-hospital-combined-105min      Phú Thọ district health centre ICU; Serif 12.5; "Số: 11-BB/CB"; title
                                         over two lines "… THƯỜNG KỲ THÁNG 6 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II" +
                                         "(Chuyên đề: …)"; "– Thời gian: từ … đến …" = 105 min (bar 120); 18/20 =
                                         exactly 90 %; degrees before names (BSCKI., ThS.BS, ĐD.); "A.–E." capital
                                         parts; ruled task table "Số TT | Công việc | Người phụ trách | Thời hạn"
                                         (two people in a cell, "Chi ủy", "Hằng tuần", "Kỳ họp tháng 7") — short_meeting
a04-tuyenquang-village-printed-form      Tuyên Quang village (Tày, Dao names); old printed form: "Số: ……/BB-CB",
                                         "Khách mời: ……", "(Ký, ghi rõ họ tên)" left; "I. / 1." form headings;
                                         "Tán thành: 16/16 …, tỷ lệ 100%. Không tán thành: 0"; ends with the end time
                                         only, no read-back — not_approved, unfilled_template
a05-thanhhoa-police-ranks-clean          Thanh Hóa commune police; DejaVu Sans 11.5, ragged, no indent; "Kỳ tháng 9
                                         năm 2024"; "lúc 07 giờ 30 phút ngày 05.9.2024"; "Quân số đảng viên: 10 …
                                         có mặt 09" (90 %); ranks before every name (chair, secretary, absentee,
                                         guest, signatures); "1/ … 5/" headings; "giơ tay: 09/09 … không có đồng chí
                                         nào không tán thành"; "Giao …", "có trách nhiệm", two officers "… báo cáo
                                         chi ủy trước kỳ họp sau" — no flag
a06-quangtri-retired-mono-low-unexcused  Quảng Trị retired members' cell, typed like an old book (Liberation Mono
                                         11, spacing 1.5); "THÁNG TƯ"; date and counts in words; 6 exempt counted;
                                         absentees inline, one "không có lý do"; meets in a member's house; chair
                                         and secretary in one sentence; "* * *" parts; "mười hai trên mười hai";
                                         old tone marks (Hoà, Thuỷ) — low_attendance, unexcused_absence
a07-thainguyen-foundry-no-conclusion     Thái Nguyên engineering company, foundry workshop; Liberation Sans 11;
                                         "BIÊN BẢN HỘI NGHỊ CHI BỘ"; "16h15"; "12/12"; only "thảo luận sôi nổi, …
                                         nhất trí", no chair's conclusion, no vote; tasks after "Phân công:" —
                                         missing_conclusion, missing_vote, no_discussion
a08-hatinh-district-office-75min         Hà Tĩnh district finance office; Serif 13, justified; "ngày 4-11-2024",
                                         "14 giờ 30'" to "15 giờ 45'" (75 min); "10/11"; chair and secretary on one
                                         line; no headings; conclusion then only a general call to members;
                                         "đạt tỷ lệ 100%" — missing_assignments, short_meeting
a09-nghean-coop-book-jan-may-2025        minute BOOK of a Nghệ An agricultural cooperative cell, 5 minutes
                                         (10/1, 11/2, 9/4, 8/5 regular; 22/5 thematic), March missing, every minute
                                         after the first starts mid-page; running head right + "- n -" at the foot;
                                         per minute: —; unexcused_absence; not_approved; low_attendance +
                                         missing_assignments + unexcused_absence; no_discussion + short_meeting.
                                         Hồ Văn Lân absent without reason twice only (once excused in April), so no
                                         repeated_absence — book: missing_month, no_thematic_in_quarter
a10-hanoi-ward-scan-photocopy            image-only twin of a01, "photocopy" damage at 250 dpi (2 pages)
a11-nghean-coop-book-scan-moderate       image-only twin of the a09 book, "moderate" damage at 200 dpi
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


# --------------------------------------------------------------------------------------------------------------
# a01 — Hà Nội, residential group (tổ dân phố) cell of a ward. Clean, absentee table, 2 pages.
# --------------------------------------------------------------------------------------------------------------
DOCS.append({
    "name": "a01-hanoi-ward-absentee-table-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 12, "justify": True, "indent": 24, "spacing": 1.38, "para_gap": 3,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG", "CHI BỘ TỔ DÂN PHỐ SỐ 9", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phúc Đồng, ngày 08 tháng 10 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ"),
            C("Tháng 10/2024", bold=False),
            G(8),
            P("Hồi 19 giờ 30' ngày 08/10/2024, tại Nhà sinh hoạt cộng đồng tổ dân phố số 9, Chi bộ tổ dân phố số 9 "
              "họp thường kỳ tháng 10 năm 2024."),
            H("1. Thành phần dự họp"),
            P("Chi bộ hiện có 31 đảng viên (29 chính thức, 02 dự bị), trong đó 04 đồng chí được miễn sinh hoạt vì "
              "tuổi cao, sức yếu. Số đảng viên phải dự họp là 27; có mặt 25 đồng chí; vắng 02 đồng chí, cụ thể:"),
            T([(0.10, "STT", "c"), (0.42, "Đồng chí", "l"), (0.48, "Lý do vắng", "l")],
              [["1", "Nguyễn Thị Thanh Huyền", "Đi công tác Đà Nẵng"],
               ["2", "Trịnh Quốc Khánh", "Nằm viện (mổ ruột thừa)"]]),
            P("Khách mời: đồng chí Đặng Minh Tuấn – Đảng ủy viên, Phó Chủ tịch UBND phường, phụ trách địa bàn."),
            P("Chủ tọa: đồng chí Lưu Thị Ngọc Hà, Bí thư chi bộ. Thư ký: đồng chí Phan Văn Thắng, Phó Bí thư chi bộ."),
            H("2. Nội dung"),
            L("a) Thông tin thời sự", italic=True),
            P("Đồng chí Bí thư điểm tin các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – "
              "10/10/2024); tình hình khắc phục hậu quả cơn bão số 3 trên địa bàn thành phố; chỉ thị của Ban Thường "
              "vụ Thành ủy về đại hội đảng bộ các cấp nhiệm kỳ 2025 – 2030."),
            L("b) Đánh giá kết quả tháng 9", italic=True),
            P("Tổ dân phố huy động 42 lượt người dọn cây đổ, bùn đất sau bão; quyên góp ủng hộ đồng bào các tỉnh "
              "phía Bắc bị thiệt hại được 18.650.000 đồng; hoàn thành tổng kiểm tra cư trú quý III. Hạn chế: còn "
              "hiện tượng đổ rác sai giờ ở ngõ 12 và ngõ 34; hai hộ kinh doanh lấn chiếm vỉa hè chưa khắc phục dứt "
              "điểm."),
            L("c) Nhiệm vụ tháng 10", italic=True),
            P("Tổ chức các hoạt động chào mừng ngày Phụ nữ Việt Nam 20/10; rà soát, lập danh sách hộ nghèo, cận "
              "nghèo năm 2025; đôn đốc thu quỹ phòng, chống thiên tai; ra quân lập lại trật tự vỉa hè theo kế hoạch "
              "của phường; chuẩn bị nhân sự bầu bổ sung tổ trưởng tổ dân phố."),
            H("3. Ý kiến tham gia"),
            P("Đ/c Trần Văn Lực (tổ trưởng tổ dân phố): ngõ 34 có ba hộ để vật liệu xây dựng ra lối đi chung đã quá "
              "hai tuần, đề nghị chi bộ giao người nhắc nhở cụ thể, nếu không chấp hành thì báo công an phường."),
            P("Đ/c Vương Thị Thoa: chi hội phụ nữ đã lên chương trình văn nghệ 20/10, xin chi bộ hỗ trợ loa đài và "
              "cho mượn nhà sinh hoạt tối 19/10."),
            P("Đ/c Hà Đức Mạnh (đảng viên dự bị): đề nghị niêm yết danh sách bình xét hộ nghèo tại bảng tin của tổ "
              "để bà con cùng giám sát."),
            H("4. Kết luận"),
            P("Đồng chí chủ tọa tiếp thu các ý kiến, tóm tắt và kết luận: chi bộ thống nhất với đánh giá kết quả "
              "tháng 9; tháng 10 tập trung ba việc chính là lập lại trật tự vỉa hè, lối đi chung; bình xét hộ nghèo, "
              "cận nghèo công khai, đúng đối tượng; tổ chức tốt ngày 20/10. Nhà sinh hoạt cộng đồng dành cho chi hội "
              "phụ nữ tối 19/10."),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 25/25 đồng chí có mặt tán thành (100%)."),
            H("5. Phân công"),
            P("- Đồng chí Trần Văn Lực nhắc nhở các hộ ngõ 34 thu dọn vật liệu xây dựng, xong trước ngày 15/10/2024."),
            P("- Đồng chí Vương Thị Thoa chịu trách nhiệm tổ chức văn nghệ mừng ngày Phụ nữ Việt Nam, hoàn thành "
              "trước 19/10."),
            P("- Đồng chí Phan Văn Thắng và đồng chí Hà Đức Mạnh lập, niêm yết danh sách bình xét hộ nghèo, cận "
              "nghèo năm 2025 trong tháng 10."),
            P("- Tổ an ninh tổ dân phố phối hợp công an phường ra quân lập lại trật tự vỉa hè hằng tuần."),
            P("Buổi họp kết thúc hồi 21 giờ 15' cùng ngày. Biên bản đã đọc lại cho các đồng chí dự họp nghe, không "
              "có ý kiến bổ sung, mọi người nhất trí."),
            S(["THƯ KÝ", "", "", "Phan Văn Thắng"], ["CHỦ TỌA", "", "", "Lưu Thị Ngọc Hà"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "19:30", "21:15", "Nhà sinh hoạt cộng đồng tổ dân phố số 9",
                    "CHI BỘ TỔ DÂN PHỐ SỐ 9", "ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG"),
            "Lưu Thị Ngọc Hà", "Bí thư chi bộ", "Phan Văn Thắng",
            attendance(31, 25, 2, 2, 0, 4,
                       [("Nguyễn Thị Thanh Huyền", "Đi công tác Đà Nẵng", True),
                        ("Trịnh Quốc Khánh", "Nằm viện (mổ ruột thừa)", True)],
                       [("Đặng Minh Tuấn", "Đảng ủy viên, Phó Chủ tịch UBND phường, phụ trách địa bàn")]),
            True,
            [vote("kết luận tháng 10", 25, pct=100)],
            [task("Trần Văn Lực", "nhắc nhở các hộ ngõ 34 thu dọn vật liệu xây dựng", "15/10/2024"),
             task("Vương Thị Thoa", "tổ chức văn nghệ mừng ngày Phụ nữ Việt Nam", "19/10"),
             task("Phan Văn Thắng", "lập, niêm yết danh sách bình xét hộ nghèo, cận nghèo năm 2025", "tháng 10"),
             task("Hà Đức Mạnh", "lập, niêm yết danh sách bình xét hộ nghèo, cận nghèo năm 2025", "tháng 10"),
             task("Tổ an ninh tổ dân phố", "phối hợp công an phường ra quân lập lại trật tự vỉa hè", "hằng tuần")],
            []),
    }],
    "scans": [{"name": "a10-hanoi-ward-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 3101,
               "dpi": 250}],
})


# --------------------------------------------------------------------------------------------------------------
# a02 — Hải Dương, primary school cell; thematic meeting of quarter IV. Clean.
# --------------------------------------------------------------------------------------------------------------
A02_TOPIC = ("Nâng cao chất lượng dạy học theo Chương trình giáo dục phổ thông 2018 gắn với học tập và làm theo "
             "tư tưởng, đạo đức, phong cách Hồ Chí Minh")
DOCS.append({
    "name": "a02-haiduong-school-thematic-clean", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 30, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ THANH HỒNG", "CHI BỘ TRƯỜNG TIỂU HỌC THANH HỒNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hồng, ngày 14 tháng 11 năm 2024"]),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2024"),
            C("Chuyên đề: " + A02_TOPIC, bold=False, italic=True, size=11.5),
            G(6),
            P("Vào hồi 14h30 ngày 14/11/2024, tại phòng họp Hội đồng sư phạm nhà trường, Chi bộ Trường Tiểu học "
              "Thanh Hồng tổ chức sinh hoạt chuyên đề quý IV."),
            P("Đảng viên tham dự: 16/17 đồng chí (trong đó dự bị 01). Vắng 01: đồng chí Phạm Thị Yến, nghỉ chế độ "
              "thai sản."),
            P("Điều hành buổi sinh hoạt: đ/c Nguyễn Thị Kim Oanh – Bí thư chi bộ, Hiệu trưởng. Ghi biên bản: đ/c "
              "Đồng Văn Quyết – Chi ủy viên."),
            H("I – Báo cáo chuyên đề"),
            P("Đồng chí Vũ Thị Hương Giang, Phó Hiệu trưởng, trình bày báo cáo chuyên đề. Năm học 2023 – 2024 có "
              "97,6% học sinh hoàn thành chương trình lớp học, 100% học sinh lớp 5 hoàn thành chương trình tiểu học; "
              "14/23 giáo viên thường xuyên dùng bài giảng điện tử. Tuy vậy việc đánh giá học sinh theo Thông tư 27 "
              "ở một số lớp còn hình thức, lời nhận xét trong học bạ chung chung; kỹ năng đọc hiểu của học sinh "
              "khối 3 chưa đồng đều; đồ dùng dạy học môn Khoa học, Công nghệ còn thiếu."),
            P("Báo cáo đề ra giải pháp: mỗi tổ chuyên môn đăng ký ít nhất một chuyên đề dạy học phát triển năng lực "
              "trong mỗi học kỳ; đảng viên là giáo viên đăng ký một việc làm theo gương Bác gắn với chuyên môn; tăng "
              "dự giờ, thăm lớp, góp ý cụ thể sau mỗi tiết dự."),
            H("II – Thảo luận"),
            P("Đ/c Lê Văn Thịnh (tổ trưởng tổ 4-5): đề nghị bổ sung chỉ tiêu số tiết dạy có sử dụng thiết bị, vì "
              "hiện mới có hai phòng học có ti vi kết nối mạng."),
            P("Đ/c Phạm Thu Trang: khối 3 sẽ lập câu lạc bộ đọc sách vào chiều thứ Năm, đề nghị thư viện bổ sung "
              "các đầu sách thiếu nhi còn thiếu."),
            P("Đ/c Đào Thị Nhung: cách đánh giá mới khiến giáo viên mất nhiều thời gian ghi chép; cần tập huấn lại "
              "cách viết nhận xét ngắn gọn, đúng trọng tâm."),
            H("III – Kết luận"),
            P("Thay mặt chi ủy, đồng chí Bí thư phát biểu kết luận: chi bộ đánh giá cao báo cáo chuyên đề và các ý "
              "kiến tham gia; yêu cầu mỗi đảng viên đăng ký việc làm cụ thể gắn với chuyên môn trước ngày 30/11; chi "
              "ủy sẽ lấy kết quả thực hiện làm căn cứ đánh giá, xếp loại đảng viên cuối năm."),
            P("Chi bộ biểu quyết thông qua nội dung chuyên đề và kết luận: tán thành 16/16 đồng chí; không tán "
              "thành: 0; không biểu quyết: 0."),
            H("IV – Tổ chức thực hiện"),
            P("+ Giao đồng chí Vũ Thị Hương Giang xây dựng kế hoạch thực hiện chuyên đề, hoàn thành trong tháng "
              "11/2024."),
            P("+ Đồng chí Đào Thị Nhung đảm nhận tập huấn cách viết nhận xét theo Thông tư 27 cho giáo viên, xong "
              "trước ngày 10/12/2024."),
            P("+ Đồng chí Phạm Thu Trang phụ trách câu lạc bộ đọc sách khối 3, duy trì hằng tuần."),
            P("+ Tổ văn phòng có trách nhiệm rà soát, đề xuất mua sắm đồ dùng dạy học còn thiếu trong học kỳ I."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 16h50 cùng ngày; biên bản được đọc lại trước chi bộ và được các "
              "đồng chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Đồng Văn Quyết"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Thị Kim Oanh"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-11-14", "14:30", "16:50", "phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG TIỂU HỌC THANH HỒNG", "ĐẢNG BỘ XÃ THANH HỒNG", topic=A02_TOPIC),
            "Nguyễn Thị Kim Oanh", "Bí thư chi bộ", "Đồng Văn Quyết",
            attendance(17, 16, 1, 1, 0, 0, [("Phạm Thị Yến", "nghỉ chế độ thai sản", True)]),
            True,
            [vote("nội dung chuyên đề và kết luận", 16, 0, 0)],
            [task("Vũ Thị Hương Giang", "xây dựng kế hoạch thực hiện chuyên đề", "tháng 11/2024"),
             task("Đào Thị Nhung", "tập huấn cách viết nhận xét theo Thông tư 27 cho giáo viên",
                  "10/12/2024"),
             task("Phạm Thu Trang", "phụ trách câu lạc bộ đọc sách khối 3", "hằng tuần"),
             task("Tổ văn phòng", "rà soát, đề xuất mua sắm đồ dùng dạy học còn thiếu", "học kỳ I")],
            []),
    }],
})


# --------------------------------------------------------------------------------------------------------------
# a03 — Phú Thọ, district health centre, ICU department; regular + thematic in 105 minutes; task table.
# --------------------------------------------------------------------------------------------------------------
A03_TOPIC = "Giữ gìn y đức, nâng cao tinh thần, thái độ phục vụ người bệnh"
DOCS.append({
    "name": "a03-phutho-hospital-combined-105min", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 22, "spacing": 1.25, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRUNG TÂM Y TẾ THANH SƠN", "CHI BỘ KHOA HỒI SỨC CẤP CỨU", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Sơn, ngày 26 tháng 6 năm 2025"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2025"),
            C("(Chuyên đề: " + A03_TOPIC + ")", bold=False, italic=True),
            G(6),
            L("– Thời gian: từ 13 giờ 30 phút đến 15 giờ 15 phút ngày 26/6/2025."),
            L("– Địa điểm: Phòng giao ban Khoa Hồi sức cấp cứu."),
            P("– Thành phần: tổng số đảng viên của chi bộ 20 đồng chí; có mặt 18 đồng chí; vắng 02 đồng chí "
              "(ThS.BS Hà Văn Toàn đi học chuyên khoa II tại Hà Nội; ĐD. Cao Thị Nguyệt trực đêm, nghỉ bù).",
              indent=0),
            L("– Chủ trì: BSCKI. Đinh Công Luận – Bí thư chi bộ, Trưởng khoa."),
            L("– Thư ký: ĐD. Hà Thị Thu Hoài."),
            H("A. PHẦN SINH HOẠT THƯỜNG KỲ"),
            L("1. Kết quả thực hiện nhiệm vụ tháng 6"),
            P("Trong tháng khoa tiếp nhận 214 lượt người bệnh, chuyển tuyến 19 ca, tử vong 02 ca (đều là người bệnh "
              "nặng từ tuyến xã chuyển lên). Công suất sử dụng giường bệnh 118%. Khoa đã triển khai được kỹ thuật lọc "
              "máu liên tục. Hạn chế: còn 7 bệnh án điện tử ký số chậm; tủ thuốc trực có lúc thiếu cơ số thuốc chống "
              "độc."),
            L("2. Phương hướng tháng 7"),
            P("Bảo đảm thường trực cấp cứu 24/24 giờ trong mùa nắng nóng; hoàn thiện bệnh án điện tử trong 24 giờ sau "
              "khi người bệnh ra viện; kiểm tra, bổ sung cơ số thuốc chống độc; cử 02 điều dưỡng đi học lớp hồi sức "
              "nhi tại Bệnh viện Đa khoa tỉnh."),
            H("B. PHẦN SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Nguyễn Thị Vân Anh, Phó Bí thư chi bộ, Điều dưỡng trưởng khoa, trình bày chuyên đề. Khảo sát "
              "quý II cho thấy 93% người bệnh và người nhà hài lòng, nhưng đường dây nóng vẫn nhận 02 phản ánh về thái "
              "độ giao tiếp của nhân viên ca đêm. Chuyên đề đề nghị mỗi đảng viên gương mẫu thực hiện Quy tắc ứng xử, "
              "giải thích rõ cho người nhà trước mỗi thủ thuật, không để người bệnh phải chờ đợi không cần thiết."),
            H("C. THẢO LUẬN"),
            P("– Đ/c Bùi Thị Hường (điều dưỡng): ca đêm thường chỉ có 02 điều dưỡng cho 30 giường nên khó giải thích "
              "kỹ cho người nhà; đề nghị bố trí thêm hộ lý."),
            P("– Đ/c Đinh Văn Sáng (bác sĩ): nên làm bảng hướng dẫn quy trình thăm nuôi bằng hình ảnh dán ở hành "
              "lang, người dân tộc ít biết chữ vẫn hiểu được."),
            H("D. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất với kết quả tháng 6, phương hướng tháng 7 và nội dung "
              "chuyên đề; từng đảng viên tự soi, tự sửa về thái độ phục vụ, khoa công khai số điện thoại đường dây "
              "nóng tại buồng bệnh. Kiến nghị bổ sung hộ lý ca đêm do chi ủy trình Ban Giám đốc."),
            P("Chi bộ biểu quyết thông qua kết luận và nghị quyết tháng 7: 18/18 đồng chí có mặt nhất trí (100%)."),
            H("E. PHÂN CÔNG NHIỆM VỤ"),
            T([(0.10, "Số TT", "c"), (0.44, "Công việc", "l"), (0.27, "Người phụ trách", "l"),
               (0.19, "Thời hạn", "l")],
              [["1", "Rà soát, ký số các bệnh án điện tử còn tồn", "Đ/c Đinh Văn Sáng", "05/7/2025"],
               ["2", "Kiểm tra, bổ sung cơ số thuốc chống độc trong tủ trực", "Đ/c Nguyễn Thị Vân Anh",
                "Hằng tuần"],
               ["3", "Làm bảng hướng dẫn thăm nuôi bằng hình ảnh tại hành lang khoa",
                "Đ/c Bùi Thị Hường, đ/c Hà Thị Thu Hoài", "Tháng 7/2025"],
               ["4", "Đề xuất Ban Giám đốc bổ sung hộ lý ca đêm", "Chi ủy", "Kỳ họp tháng 7"]]),
            P("Cuộc họp kết thúc 15 giờ 15 phút. Biên bản được thông qua trước chi bộ, không có ý kiến khác."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Hà Thị Thu Hoài"], ["CHỦ TRÌ", "", "", "Đinh Công Luận"]),
        ],
        "truth": minute(
            meeting("regular", "2025-06-26", "13:30", "15:15", "Phòng giao ban Khoa Hồi sức cấp cứu",
                    "CHI BỘ KHOA HỒI SỨC CẤP CỨU", "ĐẢNG BỘ TRUNG TÂM Y TẾ THANH SƠN", topic=A03_TOPIC),
            "Đinh Công Luận", "Bí thư chi bộ", "Hà Thị Thu Hoài",
            attendance(20, 18, 2, 2, 0, 0,
                       [("Hà Văn Toàn", "đi học chuyên khoa II tại Hà Nội", True),
                        ("Cao Thị Nguyệt", "trực đêm, nghỉ bù", True)]),
            True,
            [vote("kết luận và nghị quyết tháng 7", 18, pct=100)],
            [task("Đinh Văn Sáng", "Rà soát, ký số các bệnh án điện tử còn tồn", "05/7/2025"),
             task("Nguyễn Thị Vân Anh", "Kiểm tra, bổ sung cơ số thuốc chống độc trong tủ trực", "Hằng tuần"),
             task("Bùi Thị Hường", "Làm bảng hướng dẫn thăm nuôi bằng hình ảnh tại hành lang khoa", "Tháng 7/2025"),
             task("Hà Thị Thu Hoài", "Làm bảng hướng dẫn thăm nuôi bằng hình ảnh tại hành lang khoa",
                  "Tháng 7/2025"),
             task("Chi ủy", "Đề xuất Ban Giám đốc bổ sung hộ lý ca đêm", "Kỳ họp tháng 7")],
            ["short_meeting"]),
    }],
})


# --------------------------------------------------------------------------------------------------------------
# a04 — Tuyên Quang, village cell; an old printed form with blanks left; no read-back.
# --------------------------------------------------------------------------------------------------------------
DOCS.append({
    "name": "a04-tuyenquang-village-printed-form", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HÙNG LỢI", "CHI BỘ THÔN KHUÔN KHẠ", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hùng Lợi, ngày 07 tháng 3 năm 2024"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: Bắt đầu từ 19 giờ 00 phút, ngày 07/3/2024."),
            L("2. Địa điểm: Nhà văn hóa thôn Khuôn Khạ."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên trong chi bộ: 18 đồng chí; miễn sinh hoạt: 01 đồng chí."),
            L("- Số đảng viên có mặt: 16 đồng chí; vắng mặt: 01 đồng chí (có lý do: 01; không lý do: 0)."),
            L("- Đảng viên vắng: Triệu Văn Sinh (đi làm thuê ở Bắc Ninh, đã báo cáo chi ủy)."),
            L("- Khách mời: ……………………………………………"),
            L("- Chủ trì: đồng chí Ma Văn Hoan – Bí thư chi bộ."),
            L("- Thư ký: đồng chí Hoàng Thị Lụa – Chi ủy viên."),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự, phổ biến văn bản mới"),
            P("Bí thư chi bộ thông tin kết quả Tết trồng cây xuân Giáp Thìn của huyện Yên Sơn; phổ biến kế hoạch của "
              "Ủy ban nhân dân xã về phòng cháy, chữa cháy rừng mùa hanh khô và hướng dẫn tiêm phòng vắc xin lở mồm "
              "long móng đợt 1 năm 2024."),
            L("2. Kiểm điểm kết quả tháng 2"),
            P("Nhân dân trong thôn đón Tết vui tươi, an toàn, không có người tham gia đánh bạc; trồng mới 6,5 ha keo "
              "và 1.200 cây bóng mát ven đường liên thôn; làm đất xong 100% diện tích lúa xuân. Tồn tại: còn 3 hộ thả "
              "rông trâu bò phá hoại cây trồng; việc thu gom vỏ bao thuốc bảo vệ thực vật ở các ruộng chưa thành nền "
              "nếp."),
            L("3. Nhiệm vụ tháng 3"),
            P("Cấy xong lúa xuân trước 15/3; chăm sóc diện tích rừng mới trồng; tiêm phòng cho đàn trâu, bò, lợn; "
              "duy trì tổ tuần tra phòng cháy rừng; tuyên truyền nhân dân không thả rông gia súc."),
            L("4. Thảo luận"),
            P("- Đ/c Nông Văn Thuận: đồi Khau Cưởm giáp rừng phòng hộ, năm ngoái đã cháy một lần, đề nghị làm đường "
              "băng cản lửa trước khi nắng to."),
            P("- Đ/c Lương Thị Hiền (Chi hội trưởng phụ nữ): chi hội sẽ đến từng nhà vận động nhốt trâu bò, hộ nào "
              "tái phạm thì đưa ra họp thôn nhắc nhở."),
            P("- Đ/c Bàn Văn Quý: xin cấp thêm thuốc sát trùng chuồng trại cho các hộ ở xóm Khuôn Thẳm xa trung tâm."),
            L("5. Kết luận của đồng chí chủ trì"),
            P("Chi bộ nhất trí đánh giá kết quả tháng 2 và nhiệm vụ tháng 3. Việc trước mắt là cấy đúng lịch thời vụ, "
              "phòng cháy rừng và tiêm phòng gia súc; làm đường băng cản lửa đồi Khau Cưởm trong tháng 3; mỗi đảng "
              "viên vận động gia đình mình nhốt trâu bò, không thả rông."),
            L("6. Biểu quyết"),
            L("Tán thành: 16/16 đồng chí, tỷ lệ 100%. Không tán thành: 0 đồng chí."),
            L("7. Phân công thực hiện"),
            P("- Đồng chí Nông Văn Thuận chỉ huy tổ xung kích làm đường băng cản lửa đồi Khau Cưởm, xong trong tháng "
              "3/2024."),
            P("- Đồng chí Bàn Văn Quý phối hợp thú y xã tiêm phòng cho đàn gia súc của thôn trước ngày 25/3/2024."),
            P("- Tổ bảo vệ rừng thôn tuần tra, canh gác lửa hằng ngày."),
            H("III. KẾT THÚC"),
            L("Buổi sinh hoạt kết thúc hồi 21 giờ 05 phút cùng ngày."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Hoàng Thị Lụa"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Ma Văn Hoan"]),
        ],
        "truth": minute(
            meeting("regular", "2024-03-07", "19:00", "21:05", "Nhà văn hóa thôn Khuôn Khạ", "CHI BỘ THÔN KHUÔN KHẠ",
                    "ĐẢNG BỘ XÃ HÙNG LỢI"),
            "Ma Văn Hoan", "Bí thư chi bộ", "Hoàng Thị Lụa",
            attendance(18, 16, 1, 1, 0, 1,
                       [("Triệu Văn Sinh", "đi làm thuê ở Bắc Ninh, đã báo cáo chi ủy", True)]),
            True,
            [vote("kết luận tháng 3", 16, 0, pct=100)],
            [task("Nông Văn Thuận", "chỉ huy tổ xung kích làm đường băng cản lửa đồi Khau Cưởm", "tháng 3/2024"),
             task("Bàn Văn Quý", "phối hợp thú y xã tiêm phòng cho đàn gia súc của thôn", "25/3/2024"),
             task("Tổ bảo vệ rừng thôn", "tuần tra, canh gác lửa", "hằng ngày")],
            ["not_approved", "unfilled_template"]),
    }],
})


# --------------------------------------------------------------------------------------------------------------
# a05 — Thanh Hóa, commune police cell; ranks before names. Clean.
# --------------------------------------------------------------------------------------------------------------
DOCS.append({
    "name": "a05-thanhhoa-police-ranks-clean", "folder": "dev",
    "style": {"family": "dvsans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.32, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG AN HUYỆN HOẰNG HÓA", "CHI BỘ CÔNG AN XÃ HOẰNG ĐẠT"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hoằng Đạt, ngày 05 tháng 9 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Kỳ tháng 9 năm 2024", bold=False),
            G(8),
            P("Hôm nay, lúc 07 giờ 30 phút ngày 05.9.2024, tại Hội trường trụ sở Công an xã Hoằng Đạt, Chi bộ Công "
              "an xã Hoằng Đạt tiến hành họp định kỳ tháng 9 năm 2024."),
            P("Quân số đảng viên: 10 đồng chí; có mặt 09 đồng chí; vắng 01 đồng chí (Trung úy Lê Đình Khoa đi tập "
              "huấn nghiệp vụ tại Công an tỉnh)."),
            P("Dự họp có đồng chí Trung tá Hoàng Minh Châu, Đảng ủy viên, Phó Trưởng Công an huyện."),
            P("Chủ trì: Thiếu tá Lê Văn Tuấn, Bí thư chi bộ, Trưởng Công an xã. Thư ký: Thiếu úy Nguyễn Thị Mai "
              "Phương."),
            H("1/ Thông báo tình hình"),
            P("Đồng chí chủ trì thông báo tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn huyện "
              "trong tháng 8; quán triệt kế hoạch của Công an huyện bảo đảm an ninh, trật tự dịp Quốc khánh 2/9 và "
              "khai giảng năm học mới 2024 – 2025."),
            H("2/ Đánh giá kết quả công tác tháng 8"),
            P("Công an xã tiếp nhận 05 tin báo, giải quyết xong 05; phát hiện 01 vụ trộm cắp gà tại thôn 3, đã bàn "
              "giao Công an huyện; tuần tra 28 ca, lập biên bản 11 trường hợp vi phạm trật tự an toàn giao thông; "
              "thu nhận 146 hồ sơ cấp căn cước. Hạn chế: học sinh đi xe máy điện không đội mũ bảo hiểm còn nhiều; "
              "việc cập nhật dữ liệu cư trú của người đi làm ăn xa chưa kịp thời."),
            H("3/ Phương hướng tháng 9"),
            P("Bảo đảm tuyệt đối an toàn lễ khai giảng; tăng tuần tra tại các tuyến đường vào trường học giờ tan "
              "học; đẩy nhanh cấp căn cước và định danh điện tử; rà soát người nghiện, người sử dụng trái phép chất "
              "ma túy trên địa bàn."),
            H("4/ Thảo luận"),
            P("Đại úy Đỗ Văn Hiệp phát biểu: tuyến đường từ Trường THCS Hoằng Đạt ra quốc lộ 10 giờ tan học rất đông, "
              "đề nghị bố trí người đứng chốt cố định thay vì chỉ tuần tra lưu động."),
            P("Thượng úy Lê Thị Hồng Nhung nêu: còn khoảng 90 người lao động ở các tỉnh phía Nam chưa làm căn cước, "
              "cần phối hợp với các trưởng thôn vận động gia đình báo họ về làm dịp Tết Nguyên đán."),
            P("Đồng chí Trung tá Hoàng Minh Châu đánh giá cao kết quả tháng 8, lưu ý chi bộ giữ nghiêm kỷ luật, "
              "điều lệnh trong khi làm nhiệm vụ."),
            H("5/ Kết luận và phân công"),
            P("Thay mặt chi ủy, Thiếu tá Lê Văn Tuấn kết luận: chi bộ thống nhất với báo cáo và phương hướng tháng "
              "9, tiếp thu ý kiến của đồng chí Phó Trưởng Công an huyện; chốt cố định cổng trường giờ tan học trong "
              "suốt tháng khai giảng; cấp căn cước là nhiệm vụ trọng tâm của quý III."),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 09/09 đồng chí tán thành, không có đồng chí nào không tán "
              "thành."),
            P("Giao Đại úy Đỗ Văn Hiệp phụ trách lực lượng chốt trật tự tại cổng trường giờ tan học, thực hiện hằng "
              "ngày. Thượng úy Lê Thị Hồng Nhung có trách nhiệm hoàn thành thu nhận hồ sơ cấp căn cước cho người dân "
              "còn lại trước ngày 30/9/2024. Trung úy Phạm Văn Đông và Thiếu úy Nguyễn Thị Mai Phương rà soát, lập "
              "danh sách người sử dụng trái phép chất ma túy trên địa bàn, báo cáo chi ủy trước kỳ họp sau."),
            P("Cuộc họp kết thúc lúc 09 giờ 20 phút cùng ngày. Biên bản được đọc lại, các đồng chí dự họp nhất trí "
              "và ký tên."),
            S(["THƯ KÝ", "", "", "Thiếu úy Nguyễn Thị Mai Phương"],
              ["T/M CHI ỦY", "BÍ THƯ", "", "Thiếu tá Lê Văn Tuấn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-05", "07:30", "09:20", "Hội trường trụ sở Công an xã Hoằng Đạt",
                    "CHI BỘ CÔNG AN XÃ HOẰNG ĐẠT", "ĐẢNG BỘ CÔNG AN HUYỆN HOẰNG HÓA"),
            "Lê Văn Tuấn", "Bí thư chi bộ", "Nguyễn Thị Mai Phương",
            attendance(10, 9, 1, 1, 0, 0,
                       [("Lê Đình Khoa", "đi tập huấn nghiệp vụ tại Công an tỉnh", True)],
                       [("Hoàng Minh Châu", "Đảng ủy viên, Phó Trưởng Công an huyện")]),
            True,
            [vote("kết luận tháng 9", 9, 0)],
            [task("Đỗ Văn Hiệp", "phụ trách lực lượng chốt trật tự tại cổng trường giờ tan học", "hằng ngày"),
             task("Lê Thị Hồng Nhung", "hoàn thành thu nhận hồ sơ cấp căn cước cho người dân còn lại", "30/9/2024"),
             task("Phạm Văn Đông", "rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn",
                  "kỳ họp sau"),
             task("Nguyễn Thị Mai Phương", "rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn",
                  "kỳ họp sau")],
            []),
    }],
})


# --------------------------------------------------------------------------------------------------------------
# a06 — Quảng Trị, retired members' cell, typed like an old book on a typewriter; low, unexcused.
# --------------------------------------------------------------------------------------------------------------
DOCS.append({
    "name": "a06-quangtri-retired-mono-low-unexcused", "folder": "dev",
    "style": {"family": "mono", "size": 11, "justify": False, "indent": 36, "spacing": 1.5, "para_gap": 4,
              "left": 72, "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG ĐÔNG LƯƠNG", "CHI BỘ HƯU TRÍ KHU PHỐ 4"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Lương, ngày 12 tháng 4 năm 2023"], size=10.5),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG TƯ NĂM 2023"),
            G(10),
            P("Hôm nay, ngày mười hai tháng tư năm hai nghìn không trăm hai mươi ba, vào lúc 8 giờ sáng, tại nhà "
              "riêng đồng chí Trần Quang Lộc, chi bộ hưu trí khu phố 4 họp sinh hoạt thường kỳ."),
            P("Chi bộ có hai mươi mốt đảng viên, trong đó sáu đồng chí được miễn sinh hoạt vì tuổi cao, bệnh nặng. "
              "Đảng viên phải dự mười lăm đồng chí, có mặt mười hai đồng chí, vắng ba đồng chí: đồng chí Hồ Văn Nhâm "
              "ốm nằm viện tỉnh, đồng chí Lê Thị Sen đi chăm cháu ở Huế, đồng chí Nguyễn Đăng Khoa không có lý do."),
            P("Đồng chí Trần Quang Lộc, Bí thư chi bộ, chủ trì; đồng chí Võ Thị Xuân Hoà ghi biên bản."),
            C("* * *", bold=False),
            P("Đồng chí Bí thư đọc cho chi bộ nghe tóm tắt tình hình thời sự trong nước, việc tỉnh chuẩn bị kỷ "
              "niệm 51 năm Ngày giải phóng hoàn toàn tỉnh Quảng Trị và 48 năm Ngày giải phóng miền Nam, thống nhất "
              "đất nước; thông báo lịch đại hội Hội Người cao tuổi phường."),
            P("Về tháng ba: các đồng chí đảng viên nộp đảng phí đầy đủ; tổ hòa giải khu phố do đảng viên hưu trí "
              "làm nòng cốt đã hòa giải thành hai vụ tranh chấp lối đi; chi bộ thăm hỏi hai đảng viên ốm. Còn tồn "
              "tại: việc giáo dục con cháu trong các gia đình đảng viên về phòng chống tệ nạn chưa thường xuyên, "
              "một số đồng chí đi họp chậm giờ."),
            P("Tháng tư chi bộ tham gia các hoạt động kỷ niệm của phường; vận động các hộ diệt lăng quăng, bọ gậy "
              "phòng sốt xuất huyết đầu mùa nắng; thăm đồng chí Hồ Văn Nhâm; tiếp tục ủng hộ quỹ khuyến học khu phố."),
            C("* * *", bold=False),
            P("Đồng chí Phan Văn Hường nói: mùa này nhiều cháu học sinh tắm sông Hiếu, chi bộ nên nhắc các gia "
              "đình trông con cháu, kẻo xảy ra đuối nước như năm trước."),
            P("Đồng chí Lê Thị Thuỷ góp ý: tổ 2 còn mấy nhà để chum vại không đậy nắp, tôi xin nhận nhắc nhở "
              "thường xuyên; đề nghị chi bộ có ý kiến với khu phố về việc phun thuốc muỗi."),
            P("Đồng chí Hoàng Văn Lự: đồng chí Khoa vắng họp hai lần liền rồi, chi bộ cần gặp để hiểu hoàn cảnh, "
              "không để kéo dài."),
            C("* * *", bold=False),
            P("Cuối buổi, đồng chí Bí thư tóm tắt và kết luận: chi bộ thống nhất với các việc của tháng tư như đã "
              "nêu; đảng viên hưu trí tuy tuổi cao nhưng vẫn giữ vai trò nêu gương trong gia đình và khu phố; việc "
              "vắng họp không lý do phải được làm rõ."),
            P("Chi bộ giơ tay biểu quyết, mười hai trên mười hai đồng chí có mặt tán thành."),
            P("Phân công: đồng chí Phan Văn Hường đến thăm đồng chí Hồ Văn Nhâm tại bệnh viện trong tuần này; đồng "
              "chí Võ Thị Xuân Hoà thu đảng phí quý II, nộp lên Đảng ủy phường trước ngày 10 tháng 5; đồng chí Lê "
              "Thị Thuỷ theo dõi việc các hộ tổ 2 diệt lăng quăng, bọ gậy, thường xuyên; đồng chí Trần Quang Lộc "
              "gặp đồng chí Nguyễn Đăng Khoa tìm hiểu lý do vắng họp, báo cáo chi bộ tại kỳ họp tháng 5."),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 15 phút. Biên bản đã đọc lại cho chi bộ nghe và được nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Võ Thị Xuân Hoà"], ["BÍ THƯ CHI BỘ", "", "", "Trần Quang Lộc"]),
        ],
        "truth": minute(
            meeting("regular", "2023-04-12", "08:00", "10:15", "nhà riêng đồng chí Trần Quang Lộc",
                    "CHI BỘ HƯU TRÍ KHU PHỐ 4", "ĐẢNG BỘ PHƯỜNG ĐÔNG LƯƠNG"),
            "Trần Quang Lộc", "Bí thư chi bộ", "Võ Thị Xuân Hoà",
            attendance(21, 12, 3, 2, 1, 6,
                       [("Hồ Văn Nhâm", "ốm nằm viện tỉnh", True),
                        ("Lê Thị Sen", "đi chăm cháu ở Huế", True),
                        ("Nguyễn Đăng Khoa", "không có lý do", False)]),
            True,
            [vote("kết luận tháng tư", 12)],
            [task("Phan Văn Hường", "đến thăm đồng chí Hồ Văn Nhâm tại bệnh viện", "tuần này"),
             task("Võ Thị Xuân Hoà", "thu đảng phí quý II, nộp lên Đảng ủy phường", "10 tháng 5"),
             task("Lê Thị Thuỷ", "theo dõi việc các hộ tổ 2 diệt lăng quăng, bọ gậy", "thường xuyên"),
             task("Trần Quang Lộc", "gặp đồng chí Nguyễn Đăng Khoa tìm hiểu lý do vắng họp", "kỳ họp tháng 5")],
            ["low_attendance", "unexcused_absence"]),
    }],
})


# --------------------------------------------------------------------------------------------------------------
# a07 — Thái Nguyên, foundry workshop of an engineering company; no conclusion, no vote, no opinions.
# --------------------------------------------------------------------------------------------------------------
DOCS.append({
    "name": "a07-thainguyen-foundry-no-conclusion", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 20, "spacing": 1.35, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CP CƠ KHÍ PHỔ YÊN", "CHI BỘ PHÂN XƯỞNG ĐÚC"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phổ Yên, ngày 18 tháng 12 năm 2024"]),
            G(4),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
            C("Tháng 12 năm 2024", bold=False),
            G(8),
            L("Thời gian: 16h15, ngày 18/12/2024, sau giờ giao ca."),
            L("Địa điểm: Phòng họp Phân xưởng Đúc."),
            L("Số đảng viên: 12; có mặt: 12/12."),
            L("Chủ tọa: đ/c Dương Văn Bảy – Bí thư chi bộ, Quản đốc phân xưởng."),
            L("Thư ký: đ/c Ngô Thị Hạnh."),
            H("1. Đồng chí Bí thư báo cáo kết quả tháng 11"),
            P("Phân xưởng đúc được 412 tấn phôi, đạt 103% kế hoạch; tỷ lệ phế phẩm giảm còn 2,7%; giao đủ lô vỏ hộp "
              "số đợt 3 cho khách hàng đúng hẹn. Xảy ra 01 vụ bỏng nhẹ ở tổ rót do công nhân không đeo kính bảo hộ. "
              "Đảng viên gương mẫu làm thêm ca, ba đồng chí được công ty khen về sáng kiến cải tiến khuôn cát."),
            H("2. Phương hướng nhiệm vụ tháng 12"),
            P("Hoàn thành đơn hàng vỏ hộp số cho đối tác Hàn Quốc; bảo dưỡng lò trung tần số 2 trong thời gian nghỉ "
              "Tết dương lịch; siết chặt an toàn lao động ở tổ rót; chuẩn bị tổng kết năm, đánh giá, xếp loại chất "
              "lượng đảng viên năm 2024; thu đảng phí quý IV."),
            H("3. Thảo luận"),
            P("Chi bộ thảo luận sôi nổi, các đồng chí đều nhất trí với báo cáo của đồng chí Bí thư và phương hướng "
              "nhiệm vụ tháng 12."),
            H("4. Phân công"),
            P("Đ/c Trịnh Văn Cường (tổ trưởng tổ lò) chỉ đạo bảo dưỡng lò trung tần số 2, xong trước 02/01/2025. Đ/c "
              "Ngô Thị Hạnh tổng hợp hồ sơ đánh giá, xếp loại đảng viên năm 2024 trước ngày 28/12. Tổ Công đoàn phân "
              "xưởng kiểm tra việc mang đồ bảo hộ của công nhân tổ rót hằng ca."),
            P("Hội nghị kết thúc lúc 18h00 cùng ngày. Biên bản đã được đọc lại và thông qua."),
            S(["THƯ KÝ", "", "", "Ngô Thị Hạnh"], ["CHỦ TỌA", "", "", "Dương Văn Bảy"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-18", "16:15", "18:00", "Phòng họp Phân xưởng Đúc", "CHI BỘ PHÂN XƯỞNG ĐÚC",
                    "ĐẢNG BỘ CÔNG TY CP CƠ KHÍ PHỔ YÊN"),
            "Dương Văn Bảy", "Bí thư chi bộ", "Ngô Thị Hạnh",
            attendance(12, 12, 0, 0, 0, 0),
            False,
            [],
            [task("Trịnh Văn Cường", "chỉ đạo bảo dưỡng lò trung tần số 2", "02/01/2025"),
             task("Ngô Thị Hạnh", "tổng hợp hồ sơ đánh giá, xếp loại đảng viên năm 2024", "28/12"),
             task("Tổ Công đoàn phân xưởng", "kiểm tra việc mang đồ bảo hộ của công nhân tổ rót", "hằng ca")],
            ["missing_conclusion", "missing_vote", "no_discussion"]),
    }],
})


# --------------------------------------------------------------------------------------------------------------
# a08 — Hà Tĩnh, district finance office; 75 minutes; only a general call at the end.
# --------------------------------------------------------------------------------------------------------------
DOCS.append({
    "name": "a08-hatinh-district-office-75min", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 32, "spacing": 1.3, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CƠ QUAN UBND HUYỆN CAN LỘC", "CHI BỘ PHÒNG TÀI CHÍNH – KẾ HOẠCH"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Can Lộc, ngày 4 tháng 11 năm 2024"], bold_left=(0, 1)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11/2024"),
            G(8),
            P("Ngày 4-11-2024, bắt đầu từ 14 giờ 30', tại phòng họp tầng 2 trụ sở Ủy ban nhân dân huyện, Chi bộ Phòng "
              "Tài chính – Kế hoạch sinh hoạt định kỳ tháng 11."),
            P("Có mặt 10/11 đồng chí đảng viên; vắng 01 đồng chí (đ/c Trần Hậu Nghĩa đi công tác tỉnh)."),
            P("Chủ trì: đ/c Phan Thị Hằng Nga, Bí thư chi bộ, Trưởng phòng; thư ký: đ/c Lê Hữu Đạt."),
            P("Đồng chí chủ trì thông qua báo cáo tháng 10: giải ngân vốn đầu tư công của huyện mới đạt 61% kế "
              "hoạch, thấp hơn bình quân của tỉnh; phòng đã thẩm tra quyết toán 14 công trình hoàn thành, giảm trừ "
              "hơn 1,2 tỷ đồng; hoàn thành báo cáo tình hình thực hiện dự toán thu, chi ngân sách 10 tháng. Còn chậm "
              "trong việc hướng dẫn các xã lập hồ sơ quyết toán công trình nông thôn mới."),
            P("Nhiệm vụ tháng 11: tham mưu Ủy ban nhân dân huyện xây dựng dự toán ngân sách năm 2025; đôn đốc các chủ "
              "đầu tư đẩy nhanh giải ngân; thẩm tra quyết toán các công trình đã có hồ sơ; thực hiện nghiêm quy định "
              "về tiết kiệm, chống lãng phí trong cơ quan."),
            P("Ý kiến đ/c Nguyễn Văn Hào: nhiều xã chậm giải ngân do vướng giải phóng mặt bằng chứ không phải do "
              "thiếu vốn; phòng nên đề xuất huyện điều chuyển vốn từ các dự án không giải ngân được sang dự án có "
              "khối lượng."),
            P("Đ/c Đặng Thị Minh Thư cho rằng số liệu dự toán năm 2025 phải tính đến việc sắp xếp lại đơn vị hành "
              "chính cấp xã, tránh phải điều chỉnh nhiều lần."),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất với báo cáo; tháng 11 ưu tiên dự toán ngân sách 2025 và "
              "giải ngân đầu tư công, đồng ý đề xuất điều chuyển vốn như ý kiến đồng chí Hào. Đề nghị các đồng chí "
              "đảng viên trong chi bộ phát huy tinh thần trách nhiệm, hoàn thành tốt nhiệm vụ chuyên môn được giao "
              "trong tháng."),
            P("Biểu quyết: 10/10 đồng chí tán thành, đạt tỷ lệ 100%."),
            P("Hội nghị bế mạc lúc 15 giờ 45' cùng ngày. Biên bản được thông qua, 100% đảng viên dự họp nhất trí."),
            S(["THƯ KÝ", "", "", "Lê Hữu Đạt"], ["T/M CHI BỘ", "BÍ THƯ", "", "Phan Thị Hằng Nga"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-04", "14:30", "15:45", "phòng họp tầng 2 trụ sở Ủy ban nhân dân huyện",
                    "CHI BỘ PHÒNG TÀI CHÍNH – KẾ HOẠCH", "ĐẢNG BỘ CƠ QUAN UBND HUYỆN CAN LỘC"),
            "Phan Thị Hằng Nga", "Bí thư chi bộ", "Lê Hữu Đạt",
            attendance(11, 10, 1, 1, 0, 0, [("Trần Hậu Nghĩa", "đi công tác tỉnh", True)]),
            True,
            [vote("kết luận tháng 11", 10, pct=100)],
            [],
            ["missing_assignments", "short_meeting"]),
    }],
})


# --------------------------------------------------------------------------------------------------------------
# a09 — Nghệ An, agricultural cooperative cell: a minute book Jan–May 2025, March missing.
# --------------------------------------------------------------------------------------------------------------
B_CELL, B_COMM = "CHI BỘ HTX NÔNG NGHIỆP DIỄN HỒNG", "ĐẢNG BỘ XÃ DIỄN HỒNG"
B_LOC = "Hội trường Hợp tác xã"


def _bhead(date_line):
    return HD(["ĐẢNG BỘ XÃ DIỄN HỒNG", B_CELL], ["ĐẢNG CỘNG SẢN VIỆT NAM", date_line])


B1 = {
    "blocks": [
        _bhead("Diễn Hồng, ngày 10 tháng 01 năm 2025"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01 NĂM 2025"),
        L("Thời gian: 19 giờ 00, ngày 10/01/2025. Địa điểm: Hội trường Hợp tác xã."),
        L("Tổng số đảng viên: 14; miễn sinh hoạt: 02 (đ/c Cao Xuân Hoè, đ/c Thái Thị Mùi); có mặt: 12/12."),
        L("Chủ trì: đ/c Đậu Văn Thành – Bí thư chi bộ, Giám đốc HTX. Thư ký: đ/c Chu Thị Mến."),
        L("1. Tình hình tháng 12/2024", bold=True),
        P("HTX hoàn thành quyết toán năm 2024, doanh thu dịch vụ đạt 3,4 tỷ đồng, lãi 215 triệu đồng; cung ứng đủ "
          "giống, phân bón trả chậm cho xã viên; nạo vét xong 4,2 km kênh tưới. Tồn tại: thu nợ dịch vụ của xã viên "
          "còn chậm, còn 86 triệu đồng chưa thu."),
        L("2. Nhiệm vụ tháng 01/2025", bold=True),
        P("Chuẩn bị vụ xuân: lấy nước đổ ải, gieo mạ đúng lịch; phục vụ nhân dân đón Tết Ất Tỵ vui tươi, an toàn; "
          "phòng chống rét đậm, rét hại cho mạ và gia súc; tiếp tục thu nợ dịch vụ."),
        L("3. Ý kiến", bold=True),
        P("Đ/c Phan Văn Cừ (đội trưởng thủy nông): trạm bơm Đồng Chùa hỏng cánh bơm, nếu không sửa ngay thì vùng "
          "cuối kênh không kịp có nước đổ ải."),
        P("Đ/c Hồ Thị Loan: đề nghị HTX che nilon cho mạ ở các chân ruộng trũng, năm ngoái mạ chết rét nhiều."),
        P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 01; sửa ngay trạm bơm Đồng Chùa; vận động xã "
          "viên che phủ mạ; không để người nào thiếu Tết."),
        P("Biểu quyết: 12/12 đồng chí tán thành (100%)."),
        P("Phân công: đ/c Phan Văn Cừ sửa trạm bơm Đồng Chùa, điều tiết nước đổ ải, xong trước 20/01/2025; đ/c Hồ "
          "Thị Loan hướng dẫn xã viên che nilon cho mạ trong tháng 01; đ/c Chu Thị Mến đôn đốc thu nợ dịch vụ, báo "
          "cáo kỳ họp tháng 2."),
        P("Kết thúc lúc 21 giờ 10. Biên bản đọc lại, chi bộ nhất trí thông qua."),
        S(["THƯ KÝ", "", "Chu Thị Mến"], ["BÍ THƯ", "", "Đậu Văn Thành"]),
    ],
    "truth": minute(
        meeting("regular", "2025-01-10", "19:00", "21:10", B_LOC, B_CELL, B_COMM),
        "Đậu Văn Thành", "Bí thư chi bộ", "Chu Thị Mến",
        attendance(14, 12, 0, 0, 0, 2),
        True,
        [vote("nhiệm vụ tháng 01", 12, pct=100)],
        [task("Phan Văn Cừ", "sửa trạm bơm Đồng Chùa, điều tiết nước đổ ải", "20/01/2025"),
         task("Hồ Thị Loan", "hướng dẫn xã viên che nilon cho mạ", "tháng 01"),
         task("Chu Thị Mến", "đôn đốc thu nợ dịch vụ", "kỳ họp tháng 2")],
        []),
}

B2 = {
    "blocks": [
        _bhead("Diễn Hồng, ngày 11 tháng 02 năm 2025"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02 NĂM 2025"),
        L("Thời gian: 19 giờ 00, ngày 11/02/2025. Địa điểm: Hội trường Hợp tác xã."),
        L("Tổng số đảng viên: 14; miễn sinh hoạt: 02; có mặt: 11/12; vắng: đ/c Hồ Văn Lân (không lý do)."),
        L("Chủ trì: đ/c Đậu Văn Thành – Bí thư chi bộ. Thư ký: đ/c Chu Thị Mến."),
        L("1. Tình hình tháng 01", bold=True),
        P("Nhân dân đón Tết an toàn; trạm bơm Đồng Chùa đã sửa xong, đổ ải đủ nước toàn bộ diện tích; gieo cấy "
          "được 97% diện tích lúa xuân. Thu nợ dịch vụ được 41 triệu đồng. Chuột phá hại lúa mới cấy ở xứ đồng Cồn "
          "Mới."),
        L("2. Nhiệm vụ tháng 02", bold=True),
        P("Cấy dặm, bón thúc lúa xuân; tổ chức diệt chuột tập trung; chuẩn bị Đại hội thành viên HTX thường niên "
          "năm 2025 vào cuối tháng 3."),
        L("3. Ý kiến", bold=True),
        P("Đ/c Nguyễn Đình Tứ: nên mua thuốc diệt chuột sinh học cấp theo từng xứ đồng, làm đồng loạt một ngày mới "
          "có hiệu quả."),
        P("Đ/c Thái Văn Quế: báo cáo tài chính đưa ra đại hội thành viên cần công khai rõ khoản nợ dịch vụ còn tồn."),
        P("Đồng chí Bí thư kết luận: nhất trí tổ chức diệt chuột đồng loạt; báo cáo đại hội phải công khai, minh "
          "bạch; chi bộ sẽ gặp đồng chí Hồ Văn Lân để nhắc nhở việc vắng họp."),
        P("Biểu quyết: 11/11 đồng chí có mặt tán thành, đạt 100%."),
        P("Phân công: đ/c Nguyễn Đình Tứ tổ chức diệt chuột đồng loạt trước ngày 25/02/2025; đ/c Thái Văn Quế chuẩn "
          "bị báo cáo tài chính trình Đại hội thành viên, xong trong tháng 3/2025."),
        P("Kết thúc lúc 20 giờ 50. Biên bản được đọc lại, chi bộ nhất trí."),
        S(["THƯ KÝ", "", "Chu Thị Mến"], ["BÍ THƯ", "", "Đậu Văn Thành"]),
    ],
    "truth": minute(
        meeting("regular", "2025-02-11", "19:00", "20:50", B_LOC, B_CELL, B_COMM),
        "Đậu Văn Thành", "Bí thư chi bộ", "Chu Thị Mến",
        attendance(14, 11, 1, 0, 1, 2, [("Hồ Văn Lân", "không lý do", False)]),
        True,
        [vote("nhiệm vụ tháng 02", 11, pct=100)],
        [task("Nguyễn Đình Tứ", "tổ chức diệt chuột đồng loạt", "25/02/2025"),
         task("Thái Văn Quế", "chuẩn bị báo cáo tài chính trình Đại hội thành viên", "tháng 3/2025")],
        ["unexcused_absence"]),
}

B3 = {
    "blocks": [
        _bhead("Diễn Hồng, ngày 09 tháng 4 năm 2025"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4 NĂM 2025"),
        L("Thời gian: 19 giờ 30, ngày 09/4/2025. Địa điểm: Hội trường Hợp tác xã."),
        L("Tổng số đảng viên: 14; miễn sinh hoạt: 02; có mặt: 11/12; vắng: đ/c Hồ Văn Lân (đi làm ăn ở Bình "
          "Dương, có xin phép)."),
        L("Chủ trì: đ/c Đậu Văn Thành – Bí thư chi bộ. Thư ký: đ/c Chu Thị Mến."),
        L("1. Tình hình từ kỳ họp trước", bold=True),
        P("Đại hội thành viên HTX thường niên đã tổ chức thành công ngày 28/3/2025, thông qua phương án sản xuất "
          "kinh doanh năm 2025. Lúa xuân sinh trưởng khá; một số chân ruộng xuất hiện bệnh đạo ôn lá. HTX đã ký hợp "
          "đồng bao tiêu 20 ha lúa chất lượng cao với Công ty lương thực. Thu nợ dịch vụ cũ được thêm 27 triệu đồng, "
          "còn 18 triệu đồng của 9 hộ."),
        L("2. Nhiệm vụ tháng 4", bold=True),
        P("Phòng trừ bệnh đạo ôn, rầy nâu; chuẩn bị vật tư, máy gặt cho vụ thu hoạch; giám sát quy trình sản xuất "
          "trên diện tích lúa bao tiêu."),
        L("3. Ý kiến", bold=True),
        P("Đ/c Hồ Thị Loan: xã viên xứ đồng Cửa Nghè phun thuốc không đúng liều, đề nghị cán bộ khuyến nông xuống "
          "tận ruộng hướng dẫn."),
        P("Đ/c Cao Văn Hiếu: máy gặt số 2 thiếu dao cắt và dây curoa thay thế, nếu để đến lúc gặt mới mua thì "
          "không kịp; xin chi bộ cho HTX tạm ứng tiền mua trước."),
        P("Đ/c Thái Văn Quế: đề nghị công khai danh sách hộ tham gia diện tích bao tiêu tại nhà văn hóa các xóm để "
          "xã viên khác theo dõi, năm sau đăng ký thêm."),
        P("Đồng chí Bí thư kết luận: tập trung phòng trừ đạo ôn trong 10 ngày tới; diện tích bao tiêu phải theo "
          "đúng quy trình của công ty, không để bị phạt hợp đồng."),
        P("Biểu quyết: tán thành 11/11 đồng chí."),
        P("Phân công: đ/c Hồ Thị Loan cùng cán bộ khuyến nông hướng dẫn xã viên phun thuốc phòng đạo ôn trước ngày "
          "20/4/2025; Tổ dịch vụ bảo vệ thực vật giám sát quy trình sản xuất trên diện tích bao tiêu hằng tuần."),
        P("Cuộc họp kết thúc 21 giờ 20 phút."),
        S(["THƯ KÝ", "", "Chu Thị Mến"], ["BÍ THƯ", "", "Đậu Văn Thành"]),
    ],
    "truth": minute(
        meeting("regular", "2025-04-09", "19:30", "21:20", B_LOC, B_CELL, B_COMM),
        "Đậu Văn Thành", "Bí thư chi bộ", "Chu Thị Mến",
        attendance(14, 11, 1, 1, 0, 2, [("Hồ Văn Lân", "đi làm ăn ở Bình Dương, có xin phép", True)]),
        True,
        [vote("nhiệm vụ tháng 4", 11)],
        [task("Hồ Thị Loan", "cùng cán bộ khuyến nông hướng dẫn xã viên phun thuốc phòng đạo ôn", "20/4/2025"),
         task("Tổ dịch vụ bảo vệ thực vật", "giám sát quy trình sản xuất trên diện tích bao tiêu", "hằng tuần")],
        ["not_approved"]),
}

B4 = {
    "blocks": [
        _bhead("Diễn Hồng, ngày 08 tháng 5 năm 2025"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5 NĂM 2025"),
        L("Thời gian: 19 giờ 30, ngày 08/5/2025. Địa điểm: Hội trường Hợp tác xã."),
        L("Tổng số đảng viên: 14; miễn sinh hoạt: 02; có mặt: 10/12; vắng 02 đồng chí:"),
        L("+ đ/c Nguyễn Đình Tứ – ốm, có báo cáo;"),
        L("+ đ/c Hồ Văn Lân – không lý do."),
        L("Chủ trì: đ/c Đậu Văn Thành – Bí thư chi bộ. Thư ký: đ/c Chu Thị Mến."),
        L("1. Tình hình tháng 4", bold=True),
        P("Đã dập tắt cơ bản bệnh đạo ôn; lúa xuân trổ đều, dự kiến năng suất 68 – 70 tạ/ha. Máy gặt của HTX đã "
          "được bảo dưỡng. Xã viên tham gia ngày hội đoàn kết kỷ niệm 50 năm giải phóng miền Nam."),
        L("2. Nhiệm vụ tháng 5", bold=True),
        P("Thu hoạch lúa xuân nhanh gọn, tránh mưa đầu mùa; làm đất, chuẩn bị giống cho vụ hè thu; không đốt rơm "
          "rạ trên đồng."),
        L("3. Ý kiến", bold=True),
        P("Đ/c Phan Văn Cừ: đề nghị HTX điều máy gặt ưu tiên các xứ đồng trũng gặt trước, phòng mưa to gây ngập."),
        P("Đồng chí Bí thư kết luận: thống nhất thứ tự gặt theo đề nghị của đồng chí Cừ; đồng chí Lân vắng họp "
          "không lý do lần thứ hai trong năm, chi bộ sẽ xem xét ở kỳ họp sau. Đề nghị các đồng chí đảng viên "
          "gương mẫu, vận động gia đình và xã viên thu hoạch nhanh gọn, không đốt rơm rạ."),
        P("Biểu quyết: 10/10 tán thành."),
        P("Kết thúc lúc 21 giờ 15. Biên bản đọc lại, các đồng chí nhất trí thông qua."),
        S(["THƯ KÝ", "", "Chu Thị Mến"], ["BÍ THƯ", "", "Đậu Văn Thành"]),
    ],
    "truth": minute(
        meeting("regular", "2025-05-08", "19:30", "21:15", B_LOC, B_CELL, B_COMM),
        "Đậu Văn Thành", "Bí thư chi bộ", "Chu Thị Mến",
        attendance(14, 10, 2, 1, 1, 2,
                   [("Nguyễn Đình Tứ", "ốm, có báo cáo", True), ("Hồ Văn Lân", "không lý do", False)]),
        True,
        [vote("nhiệm vụ tháng 5", 10)],
        [],
        ["low_attendance", "missing_assignments", "unexcused_absence"]),
}

B5_TOPIC = "Học tập và làm theo Bác về thực hành tiết kiệm, phát triển kinh tế tập thể"
B5 = {
    "blocks": [
        _bhead("Diễn Hồng, ngày 22 tháng 5 năm 2025"),
        C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II/2025"),
        C("Chuyên đề: " + B5_TOPIC, bold=False, italic=True),
        L("Thời gian: 19 giờ 30, ngày 22/5/2025. Địa điểm: Hội trường Hợp tác xã."),
        L("Tổng số đảng viên: 14; miễn sinh hoạt: 02; có mặt: 12/12."),
        L("Chủ trì: đ/c Đậu Văn Thành – Bí thư chi bộ. Thư ký: đ/c Nguyễn Thị Lài."),
        P("Đ/c Thái Văn Quế, Phó Giám đốc HTX, trình bày chuyên đề: nhắc lại lời Bác dạy về cần, kiệm, liêm, chính; "
          "liên hệ việc HTX tiết kiệm chi phí quản lý được 38 triệu đồng năm 2024, đề xuất mở thêm dịch vụ làm đất "
          "và sấy lúa cho xã viên."),
        P("Các đồng chí dự họp đều thống nhất với nội dung chuyên đề."),
        P("Đồng chí chủ trì kết luận: mỗi đảng viên đăng ký một việc làm tiết kiệm cụ thể; HTX xây dựng phương án "
          "dịch vụ sấy lúa trình chi bộ."),
        P("Chi bộ nhất trí 100%."),
        P("Giao đ/c Thái Văn Quế xây dựng phương án dịch vụ sấy lúa, trình chi bộ kỳ họp tháng 6."),
        P("Kết thúc lúc 20 giờ 50. Biên bản thông qua, chi bộ nhất trí."),
        S(["THƯ KÝ", "", "Nguyễn Thị Lài"], ["CHỦ TRÌ", "", "Đậu Văn Thành"]),
    ],
    "truth": minute(
        meeting("thematic", "2025-05-22", "19:30", "20:50", B_LOC, B_CELL, B_COMM, topic=B5_TOPIC),
        "Đậu Văn Thành", "Bí thư chi bộ", "Nguyễn Thị Lài",
        attendance(14, 12, 0, 0, 0, 2),
        True,
        [vote("nội dung chuyên đề", pct=100)],
        [task("Thái Văn Quế", "xây dựng phương án dịch vụ sấy lúa, trình chi bộ", "kỳ họp tháng 6")],
        ["no_discussion", "short_meeting"]),
}

DOCS.append({
    "name": "a09-nghean-coop-book-jan-may-2025", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.22, "para_gap": 1,
              "head": "Sổ biên bản sinh hoạt – Chi bộ HTX Nông nghiệp Diễn Hồng", "head_first": True,
              "head_align": "right", "foot": "- {n} -", "top": 60},
    "between": 22,
    "minutes": [B1, B2, B3, B4, B5],
    "flags": ["missing_month", "no_thematic_in_quarter"],
    "scans": [{"name": "a11-nghean-coop-book-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 3111,
               "dpi": 200}],
})
