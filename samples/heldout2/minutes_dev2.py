"""Eight more dev minutes for the second held-out set (dev-08 … dev-15, and dev-16, a scan of dev-10).

Written by hand like `minutes.py`, without reading the extractor (extract/**), the generator's sentence
banks (samples/generator/content.py, vocab.py) or the test minutes. They stress the three weakest areas of
extraction: assignments (sentences, lists, groups, shared tasks, a ruled table, tasks inside the
conclusion, every shape of deadline, or only a general call), attendance (the long one-sentence form,
"17/19", counts only, absentees on their own lines, members exempt for age, a named absentee with no
reason, everybody present) and votes (for/against/"ý kiến khác", a show of hands "100%", a percentage
with abstentions, counts in words, two votes, no vote).

Same document format as `minutes.py`; `make.py` renders `DOCS` after the ones of `minutes.py`.
"""

from __future__ import annotations

from .minutes import ABSENT_COLS, C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote  # noqa: F401

DOCS: list[dict] = []


# dev-08 — Hà Nội, hospital department cell; Liberation Sans 12; "A./B." + "1." headings; the whole attendance
# in one sentence ("Tổng số đảng viên: 25, trong đó chính thức 23, dự bị 02; miễn sinh hoạt 03 (…); có mặt
# 20/22, vắng 02: …"); academic titles before the chair's name; "19/20 … (95%), 01 … không tán thành";
# "Chi ủy phân công:" + "- Đ/c X: …" with "trước ngày 20/10", "chậm nhất ngày 05/11/2024", "hằng tháng" and
# one task without a deadline; the minutes approved "20/20" (not a vote).
DOCS.append({
    "name": "dev-08-hanoi-hospital-oneline-attendance-unexcused", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 24, "spacing": 1.3, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA SÓC SƠN", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sóc Sơn, ngày 14 tháng 10 năm 2024"]),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2024"),
            G(6),
            H("A. PHẦN THỦ TỤC"),
            L("1. Thời gian: 13 giờ 30 phút, thứ Hai, ngày 14/10/2024."),
            L("2. Địa điểm: Phòng giao ban Khoa Hồi sức tích cực."),
            L("3. Thành phần:"),
            P("Tổng số đảng viên: 25, trong đó chính thức 23, dự bị 02; miễn sinh hoạt 03 (đ/c Đào Thị Liên, đ/c "
              "Nguyễn Văn Sáu, đ/c Cao Thị Mận); có mặt 20/22, vắng 02: đ/c Vương Thị Thu Trang (ốm, có báo cáo), "
              "đ/c Phí Đức Mạnh (không lý do)."),
            L("4. Chủ trì: đ/c ThS.BS. Lê Minh Tuấn – Bí thư chi bộ, Trưởng khoa."),
            L("5. Thư ký: đ/c Hoàng Thị Phương Thảo – Chi ủy viên, Điều dưỡng trưởng khoa."),
            H("B. PHẦN NỘI DUNG"),
            H("1. Thông tin, phổ biến văn bản mới", italic=True),
            P("Đồng chí chủ trì thông tin tình hình dịch sốt xuất huyết trên địa bàn thành phố đang ở đỉnh dịch, "
              "số ca nặng chuyển tuyến tăng; phổ biến Kế hoạch của Đảng ủy Bệnh viện về tổ chức hội nghị quán "
              "triệt Nghị quyết Hội nghị Trung ương 10 khóa XIII và Quy chế chi tiêu nội bộ sửa đổi năm 2024."),
            H("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 9/2024", italic=True),
            P("Khoa tiếp nhận điều trị 186 lượt người bệnh, trong đó 41 ca sốt xuất huyết có dấu hiệu cảnh báo, "
              "không để xảy ra tử vong do chậm can thiệp; duy trì kíp trực cấp cứu 24/24 giờ; 02 điều dưỡng hoàn "
              "thành khóa đào tạo lọc máu liên tục. Tồn tại: hồ sơ bệnh án còn ghi thiếu phần theo dõi chăm sóc "
              "cấp I; có 01 phản ánh của người nhà người bệnh về thái độ giao tiếp của nhân viên trực đêm; tỷ lệ "
              "tuân thủ vệ sinh tay qua giám sát mới đạt 82%."),
            H("3. Phương hướng, nhiệm vụ tháng 10/2024", italic=True),
            P("Sẵn sàng giường, thuốc, máy thở cho cao điểm sốt xuất huyết; nâng tỷ lệ tuân thủ vệ sinh tay lên "
              "trên 90%; chấn chỉnh việc ghi chép hồ sơ bệnh án; làm tốt công tác phát triển đảng, hoàn thiện thủ "
              "tục công nhận đảng viên chính thức cho đảng viên dự bị đủ điều kiện."),
            H("4. Thảo luận", italic=True),
            P("- Đ/c Trịnh Văn Khải (Phó trưởng khoa): đề nghị bố trí thêm một buồng cách ly tạm thời cho người "
              "bệnh nghi nhiễm vi khuẩn đa kháng, vì buồng cách ly hiện có thường xuyên quá tải."),
            P("- Đ/c Ngô Thị Hồng Nhung: hồ sơ ghi thiếu chủ yếu ở ca đêm; nên kiểm tra ngẫu nhiên hồ sơ mỗi tuần "
              "và nhắc nhở ngay tại giao ban sáng."),
            P("- Đ/c Bùi Quang Huy (đảng viên dự bị): hứa tiếp tục rèn luyện, đề nghị chi bộ xem xét công nhận "
              "đảng viên chính thức khi đủ thời gian dự bị vào tháng 11/2024."),
            H("5. Kết luận", italic=True),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất đánh giá kết quả tháng 9 và phương hướng tháng 10/2024 "
              "như báo cáo, tiếp thu ý kiến thảo luận. Nhiệm vụ trọng tâm của tháng là bảo đảm thu dung, cấp cứu "
              "người bệnh sốt xuất huyết nặng; mỗi đảng viên phải là tấm gương về tuân thủ vệ sinh tay và về thái "
              "độ giao tiếp với người bệnh."),
            H("6. Biểu quyết", italic=True),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng 10/2024: 19/20 đồng chí tán thành (95%), 01 đồng chí "
              "không tán thành."),
            H("7. Phân công thực hiện", italic=True),
            L("Chi ủy phân công:"),
            P("- Đ/c Trịnh Văn Khải: rà soát quy trình kiểm soát nhiễm khuẩn, bố trí buồng cách ly tạm thời, báo "
              "cáo chi ủy trước ngày 20/10."),
            P("- Đ/c Hoàng Thị Phương Thảo: hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Bùi "
              "Quang Huy, nộp Văn phòng Đảng ủy chậm nhất ngày 05/11/2024."),
            P("- Đ/c Ngô Thị Hồng Nhung: kiểm tra ngẫu nhiên hồ sơ bệnh án ca đêm, tổng hợp báo cáo chi bộ hằng "
              "tháng."),
            P("- Đ/c Lê Minh Tuấn: gặp, nghe đ/c Phí Đức Mạnh giải trình việc vắng sinh hoạt."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 20 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ; 20/20 "
              "đồng chí nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Hoàng Thị Phương Thảo"], ["T/M CHI ỦY", "BÍ THƯ", "", "ThS.BS. Lê Minh Tuấn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-14", "13:30", "15:20", "Phòng giao ban Khoa Hồi sức tích cực",
                    "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA SÓC SƠN"),
            "Lê Minh Tuấn", "Bí thư chi bộ", "Hoàng Thị Phương Thảo",
            attendance(25, 20, 2, 1, 1, 3, [("Vương Thị Thu Trang", "ốm, có báo cáo", True),
                                            ("Phí Đức Mạnh", "không lý do", False)]),
            True,
            [vote("nghị quyết tháng 10/2024", 19, 1, pct=95)],
            [task("Trịnh Văn Khải", "rà soát quy trình kiểm soát nhiễm khuẩn, bố trí buồng cách ly tạm thời, báo "
                  "cáo chi ủy", "20/10"),
             task("Hoàng Thị Phương Thảo", "hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Bùi "
                  "Quang Huy, nộp Văn phòng Đảng ủy", "05/11/2024"),
             task("Ngô Thị Hồng Nhung", "kiểm tra ngẫu nhiên hồ sơ bệnh án ca đêm, tổng hợp báo cáo chi bộ",
                  "hằng tháng"),
             task("Lê Minh Tuấn", "gặp, nghe đ/c Phí Đức Mạnh giải trình việc vắng sinh hoạt", None)],
            ["unexcused_absence"]),
    }],
})


