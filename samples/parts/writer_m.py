"""Writer m: pieces of Party-cell minutes from the Mekong delta and the South-East.

Who: writer m (folder "dev"). Cells of hamlets (ấp), wards' khu vực / khu phố, commune police, schools, a commune
health station, rice / fruit / pineapple / salt / shrimp / clam / onion cooperatives and tổ hợp tác, markets with Hoa
traders, rubber farms and companies, a sugar mill, a forest-protection board, in Long An, Tiền Giang, Bến Tre,
Vĩnh Long, Cần Thơ, Hậu Giang, Sóc Trăng, Bạc Liêu, Cà Mau, Tây Ninh and Bình Phước, Khmer and S'tiêng hamlets
among them. Clerks write plainly, fold tasks into the conclusion and hand many tasks to mass organisations
(Chi hội Phụ nữ / Nông dân / Cựu chiến binh, Chi đoàn, Ban công tác Mặt trận) and hamlet groups (Tổ an ninh,
Tổ hòa giải, Tổ tự quản, tổ sản xuất, tổ hợp tác).

I wrote this module without reading the extractor (extract/**), the generator, bench/, tests/, the held-out
sets, the scans / born-digital / book samples or any other writer's module, and without running the extractor.
Every name, place and number is invented.

Labelling decisions taken where samples/parts/README.md is silent:
 1. Head, three-level header (district / commune / cell): `party_committee` is the committee printed directly
    above the cell (the commune's "ĐẢNG BỘ XÃ …" / "ĐẢNG ỦY XÃ …"), not the district.
 2. Head, a committee name or a cell name wrapped over two header lines is joined with one space, whichever of
    the two wraps.
 3. Head, a title whose period (month 12/2025) differs from the header date (04/01/2026): month/year from the
    title, `date` from the header line. A title naming no month ("BIÊN BẢN HỌP CHI BỘ" + a line "(Thường kỳ
    tháng 4 năm 2025)") takes the month from that line under the title.
 4. Head, a header date line left as dots gives `date` null; a missing date line likewise.
 5. Opening, `chair.role` null when only a name is written ("Chủ trì: đ/c Trần Văn Thạnh"); "Bí thư" kept
    short when written short ("Tạ Văn Nhựt - Bí thư").
 6. Opening, an absentee's `reason` is the text written after the name (without the words "vắng" / "là" in
    front and without the final punctuation); for unexcused absences the written phrase is the reason
    ("không lý do", "không có lý do", "tự ý vắng", "không báo cáo"); a named absentee with nothing after the
    name has reason null and excused false. A Bí thư named as absentee ("đồng chí Bí thư Phan Thanh Tùng") is
    listed under his name without the role.
 7. Opening, a guest's `role` is the text after the name up to the end of the role, without "dự và chỉ đạo";
    a rank in front of a guest's or a chair's name ("Thiếu tá", "Thượng úy", "Trung úy") is dropped.
 8. Opening, "tham dự đầy đủ 29/29" / "09/09 … tham dự đầy đủ": absent 0, exempt 0.
 9. Opening, "Đảng viên được triệu tập: 26" / "Số ĐV của chi bộ: 11" are read as the total.
10. Opening, `location` is cut at the comma that closes the place ("tại Nhà văn hóa ấp Kinh Ngang, Chi bộ …").
11. Votes: `percent_for` only when a percentage is written (never computed from counts); `against` /
    `abstain` only when written ("không tán thành 0", "không có ý kiến khác" → 0, "không biểu quyết 0" →
    abstain 0). A vote on recognising a full member or admitting a member counts what is written, which may be
    over the official members present only ("21/21 đảng viên chính thức có mặt").
12. Votes: the minutes "biểu quyết thông qua 100%" at the end is the minutes' approval, not a resolution.
13. Assignments: a group named as the subject of a directive inside the conclusion or inside a numbered /
    "+" list of the conclusion counts as an assignment even without "giao" ("2. Ban công tác Mặt trận ấp
    phối hợp … trước Tết Chôl Chnăm Thmây"). The chair giving a task to himself counts too.
14. Assignments: the assignee is the name only, with the job title or role written after it dropped
    ("Nguyễn Văn Tám (Tám Lửa), Phó Trưởng ấp" → "Nguyễn Văn Tám"; "Trưởng ấp Lê Văn Phú" → "Lê Văn Phú";
    ranks and "BS." / "ĐD." / "YS." dropped); with no name, the role as written ("Trưởng ấp", "Phó Bí thư
    chi bộ"); a group as written in the text ("Tổ an ninh ấp", "Chi hội Phụ nữ ấp", "Tổ sản xuất số 2").
    "X và Y" sharing one task give two assignments; a partner after "cùng" / "phối hợp (với)" gives none.
15. Deadlines: the words in front are dropped the same way for feasts, seasons and meetings ("trước Tết Nguyên
    đán" → "Tết Nguyên đán", "trước lễ Sene Đôlta" → "lễ Sene Đôlta", "trước mùa gió chướng" → "mùa gió
    chướng", "trước lễ khai giảng năm học mới" → "lễ khai giảng năm học mới", "trước buổi họp dân tháng 1" →
    "buổi họp dân tháng 1", "báo cáo kỳ họp sau" / "tại kỳ họp tháng 12" → "kỳ họp sau" / "kỳ họp tháng 12",
    "xong trong tuần này" → "tuần này", "vào cuối quý" → "cuối quý", "trong tuần tới" → "tuần tới");
    "hằng ngày", "hằng tháng" kept as written like "hằng tuần"; in a table the cell's text without "Trước"
    ("Trước 15/11/2024" → "15/11/2024", "Tháng 11/2024" kept with its capital).
16. Conclusion: "Đồng chí chủ trì kết luận: nhất trí với các ý kiến phát biểu" is a conclusion that says nothing
    (false); a heading "THẢO LUẬN, KẾT LUẬN" over opinions only, with no conclusion text, is false.
17. Closing: "Biên bản đọc lại, mọi người thống nhất thông qua" counts as read back and approved; a closing
    that only gives the page count or the end time is not approved. "20g45" is read 20:45.
18. Discussion: opinions marked only by role ("Đồng chí Trưởng ấp đề nghị …", "Đ/c Chi hội trưởng Phụ nữ …")
    and question-and-answer lines count as recorded opinions; "Một số ý kiến …", "Các ý kiến nhất trí …",
    "Các đồng chí dự họp thống nhất với báo cáo" do not.
19. A member who volunteers in the discussion ("xin nhận vận động 3 hộ") is not assigned; when the conclusion
    then only calls on every member, the body is `missing_assignments`.
"""

from samples.parts.writing import C, H, HD, L, P, T, attendance, task, vote

FOLDER = "dev"

# ---------------------------------------------------------------------------------------------- heads
HEADS = [
    {"id": "m-head-01", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ HUYỆN CẦN GIUỘC", "ĐẢNG ỦY XÃ PHƯỚC LÂM TÂY", "CHI BỘ ẤP THẠNH HÒA", "*",
                    "Số: 03-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Lâm Tây, ngày 07 tháng 3 năm 2024"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 3 NĂM 2024")],
     "truth": {"kind": "regular", "topic": None, "date": "2024-03-07", "month": 3, "year": 2024,
               "cell": "CHI BỘ ẤP THẠNH HÒA", "party_committee": "ĐẢNG ỦY XÃ PHƯỚC LÂM TÂY"}},

    {"id": "m-head-02", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ MỸ TỊNH AN", "CHI BỘ HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP", "MỸ TỊNH AN", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mỹ Tịnh An, ngày 5 tháng 8 năm 2021"]),
                C("BIÊN BẢN HỌP CHI BỘ"), C("Kỳ họp tháng 8/2021", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2021-08-05", "month": 8, "year": 2021,
               "cell": "CHI BỘ HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP MỸ TỊNH AN",
               "party_committee": "ĐẢNG BỘ XÃ MỸ TỊNH AN"}},

    {"id": "m-head-03", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ VĨNH HÒA THÀNH", "CHI BỘ ẤP PHÚ HIỆP", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Hòa Thành, ngày mùng 5 tháng 6 năm 2023"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2023"),
                C("Chuyên đề: Nâng cao vai trò tiên phong của đảng viên trong cải tạo vườn dừa, chuyển sang "
                  "canh tác dừa hữu cơ", bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Nâng cao vai trò tiên phong của đảng viên trong cải tạo vườn dừa, chuyển sang canh tác "
                        "dừa hữu cơ",
               "date": "2023-06-05", "month": 6, "year": 2023,
               "cell": "CHI BỘ ẤP PHÚ HIỆP", "party_committee": "ĐẢNG BỘ XÃ VĨNH HÒA THÀNH"}},

    {"id": "m-head-04", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ TÂN NGÃI ĐÔNG", "CHI BỘ ẤP PHƯỚC HẬU B", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "……………, ngày … tháng … năm 20…"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ"), C("THÁNG CHÍN NĂM 2022")],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 9, "year": 2022,
               "cell": "CHI BỘ ẤP PHƯỚC HẬU B", "party_committee": "ĐẢNG BỘ XÃ TÂN NGÃI ĐÔNG"}},

    {"id": "m-head-05", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ PHƯỜNG BÌNH THỦY ĐÔNG", "CHI BỘ KHU VỰC 4", "*", "Số: 21-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Thủy Đông, ngày 17 tháng 11 năm 2020"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2020"), C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
                C("“Học tập và làm theo Bác về tinh thần đoàn kết, gần dân, trọng dân”", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": "Học tập và làm theo Bác về tinh thần đoàn kết, gần dân, trọng dân",
               "date": "2020-11-17", "month": 11, "year": 2020,
               "cell": "CHI BỘ KHU VỰC 4", "party_committee": "ĐẢNG BỘ PHƯỜNG BÌNH THỦY ĐÔNG"}},

    {"id": "m-head-06", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY CÔNG TY CỔ PHẦN MÍA ĐƯỜNG", "LONG MỸ PHÁT", "CHI BỘ PHÂN XƯỞNG CHẾ BIẾN", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Mỹ, ngày 04 tháng 01 năm 2026"]),
                C("BIÊN BẢN"), C("HỘI NGHỊ CHI BỘ THÁNG 12 NĂM 2025")],
     "truth": {"kind": "regular", "topic": None, "date": "2026-01-04", "month": 12, "year": 2025,
               "cell": "CHI BỘ PHÂN XƯỞNG CHẾ BIẾN",
               "party_committee": "ĐẢNG ỦY CÔNG TY CỔ PHẦN MÍA ĐƯỜNG LONG MỸ PHÁT"}},

    {"id": "m-head-07", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ THẠNH TÂN ĐÔNG", "CHI BỘ ẤP SRÓC TRỌP", "*", "Số: …/BB-CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thạnh Tân Đông, ngày 21 tháng 8 năm 2019"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2019"),
                C("PHÁT HUY VAI TRÒ NGƯỜI CÓ UY TÍN TRONG ĐỒNG BÀO KHMER"),
                C("THAM GIA GIỮ GÌN AN NINH TRẬT TỰ Ở ẤP")],
     "truth": {"kind": "thematic",
               "topic": "PHÁT HUY VAI TRÒ NGƯỜI CÓ UY TÍN TRONG ĐỒNG BÀO KHMER THAM GIA GIỮ GÌN AN NINH TRẬT TỰ "
                        "Ở ẤP",
               "date": "2019-08-21", "month": 8, "year": 2019,
               "cell": "CHI BỘ ẤP SRÓC TRỌP", "party_committee": "ĐẢNG BỘ XÃ THẠNH TÂN ĐÔNG"}},

    {"id": "m-head-08", "kind": "head",
     "blocks": [HD(["CHI BỘ ẤP CÁI DÀY B", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ngày 09 tháng 4 năm 2025"]),
                C("BIÊN BẢN HỌP CHI BỘ"), C("(Thường kỳ tháng 4 năm 2025)", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2025-04-09", "month": 4, "year": 2025,
               "cell": "CHI BỘ ẤP CÁI DÀY B", "party_committee": None}},

    {"id": "m-head-09", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ KHÁNH HƯNG NAM", "CHI BỘ TỔ HỢP TÁC NUÔI TÔM", "SINH THÁI RẠCH CHÈO", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THÁNG 7 NĂM 2022"), C("(Sinh hoạt thường kỳ)", bold=False)],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 7, "year": 2022,
               "cell": "CHI BỘ TỔ HỢP TÁC NUÔI TÔM SINH THÁI RẠCH CHÈO",
               "party_committee": "ĐẢNG BỘ XÃ KHÁNH HƯNG NAM"}},

    {"id": "m-head-10", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ CÔNG TY CAO SU SUỐI NGÔ", "CHI BỘ NÔNG TRƯỜNG 2", "*", "Số: 11-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Châu, ngày 26 tháng 10 năm 2023"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ"), C("Tháng 10 năm 2023", bold=False, italic=True),
                C("-----------", bold=False)],
     "truth": {"kind": "regular", "topic": None, "date": "2023-10-26", "month": 10, "year": 2023,
               "cell": "CHI BỘ NÔNG TRƯỜNG 2", "party_committee": "ĐẢNG BỘ CÔNG TY CAO SU SUỐI NGÔ"}},

    {"id": "m-head-11", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ HUYỆN LỘC NINH", "ĐẢNG BỘ XÃ LỘC THÀNH ĐÔNG", "CHI BỘ ẤP SỐC BE", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lộc Thành Đông, ngày 20 tháng 02 năm 2025"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ I/2025"),
                C("“Đảng viên gương mẫu giữ vườn điều, giúp đồng bào S’tiêng thoát nghèo bền vững”",
                  bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Đảng viên gương mẫu giữ vườn điều, giúp đồng bào S’tiêng thoát nghèo bền vững",
               "date": "2025-02-20", "month": 2, "year": 2025,
               "cell": "CHI BỘ ẤP SỐC BE", "party_committee": "ĐẢNG BỘ XÃ LỘC THÀNH ĐÔNG"}},

    {"id": "m-head-12", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ THỊ TRẤN MỸ PHƯỚC TÂY", "CHI BỘ BAN QUẢN LÝ CHỢ", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mỹ Phước Tây, ngày 12 tháng 12 năm 2019"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ VÀ CHUYÊN ĐỀ"), C("THÁNG MƯỜI HAI NĂM 2019"),
                C("Chuyên đề: Giữ gìn văn minh thương mại, đoàn kết tiểu thương người Hoa và người Kinh tại chợ",
                  bold=False, italic=True)],
     "truth": {"kind": "regular",
               "topic": "Giữ gìn văn minh thương mại, đoàn kết tiểu thương người Hoa và người Kinh tại chợ",
               "date": "2019-12-12", "month": 12, "year": 2019,
               "cell": "CHI BỘ BAN QUẢN LÝ CHỢ", "party_committee": "ĐẢNG BỘ THỊ TRẤN MỸ PHƯỚC TÂY"}},
]


# ---------------------------------------------------------------------------------------------- openings
def _opening(pid, blocks, date, start, end, location, chair, chair_role, secretary, att, flags=()):
    return {"id": pid, "kind": "opening", "blocks": blocks,
            "truth": {"date": date, "start_time": start, "end_time": end, "location": location,
                      "chair": None if chair is None else {"name": chair, "role": chair_role},
                      "secretary": None if secretary is None else {"name": secretary},
                      "attendance": att, "flags": list(flags)}}


