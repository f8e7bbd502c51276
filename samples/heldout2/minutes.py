"""The second held-out set: minutes written by hand, with their truth labels.

Written without reading the extractor (extract/**), the generator's sentence banks
(samples/generator/content.py, vocab.py) or the first held-out set's wording (samples/heldout/minutes.py).
Every minute is worded on its own. Do not copy these sentences into the generator or tune the extractor
on the `test/` files (see README.md).

A document is {"name", "folder" ("dev"|"test"), "style", "minutes": [{"blocks", "truth"}], "flags" (book
level), "scans": [...], "born_digital"}. Blocks are the renderer's calls: ("header", left, right, {..}),
("center", text, {..}), ("para", text, {..}), ("table", cols, rows), ("sign", left, right), ("gap", h).
"""

from __future__ import annotations

from samples.heldout.minutes import attendance  # the label shape is shared; the texts are not

BOOK_FLAG_ORDER = ["missing_month", "no_thematic_in_quarter", "repeated_absence"]


# --- block helpers ------------------------------------------------------------------------------

def HD(left, right, bold_left=(1,), **kw):
    return ("header", left, right, {"bold_left": bold_left, **kw})


def C(text, bold=True, italic=False, **kw):
    return ("center", text, {"bold": bold, "italic": italic, **kw})


def P(text, **kw):
    return ("para", text, kw)


def L(text, **kw):          # a line/paragraph flush left
    return ("para", text, {"indent": 0, **kw})


def H(text, **kw):          # a heading, bold, flush left
    return ("para", text, {"indent": 0, "bold": True, **kw})


def T(cols, rows):
    return ("table", cols, rows)


def S(left, right):
    return ("sign", left, right)


def G(h=6):
    return ("gap", h)


ABSENT_COLS = [(0.09, "TT", "c"), (0.46, "Họ và tên", "l"), (0.45, "Lý do", "l")]
TASK_COLS = [(0.07, "TT", "c"), (0.47, "Nội dung", "l"), (0.26, "Người thực hiện", "l"), (0.20, "Thời gian", "l")]


# --- truth helpers ------------------------------------------------------------------------------

def meeting(kind, date, start, end, location, cell, committee, topic=None, month=None, year=None):
    y, m, _d = date.split("-")
    return {"kind": kind, "topic": topic, "date": date, "month": month or int(m), "year": year or int(y),
            "start_time": start, "end_time": end, "location": location, "cell": cell,
            "party_committee": committee}




def vote(text, for_=None, against=None, abstain=None, pct=None):
    return {"text": text, "votes": {"for": for_, "against": against, "abstain": abstain,
                                    "percent_for": None if pct is None else float(pct)}}


def task(assignee, what, deadline):
    return {"assignee": assignee, "task": what, "deadline": deadline}


def minute(meeting, chair, chair_role, secretary, attendance, conclusion, resolutions, assignments, flags):
    return {"meeting": meeting, "chair": {"name": chair, "role": chair_role} if chair else None,
            "secretary": {"name": secretary} if secretary else None, "attendance": attendance,
            "conclusion": conclusion, "resolutions": resolutions, "assignments": assignments,
            "flags": sorted(flags)}


DOCS: list[dict] = []


# =================================================================================================
# dev/
# =================================================================================================

# dev-01 — Thái Bình, village cell; two-column header with "Số"; "Thời gian bắt đầu:"; "Chủ trì hội
# nghị" / "Thư ký ghi biên bản"; exempt and probationary members; Roman headings in capitals; conclusion
# as its own section; "Giao đ/c …" with dated and ongoing deadlines. Clean.
DOCS.append({
    "name": "dev-01-thaibinh-village-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ ĐÔNG HOÀNG", "CHI BỘ THÔN AN LẠC", "Số: 09-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hoàng, ngày 05 tháng 7 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
            C("Tháng 7 năm 2024", bold=False, italic=True),
            G(6),
            L("Thời gian bắt đầu: 19 giờ 30 phút, ngày 05/7/2024."),
            L("Địa điểm: Nhà văn hoá thôn An Lạc."),
            L("Thành phần tham dự:"),
            P("- Tổng số đảng viên của chi bộ: 24 đồng chí, trong đó miễn sinh hoạt 02 đồng chí (đ/c Bùi Văn "
              "Tỉnh, đ/c Trần Thị Nụ)."),
            P("- Có mặt: 21/22 đồng chí phải dự (chính thức 20, dự bị 01)."),
            P("- Vắng: 01 đồng chí – đ/c Phạm Văn Hùng (đi công tác, có báo cáo)."),
            L("Chủ trì hội nghị: đồng chí Vũ Thị Thuý – Bí thư chi bộ."),
            L("Thư ký ghi biên bản: đồng chí Đỗ Văn Hoà – Chi ủy viên."),
            H("I. THÔNG TIN THỜI SỰ, PHỔ BIẾN VĂN BẢN CẤP TRÊN"),
            P("Đồng chí Bí thư thông tin một số nét chính về tình hình kinh tế – xã hội của huyện sáu tháng đầu "
              "năm; phổ biến Kế hoạch của Đảng ủy xã về chuẩn bị đại hội chi bộ nhiệm kỳ 2025 – 2027 và Công văn "
              "của Ủy ban nhân dân xã về công tác phòng, chống thiên tai, tìm kiếm cứu nạn năm 2024."),
            H("II. KIỂM ĐIỂM VIỆC THỰC HIỆN NHIỆM VỤ THÁNG 6"),
            L("1. Kết quả đạt được"),
            P("Thôn đã thu hoạch xong toàn bộ diện tích lúa xuân, năng suất ước đạt 72 tạ/ha; hoàn thành gieo mạ "
              "và cấy lúa mùa trong khung thời vụ. Các hộ đã đóng góp đủ quỹ xây dựng nhà văn hoá thôn đợt 2. "
              "Chi đoàn thanh niên ra quân phát quang, thu gom rác thải dọc tuyến đường trục thôn được nhân dân "
              "đồng tình."),
            L("2. Tồn tại, hạn chế"),
            P("Một số hộ còn đốt rơm rạ trên đồng gây khói bụi; việc thu nộp đảng phí của hai đảng viên làm ăn "
              "xa chưa đúng kỳ; công tác nắm tình hình dư luận trong nhân dân có lúc chưa kịp thời."),
            H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 7"),
            P("Tập trung chăm sóc lúa mùa, phòng trừ sâu cuốn lá nhỏ; chủ động phương án phòng, chống lụt bão, "
              "kiểm tra hệ thống kênh mương nội đồng; vận động nhân dân không đốt rơm rạ; chuẩn bị nội dung cho "
              "hội nghị đảng viên giữa nhiệm kỳ."),
            H("IV. Ý KIẾN THẢO LUẬN"),
            P("- Đồng chí Nguyễn Văn Đức: đề nghị thôn sớm nạo vét đoạn kênh cấp 3 xứ đồng Cửa Chùa vì mùa mưa "
              "sắp đến, nhiều đoạn đã bị bồi lấp."),
            P("- Đồng chí Lê Thị Hằng (Chi hội trưởng phụ nữ): chi hội nhận tuyên truyền các hộ không đốt rơm rạ, "
              "đề nghị thôn biểu dương những hộ thực hiện tốt."),
            P("- Đồng chí Phạm Quang Vinh: nhất trí với dự thảo, đề nghị bổ sung việc kiểm tra an toàn lưới điện "
              "hạ thế trong mùa mưa bão."),
            H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Chi bộ thống nhất đánh giá kết quả tháng 6 và phương hướng tháng 7 như dự thảo, có bổ sung các ý "
              "kiến thảo luận. Trong tháng 7 tập trung ba việc trọng tâm: chăm sóc lúa mùa, phòng chống lụt bão và "
              "tuyên truyền không đốt rơm rạ. Mỗi đảng viên phải gương mẫu thực hiện và vận động gia đình cùng "
              "thực hiện."),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng 7 với 21/21 đồng chí có mặt tán thành, đạt 100%."),
            H("VI. PHÂN CÔNG THỰC HIỆN"),
            P("- Giao đ/c Nguyễn Văn Đức phối hợp với Ban quản lý thôn nạo vét kênh cấp 3 xứ đồng Cửa Chùa, hoàn "
              "thành trước ngày 20/7/2024."),
            P("- Giao đ/c Lê Thị Hằng tuyên truyền, vận động các hộ không đốt rơm rạ, thực hiện thường xuyên."),
            P("- Giao đ/c Đỗ Văn Hoà đôn đốc thu nộp đảng phí quý III, hoàn thành trước ngày 15/8/2024."),
            P("Cuộc họp kết thúc vào hồi 21 giờ 35 phút cùng ngày. Biên bản được thông qua trước chi bộ, các đồng "
              "chí nhất trí 100%."),
            S(["THƯ KÝ", "", "", "Đỗ Văn Hoà"], ["T/M CHI BỘ", "BÍ THƯ", "", "Vũ Thị Thuý"]),
        ],
        "truth": minute(
            meeting("regular", "2024-07-05", "19:30", "21:35", "Nhà văn hoá thôn An Lạc", "CHI BỘ THÔN AN LẠC",
                    "ĐẢNG BỘ XÃ ĐÔNG HOÀNG"),
            "Vũ Thị Thuý", "Bí thư chi bộ", "Đỗ Văn Hoà",
            attendance(24, 21, 1, 1, 0, 2, [("Phạm Văn Hùng", "đi công tác, có báo cáo", True)]),
            True,
            [vote("nghị quyết tháng 7", 21, pct=100)],
            [task("Nguyễn Văn Đức", "phối hợp với Ban quản lý thôn nạo vét kênh cấp 3 xứ đồng Cửa Chùa", "20/7/2024"),
             task("Lê Thị Hằng", "tuyên truyền, vận động các hộ không đốt rơm rạ", "thường xuyên"),
             task("Đỗ Văn Hoà", "đôn đốc thu nộp đảng phí quý III", "15/8/2024")],
            []),
    }],
    "scans": [{"name": "dev-07-thaibinh-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 7,
               "dpi": 250}],
})


# dev-02 — Quảng Nam, school cell; thematic meeting "QUÝ II" with topic; "Khai mạc lúc"; "Người chủ trì";
# "có mặt 18/20 đồng chí" (exactly 90 %: not low); one absentee without reason; inline conclusion
# "Đồng chí Bí thư kết luận"; for/against/abstain counts; "chịu trách nhiệm", "phụ trách".
DOCS.append({
    "name": "dev-02-quangnam-school-thematic-unexcused", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN ĐẠI LỘC", "CHI BỘ TRƯỜNG THCS NGUYỄN TRÃI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đại Lộc, ngày 16 tháng 5 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2024"),
            C("Chuyên đề: “Nâng cao chất lượng giáo dục đạo đức, lối sống cho học sinh trong tình hình mới”",
              bold=False, italic=True),
            G(8),
            P("Khai mạc lúc 14 giờ 00 phút, ngày 16/5/2024, tại phòng họp Hội đồng sư phạm nhà trường."),
            P("Đảng viên có mặt: 18/20 đồng chí. Vắng: 02 đồng chí – đ/c Trần Thị Hòa (nghỉ ốm), đ/c Lê Văn Quý "
              "(không lý do)."),
            P("Người chủ trì: đ/c Phan Thị Thanh Thuý, Bí thư chi bộ, Hiệu trưởng."),
            P("Thư ký: đ/c Ngô Đình Khải."),
            H("1. Nêu lý do, giới thiệu chuyên đề"),
            P("Đồng chí chủ trì nêu mục đích của buổi sinh hoạt: đánh giá đúng thực trạng đạo đức, lối sống "
              "của học sinh trong năm học 2023 – 2024 để chi bộ ra nghị quyết lãnh đạo công tác giáo dục toàn "
              "diện trong năm học tới."),
            H("2. Trình bày chuyên đề"),
            P("Đồng chí Huỳnh Văn Sơn, Phó Bí thư chi bộ, Phó Hiệu trưởng trình bày dự thảo chuyên đề gồm ba "
              "phần: thực trạng; nguyên nhân của những hạn chế; các giải pháp chi bộ lãnh đạo thực hiện. Năm học "
              "qua có 12 học sinh vi phạm nội quy ở mức phải kiểm điểm trước lớp, 02 học sinh xích mích đánh nhau "
              "ngoài cổng trường; tình trạng học sinh sử dụng điện thoại trong giờ học và đăng tải nội dung thiếu "
              "lành mạnh lên mạng xã hội có chiều hướng tăng. Phong trào “Nói lời hay, làm việc tốt” của Liên đội "
              "được duy trì, 96% học sinh xếp loại hạnh kiểm tốt và khá."),
            H("3. Thảo luận"),
            P("Đ/c Nguyễn Thị Kim Liên (giáo viên chủ nhiệm lớp 9/3): đề nghị bổ sung giải pháp phối hợp với cha "
              "mẹ học sinh qua nhóm liên lạc của từng lớp, mỗi tháng có nhận xét riêng về nền nếp của từng em."),
            P("Đ/c Võ Thành Trung (Bí thư Chi đoàn giáo viên): Liên đội nên tổ chức thêm hoạt động ngoại khoá về "
              "văn hoá ứng xử trên mạng, để học sinh tự xây dựng nội quy lớp."),
            P("Đ/c Lê Thị Mỹ Hạnh: đề nghị đưa tiêu chí giáo dục đạo đức vào đánh giá thi đua của giáo viên chủ "
              "nhiệm cuối mỗi học kỳ."),
            H("4. Kết luận và biểu quyết"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề, tiếp thu các ý kiến thảo luận để "
              "hoàn chỉnh; Ban Giám hiệu xây dựng kế hoạch thực hiện trong năm học 2024 – 2025, trong đó coi trọng "
              "phối hợp giữa nhà trường với gia đình và giáo dục kỹ năng sử dụng mạng xã hội cho học sinh."),
            P("Chi bộ biểu quyết thông qua nội dung chuyên đề. Kết quả: tán thành 17, không tán thành 0, không "
              "biểu quyết 1."),
            P("Đồng chí Huỳnh Văn Sơn chịu trách nhiệm hoàn chỉnh chuyên đề và xây dựng kế hoạch thực hiện, trình "
              "chi bộ trong tháng 6. Đồng chí Võ Thành Trung phụ trách tổ chức buổi ngoại khoá “Ứng xử văn minh "
              "trên mạng xã hội”, thực hiện trong tháng 9/2024."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 16 giờ 10 phút. Biên bản đã được đọc lại, chi bộ không có ý "
              "kiến bổ sung và nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Ngô Đình Khải"], ["BÍ THƯ", "", "", "Phan Thị Thanh Thuý"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-05-16", "14:00", "16:10", "phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THCS NGUYỄN TRÃI", "ĐẢNG BỘ HUYỆN ĐẠI LỘC",
                    topic="Nâng cao chất lượng giáo dục đạo đức, lối sống cho học sinh trong tình hình mới"),
            "Phan Thị Thanh Thuý", "Bí thư chi bộ", "Ngô Đình Khải",
            attendance(20, 18, 2, 1, 1, 0, [("Trần Thị Hòa", "nghỉ ốm", True), ("Lê Văn Quý", "không lý do", False)]),
            True,
            [vote("nội dung chuyên đề", 17, 0, 1)],
            [task("Huỳnh Văn Sơn", "hoàn chỉnh chuyên đề và xây dựng kế hoạch thực hiện, trình chi bộ", "tháng 6"),
             task("Võ Thành Trung", "tổ chức buổi ngoại khoá “Ứng xử văn minh trên mạng xã hội”", "tháng 9/2024")],
            ["unexcused_absence"]),
    }],
})