# dev-09 — Hà Giang, H'Mông village cell; Liberation Serif 14, no headings; "Đảng viên dự: 17/19 đồng chí"
# (89.5 %: low); one member exempt for age; absentees on their own lines, one named with no reason;
# "Cuộc họp do Bí thư chi bộ X chủ trì"; discussion in one paragraph; vote in words ("mười bảy trên mười
# bảy"); "X (Trưởng thôn) phụ trách …", "Chi đoàn thanh niên nhận …", "Chi hội Cựu chiến binh cử …" with
# "đến hết tháng 12", "trước ngày 10/12/2024", "thường xuyên".
DOCS.append({
    "name": "dev-09-hagiang-village-17of19-low-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 14, "justify": False, "indent": 36, "spacing": 1.25, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ SỦNG TRÁI", "CHI BỘ THÔN LÁO XÌ"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sủng Trái, ngày 24 tháng 11 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 11 NĂM 2024"),
            G(8),
            P("Vào hồi 8 giờ sáng chủ nhật, ngày 24/11/2024, tại nhà văn hóa thôn Láo Xì, chi bộ thôn Láo Xì họp "
              "thường kỳ tháng 11 năm 2024."),
            P("Đảng viên dự: 17/19 đồng chí. Miễn sinh hoạt do tuổi cao: 01 đồng chí (đ/c Giàng Chúng Sình)."),
            P("Vắng 02 đồng chí:"),
            L("+ Đ/c Thào Mí Say: đi làm ăn ở Bắc Ninh, có xin phép chi bộ.", hang=0, indent=48),
            L("+ Đ/c Vàng Văn Dũng.", indent=48),
            P("Cuộc họp do Bí thư chi bộ Sùng Mí Pó chủ trì, đồng chí Lù Thị Dua làm thư ký."),
            P("Đồng chí Bí thư thông báo: theo dự báo, từ giữa tháng 12 vùng núi cao có rét đậm, rét hại, có thể "
              "có băng giá; huyện đã có văn bản chỉ đạo phòng chống đói, rét cho gia súc và hỗ trợ xi măng cho các "
              "hộ thuộc chương trình xóa nhà tạm, nhà dột nát."),
            P("Đánh giá tháng 10: cả thôn thu hoạch xong ngô vụ hè thu, trồng được 6 ha hoa tam giác mạch phục vụ "
              "khách du lịch; 03 hộ khởi công làm nhà theo chương trình xóa nhà tạm; trẻ em trong độ tuổi được "
              "tiêm chủng đầy đủ. Còn 02 học sinh lớp 7 nghỉ học đi làm thuê; xảy ra 01 vụ cháy nương do đốt thực "
              "bì không có người trông; thu đảng phí của đảng viên đi làm ăn xa còn chậm."),
            P("Nhiệm vụ tháng 11 và tháng 12: làm chuồng kín gió, dự trữ rơm, thân ngô cho trâu bò qua mùa rét; "
              "hoàn thành 03 nhà xóa nhà tạm trước Tết của đồng bào Mông; vận động học sinh trở lại lớp; canh gác "
              "phòng cháy rừng mùa khô; giữ gìn an ninh trật tự, không để người dân bị lôi kéo đi lao động trái "
              "phép qua biên giới."),
            P("Ý kiến thảo luận: đồng chí Giàng A Páo (Trưởng thôn) cho biết còn 11 hộ thả trâu bò trên núi, phải "
              "vận động đưa về chuồng trước đợt rét; đồng chí Vừ Thị Sua đề nghị chi bộ giao cho chi đoàn đến tận "
              "nhà hai em học sinh bỏ học; đồng chí Ly Mí Chứ (Chi hội trưởng Cựu chiến binh) đề nghị cử người canh "
              "lửa ở khu rừng giáp thôn Sủng Cáng."),
            P("Đồng chí Bí thư kết luận: chi bộ nhất trí với đánh giá tháng 10 và nhiệm vụ hai tháng cuối năm; "
              "việc cấp bách nhất là chống rét cho đàn trâu bò, sau đó là đưa học sinh trở lại trường; đảng viên "
              "nào có trâu bò thả rông phải đưa về chuồng trước để bà con làm theo."),
            P("Chi bộ biểu quyết nhất trí với kết luận của đồng chí Bí thư: mười bảy trên mười bảy đồng chí dự họp "
              "tán thành."),
            P("Giàng A Páo (Trưởng thôn) phụ trách vận động các hộ đưa trâu bò về chuồng, che chắn chuồng trại, "
              "dự trữ thức ăn, làm đến hết tháng 12."),
            P("Chi đoàn thanh niên nhận đến gia đình hai em học sinh bỏ học, vận động các em trở lại lớp, xong "
              "trước ngày 10/12/2024."),
            P("Chi hội Cựu chiến binh cử người canh lửa rừng khu giáp thôn Sủng Cáng, làm thường xuyên trong mùa "
              "khô."),
            P("Cuộc họp kết thúc vào 10 giờ 15 phút cùng ngày. Biên bản được đọc lại cho chi bộ nghe, các đồng "
              "chí nhất trí."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Lù Thị Dua"], ["BÍ THƯ CHI BỘ", "", "", "Sùng Mí Pó"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-24", "08:00", "10:15", "nhà văn hóa thôn Láo Xì", "CHI BỘ THÔN LÁO XÌ",
                    "ĐẢNG BỘ XÃ SỦNG TRÁI"),
            "Sùng Mí Pó", "Bí thư chi bộ", "Lù Thị Dua",
            attendance(20, 17, 2, 1, 1, 1, [("Thào Mí Say", "đi làm ăn ở Bắc Ninh, có xin phép chi bộ", True),
                                            ("Vàng Văn Dũng", None, False)]),
            True,
            [vote("kết luận", 17)],
            [task("Giàng A Páo", "vận động các hộ đưa trâu bò về chuồng, che chắn chuồng trại, dự trữ thức ăn",
                  "hết tháng 12"),
             task("Chi đoàn thanh niên", "đến gia đình hai em học sinh bỏ học, vận động các em trở lại lớp",
                  "10/12/2024"),
             task("Chi hội Cựu chiến binh", "cử người canh lửa rừng khu giáp thôn Sủng Cáng", "thường xuyên")],
            ["low_attendance", "unexcused_absence"]),
    }],
})


