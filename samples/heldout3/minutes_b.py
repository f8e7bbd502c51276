"""Held-out set 3, part B (dev/): minutes written by hand, with their truth labels.

Written without reading the extractor, the generator or the other held-out texts (only the helper
definitions and one example of the syntax in samples/heldout2/minutes.py). Every sentence is new.

b01-hcm-ward-longsentence-table-clean — TP HCM, khu phố cell; attendance in one long sentence with a guest;
    "điều hành" / "được chi bộ cử ghi biên bản"; Arabic headings; ruled task table (own headings, a shared
    cell, a group, "Hằng tuần"). No flag.
b02-binhduong-company-dense-75min — Bình Dương, private company cell; one dense page in small sans type;
    month in words "(Tháng Ba năm 2025)"; "14h00" … "15h15"; 9/10 present (exactly 90 %: not low); no read-back.
    Flags: short_meeting, not_approved.
b03-dongthap-commune-office-thematic-general — Đồng Tháp, commune People's Committee office cell; thematic
    meeting with a "Chuyên đề:" line; "Chủ tọa"; guest opinion; "tán thành / không tán thành / ý kiến khác";
    tasks left as a call to every member. Flag: missing_assignments.
b04-angiang-bank-combined-absent-table-low — An Giang, Agribank district branch (Khmer names); regular +
    thematic combined (150 min), "Từ 13 giờ 30' đến 16 giờ 00'"; absentee table (Stt / Đảng viên vắng mặt /
    Nguyên nhân), 17/21. Flag: low_attendance.
b05-soctrang-school-three-votes-unexcused — Sóc Trăng, high school (Khmer names); letters as headings;
    three votes (admission 21/22 with one against and a percentage, recognition of a full member, the month's
    resolution in digits and words); task table with two people in one cell and a group; one absentee
    "không báo lý do". Flag: unexcused_absence.
b06-kontum-company-ranks-list-conclusion — Kon Tum, army company cell; ranks everywhere; guest from the
    battalion; conclusion as a numbered list; tasks as dashes ("chịu trách nhiệm", "phụ trách", "theo dõi …
    hằng tuần"). No flag.
b07-daknong-border-no-vote-no-discussion — Đắk Nông, border guard station, mass-mobilisation team (M'Nông
    names); "19h00"; members only "thống nhất với báo cáo"; conclusion but no vote. Flags: missing_vote,
    no_discussion.
b08-khanhhoa-fishing-form-dots-no-conclusion — Khánh Hòa, fishing cooperative; printed form with "Số: ……",
    "Khách mời: ……" and "(Ký, ghi rõ họ tên)" left in; "thảo luận sôi nổi" but no chair's conclusion, vote
    "nhất trí 100%" on the direction. Flags: unfilled_template, missing_conclusion.
b09-binhthuan-cham-village-book — Bình Thuận, Cham village cell; typewriter face, "Trang n/N" at the top right;
    four minutes (Jul, Aug, Aug thematic in its own minute, Oct), each after the first starting mid-page;
    September skipped; Lộ Văn Sơn absent without reason in three minutes. Minute flags: unexcused_absence (1, 2),
    unexcused_absence + short_meeting (3), none (4). Book flags: missing_month, repeated_absence.
b10-hcm-ward-scan-photocopy — 300 dpi photocopy scan of b01 (single minute with a table).
b11-kontum-company-scan-moderate — 250 dpi moderate scan of b06.
"""

from __future__ import annotations

from samples.heldout2.minutes import (C, G, H, HD, L, P, S, T, attendance, meeting, minute, task,  # noqa: F401
                                      vote)

DOCS: list[dict] = []


# =================================================================================================
# b01 — TP HCM, khu phố cell
# =================================================================================================
DOCS.append({
    "name": "b01-hcm-ward-longsentence-table-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG 25", "CHI BỘ KHU PHỐ 3", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Thạnh, ngày 08 tháng 10 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ"),
            C("Kỳ tháng 10/2024", bold=False, italic=True),
            G(8),
            P("Vào lúc 18 giờ 30 phút ngày 08 tháng 10 năm 2024, tại Trụ sở Ban điều hành Khu phố 3, số 112/4 "
              "đường Điện Biên Phủ, Chi bộ Khu phố 3 tiến hành họp thường kỳ tháng 10 năm 2024."),
            P("Chi bộ hiện có 31 đảng viên, trong đó 04 đồng chí được miễn sinh hoạt vì tuổi cao sức yếu, số phải "
              "dự là 27 đồng chí, có mặt 25 đồng chí (kể cả đồng chí Lương Ngọc Bảo Trân là đảng viên dự bị), vắng "
              "02 đồng chí đều có lý do là đồng chí Hồ Văn Tư đang điều trị tại Bệnh viện Chợ Rẫy và đồng chí Mai "
              "Thị Xuân Lan về quê Bến Tre chăm mẹ bệnh, tỷ lệ dự họp đạt 92,6%, ngoài ra buổi họp còn có sự tham "
              "dự của đồng chí Phan Thanh Nhàn – Đảng ủy viên phụ trách khu phố."),
            P("Đồng chí Trịnh Thị Mỹ Hạnh, Bí thư chi bộ kiêm Trưởng khu phố, điều hành buổi họp; đồng chí Âu "
              "Minh Khang được chi bộ cử ghi biên bản."),
            H("1. Thông tin thời sự, văn bản mới"),
            P("Đồng chí Phan Thanh Nhàn thông tin tóm tắt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ "
              "các cấp tiến tới Đại hội XIV của Đảng và kế hoạch của Đảng ủy phường về việc lấy ý kiến nhân dân "
              "góp ý dự thảo văn kiện; đồng thời nhắc chi bộ chuẩn bị nhân sự cho đại hội chi bộ đầu năm 2025."),
            H("2. Nhìn lại tháng 9"),
            P("Khu phố vận động được 100% hộ treo cờ dịp Quốc khánh 2/9; tổ chức vui Tết Trung thu cho 146 cháu "
              "thiếu nhi; quyên góp ủng hộ đồng bào miền Bắc bị thiệt hại do bão số 3 được 68.400.000 đồng, đã "
              "chuyển về Ủy ban Mặt trận Tổ quốc phường. Tình hình an ninh trật tự cơ bản ổn định, không phát "
              "sinh điểm nóng."),
            P("Còn tồn tại: một số hộ mặt tiền hẻm 112 tiếp tục dựng mái che lấn chiếm lối đi; rác sinh hoạt "
              "bỏ không đúng giờ ở đầu hẻm 98; hai trường hợp người thuê trọ chưa khai báo tạm trú."),
            H("3. Việc cần làm trong tháng 10"),
            P("Tổ chức các hoạt động kỷ niệm ngày Phụ nữ Việt Nam 20/10; rà soát hộ nghèo, hộ cận nghèo cuối "
              "năm; tiếp tục lập lại trật tự lòng lề đường trong hẻm; ra quân diệt lăng quăng, phòng sốt xuất "
              "huyết trong mùa mưa."),
            H("4. Ý kiến đảng viên"),
            P("Đ/c Nguyễn Văn Sáu (Tổ trưởng tổ dân phố 14) nêu: đã mời các hộ lấn chiếm hẻm 112 lên làm việc "
              "hai lần nhưng mới có 3/7 hộ tự tháo dỡ, đề nghị phường hỗ trợ lực lượng để xử lý dứt điểm."),
            P("Đ/c Huỳnh Ngọc Diệp cho biết Chi hội Phụ nữ đã chuẩn bị chương trình tọa đàm 20/10, xin chi bộ "
              "cho dùng hội trường khu phố vào tối 18/10."),
            P("Đ/c Lê Quốc Bình đồng tình với dự thảo, nói thêm rằng danh sách hộ cận nghèo năm ngoái có mấy "
              "hộ đã chuyển đi, cần xác minh lại trước khi gửi phường."),
            H("5. Kết luận"),
            P("Đồng chí Trịnh Thị Mỹ Hạnh tóm tắt và kết luận: chi bộ thống nhất đánh giá tháng 9 như báo cáo; "
              "tháng 10 ưu tiên xử lý dứt điểm lấn chiếm hẻm 112, hoàn thành rà soát hộ cận nghèo đúng hạn phường "
              "giao và tổ chức ngày 20/10 chu đáo, tiết kiệm. Đảng viên ở tổ nào thì gương mẫu trước ở tổ đó.",
              justify=False),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 25/25 đồng chí có mặt tán thành kết luận.", justify=False),
            H("6. Phân công thực hiện"),
            T([(0.07, "STT", "c"), (0.43, "Công việc", "l"), (0.28, "Đảng viên phụ trách", "l"),
               (0.22, "Hạn hoàn thành", "l")],
              [["1", "Phối hợp Tổ dân phố 14 vận động các hộ còn lại tháo dỡ mái che lấn chiếm hẻm 112",
                "Đ/c Nguyễn Văn Sáu", "31/10/2024"],
               ["2", "Tổ chức tọa đàm kỷ niệm ngày Phụ nữ Việt Nam", "Đ/c Huỳnh Ngọc Diệp", "18/10/2024"],
               ["3", "Xác minh, rà soát danh sách hộ cận nghèo, đề xuất hỗ trợ gửi phường",
                "Đ/c Lê Quốc Bình, đ/c Âu Minh Khang", "Tháng 10/2024"],
               ["4", "Tuyên truyền, ra quân diệt lăng quăng phòng sốt xuất huyết", "Chi hội Phụ nữ khu phố",
                "Hằng tuần"]]),
            P("Buổi họp kết thúc lúc 20 giờ 45 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được "
              "toàn thể đảng viên có mặt nhất trí."),
            S(["THƯ KÝ", "", "", "Âu Minh Khang"], ["T/M CHI BỘ", "BÍ THƯ", "", "Trịnh Thị Mỹ Hạnh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "18:30", "20:45", "Trụ sở Ban điều hành Khu phố 3, số 112/4 đường "
                    "Điện Biên Phủ", "CHI BỘ KHU PHỐ 3", "ĐẢNG BỘ PHƯỜNG 25"),
            "Trịnh Thị Mỹ Hạnh", "Bí thư chi bộ", "Âu Minh Khang",
            attendance(31, 25, 2, 2, 0, 4,
                       [("Hồ Văn Tư", "đang điều trị tại Bệnh viện Chợ Rẫy", True),
                        ("Mai Thị Xuân Lan", "về quê Bến Tre chăm mẹ bệnh", True)],
                       [("Phan Thanh Nhàn", "Đảng ủy viên phụ trách khu phố")]),
            True,
            [vote("kết luận tháng 10", 25)],
            [task("Nguyễn Văn Sáu", "Phối hợp Tổ dân phố 14 vận động các hộ còn lại tháo dỡ mái che lấn chiếm "
                  "hẻm 112", "31/10/2024"),
             task("Huỳnh Ngọc Diệp", "Tổ chức tọa đàm kỷ niệm ngày Phụ nữ Việt Nam", "18/10/2024"),
             task("Lê Quốc Bình", "Xác minh, rà soát danh sách hộ cận nghèo, đề xuất hỗ trợ gửi phường",
                  "Tháng 10/2024"),
             task("Âu Minh Khang", "Xác minh, rà soát danh sách hộ cận nghèo, đề xuất hỗ trợ gửi phường",
                  "Tháng 10/2024"),
             task("Chi hội Phụ nữ khu phố", "Tuyên truyền, ra quân diệt lăng quăng phòng sốt xuất huyết",
                  "Hằng tuần")],
            []),
    }],
    "scans": [{"name": "b10-hcm-ward-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 310,
               "dpi": 300}],
})