# dev-03 — TP Hồ Chí Minh, neighbourhood cell; two pages, "Trang n/N" at the bottom; "Kỳ họp tháng 8/2024";
# "Điều hành:" / "Người ghi biên bản:"; a ruled absentee table with capitalised reasons and one without a
# valid reason; a guest "Đảng ủy viên, phụ trách chi bộ"; a ruled assignment table; 20 of 24 present.
DOCS.append({
    "name": "dev-03-hcm-ward-tables-low-attendance", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 22, "spacing": 1.35,
              "foot": "Trang {n}/{N}", "top": 50, "bottom": 70},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG TÂN THỚI NHẤT", "CHI BỘ KHU PHỐ 6", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quận 12, ngày 08 tháng 8 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ", size=14),
            C("Kỳ họp tháng 8/2024", bold=True, italic=False),
            G(6),
            P("Vào lúc 18 giờ 30 phút ngày 08/8/2024, tại Văn phòng Khu phố 6, Chi bộ Khu phố 6 tiến hành họp "
              "định kỳ tháng 8/2024."),
            H("* Thành phần:"),
            P("Tổng số đảng viên: 27 đồng chí; miễn sinh hoạt: 03 đồng chí; đảng viên phải dự: 24 đồng chí. Có "
              "mặt: 20 đồng chí. Vắng: 04 đồng chí, gồm:"),
            T(ABSENT_COLS, [["1", "Trương Minh Hiếu", "Ốm"],
                            ["2", "Lâm Thị Ngọc Hân", "Đi công tác"],
                            ["3", "Đặng Văn Bảy", "Chăm mẹ nằm viện"],
                            ["4", "Quách Thị Diệu", "Không báo lý do"]]),
            P("Khách mời: đ/c Tạ Văn Lộc – Đảng ủy viên, phụ trách chi bộ."),
            P("Điều hành: đ/c Huỳnh Thị Kim Chi – Bí thư chi bộ."),
            P("Người ghi biên bản: đ/c La Quốc Thịnh."),
            H("* Nội dung:"),
            L("1. Thông tin thời sự", italic=True),
            P("Đ/c Tạ Văn Lộc thông tin kết quả hội nghị sơ kết 6 tháng của Đảng ủy phường, chủ trương chỉnh "
              "trang vỉa hè các tuyến đường trong khu phố và đợt cao điểm phòng, chống sốt xuất huyết."),
            L("2. Đánh giá kết quả tháng 7/2024", italic=True),
            P("Khu phố đã vận động 41 hộ tháo dỡ mái che lấn chiếm vỉa hè đường Tân Thới Nhất 8; tổ chức 02 đợt "
              "diệt lăng quăng tại các tổ dân phố 61, 64; trao 15 suất học bổng cho học sinh nghèo. Hạn chế: còn "
              "09 hộ kinh doanh chưa ký cam kết an toàn phòng cháy, chữa cháy; việc thu quỹ vì người nghèo mới đạt "
              "62% chỉ tiêu; một đảng viên vắng sinh hoạt không báo cáo."),
            L("3. Nhiệm vụ tháng 8/2024", italic=True),
            P("Hoàn thành ký cam kết phòng cháy, chữa cháy với các hộ kinh doanh; tiếp tục vận động quỹ vì người "
              "nghèo; phối hợp trạm y tế phun hoá chất diệt muỗi tại các điểm nóng; chuẩn bị ngày hội Đại đoàn kết "
              "toàn dân tộc của khu phố."),
            H("* Ý kiến đảng viên:"),
            P("- Đ/c Mạc Văn Tài: các hộ chưa ký cam kết phần lớn là hộ thuê nhà, đề nghị làm việc trực tiếp với "
              "chủ nhà, có xác nhận của tổ trưởng tổ dân phố."),
            P("- Đ/c Lý Thị Thu Vân: chi hội phụ nữ sẽ vận động thêm các mạnh thường quân; đề nghị công khai danh "
              "sách đóng góp tại bảng tin khu phố."),
            H("* Kết luận:"),
            P("Đ/c Huỳnh Thị Kim Chi kết luận: chi bộ thống nhất với đánh giá và nhiệm vụ tháng 8 như báo cáo, "
              "tiếp thu ý kiến của các đồng chí đảng viên. Yêu cầu hoàn thành dứt điểm việc ký cam kết phòng cháy, "
              "chữa cháy trong tháng; chi ủy gặp gỡ, nhắc nhở đ/c Quách Thị Diệu về việc vắng sinh hoạt không báo "
              "cáo."),
            H("* Biểu quyết: 20/20 đồng chí có mặt nhất trí (100%)."),
            H("* Phân công thực hiện:"),
            T(TASK_COLS, [["1", "Rà soát, ký cam kết phòng cháy chữa cháy", "Đ/c Mạc Văn Tài", "31/8/2024"],
                          ["2", "Vận động quỹ vì người nghèo", "Đ/c Lý Thị Thu Vân", "Tháng 8/2024"],
                          ["3", "Gặp gỡ, nhắc nhở đ/c Quách Thị Diệu", "Chi ủy", "Thường xuyên"],
                          ["4", "Cập nhật sổ theo dõi đảng viên", "Đ/c La Quốc Thịnh", "15/8/2024"]]),
            P("Cuộc họp kết thúc lúc 20 giờ 40 phút cùng ngày. Biên bản đã được thông qua trước chi bộ."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "La Quốc Thịnh"], ["T/M CHI ỦY", "BÍ THƯ", "", "Huỳnh Thị Kim Chi"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-08", "18:30", "20:40", "Văn phòng Khu phố 6", "CHI BỘ KHU PHỐ 6",
                    "ĐẢNG BỘ PHƯỜNG TÂN THỚI NHẤT"),
            "Huỳnh Thị Kim Chi", "Bí thư chi bộ", "La Quốc Thịnh",
            attendance(27, 20, 4, 3, 1, 3,
                       [("Trương Minh Hiếu", "Ốm", True), ("Lâm Thị Ngọc Hân", "Đi công tác", True),
                        ("Đặng Văn Bảy", "Chăm mẹ nằm viện", True), ("Quách Thị Diệu", "Không báo lý do", False)],
                       [("Tạ Văn Lộc", "Đảng ủy viên, phụ trách chi bộ")]),
            True,
            [vote("kết luận", 20, pct=100)],
            [task("Mạc Văn Tài", "Rà soát, ký cam kết phòng cháy chữa cháy", "31/8/2024"),
             task("Lý Thị Thu Vân", "Vận động quỹ vì người nghèo", "Tháng 8/2024"),
             task("Chi ủy", "Gặp gỡ, nhắc nhở đ/c Quách Thị Diệu", "Thường xuyên"),
             task("La Quốc Thịnh", "Cập nhật sổ theo dõi đảng viên", "15/8/2024")],
            ["low_attendance", "unexcused_absence"]),
    }],
})


# dev-04 — Nghệ An, commune office cell; date and counts in words ("Hôm nay, ngày mười lăm tháng ba năm
# hai nghìn hai mươi tư", "đúng 14h00'"); chair and secretary in one prose sentence ("Đ/c …, Bí thư chi bộ
# chủ trì hội nghị; đc … ghi biên bản"); no headings; no opinion recorded; "Thay mặt chi ủy, đồng chí …
# kết luận"; vote in words; only a general call to action. Its binarised scan is dev-05.
DOCS.append({
    "name": "dev-04-nghean-commune-words-no-discussion", "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "justify": False, "indent": 32, "spacing": 1.4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG UỶ XÃ CÔNG THÀNH", "CHI BỘ CƠ QUAN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Công Thành, ngày 15 tháng 3 năm 2024"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024"),
            G(8),
            P("Hôm nay, ngày mười lăm tháng ba năm hai nghìn hai mươi tư, đúng 14h00', tại Hội trường Uỷ ban "
              "nhân dân xã Công Thành, Chi bộ Cơ quan tiến hành sinh hoạt thường kỳ tháng 3 năm 2024."),
            P("Tổng số đảng viên trong chi bộ: mười chín đồng chí. Có mặt: mười tám đồng chí. Vắng: một đồng chí "
              "(có lý do)."),
            P("Đ/c Nguyễn Thị Hoà, Bí thư chi bộ chủ trì hội nghị; đc Hồ Sỹ Tuấn ghi biên bản."),
            P("Mở đầu, đ/c Bí thư thông tin kết quả Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng đầu năm, các "
              "chỉ tiêu kinh tế – xã hội năm 2024 huyện giao cho xã và tình hình giá vật tư nông nghiệp tăng cao "
              "trong vụ xuân."),
            P("Tiếp đó, đ/c Phó Bí thư chi bộ báo cáo kết quả tháng 2: cơ quan đã tiếp nhận và giải quyết đúng "
              "hạn 312 hồ sơ thủ tục hành chính, không có hồ sơ quá hạn; hoàn thành tổ chức Tết trồng cây với "
              "1.500 cây keo trên đồi Rú Cấm; chi trả đầy đủ chế độ cho các đối tượng chính sách. Tồn tại: việc cập "
              "nhật hồ sơ địa chính còn chậm; còn cán bộ đi làm muộn sau dịp nghỉ Tết."),
            P("Nhiệm vụ tháng 3: đẩy mạnh cải cách hành chính, triển khai thanh toán không dùng tiền mặt khi thu "
              "phí, lệ phí; chỉ đạo gieo cấy lúa xuân đúng khung thời vụ; tổ chức thành công kỷ niệm 93 năm Ngày "
              "thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh; hoàn thành kiểm kê đất đai theo kế hoạch của huyện."),
            P("Chi bộ thảo luận và nhất trí với báo cáo."),
            P("Thay mặt chi ủy, đồng chí Nguyễn Thị Hoà kết luận: chi bộ ghi nhận kết quả tháng 2; tháng 3 tập "
              "trung vào cải cách hành chính, chấn chỉnh kỷ luật giờ giấc làm việc và hoàn thành kiểm kê đất đai; "
              "cán bộ, đảng viên đi muộn quá ba lần trong tháng sẽ bị nhắc nhở trước chi bộ."),
            P("Chi bộ biểu quyết thông qua kết luận: mười tám trên mười tám đồng chí có mặt tán thành."),
            P("Chi bộ đề nghị các đồng chí đảng viên theo chức trách, nhiệm vụ được giao chủ động triển khai thực "
              "hiện tốt các nội dung trên."),
            P("Hội nghị kết thúc lúc 16h15' cùng ngày. Biên bản đã được đọc lại trước hội nghị và được các đồng "
              "chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Hồ Sỹ Tuấn"], ["CHỦ TRÌ", "", "", "Nguyễn Thị Hoà"]),
        ],
        "truth": minute(
            meeting("regular", "2024-03-15", "14:00", "16:15", "Hội trường Uỷ ban nhân dân xã Công Thành",
                    "CHI BỘ CƠ QUAN", "ĐẢNG UỶ XÃ CÔNG THÀNH"),
            "Nguyễn Thị Hoà", "Bí thư chi bộ", "Hồ Sỹ Tuấn",
            attendance(19, 18, 1, 1, 0, 0),
            True,
            [vote("kết luận", 18)],
            [],
            ["missing_assignments", "no_discussion"]),
    }],
    "scans": [{"name": "dev-05-nghean-scan-clean", "folder": "dev", "damage": "clean", "seed": 5, "dpi": 300}],
})


# dev-06 — Lâm Đồng, printed form; "Số: ……-BB/CB"; place left as dots; K'Ho names with an apostrophe;
# "tán thành 15/15 đồng chí; không tán thành: ……"; "(Ký, ghi rõ họ tên)" under the titles; 75 minutes;
# no read-back at the end.
DOCS.append({
    "name": "dev-06-lamdong-form-unfilled-short", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.45, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ ĐẠ ĐỜN", "CHI BỘ THÔN 3", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đạ Đờn, ngày 10 tháng 9 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 9 năm 2024"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: bắt đầu lúc 19 giờ 15 phút, ngày 10/9/2024."),
            L("- Địa điểm: ……………………………………………………"),
            L("- Tổng số đảng viên: 16; có mặt: 15; vắng: 01 (đ/c K'Thương – ốm)."),
            L("- Đồng chí chủ trì: Trịnh Văn Lâm, Bí thư chi bộ."),
            L("- Đồng chí thư ký: Ka Sim."),
            H("II. NỘI DUNG"),
            L("1. Thông tin thời sự:"),
            P("Đ/c Bí thư thông tin về tình hình mưa lớn kéo dài, nguy cơ sạt lở ở các tuyến đường liên thôn; "
              "quán triệt thông báo của Đảng ủy xã về việc lấy ý kiến nhân dân đối với dự thảo văn kiện đại hội.",
              indent=20),
            L("2. Đánh giá tháng 8:"),
            P("Bà con trong thôn thu hoạch xong chanh dây vụ hè, giá bán ổn định; 05 hộ được hỗ trợ cây giống "
              "cà phê ghép; đường bê tông nhánh rẽ vào khu sản xuất Đạ Nhar đã thi công được 300 m. Còn 03 hộ chưa "
              "trả vốn vay ngân hàng chính sách đúng hạn.", indent=20),
            L("3. Nhiệm vụ tháng 9:"),
            P("Chăm sóc cà phê mùa mưa, phòng bệnh rỉ sắt; hoàn thành đoạn đường bê tông còn lại; vận động các hộ "
              "trả nợ vay đúng hạn; chuẩn bị khai giảng năm học mới cho học sinh trong thôn.", indent=20),
            L("4. Ý kiến thảo luận:"),
            P("Đ/c Lê Văn Phúc đề nghị mời cán bộ khuyến nông xã xuống hướng dẫn phòng bệnh rỉ sắt. Đ/c K'Brèo "
              "đề nghị thôn vận động thêm ngày công để làm đường trước mùa thu hoạch cà phê.", indent=20),
            L("5. Kết luận của chủ trì:"),
            P("Chi bộ thống nhất nhiệm vụ tháng 9 như báo cáo; ưu tiên hoàn thành đường bê tông trước ngày thu "
              "hoạch cà phê; các đồng chí đảng viên là chủ hộ phải trả nợ vay đúng hạn để làm gương.", indent=20),
            L("6. Biểu quyết: tán thành 15/15 đồng chí; không tán thành: ……; ý kiến khác: ……"),
            L("7. Phân công:"),
            P("Đ/c Lê Văn Phúc phụ trách mời cán bộ khuyến nông về hướng dẫn bà con, trong tháng 9. Đ/c K'Brèo "
              "phụ trách huy động ngày công làm đường, thường xuyên.", indent=20),
            L("Buổi sinh hoạt kết thúc lúc 20 giờ 30 phút."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Ka Sim"], ["BÍ THƯ", "(Ký, ghi rõ họ tên)", "", "Trịnh Văn Lâm"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-10", "19:15", "20:30", None, "CHI BỘ THÔN 3", "ĐẢNG BỘ XÃ ĐẠ ĐỜN"),
            "Trịnh Văn Lâm", "Bí thư chi bộ", "Ka Sim",
            attendance(16, 15, 1, 1, 0, 0, [("K'Thương", "ốm", True)]),
            True,
            [vote("kết luận", 15)],
            [task("Lê Văn Phúc", "mời cán bộ khuyến nông về hướng dẫn bà con", "tháng 9"),
             task("K'Brèo", "huy động ngày công làm đường", "thường xuyên")],
            ["not_approved", "short_meeting", "unfilled_template"]),
    }],
})