# dev-10 — Đà Nẵng, customs team cell; DejaVu Sans 11, "Trang n/N"; "Số: 21-BB/CB"; "I/ … VII/" headings;
# "Đảng viên tham dự: 14/14 đồng chí, dự đủ 100%"; a guest; "Chủ tọa:"; conclusion as a dash list; "biểu
# quyết bằng hình thức giơ tay, 100% đồng chí có mặt nhất trí"; a ruled assignment table: two people in one
# wrapped cell, a name split over two lines, a group, "Trước 30/9/2024", "Quý IV/2024", "Hằng tháng",
# "Đến 31/12/2024". Its moderate scan is dev-16.
_DN_TASKS = [(0.07, "TT", "c"), (0.45, "Nội dung công việc", "l"), (0.27, "Người thực hiện", "l"),
             (0.21, "Thời hạn", "l")]
DOCS.append({
    "name": "dev-10-danang-customs-table-shared-clean", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": True, "indent": 20, "spacing": 1.4, "para_gap": 2,
              "foot": "Trang {n}/{N}", "bottom": 66},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CỤC HẢI QUAN ĐÀ NẴNG", "CHI BỘ ĐỘI KIỂM SOÁT HẢI QUAN", "Số: 21-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 09 tháng 9 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("(Tháng 9 năm 2024)", bold=False),
            G(6),
            H("I/ THỦ TỤC"),
            P("Bắt đầu: 15 giờ 00, ngày 09 tháng 9 năm 2024."),
            P("Địa điểm: Hội trường tầng 3, trụ sở Đội Kiểm soát Hải quan."),
            P("Đảng viên tham dự: 14/14 đồng chí, dự đủ 100%."),
            P("Đại biểu dự: đ/c Nguyễn Thanh Hải – Phó Bí thư Đảng ủy Cục Hải quan."),
            P("Chủ tọa: đ/c Trương Công Định, Bí thư chi bộ, Đội trưởng."),
            P("Thư ký: đ/c Phan Thị Mỹ Duyên."),
            H("II/ THÔNG TIN THỜI SỰ"),
            P("Đ/c Trương Công Định thông tin: Tổng cục Hải quan ban hành kế hoạch cao điểm đấu tranh phòng, "
              "chống buôn lậu, gian lận thương mại và vận chuyển trái phép hàng hóa qua biên giới dịp cuối năm; "
              "tình hình ma túy cất giấu trong hàng gửi qua đường hàng không, chuyển phát nhanh có chiều hướng "
              "tăng ở khu vực miền Trung."),
            H("III/ ĐÁNH GIÁ NHIỆM VỤ THÁNG 8/2024"),
            P("Trong tháng, Đội phối hợp phát hiện, bắt giữ 03 vụ vận chuyển hàng cấm qua đường chuyển phát "
              "nhanh, trị giá hàng vi phạm khoảng 1,2 tỷ đồng; xử lý vi phạm hành chính 07 vụ, nộp ngân sách 385 "
              "triệu đồng; không có cán bộ vi phạm kỷ luật. Hạn chế: việc thu thập thông tin, xây dựng hồ sơ doanh "
              "nghiệp trọng điểm còn chậm; một số tổ chưa cập nhật kịp thời số liệu lên hệ thống quản lý rủi ro."),
            H("IV/ NHIỆM VỤ THÁNG 9/2024"),
            P("Tăng cường tuần tra, kiểm soát tại khu vực cảng Tiên Sa và Cảng hàng không quốc tế Đà Nẵng; kiểm "
              "soát chặt hàng tạm nhập tái xuất; hoàn thiện hồ sơ doanh nghiệp trọng điểm; chuẩn bị hồ sơ kết nạp "
              "đảng viên mới."),
            H("V/ THẢO LUẬN"),
            P("Đ/c Lê Văn Tâm phát biểu: hàng tạm nhập tái xuất qua cảng Tiên Sa tăng gần 20% so với cùng kỳ, đề "
              "nghị bố trí thêm một tổ kiểm soát ca đêm."),
            P("Đ/c Đặng Quốc Việt phát biểu: đề nghị trao đổi với Bưu điện thành phố danh sách địa chỉ nhận hàng "
              "có dấu hiệu nghi vấn để khoanh vùng kiểm tra."),
            P("Đ/c Nguyễn Thanh Hải phát biểu chỉ đạo: ghi nhận kết quả của Đội trong tháng 8, đề nghị chi bộ quan "
              "tâm phát triển đảng viên trong lực lượng công chức trẻ."),
            H("VI/ KẾT LUẬN"),
            P("Đồng chí Bí thư chi bộ kết luận:"),
            P("- Thống nhất đánh giá kết quả tháng 8 và nhiệm vụ tháng 9/2024 như dự thảo nghị quyết, tiếp thu ý "
              "kiến chỉ đạo của đồng chí Phó Bí thư Đảng ủy Cục;"),
            P("- Tập trung kiểm soát hàng tạm nhập tái xuất và hàng gửi qua đường chuyển phát nhanh; bố trí tổ "
              "kiểm soát ca đêm tại cảng từ ngày 15/9/2024;"),
            P("- Đẩy nhanh việc hoàn thiện hồ sơ kết nạp quần chúng Đặng Minh Khoa."),
            P("Chi bộ biểu quyết bằng hình thức giơ tay, 100% đồng chí có mặt nhất trí thông qua nghị quyết tháng "
              "9/2024."),
            H("VII/ PHÂN CÔNG THỰC HIỆN"),
            T(_DN_TASKS, [
                ["1", "Kiểm tra, giám sát hàng tạm nhập tái xuất qua cảng Tiên Sa; bố trí tổ kiểm soát ca đêm",
                 "Đ/c Lê Văn Tâm, đ/c Hồ Thị Ngọc Bích", "Trước 30/9/2024"],
                ["2", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Đặng Minh Khoa",
                 "Đ/c Nguyễn Thị Thanh Xuân", "Quý IV/2024"],
                ["3", "Trao đổi thông tin với Bưu điện thành phố về địa chỉ nhận hàng nghi vấn",
                 "Đ/c Đặng Quốc Việt", "Hằng tháng"],
                ["4", "Cập nhật hồ sơ doanh nghiệp trọng điểm lên hệ thống quản lý rủi ro",
                 "Tổ Nghiệp vụ tổng hợp", "Đến 31/12/2024"],
            ]),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 50 phút. Biên bản đã được đọc lại, 14/14 đồng chí nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Phan Thị Mỹ Duyên"], ["T/M CHI BỘ", "BÍ THƯ", "", "Trương Công Định"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-09", "15:00", "16:50", "Hội trường tầng 3, trụ sở Đội Kiểm soát Hải quan",
                    "CHI BỘ ĐỘI KIỂM SOÁT HẢI QUAN", "ĐẢNG BỘ CỤC HẢI QUAN ĐÀ NẴNG"),
            "Trương Công Định", "Bí thư chi bộ", "Phan Thị Mỹ Duyên",
            attendance(14, 14, 0, 0, 0, 0, [], [("Nguyễn Thanh Hải", "Phó Bí thư Đảng ủy Cục Hải quan")]),
            True,
            [vote("nghị quyết tháng 9/2024", pct=100)],
            [task("Lê Văn Tâm", "Kiểm tra, giám sát hàng tạm nhập tái xuất qua cảng Tiên Sa; bố trí tổ kiểm soát "
                  "ca đêm", "30/9/2024"),
             task("Hồ Thị Ngọc Bích", "Kiểm tra, giám sát hàng tạm nhập tái xuất qua cảng Tiên Sa; bố trí tổ kiểm "
                  "soát ca đêm", "30/9/2024"),
             task("Nguyễn Thị Thanh Xuân", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Đặng Minh Khoa",
                  "Quý IV/2024"),
             task("Đặng Quốc Việt", "Trao đổi thông tin với Bưu điện thành phố về địa chỉ nhận hàng nghi vấn",
                  "Hằng tháng"),
             task("Tổ Nghiệp vụ tổng hợp", "Cập nhật hồ sơ doanh nghiệp trọng điểm lên hệ thống quản lý rủi ro",
                  "31/12/2024")],
            []),
    }],
    "scans": [{"name": "dev-16-danang-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 16,
               "dpi": 200}],
})