# =================================================================================================
# b02 — Bình Dương, private company cell, one dense page
# =================================================================================================
DOCS.append({
    "name": "b02-binhduong-company-dense-75min", "folder": "dev",
    "style": {"family": "sans", "size": 10.5, "justify": True, "indent": 0, "spacing": 1.18, "para_gap": 1,
              "top": 45, "bottom": 45, "left": 62, "right": 48},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH", "CHI BỘ CÔNG TY CP GỖ PHÚ THỊNH"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bến Cát, ngày 12 tháng 3 năm 2025"], bold_left=(0, 1)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=12),
            C("(Tháng Ba năm 2025)", bold=False, italic=True, size=10.5),
            G(4),
            L("Thời gian: 14h00 thứ Tư, 12/3/2025. Địa điểm: phòng họp xưởng 2, Công ty CP Gỗ Phú Thịnh. Đảng viên: "
              "9/10 (vắng đ/c Quách Thị Ngọc Yến – nghỉ chế độ thai sản). Chủ trì: đ/c Võ Thành Đạt, Bí thư chi bộ. "
              "Thư ký: đ/c Lý Mỹ Duyên."),
            L("Nội dung:", bold=True),
            L("(1) Đ/c Bí thư phổ biến Kế hoạch của Đảng ủy phường về phát triển đảng viên trong doanh nghiệp "
              "ngoài khu vực nhà nước năm 2025; chỉ tiêu giao chi bộ: kết nạp 02 quần chúng."),
            L("(2) Kết quả tháng 2: công ty xuất 38 container bàn ghế sang Mỹ và Nhật, đạt 104% kế hoạch; lương, "
              "thưởng Tết trả đủ và đúng hạn cho 612 công nhân; xảy ra 02 vụ tai nạn nhẹ ở máy cưa rong xưởng 1 "
              "(đứt tay, đã sơ cứu, không nghỉ việc quá 3 ngày). Hạn chế: một số tổ trưởng chưa nhắc công nhân đeo "
              "khẩu trang chống bụi gỗ; đoàn viên thanh niên ít tham gia sinh hoạt."),
            L("(3) Tháng 3: giữ tiến độ đơn hàng mùa hè; tổ chức ngày 8/3 và 26/3; rà soát an toàn máy móc, "
              "phòng cháy chữa cháy kho sơn; chọn quần chúng ưu tú giới thiệu học lớp cảm tình Đảng."),
            L("Ý kiến: đ/c Lâm Quốc Việt (quản đốc xưởng 1) đề nghị lắp thêm tấm che và cảm biến dừng khẩn cho "
              "máy cưa rong; đ/c Trần Ngọc Hân (Chủ tịch Công đoàn) đề xuất hai công nhân tổ sơn là Nguyễn Văn "
              "Tuấn và Thạch Thị Sa Ly để chi bộ xem xét bồi dưỡng; đ/c Phạm Hữu Lộc lưu ý kho sơn đang để quá "
              "số bình chữa cháy quy định."),
            L("Kết luận: đ/c Võ Thành Đạt chốt lại – tháng 3 tập trung an toàn lao động và phát triển đảng, mỗi "
              "đảng viên là tổ trưởng phải kiểm tra bảo hộ lao động đầu ca. Chi bộ biểu quyết 9/9 tán thành."),
            L("Phân công: đ/c Lâm Quốc Việt lắp che chắn, cảm biến máy cưa rong xong trước 20/3; đ/c Trần Ngọc Hân "
              "lập hồ sơ hai quần chúng ưu tú, nộp chi ủy trong tháng 4; đ/c Phạm Hữu Lộc kiểm tra, bổ sung bình "
              "chữa cháy kho sơn xong trước ngày 14/3."),
            L("Họp xong lúc 15h15."),
            S(["THƯ KÝ", "", "Lý Mỹ Duyên"], ["BÍ THƯ", "", "Võ Thành Đạt"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-12", "14:00", "15:15", "phòng họp xưởng 2, Công ty CP Gỗ Phú Thịnh",
                    "CHI BỘ CÔNG TY CP GỖ PHÚ THỊNH", "ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH"),
            "Võ Thành Đạt", "Bí thư chi bộ", "Lý Mỹ Duyên",
            attendance(10, 9, 1, 1, 0, 0, [("Quách Thị Ngọc Yến", "nghỉ chế độ thai sản", True)]),
            True,
            [vote("kết luận tháng 3", 9)],
            [task("Lâm Quốc Việt", "lắp che chắn, cảm biến máy cưa rong", "20/3"),
             task("Trần Ngọc Hân", "lập hồ sơ hai quần chúng ưu tú, nộp chi ủy", "tháng 4"),
             task("Phạm Hữu Lộc", "kiểm tra, bổ sung bình chữa cháy kho sơn", "14/3")],
            ["not_approved", "short_meeting"]),
    }],
})