# =================================================================================================
# test/
# =================================================================================================

# t01 — Hải Phòng, port enterprise; header without "Số"; regular + thematic together in 100 minutes (the bar
# is 120); both times in the opening line; "PHẦN THỨ NHẤT / PHẦN THỨ HAI"; "18/19 … đạt 94,7%; 01 … không
# tán thành"; "Giao đồng chí …", "chịu trách nhiệm … trong Quý III", "báo cáo … tại kỳ họp tháng 9".
DOCS.append({
    "name": "t01-haiphong-port-combined-100min", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN CẢNG BẠCH ĐẰNG", "CHI BỘ ĐỘI CƠ GIỚI"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 22 tháng 8 năm 2024"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III/2024"),
            C("Chuyên đề: Phát huy tinh thần trách nhiệm, bảo đảm an toàn lao động trong khai thác cầu bến",
              bold=False, italic=True),
            G(6),
            L("Thời gian: từ 15 giờ 30 phút đến 17 giờ 10 phút, ngày 22/8/2024."),
            L("Địa điểm: Phòng họp Đội Cơ giới, tầng 2 nhà điều hành bến."),
            P("Thành phần: tổng số đảng viên 21 đồng chí, có mặt 19 đồng chí, vắng 02 đồng chí có lý do (đ/c Phạm "
              "Văn Thiện – đi ca; đ/c Bùi Thị Lụa – nghỉ phép).", indent=0),
            L("Chủ trì: đ/c Đinh Công Tuấn – Bí thư chi bộ, Đội trưởng."),
            L("Thư ký: đ/c Vũ Thị Thúy."),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
            L("1. Tình hình thực hiện nhiệm vụ tháng 7", italic=True),
            P("Đội đã bảo đảm 100% thiết bị sẵn sàng phục vụ khai thác, sản lượng xếp dỡ qua bến đạt 412 nghìn "
              "tấn, tăng 6% so với cùng kỳ; hoàn thành bảo dưỡng định kỳ 04 xe nâng và 02 cần trục bánh lốp. Tồn "
              "tại: xảy ra 01 vụ va chạm nhẹ giữa xe đầu kéo và cần trục giàn tại cầu số 3, không có thiệt hại về "
              "người; một số công nhân chưa sử dụng đầy đủ bảo hộ lao động khi làm ca đêm."),
            L("2. Nhiệm vụ tháng 8", italic=True),
            P("Bảo đảm thiết bị cho cao điểm hàng container cuối quý; rà soát quy trình điều động xe trong bãi; "
              "tăng cường kiểm tra an toàn ca đêm; hoàn thành đăng kiểm thiết bị nâng theo kế hoạch của Công ty."),
            H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đ/c Trần Đức Mạnh, Phó Bí thư chi bộ trình bày chuyên đề. Chuyên đề chỉ rõ nguyên nhân chủ quan của "
              "các sự cố trong 7 tháng qua là tư tưởng chủ quan, làm tắt các bước trong quy trình vận hành; đề ra "
              "năm giải pháp, trong đó đảng viên phải gương mẫu chấp hành quy trình và nhắc nhở quần chúng cùng ca."),
            L("Ý kiến thảo luận:", bold=True),
            P("Đ/c Hoàng Văn Dũng phát biểu: cáp và ma ní của các cần trục giàn đã sử dụng lâu, cần kiểm tra toàn "
              "bộ trước cao điểm hàng, không để đến khi có sự cố mới thay."),
            P("Đ/c Ngô Thị Bích phát biểu: công nhân mới tuyển chưa được huấn luyện đầy đủ, đề nghị tổ chức lớp "
              "huấn luyện riêng và kèm cặp tại hiện trường."),
            H("KẾT LUẬN"),
            P("Chi bộ thống nhất đánh giá kết quả tháng 7, nhiệm vụ tháng 8 và nội dung chuyên đề. Công tác an "
              "toàn là nhiệm vụ trọng tâm của quý III; mỗi đảng viên chịu trách nhiệm về an toàn của tổ, ca mình "
              "phụ trách; trường hợp vi phạm quy trình sẽ được kiểm điểm tại chi bộ."),
            P("Chi bộ biểu quyết thông qua Nghị quyết tháng 8 và nội dung chuyên đề: 18/19 đồng chí tán thành, đạt "
              "94,7%; 01 đồng chí không tán thành."),
            H("PHÂN CÔNG"),
            P("Giao đồng chí Hoàng Văn Dũng rà soát toàn bộ cáp, ma ní của 06 cần trục giàn, hoàn thành trước ngày "
              "31/8/2024. Đồng chí Ngô Thị Bích chịu trách nhiệm tổ chức huấn luyện an toàn cho công nhân mới tuyển "
              "trong Quý III. Đồng chí Trần Đức Mạnh phụ trách theo dõi việc chấp hành quy trình ca đêm, báo cáo kết "
              "quả tại kỳ họp tháng 9."),
            P("Buổi sinh hoạt kết thúc lúc 17 giờ 10 phút cùng ngày. Biên bản đã được thư ký đọc lại, chi bộ nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "", "", "Vũ Thị Thúy"], ["BÍ THƯ CHI BỘ", "", "", "Đinh Công Tuấn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-22", "15:30", "17:10", "Phòng họp Đội Cơ giới, tầng 2 nhà điều hành bến",
                    "CHI BỘ ĐỘI CƠ GIỚI", "ĐẢNG BỘ CÔNG TY CỔ PHẦN CẢNG BẠCH ĐẰNG",
                    topic="Phát huy tinh thần trách nhiệm, bảo đảm an toàn lao động trong khai thác cầu bến"),
            "Đinh Công Tuấn", "Bí thư chi bộ", "Vũ Thị Thúy",
            attendance(21, 19, 2, 2, 0, 0, [("Phạm Văn Thiện", "đi ca", True), ("Bùi Thị Lụa", "nghỉ phép", True)]),
            True,
            [vote("Nghị quyết tháng 8 và nội dung chuyên đề", 18, 1, None, 94.7)],
            [task("Hoàng Văn Dũng", "rà soát toàn bộ cáp, ma ní của 06 cần trục giàn", "31/8/2024"),
             task("Ngô Thị Bích", "tổ chức huấn luyện an toàn cho công nhân mới tuyển", "Quý III"),
             task("Trần Đức Mạnh", "theo dõi việc chấp hành quy trình ca đêm", "kỳ họp tháng 9")],
            ["short_meeting"]),
    }],
})


# t02 — Cao Bằng, mountain hamlet (Tày names); "BIÊN BẢN HỌP CHI BỘ" + "Kỳ họp tháng 7/2024"; "vào hồi";
# "có mặt 14/17"; two members absent without reason named together; a guest from the commune; chair in
# prose ("… – Bí thư chi bộ điều hành cuộc họp"); "a) b) c)" headings; "nhất trí 100%".
DOCS.append({
    "name": "t02-caobang-hamlet-low-attendance-unexcused", "folder": "test",
    "style": {"family": "dejavu", "size": 12, "justify": True, "indent": 24, "spacing": 1.35},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ QUANG TRUNG", "CHI BỘ XÓM NÀ MÒN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quang Trung, ngày 12 tháng 7 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Kỳ họp tháng 7/2024", bold=False),
            G(6),
            P("Hôm nay, vào hồi 8 giờ 00 phút ngày 12 tháng 7 năm 2024, tại nhà văn hoá xóm Nà Mòn, Chi bộ xóm Nà "
              "Mòn họp kỳ tháng 7 năm 2024."),
            P("Chi bộ có 17 đảng viên, có mặt 14/17 đồng chí. Vắng 03 đồng chí: đ/c Hoàng Văn Sằn đi làm ăn xa có "
              "báo cáo; đ/c Lục Văn Páo, đ/c Mã Văn Sình vắng không có lý do."),
            P("Đại biểu dự: đồng chí Hoàng Thị Slam, Phó Bí thư Đảng ủy xã."),
            P("Đồng chí Nông Văn Dền – Bí thư chi bộ điều hành cuộc họp; đồng chí Đàm Thị Nhung làm thư ký."),
            H("a) Thông tin, quán triệt", italic=True),
            P("Đồng chí Hoàng Thị Slam thông tin kế hoạch của xã về phòng, chống sạt lở đất mùa mưa, việc hỗ trợ "
              "xi măng làm đường theo chương trình nông thôn mới và cảnh báo các đối tượng lôi kéo người dân sang "
              "biên giới lao động trái phép."),
            H("b) Kiểm điểm tháng 6", italic=True),
            P("Xóm đã trồng xong 14 ha ngô hè thu, trong đó 6 ha dùng giống mới; 23 hộ làm chuồng nuôi trâu, bò "
              "tách xa nhà ở; đổ bê tông được 420 m đường lên Khuổi Tẩu. Hạn chế: còn hộ thả rông gia súc phá "
              "hoa màu; một số đảng viên chưa dự họp đầy đủ, chưa gương mẫu đóng góp ngày công."),
            H("c) Nhiệm vụ tháng 7", italic=True),
            P("Làm cỏ, bón phân cho ngô; hoàn thành đoạn đường bê tông còn lại; kiểm tra các điểm có nguy cơ sạt "
              "lở, di chuyển tạm 02 hộ ở chân đồi Pác Pha khi có mưa lớn; vận động nuôi nhốt gia súc."),
            H("d) Ý kiến", italic=True),
            P("Đồng chí Lương Văn Thành nói: đường lên Khuổi Tẩu còn khoảng 300 m, xi măng xã đã cấp đủ, chỉ "
              "thiếu người làm; đề nghị mỗi hộ góp 3 ngày công."),
            P("Đồng chí Hà Thị Pẻng nói: chi hội phụ nữ sẽ đến từng nhà nhắc việc nhốt gia súc; đề nghị chi bộ "
              "gặp hai đồng chí vắng họp để tìm hiểu hoàn cảnh."),
            P("Đồng chí Bí thư kết luận: chi bộ nhất trí nhiệm vụ tháng 7; làm đường và phòng sạt lở là hai việc "
              "phải làm ngay; mỗi đảng viên góp ít nhất 3 ngày công. Việc đ/c Lục Văn Páo và đ/c Mã Văn Sình vắng "
              "không có lý do sẽ được chi bộ xem xét ở kỳ họp sau."),
            P("Chi bộ nhất trí 100% thông qua kết luận."),
            P("Giao đ/c Lương Văn Thành phụ trách tổ đổ bê tông đường lên Khuổi Tẩu, xong trước 30/7. Giao đ/c Hà "
              "Thị Pẻng đến gia đình đ/c Lục Văn Páo, đ/c Mã Văn Sình tìm hiểu lý do vắng họp, báo cáo chi bộ kỳ "
              "họp tháng 8."),
            P("Cuộc họp kết thúc lúc 10 giờ 05 phút. Biên bản đã đọc cho chi bộ nghe, mọi người nhất trí."),
            S(["THƯ KÝ", "", "", "Đàm Thị Nhung"], ["BÍ THƯ", "", "", "Nông Văn Dền"]),
        ],
        "truth": minute(
            meeting("regular", "2024-07-12", "08:00", "10:05", "nhà văn hoá xóm Nà Mòn", "CHI BỘ XÓM NÀ MÒN",
                    "ĐẢNG BỘ XÃ QUANG TRUNG"),
            "Nông Văn Dền", "Bí thư chi bộ", "Đàm Thị Nhung",
            attendance(17, 14, 3, 1, 2, 0,
                       [("Hoàng Văn Sằn", "đi làm ăn xa có báo cáo", True),
                        ("Lục Văn Páo", "không có lý do", False), ("Mã Văn Sình", "không có lý do", False)],
                       [("Hoàng Thị Slam", "Phó Bí thư Đảng ủy xã")]),
            True,
            [vote("kết luận", pct=100)],
            [task("Lương Văn Thành", "phụ trách tổ đổ bê tông đường lên Khuổi Tẩu", "30/7"),
             task("Hà Thị Pẻng", "đến gia đình đ/c Lục Văn Páo, đ/c Mã Văn Sình tìm hiểu lý do vắng họp, báo cáo chi bộ",
                  "kỳ họp tháng 8")],
            ["low_attendance", "unexcused_absence"]),
    }],
})


