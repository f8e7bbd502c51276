"""Writer r: parts of minutes from Party cells of the South.

I am writer r. My cells are in the South: TP Hồ Chí Minh (Củ Chi, Hóc Môn, Quận 5, Quận 6, Thủ Đức, Cần Giờ,
Bình Chánh), Bình Dương (Thuận An, Dĩ An, Tân Uyên, Bến Cát, Dầu Tiếng), Đồng Nai (Xuân Lộc, Định Quán, Biên Hòa,
Nhơn Trạch, Long Thành, Vĩnh Cửu) and the Mekong provinces (Long An, Tiền Giang, Bến Tre, Vĩnh Long, Trà Vinh,
Sóc Trăng, Bạc Liêu, Cà Mau, Kiên Giang, An Giang, Đồng Tháp, Cần Thơ): hamlets (ấp), neighbourhoods (khu phố,
khóm, khu vực), markets, fishing and shrimp cooperatives, private companies, hospitals, schools, commune police
and militia, Khmer and Hoa communities. My clerks are terse and practical.

I wrote this module without reading the extractor (extract/**), the generator, bench/, the tests, the held-out
sets or any other writer's module, and without running the extractor. Every name, place and number is invented.

Labelling decisions taken where samples/parts/README.md is silent:
 1. Header with three levels: `party_committee` is the level directly above the cell (the line just over the
    cell name); the top line (ĐẢNG BỘ TỈNH/HUYỆN, HUYỆN ỦY) is not used.
 2. A committee name or cell name that wraps over two header lines is joined by one space (as for cells).
 3. "BIÊN BẢN HỌP CHI BỘ" + "Tháng 7 năm 2022", "HỘI NGHỊ CHI BỘ THÁNG 01", "Kỳ họp tháng 2/2026" are regular
    meetings. A month written in words ("THÁNG MƯỜI MỘT", "THÁNG TƯ", "THÁNG MƯỜI HAI") gives its number.
 4. A topic printed in capitals over two title lines is joined by one space, capitals kept; the "Chuyên đề:"
    label and quotes are dropped.
 5. A date printed under the title in brackets "(Ngày 12 tháng 12 năm 2020)" is the meeting date; a place-and-
    date line left as dots ("…, ngày … tháng … năm 20…") gives date null; "ngày mùng 5" is day 5.
 6. Opening `location` in prose: the place after "tại" up to the comma or the verb that follows, lower case kept
    ("nhà văn hóa ấp"); a trailing full stop is dropped; an address after a comma inside the field is kept.
 7. Absentee `reason`: the words written after the name (after a dash, colon or inside brackets); when the
    sentence is "Đ/c X vắng không lý do" the reason is "không lý do". A named absentee with no reason at all:
    reason null, excused false. "có xin phép" / "có báo cáo" written with a reason stay in the reason.
 8. When absentees of one kind are counted but not named, they are counted only (empty list or a partial list).
 9. Exempt members who are named are only counted in `exempt` (the schema has no list for them).
10. A named Bí thư who is away while the deputy chairs is an absentee with the reason written; when the Bí thư
    is away but not named, only the counts are given.
11. Names drop "đ/c", ranks (Thiếu tá, Đại úy, Trung úy, Thượng úy, Thiếu úy, Trung sĩ), degrees and job prefixes
    (ThS.BS., BS.CKII, ĐD.), a Party role written before the name ("Bí thư chi bộ Lê Thị Kim Cương") and
    nicknames in brackets ("Nguyễn Văn Bảy (Bảy Lùn)"); a unit in brackets after the name ("(tổ 3)") is dropped.
12. Guest `role`: the words after the dash or comma that follows the name, up to "dự và chỉ đạo" (dropped).
13. Votes: `percent_for` only when a percentage is written; `against`/`abstain` only when written; "không
    biểu quyết: 01" and "ý kiến khác: 01" are abstentions; "không có đồng chí nào không tán thành" is against 0;
    "thông qua" / "nhất trí" / "giơ tay tán thành" counts are `for`. When the member being recognised does not
    vote, `for` is the count written. Approving the minutes with a count ("biểu quyết thông qua biên bản 12/12")
    is not a vote.
14. Deadlines drop "trước ngày", "trước", "trong", "chậm nhất ngày", "đến", "tại", "vào" in front, in prose and in
    table cells alike: "trước Tết Ất Tỵ" → "Tết Ất Tỵ", "trước mùa khô" → "mùa khô", "trước lễ Ok Om Bok" →
    "lễ Ok Om Bok", "hoàn thành trong quý IV/2024" → "quý IV/2024", "đến hết tháng 12/2024" → "hết tháng
    12/2024", "báo cáo tại kỳ họp tháng 11" → "kỳ họp tháng 11"; "hằng đêm", "hằng tháng", "Thường xuyên" as
    written, case kept; "sau vụ mùa" whole.
15. Tasks written inside the chair's conclusion are assignments; a group named there ("Ban nhân dân ấp",
    "Chi hội Phụ nữ ấp") is an assignee. Tasks given to the secretary count. A role with nobody named
    ("Phó Bí thư chi bộ", "Điều dưỡng trưởng khoa Cấp cứu", "Chi ủy") is the assignee as written. A job in
    brackets after an assignee's name is dropped.
16. "Đ/c X xin nhận …" in the discussion is volunteering, not an assignment; "đề nghị các đoàn thể và toàn thể
    đảng viên …", "mỗi đảng viên …" are general calls.
17. No conclusion: "Chi bộ thảo luận, thống nhất với báo cáo", "Chi bộ nhất trí." under a "Kết luận" heading, and a
    heading "THẢO LUẬN, KẾT LUẬN VÀ BIỂU QUYẾT" followed by no conclusion at all.
18. Discussion is recorded when a named member or a member pointed at by a role speaks, including a question and
    its answer; "các ý kiến nhất trí …", "một số ý kiến …", or the Phó Bí thư presenting the draft is not.
19. `not_approved` when the minutes are not read back and approved: a closing time alone, or "biên bản được lập
    thành 02 bản", is not approval. A read-back followed by "nhất trí thông qua" (even with a typo) is approval.
20. A body with no closing time has `end_time` null.
"""

from samples.parts.writing import C, H, HD, L, P, T, attendance, task, vote

FOLDER = "dev"

R = "ĐẢNG CỘNG SẢN VIỆT NAM"