# =================================================================================================
# b03 — Đồng Tháp, commune People's Committee office cell, thematic
# =================================================================================================
DOCS.append({
    "name": "b03-dongthap-commune-office-thematic-general", "folder": "dev",
    "style": {"family": "dejavu", "size": 12, "justify": False, "indent": 24, "spacing": 1.35},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ MỸ HIỆP", "CHI BỘ VĂN PHÒNG UBND XÃ"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mỹ Hiệp, ngày 19 tháng 9 năm 2024"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024"),
            C("Chuyên đề: Nâng cao chất lượng giải quyết thủ tục hành chính trên môi trường điện tử",
              bold=False, italic=True),
            G(6),
            P("Hôm nay, hồi 14 giờ ngày 19/9/2024, tại Hội trường Ủy ban nhân dân xã Mỹ Hiệp, Chi bộ Văn phòng "
              "UBND xã tổ chức sinh hoạt chuyên đề quý III."),
            H("I- THÀNH PHẦN"),
            L("- Đảng viên của chi bộ: 13 đồng chí (chính thức 12, dự bị 01)."),
            L("- Có mặt: 12 đồng chí. Vắng 01: đ/c Nguyễn Thị Bé Tư (đi tập huấn tại tỉnh)."),
            L("- Khách mời: đ/c Đặng Văn Út, Phó Bí thư Thường trực Đảng ủy xã."),
            L("- Chủ tọa: đ/c Trương Công Thành – Bí thư chi bộ, Phó Chủ tịch UBND xã."),
            L("- Thư ký: đ/c Phạm Thị Kiều Oanh."),
            H("II- NỘI DUNG"),
            L("1. Trình bày chuyên đề", italic=True),
            P("Đ/c Huỳnh Văn Lợi, chi ủy viên, trình bày chuyên đề. Chín tháng đầu năm, Bộ phận tiếp nhận và trả "
              "kết quả của xã nhận 1.846 hồ sơ, trong đó 1.512 hồ sơ nộp trực tuyến (81,9%); trả đúng hạn 1.839 "
              "hồ sơ, trễ hạn 07 hồ sơ, đều thuộc lĩnh vực đất đai. Nguyên nhân chủ yếu là nhiều người lớn tuổi "
              "chưa có tài khoản định danh điện tử mức 2, đường truyền mạng ở bộ phận một cửa còn chập chờn, một "
              "số công chức chưa thành thạo ký số."),
            P("Chuyên đề đề ra bốn nhóm giải pháp: hướng dẫn tận nơi cho người dân ở các ấp xa; nâng cấp đường "
              "truyền; mỗi công chức tự học và sử dụng thành thạo chữ ký số; công khai tiến độ hồ sơ trên bảng "
              "điện tử tại trụ sở."),
            L("2. Thảo luận", italic=True),
            P("Đ/c Võ Thị Thu Sương (Văn phòng – Thống kê): bộ phận một cửa thường quá tải vào sáng thứ Hai, "
              "đề nghị bố trí thêm một công chức hỗ trợ người dân thao tác trên điện thoại."),
            P("Đ/c Lê Hoàng Nam (Địa chính – Xây dựng): bảy hồ sơ trễ hạn đều do chờ đo đạc thực địa, đã xin lỗi "
              "người dân bằng văn bản; kiến nghị huyện rút ngắn thời gian trả kết quả đo đạc."),
            P("Đ/c Đặng Văn Út phát biểu: đánh giá cao cách chi bộ chọn chuyên đề sát với công việc; lưu ý việc "
              "chuyển đổi số không được làm khó người dân, ai không dùng được điện thoại thì vẫn tiếp nhận hồ sơ "
              "giấy."),
            L("3. Kết luận", italic=True),
            P("Thay mặt chi bộ, đồng chí Trương Công Thành phát biểu kết luận: chi bộ ghi nhận kết quả giải quyết "
              "thủ tục hành chính chín tháng, thống nhất bốn nhóm giải pháp trong chuyên đề và các ý kiến bổ "
              "sung; phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến trên 85%, không còn hồ sơ trễ hạn. Đề nghị mỗi "
              "đồng chí đảng viên nêu cao tinh thần trách nhiệm, phục vụ nhân dân tận tình, chung tay thực hiện "
              "tốt chuyên đề."),
            P("Biểu quyết: tán thành 12/12 đồng chí; không tán thành: 0; ý kiến khác: 0."),
            P("Buổi sinh hoạt chuyên đề kết thúc hồi 16 giờ 10 phút. Biên bản được đọc lại cho chi bộ nghe, không "
              "có ý kiến bổ sung, thông qua."),
            S(["THƯ KÝ", "", "", "Phạm Thị Kiều Oanh"], ["CHỦ TỌA", "", "", "Trương Công Thành"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-09-19", "14:00", "16:10", "Hội trường Ủy ban nhân dân xã Mỹ Hiệp",
                    "CHI BỘ VĂN PHÒNG UBND XÃ", "ĐẢNG BỘ XÃ MỸ HIỆP",
                    topic="Nâng cao chất lượng giải quyết thủ tục hành chính trên môi trường điện tử"),
            "Trương Công Thành", "Bí thư chi bộ", "Phạm Thị Kiều Oanh",
            attendance(13, 12, 1, 1, 0, 0, [("Nguyễn Thị Bé Tư", "đi tập huấn tại tỉnh", True)],
                       [("Đặng Văn Út", "Phó Bí thư Thường trực Đảng ủy xã")]),
            True,
            [vote("kết luận chuyên đề", 12, 0, 0)],
            [],
            ["missing_assignments"]),
    }],
})


# =================================================================================================
# b04 — An Giang, Agribank district branch, regular + thematic combined, absentee table
# =================================================================================================
DOCS.append({
    "name": "b04-angiang-bank-combined-absent-table-low", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": True, "indent": 22, "spacing": 1.3,
              "foot": "{n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ AGRIBANK TỈNH AN GIANG", "CHI BỘ AGRIBANK TRI TÔN", "Số 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tri Tôn, ngày 15 tháng 11 năm 2024"]),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ", size=13),
            C("Sinh hoạt thường kỳ tháng 11 kết hợp sinh hoạt chuyên đề quý IV năm 2024", bold=False),
            C("Chuyên đề: Nâng cao đạo đức nghề nghiệp, phòng ngừa rủi ro trong hoạt động tín dụng",
              bold=False, italic=True),
            G(6),
            L("1. Thời gian, địa điểm: Từ 13 giờ 30' đến 16 giờ 00' ngày 15/11/2024, tại phòng họp tầng 2, trụ sở "
              "Agribank Tri Tôn."),
            L("2. Thành phần: tổng số đảng viên 21 đồng chí; miễn sinh hoạt: không; có mặt 17 đồng chí; vắng 04 "
              "đồng chí, cụ thể như sau:"),
            T([(0.08, "Stt", "c"), (0.40, "Đảng viên vắng mặt", "l"), (0.52, "Nguyên nhân", "l")],
              [["1", "Chau Sóc Kha", "Học cao học tại TP. Cần Thơ"],
               ["2", "Nguyễn Thị Hồng Nhung", "Nghỉ thai sản"],
               ["3", "Đỗ Minh Trí", "Đi thẩm định khoản vay tại xã Lương Phi"],
               ["4", "Néang Sa Rát", "Con ốm nằm viện"]]),
            L("3. Chủ trì: đồng chí Lê Thị Ngọc Thảo – Bí thư chi bộ, Giám đốc chi nhánh. Ghi biên bản: đồng chí "
              "Trần Bửu Long – Chi ủy viên."),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
            P("Đồng chí Bí thư quán triệt văn bản của Đảng ủy Agribank tỉnh về tổng kết năm 2024 và yêu cầu rà "
              "soát, phân loại nợ cuối năm. Đến 31/10/2024, dư nợ của chi nhánh đạt 1.286 tỷ đồng, tăng 7,4% so "
              "với đầu năm; nguồn vốn huy động 1.102 tỷ đồng; nợ xấu 0,62%. Chi nhánh đã giải ngân 46 tỷ đồng "
              "cho hộ trồng lúa vụ thu đông và hộ nuôi bò ở các xã Lương Phi, Ô Lâm, Châu Lăng."),
            P("Hạn chế: hai khoản vay sản xuất nông nghiệp chuyển nợ quá hạn do giá lúa thu đông xuống thấp; việc "
              "mở tài khoản, cài đặt ứng dụng ngân hàng số cho khách hàng vùng đồng bào Khmer còn chậm."),
            P("Tháng 11 và tháng 12: tập trung thu hồi nợ quá hạn, đẩy mạnh huy động tiền gửi dịp cuối năm, chuẩn "
              "bị tiền mặt chi trả dịp Tết; bảo đảm an toàn kho quỹ."),
            H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Võ Văn Tâm, Phó Giám đốc, trình bày chuyên đề, nêu ba vụ việc cán bộ tín dụng ở nơi khác vi "
              "phạm quy trình cho vay bị xử lý kỷ luật trong năm; phân tích những kẽ hở dễ nảy sinh tiêu cực ở khâu "
              "thẩm định, giải ngân và đề ra các việc đảng viên trong chi nhánh phải làm."),
            L("Ý kiến tham gia:", bold=True),
            P("– Đồng chí Thạch Minh Hiếu cho rằng phải thẩm định tận ruộng, tận chuồng chứ không chỉ dựa vào xác "
              "nhận của ấp; đề nghị mỗi cán bộ tín dụng công khai số điện thoại để khách hàng phản ánh."),
            P("– Đồng chí Phan Kim Ngân nêu thực tế “tín dụng đen” vẫn len vào các phum, sóc, đề nghị phối hợp với "
              "chùa và Ban nhân dân ấp tuyên truyền cho bà con người Khmer."),
            P("– Đồng chí Huỳnh Tấn Lực đồng ý với chuyên đề, kiến nghị tăng số lần kiểm tra đột xuất hồ sơ vay."),
            H("KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận hội nghị: chi bộ thống nhất với báo cáo tháng 11 và nội dung chuyên đề. "
              "Từ nay đến cuối năm, mọi khoản vay phải thẩm định thực tế, không để phát sinh nợ xấu mới; đảng "
              "viên giữ vững đạo đức nghề nghiệp, kiên quyết không nhận quà biếu của khách hàng; mỗi tháng chi "
              "bộ nghe báo cáo kết quả thu hồi nợ quá hạn."),
            P("Hội nghị biểu quyết thông qua kết luận: 17/17 đồng chí dự họp tán thành (100%)."),
            P("Giao đồng chí Võ Văn Tâm chịu trách nhiệm xây dựng quy trình kiểm tra đột xuất hồ sơ vay, hoàn "
              "thành trong tháng 12/2024. Đồng chí Thạch Minh Hiếu theo dõi, đôn đốc thu hồi hai khoản nợ quá hạn, "
              "báo cáo chi bộ tại kỳ họp tháng 12. Đồng chí Phan Kim Ngân phụ trách phối hợp tuyên truyền phòng, "
              "chống tín dụng đen tại các ấp đồng bào Khmer, thực hiện thường xuyên."),
            P("Hội nghị bế mạc lúc 16 giờ cùng ngày; biên bản được thông qua, 17/17 đồng chí nhất trí."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Trần Bửu Long"], ["CHỦ TRÌ HỘI NGHỊ", "", "", "Lê Thị Ngọc Thảo"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-15", "13:30", "16:00", "phòng họp tầng 2, trụ sở Agribank Tri Tôn",
                    "CHI BỘ AGRIBANK TRI TÔN", "ĐẢNG BỘ AGRIBANK TỈNH AN GIANG",
                    topic="Nâng cao đạo đức nghề nghiệp, phòng ngừa rủi ro trong hoạt động tín dụng"),
            "Lê Thị Ngọc Thảo", "Bí thư chi bộ", "Trần Bửu Long",
            attendance(21, 17, 4, 4, 0, 0,
                       [("Chau Sóc Kha", "Học cao học tại TP. Cần Thơ", True),
                        ("Nguyễn Thị Hồng Nhung", "Nghỉ thai sản", True),
                        ("Đỗ Minh Trí", "Đi thẩm định khoản vay tại xã Lương Phi", True),
                        ("Néang Sa Rát", "Con ốm nằm viện", True)]),
            True,
            [vote("kết luận hội nghị", 17, pct=100)],
            [task("Võ Văn Tâm", "xây dựng quy trình kiểm tra đột xuất hồ sơ vay", "tháng 12/2024"),
             task("Thạch Minh Hiếu", "theo dõi, đôn đốc thu hồi hai khoản nợ quá hạn, báo cáo chi bộ",
                  "kỳ họp tháng 12"),
             task("Phan Kim Ngân", "phối hợp tuyên truyền phòng, chống tín dụng đen tại các ấp đồng bào Khmer",
                  "thường xuyên")],
            ["low_attendance"]),
    }],
})