# t03 — Kiên Giang, fishing hamlet (Khmer name); "Thời gian bắt đầu:"; 16/16 present; "–" headings;
# discussion only as "thảo luận sôi nổi, thống nhất"; no chair's conclusion, but the direction is voted;
# assignments inline with "phụ trách".
DOCS.append({
    "name": "t03-kiengiang-fishing-no-discussion-no-conclusion", "folder": "test",
    "style": {"family": "sans", "size": 12.5, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG UỶ XÃ BÌNH AN", "CHI BỘ ẤP CÂY ĐƯỚC", "Số: 10-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình An, ngày 03 tháng 10 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("THÁNG 10 NĂM 2024"),
            G(6),
            L("Thời gian bắt đầu: 13 giờ 30, ngày 03/10/2024."),
            L("Địa điểm: Nhà văn hóa ấp Cây Đước."),
            L("Tổng số đảng viên: 16; có mặt 16/16 (đạt 100%)."),
            L("Chủ trì: đ/c Danh Sóc – Bí thư chi bộ."),
            L("Thư ký: đ/c Lâm Thị Hồng Nhung."),
            H("– Thông tin thời sự:"),
            P("Đồng chí Bí thư thông tin kết quả kiểm tra của Đoàn công tác Ủy ban châu Âu về chống khai thác hải "
              "sản bất hợp pháp, không báo cáo và không theo quy định; dự báo thời tiết biển cuối năm có nhiều đợt "
              "gió mùa mạnh."),
            H("– Kết quả tháng 9:"),
            P("Ấp có 38 tàu cá, đã có 34 tàu lắp thiết bị giám sát hành trình và duy trì kết nối; 100% tàu được "
              "đăng ký, đăng kiểm. Hội nông dân ấp giải ngân 3 hộ vay vốn nuôi sò huyết. Tồn tại: 04 tàu cỡ nhỏ "
              "chưa lắp thiết bị; rác thải sinh hoạt còn đổ xuống kênh Cây Đước."),
            H("– Phương hướng tháng 10:"),
            P("Vận động 04 chủ tàu còn lại lắp thiết bị giám sát hành trình; phối hợp đồn biên phòng tuyên truyền "
              "ngư dân không vi phạm vùng biển nước ngoài; ra quân vớt rác trên kênh; vận động quỹ khuyến học chuẩn "
              "bị trao học bổng đầu năm học."),
            P("Chi bộ thảo luận sôi nổi, thống nhất với báo cáo và phương hướng."),
            P("Chi bộ biểu quyết thông qua phương hướng nhiệm vụ tháng 10 với 16/16 đồng chí tán thành."),
            H("– Phân công:"),
            P("Đ/c Trần Văn Nhỏ phụ trách vận động 04 chủ tàu còn lại lắp thiết bị giám sát hành trình, trước ngày "
              "20/10/2024; đ/c Lâm Thị Hồng Nhung phụ trách quỹ khuyến học, hoàn thành trong tháng 10."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 20 phút cùng ngày. Biên bản được đọc lại và thông qua."),
            S(["THƯ KÝ", "", "", "Lâm Thị Hồng Nhung"], ["BÍ THƯ", "", "", "Danh Sóc"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-03", "13:30", "15:20", "Nhà văn hóa ấp Cây Đước", "CHI BỘ ẤP CÂY ĐƯỚC",
                    "ĐẢNG UỶ XÃ BÌNH AN"),
            "Danh Sóc", "Bí thư chi bộ", "Lâm Thị Hồng Nhung",
            attendance(16, 16, 0, 0, 0, 0),
            False,
            [vote("phương hướng nhiệm vụ tháng 10", 16)],
            [task("Trần Văn Nhỏ", "vận động 04 chủ tàu còn lại lắp thiết bị giám sát hành trình", "20/10/2024"),
             task("Lâm Thị Hồng Nhung", "phụ trách quỹ khuyến học", "tháng 10")],
            ["missing_conclusion", "no_discussion"]),
    }],
})


# t04 — Đắk Lắk, state coffee company (Ê Đê names); Roman + Arabic headings; "chính thức 29, dự bị 02";
# exempt members named; ruled absentee table ("Ốm", "Đi công tác"); for/against/abstain with percent;
# ruled assignment table with "Trước 25/9/2024"; signatures without template text. Clean.
DOCS.append({
    "name": "t04-daklak-coffee-tables-clean", "folder": "test",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 20, "spacing": 1.4, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY TNHH MTV CÀ PHÊ ĐẮK HÀ", "CHI BỘ ĐỘI SẢN XUẤT SỐ 4", "Số: 21-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cư M'gar, ngày 12 tháng 9 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", size=13),
            C("Tháng 9 năm 2024", bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            L("Thời gian: 7 giờ 30 phút, ngày 12/9/2024."),
            L("Địa điểm: Hội trường Đội sản xuất số 4."),
            H("II. THÀNH PHẦN"),
            P("1. Đảng viên: tổng số 31 đồng chí (chính thức 29, dự bị 02); miễn sinh hoạt 03 đồng chí; đảng viên "
              "phải dự 28 đồng chí; có mặt 26 đồng chí; vắng 02 đồng chí, cụ thể:"),
            T(ABSENT_COLS, [["1", "Y Khâm Byă", "Ốm"], ["2", "H'Lan Êban", "Đi công tác"]]),
            P("Đảng viên miễn sinh hoạt: đ/c Nguyễn Văn Khang, đ/c Lê Thị Tuyết, đ/c Y Kô Niê."),
            P("2. Chủ trì: đ/c Phạm Thanh Sơn – Bí thư chi bộ, Đội trưởng."),
            P("3. Thư ký: đ/c H'Yuôn Mlô."),
            H("III. NỘI DUNG"),
            L("1. Thông tin thời sự, văn bản mới", bold=True),
            P("Đồng chí Bí thư phổ biến Nghị quyết của Đảng ủy Công ty về nhiệm vụ niên vụ cà phê 2024 – 2025; "
              "thông tin giá cà phê nhân xô tăng cao kỷ lục, tình trạng trộm cắp cà phê non ở một số địa phương "
              "lân cận."),
            L("2. Kết quả tháng 8", bold=True),
            P("Đội đã bón xong phân đợt 3 cho 186 ha cà phê kinh doanh, tỉa cành chồi vượt đạt 100% diện tích; "
              "tưới bổ sung cho 12 ha tái canh. Thu nộp sản phẩm khoán niên vụ trước đạt 97%. Hạn chế: một số hộ "
              "nhận khoán bón phân không đúng liều lượng hướng dẫn; việc ghi chép sổ nhật ký vườn cây chưa đầy đủ."),
            L("3. Nhiệm vụ tháng 9", bold=True),
            P("Kiểm kê, dự báo sản lượng niên vụ mới; xây dựng phương án bảo vệ vườn cây mùa thu hoạch; sửa chữa "
              "sân phơi, máy xát; vận động người nhận khoán không hái cà phê xanh."),
            L("4. Thảo luận", bold=True),
            P("Đ/c Y Bhiông Niê đề nghị Đội thành lập tổ tuần tra chung với buôn Ea Tar, mỗi tổ có đảng viên "
              "tham gia, tuần tra cả ban đêm."),
            P("Đ/c Trần Thị Minh Nguyệt cho rằng cần thống nhất lịch thu hoạch theo từng lô để tránh hái xanh, "
              "đồng thời niêm yết công khai giá thu mua sản phẩm khoán."),
            L("5. Kết luận của đồng chí chủ trì", bold=True),
            P("Chi bộ thống nhất nhiệm vụ tháng 9; trọng tâm là bảo vệ vườn cây và chuẩn bị thu hoạch. Đảng viên "
              "nhận khoán phải thu hoạch đúng lịch, không hái cà phê xanh; Đội phối hợp với buôn Ea Tar tổ chức "
              "tuần tra từ ngày 20/9."),
            L("6. Biểu quyết", bold=True),
            P("Tán thành: 26/26 đồng chí (100%); không tán thành: 0; không biểu quyết: 0."),
            L("7. Phân công thực hiện", bold=True),
            T(TASK_COLS, [["1", "Kiểm kê, dự báo sản lượng niên vụ mới", "Đ/c Y Bhiông Niê", "Trước 25/9/2024"],
                          ["2", "Phương án bảo vệ vườn cây", "Đ/c Trần Thị Minh Nguyệt", "Tháng 9/2024"],
                          ["3", "Thu nộp đảng phí quý III", "Đ/c H'Yuôn Mlô", "30/9/2024"]]),
            H("IV. KẾT THÚC"),
            P("Buổi sinh hoạt kết thúc lúc 9 giờ 40 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các "
              "đồng chí dự họp nhất trí thông qua và cùng ký tên."),
            S(["THƯ KÝ", "", "", "H'Yuôn Mlô"], ["T/M CHI BỘ", "BÍ THƯ", "", "Phạm Thanh Sơn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-12", "07:30", "09:40", "Hội trường Đội sản xuất số 4",
                    "CHI BỘ ĐỘI SẢN XUẤT SỐ 4", "ĐẢNG BỘ CÔNG TY TNHH MTV CÀ PHÊ ĐẮK HÀ"),
            "Phạm Thanh Sơn", "Bí thư chi bộ", "H'Yuôn Mlô",
            attendance(31, 26, 2, 2, 0, 3, [("Y Khâm Byă", "Ốm", True), ("H'Lan Êban", "Đi công tác", True)]),
            True,
            [vote("kết luận", 26, 0, 0, 100)],
            [task("Y Bhiông Niê", "Kiểm kê, dự báo sản lượng niên vụ mới", "25/9/2024"),
             task("Trần Thị Minh Nguyệt", "Phương án bảo vệ vườn cây", "Tháng 9/2024"),
             task("H'Yuôn Mlô", "Thu nộp đảng phí quý III", "30/9/2024")],
            []),
    }],
})


# t05 — Huế, university faculty cell; two pages with a running head on page 2 and "Trang n/N" at the
# bottom; "Chủ tọa:" with academic titles before the names; "1. … a) b)"; conclusion section; assignments;
# nobody votes on the conclusion — only the minutes are approved ("nhất trí 100%" at the very end).
DOCS.append({
    "name": "t05-hue-university-2p-no-vote", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 28, "spacing": 1.4,
              "head": "Biên bản sinh hoạt Chi bộ Khoa Lịch sử – tháng 11/2024", "head_align": "right",
              "foot": "Trang {n}/{N}", "top": 58, "bottom": 66},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC KHOA HỌC", "CHI BỘ KHOA LỊCH SỬ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thừa Thiên Huế, ngày 14 tháng 11 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("tháng 11 năm 2024", bold=False, italic=True),
            G(6),
            L("Thời gian: Bắt đầu lúc 14 giờ 00 phút, ngày 14 tháng 11 năm 2024."),
            L("Địa điểm: Phòng họp Khoa Lịch sử, 77 Nguyễn Huệ."),
            L("Thành phần: Chi bộ có 15 đảng viên, có mặt đủ 15/15 đồng chí."),
            L("Chủ tọa: PGS.TS. Lê Thị Thanh Hoà – Bí thư chi bộ, Trưởng khoa."),
            L("Thư ký: ThS. Nguyễn Phước Bảo Châu."),
            H("1. Thông tin thời sự và quán triệt văn bản"),
            P("Đồng chí chủ tọa quán triệt Kết luận của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW "
              "về đổi mới căn bản, toàn diện giáo dục và đào tạo; thông tin chủ trương của Đảng ủy Trường về sắp "
              "xếp lại các bộ môn và kế hoạch tự đánh giá chương trình đào tạo ngành Lịch sử."),
            H("2. Đánh giá kết quả tháng 10"),
            L("a) Công tác đào tạo", italic=True),
            P("Khoa đã tổ chức khai giảng cho 86 sinh viên khóa mới, hoàn thành lịch giảng học kỳ I; 03 học viên "
              "cao học bảo vệ thành công luận văn. Tỷ lệ sinh viên năm thứ nhất nghỉ học không phép giảm so với cùng "
              "kỳ năm trước."),
            L("b) Nghiên cứu khoa học và công tác sinh viên", italic=True),
            P("Khoa phối hợp với Trung tâm Bảo tồn Di tích Cố đô tổ chức hội thảo khoa học về triều Nguyễn với "
              "42 tham luận; 02 bài báo của giảng viên được đăng trên tạp chí quốc tế. Đoàn khoa tổ chức cho sinh "
              "viên tham quan thực tế tại Thành cổ Quảng Trị. Hạn chế: tiến độ hai đề tài cấp Bộ còn chậm; việc "
              "cập nhật đề cương học phần theo chương trình mới chưa đồng đều giữa các bộ môn."),
            H("3. Nhiệm vụ tháng 12"),
            P("Hoàn thành đề cương chi tiết các học phần mới; tổ chức thi kết thúc học kỳ I nghiêm túc; đôn đốc "
              "tiến độ các đề tài; chuẩn bị hồ sơ tự đánh giá chương trình đào tạo; làm tốt công tác phát triển "
              "đảng viên trong sinh viên, giới thiệu 02 quần chúng ưu tú học lớp bồi dưỡng nhận thức về Đảng."),
            H("4. Ý kiến thảo luận"),
            P("Đ/c Trần Văn Quang: hai đề tài cấp Bộ chậm chủ yếu do thủ tục thanh toán, đề nghị khoa làm việc "
              "với phòng Kế hoạch – Tài chính để gỡ vướng trước cuối năm."),
            P("Đ/c Hồ Thị Ngọc Diệp: đề cương học phần mới cần có mẫu chung của khoa; bộ môn Lịch sử Việt Nam có "
              "thể làm trước để các bộ môn khác tham khảo."),
            P("Đ/c Phan Đăng Khoa: sinh viên năm thứ nhất còn bỡ ngỡ với phương pháp học ở đại học, đề nghị mỗi "
              "cố vấn học tập gặp lớp ít nhất hai lần trong tháng 12."),
            P("Đ/c Nguyễn Phước Bảo Châu: đề nghị chi bộ sớm giới thiệu hai quần chúng ưu tú là sinh viên năm thứ "
              "ba đi học lớp bồi dưỡng nhận thức về Đảng trong đợt tháng 12."),
            H("5. Kết luận"),
            P("Đồng chí chủ tọa kết luận: chi bộ thống nhất với đánh giá kết quả tháng 10 và nhiệm vụ tháng 12 như "
              "báo cáo, tiếp thu các ý kiến thảo luận. Trong tháng tới, tập trung hoàn thành đề cương học phần theo "
              "mẫu chung, gỡ vướng thủ tục cho hai đề tài cấp Bộ và làm tốt công tác phát triển đảng viên trong "
              "sinh viên."),
            H("6. Phân công"),
            P("Giao đồng chí Hồ Thị Ngọc Diệp chủ trì xây dựng mẫu đề cương học phần, gửi các bộ môn trước ngày "
              "30/11/2024. Giao đồng chí Trần Văn Quang làm việc với phòng Kế hoạch – Tài chính về thủ tục thanh "
              "toán đề tài, trong tháng 12. Giao đồng chí Nguyễn Phước Bảo Châu hoàn thiện hồ sơ giới thiệu quần "
              "chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng, trước ngày 05/12/2024."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản đã được thông qua tại cuộc họp, các "
              "đồng chí dự họp nhất trí 100%."),
            S(["THƯ KÝ", "", "", "Nguyễn Phước Bảo Châu"], ["CHỦ TỌA", "", "", "Lê Thị Thanh Hoà"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-14", "14:00", "16:30", "Phòng họp Khoa Lịch sử, 77 Nguyễn Huệ",
                    "CHI BỘ KHOA LỊCH SỬ", "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC KHOA HỌC"),
            "Lê Thị Thanh Hoà", "Bí thư chi bộ", "Nguyễn Phước Bảo Châu",
            attendance(15, 15, 0, 0, 0, 0),
            True,
            [],
            [task("Hồ Thị Ngọc Diệp", "chủ trì xây dựng mẫu đề cương học phần, gửi các bộ môn", "30/11/2024"),
             task("Trần Văn Quang", "làm việc với phòng Kế hoạch – Tài chính về thủ tục thanh toán đề tài",
                  "tháng 12"),
             task("Nguyễn Phước Bảo Châu",
                  "hoàn thiện hồ sơ giới thiệu quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng", "05/12/2024")],
            ["missing_vote"]),
    }],
})