OPENINGS = [
    _opening("m-open-01", [
        L("- Thời gian: 14 giờ 00, ngày 12/4/2023."),
        L("- Địa điểm: Văn phòng ấp Bình Hòa Trung."),
        L("- Thành phần: tổng số đảng viên 16 đ/c (chính thức 15, dự bị 01); có mặt 15 đ/c; vắng 01 đ/c là đ/c "
          "Trần Văn Hiếu, đi tập huấn khuyến nông tại huyện."),
        L("- Chủ trì: Đ/c Võ Thị Bích Ngân – Bí thư chi bộ."),
        L("- Thư ký: Đ/c Phạm Minh Luân."),
    ], "2023-04-12", "14:00", None, "Văn phòng ấp Bình Hòa Trung", "Võ Thị Bích Ngân", "Bí thư chi bộ",
        "Phạm Minh Luân",
        attendance(16, 15, 1, 1, 0, 0, [("Trần Văn Hiếu", "đi tập huấn khuyến nông tại huyện", True)])),

    _opening("m-open-02", [
        P("Vào lúc 19 giờ 30 phút tối ngày 08 tháng 9 năm 2020, Chi bộ ấp Mỹ Trung họp thường kỳ tại nhà văn hóa "
          "ấp Mỹ Trung."),
        P("Chi bộ có 21 đảng viên, trong đó 02 đồng chí được miễn sinh hoạt vì tuổi cao; số phải dự họp 19 đồng "
          "chí, có mặt 17 đồng chí. Vắng 02 đồng chí: đ/c Lê Thị Kiều đi khám bệnh ở Mỹ Tho, đ/c Nguyễn Hữu Phước "
          "không lý do."),
        P("Đồng chí Huỳnh Văn Sang, Bí thư chi bộ kiêm Trưởng ấp, chủ trì; đồng chí Đặng Thị Mỹ Tiên làm thư ký."),
    ], "2020-09-08", "19:30", None, "nhà văn hóa ấp Mỹ Trung", "Huỳnh Văn Sang", "Bí thư chi bộ",
        "Đặng Thị Mỹ Tiên",
        attendance(21, 17, 2, 1, 1, 2, [("Lê Thị Kiều", "đi khám bệnh ở Mỹ Tho", True),
                                        ("Nguyễn Hữu Phước", "không lý do", False)]),
        ["low_attendance", "unexcused_absence"]),

    _opening("m-open-03", [
        L("+ Thời gian: 7h30' ngày 15/01/2022."),
        L("+ Địa điểm: Hội trường Đảng ủy xã An Thạnh Tây."),
        L("+ Thành phần: chi bộ có 27 đảng viên, trong đó 03 đ/c được miễn sinh hoạt (tuổi cao, sức yếu). Dự họp "
          "24/24 đ/c phải sinh hoạt (chính thức 22, dự bị 02), đạt 100%."),
        L("+ Khách mời: đ/c Nguyễn Thành Đông, Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách địa bàn ấp; đ/c Lê "
          "Thị Thu Ba, Chủ tịch Hội Liên hiệp Phụ nữ xã."),
        L("+ Chủ tọa: đ/c Trương Văn Kiệt, Bí thư chi bộ."),
        L("+ Thư ký: đ/c Lê Hoàng Nhã Phương."),
    ], "2022-01-15", "07:30", None, "Hội trường Đảng ủy xã An Thạnh Tây", "Trương Văn Kiệt", "Bí thư chi bộ",
        "Lê Hoàng Nhã Phương",
        attendance(27, 24, 0, 0, 0, 3, [], [
            ("Nguyễn Thành Đông", "Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách địa bàn ấp"),
            ("Lê Thị Thu Ba", "Chủ tịch Hội Liên hiệp Phụ nữ xã")])),

    _opening("m-open-04", [
        L("1. Thời gian: bắt đầu lúc 8 giờ sáng ngày 21 tháng 5 năm 2019."),
        L("2. Địa điểm: Trụ sở Hợp tác xã rau an toàn Phước Hậu."),
        L("3. Đảng viên: tổng số 14 đồng chí; có mặt 11; vắng 03, cụ thể:"),
        T([(0.08, "TT", "c"), (0.4, "Họ và tên", "l"), (0.52, "Lý do vắng", "l")],
          [["1", "Nguyễn Văn Bé Tư", "Đi công tác tại Sở Nông nghiệp tỉnh"],
           ["2", "Trần Thị Ngọc Hân", "Nghỉ hộ sản"],
           ["3", "Võ Minh Triều", "Bệnh, có giấy xin phép"]]),
        L("4. Chủ trì: đồng chí Lâm Văn Hậu, Phó Bí thư chi bộ (đồng chí Bí thư Nguyễn Văn Bé Tư đi công tác)."),
        L("5. Thư ký: đồng chí Huỳnh Thị Cẩm Nhung."),
    ], "2019-05-21", "08:00", None, "Trụ sở Hợp tác xã rau an toàn Phước Hậu", "Lâm Văn Hậu",
        "Phó Bí thư chi bộ", "Huỳnh Thị Cẩm Nhung",
        attendance(14, 11, 3, 3, 0, 0, [("Nguyễn Văn Bé Tư", "Đi công tác tại Sở Nông nghiệp tỉnh", True),
                                        ("Trần Thị Ngọc Hân", "Nghỉ hộ sản", True),
                                        ("Võ Minh Triều", "Bệnh, có giấy xin phép", True)]),
        ["low_attendance"]),

    _opening("m-open-05", [
        P("Hôm nay, từ 14 giờ đến 16 giờ 45 phút ngày 20/7/2023, tại phòng họp Ban điều hành khu vực Thới Hòa, Chi "
          "bộ khu vực Thới Hòa tổ chức sinh hoạt thường kỳ tháng 7 năm 2023."),
        P("Chi bộ hiện có 32 đảng viên (chính thức 30, dự bị 02), trong đó miễn sinh hoạt 04 đồng chí. Tham dự "
          "27/28 đồng chí phải sinh hoạt, đạt tỷ lệ 96,4%; vắng 01 đồng chí Quách Huệ Linh đi công tác tại TP. Hồ "
          "Chí Minh."),
        P("Dự và chỉ đạo có đồng chí Thiếu tá Trần Quốc Bảo, Ủy viên Ban Thường vụ Đảng ủy phường, Trưởng Công an "
          "phường."),
        P("Đồng chí Lý Thanh Hùng – Bí thư chi bộ chủ trì; đồng chí Tăng Mỹ Ngọc ghi biên bản."),
    ], "2023-07-20", "14:00", "16:45", "phòng họp Ban điều hành khu vực Thới Hòa", "Lý Thanh Hùng",
        "Bí thư chi bộ", "Tăng Mỹ Ngọc",
        attendance(32, 27, 1, 1, 0, 4, [("Quách Huệ Linh", "đi công tác tại TP. Hồ Chí Minh", True)],
                   [("Trần Quốc Bảo", "Ủy viên Ban Thường vụ Đảng ủy phường, Trưởng Công an phường")])),

    _opening("m-open-06", [
        P("Đúng bảy giờ tối ngày 03 tháng 12 năm 2024, Chi bộ ấp Long Trị A họp thường kỳ tại Nhà văn hóa ấp Long "
          "Trị A."),
        P("Chi bộ có hai mươi đồng chí đảng viên, có mặt mười tám đồng chí, vắng hai đồng chí: đồng chí Phan Văn Lực "
          "đi làm ăn ở Bình Dương, đồng chí Nguyễn Thị Hồng Đào không có lý do."),
        L("Chủ trì: đ/c Tô Văn Thà (Bí thư chi bộ)          Thư ký: đ/c Nguyễn Thị Hồng Nhung"),
    ], "2024-12-03", "19:00", None, "Nhà văn hóa ấp Long Trị A", "Tô Văn Thà", "Bí thư chi bộ",
        "Nguyễn Thị Hồng Nhung",
        attendance(20, 18, 2, 1, 1, 0, [("Phan Văn Lực", "đi làm ăn ở Bình Dương", True),
                                        ("Nguyễn Thị Hồng Đào", "không có lý do", False)]),
        ["unexcused_absence"]),

    _opening("m-open-07", [
        L("a) Thời gian: 13h30 ngày 10/10/2025."),
        L("b) Địa điểm: Nhà văn hóa ấp Prêk Chon."),
        L("c) Đảng viên: tổng số 12 đồng chí, dự họp 11, vắng 01:"),
        L("- Đ/c Thạch Sô Phol: đi làm thuê ở TP. Hồ Chí Minh."),
        L("d) Điều hành: đ/c Lâm Văn Sóc, Bí thư chi bộ, Trưởng ấp."),
        L("đ) Thư ký: đ/c Kim Thị Sà Phiếu."),
    ], "2025-10-10", "13:30", None, "Nhà văn hóa ấp Prêk Chon", "Lâm Văn Sóc", "Bí thư chi bộ", "Kim Thị Sà Phiếu",
        attendance(12, 11, 1, 1, 0, 0, [("Thạch Sô Phol", "đi làm thuê ở TP. Hồ Chí Minh", True)])),

    _opening("m-open-08", [
        L("Thời gian: 19h ngày 05/3/2026."),
        L("Địa điểm: Văn phòng ấp Nhà Lầu 2."),
        L("Đảng viên: tổng số 13, dự họp 12, vắng 01 (đồng chí Bí thư Trần Thanh Phong đang học lớp trung cấp lý "
          "luận chính trị tại Trường Chính trị tỉnh)."),
        L("Chủ trì: đồng chí Dương Minh Hải, Phó Bí thư chi bộ."),
        L("Chi bộ cử đồng chí Lê Thị Diễm Kiều làm thư ký."),
        L("Nội dung sinh hoạt gồm: (1) thông tin thời sự, văn bản mới; (2) kiểm điểm việc thực hiện nghị quyết tháng "
          "02; (3) bàn nhiệm vụ tháng 3, tập trung thu hoạch tôm vụ 1 và chuẩn bị mùa khô; (4) thảo luận, biểu "
          "quyết."),
    ], "2026-03-05", "19:00", None, "Văn phòng ấp Nhà Lầu 2", "Dương Minh Hải", "Phó Bí thư chi bộ",
        "Lê Thị Diễm Kiều",
        attendance(13, 12, 1, 1, 0, 0, [("Trần Thanh Phong", "đang học lớp trung cấp lý luận chính trị tại "
                                                             "Trường Chính trị tỉnh", True)])),

    _opening("m-open-09", [
        P("Hôm nay, lúc 8 giờ 30 ngày 22 tháng 6 năm 2022, tại Nhà văn hóa ấp Kinh Ngang, Chi bộ ấp Kinh Ngang tổ "
          "chức sinh hoạt định kỳ tháng 6."),
        P("Đảng viên có mặt 17/19 đồng chí; vắng 02 đồng chí (01 có lý do, 01 không lý do)."),
        P("Đồng chí Nguyễn Văn Út, Bí thư chi bộ, chủ trì buổi sinh hoạt; đồng chí Lê Thị Bé Sáu làm thư ký."),
    ], "2022-06-22", "08:30", None, "Nhà văn hóa ấp Kinh Ngang", "Nguyễn Văn Út", "Bí thư chi bộ", "Lê Thị Bé Sáu",
        attendance(19, 17, 2, 1, 1, 0), ["low_attendance", "unexcused_absence"]),

    _opening("m-open-10", [
        L("- Thời gian: 16 giờ 00 phút, ngày 27/02/2021."),
        L("- Địa điểm: Phòng họp Công an xã Tân Lập."),
        L("- Thành phần: 09/09 đồng chí đảng viên của chi bộ, tham dự đầy đủ."),
        L("- Đại biểu dự: đồng chí Lê Văn Sang, Phó Bí thư Thường trực Đảng ủy xã."),
        L("- Chủ trì: Thượng úy Nguyễn Hoàng Duy – Bí thư chi bộ, Trưởng Công an xã."),
        L("- Thư ký: Trung úy Trần Thị Kim Yến."),
    ], "2021-02-27", "16:00", None, "Phòng họp Công an xã Tân Lập", "Nguyễn Hoàng Duy", "Bí thư chi bộ",
        "Trần Thị Kim Yến",
        attendance(9, 9, 0, 0, 0, 0, [], [("Lê Văn Sang", "Phó Bí thư Thường trực Đảng ủy xã")])),

    _opening("m-open-11", [
        L("Thời gian: 14h, ngày 09/8/2024"),
        L("Địa điểm: Nhà văn hóa ấp Bù Kroai"),
        L("Tổng số đảng viên: 18 đ/c; miễn sinh hoạt: 01 đ/c (đ/c Điểu Khiêu, 82 tuổi)"),
        L("Có mặt: 16 đ/c; vắng: 01 đ/c (đ/c Điểu Lâm)"),
        L("Chủ trì: Đ/c Lê Văn Hùng - Bí thư chi bộ"),
        L("Thư ký: Đ/c Thị Bích Nguyệt"),
    ], "2024-08-09", "14:00", None, "Nhà văn hóa ấp Bù Kroai", "Lê Văn Hùng", "Bí thư chi bộ", "Thị Bích Nguyệt",
        attendance(18, 16, 1, 0, 1, 1, [("Điểu Lâm", None, False)]), ["unexcused_absence"]),

    _opening("m-open-12", [
        L("Thời gian: 19h15 ngày 05/11/2019."),
        L("Địa điểm: Nhà văn hóa ấp Tân Long."),
        L("Thành phần: tổng số đảng viên 19 đồng chí; có mặt 18, đạt tỷ lệ 94,7%; vắng 01 đồng chí Huỳnh Công Danh "
          "(bận đám giỗ bên vợ, có xin phép)."),
        L("Khách mời: đồng chí Võ Văn Kiệm, Chủ tịch Hội Cựu chiến binh xã."),
        L("Đồng chí Nguyễn Thị Thu Cúc – Bí thư chi bộ chủ trì; đồng chí Đinh Văn Khoa ghi biên bản."),
    ], "2019-11-05", "19:15", None, "Nhà văn hóa ấp Tân Long", "Nguyễn Thị Thu Cúc", "Bí thư chi bộ",
        "Đinh Văn Khoa",
        attendance(19, 18, 1, 1, 0, 0, [("Huỳnh Công Danh", "bận đám giỗ bên vợ, có xin phép", True)],
                   [("Võ Văn Kiệm", "Chủ tịch Hội Cựu chiến binh xã")])),

    _opening("m-open-13", [
        L("Thời gian: 15 giờ 30, ngày 19/3/2025"),
        L("Địa điểm: Nhà sơ chế sầu riêng của HTX Ngũ Hiệp Xanh"),
        L("Số ĐV của chi bộ: 11; có mặt: 11/11"),
        L("Chủ trì: đ/c Trần Văn Thạnh"),
        L("Người ghi biên bản: đ/c Nguyễn Ngọc Hoà"),
        L("Nội dung: bàn giải pháp kiểm soát dư lượng thuốc bảo vệ thực vật trên sầu riêng xuất khẩu; một số công "
          "việc trong tháng 4."),
    ], "2025-03-19", "15:30", None, "Nhà sơ chế sầu riêng của HTX Ngũ Hiệp Xanh", "Trần Văn Thạnh", None,
        "Nguyễn Ngọc Hoà", attendance(11, 11, 0, 0, 0, 0)),

    _opening("m-open-14", [
        L("- Thời gian: từ 8h00 đến 11h30, ngày 16/9/2020."),
        L("- Địa điểm: Phòng họp Hội đồng sư phạm, Trường THCS Đại Tâm B."),
        L("- Tổng số đảng viên: 23 đồng chí (chính thức 21, dự bị 02). Có mặt 21 đồng chí. Vắng 02 đồng chí:"),
        L("   + Đ/c Trịnh Thị Mỹ Duyên – nghỉ ốm;"),
        L("   + Đ/c Mã Quốc Vinh – đi chấm thi tuyển viên chức tại Sở GD&ĐT."),
        L("- Chủ trì: ThS. Quách Minh Triết – Bí thư chi bộ, Hiệu trưởng nhà trường."),
        L("- Thư ký: đ/c Lưu Cẩm Vân."),
    ], "2020-09-16", "08:00", "11:30", "Phòng họp Hội đồng sư phạm, Trường THCS Đại Tâm B", "Quách Minh Triết",
        "Bí thư chi bộ", "Lưu Cẩm Vân",
        attendance(23, 21, 2, 2, 0, 0, [("Trịnh Thị Mỹ Duyên", "nghỉ ốm", True),
                                        ("Mã Quốc Vinh", "đi chấm thi tuyển viên chức tại Sở GD&ĐT", True)])),

    _opening("m-open-15", [
        P("Vào lúc 19 giờ tối ngày 25 tháng 12 năm 2025, tại hội trường ấp Tân Qui, Chi bộ ấp Tân Qui họp thường kỳ "
          "tháng 12."),
        P("Chi bộ có tổng số 24 đảng viên, miễn sinh hoạt 02; có mặt 20; vắng 02 gồm: đ/c Phạm Văn Lẹ tự ý vắng, "
          "đ/c Trần Ngọc Diễm đi đám tang người thân ở Trà Ôn."),
        P("Đồng chí Huỳnh Thị Lệ Thuỷ – Bí thư chi bộ chủ trì, đồng chí Ngô Văn Tiền làm thư ký."),
    ], "2025-12-25", "19:00", None, "hội trường ấp Tân Qui", "Huỳnh Thị Lệ Thuỷ", "Bí thư chi bộ", "Ngô Văn Tiền",
        attendance(24, 20, 2, 1, 1, 2, [("Phạm Văn Lẹ", "tự ý vắng", False),
                                        ("Trần Ngọc Diễm", "đi đám tang người thân ở Trà Ôn", True)]),
        ["unexcused_absence"]),

    _opening("m-open-16", [
        L("1. Thời gian: 7 giờ 30 phút, ngày 11 tháng 01 năm 2023."),
        L("2. Địa điểm: Hội trường Ban Quản lý rừng phòng hộ biển Tây."),
        L("3. Thành phần: đảng viên tham dự đầy đủ 29/29 đồng chí (chính thức 26, dự bị 03), đạt 100%."),
        L("4. Đại biểu: đồng chí Đỗ Thanh Bình, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Khối cơ quan và "
          "doanh nghiệp tỉnh, dự và chỉ đạo; đồng chí Lê Ngọc Mai, chuyên viên Ban Tổ chức Đảng ủy Khối."),
        L("5. Chủ tọa: đồng chí Trương Quốc Việt, Bí thư chi bộ, Giám đốc Ban Quản lý."),
        L("6. Thư ký: đồng chí Phù Thị Kiều Oanh."),
    ], "2023-01-11", "07:30", None, "Hội trường Ban Quản lý rừng phòng hộ biển Tây", "Trương Quốc Việt",
        "Bí thư chi bộ", "Phù Thị Kiều Oanh",
        attendance(29, 29, 0, 0, 0, 0, [], [
            ("Đỗ Thanh Bình", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Khối cơ quan và doanh nghiệp tỉnh"),
            ("Lê Ngọc Mai", "chuyên viên Ban Tổ chức Đảng ủy Khối")])),

    _opening("m-open-17", [
        L("- Thời gian: 8h ngày 30/6/2021."),
        L("- Địa điểm: Điểm sinh hoạt cộng đồng ấp Gò Cát."),
        L("- Tổng số đảng viên: 15; có mặt: 12; vắng: 03 (đều có lý do: 02 đ/c đi biển, 01 đ/c bệnh)."),
        L("- Chủ trì: đ/c Tạ Văn Nhựt - Bí thư.   Thư ký: đ/c Lý Thị Mộng Tuyền."),
    ], "2021-06-30", "08:00", None, "Điểm sinh hoạt cộng đồng ấp Gò Cát", "Tạ Văn Nhựt", "Bí thư",
        "Lý Thị Mộng Tuyền", attendance(15, 12, 3, 3, 0, 0), ["low_attendance"]),

    _opening("m-open-18", [
        L("Thời gian bắt đầu: 14h; kết thúc: 16h30."),
        L("Địa điểm: Hội trường Công ty TNHH Chế biến nông sản Thạnh Hóa."),
        L("Đảng viên được triệu tập: 26 đ/c; có mặt: 22 đ/c; vắng: 04 đ/c, cụ thể:"),
        L("+ Đ/c Lê Trung Nghĩa: trực ca sản xuất;"),
        L("+ Đ/c Trần Thị Phương Thảo: con ốm;"),
        L("+ Đ/c Võ Văn Nhân: không báo cáo;"),
        L("+ Đ/c Đặng Quốc Trung: đi công tác Campuchia."),
        L("Chủ trì: đ/c Châu Thành Tâm – Bí thư chi bộ, Giám đốc Công ty."),
        L("Thư ký: đ/c Nguyễn Hồ Bảo Trâm."),
    ], None, "14:00", "16:30", "Hội trường Công ty TNHH Chế biến nông sản Thạnh Hóa", "Châu Thành Tâm",
        "Bí thư chi bộ", "Nguyễn Hồ Bảo Trâm",
        attendance(26, 22, 4, 3, 1, 0, [("Lê Trung Nghĩa", "trực ca sản xuất", True),
                                        ("Trần Thị Phương Thảo", "con ốm", True),
                                        ("Võ Văn Nhân", "không báo cáo", False),
                                        ("Đặng Quốc Trung", "đi công tác Campuchia", True)]),
        ["low_attendance", "unexcused_absence"]),

    _opening("m-open-19", [
        P("Thời gian: 9 giờ 15 phút ngày 17/5/2024, tại hội trường ấp Tân Phú Hoà."),
        P("Đảng viên: 25 đ/c, trong đó miễn sinh hoạt 01 đ/c (đ/c Mai Văn Sáu – bệnh nặng, nằm một chỗ); dự họp 23 "
          "đ/c; vắng 01 đ/c Bùi Thị Ngọc Trinh (đi học lớp trung cấp chính trị)."),
        P("Khách mời: đ/c Lâm Thị Huỳnh Như – Phó Chủ tịch Ủy ban MTTQ Việt Nam xã."),
        L("Chủ trì: đ/c Ngô Hữu Lộc, Bí thư chi bộ;  Thư ký: đ/c Mai Ngọc Hân"),
    ], "2024-05-17", "09:15", None, "hội trường ấp Tân Phú Hoà", "Ngô Hữu Lộc", "Bí thư chi bộ", "Mai Ngọc Hân",
        attendance(25, 23, 1, 1, 0, 1, [("Bùi Thị Ngọc Trinh", "đi học lớp trung cấp chính trị", True)],
                   [("Lâm Thị Huỳnh Như", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")])),

    _opening("m-open-20", [
        P("Hôm nay, ngày 23 tháng 10 năm 2019, lúc mười bốn giờ ba mươi phút, Chi bộ ấp Hòa Lợi họp thường kỳ tại "
          "văn phòng ấp Hòa Lợi. Đảng viên của chi bộ 16 đồng chí, có mặt mười lăm đồng chí, vắng một đồng chí là "
          "đồng chí Bí thư Phan Thanh Tùng đang điều trị tại Bệnh viện Đa khoa Trung tâm Tiền Giang."),
        P("Đồng chí Nguyễn Thị Ánh Tuyết, Phó Bí thư chi bộ, chủ trì cuộc họp thay đồng chí Bí thư; thư ký là đồng "
          "chí Cao Minh Khang."),
    ], "2019-10-23", "14:30", None, "văn phòng ấp Hòa Lợi", "Nguyễn Thị Ánh Tuyết", "Phó Bí thư chi bộ",
        "Cao Minh Khang",
        attendance(16, 15, 1, 1, 0, 0, [("Phan Thanh Tùng", "đang điều trị tại Bệnh viện Đa khoa Trung tâm Tiền "
                                                            "Giang", True)])),
]


# ---------------------------------------------------------------------------------------------- bodies
def _body(pid, blocks, end, conclusion, resolutions, assignments, flags, ctx):
    return {"id": pid, "kind": "body", "blocks": blocks,
            "truth": {"end_time": end, "conclusion": conclusion, "resolutions": resolutions,
                      "assignments": assignments, "flags": list(flags)},
            "context": ctx}


def _ctx(chair, secretary, total, present, role="Bí thư chi bộ"):
    return {"chair": chair, "chair_role": role, "secretary": secretary, "total": total, "present": present}


BODIES = [
    # 01 Long An, rice hamlet: named opinions, conclusion heading with tasks folded in
    _body("m-body-01", [
        H("IV. THẢO LUẬN"),
        P("Đồng chí Nguyễn Văn Hoàng (Chi hội trưởng Chi hội Nông dân) phát biểu: vụ Đông Xuân năm nay nhiều hộ xuống "
          "giống trễ so với lịch của ngành nông nghiệp, nếu không nhắc sớm sẽ dễ bị rầy nâu tấn công; đề nghị chi bộ "
          "chỉ đạo mở lớp hướng dẫn bà con."),
        P("Đồng chí Phan Thị Hồng Gấm phát biểu: thống nhất với báo cáo; riêng đê bao cặp kênh Ranh còn hai chỗ bị "
          "sạt, mùa nước nổi vừa rồi nước tràn vô ruộng của 6 hộ, cần sửa trước khi xuống giống."),
        H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
        P("Đồng chí Trần Văn Nghĩa, Bí thư chi bộ kết luận: chi bộ ghi nhận các ý kiến đóng góp, thống nhất nội dung "
          "báo cáo và phương hướng tháng tới. Trong tháng cần tập trung mấy việc sau: giao đồng chí Nguyễn Văn Hoàng "
          "phối hợp với khuyến nông xã mở một lớp tập huấn phòng trừ rầy nâu cho bà con trước ngày 20/11; giao đồng "
          "chí Phan Thị Hồng Gấm cùng Tổ thủy lợi ấp khảo sát, lập dự toán sửa hai đoạn đê bao kênh Ranh, báo cáo "
          "chi ủy chậm nhất ngày 30/11; giao Chi đoàn ấp ra quân phát quang, vớt lục bình trên kênh Ranh, thực hiện "
          "hằng tuần."),
        P("Biểu quyết: 14/14 đồng chí dự họp tán thành (100%)."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Thư ký đọc lại biên bản, các đồng chí dự họp thống "
          "nhất thông qua, không có ý kiến bổ sung."),
    ], "21:15", True, [vote(14, None, None, 100, "thông qua kết luận")],
        [task("Nguyễn Văn Hoàng", "mở lớp tập huấn phòng trừ rầy nâu", "20/11"),
         task("Phan Thị Hồng Gấm", "khảo sát, lập dự toán sửa đê bao kênh Ranh", "30/11"),
         task("Chi đoàn ấp", "phát quang, vớt lục bình kênh Ranh", "hằng tuần")],
        [], _ctx("Trần Văn Nghĩa", "Lê Thị Mỹ Dung", 15, 14)),

    # 02 Tiền Giang, mango cooperative: "- Đ/c X:" opinions, numbered tasks, for/against/abstain
    _body("m-body-02", [
        H("4. Ý kiến thảo luận"),
        L("- Đ/c Võ Văn Sáng (Tổ trưởng tổ sản xuất số 1): giá xoài cát Hòa Lộc tháng này xuống thấp, thương lái ép "
          "giá; đề nghị HTX làm việc lại với công ty bao tiêu để giữ giá sàn như hợp đồng."),
        L("- Đ/c Huỳnh Thị Kim Loan: hồ sơ cấp mã số vùng trồng cho 12 ha mới còn thiếu nhật ký canh tác, nhiều xã "
          "viên ghi chưa đủ."),
        L("- Đ/c Trương Minh Tâm: trạm bơm tưới khu C bị hư một máy, cần sửa trước mùa khô."),
        H("5. Kết luận"),
        P("Đồng chí chủ trì kết luận thống nhất đánh giá kết quả tháng qua và các việc phải làm trong tháng tới như "
          "báo cáo đã nêu, đồng thời phân công như sau:"),
        L("1) Đ/c Lê Hữu Phước trực tiếp làm việc với Công ty Trái cây Đồng Tâm về giá bao tiêu, trong tháng 6."),
        L("2) Đ/c Huỳnh Thị Kim Loan hướng dẫn xã viên ghi nhật ký canh tác, hoàn thiện hồ sơ mã số vùng trồng trước "
          "ngày 25/6."),
        L("3) Đ/c Trương Minh Tâm phụ trách vận hành, bảo dưỡng trạm bơm khu C, thực hiện thường xuyên."),
        L("4) Tổ sản xuất số 1 họp xã viên phổ biến quy trình thu hoạch, phân loại trái đạt chuẩn xuất khẩu."),
        P("Chi bộ biểu quyết thông qua kết luận: tán thành 11, không tán thành 0, ý kiến khác 0."),
        P("Cuộc họp kết thúc hồi 10h45. Biên bản được đọc lại trước chi bộ và được nhất trí thông qua."),
    ], "10:45", True, [vote(11, 0, 0, None, "thông qua kết luận")],
        [task("Lê Hữu Phước", "làm việc với công ty về giá bao tiêu", "tháng 6"),
         task("Huỳnh Thị Kim Loan", "hướng dẫn ghi nhật ký, hồ sơ mã số vùng trồng", "25/6"),
         task("Trương Minh Tâm", "vận hành, bảo dưỡng trạm bơm khu C", "thường xuyên"),
         task("Tổ sản xuất số 1", "phổ biến quy trình thu hoạch, phân loại", None)],
        [], _ctx("Lê Hữu Phước", "Đỗ Thị Kim Xuyến", 11, 11)),

    # 03 Bến Tre, coconut and salinity: nobody named in the discussion
    _body("m-body-03", [
        H("IV. THẢO LUẬN"),
        P("Sau khi nghe báo cáo, chi bộ tập trung trao đổi về giá dừa khô và tình hình xâm nhập mặn. Các ý kiến nhất "
          "trí cao với báo cáo, thống nhất cần sớm gia cố cống ngăn mặn và vận động bà con trữ nước ngọt trong mùa "
          "khô."),
        H("V. KẾT LUẬN"),
        P("Thay mặt chi ủy, đồng chí Nguyễn Thị Thanh Thủy kết luận: mùa khô năm nay mặn vào sớm và sâu, chi bộ "
          "thống nhất ba việc trọng tâm là giữ cống, trữ nước ngọt và ổn định đầu ra cho trái dừa. Giao đồng chí Đoàn "
          "Văn Lực, Trưởng ấp, phối hợp Ban thủy lợi xã gia cố cống ngăn mặn đầu kênh Xẻo Sâu, xong trước ngày "
          "15/01/2020. Chi hội Phụ nữ ấp vận động hội viên chuẩn bị lu, khạp trữ nước ngọt, hoàn thành trong tháng "
          "12. Tổ hợp tác dừa Xẻo Sâu liên hệ các cơ sở thu mua, thông báo giá cho bà con hằng tuần."),
        P("Chi bộ biểu quyết nhất trí với kết luận: 20/20 đồng chí tán thành."),
        P("Buổi sinh hoạt kết thúc vào lúc 16 giờ 40 phút. Biên bản được đọc lại và cả chi bộ nhất trí thông qua."),
    ], "16:40", True, [vote(20, None, None, None, "thông qua kết luận")],
        [task("Đoàn Văn Lực", "gia cố cống ngăn mặn kênh Xẻo Sâu", "15/01/2020"),
         task("Chi hội Phụ nữ ấp", "vận động chuẩn bị lu, khạp trữ nước ngọt", "tháng 12"),
         task("Tổ hợp tác dừa Xẻo Sâu", "liên hệ thu mua, thông báo giá dừa", "hằng tuần")],
        ["no_discussion"], _ctx("Nguyễn Thị Thanh Thủy", "Trần Văn Hên", 22, 20)),

    # 04 Vĩnh Long: only the minutes are "voted"
    _body("m-body-04", [
        H("THẢO LUẬN:"),
        P("Đ/c Lê Văn Đực (tổ 3) đề nghị chi bộ sớm có ý kiến với xã về đoạn lộ nông thôn từ cầu Cái Sao vô xóm Rẫy "
          "bị lún, xe chở lúa không vô được."),
        P("Đ/c Nguyễn Thị Hồng Vân (Chi hội Phụ nữ) cho biết còn 5 hộ chưa mua thẻ bảo hiểm y tế hộ gia đình, trong "
          "đó 2 hộ khó khăn thật sự, đề nghị Ban công tác Mặt trận xét hỗ trợ."),
        H("KẾT LUẬN:"),
        P("Đồng chí Bí thư kết luận: chi bộ thống nhất kiến nghị Đảng ủy, UBND xã đưa đoạn lộ cầu Cái Sao – xóm Rẫy "
          "vào kế hoạch sửa chữa năm tới; trước mắt giao đồng chí Phạm Văn Nhanh, Trưởng ấp, vận động bà con góp đá, "
          "cát để dặm vá tạm, xong trong tháng 10. Ban công tác Mặt trận ấp rà soát, lập danh sách hộ khó khăn đề "
          "nghị hỗ trợ mua thẻ BHYT, gửi về xã trước ngày 25/10."),
        P("Cuộc họp kết thúc lúc 20 giờ 50 phút. Biên bản đã được đọc lại và được 12/12 đồng chí dự họp biểu quyết "
          "thông qua."),
    ], "20:50", True, [],
        [task("Phạm Văn Nhanh", "vận động góp đá, cát dặm vá lộ", "tháng 10"),
         task("Ban công tác Mặt trận ấp", "lập danh sách hộ khó khăn hỗ trợ thẻ BHYT", "25/10")],
        ["missing_vote"], _ctx("Võ Thành Lợi", "Nguyễn Thị Yến Nhi", 13, 12)),

    # 05 Cần Thơ ward: only general calls
    _body("m-body-05", [
        H("IV. Ý KIẾN THẢO LUẬN"),
        P("Đồng chí Phạm Thị Tuyết Mai phát biểu: mấy tháng nay một số thanh niên tụ tập chạy xe lạng lách trên "
          "đường bờ kè rạch Mương Khai vào ban đêm, người dân rất bức xúc, đề nghị tăng cường tuần tra."),
        P("Đồng chí Trần Văn Tốt (tổ nhân dân tự quản số 7) cho rằng việc phân loại rác tại nguồn mới làm được ở vài "
          "tổ, đa số hộ vẫn bỏ chung một bao."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Lâm Quang Vinh kết luận: chi bộ ghi nhận kết quả đạt được trong tháng. Về an ninh trật tự, đề "
          "nghị các đồng chí đảng viên nắm chắc tình hình ở tổ mình, phát hiện nhóm thanh niên tụ tập thì báo ngay "
          "cho Công an phường; về môi trường, mỗi đảng viên phải gương mẫu phân loại rác tại gia đình và nhắc nhở các "
          "hộ xung quanh. Toàn thể đảng viên tiếp tục thực hiện nghiêm những điều đảng viên không được làm."),
        P("Chi bộ biểu quyết thông qua kết luận với tỷ lệ 100% (27/27)."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ. Biên bản đã được đọc lại cho chi bộ nghe và được thông qua."),
    ], "21:00", True, [vote(27, None, None, 100, "thông qua kết luận")], [],
        ["missing_assignments"], _ctx("Lâm Quang Vinh", "Huỳnh Ngọc Trâm", 30, 27)),

    # 06 Hậu Giang, pineapple: heading promises a conclusion that never comes
    _body("m-body-06", [
        H("IV. THẢO LUẬN, KẾT LUẬN"),
        P("Đ/c Nguyễn Văn Thiện: khóm Cầu Đúc vụ này trúng mùa nhưng giá thấp, bà con lo. Đề nghị chi bộ kiến nghị "
          "xã kết nối thêm doanh nghiệp thu mua."),
        P("Đ/c Lê Thị Bích Tuyền: đợt rà soát hộ nghèo cuối năm cần làm kỹ, tránh bỏ sót hộ cận nghèo mới phát sinh "
          "vì bệnh tật."),
        P("Đ/c Huỳnh Văn Được: nhất trí báo cáo; đề nghị bổ sung vào phương hướng việc thay cầu khỉ ở kênh Tư Bé."),
        H("V. BIỂU QUYẾT"),
        P("Chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng 11 (có bổ sung ý kiến của đ/c Huỳnh Văn Được): "
          "16/16 đồng chí tán thành, đạt tỷ lệ 100%."),
        H("VI. PHÂN CÔNG"),
        P("- Đ/c Lê Thị Bích Tuyền cùng Ban điều hành ấp rà soát hộ nghèo, cận nghèo; nộp danh sách cho UBND xã "
          "trước ngày 10/11."),
        P("- Đ/c Huỳnh Văn Được vận động nhân dân góp ngày công, vật liệu thay cầu khỉ kênh Tư Bé bằng cầu bê tông, "
          "hoàn thành trước Tết Nguyên đán."),
        P("Họp kết thúc 16 giờ 30. Biên bản đọc lại, thông qua."),
    ], "16:30", False, [vote(16, None, None, 100, "thông qua phương hướng tháng 11")],
        [task("Lê Thị Bích Tuyền", "rà soát hộ nghèo, cận nghèo", "10/11"),
         task("Huỳnh Văn Được", "vận động thay cầu khỉ kênh Tư Bé", "Tết Nguyên đán")],
        ["missing_conclusion"], _ctx("Đặng Văn Giàu", "Lê Thị Cẩm Tú", 17, 16)),

    # 07 Sóc Trăng, Khmer hamlet: not read back
    _body("m-body-07", [
        H("Thảo luận"),
        P("Đồng chí Danh Sóc Khô (Phó ấp) phát biểu: dịp lễ Sene Đôlta sắp tới bà con về chùa đông, thanh niên đi làm "
          "ăn xa cũng về quê, cần chú ý an toàn giao thông và phòng chống trộm xe máy ở khu vực chùa."),
        P("Đồng chí Kim Thị Ni phát biểu: đề nghị ấp hỗ trợ bà con Khmer nghèo làm thủ tục vay vốn chăn nuôi bò sinh "
          "sản theo chương trình của huyện."),
        H("Kết luận"),
        P("Đồng chí Thạch Sô Vanl kết luận: chi bộ thống nhất với báo cáo, tháng tới tập trung lo cho bà con vui lễ "
          "an toàn và tiếp cận nguồn vốn. Giao Tổ an ninh ấp phối hợp Ban quản trị chùa Kh'leang Sà Lôn bố trí lực "
          "lượng giữ xe, trực an ninh, hoàn tất việc bố trí trước lễ Sene Đôlta. Đồng chí Kim Thị Ni phối hợp với Tổ "
          "tiết kiệm và vay vốn ấp lập danh sách hộ có nhu cầu vay nuôi bò, nộp Ngân hàng Chính sách xã hội trước "
          "ngày 30/9."),
        P("Chi bộ biểu quyết: 13/13 đồng chí nhất trí."),
        P("Họp xong 20h."),
    ], "20:00", True, [vote(13, None, None, None, "thông qua kết luận")],
        [task("Tổ an ninh ấp", "giữ xe, trực an ninh dịp lễ", "lễ Sene Đôlta"),
         task("Kim Thị Ni", "lập danh sách hộ vay nuôi bò", "30/9")],
        ["not_approved"], _ctx("Thạch Sô Vanl", "Lâm Thị Sa Rinh", 14, 13)),

    # 08 Tây Ninh rubber farm: table of opinions, tasks table, two votes
    _body("m-body-08", [
        H("IV. CÁC Ý KIẾN THAM GIA"),
        T([(0.06, "TT", "c"), (0.32, "Đảng viên phát biểu", "l"), (0.62, "Nội dung", "l")],
          [["1", "Đ/c Phạm Văn Kha – Đội trưởng Đội 2",
            "Sản lượng mủ quý III đạt 96% kế hoạch; đề nghị bổ sung 3 công nhân cạo cho lô 14 vì có người nghỉ việc."],
           ["2", "Đ/c Bùi Thị Ngọc Lan – Chủ tịch Công đoàn bộ phận",
            "Đề nghị quan tâm chế độ bồi dưỡng độc hại cho công nhân tổ chế biến mủ tạp."],
           ["3", "Đ/c Đinh Công Thắng",
            "Tình trạng trộm mủ ban đêm ở các lô giáp đường tuần tra biên giới có chiều hướng tăng."]]),
        H("V. KẾT LUẬN"),
        P("Đồng chí Bí thư chi bộ tổng hợp ý kiến và kết luận: quý III nông trường hoàn thành cơ bản chỉ tiêu sản "
          "lượng; quý IV tập trung giữ sản lượng, chăm lo đời sống công nhân và bảo vệ vườn cây. Phân công cụ thể theo "
          "bảng dưới đây."),
        T([(0.06, "TT", "c"), (0.44, "Nội dung công việc", "l"), (0.28, "Người/bộ phận thực hiện", "l"),
           (0.22, "Thời hạn", "l")],
          [["1", "Tuyển, bố trí bổ sung công nhân cạo lô 14", "Đ/c Phạm Văn Kha", "Trước 15/11/2024"],
           ["2", "Đề xuất Ban Giám đốc điều chỉnh mức bồi dưỡng độc hại", "Công đoàn bộ phận", "Tháng 11/2024"],
           ["3", "Tăng cường tuần tra bảo vệ vườn cây ban đêm", "Tổ bảo vệ Nông trường", "Thường xuyên"]]),
        H("VI. BIỂU QUYẾT"),
        P("- Thông qua kết luận của đồng chí chủ trì: 22/22 đồng chí có mặt tán thành, đạt 100%."),
        P("- Đề nghị công nhận đảng viên chính thức đối với đồng chí Lê Hoàng Thuận: 21/21 đảng viên chính thức có "
          "mặt tán thành (100%)."),
        P("Buổi sinh hoạt kết thúc lúc 11 giờ 20 phút. Biên bản được đọc lại, toàn thể đảng viên dự họp nhất trí "
          "thông qua."),
    ], "11:20", True, [vote(22, None, None, 100, "thông qua kết luận"),
                       vote(21, None, None, 100, "công nhận đảng viên chính thức Lê Hoàng Thuận")],
        [task("Phạm Văn Kha", "bổ sung công nhân cạo lô 14", "15/11/2024"),
         task("Công đoàn bộ phận", "đề xuất điều chỉnh bồi dưỡng độc hại", "Tháng 11/2024"),
         task("Tổ bảo vệ Nông trường", "tuần tra bảo vệ vườn cây ban đêm", "Thường xuyên")],
        [], _ctx("Nguyễn Hữu Trí", "Trịnh Thị Thu Hà", 24, 22)),

    # 09 Cà Mau shrimp hamlet: questions and answers, "+ Đồng chí X:" tasks, vote in words
    _body("m-body-09", [
        H("IV/ THẢO LUẬN"),
        P("Đ/c Nguyễn Văn Rớt hỏi: chương trình hỗ trợ con giống tôm sú cho hộ nghèo năm nay ấp mình được mấy suất, "
          "khi nào cấp?"),
        P("Đ/c Bí thư trả lời: ấp được phân bổ 9 suất, xã dự kiến cấp trong tháng tới; hộ nào đủ điều kiện thì ban "
          "ấp bình xét công khai."),
        P("Đ/c Lê Văn Tư hỏi: đoạn bờ bao vuông tôm giáp rừng phòng hộ bị sạt lở có được đầu tư gia cố không?"),
        P("Đ/c Bí thư trả lời: xã đã ghi nhận, đang chờ huyện phân bổ vốn; trước mắt bà con tự đắp tạm."),
        H("V/ KẾT LUẬN"),
        P("Thay mặt chi ủy, đồng chí Huỳnh Văn Chiến kết luận: nhất trí báo cáo; tháng tới chi bộ lãnh đạo làm tốt "
          "việc bình xét hỗ trợ con giống, vận động bà con cải tạo vuông tôm sau thu hoạch, giữ an ninh trên sông "
          "rạch. Phân công:"),
        L("+ Đồng chí Nguyễn Văn Rớt: cùng Ban nhân dân ấp tổ chức bình xét, niêm yết công khai danh sách hộ nhận hỗ "
          "trợ con giống, trước ngày 10/12."),
        L("+ Đồng chí Lê Văn Tư: nắm tình hình sạt lở bờ bao, báo cáo chi ủy tại kỳ họp sau."),
        L("+ Chi hội Cựu chiến binh: phối hợp Tổ an ninh ấp tuần tra ban đêm trên sông Bảy Háp, hằng tuần."),
        P("Chi bộ biểu quyết thông qua kết luận: mười hai trên mười hai đồng chí tán thành."),
        P("Buổi sinh hoạt kết thúc lúc 17 giờ 10 phút, biên bản được đọc lại và được chi bộ nhất trí thông qua."),
    ], "17:10", True, [vote(12, None, None, None, "thông qua kết luận")],
        [task("Nguyễn Văn Rớt", "bình xét, niêm yết danh sách hỗ trợ con giống", "10/12"),
         task("Lê Văn Tư", "nắm tình hình sạt lở bờ bao, báo cáo", "kỳ họp sau"),
         task("Chi hội Cựu chiến binh", "tuần tra ban đêm trên sông", "hằng tuần")],
        [], _ctx("Huỳnh Văn Chiến", "Tô Thị Kim Ngọc", 12, 12)),

    # 10 Long An, dragon fruit: opinions by role only, task to a role
    _body("m-body-10", [
        H("4. Thảo luận"),
        P("Đồng chí Trưởng ấp đề nghị chi bộ chỉ đạo các đoàn thể nhắc bà con xông đèn thanh long đúng giờ, tránh "
          "quá tải trạm biến áp như tháng trước."),
        P("Đ/c Chi hội trưởng Phụ nữ báo cáo thêm: quỹ tiết kiệm của chi hội đã giải ngân cho 7 chị vay, chưa có "
          "trường hợp nợ quá hạn."),
        P("Đồng chí phụ trách Chi đoàn đề nghị cho thanh niên mượn sân nhà văn hóa để tập bóng đá chiều thứ bảy."),
        H("5. Kết luận"),
        P("Đ/c chủ trì kết luận: thống nhất cho Chi đoàn sử dụng sân nhà văn hóa vào chiều thứ bảy, nhưng phải giữ "
          "vệ sinh; đồng chí Trưởng ấp làm việc với Điện lực để bố trí lại lịch xông đèn theo từng cụm, xong trong "
          "tháng này; Phó Bí thư chi bộ theo dõi quỹ tiết kiệm của các chi hội, báo cáo vào cuối quý."),
        P("Chi bộ giơ tay biểu quyết, nhất trí 100% với kết luận của đồng chí chủ trì."),
        P("Kết thúc cuộc họp lúc 21 giờ 30. Biên bản đã đọc lại, thông qua."),
    ], "21:30", True, [vote(None, None, None, 100, "thông qua kết luận")],
        [task("Trưởng ấp", "làm việc với Điện lực bố trí lịch xông đèn", "tháng này"),
         task("Phó Bí thư chi bộ", "theo dõi quỹ tiết kiệm các chi hội", "cuối quý")],
        [], _ctx("Trương Thị Ngọc Dung", "Nguyễn Văn Mến", 20, 19)),

    # 11 Bình Phước cashew, S'tiêng hamlet: admission vote, passive tasks
    _body("m-body-11", [
        H("IV. THẢO LUẬN"),
        P("Đ/c Điểu Thanh Bình phát biểu: năm nay điều mất mùa do mưa trái mùa đúng lúc ra bông, năng suất giảm gần "
          "một nửa, nhiều hộ đồng bào S'tiêng lo trả nợ vay. Đề nghị chi bộ có ý kiến để ngân hàng xem xét gia hạn."),
        P("Đ/c Trần Văn Cường (Bí thư Chi đoàn) báo cáo: quần chúng Điểu Thị Ngọc Ánh đã học xong lớp bồi dưỡng nhận "
          "thức về Đảng, hồ sơ đầy đủ, Chi đoàn đề nghị chi bộ xem xét kết nạp."),
        H("V. KẾT LUẬN VÀ BIỂU QUYẾT"),
        P("Đồng chí Nguyễn Thanh Xuân kết luận: chi bộ thống nhất đề nghị Đảng ủy xã làm việc với Ngân hàng Chính "
          "sách xã hội huyện về gia hạn nợ cho các hộ mất mùa; tiếp tục vận động bà con chăm sóc, tỉa cành vườn điều "
          "sau thu hoạch, không chặt điều chuyển sang cây khác khi chưa có hướng dẫn."),
        P("Biểu quyết thông qua kết luận: 17/17 đồng chí tán thành."),
        P("Biểu quyết đề nghị kết nạp quần chúng Điểu Thị Ngọc Ánh vào Đảng: tán thành 16 đồng chí, không tán thành "
          "01 đồng chí, đạt 94,1%."),
        H("VI. PHÂN CÔNG NHIỆM VỤ"),
        P("Việc lập danh sách các hộ mất mùa cần gia hạn nợ được giao cho đ/c Điểu Thanh Bình, gửi Đảng ủy xã trước "
          "ngày 05/6."),
        P("Hồ sơ đề nghị kết nạp đảng viên được giao cho đồng chí Phó Bí thư chi bộ Lê Thị Hương hoàn chỉnh, trình "
          "Đảng ủy xã trong tháng 6."),
        P("Đồng chí Trần Văn Cường được phân công tiếp tục giúp đỡ quần chúng Điểu Thị Ngọc Ánh."),
        P("Cuộc họp kết thúc lúc 15 giờ 45 phút cùng ngày. Biên bản được đọc lại và thông qua, các đồng chí dự họp "
          "không có ý kiến khác."),
    ], "15:45", True, [vote(17, None, None, None, "thông qua kết luận"),
                       vote(16, 1, None, 94.1, "kết nạp quần chúng Điểu Thị Ngọc Ánh")],
        [task("Điểu Thanh Bình", "lập danh sách hộ mất mùa cần gia hạn nợ", "05/6"),
         task("Lê Thị Hương", "hoàn chỉnh hồ sơ kết nạp đảng viên", "tháng 6"),
         task("Trần Văn Cường", "giúp đỡ quần chúng Điểu Thị Ngọc Ánh", None)],
        [], _ctx("Nguyễn Thanh Xuân", "Điểu Thị Hạnh", 18, 17)),

    # 12 Sóc Trăng Khmer hamlet: numbered conclusion, groups, Khmer New Year
    _body("m-body-12", [
        H("Ý kiến thảo luận"),
        L("- Đ/c Thạch Văn Đa (Trưởng Ban công tác Mặt trận ấp): còn 11 hộ nghèo và 4 hộ chính sách cần thăm hỏi dịp "
          "Tết Chôl Chnăm Thmây; quà năm nay có mạnh thường quân ở thị xã hỗ trợ thêm."),
        L("- Đ/c Sơn Thị Kim Hoa: 6 hộ muốn vay vốn nuôi dê nhưng chưa biết làm hồ sơ."),
        L("- Đ/c Lý Văn Rên: đề nghị nhắc thanh niên không uống rượu rồi chạy xe trong mấy ngày Tết."),
        H("Kết luận"),
        P("Đồng chí chủ trì kết luận:"),
        L("1. Chi bộ thống nhất với báo cáo tình hình tháng 3 và phương hướng tháng 4."),
        L("2. Ban công tác Mặt trận ấp phối hợp Ban quản trị chùa vận động bà con đón Tết tiết kiệm, an toàn; thăm, "
          "tặng quà hộ nghèo, hộ chính sách trước Tết Chôl Chnăm Thmây."),
        L("3. Tổ an ninh ấp lập kế hoạch trực, tuần tra trong những ngày Tết, nộp chi ủy trước ngày 10/4."),
        L("4. Giao đồng chí Sơn Thị Kim Hoa hướng dẫn 6 hộ làm hồ sơ vay vốn nuôi dê, xong trước 20/4."),
        P("Các đồng chí dự họp giơ tay biểu quyết thông qua kết luận: 10/10 đồng chí, đạt 100%."),
        P("Buổi sinh hoạt kết thúc lúc 11 giờ 30 phút. Biên bản được đọc lại và nhất trí thông qua."),
    ], "11:30", True, [vote(10, None, None, 100, "thông qua kết luận")],
        [task("Ban công tác Mặt trận ấp", "thăm, tặng quà hộ nghèo, hộ chính sách", "Tết Chôl Chnăm Thmây"),
         task("Tổ an ninh ấp", "lập kế hoạch trực, tuần tra ngày Tết", "10/4"),
         task("Sơn Thị Kim Hoa", "hướng dẫn hồ sơ vay vốn nuôi dê", "20/4")],
        [], _ctx("Sơn Văn Chanh", "Lâm Thị Sô Phia", 10, 10)),

    # 13 Tiền Giang: two members share a task, tasks over two sentences
    _body("m-body-13", [
        H("IV. THẢO LUẬN"),
        P("Đồng chí Nguyễn Văn Sơn phát biểu: việc vận động hiến đất làm đường đal liên tổ 5–6 mới được 22/36 hộ ký "
          "cam kết; số hộ còn lại chủ yếu có vườn sầu riêng sát lộ, sợ ảnh hưởng rễ cây."),
        P("Đồng chí Lê Thị Mai Anh cho rằng nên mời cán bộ kỹ thuật giải thích cho bà con về khoảng cách an toàn cho "
          "rễ cây, đồng thời ấp cần công khai phần đóng góp của từng hộ."),
        P("Đồng chí Trần Hữu Nghị (Chi hội trưởng Cựu chiến binh) đề nghị có ban giám sát cộng đồng khi công trình "
          "khởi công."),
        H("V. KẾT LUẬN CỦA CHỦ TRÌ"),
        P("Đồng chí Đỗ Văn Hiền kết luận: con đường là nguyện vọng lâu nay của bà con hai tổ, chi bộ phải quyết tâm "
          "làm cho được. Giao đồng chí Nguyễn Văn Sơn và đồng chí Lê Thị Mai Anh trực tiếp gặp từng hộ còn lại để vận "
          "động hiến đất. Việc ký cam kết phải xong trước ngày 30/11."),
        P("Đồng chí Trần Hữu Nghị được giao thành lập Ban giám sát đầu tư của cộng đồng gồm đại diện Cựu chiến binh, "
          "Phụ nữ và người dân hai tổ; danh sách trình chi ủy tại kỳ họp tháng 12."),
        P("Chi bộ biểu quyết: tán thành 15/15 (100%)."),
        P("Sinh hoạt kết thúc 20 giờ 40. Biên bản được thư ký đọc lại, chi bộ nhất trí thông qua."),
    ], "20:40", True, [vote(15, None, None, 100, "thông qua kết luận")],
        [task("Nguyễn Văn Sơn", "vận động hiến đất làm đường", "30/11"),
         task("Lê Thị Mai Anh", "vận động hiến đất làm đường", "30/11"),
         task("Trần Hữu Nghị", "thành lập Ban giám sát đầu tư cộng đồng", "kỳ họp tháng 12")],
        [], _ctx("Đỗ Văn Hiền", "Phạm Thị Thanh Trúc", 16, 15)),

    # 14 Vĩnh Long: members volunteer, the conclusion only calls on everyone
    _body("m-body-14", [
        H("IV. THẢO LUẬN"),
        P("Đ/c Lê Văn Lâm (tổ 2) phát biểu: người dân trong ấp còn e ngại tham gia bảo hiểm xã hội tự nguyện vì phải "
          "đóng lâu mới được hưởng; đ/c xin nhận vận động 3 hộ ở tổ 2 tham gia trong quý này."),
        P("Đ/c Trần Thị Ánh Hồng phát biểu: đợt ra quân làm sạch kênh nội đồng vừa rồi ít thanh niên tham gia; đồng "
          "chí tình nguyện đứng ra rủ thanh niên tổ 5 cho đợt tới."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Phạm Văn Hồng kết luận: chi bộ ghi nhận tinh thần xung phong của các đồng chí Lâm, Ánh Hồng. Thời "
          "gian tới đề nghị mỗi đảng viên vận động ít nhất một hộ tham gia BHXH tự nguyện; toàn thể đảng viên gương "
          "mẫu tham gia các đợt ra quân vệ sinh môi trường, giữ gìn tuyến đường hoa của ấp."),
        P("Biểu quyết: 18/18 đ/c tán thành."),
        P("Buổi sinh hoạt kết thúc lúc 20h30'. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
    ], "20:30", True, [vote(18, None, None, None, "thông qua kết luận")], [],
        ["missing_assignments"], _ctx("Phạm Văn Hồng", "Nguyễn Thị Kim Thoa", 19, 18)),

    # 15 Bạc Liêu salt fields: "Chi bộ thống nhất:" as the conclusion
    _body("m-body-15", [
        H("IV. THẢO LUẬN"),
        P("Đ/c Trần Văn Tài (tổ hợp tác muối) phát biểu: giá muối hạt đầu vụ chỉ còn 800 đồng/kg, diêm dân lỗ vốn; "
          "kho chứa của tổ hợp tác đã gần đầy, nếu mưa sớm thì thiệt hại lớn."),
        P("Đ/c Mã Thị Sen phát biểu: nhiều hộ nghèo chưa có bạt trải nền theo mô hình muối sạch, đề nghị xin hỗ trợ."),
        H("V. KẾT LUẬN"),
        P("Sau khi nghe các ý kiến, Chi bộ thống nhất:"),
        L("(1) Tiếp tục sản xuất muối trải bạt, không bán tháo khi giá thấp; vận động diêm dân gửi muối vào kho chung."),
        L("(2) Tổ hợp tác sản xuất muối sạch Long Điền Đông liên hệ công ty chế biến muối để ký hợp đồng tiêu thụ, "
          "chậm nhất ngày 10/4."),
        L("(3) Đồng chí Mã Thị Sen cùng Chi hội Phụ nữ ấp lập danh sách hộ diêm dân nghèo cần hỗ trợ bạt trải, trình "
          "Ban nhân dân ấp trong tháng 3."),
        L("(4) Đồng chí Tiêu Văn Phước, Trưởng ấp, kiểm tra, sửa lại cống lấy nước vào ruộng muối, xong trước ngày "
          "25/3."),
        P("Chi bộ giơ tay biểu quyết: 13/13 đồng chí tán thành kết luận."),
        P("Cuộc họp kết thúc lúc 15h20'. Biên bản được đọc lại và được các đồng chí dự họp thông qua."),
    ], "15:20", True, [vote(13, None, None, None, "thông qua kết luận")],
        [task("Tổ hợp tác sản xuất muối sạch Long Điền Đông", "ký hợp đồng tiêu thụ muối", "10/4"),
         task("Mã Thị Sen", "lập danh sách hộ nghèo cần hỗ trợ bạt", "tháng 3"),
         task("Tiêu Văn Phước", "sửa cống lấy nước ruộng muối", "25/3")],
        [], _ctx("Quách Văn Nghĩa", "Tiêu Thị Hồng Nhung", 14, 13)),

    # 16 Cần Thơ orchard: a conclusion that says nothing
    _body("m-body-16", [
        H("IV. THẢO LUẬN"),
        L("- Đ/c Lê Văn Chắc: khách du lịch về vườn chôm chôm, sầu riêng ven sông ngày càng đông; đề nghị ấp làm "
          "tuyến đường hoa dọc lộ liên ấp cho đẹp."),
        L("- Đ/c Nguyễn Thị Mỹ Xuyên: quỹ khuyến học của ấp còn ít, cần vận động mạnh thường quân trước năm học mới."),
        L("- Đ/c Phạm Hoàng Việt: mùa bóng đá vừa rồi có mấy thanh niên trong ấp dính cá độ qua mạng."),
        H("V. KẾT LUẬN"),
        P("Đồng chí chủ trì kết luận: nhất trí với các ý kiến phát biểu của các đồng chí."),
        H("VI. PHÂN CÔNG"),
        P("Giao đ/c Lê Văn Chắc cùng Ban điều hành ấp khảo sát, lên phương án trồng hoa dọc lộ liên ấp, báo cáo trong "
          "tháng 9. Giao Chi hội Khuyến học ấp vận động nhà hảo tâm ủng hộ quỹ khuyến học trước lễ khai giảng năm học "
          "mới. Chi đoàn ấp phối hợp Công an xã tuyên truyền phòng chống cá độ trong đoàn viên, thanh niên, thường "
          "xuyên."),
        P("Chi bộ biểu quyết thông qua phương hướng tháng 9: 20/20 đ/c tán thành."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 20. Biên bản đã đọc lại, được chi bộ thông qua."),
    ], "21:20", False, [vote(20, None, None, None, "thông qua phương hướng tháng 9")],
        [task("Lê Văn Chắc", "phương án trồng hoa dọc lộ liên ấp", "tháng 9"),
         task("Chi hội Khuyến học ấp", "vận động ủng hộ quỹ khuyến học", "lễ khai giảng năm học mới"),
         task("Chi đoàn ấp", "tuyên truyền phòng chống cá độ", "thường xuyên")],
        ["missing_conclusion"], _ctx("Nguyễn Hoàng Em", "Võ Thị Cẩm Giang", 21, 20)),

    # 17 Long An garment company: for / against / abstain with a percentage
    _body("m-body-17", [
        H("IV. THẢO LUẬN"),
        P("Đồng chí Nguyễn Thị Thanh Hương (Chủ tịch Công đoàn công ty) phát biểu: tháng qua phân xưởng may 2 tăng ca "
          "liên tục, nhiều công nhân nữ có con nhỏ xin nghỉ; cần sắp xếp ca hợp lý để giữ người lao động."),
        P("Đồng chí Lê Quang Vũ (Quản đốc phân xưởng may 2) phát biểu: đơn hàng quý IV nhiều, nhưng nếu chia ca lại "
          "và bổ sung 15 công nhân thời vụ thì vẫn bảo đảm tiến độ."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Hồ Văn Tiến kết luận: chi bộ thống nhất phải vừa bảo đảm đơn hàng vừa bảo vệ quyền lợi người lao "
          "động. Đồng chí Lê Quang Vũ phụ trách bố trí lại ca làm ở phân xưởng may 2, bảo đảm không tăng ca quá 40 "
          "giờ/tháng, thực hiện trong tháng 11. Công đoàn công ty tổ chức đối thoại với công nhân về tiền lương, "
          "thưởng Tết, trước ngày 15/12."),
        P("Kết quả biểu quyết thông qua kết luận: tán thành 15 đ/c (93,75%); không tán thành 01 đ/c; không có ý kiến "
          "khác."),
        P("Cuộc họp kết thúc lúc 16 giờ 55 phút. Thư ký đã đọc lại biên bản và được chi bộ nhất trí thông qua."),
    ], "16:55", True, [vote(15, 1, 0, 93.75, "thông qua kết luận")],
        [task("Lê Quang Vũ", "bố trí lại ca làm phân xưởng may 2", "tháng 11"),
         task("Công đoàn công ty", "đối thoại với công nhân về lương, thưởng Tết", "15/12")],
        [], _ctx("Hồ Văn Tiến", "Ngô Thị Bảo Ngọc", 17, 16)),

    # 18 Bến Tre: nickname, title before a name, quarter deadline
    _body("m-body-18", [
        H("IV. THẢO LUẬN"),
        P("Đ/c Trần Văn Mãi (tổ NDTQ số 4) phát biểu: tuyến đường đal liên ấp bị bể nhiều đoạn sau mùa mưa, ban đêm "
          "đi lại rất nguy hiểm."),
        P("Đ/c Lê Thị Thanh Xuân (Chi hội trưởng Phụ nữ) phát biểu: mô hình tiết kiệm “heo đất” đã giúp 3 chị có vốn "
          "mua dê giống; đề nghị chi bộ cho nhân rộng."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Phan Văn Dũng kết luận, yêu cầu thực hiện ngay các việc sau:"),
        L("- Giao đ/c Nguyễn Văn Tám (Tám Lửa), Phó Trưởng ấp, lập danh sách các đoạn đường đal hư hỏng, đề xuất "
          "phương án sửa theo cách “Nhà nước và nhân dân cùng làm”, gửi UBND xã chậm nhất ngày 15/11."),
        L("- Chi hội Phụ nữ nhân rộng mô hình tiết kiệm giúp nhau phát triển chăn nuôi ra các tổ, hoàn thành trong "
          "quý I/2025."),
        L("- Trưởng ấp Lê Văn Phú chịu trách nhiệm rà soát các hộ có nguy cơ tái nghèo, trước kỳ họp tháng 12."),
        P("Chi bộ biểu quyết thông qua kết luận: 23/23 đ/c tán thành, đạt 100%."),
        P("Buổi sinh hoạt kết thúc lúc 21h05'. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
    ], "21:05", True, [vote(23, None, None, 100, "thông qua kết luận")],
        [task("Nguyễn Văn Tám", "lập danh sách đường đal hư hỏng, đề xuất phương án", "15/11"),
         task("Chi hội Phụ nữ", "nhân rộng mô hình tiết kiệm", "quý I/2025"),
         task("Lê Văn Phú", "rà soát hộ có nguy cơ tái nghèo", "kỳ họp tháng 12")],
        [], _ctx("Phan Văn Dũng", "Võ Thị Bạch Tuyết", 25, 23)),

    # 19 Hậu Giang rice cooperative: "một số ý kiến" only
    _body("m-body-19", [
        H("4. THẢO LUẬN"),
        P("Một số ý kiến đề nghị HTX xem lại giá dịch vụ bơm tưới vụ Thu Đông vì giá điện tăng; có ý kiến cho rằng "
          "cần sớm ký hợp đồng bao tiêu lúa với doanh nghiệp trước khi xuống giống. Các ý kiến đều thống nhất với báo "
          "cáo của Ban quản trị."),
        H("5. KẾT LUẬN"),
        P("Đồng chí Trần Thanh Hải kết luận: giữ nguyên giá bơm tưới vụ Thu Đông như vụ Hè Thu, phần chênh lệch HTX "
          "bù từ quỹ phát triển sản xuất; giao đ/c Lý Văn Nhỏ, Phó Giám đốc HTX, làm việc với Công ty Lương thực Sông "
          "Hậu ký hợp đồng bao tiêu trước ngày 05/8; Tổ sản xuất số 2 theo dõi mực nước kênh, báo cáo Ban quản trị "
          "hằng tuần; Tổ kỹ thuật HTX thăm đồng, dự báo sâu bệnh, thông báo cho xã viên thường xuyên."),
        P("Biểu quyết: 9/9 đảng viên tán thành."),
        P("Cuộc họp kết thúc hồi 10 giờ 20 phút. Biên bản được đọc lại và được thông qua tại cuộc họp."),
    ], "10:20", True, [vote(9, None, None, None, "thông qua kết luận")],
        [task("Lý Văn Nhỏ", "ký hợp đồng bao tiêu lúa", "05/8"),
         task("Tổ sản xuất số 2", "theo dõi mực nước kênh, báo cáo", "hằng tuần"),
         task("Tổ kỹ thuật HTX", "thăm đồng, dự báo sâu bệnh", "thường xuyên")],
        ["no_discussion"], _ctx("Trần Thanh Hải", "Lý Ngọc Bích", 9, 9)),

    # 20 market with Hoa traders: "+" task list, counts with "không"
    _body("m-body-20", [
        H("Ý kiến thảo luận:"),
        P("Đ/c Lương Huệ Mẫn (ngành hàng vải sợi) phát biểu: gần Tết sức mua tăng, nhưng lối đi giữa các sạp bị lấn "
          "chiếm, khách khó đi, lại dễ cháy; đề nghị Ban quản lý chợ làm mạnh việc giữ lối đi."),
        P("Đ/c Hứa Văn Đạt cho biết khu hàng khô còn 2 mắt camera hư từ tháng trước chưa sửa."),
        P("Đ/c Trần Thị Út Mười (tổ trưởng tổ tự quản số 3): tiểu thương người Hoa ở dãy A muốn treo đèn lồng trang "
          "trí dịp Tết, cần hướng dẫn bảo đảm an toàn điện."),
        H("Kết luận:"),
        P("Đồng chí Quan Ngọc Trân kết luận: chi bộ thống nhất đặt an toàn phòng cháy lên hàng đầu trong mùa mua sắm "
          "Tết, giữ chợ văn minh, đoàn kết tiểu thương. Phân công:"),
        L("+ Ban quản lý chợ: lập phương án phòng cháy chữa cháy, kiểm tra hệ thống điện toàn chợ trước Tết Nguyên "
          "đán."),
        L("+ Đồng chí Hứa Văn Đạt: liên hệ đơn vị lắp đặt sửa 2 camera khu hàng khô, xong trong tuần này."),
        L("+ Tổ tự quản số 3: nhắc tiểu thương giữ lối đi thông thoáng, hằng ngày."),
        L("+ Đồng chí Lương Huệ Mẫn: vận động bà con tiểu thương người Hoa góp quỹ “Vì người nghèo”, tổng hợp trong "
          "tháng 12."),
        P("Biểu quyết thông qua kết luận — Tán thành: 08/08 đ/c; không tán thành: không; ý kiến khác: không."),
        P("Buổi họp chấm dứt lúc 17 giờ. Biên bản được đọc lại cho mọi người cùng nghe, không ai có ý kiến khác, nhất "
          "trí thông qua."),
    ], "17:00", True, [vote(8, 0, 0, None, "thông qua kết luận")],
        [task("Ban quản lý chợ", "phương án PCCC, kiểm tra điện toàn chợ", "Tết Nguyên đán"),
         task("Hứa Văn Đạt", "sửa 2 camera khu hàng khô", "tuần này"),
         task("Tổ tự quản số 3", "nhắc giữ lối đi thông thoáng", "hằng ngày"),
         task("Lương Huệ Mẫn", "vận động góp quỹ Vì người nghèo", "tháng 12")],
        [], _ctx("Quan Ngọc Trân", "Hứa Văn Đạt", 8, 8)),

    # 21 Cà Mau, U Minh forest: no conclusion, no vote
    _body("m-body-21", [
        H("Ý kiến:"),
        P("Đ/c Lê Văn Lợi (tổ 1): mùa khô năm nay nắng sớm, thực bì dưới tán tràm dày, nguy cơ cháy cao; bà con vô "
          "rừng ăn ong còn đốt lửa hun ong, phải nhắc."),
        P("Đ/c Phạm Văn Hậu: bờ kenh 25 đoạn giáp lâm trường bị sạt, xuồng chữa cháy vô không được."),
        P("Đ/c Đoàn Thị Nết: hội viên phụ nữ đồng ý tham gia tổ xung kích, nhưng thiếu bình chữa cháy."),
        H("Phân công:"),
        P("- Đ/c Lê Văn Lợi, Tổ trưởng tổ bảo vệ rừng ấp: bố trí người trực chòi canh lửa, thường xuyên."),
        P("- Đ/c Phạm Văn Hậu: vận động bà con nạo vét, gia cố bờ kênh 25 đoạn giáp lâm trường trước ngày 25/3."),
        P("- Chi hội Phụ nữ ấp: lập danh sách chị em tham gia tổ xung kích phòng cháy chữa cháy rừng, gửi Ban nhân "
          "dân ấp."),
        P("Họp xong lúc 21 giờ. Biên bản đọc lại, mọi người thống nhất thông qua."),
    ], "21:00", False, [],
        [task("Lê Văn Lợi", "trực chòi canh lửa", "thường xuyên"),
         task("Phạm Văn Hậu", "nạo vét, gia cố bờ kênh 25", "25/3"),
         task("Chi hội Phụ nữ ấp", "lập danh sách tổ xung kích PCCCR", None)],
        ["missing_conclusion", "missing_vote"], _ctx("Nguyễn Văn Chín", "Trần Thị Mộng Cầm", 11, 10)),

    # 22 Bình Phước rubber smallholders: general calls, only the minutes approved
    _body("m-body-22", [
        H("IV. THẢO LUẬN"),
        P("Đồng chí Nông Văn Tiến phát biểu: giá mủ cao su tăng trở lại, nhiều hộ cạo vượt nhịp, cạo cả cây non, về "
          "lâu dài làm hư vườn cây; đề nghị chi bộ nhắc nhở."),
        P("Đồng chí Hà Thị Lan phát biểu: trong ấp có mấy nhóm người lạ đến thu mua mủ ban đêm, nghi mua mủ trộm."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Hoàng Văn Lộc kết luận: chi bộ thống nhất với đánh giá trong báo cáo; tình trạng cạo vượt nhịp và "
          "mua bán mủ không rõ nguồn gốc cần được ngăn chặn. Đề nghị mỗi đồng chí đảng viên gương mẫu cạo đúng quy "
          "trình kỹ thuật, tuyên truyền cho các hộ xung quanh; khi phát hiện người lạ thu mua mủ ban đêm thì báo ngay "
          "cho Công an xã. Các đồng chí là hội viên đoàn thể nào thì vận động hội viên đoàn thể đó cùng thực hiện."),
        P("Biên bản được đọc lại và được các đồng chí có mặt biểu quyết thông qua 100%. Cuộc họp kết thúc lúc 21h10."),
    ], "21:10", True, [], [],
        ["missing_assignments", "missing_vote"], _ctx("Hoàng Văn Lộc", "Nguyễn Thị Thu Hiền", 15, 14)),

    # 23 Tây Ninh hamlet: "đc", "chịu trách nhiệm", a missing accent
    _body("m-body-23", [
        H("IV. Thảo luận"),
        P("đc Võ Văn Lành: cây mì ở cánh đồng ấp bị bệnh khảm lá lan rộng, khoảng 15 ha; cần hướng dẫn bà con tiêu "
          "hủy và đổi giống sạch bệnh."),
        P("đc Nguyễn Thị Tuyết: vụ tranh chấp ranh đất giữa hai hộ ở tổ 6 chưa hòa giải xong, hai bên vẫn lời qua "
          "tiếng lại."),
        P("đc Trịnh Văn Mến: nhat trí báo cáo."),
        H("V. Kết luận"),
        P("đc Bí thư kết luận: chi bộ nhất trí với báo cáo; tháng tới tập trung phòng chống bệnh khảm lá mì và giữ ổn "
          "định tình hình trong ấp. đc Võ Văn Lành chịu trách nhiệm phối hợp cán bộ nông nghiệp xã thống kê diện tích "
          "mì bị bệnh, hướng dẫn tiêu hủy, báo cáo kỳ họp sau. Tổ hòa giải ấp chịu trách nhiệm mời hai hộ hòa giải lần "
          "hai trong tháng 4, có mời Công an viên dự."),
        P("Biểu quyết: 12/12 ĐV có mặt tán thành."),
        P("Buổi họp kết thúc 20g45. Biên bản đọc lại, thông qua."),
    ], "20:45", True, [vote(12, None, None, None, "thông qua kết luận")],
        [task("Võ Văn Lành", "thống kê diện tích mì bệnh, hướng dẫn tiêu hủy", "kỳ họp sau"),
         task("Tổ hòa giải ấp", "hòa giải tranh chấp ranh đất lần hai", "tháng 4")],
        [], _ctx("Lê Thị Thu Sương", "Dương Văn Tài", 13, 12)),

    # 24 commune police, Long An border: ranks, not read back
    _body("m-body-24", [
        H("IV. THẢO LUẬN"),
        P("Đồng chí Đại úy Võ Thành Nam phát biểu: qua nắm tình hình, đoạn sông giáp biên ở ấp Gò Chuối xuất hiện đối "
          "tượng vận chuyển thuốc lá lậu bằng xuồng vào ban đêm; đề nghị tăng cường tuần tra, phối hợp với Đồn Biên "
          "phòng."),
        P("Đồng chí Trung úy Phạm Thị Diễm phát biểu: còn 47 người già neo đơn chưa làm thủ tục cấp căn cước do đi lại "
          "khó khăn, cần tổ chức cấp lưu động tại nhà."),
        H("V. KẾT LUẬN"),
        P("Thay mặt chi ủy, đồng chí Nguyễn Minh Nhựt kết luận và giao nhiệm vụ: Đại úy Võ Thành Nam xây dựng kế hoạch "
          "tuần tra, kiểm soát trên tuyến sông giáp biên, trình lãnh đạo Công an xã trước ngày 20/10; Trung úy Phạm "
          "Thị Diễm chủ trì tổ cấp căn cước lưu động tại nhà cho 47 trường hợp, xong trong tháng 11; Tổ Công an viên "
          "ấp phối hợp Ban nhân dân các ấp nắm số người đi làm ăn xa, cập nhật hằng tháng."),
        P("Chi bộ biểu quyết thông qua kết luận: 9/9 đồng chí tán thành (100%)."),
        P("Cuộc họp kết thúc hồi 17h15."),
    ], "17:15", True, [vote(9, None, None, 100, "thông qua kết luận")],
        [task("Võ Thành Nam", "kế hoạch tuần tra tuyến sông giáp biên", "20/10"),
         task("Phạm Thị Diễm", "cấp căn cước lưu động tại nhà", "tháng 11"),
         task("Tổ Công an viên ấp", "nắm số người đi làm ăn xa", "hằng tháng")],
        ["not_approved"], _ctx("Nguyễn Minh Nhựt", "Lê Thanh Phong", 10, 9)),

    # 25 primary school, Vĩnh Long: numbered conclusion with a general call among the tasks
    _body("m-body-25", [
        H("4. Ý kiến đóng góp"),
        L("- Đ/c Nguyễn Văn Phúc (tổ trưởng tổ khối 5): còn 14 em đọc, viết chưa tốt, cần kế hoạch phụ đạo riêng."),
        L("- Đ/c Lê Thị Bích Ngọc: hồ sơ tự đánh giá kiểm định chất lượng của trường còn thiếu minh chứng ở tiêu chuẩn "
          "3."),
        L("- Đ/c Võ Hoàng Khải (Bí thư Chi đoàn giáo viên): đề nghị tổ chức hội thi “Nét đẹp nhà giáo” chào mừng ngày "
          "Nhà giáo Việt Nam."),
        H("5. Kết luận của đồng chí Bí thư"),
        L("1. Chi bộ thống nhất đánh giá kết quả tháng 9 và kế hoạch tháng 10 như báo cáo."),
        L("2. Tổ chuyên môn khối 5 xây dựng kế hoạch phụ đạo học sinh đọc, viết chưa tốt, nộp Ban giám hiệu trước "
          "ngày 20/10."),
        L("3. Chi đoàn giáo viên chủ trì tổ chức hội thi “Nét đẹp nhà giáo”, phối hợp Công đoàn trường, hoàn thành "
          "trước ngày 20/11."),
        L("4. Đ/c Lê Thị Bích Ngọc phụ trách bổ sung minh chứng hồ sơ kiểm định, xong trong tháng 10."),
        L("5. Đề nghị các đồng chí đảng viên gương mẫu thực hiện quy định về dạy thêm, học thêm."),
        P("Biểu quyết thông qua kết luận: có mặt 18/18 đồng chí, tán thành 18/18, đạt 100%."),
        P("Buổi sinh hoạt kết thúc lúc 16 giờ 50 phút. Thư ký đọc lại biên bản; chi bộ nhất trí thông qua toàn văn."),
    ], "16:50", True, [vote(18, None, None, 100, "thông qua kết luận")],
        [task("Tổ chuyên môn khối 5", "kế hoạch phụ đạo học sinh", "20/10"),
         task("Chi đoàn giáo viên", "tổ chức hội thi Nét đẹp nhà giáo", "20/11"),
         task("Lê Thị Bích Ngọc", "bổ sung minh chứng hồ sơ kiểm định", "tháng 10")],
        [], _ctx("Trần Thị Ngọc Hạnh", "Huỳnh Thanh Tâm", 19, 18)),

    # 26 Bình Phước state rubber farm: indirect speech, groups
    _body("m-body-26", [
        H("IV. THẢO LUẬN"),
        P("Đ/c Nguyễn Đức Thọ (Đội trưởng Đội sản xuất số 4) đề nghị Nông trường sớm cấp bạt che mưa mặt cạo vì mùa "
          "mưa năm nay đến sớm, nhiều phần cây phải nghỉ cạo do mưa sáng."),
        P("Đ/c Điểu Thị Rinh cho rằng cần quan tâm nhà ở tập thể của công nhân Đội 4, mái tôn dột nhiều chỗ."),
        P("Đ/c Bùi Văn Quang đề nghị tăng ca tuần tra đêm vì trong tháng đã xảy ra 2 vụ trộm mủ đông."),
        H("KẾT LUẬN"),
        P("Đồng chí Vũ Đình Khang, Bí thư chi bộ, Giám đốc Nông trường kết luận: chi bộ thống nhất với báo cáo; để giữ "
          "sản lượng mùa mưa, chi bộ giao Đội sản xuất số 4 lập dự trù bạt che mưa cho toàn bộ phần cây, gửi Phòng Kỹ "
          "thuật trong tháng 4; Phòng Tổ chức – Hành chính sửa mái nhà tập thể Đội 4 trước mùa mưa; Tổ bảo vệ vườn "
          "cây tăng cường tuần tra ban đêm, báo cáo kết quả hằng tuần."),
        P("Biểu quyết: tán thành 21/21, đạt 100%."),
        P("Hội nghị kết thúc lúc 16 giờ 30. Biên bản được thư ký đọc lại trước hội nghị, 100% đồng chí dự họp nhất trí "
          "thông qua."),
    ], "16:30", True, [vote(21, None, None, 100, "thông qua kết luận")],
        [task("Đội sản xuất số 4", "lập dự trù bạt che mưa mặt cạo", "tháng 4"),
         task("Phòng Tổ chức – Hành chính", "sửa mái nhà tập thể Đội 4", "mùa mưa"),
         task("Tổ bảo vệ vườn cây", "tuần tra ban đêm, báo cáo", "hằng tuần")],
        [], _ctx("Vũ Đình Khang", "Phạm Thị Hải Yến", 23, 21)),

    # 27 Long An rice: conclusion vote and a full-member vote
    _body("m-body-27", [
        H("IV. THẢO LUẬN"),
        P("Đồng chí Lê Văn Hiệp phát biểu: năm nay lũ về sớm, còn khoảng 40 ha lúa Thu Đông chưa gặt, phải vận động bà "
          "con thu hoạch dứt điểm để tránh thiệt hại."),
        P("Đồng chí Trần Thị Bé Năm nhận xét quá trình rèn luyện của đảng viên dự bị Nguyễn Thanh Tú: gương mẫu, nhiệt "
          "tình trong công tác Chi đoàn, được quần chúng tín nhiệm."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Nguyễn Văn Tánh kết luận: chi bộ thống nhất đánh giá trong báo cáo, tập trung chống lũ, bảo vệ lúa. "
          "Đồng chí Lê Văn Hiệp phụ trách vận động các hộ còn lúa thu hoạch dứt điểm trước ngày 25/10; Chi đoàn ấp "
          "lập đội thanh niên tình nguyện giúp hộ neo đơn gặt lúa trong tuần tới; đồng chí Trần Thị Bé Năm hoàn chỉnh "
          "hồ sơ đề nghị công nhận đảng viên chính thức cho đồng chí Nguyễn Thanh Tú, nộp Đảng ủy xã trước ngày 30/10."),
        P("Biểu quyết:"),
        L("- Thông qua kết luận của chủ trì: 14/14 đ/c tán thành."),
        L("- Đề nghị công nhận đồng chí Nguyễn Thanh Tú là đảng viên chính thức: 13/13 đảng viên chính thức có mặt tán "
          "thành, đạt 100%."),
        P("Sinh hoạt kết thúc 20 giờ 15. Thư ký đọc lại biên bản, chi bộ thông qua không sửa đổi."),
    ], "20:15", True, [vote(14, None, None, None, "thông qua kết luận"),
                       vote(13, None, None, 100, "công nhận đảng viên chính thức Nguyễn Thanh Tú")],
        [task("Lê Văn Hiệp", "vận động thu hoạch lúa dứt điểm", "25/10"),
         task("Chi đoàn ấp", "đội thanh niên tình nguyện gặt lúa giúp hộ neo đơn", "tuần tới"),
         task("Trần Thị Bé Năm", "hoàn chỉnh hồ sơ công nhận đảng viên chính thức", "30/10")],
        [], _ctx("Nguyễn Văn Tánh", "Bùi Thị Thảo Vy", 14, 14)),

    # 28 commune health station: degrees before names
    _body("m-body-28", [
        H("Thảo luận"),
        P("BS. Phan Ngọc Ẩn phát biểu: số ca sốt xuất huyết trong xã tăng, tập trung ở ấp Thạnh Lợi và Thạnh Hòa; "
          "nhiều hộ còn để lu, khạp không đậy nắp."),
        P("ĐD. Trần Thị Kim Chi phát biểu: tiêm chủng mở rộng tháng này còn 9 trẻ chưa tiêm đủ mũi do gia đình đi làm "
          "ăn xa."),
        P("YS. Phạm Văn Lộc phát biểu: thuốc hạ sốt và dịch truyền trong kho chỉ đủ dùng khoảng hai tuần."),
        H("Kết luận"),
        P("BS. Lê Minh Trung – Bí thư chi bộ, Trưởng trạm kết luận: tình hình dịch bệnh đang ở mức phải theo dõi chặt, "
          "không để lan rộng. Phân công:"),
        L("+ BS. Phan Ngọc Ẩn: chủ trì chiến dịch diệt lăng quăng, phun hóa chất tại ấp Thạnh Lợi, Thạnh Hòa, trong "
          "tháng 8."),
        L("+ ĐD. Trần Thị Kim Chi: phối hợp y tế ấp, cộng tác viên dân số tiêm vét cho 9 trẻ, trước ngày 31/8."),
        L("+ YS. Phạm Văn Lộc: lập dự trù thuốc bổ sung, gửi Trung tâm Y tế huyện ngay sau cuộc họp."),
        P("Toàn thể 07/07 đồng chí biểu quyết tán thành kết luận."),
        P("Buổi sinh hoạt kết thúc lúc 11 giờ 15 phút. Biên bản được đọc lại, các đồng chí dự họp nhất trí thông qua."),
    ], "11:15", True, [vote(7, None, None, None, "thông qua kết luận")],
        [task("Phan Ngọc Ẩn", "chiến dịch diệt lăng quăng, phun hóa chất", "tháng 8"),
         task("Trần Thị Kim Chi", "tiêm vét cho 9 trẻ", "31/8"),
         task("Phạm Văn Lộc", "lập dự trù thuốc bổ sung", "ngay sau cuộc họp")],
        [], _ctx("Lê Minh Trung", "Nguyễn Thị Thúy Kiều", 7, 7)),

    # 29 Cần Thơ rice hamlet: the minutes are never read back
    _body("m-body-29", [
        H("IV. THẢO LUẬN"),
        P("Đ/c Nguyễn Văn Bon (tổ 6) đề nghị sớm sửa cống Ông Tà vì cửa cống bị rò, mùa nước nổi nước tràn vào ruộng "
          "lúa của tổ 6 và tổ 7."),
        P("Đ/c Huỳnh Thị Ái phát biểu: năm ngoái trong xã có trẻ đuối nước, đề nghị tổ chức lớp dạy bơi cho trẻ em "
          "trước mùa lũ."),
        H("KẾT LUẬN CỦA CHỦ TRÌ"),
        P("Đồng chí Trương Văn Lâm kết luận: chi bộ thống nhất với báo cáo. Đ/c Nguyễn Văn Bon phụ trách vận động bà "
          "con góp tiền sửa cống Ông Tà, hoàn thành trước 15/8. Chi đoàn ấp phối hợp trường tiểu học mở lớp dạy bơi "
          "miễn phí cho trẻ em trong tháng 7."),
        P("Chi bộ biểu quyết thông qua với tỷ lệ 100%."),
        P("Cuộc họp kết thúc lúc 16 giờ 05 phút cùng ngày. Biên bản gồm 03 trang, lập thành 02 bản."),
    ], "16:05", True, [vote(None, None, None, 100, "thông qua kết luận")],
        [task("Nguyễn Văn Bon", "vận động góp tiền sửa cống Ông Tà", "15/8"),
         task("Chi đoàn ấp", "mở lớp dạy bơi cho trẻ em", "tháng 7")],
        ["not_approved"], _ctx("Trương Văn Lâm", "Đinh Thị Kiều Trang", 20, 18)),

    # 30 Tiền Giang coast, clams: numbered conclusion, season as a deadline
    _body("m-body-30", [
        H("IV. THẢO LUẬN"),
        L("- Đ/c Trần Văn Bé Hai: đê biển đoạn qua ấp Lăng bị sóng đánh sạt khoảng 40 m, mùa gió chướng tới sẽ nguy "
          "hiểm."),
        L("- Đ/c Nguyễn Thị Thùy Dương: nghêu ở bãi Tân Thành chết rải rác, chưa rõ nguyên nhân, bà con lo lắng."),
        L("- Đ/c Huỳnh Văn Bạc: còn 2 hộ nghèo ở nhà tạm, mùa mưa bão rất bấp bênh."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Lê Văn Kỳ kết luận:"),
        L("1. Thống nhất đánh giá kết quả tháng 10 và phương hướng tháng 11 như báo cáo."),
        L("2. Giao đ/c Trần Văn Bé Hai phối hợp Hạt Quản lý đê điều kiểm tra, gia cố tạm đoạn đê ấp Lăng trước mùa "
          "gió chướng."),
        L("3. Tổ hợp tác nghêu Tân Thành theo dõi môi trường bãi nghêu, báo cáo tình hình nghêu chết cho chi ủy hằng "
          "tuần."),
        L("4. Ban công tác Mặt trận ấp vận động xây 2 căn nhà Đại đoàn kết cho hộ nghèo, khởi công trong tháng 11."),
        L("5. Đề nghị các đồng chí đảng viên tích cực đóng góp Quỹ “Vì người nghèo”."),
        P("Biểu quyết: 24 đồng chí tán thành, 0 không tán thành, đạt 100%."),
        P("Buổi sinh hoạt kết thúc lúc 9 giờ 50 phút. Biên bản đã đọc lại cho chi bộ nghe và được nhất trí thông qua."),
    ], "09:50", True, [vote(24, 0, None, 100, "thông qua kết luận")],
        [task("Trần Văn Bé Hai", "gia cố tạm đoạn đê ấp Lăng", "mùa gió chướng"),
         task("Tổ hợp tác nghêu Tân Thành", "theo dõi bãi nghêu, báo cáo", "hằng tuần"),
         task("Ban công tác Mặt trận ấp", "vận động xây 2 nhà Đại đoàn kết", "tháng 11")],
        [], _ctx("Lê Văn Kỳ", "Phạm Thị Thu Thảo", 26, 24)),

    # 31 Sóc Trăng, shallots, Khmer and Kinh: indirect speech, abstain written
    _body("m-body-31", [
        H("IV. THẢO LUẬN"),
        P("Đồng chí Trần Văn Tứ cho rằng giá hành tím đầu vụ xuống thấp do thương lái ngưng mua, nhiều hộ phải trữ "
          "hành chờ giá, hao hụt lớn."),
        P("Theo đồng chí Lâm Thị Chanh Thu, bà con Khmer trong ấp thiếu vốn đầu vụ, phải mua phân chịu với giá cao "
          "hơn thị trường."),
        P("Đồng chí Tiêu Văn Dũng nêu ý kiến: nên vận động thêm hộ vào Hợp tác xã hành tím để có đầu ra ổn định."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Châu Thị Kim Hương, Bí thư chi bộ, thay mặt chi ủy tiếp thu ý kiến và kết luận: chi bộ thống nhất "
          "tập trung giữ giá và vốn cho bà con trồng hành; giao đồng chí Trần Văn Tứ liên hệ Hợp tác xã hành tím Vĩnh "
          "Hải thu mua hành cho bà con theo giá sàn, báo cáo kết quả trước ngày 15/3; Chi hội Nông dân ấp phối hợp với "
          "Tổ tiết kiệm và vay vốn hướng dẫn bà con Khmer lập hồ sơ vay vốn đầu vụ, trong tháng 3."),
        P("Biểu quyết: tán thành 17, không tán thành 0, không biểu quyết 0."),
        P("Buổi sinh hoạt kết thúc lúc 11 giờ. Biên bản được đọc lại; chi bộ nhất trí thông qua."),
    ], "11:00", True, [vote(17, 0, 0, None, "thông qua kết luận")],
        [task("Trần Văn Tứ", "liên hệ HTX thu mua hành theo giá sàn", "15/3"),
         task("Chi hội Nông dân ấp", "hướng dẫn lập hồ sơ vay vốn đầu vụ", "tháng 3")],
        [], _ctx("Châu Thị Kim Hương", "Sơn Thị Ngọc Mai", 18, 17)),

    # 32 Vĩnh Long sweet potato: task table with columns in another order
    _body("m-body-32", [
        H("IV. THẢO LUẬN"),
        P("Đồng chí Nguyễn Văn Khánh phát biểu: khoai lang tím xuất khẩu đang được giá, nhưng bà con trồng tự phát, "
          "không có hợp đồng nên dễ bị ép giá khi rộ mùa."),
        P("Đồng chí Trần Thị Huệ phát biểu: cần theo dõi sát giá khoai ở các vựa, thông tin kịp thời cho bà con."),
        P("Đồng chí Lê Hoàng Phi (Bí thư Chi đoàn): thanh niên muốn lập tổ livestream bán khoai, nhưng chưa có người "
          "hướng dẫn."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Đặng Văn Mạnh kết luận: chi bộ thống nhất phải liên kết để có đầu ra ổn định cho cây khoai lang. "
          "Nhiệm vụ được phân công theo bảng sau:"),
        T([(0.3, "Người/Đơn vị thực hiện", "l"), (0.2, "Thời gian hoàn thành", "c"), (0.5, "Nội dung", "l")],
          [["Đ/c Nguyễn Văn Khánh", "Trước 25/10", "Liên hệ công ty xuất khẩu, đề xuất ký hợp đồng bao tiêu"],
           ["Tổ hợp tác khoai lang Tân Bình", "Tháng 11", "Hướng dẫn tổ viên ghi nhật ký sản xuất"],
           ["Đ/c Trần Thị Huệ", "Thường xuyên", "Theo dõi giá khoai tại các vựa, thông báo qua loa ấp"],
           ["Chi đoàn ấp", "Quý IV/2024", "Lập tổ thanh niên bán khoai qua mạng"]]),
        P("Biểu quyết thông qua kết luận: tán thành 15/15 đ/c dự họp, đạt 100%."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút. Biên bản được đọc lại và được chi bộ thông qua."),
    ], "21:10", True, [vote(15, None, None, 100, "thông qua kết luận")],
        [task("Nguyễn Văn Khánh", "liên hệ công ty xuất khẩu, hợp đồng bao tiêu", "25/10"),
         task("Tổ hợp tác khoai lang Tân Bình", "hướng dẫn ghi nhật ký sản xuất", "Tháng 11"),
         task("Trần Thị Huệ", "theo dõi giá khoai", "Thường xuyên"),
         task("Chi đoàn ấp", "lập tổ bán khoai qua mạng", "Quý IV/2024")],
        [], _ctx("Đặng Văn Mạnh", "Lê Thị Ngọc Giàu", 16, 15)),

    # 33 Bạc Liêu, wind farm corridor: opinions with nobody named
    _body("m-body-33", [
        H("IV. THẢO LUẬN"),
        P("Một số ý kiến đề nghị chi bộ quan tâm việc hỗ trợ các hộ có đất nằm trong hành lang tuyến điện gió; có ý "
          "kiến phản ánh tình trạng xe chở vật tư công trình làm hư lộ vào ấp. Ý kiến các đồng chí trong chi bộ đều "
          "nhất trí với báo cáo và phương hướng tháng tới."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Đoàn Văn Thiện kết luận: chi bộ thống nhất kiến nghị với cấp trên về quyền lợi của các hộ trong "
          "hành lang tuyến điện; giao đồng chí La Văn Hưng, Phó Trưởng ấp, tổng hợp kiến nghị của các hộ, gửi UBND xã "
          "trước ngày 12/9; Chi hội Cựu chiến binh phối hợp Tổ an ninh ấp ghi nhận, lập biên bản các trường hợp xe quá "
          "tải làm hư lộ, báo về xã thường xuyên."),
        P("Chi bộ biểu quyết thông qua kết luận: 11/11 đồng chí tán thành."),
        P("Buổi sinh hoạt kết thúc lúc 20 giờ 10 phút. Biên bản đọc lại, được chi bộ thông qua."),
    ], "20:10", True, [vote(11, None, None, None, "thông qua kết luận")],
        [task("La Văn Hưng", "tổng hợp kiến nghị các hộ trong hành lang tuyến điện", "12/9"),
         task("Chi hội Cựu chiến binh", "lập biên bản xe quá tải làm hư lộ", "thường xuyên")],
        ["no_discussion"], _ctx("Đoàn Văn Thiện", "La Thị Mỹ Hạnh", 12, 11)),

    # 34 Long An town quarter: "thảo luận, thống nhất với báo cáo" and no conclusion
    _body("m-body-34", [
        H("IV. THẢO LUẬN"),
        P("Đ/c Lê Minh Khoa phát biểu: triều cường tháng này gây ngập tuyến hẻm 12 và hẻm 14, cống thoát nước bị rác "
          "bít nhiều đoạn."),
        P("Đ/c Võ Thị Kim Ngân phát biểu: khu phố có thêm 5 dãy nhà trọ công nhân, nhiều người chưa đăng ký tạm trú, "
          "cần rà soát."),
        P("Chi bộ thảo luận, thống nhất với báo cáo và phương hướng nhiệm vụ tháng 11."),
        H("V. BIỂU QUYẾT"),
        P("Biểu quyết thông qua nghị quyết tháng 11: 19/19 đ/c tán thành (100%)."),
        H("VI. PHÂN CÔNG NHIỆM VỤ"),
        P("- Đ/c Lê Minh Khoa phụ trách vận động các hộ hẻm 12, hẻm 14 ra quân khơi thông cống, trước ngày 30/11."),
        P("- Tổ dân phố số 5 phối hợp Công an thị trấn rà soát đăng ký tạm trú tại các dãy nhà trọ, trong tháng 11."),
        P("Cuộc họp kết thúc lúc 20 giờ 45 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
    ], "20:45", False, [vote(19, None, None, 100, "thông qua nghị quyết tháng 11")],
        [task("Lê Minh Khoa", "vận động khơi thông cống hẻm 12, 14", "30/11"),
         task("Tổ dân phố số 5", "rà soát đăng ký tạm trú nhà trọ", "tháng 11")],
        ["missing_conclusion"], _ctx("Phạm Hữu Tài", "Trần Thị Diệu Hiền", 21, 19)),

    # 35 Tiền Giang pineapple: vote in words beside the percentage, task over two sentences
    _body("m-body-35", [
        H("Ý KIẾN THẢO LUẬN"),
        L("- Đ/c Đoàn Văn Công: khóm năm nay trái nhỏ, giá khóm tươi xuống còn 3.000 đ/kg, nhiều hộ bỏ ruộng không "
          "thu hoạch."),
        L("- Đ/c Phan Thị Ngọc Lụa: nước kênh Năng bị nhiễm phèn nặng sau mấy trận mưa đầu mùa."),
        H("KẾT LUẬN"),
        P("Đồng chí chủ trì kết luận: chi bộ thống nhất ưu tiên tìm đầu ra cho trái khóm và theo dõi nguồn nước. Đồng "
          "chí Đoàn Văn Công chịu trách nhiệm kết nối với nhà máy chế biến khóm đóng hộp để bao tiêu cho bà con. Đồng "
          "chí phải báo lại kết quả cho chi ủy trước ngày 20/6. Chi hội Nông dân ấp tổ chức cho hội viên tham quan mô "
          "hình trồng khóm MD2 trong quý III; Tổ thủy lợi ấp đo độ phèn nước kênh Năng, thông báo cho bà con hằng "
          "tuần."),
        P("Chi bộ biểu quyết nhất trí 100% (mười ba/mười ba đồng chí có mặt)."),
        P("Cuộc họp kết thúc hồi 10h30. Biên bản được đọc lại, chi bộ thông qua không có ý kiến."),
    ], "10:30", True, [vote(13, None, None, 100, "thông qua kết luận")],
        [task("Đoàn Văn Công", "kết nối nhà máy chế biến khóm bao tiêu", "20/6"),
         task("Chi hội Nông dân ấp", "tham quan mô hình khóm MD2", "quý III"),
         task("Tổ thủy lợi ấp", "đo độ phèn nước kênh, thông báo", "hằng tuần")],
        [], _ctx("Nguyễn Văn Hữu", "Trương Thị Hồng Nhi", 14, 13)),

    # 36 Hậu Giang: nothing put to the vote, deadlines "sau …" / "ngay sau cuộc họp"
    _body("m-body-36", [
        H("IV. THẢO LUẬN"),
        P("Đồng chí Nguyễn Văn Bảy phát biểu: rơm rạ sau thu hoạch vẫn bị đốt ngoài đồng, khói bay vô xóm; đề nghị "
          "hướng dẫn bà con cuộn rơm bán hoặc ủ làm phân."),
        P("Đồng chí Lê Thị Kim Phượng phát biểu: đường vào điểm trường mẫu giáo của ấp ngập sâu sau mỗi trận mưa, phụ "
          "huynh đưa rước rất vất vả."),
        H("V. KẾT LUẬN"),
        P("Đồng chí Võ Thanh Tùng kết luận: chi bộ thống nhất nội dung báo cáo và các ý kiến đóng góp. Giao Chi hội "
          "Nông dân ấp liên hệ tổ cuộn rơm của hợp tác xã, hướng dẫn bà con thu gom rơm, không đốt đồng; thực hiện sau "
          "vụ lúa Hè Thu. Đồng chí Lê Thị Kim Phượng báo cáo tình trạng đường ngập cho UBND xã, kiến nghị nâng nền "
          "đoạn đường; thực hiện ngay sau cuộc họp. Chi đoàn ấp ra quân dọn bèo, khai thông cống thoát nước trước "
          "điểm trường trong tháng 8."),
        P("Buổi sinh hoạt kết thúc lúc 20 giờ 35 phút. Biên bản được đọc lại; các đồng chí dự họp nhất trí thông qua."),
    ], "20:35", True, [],
        [task("Chi hội Nông dân ấp", "hướng dẫn thu gom rơm, không đốt đồng", "sau vụ lúa Hè Thu"),
         task("Lê Thị Kim Phượng", "báo cáo đường ngập cho UBND xã", "ngay sau cuộc họp"),
         task("Chi đoàn ấp", "dọn bèo, khai thông cống trước điểm trường", "tháng 8")],
        ["missing_vote"], _ctx("Võ Thanh Tùng", "Phan Thị Yến Linh", 17, 16)),

    # 37 Cà Mau crab farming: three votes
    _body("m-body-37", [
        H("IV. THẢO LUẬN"),
        P("Đ/c Dương Văn Hai phát biểu: cua giống năm nay hao hụt nhiều, bà con nghi con giống trôi nổi kém chất lượng; "
          "đề nghị có lớp tập huấn chọn giống."),
        P("Đ/c Nguyễn Thị Thu Trang (Bí thư Chi đoàn) báo cáo: quần chúng Trần Thị Cẩm Loan, đoàn viên ưu tú, đã qua "
          "lớp nhận thức về Đảng; Chi đoàn giới thiệu để chi bộ xem xét kết nạp."),
        H("V. KẾT LUẬN"),
        P("Thay mặt chi ủy, đồng chí Tô Văn Bình kết luận: chi bộ thống nhất với báo cáo và các ý kiến. Chi ủy hoàn "
          "chỉnh hồ sơ đề nghị kết nạp đảng viên và công nhận đảng viên chính thức, trình Đảng ủy xã trước ngày 15/7. "
          "Chi hội Nông dân ấp mở lớp tập huấn chọn cua giống, nuôi cua xen tôm trong quý III. Đồng chí Dương Văn Hai "
          "khảo sát các cơ sở bán cua giống trong xã, báo cáo tại kỳ họp tháng 8."),
        H("VI. BIỂU QUYẾT"),
        L("1. Thông qua kết luận của đồng chí chủ trì: 18/18 đồng chí tán thành (100%)."),
        L("2. Đề nghị công nhận đảng viên chính thức cho đồng chí Dương Hoàng Phúc: 16/16 đảng viên chính thức có mặt "
          "tán thành (100%)."),
        L("3. Đề nghị kết nạp quần chúng Trần Thị Cẩm Loan vào Đảng: 15 đồng chí tán thành, 01 đồng chí không tán "
          "thành, đạt 93,75%."),
        P("Buổi sinh hoạt kết thúc lúc 16 giờ. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
    ], "16:00", True, [vote(18, None, None, 100, "thông qua kết luận"),
                       vote(16, None, None, 100, "công nhận đảng viên chính thức Dương Hoàng Phúc"),
                       vote(15, 1, None, 93.75, "kết nạp quần chúng Trần Thị Cẩm Loan")],
        [task("Chi ủy", "hoàn chỉnh hồ sơ kết nạp, công nhận chính thức", "15/7"),
         task("Chi hội Nông dân ấp", "tập huấn chọn cua giống, nuôi cua xen tôm", "quý III"),
         task("Dương Văn Hai", "khảo sát cơ sở bán cua giống", "kỳ họp tháng 8")],
        [], _ctx("Tô Văn Bình", "Lê Thị Hồng Thắm", 19, 18)),

    # 38 Tây Ninh sugar cane: questions and answers, "+ Đồng chí X:" tasks
    _body("m-body-38", [
        H("IV. THẢO LUẬN"),
        P("Đ/c Trần Văn Khởi hỏi: nhà máy đường thông báo nâng chữ đường tối thiểu, mía của ấp mình có bị trừ tiền "
          "không?"),
        P("Đ/c Bí thư giải đáp: theo hợp đồng đầu tư, mía dưới 9 CCS bị trừ theo bảng giá; chi bộ sẽ đề nghị nhà máy "
          "cử cán bộ nông vụ xuống đo chữ đường tại ruộng trước khi đốn."),
        P("Đ/c Lý Thị Thu hỏi: khi nào ấp tuyên truyền về phòng cháy mía mùa khô?"),
        P("Đ/c Bí thư giải đáp: lồng ghép trong buổi họp dân tháng 1."),
        H("V. KẾT LUẬN VÀ PHÂN CÔNG"),
        P("Đồng chí Nguyễn Thành Long kết luận: chi bộ thống nhất ưu tiên bảo vệ quyền lợi người trồng mía và phòng "
          "cháy mùa khô. Phân công cụ thể:"),
        L("+ Đồng chí Trần Văn Khởi: làm việc với cán bộ nông vụ nhà máy, lập lịch đo chữ đường cho từng ruộng, trước "
          "ngày 05/01."),
        L("+ Đồng chí Lý Thị Thu: phối hợp Chi hội Nông dân chuẩn bị nội dung tuyên truyền phòng cháy mía, hoàn thành "
          "trước buổi họp dân tháng 1."),
        L("+ Tổ tự quản an ninh trật tự ấp: tổ chức tuần tra ban đêm tại các cánh đồng mía, thường xuyên."),
        P("Biểu quyết thông qua kết luận: 11/11 đồng chí có mặt tán thành, đạt 100%."),
        P("Cuộc họp kết thúc hồi 21 giờ. Biên bản được đọc lại trước chi bộ và được thông qua."),
    ], "21:00", True, [vote(11, None, None, 100, "thông qua kết luận")],
        [task("Trần Văn Khởi", "lập lịch đo chữ đường từng ruộng", "05/01"),
         task("Lý Thị Thu", "nội dung tuyên truyền phòng cháy mía", "buổi họp dân tháng 1"),
         task("Tổ tự quản an ninh trật tự ấp", "tuần tra ban đêm cánh đồng mía", "thường xuyên")],
        [], _ctx("Nguyễn Thành Long", "Võ Thị Tuyết Nhung", 12, 11)),

    # 39 Long An hamlet: a thin page, nothing but a general call
    _body("m-body-39", [
        H("IV. THẢO LUẬN"),
        P("Các đồng chí dự họp thống nhất với nội dung báo cáo, không có ý kiến bổ sung."),
        P("Đề nghị các đồng chí đảng viên về tuyên truyền bà con thực hiện đúng lịch xuống giống tập trung, giữ gìn an "
          "ninh trật tự, vệ sinh môi trường trong ấp."),
        P("Họp xong lúc 20 giờ 30. Biên bản đọc lại, các đồng chí nhất trí thông qua."),
    ], "20:30", False, [], [],
        ["no_discussion", "missing_conclusion", "missing_vote", "missing_assignments"],
        _ctx("Lê Văn Mười", "Nguyễn Thị Ngọc Ánh", 10, 9)),

    # 40 Bến Tre cattle hamlet: a complete page
    _body("m-body-40", [
        H("4. Thảo luận"),
        P("Đồng chí Võ Văn Tâm phát biểu: bệnh viêm da nổi cục trên bò có dấu hiệu quay lại ở xã bên; trong ấp còn "
          "khoảng 60 con bò chưa được tiêm phòng nhắc lại."),
        P("Đồng chí Nguyễn Thị Lệ phát biểu: mô hình nuôi bò vỗ béo của tổ hợp tác có 6 hộ lãi khá, nhiều hộ khác muốn "
          "vào tổ nhưng thiếu vốn."),
        H("5. Kết luận"),
        P("Đồng chí Huỳnh Văn Lũy kết luận: chi bộ thống nhất đánh giá trong báo cáo; tháng tới tập trung phòng dịch "
          "cho đàn bò và nhân rộng mô hình vỗ béo. Giao đồng chí Võ Văn Tâm, thú y viên ấp, phối hợp trạm thú y lập "
          "danh sách bò chưa tiêm, tổ chức tiêm bổ sung trước ngày 10/11; Tổ hợp tác chăn nuôi bò Tân Xuân kết nạp "
          "thêm thành viên, trong quý IV; Chi hội Phụ nữ ấp giới thiệu hội viên vay vốn Ngân hàng Chính sách để nuôi "
          "bò, trong tháng 11."),
        P("Biểu quyết thông qua kết luận: 17/17 đồng chí tán thành."),
        P("Họp xong 20h30.  Biên bản đọc lại và thông qua."),
    ], "20:30", True, [vote(17, None, None, None, "thông qua kết luận")],
        [task("Võ Văn Tâm", "lập danh sách, tiêm bổ sung cho bò", "10/11"),
         task("Tổ hợp tác chăn nuôi bò Tân Xuân", "kết nạp thêm thành viên", "quý IV"),
         task("Chi hội Phụ nữ ấp", "giới thiệu hội viên vay vốn nuôi bò", "tháng 11")],
        [], _ctx("Huỳnh Văn Lũy", "Trần Thị Kiều Diễm", 18, 17)),
]

PARTS = HEADS + OPENINGS + BODIES