# =================================================================================================
# b05 — Sóc Trăng, high school, three votes
# =================================================================================================
DOCS.append({
    "name": "b05-soctrang-school-three-votes-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 26, "spacing": 1.28,
              "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN MỸ XUYÊN", "CHI BỘ TRƯỜNG THPT HÒA TÚ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mỹ Xuyên, ngày 06 tháng 01 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01/2025"),
            G(6),
            L("Thời gian: lúc 16 giờ 15', ngày 06/01/2025 (sau giờ dạy buổi chiều)."),
            L("Địa điểm: Phòng họp Hội đồng sư phạm nhà trường."),
            L("Đảng viên toàn chi bộ: 25 (24 chính thức, 01 dự bị). Hiện diện: 23/25."),
            L("Vắng mặt 02 đồng chí: đ/c Lý Thị Sô Phia – đưa học sinh dự thi học sinh giỏi cấp tỉnh; đ/c Kim Sóc "
              "Khanh – không báo lý do."),
            P("Đồng chí Thạch Thị Sa Rươl, Bí thư chi bộ – Hiệu trưởng, chủ trì; đồng chí Lâm Quốc Huy làm thư ký."),
            H("A. THÔNG TIN"),
            P("Đồng chí chủ trì thông báo kết quả Đại hội Đoàn trường, lịch thi tốt nghiệp trung học phổ thông năm "
              "2025 theo chương trình mới và Kế hoạch của Huyện ủy về tổ chức Tết Nguyên đán Ất Tỵ vui tươi, an "
              "toàn, tiết kiệm."),
            H("B. ĐÁNH GIÁ THÁNG 12 VÀ HỌC KỲ I"),
            P("Nhà trường hoàn thành kiểm tra cuối học kỳ I đúng lịch; tỷ lệ học sinh xếp loại học tập từ khá trở "
              "lên đạt 58,3%; có 09 em đạt giải học sinh giỏi cấp huyện. Đã trao 42 suất học bổng cho học sinh "
              "người Khmer có hoàn cảnh khó khăn, vận động từ chùa Bưng Cốc và các mạnh thường quân."),
            P("Còn 11 học sinh nghỉ học dài ngày, chủ yếu đi làm thuê theo gia đình; một số giáo viên trẻ chưa "
              "đổi mới cách kiểm tra, đánh giá."),
            H("C. NHIỆM VỤ THÁNG 01/2025"),
            P("Ổn định nề nếp học kỳ II; vận động học sinh bỏ học trở lại lớp; tổ chức cho học sinh vui xuân đón "
              "Tết an toàn; bắt đầu ôn tập cho học sinh khối 12."),
            H("D. CÔNG TÁC PHÁT TRIỂN ĐẢNG"),
            P("1. Chi bộ xét hồ sơ đề nghị kết nạp quần chúng Sơn Thị Mỹ Duyên, giáo viên môn Hóa học. Đảng viên "
              "chính thức có mặt biểu quyết: 21/22 đồng chí tán thành, đạt 95,45%; 01 đồng chí không tán thành."),
            P("2. Chi bộ xét công nhận đảng viên chính thức cho đồng chí Trần Thị Kim Chi (kết nạp ngày 05/12/2023). "
              "Kết quả: 22/22 đảng viên chính thức có mặt đồng ý, đạt 100%."),
            H("Đ. Ý KIẾN THẢO LUẬN"),
            P("Đ/c Danh Thị Sà Phên (giáo viên chủ nhiệm 10A3) cho biết lớp có hai em đi Bình Dương làm công nhân "
              "cùng cha mẹ, đã liên lạc được qua điện thoại, các em hứa sau Tết sẽ về đi học."),
            P("Đ/c Trương Minh Trí đề nghị Đoàn trường lập nhóm “bạn giúp bạn” kèm các em yếu môn Toán, Tiếng "
              "Anh."),
            P("Đ/c Lâm Quốc Huy đồng ý với dự thảo, đề xuất bắt đầu ôn thi tốt nghiệp sớm hơn mọi năm vì năm nay "
              "đề thi theo chương trình mới."),
            P("Đ/c Bí thư kết luận: chi bộ thống nhất với đánh giá tháng 12 và nhiệm vụ tháng 01; trọng tâm là "
              "giữ sĩ số sau Tết, không để học sinh bỏ học; hoàn thiện hồ sơ phát triển đảng đúng quy trình; "
              "đảng viên là giáo viên chủ nhiệm phải nắm từng em có nguy cơ bỏ học."),
            P("Biểu quyết thông qua nghị quyết tháng 01/2025: tán thành 23 (hai mươi ba) đồng chí; không tán "
              "thành: không; ý kiến khác: không.", justify=False),
            H("E. PHÂN CÔNG"),
            T([(0.07, "TT", "c"), (0.45, "Việc cần làm", "l"), (0.30, "Người đảm nhận", "l"),
               (0.18, "Thời hạn", "l")],
              [["1", "Hoàn thiện hồ sơ kết nạp quần chúng Sơn Thị Mỹ Duyên, trình Huyện ủy",
                "Đ/c Thạch Thị Sa Rươl", "15/01/2025"],
               ["2", "Vận động học sinh nghỉ học dài ngày trở lại lớp",
                "Đ/c Danh Thị Sà Phên – đ/c Trương Minh Trí", "Tháng 02/2025"],
               ["3", "Xây dựng kế hoạch ôn thi tốt nghiệp THPT cho khối 12", "Đ/c Lâm Quốc Huy", "20/01/2025"],
               ["4", "Tổ chức cho học sinh vui xuân, tuyên truyền an toàn giao thông dịp Tết",
                "Đoàn Thanh niên trường", "Tháng 01/2025"]]),
            P("Sinh hoạt chi bộ kết thúc lúc 18 giờ 20'. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Lâm Quốc Huy"], ["T/M CHI BỘ", "BÍ THƯ", "", "Thạch Thị Sa Rươl"]),
        ],
        "truth": minute(
            meeting("regular", "2025-01-06", "16:15", "18:20", "Phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THPT HÒA TÚ", "ĐẢNG BỘ HUYỆN MỸ XUYÊN"),
            "Thạch Thị Sa Rươl", "Bí thư chi bộ", "Lâm Quốc Huy",
            attendance(25, 23, 2, 1, 1, 0,
                       [("Lý Thị Sô Phia", "đưa học sinh dự thi học sinh giỏi cấp tỉnh", True),
                        ("Kim Sóc Khanh", "không báo lý do", False)]),
            True,
            [vote("kết nạp quần chúng Sơn Thị Mỹ Duyên", 21, 1, None, 95.45),
             vote("công nhận đảng viên chính thức Trần Thị Kim Chi", 22, pct=100),
             vote("nghị quyết tháng 01/2025", 23, 0, 0)],
            [task("Thạch Thị Sa Rươl", "Hoàn thiện hồ sơ kết nạp quần chúng Sơn Thị Mỹ Duyên, trình Huyện ủy",
                  "15/01/2025"),
             task("Danh Thị Sà Phên", "Vận động học sinh nghỉ học dài ngày trở lại lớp", "Tháng 02/2025"),
             task("Trương Minh Trí", "Vận động học sinh nghỉ học dài ngày trở lại lớp", "Tháng 02/2025"),
             task("Lâm Quốc Huy", "Xây dựng kế hoạch ôn thi tốt nghiệp THPT cho khối 12", "20/01/2025"),
             task("Đoàn Thanh niên trường", "Tổ chức cho học sinh vui xuân, tuyên truyền an toàn giao thông dịp "
                  "Tết", "Tháng 01/2025")],
            ["unexcused_absence"]),
    }],
})