# t06 — Bình Dương, wood-processing company; DejaVu Sans; "Đúng 14h00'"; everything filled in except the
# form's "(Ký, ghi rõ họ tên)" left under both signature titles (no dots anywhere).
DOCS.append({
    "name": "t06-binhduong-company-signature-template", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "justify": True, "indent": 24, "spacing": 1.45},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG UỶ CÔNG TY CỔ PHẦN GỖ MINH PHÁT", "CHI BỘ XƯỞNG TINH CHẾ"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Uyên, ngày 19 tháng 6 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 6/2024", size=12.5),
            G(8),
            P("Đúng 14h00' ngày 19/6/2024, tại phòng họp Xưởng Tinh chế, Chi bộ Xưởng Tinh chế tổ chức sinh hoạt "
              "định kỳ tháng 6/2024."),
            P("Tổng số đảng viên: 12 đồng chí. Có mặt: 11 đồng chí. Vắng: 01 đồng chí (đ/c Hồ Văn Lễ, đi công tác "
              "tại Bình Phước)."),
            P("Chủ trì: đ/c Dương Thị Ngọc Thuý – Bí thư chi bộ. Thư ký: đ/c Trương Công Định."),
            H("I. Tình hình sản xuất và công tác đảng tháng 5"),
            P("Xưởng hoàn thành 46 container hàng xuất khẩu, đạt 104% kế hoạch tháng; tỷ lệ hàng lỗi giảm còn "
              "1,8%. Công đoàn tổ chức khám sức khỏe định kỳ cho 320 công nhân. Chi bộ hoàn thành thu nộp đảng phí, "
              "giới thiệu 01 quần chúng học lớp nhận thức về Đảng. Hạn chế: bụi gỗ tại khu chà nhám vượt ngưỡng cho "
              "phép ở một số thời điểm; còn tình trạng công nhân nghỉ việc không báo trước."),
            H("II. Nhiệm vụ tháng 6"),
            P("Bảo đảm tiến độ đơn hàng cho khách hàng châu Âu; lắp thêm hệ thống hút bụi tại khu chà nhám; kiểm "
              "tra phòng cháy, chữa cháy kho sơn và kho gỗ sấy; thăm hỏi công nhân có hoàn cảnh khó khăn."),
            H("III. Ý kiến thảo luận"),
            P("Đ/c Phan Minh Khoa: hệ thống hút bụi hiện chỉ đáp ứng 6 máy chà nhám, đề nghị Ban Giám đốc đầu tư "
              "thêm một tổ hợp lọc bụi túi vải trước mùa mưa."),
            P("Đ/c Lương Thị Kim Oanh: công nhân nghỉ không báo trước phần lớn là lao động mới, đề nghị công đoàn "
              "gặp gỡ để nắm tâm tư và có chính sách giữ chân người lao động."),
            H("IV. Kết luận"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất nhiệm vụ tháng 6; ưu tiên cải thiện môi trường làm "
              "việc tại khu chà nhám và kiểm tra phòng cháy, chữa cháy; đề nghị Ban Giám đốc xem xét đầu tư hệ "
              "thống lọc bụi như ý kiến của đ/c Phan Minh Khoa."),
            P("Chi bộ biểu quyết: 11/11 đồng chí tán thành."),
            H("V. Tổ chức thực hiện"),
            P("Đ/c Trương Công Định phụ trách kiểm tra phòng cháy, chữa cháy kho sơn và kho gỗ sấy, hoàn thành "
              "trước ngày 30/6/2024. Đ/c Phan Minh Khoa chịu trách nhiệm theo dõi nồng độ bụi tại khu chà nhám, "
              "thường xuyên."),
            P("Cuộc họp kết thúc vào hồi 16 giờ 00 phút cùng ngày. Biên bản đã được đọc lại cho toàn thể đảng viên "
              "dự họp nghe và nhất trí thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Trương Công Định"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Dương Thị Ngọc Thuý"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-19", "14:00", "16:00", "phòng họp Xưởng Tinh chế", "CHI BỘ XƯỞNG TINH CHẾ",
                    "ĐẢNG UỶ CÔNG TY CỔ PHẦN GỖ MINH PHÁT"),
            "Dương Thị Ngọc Thuý", "Bí thư chi bộ", "Trương Công Định",
            attendance(12, 11, 1, 1, 0, 0, [("Hồ Văn Lễ", "đi công tác tại Bình Phước", True)]),
            True,
            [vote("kết luận", 11)],
            [task("Trương Công Định", "kiểm tra phòng cháy, chữa cháy kho sơn và kho gỗ sấy", "30/6/2024"),
             task("Phan Minh Khoa", "theo dõi nồng độ bụi tại khu chà nhám", "thường xuyên")],
            ["unfilled_template"]),
    }],
})


# t07 — army company cell; ranks before names; "Quân số đảng viên: 12/12"; exactly 90 minutes (not short);
# "Thay mặt chi ủy, đồng chí Bí thư kết luận"; "12/12 … đạt 100%". Clean.
DOCS.append({
    "name": "t07-army-company-90min-clean", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 36, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY TIỂU ĐOÀN BỘ BINH 2", "CHI BỘ ĐẠI ĐỘI 6", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sơn Tây, ngày 05 tháng 12 năm 2024"]),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 12/2024"),
            G(6),
            L("Thời gian: Từ 19 giờ 00 đến 20 giờ 30 ngày 05/12/2024."),
            L("Địa điểm: Hội trường Đại đội 6."),
            L("Quân số đảng viên: 12/12 đồng chí, đủ 100%."),
            L("Chủ trì: Thượng úy Trần Văn Thắng – Bí thư chi bộ, Chính trị viên đại đội."),
            L("Thư ký: Trung úy Lê Đức Anh – Phó Bí thư chi bộ."),
            H("I. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 11"),
            P("Chi bộ lãnh đạo đơn vị hoàn thành chương trình huấn luyện tháng 11, kiểm tra bắn súng tiểu liên AK "
              "bài 1 đạt 100% yêu cầu, trong đó 72% khá, giỏi; duy trì nghiêm chế độ trực sẵn sàng chiến đấu; tham "
              "gia giúp nhân dân xã Cổ Đông thu hoạch lúa mùa với 240 ngày công. Không có quân nhân vi phạm kỷ luật. "
              "Hạn chế: việc bảo quản vũ khí, trang bị ở một số tiểu đội chưa thường xuyên; chiến sĩ mới còn lúng "
              "túng khi thực hiện các bước trong điều lệnh đội ngũ."),
            H("II. NHIỆM VỤ THÁNG 12"),
            P("Hoàn thành kiểm tra kết thúc năm huấn luyện; tổ chức tốt các hoạt động kỷ niệm 80 năm Ngày thành "
              "lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc phòng toàn dân; làm tốt công tác chuẩn bị "
              "xuất ngũ cho quân nhân hết hạn phục vụ; bảo đảm an toàn tuyệt đối trong huấn luyện và sinh hoạt."),
            H("III. Ý KIẾN THẢO LUẬN"),
            P("Đồng chí Thiếu úy Nguyễn Hữu Phước đề nghị tăng giờ ôn luyện điều lệnh cho chiến sĩ mới vào buổi "
              "chiều thứ Bảy, do cán bộ trung đội trực tiếp hướng dẫn."),
            P("Đồng chí Thượng sĩ Hoàng Văn Nam cho rằng kho vũ khí của đại đội cần bổ sung máy hút ẩm trước mùa "
              "nồm, đồng thời kiểm tra lại sổ sách xuất nhập."),
            H("IV. KẾT LUẬN"),
            P("Thay mặt chi ủy, đồng chí Bí thư kết luận: chi bộ nhất trí đánh giá kết quả tháng 11 và nhiệm vụ "
              "tháng 12; tập trung cho kiểm tra kết thúc năm huấn luyện, phấn đấu đơn vị đạt khá trở lên; mỗi đảng "
              "viên phụ trách kèm cặp ít nhất một chiến sĩ mới."),
            P("Biểu quyết: 12/12 đồng chí tán thành nghị quyết, đạt 100%."),
            H("V. PHÂN CÔNG"),
            P("Giao đồng chí Trung úy Lê Đức Anh, Phó Đại đội trưởng, chịu trách nhiệm tổ chức ôn luyện điều lệnh "
              "cho chiến sĩ mới, hoàn thành trước 20/12/2024. Đồng chí Thượng sĩ Hoàng Văn Nam phụ trách kiểm tra, "
              "bảo quản kho vũ khí của đại đội, thường xuyên."),
            P("Cuộc họp kết thúc hồi 20 giờ 30 phút cùng ngày. Biên bản đã thông qua, các đồng chí dự họp nhất trí."),
            S(["THƯ KÝ", "", "", "Trung úy Lê Đức Anh"], ["BÍ THƯ", "", "", "Thượng úy Trần Văn Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-05", "19:00", "20:30", "Hội trường Đại đội 6", "CHI BỘ ĐẠI ĐỘI 6",
                    "ĐẢNG ỦY TIỂU ĐOÀN BỘ BINH 2"),
            "Trần Văn Thắng", "Bí thư chi bộ", "Lê Đức Anh",
            attendance(12, 12, 0, 0, 0, 0),
            True,
            [vote("nghị quyết", 12, pct=100)],
            [task("Lê Đức Anh", "tổ chức ôn luyện điều lệnh cho chiến sĩ mới", "20/12/2024"),
             task("Hoàng Văn Nam", "kiểm tra, bảo quản kho vũ khí của đại đội", "thường xuyên")],
            []),
    }],
})


# t08 — a small minute BOOK of one Sơn La village cell (Thái names), July–November 2024, typed continuously:
# each minute starts right after the previous one's signatures (mid-page when there is room); page numbers
# at the bottom. October has no meeting (missing_month); July–September (a quarter the book covers
# entirely) has no thematic meeting (no_thematic_in_quarter); đ/c Quàng Văn Pấng is absent without reason
# in July, September and November (repeated_absence). The thematic meeting of Q4 is held apart on 22/11.
_B_CELL, _B_COMM = "CHI BỘ BẢN MÉ", "ĐẢNG BỘ XÃ CHIỀNG MUNG"
_B_LOC = "nhà văn hóa bản Mé"


def _bhead(day_line):
    return HD([_B_COMM, _B_CELL], ["ĐẢNG CỘNG SẢN VIỆT NAM", day_line])