# dev-11 — Trà Vinh, Khmer hamlet cell; DejaVu Serif 12; capital headings without numbers; counts only
# ("Vắng: 03 đồng chí (02 có lý do, 01 không lý do)", 27/30 = 90 %: not low); chair and secretary in one
# sentence; the tasks inside the conclusion sentence ("giao đ/c X theo dõi …, đ/c Y đôn đốc …; Tổ an ninh …
# từ nay đến cuối năm; Ban công tác Mặt trận … trước ngày …"); "25/27 … (92,6%), 02 … không biểu quyết".
DOCS.append({
    "name": "dev-11-travinh-hamlet-counts-inline-tasks", "folder": "dev",
    "style": {"family": "dejavu", "size": 12, "justify": True, "indent": 30, "spacing": 1.35, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ LONG HIỆP", "CHI BỘ ẤP KIM HÒA"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Hiệp, ngày 12 tháng 12 năm 2024"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 12 NĂM 2024"),
            G(8),
            P("Hôm nay, lúc 19 giờ ngày 12/12/2024, tại Điểm sinh hoạt văn hóa ấp Kim Hòa, Chi bộ ấp Kim Hòa tổ "
              "chức sinh hoạt định kỳ tháng 12/2024."),
            P("Tổng số đảng viên: 32 đồng chí (miễn sinh hoạt: 02). Có mặt: 27 đồng chí. Vắng: 03 đồng chí (02 có "
              "lý do, 01 không lý do)."),
            P("Đồng chí Thạch Sô Phan, Bí thư chi bộ, chủ trì; đồng chí Kim Thị Sa Ry, Chi ủy viên, làm thư ký."),
            H("THÔNG TIN THỜI SỰ"),
            P("Đồng chí chủ trì thông tin: Ủy ban nhân dân huyện đã phê duyệt danh sách hộ nghèo, hộ cận nghèo năm "
              "2025; tỉnh phát động đợt cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán Ất Tỵ; giá lúa thu "
              "đông tại ruộng đang ở mức 7.800 đồng/kg."),
            H("KẾT QUẢ THÁNG 11/2024"),
            P("Ấp thu hoạch xong 270 ha lúa thu đông, năng suất bình quân 5,8 tấn/ha; khởi công 02 căn nhà đại đoàn "
              "kết cho hộ ông Thạch Sang và bà Kiên Thị Sóc Khen; phát hiện, báo công an xã xử lý 01 vụ trộm bò. "
              "Tồn tại: quỹ phòng, chống thiên tai mới thu được 64%; còn tình trạng thanh niên tụ tập uống rượu, "
              "chạy xe lạng lách trên đường huyện 15 vào ban đêm."),
            H("NHIỆM VỤ THÁNG 12/2024"),
            P("Xuống giống vụ đông xuân đúng lịch thời vụ; hoàn thành và bàn giao nhà đại đoàn kết trước Tết; bảo "
              "đảm an ninh trật tự, phòng chống trộm cắp dịp cuối năm; chăm lo Tết cho hộ nghèo, gia đình chính "
              "sách."),
            H("Ý KIẾN ĐẢNG VIÊN"),
            P("- Đ/c Sơn Văn Chanh (Tổ trưởng Tổ an ninh): cuối năm trộm cắp thường tăng, đề nghị tổ tuần tra đi "
              "thêm tuyến dọc kênh Trà Cú từ 22 giờ đến 2 giờ sáng."),
            P("- Đ/c Lâm Thị Sóc Kha: nhiều hộ chưa đóng quỹ phòng, chống thiên tai vì chưa hiểu mục đích, cần "
              "người đến tận nhà giải thích bằng tiếng Khmer."),
            P("- Đ/c Triệu Văn Nhân: căn nhà của hộ ông Thạch Sang còn thiếu khoảng 15 triệu đồng, đề nghị vận "
              "động thêm các nhà hảo tâm trong ấp."),
            H("KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất kết quả tháng 11 và nhiệm vụ tháng 12/2024 như báo cáo; "
              "trước mắt tập trung giữ vững an ninh trật tự dịp cuối năm và bàn giao 02 căn nhà đại đoàn kết trước "
              "Tết; giao đ/c Triệu Văn Nhân theo dõi tiến độ xây nhà đại đoàn kết, đ/c Lâm Thị Sóc Kha đôn đốc các "
              "hộ đóng quỹ phòng, chống thiên tai; Tổ an ninh tăng cường tuần tra ban đêm từ nay đến cuối năm; Ban "
              "công tác Mặt trận lập danh sách hộ nghèo, hộ cận nghèo đề nghị tặng quà Tết, xong trước ngày "
              "25/12/2024."),
            P("Chi bộ biểu quyết thông qua kết luận: 25/27 đồng chí tán thành (92,6%), 02 đồng chí không biểu "
              "quyết."),
            P("Cuộc họp kết thúc lúc 21 giờ 00. Biên bản đã đọc lại cho chi bộ nghe và thông qua."),
            S(["THƯ KÝ", "", "", "Kim Thị Sa Ry"], ["CHỦ TRÌ", "", "", "Thạch Sô Phan"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-12", "19:00", "21:00", "Điểm sinh hoạt văn hóa ấp Kim Hòa",
                    "CHI BỘ ẤP KIM HÒA", "ĐẢNG BỘ XÃ LONG HIỆP"),
            "Thạch Sô Phan", "Bí thư chi bộ", "Kim Thị Sa Ry",
            attendance(32, 27, 3, 2, 1, 2),
            True,
            [vote("kết luận", 25, None, 2, pct=92.6)],
            [task("Triệu Văn Nhân", "theo dõi tiến độ xây nhà đại đoàn kết", None),
             task("Lâm Thị Sóc Kha", "đôn đốc các hộ đóng quỹ phòng, chống thiên tai", None),
             task("Tổ an ninh", "tăng cường tuần tra ban đêm", "cuối năm"),
             task("Ban công tác Mặt trận", "lập danh sách hộ nghèo, hộ cận nghèo đề nghị tặng quà Tết",
                  "25/12/2024")],
            ["unexcused_absence"]),
    }],
})


