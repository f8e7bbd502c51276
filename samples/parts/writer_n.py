"""Writer n (dev): pieces of minutes of Party cells in the armed forces and the police, across the country.

Who: army companies, battalion and regiment staff, artillery, signals, engineers, tanks, recruit training,
border-guard posts and checkpoints, commune / ward / town military commands and militia, district and
commune police, traffic, fire and mobile police, a detention camp, military schools and hospitals, depots,
workshops and retired-officer / veterans' cells. The clerks write in a military register: ranks before
names, "quân số", orders-like task lists ("Giao Trung đội 2 …", "Đ/c Chính trị viên …"), tables.

I wrote this module without reading the extractor (extract/**), the generator, bench/, the held-out sets or
any other writer's module, and without running the extractor; only samples.parts.make was run to check the
labels and render the PDFs. Every name, unit, place and number is invented.

Labelling decisions where samples/parts/README.md is silent:
 1. Header with several upper levels (e.g. "ĐẢNG BỘ LỮ ĐOÀN 547" / "ĐẢNG BỘ TIỂU ĐOÀN 2" / "CHI BỘ ĐẠI ĐỘI 5"):
    `party_committee` is the level printed directly above the cell (here "ĐẢNG BỘ TIỂU ĐOÀN 2"); abbreviations in
    the header ("BĐBP") are kept as printed.
 2. "Số: …" lines, "*" and the numbered document line are not part of the cell name.
 3. A title whose month is in words ("THÁNG BA", "THÁNG MƯỜI HAI") gives that month as a number; a title that
    names the month only ("THÁNG 8") takes the year from the date line.
 4. A date given in the title in brackets ("(Ngày 18 tháng 4 năm 2019)") with no place-and-date line is the date.
 5. Ranks are stripped from names in every position, including "Thượng úy QNCN", "Đại tá (hưu)", "Đại úy, BS.",
    "Trung tá, ThS.BS.", "Trung sĩ học viên"; Êđê / J'rai / Hmông names are kept whole ("Ksor Y Blô",
    "H'Linh Niê", "Y Thuôn Êban").
 6. Guests: `role` is the text after the name (post and Party post, as written, e.g. "Đảng ủy viên, Phó Trưởng
    Công an huyện"); the rank in front of the name is not part of the role; "dự và chỉ đạo" is not part of it.
 7. Absentee `reason` keeps the written words even when they say there is no reason ("không lý do", "không
    báo cáo", "đi làm ăn xa không xin phép"), with excused false; a named absentee with no reason at all has
    reason null and excused false.
 8. The Bí thư away while the deputy chairs: his absence reason is taken from the sentence that says why he is
    away, even when the attendance sentence only says "có lý do".
 9. An absentee table (TT | name | rank | reason) gives the same absentees as a list would; a summary table
    (total | present | absent with / without reason | exempt) gives the counts only.
10. "Có mặt 09/10" with no other total: total 10.
11. Votes: "có ý kiến khác: 01" and "không có ý kiến khác" are the abstain count (1 / 0); "không có đồng chí
    nào không tán thành" is against 0; a percentage written beside a count is kept (92,3 → 92.3); a vote on
    recognising / admitting a member counted among official members only keeps the count written (e.g. 11/11
    while 13 are present). Approving the minutes with a count ("14/14 đồng chí nhất trí thông qua biên bản",
    "100% … nhất trí thông qua") is never a vote.
12. Minutes read back with no word of approval ("Thư ký đọc lại biên bản để chi bộ cùng nghe") are
    `not_approved`; "Biên bản đã thông qua trước chi bộ, 11/11 đồng chí nhất trí" is approved.
13. A conclusion that only agrees ("nhất trí với các ý kiến phát biểu") is no conclusion; "Chi bộ thảo luận,
    thống nhất với báo cáo" under a "Kết luận" heading is no conclusion either.
14. Opinions pointed at by a job only ("Đồng chí Chủ nhiệm kho phát biểu") are recorded opinions; "một số ý
    kiến", "các ý kiến", "chi bộ không có ý kiến bổ sung" are not.
15. Assignees: a unit or group as written ("Trung đội 2", "Khẩu đội 3", "Tổ CSGT số 1", "Hội đồng quân nhân",
    "Ban Tham mưu"); a job with nobody named in the part as written without "đồng chí" ("Chính trị viên phó",
    "Đội trưởng", "Phó đại đội trưởng kỹ thuật", "Chủ nhiệm kho", "Phó Bí thư chi bộ"). The rank and job in
    front of a named person are dropped. A table row's "Phụ trách" cell is the assignee and its "Phối hợp" cell
    is a partner, not an assignee. A member who offers to do something in the discussion ("xin nhận") and a
    duty reported as done are not assignments.
16. Deadlines: the leading words "trước ngày", "trước", "chậm nhất ngày", "trong", "đến", "xong", "hoàn thành",
    "báo cáo", "tại" are dropped ("xong trong tháng 11" → "tháng 11", "trong tuần tới" → "tuần tới", "báo cáo
    kỳ họp sau" → "kỳ họp sau", "trước mùa mưa bão" → "mùa mưa bão", "trước Tết Nguyên đán" → "Tết Nguyên
    đán", "xong cuối tháng 7" → "cuối tháng 7"); "sau …" and "ngay sau cuộc họp" are kept whole; frequencies
    ("hằng ngày", "hằng tuần", "hằng tháng", "hằng đêm", "thường xuyên") as written; a table cell keeps its
    capital ("Quý II/2022", "Hằng ngày", "Ngay sau cuộc họp").
17. A task given to two people in one line ("đ/c A và đ/c B: …") is two assignments with the same deadline;
    "X cùng các thôn đội trưởng" gives X only.
18. Requests of the cell to the committee above ("kiến nghị Đảng ủy …", "đề nghị Đảng ủy phường trao Huy
    hiệu …") are not assignments, but a vote on such a request is a vote.
"""

from samples.parts.writing import C, H, HD, L, P, T, attendance, task, vote

FOLDER = "dev"


def _head(pid, blocks, kind, topic, date, month, year, cell, committee):
    return {"id": pid, "kind": "head", "blocks": blocks,
            "truth": {"kind": kind, "topic": topic, "date": date, "month": month, "year": year,
                      "cell": cell, "party_committee": committee}}


def _open(pid, blocks, date, start, end, location, chair, role, secretary, att, flags=()):
    return {"id": pid, "kind": "opening", "blocks": blocks,
            "truth": {"date": date, "start_time": start, "end_time": end, "location": location,
                      "chair": {"name": chair, "role": role} if chair else None,
                      "secretary": {"name": secretary} if secretary else None,
                      "attendance": att, "flags": list(flags)}}


def _body(pid, blocks, ctx, end, conclusion, resolutions, assignments, flags=()):
    chair, role, secretary, total, present = ctx
    return {"id": pid, "kind": "body", "blocks": blocks,
            "truth": {"end_time": end, "conclusion": conclusion, "resolutions": resolutions,
                      "assignments": assignments, "flags": list(flags)},
            "context": {"chair": chair, "chair_role": role, "secretary": secretary, "total": total,
                        "present": present}}


# ---------------------------------------------------------------------------------------------------------
# HEADS
# ---------------------------------------------------------------------------------------------------------