DOCS.append({
    "name": "t08-sonla-book-jul-nov-2024", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.3,
              "foot": "- {n} -", "bottom": 62},
    "between": 30,
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "minutes": [
        {   # July
            "blocks": [
                _bhead("Chiềng Mung, ngày 04 tháng 7 năm 2024"),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2024"),
                G(4),
                L("Thời gian: bắt đầu 19 giờ 30 phút, ngày 04/7/2024."),
                L("Địa điểm: nhà văn hóa bản Mé."),
                P("Thành phần: chi bộ có 21 đảng viên, có mặt 19 đồng chí. Vắng 02 đồng chí: đ/c Vì Thị Mai (đi "
                  "khám bệnh ở tỉnh), đ/c Quàng Văn Pấng (không có lý do).", indent=0),
                L("Chủ trì: đ/c Lò Văn Thưởng – Bí thư chi bộ."),
                L("Thư ký: đ/c Cầm Thị Hoà."),
                L("1. Tình hình tháng 6", bold=True),
                P("Bản trồng xong 35 ha ngô và 8 ha lúa nương; nhân dân góp 210 ngày công làm rãnh thoát nước "
                  "trục chính của bản. Xoài tròn Yên Châu và nhãn chín sớm được thương lái thu mua tại vườn, giá "
                  "ổn định. Hạn chế: còn 03 hộ chưa làm nhà tiêu hợp vệ sinh; một đảng viên vắng sinh hoạt không "
                  "báo cáo."),
                L("2. Nhiệm vụ tháng 7", bold=True),
                P("Chăm sóc ngô, lúa nương; phòng chống lũ quét, sạt lở; vận động các hộ làm nhà tiêu hợp vệ "
                  "sinh; tiếp tục tiêu thụ nhãn cho bà con qua hợp tác xã."),
                L("3. Ý kiến", bold=True),
                P("Đ/c Lường Văn Inh đề nghị tổ an ninh bản trực đêm ở đầu cầu treo khi có mưa lớn. Đ/c Tòng "
                  "Thị Xuân nói chi hội phụ nữ sẽ nhận giúp 03 hộ làm nhà tiêu trong tháng."),
                P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 7, trước hết là phòng chống lũ quét "
                  "và tiêu thụ nhãn; chi ủy gặp đ/c Quàng Văn Pấng để nhắc nhở việc vắng sinh hoạt."),
                P("Chi bộ biểu quyết thông qua kết luận: 19/19 đồng chí tán thành."),
                P("Giao đ/c Lường Văn Inh phụ trách tổ trực đầu cầu treo trong mùa mưa, thực hiện thường xuyên. Giao "
                  "đ/c Tòng Thị Xuân giúp 03 hộ làm nhà tiêu, xong trong tháng 7."),
                P("Cuộc họp kết thúc lúc 21 giờ 40 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
                S(["THƯ KÝ", "", "", "Cầm Thị Hoà"], ["BÍ THƯ", "", "", "Lò Văn Thưởng"]),
            ],
            "truth": minute(
                meeting("regular", "2024-07-04", "19:30", "21:40", _B_LOC, _B_CELL, _B_COMM),
                "Lò Văn Thưởng", "Bí thư chi bộ", "Cầm Thị Hoà",
                attendance(21, 19, 2, 1, 1, 0, [("Vì Thị Mai", "đi khám bệnh ở tỉnh", True),
                                                ("Quàng Văn Pấng", "không có lý do", False)]),
                True,
                [vote("kết luận", 19)],
                [task("Lường Văn Inh", "phụ trách tổ trực đầu cầu treo trong mùa mưa", "thường xuyên"),
                 task("Tòng Thị Xuân", "giúp 03 hộ làm nhà tiêu", "tháng 7")],
                ["unexcused_absence"]),
        },
        {   # August — conclusion but no vote
            "blocks": [
                _bhead("Chiềng Mung, ngày 06 tháng 8 năm 2024"),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2024"),
                G(4),
                L("Thời gian: bắt đầu 19 giờ 30 phút, ngày 06/8/2024."),
                L("Địa điểm: nhà văn hóa bản Mé."),
                P("Thành phần: chi bộ có 21 đảng viên, có mặt 20 đồng chí, vắng 01 đồng chí: đ/c Tòng Thị Xuân "
                  "(sinh con).", indent=0),
                L("Chủ trì: đ/c Lò Văn Thưởng – Bí thư chi bộ."),
                L("Thư ký: đ/c Cầm Thị Hoà."),
                L("1. Tình hình tháng 7", bold=True),
                P("Mưa lớn ngày 18/7 làm sạt taluy đường lên khu nương Co Phay, bản đã huy động 60 người dọn thông "
                  "đường trong một ngày. Hợp tác xã tiêu thụ được 42 tấn nhãn cho bà con. 03 hộ đã có nhà tiêu hợp "
                  "vệ sinh. Đ/c Quàng Văn Pấng đã đi sinh hoạt trở lại và hứa không tái phạm."),
                L("2. Nhiệm vụ tháng 8", bold=True),
                P("Tiếp tục phòng chống thiên tai; làm cỏ ngô lần hai; chuẩn bị cho học sinh vào năm học mới, "
                  "không để em nào bỏ học; rà soát hộ nghèo, cận nghèo cuối năm."),
                L("3. Ý kiến", bold=True),
                P("Đ/c Hoàng Văn Chiến đề nghị xin hỗ trợ rọ thép để kè đoạn taluy Co Phay. Đ/c Cà Văn Liên đề "
                  "nghị lập danh sách học sinh có nguy cơ bỏ học để các đảng viên đến từng gia đình vận động."),
                P("Đồng chí Bí thư kết luận: chi bộ nhất trí nhiệm vụ tháng 8; đề nghị xã hỗ trợ rọ thép kè taluy; "
                  "việc vận động học sinh ra lớp là trách nhiệm của từng đảng viên với các hộ mình phụ trách."),
                P("Giao đ/c Hoàng Văn Chiến làm tờ trình xin hỗ trợ rọ thép gửi Ủy ban nhân dân xã trước ngày "
                  "15/8/2024. Giao đ/c Cà Văn Liên lập danh sách học sinh có nguy cơ bỏ học, báo cáo tại kỳ họp "
                  "tháng 9."),
                P("Cuộc họp kết thúc lúc 21 giờ 30 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
                S(["THƯ KÝ", "", "", "Cầm Thị Hoà"], ["BÍ THƯ", "", "", "Lò Văn Thưởng"]),
            ],
            "truth": minute(
                meeting("regular", "2024-08-06", "19:30", "21:30", _B_LOC, _B_CELL, _B_COMM),
                "Lò Văn Thưởng", "Bí thư chi bộ", "Cầm Thị Hoà",
                attendance(21, 20, 1, 1, 0, 0, [("Tòng Thị Xuân", "sinh con", True)]),
                True,
                [],
                [task("Hoàng Văn Chiến", "làm tờ trình xin hỗ trợ rọ thép gửi Ủy ban nhân dân xã", "15/8/2024"),
                 task("Cà Văn Liên", "lập danh sách học sinh có nguy cơ bỏ học", "kỳ họp tháng 9")],
                ["missing_vote"]),
        },
        {   # September — unexcused again, no opinions recorded
            "blocks": [
                _bhead("Chiềng Mung, ngày 05 tháng 9 năm 2024"),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9 NĂM 2024"),
                G(4),
                L("Thời gian: bắt đầu 19 giờ 00 phút, ngày 05/9/2024."),
                L("Địa điểm: nhà văn hóa bản Mé."),
                P("Thành phần: chi bộ có 21 đảng viên, có mặt 20 đồng chí. Vắng 01 đồng chí: đ/c Quàng Văn Pấng "
                  "(không có lý do).", indent=0),
                L("Chủ trì: đ/c Lò Văn Thưởng – Bí thư chi bộ."),
                L("Thư ký: đ/c Cầm Thị Hoà."),
                L("1. Tình hình tháng 8", bold=True),
                P("Toàn bộ 47 học sinh của bản đã ra lớp, không có em bỏ học. Xã đã nhận tờ trình và hứa hỗ trợ rọ "
                  "thép trong quý IV. Bản rà soát được 06 hộ nghèo, 09 hộ cận nghèo. Ngô hè thu phát triển tốt, một "
                  "số diện tích bị sâu keo mùa thu gây hại nhẹ."),
                L("2. Nhiệm vụ tháng 9", bold=True),
                P("Phòng trừ sâu keo trên ngô; chuẩn bị thu hoạch lúa nương; tổ chức Tết Trung thu cho thiếu nhi "
                  "trong bản; tiếp tục vận động các hộ nuôi nhốt gia súc."),
                P("Chi bộ đã thảo luận, thống nhất với báo cáo và nhiệm vụ tháng 9."),
                P("Đồng chí Bí thư kết luận: tập trung phòng trừ sâu keo và tổ chức Tết Trung thu chu đáo; đ/c Quàng "
                  "Văn Pấng đã hai lần vắng sinh hoạt không có lý do, chi ủy sẽ làm việc trực tiếp và báo cáo chi bộ."),
                P("Chi bộ biểu quyết: 20/20 đồng chí tán thành kết luận."),
                P("Giao đ/c Lường Văn Inh phối hợp cán bộ khuyến nông hướng dẫn phòng trừ sâu keo, trong tháng 9. Giao "
                  "đ/c Vì Thị Mai cùng chi đoàn tổ chức Tết Trung thu cho thiếu nhi, trước ngày 17/9/2024."),
                P("Cuộc họp kết thúc lúc 21 giờ 00 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
                S(["THƯ KÝ", "", "", "Cầm Thị Hoà"], ["BÍ THƯ", "", "", "Lò Văn Thưởng"]),
            ],
            "truth": minute(
                meeting("regular", "2024-09-05", "19:00", "21:00", _B_LOC, _B_CELL, _B_COMM),
                "Lò Văn Thưởng", "Bí thư chi bộ", "Cầm Thị Hoà",
                attendance(21, 20, 1, 0, 1, 0, [("Quàng Văn Pấng", "không có lý do", False)]),
                True,
                [vote("kết luận", 20)],
                [task("Lường Văn Inh", "phối hợp cán bộ khuyến nông hướng dẫn phòng trừ sâu keo", "tháng 9"),
                 task("Vì Thị Mai", "cùng chi đoàn tổ chức Tết Trung thu cho thiếu nhi", "17/9/2024")],
                ["no_discussion", "unexcused_absence"]),
        },
        {   # November (regular) — third unexcused absence; only a general call, no named task
            "blocks": [
                _bhead("Chiềng Mung, ngày 05 tháng 11 năm 2024"),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024"),
                G(4),
                L("Thời gian: bắt đầu 19 giờ 30 phút, ngày 05/11/2024."),
                L("Địa điểm: nhà văn hóa bản Mé."),
                P("Thành phần: chi bộ có 21 đảng viên, có mặt 19 đồng chí. Vắng 02 đồng chí: đ/c Lường Văn Inh (đi "
                  "làm ăn xa, có báo cáo), đ/c Quàng Văn Pấng (không có lý do).", indent=0),
                L("Chủ trì: đ/c Lò Văn Thưởng – Bí thư chi bộ."),
                L("Thư ký: đ/c Cầm Thị Hoà."),
                L("1. Tình hình tháng 10", bold=True),
                P("Do chi bộ tập trung giúp nhân dân thu hoạch lúa nương và khắc phục sạt lở sau mưa lớn, tháng 10 "
                  "chi bộ không tổ chức sinh hoạt. Bản đã thu hoạch xong lúa nương, năng suất ước 28 tạ/ha; xã đã "
                  "cấp 40 rọ thép, bà con kè xong đoạn taluy Co Phay."),
                L("2. Nhiệm vụ tháng 11", bold=True),
                P("Thu hoạch ngô hè thu; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở bản; chuẩn bị sinh hoạt chuyên "
                  "đề quý IV; xem xét trường hợp đ/c Quàng Văn Pấng nhiều lần vắng sinh hoạt không có lý do."),
                L("3. Ý kiến", bold=True),
                P("Đ/c Điêu Chính Tâm đề nghị Ngày hội có thi nấu ăn và múa xòe để bà con cùng tham gia. Đ/c Tòng "
                  "Thị Xuân đề nghị chi ủy mời đ/c Quàng Văn Pấng đến buổi sinh hoạt chuyên đề để chi bộ góp ý."),
                P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 11; chi ủy lập hồ sơ, báo cáo Đảng ủy "
                  "xã về trường hợp đ/c Quàng Văn Pấng theo quy định của Điều lệ Đảng."),
                P("Chi bộ biểu quyết: 19/19 đồng chí tán thành."),
                P("Đề nghị các đồng chí đảng viên gương mẫu, vận động gia đình và bà con tham gia Ngày hội Đại đoàn "
                  "kết và hoàn thành thu hoạch ngô."),
                P("Cuộc họp kết thúc lúc 21 giờ 35 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
                S(["THƯ KÝ", "", "", "Cầm Thị Hoà"], ["BÍ THƯ", "", "", "Lò Văn Thưởng"]),
            ],
            "truth": minute(
                meeting("regular", "2024-11-05", "19:30", "21:35", _B_LOC, _B_CELL, _B_COMM),
                "Lò Văn Thưởng", "Bí thư chi bộ", "Cầm Thị Hoà",
                attendance(21, 19, 2, 1, 1, 0, [("Lường Văn Inh", "đi làm ăn xa, có báo cáo", True),
                                                ("Quàng Văn Pấng", "không có lý do", False)]),
                True,
                [vote("kết luận", 19)],
                [],
                ["missing_assignments", "unexcused_absence"]),
        },
        {   # November (thematic) — not read back
            "blocks": [
                _bhead("Chiềng Mung, ngày 22 tháng 11 năm 2024"),
                C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2024"),
                C("“Phát huy vai trò của đảng viên trong giữ gìn bản sắc văn hóa dân tộc Thái gắn với phát triển du "
                  "lịch cộng đồng”", bold=False, italic=True),
                G(4),
                L("Thời gian: bắt đầu 14 giờ 00 phút, ngày 22/11/2024."),
                L("Địa điểm: nhà văn hóa bản Mé."),
                P("Thành phần: chi bộ có 21 đảng viên, có mặt đủ 21/21 đồng chí.", indent=0),
                L("Chủ trì: đ/c Lò Văn Thưởng – Bí thư chi bộ."),
                L("Thư ký: đ/c Cầm Thị Hoà."),
                P("Đ/c Điêu Chính Tâm, Chi ủy viên trình bày chuyên đề: bản Mé còn giữ được 26 nếp nhà sàn cổ, đội "
                  "văn nghệ 18 người và nghề dệt thổ cẩm; năm 2024 bản đón khoảng 600 lượt khách, chủ yếu vào dịp lễ "
                  "hội Xên bản. Hạn chế: một số hộ dỡ nhà sàn làm nhà xây; thanh niên ít theo học dệt, múa xòe."),
                L("Ý kiến thảo luận:", bold=True),
                P("Đ/c Vì Thị Mai đề nghị mở lớp dạy dệt thổ cẩm cho các em gái vào mùa nông nhàn. Đ/c Quàng Văn "
                  "Pấng nhận khuyết điểm trước chi bộ về việc vắng sinh hoạt và hứa sửa chữa. Đ/c Hoàng Văn Chiến đề "
                  "nghị vận động 05 hộ có nhà sàn đẹp làm điểm đón khách ở nhà dân."),
                P("Đồng chí Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi đảng viên là một tuyên "
                  "truyền viên giữ gìn nhà sàn, trang phục và lễ hội truyền thống của dân tộc Thái."),
                P("Chi bộ biểu quyết thông qua chuyên đề: 21/21 đồng chí tán thành, đạt 100%."),
                P("Giao đ/c Vì Thị Mai phụ trách mở lớp dạy dệt thổ cẩm, trong Quý I năm 2025. Giao đ/c Hoàng Văn "
                  "Chiến vận động 05 hộ làm điểm đón khách ở nhà dân, trước ngày 31/12/2024."),
                P("Buổi sinh hoạt chuyên đề kết thúc lúc 16 giờ 00 phút cùng ngày."),
                S(["THƯ KÝ", "", "", "Cầm Thị Hoà"], ["BÍ THƯ", "", "", "Lò Văn Thưởng"]),
            ],
            "truth": minute(
                meeting("thematic", "2024-11-22", "14:00", "16:00", _B_LOC, _B_CELL, _B_COMM,
                        topic="Phát huy vai trò của đảng viên trong giữ gìn bản sắc văn hóa dân tộc Thái gắn với "
                              "phát triển du lịch cộng đồng"),
                "Lò Văn Thưởng", "Bí thư chi bộ", "Cầm Thị Hoà",
                attendance(21, 21, 0, 0, 0, 0),
                True,
                [vote("chuyên đề", 21, pct=100)],
                [task("Vì Thị Mai", "mở lớp dạy dệt thổ cẩm", "Quý I năm 2025"),
                 task("Hoàng Văn Chiến", "vận động 05 hộ làm điểm đón khách ở nhà dân", "31/12/2024")],
                ["not_approved"]),
        },
    ],
})


# t09 — Thanh Hóa, village cell; size 14; "1/ 2/" headings; "Vào lúc 19h00"; chair and secretary in two
# short sentences; named opinions; the conclusion voted "20/20 đồng chí nhất trí"; only a general call to
# the members and mass organisations; the minutes end with the closing time and are never read back.
DOCS.append({
    "name": "t09-thanhhoa-village-not-approved-no-assignments", "folder": "test",
    "style": {"family": "serif", "size": 14, "justify": False, "indent": 30, "spacing": 1.25, "left": 70,
              "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HOẰNG LỘC", "CHI BỘ THÔN PHÚ QUÝ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hoằng Lộc, ngày 06 tháng 4 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2024"),
            G(6),
            P("Vào lúc 19h00 ngày 06/4/2024, Chi bộ thôn Phú Quý họp tại Nhà văn hóa thôn."),
            P("Thành phần: đảng viên của chi bộ gồm 22 đồng chí, có mặt 20 đồng chí; vắng 02 đồng chí: đ/c Lê Văn "
              "Thịnh (ốm), đ/c Nguyễn Thị Loan (đi làm ở Bình Dương)."),
            P("Đồng chí Lê Đình Hoan – Bí thư chi bộ chủ trì. Đồng chí Nguyễn Văn Quyết ghi biên bản."),
            H("1/ Thông báo"),
            P("Đồng chí Bí thư thông báo lịch tiếp dân của Đảng ủy xã, kết quả xét tuyển nghĩa vụ quân sự năm 2024 "
              "(thôn có 03 thanh niên nhập ngũ) và kế hoạch dồn điền đổi thửa giai đoạn 2 của xã."),
            H("2/ Kết quả tháng 3"),
            P("Thôn tổ chức tiễn 03 thanh niên lên đường nhập ngũ chu đáo; gieo cấy xong 62 ha lúa chiêm xuân; "
              "hoàn thành sửa chữa mái nhà văn hóa bằng nguồn xã hội hóa 85 triệu đồng. Còn tồn tại: một số hộ "
              "chưa đồng thuận phương án dồn điền đổi thửa; rác thải ở khu vực chợ Bùng chưa được thu gom kịp thời."),
            H("3/ Nhiệm vụ tháng 4"),
            P("Chăm sóc lúa chiêm xuân, phòng trừ rầy nâu; tổ chức họp dân lấy ý kiến phương án dồn điền đổi thửa; "
              "tổng vệ sinh đường làng ngõ xóm; tổ chức kỷ niệm Ngày Giải phóng miền Nam 30/4."),
            H("4/ Thảo luận"),
            P("Đ/c Lê Đình Cường: phương án dồn điền cần công khai bản đồ từng thửa, để bà con biết ruộng mới ở "
              "đâu thì mới đồng thuận."),
            P("Đ/c Hoàng Thị Tâm: đề nghị thôn bố trí thêm thùng rác ở cổng chợ và quy định giờ đổ rác."),
            H("5/ Kết luận"),
            P("Đồng chí chủ trì kết luận: chi bộ nhất trí nhiệm vụ tháng 4; việc dồn điền đổi thửa phải làm dân "
              "chủ, công khai; thôn sớm bố trí thùng rác ở khu vực chợ. Chi bộ biểu quyết thông qua: 20/20 đồng chí "
              "nhất trí."),
            H("6/ Tổ chức thực hiện"),
            P("Đề nghị các đồng chí đảng viên, các chi hội đoàn thể trong thôn bám sát nội dung nghị quyết, tổ chức "
              "thực hiện có hiệu quả."),
            P("Buổi họp kết thúc lúc 21h10."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Nguyễn Văn Quyết"], ["NGƯỜI CHỦ TRÌ", "", "", "Lê Đình Hoan"]),
        ],
        "truth": minute(
            meeting("regular", "2024-04-06", "19:00", "21:10", "Nhà văn hóa thôn", "CHI BỘ THÔN PHÚ QUÝ",
                    "ĐẢNG BỘ XÃ HOẰNG LỘC"),
            "Lê Đình Hoan", "Bí thư chi bộ", "Nguyễn Văn Quyết",
            attendance(22, 20, 2, 2, 0, 0, [("Lê Văn Thịnh", "ốm", True),
                                            ("Nguyễn Thị Loan", "đi làm ở Bình Dương", True)]),
            True,
            [vote("kết luận", 20)],
            [],
            ["missing_assignments", "not_approved"]),
    }],
})


