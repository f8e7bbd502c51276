"""The held-out minutes, written by hand (not drawn from the generator's banks) with their labels.

Each entry: name, style (font family/size/margins), blocks (what is drawn, in order) and truth (the
per-minute labels of docs/CONTRACTS.md, without `pages`, which make.py fills in). Names, cells and
communes are invented; wordings follow published minutes from different kinds of cells.
"""

from __future__ import annotations


def meeting(kind, topic, date, month, year, start, end, location, cell, committee):
    return {"kind": kind, "topic": topic, "date": date, "month": month, "year": year,
            "start_time": start, "end_time": end, "location": location, "cell": cell,
            "party_committee": committee}


def attendance(total, present, absent, excused, unexcused, exempt, absentees=(), guests=()):
    return {"total": total, "present": present, "absent": absent, "absent_excused": excused,
            "absent_unexcused": unexcused, "exempt": exempt,
            "absentees": [{"name": n, "reason": r, "excused": e} for n, r, e in absentees],
            "guests": [{"name": n, "role": r} for n, r in guests]}


def vote(text, for_, against, abstain, percent):
    return {"text": text, "votes": {"for": for_, "against": against, "abstain": abstain, "percent_for": percent}}


def task(assignee, what, deadline):
    return {"assignee": assignee, "task": what, "deadline": deadline}


H, C, P, R, G, S = "header", "center", "para", "row", "gap", "sign"

DOCS: list[dict] = []