# =================================================================================================
# b06 — Kon Tum, army company cell, conclusion as a list
# =================================================================================================
DOCS.append({
    "name": "b06-kontum-company-ranks-list-conclusion", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 32, "spacing": 1.25},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY TIỂU ĐOÀN 2", "CHI BỘ ĐẠI ĐỘI 6", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kon Tum, ngày 24 tháng 6 năm 2024"]),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 6 NĂM 2024"),
            G(8),
            P("Hồi 07 giờ 30 phút, ngày 24 tháng 6 năm 2024, tại Hội trường Đại đội 6, Chi bộ Đại đội 6 tiến hành "
              "họp thường kỳ tháng 6."),
            P("Quân số đảng viên: 12 đồng chí; có mặt 12/12 đồng chí, đạt 100%."),
            P("Dự và chỉ đạo: Thiếu tá Hoàng Văn Cường – Phó Chính ủy tiểu đoàn, Đảng ủy viên phụ trách chi bộ."),
            P("Chủ trì: Đại úy Phạm Quang Huy, Bí thư chi bộ, Chính trị viên đại đội. Thư ký: Thượng sĩ Lê Văn "
              "Hoà, chi ủy viên."),
            H("I. TÌNH HÌNH CHUNG"),
            P("Trong tháng, đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực chỉ huy; quân số ổn định; "
              "bộ đội an tâm tư tưởng. Thời tiết bắt đầu vào mùa mưa, một số đoạn đường vào thao trường bị sạt lở "
              "nhẹ, ảnh hưởng đến kế hoạch huấn luyện."),
            H("II. KẾT QUẢ LÃNH ĐẠO THÁNG 6"),
            P("Hoàn thành 96% thời gian huấn luyện theo kế hoạch; kiểm tra bắn súng tiểu liên AK bài 1 đạt 100% "
              "yêu cầu, 64% khá, giỏi. Tổ công tác dân vận giúp làng Kon Jri, xã Đăk Ui làm 350 m đường bê tông "
              "nông thôn mới và tặng 20 suất quà cho học sinh nghèo người Xơ Đăng. Không có quân nhân vi phạm kỷ "
              "luật, không xảy ra mất an toàn giao thông."),
            P("Hạn chế: còn 02 đồng chí chiến sĩ mới kết quả bắn chưa ổn định; việc ghi chép sổ sách huấn luyện "
              "của một số tiểu đội chưa đầy đủ."),
            H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 7"),
            P("Tiếp tục huấn luyện theo chương trình; chuẩn bị kiểm tra bắn đạn thật giai đoạn 2; làm tốt công tác "
              "dân vận; phòng, chống đuối nước, sạt lở, sốt rét trong mùa mưa; kỷ niệm 77 năm ngày Thương binh – Liệt "
              "sĩ."),
            H("IV. THẢO LUẬN"),
            P("Trung úy A Nhông, Phó Bí thư chi bộ, đại đội trưởng: đề nghị tăng giờ phụ đạo ngoài giờ cho hai "
              "chiến sĩ bắn yếu; cán bộ trung đội trực tiếp kèm cặp."),
            P("Thiếu úy Nguyễn Hữu Phước: làng Kon Jri còn khoảng 200 m đường đất trơn trượt mùa mưa, đề nghị "
              "đại đội tiếp tục cử tổ công tác giúp dân."),
            P("Thiếu tá Hoàng Văn Cường phát biểu chỉ đạo, đề nghị chi bộ chú trọng quản lý quân nhân đi phép, "
              "tranh thủ trong mùa mưa và việc sử dụng mạng xã hội của bộ đội."),
            H("V. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận, chi bộ thống nhất những việc chính trong tháng 7:"),
            P("1. Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, quản lý chặt quân số, vũ khí, trang bị."),
            P("2. Huấn luyện sát thực tế; phấn đấu kiểm tra bắn đạn thật giai đoạn 2 đạt 100% yêu cầu, trên 65% "
              "khá, giỏi."),
            P("3. Tiếp tục giúp làng Kon Jri hoàn thành đoạn đường bê tông còn lại; tổ chức thắp hương nghĩa trang "
              "liệt sĩ tỉnh dịp 27/7."),
            P("4. Phòng, chống đuối nước, sạt lở đất; không để quân nhân vi phạm kỷ luật, vi phạm an toàn giao "
              "thông."),
            P("Chi bộ biểu quyết thông qua kết luận với 12/12 đồng chí tán thành, đạt tỷ lệ 100%."),
            H("VI. PHÂN CÔNG"),
            P("- Trung úy A Nhông chịu trách nhiệm tổ chức huấn luyện và kiểm tra bắn đạn thật giai đoạn 2, xong "
              "trước ngày 15/7/2024."),
            P("- Thiếu úy Nguyễn Hữu Phước phụ trách tổ công tác dân vận giúp làng Kon Jri làm đường bê tông trong "
              "tháng 7."),
            P("- Thượng sĩ Lê Văn Hoà theo dõi việc quản lý quân nhân đi phép, tranh thủ, báo cáo chi ủy hằng tuần."),
            P("Cuộc họp kết thúc hồi 10 giờ 00 cùng ngày. Biên bản đã thông qua toàn chi bộ, 12/12 đồng chí nhất "
              "trí."),
            S(["THƯ KÝ", "", "", "Thượng sĩ Lê Văn Hoà"], ["T/M CHI BỘ", "BÍ THƯ", "", "Đại úy Phạm Quang Huy"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-24", "07:30", "10:00", "Hội trường Đại đội 6", "CHI BỘ ĐẠI ĐỘI 6",
                    "ĐẢNG ỦY TIỂU ĐOÀN 2"),
            "Phạm Quang Huy", "Bí thư chi bộ", "Lê Văn Hoà",
            attendance(12, 12, 0, 0, 0, 0, [],
                       [("Hoàng Văn Cường", "Phó Chính ủy tiểu đoàn, Đảng ủy viên phụ trách chi bộ")]),
            True,
            [vote("kết luận tháng 7", 12, pct=100)],
            [task("A Nhông", "tổ chức huấn luyện và kiểm tra bắn đạn thật giai đoạn 2", "15/7/2024"),
             task("Nguyễn Hữu Phước", "phụ trách tổ công tác dân vận giúp làng Kon Jri làm đường bê tông",
                  "tháng 7"),
             task("Lê Văn Hoà", "theo dõi việc quản lý quân nhân đi phép, tranh thủ, báo cáo chi ủy",
                  "hằng tuần")],
            []),
    }],
    "scans": [{"name": "b11-kontum-company-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 311,
               "dpi": 250}],
})