# t10 — Cần Thơ, ward cell; exempt members named, "Tham dự 25/27 đồng chí (trong đó dự bị 03)", two guests
# with roles; two votes: the conclusion (24 / 0 / 1) and recognising a probationary member as a full member,
# voted by full members only ("22/22 đảng viên chính thức có mặt tán thành (100%)"). Clean.
DOCS.append({
    "name": "t10-cantho-ward-exempt-guests-two-votes", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.35, "para_gap": 3,
              "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG AN KHÁNH", "CHI BỘ KHU VỰC 3", "Số: 12-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ninh Kiều, ngày 09 tháng 10 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 10 năm 2024", bold=False),
            G(6),
            L("Thời gian: 19 giờ 30 phút ngày 09/10/2024."),
            L("Địa điểm: Trụ sở Ban nhân dân khu vực 3."),
            P("Thành phần: Tổng số đảng viên: 31 đồng chí, trong đó 04 đồng chí được miễn sinh hoạt (các đ/c Trần "
              "Văn Lực, Nguyễn Thị Xuân, Huỳnh Văn Trọng, Lê Thị Sương). Tham dự 25/27 đồng chí (trong đó dự bị "
              "03). Vắng 02 đồng chí có lý do: đ/c Phan Thanh Tâm (đi viện), đ/c Ngô Kim Phượng (về quê chăm mẹ).",
              indent=0),
            P("Đại biểu: đồng chí Lâm Văn Nghĩa – Đảng ủy viên, phụ trách chi bộ; đồng chí Trịnh Thị Diễm – Trưởng "
              "ban nhân dân khu vực.", indent=0),
            L("Người chủ trì: đồng chí Võ Văn Hậu – Bí thư chi bộ."),
            L("Thư ký: đồng chí Nguyễn Thị Bé Ba."),
            H("1. Thông tin thời sự"),
            P("Đồng chí Lâm Văn Nghĩa thông tin về công tác chuẩn bị đại hội đảng bộ các cấp, việc lấy ý kiến góp "
              "ý dự thảo văn kiện và tình hình triều cường dâng cao cuối tháng 10 tại các tuyến đường ven sông."),
            H("2. Kiểm điểm tháng 9 và nhiệm vụ tháng 10"),
            P("Tháng 9, khu vực vận động 100% hộ dân treo cờ dịp Quốc khánh; phối hợp công an phường lập lại trật "
              "tự hẻm 91; trao 12 phần quà Trung thu cho thiếu nhi khó khăn. Hạn chế: còn tình trạng lấn chiếm lòng "
              "đường để buôn bán tại khu chợ tạm; việc phân loại rác tại nguồn chưa được duy trì. Tháng 10, tập "
              "trung phòng chống triều cường, giải tỏa lấn chiếm lòng đường khu chợ tạm, triển khai góp ý dự thảo "
              "văn kiện trong nhân dân."),
            H("3. Xét đề nghị công nhận đảng viên chính thức"),
            P("Chi bộ nghe đồng chí Lê Hoàng Phúc báo cáo kết quả rèn luyện trong thời gian dự bị, nghe ý kiến "
              "nhận xét của đảng viên giúp đỡ và của các đoàn thể. Chi bộ biểu quyết: 22/22 đảng viên chính thức có "
              "mặt tán thành (100%), đề nghị Đảng ủy phường công nhận đảng viên chính thức cho đồng chí Lê Hoàng "
              "Phúc."),
            H("4. Ý kiến thảo luận"),
            P("Đồng chí Huỳnh Thị Mỹ Tiên: các hộ buôn bán ở chợ tạm đa số là người nghèo, đề nghị phường bố trí "
              "điểm bán có thời gian thay vì giải tỏa ngay."),
            P("Đồng chí Đoàn Văn Mến: đề nghị tổ chức góp ý dự thảo văn kiện theo từng tổ nhân dân tự quản để bà "
              "con dễ tham gia."),
            H("5. Kết luận của đồng chí Bí thư"),
            P("Chi bộ thống nhất nhiệm vụ tháng 10. Việc giải tỏa lấn chiếm thực hiện theo lộ trình, kiến nghị "
              "phường bố trí điểm bán có thời gian cho hộ nghèo; lấy ý kiến góp ý văn kiện theo tổ nhân dân tự "
              "quản, tổng hợp gửi Đảng ủy phường đúng hạn."),
            P("Chi bộ biểu quyết thông qua kết luận: tán thành 24, không tán thành 0, không biểu quyết 1."),
            H("6. Phân công"),
            P("Giao đồng chí Võ Văn Hậu hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức, gửi Đảng ủy phường "
              "trước ngày 15/10/2024. Đồng chí Huỳnh Thị Mỹ Tiên (Tổ trưởng tổ đảng 2) phụ trách vận động các hộ "
              "buôn bán chấp hành điểm bán có thời gian, trong tháng 10. Đồng chí Đoàn Văn Mến tổng hợp ý kiến góp "
              "ý dự thảo văn kiện, trước ngày 25/10/2024."),
            P("Cuộc họp kết thúc vào lúc 21 giờ 40 phút. Biên bản đã được đọc lại trước chi bộ và được nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Nguyễn Thị Bé Ba"], ["T/M CHI ỦY", "BÍ THƯ", "", "Võ Văn Hậu"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-09", "19:30", "21:40", "Trụ sở Ban nhân dân khu vực 3", "CHI BỘ KHU VỰC 3",
                    "ĐẢNG BỘ PHƯỜNG AN KHÁNH"),
            "Võ Văn Hậu", "Bí thư chi bộ", "Nguyễn Thị Bé Ba",
            attendance(31, 25, 2, 2, 0, 4, [("Phan Thanh Tâm", "đi viện", True),
                                            ("Ngô Kim Phượng", "về quê chăm mẹ", True)],
                       [("Lâm Văn Nghĩa", "Đảng ủy viên, phụ trách chi bộ"),
                        ("Trịnh Thị Diễm", "Trưởng ban nhân dân khu vực")]),
            True,
            [vote("đề nghị công nhận đảng viên chính thức cho đồng chí Lê Hoàng Phúc", 22, pct=100),
             vote("kết luận", 24, 0, 1)],
            [task("Võ Văn Hậu", "hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức, gửi Đảng ủy phường",
                  "15/10/2024"),
             task("Huỳnh Thị Mỹ Tiên", "vận động các hộ buôn bán chấp hành điểm bán có thời gian", "tháng 10"),
             task("Đoàn Văn Mến", "tổng hợp ý kiến góp ý dự thảo văn kiện", "25/10/2024")],
            []),
    }],
})


# t11 — Quảng Ninh, coal-mine workshop; scan only (grey JPEG, 250 dpi, tilted); a meeting after the shift
# that lasts 80 minutes; conclusion with no vote; one assignment.
DOCS.append({
    "name": "t11-quangninh-mine", "folder": "test", "born_digital": False,
    "scans": [{"name": "t11-quangninh-mine-scan-moderate", "folder": "test", "damage": "moderate", "seed": 11,
               "dpi": 250}],
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.35},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY THAN NAM SƠN", "CHI BỘ PHÂN XƯỞNG KHAI THÁC 3"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 07 tháng 3 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 3 NĂM 2024"),
            G(6),
            L("Thời gian: 13 giờ 30 phút ngày 07/3/2024 (sau ca 1)."),
            L("Địa điểm: Nhà giao ca Phân xưởng Khai thác 3."),
            P("Đảng viên: 23 đồng chí; có mặt 22 đồng chí; vắng 01 đồng chí: đ/c Đoàn Văn Khởi – đang điều trị tai "
              "nạn lao động.", indent=0),
            L("Chủ trì: đ/c Bùi Quang Hưng – Bí thư chi bộ, Quản đốc."),
            L("Thư ký: đ/c Vi Văn Thuận."),
            H("1. Kết quả tháng 2"),
            P("Phân xưởng khai thác 41.200 tấn than nguyên khai, đạt 98% kế hoạch; đào 320 m lò chuẩn bị. Ngày "
              "21/2 xảy ra 01 vụ tai nạn lao động nhẹ do đá rơi tại lò chợ mức -150, làm đ/c Đoàn Văn Khởi bị "
              "thương ở chân. Công tác chăm lo đời sống thợ lò được duy trì, bữa ăn giữa ca bảo đảm."),
            H("2. Nhiệm vụ tháng 3"),
            P("Phấn đấu đạt 43.000 tấn than; củng cố chống giữ lò chợ mức -150 bằng giá thủy lực di động; kiểm "
              "tra khí mỏ mỗi ca; tổ chức thăm hỏi gia đình đ/c Đoàn Văn Khởi."),
            H("3. Ý kiến"),
            P("Đ/c Nguyễn Văn Toản, Phó Quản đốc: vụ đá rơi có nguyên nhân do thợ lò chủ quan, không chèn kích nóc "
              "đúng hộ chiếu; đề nghị kiểm điểm trách nhiệm trưởng ca."),
            P("Đ/c Lý Văn Sáng: đề nghị công đoàn hỗ trợ thêm cho gia đình đ/c Khởi trong thời gian điều trị."),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất nhiệm vụ tháng 3; an toàn là trên hết, trưởng ca phải "
              "kiểm điểm trước phân xưởng; công đoàn lập danh sách hỗ trợ gia đình đ/c Đoàn Văn Khởi."),
            P("Đ/c Nguyễn Văn Toản chịu trách nhiệm lắp đặt giá thủy lực di động tại lò chợ mức -150, hoàn thành "
              "trước 15/3/2024."),
            P("Cuộc họp kết thúc lúc 14 giờ 50 phút. Biên bản đọc lại, chi bộ nhất trí."),
            S(["THƯ KÝ", "", "", "Vi Văn Thuận"], ["BÍ THƯ", "", "", "Bùi Quang Hưng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-03-07", "13:30", "14:50", "Nhà giao ca Phân xưởng Khai thác 3",
                    "CHI BỘ PHÂN XƯỞNG KHAI THÁC 3", "ĐẢNG BỘ CÔNG TY THAN NAM SƠN"),
            "Bùi Quang Hưng", "Bí thư chi bộ", "Vi Văn Thuận",
            attendance(23, 22, 1, 1, 0, 0, [("Đoàn Văn Khởi", "đang điều trị tai nạn lao động", True)]),
            True,
            [],
            [task("Nguyễn Văn Toản", "lắp đặt giá thủy lực di động tại lò chợ mức -150", "15/3/2024")],
            ["missing_vote", "short_meeting"]),
    }],
})