HEADS = [
    {"id": "r-head-01", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ TÂN PHÚ TRUNG", "CHI BỘ ẤP BẾN ĐÒ", "*"],
                   [R, "Tân Phú Trung, ngày 06 tháng 3 năm 2021"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2021")],
     "truth": {"kind": "regular", "topic": None, "date": "2021-03-06", "month": 3, "year": 2021,
               "cell": "CHI BỘ ẤP BẾN ĐÒ", "party_committee": "ĐẢNG BỘ XÃ TÂN PHÚ TRUNG"}},

    {"id": "r-head-02", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY XÃ NGỌC BIÊN", "CHI BỘ ẤP SÂM BUA", "Số: 07-BB/CB"],
                   [R, "Ngọc Biên, ngày mùng 5 tháng 7 năm 2022"]),
                C("BIÊN BẢN HỌP CHI BỘ"), C("Tháng 7 năm 2022", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2022-07-05", "month": 7, "year": 2022,
               "cell": "CHI BỘ ẤP SÂM BUA", "party_committee": "ĐẢNG ỦY XÃ NGỌC BIÊN"}},

    {"id": "r-head-03", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ PHƯỜNG AN PHÚ", "CHI BỘ KHU PHỐ 1B", "*"],
                   [R, "Thuận An, ngày 18 tháng 8 năm 2020"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2020"),
                C("Chuyên đề: Nâng cao vai trò của đảng viên trong việc giữ gìn an ninh trật tự khu nhà trọ công nhân",
                  bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Nâng cao vai trò của đảng viên trong việc giữ gìn an ninh trật tự khu nhà trọ công nhân",
               "date": "2020-08-18", "month": 8, "year": 2020,
               "cell": "CHI BỘ KHU PHỐ 1B", "party_committee": "ĐẢNG BỘ PHƯỜNG AN PHÚ"}},

    {"id": "r-head-04", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY CTY CAO SU XUÂN TRƯỜNG", "CHI BỘ NÔNG TRƯỜNG", "CAO SU BÌNH LỘC", "*"],
                   [R, "Xuân Lộc, ngày 27 tháng 11 năm 2023"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG MƯỜI MỘT NĂM 2023")],
     "truth": {"kind": "regular", "topic": None, "date": "2023-11-27", "month": 11, "year": 2023,
               "cell": "CHI BỘ NÔNG TRƯỜNG CAO SU BÌNH LỘC",
               "party_committee": "ĐẢNG ỦY CTY CAO SU XUÂN TRƯỜNG"}},

    {"id": "r-head-05", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ VĨNH HẢI", "CHI BỘ ẤP PRÂY CHOP", "*"],
                   [R, "…………, ngày …… tháng …… năm 20……"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ"), C("Kỳ họp tháng 4/2019", bold=False)],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 4, "year": 2019,
               "cell": "CHI BỘ ẤP PRÂY CHOP", "party_committee": "ĐẢNG BỘ XÃ VĨNH HẢI"}},

    {"id": "r-head-06", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY PHƯỜNG 11", "CHI BỘ KHU PHỐ 4", "*"],
                   [R, "Quận 5, ngày 09 tháng 5 năm 2024"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024"), C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
                C("“Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần đoàn kết các dân tộc”",
                  bold=False, italic=True)],
     "truth": {"kind": "regular",
               "topic": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần đoàn kết các dân tộc",
               "date": "2024-05-09", "month": 5, "year": 2024,
               "cell": "CHI BỘ KHU PHỐ 4", "party_committee": "ĐẢNG ỦY PHƯỜNG 11"}},

    {"id": "r-head-07", "kind": "head",
     "blocks": [HD(["CHI BỘ HỢP TÁC XÃ", "NUÔI TÔM RẠCH GỐC", "*"],
                   [R, "Ngọc Hiển, ngày 3 tháng 01 năm 2025"]),
                C("HỘI NGHỊ CHI BỘ"), C("THÁNG 01 NĂM 2025")],
     "truth": {"kind": "regular", "topic": None, "date": "2025-01-03", "month": 1, "year": 2025,
               "cell": "CHI BỘ HỢP TÁC XÃ NUÔI TÔM RẠCH GỐC", "party_committee": None}},

    {"id": "r-head-08", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ BV ĐA KHOA VĨNH LONG", "CHI BỘ KHOA NỘI TỔNG HỢP", "*"],
                   [R, "Vĩnh Long, ngày 14 tháng 6 năm 2021"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ II/2021"),
                C("NÂNG CAO Y ĐỨC, THÁI ĐỘ PHỤC VỤ NGƯỜI BỆNH"), C("TRONG TÌNH HÌNH DỊCH COVID-19")],
     "truth": {"kind": "thematic", "topic": "NÂNG CAO Y ĐỨC, THÁI ĐỘ PHỤC VỤ NGƯỜI BỆNH TRONG TÌNH HÌNH DỊCH COVID-19",
               "date": "2021-06-14", "month": 6, "year": 2021,
               "cell": "CHI BỘ KHOA NỘI TỔNG HỢP", "party_committee": "ĐẢNG BỘ BV ĐA KHOA VĨNH LONG"}},

    {"id": "r-head-09", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ MỸ KHÁNH", "CHI BỘ ẤP MỸ ÁI", "Số: …/BB-CB"],
                   [R, "Mỹ Khánh, ngày 8 tháng 1 năm 2019"]),
                C("BIÊN BẢN"), C("Sinh hoạt chi bộ thường kỳ tháng 1 năm 2019")],
     "truth": {"kind": "regular", "topic": None, "date": "2019-01-08", "month": 1, "year": 2019,
               "cell": "CHI BỘ ẤP MỸ ÁI", "party_committee": "ĐẢNG BỘ XÃ MỸ KHÁNH"}},

    {"id": "r-head-10", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ PHƯỜNG MỸ LONG", "CHI BỘ CHỢ MỸ LONG"], [R]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ"), C("THÁNG 10 NĂM 2022")],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 10, "year": 2022,
               "cell": "CHI BỘ CHỢ MỸ LONG", "party_committee": "ĐẢNG BỘ PHƯỜNG MỸ LONG"}},

    {"id": "r-head-11", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ TỈNH ĐỒNG THÁP", "ĐẢNG ỦY XÃ TÂN ĐIỀN", "CHI BỘ ẤP NGHĨA HÒA", "*"],
                   [R, "Tân Điền, ngày 21 tháng 10 năm 2025"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2025"),
                C("Chuyên đề: Đảng viên gương mẫu tham gia gia cố đê bao, phòng chống triều cường",
                  bold=False, italic=True)],
     "truth": {"kind": "thematic", "topic": "Đảng viên gương mẫu tham gia gia cố đê bao, phòng chống triều cường",
               "date": "2025-10-21", "month": 10, "year": 2025,
               "cell": "CHI BỘ ẤP NGHĨA HÒA", "party_committee": "ĐẢNG ỦY XÃ TÂN ĐIỀN"}},

    {"id": "r-head-12", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY CTY MAY PHÚ HƯNG THỊNH", "CHI BỘ XƯỞNG MAY 2", "Số: 15-BB/CB"],
                   [R, "Tân Uyên, ngày 24 tháng 2 năm 2026"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ"), C("Kỳ họp tháng 2/2026", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2026-02-24", "month": 2, "year": 2026,
               "cell": "CHI BỘ XƯỞNG MAY 2",
               "party_committee": "ĐẢNG ỦY CTY MAY PHÚ HƯNG THỊNH"}},

    {"id": "r-head-13", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ AN THẠNH NAM", "CHI BỘ ẤP CÂY DƯƠNG"], [R]),
                C("BIÊN BẢN"), C("HỌP CHI BỘ THƯỜNG KỲ THÁNG MƯỜI HAI"),
                C("(Ngày 12 tháng 12 năm 2020)", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2020-12-12", "month": 12, "year": 2020,
               "cell": "CHI BỘ ẤP CÂY DƯƠNG", "party_committee": "ĐẢNG BỘ XÃ AN THẠNH NAM"}},

    {"id": "r-head-14", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ PHƯỜNG 3", "CHI BỘ KHÓM 5", "*"],
                   [R, "Bạc Liêu, ngày 02 tháng 03 năm 2023"]),
                C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ"), C("Quý I năm 2023", bold=False),
                C("\"Phát huy vai trò người có uy tín trong đồng bào người Hoa tham gia xây dựng khóm văn hóa\"",
                  bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Phát huy vai trò người có uy tín trong đồng bào người Hoa tham gia xây dựng khóm văn hóa",
               "date": "2023-03-02", "month": 3, "year": 2023,
               "cell": "CHI BỘ KHÓM 5", "party_committee": "ĐẢNG BỘ PHƯỜNG 3"}},

    {"id": "r-head-15", "kind": "head",
     "blocks": [HD(["HUYỆN ỦY HÓC MÔN", "ĐẢNG ỦY BỆNH VIỆN HUYỆN", "CHI BỘ KHỐI CẬN LÂM SÀNG", "*"],
                   [R, "Hóc Môn, ngày 16 tháng 4 năm 2024"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG TƯ NĂM 2024")],
     "truth": {"kind": "regular", "topic": None, "date": "2024-04-16", "month": 4, "year": 2024,
               "cell": "CHI BỘ KHỐI CẬN LÂM SÀNG", "party_committee": "ĐẢNG ỦY BỆNH VIỆN HUYỆN"}},

    {"id": "r-head-16", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ THẠNH PHÚ", "CHI BỘ ẤP 4", "*", "Số: 09-BB/CB"],
                   [R, "Thạnh Phú, ngày 25 tháng 9 năm 2019"]),
                C("BIÊN BẢN"), C("SINH HOẠT THƯỜNG KỲ THÁNG 9 VÀ CHUYÊN ĐỀ QUÝ III NĂM 2019"),
                C("Chuyên đề: “Xây dựng ấp văn hóa gắn với phòng, chống ma túy trong thanh niên”",
                  bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": "Xây dựng ấp văn hóa gắn với phòng, chống ma túy trong thanh niên",
               "date": "2019-09-25", "month": 9, "year": 2019,
               "cell": "CHI BỘ ẤP 4", "party_committee": "ĐẢNG BỘ XÃ THẠNH PHÚ"}},
]


def _open(n, blocks, date, start, location, chair, role, secretary, att, flags=(), end=None):
    return {"id": f"r-open-{n:02d}", "kind": "opening", "blocks": blocks,
            "truth": {"date": date, "start_time": start, "end_time": end, "location": location,
                      "chair": None if chair is None else {"name": chair, "role": role},
                      "secretary": None if secretary is None else {"name": secretary},
                      "attendance": att, "flags": list(flags)}}


LOW, UNEX = "low_attendance", "unexcused_absence"

OPENINGS = [
    _open(1, [L("- Thời gian: 19 giờ 00, ngày 04/02/2020."),
              L("- Địa điểm: Nhà văn hóa ấp Phú Lợi."),
              L("- Thành phần: tổng số ĐV 18 đ/c; có mặt 17 đ/c; vắng 01 đ/c (đ/c Trần Văn Bé Năm – đi làm xa, "
                "có xin phép)."),
              L("- Chủ trì: đ/c Huỳnh Văn Tư – Bí thư chi bộ, Trưởng ấp."),
              L("- Thư ký: đ/c Lê Thị Ngọc Hân.")],
          "2020-02-04", "19:00", "Nhà văn hóa ấp Phú Lợi", "Huỳnh Văn Tư", "Bí thư chi bộ", "Lê Thị Ngọc Hân",
          attendance(18, 17, 1, 1, 0, 0, [("Trần Văn Bé Năm", "đi làm xa, có xin phép", True)])),

    _open(2, [P("Hôm nay, vào lúc 14 giờ 30 phút ngày 17 tháng 6 năm 2022, tại văn phòng Hợp tác xã thủy sản Tân "
                "Thành, Chi bộ HTX tiến hành họp thường kỳ tháng 6/2022."),
              P("Dự họp: 09/11 đảng viên. Vắng 02 đ/c: đ/c Danh Hùng đi biển chưa về; đ/c Lý Văn Sang không lý do."),
              P("Đồng chí Nguyễn Hoàng Phúc – Bí thư chi bộ, Giám đốc HTX chủ trì; đồng chí Tô Thị Kim Xuyến ghi "
                "biên bản.")],
          "2022-06-17", "14:30", "văn phòng Hợp tác xã thủy sản Tân Thành", "Nguyễn Hoàng Phúc", "Bí thư chi bộ",
          "Tô Thị Kim Xuyến",
          attendance(11, 9, 2, 1, 1, 0, [("Danh Hùng", "đi biển chưa về", True),
                                         ("Lý Văn Sang", "không lý do", False)]),
          [LOW, UNEX]),

    _open(3, [L("+ Thời gian: từ 7h30' đến 10h15', ngày 12/9/2023."),
              L("+ Địa điểm: Phòng họp tầng 2 – Công ty CP Gỗ Thành Phát."),
              L("+ Thành phần: đảng viên chi bộ có mặt 21/23 đ/c, vắng 02 đ/c có lý do (đi công tác)."),
              L("+ Chủ trì: đ/c Võ Minh Trí, Bí thư chi bộ – Phó Giám đốc Công ty."),
              L("+ Thư ký: đ/c Phan Thị Thanh Thủy.")],
          "2023-09-12", "07:30", "Phòng họp tầng 2 – Công ty CP Gỗ Thành Phát", "Võ Minh Trí", "Bí thư chi bộ",
          "Phan Thị Thanh Thủy", attendance(23, 21, 2, 2, 0, 0), end="10:15"),

    _open(4, [L("1. Thời gian: 19 giờ tối ngày 08 tháng 11 năm 2019."),
              L("2. Địa điểm: Trụ sở Ban nhân dân ấp Sóc Chùa."),
              L("3. Thành phần: Tổng số đảng viên: 16 đ/c, trong đó miễn sinh hoạt 02 đ/c (đ/c Thạch Sanh, đ/c Kim "
                "Thị Sa Rươne – tuổi cao, sức yếu). Có mặt: 13 đ/c. Vắng: 01 đ/c (đ/c Sơn Văn Phước, đi làm thuê ở "
                "Bình Dương)."),
              L("4. Chủ trì: Đ/c Thạch Văn Rết – Bí thư chi bộ."),
              L("5. Thư ký: Đ/c Lâm Thị Sô Phi.")],
          "2019-11-08", "19:00", "Trụ sở Ban nhân dân ấp Sóc Chùa", "Thạch Văn Rết", "Bí thư chi bộ",
          "Lâm Thị Sô Phi",
          attendance(16, 13, 1, 1, 0, 2, [("Sơn Văn Phước", "đi làm thuê ở Bình Dương", True)])),

    _open(5, [L("a) Thời gian: bắt đầu 8 giờ sáng Chủ nhật, ngày 13/3/2022."),
              L("b) Địa điểm: Văn phòng khu phố 5, phường Tân Hiệp."),
              L("c) Đảng viên có mặt 17/19 đồng chí. Vắng 02 đồng chí:"),
              L("    - Đ/c Đinh Văn Lực: bệnh, nằm viện."),
              L("    - Đ/c Mai Thị Kiều: không báo cáo."),
              L("d) Chủ trì: đồng chí Phạm Quốc Cường – Bí thư chi bộ, Trưởng khu phố."),
              L("đ) Thư ký: đồng chí Trương Mỹ Linh.")],
          "2022-03-13", "08:00", "Văn phòng khu phố 5, phường Tân Hiệp", "Phạm Quốc Cường", "Bí thư chi bộ",
          "Trương Mỹ Linh",
          attendance(19, 17, 2, 1, 1, 0, [("Đinh Văn Lực", "bệnh, nằm viện", True),
                                          ("Mai Thị Kiều", "không báo cáo", False)]),
          [LOW, UNEX]),

    _open(6, [P("Vào lúc 13 giờ 30 phút, ngày 21/5/2024, tại Hội trường Bệnh viện Đa khoa khu vực Cai Lậy, Chi bộ "
                "Khoa Ngoại tổ chức sinh hoạt thường kỳ tháng 5/2024."),
              L("Tổng số đảng viên: 14; có mặt: 12; vắng: 02, cụ thể:"),
              T([(0.1, "TT", "c"), (0.45, "Họ và tên", "l"), (0.45, "Lý do vắng", "l")],
                [["1", "Lê Hoàng Nam", "Trực cấp cứu"], ["2", "Nguyễn Thị Bích Tuyền", "Nghỉ hậu sản"]]),
              L("Khách mời: đồng chí Trần Thanh Hải – Đảng ủy viên, Trưởng phòng Tổ chức cán bộ Bệnh viện, dự và "
                "chỉ đạo."),
              L("Chủ trì: ThS.BS. Ngô Minh Luân – Bí thư chi bộ, Trưởng khoa Ngoại."),
              L("Thư ký: ĐD. Huỳnh Thị Mỹ Tiên.")],
          "2024-05-21", "13:30", "Hội trường Bệnh viện Đa khoa khu vực Cai Lậy", "Ngô Minh Luân", "Bí thư chi bộ",
          "Huỳnh Thị Mỹ Tiên",
          attendance(14, 12, 2, 2, 0, 0, [("Lê Hoàng Nam", "Trực cấp cứu", True),
                                          ("Nguyễn Thị Bích Tuyền", "Nghỉ hậu sản", True)],
                     [("Trần Thanh Hải", "Đảng ủy viên, Trưởng phòng Tổ chức cán bộ Bệnh viện")]),
          [LOW]),

    _open(7, [P("Thời gian: mười chín giờ ba mươi phút, ngày hai mươi sáu tháng mười hai năm hai nghìn không trăm "
                "hai mươi."),
              P("Địa điểm: Nhà sinh hoạt cộng đồng ấp Bình Thạnh."),
              P("Thành phần: Chi bộ có 12 đảng viên (chính thức 11, dự bị 01), tham dự đầy đủ 12/12, đạt 100%."),
              P("Chủ tọa: đồng chí Nguyễn Văn Út – Bí thư chi bộ; thư ký: đồng chí Đoàn Thị Diễm.")],
          "2020-12-26", "19:30", "Nhà sinh hoạt cộng đồng ấp Bình Thạnh", "Nguyễn Văn Út", "Bí thư chi bộ",
          "Đoàn Thị Diễm", attendance(12, 12, 0, 0, 0, 0)),

    _open(8, [P("Hồi 15 giờ ngày 29/4/2021, tại phòng họp Công an xã Phước Vĩnh An, Chi bộ Công an xã họp thường kỳ "
                "tháng 4/2021."),
              P("Đảng viên dự họp: 07 đ/c; vắng 01 đ/c là Thiếu tá Lương Văn Thắng – Bí thư chi bộ, Trưởng Công an "
                "xã (đi học lớp bồi dưỡng tại Công an thành phố)."),
              P("Chủ trì: Đại úy Trịnh Quang Vinh – Phó Bí thư chi bộ, Phó Trưởng Công an xã. Thư ký: Trung úy Hồ Thị "
                "Yến Nhi.")],
          "2021-04-29", "15:00", "phòng họp Công an xã Phước Vĩnh An", "Trịnh Quang Vinh", "Phó Bí thư chi bộ",
          "Hồ Thị Yến Nhi",
          attendance(8, 7, 1, 1, 0, 0, [("Lương Văn Thắng", "đi học lớp bồi dưỡng tại Công an thành phố", True)]),
          [LOW]),

    _open(9, [L("Thời gian: 14h, ngày 06/01/2026"),
              L("Địa điểm: Trụ sở khu phố 12"),
              L("Tổng số ĐV: 14 đ/c. Dự họp: 13 đ/c. Vắng 01 đ/c (có lý do)."),
              L("Chủ trì: Đ/c Lưu Thị Hồng Vân, Bí thư chi bộ"),
              L("Thư ký: Đ/c Cao Minh Tâm")],
          "2026-01-06", "14:00", "Trụ sở khu phố 12", "Lưu Thị Hồng Vân", "Bí thư chi bộ", "Cao Minh Tâm",
          attendance(14, 13, 1, 1, 0, 0)),

    _open(10, [P("Vào hồi 8 giờ 00 phút sáng ngày 10 tháng 10 năm 2024, tại Hội trường UBND xã Hòa Ninh, Chi bộ Cơ "
                 "quan xã Hòa Ninh tiến hành sinh hoạt chi bộ thường kỳ tháng 10."),
               P("Tổng số đảng viên của chi bộ: 25 đồng chí; miễn sinh hoạt: 01 đồng chí; đảng viên phải dự họp: 24 "
                 "đồng chí; có mặt: 24/24 đồng chí, đạt 100%."),
               P("Đồng chí Nguyễn Hữu Lộc, Bí thư chi bộ chủ trì hội nghị; đồng chí Châu Ngọc Bảo Trâm làm thư ký."),
               P("Nội dung sinh hoạt gồm: (1) thông tin thời sự; (2) đánh giá kết quả tháng 9, triển khai nhiệm vụ "
                 "tháng 10; (3) thảo luận, biểu quyết; (4) kết luận.")],
           "2024-10-10", "08:00", "Hội trường UBND xã Hòa Ninh", "Nguyễn Hữu Lộc", "Bí thư chi bộ",
           "Châu Ngọc Bảo Trâm", attendance(25, 24, 0, 0, 0, 1)),

    _open(11, [L("- Thời gian: 16 giờ 30, thứ Sáu ngày 19/7/2019."),
               L("- Địa điểm: Phòng họp Ban Giám đốc, Công ty TNHH Cơ khí Đông Hòa."),
               L("- Thành phần: ĐV chi bộ tham dự đầy đủ 29/29 đ/c (chính thức 26, dự bị 03)."),
               L("- Dự họp có: đ/c Lê Văn Chiến – Phó Bí thư Đảng ủy phường Đông Hòa; đ/c Vũ Thị Lan Anh – chuyên "
                 "viên Ban Tổ chức Thị ủy Dĩ An."),
               L("- Chủ trì: đ/c Ngô Thanh Tùng, Bí thư chi bộ kiêm Giám đốc Công ty."),
               L("- Thư ký: đ/c Đặng Văn Hiếu.")],
           "2019-07-19", "16:30", "Phòng họp Ban Giám đốc, Công ty TNHH Cơ khí Đông Hòa", "Ngô Thanh Tùng",
           "Bí thư chi bộ", "Đặng Văn Hiếu",
           attendance(29, 29, 0, 0, 0, 0, [], [("Lê Văn Chiến", "Phó Bí thư Đảng ủy phường Đông Hòa"),
                                                ("Vũ Thị Lan Anh", "chuyên viên Ban Tổ chức Thị ủy Dĩ An")])),

    _open(12, [L("Thời gian: 18h30 ngày 15/02/2025."),
               L("Địa điểm: Nhà văn hóa ấp Trà Lây."),
               L("Đảng viên: 15; có mặt 11; vắng 04 (đ/c Thạch Phol – bệnh; đ/c Lý Sa Mết – đi làm ở TP.HCM; đ/c Sơn "
                 "Thị Sa Vy, đ/c Kim Hoàng Dũng – không lý do)."),
               L("Chủ trì: đ/c Trầm Văn Sơn, Bí thư chi bộ.    Thư ký: đ/c Lâm Thị Ngọc Hà.")],
           "2025-02-15", "18:30", "Nhà văn hóa ấp Trà Lây", "Trầm Văn Sơn", "Bí thư chi bộ", "Lâm Thị Ngọc Hà",
           attendance(15, 11, 4, 2, 2, 0, [("Thạch Phol", "bệnh", True), ("Lý Sa Mết", "đi làm ở TP.HCM", True),
                                           ("Sơn Thị Sa Vy", "không lý do", False),
                                           ("Kim Hoàng Dũng", "không lý do", False)]),
           [LOW, UNEX]),

    _open(13, [L("* Thời gian: 7 giờ 30 phút ngày 22/10/2020"),
               L("* Địa điểm: Hội trường Ban Chỉ huy Quân sự xã Long Thọ"),
               L("* Thành phần: 06/06 đảng viên có mặt"),
               L("* Điều hành: Đồng chí Thiếu úy Nguyễn Văn Đạt – Bí thư chi bộ, Chỉ huy trưởng BCH Quân sự xã"),
               L("* Người ghi biên bản: Đồng chí Trung sĩ Phạm Minh Khoa")],
           "2020-10-22", "07:30", "Hội trường Ban Chỉ huy Quân sự xã Long Thọ", "Nguyễn Văn Đạt", "Bí thư chi bộ",
           "Phạm Minh Khoa", attendance(6, 6, 0, 0, 0, 0)),

    _open(14, [P("Đúng 2 giờ chiều ngày 05/7/2023, chi bộ ấp Long Khê họp tại nhà văn hóa ấp. Đồng chí Bí thư chi bộ "
                 "Lê Thị Kim Cương điều hành, cử đồng chí Võ Văn Tám làm thư ký ghi biên bản."),
               P("Số đảng viên: 21 đc (có 02 đc miễn sinh hoạt do ốm đau dài ngày: đc Trần Văn Mười, đc Bùi Thị Năm). "
                 "Có mặt 18 đc, vắng 01 đc: đc Đỗ Văn Lợi đi đám giỗ ở Cần Giuộc, có xin phép.")],
           "2023-07-05", "14:00", "nhà văn hóa ấp", "Lê Thị Kim Cương", "Bí thư chi bộ", "Võ Văn Tám",
           attendance(21, 18, 1, 1, 0, 2, [("Đỗ Văn Lợi", "đi đám giỗ ở Cần Giuộc, có xin phép", True)])),

    _open(15, [L("Họp lúc 9h ngày 11/4/2022 tại văn phòng Tổ hợp tác khai thác hải sản Đồng Hòa."),
               L("ĐV: 8 – có mặt 8, vắng 0."),
               L("Đ/c Đoàn Văn Sang – Bí thư chi bộ chủ trì; đ/c Phạm Thị Thu ghi biên bản.")],
           "2022-04-11", "09:00", "văn phòng Tổ hợp tác khai thác hải sản Đồng Hòa", "Đoàn Văn Sang",
           "Bí thư chi bộ", "Phạm Thị Thu", attendance(8, 8, 0, 0, 0, 0)),

    _open(16, [P("Thời gian: Từ 19 giờ 00 đến 21 giờ 00 ngày 20/8/2019."),
               P("Địa điểm: Nhà văn hóa khu phố Nhị Đồng 1."),
               P("Đảng viên của chi bộ 30 đồng chí; miễn sinh hoạt 0; có mặt 25 đồng chí, đạt tỷ lệ 83,3%; vắng 05 "
                 "đồng chí (04 có lý do, 01 không lý do)."),
               P("Chủ trì: đồng chí Hà Văn Khanh – Phó Bí thư chi bộ (đồng chí Bí thư đi công tác). Thư ký: đồng chí "
                 "Lý Minh Thư.")],
           "2019-08-20", "19:00", "Nhà văn hóa khu phố Nhị Đồng 1", "Hà Văn Khanh", "Phó Bí thư chi bộ",
           "Lý Minh Thư", attendance(30, 25, 5, 4, 1, 0), [LOW, UNEX], end="21:00"),

    _open(17, [L("Thời gian: 14 giờ 30, ngày 03 tháng 6 năm 2025."),
               L("Địa điểm: Văn phòng Ban điều hành khu phố 3, phường 13, Quận 6."),
               L("Thành phần tham dự:"),
               L("- Đảng viên: 22/24 đ/c có mặt; vắng 02 đ/c: đ/c Quách Kiện Minh (về quê Bạc Liêu), đ/c Tăng Thị Mỹ "
                 "Phụng (chăm con ốm)."),
               L("- Khách mời: đ/c Lâm Quốc Thái – Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam phường 13."),
               L("- Chủ tọa: đ/c Trần Khải Huy – Bí thư chi bộ, Trưởng Ban điều hành khu phố."),
               L("- Thư ký: đ/c Diệp Ngọc Hoa.")],
           "2025-06-03", "14:30", "Văn phòng Ban điều hành khu phố 3, phường 13, Quận 6", "Trần Khải Huy",
           "Bí thư chi bộ", "Diệp Ngọc Hoa",
           attendance(24, 22, 2, 2, 0, 0, [("Quách Kiện Minh", "về quê Bạc Liêu", True),
                                           ("Tăng Thị Mỹ Phụng", "chăm con ốm", True)],
                      [("Lâm Quốc Thái", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam phường 13")])),

    _open(18, [L("1- Thời gian: 19h15, ngày 27/12/2022."),
               L("2- Địa điểm: Văn phòng ấp Kinh Tư."),
               L("3- Thành phần: Tổng số 10 đảng viên, có mặt 09. Vắng: đ/c Huỳnh Văn Thới."),
               L("4- Chủ trì: đ/c Dương Văn Triều – Bí thư chi bộ. Thư ký: đ/c Nguyễn Thị Mộng Cầm.")],
           "2022-12-27", "19:15", "Văn phòng ấp Kinh Tư", "Dương Văn Triều", "Bí thư chi bộ", "Nguyễn Thị Mộng Cầm",
           attendance(10, 9, 1, 0, 1, 0, [("Huỳnh Văn Thới", None, False)]), [UNEX]),

    _open(19, [L("- Thời gian: 13g30 ngày 09/5/2020"),
               L("- Địa điểm: Văn phòng Tổ 4, Nông trường cao su Minh Tân"),
               L("- Tổng số đảng viên: 17; có mặt: 16; vắng: 01 (đ/c Phan Văn Dũng – nghỉ phép năm)."),
               L("- Chủ trì: đ/c Lê Hữu Nghĩa"),
               L("   Chức vụ: Bí thư chi bộ, Đội trưởng Đội sản xuất số 4"),
               L("- Thư ký: đ/c Trần Thị Cẩm Nhung – Kế toán đội")],
           "2020-05-09", "13:30", "Văn phòng Tổ 4, Nông trường cao su Minh Tân", "Lê Hữu Nghĩa", "Bí thư chi bộ",
           "Trần Thị Cẩm Nhung",
           attendance(17, 16, 1, 1, 0, 0, [("Phan Văn Dũng", "nghỉ phép năm", True)])),

    _open(20, [P("Hôm nay, vào hồi 16 giờ 45 phút ngày 16 tháng 11 năm 2021, tại phòng Hội đồng Trường THCS Tân Khánh "
                 "Trung, Chi bộ Trường tiến hành sinh hoạt thường kỳ tháng 11 năm 2021."),
               P("Chi bộ hiện có 19 đảng viên (18 chính thức, 01 dự bị). Có mặt 18 đồng chí; vắng 01 đồng chí: đồng "
                 "chí Phạm Thị Ngọc Giàu – dự lớp bồi dưỡng chuyên môn tại Sở GD&ĐT."),
               P("Đồng chí Lê Văn Thành, Bí thư chi bộ, Hiệu trưởng nhà trường chủ trì; đồng chí Trần Thị Huyền Trân, "
                 "Chi ủy viên làm thư ký.")],
           "2021-11-16", "16:45", "phòng Hội đồng Trường THCS Tân Khánh Trung", "Lê Văn Thành", "Bí thư chi bộ",
           "Trần Thị Huyền Trân",
           attendance(19, 18, 1, 1, 0, 0, [("Phạm Thị Ngọc Giàu", "dự lớp bồi dưỡng chuyên môn tại Sở GD&ĐT",
                                            True)])),

    _open(21, [L("Thời gian: 19 giờ 30' ngày 23/3/2024; Địa điểm: nhà văn hóa ấp Mỹ Hưng."),
               L("Tình hình đảng viên dự họp:"),
               T([(0.2, "Tổng số ĐV", "c"), (0.2, "Có mặt", "c"), (0.2, "Vắng có LD", "c"),
                  (0.2, "Vắng không LD", "c"), (0.2, "Miễn SH", "c")],
                 [["27", "23", "02", "01", "01"]]),
               L("Đ/c Trịnh Văn Hải vắng không lý do."),
               L("Chủ trì: đ/c Nguyễn Thành Được (Bí thư).  Thư ký: đ/c Phan Ngọc Ánh.")],
           "2024-03-23", "19:30", "nhà văn hóa ấp Mỹ Hưng", "Nguyễn Thành Được", "Bí thư", "Phan Ngọc Ánh",
           attendance(27, 23, 3, 2, 1, 1, [("Trịnh Văn Hải", "không lý do", False)]), [LOW, UNEX]),

    _open(22, [P("Vào lúc 19 giờ, ngày 06/01/2023, tại trụ sở HTX Dừa Thạnh Phú Đông, Chi bộ HTX họp định kỳ tháng "
                 "01."),
               P("Đảng viên có mặt: mười một trên mười hai đồng chí; vắng một đồng chí (đ/c Nguyễn Văn Rô, bị tai nạn "
                 "giao thông đang điều trị)."),
               P("Chủ trì: đồng chí Đặng Thị Mỹ Dung, Bí thư chi bộ; thư ký: đồng chí Trương Hoàng Nhựt.")],
           "2023-01-06", "19:00", "trụ sở HTX Dừa Thạnh Phú Đông", "Đặng Thị Mỹ Dung", "Bí thư chi bộ",
           "Trương Hoàng Nhựt",
           attendance(12, 11, 1, 1, 0, 0, [("Nguyễn Văn Rô", "bị tai nạn giao thông đang điều trị", True)])),

    _open(23, [L("Chi bộ ấp Tân Quới họp lúc 20 giờ tại điểm sinh hoạt tổ nhân dân số 2."),
               L("Tổng số đảng viên 09, dự 07, vắng 02: đ/c Lê Văn Bảy (đi làm ăn xa có báo cáo), đ/c Võ Thị Út Em "
                 "(không xin phép)."),
               L("Chủ trì: Bí thư chi bộ Trần Văn Hoà; thư ký buổi họp: đ/c Nguyễn Thị Thuỷ Tiên.")],
           None, "20:00", "điểm sinh hoạt tổ nhân dân số 2", "Trần Văn Hoà", "Bí thư chi bộ", "Nguyễn Thị Thuỷ Tiên",
           attendance(9, 7, 2, 1, 1, 0, [("Lê Văn Bảy", "đi làm ăn xa có báo cáo", True),
                                         ("Võ Thị Út Em", "không xin phép", False)]),
           [LOW, UNEX]),

    _open(24, [L("+ Thời gian: 7 giờ 30 phút đến 9 giờ 45 phút, ngày 08/3/2026"),
               L("+ Địa điểm: Hội trường khu phố Tân Long"),
               L("+ Đảng viên: tổng số 33, miễn SH 04 (tuổi cao), phải dự 29, có mặt 28, vắng 01 (ốm)."),
               L("+ Dự và chỉ đạo: đ/c Nguyễn Thị Phương Thảo, Ủy viên Ban Chấp hành Đảng bộ xã Tân Nhựt, phụ trách "
                 "địa bàn."),
               L("+ Điều hành: đ/c Võ Tấn Phát, Bí thư chi bộ."),
               L("+ Thư ký: đ/c Lê Thị Bảo Ngọc.")],
           "2026-03-08", "07:30", "Hội trường khu phố Tân Long", "Võ Tấn Phát", "Bí thư chi bộ", "Lê Thị Bảo Ngọc",
           attendance(33, 28, 1, 1, 0, 4, [], [("Nguyễn Thị Phương Thảo",
                                                "Ủy viên Ban Chấp hành Đảng bộ xã Tân Nhựt, phụ trách địa bàn")]),
           end="09:45"),

    _open(25, [L("Thời gian: 13 giờ 30 ngày 16/6/2020."),
               L("Địa điểm: Trụ sở Ban điều hành ấp 5, xã Phú Ngọc."),
               L("Thành phần: Chi bộ có 20 đ/c, có mặt 17 đ/c, vắng 03 đ/c, gồm:"),
               L("+ Đ/c Hoàng Văn Sơn – Bí thư chi bộ: họp HĐND huyện;"),
               L("+ Đ/c Nông Thị Hạnh: đi đám cưới ở Lâm Đồng;"),
               L("+ Đ/c Vi Văn Quyết: không lý do."),
               L("Đ/c Lộc Văn Tuấn – Phó Bí thư chi bộ chủ trì (do đ/c Bí thư bận họp); đ/c Đinh Thị Mai Phương ghi "
                 "biên bản.")],
           "2020-06-16", "13:30", "Trụ sở Ban điều hành ấp 5, xã Phú Ngọc", "Lộc Văn Tuấn", "Phó Bí thư chi bộ",
           "Đinh Thị Mai Phương",
           attendance(20, 17, 3, 2, 1, 0, [("Hoàng Văn Sơn", "họp HĐND huyện", True),
                                           ("Nông Thị Hạnh", "đi đám cưới ở Lâm Đồng", True),
                                           ("Vi Văn Quyết", "không lý do", False)]),
           [LOW, UNEX]),

    _open(26, [L("1. Thời gian: 8h00 sáng, ngày 27/8/2025."),
               L("2. Địa điểm: Phòng họp văn phòng Công ty TNHH Bao bì Phú Lâm."),
               L("3. Thành phần: Tổng số ĐV 15 đ/c; có mặt 15 đ/c (chính thức 14, dự bị 01); vắng: không."),
               L("4. Chủ trì: đ/c Nguyễn Đức Tài – Bí thư chi bộ, Phó Tổng Giám đốc."),
               L("5. Thư ký: đ/c Triệu Thị Thanh Xuân."),
               L("6. Nội dung: sinh hoạt thường kỳ tháng 8; xét kết nạp quần chúng Phan Tuấn Kiệt vào Đảng.")],
           "2025-08-27", "08:00", "Phòng họp văn phòng Công ty TNHH Bao bì Phú Lâm", "Nguyễn Đức Tài",
           "Bí thư chi bộ", "Triệu Thị Thanh Xuân", attendance(15, 15, 0, 0, 0, 0)),

    _open(27, [P("Lúc 19 giờ 30 phút ngày 12/01/2024, Chi bộ ấp Kênh Năm họp thường kỳ tại Nhà văn hóa ấp Kênh Năm. "
                 "Có mặt 19/21 đảng viên; vắng 02 đ/c đi biển dài ngày."),
               P("Đồng chí Tạ Văn Mến – Bí thư chi bộ chủ trì, đồng chí Lê Thị Thu Sương ghi biên bản.")],
           "2024-01-12", "19:30", "Nhà văn hóa ấp Kênh Năm", "Tạ Văn Mến", "Bí thư chi bộ", "Lê Thị Thu Sương",
           attendance(21, 19, 2, 2, 0, 0)),

    _open(28, [L("- Thời gian: 14 giờ, ngày 25/4/2023"),
               L("- Địa điểm: Văn phòng ấp Tà Lọt, xã Lê Trì"),
               L("- Đảng viên: tổng số 13 đ/c; có mặt 11 đ/c; vắng 02 đ/c (danh sách dưới đây):"),
               T([(0.1, "STT", "c"), (0.4, "Họ tên", "l"), (0.5, "Lý do", "l")],
                 [["1", "Chau Sóc Kha", "Đi làm công ở Bình Dương"], ["2", "Néang Thi", "Không báo cáo"]]),
               L("- Khách: đ/c Chau Sa Ry – Phó Chủ tịch UBND xã Lê Trì; đ/c Trần Minh Nhựt – cán bộ Ban Dân vận "
                 "Huyện ủy Tri Tôn."),
               L("- Chủ trì: đ/c Chau Ngọc Thành, Bí thư chi bộ kiêm Trưởng ấp"),
               L("- Thư ký: đ/c Néang Sóc Ry")],
           "2023-04-25", "14:00", "Văn phòng ấp Tà Lọt, xã Lê Trì", "Chau Ngọc Thành", "Bí thư chi bộ",
           "Néang Sóc Ry",
           attendance(13, 11, 2, 1, 1, 0, [("Chau Sóc Kha", "Đi làm công ở Bình Dương", True),
                                           ("Néang Thi", "Không báo cáo", False)],
                      [("Chau Sa Ry", "Phó Chủ tịch UBND xã Lê Trì"),
                       ("Trần Minh Nhựt", "cán bộ Ban Dân vận Huyện ủy Tri Tôn")]),
           [LOW, UNEX]),

    _open(29, [P("Vào lúc mười chín giờ ngày hai mươi tám tháng hai năm hai ngàn không trăm hai mươi bốn, Chi bộ khu "
                 "vực 4, phường An Khánh họp tại nhà văn hóa khu vực."),
               P("Đảng viên của chi bộ: 26 đ/c; miễn sinh hoạt: 03 đ/c; có mặt: 21 đ/c; vắng: 02 đ/c (đ/c Bí thư Lý "
                 "Hoàng Nam nằm viện; đ/c Mã Thị Kim Loan đi nước ngoài thăm con)."),
               P("Đ/c Âu Văn Khoa, Phó Bí thư chi bộ, chủ trì. Chi bộ thống nhất cử đ/c Trần Thị Ngọc Bích làm thư ký.")],
           "2024-02-28", "19:00", "nhà văn hóa khu vực", "Âu Văn Khoa", "Phó Bí thư chi bộ", "Trần Thị Ngọc Bích",
           attendance(26, 21, 2, 2, 0, 3, [("Lý Hoàng Nam", "nằm viện", True),
                                           ("Mã Thị Kim Loan", "đi nước ngoài thăm con", True)])),

    _open(30, [L("- Thời gian: 15h00, ngày 07/10/2025"),
               L("- Địa điểm: ………………………………"),
               L("- Thành phần: đảng viên có mặt 10/10 đ/c"),
               L("- Chủ trì: đ/c Huỳnh Thanh Liêm – Bí thư chi bộ"),
               L("- Thư ký: đ/c Tô Văn Chánh")],
           "2025-10-07", "15:00", None, "Huỳnh Thanh Liêm", "Bí thư chi bộ", "Tô Văn Chánh",
           attendance(10, 10, 0, 0, 0, 0)),

    _open(31, [L("Thời gian bắt đầu: 19g00 ngày 15/5/2022."),
               L("Địa điểm: Nhà văn hóa khu phố 6, phường Linh Trung."),
               L("Tổng số đảng viên: 40 (miễn sinh hoạt: 05). Phải dự: 35. Có mặt: 31, đạt 88,57%."),
               L("Vắng: 04 đ/c, gồm Nguyễn Thị Lệ (đi công tác), Đào Minh Quang (ốm), Hà Thị Tuyết (con nhỏ ốm) và "
                 "Phùng Văn Tấn (không lý do)."),
               L("Chủ trì: Đ/c Lê Quang Hiển – Bí thư chi bộ. Thư ký: Đ/c Nguyễn Hải Yến.")],
           "2022-05-15", "19:00", "Nhà văn hóa khu phố 6, phường Linh Trung", "Lê Quang Hiển", "Bí thư chi bộ",
           "Nguyễn Hải Yến",
           attendance(40, 31, 4, 3, 1, 5, [("Nguyễn Thị Lệ", "đi công tác", True), ("Đào Minh Quang", "ốm", True),
                                           ("Hà Thị Tuyết", "con nhỏ ốm", True),
                                           ("Phùng Văn Tấn", "không lý do", False)]),
           [LOW, UNEX]),

    _open(32, [L("Thời gian: 7 giờ 00 ngày 25/11/2020"),
               L("Đia điểm: Phòng giao ban Khoa Nhi, Bệnh viện Đa khoa tỉnh Bình Dương"),
               L("Số ĐV dự họp: 18/20 (vắng 02 đ/c trực khoa, có báo cáo)."),
               L("Chủ trì: BS.CKII Trương Thị Thanh Hương, Bí thư chi bộ – Trưởng khoa Nhi."),
               L("Thư ký: đ/c Võ Hoàng Yến – Điều dưỡng trưởng khoa.")],
           "2020-11-25", "07:00", "Phòng giao ban Khoa Nhi, Bệnh viện Đa khoa tỉnh Bình Dương",
           "Trương Thị Thanh Hương", "Bí thư chi bộ", "Võ Hoàng Yến", attendance(20, 18, 2, 2, 0, 0)),
]


def _body(n, blocks, ctx, end, conclusion, votes, tasks, flags=()):
    chair, role, secretary, total, present = ctx
    return {"id": f"r-body-{n:02d}", "kind": "body", "blocks": blocks,
            "truth": {"end_time": end, "conclusion": conclusion, "resolutions": votes, "assignments": tasks,
                      "flags": list(flags)},
            "context": {"chair": chair, "chair_role": role, "secretary": secretary, "total": total,
                        "present": present}}


BT = "Bí thư chi bộ"

BODIES = [
    _body(1, [H("IV. THẢO LUẬN"),
              P("Đồng chí Lê Văn Hiền phát biểu: đường bê tông tổ 2 bị lún nhiều đoạn sau mùa mưa, bà con đi lại khó "
                "khăn; đề nghị chi bộ kiến nghị xã đưa vào kế hoạch sửa chữa năm tới."),
              P("Đồng chí Phạm Thị Bé Tư phát biểu: chi hội phụ nữ đã vận động được 12 hộ vay vốn nuôi heo, nhưng giá "
                "cám tăng nên bà con còn e ngại; đề nghị chi bộ quan tâm hỗ trợ kỹ thuật."),
              H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
              P("Đồng chí Trần Văn Lượm thay mặt chi bộ kết luận: thống nhất đánh giá kết quả tháng qua; tháng tới "
                "tập trung rà soát tuyến đường tổ 2 để báo cáo xã, vận động bà con xuống giống vụ Đông Xuân đúng lịch "
                "thời vụ, giữ vững an ninh trật tự dịp cuối năm."),
              P("Biểu quyết thông qua kết luận: 14/14 đồng chí tán thành, đạt 100%."),
              H("VI. PHÂN CÔNG"),
              L("- Giao đồng chí Lê Văn Hiền khảo sát, lập danh sách các đoạn đường hư hỏng tổ 2, hoàn thành trước "
                "ngày 20/11/2024."),
              L("- Giao đồng chí Phạm Thị Bé Tư phối hợp Hội Nông dân ấp hướng dẫn kỹ thuật chăn nuôi cho 12 hộ vay "
                "vốn trong tháng 11."),
              P("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút cùng ngày. Biên bản đã được thư ký đọc lại, chi bộ nhất "
                "trí thông qua.")],
          ("Trần Văn Lượm", BT, "Nguyễn Thị Kim Thoa", 15, 14), "21:10", True,
          [vote(14, None, None, 100, "thông qua kết luận")],
          [task("Lê Văn Hiền", "lập danh sách đoạn đường hư hỏng tổ 2", "20/11/2024"),
           task("Phạm Thị Bé Tư", "hướng dẫn kỹ thuật chăn nuôi cho hộ vay vốn", "tháng 11")]),

    _body(2, [P("* Thảo luận:"),
              L("- Đ/c Võ Văn Cội (tổ 3) đề nghị ban điều hành khu phố nhắc các chủ nhà trọ khai báo tạm trú đầy đủ, "
                "vì tháng rồi có 3 phòng trọ cho thuê mà không báo."),
              L("- Đ/c Hồ Thị Lài (tổ 7) đề nghị tăng cường tổ tự quản đi kiểm tra việc đổ rác dọc kênh vào buổi tối."),
              P("Đồng chí chủ trì kết luận: chi bộ thống nhất tập trung ba việc trọng tâm tháng tới là quản lý nhà "
                "trọ, vệ sinh tuyến kênh và vận động đóng góp quỹ vì người nghèo."),
              P("Chi bộ biểu quyết: tán thành 17, không tán thành 0, ý kiến khác 01."),
              P("Phân công: đ/c Võ Văn Cội phụ trách cùng công an khu vực rà soát nhà trọ tổ 3, tổ 4, báo cáo hằng "
                "tuần; đ/c Hồ Thị Lài phụ trách tổ tự quản vệ sinh kênh, làm thường xuyên."),
              P("Cuộc họp kết thúc hồi 10h45. Thư ký đọc lại biên bản, các đ/c dự họp nhất trí thông qua.")],
          ("Nguyễn Thị Hồng Nhung", BT, "Lý Văn Phát", 19, 18), "10:45", True,
          [vote(17, 0, 1, None, "kết luận")],
          [task("Võ Văn Cội", "rà soát nhà trọ tổ 3, tổ 4", "hằng tuần"),
           task("Hồ Thị Lài", "phụ trách tổ tự quản vệ sinh kênh", "thường xuyên")]),

    _body(3, [H("4. Ý kiến tham gia"),
              L("- Đ/c Sơn Văn Thương: bà con trong ấp đã thu hoạch lúa Thu Đông, giá lúa thấp, đề nghị chi bộ kiến "
                "nghị xã liên hệ doanh nghiệp bao tiêu."),
              L("- Đ/c Thạch Thị Sóc Khênh: đề nghị chi hội phụ nữ tổ chức lớp dạy làm bánh tét để bà con bán dịp "
                "Tết."),
              L("- Đ/c Kim Văn Rin: nhất trí dự thảo; đề nghị quan tâm hộ cận nghèo sửa nhà."),
              H("5. Kết luận"),
              P("Đồng chí Bí thư kết luận:"),
              L("1) Thống nhất báo cáo kết quả tháng và phương hướng tháng tới."),
              L("2) Giao đ/c Sơn Văn Thương liên hệ HTX nông nghiệp xã về đầu ra lúa, báo lại chi bộ kỳ họp sau."),
              L("3) Chi hội Phụ nữ ấp tổ chức lớp làm bánh tét trước Tết Nguyên đán."),
              P("Chi bộ giơ tay biểu quyết thông qua kết luận: mười hai trên mười hai đồng chí nhất trí."),
              P("Chi bộ xét, biểu quyết đề nghị công nhận đảng viên chính thức cho đ/c Kim Văn Rin: 11/11 đ/c tán "
                "thành (đ/c Rin không biểu quyết)."),
              P("Họp xong 20h.")],
          ("Thạch Sô Phal", BT, "Kim Thị Sa Quênh", 12, 12), "20:00", True,
          [vote(12, None, None, None, "kết luận"),
           vote(11, None, None, None, "công nhận đảng viên chính thức Kim Văn Rin")],
          [task("Sơn Văn Thương", "liên hệ HTX nông nghiệp về đầu ra lúa", "kỳ họp sau"),
           task("Chi hội Phụ nữ ấp", "tổ chức lớp làm bánh tét", "Tết Nguyên đán")],
          ["not_approved"]),

    _body(4, [H("IV. THẢO LUẬN"),
              P("Các ý kiến trong chi bộ nhất trí cao với báo cáo; một số ý kiến đề nghị Ban Giám đốc quan tâm thêm chế "
                "độ nhà ở cho công nhân ở xa."),
              H("V. KẾT LUẬN"),
              P("Thay mặt chi ủy, đồng chí Đỗ Thanh Phong kết luận: chi bộ thống nhất đánh giá sản xuất tháng 10 đạt "
                "104% kế hoạch; tháng 11 tập trung hoàn thành đơn hàng xuất khẩu cuối năm, bảo đảm an toàn lao động và "
                "phòng chống cháy nổ tại xưởng."),
              P("Biểu quyết: nhất trí 100%."),
              H("VI. PHÂN CÔNG THỰC HIỆN"),
              T([(0.08, "TT", "c"), (0.47, "Nội dung", "l"), (0.25, "Người thực hiện", "l"), (0.2, "Thời hạn", "c")],
                [["1", "Kiểm tra hệ thống PCCC xưởng sơn", "Đ/c Mai Văn Trọng", "15/11/2024"],
                 ["2", "Vận động đoàn viên đăng ký thi đua “Tháng an toàn lao động”", "Chi đoàn Công ty",
                  "Tháng 11/2024"],
                 ["3", "Tổng hợp nhu cầu nhà ở công nhân, báo cáo Ban Giám đốc", "Đ/c Huỳnh Kim Ngân",
                  "30/11/2024"]]),
              P("Buổi sinh hoạt kết thúc lúc 16 giờ 40 phút. Biên bản được đọc lại trước chi bộ và được nhất trí thông "
                "qua.")],
          ("Đỗ Thanh Phong", BT, "Huỳnh Kim Ngân", 23, 21), "16:40", True,
          [vote(None, None, None, 100, "kết luận")],
          [task("Mai Văn Trọng", "kiểm tra hệ thống PCCC xưởng sơn", "15/11/2024"),
           task("Chi đoàn Công ty", "vận động đăng ký thi đua an toàn lao động", "Tháng 11/2024"),
           task("Huỳnh Kim Ngân", "tổng hợp nhu cầu nhà ở công nhân", "30/11/2024")],
          ["no_discussion"]),

    _body(5, [H("IV. THẢO LUẬN VÀ KẾT LUẬN"),
              P("Đồng chí Nguyễn Văn Hai (tổ 1): nêu tình hình tôm chết rải rác ở 4 ao nuôi của tổ, nghi do nước đầu "
                "nguồn độ mặn cao; đề nghị HTX mời cán bộ thủy sản huyện xuống lấy mẫu."),
              P("Đồng chí Trần Thị Mỹ Xuân: đề nghị xã viên ghi nhật ký ao nuôi đầy đủ để có số liệu khi xin hỗ trợ "
                "thiệt hại."),
              P("Chi bộ thảo luận, thống nhất với báo cáo và phương hướng tháng tới."),
              H("V. XÉT KẾT NẠP ĐẢNG VIÊN"),
              P("Chi bộ xem xét hồ sơ của quần chúng Lê Minh Khang, tổ trưởng tổ nuôi tôm số 2. Biểu quyết đề nghị kết "
                "nạp: 16/16 đảng viên có mặt tán thành, đạt 100%."),
              H("VI. PHÂN CÔNG"),
              P("Đ/c Nguyễn Văn Hai chịu trách nhiệm liên hệ Trạm Thuỷ sản huyện lấy mẫu nước, xong trong tuần này."),
              P("Buổi họp kết thúc lúc 17 giờ 30 cùng ngày; biên bản đã đọc lại cho chi bộ nghe, chi bộ thống nhất "
                "thông qua.")],
          ("Phan Hữu Tài", BT, "Trần Thị Mỹ Xuân", 17, 16), "17:30", False,
          [vote(16, None, None, 100, "đề nghị kết nạp Lê Minh Khang")],
          [task("Nguyễn Văn Hai", "liên hệ Trạm Thủy sản huyện lấy mẫu nước", "tuần này")],
          ["missing_conclusion"]),

    _body(6, [H("IV. TRAO ĐỔI, THẢO LUẬN"),
              P("Hỏi (đ/c Diệp Văn Cường, tiểu thương nhóm hàng khô): Ban quản lý chợ có kế hoạch sửa mái che dãy C "
                "trước mùa mưa năm sau không, vì tháng rồi dột làm ướt hàng của bà con?"),
              P("Trả lời (đ/c Châu Thị Hoa, Bí thư chi bộ, Phó Trưởng Ban quản lý chợ): Ban đã trình phương án lên UBND "
                "phường, dự kiến có kinh phí trong quý I năm sau; trước mắt sẽ che bạt tạm."),
              P("Đ/c Quan Thị Mỹ Châu đề nghị tăng cường kiểm tra bình chữa cháy ở các sạp hàng vải."),
              P("Chi bộ thống nhất: tiếp tục giữ chợ văn minh, an toàn phòng cháy; sửa mái che dãy C ngay khi có kinh "
                "phí; vận động tiểu thương niêm yết giá, không chèo kéo khách."),
              P("Chi bộ giơ tay biểu quyết, 10/10 đồng chí nhất trí, đạt tỷ lệ 100%."),
              P("Phân công:"),
              L("+ Đồng chí Lý Thanh Tùng: lập hồ sơ sửa mái che dãy C, theo dõi đến khi thi công xong trong quý "
                "I/2025."),
              L("+ Đồng chí Quan Thị Mỹ Châu: cùng tổ PCCC chợ kiểm tra bình chữa cháy các sạp, hằng tháng."),
              P("Buổi sinh hoạt kết thúc lúc 11 giờ 20 phút. Biên bản đã được đọc lại và thông qua.")],
          ("Châu Thị Hoa", BT, "Lý Thanh Tùng", 11, 10), "11:20", True,
          [vote(10, None, None, 100, "kết luận")],
          [task("Lý Thanh Tùng", "lập hồ sơ sửa mái che dãy C", "quý I/2025"),
           task("Quan Thị Mỹ Châu", "kiểm tra bình chữa cháy các sạp", "hằng tháng")]),

    _body(7, [H("IV. Ý KIẾN ĐẢNG VIÊN"),
              P("Đồng chí Mai Văn Hớn cho rằng tình trạng bà con xả rác xuống rạch Cái Cối vẫn còn, nhất là khu vực gần "
                "bến đò; đề nghị làm thêm biển cấm và đặt thùng rác."),
              P("Đồng chí Lê Thị Hai nêu ý kiến: việc thu quỹ đền ơn đáp nghĩa năm nay chậm do bà con mất mùa, nên vận "
                "động từ từ, không ép."),
              H("V. KẾT LUẬN"),
              P("Đồng chí chủ trì kết luận, nhấn mạnh: tháng tới chi bộ tập trung giữ vệ sinh rạch Cái Cối, vận động quỹ "
                "đền ơn đáp nghĩa phù hợp hoàn cảnh từng hộ, chuẩn bị tổng kết công tác năm."),
              P("Đề nghị mỗi đảng viên gương mẫu, vận động gia đình và bà con lối xóm cùng thực hiện; các đoàn thể "
                "trong ấp chủ động phối hợp."),
              P("Biểu quyết: 9/9 đ/c thống nhất, tỷ lệ 100%."),
              P("Buổi sinh hoạt kết thúc lúc 20 giờ 50 phút. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua.")],
          ("Võ Thị Ngọc Lan", BT, "Đặng Quốc Huy", 9, 9), "20:50", True,
          [vote(9, None, None, 100, "kết luận")], [], ["missing_assignments"]),

    _body(8, [H("IV. THẢO LUẬN"),
              L("Ý kiến tham gia của đảng viên:"),
              T([(0.07, "TT", "c"), (0.3, "Đảng viên", "l"), (0.63, "Nội dung ý kiến", "l")],
                [["1", "Nguyễn Văn Đực", "Đề nghị nạo vét kênh Ba Thước trước mùa khô để bà con có nước tưới vườn."],
                 ["2", "Trần Thị Ngọc Hạnh", "Cần rà soát lại danh sách hộ cận nghèo, có hộ đã khá lên nhưng vẫn còn "
                  "tên."],
                 ["3", "Lê Văn Tiền", "Nhất trí báo cáo; đề nghị khen thưởng tổ tự quản tổ 5 làm tốt việc giữ an "
                  "ninh."]]),
              H("V. KẾT LUẬN CỦA CHỦ TRÌ"),
              P("Đ/c Hồ Văn Nhanh, Bí thư chi bộ kết luận: chi bộ thống nhất các nội dung báo cáo; tiếp thu ý kiến của "
                "các đồng chí, tập trung chỉ đạo nạo vét kênh Ba Thước, rà soát hộ nghèo – cận nghèo cuối năm, đề nghị "
                "xã khen tổ tự quản số 5."),
              P("Chi bộ biểu quyết thông qua kết luận với 15/15 đồng chí có mặt tán thành."),
              P("Chi bộ biểu quyết đề nghị Đảng ủy xã kết nạp quần chúng Trần Minh Luân vào Đảng: 15/15 đồng chí tán "
                "thành, đạt 100%."),
              H("VI. PHÂN CÔNG NHIỆM VỤ"),
              P("Giao đ/c Nguyễn Văn Đực và đ/c Lê Văn Tiền vận động bà con góp công nạo vét kênh Ba Thước, xong trước "
                "ngày 30/12/2024."),
              P("Giao đ/c Trần Thị Ngọc Hạnh cùng Ban nhân dân ấp rà soát hộ cận nghèo; báo cáo chi bộ chậm nhất ngày "
                "10/12/2024."),
              P("Buổi sinh hoạt kết thúc lúc 21 giờ. Biên bản đã đọc lại cho toàn chi bộ nghe và được thông qua.")],
          ("Hồ Văn Nhanh", BT, "Phạm Thị Diễm My", 16, 15), "21:00", True,
          [vote(15, None, None, None, "kết luận"), vote(15, None, None, 100, "đề nghị kết nạp Trần Minh Luân")],
          [task("Nguyễn Văn Đực", "vận động nạo vét kênh Ba Thước", "30/12/2024"),
           task("Lê Văn Tiền", "vận động nạo vét kênh Ba Thước", "30/12/2024"),
           task("Trần Thị Ngọc Hạnh", "rà soát hộ cận nghèo", "10/12/2024")]),

    _body(9, [H("IV. Thảo luận"),
              P("Đ/c Nguyễn Minh Hoàng (phòng Kế hoạch): tiến độ giao lô ván ép cho đối tác Hàn Quốc đang chậm 5 ngày "
                "do thiếu keo nhập khẩu; đề nghị tìm thêm nhà cung cấp trong nước."),
              P("Đ/c Trương Thị Thu Ba (Công đoàn): đề nghị bố trí xe đưa đón công nhân ca đêm tuyến Bến Cát – Thủ "
                "Dầu Một."),
              H("V. Kết luận"),
              P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất đánh giá; yêu cầu các bộ phận tập trung gỡ khó "
                "nguyên liệu, bảo đảm tiến độ đơn hàng; nghiên cứu phương án xe đưa đón công nhân ca đêm."),
              P("Giao đ/c Nguyễn Minh Hoàng làm việc với các nhà cung cấp keo trong nước, báo cáo kết quả trước ngày "
                "25/10."),
              P("Đ/c Trương Thị Thu Ba khảo sát số công nhân có nhu cầu đi xe đưa đón. Thời hạn: 31/10/2024."),
              P("Họp xong lúc 16h30. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua biên bản.")],
          ("Trần Quốc Bảo", BT, "Võ Ngọc Diệp", 27, 25), "16:30", True, [],
          [task("Nguyễn Minh Hoàng", "làm việc với nhà cung cấp keo trong nước", "25/10"),
           task("Trương Thị Thu Ba", "khảo sát nhu cầu xe đưa đón", "31/10/2024")],
          ["missing_vote"]),

    _body(10, [P("Trong phần thảo luận, đồng chí Hứa Văn Lẹ cho biết nhiều hộ nuôi tôm công nghệ cao ở khu B đang "
                 "thiếu điện ba pha, máy quạt phải chạy dầu nên chi phí đội lên; đồng chí đề nghị HTX làm văn bản gửi "
                 "Điện lực. Đồng chí Dương Thị Thắm thì lưu ý việc xả nước thải ao nuôi ra kênh chung chưa qua xử lý, "
                 "dễ lây bệnh sang ao bên cạnh."),
               P("Kết thúc thảo luận, đồng chí Phạm Văn Lành kết luận: chi bộ thống nhất phương hướng tháng tới, ưu tiên "
                 "kiến nghị kéo điện ba pha cho khu B và siết chặt quy định xử lý nước thải ao nuôi."),
               P("Kết luận được chi bộ biểu quyết thông qua 13/13 (100%)."),
               P("Việc soạn văn bản đề nghị Điện lực Hòa Bình kéo điện ba pha được giao cho đ/c Hứa Văn Lẹ, hoàn thành "
                 "trong tháng 12. Việc kiểm tra các ao xả thải được giao cho Tổ kỹ thuật HTX, thực hiện hằng tuần."),
               P("Cuộc họp kết thúc lúc 9 giờ 40 phút. Biên bản được đọc lại, toàn thể đảng viên dự họp nhất trí thông "
                 "qua.")],
           ("Phạm Văn Lành", BT, "Nguyễn Thị Tuyết Mai", 13, 13), "09:40", True,
           [vote(13, None, None, 100, "kết luận")],
           [task("Hứa Văn Lẹ", "soạn văn bản đề nghị kéo điện ba pha", "tháng 12"),
            task("Tổ kỹ thuật HTX", "kiểm tra các ao xả thải", "hằng tuần")]),

    _body(11, [H("4. THẢO LUẬN"),
               P("Một số ý kiến đề nghị chi bộ quan tâm việc xây lại cây cầu khỉ qua rạch Trà Cú Nhỏ; có ý kiến cho rằng "
                 "cần vận động các chùa trong xã cùng góp sức."),
               H("5. KẾT LUẬN"),
               P("Đ/c Thạch Thị Thu Hà, Phó Bí thư chi bộ, thay mặt chi ủy kết luận: chi bộ thống nhất đề nghị UBND xã "
                 "đưa cầu rạch Trà Cú Nhỏ vào danh mục công trình nông thôn mới năm 2025; vận động bà con và nhà chùa "
                 "đóng góp ngày công; tiếp tục giữ an ninh trật tự dịp lễ Ok Om Bok."),
               P("Phân công đ/c Lâm Văn Phúc tổng hợp danh sách hộ đăng ký ngày công, xong trước lễ Ok Om Bok. Tổ an "
                 "ninh ấp tăng cường tuần tra ban đêm, thực hiện thường xuyên."),
               P("Buổi sinh hoạt kết thúc lúc 19 giờ 55 phút. Biên bản đã được đọc lại và các đồng chí đảng viên dự họp "
                 "thống nhất thông qua.")],
           ("Thạch Thị Thu Hà", "Phó Bí thư chi bộ", "Lâm Văn Phúc", 18, 16), "19:55", True, [],
           [task("Lâm Văn Phúc", "tổng hợp danh sách hộ đăng ký ngày công", "lễ Ok Om Bok"),
            task("Tổ an ninh ấp", "tuần tra ban đêm", "thường xuyên")],
           ["no_discussion", "missing_vote"]),

    _body(12, [H("IV. Ý KIẾN THẢO LUẬN"),
               P("Đ/c Bùi Văn Nhẫn: nêu việc một số hộ ở tổ 9 lấn chiếm hành lang Hương lộ 10 để buôn bán, đề nghị chi "
                 "bộ chỉ đạo vận động tháo dỡ."),
               P("Đ/c Trần Thị Bích Vân: đề nghị Chi đoàn tổ chức ra quân dọn vệ sinh cuối tuần, kết hợp tuyên truyền "
                 "an toàn giao thông."),
               H("V. KẾT LUẬN VÀ BIỂU QUYẾT"),
               P("Đồng chí chủ trì kết luận: thống nhất nội dung báo cáo; tháng tới tập trung giải tỏa lấn chiếm lòng "
                 "lề đường Hương lộ 10, ra quân vệ sinh môi trường, chuẩn bị đại hội chi hội Cựu chiến binh."),
               P("Kết quả biểu quyết: tán thành 13/14 đ/c (92,86%); không tán thành: không; không biểu quyết: 01 đ/c."),
               H("VI. PHÂN CÔNG"),
               L("1. Đ/c Bùi Văn Nhẫn: phối hợp Ban điều hành khu phố vận động các hộ tổ 9 tự tháo dỡ mái che lấn "
                 "chiếm, trước ngày 15/11."),
               L("2. Chi đoàn khu phố: ra quân dọn vệ sinh, duy trì hằng tuần."),
               L("3. Phó Bí thư chi bộ: chuẩn bị nhân sự, văn kiện đại hội chi hội Cựu chiến binh, xong trong tháng "
                 "11."),
               P("Họp xong 20h30 cùng ngày. Thư ký đã đọc lại biên bản; chi bộ nhất trí thông qua.")],
           ("Đinh Công Thuận", BT, "Hà Thị Kim Oanh", 15, 14), "20:30", True,
           [vote(13, 0, 1, 92.86, "kết luận")],
           [task("Bùi Văn Nhẫn", "vận động tháo dỡ mái che lấn chiếm tổ 9", "15/11"),
            task("Chi đoàn khu phố", "ra quân dọn vệ sinh", "hằng tuần"),
            task("Phó Bí thư chi bộ", "chuẩn bị đại hội chi hội Cựu chiến binh", "tháng 11")]),

    _body(13, [P("Thảo luận:"),
               P("– Đ/c Trương Văn Mến hỏi về chính sách hỗ trợ ngư dân chuyển đổi nghề khi cấm đánh bắt gần bờ; đ/c "
                 "chủ trì giải đáp: xã đang tổng hợp danh sách, chưa có văn bản cụ thể."),
               P("– Đ/c Lê Thị Cúc đề nghị tăng cường tuyên truyền chống khai thác IUU cho các chủ tàu."),
               P("Kết luận: Đồng chí chủ trì yêu cầu chi bộ tiếp tục tuyên truyền bà con chấp hành quy định về khai thác "
                 "thủy sản, không vi phạm vùng biển nước ngoài; giữ tình đoàn kết trong ấp. Đề nghị các đảng viên là "
                 "chủ tàu gương mẫu lắp đặt và duy trì thiết bị giám sát hành trình."),
               P("Biểu quyết: 9/9 đảng viên có mặt nhất trí."),
               P("Cuộc họp kết thúc lúc 17 giờ 15 phút.")],
           ("Huỳnh Ngọc Sang", BT, "Võ Thị Hồng Thắm", 10, 9), "17:15", True,
           [vote(9, None, None, None, "kết luận")], [],
           ["missing_assignments", "not_approved"]),

    _body(14, [H("IV. THẢO LUẬN, KẾT LUẬN VÀ BIỂU QUYẾT"),
               P("Đ/c Phạm Văn Út phát biểu: đồng ý với báo cáo, đề nghị bổ sung chỉ tiêu vận động 100% hộ tham gia BHYT "
                 "hộ gia đình."),
               P("Đ/c Dương Minh Trí phát biểu: tình hình trộm chó, trộm gà ở tổ 6 tăng, đề nghị thành lập thêm một tổ "
                 "tuần tra tự quản."),
               P("Chi bộ biểu quyết thông qua nghị quyết tháng 10: 19/19 đồng chí tán thành."),
               P("Giao đ/c Dương Minh Trí phối hợp Công an xã thành lập tổ tuần tra tự quản tổ 6, ra mắt trước ngày "
                 "01/11."),
               P("Sinh hoạt kết thúc lúc 21 giờ 05. Biên bản được thông qua sau khi thư ký đọc lại.")],
           ("Cao Văn Lực", BT, "Ngô Thị Thanh Trúc", 20, 19), "21:05", False,
           [vote(19, None, None, None, "nghị quyết tháng 10")],
           [task("Dương Minh Trí", "thành lập tổ tuần tra tự quản tổ 6", "01/11")],
           ["missing_conclusion"]),

    _body(15, [H("IV. THẢO LUẬN"),
               P("đc Nguyễn Văn Chín: đề nghị chi bộ chỉ đạo ban ấp sớm họp dân bàn việc làm lộ giao thông nông thôn "
                 "nhánh rẽ vào xóm Giồng."),
               P("đc Võ Thị Bé Ba: nhắc việc đc Huỳnh Văn Sang đã hết thời gian dự bị, đề nghị chi bộ xét công nhận "
                 "chính thức."),
               P("đc Huỳnh Văn Sang: tự kiểm điểm 12 tháng dự bị, hứa tiếp tục phấn đấu."),
               H("V. KẾT LUẬN"),
               P("đc Bí thư kết luận: chi bộ thống nhất các nội dung đã nêu; giao Ban nhân dân ấp chủ động họp dân bàn "
                 "làm lộ nhánh xóm Giồng; hoàn tất thủ tục đề nghị công nhận đảng viên chính thức cho đc Huỳnh Văn "
                 "Sang."),
               P("Biểu quyết kết luận: tán thành: mười bảy đồng chí; không tán thành: không."),
               P("Biểu quyết công nhận đc Huỳnh Văn Sang là đảng viên chính thức: tán thành 16/16 đc (đc Sang không "
                 "tham gia biểu quyết), đạt 100%."),
               H("VI. TỔ CHỨC THỰC HIỆN"),
               P("đc Nguyễn Văn Chín chịu trách nhiệm lập danh sách hộ hiến đất làm lộ, nộp chậm nhất ngày 05/12."),
               P("đc Trần Ngọc Thảo chịu trách nhiệm hoàn chỉnh hồ sơ đề nghị công nhận chính thức, gửi Đảng ủy xã "
                 "trước ngày 30/10."),
               P("Buổi họp kết thúc 21g15. Biên bản đọc lại, chi bộ thông qua.")],
           ("Lê Văn Rạng", BT, "Trần Ngọc Thảo", 18, 17), "21:15", True,
           [vote(17, 0, None, None, "kết luận"),
            vote(16, None, None, 100, "công nhận đảng viên chính thức Huỳnh Văn Sang")],
           [task("Ban nhân dân ấp", "họp dân bàn làm lộ nhánh xóm Giồng", None),
            task("Nguyễn Văn Chín", "lập danh sách hộ hiến đất làm lộ", "05/12"),
            task("Trần Ngọc Thảo", "hoàn chỉnh hồ sơ công nhận chính thức", "30/10")]),

    _body(16, [H("IV. THẢO LUẬN"),
               P("Đ/c Trưởng khoa Hồi sức tích cực đề nghị bệnh viện bổ sung 02 máy thở trước mùa cao điểm sốt xuất "
                 "huyết, vì hiện có ngày phải mượn máy của khoa Nhi."),
               P("Đ/c Điều dưỡng trưởng khoa Cấp cứu phản ánh tình trạng người nhà bệnh nhân gây rối vào ban đêm, đề "
                 "nghị tăng cường bảo vệ."),
               H("V. KẾT LUẬN CỦA CHỦ TRÌ"),
               P("Đồng chí Lê Thị Minh Châu kết luận: chi bộ thống nhất báo cáo; đề xuất Ban Giám đốc bổ sung thiết bị "
                 "hồi sức; sớm có quy trình phối hợp với bảo vệ khi có người gây rối; toàn thể đảng viên giữ vững y "
                 "đức, không để xảy ra phiền hà người bệnh."),
               P("Kết quả biểu quyết: 20/20 đảng viên có mặt tán thành (100%)."),
               H("VI. PHÂN CÔNG"),
               P("Điều dưỡng trưởng khoa Cấp cứu phối hợp Tổ bảo vệ xây dựng quy trình xử lý người gây rối, hoàn thành "
                 "trong quý IV/2024."),
               P("Giao đ/c Phan Văn Khôi lập dự trù mua bổ sung máy thở, trình Ban Giám đốc trước ngày 15/11/2024."),
               P("Buổi sinh hoạt kết thúc lúc 15 giờ 30 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
           ("Lê Thị Minh Châu", BT, "Phan Văn Khôi", 22, 20), "15:30", True,
           [vote(20, None, None, 100, "kết luận")],
           [task("Điều dưỡng trưởng khoa Cấp cứu", "xây dựng quy trình xử lý người gây rối", "quý IV/2024"),
            task("Phan Văn Khôi", "lập dự trù mua máy thở", "15/11/2024")]),

    _body(17, [P("Ý kiến:"),
               P("Đ/c Trần Văn Lợi (tổ 2): bà con trồng bưởi da xanh năm nay trúng mùa nhưng thương lái ép giá, đề nghị "
                 "chi bộ tìm đầu ra cho dịp Tết."),
               P("Đ/c Nguyễn Thị Kim Hoa (tổ 5): còn 6 hộ khó khăn chưa có quà Tết, đề nghị vận động mạnh thường quân."),
               P("Chi bộ thống nhất: tập trung tìm đầu ra cho bưởi da xanh, chăm lo Tết cho hộ khó khăn, giữ an ninh "
                 "trật tự các tuyến lộ nông thôn dịp cuối năm."),
               P("Giơ tay biểu quyết: 12/12 đ/c tán thành, đạt 100%."),
               L("Phân công thực hiện:"),
               T([(0.3, "Người phụ trách", "l"), (0.48, "Công việc", "l"), (0.22, "Thời hạn", "c")],
                 [["Đ/c Trần Văn Lợi", "Liên hệ thương lái, tổ chức bán bưởi Tết cho các hộ tổ 2", "Trước Tết Ất Tỵ"],
                  ["Chi hội Nông dân ấp", "Hướng dẫn bà con xử lý ra hoa bưởi nghịch vụ", "Thường xuyên"],
                  ["Đ/c Nguyễn Thị Kim Hoa", "Lập danh sách hộ khó khăn để tặng quà Tết", "15/01/2025"]]),
               P("Buổi họp kết thúc 20 giờ 45 phút, biên bản được đọc lại và chi bộ biểu quyết thông qua 12/12.")],
           ("Trần Văn Tỏ", BT, "Nguyễn Thị Kiều Oanh", 13, 12), "20:45", True,
           [vote(12, None, None, 100, "kết luận")],
           [task("Trần Văn Lợi", "tổ chức bán bưởi Tết", "Tết Ất Tỵ"),
            task("Chi hội Nông dân ấp", "hướng dẫn xử lý ra hoa bưởi", "Thường xuyên"),
            task("Nguyễn Thị Kim Hoa", "lập danh sách hộ khó khăn tặng quà Tết", "15/01/2025")]),

    _body(18, [H("IV. THẢO LUẬN"),
               P("Các ý kiến đều nhất trí với báo cáo, không có ý kiến bổ sung."),
               H("V. KẾT LUẬN"),
               P("Chi bộ nhất trí."),
               P("Biểu quyết: 08/08 đ/c thông qua, đạt 100%."),
               H("VI. PHÂN CÔNG"),
               P("Đ/c Tạ Thị Ngọc Mai phụ trách thu đảng phí quý IV, nộp Đảng ủy phường trước ngày 10/01/2025."),
               P("Họp kết thúc lúc 19 giờ 25 phút. Biên bản đã được đọc lại và thông qua.")],
           ("Lưu Chấn Hưng", BT, "Tạ Thị Ngọc Mai", 8, 8), "19:25", False,
           [vote(8, None, None, 100, "thông qua báo cáo")],
           [task("Tạ Thị Ngọc Mai", "thu đảng phí quý IV", "10/01/2025")],
           ["no_discussion", "missing_conclusion"]),

    _body(19, [H("IV. THẢO LUẬN"),
               P("Đồng chí Lê Văn Mừng phát biểu: nhiều hộ tổ 4 muốn chuyển đất lúa kém hiệu quả sang trồng sen kết hợp "
                 "du lịch, đề nghị chi bộ kiến nghị xã hướng dẫn thủ tục. Đồng chí Nguyễn Thị Sáu bổ sung: nên làm thí "
                 "điểm vài hộ trước, tránh làm ồ ạt."),
               H("V. KẾT LUẬN"),
               P("Thay mặt chi ủy, đồng chí Ngô Văn Phước kết luận:"),
               L("1. Thống nhất đánh giá kết quả và phương hướng, nhiệm vụ tháng 11."),
               L("2. Ban công tác Mặt trận ấp tổ chức họp các hộ tổ 4 có nhu cầu chuyển đổi sang trồng sen, làm sau vụ "
                 "mùa."),
               L("3. Chi hội Cựu chiến binh ấp vận động hội viên tham gia giữ gìn an ninh trật tự, thường xuyên."),
               L("4. Đ/c Lê Văn Mừng và đ/c Nguyễn Thị Sáu chọn 03 hộ làm mô hình thí điểm trồng sen, báo cáo kết quả "
                 "trước kỳ họp tháng 12."),
               P("Kết luận được 100% đảng viên dự họp biểu quyết tán thành."),
               P("Buổi sinh hoạt kết thúc lúc 11 giờ 00 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
           ("Ngô Văn Phước", BT, "Lê Thị Thúy Hằng", 24, 22), "11:00", True,
           [vote(None, None, None, 100, "kết luận")],
           [task("Ban công tác Mặt trận ấp", "họp các hộ tổ 4 muốn trồng sen", "sau vụ mùa"),
            task("Chi hội Cựu chiến binh ấp", "vận động hội viên giữ an ninh trật tự", "thường xuyên"),
            task("Lê Văn Mừng", "chọn hộ làm mô hình trồng sen", "kỳ họp tháng 12"),
            task("Nguyễn Thị Sáu", "chọn hộ làm mô hình trồng sen", "kỳ họp tháng 12")]),

    _body(20, [H("IV. Thảo luận"),
               P("Đ/c Võ Văn Tâm nêu: tổ 3 còn 2 hộ chưa có nhà vệ sinh hợp chuẩn, ảnh hưởng tiêu chí nông thôn mới nâng "
                 "cao. Đ/c xin nhận trực tiếp vận động 2 hộ này trong tháng."),
               P("Đ/c Lê Hoàng Phúc đề nghị chi bộ quan tâm việc thanh niên tổ 1 tụ tập uống rượu khuya gây ồn."),
               H("V. Kết luận"),
               P("Đ/c Huỳnh Thị Bích Liên kết luận: chi bộ ghi nhận tinh thần của đ/c Tâm; đề nghị các đoàn thể và "
                 "toàn thể đảng viên tiếp tục vận động bà con hoàn thiện tiêu chí nông thôn mới nâng cao, giữ trật tự "
                 "khu dân cư; mỗi đảng viên nắm chắc tình hình các hộ mình phụ trách."),
               P("Biểu quyết thông qua: 13/13 đ/c nhất trí, đạt 100%."),
               P("Buổi sinh hoạt kết thúc lúc 21 giờ 30. Biên bản đã được đọc lại và thông qua.")],
           ("Huỳnh Thị Bích Liên", BT, "Trương Công Danh", 14, 13), "21:30", True,
           [vote(13, None, None, 100, "kết luận")], [], ["missing_assignments"]),

    _body(21, [P("Thảo luận:"),
               P("Đồng chí Danh Sơn hỏi: quần chúng Thái Minh Chiến trước đây có lần vi phạm giao thông bị phạt, có ảnh "
                 "hưởng đến việc xét kết nạp không? Đồng chí Nguyễn Văn Toàn trả lời: đó là vi phạm hành chính nhẹ, đã "
                 "nộp phạt; Chi đoàn xác nhận quần chúng đã sửa chữa, tiến bộ."),
               P("Đồng chí Lý Thị Diệu đề nghị chi bộ phân công người kèm cặp quần chúng thêm một thời gian."),
               P("Kết luận: đồng chí Bí thư chi bộ Danh Thị Bích Tuyền kết luận thống nhất báo cáo tháng; tháng tới tập "
                 "trung thu hoạch lúa Thu Đông, sửa cống Kênh Tám trước mùa khô, hoàn thiện hồ sơ kết nạp đảng viên."),
               P("Chi bộ biểu quyết kết luận: 11/11 tán thành."),
               P("Biểu quyết đề nghị kết nạp quần chúng Thái Minh Chiến: tán thành 10 đ/c, không tán thành 01 đ/c, đạt "
                 "90,9%."),
               P("Đ/c Lý Thị Diệu phụ trách theo dõi, giúp đỡ quần chúng Thái Minh Chiến trong thời gian chờ quyết định "
                 "kết nạp."),
               P("Đ/c Danh Sơn phụ trách sửa cống Kênh Tám, xong trước mùa khô."),
               P("Họp kết thúc hồi 16h. Thư ký đọc lại biên bản, chi bộ thống nhất thông qua.")],
           ("Danh Thị Bích Tuyền", BT, "Nguyễn Văn Toàn", 12, 11), "16:00", True,
           [vote(11, None, None, None, "kết luận"), vote(10, 1, None, 90.9, "đề nghị kết nạp Thái Minh Chiến")],
           [task("Lý Thị Diệu", "giúp đỡ quần chúng Thái Minh Chiến", None),
            task("Danh Sơn", "sửa cống Kênh Tám", "mùa khô")]),

    _body(22, [H("IV. THẢO LUẬN"),
               L("- Đ/c Phan Thị Mỹ Hạnh (tổ 12): hẻm 45 ngập nước mỗi khi triều cường, cống thoát bị rác bít; đề nghị "
                 "phường cho nạo vét."),
               L("- Đ/c Đoàn Văn Thiện (tổ 14): số hộ treo cờ dịp lễ chưa đều, có nhà treo cờ bạc màu; đề nghị nhắc "
                 "nhở."),
               L("- Đ/c Lương Thị Kim Yến (tổ 15): đề nghị khu phố sớm tổ chức khám sức khỏe miễn phí cho người cao "
                 "tuổi như năm rồi."),
               H("V. KẾT LUẬN"),
               P("Đồng chí chủ trì kết luận: chi bộ thống nhất các nội dung trong báo cáo; tháng tới tập trung chống "
                 "ngập hẻm 45, vận động bà con thực hiện nếp sống văn minh đô thị, phối hợp trạm y tế phường khám sức "
                 "khỏe người cao tuổi."),
               P("Biểu quyết: 29/29 đảng viên có mặt tán thành, đạt tỷ lệ 100%."),
               H("VI. PHÂN CÔNG"),
               P("Giao đ/c Đoàn Văn Thiện làm việc với tổ dân phố 14 nhắc các hộ thay cờ mới trước ngày 20/11."),
               P("Giao Chi hội Người cao tuổi khu phố lập danh sách người từ 70 tuổi trở lên đăng ký khám, nộp trạm y tế "
                 "trong tháng 11."),
               P("Cuộc họp kết thúc vào lúc 21 giờ 40 phút cùng ngày. Biên bản được lập thành 02 bản, 01 bản lưu chi "
                 "bộ, 01 bản gửi Đảng ủy phường.")],
           ("Trịnh Hữu Đức", BT, "Lê Ngọc Quyên", 31, 29), "21:40", True,
           [vote(29, None, None, 100, "kết luận")],
           [task("Đoàn Văn Thiện", "nhắc các hộ tổ 14 thay cờ mới", "20/11"),
            task("Chi hội Người cao tuổi khu phố", "lập danh sách người cao tuổi khám sức khỏe", "tháng 11")],
           ["not_approved"]),

    _body(23, [H("IV. THẢO LUẬN"),
               P("Đ/c Trưởng ấp hỏi: kinh phí làm đèn đường tuyến Cầu Sắt – Xóm Mới đã có chưa, bà con hỏi hoài?"),
               P("Đ/c Chi ủy viên phụ trách kinh tế trả lời: xã đã duyệt 60% kinh phí, phần còn lại vận động xã hội "
                 "hóa; dự kiến khởi công khi bà con đóng góp đủ."),
               P("Đồng chí chủ trì kết luận chi bộ thống nhất vận động xã hội hóa phần kinh phí còn lại, phấn đấu thắp "
                 "sáng tuyến Cầu Sắt – Xóm Mới trước Tết."),
               P("Biểu quyết: tán thành 15; không tán thành 0; ý kiến khác: 0."),
               P("Phân công: Chi ủy chỉ đạo, theo dõi việc vận động đóng góp, báo cáo tại kỳ họp sau; Tổ an ninh ấp "
                 "tăng cường tuần tra ban đêm tuyến Cầu Sắt – Xóm Mới."),
               P("Buổi sinh hoạt kết thúc lúc 20 giờ 20 phút. Biên bản đã được đọc lại và thông qua.")],
           ("Lâm Văn Hên", BT, "Châu Thị Mỹ Lệ", 16, 15), "20:20", True,
           [vote(15, 0, 0, None, "kết luận")],
           [task("Chi ủy", "theo dõi vận động đóng góp làm đèn đường", "kỳ họp sau"),
            task("Tổ an ninh ấp", "tuần tra ban đêm tuyến Cầu Sắt – Xóm Mới", None)]),

    _body(24, [P("4. Thảo luận: các đồng chí đảng viên nhất trí với báo cáo, không có ý kiến gì thêm."),
               P("5. Kết luận: đồng chí chủ trì kết luận, tháng 11 chi bộ tập trung củng cố tổ tự quản đường thủy, nhắc "
                 "bà con mặc áo phao khi đi đò, chuẩn bị tổng kết công tác năm 2024 của chi bộ."),
               P("Đề nghị các đồng chí đảng viên căn cứ nhiệm vụ được giao ở đoàn thể mình để thực hiện."),
               P("Họp xong lúc 19 giờ 45. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua.")],
           ("Bùi Thanh Hưng", BT, "Lê Thị Mỹ Trinh", 7, 7), "19:45", True, [], [],
           ["no_discussion", "missing_vote", "missing_assignments"]),

    _body(25, [H("IV. Ý KIẾN THẢO LUẬN"),
               P("Đồng chí Hoàng Văn Phúc (bộ phận kho) phát biểu: lượng hàng về kho cuối năm tăng gần gấp đôi, công "
                 "nhân làm thêm giờ liên tục; đề nghị Công ty tuyển thêm lao động thời vụ."),
               P("Đồng chí Vương Thị Mai Anh (phòng Nhân sự) phát biểu: đã đăng tin tuyển 30 lao động thời vụ, đến nay "
                 "mới có 12 hồ sơ; đề nghị các đảng viên giới thiệu thêm người quen."),
               H("V. KẾT LUẬN"),
               P("Đồng chí Tô Hoàng Vũ kết luận: chi bộ thống nhất đánh giá kết quả tháng; quý IV là cao điểm hàng hóa, "
                 "phải bảo đảm đủ nhân lực, an toàn kho bãi, không để công nhân làm thêm giờ quá quy định."),
               P("Biểu quyết: 20/20 tán thành."),
               H("VI. PHÂN CÔNG"),
               P("Giao đồng chí Vương Thị Mai Anh tiếp tục tuyển dụng lao động thời vụ cho kho Long Thành. Thời hạn "
                 "hoàn thành: trước ngày 30/11/2024."),
               P("Đồng chí Hoàng Văn Phúc chịu trách nhiệm sắp xếp lại ca làm việc, bảo đảm công nhân được nghỉ ít nhất "
                 "01 ngày mỗi tuần."),
               P("Buổi sinh hoạt kết thúc lúc mười bảy giờ hai mươi phút. Biên bản đã được thông qua sau khi thư ký "
                 "đọc lại.")],
           ("Tô Hoàng Vũ", BT, "Nguyễn Thị Ánh Tuyết", 21, 20), "17:20", True,
           [vote(20, None, None, None, "kết luận")],
           [task("Vương Thị Mai Anh", "tuyển lao động thời vụ cho kho", "30/11/2024"),
            task("Hoàng Văn Phúc", "sắp xếp lại ca làm việc", None)]),

    _body(26, [H("IV. THẢO LUẬN"),
               T([(0.35, "Người phát biểu", "l"), (0.65, "Ý kiến", "l")],
                 [["Đ/c Lương Văn Tín (tổ Toán)", "Tỷ lệ học sinh yếu môn Toán khối 10 còn 14%; đề nghị tổ chức phụ "
                   "đạo buổi chiều."],
                  ["Đ/c Ngô Thị Ánh Hồng (tổ Văn)", "Đề nghị nhà trường quan tâm học sinh người Khmer ở nội trú, nhiều "
                   "em hay nghỉ học mùa thu hoạch."],
                  ["Đ/c Dương Quốc Việt (Bí thư Đoàn trường)", "Đoàn trường sẽ phát động phong trào “Đôi bạn cùng "
                   "tiến” trong tháng 11."]]),
               H("V. KẾT LUẬN"),
               P("Đồng chí chủ trì kết luận:"),
               L("- Thống nhất báo cáo kết quả tháng 10 và phương hướng tháng 11."),
               L("- Tổ chức phụ đạo môn Toán khối 10 từ tuần thứ hai của tháng 11."),
               L("- Tăng cường nắm tình hình học sinh nội trú, phối hợp gia đình hạn chế học sinh bỏ học."),
               P("Biểu quyết: tán thành 23, không tán thành 0, không biểu quyết 01 (tỷ lệ tán thành 95,8%)."),
               H("VI. PHÂN CÔNG NHIỆM VỤ"),
               L("1. Đ/c Lương Văn Tín: xây dựng kế hoạch phụ đạo Toán khối 10, trình Ban Giám hiệu trước ngày "
                 "05/11/2024."),
               L("2. Đ/c Ngô Thị Ánh Hồng và đ/c Hồ Minh Triết: thăm gia đình học sinh nội trú có nguy cơ bỏ học, hoàn "
                 "thành trong học kỳ I."),
               L("3. Đoàn trường: triển khai phong trào “Đôi bạn cùng tiến”, báo cáo kết quả trước ngày 31/12/2024."),
               P("Biên bản được thư ký đọc lại trước chi bộ, chi bộ thống nhất thông qua.")],
           ("Đàm Thị Ngọc Quý", BT, "Hồ Minh Triết", 26, 24), None, True,
           [vote(23, 0, 1, 95.8, "kết luận")],
           [task("Lương Văn Tín", "kế hoạch phụ đạo Toán khối 10", "05/11/2024"),
            task("Ngô Thị Ánh Hồng", "thăm gia đình học sinh nội trú", "học kỳ I"),
            task("Hồ Minh Triết", "thăm gia đình học sinh nội trú", "học kỳ I"),
            task("Đoàn trường", "triển khai phong trào Đôi bạn cùng tiến", "31/12/2024")]),

    _body(27, [P("Thảo luận:"),
               L("- Đ/c Trần Văn Chính: vườn xoài cát Hòa Lộc của tổ hợp tác đã đủ điều kiện xin mã số vùng trồng, "
                 "nhưng bà con chưa rành thủ tục."),
               L("- Đ/c Huỳnh Thị Thanh Nga: đề nghị hướng dẫn bà con ghi sổ nhật ký phun thuốc để đạt chuẩn xuất "
                 "khẩu."),
               P("Đ/c Võ Văn Nhứt, Bí thư chi bộ, kết luận: chi bộ thống nhất đẩy mạnh xây dựng vùng xoài xuất khẩu, "
                 "hướng dẫn bà con sản xuất an toàn; giao đ/c Trần Văn Chính phụ trách tổ hợp tác xoài làm hồ sơ cấp "
                 "mã số vùng trồng, xong trong tháng 12/2024."),
               P("Chi bộ biểu quyết thông qua kết luận: 17/17 (100%)."),
               P("Buổi sinh hoạt kết thúc lúc 9 giờ 15 phút. Thư ký đọc lại biên bản; chi bộ nhất trí thông qua.")],
           ("Võ Văn Nhứt", BT, "Phạm Thị Ngọc Dung", 18, 17), "09:15", True,
           [vote(17, None, None, 100, "kết luận")],
           [task("Trần Văn Chính", "làm hồ sơ cấp mã số vùng trồng xoài", "tháng 12/2024")]),

    _body(28, [P("IV- Thảo luận:"),
               P("Đ/c Nguyễn Văn Bảy (Bảy Lùn) phát biểu: đường đal tổ 7 hẹp, xe cứu thương không vào được, bà con đồng "
                 "ý hiến đất nếu chi bộ đứng ra vận động."),
               P("Đ/c Lê Thị Hồng phát biểu: còn khoảng 15 hộ cuối ấp chưa có nước máy, mùa khô phải mua nước."),
               P("V- Kết luận: Đ/c Bí thư kết luận chi bộ thống nhất vận động mở rộng đường đal tổ 7 bằng hình thức bà "
                 "con hiến đất, đề xuất xã kéo đường ống nước sạch về cuối ấp."),
               P("Biểu quyết: 10/10 đ/c giơ tay tán thành."),
               P("VI- Phân công:"),
               P("Đ/c Nguyễn Văn Bảy (Bảy Lùn) phụ trách vận động bà con tổ 7 hiến đất mở rộng đường đal, xong trước "
                 "ngày 30/12."),
               P("Việc rà soát hộ chưa có nước sạch được giao cho đ/c Lê Thị Hồng, báo cáo tại kỳ họp tháng 11."),
               P("Buổi sinh hoạt kết thúc lúc 20 giờ 10. Biên bản đọc lại, chi bộ nhất trí thong qua.")],
           ("Đặng Văn Quới", BT, "Trần Thị Bé Hai", 11, 10), "20:10", True,
           [vote(10, None, None, None, "kết luận")],
           [task("Nguyễn Văn Bảy", "vận động hiến đất mở rộng đường đal tổ 7", "30/12"),
            task("Lê Thị Hồng", "rà soát hộ chưa có nước sạch", "kỳ họp tháng 11")]),

    _body(29, [H("IV. THẢO LUẬN"),
               P("Đ/c Thạch Sa Phát phát biểu: Ban quản trị chùa Kompông đề nghị ấp hỗ trợ giữ xe và trật tự trong ba "
                 "ngày lễ Ok Om Bok, năm rồi có xảy ra mất xe."),
               P("Đ/c Kim Thị Sóc Pha phát biểu: chị em phụ nữ sẵn sàng nấu cốm dẹp, làm bánh phục vụ bà con về chùa."),
               H("V. KẾT LUẬN"),
               P("Thay mặt chi ủy, đ/c Kim Văn Sóc kết luận: chi bộ thống nhất tổ chức tốt lễ Ok Om Bok năm nay vui "
                 "tươi, an toàn, tiết kiệm; chuẩn bị đội ghe ngo dự giải đua ghe ngo của huyện; giữ tình đoàn kết giữa "
                 "bà con Khmer và Kinh trong ấp."),
               P("Chi bộ biểu quyết: tán thành 100% (14/14 đ/c)."),
               H("VI. PHÂN CÔNG"),
               L("- Chi đoàn ấp: chuẩn bị đội ghe ngo tham gia giải đua của huyện, trước ngày 10/11."),
               L("- Chi hội Phụ nữ ấp: vận động bà con nấu cốm dẹp phục vụ lễ."),
               L("- Đ/c Thạch Sa Phát: phối hợp Ban quản trị chùa giữ xe, giữ trật tự tại chùa."),
               P("Sinh hoạt kết thúc 18 giờ 30. Biên bản đã được đọc lại, chi bộ thông qua.")],
           ("Kim Văn Sóc", BT, "Thạch Thị Chanh Thu", 15, 14), "18:30", True,
           [vote(14, None, None, 100, "kết luận")],
           [task("Chi đoàn ấp", "chuẩn bị đội ghe ngo", "10/11"),
            task("Chi hội Phụ nữ ấp", "vận động nấu cốm dẹp", None),
            task("Thạch Sa Phát", "giữ xe, giữ trật tự tại chùa", None)]),

    _body(30, [H("IV. THẢO LUẬN DỰ THẢO NGHỊ QUYẾT"),
               P("Đồng chí Phó Bí thư chi bộ trình bày dự thảo nghị quyết tháng 11/2024. Chi bộ nghe, thảo luận; các ý "
                 "kiến cơ bản thống nhất với dự thảo, không có ý kiến khác."),
               H("V. KẾT LUẬN"),
               P("Đồng chí Lê Thanh Bình kết luận: chi bộ thống nhất ban hành nghị quyết tháng 11 với ba nhóm nhiệm vụ: "
                 "chăm sóc lúa Đông Xuân đầu vụ, phòng chống sạt lở bờ sông Hậu, vận động hội viên tham gia BHXH tự "
                 "nguyện."),
               P("Biểu quyết nghị quyết: 18/18 đ/c tán thành (100%)."),
               P("Phân công: đ/c Trần Minh Tâm (Chi hội trưởng Nông dân) hướng dẫn bà con xuống giống đúng lịch, thường "
                 "xuyên; Tổ ANTT ấp cắm biển cảnh báo sạt lở khu vực bến đò, xong trước 15/11."),
               P("Sinh hoạt kết thúc lúc 20 giờ 35 phút. Biên bản đã đọc lại và được chi bộ thông qua.")],
           ("Lê Thanh Bình", BT, "Võ Thị Kim Phượng", 19, 18), "20:35", True,
           [vote(18, None, None, 100, "nghị quyết tháng 11")],
           [task("Trần Minh Tâm", "hướng dẫn xuống giống đúng lịch", "thường xuyên"),
            task("Tổ ANTT ấp", "cắm biển cảnh báo sạt lở", "15/11")],
           ["no_discussion"]),

    _body(31, [H("IV. THẢO LUẬN"),
               P("Đ/c Thượng úy Nguyễn Văn Khánh phát biểu: địa bàn ấp 3 có nhiều người lao động ngoài tỉnh thuê trọ, "
                 "trong tháng phát sinh 02 vụ trộm xe máy; đề nghị tăng tuần tra đêm."),
               P("Đ/c Trung úy Lê Thị Diệu Hiền phát biểu: công tác cấp căn cước và định danh điện tử mức 2 mới đạt 86%, "
                 "cần tổ chức cấp lưu động cho người cao tuổi."),
               H("V. KẾT LUẬN"),
               P("Đồng chí chủ trì kết luận: chi bộ thống nhất nhận định tình hình; tập trung kiềm chế tội phạm trộm "
                 "cắp tài sản ở ấp 3, đẩy nhanh cấp căn cước và định danh điện tử, bảo đảm an ninh trật tự dịp cuối "
                 "năm."),
               P("Biểu quyết: 9/9 đồng chí tán thành; không có đồng chí nào không tán thành."),
               H("VI. PHÂN CÔNG"),
               L("- Giao đồng chí Thượng úy Nguyễn Văn Khánh chủ trì tổ tuần tra đêm địa bàn ấp 3, thực hiện hằng đêm."),
               L("- Giao đồng chí Trung úy Lê Thị Diệu Hiền tổ chức cấp căn cước lưu động tại nhà cho người cao tuổi, "
                 "đến hết tháng 12/2024."),
               P("Cuộc họp kết thúc hồi 11 giờ 05 phút. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua.")],
           ("Thái Văn Cường", BT, "Đinh Thị Hồng Gấm", 9, 9), "11:05", True,
           [vote(9, 0, None, None, "kết luận")],
           [task("Nguyễn Văn Khánh", "tuần tra đêm địa bàn ấp 3", "hằng đêm"),
            task("Lê Thị Diệu Hiền", "cấp căn cước lưu động cho người cao tuổi", "hết tháng 12/2024")]),

    _body(32, [H("IV. THẢO LUẬN"),
               P("Đồng chí Mạch Văn Lâm nói tiểu thương khu hàng cá phàn nàn nền chợ trơn trợt, nước thải chảy ra lối "
                 "đi; đồng chí đề nghị làm lại mương thoát nước. Đồng chí Hứa Thị Xuân Mai cho rằng cần sắp xếp lại chỗ "
                 "giữ xe để không lấn ra đường Nguyễn Trãi."),
               H("V. KẾT LUẬN"),
               P("Đồng chí Lư Mỹ Phương kết luận: chi bộ thống nhất tập trung cải tạo mương thoát nước khu hàng cá, sắp "
                 "xếp bãi giữ xe, bảo đảm an toàn phòng cháy chữa cháy dịp cao điểm cuối năm."),
               P("Có 12/13 đ/c tán thành, 01 đ/c không tán thành."),
               H("VI. PHÂN CÔNG"),
               P("Ban quản lý chợ chịu trách nhiệm lập phương án cải tạo mương thoát nước khu hàng cá, trình UBND phường "
                 "trong tháng 11."),
               P("Đ/c Hứa Thị Xuân Mai phụ trách sắp xếp lại bãi giữ xe, xong trước ngày 01/12."),
               P("Buổi sinh hoạt kết thúc lúc 15 giờ 50 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
           ("Lư Mỹ Phương", BT, "Tạ Quang Lộc", 14, 13), "15:50", True,
           [vote(12, 1, None, None, "kết luận")],
           [task("Ban quản lý chợ", "lập phương án cải tạo mương thoát nước", "tháng 11"),
            task("Hứa Thị Xuân Mai", "sắp xếp lại bãi giữ xe", "01/12")]),
]

PARTS = HEADS + OPENINGS + BODIES