# dev-12 — Ninh Bình, hotel department cell of a tourism company; Liberation Serif 12.5; "A – / B –" headings
# and "1. … 6." sub-headings; "15/16 đồng chí (chính thức 14, dự bị 01); vắng 01 đồng chí: X, nghỉ phép năm"
# (name without a title); a guest; chair and secretary on one line; a conclusion followed only by a general
# call; two votes: the conclusion (15/15) and proposing a new member (official members only, 14/14, 100%);
# "đảng viên được phân công giúp đỡ" is a past duty, not a task.
DOCS.append({
    "name": "dev-12-ninhbinh-hotel-two-votes-no-assignments", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 26, "spacing": 1.3, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CP DU LỊCH HOA LƯ", "CHI BỘ BỘ PHẬN LỄ TÂN – BUỒNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ninh Bình, ngày 06 tháng 6 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ"),
            C("Tháng 6 năm 2024", bold=False, italic=True),
            G(6),
            H("A – Thủ tục"),
            L("Thời gian: 8h00 ngày 06/6/2024."),
            L("Địa điểm: Phòng họp tầng 2, Khách sạn Hoa Lư."),
            L("Số đảng viên có mặt: 15/16 đồng chí (chính thức 14, dự bị 01); vắng 01 đồng chí: Đinh Thị Lan, "
              "nghỉ phép năm."),
            L("Dự họp có đ/c Phạm Thị Hương Giang, Đảng ủy viên Công ty."),
            L("Chủ tọa: đ/c Vũ Đình Khang – Bí thư chi bộ; thư ký: đ/c Lương Thị Ngọc Ánh."),
            H("B – Nội dung"),
            L("1. Thông tin", italic=True),
            P("Đồng chí Phạm Thị Hương Giang thông tin: lượng khách đến Ninh Bình năm tháng đầu năm tăng mạnh, "
              "riêng khách quốc tế tăng 42% so với cùng kỳ; Đảng ủy Công ty yêu cầu các chi bộ lãnh đạo bảo đảm an "
              "toàn thực phẩm, phòng cháy, chữa cháy tại các cơ sở lưu trú trong mùa cao điểm hè."),
            L("2. Đánh giá tháng 5/2024", italic=True),
            P("Bộ phận đón 9.860 lượt khách lưu trú, công suất phòng bình quân 78%, doanh thu phòng đạt 104% kế "
              "hoạch tháng; điểm đánh giá trên các trang đặt phòng trực tuyến duy trì 8,9/10. Hạn chế: có 06 nhận "
              "xét không tốt về vệ sinh phòng tầng 4; thiếu nhân viên lễ tân sử dụng được tiếng Hàn; việc bàn giao "
              "ca giữa lễ tân và buồng còn sai sót về tình trạng phòng."),
            L("3. Phương hướng tháng 6/2024", italic=True),
            P("Phục vụ tốt mùa cao điểm du lịch hè và các đoàn khách dịp Tuần Du lịch Ninh Bình; tổng vệ sinh, "
              "bảo dưỡng phòng tầng 4; mở lớp tiếng Hàn giao tiếp cho nhân viên; chấn chỉnh quy trình giao ca."),
            L("4. Thảo luận", italic=True),
            P("Đồng chí Trần Quốc Bảo phát biểu: lỗi giao ca chủ yếu do phần mềm quản lý phòng cập nhật chậm, đề "
              "nghị Công ty nâng cấp và quy định lễ tân xác nhận trên phần mềm trước khi bàn giao."),
            P("Đồng chí Đinh Văn Toàn phát biểu: nên mời giáo viên tiếng Hàn dạy vào buổi chiều để không ảnh hưởng "
              "ca sáng; tổ buồng cần thêm 02 nhân viên thời vụ trong tháng 6 và tháng 7."),
            L("5. Kết luận của chủ tọa", italic=True),
            P("Chi bộ thống nhất với đánh giá tháng 5 và phương hướng tháng 6/2024; trọng tâm là bảo đảm chất "
              "lượng phục vụ, an toàn cho du khách trong mùa cao điểm, khắc phục ngay những tồn tại về vệ sinh "
              "phòng và giao ca. Đảng viên phải gương mẫu về thái độ phục vụ, không để khách phàn nàn."),
            P("Đề nghị các đồng chí đảng viên trong chi bộ căn cứ chức trách, nhiệm vụ được giao gương mẫu thực "
              "hiện và vận động quần chúng cùng thực hiện tốt kết luận của chi bộ."),
            P("Biểu quyết thông qua kết luận tháng 6/2024: 15/15 đồng chí tán thành."),
            L("6. Xét đề nghị kết nạp đảng viên", italic=True),
            P("Chi bộ nghe đồng chí Trần Quốc Bảo, đảng viên được phân công giúp đỡ, báo cáo quá trình phấn đấu, "
              "rèn luyện của quần chúng Bùi Văn Hưng, nhân viên lễ tân; nghe nhận xét của Công đoàn bộ phận và "
              "Chi đoàn thanh niên Công ty. Quần chúng Bùi Văn Hưng đã học lớp bồi dưỡng nhận thức về Đảng, lý "
              "lịch đã được thẩm tra, đủ tiêu chuẩn, điều kiện vào Đảng."),
            P("Biểu quyết đề nghị kết nạp quần chúng Bùi Văn Hưng vào Đảng: số đảng viên chính thức có mặt 14 "
              "đồng chí, tán thành 14/14, đạt 100%."),
            P("Buổi họp kết thúc lúc 10 giờ 10 phút. Biên bản đã được thư ký đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Lương Thị Ngọc Ánh"], ["T/M CHI ỦY", "BÍ THƯ", "", "Vũ Đình Khang"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-06", "08:00", "10:10", "Phòng họp tầng 2, Khách sạn Hoa Lư",
                    "CHI BỘ BỘ PHẬN LỄ TÂN – BUỒNG", "ĐẢNG BỘ CÔNG TY CP DU LỊCH HOA LƯ"),
            "Vũ Đình Khang", "Bí thư chi bộ", "Lương Thị Ngọc Ánh",
            attendance(16, 15, 1, 1, 0, 0, [("Đinh Thị Lan", "nghỉ phép năm", True)],
                       [("Phạm Thị Hương Giang", "Đảng ủy viên Công ty")]),
            True,
            [vote("kết luận tháng 6/2024", 15),
             vote("đề nghị kết nạp quần chúng Bùi Văn Hưng vào Đảng", 14, pct=100)],
            [],
            ["missing_assignments"]),
    }],
})