# t12 — Bắc Ninh, village cell, 2025; scan only (binarised G4, 300 dpi); an old printed form: "Số: ……/BB-CB",
# guests left as dots, "(ghi rõ họ tên)" under the titles; counts only, absentees not named
# ("có lý do: 04; không lý do: 01"); 25 of 30 required members present.
DOCS.append({
    "name": "t12-bacninh-form", "folder": "test", "born_digital": False,
    "scans": [{"name": "t12-bacninh-form-scan-clean", "folder": "test", "damage": "clean", "seed": 12,
               "dpi": 300}],
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TRÍ QUẢ", "CHI BỘ THÔN ĐÔNG CÔI", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Trí Quả, ngày 04 tháng 02 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
            C("Tháng 02 năm 2025"),
            G(6),
            L("Thời gian: Bắt đầu 19 giờ 30 phút, ngày 04/02/2025."),
            L("Địa điểm: Nhà văn hóa thôn Đông Côi."),
            L("Tổng số đảng viên: 35 đồng chí."),
            L("Số đảng viên được miễn sinh hoạt: 05 đồng chí."),
            L("Số đảng viên có mặt: 25/30 đồng chí."),
            L("Vắng: 05 đồng chí (có lý do: 04; không lý do: 01)."),
            L("Khách mời: ………………………………………………………………"),
            L("Chủ trì: đ/c Nguyễn Văn Quảng – Bí thư chi bộ."),
            L("Thư ký: đ/c Ngô Thị Thu Huyền."),
            H("NỘI DUNG SINH HOẠT"),
            L("1. Đánh giá việc tổ chức Tết Nguyên đán Ất Tỵ 2025", bold=True),
            P("Thôn tổ chức đón Tết vui tươi, an toàn; thăm hỏi, tặng quà 46 gia đình chính sách và hộ nghèo; "
              "không có cháy nổ, không có người đốt pháo. Lễ hội đầu xuân ở đình Đông Côi được tổ chức trang "
              "trọng, tiết kiệm. Hạn chế: còn tình trạng tụ tập uống rượu, đánh bài trong những ngày Tết; một số "
              "đảng viên chưa dự sinh hoạt đầy đủ.", indent=20),
            L("2. Nhiệm vụ tháng 2", bold=True),
            P("Ra quân sản xuất vụ xuân, gieo cấy xong trước ngày 20/2; tổ chức Tết trồng cây; chuẩn bị tuyển quân "
              "năm 2025; thu nộp đảng phí quý I; tiếp tục thực hiện sắp xếp tổ chức bộ máy theo chủ trương của "
              "cấp trên.", indent=20),
            L("3. Ý kiến tham gia", bold=True),
            P("Đ/c Nguyễn Thị Mận: đề nghị thôn thuê máy cấy để kịp thời vụ vì lao động trẻ đã đi làm ở các khu "
              "công nghiệp. Đ/c Đỗ Văn Chính: đề nghị xử lý nghiêm các trường hợp đánh bài ăn tiền dịp lễ hội.",
              indent=20),
            L("4. Kết luận", bold=True),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 2, trong đó ưu tiên sản xuất vụ xuân "
              "đúng khung thời vụ và giữ gìn an ninh trật tự sau Tết; chi ủy nhắc nhở các đảng viên vắng sinh hoạt "
              "không có lý do.", indent=20),
            L("5. Biểu quyết: Tán thành: 25/25 đ/c; Không tán thành: 0 đ/c; Không biểu quyết: 0 đ/c."),
            L("6. Phân công", bold=True),
            P("Giao đ/c Đỗ Văn Chính liên hệ thuê máy cấy cho các hộ, trước ngày 28/02/2025. Giao đ/c Ngô Thị Thu "
              "Huyền thu nộp đảng phí, hoàn thành trong Quý I.", indent=20),
            P("Biên bản được đọc lại và thông qua trước chi bộ lúc 21 giờ 45 phút cùng ngày."),
            S(["THƯ KÝ", "(ghi rõ họ tên)", "", "Ngô Thị Thu Huyền"], ["BÍ THƯ", "(ghi rõ họ tên)", "", "Nguyễn Văn Quảng"]),
        ],
        "truth": minute(
            meeting("regular", "2025-02-04", "19:30", "21:45", "Nhà văn hóa thôn Đông Côi", "CHI BỘ THÔN ĐÔNG CÔI",
                    "ĐẢNG BỘ XÃ TRÍ QUẢ"),
            "Nguyễn Văn Quảng", "Bí thư chi bộ", "Ngô Thị Thu Huyền",
            attendance(35, 25, 5, 4, 1, 5),
            True,
            [vote("kết luận", 25, 0, 0)],
            [task("Đỗ Văn Chính", "liên hệ thuê máy cấy cho các hộ", "28/02/2025"),
             task("Ngô Thị Thu Huyền", "thu nộp đảng phí", "Quý I")],
            ["low_attendance", "unexcused_absence", "unfilled_template"]),
    }],
})


# t13 — Long An, hamlet cell; scan only (grey JPEG, 200 dpi, tilted); "Khai mạc lúc"; "đc"; the deputy
# secretary presides; one absentee named with a reason, one named with none; no chair's conclusion; the
# vote written out in words ("mười chín trên mười chín, đạt một trăm phần trăm").
DOCS.append({
    "name": "t13-longan-hamlet", "folder": "test", "born_digital": False,
    "scans": [{"name": "t13-longan-hamlet-scan-moderate", "folder": "test", "damage": "moderate", "seed": 13,
               "dpi": 200}],
    "style": {"family": "sans", "size": 12, "justify": False, "indent": 18, "spacing": 1.4, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ MỸ LỆ", "CHI BỘ ẤP MỸ TÂY", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mỹ Lệ, ngày 10 tháng 6 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 6 NĂM 2024"),
            G(8),
            P("Khai mạc lúc 8 giờ 00 phút ngày 10/6/2024 tại Văn phòng ấp Mỹ Tây."),
            P("Số đảng viên có mặt 19/21 đồng chí; vắng 02: đc Nguyễn Văn Tám (ốm), đc Lê Văn Út Em."),
            P("Chủ trì: đc Trương Văn Bé – Phó Bí thư chi bộ (đồng chí Bí thư đi học)."),
            P("Thư ký: đc Huỳnh Thị Ngọc Hòa."),
            L("- Quán triệt, thông tin:", bold=True),
            P("Đc Trương Văn Bé quán triệt Chỉ thị của Huyện ủy về phòng, chống dịch bệnh trên đàn heo và thông "
              "tin giá lúa Hè Thu đầu vụ tăng nhẹ."),
            L("- Đánh giá tháng 5:", bold=True),
            P("Ấp thu hoạch xong 180 ha lúa Đông Xuân, lợi nhuận bình quân 25 triệu đồng/ha; xuống giống Hè Thu "
              "được 70% diện tích. Đã sửa chữa 02 cầu khỉ bằng cầu bê tông nhờ vận động được 120 triệu đồng. Hạn "
              "chế: còn tình trạng đốt đồng sau thu hoạch; 02 hộ vi phạm xây dựng nhà trên đất nông nghiệp."),
            L("- Phương hướng tháng 6:", bold=True),
            P("Hoàn thành xuống giống Hè Thu theo lịch né rầy; vận động không đốt đồng; phối hợp xã xử lý 02 "
              "trường hợp xây dựng trái phép; tổ chức cho thiếu nhi sinh hoạt hè."),
            L("- Thảo luận:", bold=True),
            P("Đc Phạm Văn Mười: đề nghị ấp mời cán bộ bảo vệ thực vật xuống hướng dẫn xử lý rơm rạ bằng chế phẩm "
              "vi sinh thay cho đốt."),
            P("Đc Võ Thị Kim Thoa: chi đoàn nhận tổ chức sinh hoạt hè cho thiếu nhi tại văn phòng ấp vào các sáng "
              "Chủ nhật."),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng 6, số đồng chí tán thành mười chín trên mười chín, đạt "
              "một trăm phần trăm."),
            L("- Phân công:", bold=True),
            P("Đc Phạm Văn Mười phụ trách mời cán bộ bảo vệ thực vật, trước ngày 20/6/2024. Đc Võ Thị Kim Thoa phụ "
              "trách sinh hoạt hè cho thiếu nhi, trong tháng 6 và tháng 7."),
            P("Cuộc họp kết thúc vào hồi 10 giờ 00 phút cùng ngày; biên bản đã được đọc lại và được chi bộ nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Huỳnh Thị Ngọc Hòa"], ["CHỦ TRÌ", "", "", "Trương Văn Bé"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-10", "08:00", "10:00", "Văn phòng ấp Mỹ Tây", "CHI BỘ ẤP MỸ TÂY",
                    "ĐẢNG BỘ XÃ MỸ LỆ"),
            "Trương Văn Bé", "Phó Bí thư chi bộ", "Huỳnh Thị Ngọc Hòa",
            attendance(21, 19, 2, 1, 1, 0, [("Nguyễn Văn Tám", "ốm", True), ("Lê Văn Út Em", None, False)]),
            False,
            [vote("nghị quyết tháng 6", 19, pct=100)],
            [task("Phạm Văn Mười", "mời cán bộ bảo vệ thực vật", "20/6/2024"),
             task("Võ Thị Kim Thoa", "sinh hoạt hè cho thiếu nhi", "tháng 6 và tháng 7")],
            ["missing_conclusion", "unexcused_absence"]),
    }],
})


# t14 — Phú Yên, tax office cell; DejaVu Serif 11.5, top page numbers; regular + thematic together in 125
# minutes (not short); "Thời gian bắt đầu:"; total 33, exempt 03, "27/30 đồng chí, đạt 90%" (exactly the
# bar: not low); the deputy secretary presides; "Quý IV", "thường xuyên" and dated deadlines. Clean.
DOCS.append({
    "name": "t14-phuyen-tax-combined-125min-clean", "folder": "test",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.4,
              "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CHI CỤC THUẾ KHU VỰC TUY AN", "CHI BỘ ĐỘI KIỂM TRA THUẾ"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tuy An, ngày 24 tháng 9 năm 2024"]),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 VÀ SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024", size=12),
            C("Chuyên đề: “Tăng cường kỷ luật, kỷ cương công vụ, phòng, chống tiêu cực trong quản lý thuế”",
              bold=False, italic=True, size=11.5),
            G(6),
            L("Thời gian bắt đầu: 7 giờ 30 phút ngày 24/9/2024."),
            L("Địa điểm: Phòng họp số 2, Chi cục Thuế."),
            P("Thành phần: tổng số 33 đảng viên, miễn sinh hoạt 03, phải dự 30; có mặt 27/30 đồng chí, đạt 90%; "
              "vắng 03 đồng chí có lý do: đ/c Phạm Thị Kim Yến (nghỉ thai sản), đ/c Trần Quốc Bảo (đi học lớp "
              "Trung cấp lý luận chính trị), đ/c Đào Văn Sĩ (ốm).", indent=0),
            L("Chủ trì: đ/c Nguyễn Thị Hồng Nhung – Phó Bí thư chi bộ; thư ký: đ/c Lê Tấn Phát."),
            H("A. SINH HOẠT THƯỜNG KỲ"),
            L("1. Kết quả tháng 8", italic=True),
            P("Đội hoàn thành kiểm tra 14 hồ sơ khai thuế tại trụ sở người nộp thuế, truy thu và phạt 1,26 tỷ "
              "đồng; rà soát 38 hồ sơ hoàn thuế giá trị gia tăng, không phát hiện sai phạm. Không có công chức vi "
              "phạm kỷ luật. Hạn chế: tiến độ kiểm tra một số doanh nghiệp chậm so với kế hoạch do doanh nghiệp "
              "chưa cung cấp đủ hồ sơ; việc cập nhật dữ liệu vào ứng dụng quản lý kiểm tra còn chậm."),
            L("2. Nhiệm vụ tháng 9", italic=True),
            P("Hoàn thành kế hoạch kiểm tra quý III; đôn đốc thu hồi nợ thuế sau kiểm tra; cập nhật đầy đủ dữ liệu "
              "vào ứng dụng; chuẩn bị kế hoạch kiểm tra quý IV."),
            H("B. SINH HOẠT CHUYÊN ĐỀ"),
            P("Đ/c Võ Minh Triết, Đội trưởng trình bày chuyên đề. Chuyên đề nêu các biểu hiện vi phạm kỷ cương "
              "công vụ có thể phát sinh trong kiểm tra thuế như gợi ý, gây khó khăn cho người nộp thuế, kéo dài thời "
              "gian kiểm tra không có lý do; đề xuất công khai quy trình, luân phiên thành viên đoàn kiểm tra và lấy "
              "ý kiến doanh nghiệp sau mỗi cuộc kiểm tra."),
            H("C. THẢO LUẬN"),
            P("Đ/c Đinh Thị Thu Trang: đề nghị phiếu lấy ý kiến doanh nghiệp được gửi trực tiếp về lãnh đạo Chi "
              "cục, không qua đoàn kiểm tra, để doanh nghiệp yên tâm phản ánh."),
            P("Đ/c Lê Tấn Phát: việc chậm cập nhật dữ liệu do đường truyền yếu khi làm việc tại doanh nghiệp, đề "
              "nghị cho phép cập nhật trong vòng hai ngày làm việc sau khi kết thúc kiểm tra."),
            H("D. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất đánh giá tháng 8, nhiệm vụ tháng 9 và nội dung chuyên "
              "đề; đề nghị lãnh đạo Chi cục ban hành mẫu phiếu lấy ý kiến doanh nghiệp; mỗi đảng viên ký cam kết "
              "không vi phạm kỷ cương công vụ."),
            P("Chi bộ biểu quyết thông qua Nghị quyết tháng 9 và chuyên đề: 27/27 đồng chí tán thành, đạt tỷ lệ "
              "100%."),
            H("E. PHÂN CÔNG"),
            P("Giao đ/c Đinh Thị Thu Trang dự thảo mẫu phiếu lấy ý kiến doanh nghiệp, trình lãnh đạo Chi cục trước "
              "ngày 15/10/2024. Giao đ/c Võ Minh Triết xây dựng kế hoạch luân phiên thành viên đoàn kiểm tra, thực "
              "hiện trong Quý IV. Giao đ/c Lê Tấn Phát theo dõi việc cập nhật dữ liệu kiểm tra, thường xuyên."),
            P("Cuộc họp kết thúc vào hồi 9 giờ 35 phút cùng ngày. Biên bản được thông qua trước chi bộ, các đồng "
              "chí nhất trí 100%."),
            S(["THƯ KÝ", "", "", "Lê Tấn Phát"], ["T/M CHI BỘ", "PHÓ BÍ THƯ", "", "Nguyễn Thị Hồng Nhung"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-24", "07:30", "09:35", "Phòng họp số 2, Chi cục Thuế", "CHI BỘ ĐỘI KIỂM TRA THUẾ",
                    "ĐẢNG BỘ CHI CỤC THUẾ KHU VỰC TUY AN",
                    topic="Tăng cường kỷ luật, kỷ cương công vụ, phòng, chống tiêu cực trong quản lý thuế"),
            "Nguyễn Thị Hồng Nhung", "Phó Bí thư chi bộ", "Lê Tấn Phát",
            attendance(33, 27, 3, 3, 0, 3, [("Phạm Thị Kim Yến", "nghỉ thai sản", True),
                                            ("Trần Quốc Bảo", "đi học lớp Trung cấp lý luận chính trị", True),
                                            ("Đào Văn Sĩ", "ốm", True)]),
            True,
            [vote("Nghị quyết tháng 9 và chuyên đề", 27, pct=100)],
            [task("Đinh Thị Thu Trang", "dự thảo mẫu phiếu lấy ý kiến doanh nghiệp, trình lãnh đạo Chi cục",
                  "15/10/2024"),
             task("Võ Minh Triết", "xây dựng kế hoạch luân phiên thành viên đoàn kiểm tra", "Quý IV"),
             task("Lê Tấn Phát", "theo dõi việc cập nhật dữ liệu kiểm tra", "thường xuyên")],
            []),
    }],
})
