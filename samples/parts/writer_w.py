"""Writer w: test parts for bienban (FOLDER "test").

Who: writer w. My cells are spread over the whole country: village and hamlet cells (Lâm Đồng, Lai Châu / Điện
Biên, the Mekong delta, the central coast, Khmer and Ê Đê villages), street cells in towns, agencies (a provincial
department, a district Party office, a procuracy, a tax office, a market-management team), universities and
colleges, hospitals, enterprises (a cement plant, a knitting mill, a waste-collection company, a rubber estate, a
railway station) and the armed forces (army companies, a border post, commune and district police). Every name,
place and number was invented by me.

I wrote this module without reading the extractor, the generator, bench/, the tests, the held-out sets or any other
writer's module, and without running the extractor; I read only shared/DOMAIN.md, samples/parts/README.md,
writing.py and skeleton.py, and ran only samples.parts.make.

Labelling decisions where the README is silent (or where I had to pick a reading):
 1. Head, several levels above the cell: `party_committee` is the level printed immediately above the cell
    (e.g. "ĐẢNG BỘ TỈNH LÂM ĐỒNG / ĐẢNG BỘ XÃ ĐẠ KNÀNG / CHI BỘ …" → "ĐẢNG BỘ XÃ ĐẠ KNÀNG"); when that committee's
    name wraps over two header lines the lines are joined by one space, like a wrapped cell name.
 2. Head with a one-line header (cell only): `party_committee` null. "*" and "Số: …" lines are neither cell nor
    committee.
 3. Head whose title period differs from the header date (January meeting held on 05/02 after Tết): `month`/`year`
    from the title, `date` from the header line.
 4. Head with no place-and-date line but "(Ngày họp: 09/4/2026)" under the title: that is the date. An unfilled
    "…, ngày … tháng … năm 20…" line gives date null.
 5. Topic printed in capitals over two title lines: joined with one space, capitals kept. Topic after
    "Lồng ghép sinh hoạt chuyên đề:" drops that label as it would drop "Chuyên đề:"; typographic quotes dropped.
    A quarter-only thematic title takes the month of the header date.
 6. Opening: an absentee's `reason` is the words written for him or her, also when they say there is no reason
    ("không lý do", "không báo cáo", "tự ý vắng", "không xin phép", "đi làm ăn xa, không báo cáo chi bộ"); those give
    excused false. A named absentee with nothing written gets reason null, excused false (README rule).
 7. Opening: when some absentees are only counted (with a reason but no name) and one is named, the counts come
    from the text and only the named one is listed.
 8. Opening: "Đ/c Bí thư chi bộ chủ trì" with no name → chair null (the checker forbids a chair without a name).
    A chair introduced with no Party role ("Đ/c Lò Văn Xôm chủ trì") → role null. An abbreviated role is kept as
    written ("Bí thư CB", "Bí thư").
 9. Opening: when a Chi ủy viên (not a deputy) chairs because the Bí thư is away, role "Chi ủy viên" and the Bí thư
    is a named absentee, as for a deputy.
10. Opening: a location inside prose is the phrase after "tại" up to the comma that begins the next clause; an
    opening whose time line says only "cùng ngày" gives date null. "Chủ tọa" / "Điều hành" name the chair; a
    "Chức vụ: Bí thư chi bộ, Giám đốc HTX" line under the chair's name gives the role "Bí thư chi bộ". "lúc 2 giờ 45 chiều" → 14:45; "mười lăm
    giờ" → 15:00; "từ 8h đến 10h30" gives start and end.
11. Opening: guests keep their role string whole (several offices joined by commas); "bà", "TS." etc. dropped from
    the guest's name.
12. Votes: counts only where written; `percent_for` only where a percentage is written (never computed).
    "không có đồng chí nào không tán thành" → against 0; "ý kiến khác: 0/không" → abstain 0;
    "15/15 tán thành" alone → for 15, against and abstain null. A vote of the official members only on recognising
    or admitting a member is a resolution of its own with the count written.
13. "Biên bản … thông qua …, 100% nhất trí" at the close is the minutes' approval, not a vote. "Biên bản kết thúc …
    được lập thành 02 bản" without a read-back → not_approved. A vote put off to the next meeting → missing_vote.
14. Conclusion: a "Kết luận" heading followed only by "Nhất trí.", "đồng chí chủ trì tiếp thu các ý kiến", "Chi bộ
    nhất trí với báo cáo của chi ủy" and "Chi bộ thảo luận, thống nhất với báo cáo" are no conclusion. A bare
    "Chi bộ thống nhất:" followed by concrete points is a conclusion.
15. Discussion: question-and-answer lines with named askers count as recorded opinions; the chair's answers are not
    the conclusion. "Chị Ngát (xóm Đông): …" style lines count as named opinions.
16. Assignments: tasks inside the conclusion count; a task stated over two sentences is one assignment with the
    deadline of the second sentence; a table cell naming two people gives two assignments; "X và Chi hội Phụ nữ ấp"
    gives two; a partner after "cùng / phối hợp với" gives none; a member offering ("xin nhận") gives none; a role
    with nobody named is the assignee as written ("Trưởng bản", "Phó Bí thư chi bộ", "Điều dưỡng trưởng khoa",
    "Trưởng khu dân cư"); a group keeps its qualifier ("Chi hội Phụ nữ thôn", "Tổ an ninh thôn").
17. Deadlines: the leading "trước / trong / chậm nhất / đến / xong" dropped, the rest kept as written: "trước Tết
    Nguyên đán" → "Tết Nguyên đán", "Trong tháng 11/2024" → "tháng 11/2024", "trong tuần tới" → "tuần tới",
    "báo cáo … hằng tuần/hằng tháng" → "hằng tuần"/"hằng tháng"; "ngay sau cuộc họp" whole; none → null.
18. End times after the skeleton's 19:30 start; "20g45" → 20:45, "9 giờ 30 tối" → 21:30, "hai mươi mốt giờ mười
    phút" → 21:10; a closing with no clock time → end_time null.
"""

from samples.parts.writing import C, G, H, HD, L, P, T, attendance, vote, task  # noqa: F401

FOLDER = "test"


def head(pid, blocks, kind, topic, date, month, year, cell, committee):
    return {"id": pid, "kind": "head", "blocks": blocks,
            "truth": {"kind": kind, "topic": topic, "date": date, "month": month, "year": year,
                      "cell": cell, "party_committee": committee}}


def opening(pid, blocks, date, start, end, location, chair, secretary, att, flags=()):
    return {"id": pid, "kind": "opening", "blocks": blocks,
            "truth": {"date": date, "start_time": start, "end_time": end, "location": location,
                      "chair": None if chair is None else {"name": chair[0], "role": chair[1]},
                      "secretary": None if secretary is None else {"name": secretary},
                      "attendance": att, "flags": list(flags)}}


def body(pid, blocks, ctx, end, conclusion, resolutions, assignments, flags=()):
    chair, role, secretary, total, present = ctx
    return {"id": pid, "kind": "body", "blocks": blocks,
            "truth": {"end_time": end, "conclusion": conclusion, "resolutions": list(resolutions),
                      "assignments": list(assignments), "flags": list(flags)},
            "context": {"chair": chair, "chair_role": role, "secretary": secretary, "total": total,
                        "present": present}}


RIGHT = "ĐẢNG CỘNG SẢN VIỆT NAM"