# =================================================================================================
# b07 — Đắk Nông, border guard station, mass-mobilisation team
# =================================================================================================
DOCS.append({
    "name": "b07-daknong-border-no-vote-no-discussion", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 20, "spacing": 1.26, "top": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG BU PRĂNG", "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Trực, ngày 28 tháng 02 năm 2025"], bold_left=(0, 1)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 02 năm 2025", bold=False, italic=True),
            G(6),
            P("Vào hồi 19h00 ngày 28/02/2025, tại phòng Hồ Chí Minh của Đồn, Chi bộ Đội Vận động quần chúng tiến "
              "hành sinh hoạt thường kỳ tháng 02/2025."),
            L("Tổng số đảng viên trong chi bộ: 10 đ/c."),
            L("Có mặt: 09 đ/c."),
            L("Vắng: 01 đ/c (Thiếu tá Điểu Xiêng – đi công tác tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh)."),
            L("Chủ trì: Thiếu tá Nguyễn Đình Lực, Bí thư chi bộ, Đội trưởng."),
            L("Thư ký: Thượng úy Y Quang Bon Jốc."),
            L("* Nội dung sinh hoạt", bold=True),
            L("- Thông báo tình hình:", italic=True),
            P("Đồng chí Bí thư thông báo tình hình tuyến biên giới tháng 02: ổn định, không có xuất nhập cảnh trái "
              "phép qua địa bàn; phổ biến kế hoạch của Đảng ủy Đồn về tổ chức Ngày Biên phòng toàn dân 03/3 và "
              "kỷ niệm 66 năm Ngày truyền thống Bộ đội Biên phòng."),
            L("- Kết quả thực hiện nhiệm vụ tháng 02:", italic=True),
            P("Đội phối hợp với Chi hội Cựu chiến binh xã tặng 85 phần quà Tết cho hộ nghèo ở các bon Đắk Huýt, Bu "
              "Lum và Bu Prăng; duy trì 06 cháu trong chương trình “Con nuôi đồn Biên phòng” và 04 cháu được nhận "
              "học bổng “Nâng bước em tới trường”; tổ chức 03 buổi tuyên truyền pháp luật về biên giới, phòng chống "
              "ma túy bằng tiếng M'Nông, có 240 lượt bà con dự."),
            P("Hạn chế: việc nắm tình hình ở các điểm rẫy xa còn chậm; một đảng viên phụ trách hộ chưa xuống bon "
              "đủ số buổi theo quy định."),
            L("- Nhiệm vụ tháng 3:", italic=True),
            P("Tổ chức Ngày Biên phòng toàn dân tại bon Đắk Huýt; tuần tra, phòng cháy rừng mùa khô; giúp đồng bào "
              "tưới cà phê, tiêu; tiếp tục vận động bà con không phát rừng làm rẫy."),
            P("Các đảng viên trong chi bộ thống nhất với báo cáo, không có ý kiến khác."),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất các nội dung đã nêu; tháng 3 ưu tiên phòng chống cháy "
              "rừng và làm tốt Ngày Biên phòng toàn dân; mỗi đảng viên phụ trách hộ phải xuống bon ít nhất bốn "
              "buổi trong tháng."),
            L("* Phân công", bold=True),
            P("Đ/c Y Quang Bon Jốc chủ trì chuẩn bị Ngày Biên phòng toàn dân tại bon Đắk Huýt, xong trước ngày "
              "03/3/2025. Đ/c Lê Văn Thắng phụ trách tổ tuần tra phòng cháy rừng cùng kiểm lâm địa bàn trong mùa "
              "khô. Đ/c H'Liễu có trách nhiệm theo dõi 06 cháu con nuôi, báo cáo chi bộ hằng tháng."),
            P("Sinh hoạt kết thúc lúc 21 giờ 05 phút, biên bản đã được đọc lại trước chi bộ và nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Y Quang Bon Jốc"], ["BÍ THƯ CHI BỘ", "", "", "Nguyễn Đình Lực"]),
        ],
        "truth": minute(
            meeting("regular", "2025-02-28", "19:00", "21:05", "phòng Hồ Chí Minh của Đồn",
                    "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG BU PRĂNG"),
            "Nguyễn Đình Lực", "Bí thư chi bộ", "Y Quang Bon Jốc",
            attendance(10, 9, 1, 1, 0, 0,
                       [("Điểu Xiêng", "đi công tác tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh", True)]),
            True,
            [],
            [task("Y Quang Bon Jốc", "chủ trì chuẩn bị Ngày Biên phòng toàn dân tại bon Đắk Huýt", "03/3/2025"),
             task("Lê Văn Thắng", "phụ trách tổ tuần tra phòng cháy rừng cùng kiểm lâm địa bàn", "mùa khô"),
             task("H'Liễu", "theo dõi 06 cháu con nuôi, báo cáo chi bộ", "hằng tháng")],
            ["missing_vote", "no_discussion"]),
    }],
})


# =================================================================================================
# b08 — Khánh Hòa, fishing cooperative, printed form
# =================================================================================================
DOCS.append({
    "name": "b08-khanhhoa-fishing-form-dots-no-conclusion", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 0, "spacing": 1.4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ VẠN THẠNH", "CHI BỘ HTX NGHỀ CÁ ĐẦM MÔN", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vạn Thạnh, ngày 10 tháng 5 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
            C("Tháng 5 năm 2024", bold=False),
            G(6),
            L("1. Thời gian: bắt đầu lúc 8 giờ sáng ngày 10/5/2024."),
            L("2. Địa điểm: Văn phòng Hợp tác xã, thôn Đầm Môn."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên: 14; miễn sinh hoạt: 01 (đ/c Đoàn Văn Chín, 82 tuổi)."),
            L("- Có mặt: 12 đồng chí; vắng: 01 đồng chí (đ/c Mai Văn Lực, đi biển chưa về kịp)."),
            L("- Khách mời: ……………………………………"),
            L("4. Chủ trì: đ/c Huỳnh Tấn Phát – Bí thư chi bộ, Giám đốc HTX."),
            L("5. Thư ký: đ/c Nguyễn Thị Thuý Hà."),
            L("6. Nội dung sinh hoạt:"),
            P("a) Đ/c Bí thư phổ biến Chỉ thị của Tỉnh ủy về tập trung khắc phục cảnh báo “thẻ vàng” của Ủy ban "
              "châu Âu đối với hải sản khai thác; nhắc lại quy định tàu từ 15 m trở lên phải duy trì thiết bị giám "
              "sát hành trình suốt chuyến biển.", indent=18),
            P("b) Báo cáo tháng 4: các tàu của hợp tác xã khai thác được 186 tấn hải sản, chủ yếu cá cơm, mực "
              "lá; giá cá cơm giảm so với tháng trước. Có 03 tàu để mất kết nối thiết bị giám sát hành trình trên "
              "6 giờ, đã bị Đồn Biên phòng nhắc nhở. Hoàn thành mua bảo hiểm thân tàu cho 21/24 tàu.", indent=18),
            P("c) Nhiệm vụ tháng 5: chuẩn bị ngư lưới cụ cho vụ cá Nam; kiểm tra thiết bị giám sát hành trình trước "
              "khi xuất bến; vận động 03 tàu còn lại mua bảo hiểm; phối hợp thôn làm vệ sinh bãi neo đậu.",
              indent=18),
            P("d) Thảo luận: đ/c Trần Văn Lành đề nghị hợp tác xã ứng trước kinh phí sửa thiết bị giám sát hành "
              "trình hư hỏng cho xã viên, trừ dần vào tiền bán cá; đ/c Phan Thị Nở (kế toán) cho biết quỹ hỗ trợ "
              "của hợp tác xã còn khoảng 40 triệu đồng; đ/c Võ Văn Dũng phản ánh bãi neo đậu bị bồi cạn, tàu lớn ra "
              "vào khó khăn. Chi bộ thảo luận sôi nổi và thống nhất cao với báo cáo.", indent=18),
            P("đ) Biểu quyết: chi bộ nhất trí 100% thông qua phương hướng tháng 5.", indent=18),
            P("e) Giao đ/c Trần Văn Lành cùng Đồn Biên phòng Vạn Thạnh kiểm tra thiết bị giám sát hành trình các "
              "tàu trước khi xuất bến, thực hiện hằng tuần; đ/c Phan Thị Nở hoàn thành hồ sơ vay vốn đóng mới cho "
              "04 tàu, trước ngày 31/5/2024.", indent=18),
            L("Buổi sinh hoạt kết thúc lúc 10 giờ 15 phút. Biên bản đọc lại, thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Thị Thuý Hà"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Huỳnh Tấn Phát"]),
        ],
        "truth": minute(
            meeting("regular", "2024-05-10", "08:00", "10:15", "Văn phòng Hợp tác xã, thôn Đầm Môn",
                    "CHI BỘ HTX NGHỀ CÁ ĐẦM MÔN", "ĐẢNG BỘ XÃ VẠN THẠNH"),
            "Huỳnh Tấn Phát", "Bí thư chi bộ", "Nguyễn Thị Thuý Hà",
            attendance(14, 12, 1, 1, 0, 1, [("Mai Văn Lực", "đi biển chưa về kịp", True)]),
            False,
            [vote("phương hướng tháng 5", pct=100)],
            [task("Trần Văn Lành", "cùng Đồn Biên phòng Vạn Thạnh kiểm tra thiết bị giám sát hành trình các tàu "
                  "trước khi xuất bến", "hằng tuần"),
             task("Phan Thị Nở", "hoàn thành hồ sơ vay vốn đóng mới cho 04 tàu", "31/5/2024")],
            ["missing_conclusion", "unfilled_template"]),
    }],
})