# dev-13 — Đồng Nai, garment workshop cell of a company; Liberation Sans 11.5; "1./3.1." headings; both times
# in the opening ("Từ 16 giờ 30 phút đến 18 giờ 15 phút"); absentees on numbered lines "1) … 2) …" (one is
# the cell's Bí thư); the deputy presides; discussion goes straight to the tasks: no conclusion, no
# vote, no closing line. Tasks: "Giao đồng chí X …", "Đồng chí X chịu trách nhiệm … trước kỳ họp tháng 5",
# "Đ/c A và đ/c B … trong quý II".
DOCS.append({
    "name": "dev-13-dongnai-garment-no-conclusion-no-vote", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 3,
              "left": 70, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY CÔNG TY CP MAY BIÊN HÒA", "CHI BỘ XƯỞNG MAY 3"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Biên Hòa, ngày 18 tháng 4 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 4/2024", bold=False),
            G(6),
            H("1. Thời gian, địa điểm"),
            P("Từ 16 giờ 30 phút đến 18 giờ 15 phút, ngày 18/4/2024 (sau giờ tan ca), tại nhà ăn ca Xưởng May 3."),
            H("2. Thành phần"),
            P("Tổng số đảng viên của chi bộ: 21. Có mặt: 19. Vắng mặt: 02, gồm:"),
            L("1) Đ/c Nguyễn Văn Lực, Bí thư chi bộ – đi dự lớp bồi dưỡng tại Đảng ủy Khối;", indent=18),
            L("2) Đ/c Trần Thị Thùy Dương – nghỉ chế độ thai sản.", indent=18),
            P("Chủ trì: đồng chí Hà Văn Cường, Phó Bí thư chi bộ, Quản đốc xưởng (được đồng chí Bí thư ủy quyền)."),
            P("Thư ký: đồng chí Lê Thị Kiều Oanh."),
            H("3. Nội dung"),
            L("3.1. Thông tin thời sự", italic=True),
            P("Đồng chí chủ trì thông tin: Công ty ký được đơn hàng áo khoác xuất khẩu đi Nhật Bản cho quý II và quý "
              "III, sản lượng tăng 15% so với cùng kỳ; Liên đoàn Lao động tỉnh phát động Tháng Công nhân năm 2024 "
              "gắn với Tháng hành động về an toàn, vệ sinh lao động."),
            L("3.2. Kết quả tháng 3/2024", italic=True),
            P("Xưởng hoàn thành 104% kế hoạch sản lượng, tỷ lệ hàng lỗi phải sửa giảm từ 3,1% xuống 2,4%; chuyền 5 "
              "và chuyền 8 đạt năng suất cao nhất Công ty. Tồn tại: 23 công nhân nghỉ việc trong tháng, chủ yếu là "
              "lao động mới vào dưới ba tháng; dây điện, ổ cắm ở khu là chưa bảo đảm an toàn; một số công nhân "
              "chưa đeo khẩu trang khi làm việc ở khu cắt."),
            L("3.3. Nhiệm vụ tháng 4/2024", italic=True),
            P("Bảo đảm tiến độ đơn hàng xuất khẩu; khắc phục ngay các điểm mất an toàn điện; ổn định lực lượng "
              "lao động, tìm hiểu nguyên nhân công nhân mới nghỉ việc; hưởng ứng Tháng Công nhân."),
            L("3.4. Ý kiến thảo luận", italic=True),
            P("Ý kiến của đ/c Võ Thị Ngọc Hà (Chủ tịch Công đoàn bộ phận): công nhân mới nghỉ chủ yếu vì chưa quen "
              "định mức và nhà trọ xa; đề nghị tổ trưởng kèm cặp trong tháng đầu, Công đoàn hỗ trợ tìm phòng trọ "
              "gần xưởng."),
            P("Ý kiến của đ/c Đỗ Văn Trọng (tổ bảo trì): đã khảo sát khu là, cần thay khoảng 120 mét dây điện và 30 "
              "ổ cắm, đề nghị xưởng duyệt vật tư ngay trong tuần."),
            P("Ý kiến của đ/c Phan Minh Quân: chi bộ cần quan tâm phát triển đảng trong công nhân trẻ, hiện chuyền "
              "5 có hai quần chúng ưu tú."),
            L("3.5. Phân công nhiệm vụ", italic=True),
            P("Giao đồng chí Đỗ Văn Trọng kiểm tra, thay thế dây điện, ổ cắm không an toàn tại khu là, xong trước "
              "ngày 25/4/2024."),
            P("Đồng chí Võ Thị Ngọc Hà chịu trách nhiệm phối hợp với Công đoàn bộ phận thăm hỏi, hỗ trợ công nhân "
              "mới, báo cáo kết quả trước kỳ họp tháng 5."),
            P("Đ/c Phan Minh Quân và đ/c Lê Thị Kiều Oanh theo dõi, giúp đỡ hai quần chúng ưu tú ở chuyền 5, giới "
              "thiệu học lớp bồi dưỡng nhận thức về Đảng trong quý II."),
            S(["THƯ KÝ", "", "", "Lê Thị Kiều Oanh"], ["CHỦ TRÌ", "PHÓ BÍ THƯ", "", "Hà Văn Cường"]),
        ],
        "truth": minute(
            meeting("regular", "2024-04-18", "16:30", "18:15", "nhà ăn ca Xưởng May 3", "CHI BỘ XƯỞNG MAY 3",
                    "ĐẢNG ỦY CÔNG TY CP MAY BIÊN HÒA"),
            "Hà Văn Cường", "Phó Bí thư chi bộ", "Lê Thị Kiều Oanh",
            attendance(21, 19, 2, 2, 0, 0, [("Nguyễn Văn Lực", "đi dự lớp bồi dưỡng tại Đảng ủy Khối", True),
                                            ("Trần Thị Thùy Dương", "nghỉ chế độ thai sản", True)]),
            False,
            [],
            [task("Đỗ Văn Trọng", "kiểm tra, thay thế dây điện, ổ cắm không an toàn tại khu là", "25/4/2024"),
             task("Võ Thị Ngọc Hà", "phối hợp với Công đoàn bộ phận thăm hỏi, hỗ trợ công nhân mới, báo cáo kết "
                  "quả", "kỳ họp tháng 5"),
             task("Phan Minh Quân", "theo dõi, giúp đỡ hai quần chúng ưu tú ở chuyền 5, giới thiệu học lớp bồi "
                  "dưỡng nhận thức về Đảng", "quý II"),
             task("Lê Thị Kiều Oanh", "theo dõi, giúp đỡ hai quần chúng ưu tú ở chuyền 5, giới thiệu học lớp bồi "
                  "dưỡng nhận thức về Đảng", "quý II")],
            ["missing_conclusion", "missing_vote", "not_approved"]),
    }],
})