HEADS = [
    head("w-head-01",
         [HD(["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG BỘ XÃ ĐẠ KNÀNG", "CHI BỘ THÔN PÓ LAO", "*"],
             [RIGHT, "Đạ Knàng, ngày 8 tháng 9 năm 2025"]),
          C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2025")],
         "regular", None, "2025-09-08", 9, 2025, "CHI BỘ THÔN PÓ LAO", "ĐẢNG BỘ XÃ ĐẠ KNÀNG"),
    head("w-head-02",
         [HD(["ĐẢNG BỘ KHỐI DOANH NGHIỆP", "ĐẢNG ỦY CÔNG TY CP MÔI TRƯỜNG", "ĐÔ THỊ ĐÔNG HÀ",
              "CHI BỘ ĐỘI VẬN CHUYỂN RÁC", "Số: 07-BB/CB"],
             [RIGHT, "Đông Hà, ngày 27 tháng 6 năm 2022"]),
          C("BIÊN BẢN HỌP CHI BỘ"), C("Kỳ họp tháng 6/2022", bold=False, italic=True)],
         "regular", None, "2022-06-27", 6, 2022, "CHI BỘ ĐỘI VẬN CHUYỂN RÁC",
         "ĐẢNG ỦY CÔNG TY CP MÔI TRƯỜNG ĐÔ THỊ ĐÔNG HÀ"),
    head("w-head-03",
         [HD(["ĐẢNG ỦY PHƯỜNG THANH SƠN", "CHI BỘ TỔ DÂN PHỐ 4", "*"],
             [RIGHT, "Thanh Sơn, ngày 19 tháng 5 năm 2023"]),
          C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2023"),
          C("Chuyên đề: “Nâng cao vai trò của đảng viên trong giữ gìn vệ sinh môi trường khu dân cư”",
            bold=False, italic=True)],
         "thematic", "Nâng cao vai trò của đảng viên trong giữ gìn vệ sinh môi trường khu dân cư",
         "2023-05-19", 5, 2023, "CHI BỘ TỔ DÂN PHỐ 4", "ĐẢNG ỦY PHƯỜNG THANH SƠN"),
    head("w-head-04",
         [HD(["ĐẢNG ỦY TIỂU ĐOÀN 5", "CHI BỘ ĐẠI ĐỘI 17", "*"], [RIGHT, "Ngày 12 tháng 12 năm 2020"]),
          C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THÁNG MƯỜI HAI NĂM 2020")],
         "regular", None, "2020-12-12", 12, 2020, "CHI BỘ ĐẠI ĐỘI 17", "ĐẢNG ỦY TIỂU ĐOÀN 5"),
    head("w-head-05",
         [HD(["ĐẢNG BỘ XÃ PHƯỚC HẬU", "CHI BỘ TRƯỜNG TIỂU HỌC", "KIM ĐỒNG", "Số: …/BB-CB"],
             [RIGHT, "…………, ngày …… tháng …… năm 20……"]),
          C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 9 NĂM 2019")],
         "regular", None, None, 9, 2019, "CHI BỘ TRƯỜNG TIỂU HỌC KIM ĐỒNG", "ĐẢNG BỘ XÃ PHƯỚC HẬU"),
    head("w-head-06",
         [HD(["ĐẢNG BỘ THỊ TRẤN PHÚ LỘC", "CHI BỘ KHU VỰC 3", "*"],
             [RIGHT, "Phú Lộc, ngày mùng 5 tháng 8 năm 2024"]),
          C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8/2024"), C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
          C("“Phát huy vai trò nêu gương của đảng viên trong xây dựng khu dân cư văn minh”",
            bold=False, italic=True)],
         "regular", "Phát huy vai trò nêu gương của đảng viên trong xây dựng khu dân cư văn minh",
         "2024-08-05", 8, 2024, "CHI BỘ KHU VỰC 3", "ĐẢNG BỘ THỊ TRẤN PHÚ LỘC"),
    head("w-head-07",
         [HD(["ĐẢNG ỦY TRƯỜNG ĐẠI HỌC", "KỸ THUẬT CÔNG NGHIỆP", "CHI BỘ KHOA ĐIỆN TỬ", "*"],
             [RIGHT, "Thái Nguyên, ngày 14 tháng 11 năm 2025"]),
          C("BIÊN BẢN HỘI NGHỊ CHI BỘ"), C("Tháng 11 năm 2025", bold=False, italic=True)],
         "regular", None, "2025-11-14", 11, 2025, "CHI BỘ KHOA ĐIỆN TỬ",
         "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC KỸ THUẬT CÔNG NGHIỆP"),
    head("w-head-08",
         [HD(["CHI BỘ ẤP 3"], [RIGHT]),
          C("BIÊN BẢN HỌP CHI BỘ THÁNG 4/2026"), C("(Ngày họp: 09/4/2026)", bold=False, italic=True)],
         "regular", None, "2026-04-09", 4, 2026, "CHI BỘ ẤP 3", None),
    head("w-head-09",
         [HD(["ĐẢNG BỘ CÔNG AN HUYỆN TÂN KỲ", "CHI BỘ ĐỘI CẢNH SÁT", "GIAO THÔNG - TRẬT TỰ", "*"],
             [RIGHT, "Tân Kỳ, ngày 23 tháng 9 năm 2022"]),
          C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ"),
          C("HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH"),
          C("HỒ CHÍ MINH VỀ TINH THẦN TỰ LỰC, TỰ CƯỜNG"),
          C("Quý III năm 2022", bold=False, italic=True)],
         "thematic", "HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH VỀ TINH THẦN TỰ LỰC, TỰ CƯỜNG",
         "2022-09-23", 9, 2022, "CHI BỘ ĐỘI CẢNH SÁT GIAO THÔNG - TRẬT TỰ", "ĐẢNG BỘ CÔNG AN HUYỆN TÂN KỲ"),
    head("w-head-10",
         [HD(["ĐẢNG BỘ SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG", "CHI BỘ VĂN PHÒNG SỞ", "Số: 02-BB/CB"],
             [RIGHT, "Hà Tĩnh, ngày 05 tháng 02 năm 2025"]),
          C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ"), C("Tháng 01 năm 2025", bold=False, italic=True)],
         "regular", None, "2025-02-05", 1, 2025, "CHI BỘ VĂN PHÒNG SỞ", "ĐẢNG BỘ SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
    head("w-head-11",
         [HD(["ĐẢNG BỘ XÃ TÂN PHÚ ĐÔNG", "CHI BỘ ẤP TÂN QUỚI", "*"],
             [RIGHT, "Tân Phú Đông, ngày 11 tháng 3 năm 2020"]),
          C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ I/2020"),
          C("Chuyên đề: Phòng, chống dịch bệnh Covid-19 trong cộng đồng dân cư", bold=False)],
         "thematic", "Phòng, chống dịch bệnh Covid-19 trong cộng đồng dân cư", "2020-03-11", 3, 2020,
         "CHI BỘ ẤP TÂN QUỚI", "ĐẢNG BỘ XÃ TÂN PHÚ ĐÔNG"),
    head("w-head-12",
         [HD(["ĐẢNG BỘ XÃ LAY NƯA", "CHI BỘ BẢN HUA NA"], [RIGHT, "Lay Nưa, ngày 6 tháng 7 năm 2023"]),
          C("BIÊN BẢN"), C("Sinh hoạt chi bộ tháng Bảy năm 2023")],
         "regular", None, "2023-07-06", 7, 2023, "CHI BỘ BẢN HUA NA", "ĐẢNG BỘ XÃ LAY NƯA"),
    head("w-head-13",
         [HD(["ĐẢNG ỦY CÔNG TY TNHH MTV", "DỆT KIM ĐÔNG PHƯƠNG", "CHI BỘ PHÂN XƯỞNG SỢI 2", "Số: 10/BB-CB"],
             [RIGHT, "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2021"]),
          C("BIÊN BẢN SINH HOẠT CHI BỘ"),
          C("(Sinh hoạt thường kỳ tháng 10 năm 2021)", bold=False, italic=True)],
         "regular", None, "2021-10-29", 10, 2021, "CHI BỘ PHÂN XƯỞNG SỢI 2",
         "ĐẢNG ỦY CÔNG TY TNHH MTV DỆT KIM ĐÔNG PHƯƠNG"),
    head("w-head-14",
         [HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "- CHỐNG ĐỘC", "*"],
             [RIGHT, "Quy Nhơn, ngày 17 tháng 5 năm 2024"]),
          C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ THÁNG 5 NĂM 2024"),
          C("“Y đức – nền tảng niềm tin của người bệnh”", bold=False, italic=True)],
         "thematic", "Y đức – nền tảng niềm tin của người bệnh", "2024-05-17", 5, 2024,
         "CHI BỘ KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH"),
    head("w-head-15",
         [HD(["ĐẢNG BỘ PHƯỜNG NAM SƠN", "CHI BỘ KHU PHỐ 5", "Số: 01-BB/CB"],
             [RIGHT, "Nam Sơn, ngày 10 tháng 01 năm 2026"]),
          C("BIÊN BẢN"), C("HỌP CHI BỘ ĐỊNH KỲ THÁNG 01/2026"),
          C("(Lồng ghép sinh hoạt chuyên đề: Văn hóa ứng xử nơi công cộng)", bold=False, italic=True)],
         "regular", "Văn hóa ứng xử nơi công cộng", "2026-01-10", 1, 2026, "CHI BỘ KHU PHỐ 5",
         "ĐẢNG BỘ PHƯỜNG NAM SƠN"),
    head("w-head-16",
         [HD(["ĐẢNG UỶ XÃ HOÀ TIẾN", "CHI BỘ THÔN PHÚ MỸ", "*"], [RIGHT, "Hoà Tiến, ngày 15 tháng 11 năm 2019"]),
          C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ IV - 2019"),
          C("“Phát triển đảng viên trong đoàn viên thanh niên nông thôn”", bold=False, italic=True)],
         "thematic", "Phát triển đảng viên trong đoàn viên thanh niên nông thôn", "2019-11-15", 11, 2019,
         "CHI BỘ THÔN PHÚ MỸ", "ĐẢNG UỶ XÃ HOÀ TIẾN"),
]

OPENINGS = [
    opening("w-open-01",
            [L("Họp CB tháng 5. Thời gian: 19h ngày 06/5/2022, tại nhà văn hoá xóm Bãi Sậy."),
             L("Có mặt 9/10 ĐV,  vắng đ/c Tư (ốm)."),
             L("Chủ trì: đ/c Hạ Văn Lâm, Bí thư. Thư ký: đ/c Lò Thị Nguyệt.")],
            "2022-05-06", "19:00", None, "nhà văn hoá xóm Bãi Sậy", ("Hạ Văn Lâm", "Bí thư"), "Lò Thị Nguyệt",
            attendance(10, 9, 1, 1, 0, 0, [("Tư", "ốm", True)])),
    opening("w-open-02",
            [P("Hôm nay, vào hồi 14 giờ 30 phút ngày 21 tháng 02 năm 2023, tại phòng họp tầng 3 nhà A1, Chi bộ Khoa "
               "Kinh tế tiến hành sinh hoạt thường kỳ tháng 02/2023."),
             P("Tổng số đảng viên của chi bộ: 23 đồng chí (chính thức 21, dự bị 02), trong đó 01 đồng chí được miễn "
               "sinh hoạt do đang điều trị bệnh dài ngày (đồng chí Phan Đình Cừ). Có mặt 20 đồng chí. Vắng 02 đồng "
               "chí, đều có lý do: đồng chí TS. Lê Quang Vĩnh đi công tác tại Đà Nẵng; đồng chí ThS. Trần Thị Hồng "
               "Nhung nghỉ chế độ thai sản."),
             P("Chủ trì: đồng chí PGS.TS. Đinh Thế Hùng – Bí thư chi bộ, Trưởng khoa."),
             P("Thư ký: đồng chí ThS. Vũ Minh Trang – Chi ủy viên.")],
            "2023-02-21", "14:30", None, "phòng họp tầng 3 nhà A1", ("Đinh Thế Hùng", "Bí thư chi bộ"),
            "Vũ Minh Trang",
            attendance(23, 20, 2, 2, 0, 1, [("Lê Quang Vĩnh", "đi công tác tại Đà Nẵng", True),
                                            ("Trần Thị Hồng Nhung", "nghỉ chế độ thai sản", True)])),
    opening("w-open-03",
            [L("+ Thời gian: 7h30' sáng ngày 12/9/2020."),
             L("+ Địa điểm: Văn phòng ấp Hòa Lợi."),
             L("+ Thành phần: tổng số đảng viên 16, có mặt 13, vắng 03 đ/c gồm: Nguyễn Văn Bảy (đi làm ăn xa, có "
               "báo cáo), Lê Văn Tám (không lý do), Trần Thị Út (không lý do)."),
             L("+ Chủ trì: đ/c Huỳnh Văn Sáu – Bí thư chi bộ."),
             L("+ Thư ký: đ/c Đoàn Thị Bé Hai."),
             L("+ Nội dung: đánh giá tình hình tháng 8, triển khai nhiệm vụ tháng 9; bàn biện pháp vận động bà con "
               "nộp thuế sử dụng đất phi nông nghiệp.")],
            "2020-09-12", "07:30", None, "Văn phòng ấp Hòa Lợi", ("Huỳnh Văn Sáu", "Bí thư chi bộ"),
            "Đoàn Thị Bé Hai",
            attendance(16, 13, 3, 1, 2, 0, [("Nguyễn Văn Bảy", "đi làm ăn xa, có báo cáo", True),
                                            ("Lê Văn Tám", "không lý do", False),
                                            ("Trần Thị Út", "không lý do", False)]),
            ["low_attendance", "unexcused_absence"]),
    opening("w-open-04",
            [L("1. Thời gian: từ 13 giờ 30 đến 16 giờ 00 ngày 16 tháng 4 năm 2021."),
             L("2. Địa điểm: Hội trường Đại đội 9."),
             L("3. Thành phần:"),
             L("- Đảng viên trong chi bộ: 14 đồng chí, có mặt 14/14, đạt 100%."),
             L("- Khách mời: Đại úy Bế Văn Thắng, Chính trị viên phó Tiểu đoàn 3, Đảng ủy viên Tiểu đoàn."),
             L("4. Chủ trì: Thượng úy Quàng Văn Pọm, Bí thư chi bộ, Chính trị viên đại đội."),
             L("5. Thư ký: Trung sĩ Sầm Đức Khoa, đảng viên dự bị.")],
            "2021-04-16", "13:30", "16:00", "Hội trường Đại đội 9", ("Quàng Văn Pọm", "Bí thư chi bộ"),
            "Sầm Đức Khoa",
            attendance(14, 14, 0, 0, 0, 0, [],
                       [("Bế Văn Thắng", "Chính trị viên phó Tiểu đoàn 3, Đảng ủy viên Tiểu đoàn")])),
    opening("w-open-05",
            [L("a) Thời gian: 8 giờ sáng, thứ Bảy ngày 11/11/2023."),
             L("b) Địa điểm: Phòng họp Ban quản lý chợ Phước Long."),
             L("c) Đảng viên: tổng số 11; có mặt 10; vắng 01 là đ/c Bí thư Lục Văn Tài (đang điều trị tại Bệnh viện "
               "Chợ Rẫy)."),
             L("d) Điều hành: đ/c Mai Thị Phượng, Phó Bí thư chi bộ. Ghi biên bản: đ/c Kha Minh Luân.")],
            "2023-11-11", "08:00", None, "Phòng họp Ban quản lý chợ Phước Long",
            ("Mai Thị Phượng", "Phó Bí thư chi bộ"), "Kha Minh Luân",
            attendance(11, 10, 1, 1, 0, 0, [("Lục Văn Tài", "đang điều trị tại Bệnh viện Chợ Rẫy", True)])),
    opening("w-open-06",
            [P("Thời gian: 14h00, ngày 25/6/2024. Địa điểm: Phòng 204, trụ sở Văn phòng HĐND và UBND huyện."),
             P("Đảng viên được triệu tập: 18 đ/c. Có mặt: 15 đ/c. Vắng: 03 đ/c, cụ thể như sau:"),
             T([(0.08, "TT", "c"), (0.42, "Họ và tên", "l"), (0.5, "Lý do vắng", "l")],
               [["1", "Đào Thị Thanh Xuân", "Nghỉ phép năm"],
                ["2", "Cù Văn Lực", "Đi học lớp Trung cấp LLCT"],
                ["3", "Tạ Quang Hiếu", "Không báo cáo"]]),
             P("Đồng chí Âu Thị Kim Dung – Bí thư chi bộ, Chánh Văn phòng chủ trì; đồng chí Hà Xuân Bách ghi biên "
               "bản.")],
            "2024-06-25", "14:00", None, "Phòng 204, trụ sở Văn phòng HĐND và UBND huyện",
            ("Âu Thị Kim Dung", "Bí thư chi bộ"), "Hà Xuân Bách",
            attendance(18, 15, 3, 2, 1, 0, [("Đào Thị Thanh Xuân", "Nghỉ phép năm", True),
                                            ("Cù Văn Lực", "Đi học lớp Trung cấp LLCT", True),
                                            ("Tạ Quang Hiếu", "Không báo cáo", False)]),
            ["low_attendance", "unexcused_absence"]),
    opening("w-open-07",
            [P("Vào lúc 19 giờ tối ngày mười bốn tháng tám năm hai nghìn hai mươi hai, tại nhà văn hóa thôn Khe Lim, "
               "Chi bộ thôn tổ chức sinh hoạt định kỳ."),
             P("Chi bộ có hai mươi mốt đảng viên, trong đó ba đồng chí được miễn sinh hoạt vì tuổi cao, sức yếu. Dự "
               "họp mười bảy đồng chí; vắng một đồng chí là đồng chí Nông Văn Pẻng đi làm phụ hồ ở Bắc Ninh, đã xin "
               "phép chi ủy."),
             P("Đồng chí Hoàng Thị Lự, Bí thư chi bộ kiêm Trưởng thôn, chủ trì. Chi bộ cử đồng chí Vi Văn Dũng làm "
               "thư ký.")],
            "2022-08-14", "19:00", None, "nhà văn hóa thôn Khe Lim", ("Hoàng Thị Lự", "Bí thư chi bộ"),
            "Vi Văn Dũng",
            attendance(21, 17, 1, 1, 0, 3,
                       [("Nông Văn Pẻng", "đi làm phụ hồ ở Bắc Ninh, đã xin phép chi ủy", True)])),
    opening("w-open-08",
            [L("- Thời gian: 15 giờ, ngày 03/10/2025."),
             L("- Địa điểm: Phòng họp giao ban, Xí nghiệp Cơ khí số 1."),
             L("- Đảng viên có mặt: 17/19 đồng chí. Vắng: đ/c Bạch Ngọc Sơn (đi ca 3), đ/c Viên Thị Hải Yến."),
             L("- Đại biểu dự: đồng chí Thái Quốc Huy, Ủy viên Ban Thường vụ Đảng ủy Công ty, Phó Tổng Giám đốc phụ "
               "trách sản xuất."),
             L("- Chủ trì: đ/c Lưu Đình Trọng, Bí thư Chi bộ."),
             L("- Thư ký: đ/c Khúc Thị Ngân.")],
            "2025-10-03", "15:00", None, "Phòng họp giao ban, Xí nghiệp Cơ khí số 1",
            ("Lưu Đình Trọng", "Bí thư Chi bộ"), "Khúc Thị Ngân",
            attendance(19, 17, 2, 1, 1, 0, [("Bạch Ngọc Sơn", "đi ca 3", True), ("Viên Thị Hải Yến", None, False)],
                       [("Thái Quốc Huy", "Ủy viên Ban Thường vụ Đảng ủy Công ty, Phó Tổng Giám đốc phụ trách sản "
                                          "xuất")]),
            ["low_attendance", "unexcused_absence"]),
    opening("w-open-09",
            [P("Thời gian bắt đầu: 07 giờ 45 phút ngày 09/01/2020."),
             P("Địa điểm: Phòng truyền thống Trường THCS Đông Thịnh."),
             P("Số đảng viên tham dự đầy đủ 29/29 đồng chí (chính thức 27, dự bị 02), đạt tỷ lệ 100%."),
             P("Chủ tọa: Đ/c Trịnh Thị Bích Liên – Bí thư chi bộ, Hiệu trưởng nhà trường."),
             P("Thư ký: Đ/c Lã Văn Tiến.")],
            "2020-01-09", "07:45", None, "Phòng truyền thống Trường THCS Đông Thịnh",
            ("Trịnh Thị Bích Liên", "Bí thư chi bộ"), "Lã Văn Tiến",
            attendance(29, 29, 0, 0, 0, 0)),
    opening("w-open-10",
            [L("Thời gian: 16h ngày 28/7/2021"),
             L("Địa điểm: Hội trường Công an xã Tân Ước"),
             L("Tổng số ĐV: 14 đ/c. Dự họp: 12 đ/c; vắng 02 đ/c (01 có lý do, 01 không lý do)."),
             L("Chủ trì: Thiếu tá Mẫn Văn Hòa, Bí thư chi bộ, Trưởng Công an xã."),
             L("Thư ký: Trung úy Hầu Thị Thu.")],
            "2021-07-28", "16:00", None, "Hội trường Công an xã Tân Ước", ("Mẫn Văn Hòa", "Bí thư chi bộ"),
            "Hầu Thị Thu",
            attendance(14, 12, 2, 1, 1, 0),
            ["low_attendance", "unexcused_absence"]),
    opening("w-open-11",
            [P("Hôm nay, ngày 17/3/2024, từ 8h00 đến 11h00, tại hội trường nhà điều hành Công ty CP Cao su Ea Kmar, "
               "Chi bộ Nông trường 2 họp thường kỳ tháng 3."),
             P("Tổng số đảng viên: 20 đ/c; miễn sinh hoạt: 01 đ/c (đ/c Y Bhin Niê, tuổi cao, sức yếu); có mặt: 18 "
               "đ/c, đạt tỷ lệ 94,7%; vắng: 01 đ/c có lý do (đ/c H’Nga Êban đưa con đi viện)."),
             P("Chủ trì hội nghị: đ/c Đoàn Ngọc Thạch – Bí thư chi bộ, Giám đốc nông trường. Thư ký hội nghị: đ/c "
               "Lương Thị Mỹ Hạnh.")],
            "2024-03-17", "08:00", "11:00", "hội trường nhà điều hành Công ty CP Cao su Ea Kmar",
            ("Đoàn Ngọc Thạch", "Bí thư chi bộ"), "Lương Thị Mỹ Hạnh",
            attendance(20, 18, 1, 1, 0, 1, [("H’Nga Êban", "đưa con đi viện", True)])),
    opening("w-open-12",
            [L("Thời gian: 19 giờ 30, ngày 05/12/2019 (thứ Năm)."),
             L("Địa điểm: Nhà sinh hoạt cộng đồng tổ dân phố 11."),
             L("Thành phần: tổng số đảng viên 25, có mặt 20, vắng 05:"),
             L("1. Đ/c Tống Văn Lượng – ốm, có báo cáo"),
             L("2. Đ/c Âu Dương Tú – đi công tác"),
             L("3. Đ/c Phí Thị Hằng – trông cháu"),
             L("4. Đ/c Quan Thế Vinh – không báo cáo"),
             L("5. Đ/c Lạc Văn Đông – tự ý vắng"),
             L("Chủ trì: đ/c Lệnh Thị Xuân, Bí thư chi bộ; thư ký: đ/c Ninh Văn Bảo.")],
            "2019-12-05", "19:30", None, "Nhà sinh hoạt cộng đồng tổ dân phố 11",
            ("Lệnh Thị Xuân", "Bí thư chi bộ"), "Ninh Văn Bảo",
            attendance(25, 20, 5, 3, 2, 0, [("Tống Văn Lượng", "ốm, có báo cáo", True),
                                            ("Âu Dương Tú", "đi công tác", True),
                                            ("Phí Thị Hằng", "trông cháu", True),
                                            ("Quan Thế Vinh", "không báo cáo", False),
                                            ("Lạc Văn Đông", "tự ý vắng", False)]),
            ["low_attendance", "unexcused_absence"]),
    opening("w-open-13",
            [L("A. Thời gian, địa điểm"),
             P("Bắt đầu từ 14h15' ngày 19/10/2023, tại trụ sở Ban Công tác Mặt trận thôn Hạ Lôi."),
             L("B. Thành phần"),
             P("- Đảng viên: 32 đồng chí (04 đồng chí miễn sinh hoạt). Có mặt 26/28 đồng chí phải dự; vắng 02 đồng "
               "chí: đ/c Tô Văn Chiến (đi lao động ở Hàn Quốc, đã báo cáo chi ủy), đ/c Chử Thị Lan (ốm nằm viện)."),
             P("- Khách mời: đ/c Bùi Thị Thanh Tâm, Đảng ủy viên, Chủ tịch Ủy ban MTTQ xã, phụ trách chi bộ."),
             P("- Chủ trì: đ/c Kiều Văn Thịnh (Bí thư chi bộ) – Thư ký: đ/c Cấn Thị Ngọc (Chi ủy viên).")],
            "2023-10-19", "14:15", None, "trụ sở Ban Công tác Mặt trận thôn Hạ Lôi",
            ("Kiều Văn Thịnh", "Bí thư chi bộ"), "Cấn Thị Ngọc",
            attendance(32, 26, 2, 2, 0, 4, [("Tô Văn Chiến", "đi lao động ở Hàn Quốc, đã báo cáo chi ủy", True),
                                            ("Chử Thị Lan", "ốm nằm viện", True)],
                       [("Bùi Thị Thanh Tâm", "Đảng ủy viên, Chủ tịch Ủy ban MTTQ xã, phụ trách chi bộ")])),
    opening("w-open-14",
            [L("Họp lúc 20h tại nhà bà Lường Thị Mai, bản Pá Khoang."),
             L("Có mặt đủ 8/8 đảng viên."),
             L("Đ/c Lò Văn Xôm chủ trì, đ/c Cà Thị Dịu ghi.")],
            None, "20:00", None, "nhà bà Lường Thị Mai, bản Pá Khoang", ("Lò Văn Xôm", None), "Cà Thị Dịu",
            attendance(8, 8, 0, 0, 0, 0)),
    opening("w-open-15",
            [P("Vào hồi 9 giờ 00 phút ngày 30 tháng 6 năm 2025, Chi bộ Phòng Quản lý đô thị tổ chức sinh hoạt "
               "thường kỳ tại phòng họp số 2, tầng 4, trụ sở UBND quận."),
             P("Đảng viên có mặt 11/12 đồng chí; vắng 01 đồng chí (đ/c Giáp Minh Đức, không xin phép)."),
             P("Chủ tọa hội nghị: đồng chí KTS. Văn Đức Hậu – Bí thư Chi bộ, Trưởng phòng."),
             P("Hội nghị thống nhất cử đồng chí Lý Thu Hà làm thư ký ghi biên bản.")],
            "2025-06-30", "09:00", None, "phòng họp số 2, tầng 4, trụ sở UBND quận",
            ("Văn Đức Hậu", "Bí thư Chi bộ"), "Lý Thu Hà",
            attendance(12, 11, 1, 0, 1, 0, [("Giáp Minh Đức", "không xin phép", False)]),
            ["unexcused_absence"]),
    opening("w-open-16",
            [L("- Thời gian: 13 giờ 30 phút, thứ Năm, ngày 14/5/2026."),
             L("- Địa điểm: Văn phòng Hợp tác xã Nông nghiệp Thành Công."),
             L("- Thành phần: tổng số 15 đảng viên, miễn sinh hoạt 02 (đ/c Trương Văn Rạng, đ/c Hồ Thị Nụ); có mặt "
               "13/13 đồng chí phải dự."),
             L("- Chủ trì: đồng chí Phùng Thị Lài"),
             L("Chức vụ: Bí thư chi bộ, Giám đốc HTX"),
             L("- Thư ký: đồng chí Đặng Văn Quý"),
             L("- Nội dung sinh hoạt gồm: (1) Đánh giá kết quả tháng 4, nhiệm vụ tháng 5; (2) Xét đề nghị công nhận "
               "đảng viên chính thức cho đ/c Vương Thị Thơm; (3) Bàn phương án tiêu thụ lúa xuân.")],
            "2026-05-14", "13:30", None, "Văn phòng Hợp tác xã Nông nghiệp Thành Công",
            ("Phùng Thị Lài", "Bí thư chi bộ"), "Đặng Văn Quý",
            attendance(15, 13, 0, 0, 0, 2)),
    opening("w-open-17",
            [P("Vào hồi mười lăm giờ, ngày hai mươi sáu tháng mười một năm 2020, tại phòng họp Đội Quản lý thị trường "
               "số 5, Chi bộ Đội họp phiên thường kỳ tháng 11."),
             P("Về dự có 10/11 đảng viên (trong đó có 01 đảng viên dự bị); vắng 01 đồng chí: đ/c Lò Thị Thuỷ nghỉ "
               "ốm."),
             P("Đồng chí Mạch Quang Tuấn – Bí thư chi bộ, Đội trưởng chủ trì; đồng chí Phó Đức Chính ghi biên bản.")],
            "2020-11-26", "15:00", None, "phòng họp Đội Quản lý thị trường số 5",
            ("Mạch Quang Tuấn", "Bí thư chi bộ"), "Phó Đức Chính",
            attendance(11, 10, 1, 1, 0, 0, [("Lò Thị Thuỷ", "nghỉ ốm", True)])),
    opening("w-open-18",
            [L("* Thời gian: 07h00 ngày 02/6/2019."),
             L("* Địa điểm: Hội trường Đồn Biên phòng Nà Khiếu."),
             L("* Quân số đảng viên: 21/24, vắng 03 (02 đ/c đi tuần tra biên giới, 01 đ/c đi học)."),
             L("* Chủ trì: Trung tá Lầu Mí Chứ – Bí thư Chi bộ, Chính trị viên Đồn."),
             L("* Thư ký: Đại úy Hoàng Thế Dân.")],
            "2019-06-02", "07:00", None, "Hội trường Đồn Biên phòng Nà Khiếu", ("Lầu Mí Chứ", "Bí thư Chi bộ"),
            "Hoàng Thế Dân",
            attendance(24, 21, 3, 3, 0, 0),
            ["low_attendance"]),
    opening("w-open-19",
            [P("Chi bộ Tổ dân phố Tân Hoà sinh hoạt thường kỳ lúc 18 giờ 30 phút ngày 22/4/2022 tại nhà văn hoá tổ "
               "dân phố."),
             P("Số đảng viên: 17; có mặt: 16; vắng: 01 (đ/c Tiết Văn Chung ốm)."),
             P("Đ/c Bí thư chi bộ chủ trì; đ/c Doãn Thị Hảo ghi biên bản.")],
            "2022-04-22", "18:30", None, "nhà văn hoá tổ dân phố", None, "Doãn Thị Hảo",
            attendance(17, 16, 1, 1, 0, 0, [("Tiết Văn Chung", "ốm", True)])),
    opening("w-open-20",
            [L("Thời gian: 9h30, ngày 08/01/2025"),
             L("Địa điểm: Phòng họp Hội đồng, nhà điều hành Trường Cao đẳng Kỹ thuật Công nghệ Biển Đông"),
             L("Thành phần tham dự: 12/12 đảng viên của chi bộ; vắng: không."),
             L("Đại biểu: đồng chí TS. Lạc Thị Phương Thảo – Phó Bí thư Đảng ủy Trường; đồng chí Nguyễn Hữu Tài – "
               "Chủ tịch Công đoàn Trường."),
             L("Chủ trì: ThS. Âu Văn Kiên, Bí thư chi bộ"),
             L("Thư ký: CN. Tăng Thị Hoa")],
            "2025-01-08", "09:30", None,
            "Phòng họp Hội đồng, nhà điều hành Trường Cao đẳng Kỹ thuật Công nghệ Biển Đông",
            ("Âu Văn Kiên", "Bí thư chi bộ"), "Tăng Thị Hoa",
            attendance(12, 12, 0, 0, 0, 0, [], [("Lạc Thị Phương Thảo", "Phó Bí thư Đảng ủy Trường"),
                                                ("Nguyễn Hữu Tài", "Chủ tịch Công đoàn Trường")])),
    opening("w-open-21",
            [P("Thời gian: bắt đầu 7h30', ngày 15/7/2023."),
             P("Địa điểm: Nhà văn hóa thôn Làng Mô."),
             P("Chi bộ có 19 đảng viên, 01 đ/c miễn sinh hoạt. Có mặt 15 đ/c, vắng 03 đ/c, trong đó 02 đ/c có lý do "
               "(đi rừng trồng quế), 01 đ/c không có lý do (đ/c Giàng A Sùng)."),
             P("Chủ trì: Đ/c Sùng Thị Mỷ – Bí thư chi bộ. Thư ký: Đ/c Thào A Lử.")],
            "2023-07-15", "07:30", None, "Nhà văn hóa thôn Làng Mô", ("Sùng Thị Mỷ", "Bí thư chi bộ"), "Thào A Lử",
            attendance(19, 15, 3, 2, 1, 1, [("Giàng A Sùng", "không có lý do", False)]),
            ["low_attendance", "unexcused_absence"]),
    opening("w-open-22",
            [P("Hôm nay, thứ Ba ngày 10 tháng 10 năm 2023, vào hồi 14 giờ, tại phòng giao ban Trung tâm Y tế huyện "
               "Hướng Hóa, Chi bộ Khối Điều trị tiến hành sinh hoạt thường kỳ tháng 10."),
             P("Tổng số đảng viên của chi bộ là mười sáu đồng chí. Có mặt mười lăm đồng chí; vắng một đồng chí là "
               "đồng chí Bí thư chi bộ Hứa Văn Long đang học lớp Cao cấp lý luận chính trị tại Học viện Chính trị khu "
               "vực III."),
             P("Theo phân công của chi ủy, đồng chí BS.CKI Lâm Thị Diệu Linh – Phó Bí thư chi bộ, Phó Giám đốc Trung "
               "tâm điều hành buổi sinh hoạt; đồng chí ĐD. Chu Minh Phúc làm thư ký.")],
            "2023-10-10", "14:00", None, "phòng giao ban Trung tâm Y tế huyện Hướng Hóa",
            ("Lâm Thị Diệu Linh", "Phó Bí thư chi bộ"), "Chu Minh Phúc",
            attendance(16, 15, 1, 1, 0, 0, [("Hứa Văn Long", "đang học lớp Cao cấp lý luận chính trị tại Học viện "
                                                             "Chính trị khu vực III", True)])),
    opening("w-open-23",
            [L("Thời gian: 19h00 – 21h30 ngày 11/8/2022."),
             L("Địa điểm: Văn phòng khu phố 3."),
             L("Tình hình đảng viên dự họp:"),
             T([(0.4, "Tổng số đảng viên", "c"), (0.2, "Có mặt", "c"), (0.2, "Vắng", "c"), (0.2, "Miễn SH", "c")],
               [["27", "22", "03", "02"]]),
             L("Đảng viên vắng: đ/c Mông Văn Sinh (đi viện), đ/c Lê Thị Gấm (con ốm), đ/c Võ Văn Lành (không lý do)."),
             L("Chủ trì: đ/c Trà Văn Mẫn, Bí thư. Thư ký: đ/c Lê Thị Hạnh.")],
            "2022-08-11", "19:00", "21:30", "Văn phòng khu phố 3", ("Trà Văn Mẫn", "Bí thư"), "Lê Thị Hạnh",
            attendance(27, 22, 3, 2, 1, 2, [("Mông Văn Sinh", "đi viện", True), ("Lê Thị Gấm", "con ốm", True),
                                            ("Võ Văn Lành", "không lý do", False)]),
            ["low_attendance", "unexcused_absence"]),
    opening("w-open-24",
            [P("Sáng ngày 18/02/2024 (mùng 9 Tết Giáp Thìn), lúc 8 giờ, Chi bộ Phân xưởng Lò nung họp tại nhà ăn ca "
               "Nhà máy Xi măng Lam Sơn Mới."),
             P("Có mặt 31/33 đ/c. Vắng 02 đ/c đang trực ca 1 ở lò (có báo cáo)."),
             P("Đ/c Ngô Sĩ Liêm, Bí thư chi bộ, Quản đốc phân xưởng, điều hành; đ/c Hồ Thị Quyên, CUV, làm thư ký.")],
            "2024-02-18", "08:00", None, "nhà ăn ca Nhà máy Xi măng Lam Sơn Mới", ("Ngô Sĩ Liêm", "Bí thư chi bộ"),
            "Hồ Thị Quyên",
            attendance(33, 31, 2, 2, 0, 0)),
    opening("w-open-25",
            [L("Hồi 17h30 ngày 29/5/2020, CB Văn phòng Huyện ủy họp tại phòng họp số 1."),
             L("Có mặt: 18 ĐV. Vắng: đ/c Lục Thị Thu Trang, đ/c Bành Văn Tuấn."),
             L("Chủ trì: đ/c Ma Văn Chiến – Bí thư CB. Thư ký: đ/c Nông Thị Thoa.")],
            "2020-05-29", "17:30", None, "phòng họp số 1", ("Ma Văn Chiến", "Bí thư CB"), "Nông Thị Thoa",
            attendance(20, 18, 2, 0, 2, 0, [("Lục Thị Thu Trang", None, False), ("Bành Văn Tuấn", None, False)]),
            ["unexcused_absence"]),
    opening("w-open-26",
            [P("Thực hiện Kế hoạch số 05-KH/CB ngày 02/3/2019 của Chi ủy, hôm nay, vào lúc 14 giờ 00 phút ngày "
               "06/3/2019, tại Hội trường Nhà văn hóa khu phố Bình Minh, Chi bộ khu phố Bình Minh tiến hành sinh hoạt "
               "thường kỳ tháng 3 năm 2019."),
             P("Thành phần gồm 34 đảng viên, trong đó có 06 đ/c miễn sinh hoạt đảng; số phải dự 28, có mặt 28, đạt tỷ "
               "lệ 100%."),
             P("Về dự có: Đ/c Quách Văn Nghị – Ủy viên Ban Chấp hành Đảng bộ phường, phụ trách khu phố; Đ/c Lý Thị "
               "Mến – Chủ tịch Hội Liên hiệp Phụ nữ phường."),
             P("Chủ trì: đ/c Tăng Văn Hợi – Bí thư chi bộ; thư ký: đ/c Nguyễn Thị Ánh Tuyết.")],
            "2019-03-06", "14:00", None, "Hội trường Nhà văn hóa khu phố Bình Minh",
            ("Tăng Văn Hợi", "Bí thư chi bộ"), "Nguyễn Thị Ánh Tuyết",
            attendance(34, 28, 0, 0, 0, 6, [],
                       [("Quách Văn Nghị", "Ủy viên Ban Chấp hành Đảng bộ phường, phụ trách khu phố"),
                        ("Lý Thị Mến", "Chủ tịch Hội Liên hiệp Phụ nữ phường")])),
    opening("w-open-27",
            [P("Hôm nay, từ 8h đến 10h30 ngày 24/9/2026, tại phòng họp số 3 – Sở Giáo dục và Đào tạo, Chi bộ Phòng "
               "Giáo dục Trung học họp thường kỳ tháng 9."),
             P("Đảng viên có mặt 11/12; đ/c Huỳnh Thị Xuyến vắng do đi tập huấn tại Bộ."),
             P("Đồng chí Bí thư chi bộ Trần Hữu Đạt chủ trì, cử đồng chí Lâm Ngọc Bích làm thư ký.")],
            "2026-09-24", "08:00", "10:30", "phòng họp số 3 – Sở Giáo dục và Đào tạo",
            ("Trần Hữu Đạt", "Bí thư chi bộ"), "Lâm Ngọc Bích",
            attendance(12, 11, 1, 1, 0, 0, [("Huỳnh Thị Xuyến", "đi tập huấn tại Bộ", True)])),
    opening("w-open-28",
            [L("Thời gian: 19 giờ 30 tối cùng ngày."),
             L("Địa điểm: hội trường thôn Đông Yên."),
             L("Đảng viên: tổng số 22 đc, miễn SH 02 đc, có mặt 18 đc, vắng 02 đc:"),
             L("- đc Phan Văn Lũy: đi biển"),
             L("- đc Đậu Thị Quế: đi thăm con ốm ở Vinh"),
             L("Chủ trì: đc Cao Xuân Hòe, Bí thư chi bộ"),
             L("Thư ký: đc Thái Thị Hường")],
            None, "19:30", None, "hội trường thôn Đông Yên", ("Cao Xuân Hòe", "Bí thư chi bộ"), "Thái Thị Hường",
            attendance(22, 18, 2, 2, 0, 2, [("Phan Văn Lũy", "đi biển", True),
                                            ("Đậu Thị Quế", "đi thăm con ốm ở Vinh", True)])),
    opening("w-open-29",
            [P("Vào lúc 2 giờ 45 chiều ngày 09/11/2022, tại nhà văn hóa tổ 14, Chi bộ khu dân cư số 14 tiến hành "
               "sinh hoạt thường kỳ tháng 11 năm 2022."),
             P("Số lượng đảng viên: 45 đồng chí (chính thức 43, dự bị 02); miễn sinh hoạt 07; phải dự 38; có mặt 35, "
               "đạt 92,1%; vắng 03 (đều có lý do)."),
             P("Đồng chí Bạch Văn Ninh, Đại tá quân đội nghỉ hưu, Bí thư chi bộ, chủ trì; đồng chí Từ Thị Lan Anh ghi "
               "biên bản.")],
            "2022-11-09", "14:45", None, "nhà văn hóa tổ 14", ("Bạch Văn Ninh", "Bí thư chi bộ"), "Từ Thị Lan Anh",
            attendance(45, 35, 3, 3, 0, 7)),
    opening("w-open-30",
            [L("1. Thời gian: khai mạc lúc 13 giờ 00, ngày 21/12/2020."),
             L("2. Địa điểm: phòng họp Chi cục Thuế khu vực Sông Lam."),
             L("3. Đảng viên: có mặt 19/20; vắng đ/c Bí thư Trịnh Đình Tùng (đi công tác tại Cục Thuế tỉnh)."),
             L("4. Chủ trì: đ/c Lý Văn Tường – Chi ủy viên (do đ/c Bí thư vắng)."),
             L("5. Thư ký: đ/c Doãn Minh Khuê.")],
            "2020-12-21", "13:00", None, "phòng họp Chi cục Thuế khu vực Sông Lam", ("Lý Văn Tường", "Chi ủy viên"),
            "Doãn Minh Khuê",
            attendance(20, 19, 1, 1, 0, 0, [("Trịnh Đình Tùng", "đi công tác tại Cục Thuế tỉnh", True)])),
    opening("w-open-31",
            [P("Hôm nay, ngày 16/01/2021, lúc 14h, tại nhà văn hóa thôn Mỹ Lộc, Chi bộ thôn Mỹ Lộc tổ chức sinh hoạt "
               "thường kỳ tháng 01/2021."),
             P("Tham dự có 16/18 đảng viên, đạt 88,9%. Vắng 02 đồng chí: đ/c Chung Văn Thể nằm viện; đ/c Dương Văn "
               "Khá đi làm ăn xa, không báo cáo chi bộ."),
             P("Khách mời: đ/c Trịnh Xuân Cường – Phó trưởng Công an xã; bà Võ Thị Lành – Chi hội trưởng Chi hội "
               "Phụ nữ thôn."),
             P("Đ/c Hà Thị Mỹ – Bí thư chi bộ chủ trì; đ/c Nguyễn Văn Phú ghi biên bản."),
             P("Nội dung sinh hoạt gồm: thông tin thời sự; đánh giá kết quả tháng 12/2020; phương hướng tháng "
               "01/2021; thảo luận, kết luận.")],
            "2021-01-16", "14:00", None, "nhà văn hóa thôn Mỹ Lộc", ("Hà Thị Mỹ", "Bí thư chi bộ"), "Nguyễn Văn Phú",
            attendance(18, 16, 2, 1, 1, 0, [("Chung Văn Thể", "nằm viện", True),
                                            ("Dương Văn Khá", "đi làm ăn xa, không báo cáo chi bộ", False)],
                       [("Trịnh Xuân Cường", "Phó trưởng Công an xã"),
                        ("Võ Thị Lành", "Chi hội trưởng Chi hội Phụ nữ thôn")]),
            ["low_attendance", "unexcused_absence"]),
    opening("w-open-32",
            [L("Thời gian: 16 giờ 30 phút ngày 04/10/2024 (thứ Sáu)."),
             L("Địa điểm: Phòng họp VKSND huyện Bảo Lâm."),
             L("Có mặt: 08/09 đ/c; 01 đ/c vắng là đ/c KSV Nguyễn Thanh Bình, có lý do (tham gia phiên tòa xét xử lưu "
               "động)."),
             L("Chủ trì: đ/c Mã Thị Hạnh, Viện trưởng, Bí thư chi bộ."),
             L("Thư ký: đ/c Lê Văn Cường, Kiểm tra viên.")],
            "2024-10-04", "16:30", None, "Phòng họp VKSND huyện Bảo Lâm", ("Mã Thị Hạnh", "Bí thư chi bộ"),
            "Lê Văn Cường",
            attendance(9, 8, 1, 1, 0, 0, [("Nguyễn Thanh Bình", "tham gia phiên tòa xét xử lưu động", True)]),
            ["low_attendance"]),
]

BODIES = [
    body("w-body-01",
         [H("IV. Ý KIẾN THẢO LUẬN"),
          P("Đồng chí Mầu Văn Thuận phát biểu: Nhất trí với báo cáo. Tuy nhiên việc nạo vét kênh mương nội đồng đoạn "
            "qua xứ đồng Cửa Miếu còn chậm, đề nghị chi bộ chỉ đạo Ban quản lý hợp tác xã làm dứt điểm trước khi làm "
            "đất vụ xuân."),
          P("Đồng chí Đàm Thị Nhài phát biểu: Một số hộ ở xóm Giữa vẫn để rơm rạ, vật liệu xây dựng lấn ra đường trục "
            "thôn, gây mất an toàn giao thông; đề nghị tổ tự quản nhắc nhở, nếu tái phạm thì lập biên bản."),
          H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
          P("Đồng chí Tạ Văn Khiêm kết luận: chi bộ ghi nhận ý kiến của các đồng chí; thống nhất tập trung chỉ đạo "
            "hoàn thành nạo vét kênh mương, giải tỏa vật cản trên đường trục thôn, vận động nhân dân ủng hộ Quỹ Vì "
            "người nghèo."),
          P("Chi bộ biểu quyết thông qua kết luận: 16/16 đồng chí có mặt tán thành; ý kiến khác: 0."),
          H("VI. PHÂN CÔNG"),
          P("Giao đồng chí Mầu Văn Thuận (Giám đốc HTX) chỉ đạo tổ thủy nông nạo vét xong kênh mương Cửa Miếu trước "
            "ngày 15/11/2024."),
          P("Giao đồng chí Đàm Thị Nhài phối hợp với Chi hội Phụ nữ vận động hội viên ủng hộ Quỹ Vì người nghèo, nộp "
            "về Ban công tác Mặt trận trong tháng 11."),
          P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản được thư ký đọc lại cho chi bộ nghe, các "
            "đồng chí dự họp nhất trí thông qua.")],
         ("Tạ Văn Khiêm", "Bí thư chi bộ", "Lê Thị Sen", 18, 16), "21:15", True,
         [vote(16, None, 0, None, "kết luận")],
         [task("Mầu Văn Thuận", "nạo vét kênh mương Cửa Miếu", "15/11/2024"),
          task("Đàm Thị Nhài", "vận động ủng hộ Quỹ Vì người nghèo", "tháng 11")]),
    body("w-body-02",
         [P("Đ/c Lò Văn Khiêm (tổ 3) đề nghị chi bộ quan tâm hướng dẫn bà con phòng bệnh lở mồm long móng cho đàn "
            "trâu bò khi chuyển mùa."),
          P("Đ/c Cầm Thị Panh (tổ 1) đề nghị bố trí kinh phí sửa lại đoạn mương Huổi Lếch bị sạt sau đợt mưa lũ tháng "
            "9."),
          P("Đ/c Tòng Văn Ưng (tổ 2) nêu: một số hộ còn thả rông gia súc, phá hoại hoa màu; cần có quy ước xử phạt cụ "
            "thể."),
          P("Sau khi nghe các ý kiến, chi bộ thống nhất: tập trung tiêm phòng cho đàn gia súc, gia cầm; khắc phục "
            "ngay đoạn mương bị sạt; bổ sung vào hương ước bản nội dung xử lý việc thả rông gia súc."),
          P("Chi bộ giơ tay biểu quyết: 100% đảng viên có mặt nhất trí."),
          P("Việc tiêm phòng đàn gia súc được giao cho đ/c Lò Văn Khiêm phối hợp với thú y viên bản thực hiện, xong "
            "trong tháng 11."),
          P("Việc sửa mương Huổi Lếch giao Trưởng bản huy động nhân dân làm, chậm nhất ngày 30/11/2024."),
          P("Họp xong 20h. Biên bản đã đọc lại, mọi người nhất trí thông qua.")],
         ("Lò Văn Thưởng", "Bí thư chi bộ", "Quàng Thị Ngoan", 12, 12), "20:00", True,
         [vote(None, None, None, 100, "kết luận")],
         [task("Lò Văn Khiêm", "tiêm phòng đàn gia súc", "tháng 11"),
          task("Trưởng bản", "huy động nhân dân sửa mương Huổi Lếch", "30/11/2024")]),
    body("w-body-03",
         [P("Đồng chí Trưởng thôn cho biết: đến nay thôn mới thu được khoảng 60% quỹ an ninh quốc phòng, phần còn lại "
            "chủ yếu là các hộ có người đi làm ăn xa."),
          P("Đồng chí Chi hội trưởng Chi hội Nông dân đề nghị chi bộ sớm có ý kiến về việc cho thuê lại ao công điểm "
            "Đồng Vỡ vì hợp đồng cũ đã hết hạn."),
          P("Các đồng chí khác nhất trí với báo cáo của chi ủy, không bổ sung gì thêm."),
          P("Chi bộ biểu quyết thông qua nghị quyết tháng 10: 14/15 đồng chí tán thành, 01 đồng chí không tán "
            "thành."),
          P("Đề nghị các đồng chí đảng viên tiếp tục gương mẫu, vận động gia đình và bà con hoàn thành các khoản đóng "
            "góp của thôn."),
          P("Cuộc họp kết thúc hồi 21h45.")],
         ("Đỗ Quang Vinh", "Bí thư chi bộ", "Nguyễn Thị Thu Hương", 15, 15), "21:45", False,
         [vote(14, 1, None, None, "nghị quyết tháng 10")], [],
         ["missing_conclusion", "missing_assignments", "not_approved"]),
    body("w-body-04",
         [H("4. Thảo luận"),
          L("- Đ/c Kha Văn Toản: Đề nghị Khoa rà soát lại đề cương các học phần chuyển sang dạy học kết hợp, tránh để "
            "sinh viên năm nhất bị quá tải."),
          L("- Đ/c Bùi Thị Hải Yến: Tỷ lệ sinh viên nộp học phí đúng hạn học kỳ I mới đạt 71%; các cố vấn học tập cần "
            "liên hệ với gia đình sinh viên."),
          L("- Đ/c Hà Mạnh Cường: Nhất trí; bổ sung việc chuẩn bị hồ sơ kiểm định chương trình đào tạo ngành Kế "
            "toán."),
          H("5. Kết luận"),
          P("Thay mặt chi ủy, đồng chí Phan Thị Minh Nguyệt kết luận một số việc trọng tâm:"),
          L("(1) Hoàn thiện đề cương các học phần dạy học kết hợp; đ/c Kha Văn Toản chịu trách nhiệm, xong trước ngày "
            "10/11/2024."),
          L("(2) Đ/c Bùi Thị Hải Yến chủ trì cùng các cố vấn học tập đôn đốc sinh viên nộp học phí, báo cáo kết quả "
            "tại kỳ họp sau."),
          L("(3) Giao đ/c Hà Mạnh Cường, Tổ trưởng tổ kiểm định, hoàn thiện bộ minh chứng ngành Kế toán trong quý "
            "I/2025."),
          P("Biểu quyết thông qua kết luận: 19/19 đồng chí nhất trí (100%)."),
          P("Chi bộ xét đề nghị công nhận đảng viên chính thức đối với đồng chí Lương Thị Thu Uyên. Kết quả: 18/18 "
            "đảng viên chính thức có mặt tán thành."),
          P("Buổi sinh hoạt kết thúc lúc 21 giờ 05 phút. Toàn thể đảng viên dự họp nhất trí thông qua biên bản.")],
         ("Phan Thị Minh Nguyệt", "Bí thư chi bộ", "Trịnh Văn Hải", 21, 19), "21:05", True,
         [vote(19, None, None, 100, "kết luận"),
          vote(18, None, None, None, "công nhận đảng viên chính thức Lương Thị Thu Uyên")],
         [task("Kha Văn Toản", "hoàn thiện đề cương học phần dạy học kết hợp", "10/11/2024"),
          task("Bùi Thị Hải Yến", "đôn đốc sinh viên nộp học phí", "kỳ họp sau"),
          task("Hà Mạnh Cường", "hoàn thiện bộ minh chứng kiểm định ngành Kế toán", "quý I/2025")]),
    body("w-body-05",
         [H("Thảo luận"),
          P("Đ/c Ksor Y Thu hỏi: Kinh phí làm đường bê tông vào khu sản xuất buôn Ea Tông khi nào được giải ngân? Đ/c "
            "Bí thư trả lời: UBND xã đã phê duyệt, dự kiến cuối tháng 11 giải ngân đợt 1."),
          P("Đ/c Rơ Chăm Blơng hỏi về việc hỗ trợ giống cà phê tái canh cho các hộ nghèo. Đ/c Phó Bí thư cho biết danh "
            "sách đã gửi lên xã, đang chờ Phòng Nông nghiệp thẩm định."),
          H("Kết luận"),
          P("Nhất trí."),
          P("Biểu quyết: 9/9 đ/c tán thành."),
          H("Phân công"),
          L("+ Đồng chí Ksor Y Thu: vận động các hộ hiến đất mở đường vào khu sản xuất, xong trước 20/11/2024."),
          L("+ Đồng chí Rơ Chăm Blơng: lập lại danh sách hộ nghèo cần hỗ trợ giống, nộp xã trước 31/10/2024."),
          P("Cuộc họp kết thúc vào hồi 21h30'. Biên bản được đọc lại, các đồng chí dự họp không có ý kiến gì thêm và "
            "nhất trí thông qua.")],
         ("Y Kông Ayun", "Bí thư chi bộ", "H'Liên Byă", 10, 9), "21:30", False,
         [vote(9, None, None, None, "báo cáo")],
         [task("Ksor Y Thu", "vận động hiến đất mở đường", "20/11/2024"),
          task("Rơ Chăm Blơng", "lập danh sách hộ nghèo cần hỗ trợ giống", "31/10/2024")],
         ["missing_conclusion"]),
    body("w-body-06",
         [H("IV. Ý KIẾN THAM GIA"),
          T([(0.07, "TT", "c"), (0.28, "Người phát biểu", "l"), (0.65, "Nội dung", "l")],
            [["1", "Đ/c Quản Văn Bình", "Tỷ lệ sản phẩm lỗi ở dây chuyền ép phun tháng 9 tăng lên 2,3%; đề nghị kiểm "
                                        "tra lại khuôn số 4."],
             ["2", "Đ/c Đinh Thị Lệ", "Công nhân mới tuyển chưa được huấn luyện an toàn đầy đủ; đề nghị Công đoàn "
                                      "phối hợp mở lớp bổ sung."],
             ["3", "Đ/c Chu Văn Hiển", "Đề nghị sớm chi trả tiền làm thêm giờ tháng 9 để người lao động yên tâm."]]),
          H("V. KẾT LUẬN"),
          P("Chi bộ thống nhất: tập trung đưa tỷ lệ sản phẩm lỗi xuống dưới 1,5%; hoàn thành huấn luyện an toàn cho "
            "100% công nhân mới; bảo đảm chi trả đầy đủ, đúng hạn các chế độ cho người lao động."),
          P("Biểu quyết: tán thành hai mươi lăm đồng chí; không tán thành: không; ý kiến khác: không."),
          H("VI. PHÂN CÔNG THỰC HIỆN"),
          T([(0.45, "Nội dung công việc", "l"), (0.25, "Thời hạn", "c"), (0.30, "Người thực hiện", "l")],
            [["Kiểm tra, sửa chữa khuôn ép số 4", "trước 25/10/2024", "Đ/c Quản Văn Bình"],
             ["Mở lớp huấn luyện an toàn bổ sung", "tháng 11/2024", "Công đoàn bộ phận"],
             ["Đôn đốc chi trả tiền làm thêm giờ", "ngay sau cuộc họp", "Đ/c Chu Văn Hiển"]]),
          P("Hội nghị kết thúc lúc 21 giờ 50 phút. Biên bản đã được thông qua toàn văn trước hội nghị, 100% nhất "
            "trí.")],
         ("Vũ Đình Khang", "Bí thư chi bộ", "Lục Thị Hà", 27, 25), "21:50", True,
         [vote(25, 0, 0, None, "kết luận")],
         [task("Quản Văn Bình", "sửa chữa khuôn ép số 4", "25/10/2024"),
          task("Công đoàn bộ phận", "mở lớp huấn luyện an toàn bổ sung", "tháng 11/2024"),
          task("Chu Văn Hiển", "đôn đốc chi trả tiền làm thêm giờ", "ngay sau cuộc họp")]),
    body("w-body-07",
         [P("Thảo luận: Các ý kiến đều nhất trí với báo cáo đánh giá tháng 9 và phương hướng tháng 10; một số ý kiến "
            "đề nghị chi bộ quan tâm đến việc làm nhà cho hộ nghèo trước mùa rét."),
          P("Đồng chí Bí thư kết luận: Tháng 10 chi bộ tập trung lãnh đạo thu hoạch lúa nương, phòng chống đói rét cho "
            "trâu bò, hoàn thành ngày công làm nhà cho hộ bà Giàng Thị Dua."),
          P("Đ/c Mùa A Páo, Phó Bí thư, phụ trách huy động ngày công làm nhà cho hộ bà Giàng Thị Dua, xong trước ngày "
            "15/11."),
          P("Biểu quyết: nhất trí 9/9."),
          P("Họp xong lúc 20 giờ 45. Đọc lại biên bản, chi bộ nhất trí thông qua.")],
         ("Hầu Văn Tính", "Bí thư chi bộ", "Vàng Thị Mai", 9, 9), "20:45", True,
         [vote(9, None, None, None, "kết luận")],
         [task("Mùa A Páo", "huy động ngày công làm nhà cho hộ nghèo", "15/11")],
         ["no_discussion"]),
    body("w-body-08",
         [H("THẢO LUẬN"),
          P("Đồng chí Võ Thành Nhơn nêu ý kiến: nhiều hộ trồng thanh long trong ấp đang bị thương lái ép giá, đề nghị "
            "chi bộ kiến nghị xã kết nối với hợp tác xã để bao tiêu."),
          P("Đồng chí Lâm Thị Hoa cho rằng việc thu gom rác ở tuyến kênh Ba Rày chưa thường xuyên; người dân vẫn xả "
            "rác xuống kênh."),
          P("Đồng chí Dương Tấn Lộc góp ý về hồ sơ đề nghị kết nạp quần chúng Huỳnh Thị Ngọc Giàu: lý lịch đã được "
            "thẩm tra đầy đủ, quần chúng có nhiều đóng góp trong phong trào thanh niên của ấp."),
          H("KẾT LUẬN"),
          P("Đồng chí chủ trì kết luận: chi bộ tập trung vận động người dân ký hợp đồng bao tiêu thanh long qua hợp "
            "tác xã; duy trì thu gom rác hai lần mỗi tuần trên tuyến kênh Ba Rày; hoàn chỉnh hồ sơ đề nghị kết nạp "
            "đảng viên mới trình Đảng ủy xã."),
          P("Chi bộ biểu quyết thông qua kết luận với 22/22 đảng viên có mặt tán thành, đạt tỷ lệ 100%."),
          P("Biểu quyết đề nghị kết nạp quần chúng Huỳnh Thị Ngọc Giàu vào Đảng: 21/22 đồng chí tán thành (95,45%), "
            "01 đồng chí không tán thành."),
          H("PHÂN CÔNG"),
          L("+ Đồng chí Võ Thành Nhơn: làm việc với HTX Thanh Long Tân Thành lập danh sách hộ ký hợp đồng bao tiêu, "
            "xong trước Tết Nguyên đán."),
          L("+ Đồng chí Lâm Thị Hoa và Chi hội Phụ nữ ấp: vận động, nhắc nhở các hộ dọc kênh Ba Rày không xả rác "
            "xuống kênh; thực hiện thường xuyên."),
          L("+ Đồng chí Dương Tấn Lộc: hoàn chỉnh hồ sơ kết nạp đảng, nộp Văn phòng Đảng ủy xã chậm nhất ngày "
            "05/11/2024."),
          P("Buổi họp bế mạc lúc 21 giờ 20 phút; biên bản đã được đọc và thông qua trước chi bộ, không ai có ý kiến "
            "khác.")],
         ("Lê Văn Thiệp", "Bí thư chi bộ", "Trần Thị Kim Oanh", 24, 22), "21:20", True,
         [vote(22, None, None, 100, "kết luận"),
          vote(21, 1, None, 95.45, "kết nạp quần chúng Huỳnh Thị Ngọc Giàu")],
         [task("Võ Thành Nhơn", "lập danh sách hộ ký hợp đồng bao tiêu", "Tết Nguyên đán"),
          task("Lâm Thị Hoa", "vận động các hộ không xả rác xuống kênh", "thường xuyên"),
          task("Chi hội Phụ nữ ấp", "vận động các hộ không xả rác xuống kênh", "thường xuyên"),
          task("Dương Tấn Lộc", "hoàn chỉnh hồ sơ kết nạp đảng", "05/11/2024")]),
    body("w-body-09",
         [P("Thảo luận: Thượng úy Nguyễn Khắc Hiếu, Trung đội trưởng Trung đội 1, cho rằng thời gian qua một số chiến "
            "sĩ mới còn sử dụng điện thoại thông minh trái quy định trong giờ nghỉ trưa, cần tăng cường kiểm tra. Đồng "
            "chí Lò Văn Bình nêu ý kiến là mái tôn nhà xe đã thủng nhiều chỗ, mưa to xe bị ướt, cần sửa chữa sớm."),
          P("Kết luận: đồng chí Bí thư chi bộ kết luận chi bộ tập trung lãnh đạo duy trì nghiêm chế độ trong ngày, "
            "trong tuần; quản lý chặt chẽ việc sử dụng điện thoại của chiến sĩ mới; hoàn thành tốt đợt kiểm tra bắn "
            "đạn thật tháng 11."),
          P("Nghị quyết được 13/13 đồng chí dự họp biểu quyết thông qua."),
          P("Phân công: đ/c Nguyễn Khắc Hiếu chịu trách nhiệm kiểm tra việc quản lý điện thoại của chiến sĩ Trung đội "
            "1 hằng tuần; đ/c Lò Văn Bình chỉ huy tiểu đội sửa nhà xe, hoàn thành trước ngày 30/10."),
          P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 cùng ngày.")],
         ("Đào Xuân Tùng", "Bí thư chi bộ", "Phạm Văn Lực", 13, 13), "21:00", True,
         [vote(13, None, None, None, "nghị quyết")],
         [task("Nguyễn Khắc Hiếu", "kiểm tra quản lý điện thoại của chiến sĩ", "hằng tuần"),
          task("Lò Văn Bình", "sửa nhà xe", "30/10")],
         ["not_approved"]),
    body("w-body-10",
         [H("4. Thảo luận"),
          P("Đồng chí Đặng Thu Trang đề nghị Văn phòng sớm triển khai phần mềm quản lý văn bản mới, vì nhiều văn bản "
            "đến vẫn phải xử lý bằng giấy."),
          P("Đồng chí Khúc Văn Hiệp nêu: tiến độ giải ngân vốn đầu tư công của đơn vị mới đạt 48%, thấp hơn bình quân "
            "chung của tỉnh."),
          H("5. Kết luận của chủ trì"),
          P("Đồng chí Trương Quốc Việt kết luận: đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đến 31/12/2024 đạt trên "
            "95% kế hoạch; hoàn thành chuyển đổi số trong quản lý văn bản trong quý IV."),
          H("6. Phân công"),
          P("Đồng chí Khúc Văn Hiệp chịu trách nhiệm đôn đốc các chủ đầu tư hoàn thiện hồ sơ thanh toán, báo cáo chi "
            "bộ hằng tháng."),
          P("Đồng chí Đặng Thu Trang phụ trách làm việc với đơn vị cung cấp phần mềm, đưa hệ thống vào vận hành trước "
            "ngày 01/12/2024."),
          P("Cuộc họp kết thúc lúc 21 giờ 10 phút. Biên bản được đọc lại cho các đồng chí dự họp nghe và được nhất trí "
            "thông qua.")],
         ("Trương Quốc Việt", "Bí thư chi bộ", "Lê Thị Bích Ngọc", 16, 14), "21:10", True, [],
         [task("Khúc Văn Hiệp", "đôn đốc hoàn thiện hồ sơ thanh toán", "hằng tháng"),
          task("Đặng Thu Trang", "đưa phần mềm quản lý văn bản vào vận hành", "01/12/2024")],
         ["missing_vote"]),
    body("w-body-11",
         [P("Đ/c Nông Văn Tráng phát biểu: năm nay giá cam giảm mạnh, nhiều hộ lo không đủ vốn chăm sóc vụ sau; đề "
            "nghị Chi hội Nông dân hướng dẫn bà con vay vốn ưu đãi."),
          P("Đ/c Hoàng Thị Vui: Đề nghị mỗi đảng viên nhận giúp đỡ một hộ cận nghèo."),
          P("Thay mặt chi ủy, đồng chí Nguyễn Thị Hồng Vân – Phó Bí thư chi bộ kết luận: chi bộ ghi nhận các ý kiến; "
            "tháng tới tập trung vận động nhân dân chăm sóc vườn cam sau thu hoạch, giữ gìn an ninh trật tự, chuẩn bị "
            "tốt cho Ngày hội Đại đoàn kết toàn dân tộc 18/11."),
          P("Kết luận được chi bộ biểu quyết: mười tám trên mười tám đồng chí tán thành."),
          P("Chi bộ yêu cầu mỗi đồng chí đảng viên phát huy vai trò gương mẫu, tích cực tuyên truyền, vận động gia đình "
            "và bà con thực hiện tốt các nhiệm vụ đã đề ra."),
          P("Họp kết thúc hồi 21h40'. Biên bản đọc lại cho chi bộ nghe, được nhất trí thông qua.")],
         ("Nguyễn Thị Hồng Vân", "Phó Bí thư chi bộ", "Đỗ Minh Tâm", 20, 18), "21:40", True,
         [vote(18, None, None, None, "kết luận")], [],
         ["missing_assignments"]),
    body("w-body-12",
         [P("Ý kiến thảo luận:"),
          L("- Đ/c Hoàng Văn Sình (Trưởng thôn): Đường điện chiếu sáng từ cầu Khuổi Nạc vào trung tâm thôn hỏng 6 "
            "bóng, trời tối đi lại nguy hiểm."),
          L("- Đ/c Lương Văn Đức (Công an viên): Trong tháng có 02 vụ trộm gà, chưa xác định được đối tượng."),
          L("- Đ/c Mã Thị Thảo (Bí thư Chi đoàn): Chi đoàn đang chuẩn bị thành lập đội thanh niên tình nguyện làm "
            "đường."),
          P("Kết luận: Đồng chí Bế Thị Hồng kết luận chi bộ tập trung ba việc: sửa đường điện chiếu sáng, tăng cường "
            "tuần tra ban đêm, làm đường bê tông nhánh Nà Lẹng theo phương châm nhà nước và nhân dân cùng làm."),
          P("Biểu quyết 13/13 nhất trí."),
          P("Việc tuần tra ban đêm giao cho Tổ an ninh thôn. Tổ duy trì tuần tra đến hết năm 2024 và báo cáo kết quả "
            "cho chi ủy."),
          P("Chi đoàn thanh niên thôn chịu trách nhiệm huy động đoàn viên làm đường bê tông nhánh Nà Lẹng, xong trong "
            "quý I/2025."),
          P("Đ/c Hoàng Văn Sình được giao liên hệ Điện lực thay bóng đèn đường, xong trong tháng 11."),
          P("Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút cùng ngày. Thư ký đọc lại biên bản, các đồng chí đảng viên "
            "nhất trí thông qua.")],
         ("Bế Thị Hồng", "Bí thư chi bộ", "Nông Quốc Hưng", 14, 13), "21:30", True,
         [vote(13, None, None, None, "kết luận")],
         [task("Tổ an ninh thôn", "tuần tra ban đêm", "hết năm 2024"),
          task("Chi đoàn thanh niên thôn", "làm đường bê tông nhánh Nà Lẹng", "quý I/2025"),
          task("Hoàng Văn Sình", "liên hệ Điện lực thay bóng đèn đường", "tháng 11")]),
    body("w-body-13",
         [P("Sau khi nghe báo cáo, chi bộ thảo luận; đồng chí chủ trì sẽ tổng hợp và kết luận ở cuối buổi."),
          P("Đồng chí Trần Văn Nghĩa phát biểu: dư nợ quá hạn tại phòng giao dịch đã giảm nhưng vẫn còn 3 khách hàng "
            "chây ỳ, trong đó 1 khách hàng đã bỏ đi khỏi địa phương."),
          P("Đồng chí Phùng Thị Diễm bổ sung: cần rà soát lại hồ sơ vay vốn của các hộ kinh doanh tại chợ Phước Hải, "
            "một số hộ đã chuyển nghề."),
          P("Chi bộ thảo luận, thống nhất với báo cáo."),
          P("Phân công đồng chí Trần Văn Nghĩa trực tiếp làm việc với 3 khách hàng nợ quá hạn, có kết quả trước ngày "
            "20/11/2024; đồng chí Phùng Thị Diễm rà soát hồ sơ vay vốn hộ kinh doanh chợ Phước Hải trong tháng 11."),
          P("Cuộc họp kết thúc lúc 20 giờ 50 phút. Biên bản được thư ký đọc lại, cả chi bộ nhất trí thông qua.")],
         ("Lưu Văn Hảo", "Bí thư chi bộ", "Võ Thị Ngọc Bích", 11, 10), "20:50", False, [],
         [task("Trần Văn Nghĩa", "làm việc với khách hàng nợ quá hạn", "20/11/2024"),
          task("Phùng Thị Diễm", "rà soát hồ sơ vay vốn hộ kinh doanh", "tháng 11")],
         ["missing_conclusion", "missing_vote"]),
    body("w-body-14",
         [H("IV. THẢO LUẬN"),
          P("Đồng chí Ninh Thị Thắm phát biểu: Nhiều hộ trong khu dân cư số 2 chưa phân loại rác tại nguồn; đề nghị in "
            "tờ rơi hướng dẫn phát đến từng hộ."),
          P("Đồng chí Cao Văn Tịnh: Đoạn đường ngõ 17 thường xuyên ngập khi mưa lớn, đề nghị chi bộ kiến nghị phường "
            "khơi thông cống."),
          P("Đồng chí Lã Thị Loan đề nghị quan tâm thăm hỏi các đảng viên cao tuổi bị ốm dài ngày."),
          H("V. KẾT LUẬN"),
          P("Đồng chí Đinh Văn Lộc, Bí thư chi bộ, kết luận:"),
          L("1. Chi bộ đánh giá cao sự tham gia của đảng viên trong đợt tổng vệ sinh tháng 9."),
          L("2. Tiếp tục tuyên truyền phân loại rác tại nguồn; kiến nghị UBND phường khơi thông cống ngõ 17."),
          L("3. Tổ chức thăm hỏi các đảng viên cao tuổi bị ốm dài ngày; đồng chí Phó Bí thư chi bộ chịu trách nhiệm, "
            "thực hiện trước Tết Ất Tỵ."),
          L("4. Ban công tác Mặt trận khu dân cư chủ trì in và phát tờ rơi phân loại rác đến các hộ trong tháng 12."),
          P("Biểu quyết thông qua kết luận: tán thành 26 đ/c, không tán thành 0, ý kiến khác 02 đ/c."),
          P("Buổi sinh hoạt kết thúc lúc 21h25. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
         ("Đinh Văn Lộc", "Bí thư chi bộ", "Trần Minh Hoàng", 30, 28), "21:25", True,
         [vote(26, 0, 2, None, "kết luận")],
         [task("Phó Bí thư chi bộ", "thăm hỏi đảng viên cao tuổi ốm dài ngày", "Tết Ất Tỵ"),
          task("Ban công tác Mặt trận khu dân cư", "in và phát tờ rơi phân loại rác", "tháng 12")]),
    body("w-body-15",
         [P("Thảo luận: Một số ý kiến đề nghị sớm sửa lại mái nhà văn hoá bản vì bị dột; ý kiến khác đề nghị vận động "
            "bà con không đốt nương khi trời hanh khô."),
          P("Đ/c chủ trì kết luận: Thống nhất vận động nhân dân đóng góp ngày công sửa mái nhà văn hoá; tăng cường "
            "tuyên truyền phòng cháy rừng mùa khô."),
          P("Biểu quyết 8/8 đồng ý."),
          P("Các đồng chí đảng viên về tuyên truyền cho gia đình, bà con trong bản cùng thực hiện."),
          P("Họp xong 20h30. Biên bản đọc lại, nhất trí thông qua.")],
         ("Hà Văn Thịnh", "Bí thư chi bộ", "Đinh Thị Hoa", 8, 8), "20:30", True,
         [vote(8, None, None, None, "kết luận")], [],
         ["no_discussion", "missing_assignments"]),
    body("w-body-16",
         [H("III. THẢO LUẬN"),
          P("Thiếu tá Trần Đình Thái phát biểu: Tình hình lừa đảo qua mạng trên địa bàn tăng, trong tháng có 05 vụ với "
            "số tiền hơn 700 triệu đồng; đề nghị đẩy mạnh tuyên truyền đến từng tổ dân phố."),
          P("Đại úy Lê Thị Mai Phương cho rằng việc cấp căn cước cho trẻ em dưới 14 tuổi còn chậm do phụ huynh chưa "
            "nắm thủ tục."),
          P("Thượng úy Phạm Quang Huy đề xuất lập nhóm Zalo tổ dân phố để kịp thời cảnh báo các thủ đoạn lừa đảo "
            "mới."),
          H("IV. KẾT LUẬN"),
          P("Đồng chí chủ trì kết luận: Chi bộ thống nhất tập trung phòng ngừa tội phạm lừa đảo trên không gian mạng; "
            "đẩy nhanh cấp căn cước cho trẻ em; giữ vững an ninh trật tự dịp cuối năm."),
          P("Chi bộ giơ tay biểu quyết, 16/16 đồng chí nhất trí thông qua kết luận, đạt 100%."),
          H("V. PHÂN CÔNG NHIỆM VỤ"),
          T([(0.3, "Người thực hiện", "l"), (0.45, "Nội dung", "l"), (0.25, "Thời gian hoàn thành", "c")],
            [["Đ/c Trần Đình Thái, đ/c Phạm Quang Huy",
              "Tuyên truyền phòng chống lừa đảo tại 12 tổ dân phố; lập nhóm Zalo cảnh báo", "Trong tháng 11/2024"],
             ["Đ/c Lê Thị Mai Phương", "Tổ chức cấp căn cước lưu động cho trẻ em tại các trường tiểu học",
              "Trước 15/12/2024"]]),
          P("Buổi sinh hoạt kết thúc lúc 22 giờ 00 phút cùng ngày. Biên bản được đọc lại trước khi bế mạc và được "
            "các đồng chí dự họp nhất trí thông qua.")],
         ("Nguyễn Hữu Phước", "Bí thư chi bộ", "Đặng Thị Thu Thảo", 17, 16), "22:00", True,
         [vote(16, None, None, 100, "kết luận")],
         [task("Trần Đình Thái", "tuyên truyền phòng chống lừa đảo", "tháng 11/2024"),
          task("Phạm Quang Huy", "tuyên truyền phòng chống lừa đảo, lập nhóm Zalo", "tháng 11/2024"),
          task("Lê Thị Mai Phương", "cấp căn cước lưu động cho trẻ em", "15/12/2024")]),
    body("w-body-17",
         [L("Ý kiến:"),
          L("- đ/c Ninh: đề nghị làm lại cống qua đường ở đầu bản, mùa mưa vừa rồi nước tràn qua mặt đường."),
          L("- đ/c Chiêm: gia phan bon tăng, xin chi bộ đề nghị xã hỗ trợ."),
          L("- đ/c Thu: nhất trí."),
          L("Kết luận: đ/c Bí thư kết luận chi bộ giao đ/c Ninh cùng tổ thanh niên làm lại cống trước 15/11; việc hỗ trợ "
            "phân bón chi bộ sẽ đề nghị lên xã."),
          L("Họp xong 21h.")],
         ("Sầm Văn Lợi", "Bí thư chi bộ", "Lý Thị Dung", 10, 10), "21:00", True, [],
         [task("Ninh", "làm lại cống qua đường đầu bản", "15/11")],
         ["missing_vote", "not_approved"]),
    body("w-body-18",
         [P("Đồng chí BS. Hoàng Văn Tuệ phát biểu: Tình trạng quá tải giường bệnh ở khu điều trị nội trú vẫn kéo dài, "
            "có thời điểm 2 bệnh nhân một giường; đề nghị Ban Giám đốc bổ sung giường gấp."),
          P("Đồng chí ĐD. Phạm Thị Lan: Đề nghị chi bộ quan tâm đến chế độ trực đêm của điều dưỡng, nhiều đồng chí phải "
            "trực liền 2 đêm."),
          P("Đồng chí Bí thư trả lời: Khoa đã có tờ trình xin bổ sung 10 giường; lịch trực sẽ được điều chỉnh từ tháng "
            "11."),
          H("Kết luận của đồng chí chủ trì"),
          P("Chi bộ tập trung nâng cao chất lượng khám, chữa bệnh, giảm quá tải, thực hiện nghiêm quy tắc ứng xử của "
            "nhân viên y tế; bảo đảm chế độ trực, phụ cấp cho điều dưỡng."),
          P("Biểu quyết thông qua kết luận: 20/20 đồng chí tán thành (100%)."),
          P("Chi bộ xét, đề nghị công nhận đảng viên chính thức cho đồng chí ĐD. Vi Thị Hằng; số đảng viên chính thức "
            "có mặt biểu quyết tán thành 19/19, đạt 100%."),
          P("Giao đồng chí BS. Hoàng Văn Tuệ hoàn thiện phương án bổ sung giường bệnh, trình Ban Giám đốc chậm nhất "
            "ngày 05/11/2024."),
          P("Giao đồng chí Điều dưỡng trưởng khoa xây dựng lại lịch trực điều dưỡng, xong trước ngày 31/10/2024."),
          P("Buổi sinh hoạt kết thúc lúc 21 giờ 35 phút. Biên bản đã được đọc lại, tất cả đảng viên có mặt đồng ý "
            "thông qua.")],
         ("Lê Thị Thanh Bình", "Bí thư chi bộ", "Trần Quang Minh", 22, 20), "21:35", True,
         [vote(20, None, None, 100, "kết luận"),
          vote(19, None, None, 100, "công nhận đảng viên chính thức Vi Thị Hằng")],
         [task("Hoàng Văn Tuệ", "hoàn thiện phương án bổ sung giường bệnh", "05/11/2024"),
          task("Điều dưỡng trưởng khoa", "xây dựng lại lịch trực điều dưỡng", "31/10/2024")]),
    body("w-body-19",
         [P("Tổ trưởng tổ dân phố số 3, đồng chí Hồ Văn Lý, phản ánh: khu đất trống cạnh trạm biến áp bị đổ rác "
            "thải xây dựng, cỏ mọc um tùm, thường có đối tượng lạ tụ tập ban đêm."),
          P("Đồng chí Chi hội trưởng Chi hội Cựu chiến binh đề nghị chi bộ duy trì tổ tự quản an ninh, vì từ đầu năm "
            "đến nay khu phố không xảy ra vụ trộm cắp nào là nhờ tổ này."),
          P("Kết luận: Đồng chí Phan Văn Dũng thay mặt chi ủy kết luận: chi bộ tập trung làm sạch khu đất trống cạnh "
            "trạm biến áp, duy trì hoạt động của tổ tự quản an ninh, phát động phong trào “Khu phố sáng – xanh – "
            "sạch”."),
          P("Chi bộ biểu quyết: tán thành 31/31, đạt 100%."),
          P("Đồng chí Hồ Văn Lý chịu trách nhiệm tổ chức cho các hộ tổ 3 phát quang, dọn vệ sinh khu đất trống, xong "
            "trước ngày 10/11/2024. Chi hội Cựu chiến binh khu phố đảm nhận duy trì tổ tự quản an ninh, tuần tra "
            "thường xuyên."),
          P("Biên bản kết thúc vào hồi 21 giờ 10 phút cùng ngày, được lập thành 02 bản có giá trị như nhau.")],
         ("Phan Văn Dũng", "Bí thư chi bộ", "Nguyễn Thị Xuân", 35, 31), "21:10", True,
         [vote(31, None, None, 100, "kết luận")],
         [task("Hồ Văn Lý", "dọn vệ sinh khu đất trống cạnh trạm biến áp", "10/11/2024"),
          task("Chi hội Cựu chiến binh khu phố", "duy trì tổ tự quản an ninh", "thường xuyên")],
         ["not_approved"]),
    body("w-body-20",
         [P("Thảo luận: đ/c Quý đề nghị sửa lại hệ thống loa truyền thanh của thôn vì đã hỏng 2 cụm loa; đ/c Hiền đề "
            "nghị tổ chức cho hội viên phụ nữ đi tham quan mô hình trồng nấm rơm ở xã bạn."),
          P("Giao đ/c Quý liên hệ thợ sửa loa, xong trước 30/10."),
          P("Họp xong 20h15, biên bản đọc lại và thông qua.")],
         ("Vương Đình Tài", "Bí thư chi bộ", "Đỗ Thị Mơ", 9, 8), "20:15", False, [],
         [task("Quý", "liên hệ thợ sửa loa truyền thanh", "30/10")],
         ["missing_conclusion", "missing_vote"]),
    body("w-body-21",
         [H("4. Thảo luận, đóng góp ý kiến"),
          P("Đ/c Đoàn Minh Nhật phát biểu: phong trào nghiên cứu khoa học sinh viên năm học này mới có 14 đề tài đăng "
            "ký, giảm so với năm trước; đề nghị chi bộ chỉ đạo Liên chi đoàn phát động lại."),
          P("Đ/c Mai Thùy Dương phát biểu ý kiến về hồ sơ của quần chúng Lý Gia Huy: quần chúng có kết quả học tập "
            "loại giỏi, đã hoàn thành lớp bồi dưỡng nhận thức về Đảng, được Đoàn trường giới thiệu."),
          H("5. Kết luận"),
          P("Thay mặt chi ủy, đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất đẩy mạnh phong trào nghiên cứu khoa "
            "học trong sinh viên; đề nghị Đảng ủy Trường xem xét kết nạp quần chúng Lý Gia Huy; tiếp tục quan tâm bồi "
            "dưỡng các quần chúng ưu tú."),
          P("Biểu quyết kết luận: 15/15 đồng chí tán thành."),
          P("Biểu quyết đề nghị kết nạp đảng viên đối với quần chúng Lý Gia Huy: 13/13 đảng viên chính thức có mặt tán "
            "thành, đạt tỷ lệ 100%."),
          H("6. Tổ chức thực hiện"),
          P("Đ/c Đoàn Minh Nhật phụ trách phối hợp với Liên chi đoàn khoa phát động phong trào nghiên cứu khoa học "
            "sinh viên, tổng hợp danh sách đề tài trước ngày 30/11/2024."),
          P("Chi ủy hoàn thiện hồ sơ đề nghị kết nạp quần chúng Lý Gia Huy, gửi Đảng ủy Trường trong tháng 11."),
          P("Buổi sinh hoạt kết thúc lúc 21 giờ 45 phút. Biên bản được đọc lại trước chi bộ và được 100% đảng viên có "
            "mặt nhất trí thông qua.")],
         ("Nguyễn Đăng Khoa", "Bí thư chi bộ", "Hoàng Thị Ngọc Ánh", 15, 15), "21:45", True,
         [vote(15, None, None, None, "kết luận"), vote(13, None, None, 100, "kết nạp quần chúng Lý Gia Huy")],
         [task("Đoàn Minh Nhật", "phát động phong trào nghiên cứu khoa học sinh viên", "30/11/2024"),
          task("Chi ủy", "hoàn thiện hồ sơ kết nạp", "tháng 11")]),
    body("w-body-22",
         [P("Đồng chí Trần Viết Hùng nêu: việc chỉnh trang vỉa hè đường Chi Lăng còn chậm, vật liệu tập kết bừa bãi, "
            "người đi bộ phải xuống lòng đường."),
          P("Đồng chí Nguyễn Thị Hoài Thương đề nghị phát động quyên góp ủng hộ đồng bào vùng lũ các tỉnh miền núi "
            "phía Bắc."),
          P("Đồng chí chủ trì kết luận: giao đồng chí Trần Viết Hùng làm việc với đơn vị thi công để thu dọn vật liệu, "
            "bảo đảm lối đi cho người dân trong tuần tới; đồng chí Nguyễn Thị Hoài Thương cùng Chi hội Phụ nữ tổ chức "
            "quyên góp, hoàn thành trước ngày 25/10."),
          P("Do thời gian có hạn, việc biểu quyết nghị quyết tháng sẽ thực hiện vào kỳ sinh hoạt sau."),
          P("Cuộc họp kết thúc hồi 21h50. Biên bản đã đọc lại, chi bộ thống nhất thông qua.")],
         ("Tôn Thất Bảo", "Bí thư chi bộ", "Lê Thị Diệu", 19, 17), "21:50", True, [],
         [task("Trần Viết Hùng", "làm việc với đơn vị thi công thu dọn vật liệu", "tuần tới"),
          task("Nguyễn Thị Hoài Thương", "tổ chức quyên góp ủng hộ vùng lũ", "25/10")],
         ["missing_vote"]),
    body("w-body-23",
         [P("Các ý kiến thảo luận:"),
          L("Hỏi (đ/c Trương Văn Khánh): Tàu cá dưới 15 mét của bà con trong thôn đã được lắp thiết bị giám sát hành "
            "trình hết chưa, khi nào thì xong?"),
          L("Trả lời (đ/c Trưởng thôn Đặng Văn Thắng): Còn 7 tàu chưa lắp, Đồn Biên phòng sẽ hỗ trợ hướng dẫn trong "
            "tháng 11."),
          L("Hỏi (đ/c Hà Thị Sương): Tiền hỗ trợ nhiên liệu đợt 2 bao giờ về?"),
          L("Trả lời (đ/c Bí thư): Xã đang tổng hợp hồ sơ, dự kiến tháng 12 chi trả."),
          H("Kết luận"),
          P("Đồng chí Lê Xuân Trường kết luận: Chi bộ lãnh đạo thực hiện nghiêm các quy định chống khai thác hải sản "
            "bất hợp pháp (IUU), 100% tàu cá phải lắp thiết bị giám sát hành trình; chăm lo đời sống ngư dân trong mùa "
            "mưa bão."),
          P("Chi bộ biểu quyết nhất trí 24/24, không có đồng chí nào không tán thành."),
          H("Phân công"),
          P("Tổ đoàn kết sản xuất trên biển số 2 vận động 7 chủ tàu còn lại lắp thiết bị giám sát hành trình, xong "
            "trong tháng 11/2024. Chi hội Phụ nữ thôn vận động chị em vợ ngư dân tham gia bảo hiểm tàu cá, hoàn thành "
            "trước ngày 31/12/2024."),
          P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút. Biên bản được đọc lại, không có ý kiến bổ sung, chi bộ nhất "
            "trí thông qua.")],
         ("Lê Xuân Trường", "Bí thư chi bộ", "Phạm Thị Nhàn", 26, 24), "21:00", True,
         [vote(24, 0, None, None, "kết luận")],
         [task("Tổ đoàn kết sản xuất trên biển số 2", "vận động chủ tàu lắp thiết bị giám sát", "tháng 11/2024"),
          task("Chi hội Phụ nữ thôn", "vận động tham gia bảo hiểm tàu cá", "31/12/2024")]),
    body("w-body-24",
         [P("Ý kiến tham gia:"),
          P("Đ/c Hoàng Văn Kiên, trực ban chạy tàu, đề nghị bổ sung đèn chiếu sáng khu ghi phía đầu Bắc, ban đêm công "
            "nhân dồn tàu làm việc rất khó khăn."),
          P("Đ/c Triệu Thị Nga phản ánh hàng hóa xuất khẩu qua ga liên vận tăng mạnh, kho bãi không đủ chỗ, có lúc "
            "xe phải xếp hàng chờ trên quốc lộ."),
          H("Kết luận:"),
          P("Đ/c Vy Văn Hải kết luận: chi bộ tập trung bảo đảm an toàn chạy tàu tuyệt đối trong mùa cao điểm cuối năm, "
            "sắp xếp lại kho bãi, nâng cao năng lực xếp dỡ hàng hóa liên vận."),
          P("Biểu quyết: 11/11 đảng viên dự họp tán thành; không tán thành: 0; ý kiến khác: 0."),
          L("+ Đ/c Hoàng Văn Kiên: lập dự trù lắp bổ sung đèn chiếu sáng khu ghi đầu Bắc, trình Ban Giám đốc chi "
            "nhánh trước kỳ họp sau."),
          L("+ Đ/c Triệu Thị Nga: phối hợp với Hải quan ga sắp xếp lại bãi hàng, giải phóng hàng tồn trước Tết Nguyên "
            "đán."),
          P("Hội nghị bế mạc 21 giờ 20 phút. Thư ký đọc biên bản, chi bộ nhất trí 100% thông qua.")],
         ("Vy Văn Hải", "Bí thư chi bộ", "Lăng Thị Huệ", 12, 11), "21:20", True,
         [vote(11, 0, 0, None, "kết luận")],
         [task("Hoàng Văn Kiên", "lập dự trù lắp đèn chiếu sáng khu ghi", "kỳ họp sau"),
          task("Triệu Thị Nga", "sắp xếp lại bãi hàng, giải phóng hàng tồn", "Tết Nguyên đán")]),
    body("w-body-25",
         [P("Trong phần thảo luận, đồng chí Kim Văn Nam cho rằng chỉ tiêu thu ngân sách năm 2024 của Đội khó hoàn "
            "thành nếu không có biện pháp quyết liệt với các doanh nghiệp nợ thuế kéo dài. Đồng chí Đỗ Thị Hải Yến "
            "thì nêu ý kiến là việc hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền còn "
            "chậm, do nhiều hộ lớn tuổi chưa quen công nghệ."),
          H("KẾT LUẬN CỦA CHỦ TRÌ"),
          P("Đồng chí Lê Quốc Bảo, Bí thư chi bộ, Đội trưởng kết luận: chi bộ quyết tâm hoàn thành dự toán thu ngân "
            "sách năm 2024; xử lý dứt điểm nợ đọng thuế; đẩy mạnh hướng dẫn hộ kinh doanh chuyển sang hóa đơn điện "
            "tử."),
          P("Kết quả biểu quyết: 14 đồng chí tán thành; 01 đồng chí không tán thành; ý kiến khác: 0."),
          P("Đồng chí Kim Văn Nam chịu trách nhiệm lập danh sách, đôn đốc và áp dụng biện pháp cưỡng chế đối với các "
            "doanh nghiệp nợ thuế trên 90 ngày, thực hiện trong quý IV/2024. Đồng chí Đỗ Thị Hải Yến chịu trách nhiệm "
            "hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử, làm thường xuyên."),
          P("Buổi sinh hoạt kết thúc vào lúc 21 giờ 05 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ; các "
            "đồng chí nhất trí thông qua nội dung biên bản.")],
         ("Lê Quốc Bảo", "Bí thư chi bộ", "Ngô Thị Phương Thảo", 16, 15), "21:05", True,
         [vote(14, 1, 0, None, "kết luận")],
         [task("Kim Văn Nam", "cưỡng chế doanh nghiệp nợ thuế trên 90 ngày", "quý IV/2024"),
          task("Đỗ Thị Hải Yến", "hướng dẫn hộ kinh doanh dùng hóa đơn điện tử", "thường xuyên")]),
    body("w-body-26",
         [P("Đồng chí Lâm Văn Sóc phát biểu: ruộng lúa của bà con ấp Prây Chóp đã bị nhiễm mặn nhẹ ở mấy thửa gần "
            "sông; đề nghị đóng cống sớm hơn mọi năm, không để nước mặn vào sâu."),
          P("Đồng chí Sơn Thị Phol đề nghị chi bộ quan tâm vận động con em đồng bào Khmer ra lớp đúng độ tuổi, năm học "
            "này ấp còn 4 em bỏ học."),
          P("Đồng chí chủ trì tiếp thu các ý kiến và sẽ báo cáo Đảng ủy xã."),
          P("Chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng 11 năm 2024 với 12/12 đồng chí tán thành."),
          P("Phân công đ/c Lâm Văn Sóc theo dõi độ mặn và phối hợp Tổ thủy lợi ấp đóng, mở cống Prây Chóp, báo cáo "
            "chi ủy hằng tuần. Đ/c Sơn Thị Phol phụ trách vận động 4 học sinh bỏ học trở lại lớp, có kết quả trước "
            "ngày 15/11/2024."),
          P("Sinh hoạt kết thúc lúc 20g45. Biên bản được đọc lại và thông qua.")],
         ("Hứa Văn Nghĩa", "Bí thư chi bộ", "Thạch Thị Sa Ry", 13, 12), "20:45", False,
         [vote(12, None, None, None, "phương hướng, nhiệm vụ tháng 11")],
         [task("Lâm Văn Sóc", "theo dõi độ mặn, đóng mở cống", "hằng tuần"),
          task("Sơn Thị Phol", "vận động học sinh bỏ học trở lại lớp", "15/11/2024")],
         ["missing_conclusion"]),
    body("w-body-27",
         [P("IV. Thảo luận: Các ý kiến nhất trí với báo cáo, không có ý kiến khác."),
          P("V. Chi bộ nhất trí với báo cáo của chi ủy."),
          P("Biểu quyết: 7/7 đ/c dự họp giơ tay tán thành (100%)."),
          P("Họp xong lúc 20 giờ 40 phút, thư ký đọc lại biên bản, chi bộ nhất trí thông qua.")],
         ("Trần Thị Lụa", "Bí thư chi bộ", "Lê Văn Mạnh", 7, 7), "20:40", False,
         [vote(7, None, None, 100, "báo cáo của chi ủy")], [],
         ["no_discussion", "missing_conclusion", "missing_assignments"]),
    body("w-body-28",
         [P("Trung úy Đinh Công Sơn, Trung đội trưởng Trung đội 2, phát biểu: kết quả bắn kiểm tra bài 1 súng tiểu liên "
            "AK của trung đội mới đạt 62% khá, giỏi; còn 5 chiến sĩ chưa đạt yêu cầu, chủ yếu do tâm lý."),
          P("Thượng sĩ Lý Văn Tấn đề nghị sớm khắc phục mái nhà ăn bị thấm dột trước mùa mưa rét."),
          P("Chi bộ thống nhất: tập trung luyện tập, phụ đạo cho số chiến sĩ chưa đạt, chuẩn bị tốt cho kiểm tra bắn "
            "đạn thật cuối năm; bảo đảm hậu cần, chăm lo đời sống bộ đội trong mùa đông."),
          P("Biểu quyết bằng hình thức giơ tay, 100% đảng viên có mặt nhất trí."),
          P("Giao Trung úy Đinh Công Sơn tổ chức phụ đạo bắn súng cho số chiến sĩ chưa đạt, xong trước ngày "
            "20/11/2024."),
          P("Giao Thượng sĩ Lý Văn Tấn (Quản lý đại đội) chủ trì sửa chữa nhà ăn, hoàn thành trong tháng 11."),
          P("Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
         ("Vương Văn Quyết", "Bí thư chi bộ", "Triệu Văn Thăng", 11, 10), "21:30", True,
         [vote(None, None, None, 100, "kết luận")],
         [task("Đinh Công Sơn", "phụ đạo bắn súng cho chiến sĩ chưa đạt", "20/11/2024"),
          task("Lý Văn Tấn", "sửa chữa nhà ăn", "tháng 11")]),
    body("w-body-29",
         [P("Đ/c Lò Thị Hương (tổ Toán – Tin) đề nghị nhà trường sớm chốt danh sách đội tuyển học sinh giỏi lớp 9 để "
            "có thời gian bồi dưỡng."),
          P("Đ/c Nguyễn Văn Tuấn (tổ Văn phòng) báo cáo: hồ sơ phổ cập giáo dục năm 2024 còn thiếu số liệu của 2 thôn "
            "mới sáp nhập."),
          P("Đ/c Đỗ Thị Thắm (tổ Ngữ văn) đề nghị Chi đoàn tổ chức hội thi giáo viên trẻ dạy giỏi chào mừng ngày Nhà "
            "giáo Việt Nam 20/11."),
          H("KẾT LUẬN"),
          P("Đồng chí Trịnh Văn Dũng – Bí thư chi bộ, Hiệu trưởng kết luận: Chi bộ lãnh đạo nâng cao chất lượng mũi "
            "nhọn, hoàn thành hồ sơ phổ cập giáo dục, tổ chức các hoạt động thiết thực chào mừng ngày 20/11."),
          P("Biểu quyết: tán thành 23/24 đ/c; không tán thành 0; ý kiến khác 01 đ/c (đề nghị bổ sung chỉ tiêu học "
            "sinh giỏi cấp tỉnh)."),
          H("PHÂN CÔNG THỰC HIỆN"),
          L("1. Đồng chí Lò Thị Hương đảm nhiệm bồi dưỡng đội tuyển học sinh giỏi Toán lớp 9, trong tháng 11 hoàn "
            "thành danh sách đội tuyển."),
          L("2. Đ/c Nguyễn Văn Tuấn và đ/c Đỗ Thị Thắm: rà soát, bổ sung hồ sơ phổ cập giáo dục, nộp Phòng GD&ĐT trước "
            "ngày 20/12/2024."),
          L("3. Chi đoàn giáo viên tổ chức hội thi “Giáo viên trẻ dạy giỏi”, xong trước ngày 18/11/2024."),
          L("4. Chi ủy theo dõi, kiểm tra việc thực hiện các nhiệm vụ trên đến hết năm 2024."),
          P("Buổi sinh hoạt kết thúc vào hồi hai mươi mốt giờ mười phút. Biên bản được đọc lại, chi bộ nhất trí thông qua toàn văn.")],
         ("Trịnh Văn Dũng", "Bí thư chi bộ", "Phạm Thị Thanh Loan", 25, 24), "21:10", True,
         [vote(23, 0, 1, None, "kết luận")],
         [task("Lò Thị Hương", "bồi dưỡng đội tuyển học sinh giỏi Toán 9", "tháng 11"),
          task("Nguyễn Văn Tuấn", "rà soát hồ sơ phổ cập giáo dục", "20/12/2024"),
          task("Đỗ Thị Thắm", "rà soát hồ sơ phổ cập giáo dục", "20/12/2024"),
          task("Chi đoàn giáo viên", "tổ chức hội thi Giáo viên trẻ dạy giỏi", "18/11/2024"),
          task("Chi ủy", "theo dõi, kiểm tra việc thực hiện", "hết năm 2024")]),
    body("w-body-30",
         [P("Ý kiến đóng góp:"),
          L("Chị Ngát (xóm Đông): Nhiều gia đình đề nghị rà soát lại danh sách hộ cận nghèo, có hộ đã khá lên nhưng vẫn "
            "còn trong danh sách, trong khi hộ khó khăn thật thì chưa được xét."),
          L("Anh Bảo (xóm Chùa): Hai hộ ở cuối xóm tranh chấp lối đi chung đã mấy tháng chưa giải quyết được, bà con "
            "bức xúc."),
          H("Ý kiến kết luận"),
          P("Đồng chí Vũ Thị Hằng kết luận: rà soát hộ nghèo, cận nghèo phải công khai, đúng quy trình; giải quyết dứt "
            "điểm mâu thuẫn trong khu dân cư ngay tại cơ sở, không để phát sinh đơn thư vượt cấp."),
          P("Chi bộ biểu quyết: 19/19 đồng chí dự họp tán thành, đạt 100%."),
          P("Việc rà soát hộ cận nghèo năm 2025 được giao cho đồng chí Phạm Văn Tú, Trưởng thôn. Yêu cầu hoàn thành "
            "chậm nhất ngày 25/11/2024."),
          P("Tổ hoà giải thôn có trách nhiệm giải quyết dứt điểm vụ tranh chấp lối đi ở xóm Chùa trong tháng 11."),
          P("Buổi họp kết thúc lúc 21h15 phút. Thư ký đọc lại biên bản; toàn thể đảng viên có mặt nhất trí thông "
            "qua.")],
         ("Vũ Thị Hằng", "Bí thư chi bộ", "Lương Văn Thái", 20, 19), "21:15", True,
         [vote(19, None, None, 100, "kết luận")],
         [task("Phạm Văn Tú", "rà soát hộ cận nghèo năm 2025", "25/11/2024"),
          task("Tổ hoà giải thôn", "giải quyết tranh chấp lối đi ở xóm Chùa", "tháng 11")]),
    body("w-body-31",
         [P("Thảo luận:"),
          L("- đc Tôn Văn Quyết: nhất trí chủ trương mở rộng đường trục xóm Bến; bản thân xin nhận vận động 3 hộ đầu "
            "xóm hiến đất."),
          L("- đc Chu Thị Liên: cần công khai danh sách, mức đóng góp của từng hộ để bà con giám sát."),
          P("Đc Bí thư kết luận: chi bộ nhất trí chủ trương mở rộng đường trục xóm Bến lên 5 mét theo phương châm dân "
            "làm, nhà nước hỗ trợ; kiến nghị Đảng ủy xã hỗ trợ xi măng."),
          P("Biểu quyết: mười lăm trên mười lăm đc tán thành."),
          P("Giao đc Chu Thị Liên phối hợp với Ban công tác Mặt trận lập danh sách hộ đóng góp, niêm yết công khai, "
            "xong trước 10/11."),
          P("Họp xong lúc 9 giờ 30 tối, thư ký đọc lại, cả chi bộ nhất trí thông qua biên bản.")],
         ("Lại Văn Thắng", "Bí thư chi bộ", "Kiều Thị Lan", 15, 15), "21:30", True,
         [vote(15, None, None, None, "kết luận")],
         [task("Chu Thị Liên", "lập danh sách hộ đóng góp làm đường", "10/11")]),
    body("w-body-32",
         [H("IV. THẢO LUẬN"),
          P("Đồng chí Nguyễn Văn Khuê, Chi hội trưởng Chi hội Cựu chiến binh, phát biểu: gần đây có tình trạng thanh "
            "thiếu niên tụ tập, đua xe trên đường ven đê vào buổi tối, gây bức xúc trong nhân dân."),
          P("Đồng chí Lê Thị Dịu phát biểu: việc thu quỹ Đền ơn đáp nghĩa năm 2024 mới đạt 70%, đề nghị các tổ tự quản "
            "tích cực hơn."),
          H("V. KẾT LUẬN"),
          P("Chi bộ thống nhất:"),
          L("a) Tăng cường tuần tra, kiểm soát tuyến đường ven đê vào các buổi tối cuối tuần;"),
          L("b) Hoàn thành thu quỹ Đền ơn đáp nghĩa năm 2024;"),
          L("c) Chuẩn bị chu đáo Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư."),
          P("Tán thành: 21/21 đồng chí = 100%."),
          H("VI. TỔ CHỨC THỰC HIỆN"),
          L("- Tổ an ninh xung kích khu dân cư: tuần tra tuyến đường ven đê vào các tối cuối tuần, thực hiện thường "
            "xuyên."),
          L("- Trưởng khu dân cư: đôn đốc các tổ tự quản thu quỹ Đền ơn đáp nghĩa, nộp về phường trước ngày "
            "30/11/2024."),
          L("- Ban Công tác Mặt trận khu dân cư số 6: xây dựng kế hoạch tổ chức Ngày hội Đại đoàn kết."),
          P("Sinh hoạt chi bộ kết thúc trong ngày; thư ký đọc lại biên bản, các đồng chí dự họp nhất trí thông qua.")],
         ("Bùi Văn Đại", "Bí thư chi bộ", "Hà Thị Thu Trang", 23, 21), None, True,
         [vote(21, None, None, 100, "kết luận")],
         [task("Tổ an ninh xung kích khu dân cư", "tuần tra tuyến đường ven đê", "thường xuyên"),
          task("Trưởng khu dân cư", "đôn đốc thu quỹ Đền ơn đáp nghĩa", "30/11/2024"),
          task("Ban Công tác Mặt trận khu dân cư số 6", "xây dựng kế hoạch Ngày hội Đại đoàn kết", None)]),
]

PARTS = HEADS + OPENINGS + BODIES