HEADS = [
    _head("n-head-01",
          [HD(["ĐẢNG BỘ TIỂU ĐOÀN 9", "CHI BỘ ĐẠI ĐỘI 11", "*", "Số: 07-BB/CB"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mộc Châu, ngày 06 tháng 7 năm 2023"]),
           C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 7 NĂM 2023")],
          "regular", None, "2023-07-06", 7, 2023, "CHI BỘ ĐẠI ĐỘI 11", "ĐẢNG BỘ TIỂU ĐOÀN 9"),

    _head("n-head-02",
          [HD(["ĐẢNG BỘ BĐBP TỈNH ĐIỆN BIÊN", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG NẬM CHẢNG", "CHI BỘ ĐỘI VẬN ĐỘNG",
               "QUẦN CHÚNG", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nậm Chảng, ngày 9 tháng 11 năm 2022"], bold_left=(2, 3)),
           C("BIÊN BẢN HỌP CHI BỘ"), C("Kỳ họp tháng 11/2022", bold=False, italic=True)],
          "regular", None, "2022-11-09", 11, 2022, "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG",
          "ĐẢNG BỘ ĐỒN BIÊN PHÒNG NẬM CHẢNG"),

    _head("n-head-03",
          [HD(["ĐẢNG BỘ CÔNG AN HUYỆN PHÙ CÁT", "CHI BỘ ĐỘI CẢNH SÁT ĐIỀU TRA", "TỘI PHẠM VỀ MA TÚY", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phù Cát, ngày 22 tháng 5 năm 2021"], bold_left=(1, 2)),
           C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2021"),
           C("Chuyên đề: Nâng cao trách nhiệm nêu gương của đảng viên trong đấu tranh phòng, chống tội phạm "
             "ma túy trên địa bàn", bold=False, italic=True)],
          "thematic", "Nâng cao trách nhiệm nêu gương của đảng viên trong đấu tranh phòng, chống tội phạm ma "
          "túy trên địa bàn", "2021-05-22", 5, 2021, "CHI BỘ ĐỘI CẢNH SÁT ĐIỀU TRA TỘI PHẠM VỀ MA TÚY",
          "ĐẢNG BỘ CÔNG AN HUYỆN PHÙ CÁT"),

    _head("n-head-04",
          [HD(["ĐẢNG BỘ XÃ TÂN LẬP", "CHI BỘ QUÂN SỰ", "*", "Số: 15-BB/CB"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Lập, ngày mùng 5 tháng 8 năm 2020"]),
           C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 8"), C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
           C("“Xây dựng lực lượng dân quân vững mạnh, rộng khắp gắn với nhiệm vụ phòng thủ dân sự”",
             bold=False, italic=True)],
          "regular", "Xây dựng lực lượng dân quân vững mạnh, rộng khắp gắn với nhiệm vụ phòng thủ dân sự",
          "2020-08-05", 8, 2020, "CHI BỘ QUÂN SỰ", "ĐẢNG BỘ XÃ TÂN LẬP"),

    _head("n-head-05",
          [HD(["ĐẢNG BỘ PHƯỜNG QUANG TRUNG", "CHI BỘ HƯU TRÍ QUÂN ĐỘI", "KHU PHỐ 4", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "…………, ngày …… tháng …… năm 20……"], bold_left=(1, 2)),
           C("BIÊN BẢN"), C("HỘI NGHỊ CHI BỘ THÁNG MƯỜI HAI NĂM 2019")],
          "regular", None, None, 12, 2019, "CHI BỘ HƯU TRÍ QUÂN ĐỘI KHU PHỐ 4", "ĐẢNG BỘ PHƯỜNG QUANG TRUNG"),

    _head("n-head-06",
          [HD(["ĐẢNG BỘ QUÂN SỰ TỈNH GIA LAI", "ĐẢNG BỘ TRƯỜNG QUÂN SỰ TỈNH", "CHI BỘ KHOA QUÂN SỰ", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Pleiku, ngày 27 tháng 9 năm 2025"], bold_left=(2,)),
           C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III/2025"),
           C("ĐỔI MỚI PHƯƠNG PHÁP GIẢNG DẠY, HUẤN LUYỆN"), C("GẮN VỚI THỰC HÀNH, SÁT THỰC TẾ CHIẾN ĐẤU")],
          "thematic", "ĐỔI MỚI PHƯƠNG PHÁP GIẢNG DẠY, HUẤN LUYỆN GẮN VỚI THỰC HÀNH, SÁT THỰC TẾ CHIẾN ĐẤU",
          "2025-09-27", 9, 2025, "CHI BỘ KHOA QUÂN SỰ", "ĐẢNG BỘ TRƯỜNG QUÂN SỰ TỈNH"),

    _head("n-head-07",
          [HD(["ĐẢNG BỘ XÃ PHONG THẠNH", "CHI BỘ CÔNG AN XÃ", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phong Thạnh, ngày 10 tháng 03 năm 2026"]),
           C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG BA NĂM 2026")],
          "regular", None, "2026-03-10", 3, 2026, "CHI BỘ CÔNG AN XÃ", "ĐẢNG BỘ XÃ PHONG THẠNH"),

    _head("n-head-08",
          [HD(["ĐẢNG BỘ LỮ ĐOÀN 547", "ĐẢNG BỘ TIỂU ĐOÀN 2", "CHI BỘ ĐẠI ĐỘI 5", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM"], bold_left=(2,)),
           C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2019"),
           C("(Ngày 18 tháng 4 năm 2019)", bold=False, italic=True)],
          "regular", None, "2019-04-18", 4, 2019, "CHI BỘ ĐẠI ĐỘI 5", "ĐẢNG BỘ TIỂU ĐOÀN 2"),

    _head("n-head-09",
          [HD(["ĐẢNG BỘ QUÂN SỰ HUYỆN VĂN CHẤN", "CHI BỘ THAM MƯU – HẬU CẦN", "*", "Số: ……/BB-CB"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Văn Chấn, ngày 28 tháng 02 năm 2023"]),
           C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ"), C("Tháng 02 năm 2023", bold=False, italic=True)],
          "regular", None, "2023-02-28", 2, 2023, "CHI BỘ THAM MƯU – HẬU CẦN", "ĐẢNG BỘ QUÂN SỰ HUYỆN VĂN CHẤN"),

    _head("n-head-10",
          [HD(["CHI BỘ TRUNG ĐỘI DÂN QUÂN", "CƠ ĐỘNG XÃ BÌNH MINH", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Minh, ngày 16 tháng 6 năm 2024"], bold_left=(0, 1)),
           C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ THÁNG 6 NĂM 2024"),
           C("Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tổ chức kỷ "
             "luật", bold=False)],
          "thematic", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tổ chức kỷ luật",
          "2024-06-16", 6, 2024, "CHI BỘ TRUNG ĐỘI DÂN QUÂN CƠ ĐỘNG XÃ BÌNH MINH", None),

    _head("n-head-11",
          [HD(["ĐẢNG ỦY TRUNG ĐOÀN 96", "CHI BỘ ĐẠI ĐỘI THÔNG TIN", "*", "Số: 10-BB/CB"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đắk Lắk, ngày 3 tháng 10 năm 2021"]),
           C("BIÊN BẢN HỌP CHI BỘ THÁNG MƯỜI NĂM 2021")],
          "regular", None, "2021-10-03", 10, 2021, "CHI BỘ ĐẠI ĐỘI THÔNG TIN", "ĐẢNG ỦY TRUNG ĐOÀN 96"),

    _head("n-head-12",
          [HD(["ĐẢNG BỘ CÔNG AN HUYỆN NHƯ THANH", "CHI BỘ CÔNG AN XÃ", "XUÂN KHANG", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Xuân Khang, ngày 14 tháng 01 năm 2025"], bold_left=(1, 2)),
           C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 KẾT HỢP"),
           C("SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2025"),
           C("Chuyên đề: “Phát huy vai trò của đảng viên trong xây dựng phong trào Toàn dân bảo vệ an ninh Tổ "
             "quốc”", bold=False, italic=True)],
          "regular", "Phát huy vai trò của đảng viên trong xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc",
          "2025-01-14", 1, 2025, "CHI BỘ CÔNG AN XÃ XUÂN KHANG", "ĐẢNG BỘ CÔNG AN HUYỆN NHƯ THANH"),
]


# ---------------------------------------------------------------------------------------------------------
# OPENINGS
# ---------------------------------------------------------------------------------------------------------

OPENINGS = [
    _open("n-open-01",
          [L("- Thời gian: 07 giờ 30 phút, ngày 12/01/2024."),
           L("- Địa điểm: Hội trường Đại đội 2, Tiểu đoàn 4."),
           L("- Thành phần: Tổng số đảng viên của chi bộ: 14 đồng chí (chính thức 12, dự bị 02). Có mặt: 13 "
             "đồng chí. Vắng: 01 đồng chí (Trung sĩ Lường Văn Khiêm, đi học tập trung tại Trường Quân sự Quân "
             "khu)."),
           L("- Chủ trì: Đồng chí Thượng úy Phạm Quốc Hưng – Bí thư chi bộ, Chính trị viên đại đội."),
           L("- Thư ký: Đồng chí Trung úy Đào Minh Trí – Chi ủy viên, Phó đại đội trưởng.")],
          "2024-01-12", "07:30", None, "Hội trường Đại đội 2, Tiểu đoàn 4",
          "Phạm Quốc Hưng", "Bí thư chi bộ", "Đào Minh Trí",
          attendance(14, 13, 1, 1, 0, 0,
                     [("Lường Văn Khiêm", "đi học tập trung tại Trường Quân sự Quân khu", True)])),

    _open("n-open-02",
          [P("Hôm nay, vào hồi 14 giờ 00 phút ngày 21 tháng 8 năm 2020, tại phòng họp Đồn Biên phòng Sín Chải, "
             "Chi bộ Đội Tham mưu – Hành chính tiến hành sinh hoạt thường kỳ tháng 8/2020."),
           P("Quân số đảng viên: 09 đồng chí; có mặt 07 đồng chí; vắng 02 đồng chí: đồng chí Thiếu tá Vàng A Dơ "
             "đi công tác tại Bộ Chỉ huy BĐBP tỉnh, đồng chí Thượng úy Lý Seo Chảo đi tuần tra biên giới."),
           P("Đồng chí Trung tá Hoàng Văn Thắm, Bí thư chi bộ, Chính trị viên phó Đồn chủ trì; đồng chí Đại úy "
             "Nguyễn Thị Hồng Nhung ghi biên bản.")],
          "2020-08-21", "14:00", None, "phòng họp Đồn Biên phòng Sín Chải",
          "Hoàng Văn Thắm", "Bí thư chi bộ", "Nguyễn Thị Hồng Nhung",
          attendance(9, 7, 2, 2, 0, 0, [("Vàng A Dơ", "đi công tác tại Bộ Chỉ huy BĐBP tỉnh", True),
                                        ("Lý Seo Chảo", "đi tuần tra biên giới", True)]),
          ["low_attendance"]),

    _open("n-open-03",
          [L("1. Thời gian: 7h30' ngày 05/4/2022."),
           L("2. Địa điểm: Phòng học tầng 2, nhà B3."),
           L("3. Thành phần: đảng viên chi bộ có mặt 17/19 đ/c. Vắng:"),
           L("- Đ/c Thiếu úy Trần Đức Lộc: ốm, đang điều trị tại Bệnh xá Trường."),
           L("- Đ/c Trung sĩ Kiều Văn Sáng: không báo cáo."),
           L("4. Chủ trì: đ/c Thiếu tá Lê Hữu Phước, Bí thư chi bộ."),
           L("5. Thư ký: đ/c Đại úy Ngô Thanh Tùng.")],
          "2022-04-05", "07:30", None, "Phòng học tầng 2, nhà B3",
          "Lê Hữu Phước", "Bí thư chi bộ", "Ngô Thanh Tùng",
          attendance(19, 17, 2, 1, 1, 0, [("Trần Đức Lộc", "ốm, đang điều trị tại Bệnh xá Trường", True),
                                          ("Kiều Văn Sáng", "không báo cáo", False)]),
          ["low_attendance", "unexcused_absence"]),

    _open("n-open-04",
          [L("a) Thời gian: 19 giờ tối ngày 10/9/2024."),
           L("b) Địa điểm: Trụ sở Công an xã Ea Kênh."),
           L("c) Thành phần: Tổng số đảng viên 08 đồng chí, có mặt 08/08, đạt 100%."),
           L("Đại biểu dự: đồng chí Thiếu tá Y Thuôn Êban, Đảng ủy viên, Phó Trưởng Công an huyện."),
           L("d) Chủ trì: Đ/c Đại úy Hồ Sỹ Nguyên – Bí thư chi bộ, Trưởng Công an xã."),
           L("e) Thư ký: Đ/c Trung úy H'Linh Niê.")],
          "2024-09-10", "19:00", None, "Trụ sở Công an xã Ea Kênh",
          "Hồ Sỹ Nguyên", "Bí thư chi bộ", "H'Linh Niê",
          attendance(8, 8, 0, 0, 0, 0, [], [("Y Thuôn Êban", "Đảng ủy viên, Phó Trưởng Công an huyện")])),

    _open("n-open-05",
          [P("Hôm nay, 8 giờ sáng ngày 20 tháng 10 năm 2019, tại Nhà văn hóa khu phố 6, Chi bộ Quân nhân hưu trí "
             "khu phố 6 họp thường kỳ tháng 10."),
           P("Chi bộ hiện có 31 đảng viên, trong đó 06 đồng chí được miễn sinh hoạt do tuổi cao, sức yếu. Số "
             "đảng viên phải dự họp 25 đ/c; có mặt 22 đ/c; vắng 03 đ/c đều có lý do (02 đ/c ốm, 01 đ/c đi thăm "
             "con ở xa)."),
           P("Dự hội nghị có đồng chí Trần Thị Lệ Thu, Bí thư Đảng ủy phường."),
           P("Đồng chí Đại tá Nguyễn Hữu Chỉnh, Bí thư chi bộ, chủ trì hội nghị; đồng chí Thượng tá Bùi Xuân "
             "Mạnh làm thư ký.")],
          "2019-10-20", "08:00", None, "Nhà văn hóa khu phố 6",
          "Nguyễn Hữu Chỉnh", "Bí thư chi bộ", "Bùi Xuân Mạnh",
          attendance(31, 22, 3, 3, 0, 6, [], [("Trần Thị Lệ Thu", "Bí thư Đảng ủy phường")]),
          ["low_attendance"]),

    _open("n-open-06",
          [L("Thời gian: từ 13 giờ 30 đến 16 giờ 45 ngày 24/6/2021."),
           L("Địa điểm: Nhà văn hóa Đại đội 7."),
           L("Thành phần: quân số đảng viên 20 đ/c, có mặt 18 đ/c, vắng 02 đ/c, cụ thể:"),
           T([(0.08, "TT", "c"), (0.37, "Họ và tên", "l"), (0.2, "Cấp bậc", "c"), (0.35, "Lý do vắng", "l")],
             [["1", "Quàng Văn Pánh", "Thượng sĩ", "Nghỉ phép"],
              ["2", "Đinh Công Thuận", "Trung úy", "Trực chỉ huy đơn vị"]]),
           L("Chủ trì: Đ/c Đại úy Vũ Đình Khoa – Bí thư chi bộ."),
           L("Thư ký: Đ/c Thượng sĩ Hà Văn Lự.")],
          "2021-06-24", "13:30", "16:45", "Nhà văn hóa Đại đội 7",
          "Vũ Đình Khoa", "Bí thư chi bộ", "Hà Văn Lự",
          attendance(20, 18, 2, 2, 0, 0, [("Quàng Văn Pánh", "Nghỉ phép", True),
                                          ("Đinh Công Thuận", "Trực chỉ huy đơn vị", True)])),

    _open("n-open-07",
          [L("Thời gian: 14h ngày mùng 3 tháng 2 năm 2023"),
           L("Địa điểm: Phòng họp Ban Chỉ huy Quân sự xã Đông Sơn"),
           L("Đảng viên: tổng số 7, có mặt 6, vắng 1 (đ/c Lương Văn Tình – Chỉ huy phó, không lý do)"),
           L("Chủ tọa: đ/c Lò Văn Thiêm, Bí thư chi bộ;  Thư ký: đ/c Điêu Thị Hạnh")],
          "2023-02-03", "14:00", None, "Phòng họp Ban Chỉ huy Quân sự xã Đông Sơn",
          "Lò Văn Thiêm", "Bí thư chi bộ", "Điêu Thị Hạnh",
          attendance(7, 6, 1, 0, 1, 0, [("Lương Văn Tình", "không lý do", False)]),
          ["low_attendance", "unexcused_absence"]),

    _open("n-open-08",
          [P("Hôm nay, lúc 16 giờ 30 ngày 07/12/2024, tại phòng giao ban Đội Cảnh sát giao thông – Trật tự Công "
             "an huyện Cẩm Mỹ, Chi bộ Đội CSGT-TT tổ chức sinh hoạt thường kỳ tháng 12/2024."),
           P("Đồng chí Thiếu tá Đỗ Văn Lập, Bí thư chi bộ, đi công tác tại Công an tỉnh nên đồng chí Đại úy Lâm "
             "Tấn Phát, Phó Bí thư chi bộ, chủ trì buổi sinh hoạt. Chi bộ cử đồng chí Thượng úy Phan Thị Kim Yến "
             "làm thư ký."),
           P("Tổng số đảng viên 12 đồng chí, dự họp 11 đồng chí, vắng 01 đồng chí có lý do (đồng chí Đỗ Văn "
             "Lập).")],
          "2024-12-07", "16:30", None,
          "phòng giao ban Đội Cảnh sát giao thông – Trật tự Công an huyện Cẩm Mỹ",
          "Lâm Tấn Phát", "Phó Bí thư chi bộ", "Phan Thị Kim Yến",
          attendance(12, 11, 1, 1, 0, 0, [("Đỗ Văn Lập", "đi công tác tại Công an tỉnh", True)])),

    _open("n-open-09",
          [P("Vào lúc mười chín giờ ba mươi phút ngày 20/5/2022, tại Hội trường Tiểu đoàn bộ, Chi bộ Tiểu đoàn "
             "bộ – Tiểu đoàn 3 tổ chức sinh hoạt chi bộ tháng 5."),
           P("Chi bộ có tổng số mười lăm đảng viên (mười ba chính thức, hai dự bị); có mặt đủ mười lăm đồng "
             "chí."),
           P("Về dự có đồng chí Trung tá Chu Văn Khởi, Phó Chính ủy Trung đoàn."),
           P("Đồng chí Thiếu tá Trịnh Văn Quyết, Bí thư chi bộ, Chính trị viên phó tiểu đoàn chủ trì; thư ký là "
             "đồng chí Thượng úy QNCN Hà Thị Bích Loan.")],
          "2022-05-20", "19:30", None, "Hội trường Tiểu đoàn bộ",
          "Trịnh Văn Quyết", "Bí thư chi bộ", "Hà Thị Bích Loan",
          attendance(15, 15, 0, 0, 0, 0, [], [("Chu Văn Khởi", "Phó Chính ủy Trung đoàn")])),

    _open("n-open-10",
          [L("+ Thời gian: Bắt đầu lúc 08h00, ngày 17/3/2026."),
           L("+ Địa điểm: Hội trường Đồn Biên phòng Nà Khuông."),
           L("+ Thành phần: Đảng viên chi bộ: 11 đ/c. Có mặt: 10 đ/c. Vắng: 01 đ/c (Đại úy Vi Văn Lâm – đang "
             "làm nhiệm vụ chốt chặn trên tuyến biên giới)."),
           L("+ Điều hành: Đ/c Trung tá Nông Văn Lực – Bí thư chi bộ."),
           L("+ Người ghi biên bản: Đ/c Thượng úy Triệu Văn Tòn."),
           L("Nội dung sinh hoạt gồm: 1/ Thông tin thời sự, quán triệt văn bản mới; 2/ Đánh giá kết quả tháng "
             "02, phương hướng tháng 3/2026; 3/ Thảo luận, kết luận và biểu quyết.")],
          "2026-03-17", "08:00", None, "Hội trường Đồn Biên phòng Nà Khuông",
          "Nông Văn Lực", "Bí thư chi bộ", "Triệu Văn Tòn",
          attendance(11, 10, 1, 1, 0, 0,
                     [("Vi Văn Lâm", "đang làm nhiệm vụ chốt chặn trên tuyến biên giới", True)])),

    _open("n-open-11",
          [L("Thời gian: 15 giờ 30, ngày 28/11/2019"),
           L("Địa điểm: Phòng họp Công an phường Hoà Thuận"),
           L("Đảng viên: tổng số 14 đ/c; dự họp: 12 đ/c; vắng 02 đ/c (01 có lý do, 01 không lý do)."),
           P("Đồng chí Trung tá Võ Đình Thi – Bí thư chi bộ, Trưởng Công an phường chủ trì; đồng chí Thiếu tá "
             "Lê Thị Thu Hà ghi biên bản.")],
          "2019-11-28", "15:30", None, "Phòng họp Công an phường Hoà Thuận",
          "Võ Đình Thi", "Bí thư chi bộ", "Lê Thị Thu Hà",
          attendance(14, 12, 2, 1, 1, 0),
          ["low_attendance", "unexcused_absence"]),

    _open("n-open-12",
          [P("Hôm nay, vào hồi 13h30 ngày 09 tháng 01 năm 2025, tại Hội trường Sở chỉ huy Trung đoàn, Chi bộ "
             "Ban Tham mưu tiến hành sinh hoạt chi bộ thường kỳ tháng 01/2025."),
           P("Đảng viên tham dự đầy đủ 29/29 đồng chí (27 chính thức, 02 dự bị), đạt tỷ lệ 100%."),
           P("Đại biểu: đồng chí Đại tá Mẫn Đức Thịnh, Chính ủy Trung đoàn, Bí thư Đảng ủy Trung đoàn; đồng chí "
             "Thiếu tá Tạ Minh Hoàng, Trợ lý Tổ chức, Phòng Chính trị Sư đoàn."),
           P("Đồng chí Thượng tá Quách Văn Bình – Bí thư chi bộ, Tham mưu trưởng Trung đoàn chủ trì."),
           L("Thư ký: đồng chí Thiếu tá La Văn Điền.")],
          "2025-01-09", "13:30", None, "Hội trường Sở chỉ huy Trung đoàn",
          "Quách Văn Bình", "Bí thư chi bộ", "La Văn Điền",
          attendance(29, 29, 0, 0, 0, 0, [],
                     [("Mẫn Đức Thịnh", "Chính ủy Trung đoàn, Bí thư Đảng ủy Trung đoàn"),
                      ("Tạ Minh Hoàng", "Trợ lý Tổ chức, Phòng Chính trị Sư đoàn")])),

    _open("n-open-13",
          [L("Khai mạc lúc tám giờ ba mươi phút sáng ngày 14/7/2024 tại Hội trường UBND xã Quảng Sơn."),
           L("Tổng số đảng viên của chi bộ: 12 đồng chí, trong đó 01 đồng chí (Trần Văn Đợi) được miễn sinh "
             "hoạt do bệnh nặng."),
           L("Có mặt: 10 đồng chí (chính thức 8, dự bị 2)."),
           L("Vắng: 01 đồng chí – đ/c Hà Văn Chiến, đi làm ăn xa không xin phép."),
           L("Chủ trì hội nghị: đồng chí Hồ Văn Lạng – Bí thư chi bộ, Chỉ huy trưởng Ban CHQS xã."),
           L("Thư ký hội nghị: đồng chí Phạm Thị Ngọc Ánh.")],
          "2024-07-14", "08:30", None, "Hội trường UBND xã Quảng Sơn",
          "Hồ Văn Lạng", "Bí thư chi bộ", "Phạm Thị Ngọc Ánh",
          attendance(12, 10, 1, 0, 1, 1, [("Hà Văn Chiến", "đi làm ăn xa không xin phép", False)]),
          ["unexcused_absence"]),

    _open("n-open-14",
          [L("• Thời gian: từ 19 giờ đến 21 giờ 15 phút ngày 02/3/2021."),
           L("• Địa điểm: Hội trường Đại đội 4, Tiểu đoàn 2."),
           L("• Thành phần: Tổng số đảng viên 17 đồng chí, có mặt 16 đồng chí; vắng 01 đồng chí: đc Thiếu úy "
             "Đặng Quang Vinh đi tập huấn tại Sư đoàn."),
           L("• Chủ trì: đ/c Thượng úy Ksor Y Blô – Bí thư chi bộ; thư ký: đ/c Trung sĩ Rơ Châm Hlin.")],
          "2021-03-02", "19:00", "21:15", "Hội trường Đại đội 4, Tiểu đoàn 2",
          "Ksor Y Blô", "Bí thư chi bộ", "Rơ Châm Hlin",
          attendance(17, 16, 1, 1, 0, 0, [("Đặng Quang Vinh", "đi tập huấn tại Sư đoàn", True)])),

    _open("n-open-15",
          [L("Bắt đầu: 16h15, ngày 25/02/2020."),
           L("Tại: Phòng giao ban Khoa Ngoại chung, Bệnh viện Quân y 19."),
           L("Đảng viên của chi bộ: 16; có mặt: 15; vắng: 01 – đ/c Đại úy, BS. Hầu A Lử, đang đi học chuyên "
             "khoa I tại Học viện Quân y."),
           L("Chủ trì: Đồng chí Trung tá, ThS.BS. Quan Văn Thịnh — Bí thư chi bộ, Chủ nhiệm Khoa."),
           L("Thư ký: Đồng chí Thượng úy QNCN, ĐD. Lục Thị Mơ.")],
          "2020-02-25", "16:15", None, "Phòng giao ban Khoa Ngoại chung, Bệnh viện Quân y 19",
          "Quan Văn Thịnh", "Bí thư chi bộ", "Lục Thị Mơ",
          attendance(16, 15, 1, 1, 0, 0,
                     [("Hầu A Lử", "đang đi học chuyên khoa I tại Học viện Quân y", True)])),

    _open("n-open-16",
          [L("- Thời gian: 14 giờ 30 phút."),
           L("- Địa điểm: Phòng họp Đội An ninh, Công an thành phố."),
           L("- Tổng số đảng viên: 06 đồng chí. Có mặt: 06 đồng chí."),
           L("- Chủ trì: Đ/c Trung tá Mai Xuân Trường, Bí thư chi bộ – Đội trưởng."),
           L("- Thư ký: Đ/c Thiếu tá Khúc Thị Vân Anh.")],
          None, "14:30", None, "Phòng họp Đội An ninh, Công an thành phố",
          "Mai Xuân Trường", "Bí thư chi bộ", "Khúc Thị Vân Anh",
          attendance(6, 6, 0, 0, 0, 0)),

    _open("n-open-17",
          [H("Thời gian, địa điểm"),
           P("Hồi 18h30' ngày 11/11/2021, tại Hội trường Đại đội Công binh 25."),
           H("Thành phần"),
           T([(0.2, "Tổng số ĐV", "c"), (0.2, "Có mặt", "c"), (0.2, "Vắng có lý do", "c"),
              (0.2, "Vắng không lý do", "c"), (0.2, "Miễn sinh hoạt", "c")],
             [["24", "22", "02", "0", "0"]]),
           L("Chủ trì: Đ/c Đại úy Tống Văn Thạo – Bí thư Chi bộ."),
           L("Thư ký: Đ/c Trung úy Lã Văn Quỳnh.")],
          "2021-11-11", "18:30", None, "Hội trường Đại đội Công binh 25",
          "Tống Văn Thạo", "Bí thư Chi bộ", "Lã Văn Quỳnh",
          attendance(24, 22, 2, 2, 0, 0)),

    _open("n-open-18",
          [L("Thời gian: 7 giờ 30 sáng ngày 02/6/2023."),
           L("Địa điểm: Hội trường tổ dân phố số 8."),
           L("Tổng số đảng viên: 42 đ/c (miễn sinh hoạt: 09 đ/c)."),
           L("Có mặt: 30 đ/c."),
           L("Vắng: 03 đ/c, gồm:"),
           L("1. Đ/c Lê Khắc Hiếu – ốm"),
           L("2. Đ/c Phùng Văn Tạo – đi viện"),
           L("3. Đ/c Nguyễn Xuân Bảy"),
           P("Đồng chí Đại tá (hưu) Hoàng Đình Luyến – Bí thư chi bộ chủ trì; đồng chí Trung tá Vũ Thị Nguyệt "
             "làm thư ký.")],
          "2023-06-02", "07:30", None, "Hội trường tổ dân phố số 8",
          "Hoàng Đình Luyến", "Bí thư chi bộ", "Vũ Thị Nguyệt",
          attendance(42, 30, 3, 2, 1, 9, [("Lê Khắc Hiếu", "ốm", True), ("Phùng Văn Tạo", "đi viện", True),
                                          ("Nguyễn Xuân Bảy", None, False)]),
          ["unexcused_absence"]),

    _open("n-open-19",
          [P("Vào hồi 19 giờ 15 phút ngày 19 tháng 9 năm 2024, tại Hội trường Đại đội, Chi bộ Đại đội Tên lửa 2 "
             "tiến hành sinh hoạt thường kỳ tháng 9. Dự sinh hoạt có 18/19 đảng viên, đạt tỷ lệ 94,7%; vắng 01 "
             "đồng chí có lý do (trực ban tác chiến). Chi bộ thống nhất để đồng chí Thượng úy Lưu Văn Nghĩa, Bí "
             "thư chi bộ, Chính trị viên đại đội chủ trì và cử đồng chí Trung sĩ Bế Văn Hào làm thư ký.")],
          "2024-09-19", "19:15", None, "Hội trường Đại đội",
          "Lưu Văn Nghĩa", "Bí thư chi bộ", "Bế Văn Hào",
          attendance(19, 18, 1, 1, 0, 0)),

    _open("n-open-20",
          [L("Thời gian: Từ 8 giờ đến 10 giờ 30 phút, ngày 06/10/2022."),
           L("Địa điểm: Phòng họp Công an xã Hương Trà."),
           L("Thành phần: Có mặt 09/10 đảng viên; vắng 01 đ/c: Thiếu úy Nguyễn Công Hậu (nghỉ phép chăm vợ "
             "sinh con)."),
           L("Khách mời: Đồng chí Lê Văn Thuần – Phó Bí thư Thường trực Đảng ủy xã."),
           L("Chủ trì: Đ/c Thiếu tá Phạm Ngọc Quang – Bí thư chi bộ, Trưởng Công an xã."),
           L("Thư ký: Đ/c Thượng úy Cao Thị Diệu.")],
          "2022-10-06", "08:00", "10:30", "Phòng họp Công an xã Hương Trà",
          "Phạm Ngọc Quang", "Bí thư chi bộ", "Cao Thị Diệu",
          attendance(10, 9, 1, 1, 0, 0, [("Nguyễn Công Hậu", "nghỉ phép chăm vợ sinh con", True)],
                     [("Lê Văn Thuần", "Phó Bí thư Thường trực Đảng ủy xã")])),
]


# ---------------------------------------------------------------------------------------------------------
# BODIES
# ---------------------------------------------------------------------------------------------------------

BODIES = [
    # 01 — infantry company: numbered orders, all clean
    _body("n-body-01",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Thiếu úy Lê Quang Vũ, Trung đội trưởng Trung đội 2 phát biểu: Trong tháng, trung đội còn "
             "02 đồng chí chiến sĩ mới kiểm tra bắn súng tiểu liên AK bài 1 chưa đạt yêu cầu; đề nghị chi bộ chỉ "
             "đạo tổ chức phụ đạo ngoài giờ, giao cán bộ tiểu đội kèm cặp trực tiếp."),
           P("Đồng chí Thượng sĩ Đinh Văn Khang phát biểu: Việc bảo quản vũ khí sau các buổi huấn luyện dã ngoại "
             "còn chậm, có khẩu súng để qua đêm mới lau chùi; đề nghị quy định rõ thời gian bảo quản và người "
             "kiểm tra."),
           H("V. KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ CHI BỘ"),
           P("Đồng chí Nguyễn Đình Tuấn thay mặt chi ủy kết luận: Tháng qua đơn vị hoàn thành tốt nhiệm vụ, quân "
             "số khỏe đạt 98,6%, không có vụ việc vi phạm kỷ luật. Tháng tới tập trung huấn luyện theo kế hoạch, "
             "chuẩn bị kiểm tra bắn đạn thật; duy trì nghiêm chế độ trực sẵn sàng chiến đấu, bảo quản vũ khí "
             "trang bị ngay sau mỗi buổi huấn luyện."),
           P("Chi bộ giơ tay biểu quyết: 15/15 đồng chí có mặt tán thành, đạt 100%."),
           H("VI. PHÂN CÔNG THỰC HIỆN"),
           L("1. Giao Trung đội 2 tổ chức phụ đạo bắn súng cho 02 đồng chí chưa đạt, hoàn thành trước ngày "
             "20/5/2023."),
           L("2. Đ/c Thượng úy Hoàng Văn Nam, Phó đại đội trưởng phụ trách kiểm tra bảo quản vũ khí sau huấn "
             "luyện, thực hiện hằng ngày."),
           L("3. Đ/c Chính trị viên phó chịu trách nhiệm nắm tư tưởng chiến sĩ mới, báo cáo chi bộ tại kỳ họp "
             "sau."),
           P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản được đọc lại, chi bộ nhất trí thông "
             "qua.")],
          ("Nguyễn Đình Tuấn", "Bí thư chi bộ", "Phạm Văn Hậu", 16, 15),
          "21:15", True, [vote(15, None, None, 100, "kết luận")],
          [task("Trung đội 2", "phụ đạo bắn súng cho 02 đồng chí chưa đạt", "20/5/2023"),
           task("Hoàng Văn Nam", "kiểm tra bảo quản vũ khí sau huấn luyện", "hằng ngày"),
           task("Chính trị viên phó", "nắm tư tưởng chiến sĩ mới", "kỳ họp sau")]),

    # 02 — border post, armed team: heading "Kết luận" holds only "thống nhất với báo cáo"
    _body("n-body-02",
          [H("4. Thảo luận"),
           P("Đ/c Đại úy Sùng A Lềnh (Đội trưởng Đội vũ trang) nêu: tuyến biên giới từ mốc 118 đến mốc 121 mùa "
             "này sương mù dày, đường mòn trơn trượt; đề nghị bố trí tuần tra theo tổ 04 người, mang theo máy "
             "định vị, không để tổ nào đi lẻ."),
           P("Đ/c Thượng úy Vi Đức Mạnh góp ý: việc ghi sổ nhật ký tuần tra của một số tổ còn sơ sài, chưa ghi "
             "rõ giờ xuất phát và giờ trở về; đề nghị chấn chỉnh ngay trong tháng."),
           H("5. Kết luận"),
           P("Chi bộ thảo luận dân chủ, thống nhất với báo cáo đánh giá kết quả tháng qua và phương hướng, nhiệm "
             "vụ tháng tới do đồng chí Bí thư trình bày."),
           P("Biểu quyết: 9/9 đồng chí nhất trí."),
           H("6. Tổ chức thực hiện"),
           P("Giao đồng chí Sùng A Lềnh xây dựng lịch tuần tra tháng 12 theo tổ 04 người, trình Ban Chỉ huy Đồn "
             "trước ngày 05/12/2022. Đồng chí Vi Đức Mạnh kiểm tra việc ghi sổ nhật ký tuần tra của các tổ, thực "
             "hiện thường xuyên."),
           P("Sinh hoạt kết thúc lúc 16 giờ 40 phút. Biên bản được thư ký đọc lại trước chi bộ, các đồng chí nhất "
             "trí thông qua.")],
          ("Hà Quang Thiều", "Bí thư chi bộ", "Lý Văn Sinh", 10, 9),
          "16:40", False, [vote(9, None, None, None, "báo cáo và phương hướng")],
          [task("Sùng A Lềnh", "xây dựng lịch tuần tra tháng 12", "05/12/2022"),
           task("Vi Đức Mạnh", "kiểm tra sổ nhật ký tuần tra", "thường xuyên")],
          ["missing_conclusion"]),

    # 03 — commune military command: "+ Đồng chí X:" list, for/against/abstain
    _body("n-body-03",
          [L("Ý kiến tham gia:"),
           L("- Đ/c Nguyễn Văn Bảy (Chỉ huy phó): Số thanh niên trong độ tuổi gọi nhập ngũ năm 2025 đã đăng ký "
             "là 142 người, còn 09 người đang làm ăn xa chưa về sơ tuyển; đề nghị các thôn phối hợp vận động gia "
             "đình."),
           L("- Đ/c Quách Văn Hòa (Thôn đội trưởng thôn Đồng Bãi): Thôn đã lập danh sách, nhưng kinh phí hỗ trợ "
             "dân quân trực Tết năm trước còn chậm; đề nghị chi bộ kiến nghị Đảng ủy xã sớm giải quyết."),
           H("Kết luận:"),
           P("Đồng chí Bí thư chi bộ kết luận: năm 2024 xã hoàn thành 100% chỉ tiêu giao quân; trọng tâm tháng "
             "11 là sơ tuyển, khám tuyển nghĩa vụ quân sự, hoàn thành huấn luyện dân quân năm thứ nhất và chuẩn "
             "bị diễn tập chiến đấu phòng thủ xã."),
           P("Kết quả biểu quyết: tán thành 08/08 đ/c; không tán thành: 0; ý kiến khác: không."),
           L("Phân công:"),
           L("+ Đồng chí Nguyễn Văn Bảy: chủ trì lập hồ sơ sơ tuyển, hoàn thành trước 25/11."),
           L("+ Đồng chí Quách Văn Hòa cùng các thôn đội trưởng: vận động 09 thanh niên đang làm ăn xa về sơ "
             "tuyển, xong trong tháng 11."),
           L("+ Trung đội dân quân cơ động: duy trì trực sẵn sàng chiến đấu, tuần tra ban đêm hằng tuần."),
           P("Hội nghị kết thúc hồi 10 giờ 30 phút. Biên bản đã được đọc trước hội nghị, các đồng chí dự họp "
             "nhất trí thông qua.")],
          ("Đinh Công Lực", "Bí thư chi bộ", "Quách Thị Mận", 8, 8),
          "10:30", True, [vote(8, 0, 0, None, "kết luận")],
          [task("Nguyễn Văn Bảy", "lập hồ sơ sơ tuyển", "25/11"),
           task("Quách Văn Hòa", "vận động thanh niên làm ăn xa về sơ tuyển", "tháng 11"),
           task("Trung đội dân quân cơ động", "trực SSCĐ, tuần tra ban đêm", "hằng tuần")]),

    # 04 — commune police: indirect speech, passive task shared by two, percentage vote
    _body("n-body-04",
          [H("Thảo luận"),
           P("Đồng chí Thiếu tá Trương Công Định cho rằng tỷ lệ kích hoạt tài khoản định danh điện tử mức 2 của "
             "xã mới đạt 71%, thấp hơn bình quân của huyện, nguyên nhân chủ yếu do người cao tuổi không có điện "
             "thoại thông minh; đồng chí đề nghị tổ chức làm lưu động tại nhà văn hóa các thôn vào ngày nghỉ."),
           P("Đồng chí Trung úy Lò Văn Phương bổ sung: số đối tượng nghiện ma túy ngoài xã hội tăng 03 trường "
             "hợp so với quý trước, tập trung ở khu vực bến bãi ven sông."),
           P("Kết thúc phần thảo luận, đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất ưu tiên hoàn thành chỉ "
             "tiêu Đề án 06 trong quý II, đồng thời tăng cường nắm tình hình, quản lý chặt các đối tượng nghiện, "
             "không để phát sinh tụ điểm mới."),
           P("Chi bộ biểu quyết nhất trí 100% với nội dung kết luận."),
           P("Việc rà soát, cập nhật dữ liệu dân cư và kích hoạt tài khoản định danh điện tử cho người dân 03 thôn "
             "còn lại được giao cho đ/c Trung úy Lò Văn Phương và đ/c Thiếu úy Tòng Thị Xoan, hoàn thành chậm "
             "nhất ngày 30/6/2023. Công tác nắm tình hình, lập hồ sơ quản lý đối tượng nghiện do đ/c Trương "
             "Công Định phụ trách, báo cáo kết quả hằng tháng."),
           P("Buổi sinh hoạt kết thúc vào 17 giờ 05. Biên bản đã được đọc lại và thông qua.")],
          ("Hồ Sỹ Tuân", "Bí thư chi bộ", "Lê Thị Diệu Linh", 7, 7),
          "17:05", True, [vote(None, None, None, 100, "kết luận")],
          [task("Lò Văn Phương", "kích hoạt định danh điện tử 03 thôn", "30/6/2023"),
           task("Tòng Thị Xoan", "kích hoạt định danh điện tử 03 thôn", "30/6/2023"),
           task("Trương Công Định", "quản lý đối tượng nghiện", "hằng tháng")]),

    # 05 — military school faculty: only general calls; a duty reported on in the Q&A
    _body("n-body-05",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Thiếu tá Ninh Văn Sơn hỏi: Kế hoạch bồi dưỡng giảng viên trẻ năm học 2021 – 2022 đã có chưa, "
             "đơn vị nào chủ trì xây dựng?"),
           P("Đ/c Thái Bá Lộc trả lời: Phòng Đào tạo của Trường đang xây dựng, dự kiến ban hành trong tháng 9."),
           P("Đ/c Trung tá Lò Thị Sen phát biểu: Một số bài giảng chiến thuật còn nặng lý thuyết, ít liên hệ tình "
             "huống thực tế trên địa bàn tỉnh; đề nghị tăng thời gian thực hành trên thao trường."),
           H("V. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận:"),
           L("1. Năm học 2020 – 2021, Khoa hoàn thành 100% chương trình giảng dạy, có 02 giảng viên đạt giỏi "
             "cấp Trường."),
           L("2. Năm học mới, tập trung đổi mới phương pháp, tăng tỷ lệ thực hành lên tối thiểu 60% thời lượng "
             "các bài chiến thuật."),
           L("3. Giữ nghiêm kỷ luật giờ giấc lên lớp, chế độ soạn và duyệt giáo án."),
           P("Biểu quyết thông qua kết luận: 10/10 đồng chí có mặt tán thành."),
           P("Chi bộ đề nghị mỗi đảng viên nêu cao tinh thần tự học, tự bồi dưỡng; các đồng chí giảng viên tích "
             "cực đổi mới phương pháp giảng dạy, gắn lý thuyết với thực hành trên thao trường."),
           P("Sinh hoạt kết thúc hồi 11h20'. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua.")],
          ("Thái Bá Lộc", "Bí thư chi bộ", "Văn Thị Hường", 11, 10),
          "11:20", True, [vote(10, None, None, None, "kết luận")], [],
          ["missing_assignments"]),

    # 06 — retired officers: "Chi bộ thống nhất", two votes (one on a request upward), groups
    _body("n-body-06",
          [H("4. Thảo luận"),
           P("Đồng chí Trung tá (hưu) Lưu Đình Tư phát biểu: Khu phố còn 04 hộ gia đình chính sách có nhà xuống "
             "cấp; đề nghị chi bộ phối hợp Hội Cựu chiến binh phường vận động hỗ trợ sửa chữa trước mùa mưa."),
           P("Đồng chí Kha Văn Phụng đề nghị: cần nhắc nhở một số đảng viên đóng đảng phí chưa đúng kỳ, để "
             "chi bộ không bị nhắc nhở khi Đảng ủy phường kiểm tra."),
           H("5. Kết luận"),
           P("Chi bộ thống nhất: tiếp tục phát huy vai trò đảng viên là cán bộ quân đội nghỉ hưu trong giữ gìn "
             "an ninh trật tự khu phố; quan tâm thăm hỏi đảng viên ốm đau, gia đình chính sách; thực hiện nghiêm "
             "việc đóng đảng phí hằng tháng."),
           P("Biểu quyết thông qua nội dung trên: 20/20 đồng chí tán thành (100%)."),
           P("Xét đề nghị Đảng ủy phường trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Đại tá (hưu) Tôn Thất Lãm: "
             "20/20 đồng chí nhất trí."),
           H("6. Phân công"),
           P("Giao Tổ đảng số 1 và Tổ đảng số 3 thăm hỏi các đồng chí đảng viên ốm đau, hoàn thành trước ngày "
             "22/12. Đồng chí Phó Bí thư chi bộ hoàn chỉnh hồ sơ đề nghị trao Huy hiệu Đảng, gửi Đảng ủy phường "
             "trước ngày 10/12."),
           P("Hội nghị bế mạc lúc 10 giờ 45 phút. Biên bản được đọc lại trước hội nghị, 100% đảng viên có mặt "
             "nhất trí thông qua.")],
          ("Bạch Văn Đức", "Bí thư chi bộ", "Nông Thị Huệ", 26, 20),
          "10:45", True,
          [vote(20, None, None, 100, "kết luận"), vote(20, None, None, None, "đề nghị trao Huy hiệu 50 năm")],
          [task("Tổ đảng số 1", "thăm hỏi đảng viên ốm đau", "22/12"),
           task("Tổ đảng số 3", "thăm hỏi đảng viên ốm đau", "22/12"),
           task("Phó Bí thư chi bộ", "hồ sơ đề nghị trao Huy hiệu Đảng", "10/12")]),

    # 07 — engineer company: task table; only the minutes approved, nothing voted
    _body("n-body-07",
          [H("IV. Ý KIẾN THAM GIA"),
           L("- Đ/c Thiếu tá Lê Văn Cảnh: Địa bàn rà phá bom mìn tại xã Hải Sơn có nhiều hố bom cũ, đất yếu; đề "
             "nghị bố trí thêm máy dò thế hệ mới và tổ cứu thương trực tại hiện trường."),
           L("- Đ/c Trung úy Ngô Văn Hải: Chiến sĩ mới còn lúng túng khi đánh dấu khu vực nghi có vật nổ; đề "
             "nghị học lại quy trình trước khi ra hiện trường."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Tạ Quang Vinh kết luận: tháng tới nhiệm vụ trọng tâm của đại đội là rà phá bom mìn, vật "
             "nổ khu vực xã Hải Sơn bảo đảm tuyệt đối an toàn; mọi hoạt động phải có phương án, có chỉ huy trực "
             "tiếp; cán bộ các cấp kiểm tra chặt việc chấp hành quy trình an toàn."),
           H("VI. PHÂN CÔNG"),
           T([(0.07, "TT", "c"), (0.43, "Nội dung", "l"), (0.25, "Người thực hiện", "l"), (0.25, "Thời gian", "c")],
             [["1", "Hoàn thiện kế hoạch rà phá bom mìn khu vực xã Hải Sơn", "Đ/c Thiếu tá Lê Văn Cảnh",
               "Trước 15/3/2021"],
              ["2", "Kiểm tra, bảo dưỡng máy dò mìn, phương tiện", "Trung đội 2", "Trong tháng 3"],
              ["3", "Tổ chức học tập quy định an toàn cho chiến sĩ mới", "Đ/c Chính trị viên", "Tuần 2 tháng 3"]]),
           P("Sinh hoạt kết thúc lúc 20 giờ 35 phút. Biên bản được đọc lại, 14/14 đồng chí nhất trí thông qua "
             "biên bản.")],
          ("Tạ Quang Vinh", "Bí thư chi bộ", "Đoàn Văn Thịnh", 15, 14),
          "20:35", True, [],
          [task("Lê Văn Cảnh", "kế hoạch rà phá bom mìn", "15/3/2021"),
           task("Trung đội 2", "bảo dưỡng máy dò mìn, phương tiện", "tháng 3"),
           task("Chính trị viên", "học tập quy định an toàn", "Tuần 2 tháng 3")],
          ["missing_vote"]),

    # 08 — radar station: vote in words, task over two sentences, group task
    _body("n-body-08",
          [H("Thảo luận"),
           P("Đồng chí Trạm trưởng Ngô Sỹ Hùng phát biểu: Tháng qua trạm bảo đảm phát sóng đúng thời gian quy "
             "định, phát hiện và thông báo kịp thời các mục tiêu; tuy nhiên việc bàn giao giữa các kíp trực có lúc "
             "còn sơ sài, sổ nhật ký ghi chưa đủ."),
           P("Đ/c Trung úy Lục Văn Tiến (kíp trực 2) đề nghị: máy phát điện dự phòng đã quá hạn bảo dưỡng, cần "
             "kiểm tra ngay để bảo đảm khi mất điện lưới."),
           H("Kết luận"),
           P("Đồng chí Khuất Văn Định kết luận: chi bộ đánh giá trạm hoàn thành tốt nhiệm vụ quản lý vùng trời "
             "được giao; tháng tới phải chấn chỉnh ngay chế độ bàn giao kíp trực, duy trì nghiêm kỷ luật trực "
             "sẵn sàng chiến đấu. Giao đồng chí Ngô Sỹ Hùng rà soát, bổ sung quy trình bàn giao kíp trực. Việc "
             "này phải xong trước ngày 10/8/2025."),
           P("Kíp trực số 2 chịu trách nhiệm kiểm tra, chạy thử máy phát điện dự phòng, thực hiện hằng tuần."),
           P("Chi bộ biểu quyết tán thành với kết luận: mười hai trên mười hai đồng chí nhất trí, đạt một trăm "
             "phần trăm."),
           P("Sinh hoạt chi bộ kết thúc lúc 20h30. Biên bản đã được đọc lại và thông qua.")],
          ("Khuất Văn Định", "Bí thư chi bộ", "Dương Thị Hòa", 12, 12),
          "20:30", True, [vote(12, None, None, 100, "kết luận")],
          [task("Ngô Sỹ Hùng", "bổ sung quy trình bàn giao kíp trực", "10/8/2025"),
           task("Kíp trực số 2", "chạy thử máy phát điện dự phòng", "hằng tuần")]),

    # 09 — border-guard boat squadron: not read back
    _body("n-body-09",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Đại úy Danh Sơn (Thuyền trưởng tàu 02) phát biểu: Máy chính tàu 02 đã vận hành vượt giờ "
             "quy định, nhiều lần phải quay về giữa chừng; đề nghị báo cáo Bộ Chỉ huy sửa chữa lớn trước khi vào "
             "mùa mưa bão."),
           P("Đồng chí Thiếu tá Kim Văn Tươi phát biểu: Tình trạng tàu cá khai thác trái phép vùng biển giáp ranh "
             "vẫn diễn ra; đề nghị tăng tần suất tuần tra ban đêm, phối hợp với Đồn Biên phòng tuyên truyền tại "
             "các bến cá."),
           H("V. KẾT LUẬN"),
           P("Thay mặt chi ủy, đồng chí Trịnh Xuân Trường kết luận: hải đội cơ bản hoàn thành nhiệm vụ tuần tra, "
             "kiểm soát; cần khắc phục ngay tình trạng kỹ thuật tàu 02, duy trì lực lượng trực sẵn sàng cứu nạn "
             "24/24 giờ."),
           P("Kết quả biểu quyết: 12/12 đồng chí tán thành, 0 không tán thành."),
           H("VI. PHÂN CÔNG"),
           P("Đ/c Danh Sơn phụ trách lập dự trù vật tư, phối hợp xưởng sửa chữa máy chính tàu 02 trong quý "
             "IV/2019. Đ/c Thiếu tá Kim Văn Tươi chịu trách nhiệm xây dựng kế hoạch tuần tra đêm trước mùa mưa "
             "bão."),
           P("Buổi sinh hoạt kết thúc lúc 15 giờ 50 phút cùng ngày.")],
          ("Trịnh Xuân Trường", "Bí thư chi bộ", "Lâm Văn Bé", 13, 12),
          "15:50", True, [vote(12, 0, None, None, "kết luận")],
          [task("Danh Sơn", "sửa chữa máy chính tàu 02", "quý IV/2019"),
           task("Kim Văn Tươi", "kế hoạch tuần tra đêm", "mùa mưa bão")],
          ["not_approved"]),

    # 10 — regiment staff: opinions in a table, numbered conclusion, three staff sections in one sentence
    _body("n-body-10",
          [H("IV. THẢO LUẬN"),
           T([(0.06, "TT", "c"), (0.30, "Người phát biểu", "l"), (0.64, "Nội dung ý kiến", "l")],
             [["1", "Đ/c Thiếu tá Vương Đình Lực", "Đề nghị bổ sung nội dung huấn luyện đêm cho các tiểu đoàn, "
               "nhất là bắn mục tiêu xuất hiện ban đêm."],
              ["2", "Đ/c Đại úy Hoàng Thị Lan", "Tăng gia vụ đông cần có giống rau sớm; đề nghị bảo đảm vật tư "
               "trước 15/9."],
              ["3", "Đ/c Thượng úy Kim Ngọc Trâm", "Đề nghị tổ chức hội thi tuyên truyền viên giỏi cấp trung "
               "đoàn trong quý IV."]]),
           H("V. KẾT LUẬN"),
           P("Đồng chí Bí thư chi bộ kết luận 3 nội dung:"),
           L("1. Tháng qua cơ quan hoàn thành tốt công tác tham mưu cho Đảng ủy, chỉ huy trung đoàn."),
           L("2. Tháng tới tập trung chỉ đạo huấn luyện đêm, chuẩn bị tăng gia vụ đông, làm tốt công tác chính "
             "trị tư tưởng."),
           L("3. Chấn chỉnh chế độ báo cáo, không để chậm, sai số liệu."),
           P("Biểu quyết: tán thành 17/17 (100%)."),
           H("VI. PHÂN CÔNG"),
           P("Giao Ban Tham mưu xây dựng kế hoạch huấn luyện đêm, trình chỉ huy trung đoàn trước ngày 12/9/2022; "
             "Ban Hậu cần bảo đảm vật chất tăng gia vụ đông, xong trong tháng 9; Ban Chính trị tổ chức hội thi "
             "tuyên truyền viên giỏi trong quý IV/2022."),
           P("Sinh hoạt kết thúc 11 giờ 00. Thư ký đọc lại biên bản; chi bộ nhất trí thông qua.")],
          ("Lương Văn Trọng", "Bí thư chi bộ", "Đỗ Thị Thanh Thủy", 18, 17),
          "11:00", True, [vote(17, None, None, 100, "kết luận")],
          [task("Ban Tham mưu", "kế hoạch huấn luyện đêm", "12/9/2022"),
           task("Ban Hậu cần", "vật chất tăng gia vụ đông", "tháng 9"),
           task("Ban Chính trị", "hội thi tuyên truyền viên giỏi", "quý IV/2022")]),

    # 11 — traffic police: nobody named in the discussion
    _body("n-body-11",
          [H("III. Ý KIẾN THẢO LUẬN"),
           P("Các ý kiến phát biểu đều nhất trí với báo cáo đánh giá kết quả công tác tháng 11 và chương trình công "
             "tác tháng 12; một số ý kiến đề nghị tăng cường tuần tra, kiểm soát nồng độ cồn vào buổi tối các "
             "ngày cuối tuần, nhất là trên tuyến Quốc lộ 1 đoạn qua thị trấn."),
           H("IV. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận: tháng 12 và dịp Tết Dương lịch là cao điểm về tai nạn giao thông, yêu "
             "cầu toàn Đội tập trung tuần tra, xử lý nghiêm vi phạm nồng độ cồn, tốc độ, chở quá tải; cán bộ, đảng "
             "viên tuyệt đối không được gây phiền hà, sách nhiễu nhân dân."),
           P("Biểu quyết: 9/9 đồng chí tán thành."),
           H("V. PHÂN CÔNG NHIỆM VỤ"),
           L("– Tổ CSGT số 1: tuần tra, kiểm soát nồng độ cồn các tối thứ Sáu, thứ Bảy, thực hiện hằng tuần."),
           L("– Tổ CSGT số 2: chốt tại nút giao Quốc lộ 1 – đường tỉnh 769 vào giờ cao điểm sáng, chiều; thường "
             "xuyên."),
           L("– Đ/c Thượng úy Trần Thanh Phong: tổng hợp số liệu vi phạm, báo cáo chỉ huy Đội hằng tuần."),
           P("Sinh hoạt kết thúc lúc 17h30 cùng ngày; biên bản đã được đọc lại và thông qua.")],
          ("Mai Thanh Sang", "Bí thư chi bộ", "Lý Thị Ngọc Hân", 10, 9),
          "17:30", True, [vote(9, None, None, None, "kết luận")],
          [task("Tổ CSGT số 1", "kiểm soát nồng độ cồn cuối tuần", "hằng tuần"),
           task("Tổ CSGT số 2", "chốt nút giao giờ cao điểm", "thường xuyên"),
           task("Trần Thanh Phong", "tổng hợp số liệu vi phạm", "hằng tuần")],
          ["no_discussion"]),

    # 12 — fire police: task table (assignee column first), two votes (conclusion, full member)
    _body("n-body-12",
          [H("Thảo luận"),
           P("Đ/c Trung úy Châu Minh Tâm (Tổ chữa cháy số 3) đề nghị: nhiều cơ sở karaoke, quán bar trên địa bàn "
             "đã hết hạn kiểm tra định kỳ, lối thoát nạn bị che chắn; cần kiểm tra dứt điểm trong quý."),
           P("Đ/c Thượng úy Đàm Văn Kiên (Tổ cứu nạn, cứu hộ) đề nghị: tổ chức diễn tập cứu nạn tại chung cư "
             "cao tầng có sự tham gia của ban quản trị và cư dân."),
           H("Kết luận"),
           P("Đồng chí Phùng Quang Hiếu kết luận: chi bộ thống nhất lấy công tác kiểm tra an toàn phòng cháy, chữa "
             "cháy tại các cơ sở kinh doanh dịch vụ có nguy cơ cháy nổ cao làm trọng tâm quý III; duy trì nghiêm "
             "quân số trực chiến 24/24 giờ."),
           P("Chi bộ biểu quyết thông qua kết luận với 13/13 đồng chí tán thành."),
           H("Xét công nhận đảng viên chính thức"),
           P("Chi bộ xem xét đề nghị công nhận đảng viên chính thức đối với đồng chí Hạ sĩ Sầm Văn Thái, kết nạp "
             "ngày 19/5/2023. Số đảng viên chính thức có mặt 11 đồng chí; kết quả biểu quyết: 11/11 đồng chí tán "
             "thành (100%)."),
           H("Phân công thực hiện"),
           T([(0.30, "Đơn vị, cá nhân", "l"), (0.47, "Nhiệm vụ", "l"), (0.23, "Thời hạn", "c")],
             [["Tổ chữa cháy số 3", "Kiểm tra, hướng dẫn PCCC tại 12 cơ sở karaoke, quán bar", "Trước 30/6/2024"],
              ["Đ/c Đàm Văn Kiên", "Tổ chức diễn tập cứu nạn tại khu chung cư Đông Phát", "Quý III/2024"],
              ["Đ/c Hứa Thị Kim Oanh", "Hoàn thiện hồ sơ công nhận đảng viên chính thức, gửi Đảng ủy",
               "Ngay sau cuộc họp"]]),
           P("Buổi sinh hoạt kết thúc vào lúc 21 giờ 05 phút. Biên bản được đọc lại cho chi bộ nghe và được nhất "
             "trí thông qua.")],
          ("Phùng Quang Hiếu", "Bí thư chi bộ", "Hứa Thị Kim Oanh", 13, 13),
          "21:05", True,
          [vote(13, None, None, None, "kết luận"), vote(11, None, None, 100, "công nhận đảng viên chính thức")],
          [task("Tổ chữa cháy số 3", "kiểm tra PCCC cơ sở karaoke", "30/6/2024"),
           task("Đàm Văn Kiên", "diễn tập cứu nạn chung cư", "Quý III/2024"),
           task("Hứa Thị Kim Oanh", "hồ sơ công nhận đảng viên chính thức", "Ngay sau cuộc họp")]),

    # 13 — signals company: no conclusion, no vote
    _body("n-body-13",
          [H("4. Thảo luận"),
           L("- Đ/c Thượng úy Giáp Văn Chung: tuyến cáp hữu tuyến từ Sở chỉ huy ra trận địa pháo bị chuột cắn "
             "nhiều đoạn, mưa lớn gây chập, thông tin có lúc gián đoạn."),
           L("- Đ/c Trung sĩ Mông Văn Tài: tốc độ thu phát báo của một số chiến sĩ vô tuyến điện chưa đạt chỉ "
             "tiêu; đề nghị tăng giờ luyện tập buổi tối."),
           L("- Đ/c Trung úy Quan Văn Khởi: nhất trí với các ý kiến trên, đề nghị chi bộ quan tâm đời sống bộ đội "
             "trong những ngày rét đậm."),
           H("5. Phân công"),
           P("Trung đội hữu tuyến điện chịu trách nhiệm kiểm tra, khắc phục tuyến cáp từ Sở chỉ huy đến trận địa "
             "pháo, xong trước 20/02/2019."),
           P("Trung đội vô tuyến điện tổ chức luyện tập thu phát báo tốc độ cao, hằng ngày."),
           P("Họp xong 20h. Biên bản đã đọc lại, chi bộ nhất trí thông qua.")],
          ("Âu Văn Quý", "Bí thư chi bộ", "Viên Thị Lụa", 9, 8),
          "20:00", False, [],
          [task("Trung đội hữu tuyến điện", "khắc phục tuyến cáp", "20/02/2019"),
           task("Trung đội vô tuyến điện", "luyện tập thu phát báo", "hằng ngày")],
          ["missing_conclusion", "missing_vote"]),

    # 14 — people's security team: "Chi bộ thống nhất", roles, "trước Tết"
    _body("n-body-14",
          [H("III. THẢO LUẬN"),
           P("Đồng chí Phó Đội trưởng Phạm Thế Anh báo cáo thêm tình hình một số đối tượng lợi dụng mạng xã hội "
             "đăng tải thông tin sai sự thật về công tác bồi thường, giải phóng mặt bằng; đồng chí đề xuất cử cán "
             "bộ bám nắm địa bàn xã Long Phước đến hết dịp Tết."),
           P("Đồng chí Thiếu tá Đặng Ngọc Tú phát biểu: hồ sơ nghiệp vụ của Đội cơ bản đầy đủ, song việc lưu trữ "
             "văn bản mật còn có thiếu sót, cần kiểm tra lại."),
           H("IV. KẾT LUẬN"),
           P("Chi bộ thống nhất: tập trung nắm chắc tình hình, giữ vững an ninh chính trị nội bộ, an ninh nông "
             "thôn trước, trong và sau Tết Nguyên đán Giáp Thìn; thực hiện nghiêm quy định bảo vệ bí mật nhà "
             "nước."),
           P("Biểu quyết: 100% đảng viên có mặt tán thành."),
           H("V. PHÂN CÔNG NHIỆM VỤ"),
           L("1. Đ/c Đội trưởng: chỉ đạo rà soát, nắm tình hình các đối tượng trên không gian mạng, trước Tết "
             "Nguyên đán Giáp Thìn."),
           L("2. Đ/c Phạm Thế Anh: bám nắm địa bàn xã Long Phước, thường xuyên."),
           L("3. Tổ công tác địa bàn: kiểm tra việc lưu trữ văn bản mật, chậm nhất ngày 25/01/2024."),
           P("Cuộc họp kết thúc hồi 10h45. Biên bản đã được đọc lại và các đồng chí dự họp nhất trí thông qua.")],
          ("Cao Minh Đức", "Bí thư chi bộ", "Tôn Nữ Thanh Tâm", 6, 6),
          "10:45", True, [vote(None, None, None, 100, "kết luận")],
          [task("Đội trưởng", "nắm tình hình đối tượng trên không gian mạng", "Tết Nguyên đán Giáp Thìn"),
           task("Phạm Thế Anh", "bám nắm địa bàn xã Long Phước", "thường xuyên"),
           task("Tổ công tác địa bàn", "kiểm tra lưu trữ văn bản mật", "25/01/2024")]),

    # 15 — reconnaissance company: tasks inside the conclusion, one vote against
    _body("n-body-15",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Lò Văn Thắm phát biểu: thời tiết tuần đầu tháng 4 dự báo mưa lớn, đề nghị lùi đợt hành "
             "quân dã ngoại sang tuần thứ hai để bảo đảm an toàn."),
           P("Đồng chí Thượng sĩ Y Khuê Niê phát biểu: nhất trí giữ thời gian theo kế hoạch của Trung đoàn, vì "
             "trinh sát phải quen hành quân trong mọi điều kiện thời tiết; đề nghị chuẩn bị kỹ áo mưa, thuốc "
             "men."),
           H("KẾT LUẬN CỦA CHỦ TRÌ"),
           P("Đồng chí Mã Văn Đông kết luận và giao nhiệm vụ như sau:"),
           L("1. Tổ chức hành quân dã ngoại 03 ngày theo đúng kế hoạch của Trung đoàn; giao Trung đội trinh sát 1 "
             "làm mũi đi đầu, chuẩn bị xong trước ngày 08/4."),
           L("2. Giao đồng chí Phó đại đội trưởng kỹ thuật kiểm tra ống nhòm, máy thông tin, khí tài quan sát "
             "đêm, hoàn thành trong tuần tới."),
           L("3. Đồng chí Trương Văn Dũng tổng hợp ý kiến, báo cáo Đảng ủy Trung đoàn sau đợt dã ngoại."),
           P("Biểu quyết: tán thành 14 đồng chí; không tán thành 01 đồng chí (đ/c Lò Văn Thắm)."),
           P("Sinh hoạt kết thúc lúc 21 giờ. Biên bản đã đọc lại, được chi bộ nhất trí thông qua.")],
          ("Mã Văn Đông", "Bí thư chi bộ", "Trương Văn Dũng", 16, 15),
          "21:00", True, [vote(14, 1, None, None, "kết luận")],
          [task("Trung đội trinh sát 1", "mũi đi đầu hành quân dã ngoại", "08/4"),
           task("Phó đại đội trưởng kỹ thuật", "kiểm tra khí tài quan sát", "tuần tới"),
           task("Trương Văn Dũng", "tổng hợp ý kiến, báo cáo Đảng ủy", "sau đợt dã ngoại")]),

    # 16 — district military command: read back but never approved
    _body("n-body-16",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Thiếu tá Hà Thế Hùng, Trợ lý Quân lực, phát biểu: nguồn công dân sẵn sàng nhập ngũ năm 2022 của "
             "huyện đủ chỉ tiêu, nhưng tỷ lệ có trình độ cao đẳng, đại học chỉ đạt 6%; một số xã sơ tuyển chưa "
             "chặt, để lọt người có tiền sử sử dụng ma túy."),
           P("Đ/c Đại úy Kiều Văn Tâm đề nghị: cần phối hợp chặt với Công an huyện xét nghiệm ma túy ngay từ vòng "
             "sơ tuyển."),
           H("V. KẾT LUẬN"),
           P("Thay mặt chi ủy, đồng chí Vũ Hồng Quân kết luận: chi bộ xác định công tác tuyển chọn, gọi công dân "
             "nhập ngũ năm 2022 là nhiệm vụ chính trị trọng tâm của cơ quan trong tháng 11, 12; bảo đảm đủ chỉ "
             "tiêu, đúng luật, chất lượng cao hơn năm trước."),
           P("Chi bộ biểu quyết: 13/13 đồng chí tán thành, đạt 100%."),
           H("VI. PHÂN CÔNG"),
           P("Giao đ/c Hà Thế Hùng tổng hợp kết quả sơ tuyển các xã, báo cáo Hội đồng nghĩa vụ quân sự huyện "
             "trước 05/12/2021. Giao Ban Tham mưu phối hợp với Ban CHQS các xã, thị trấn tổ chức khám sơ tuyển, "
             "hoàn thành trong tháng 11/2021. Đ/c Lại Thị Hằng và đ/c Kiều Văn Tâm rà soát hồ sơ công dân có "
             "trình độ đại học, xong trước ngày 30/11/2021."),
           P("Sinh hoạt kết thúc lúc 11 giờ 30 phút. Thư ký đọc lại biên bản để chi bộ cùng nghe.")],
          ("Vũ Hồng Quân", "Bí thư chi bộ", "Lại Thị Hằng", 14, 13),
          "11:30", True, [vote(13, None, None, 100, "kết luận")],
          [task("Hà Thế Hùng", "tổng hợp kết quả sơ tuyển", "05/12/2021"),
           task("Ban Tham mưu", "khám sơ tuyển", "tháng 11/2021"),
           task("Lại Thị Hằng", "rà soát hồ sơ công dân có trình độ đại học", "30/11/2021"),
           task("Kiều Văn Tâm", "rà soát hồ sơ công dân có trình độ đại học", "30/11/2021")],
          ["not_approved"]),

    # 17 — ammunition depot: opinions by job only, "chịu trách nhiệm", a task with no deadline
    _body("n-body-17",
          [H("THẢO LUẬN"),
           P("Đồng chí Chủ nhiệm kho phát biểu: qua kiểm tra định kỳ, nhiệt độ, độ ẩm trong nhà kho K3 vào buổi "
             "trưa vượt ngưỡng cho phép; hệ thống chống sét đã lâu chưa được đo điện trở tiếp đất."),
           P("Đồng chí Trợ lý kỹ thuật bổ sung: một số hòm đạn xếp chưa đúng quy cách, khoảng cách đến tường chưa "
             "bảo đảm; đề nghị xếp lại trong đợt bảo quản tới."),
           H("Kết luận"),
           P("Đồng chí Bùi Đức Chính, Bí thư chi bộ, kết luận: an toàn kho là nhiệm vụ hàng đầu; chi bộ yêu cầu "
             "khắc phục ngay các tồn tại về nhiệt độ, độ ẩm, chống sét và cách xếp hòm đạn, không để xảy ra sự cố "
             "cháy nổ."),
           P("Chi bộ giơ tay biểu quyết: 10/10 đồng chí tán thành; không có đồng chí nào không tán thành hoặc có "
             "ý kiến khác."),
           P("Đồng chí Thượng úy QNCN Phan Văn Lợi chịu trách nhiệm kiểm tra hệ thống chống sét, phòng chống cháy "
             "nổ nhà kho K3 trước mùa mưa. Tổ bảo quản số 2 phụ trách xếp lại toàn bộ hòm đạn nhà kho K3, hoàn "
             "thành trong quý II/2020. Đồng chí Chủ nhiệm kho chỉ đạo lắp thêm quạt thông gió cho nhà kho K3."),
           P("Buổi sinh hoạt kết thúc vào hồi 16 giờ 20 phút. Biên bản được đọc lại, các đồng chí nhất trí thông "
             "qua.")],
          ("Bùi Đức Chính", "Bí thư chi bộ", "Triệu Thị Nga", 10, 10),
          "16:20", True, [vote(10, 0, 0, None, "kết luận")],
          [task("Phan Văn Lợi", "kiểm tra chống sét, PCCN nhà kho K3", "mùa mưa"),
           task("Tổ bảo quản số 2", "xếp lại hòm đạn", "quý II/2020"),
           task("Chủ nhiệm kho", "lắp quạt thông gió", None)]),

    # 18 — transport company: nobody named, only general calls
    _body("n-body-18",
          [H("4. Thảo luận:"),
           P("Chi bộ thảo luận soi nổi, các ý kiến đều thống nhất cao với báo cáo; nhiều ý kiến nhấn mạnh việc "
             "chấp hành nghiêm quy định về an toàn giao thông khi lái xe đường dài, nhất là các đoạn đèo dốc trên "
             "tuyến quốc lộ 6."),
           H("5. Kết luận"),
           P("Đồng chí chủ trì kết luận: tháng qua đại đội vận chuyển an toàn 46 chuyến hàng, không có vụ tai "
             "nạn; tháng tới vào mùa mưa, phải kiểm tra kỹ thuật xe trước mỗi chuyến, kiên quyết không xuất xe "
             "khi chưa bảo đảm phanh, lái, đèn."),
           P("Biểu quyết tán thành kết luận: 11/11 đ/c (đạt 100%)."),
           P("Chi bộ yêu cầu từng đảng viên là lái xe phải gương mẫu chấp hành Luật Giao thông đường bộ, tuyệt "
             "đối không sử dụng rượu bia trước và trong khi làm nhiệm vụ; các đồng chí đảng viên tích cực giúp "
             "đỡ lái xe mới."),
           P("Buổi sinh hoạt kết thúc lúc 19h50. Biên bản đã thông qua trước chi bộ, 11/11 đồng chí nhất trí.")],
          ("Quản Văn Hợi", "Bí thư chi bộ", "Lê Thị Ánh Tuyết", 11, 11),
          "19:50", True, [vote(11, None, None, 100, "kết luận")], [],
          ["missing_assignments", "no_discussion"]),

    # 19 — medical unit: Q&A, numbered conclusion, two votes (official members only on admission), two people
    _body("n-body-19",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Đại úy, BS. Lê Văn Hạnh hỏi: Kế hoạch khám sức khỏe định kỳ quý III cho bộ đội đã được Trung "
             "đoàn phê duyệt chưa?"),
           P("Đ/c Đồng Văn Sỹ trả lời: Kế hoạch đã được phê duyệt, thời gian khám từ tuần đầu tháng 8."),
           P("Đ/c Thượng úy QNCN Nguyễn Thị Lan Anh đề nghị: bổ sung cơ số thuốc phòng chống sốt xuất huyết cho "
             "các đại đội đóng quân gần khu dân cư."),
           H("V. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận:"),
           L("1/ Bệnh xá hoàn thành tốt công tác thu dung, điều trị; quân số khỏe toàn trung đoàn đạt 98,2%."),
           L("2/ Tháng tới tổ chức khám sức khỏe định kỳ, phòng chống dịch bệnh mùa hè, bảo đảm đủ cơ số thuốc."),
           P("Biểu quyết thông qua kết luận: 9/9 đồng chí tán thành."),
           H("VI. XÉT KẾT NẠP ĐẢNG VIÊN"),
           P("Chi bộ xem xét hồ sơ đề nghị kết nạp quần chúng Binh nhất Điểu Minh Hải vào Đảng. Đảng viên chính "
             "thức có mặt: 08/08 đồng chí (01 đồng chí dự bị không biểu quyết). Kết quả: 08/08 đồng chí tán thành "
             "(đạt 100%)."),
           H("VII. PHÂN CÔNG"),
           L("+ Đ/c Lê Văn Hạnh và đ/c Nguyễn Thị Lan Anh: tổ chức khám sức khỏe định kỳ cho bộ đội quý III, "
             "xong trước ngày 15/8/2020."),
           L("+ Đ/c Đồng Văn Sỹ: hoàn chỉnh hồ sơ kết nạp, báo cáo Đảng ủy Trung đoàn trước ngày 05/8/2020."),
           P("Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút. Biên bản được đọc lại và nhất trí thông qua.")],
          ("Đồng Văn Sỹ", "Bí thư chi bộ", "Mẫn Thị Thu Trang", 9, 9),
          "16:30", True,
          [vote(9, None, None, None, "kết luận"), vote(8, None, None, 100, "kết nạp Điểu Minh Hải")],
          [task("Lê Văn Hạnh", "khám sức khỏe định kỳ quý III", "15/8/2020"),
           task("Nguyễn Thị Lan Anh", "khám sức khỏe định kỳ quý III", "15/8/2020"),
           task("Đồng Văn Sỹ", "hồ sơ kết nạp", "05/8/2020")]),

    # 20 — detention camp: conclusion and tasks, nothing voted
    _body("n-body-20",
          [H("III. THẢO LUẬN"),
           P("Đồng chí Thiếu tá Lê Quang Trung, Đội trưởng Đội quản giáo, phát biểu: tháng qua phát hiện 02 vụ "
             "cất giấu điện thoại trong buồng tạm giam; nguyên nhân là khâu kiểm tra đồ tiếp tế còn sơ hở. Đề "
             "nghị tăng số lần kiểm tra đột xuất."),
           P("Đồng chí Đại úy Hoàng Văn Chiến phát biểu: hồ sơ đề nghị đặc xá năm nay cần rà soát kỹ, tránh sai "
             "sót như đợt trước."),
           H("IV. KẾT LUẬN"),
           P("Kết luận: Đồng chí Nguyễn Hữu Nghị yêu cầu siết chặt quy trình kiểm tra đồ tiếp tế, quản lý chặt "
             "người bị tạm giữ, tạm giam; không để xảy ra trốn, chết, tự sát; xử lý nghiêm cán bộ buông lỏng "
             "quản lý."),
           H("V. PHÂN CÔNG"),
           P("Việc kiểm tra đột xuất buồng tạm giam được giao cho Đội quản giáo thực hiện hằng tuần. Đồng chí Đại "
             "úy Hoàng Văn Chiến có trách nhiệm rà soát danh sách phạm nhân đủ điều kiện đề nghị đặc xá; báo cáo "
             "Ban Giám thị chậm nhất ngày 10/6."),
           P("Sinh hoạt kết thúc hồi 17 giờ 10 phút. Biên bản đọc lại, chi bộ nhất trí thông qua.")],
          ("Nguyễn Hữu Nghị", "Bí thư chi bộ", "Trần Thị Hải Yến", 15, 14),
          "17:10", True, [],
          [task("Đội quản giáo", "kiểm tra đột xuất buồng tạm giam", "hằng tuần"),
           task("Hoàng Văn Chiến", "rà soát danh sách đề nghị đặc xá", "10/6")],
          ["missing_vote"]),

    # 21 — artillery company: task table with the person column before the task
    _body("n-body-21",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Trung úy Nông Quốc Việt, Trung đội trưởng Trung đội 1 phát biểu: qua kiểm tra, 02 khẩu "
             "pháo có hiện tượng rò dầu ở bộ phận hãm lùi; đề nghị báo cáo ngành kỹ thuật sửa chữa trước đợt bắn "
             "đạn thật."),
           P("Đồng chí Thượng sĩ Lý Văn Hoạch phát biểu: 03 pháo thủ mới về đơn vị thao tac con chậm, đề nghị "
             "phân công cán bộ khẩu đội kèm cặp."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Hồ Quang Minh kết luận: chi bộ thống nhất tập trung khắc phục kỹ thuật pháo, nâng cao chất "
             "lượng huấn luyện khẩu đội, sẵn sàng tham gia bắn đạn thật cấp tiểu đoàn; duy trì tốt nền nếp chính "
             "quy."),
           P("Biểu quyết: 12/12 đồng chí tán thành."),
           H("VI. PHÂN CÔNG NHIỆM VỤ"),
           T([(0.07, "TT", "c"), (0.25, "Người chịu trách nhiệm", "l"), (0.43, "Nội dung", "l"),
              (0.25, "Thời gian hoàn thành", "c")],
             [["1", "Đ/c Nông Quốc Việt", "Lập biên bản tình trạng kỹ thuật 02 khẩu pháo, báo cáo Tiểu đoàn",
               "Trước 30/10/2026"],
              ["2", "Khẩu đội 3", "Luyện tập thao tác chuyển trạng thái chiến đấu", "Hằng ngày"],
              ["3", "Đ/c Lý Văn Hoạch", "Kèm cặp 03 pháo thủ mới", "Đến hết tháng 11"]]),
           P("Buổi sinh hoạt kết thúc lúc 20 giờ 40 phút. Biên bản đã được đọc lại và thông qua.")],
          ("Hồ Quang Minh", "Bí thư chi bộ", "Đặng Văn Toản", 13, 12),
          "20:40", True, [vote(12, None, None, None, "kết luận")],
          [task("Nông Quốc Việt", "biên bản tình trạng kỹ thuật pháo", "30/10/2026"),
           task("Khẩu đội 3", "luyện tập chuyển trạng thái chiến đấu", "Hằng ngày"),
           task("Lý Văn Hoạch", "kèm cặp pháo thủ mới", "hết tháng 11")]),

    # 22 — logistics office: tasks inside "Chi bộ thống nhất", "trước Tết"
    _body("n-body-22",
          [H("Thảo luận"),
           P("Đ/c Đại úy QNCN Võ Thị Thu (trợ lý quân nhu) đề nghị: Tết năm nay trùng đợt huấn luyện chiến sĩ "
             "mới, cần chuẩn bị sớm lá dong, gạo nếp để các đại đội tự gói bánh chưng."),
           P("Đ/c Thiếu tá Trần Đình Lương (trợ lý xăng dầu) nêu: một số đơn vị quyết toán xăng dầu quý IV còn "
             "chậm, số liệu chưa khớp với sổ theo dõi xe."),
           P("Chi bộ thống nhất: (1) bảo đảm đầy đủ tiêu chuẩn ăn Tết cho bộ đội; (2) giao đồng chí Võ Thị Thu "
             "chủ trì tổ chức gói bánh chưng cho các đơn vị, hoàn thành trước Tết Nguyên đán; (3) đồng chí Trần "
             "Đình Lương kiểm kê, quyết toán xăng dầu năm 2024, báo cáo trong quý I/2025."),
           P("Chi bộ nhất trí 100% với các nội dung trên."),
           P("Họp kết thúc 16h. Biên bản được đọc lại và nhất trí thông qua.")],
          ("Lê Thanh Bình", "Bí thư chi bộ", "Hoàng Thị Mỹ Dung", 8, 8),
          "16:00", True, [vote(None, None, None, 100, "kết luận")],
          [task("Võ Thị Thu", "gói bánh chưng cho các đơn vị", "Tết Nguyên đán"),
           task("Trần Đình Lương", "quyết toán xăng dầu năm 2024", "quý I/2025")]),

    # 23 — border post mass-mobilisation team: "một số ý kiến" only; task told over two sentences
    _body("n-body-23",
          [H("IV. THẢO LUẬN"),
           P("Một số ý kiến đề nghị đội tiếp tục duy trì mô hình “Nâng bước em tới trường”, quan tâm hơn các hộ "
             "nghèo ở bản Nậm Pục; có ý kiến đề nghị phối hợp với trạm y tế xã tuyên truyền phòng chống sốt xuất "
             "huyết trong mùa mưa."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Ma Văn Khánh thay mặt chi bộ kết luận: đội làm tốt công tác vận động quần chúng, giúp dân "
             "thu hoạch lúa; tháng tới tập trung vận động học sinh bỏ học trở lại lớp, giúp bản Nậm Pục vệ sinh "
             "môi trường, phòng dịch."),
           P("Các đồng chí dự họp biểu quyết 07/07 tán thành."),
           H("VI. PHÂN CÔNG"),
           P("Giao đồng chí Đại úy Vàng Văn Chu bám bản Nậm Pục. Đồng chí có trách nhiệm phối hợp với chi bộ bản "
             "vận động 05 học sinh bỏ học trở lại lớp, xong trước ngày 05/9/2023."),
           P("Tổ quân y cùng Trạm y tế xã phun thuốc diệt muỗi tại bản Nậm Pục, xong trong tháng 8."),
           P("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút. Biên bản được đọc lại và thông qua.")],
          ("Ma Văn Khánh", "Bí thư chi bộ", "Hoàng Văn Sính", 7, 7),
          "21:10", True, [vote(7, None, None, None, "kết luận")],
          [task("Vàng Văn Chu", "vận động học sinh bỏ học trở lại lớp", "05/9/2023"),
           task("Tổ quân y", "phun thuốc diệt muỗi", "tháng 8")],
          ["no_discussion"]),

    # 24 — ward police: speakers with their beat in brackets, full vote sheet, a task without deadline
    _body("n-body-24",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Trung úy Phí Văn Cường (cảnh sát khu vực tổ dân phố 3) đề nghị: khu nhà trọ sinh viên trên "
             "đường Lê Lợi có nhiều người tạm trú chưa khai báo; cần tổ chức kiểm tra hành chính ban đêm."),
           P("Đ/c Thượng úy Lục Thị Phương Thảo (phụ trách Đề án 06) nêu: còn 214 hồ sơ cấp căn cước chưa trả, "
             "người dân phản ánh phải đi lại nhiều lần."),
           H("V. KẾT LUẬN"),
           P("Kết luận: đồng chí Bí thư Lưu Quang Khải yêu cầu tăng cường quản lý cư trú, kiểm tra nhà trọ, cơ "
             "sở lưu trú; giải quyết dứt điểm hồ sơ tồn đọng; thái độ tiếp dân phải đúng mực, văn minh."),
           P("Biểu quyết: tán thành 11/11; không tán thành: 0; ý kiến khác: 0."),
           H("VI. PHÂN CÔNG"),
           L("1. Giao đ/c Phí Văn Cường kiểm tra hành chính khu nhà trọ đường Lê Lợi, báo cáo trước ngày 20/3."),
           L("2. Giao Tổ Cảnh sát khu vực trả toàn bộ hồ sơ căn cước tồn đọng trong tháng 3/2024."),
           L("3. Giao Tổ bảo vệ ANTT cơ sở nắm tình hình người lạ đến thuê trọ."),
           P("Buổi sinh hoạt kết thúc lúc 18 giờ 00. Biên bản đã được đọc lại và thông qua.")],
          ("Lưu Quang Khải", "Bí thư chi bộ", "Thân Thị Ngọc", 12, 11),
          "18:00", True, [vote(11, 0, 0, None, "kết luận")],
          [task("Phí Văn Cường", "kiểm tra hành chính khu nhà trọ", "20/3"),
           task("Tổ Cảnh sát khu vực", "trả hồ sơ căn cước tồn đọng", "tháng 3/2024"),
           task("Tổ bảo vệ ANTT cơ sở", "nắm tình hình người đến thuê trọ", None)]),

    # 25 — company self-defence unit: a conclusion that says nothing
    _body("n-body-25",
          [H("Thảo luận"),
           P("Đồng chí Lương Văn Bình (Trung đội trưởng tự vệ) phát biểu: lực lượng tự vệ công ty năm nay biến "
             "động nhiều do công nhân nghỉ việc, trung đội mới kiện toàn được 28/35 người; đề nghị Ban Giám đốc "
             "bố trí thời gian huấn luyện ngoài ca sản xuất."),
           P("Đồng chí Trần Thị Mến đề nghị: chi đoàn thanh niên nên vận động đoàn viên tham gia hội thao quân sự "
             "cụm khu công nghiệp."),
           H("Kết luận"),
           P("Đồng chí chủ trì kết luận: nhất trí với các ý kiến phát biểu."),
           P("Biểu quyết 10/10 nhất trí."),
           H("Phân công"),
           P("Giao đồng chí Lương Văn Bình tổ chức huấn luyện tự vệ năm 2022 theo kế hoạch của Ban CHQS quận, "
             "đến hết tháng 7/2022. Giao Chi đoàn Thanh niên Công ty vận động đoàn viên tham gia hội thao, trước "
             "15/6/2022."),
           P("Sinh hoạt kết thúc lúc 15h45. Thư ký đọc lại biên bản; chi bộ nhất trí thông qua.")],
          ("Tăng Văn Hải", "Bí thư chi bộ", "Cấn Thị Phượng", 12, 10),
          "15:45", False, [vote(10, None, None, None, "")],
          [task("Lương Văn Bình", "huấn luyện tự vệ năm 2022", "hết tháng 7/2022"),
           task("Chi đoàn Thanh niên Công ty", "vận động đoàn viên dự hội thao", "15/6/2022")],
          ["missing_conclusion"]),

    # 26 — cadet company: groups, role, "ngay sau cuộc họp", "kỳ họp sau"
    _body("n-body-26",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Trung sĩ học viên Lê Anh Tuấn, lớp trưởng lớp 2, phát biểu: kết quả kiểm tra giữa kỳ môn Chiến "
             "thuật của lớp còn 04 học viên dưới trung bình; đề nghị chi bộ phân công đảng viên học giỏi kèm "
             "cặp."),
           P("Đ/c Thượng sĩ học viên Vàng Seo Lử phát biểu: việc tự học buổi tối ở một số phòng chưa nghiêm, còn "
             "sử dụng điện thoại trong giờ tự học."),
           H("V. KẾT LUẬN CỦA CHỦ TRÌ"),
           P("Đồng chí Phan Đình Thọ kết luận: học kỳ I là thời điểm quyết định kết quả năm học; mỗi đảng viên "
             "phải là tấm gương trong học tập, rèn luyện; kiên quyết chống tiêu cực trong thi cử."),
           P("Chi bộ biểu quyết thông qua: 21/21 đồng chí tán thành, đạt tỷ lệ 100%."),
           H("VI. PHÂN CÔNG"),
           L("- Hội đồng quân nhân: tổ chức diễn đàn “Học viên nói không với tiêu cực trong thi cử”, xong trong "
             "tháng 12."),
           L("- Chi đoàn: phát động đợt thi đua ôn thi học kỳ I ngay sau cuộc họp."),
           L("- Đồng chí Chính trị viên đại đội: theo dõi việc tự học buổi tối, báo cáo kết quả tại kỳ họp sau."),
           P("Sinh hoạt kết thúc lúc 21 giờ 30. Biên bản được đọc lại và được 21/21 đồng chí nhất trí thông qua.")],
          ("Phan Đình Thọ", "Bí thư chi bộ", "Hà Minh Châu", 22, 21),
          "21:30", True, [vote(21, None, None, 100, "kết luận")],
          [task("Hội đồng quân nhân", "diễn đàn chống tiêu cực trong thi cử", "tháng 12"),
           task("Chi đoàn", "thi đua ôn thi học kỳ I", "ngay sau cuộc họp"),
           task("Chính trị viên đại đội", "theo dõi tự học buổi tối", "kỳ họp sau")]),

    # 27 — recruit training company: vote in words, platoon-by-platoon orders
    _body("n-body-27",
          [H("4. Ý KIẾN THẢO LUẬN"),
           L("- Đ/c Trung úy Phùng Văn Nghị: chiến sĩ mới đợt này phần lớn là học sinh vừa tốt nghiệp, sức khỏe "
             "tốt nhưng ngại khó; cần quan tâm động viên trong tuần đầu ra thao trường."),
           L("- Đ/c Thượng sĩ Hoàng Văn Sơn: có 02 chiến sĩ nhớ nhà, bỏ ăn; đã báo cáo trung đội, đề nghị đại "
             "đội gặp gỡ, liên hệ gia đình."),
           H("5. Kết luận"),
           P("Thay mặt chi ủy, đồng chí Chu Đức Mạnh kết luận: đại đội tiếp nhận đủ 96 chiến sĩ mới, quản lý chặt "
             "chẽ, chưa để xảy ra đào ngũ; giai đoạn tới tập trung huấn luyện điều lệnh, kỹ thuật bắn súng, nắm "
             "chắc diễn biến tư tưởng từng chiến sĩ."),
           P("Chi bộ biểu quyết: mười bốn trên mười bốn đồng chí tán thành."),
           P("Đồng chí Bí thư giao nhiệm vụ cụ thể:"),
           L("Trung đội 1: huấn luyện điều lệnh đội ngũ từng người có súng, kiểm tra xong trước 15/4."),
           L("Trung đội 2: duy trì nền nếp sinh hoạt, vệ sinh doanh trại; thường xuyên."),
           L("Trung đội 3: phụ trách tăng gia rau xanh, cải thiện bữa ăn cho chiến sĩ mới trong tháng 4."),
           L("Đ/c Tạ Văn Bình (y sĩ đại đội): theo dõi sức khỏe chiến sĩ mới, báo cáo hằng ngày."),
           P("Hội nghị kết thúc lúc 20 giờ 15. Biên bản đã được đọc lại và thông qua.")],
          ("Chu Đức Mạnh", "Bí thư chi bộ", "Lò Thị Dung", 14, 14),
          "20:15", True, [vote(14, None, None, None, "kết luận")],
          [task("Trung đội 1", "huấn luyện điều lệnh đội ngũ", "15/4"),
           task("Trung đội 2", "nền nếp sinh hoạt, vệ sinh doanh trại", "thường xuyên"),
           task("Trung đội 3", "tăng gia rau xanh", "tháng 4"),
           task("Tạ Văn Bình", "theo dõi sức khỏe chiến sĩ mới", "hằng ngày")]),

    # 28 — ward military command: no vote, the minutes never approved
    _body("n-body-28",
          [H("III. THẢO LUẬN"),
           P("Đồng chí Phạm Văn Hoà, Chỉ huy phó Ban CHQS phường, phát biểu: mùa mưa bão đã đến gần, phường có 03 "
             "tổ dân phố thường xuyên ngập sâu; đề nghị lực lượng dân quân chuẩn bị xuồng, áo phao, tổ chức luyện "
             "tập cứu hộ."),
           P("Đồng chí Nguyễn Thị Bích Vân phát biểu: danh sách thanh niên 17 tuổi đăng ký nghĩa vụ quân sự lần đầu "
             "còn thiếu 06 trường hợp ở tổ dân phố 5."),
           H("IV. KẾT LUẬN"),
           P("Đồng chí Trần Khắc Hiếu kết luận: Ban CHQS phường phải chủ động phương án phòng chống thiên tai, "
             "tìm kiếm cứu nạn; hoàn thành đăng ký nghĩa vụ quân sự lần đầu đúng luật, không để sót người."),
           H("V. PHÂN CÔNG"),
           P("Giao đ/c Phạm Văn Hoà xây dựng phương án phòng chống lụt bão, tìm kiếm cứu nạn năm 2021, trình BCH "
             "quân sự phường trước ngày 31/7/2021. Trung đội dân quân cơ động phường luyện tập cứu hộ trên sông Cầu "
             "hằng tuần."),
           P("Cuộc họp kết thúc lúc 16h30.")],
          ("Trần Khắc Hiếu", "Bí thư chi bộ", "Nguyễn Thị Bích Vân", 6, 5),
          "16:30", True, [],
          [task("Phạm Văn Hoà", "phương án phòng chống lụt bão, TKCN", "31/7/2021"),
           task("Trung đội dân quân cơ động phường", "luyện tập cứu hộ", "hằng tuần")],
          ["missing_vote", "not_approved"]),

    # 29 — border checkpoint: passive tasks, two votes (conclusion, full member among official members)
    _body("n-body-29",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Thượng úy Hoàng Minh Đức (Tổ kiểm soát hàng hóa) đề nghị: lượng xe hàng qua cửa khẩu tăng "
             "mạnh dịp thu hoạch vải, thường ùn ứ vào buổi chiều; cần có phương án phân luồng, kiểm soát nhanh."),
           P("Đ/c Thiếu tá Sầm Thị Lê (Tổ thủ tục xuất nhập cảnh) nêu: quy trình kiểm tra giấy thông hành của cư "
             "dân biên giới còn thủ công, mất thời gian."),
           H("V. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận: trạm phải bảo đảm thông quan nhanh, an toàn, không để buôn lậu, gian lận "
             "thương mại lợi dụng; cán bộ làm thủ tục tuyệt đối không gây phiền hà."),
           P("Biểu quyết thông qua kết luận: 14/14 đồng chí tán thành."),
           P("Về đề nghị công nhận đảng viên chính thức đối với đồng chí Trung sĩ Hà Văn Nghĩa: 13/13 đảng viên "
             "chính thức có mặt tán thành."),
           H("VI. PHÂN CÔNG"),
           L("1. Việc xây dựng phương án phân luồng, kiểm soát xe hàng mùa vải được giao cho đ/c Hoàng Minh Đức, "
             "hoàn thành trong quý II/2023."),
           L("2. Tổ thủ tục xuất nhập cảnh được giao rà soát, đơn giản hóa quy trình kiểm tra giấy thông hành, "
             "trước ngày 15/4/2023."),
           L("3. Chi ủy hoàn chỉnh hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Hà Văn Nghĩa, gửi Đảng ủy "
             "Trạm trước ngày 20/4/2023."),
           P("Buổi sinh hoạt kết thúc hồi 17 giờ 00 phút cùng ngày. Biên bản đã được đọc lại, chi bộ nhất trí "
             "thông qua.")],
          ("Lường Văn Hặc", "Bí thư chi bộ", "Tô Thị Hồng Nhung", 15, 14),
          "17:00", True,
          [vote(14, None, None, None, "kết luận"), vote(13, None, None, None, "công nhận đảng viên chính thức")],
          [task("Hoàng Minh Đức", "phương án phân luồng xe hàng mùa vải", "quý II/2023"),
           task("Tổ thủ tục xuất nhập cảnh", "đơn giản hóa kiểm tra giấy thông hành", "15/4/2023"),
           task("Chi ủy", "hồ sơ công nhận đảng viên chính thức", "20/4/2023")]),

    # 30 — criminal police team: duties reported, a volunteer, a request upward: nothing assigned
    _body("n-body-30",
          [H("THẢO LUẬN"),
           P("Đồng chí Đại úy Huỳnh Văn Tâm phát biểu: chuyên án 0322 đã cơ bản kết thúc giai đoạn 1; tổ công "
             "tác của đồng chí đã bàn giao hồ sơ cho Viện kiểm sát đúng thời hạn."),
           P("Đồng chí Thượng úy Nguyễn Văn Quý xin nhận nhiệm vụ kèm cặp 02 cán bộ mới ra trường về Đội trong "
             "năm nay."),
           H("KẾT LUẬN"),
           P("Đồng chí Bí thư chi bộ Võ Văn Lãm kết luận: Đội hoàn thành vượt chỉ tiêu điều tra, khám phá án; "
             "cần tiếp tục giữ vững tỷ lệ điều tra khám phá án nghiêm trọng trên 90%, không để án tồn đọng quá "
             "hạn. Chi bộ đề nghị Đảng ủy Công an huyện bổ sung biên chế cho Đội trong quý I/2020."),
           P("Biểu quyết: 11/11 đồng chí tán thành."),
           P("Đề nghị các đồng chí đảng viên trong Đội tiếp tục phát huy tinh thần trách nhiệm, giữ gìn phẩm chất "
             "người chiến sĩ Công an nhân dân."),
           P("Cuộc họp kết thúc hồi 21h00. Biên bản đã được đọc lại và thông qua.")],
          ("Võ Văn Lãm", "Bí thư chi bộ", "Đặng Thị Thùy", 11, 11),
          "21:00", True, [vote(11, None, None, None, "kết luận")], [],
          ["missing_assignments"]),

    # 31 — chemical-defence company: for 12, abstain 1, percentage
    _body("n-body-31",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Trung úy Trần Văn Nhất phát biểu: kiểm tra đột xuất cho thấy 17 mặt nạ phòng độc có van "
             "thở bị lão hóa, cần thay thế trước đợt kiểm tra của Bộ Tư lệnh Hóa học."),
           P("Đồng chí Thượng sĩ QNCN Hoàng Văn Lả phát biểu: đề nghị lùi thời gian kiểm tra trinh sát hóa học "
             "sang đầu tháng 11, vì trung đội đang tham gia khắc phục hậu quả mưa lũ."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Đàm Quang Huy kết luận: giữ nguyên kế hoạch kiểm tra; các trung đội bố trí lực lượng hợp "
             "lý, vừa tham gia khắc phục hậu quả mưa lũ, vừa bảo đảm tiến độ huấn luyện."),
           P("Biểu quyết: 12/13 đồng chí tán thành (đạt 92,3%), 01 đồng chí có ý kiến khác (đề nghị lùi thời gian "
             "kiểm tra)."),
           P("Đồng chí Trần Văn Nhất chịu trách nhiệm bảo dưỡng, thay thế van thở toàn bộ mặt nạ phòng độc, chậm "
             "nhất ngày 25/10/2024. Trung đội trinh sát hóa học chịu trách nhiệm huấn luyện bổ sung nội dung "
             "trinh sát phóng xạ đến hết năm 2024."),
           P("Sinh hoạt kết thúc 20 giờ 50 phút; biên bản được đọc lại, chi bộ nhất trí thông qua.")],
          ("Đàm Quang Huy", "Bí thư chi bộ", "Ninh Thị Hoa", 14, 13),
          "20:50", True, [vote(12, None, 1, 92.3, "kết luận")],
          [task("Trần Văn Nhất", "thay van thở mặt nạ phòng độc", "25/10/2024"),
           task("Trung đội trinh sát hóa học", "huấn luyện trinh sát phóng xạ", "hết năm 2024")]),

    # 32 — mobile police platoon: Q&A, one named task over two sentences beside a general call
    _body("n-body-32",
          [H("III. THẢO LUẬN"),
           P("Đ/c Trung úy Y Sơn Mlô hỏi: kế hoạch huấn luyện võ thuật nâng cao năm 2026 có tăng thời lượng so "
             "với năm trước không?"),
           P("Đ/c Trung đội trưởng Phạm Đức Long trả lời: thời lượng tăng 20%, trọng tâm là bắt giữ đối tượng "
             "có vũ khí, xử lý tình huống gây rối trật tự công cộng."),
           P("Đ/c Thượng úy Hà Văn Thưởng phát biểu: một số chiến sĩ nghĩa vụ còn vi phạm giờ giấc khi ra ngoài "
             "doanh trại ngày nghỉ; đề nghị chấn chỉnh."),
           H("IV. KẾT LUẬN"),
           P("Đ/c Bế Văn Thông kết luận: trung đội duy trì nghiêm chế độ trực sẵn sàng chiến đấu, nâng cao chất "
             "lượng huấn luyện võ thuật, quản lý chặt quân số ngày nghỉ."),
           P("Chi bộ biểu quyết: tán thành 100%, không có ý kiến khác."),
           P("Giao đ/c Phạm Đức Long xây dựng phương án huấn luyện võ thuật nâng cao cho trung đội. Thời gian "
             "hoàn thành: trước ngày 28/02/2026."),
           P("Mỗi đảng viên phải gương mẫu chấp hành điều lệnh, giữ nghiêm kỷ luật khi ra ngoài doanh trại."),
           P("Buổi sinh hoạt kết thúc lúc 11 giờ 15 phút. Biên bản đã được đọc lại và được chi bộ thông qua.")],
          ("Bế Văn Thông", "Bí thư chi bộ", "Lê Đình Quang", 9, 9),
          "11:15", True, [vote(None, None, 0, 100, "kết luận")],
          [task("Phạm Đức Long", "phương án huấn luyện võ thuật nâng cao", "28/02/2026")]),

    # 33 — veterans' cell: only the report presented, no opinion recorded
    _body("n-body-33",
          [H("THẢO LUẬN"),
           P("Sau khi nghe đồng chí Bí thư trình bày báo cáo, chi bộ không có ý kiến bổ sung, thống nhất với nội "
             "dung báo cáo."),
           H("KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận: chi bộ tiếp tục phát huy phẩm chất Bộ đội Cụ Hồ, tham gia giữ gìn an "
             "ninh trật tự, hòa giải mâu thuẫn ở tổ dân phố; chuẩn bị chu đáo các hoạt động kỷ niệm 80 năm Ngày "
             "thành lập Quân đội nhân dân Việt Nam."),
           P("17/17 đồng chí biểu quyết tán thành."),
           L("- Chi hội Cựu chiến binh tổ dân phố 7: tổ chức thăm hỏi hội viên ốm đau, hoàn cảnh khó khăn nhân "
             "dịp kỷ niệm 22/12, xong trước 20/12/2024."),
           L("- Đ/c Lã Văn Cừ: tham gia Tổ hòa giải, nắm tình hình tranh chấp đất đai ở tổ dân phố; thường "
             "xuyên."),
           P("Hội nghị kết thúc vào lúc 10 giờ 00. Biên bản đọc lại, hội nghị nhất trí thông qua.")],
          ("Đoàn Xuân Thu", "Bí thư chi bộ", "Lã Thị Loan", 19, 17),
          "10:00", True, [vote(17, None, None, None, "kết luận")],
          [task("Chi hội Cựu chiến binh tổ dân phố 7", "thăm hỏi hội viên dịp 22/12", "20/12/2024"),
           task("Lã Văn Cừ", "nắm tình hình tranh chấp đất đai", "thường xuyên")],
          ["no_discussion"]),

    # 34 — repair workshop: task table with a "Phối hợp" column
    _body("n-body-34",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Trung tá QNCN Lê Văn Thuận, Quản đốc phân xưởng động cơ, phát biểu: phụ tùng cho xe Ural "
             "ngày càng khan hiếm, nhiều chi tiết phải tự gia công; đề nghị đầu tư thêm máy tiện CNC."),
           P("Đ/c Thượng úy QNCN Hà Thị Xuân phát biểu: sổ sách theo dõi vật tư tồn kho chưa khớp với thực tế ở "
             "một số mặt hàng, cần kiểm kê lại."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Quách Tuấn Anh kết luận: xưởng bảo đảm sửa chữa đúng tiến độ, chất lượng, tiết kiệm vật tư; "
             "kiểm kê, làm rõ chênh lệch vật tư tồn kho; chú trọng an toàn lao động."),
           P("Biểu quyết: 16/16 đồng chí có mặt tán thành (100%)."),
           H("VI. PHÂN CÔNG"),
           T([(0.06, "TT", "c"), (0.38, "Nội dung công việc", "l"), (0.2, "Phụ trách", "l"),
              (0.18, "Phối hợp", "l"), (0.18, "Thời gian", "c")],
             [["1", "Sửa chữa vừa 04 xe vận tải Ural", "Phân xưởng động cơ", "Phân xưởng gầm", "Quý II/2022"],
              ["2", "Kiểm kê vật tư, phụ tùng tồn kho", "Đ/c Hà Thị Xuân", "Ban Tài chính", "Trước 30/4/2022"],
              ["3", "Học tập an toàn lao động cho thợ mới", "Đ/c Lê Văn Thuận", "Công đoàn xưởng", "Trong tháng 4"]]),
           P("Sinh hoạt kết thúc 16 giờ 45 phút cùng ngày. Biên bản đã được đọc lại và thông qua.")],
          ("Quách Tuấn Anh", "Bí thư chi bộ", "Mai Thị Hương", 17, 16),
          "16:45", True, [vote(16, None, None, 100, "kết luận")],
          [task("Phân xưởng động cơ", "sửa chữa vừa 04 xe Ural", "Quý II/2022"),
           task("Hà Thị Xuân", "kiểm kê vật tư tồn kho", "30/4/2022"),
           task("Lê Văn Thuận", "học tập an toàn lao động", "tháng 4")]),

    # 35 — district police staff team: conclusion in one sentence, "phụ trách"
    _body("n-body-35",
          [H("Thảo luận"),
           P("Đ/c Thiếu tá Trương Thị Kim Liên phát biểu: số liệu tổng kết năm của một số đội chưa thống nhất "
             "giữa các phần mềm quản lý; đề nghị chốt số liệu đến hết ngày 14/12."),
           P("Đ/c Đại úy Lê Văn Tuyến phát biểu: hồ sơ đề nghị khen thưởng cần đầy đủ minh chứng, tránh bị trả "
             "lại như năm trước."),
           P("Sau khi nghe ý kiến, đồng chí Bí thư chi bộ kết luận: thống nhất tập trung hoàn thành báo cáo tổng "
             "kết công tác Công an năm 2024 và hồ sơ thi đua, khen thưởng đúng thời gian quy định."),
           P("Chi bộ biểu quyết 7/7 tán thành."),
           P("Đ/c Trương Thị Kim Liên phụ trách dự thảo báo cáo tổng kết, trình lãnh đạo Công an huyện trước "
             "18/12/2024. Đ/c Lê Văn Tuyến phụ trách hồ sơ thi đua, khen thưởng, hoàn thành trước 25/12/2024."),
           P("Buổi sinh hoạt kết thúc lúc 17 giờ 30 phút, biên bản được đọc lại và thông qua.")],
          ("Nguyễn Viết Thành", "Bí thư chi bộ", "Phan Thị Mỹ Lệ", 8, 7),
          "17:30", True, [vote(7, None, None, None, "kết luận")],
          [task("Trương Thị Kim Liên", "dự thảo báo cáo tổng kết", "18/12/2024"),
           task("Lê Văn Tuyến", "hồ sơ thi đua, khen thưởng", "25/12/2024")]),

    # 36 — training-ground board: conclusion promised in the programme, never written
    _body("n-body-36",
          [P("Tiếp theo chương trình, chi bộ chuyển sang thảo luận, kết luận và phân công nhiệm vụ."),
           H("Thảo luận"),
           P("Đồng chí Đại úy Tào Văn Mến phát biểu: mùa khô, cỏ tranh ở khu vực bãi bắn số 2 rất dễ cháy; đề "
             "nghị làm đường băng cản lửa trước khi các đơn vị vào bắn đạn thật."),
           P("Đồng chí Trung úy QNCN Bùi Thị Hà phát biểu: người dân vẫn vào thao trường chăn thả trâu bò, nhặt "
             "phế liệu; cần cắm thêm biển cảnh báo."),
           P("Chi bộ thảo luận và thống nhất với báo cáo."),
           H("Biểu quyết"),
           P("Biểu quyết thông qua phương hướng nhiệm vụ tháng tới: 10/10 đồng chí tán thành, đạt 100%."),
           H("Phân công"),
           L("Đ/c Tào Văn Mến: chỉ huy làm đường băng cản lửa khu vực bãi bắn số 2, xong trước 10/6/2019."),
           L("Tổ bảo vệ thao trường: tuần tra, không để người dân vào khu vực bắn; hằng đêm."),
           P("Buổi sinh hoạt kết thúc 17h15'. Biên bản đã được đọc lại và thông qua.")],
          ("Lê Bá Thịnh", "Bí thư chi bộ", "Nguyễn Thị Ngân", 10, 10),
          "17:15", False, [vote(10, None, None, 100, "phương hướng nhiệm vụ")],
          [task("Tào Văn Mến", "làm đường băng cản lửa", "10/6/2019"),
           task("Tổ bảo vệ thao trường", "tuần tra khu vực bắn", "hằng đêm")],
          ["missing_conclusion"]),

    # 37 — tank company: five tasks in one "Phân công:" paragraph
    _body("n-body-37",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Thượng úy Nguyễn Hữu Toàn, Trung đội trưởng Trung đội 1: kíp xe 312 đạt giỏi bắn đạn thật, "
             "nhưng lái xe mới vượt chướng ngại vật còn lúng túng; đề nghị tăng giờ lái xe trên địa hình."),
           P("Đ/c Trung sĩ Lê Văn Đạt, trưởng xe 315: ngày kỹ thuật có tuần còn bị cắt ngắn do làm nhiệm vụ "
             "khác; đề nghị giữ đủ thời gian bảo dưỡng."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Đỗ Mạnh Cường kết luận: đại đội hoàn thành tốt nhiệm vụ huấn luyện, bắn đạn thật đạt khá; "
             "tháng tới tập trung chuẩn bị hội thao thể thao quốc phòng, duy trì nghiêm ngày kỹ thuật, bảo đảm an "
             "toàn tuyệt đối trong huấn luyện lái xe."),
           P("Tán thành: 15/15 đồng chí (100%); không tán thành: 0."),
           P("Phân công: Trung đội 1 chuẩn bị 03 xe tham gia hội thao, xong cuối tháng 7; Trung đội 2 bảo dưỡng xe "
             "theo chế độ ngày kỹ thuật, hằng tuần; đ/c Nguyễn Hữu Toàn và đ/c Lê Văn Đạt kèm cặp lái xe mới, "
             "thực hiện trong quý III; đ/c Phó Bí thư chi bộ chuẩn bị nội dung sinh hoạt chuyên đề, báo cáo kỳ "
             "họp sau."),
           P("Sinh hoạt kết thúc lúc 20 giờ 45 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
          ("Đỗ Mạnh Cường", "Bí thư chi bộ", "Lê Văn Thìn", 15, 15),
          "20:45", True, [vote(15, 0, None, 100, "kết luận")],
          [task("Trung đội 1", "03 xe tham gia hội thao", "cuối tháng 7"),
           task("Trung đội 2", "bảo dưỡng xe ngày kỹ thuật", "hằng tuần"),
           task("Nguyễn Hữu Toàn", "kèm cặp lái xe mới", "quý III"),
           task("Lê Văn Đạt", "kèm cặp lái xe mới", "quý III"),
           task("Phó Bí thư chi bộ", "nội dung sinh hoạt chuyên đề", "kỳ họp sau")]),

    # 38 — town military command: indirect speech of two members, "Thay mặt chi ủy", militia squads
    _body("n-body-38",
          [H("III. Ý KIẾN THẢO LUẬN"),
           P("Đồng chí Lục Văn Khoa cho rằng tiểu đội dân quân khu 3 còn thiếu quân số do nhiều đồng chí đi làm "
             "công nhân ở tỉnh ngoài; còn đồng chí Hà Thị Thanh thì đề nghị kiểm tra lại toàn bộ kho vũ khí của "
             "Ban CHQS thị trấn trước mùa mưa lũ."),
           H("IV. KẾT LUẬN"),
           P("Thay mặt chi ủy, đồng chí Hoàng Đức Thọ kết luận: kiện toàn ngay lực lượng dân quân các khu, bảo "
             "đảm đủ quân số huấn luyện; quản lý chặt vũ khí, vật liệu nổ; sẵn sàng lực lượng tham gia phòng "
             "chống thiên tai."),
           P("Chi bộ giơ tay biểu quyết, 100% nhất trí."),
           H("V. PHÂN CÔNG"),
           L("1. Giao Tiểu đội dân quân khu 3 bổ sung đủ quân số, trong tháng 6/2020."),
           L("2. Giao đc Hà Thị Thanh kiểm tra kho vũ khí, trang bị của Ban CHQS thị trấn trước mùa mưa lũ."),
           P("Cuộc họp kết thúc hồi 10h30'. Biên bản đọc lại, 06/06 đồng chí nhất trí thông qua.")],
          ("Hoàng Đức Thọ", "Bí thư chi bộ", "Vi Thị Mai", 7, 6),
          "10:30", True, [vote(None, None, None, 100, "kết luận")],
          [task("Tiểu đội dân quân khu 3", "bổ sung đủ quân số", "tháng 6/2020"),
           task("Hà Thị Thanh", "kiểm tra kho vũ khí", "mùa mưa lũ")]),

    # 39 — industrial-zone police post: requests upward and general calls only
    _body("n-body-39",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Thượng úy Trần Thanh Tùng phát biểu: số vụ trộm cắp tài sản tại khu nhà trọ công nhân tăng "
             "vào dịp cuối tháng, khi công nhân nhận lương; đồng chí đề nghị Đồn có biện pháp tuyên truyền, cảnh "
             "báo."),
           P("Đồng chí Đại úy Mai Thị Hạnh phát biểu: cổng phụ khu công nghiệp chưa có camera, khó truy vết đối "
             "tượng."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Tạ Văn Hiền kết luận: Đồn tập trung kiềm chế, làm giảm tội phạm trộm cắp tại khu nhà trọ "
             "công nhân; phối hợp với các doanh nghiệp tăng cường bảo vệ nội bộ."),
           P("Biểu quyết: 8/8 đ/c tán thành."),
           P("Chi bộ kiến nghị Đảng ủy Công an thị xã bố trí thêm 02 cán bộ cho Đồn và hỗ trợ kinh phí lắp đặt "
             "camera tại cổng phụ khu công nghiệp trong quý III/2025."),
           P("Đề nghị mỗi đảng viên của Đồn tăng cường bám nắm doanh nghiệp, khu nhà trọ công nhân, kịp thời phát "
             "hiện, xử lý vụ việc ngay từ cơ sở."),
           P("Buổi sinh hoạt kết thúc hồi 16 giờ 40. Biên bản được đọc lại và thông qua.")],
          ("Tạ Văn Hiền", "Bí thư chi bộ", "Lý Thị Ngọc Mai", 8, 8),
          "16:40", True, [vote(8, None, None, None, "kết luận")], [],
          ["missing_assignments"]),

    # 40 — border post anti-drug team: mixed task shapes, two votes
    _body("n-body-40",
          [H("4. Thảo luận"),
           P("Đ/c Thiếu tá Giàng A Thào phát biểu: đường mòn qua khu vực mốc 87 có dấu hiệu được đối tượng sử "
             "dụng để vận chuyển ma túy; đề nghị tăng cường tổ phục kích ban đêm."),
           P("Đ/c Đại úy Lầu Văn Pao (tổ trinh sát) đề nghị: cần xây dựng thêm cơ sở bí mật ở bản Sà Dề, "
             "nơi có 03 đối tượng nghi vấn mới về cư trú."),
           P("Đ/c Trung úy Vừ Thị Dua: đề nghị đội phối hợp với Hội Phụ nữ xã tuyên truyền phòng chống ma túy, "
             "mua bán người tại phiên chợ."),
           H("5. Kết luận"),
           P("Đồng chí chủ trì kết luận:"),
           L("a) Đội hoàn thành tốt nhiệm vụ, bắt giữ 02 vụ, thu 1,2 kg ma túy tổng hợp."),
           L("b) Tháng tới tăng cường phục kích, nắm địa bàn, không để hình thành đường dây vận chuyển mới."),
           P("Biểu quyết: 9/9 đồng chí tán thành, đạt 100%."),
           P("Chi bộ xét đề nghị kết nạp quần chúng Hạ sĩ Mùa A Chinh vào Đảng: 08/08 đảng viên chính thức có mặt "
             "tán thành."),
           H("6. Phân công"),
           L("- Tổ phục kích số 1: phục kích ban đêm tại khu vực mốc 87; hằng đêm."),
           L("- Đ/c Lầu Văn Pao phụ trách xây dựng cơ sở bí mật ở bản Sà Dề, trong tháng 11/2025."),
           L("- Đ/c Vừ Thị Dua cùng Hội Phụ nữ xã tuyên truyền tại phiên chợ Sà Dề, hằng tháng."),
           L("- Việc hoàn thiện hồ sơ kết nạp đảng viên được giao cho đ/c Phó Bí thư chi bộ."),
           P("Sinh hoạt kết thúc lúc 21 giờ 20 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
          ("Đinh Xuân Tùng", "Bí thư chi bộ", "Sùng Thị Mỷ", 10, 9),
          "21:20", True,
          [vote(9, None, None, 100, "kết luận"), vote(8, None, None, None, "kết nạp Mùa A Chinh")],
          [task("Tổ phục kích số 1", "phục kích ban đêm mốc 87", "hằng đêm"),
           task("Lầu Văn Pao", "xây dựng cơ sở bí mật bản Sà Dề", "tháng 11/2025"),
           task("Vừ Thị Dua", "tuyên truyền tại phiên chợ", "hằng tháng"),
           task("Phó Bí thư chi bộ", "hồ sơ kết nạp đảng viên", None)]),
]

PARTS = HEADS + OPENINGS + BODIES