# dev-14 — Vĩnh Phúc, policy-bank branch cell; DejaVu Serif 12.5, ragged; "Số: 11-BB/CB"; thematic meeting,
# "QUÝ IV" in the title and the topic in capitals over two lines; "- Thời gian:" fields; "vắng 02 đồng chí
# (đi công tác)" (counts only); "Tán thành: 19/19, không tán thành: 0, ý kiến khác: 0"; "chịu trách nhiệm …
# trong quý IV", "trước ngày 15/12/2024", "tại kỳ sinh hoạt tháng 01/2025".
DOCS.append({
    "name": "dev-14-vinhphuc-bank-thematic-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 12.5, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ NHCSXH TỈNH VĨNH PHÚC", "CHI BỘ PHÒNG GIAO DỊCH TAM ĐẢO", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tam Đảo, ngày 21 tháng 11 năm 2024"], size=10.5),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2024"),
            C("NÂNG CAO CHẤT LƯỢNG TÍN DỤNG CHÍNH SÁCH, PHÒNG NGỪA NỢ QUÁ HẠN PHÁT SINH", size=12),
            G(8),
            L("- Thời gian: Bắt đầu lúc 15h00' ngày 21/11/2024."),
            L("- Địa điểm: Phòng họp Phòng giao dịch NHCSXH huyện Tam Đảo."),
            L("- Thành phần: Tổng số đảng viên 21 đồng chí; có mặt 19 đồng chí, vắng 02 đồng chí (đi công tác)."),
            L("- Chủ trì: đồng chí Đào Xuân Trường – Bí thư chi bộ, Giám đốc Phòng giao dịch."),
            L("- Thư ký: đồng chí Nghiêm Thị Hạnh."),
            H("1. Đồng chí chủ trì nêu mục đích, yêu cầu của buổi sinh hoạt"),
            P("Đánh giá đúng thực trạng chất lượng tín dụng chính sách trên địa bàn huyện, chỉ rõ nguyên nhân nợ "
              "quá hạn phát sinh để chi bộ đề ra giải pháp lãnh đạo trong những tháng cuối năm 2024 và năm 2025."),
            H("2. Trình bày chuyên đề"),
            P("Đồng chí Khổng Văn Lợi, Phó Bí thư chi bộ, Phó Giám đốc trình bày chuyên đề. Đến ngày 31/10/2024, "
              "tổng dư nợ đạt 412,6 tỷ đồng với 7.350 hộ còn dư nợ, cho vay qua 96 Tổ tiết kiệm và vay vốn; nợ quá "
              "hạn chiếm 0,12% tổng dư nợ, phát sinh chủ yếu ở các hộ vay giải quyết việc làm có người đi lao động "
              "nước ngoài về nước trước hạn. Có 03 Tổ tiết kiệm và vay vốn ở xã Đạo Trù và xã Đại Đình xếp loại "
              "trung bình do tổ trưởng cao tuổi, việc bình xét cho vay còn nể nang."),
            H("3. Thảo luận"),
            P("Đồng chí Lưu Thị Thanh Tâm: đề nghị phối hợp với Hội Nông dân, Hội Phụ nữ thay tổ trưởng ở ba tổ "
              "yếu, tổ chức sinh hoạt tổ công khai tại điểm giao dịch xã."),
            P("Đồng chí Tạ Quang Hiếu: cần đối chiếu nợ định kỳ với từng hộ có người lao động ở nước ngoài, phát "
              "hiện sớm hộ gặp khó khăn để gia hạn nợ đúng quy định."),
            H("4. Kết luận"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề; đến hết năm 2024 giữ tỷ lệ nợ quá "
              "hạn dưới 0,1%, không để phát sinh nợ quá hạn mới do nguyên nhân chủ quan; kiện toàn xong các Tổ tiết "
              "kiệm và vay vốn yếu; mỗi đảng viên phụ trách địa bàn phải nắm chắc từng hộ vay có nguy cơ."),
            H("5. Biểu quyết"),
            P("Chi bộ biểu quyết thông qua chuyên đề và kết luận. Tán thành: 19/19, không tán thành: 0, ý kiến "
              "khác: 0."),
            H("6. Tổ chức thực hiện"),
            P("Đồng chí Khổng Văn Lợi chịu trách nhiệm hoàn thiện chuyên đề, ban hành kế hoạch thực hiện trong "
              "quý IV."),
            P("Đồng chí Lưu Thị Thanh Tâm chịu trách nhiệm phối hợp với Hội Nông dân, Hội Phụ nữ các xã kiện toàn "
              "03 Tổ tiết kiệm và vay vốn xếp loại trung bình, trước ngày 15/12/2024."),
            P("Đồng chí Nghiêm Thị Hạnh tổng hợp kết quả thực hiện, báo cáo chi bộ tại kỳ sinh hoạt tháng 01/2025."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 17h00' cùng ngày. Biên bản đã được thông qua tại buổi sinh "
              "hoạt, các đồng chí dự họp nhất trí với nội dung biên bản."),
            S(["THƯ KÝ", "", "", "Nghiêm Thị Hạnh"], ["T/M CHI BỘ", "BÍ THƯ", "", "Đào Xuân Trường"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-11-21", "15:00", "17:00", "Phòng họp Phòng giao dịch NHCSXH huyện Tam Đảo",
                    "CHI BỘ PHÒNG GIAO DỊCH TAM ĐẢO", "ĐẢNG BỘ NHCSXH TỈNH VĨNH PHÚC",
                    topic="NÂNG CAO CHẤT LƯỢNG TÍN DỤNG CHÍNH SÁCH, PHÒNG NGỪA NỢ QUÁ HẠN PHÁT SINH"),
            "Đào Xuân Trường", "Bí thư chi bộ", "Nghiêm Thị Hạnh",
            attendance(21, 19, 2, 2, 0, 0),
            True,
            [vote("chuyên đề và kết luận", 19, 0, 0)],
            [task("Khổng Văn Lợi", "hoàn thiện chuyên đề, ban hành kế hoạch thực hiện", "quý IV"),
             task("Lưu Thị Thanh Tâm", "phối hợp với Hội Nông dân, Hội Phụ nữ các xã kiện toàn 03 Tổ tiết kiệm và "
                  "vay vốn xếp loại trung bình", "15/12/2024"),
             task("Nghiêm Thị Hạnh", "tổng hợp kết quả thực hiện, báo cáo chi bộ", "kỳ sinh hoạt tháng 01/2025")],
            []),
    }],
})