# =================================================================================================
# b09 — Bình Thuận, Cham village cell, minute book Jul–Oct 2024
# =================================================================================================
_CELL, _COMM = "CHI BỘ THÔN BÌNH MINH", "ĐẢNG BỘ XÃ PHAN THANH"
_LOC = "Nhà sinh hoạt cộng đồng thôn Bình Minh"

DOCS.append({
    "name": "b09-binhthuan-cham-village-book", "folder": "dev",
    "style": {"family": "mono", "size": 10, "justify": False, "indent": 0, "spacing": 1.22,
              "head": "Trang {n}/{N}", "head_first": True, "head_align": "right", "top": 60},
    "between": 24,
    "flags": ["missing_month", "repeated_absence"],
    "minutes": [
        # --- 1: July, regular
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ PHAN THANH", "CHI BỘ THÔN BÌNH MINH"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phan Thanh, ngày 05 tháng 7 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 7 năm 2024", bold=False),
            G(4),
            L("- Thời gian: 19 giờ 30, ngày 05/7/2024."),
            L("- Địa điểm: Nhà sinh hoạt cộng đồng thôn Bình Minh."),
            L("- Đảng viên: tổng số 22 đ/c; miễn sinh hoạt 02 đ/c (Thông Văn Đạm, Hán Thị Lựu); có mặt 18/20 "
              "đ/c phải dự."),
            L("- Vắng 02 đ/c: Phú Thị Lan (đi làm ở Bình Dương, có báo); Lộ Văn Sơn (không lý do)."),
            L("- Dự: đ/c Quảng Văn Tuấn, Đảng ủy viên phụ trách thôn."),
            L("- Chủ trì: đ/c Thành Văn Dứt, Bí thư chi bộ. Thư ký: đ/c Đạo Thị Hoa."),
            L("Nội dung:"),
            L("+ Đ/c Quảng Văn Tuấn thông tin lịch đại hội chi bộ nhiệm kỳ 2025-2027 của Đảng bộ xã; các chi "
              "bộ thôn đại hội xong trong quý II/2025."),
            L("+ Tháng 6: thôn xuống giống xong 85 ha lúa hè thu nhờ nước hồ Cà Giây; trạm y tế tiêm phòng "
              "cho 47 trẻ; chi hội phụ nữ giúp 03 hộ vay vốn nuôi dê. Tồn tại: còn hộ thả rông dê, cừu phá "
              "lúa ở xứ đồng Bầu Sen; đảng phí quý II thu chưa đủ."),
            L("+ Tháng 7: chăm sóc lúa; nhốt dê, cừu; thăm hỏi gia đình chính sách nhân ngày 27/7; thu đảng "
              "phí quý III; phòng dịch tả lợn châu Phi."),
            L("Ý kiến:"),
            L("Đ/c Bá Văn Thùy (Trưởng thôn): thôn đã lập biên bản hai hộ thả dê phá lúa, đề nghị chi bộ giao "
              "tổ tự quản đến từng nhà vận động."),
            L("Đ/c Hán Thị Xuân: danh sách gia đình chính sách có 14 hộ, chi hội phụ nữ xin nhận đi thăm."),
            L("Đ/c Bí thư kết luận: thống nhất đánh giá tháng 6 và nhiệm vụ tháng 7; việc nhốt dê, cừu phải "
              "làm dứt điểm trước khi lúa trổ; đảng viên có dê, cừu làm trước."),
            L("Biểu quyết: 18/18 đ/c có mặt giơ tay tán thành."),
            L("Phân công:"),
            L("- Đ/c Bá Văn Thùy cùng tổ tự quản vận động các hộ nhốt dê, cừu, xong trong tháng 7."),
            L("- Đ/c Hán Thị Xuân phụ trách thăm, tặng quà gia đình chính sách trước ngày 27/7."),
            L("- Đ/c Đạo Thị Hoa thu đảng phí quý III, nộp Đảng ủy trước 10/7/2024."),
            L("Kết thúc lúc 21 giờ 40. Biên bản được đọc lại, chi bộ thông qua."),
            S(["THƯ KÝ", "", "Đạo Thị Hoa"], ["BÍ THƯ", "", "Thành Văn Dứt"]),
        ],
         "truth": minute(
             meeting("regular", "2024-07-05", "19:30", "21:40", _LOC, _CELL, _COMM),
             "Thành Văn Dứt", "Bí thư chi bộ", "Đạo Thị Hoa",
             attendance(22, 18, 2, 1, 1, 2,
                        [("Phú Thị Lan", "đi làm ở Bình Dương, có báo", True), ("Lộ Văn Sơn", "không lý do", False)],
                        [("Quảng Văn Tuấn", "Đảng ủy viên phụ trách thôn")]),
             True,
             [vote("nghị quyết tháng 7", 18)],
             [task("Bá Văn Thùy", "cùng tổ tự quản vận động các hộ nhốt dê, cừu", "tháng 7"),
              task("Hán Thị Xuân", "phụ trách thăm, tặng quà gia đình chính sách", "27/7"),
              task("Đạo Thị Hoa", "thu đảng phí quý III, nộp Đảng ủy", "10/7/2024")],
             ["unexcused_absence"])},
        # --- 2: August, regular
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ PHAN THANH", "CHI BỘ THÔN BÌNH MINH"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phan Thanh, ngày 06 tháng 8 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2024"),
            G(4),
            L("Hôm nay, lúc 19 giờ 15 phút ngày 06/8/2024, tại nhà sinh hoạt cộng đồng thôn, chi bộ họp thường "
              "kỳ. Có mặt 19/20 đ/c (tổng số 22, miễn 02); vắng đ/c Lộ Văn Sơn, không báo lý do. Đ/c Thành Văn "
              "Dứt, Bí thư chi bộ, chủ trì; đ/c Đạo Thị Hoa ghi biên bản."),
            L("1/ Đánh giá tháng 7: lúa hè thu phát triển tốt, chưa có sâu bệnh lớn; đã thăm, tặng 14 suất quà "
              "gia đình chính sách; 70% hộ nuôi dê, cừu đã làm chuồng nhốt. Đảng phí quý III thu đủ. Hạn chế: "
              "mương tưới đoạn qua xứ Bầu Sen bị bồi lắng; đ/c Lộ Văn Sơn vắng sinh hoạt hai kỳ liền."),
            L("2/ Nhiệm vụ tháng 8: nạo vét mương; lập danh sách thanh niên trong độ tuổi khám nghĩa vụ quân sự "
              "năm 2025; chuẩn bị sinh hoạt chuyên đề quý III; phòng mưa lũ."),
            L("3/ Ý kiến:"),
            L("- Đ/c Thông Minh Sang (Thôn đội trưởng): thôn có 23 thanh niên đủ tuổi, cần gặp gia đình từng em "
              "trước khi lên danh sách."),
            L("- Đ/c Tài Văn Nam: nhiều hộ đồng ý góp ngày công nạo vét mương, đề nghị làm ngay đầu tháng trước "
              "khi mưa lớn."),
            L("- Đ/c Nguyễn Văn Hải đề nghị chi bộ cử người gặp đ/c Lộ Văn Sơn để tìm hiểu hoàn cảnh."),
            L("4/ Chủ trì kết luận: chi bộ đồng ý với đánh giá và nhiệm vụ đã nêu; tập trung nạo vét mương và "
              "làm tốt công tác tuyển quân; kiểm điểm trách nhiệm đảng viên vắng sinh hoạt không lý do."),
            L("Biểu quyết: 19/19 tán thành, đạt 100%."),
            L("5/ Giao nhiệm vụ: đ/c Thông Minh Sang lập danh sách thanh niên trong độ tuổi nghĩa vụ, nộp Ban "
              "Chỉ huy quân sự xã trước 30/8/2024; đ/c Tài Văn Nam theo dõi việc nạo vét mương xứ Bầu Sen, xong "
              "trong tháng 8; đ/c Bá Văn Thùy gặp gia đình đ/c Lộ Văn Sơn tìm hiểu lý do, báo cáo chi bộ kỳ họp "
              "sau."),
            L("Buổi họp kết thúc 21 giờ 00 phút; biên bản đã thông qua trước chi bộ."),
            S(["THƯ KÝ", "", "Đạo Thị Hoa"], ["BÍ THƯ", "", "Thành Văn Dứt"]),
        ],
         "truth": minute(
             meeting("regular", "2024-08-06", "19:15", "21:00", "nhà sinh hoạt cộng đồng thôn", _CELL, _COMM),
             "Thành Văn Dứt", "Bí thư chi bộ", "Đạo Thị Hoa",
             attendance(22, 19, 1, 0, 1, 2, [("Lộ Văn Sơn", "không báo lý do", False)]),
             True,
             [vote("nghị quyết tháng 8", 19, pct=100)],
             [task("Thông Minh Sang", "lập danh sách thanh niên trong độ tuổi nghĩa vụ, nộp Ban Chỉ huy quân sự xã",
                   "30/8/2024"),
              task("Tài Văn Nam", "theo dõi việc nạo vét mương xứ Bầu Sen", "tháng 8"),
              task("Bá Văn Thùy", "gặp gia đình đ/c Lộ Văn Sơn tìm hiểu lý do, báo cáo chi bộ", "kỳ họp sau")],
             ["unexcused_absence"])},
        # --- 3: August, thematic (own minute)
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III/2024"),
            C("Chuyên đề: Giữ gìn bản sắc văn hóa Chăm gắn với xây dựng nếp sống văn minh ở khu dân cư",
              bold=False),
            G(4),
            L("Thời gian: 19 giờ 30 ngày 27/8/2024, tại Nhà sinh hoạt cộng đồng thôn Bình Minh."),
            L("Thành phần: 18/20 đ/c phải dự (tổng số 22 đ/c, miễn 02). Vắng: đ/c Hán Thị Xuân – dự lớp bồi "
              "dưỡng chi hội trưởng phụ nữ tại huyện; đ/c Lộ Văn Sơn – không lý do."),
            L("Chủ trì: đ/c Thành Văn Dứt (Bí thư chi bộ); thư ký: đ/c Đạo Thị Hoa."),
            L("a) Đ/c Bá Văn Thùy trình bày chuyên đề: thôn có 312 hộ, trên 90% là đồng bào Chăm; các lễ hội "
              "Katê, Ramưwan được tổ chức trang trọng; nghề dệt thổ cẩm còn 05 hộ giữ được. Nhưng đám cưới, đám "
              "tang còn kéo dài, tốn kém; thanh niên ít người biết đánh trống Ghi-năng, thổi kèn Saranai."),
            L("b) Thảo luận:"),
            L("Đ/c Thuận Văn Phú: xin chi bộ cho lập đội trống, kèn của thanh niên, các nghệ nhân trong thôn "
              "sẵn sàng dạy không lấy tiền."),
            L("Đ/c Nguyễn Văn Hải: nên đưa việc cưới, tang tiết kiệm vào hương ước, có chức sắc tôn giáo cùng "
              "vận động thì bà con mới nghe."),
            L("Đ/c Đạo Thị Hoa đề nghị mở lớp dạy chữ Chăm cho thiếu nhi trong hè năm sau."),
            L("c) Đ/c Thành Văn Dứt kết luận chuyên đề: chi bộ thống nhất nội dung chuyên đề và các ý kiến; "
              "giữ gìn văn hóa truyền thống nhưng bỏ dần hủ tục tốn kém; mỗi đảng viên gương mẫu trong việc "
              "cưới, việc tang của gia đình mình."),
            L("Toàn thể 18 đ/c dự họp giơ tay tán thành kết luận (100%)."),
            L("d) Giao đ/c Thuận Văn Phú thành lập đội trống Ghi-năng, kèn Saranai của thanh niên thôn, ra mắt "
              "trước lễ hội Katê năm 2024; đ/c Bá Văn Thùy đưa nội dung cưới, tang tiết kiệm vào dự thảo hương "
              "ước thôn, trình Ủy ban nhân dân xã trong quý IV/2024."),
            L("Buổi sinh hoạt chuyên đề kết thúc lúc 20 giờ 45 phút, biên bản được chi bộ thông qua."),
            S(["THƯ KÝ", "", "Đạo Thị Hoa"], ["CHỦ TRÌ", "", "Thành Văn Dứt"]),
        ],
         "truth": minute(
             meeting("thematic", "2024-08-27", "19:30", "20:45", _LOC, _CELL, _COMM,
                     topic="Giữ gìn bản sắc văn hóa Chăm gắn với xây dựng nếp sống văn minh ở khu dân cư"),
             "Thành Văn Dứt", "Bí thư chi bộ", "Đạo Thị Hoa",
             attendance(22, 18, 2, 1, 1, 2,
                        [("Hán Thị Xuân", "dự lớp bồi dưỡng chi hội trưởng phụ nữ tại huyện", True),
                         ("Lộ Văn Sơn", "không lý do", False)]),
             True,
             [vote("kết luận chuyên đề", 18, pct=100)],
             [task("Thuận Văn Phú", "thành lập đội trống Ghi-năng, kèn Saranai của thanh niên thôn",
                   "lễ hội Katê năm 2024"),
              task("Bá Văn Thùy", "đưa nội dung cưới, tang tiết kiệm vào dự thảo hương ước thôn, trình Ủy ban "
                   "nhân dân xã", "quý IV/2024")],
             ["short_meeting", "unexcused_absence"])},
        # --- 4: October, regular (September skipped)
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ PHAN THANH", "CHI BỘ THÔN BÌNH MINH"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phan Thanh, ngày 08 tháng 10 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ"),
            C("Tháng 10 năm 2024", bold=False),
            G(4),
            L("Lúc 19 giờ 00 ngày 08/10/2024 tại Nhà sinh hoạt cộng đồng thôn Bình Minh. Đảng viên có mặt: "
              "19/20 (tổng số 22, 02 đ/c miễn sinh hoạt); vắng 01: đ/c Lộ Văn Sơn – bị ốm, vợ đến báo. Chủ trì: "
              "đ/c Thành Văn Dứt, Bí thư chi bộ. Thư ký: đ/c Đạo Thị Hoa."),
            L("I. Tình hình tháng 9 và đầu tháng 10"),
            L("Do mưa lớn kéo dài cuối tháng 9, chi bộ không tổ chức sinh hoạt được, nay kiểm điểm chung. Lúa "
              "hè thu thu hoạch đạt 62 tạ/ha; 23 thanh niên đã có tên trong danh sách gọi khám tuyển; lễ hội "
              "Katê ngày 03/10 diễn ra an toàn, đội trống Ghi-năng của thanh niên thôn ra mắt được bà con khen. "
              "Hạn chế: mưa lớn làm sạt hai đoạn bờ mương; một số hộ chưa đóng quỹ phòng chống thiên tai."),
            L("II. Nhiệm vụ tháng 10"),
            L("Làm đất vụ đông xuân; sửa bờ mương bị sạt; thu quỹ phòng chống thiên tai; chuẩn bị hội nghị "
              "đảng viên góp ý văn kiện đại hội đảng bộ xã."),
            L("III. Các ý kiến"),
            L("- Đ/c Tài Văn Nam nhận tổ chức bà con đắp lại bờ mương, xin xã hỗ trợ bao tải cát."),
            L("- Đ/c Bá Văn Thùy báo cáo đã gặp gia đình đ/c Lộ Văn Sơn: đ/c Sơn đi làm thuê theo mùa muối "
              "ở Tuy Phong, hứa từ nay sẽ xin phép chi bộ khi vắng."),
            L("- Đ/c Hán Thị Xuân đề nghị vận động các hộ khá đóng quỹ thiên tai trước để làm gương."),
            L("IV. Kết luận"),
            L("Đ/c Bí thư phát biểu kết luận: thống nhất các nội dung; ưu tiên sửa bờ mương trước khi xuống giống "
              "đông xuân; chi ủy tiếp tục theo dõi việc chấp hành sinh hoạt của đ/c Lộ Văn Sơn."),
            L("Chi bộ biểu quyết nhất trí 19/19."),
            L("V. Phân công"),
            L("- Đ/c Tài Văn Nam chịu trách nhiệm sửa hai đoạn bờ mương, xong trước 25/10/2024."),
            L("- Đ/c Hán Thị Xuân cùng các chi hội vận động đóng quỹ phòng chống thiên tai trong tháng 10."),
            L("- Chi ủy chuẩn bị tài liệu hội nghị đảng viên góp ý văn kiện, trước kỳ họp tháng 11."),
            L("Buổi họp kết thúc lúc 21 giờ 10 phút. Biên bản đọc lại trước chi bộ, mọi người nhất trí."),
            S(["THƯ KÝ", "", "Đạo Thị Hoa"], ["BÍ THƯ", "", "Thành Văn Dứt"]),
        ],
         "truth": minute(
             meeting("regular", "2024-10-08", "19:00", "21:10", _LOC, _CELL, _COMM),
             "Thành Văn Dứt", "Bí thư chi bộ", "Đạo Thị Hoa",
             attendance(22, 19, 1, 1, 0, 2, [("Lộ Văn Sơn", "bị ốm, vợ đến báo", True)]),
             True,
             [vote("nghị quyết tháng 10", 19)],
             [task("Tài Văn Nam", "sửa hai đoạn bờ mương", "25/10/2024"),
              task("Hán Thị Xuân", "cùng các chi hội vận động đóng quỹ phòng chống thiên tai", "tháng 10"),
              task("Chi ủy", "chuẩn bị tài liệu hội nghị đảng viên góp ý văn kiện", "kỳ họp tháng 11")],
             [])},
    ],
})