# 1 ── Hà Nội, ward residential cell, two-level header, "PHẦN I –" headings. No defect.
DOCS.append({
    "name": "ho-01-hanoi-ward-clean",
    "style": {"family": "serif", "size": 13, "justify": True, "left": 85, "right": 57},
    "blocks": [
        (H, ["ĐẢNG BỘ QUẬN CẦU GIẤY", "ĐẢNG BỘ PHƯỜNG NGHĨA ĐÔ", "CHI BỘ TỔ DÂN PHỐ SỐ 5", "*"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cầu Giấy, ngày 12 tháng 3 năm 2024"], {"bold_left": (2,)}),
        (G, 8),
        (C, "BIÊN BẢN", {"size": 15}),
        (C, "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024"),
        (G, 8),
        (P, "Vào hồi 19h30' ngày 12/3/2024, tại Nhà văn hóa tổ dân phố số 5, phường Nghĩa Đô, Chi bộ Tổ dân "
            "phố số 5 tiến hành sinh hoạt thường kỳ tháng 3 năm 2024."),
        (P, "PHẦN I – THÀNH PHẦN", {"bold": True, "indent": 0}),
        (P, "- Đảng viên được triệu tập: 22 đ/c. Có mặt: 20 đ/c. Vắng: 02 đ/c (đ/c Phạm Quang Huy – ốm; "
            "đ/c Lê Thị Thu Hằng – đi công tác)."),
        (P, "- Đại biểu dự: đ/c Nguyễn Hữu Nghĩa – Đảng ủy viên, Phó Chủ tịch UBND phường Nghĩa Đô."),
        (P, "- Chủ tọa: đ/c Đỗ Minh Khuê – Bí thư chi bộ."),
        (P, "- Thư ký: đ/c Nguyễn Thị Thanh Hoà – Chi ủy viên."),
        (P, "PHẦN II – NỘI DUNG", {"bold": True, "indent": 0}),
        (P, "1. Thông tin thời sự: đ/c Bí thư thông tin kết quả Hội nghị lần thứ chín Ban Chấp hành Trung ương "
            "khóa XIII; phổ biến Kế hoạch của Đảng ủy phường về Tháng Thanh niên và về phòng cháy, chữa cháy "
            "đối với nhà ở kết hợp kinh doanh."),
        (P, "2. Kết quả tháng 2/2024: tổ dân phố đón Tết Giáp Thìn an toàn, không để xảy ra cháy nổ; quỹ "
            "\"Vì người nghèo\" thu được 14.350.000 đồng; 100% hộ ký cam kết không đốt vàng mã nơi công cộng. "
            "Tồn tại: thu gom rác ở ngõ 68 còn chậm; 03 hộ kinh doanh chưa trang bị bình chữa cháy."),
        (P, "3. Nhiệm vụ tháng 3/2024: trang bị đủ bình chữa cháy cho các hộ kinh doanh; tổ chức Ngày Chủ nhật "
            "xanh; rà soát trẻ trong diện tiêm chủng mở rộng; hoàn thiện hồ sơ quần chúng Trần Bảo Ngọc để "
            "chi bộ xem xét kết nạp."),
        (P, "PHẦN III – THẢO LUẬN", {"bold": True, "indent": 0}),
        (P, "Ý kiến của đ/c Vũ Văn Thắng (Tổ trưởng tổ dân phố): đề nghị phường sớm lắp lại đèn chiếu sáng ở "
            "đầu ngõ 68, nhiều hộ phản ánh đi lại buổi tối không an toàn."),
        (P, "Ý kiến của đ/c Trịnh Thị Lan: Chi hội Phụ nữ nhận vận động các hộ kinh doanh mua bình chữa cháy, "
            "đề nghị chi bộ giao chỉ tiêu cụ thể theo từng ngõ."),
        (P, "Ý kiến của đ/c Nguyễn Hữu Nghĩa: ghi nhận kiến nghị về chiếu sáng; phường sẽ khảo sát ngõ 68 "
            "ngay trong tháng 3."),
        (P, "PHẦN IV – KẾT LUẬN CỦA CHỦ TỌA", {"bold": True, "indent": 0}),
        (P, "Đồng chí chủ tọa tiếp thu các ý kiến và kết luận: chi bộ thống nhất các nhiệm vụ tháng 3 đã nêu; "
            "tập trung trước hết vào phòng cháy, chữa cháy ở các hộ kinh doanh và vệ sinh môi trường ngõ 68; "
            "hoàn thiện hồ sơ quần chúng Trần Bảo Ngọc để xét kết nạp trong quý II."),
        (P, "Biểu quyết: 20/20 đ/c tán thành (100%)."),
        (P, "PHẦN V – PHÂN CÔNG THỰC HIỆN", {"bold": True, "indent": 0}),
        (P, "1. Đ/c Trịnh Thị Lan: phụ trách vận động 03 hộ kinh doanh trang bị bình chữa cháy; thời hạn 25/3/2024."),
        (P, "2. Đ/c Vũ Văn Thắng: tổ chức Ngày Chủ nhật xanh tại ngõ 68; thời hạn 17/3/2024."),
        (P, "3. Đ/c Hoàng Đức Long: hướng dẫn quần chúng Trần Bảo Ngọc hoàn thiện hồ sơ đề nghị kết nạp Đảng; "
            "thời hạn 30/4/2024."),
        (P, "Hội nghị kết thúc vào hồi 21h15 cùng ngày. Biên bản được thông qua trước hội nghị và nhất trí 100%."),
        (S, ["THƯ KÝ", "", "", "Nguyễn Thị Thanh Hoà"], ["CHỦ TỌA", "", "", "Đỗ Minh Khuê"]),
    ],
    "truth": {
        "meeting": meeting("regular", None, "2024-03-12", 3, 2024, "19:30", "21:15",
                           "Nhà văn hóa tổ dân phố số 5, phường Nghĩa Đô", "CHI BỘ TỔ DÂN PHỐ SỐ 5",
                           "ĐẢNG BỘ PHƯỜNG NGHĨA ĐÔ"),
        "chair": {"name": "Đỗ Minh Khuê", "role": "Bí thư chi bộ"},
        "secretary": {"name": "Nguyễn Thị Thanh Hoà"},
        "attendance": attendance(22, 20, 2, 2, 0, 0,
                                 [("Phạm Quang Huy", "ốm", True), ("Lê Thị Thu Hằng", "đi công tác", True)],
                                 [("Nguyễn Hữu Nghĩa", "Đảng ủy viên, Phó Chủ tịch UBND phường Nghĩa Đô")]),
        "conclusion": True,
        "resolutions": [vote("kết luận của chủ tọa", 20, None, None, 100.0)],
        "assignments": [
            task("Trịnh Thị Lan", "phụ trách vận động 03 hộ kinh doanh trang bị bình chữa cháy", "25/3/2024"),
            task("Vũ Văn Thắng", "tổ chức Ngày Chủ nhật xanh tại ngõ 68", "17/3/2024"),
            task("Hoàng Đức Long", "hướng dẫn quần chúng Trần Bảo Ngọc hoàn thiện hồ sơ đề nghị kết nạp Đảng",
                 "30/4/2024"),
        ],
        "flags": [],
    },
})

# 2 ── Mekong delta hamlet cell: "Thời gian: bắt đầu 8 giờ", "có mặt 26/28", an absence "không lý do",
#      only a general call to action (no named assignee).
DOCS.append({
    "name": "ho-02-mekong-hamlet-unexcused",
    "style": {"family": "sans", "size": 12, "spacing": 1.15, "left": 70, "right": 50, "indent": 0, "top": 38, "bottom": 36},
    "blocks": [
        (H, ["ĐẢNG ỦY XÃ LONG THỚI", "CHI BỘ ẤP 3", "*"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Thới, ngày 05 tháng 4 năm 2024"], {"bold_left": (1,)}),
        (G, 10),
        (C, "BIÊN BẢN HỌP CHI BỘ"),
        (C, "Tháng 4 năm 2024", {"bold": False, "italic": True}),
        (G, 6),
        (P, "Thời gian: bắt đầu 8 giờ, ngày 05 tháng 4 năm 2024."),
        (P, "Địa điểm: Văn phòng ấp 3, xã Long Thới."),
        (P, "Thành phần: Tổng số đảng viên: 31, miễn sinh hoạt: 03, có mặt 26/28."),
        (P, "Vắng: đ/c Huỳnh Văn Lực (đi làm ăn xa, có xin phép); đ/c Trần Văn Chiến (không lý do)."),
        (P, "Chủ trì: đ/c Nguyễn Văn Út – Bí thư chi bộ."),
        (P, "Thư ký: đ/c Võ Thị Mộng Tuyền."),
        (P, "Nội dung:", {"bold": True}),
        (P, "I- Thông tin thời sự, quán triệt văn bản", {"bold": True}),
        (P, "Đ/c Bí thư quán triệt Chỉ thị của Ban Thường vụ Huyện ủy về phòng, chống hạn mặn mùa khô "
            "2023–2024; thông tin giá lúa, giá dừa khô giảm mạnh, ảnh hưởng thu nhập của bà con trong ấp.",
         {"indent": 20}),
        (P, "II- Đánh giá tình hình tháng 3", {"bold": True}),
        (P, "Ấp đã nạo vét xong kênh Ba Rẫy dài 1,2 km bằng ngày công của nhân dân; 47 hộ được hỗ trợ bồn chứa "
            "nước ngọt; thu thuế sử dụng đất phi nông nghiệp đạt 82%. Hạn chế: còn 06 hộ chưa đóng góp kinh "
            "phí làm lộ nông thôn; tình trạng thả bò ăn lúa vẫn còn ở tổ 4.", {"indent": 20}),
        (P, "III- Phương hướng tháng 4", {"bold": True}),
        (P, "Tiếp tục theo dõi độ mặn, hướng dẫn bà con trữ nước ngọt; vận động các hộ còn lại đóng góp làm lộ; "
            "chuẩn bị ra quân làm đường giao thông nông thôn; phòng, chống sốt xuất huyết trong mùa mưa.",
         {"indent": 20}),
        (P, "IV- Ý kiến đảng viên", {"bold": True}),
        (P, "Có 3 ý kiến phát biểu, cụ thể:", {"indent": 20}),
        (P, "– Đ/c Lê Văn Sáu: đề nghị xã cho mượn thêm máy bơm để bơm nước vào ao trữ cho các hộ ở cuối kênh.",
         {"indent": 20, "hang": 12}),
        (P, "– Đ/c Trần Thị Bé Hai: chi hội phụ nữ sẽ đến từng nhà vận động đóng góp làm lộ, nhưng phải công "
            "khai số tiền đã thu.", {"indent": 20, "hang": 12}),
        (P, "– Đ/c Huỳnh Thanh Tâm: đề nghị chi bộ nhắc nhở đ/c Trần Văn Chiến vì đã hai lần vắng sinh hoạt "
            "không lý do.", {"indent": 20, "hang": 12}),
        (P, "Sau khi nghe các ý kiến, đồng chí Bí thư kết luận: chi bộ thống nhất phương hướng tháng 4 như dự "
            "thảo; phòng, chống hạn mặn là nhiệm vụ trọng tâm; đảng viên phải gương mẫu đóng góp làm lộ trước "
            "để vận động bà con; việc vắng sinh hoạt của đ/c Trần Văn Chiến sẽ được xem xét tại kỳ họp sau.",
         {"indent": 20}),
        (P, "Chi bộ biểu quyết thông qua kết luận: Tán thành: 25; không tán thành: 01; không biểu quyết: 0.",
         {"indent": 20}),
        (P, "Đề nghị các đồng chí đảng viên căn cứ chức trách của mình tổ chức thực hiện tốt nghị quyết của chi bộ.",
         {"indent": 20}),
        (P, "Cuộc họp kết thúc lúc 10 giờ 00 cùng ngày. Biên bản đã đọc lại cho mọi người cùng nghe và thống nhất.",
         {"indent": 20}),
        (S, ["THƯ KÝ", "", "Võ Thị Mộng Tuyền"], ["BÍ THƯ", "", "Nguyễn Văn Út"]),
    ],
    "truth": {
        "meeting": meeting("regular", None, "2024-04-05", 4, 2024, "08:00", "10:00",
                           "Văn phòng ấp 3, xã Long Thới", "CHI BỘ ẤP 3", "ĐẢNG ỦY XÃ LONG THỚI"),
        "chair": {"name": "Nguyễn Văn Út", "role": "Bí thư chi bộ"},
        "secretary": {"name": "Võ Thị Mộng Tuyền"},
        "attendance": attendance(31, 26, 2, 1, 1, 3,
                                 [("Huỳnh Văn Lực", "đi làm ăn xa, có xin phép", True),
                                  ("Trần Văn Chiến", "không lý do", False)]),
        "conclusion": True,
        "resolutions": [vote("kết luận", 25, 1, 0, None)],
        "assignments": [],
        "flags": ["missing_assignments", "unexcused_absence"],
    },
})

# 3 ── School cell, thematic meeting, "A/ B/ C/" headings; no chair's conclusion.
DOCS.append({
    "name": "ho-03-school-thematic-no-conclusion",
    "style": {"family": "serif", "size": 14, "spacing": 1.17, "left": 80, "right": 50, "justify": True, "top": 40, "bottom": 40},
    "blocks": [
        (H, ["ĐẢNG BỘ XÃ HÒA TIẾN", "CHI BỘ TRƯỜNG THCS NGUYỄN DU", "*"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Tiến, ngày 16 tháng 10 năm 2024"], {"bold_left": (1,)}),
        (G, 8),
        (C, "BIÊN BẢN"),
        (C, "SINH HOẠT CHUYÊN ĐỀ THÁNG 10 NĂM 2024"),
        (C, "Chuyên đề: “Học tập và làm theo Bác về tinh thần tự học, đổi mới sáng tạo trong dạy học”",
         {"bold": False, "italic": True}),
        (G, 6),
        (P, "Hôm nay, vào lúc 14 giờ 00 phút ngày 16 tháng 10 năm 2024, tại phòng Hội đồng Trường THCS Nguyễn Du, "
            "Chi bộ tổ chức sinh hoạt chuyên đề quý IV."),
        (P, "Tổng số đảng viên: 17 đồng chí (chính thức 15, dự bị 02); có mặt 17/17, đạt 100%."),
        (P, "Chủ trì: đồng chí Lê Quang Vinh, Bí thư chi bộ, Hiệu trưởng nhà trường."),
        (P, "Thư ký: đồng chí Đặng Thu Trang."),
        (P, "A/ Báo cáo chuyên đề", {"bold": True, "indent": 0}),
        (P, "Đồng chí Phan Thị Hồng Nhung, Phó Bí thư chi bộ, trình bày chuyên đề gồm ba nội dung: tấm gương tự "
            "học của Chủ tịch Hồ Chí Minh; thực trạng tự học, tự bồi dưỡng của đội ngũ giáo viên nhà trường; "
            "những việc cần làm theo trong năm học 2024–2025, nhất là ứng dụng công nghệ thông tin và dạy học "
            "theo Chương trình giáo dục phổ thông 2018."),
        (P, "B/ Thảo luận, liên hệ", {"bold": True, "indent": 0}),
        (P, "Đồng chí Nguyễn Thị Minh Nguyệt (tổ Ngữ văn) phát biểu: nhiều giáo viên lớn tuổi còn ngại soạn "
            "bài giảng điện tử, đề nghị nhà trường tổ chức bồi dưỡng theo nhóm, người biết kèm người chưa biết."),
        (P, "Đồng chí Trương Văn Hải: thư viện nhà trường còn ít đầu sách tham khảo theo chương trình mới; "
            "đề nghị vận động phụ huynh và cựu học sinh ủng hộ sách."),
        (P, "Đồng chí Lò Thị Hiền (đảng viên dự bị) liên hệ bản thân: năm học này đăng ký tự học để đạt "
            "chứng chỉ tiếng Anh bậc 3 và dự thi giáo viên dạy giỏi cấp huyện."),
        (P, "C/ Biểu quyết và phân công", {"bold": True, "indent": 0}),
        (P, "Chi bộ biểu quyết thông qua nội dung chuyên đề và bản đăng ký làm theo của đảng viên: 17/17 đồng chí "
            "nhất trí, đạt 100%."),
        (P, "Giao đồng chí Phan Thị Hồng Nhung tổng hợp bản đăng ký làm theo của đảng viên, nộp Đảng ủy xã "
            "trước ngày 31/10/2024."),
        (P, "Giao tổ Toán – Tin xây dựng 02 chuyên đề ứng dụng công nghệ thông tin trong dạy học, hoàn thành "
            "trong học kỳ I."),
        (P, "Buổi sinh hoạt chuyên đề kết thúc lúc 16 giờ 10 phút cùng ngày. Biên bản đã được thông qua trước "
            "chi bộ."),
        (S, ["THƯ KÝ", "", "", "Đặng Thu Trang"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Lê Quang Vinh"]),
    ],
    "truth": {
        "meeting": meeting("thematic",
                           "Học tập và làm theo Bác về tinh thần tự học, đổi mới sáng tạo trong dạy học",
                           "2024-10-16", 10, 2024, "14:00", "16:10", "phòng Hội đồng Trường THCS Nguyễn Du",
                           "CHI BỘ TRƯỜNG THCS NGUYỄN DU", "ĐẢNG BỘ XÃ HÒA TIẾN"),
        "chair": {"name": "Lê Quang Vinh", "role": "Bí thư chi bộ"},
        "secretary": {"name": "Đặng Thu Trang"},
        "attendance": attendance(17, 17, 0, 0, 0, 0),
        "conclusion": False,
        "resolutions": [vote("nội dung chuyên đề và bản đăng ký làm theo của đảng viên", 17, None, None, 100.0)],
        "assignments": [
            task("Phan Thị Hồng Nhung", "tổng hợp bản đăng ký làm theo của đảng viên, nộp Đảng ủy xã",
                 "31/10/2024"),
            task("tổ Toán – Tin", "xây dựng 02 chuyên đề ứng dụng công nghệ thông tin trong dạy học", "học kỳ I"),
        ],
        "flags": ["missing_conclusion"],
    },
})

# 4 ── Hospital department cell, regular + thematic together in 105 minutes (< 120): two pages.
DOCS.append({
    "name": "ho-04-hospital-combined-short-2p",
    "style": {"family": "dejavu", "size": 12, "spacing": 1.45, "left": 78, "right": 56, "justify": True,
              "page_number": "- {n} -"},
    "blocks": [
        (H, ["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH", "CHI BỘ KHOA NỘI TỔNG HỢP", "*"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vinh, ngày 07 tháng 5 năm 2024"], {"bold_left": (1,)}),
        (G, 8),
        (C, "BIÊN BẢN"),
        (C, "SINH HOẠT CHI BỘ THÁNG 5/2024"),
        (C, "(Kết hợp sinh hoạt chuyên đề: Nâng cao y đức, đổi mới phong cách, thái độ phục vụ người bệnh)",
         {"bold": False, "italic": True}),
        (G, 6),
        (P, "Thời gian: 8 giờ 00, ngày 07/5/2024."),
        (P, "Địa điểm: Phòng giao ban Khoa Nội tổng hợp."),
        (P, "Thành phần: Tổng số đảng viên 24 đồng chí; có mặt 22; vắng 02: đ/c Hồ Sỹ Lâm (trực cấp cứu), "
            "đ/c Thái Thị Hà (nghỉ thai sản)."),
        (P, "Đại biểu dự: đ/c Hoàng Văn Định – Phó Bí thư Đảng ủy Bệnh viện."),
        (P, "Chủ trì: đ/c Bùi Xuân Trường – Bí thư chi bộ, Trưởng khoa."),
        (P, "Thư ký: đ/c Nguyễn Thị Kim Oanh."),
        (P, "I. PHẦN SINH HOẠT THƯỜNG KỲ", {"bold": True, "indent": 0}),
        (P, "1. Thông tin, quán triệt", {"bold": True, "italic": True, "indent": 0}),
        (P, "Đồng chí Bí thư thông tin về kế hoạch kiểm tra chéo công tác chuyên môn của Sở Y tế trong quý II; "
            "quán triệt Quy định của Bộ Y tế về quy tắc ứng xử của công chức, viên chức, người lao động làm "
            "việc tại các cơ sở y tế; thông báo lịch tiêm vắc xin phòng bệnh cho nhân viên y tế."),
        (P, "2. Kết quả thực hiện nhiệm vụ tháng 4/2024", {"bold": True, "italic": True, "indent": 0}),
        (P, "Khoa điều trị nội trú cho 1.126 lượt người bệnh, công suất sử dụng giường bệnh 118%; không để xảy "
            "ra sai sót chuyên môn nghiêm trọng; hoàn thành 02 đề tài cải tiến chất lượng cấp cơ sở; thu viện "
            "phí đúng quy định. Hạn chế: vẫn còn 01 trường hợp người nhà bệnh nhân phản ánh qua đường dây nóng "
            "về thái độ của điều dưỡng trực đêm; hồ sơ bệnh án ở một số buồng bệnh hoàn thiện chậm; tình trạng "
            "nằm ghép giường chưa khắc phục được do quá tải."),
        (P, "3. Nhiệm vụ tháng 5/2024", {"bold": True, "italic": True, "indent": 0}),
        (P, "Bảo đảm thường trực cấp cứu trong dịp nghỉ lễ 30/4 – 1/5 và mùa nắng nóng; hoàn thiện hồ sơ bệnh án "
            "trong vòng 24 giờ sau khi người bệnh ra viện; triển khai khảo sát sự hài lòng của người bệnh nội "
            "trú; chuẩn bị nội dung cho đợt kiểm tra chéo của Sở Y tế."),
        (P, "II. PHẦN SINH HOẠT CHUYÊN ĐỀ", {"bold": True, "indent": 0}),
        (P, "Đồng chí Trần Thị Phương, Phó Bí thư chi bộ, trình bày chuyên đề, nêu rõ những biểu hiện chưa đúng "
            "mực trong giao tiếp với người bệnh và người nhà người bệnh, nguyên nhân chủ yếu là áp lực công "
            "việc, nhân lực mỏng; đề xuất bốn nhóm giải pháp: đào tạo kỹ năng giao tiếp, công khai quy trình "
            "khám chữa bệnh, gắn thi đua với kết quả khảo sát hài lòng và xử lý nghiêm các trường hợp vi phạm."),
        (P, "III. THẢO LUẬN", {"bold": True, "indent": 0}),
        (P, "- Đ/c Lê Đình Hùng: đề nghị bố trí thêm một điều dưỡng trực đêm ở buồng bệnh nặng, vì một người "
            "phải theo dõi hơn 30 bệnh nhân thì khó giữ được thái độ nhẹ nhàng."),
        (P, "- Đ/c Phạm Thị Diệu Linh (Điều dưỡng trưởng khoa): nhận xây dựng bộ quy tắc ứng xử riêng của khoa, "
            "có tình huống mẫu; đề nghị đưa nội dung này vào bình xét thi đua hằng tháng."),
        (P, "- Đ/c Nguyễn Thị Kim Oanh: đề nghị dán sơ đồ quy trình nhập viện, ra viện ở hành lang để người nhà "
            "bệnh nhân đỡ phải hỏi nhiều lần."),
        (P, "IV. KẾT LUẬN", {"bold": True, "indent": 0}),
        (P, "Đồng chí chủ trì tiếp thu và kết luận như sau: chi bộ thống nhất nhiệm vụ tháng 5 và các giải pháp "
            "của chuyên đề; trước mắt xây dựng bộ quy tắc ứng xử của khoa, niêm yết quy trình nhập viện, ra "
            "viện; đề xuất Ban Giám đốc bổ sung điều dưỡng trực đêm cho buồng bệnh nặng; mỗi đảng viên là một "
            "tấm gương về thái độ phục vụ người bệnh."),
        (P, "Biểu quyết: tán thành 22/22 đồng chí, đạt 100%."),
        (P, "V. PHÂN CÔNG", {"bold": True, "indent": 0}),
        (P, "Đồng chí Phạm Thị Diệu Linh chịu trách nhiệm xây dựng bộ quy tắc ứng xử của điều dưỡng khoa, "
            "xong trước 30/6."),
        (P, "Giao cho tổ đảng số 2 (bác sĩ) tổ chức sinh hoạt chuyên môn về kê đơn hợp lý, hằng tháng."),
        (P, "Đồng chí Nguyễn Thị Kim Oanh phụ trách in và niêm yết sơ đồ quy trình nhập viện, ra viện, hoàn "
            "thành trong tháng 5."),
        (P, "Buổi sinh hoạt kết thúc lúc 9 giờ 45 phút cùng ngày. Biên bản được đọc lại và thông qua, các đồng chí "
            "dự họp nhất trí."),
        (S, ["THƯ KÝ", "", "", "Nguyễn Thị Kim Oanh"], ["CHỦ TRÌ", "", "", "Bùi Xuân Trường"]),
    ],
    "truth": {
        "meeting": meeting("regular", "Nâng cao y đức, đổi mới phong cách, thái độ phục vụ người bệnh",
                           "2024-05-07", 5, 2024, "08:00", "09:45", "Phòng giao ban Khoa Nội tổng hợp",
                           "CHI BỘ KHOA NỘI TỔNG HỢP", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH"),
        "chair": {"name": "Bùi Xuân Trường", "role": "Bí thư chi bộ"},
        "secretary": {"name": "Nguyễn Thị Kim Oanh"},
        "attendance": attendance(24, 22, 2, 2, 0, 0,
                                 [("Hồ Sỹ Lâm", "trực cấp cứu", True), ("Thái Thị Hà", "nghỉ thai sản", True)],
                                 [("Hoàng Văn Định", "Phó Bí thư Đảng ủy Bệnh viện")]),
        "conclusion": True,
        "resolutions": [vote("kết luận của đồng chí chủ trì", 22, None, None, 100.0)],
        "assignments": [
            task("Phạm Thị Diệu Linh", "xây dựng bộ quy tắc ứng xử của điều dưỡng khoa", "30/6"),
            task("tổ đảng số 2", "tổ chức sinh hoạt chuyên môn về kê đơn hợp lý", "hằng tháng"),
            task("Nguyễn Thị Kim Oanh", "in và niêm yết sơ đồ quy trình nhập viện, ra viện", "tháng 5"),
        ],
        "flags": ["short_meeting"],
    },
})

# 5 ── Enterprise workshop cell: caps headings without numbers, absentee table, 23 of 28 present,
#      conclusion but no vote (the minutes are "nhất trí thông qua", the conclusion is never voted).
DOCS.append({
    "name": "ho-05-enterprise-low-attendance-no-vote",
    "style": {"family": "serif", "size": 13, "spacing": 1.2, "left": 85, "right": 60, "indent": 30, "top": 40, "bottom": 40},
    "blocks": [
        (H, ["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "DỆT MAY SÔNG HỒNG", "CHI BỘ PHÂN XƯỞNG SỢI 2", "*"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Định, ngày 20 tháng 6 năm 2024"], {"bold_left": (2,)}),
        (G, 8),
        (C, "BIÊN BẢN"),
        (C, "SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 6/2024"),
        (G, 6),
        (P, "THỜI GIAN, ĐỊA ĐIỂM", {"bold": True, "indent": 0}),
        (P, "Hồi 15 giờ 30 phút ngày 20 tháng 6 năm 2024, tại hội trường tầng 2 nhà điều hành phân xưởng Sợi 2."),
        (P, "THÀNH PHẦN", {"bold": True, "indent": 0}),
        (P, "Tổng số đảng viên: 30 đồng chí; miễn sinh hoạt: 02 đồng chí; có mặt: 23 đồng chí; vắng: 05 đồng chí, "
            "cụ thể:"),
        (R, [(30, "TT"), (70, "Họ và tên"), (260, "Lý do")], {"bold": True}),
        (R, [(30, "1"), (70, "Đinh Văn Cường"), (260, "Trực ca đêm")]),
        (R, [(30, "2"), (70, "Mai Thị Hương"), (260, "Nghỉ phép năm")]),
        (R, [(30, "3"), (70, "Tô Văn Bình"), (260, "Đi đào tạo tại Tổng công ty")]),
        (R, [(30, "4"), (70, "Vũ Thị Ngân"), (260, "Con ốm")]),
        (R, [(30, "5"), (70, "Lại Văn Quý"), (260, "Đi công tác")]),
        (P, "Chủ trì: đ/c Hà Văn Khải, Bí thư chi bộ. Thư ký: đ/c Lưu Thị Mai Anh."),
        (P, "NỘI DUNG", {"bold": True, "indent": 0}),
        (P, "Đồng chí Bí thư báo cáo kết quả sản xuất tháng 5: sản lượng sợi đạt 412 tấn, bằng 103% kế hoạch; "
            "tỷ lệ sợi loại A đạt 96,8%; xảy ra 01 vụ tai nạn lao động nhẹ ở dây chuyền ống; tiền lương bình "
            "quân 9,2 triệu đồng/người/tháng. Nhiệm vụ tháng 6: giữ sản lượng 400 tấn, giảm tỷ lệ đứt sợi; "
            "kiểm tra an toàn điện trước mùa mưa bão; chuẩn bị đại hội công đoàn bộ phận."),
        (P, "Ý kiến thảo luận:"),
        (P, "Đ/c Ngô Thị Thủy (Quản đốc): máy ống số 3 và số 7 hỏng vòng bi nhiều lần, đề nghị công ty duyệt "
            "kinh phí thay thế để không ảnh hưởng sản lượng."),
        (P, "Đ/c Tạ Quang Minh: công nhân ca 3 phản ánh nhà ăn hết suất nóng, đề nghị công đoàn làm việc với "
            "đơn vị nấu ăn."),
        (P, "KẾT LUẬN", {"bold": True, "indent": 0}),
        (P, "Kết luận của đồng chí Bí thư chi bộ: chi bộ thống nhất nhiệm vụ tháng 6; ưu tiên sửa chữa máy ống "
            "số 3 và số 7; rút kinh nghiệm vụ tai nạn lao động trong toàn phân xưởng; đảng viên phải gương mẫu "
            "chấp hành quy trình an toàn."),
        (P, "PHÂN CÔNG", {"bold": True, "indent": 0}),
        (P, "- Đ/c Ngô Thị Thủy lập dự trù vật tư sửa chữa máy ống, trình Giám đốc trước ngày 15/7/2024."),
        (P, "- Đ/c Tạ Quang Minh làm việc với đơn vị nấu ăn về suất ăn ca 3 trong tháng 7."),
        (P, "Buổi sinh hoạt kết thúc lúc 17 giờ 15 phút. Biên bản đã được đọc lại trước chi bộ, các đồng chí "
            "nhất trí thông qua."),
        (S, ["THƯ KÝ", "", "", "Lưu Thị Mai Anh"], ["BÍ THƯ CHI BỘ", "", "", "Hà Văn Khải"]),
    ],
    "truth": {
        "meeting": meeting("regular", None, "2024-06-20", 6, 2024, "15:30", "17:15",
                           "hội trường tầng 2 nhà điều hành phân xưởng Sợi 2", "CHI BỘ PHÂN XƯỞNG SỢI 2",
                           "ĐẢNG BỘ CÔNG TY CỔ PHẦN DỆT MAY SÔNG HỒNG"),
        "chair": {"name": "Hà Văn Khải", "role": "Bí thư chi bộ"},
        "secretary": {"name": "Lưu Thị Mai Anh"},
        "attendance": attendance(30, 23, 5, 5, 0, 2,
                                 [("Đinh Văn Cường", "Trực ca đêm", True), ("Mai Thị Hương", "Nghỉ phép năm", True),
                                  ("Tô Văn Bình", "Đi đào tạo tại Tổng công ty", True),
                                  ("Vũ Thị Ngân", "Con ốm", True), ("Lại Văn Quý", "Đi công tác", True)]),
        "conclusion": True,
        "resolutions": [],
        "assignments": [
            task("Ngô Thị Thủy", "lập dự trù vật tư sửa chữa máy ống, trình Giám đốc", "15/7/2024"),
            task("Tạ Quang Minh", "làm việc với đơn vị nấu ăn về suất ăn ca 3", "tháng 7"),
        ],
        "flags": ["low_attendance", "missing_vote"],
    },
})

# 6 ── Commune police cell: "Chủ tọa hội nghị", ranks before names, Roman numerals, "lập thành 02 bản".
#      No defect. Also scanned (clean).
DOCS.append({
    "name": "ho-06-police-clean",
    "style": {"family": "serif", "size": 12, "spacing": 1.3, "left": 80, "right": 55, "justify": True,
              "top": 45, "bottom": 45},
    "blocks": [
        (H, ["ĐẢNG ỦY CÔNG AN HUYỆN CHI LĂNG", "CHI BỘ CÔNG AN XÃ QUANG LANG", "*"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quang Lang, ngày 25 tháng 7 năm 2024"], {"bold_left": (1,)}),
        (G, 6),
        (C, "BIÊN BẢN"),
        (C, "SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 7 NĂM 2024"),
        (G, 4),
        (P, "Vào hồi 07 giờ 30 phút ngày 25/7/2024, tại phòng họp Công an xã Quang Lang, Chi bộ Công an xã "
            "Quang Lang tiến hành sinh hoạt định kỳ tháng 7 năm 2024."),
        (P, "I. THÀNH PHẦN", {"bold": True, "indent": 0}),
        (P, "Đảng viên của chi bộ: 09 đồng chí. Có mặt: 09/09 đồng chí, đạt 100%."),
        (P, "Đại biểu: đồng chí Vi Văn Thanh – Phó Bí thư Thường trực Đảng ủy xã Quang Lang."),
        (P, "Chủ tọa hội nghị: đồng chí Đại úy Lương Văn Đức – Bí thư chi bộ, Trưởng Công an xã."),
        (P, "Thư ký hội nghị: đồng chí Thượng úy Hứa Thị Nga."),
        (P, "II. THÔNG TIN THỜI SỰ", {"bold": True, "indent": 0}),
        (P, "Chủ tọa thông tin tình hình an ninh biên giới, hoạt động xuất nhập cảnh trái phép qua các lối mòn; "
            "phổ biến Kế hoạch của Công an huyện về cao điểm tấn công, trấn áp tội phạm ma túy."),
        (P, "III. KẾT QUẢ THÁNG 6/2024", {"bold": True, "indent": 0}),
        (P, "Tiếp nhận và giải quyết 14 tin báo, tố giác; bắt 01 vụ, 02 đối tượng tàng trữ trái phép chất ma túy; "
            "cấp 236 căn cước cho nhân dân; hòa giải thành 03 vụ tranh chấp đất rừng. Tồn tại: việc cập nhật "
            "dữ liệu dân cư ở thôn Nà Pầu còn chậm; 01 đồng chí chưa hoàn thành bài kiểm tra nghiệp vụ."),
        (P, "IV. NHIỆM VỤ THÁNG 7/2024", {"bold": True, "indent": 0}),
        (P, "Tuần tra các tuyến đường mòn biên giới; làm sạch dữ liệu dân cư; tuyên truyền phòng, chống ma túy "
            "trong học sinh dịp hè; chuẩn bị diễn tập phương án chữa cháy rừng."),
        (P, "V. THẢO LUẬN", {"bold": True, "indent": 0}),
        (P, "Ý kiến của đ/c Nông Thị Hạnh: đề nghị phối hợp với đồn biên phòng tổ chức tuần tra ban đêm ở "
            "khu vực mốc 1124."),
        (P, "Ý kiến của đ/c Hoàng Văn Tuấn: thôn Nà Pầu nhiều hộ đi làm ăn xa, đề nghị cập nhật dữ liệu vào "
            "buổi tối khi người dân về nhà."),
        (P, "VI. KẾT LUẬN CỦA CHỦ TỌA HỘI NGHỊ", {"bold": True, "indent": 0}),
        (P, "Chi bộ thống nhất các nhiệm vụ tháng 7; tập trung tuần tra biên giới, phòng, chống ma túy và hoàn "
            "thành làm sạch dữ liệu dân cư thôn Nà Pầu trong tháng."),
        (P, "Biểu quyết: 09/09 đồng chí tán thành, đạt 100%."),
        (P, "VII. PHÂN CÔNG", {"bold": True, "indent": 0}),
        (P, "1. Đ/c Nông Thị Hạnh: phụ trách phối hợp tuần tra ban đêm với đồn biên phòng; thời hạn: hằng tuần."),
        (P, "2. Đ/c Hoàng Văn Tuấn: phụ trách làm sạch dữ liệu dân cư thôn Nà Pầu; thời hạn: 31/7/2024."),
        (P, "Hội nghị kết thúc vào hồi 10 giờ 00 cùng ngày. Biên bản được thông qua trước hội nghị, 09/09 đồng "
            "chí nhất trí. Biên bản lập thành 02 bản."),
        (S, ["THƯ KÝ HỘI NGHỊ", "", "", "Hứa Thị Nga"], ["CHỦ TỌA HỘI NGHỊ", "", "", "Lương Văn Đức"]),
    ],
    "truth": {
        "meeting": meeting("regular", None, "2024-07-25", 7, 2024, "07:30", "10:00",
                           "phòng họp Công an xã Quang Lang", "CHI BỘ CÔNG AN XÃ QUANG LANG",
                           "ĐẢNG ỦY CÔNG AN HUYỆN CHI LĂNG"),
        "chair": {"name": "Lương Văn Đức", "role": "Bí thư chi bộ"},
        "secretary": {"name": "Hứa Thị Nga"},
        "attendance": attendance(9, 9, 0, 0, 0, 0, [],
                                 [("Vi Văn Thanh", "Phó Bí thư Thường trực Đảng ủy xã Quang Lang")]),
        "conclusion": True,
        "resolutions": [vote("kết luận của chủ tọa hội nghị", 9, None, None, 100.0)],
        "assignments": [
            task("Nông Thị Hạnh", "phụ trách phối hợp tuần tra ban đêm với đồn biên phòng", "hằng tuần"),
            task("Hoàng Văn Tuấn", "phụ trách làm sạch dữ liệu dân cư thôn Nà Pầu", "31/7/2024"),
        ],
        "flags": [],
    },
})

# 7 ── Mountain village cell: no headings, date and counts in words, "thảo luận, nhất trí" with no
#      opinion written down, 75 minutes, minutes not read back.
DOCS.append({
    "name": "ho-07-mountain-village-nodiscussion-short",
    "style": {"family": "serif", "size": 14, "spacing": 1.35, "left": 85, "right": 55, "indent": 35},
    "blocks": [
        (H, ["ĐẢNG BỘ XÃ ĐỨC LONG", "CHI BỘ THÔN NÀ LÀNG", "*"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đức Long, ngày 15 tháng 4 năm 2024"], {"bold_left": (1,)}),
        (G, 10),
        (C, "BIÊN BẢN"),
        (C, "Họp chi bộ thường kỳ tháng 4 năm 2024", {"bold": True, "italic": False}),
        (G, 8),
        (P, "Hôm nay, ngày mười lăm tháng tư năm hai nghìn không trăm hai mươi tư, vào lúc 19 giờ, tại Nhà văn "
            "hóa thôn Nà Làng, chi bộ họp thường kỳ tháng 4."),
        (P, "Chi bộ có hai mươi mốt đảng viên, miễn sinh hoạt ba đồng chí, có mặt mười tám đồng chí, vắng không."),
        (P, "Đồng chí Nông Văn Thào, Bí thư chi bộ chủ trì; đồng chí Hoàng Thị Mỷ ghi biên bản."),
        (P, "Đồng chí Bí thư thông báo lịch gieo cấy vụ xuân của xã, nhắc bà con không đốt nương khi trời hanh "
            "khô, phòng cháy rừng. Tháng ba thôn đã cấy xong 14 ha lúa, làm đất trồng ngô được 22 ha; tiêm phòng "
            "cho trâu bò mới đạt 60%; còn 2 hộ ở xóm Khau Cải để trâu thả rông phá hoa màu."),
        (P, "Chi bộ thảo luận, nhất trí với các nội dung đồng chí Bí thư nêu."),
        (P, "Đồng chí Bí thư kết luận: tháng tư tập trung trồng ngô trên nương xong trước ngày 30/4; tiêm phòng "
            "lở mồm long móng cho trâu bò đạt trên 90%; mỗi đảng viên vận động ít nhất hai hộ quanh nhà không "
            "thả rông gia súc."),
        (P, "Chi bộ biểu quyết nhất trí 100%."),
        (P, "Giao đồng chí Lục Văn Pảo, trưởng thôn, đôn đốc các hộ đưa trâu bò đi tiêm phòng, xong trong "
            "tháng 4. Đồng chí Triệu Thị Lìu vận động chị em phụ nữ người Dao ở xóm Khau Cải cho con đi học "
            "đều, làm thường xuyên."),
        (P, "Buổi họp kết thúc lúc 20 giờ 15 phút."),
        (S, ["NGƯỜI GHI BIÊN BẢN", "", "", "Hoàng Thị Mỷ"], ["BÍ THƯ CHI BỘ", "", "", "Nông Văn Thào"]),
    ],
    "truth": {
        "meeting": meeting("regular", None, "2024-04-15", 4, 2024, "19:00", "20:15",
                           "Nhà văn hóa thôn Nà Làng", "CHI BỘ THÔN NÀ LÀNG", "ĐẢNG BỘ XÃ ĐỨC LONG"),
        "chair": {"name": "Nông Văn Thào", "role": "Bí thư chi bộ"},
        "secretary": {"name": "Hoàng Thị Mỷ"},
        "attendance": attendance(21, 18, 0, 0, 0, 3),
        "conclusion": True,
        "resolutions": [vote("kết luận", None, None, None, 100.0)],
        "assignments": [
            task("Lục Văn Pảo", "đôn đốc các hộ đưa trâu bò đi tiêm phòng", "tháng 4"),
            task("Triệu Thị Lìu", "vận động chị em phụ nữ người Dao ở xóm Khau Cải cho con đi học đều",
                 "thường xuyên"),
        ],
        "flags": ["no_discussion", "not_approved", "short_meeting"],
    },
})

# 8 ── An old (2016) printed template, partly unfilled: place left as dots, "(Ký, ghi rõ họ tên)" left in,
#      dots in the vote line; the conclusion asks everyone in general, no named assignee.
DOCS.append({
    "name": "ho-08-oldtemplate-2016-unfilled",
    "style": {"family": "serif", "size": 13, "spacing": 1.22, "left": 75, "right": 60, "indent": 0, "top": 40, "bottom": 40},
    "blocks": [
        (H, ["ĐẢNG BỘ XÃ THANH LIÊN", "CHI BỘ XÓM 7", "*"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Liên, ngày 28 tháng 11 năm 2016"], {"bold_left": (1,)}),
        (G, 10),
        (C, "BIÊN BẢN SINH HOẠT CHI BỘ"),
        (C, "Tháng 11 năm 2016", {"bold": True}),
        (G, 6),
        (P, "1. Thời gian: Bắt đầu lúc 19 giờ 00 phút, ngày 28 tháng 11 năm 2016."),
        (P, "2. Địa điểm: ……………………………………………………"),
        (P, "3. Thành phần: Tổng số đảng viên của chi bộ: 26 đồng chí; số đảng viên được miễn sinh hoạt: 04 đồng "
            "chí; có mặt: 21 đồng chí; vắng: 01 đồng chí. Lý do vắng: đ/c Cao Văn Tiến – ốm."),
        (P, "4. Chủ trì: đồng chí Phan Đình Lộc, chức vụ: Bí thư chi bộ."),
        (P, "5. Thư ký: đồng chí Nguyễn Thị Huệ."),
        (C, "NỘI DUNG SINH HOẠT"),
        (P, "I. Đánh giá tình hình thực hiện nhiệm vụ tháng 11/2016", {"bold": True}),
        (P, "Ưu điểm: xóm thu hoạch xong lúa mùa, năng suất bình quân 5,2 tấn/ha; tổ chức Ngày hội Đại đoàn kết "
            "toàn dân tộc vui tươi, tiết kiệm; thu nộp quỹ an ninh quốc phòng đạt 100%. Hạn chế: phong trào "
            "làm vụ đông giảm, chỉ 9 ha; một số hộ còn đổ rác ra bờ kênh Nhà Lê.", {"indent": 30}),
        (P, "II. Phương hướng nhiệm vụ tháng 12/2016", {"bold": True}),
        (P, "Chăm sóc cây vụ đông; chuẩn bị giống, làm đất cho vụ xuân 2017; bình xét gia đình văn hóa; rà soát "
            "hộ nghèo, cận nghèo; tổng kết công tác đảng năm 2016.", {"indent": 30}),
        (P, "III. Ý kiến thảo luận của đảng viên", {"bold": True}),
        (P, "- Đồng chí Trần Văn Hợi: đề nghị xã sớm có phương án nạo vét kênh Nhà Lê trước vụ xuân.",
         {"indent": 30}),
        (P, "- Đồng chí Nguyễn Thị Huệ: bình xét gia đình văn hóa cần công khai, tránh nể nang.", {"indent": 30}),
        (P, "IV. Kết luận của đồng chí chủ trì", {"bold": True}),
        (P, "Đồng chí Bí thư kết luận: chi bộ nhất trí với phương hướng tháng 12 đã nêu, tập trung cho vụ xuân và "
            "tổng kết cuối năm. Chi bộ yêu cầu toàn thể đảng viên trong chi bộ thực hiện tốt các nhiệm vụ trên.",
         {"indent": 30}),
        (P, "V. Biểu quyết", {"bold": True}),
        (P, "Số đồng chí tán thành: 21/21; không tán thành: ……; ý kiến khác: ……", {"indent": 30}),
        (P, "Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày. Biên bản đã được thông qua trước chi bộ và "
            "được các đồng chí đảng viên nhất trí."),
        (S, ["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Thị Huệ"],
         ["T/M CHI BỘ", "BÍ THƯ", "(Ký, ghi rõ họ tên)", "", "Phan Đình Lộc"]),
    ],
    "truth": {
        "meeting": meeting("regular", None, "2016-11-28", 11, 2016, "19:00", "21:00", None,
                           "CHI BỘ XÓM 7", "ĐẢNG BỘ XÃ THANH LIÊN"),
        "chair": {"name": "Phan Đình Lộc", "role": "Bí thư chi bộ"},
        "secretary": {"name": "Nguyễn Thị Huệ"},
        "attendance": attendance(26, 21, 1, 1, 0, 4, [("Cao Văn Tiến", "ốm", True)]),
        "conclusion": True,
        "resolutions": [vote("kết luận", 21, None, None, None)],
        "assignments": [],
        "flags": ["missing_assignments", "unfilled_template"],
    },
})

# 9 ── City block cell: opening paragraph typed all in capitals, Phó Bí thư presides because the
#      Bí thư is away, "nhất trí thông qua với tỷ lệ 95,2%", "NGƯỜI GHI BIÊN BẢN". No defect.
DOCS.append({
    "name": "ho-09-danang-block-clean",
    "style": {"family": "sans", "size": 12, "spacing": 1.16, "left": 75, "right": 55, "indent": 25,
              "justify": True, "top": 38, "bottom": 36},
    "blocks": [
        (H, ["ĐẢNG BỘ PHƯỜNG HÒA KHÁNH BẮC", "CHI BỘ KHỐI PHỐ THANH VINH 3", "*"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 09 tháng 8 năm 2024"], {"bold_left": (1,)}),
        (G, 8),
        (C, "BIÊN BẢN"),
        (C, "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8/2024"),
        (G, 6),
        (P, "HÔM NAY, VÀO LÚC 19 GIỜ 30 PHÚT NGÀY 09 THÁNG 8 NĂM 2024, TẠI NHÀ SINH HOẠT CỘNG ĐỒNG KHỐI PHỐ "
            "THANH VINH 3, CHI BỘ TIẾN HÀNH SINH HOẠT THƯỜNG KỲ THÁNG 8 NĂM 2024."),
        (P, "I- THÀNH PHẦN", {"bold": True, "indent": 0}),
        (P, "Tổng số đảng viên: 24; miễn sinh hoạt: 02; triệu tập: 22; có mặt: 21; vắng: 01 (đ/c Phạm Văn Hạnh "
            "– Bí thư chi bộ, đi công tác có báo cáo)."),
        (P, "Đồng chí Trần Thị Ánh Tuyết (Phó Bí thư) điều hành. Người ghi biên bản: đ/c Lê Hoàng Phúc."),
        (P, "II- NỘI DUNG", {"bold": True, "indent": 0}),
        (P, "1. Đồng chí Phó Bí thư thông tin về đợt cao điểm phòng, chống sốt xuất huyết và triển khai Kế hoạch "
            "của Đảng ủy phường về chỉnh trang vỉa hè, lòng đường."),
        (P, "2. Đánh giá tháng 7: khối phố đã ra quân diệt lăng quăng 2 đợt, không phát sinh ổ dịch; vận động "
            "18 hộ tháo dỡ mái che lấn chiếm vỉa hè; tổ chức thăm, tặng quà 12 gia đình chính sách nhân ngày "
            "27/7. Hạn chế: còn tình trạng hát karaoke quá 22 giờ ở tổ 41."),
        (P, "3. Nhiệm vụ tháng 8: duy trì diệt lăng quăng hằng tuần; vận động các hộ còn lại trên đường Nguyễn "
            "Lương Bằng trả lại vỉa hè; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc."),
        (P, "III- CÁC Ý KIẾN THAM GIA", {"bold": True, "indent": 0}),
        (P, "- Đ/c Nguyễn Văn Bốn: tổ 41 đã nhắc nhở hai lần nhưng không chuyển biến, đề nghị Công an phường "
            "xử phạt theo quy định."),
        (P, "- Đ/c Huỳnh Thị Sen: đề nghị khối phố hỗ trợ hóa chất cho các hộ nghèo tự phun trong nhà."),
        (P, "- Đ/c Lê Hoàng Phúc: đề nghị lập nhóm Zalo của khối phố để thông báo lịch diệt lăng quăng."),
        (P, "Tiếp thu ý kiến của đảng viên, đồng chí Phó Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 8; giao Ban công "
            "tác Mặt trận phối hợp Công an khu vực xử lý dứt điểm tiếng ồn ở tổ 41; đảng viên gương mẫu không "
            "lấn chiếm vỉa hè trước nhà mình."),
        (P, "Hội nghị nhất trí thông qua với tỷ lệ 95,2% (20/21 đồng chí tán thành, 01 đồng chí không biểu quyết)."),
        (P, "IV- PHÂN CÔNG", {"bold": True, "indent": 0}),
        (P, "Giao đ/c Nguyễn Văn Bốn (Trưởng Ban công tác Mặt trận) phối hợp Công an khu vực xử lý tiếng ồn ở "
            "tổ 41, hoàn thành trước 31/8/2024."),
        (P, "Giao tổ đảng số 2 vận động các hộ trên đường Nguyễn Lương Bằng trả lại vỉa hè, báo cáo kết quả "
            "tại kỳ họp tháng 9."),
        (P, "Hội nghị kết thúc vào hồi 21h30 cùng ngày. Biên bản được thông qua trước hội nghị và nhất trí 100%."),
        (S, ["NGƯỜI GHI BIÊN BẢN", "", "", "Lê Hoàng Phúc"],
         ["T/M CHI BỘ", "PHÓ BÍ THƯ", "", "Trần Thị Ánh Tuyết"]),
    ],
    "truth": {
        "meeting": meeting("regular", None, "2024-08-09", 8, 2024, "19:30", "21:30",
                           "NHÀ SINH HOẠT CỘNG ĐỒNG KHỐI PHỐ THANH VINH 3", "CHI BỘ KHỐI PHỐ THANH VINH 3",
                           "ĐẢNG BỘ PHƯỜNG HÒA KHÁNH BẮC"),
        "chair": {"name": "Trần Thị Ánh Tuyết", "role": "Phó Bí thư"},
        "secretary": {"name": "Lê Hoàng Phúc"},
        "attendance": attendance(24, 21, 1, 1, 0, 2,
                                 [("Phạm Văn Hạnh", "đi công tác có báo cáo", True)]),
        "conclusion": True,
        "resolutions": [vote("kết luận", 20, None, 1, 95.2)],
        "assignments": [
            task("Nguyễn Văn Bốn", "phối hợp Công an khu vực xử lý tiếng ồn ở tổ 41", "31/8/2024"),
            task("tổ đảng số 2", "vận động các hộ trên đường Nguyễn Lương Bằng trả lại vỉa hè",
                 "kỳ họp tháng 9"),
        ],
        "flags": [],
    },
})

# 10 ── Commune office cell: from the discussion straight to the assignments, no chair's conclusion and
#       no vote; "Biên bản lập xong hồi 16h00".
DOCS.append({
    "name": "ho-10-commune-office-no-conclusion-no-vote",
    "style": {"family": "serif", "size": 12.5, "spacing": 1.35, "left": 85, "right": 55, "indent": 28},
    "blocks": [
        (H, ["ĐẢNG ỦY XÃ VŨ HỘI", "CHI BỘ CƠ QUAN", "*"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vũ Hội, ngày 04 tháng 9 năm 2024"], {"bold_left": (1,)}),
        (G, 8),
        (C, "BIÊN BẢN"),
        (C, "SINH HOẠT CHI BỘ THÁNG 9 NĂM 2024"),
        (G, 6),
        (P, "Vào hồi 14h00' ngày 04/9/2024, tại Hội trường UBND xã Vũ Hội, Chi bộ Cơ quan tổ chức sinh hoạt "
            "thường kỳ tháng 9."),
        (P, "Có mặt: 14/15 đ/c; vắng 01 đ/c: Bùi Thị Xoan (ốm, có đơn xin phép)."),
        (P, "Chủ trì: đ/c Đoàn Văn Hưng – Bí thư chi bộ. Thư ký: đ/c Mai Thị Thu Hà."),
        (P, "1. Đ/c Bí thư quán triệt Kế hoạch của Đảng ủy xã về tổ chức đại hội chi bộ nhiệm kỳ 2025–2027; "
            "thông tin thiệt hại do cơn bão số 3 trên địa bàn: 38 ha lúa bị đổ, 06 nhà bị tốc mái.", {"indent": 0}),
        (P, "2. Kết quả tháng 8: cơ quan hoàn thành giải ngân vốn xây dựng trường mầm non trung tâm đạt 71%; "
            "tiếp nhận và trả 642 hồ sơ hành chính đúng hạn; 01 hồ sơ đất đai quá hạn do chờ ý kiến của huyện.",
         {"indent": 0}),
        (P, "3. Nhiệm vụ tháng 9: khắc phục hậu quả bão, hỗ trợ 06 hộ bị tốc mái; chuẩn bị văn kiện và nhân sự "
            "đại hội chi bộ; đôn đốc nhà thầu đẩy nhanh tiến độ trường mầm non.", {"indent": 0}),
        (P, "4. Thảo luận:", {"indent": 0}),
        (P, "- Đ/c Phạm Văn Lợi (địa chính): hồ sơ quá hạn đã được huyện trả lời, sẽ trả cho dân trong tuần."),
        (P, "- Đ/c Mai Thị Thu Hà: đề nghị trích quỹ cơ quan ủng hộ các hộ bị bão mỗi hộ 500.000 đồng."),
        (P, "- Đ/c Trần Quốc Việt (Chỉ huy trưởng Quân sự xã): lực lượng dân quân sẵn sàng giúp dân dựng lại nhà."),
        (P, "5. Phân công nhiệm vụ:", {"indent": 0}),
        (P, "- Đ/c Trần Quốc Việt chỉ huy dân quân giúp 06 hộ lợp lại mái nhà, xong trước 10/9/2024."),
        (P, "- Đ/c Phạm Văn Lợi dự thảo báo cáo chính trị trình đại hội chi bộ, trước 30/9/2024."),
        (P, "Biên bản lập xong hồi 16h00 cùng ngày, đã đọc lại cho chi bộ nghe, các đồng chí dự họp không có ý "
            "kiến gì khác."),
        (S, ["THƯ KÝ", "", "", "Mai Thị Thu Hà"], ["CHỦ TRÌ", "", "", "Đoàn Văn Hưng"]),
    ],
    "truth": {
        "meeting": meeting("regular", None, "2024-09-04", 9, 2024, "14:00", "16:00",
                           "Hội trường UBND xã Vũ Hội", "CHI BỘ CƠ QUAN", "ĐẢNG ỦY XÃ VŨ HỘI"),
        "chair": {"name": "Đoàn Văn Hưng", "role": "Bí thư chi bộ"},
        "secretary": {"name": "Mai Thị Thu Hà"},
        "attendance": attendance(15, 14, 1, 1, 0, 0, [("Bùi Thị Xoan", "ốm, có đơn xin phép", True)]),
        "conclusion": False,
        "resolutions": [],
        "assignments": [
            task("Trần Quốc Việt", "chỉ huy dân quân giúp 06 hộ lợp lại mái nhà", "10/9/2024"),
            task("Phạm Văn Lợi", "dự thảo báo cáo chính trị trình đại hội chi bộ", "30/9/2024"),
        ],
        "flags": ["missing_conclusion", "missing_vote"],
    },
})

# born-digital name -> (scan file stem, damage class, seed)
SCANS = {
    "ho-06-police-clean": ("ho-11-police-scan-clean", "clean", 11),
    "ho-02-mekong-hamlet-unexcused": ("ho-12-mekong-scan-moderate", "moderate", 12),
}