# dev-15 — Hưng Yên, agricultural cooperative cell; Liberation Serif 13, spacing 1.5, running head on page 2;
# "Phần 1. … Phần 6." headings; two members exempt for age; "Có mặt: 10/11 đồng chí"; one absentee on her
# own line; the secretary "được cử làm thư ký"; "+ Đ/c X:" opinions; "Số đồng chí tán thành kết luận: 10
# (mười); không tán thành: 0"; "Giao đồng chí X …" twice and "Đồng chí A và đồng chí B … hằng tuần" next to
# a mass organisation that is not an assignee ("phối hợp với Chi hội Nông dân").
DOCS.append({
    "name": "dev-15-hungyen-coop-2p-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.5, "para_gap": 2,
              "head": "Chi bộ HTX Dịch vụ nông nghiệp – Biên bản sinh hoạt tháng 8/2024", "head_align": "right"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ PHỤNG CÔNG", "CHI BỘ HTX DỊCH VỤ NÔNG NGHIỆP"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phụng Công, ngày 03 tháng 8 năm 2024"], size=11.5),
            C("BIÊN BẢN"),
            C("Sinh hoạt chi bộ tháng 8/2024"),
            G(8),
            P("Hồi 14 giờ 00 phút ngày 03 tháng 8 năm 2024, tại Văn phòng Hợp tác xã, Chi bộ Hợp tác xã Dịch vụ "
              "nông nghiệp họp thường kỳ tháng 8."),
            P("Đảng viên của chi bộ: 13 đồng chí, trong đó 02 đồng chí được miễn sinh hoạt do tuổi cao (đ/c Đỗ Văn "
              "Khiêm, đ/c Lê Thị Nhài)."),
            P("Có mặt: 10/11 đồng chí."),
            P("Vắng: đ/c Nguyễn Thị Hường – đưa con đi khám bệnh tại Hà Nội, đã báo cáo chi ủy."),
            P("Đồng chí Chu Văn Thịnh, Bí thư chi bộ, Giám đốc Hợp tác xã chủ trì hội nghị; đồng chí Đặng Thị Thu "
              "Hà, Kế toán Hợp tác xã, được cử làm thư ký."),
            H("Phần 1. Thông tin thời sự"),
            P("Đồng chí chủ trì thông tin: giá nhãn lồng đầu vụ ở mức 25.000 – 30.000 đồng/kg, thấp hơn năm trước; "
              "Ủy ban nhân dân tỉnh hỗ trợ một phần kinh phí cho hợp tác xã chuyển đổi số, truy xuất nguồn gốc "
              "nông sản; Trung tâm Dự báo khí tượng thủy văn cảnh báo mưa lớn diện rộng ở Bắc Bộ trong tháng 8."),
            H("Phần 2. Kiểm điểm tháng 7/2024"),
            P("Hợp tác xã bảo đảm tưới tiêu cho 186 ha lúa mùa và cây ăn quả; cung ứng 86 tấn phân bón trả chậm "
              "cho xã viên; hướng dẫn 42 hộ trồng nhãn đăng ký mã số vùng trồng để xuất khẩu. Tồn tại: thu phí dịch "
              "vụ thủy lợi nội đồng mới đạt 70%; 01 đoạn kênh tưới ở xứ đồng Bãi Giữa bị sạt lở chưa khắc phục xong."),
            H("Phần 3. Nhiệm vụ tháng 8/2024"),
            P("Chủ động tiêu úng cho lúa mùa và vườn nhãn khi có mưa lớn; khắc phục đoạn kênh sạt lở; tổ chức "
              "tiêu thụ nhãn qua sàn thương mại điện tử; tiếp tục thu phí dịch vụ còn tồn đọng."),
            H("Phần 4. Các ý kiến tham gia"),
            P("+ Đ/c Phạm Văn Long (Tổ trưởng tổ thủy nông): trạm bơm Đồng Quê đã chạy liên tục từ đầu vụ, cần "
              "bảo dưỡng máy trước khi vào đợt mưa lớn."),
            P("+ Đ/c Nguyễn Thị Hiền: nhiều vườn nhãn ra hoa muộn do thời tiết nắng nóng, bà con cần được hướng "
              "dẫn kỹ thuật xử lý ra hoa vụ sau."),
            P("+ Đ/c Vũ Văn Bình: đề nghị hợp tác xã làm việc với các sàn thương mại điện tử từ sớm để có giá bán "
              "ổn định cho bà con."),
            H("Phần 5. Kết luận của đồng chí chủ trì"),
            P("Chi bộ thống nhất đánh giá tháng 7 và nhiệm vụ tháng 8/2024. Trong tháng tập trung ba việc: bảo đảm "
              "tiêu úng, không để ngập úng lúa mùa và vườn nhãn; khắc phục xong đoạn kênh sạt lở; thu phí dịch vụ "
              "tồn đọng, trước hết đối với các hộ là đảng viên."),
            P("Số đồng chí tán thành kết luận: 10 (mười); không tán thành: 0."),
            H("Phần 6. Phân công"),
            P("Giao đồng chí Phạm Văn Long kiểm tra, bảo dưỡng 03 trạm bơm tiêu úng trước mùa mưa bão, xong trước "
              "ngày 12/8/2024."),
            P("Giao đồng chí Đặng Thị Thu Hà đôn đốc thu phí dịch vụ thủy lợi nội đồng còn tồn đọng, trong tháng 8."),
            P("Đồng chí Nguyễn Thị Hiền và đồng chí Vũ Văn Bình phối hợp với Chi hội Nông dân hướng dẫn bà con xử "
              "lý ra hoa nhãn vụ sau, hằng tuần đi kiểm tra vườn."),
            P("Cuộc họp kết thúc lúc 16 giờ 00 phút. Biên bản đã được đọc lại cho các đồng chí dự họp nghe và nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "", "", "Đặng Thị Thu Hà"], ["CHỦ TRÌ", "", "", "Chu Văn Thịnh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-03", "14:00", "16:00", "Văn phòng Hợp tác xã", "CHI BỘ HTX DỊCH VỤ NÔNG NGHIỆP",
                    "ĐẢNG BỘ XÃ PHỤNG CÔNG"),
            "Chu Văn Thịnh", "Bí thư chi bộ", "Đặng Thị Thu Hà",
            attendance(13, 10, 1, 1, 0, 2, [("Nguyễn Thị Hường", "đưa con đi khám bệnh tại Hà Nội, đã báo cáo chi ủy",
                                             True)]),
            True,
            [vote("kết luận", 10, 0)],
            [task("Phạm Văn Long", "kiểm tra, bảo dưỡng 03 trạm bơm tiêu úng trước mùa mưa bão", "12/8/2024"),
             task("Đặng Thị Thu Hà", "đôn đốc thu phí dịch vụ thủy lợi nội đồng còn tồn đọng", "tháng 8"),
             task("Nguyễn Thị Hiền", "phối hợp với Chi hội Nông dân hướng dẫn bà con xử lý ra hoa nhãn vụ sau",
                  "hằng tuần"),
             task("Vũ Văn Bình", "phối hợp với Chi hội Nông dân hướng dẫn bà con xử lý ra hoa nhãn vụ sau",
                  "hằng tuần")],
            []),
    }],
})
