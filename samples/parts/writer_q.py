"""Writer q: parts of Party-cell minutes from North-Central and Central Việt Nam (Thanh Hóa, Nghệ An, Hà Tĩnh,
Quảng Bình, Huế, Đà Nẵng, Quảng Nam, Bình Định) and the Central Highlands (Gia Lai, Đắk Lắk, Kon Tum, Lâm Đồng):
commune police, army units and border posts, forestry companies and forest-protection boards, Ê Đê / Jrai / Ba Na /
K'Ho / Cơ Tu / Thái / Khơ Mú / Hmông villages, cooperatives, schools, ward offices and retired cadres' cells.

Written without reading the extractor (extract/**), the generator, bench/, tests/, the held-out sets or any other
writer's module, and without running the extractor. People, cells, villages, units and numbers are invented
for these parts; provinces, districts and rivers only place them.

Labelling decisions taken where samples/parts/README.md is silent:
 1. Head with three committee levels: `party_committee` is the committee line directly above the cell (the
    nearest one), e.g. "ĐẢNG BỘ XÃ EA SIN" under "ĐẢNG BỘ HUYỆN KRÔNG BÚK".
 2. A committee name that wraps over two header lines is joined by one space, as for the cell.
 3. A header that names only the cell: `party_committee` null.
 4. A title with no month at all ("SINH HOẠT CHUYÊN ĐỀ", "BIÊN BẢN HỌP CHI BỘ" + quarter only): month/year of the
    header's date. A title whose period differs from the date line (period "THÁNG 06/2019", dated 03/7/2019):
    month/year from the title, `date` from the date line.
 5. Month written in words in the title ("THÁNG TÁM", "THÁNG NĂM NĂM 2021", "THÁNG MƯỜI HAI") is read as its number.
 6. Topic: as printed (capitals kept), two title lines joined by one space, without "Chuyên đề:" / "CHUYÊN ĐỀ:" and
    without the surrounding quotes.
 7. Location: everything after "Địa điểm:" or "tại" up to the end of that clause (the comma before the cell that
    is the subject, or the full stop); an address after a comma inside a field is kept; the final full stop is
    dropped. "Địa điểm: ………" → null.
 8. Names: besides "đồng chí / đ/c / Đ/c / đc", ranks (also "Thượng úy QNCN"), degrees ("ThS.", "BS.") and job
    titles, the teachers' honorifics "thầy" / "cô" in front of a name are dropped.
 9. Chair: a role written before the name ("đồng chí Bí thư chi bộ Lê Văn Khang") gives that role and the name
    after it; "(Bí thư)" in brackets gives "Bí thư"; a chair introduced only by a job ("Hiệu trưởng") has role
    null; the role is kept with the capitals as typed ("Bí thư Chi bộ").
10. Absentee reason: the words written for that person, without the joining dash / colon / brackets and without a
    leading "do / vì"; kept whole with "có báo cáo", "không báo cáo", "có xin phép" inside it; "không lý do" /
    "không có lý do" is kept as the reason with excused false; a blank reason cell in a table, or a name listed
    with nothing after it, gives reason null and excused false. A Bí thư who is away while the deputy chairs is an
    absentee like any other; exempt members named in the text are never absentees.
11. Counts of absences with reasons but no names ("02 đ/c (01 đ/c đi tuần tra rừng, 01 đ/c nghỉ ốm)",
    "3 đồng chí đi biển dài ngày chưa về") give absent_excused from the count and an empty absentee list.
12. Guests: role is the whole description after the name (several roles separated by commas kept together); a
    rank before a guest's name is dropped.
13. Votes: only what is written. "14/14 đồng chí tán thành" → for 14, against/abstain/percent null; "(100%)",
    "đạt 100%" give percent 100; "ý kiến khác" and "không biểu quyết" are abstentions; "không" in words is 0.
    A vote recognising a full member or admitting a member is a resolution of its own beside the conclusion's.
14. Closing: "Biên bản đã được thông qua", "Biên bản thông qua trước chi bộ" (no "đọc lại") count as approved;
    a count on approving the minutes ("biểu quyết nhất trí thông qua biên bản 100%") is not a vote.
15. Deadlines: leading "trước", "trước ngày", "trong", "xong trong", "chậm nhất ngày", "tại" are dropped as in the
    README's examples: "trước Tết" → "Tết", "trước Tết Nguyên đán" → "Tết Nguyên đán", "trong tuần tới" →
    "tuần tới", "xong trong tuần này" → "tuần này", "trong mùa khô" → "mùa khô", "báo cáo kết quả tại kỳ họp
    sau" → "kỳ họp sau", "trình chi bộ tại kỳ họp tháng 12" → "kỳ họp tháng 12"; "ngay sau cuộc họp" and
    "sau vụ mùa" whole; a table cell keeps its case ("Thường xuyên", "Quý I/2025", "Tháng 11/2024",
    "Chậm nhất ngày 15/12/2024" → "15/12/2024").
16. Assignees: a group is kept with its place word ("Chi đoàn thanh niên thôn", "Tổ an ninh buôn", "Ban công tác
    Mặt trận tổ dân phố"); "Trung đội 1 và Trung đội 2" are two assignments; a role with nobody named is kept as
    written without "đồng chí" ("Bí thư chi bộ", "Phó Bí thư chi bộ", "Trưởng thôn", "Bí thư Chi đoàn"); a job
    after the name ("– Đội trưởng Đội Vũ trang", ", kế toán HTX") is dropped; "A cùng / phối hợp với B" gives A only.
17. Conclusion: "Chi bộ thảo luận, thống nhất với báo cáo …", "Sau khi thảo luận, chi bộ nhất trí với báo cáo …"
    and a heading "THẢO LUẬN VÀ KẾT LUẬN" or a promise "sau đó sẽ kết luận" with no conclusion under it are no
    conclusion; a conclusion read by the Bí thư / Phó Bí thư / "Thay mặt chi ủy" or "Chi bộ thống nhất: …" is one.
18. Discussion: opinions given by a role ("Đồng chí Trưởng xóm …"), by "Chị Vân (tổ 4):", or in a table of opinions
    count; "Các ý kiến …", "Một số ý kiến …", "nhiều ý kiến …" and "không có ý kiến gì thêm" do not.
19. Times: "19 giờ tối" → 19:00, "9 giờ tối" → 21:00, "5 giờ chiều" → 17:00, "7h30'" → 07:30, "tám giờ ba mươi
    phút" → 08:30; an opening with a day but no hour has start_time null.
"""

from samples.parts.writing import C, G, H, HD, L, P, T, attendance, vote, task  # noqa: F401

FOLDER = "dev"


def _head(pid, blocks, kind, topic, date, month, year, cell, committee):
    return {"id": pid, "kind": "head", "blocks": blocks,
            "truth": {"kind": kind, "topic": topic, "date": date, "month": month, "year": year, "cell": cell,
                      "party_committee": committee}}


def _open(pid, blocks, date, start, end, location, chair, role, secretary, att, flags):
    return {"id": pid, "kind": "opening", "blocks": blocks,
            "truth": {"date": date, "start_time": start, "end_time": end, "location": location,
                      "chair": None if chair is None else {"name": chair, "role": role},
                      "secretary": None if secretary is None else {"name": secretary},
                      "attendance": att, "flags": flags}}


def _body(pid, blocks, ctx, end, conclusion, resolutions, assignments, flags):
    chair, role, secretary, total, present = ctx
    return {"id": pid, "kind": "body", "blocks": blocks,
            "truth": {"end_time": end, "conclusion": conclusion, "resolutions": resolutions,
                      "assignments": assignments, "flags": flags},
            "context": {"chair": chair, "chair_role": role, "secretary": secretary, "total": total,
                        "present": present}}


# ---------------------------------------------------------------------------------------------------- heads
HEADS = [
    _head("q-head-01",
          [HD(["ĐẢNG BỘ XÃ IA PHANG", "CHI BỘ LÀNG PLEI KLĂH", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Phang, ngày 06 tháng 3 năm 2024"]),
           C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 3 NĂM 2024")],
          "regular", None, "2024-03-06", 3, 2024, "CHI BỘ LÀNG PLEI KLĂH", "ĐẢNG BỘ XÃ IA PHANG"),
    _head("q-head-02",
          [HD(["ĐẢNG ỦY BĐBP TỈNH QUẢNG BÌNH", "ĐẢNG ỦY ĐỒN BIÊN PHÒNG BẢN KHE LÝ", "CHI BỘ ĐỘI VẬN ĐỘNG",
               "QUẦN CHÚNG", "*", "Số: 07-BB/CB"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Minh Hóa, ngày 27 tháng 02 năm 2021"]),
           C("BIÊN BẢN HỌP CHI BỘ"), C("Kỳ họp tháng 02/2021", bold=False, italic=True)],
          "regular", None, "2021-02-27", 2, 2021, "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG",
          "ĐẢNG ỦY ĐỒN BIÊN PHÒNG BẢN KHE LÝ"),
    _head("q-head-03",
          [HD(["ĐẢNG BỘ PHƯỜNG THỦY BIỀU", "CHI BỘ TỔ DÂN PHỐ 7", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 19 tháng 5 năm 2023"]),
           C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2023"),
           C("HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH"),
           C("HỒ CHÍ MINH VỀ TINH THẦN TỰ HỌC SUỐT ĐỜI")],
          "thematic", "HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH VỀ TINH THẦN TỰ HỌC SUỐT ĐỜI",
          "2023-05-19", 5, 2023, "CHI BỘ TỔ DÂN PHỐ 7", "ĐẢNG BỘ PHƯỜNG THỦY BIỀU"),
    _head("q-head-04",
          [HD(["CHI BỘ BẢN NẬM TIỀN", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "……………, ngày …… tháng …… năm 20……"]),
           C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"), C("THÁNG TÁM NĂM 2020")],
          "regular", None, None, 8, 2020, "CHI BỘ BẢN NẬM TIỀN", None),
    _head("q-head-05",
          [HD(["ĐẢNG ỦY CÔNG TY TNHH MTV", "LÂM NGHIỆP ĐĂK TÔ KAN", "CHI BỘ ĐỘI QLBVR SỐ 3", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM"]),
           C("BIÊN BẢN"), C("HỘI NGHỊ CHI BỘ THÁNG 10 NĂM 2022"),
           C("(Ngày 08 tháng 10 năm 2022)", bold=False, italic=True)],
          "regular", None, "2022-10-08", 10, 2022, "CHI BỘ ĐỘI QLBVR SỐ 3",
          "ĐẢNG ỦY CÔNG TY TNHH MTV LÂM NGHIỆP ĐĂK TÔ KAN"),
    _head("q-head-06",
          [HD(["ĐẢNG BỘ XÃ KỲ TRUNG", "CHI BỘ THÔN TÂN HƯƠNG", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kỳ Trung, ngày mùng 5 tháng 9 năm 2025"]),
           C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2025"), C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
           C("Chuyên đề: Nâng cao vai trò tiên phong của đảng viên trong xây dựng thôn nông thôn mới kiểu mẫu",
             bold=False, italic=True)],
          "regular", "Nâng cao vai trò tiên phong của đảng viên trong xây dựng thôn nông thôn mới kiểu mẫu",
          "2025-09-05", 9, 2025, "CHI BỘ THÔN TÂN HƯƠNG", "ĐẢNG BỘ XÃ KỲ TRUNG"),
    _head("q-head-07",
          [HD(["ĐẢNG BỘ HUYỆN KRÔNG BÚK", "ĐẢNG BỘ XÃ EA SIN", "CHI BỘ BUÔN CƯ DRĂM", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Sin, ngày 11 tháng 8 năm 2019"]),
           C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III/2019"),
           C("“Giữ gìn bản sắc văn hóa cồng chiêng gắn với phát triển du lịch cộng đồng”", italic=True)],
          "thematic", "Giữ gìn bản sắc văn hóa cồng chiêng gắn với phát triển du lịch cộng đồng",
          "2019-08-11", 8, 2019, "CHI BỘ BUÔN CƯ DRĂM", "ĐẢNG BỘ XÃ EA SIN"),
    _head("q-head-08",
          [HD(["ĐẢNG ỦY XÃ NGA THIỆN", "CHI BỘ CÔNG AN XÃ", "*", "Số: 01/BB-CB"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nga Thiện, ngày 7 tháng 1 năm 2026"]),
           C("BIÊN BẢN"), C("HỌP CHI BỘ ĐỊNH KỲ THÁNG 01 NĂM 2026")],
          "regular", None, "2026-01-07", 1, 2026, "CHI BỘ CÔNG AN XÃ", "ĐẢNG ỦY XÃ NGA THIỆN"),
    _head("q-head-09",
          [HD(["ĐẢNG BỘ PHƯỜNG MỸ AN", "CHI BỘ CÁN BỘ HƯU TRÍ", "KHỐI PHỐ MỸ AN 4", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 21 tháng 04 năm 2022"]),
           C("BIÊN BẢN SINH HOẠT CHI BỘ"), C("Tháng 4 năm 2022", bold=False, italic=True)],
          "regular", None, "2022-04-21", 4, 2022, "CHI BỘ CÁN BỘ HƯU TRÍ KHỐI PHỐ MỸ AN 4",
          "ĐẢNG BỘ PHƯỜNG MỸ AN"),
    _head("q-head-10",
          [HD(["ĐẢNG BỘ TIỂU ĐOÀN 2", "CHI BỘ ĐẠI ĐỘI 6", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đắk Hà, ngày 30 tháng 6 năm 2020"]),
           C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ"),
           C("Chuyên đề: “Nâng cao chất lượng huấn luyện, sẵn sàng chiến đấu trong mùa mưa lũ”",
             bold=False, italic=True)],
          "thematic", "Nâng cao chất lượng huấn luyện, sẵn sàng chiến đấu trong mùa mưa lũ",
          "2020-06-30", 6, 2020, "CHI BỘ ĐẠI ĐỘI 6", "ĐẢNG BỘ TIỂU ĐOÀN 2"),
    _head("q-head-11",
          [HD(["ĐẢNG BỘ XÃ HOÀI TÂN", "CHI BỘ HTX NÔNG NGHIỆP HOÀI TÂN 2", "*", "Số: …/BB-CB"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hoài Tân, ngày 14 tháng 11 năm 2023"]),
           C("BIÊN BẢN HỌP CHI BỘ THÁNG 11 - 2023")],
          "regular", None, "2023-11-14", 11, 2023, "CHI BỘ HTX NÔNG NGHIỆP HOÀI TÂN 2", "ĐẢNG BỘ XÃ HOÀI TÂN"),
    _head("q-head-12",
          [HD(["ĐẢNG BỘ XÃ ĐẠ K'NÀNG", "CHI BỘ THÔN BON RƠ NGAO", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đạ K'Nàng, ngày 03/7/2019"]),
           C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ (THÁNG 06/2019)")],
          "regular", None, "2019-07-03", 6, 2019, "CHI BỘ THÔN BON RƠ NGAO", "ĐẢNG BỘ XÃ ĐẠ K'NÀNG"),
    _head("q-head-13",
          [HD(["ĐẢNG BỘ HUYỆN TÂY GIANG", "ĐẢNG ỦY XÃ A NÔNG", "CHI BỘ THÔN R'BHƯỚP", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "A Nông, ngày 22 tháng 10 năm 2024"]),
           C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ THÁNG 10 NĂM 2024"),
           C("“Phát huy vai trò già làng, người có uy tín trong bảo vệ rừng đầu nguồn”", bold=False, italic=True)],
          "thematic", "Phát huy vai trò già làng, người có uy tín trong bảo vệ rừng đầu nguồn",
          "2024-10-22", 10, 2024, "CHI BỘ THÔN R'BHƯỚP", "ĐẢNG ỦY XÃ A NÔNG"),
    _head("q-head-14",
          [HD(["ĐẢNG BỘ XÃ HUỒI TỤ", "CHI BỘ BẢN PHÀ KHÚNG", "*", "Số: 15-BB/CB"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Huồi Tụ, ngày 29 tháng 5 năm 2021"]),
           C("BIÊN BẢN SINH HOẠT CHI BỘ"), C("THÁNG NĂM NĂM 2021")],
          "regular", None, "2021-05-29", 5, 2021, "CHI BỘ BẢN PHÀ KHÚNG", "ĐẢNG BỘ XÃ HUỒI TỤ"),
    _head("q-head-15",
          [HD(["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ PTNT", "CHI BỘ CHI CỤC KIỂM LÂM", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 10 tháng 12 năm 2025"]),
           C("BIÊN BẢN HỌP CHI BỘ"), C("THƯỜNG KỲ THÁNG MƯỜI HAI NĂM 2025")],
          "regular", None, "2025-12-10", 12, 2025, "CHI BỘ CHI CỤC KIỂM LÂM", "ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ PTNT"),
    _head("q-head-16",
          [HD(["ĐẢNG BỘ XÃ CHƯ GU", "CHI BỘ BUÔN H'LIA", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chư Gu, ngày 24 tháng 02 năm 2022"]),
           C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 02 VÀ CHUYÊN ĐỀ QUÝ I NĂM 2022"),
           C("CHUYÊN ĐỀ: ĐẢNG VIÊN GƯƠNG MẪU THỰC HIỆN NẾP SỐNG VĂN MINH"), C("TRONG VIỆC CƯỚI, VIỆC TANG")],
          "regular", "ĐẢNG VIÊN GƯƠNG MẪU THỰC HIỆN NẾP SỐNG VĂN MINH TRONG VIỆC CƯỚI, VIỆC TANG",
          "2022-02-24", 2, 2022, "CHI BỘ BUÔN H'LIA", "ĐẢNG BỘ XÃ CHƯ GU"),
]

# ------------------------------------------------------------------------------------------------- openings
LOW, UNEX = "low_attendance", "unexcused_absence"

OPENINGS = [
    _open("q-open-01",
          [P("Hôm nay, vào lúc 19 giờ 30 phút ngày 12 tháng 4 năm 2023, tại nhà rông làng Plei Kơ Tu, Chi bộ làng "
             "Plei Kơ Tu tiến hành sinh hoạt thường kỳ tháng 4 năm 2023."),
           P("Tổng số đảng viên trong chi bộ là mười chín đồng chí, có mặt mười bảy đồng chí; vắng hai đồng chí: "
             "đồng chí Rơ Mah Hlơi đi làm rẫy xa, có báo cáo; đồng chí Ksor Tih không có lý do."),
           P("Đồng chí Siu Đoan, Bí thư chi bộ chủ trì; đồng chí Rah Lan Thị Nga ghi biên bản."),
           P("Dự họp có đồng chí Nguyễn Văn Quế, Đảng ủy viên, Phó Chủ tịch UBND xã phụ trách địa bàn làng.")],
          "2023-04-12", "19:30", None, "nhà rông làng Plei Kơ Tu", "Siu Đoan", "Bí thư chi bộ", "Rah Lan Thị Nga",
          attendance(19, 17, 2, 1, 1, 0,
                     [("Rơ Mah Hlơi", "đi làm rẫy xa, có báo cáo", True), ("Ksor Tih", "không có lý do", False)],
                     [("Nguyễn Văn Quế", "Đảng ủy viên, Phó Chủ tịch UBND xã phụ trách địa bàn làng")]),
          [LOW, UNEX]),
    _open("q-open-02",
          [L("- Thời gian: từ 07h30' đến 10h45' ngày 18/6/2022."),
           L("- Địa điểm: Hội trường Đồn Biên phòng Lạc Sơn."),
           L("- Thành phần: tổng số đảng viên 14 đ/c; có mặt 13 đ/c (chính thức 12, dự bị 01); vắng 01 đ/c: "
             "Thiếu úy Cao Xuân Thịnh – đi tuần tra biên giới."),
           L("- Chủ trì: Thiếu tá Đinh Quang Vũ – Bí thư chi bộ, Chính trị viên phó Đồn."),
           L("- Thư ký: Thượng úy QNCN Hồ Thị Lành – Nhân viên quân y.")],
          "2022-06-18", "07:30", "10:45", "Hội trường Đồn Biên phòng Lạc Sơn", "Đinh Quang Vũ", "Bí thư chi bộ",
          "Hồ Thị Lành",
          attendance(14, 13, 1, 1, 0, 0, [("Cao Xuân Thịnh", "đi tuần tra biên giới", True)]),
          []),
    _open("q-open-03",
          [P("Vào hồi 8 giờ sáng ngày mùng 4 tháng 3 năm 2020, tại nhà đồng chí Tôn Thất Lâm, Chi bộ Hưu trí tổ dân "
             "phố 5 họp thường kỳ tháng Ba."),
           P("Chi bộ hiện có hai mươi hai đảng viên, trong đó bốn đồng chí được miễn sinh hoạt do tuổi cao, sức yếu. "
             "Số phải dự họp là mười tám đồng chí; có mặt mười sáu, vắng hai đồng chí đều có lý do (đồng chí Lê Thị "
             "Huế nằm viện, đồng chí Phan Văn Toản về quê có việc gia đình)."),
           L("Chủ trì: đồng chí Hoàng Trọng Khiêm – Bí thư Chi bộ."),
           L("Thư ký: đồng chí Tôn Nữ Thu Hà.")],
          "2020-03-04", "08:00", None, "nhà đồng chí Tôn Thất Lâm", "Hoàng Trọng Khiêm", "Bí thư Chi bộ",
          "Tôn Nữ Thu Hà",
          attendance(22, 16, 2, 2, 0, 4,
                     [("Lê Thị Huế", "nằm viện", True), ("Phan Văn Toản", "về quê có việc gia đình", True)]),
          [LOW]),
    _open("q-open-04",
          [L("+ Thời gian: 14h ngày 25 tháng 8 năm 2021."),
           L("+ Địa điểm: Phòng họp Công an xã Thạch Lập."),
           L("+ Thành phần: 09/09 đồng chí đảng viên trong chi bộ, đạt 100%."),
           L("+ Chủ trì: đồng chí Đại úy Lê Đình Quyết – Bí thư Chi bộ, Trưởng Công an xã."),
           L("+ Thư ký: đ/c Trung úy Bùi Thị Hằng."),
           L("+ Mời dự: đ/c Phạm Văn Lượng – Phó Bí thư Thường trực Đảng ủy xã.")],
          "2021-08-25", "14:00", None, "Phòng họp Công an xã Thạch Lập", "Lê Đình Quyết", "Bí thư Chi bộ",
          "Bùi Thị Hằng",
          attendance(9, 9, 0, 0, 0, 0, [], [("Phạm Văn Lượng", "Phó Bí thư Thường trực Đảng ủy xã")]),
          []),
    _open("q-open-05",
          [L("1. Thời gian: 19 giờ tối ngày 10/11/2019."),
           L("2. Địa điểm: Nhà văn hóa bản Xốp Mạt."),
           L("3. Thành phần: Tổng số đảng viên: 21 đồng chí. Có mặt: 16 đồng chí. Vắng: 05 đồng chí, cụ thể:"),
           T([(0.1, "TT", "c"), (0.42, "Họ và tên", "l"), (0.48, "Lý do vắng", "l")],
             [["1", "Lô Văn Khăm", "Đi làm ăn ở Bình Dương"],
              ["2", "Moong Thị Xai", "Ốm"],
              ["3", "Vi Văn Bun", "Không lý do"],
              ["4", "Lương Văn Chính", "Đi học lớp trung cấp chính trị"],
              ["5", "Xồng Bá Dia", "Không báo cáo"]]),
           L("4. Chủ trì: đồng chí Lô Văn Phượng, Bí thư chi bộ, Trưởng bản."),
           L("5. Thư ký: đồng chí Vi Thị Mai.")],
          "2019-11-10", "19:00", None, "Nhà văn hóa bản Xốp Mạt", "Lô Văn Phượng", "Bí thư chi bộ", "Vi Thị Mai",
          attendance(21, 16, 5, 3, 2, 0,
                     [("Lô Văn Khăm", "Đi làm ăn ở Bình Dương", True), ("Moong Thị Xai", "Ốm", True),
                      ("Vi Văn Bun", "Không lý do", False),
                      ("Lương Văn Chính", "Đi học lớp trung cấp chính trị", True),
                      ("Xồng Bá Dia", "Không báo cáo", False)]),
          [LOW, UNEX]),
    _open("q-open-06",
          [L("a) Thời gian: khai mạc lúc 7 giờ 30 phút, ngày 15/01/2024."),
           L("b) Địa điểm: Nhà sinh hoạt cộng đồng buôn Cư Knia."),
           L("c) Thành phần: đảng viên của chi bộ 26 đồng chí (chính thức 24, dự bị 02); có mặt 24 đồng chí; vắng "
             "02 đồng chí có lý do: đồng chí Y Kông Niê – Bí thư chi bộ (đi dự lớp bồi dưỡng tại huyện), đồng chí "
             "H'Liên Mlô (sinh con)."),
           L("d) Chủ trì: đồng chí Y Thuốt Êban – Phó Bí thư chi bộ (thay đồng chí Bí thư đi học)."),
           L("đ) Thư ký: đồng chí H'Blơng Byă.")],
          "2024-01-15", "07:30", None, "Nhà sinh hoạt cộng đồng buôn Cư Knia", "Y Thuốt Êban", "Phó Bí thư chi bộ",
          "H'Blơng Byă",
          attendance(26, 24, 2, 2, 0, 0,
                     [("Y Kông Niê", "đi dự lớp bồi dưỡng tại huyện", True), ("H'Liên Mlô", "sinh con", True)]),
          []),
    _open("q-open-07",
          [P("Hôm nay, vào hồi tám giờ ba mươi phút ngày 20/7/2023, tại nhà văn hóa bản Khe Cát, Chi bộ bản Khe Cát "
             "thuộc Đảng bộ xã Thượng Trạch tiến hành sinh hoạt thường kỳ tháng Bảy. Đảng viên có mặt mười một trên "
             "tổng số mười hai đồng chí; vắng một đồng chí là Hồ Văn Xiêng, đi rừng lấy mật ong, có báo trước với "
             "chi ủy."),
           P("Đồng chí Hồ Thị Phương, Bí thư chi bộ chủ trì hội nghị; chi bộ cử đồng chí Đinh Văn Cường làm thư ký.")],
          "2023-07-20", "08:30", None, "nhà văn hóa bản Khe Cát", "Hồ Thị Phương", "Bí thư chi bộ", "Đinh Văn Cường",
          attendance(12, 11, 1, 1, 0, 0, [("Hồ Văn Xiêng", "đi rừng lấy mật ong, có báo trước với chi ủy", True)]),
          []),
    _open("q-open-08",
          [P("Vào lúc 14 giờ 30 phút ngày 06/12/2024, tại Hội trường HTX nông nghiệp Nhơn Phong, Chi bộ HTX tổ chức "
             "sinh hoạt định kỳ tháng 12."),
           L("Thành phần: có mặt 17/19 đảng viên; vắng 02 đ/c (01 có lý do, 01 không lý do)."),
           L("Chủ trì: đ/c Trương Văn Đạt, Bí thư chi bộ, Giám đốc HTX. Thư ký: đ/c Đào Thị Kim Thoa."),
           P("Nội dung sinh hoạt gồm: (1) thông tin thời sự, văn bản mới; (2) đánh giá kết quả sản xuất vụ Hè Thu "
             "và vụ Mùa; (3) bàn biện pháp thu hồi nợ dịch vụ thủy lợi phí; (4) kết luận, biểu quyết.")],
          "2024-12-06", "14:30", None, "Hội trường HTX nông nghiệp Nhơn Phong", "Trương Văn Đạt", "Bí thư chi bộ",
          "Đào Thị Kim Thoa",
          attendance(19, 17, 2, 1, 1, 0),
          [LOW, UNEX]),
    _open("q-open-09",
          [L("Thời gian: 14 giờ 30"),
           L("Địa điểm: Phòng họp tầng 2, Trụ sở UBND phường Hòa Hiệp Bắc"),
           L("Đảng viên tham dự đầy đủ 29/29 đồng chí, trong đó chính thức 27, dự bị 02, đạt tỷ lệ 100%."),
           L("Chủ tọa: đồng chí Phan Thanh Bình – Bí thư Chi bộ, Chủ tịch UBND phường"),
           L("Thư ký: đồng chí ThS. Lê Thị Thu Trang – Chuyên viên Văn phòng"),
           L("Khách mời: đồng chí Ngô Đức Hải – Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy phường")],
          None, "14:30", None, "Phòng họp tầng 2, Trụ sở UBND phường Hòa Hiệp Bắc", "Phan Thanh Bình",
          "Bí thư Chi bộ", "Lê Thị Thu Trang",
          attendance(29, 29, 0, 0, 0, 0, [],
                     [("Ngô Đức Hải", "Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy phường")]),
          []),
    _open("q-open-10",
          [P("Hôm nay, lúc 19h ngày 08/9/2025, tại Nhà văn hóa thôn Păng Tiêng B, Chi bộ thôn Păng Tiêng B họp định "
             "kỳ tháng 9 năm 2025."),
           P("Đảng viên của chi bộ gồm mười lăm đồng chí, trong đó một đồng chí được miễn sinh hoạt (đồng chí K'Bốp, "
             "82 tuổi). Có mặt mười hai đồng chí; vắng hai đồng chí: Ka H'Ly đi chăm con ốm ở bệnh viện tỉnh, "
             "Liêng Jrang K'Dớt đi làm cà phê thuê, không báo cáo."),
           P("Đồng chí Cil Mup K'Hiền – Bí thư chi bộ chủ trì; đồng chí Kră Jăn Ha Nhi ghi biên bản.")],
          "2025-09-08", "19:00", None, "Nhà văn hóa thôn Păng Tiêng B", "Cil Mup K'Hiền", "Bí thư chi bộ",
          "Kră Jăn Ha Nhi",
          attendance(15, 12, 2, 1, 1, 1,
                     [("Ka H'Ly", "đi chăm con ốm ở bệnh viện tỉnh", True),
                      ("Liêng Jrang K'Dớt", "đi làm cà phê thuê, không báo cáo", False)]),
          [LOW, UNEX]),
    _open("q-open-11",
          [L("Thời gian: 8h00, ngày 23/02/2019. Địa điểm: Văn phòng Ban quản lý rừng phòng hộ Sông Lò."),
           L("Đảng viên dự họp: 12 đ/c (tổng số 13 đ/c). Vắng 01 đ/c: Hà Văn Tiến, đang trực chốt bảo vệ rừng."),
           L("Điều hành: đ/c Lương Văn Thắm – Bí thư chi bộ, Trưởng ban. Ghi biên bản: đ/c Phạm Thị Yến."),
           P("Nội dung sinh hoạt gồm: thông tin thời sự; đánh giá công tác bảo vệ rừng tháng 02, triển khai nhiệm vụ "
             "tháng 3 năm 2019; phòng cháy chữa cháy rừng mùa khô.")],
          "2019-02-23", "08:00", None, "Văn phòng Ban quản lý rừng phòng hộ Sông Lò", "Lương Văn Thắm",
          "Bí thư chi bộ", "Phạm Thị Yến",
          attendance(13, 12, 1, 1, 0, 0, [("Hà Văn Tiến", "đang trực chốt bảo vệ rừng", True)]),
          []),
    _open("q-open-12",
          [P("Cuộc họp bắt đầu từ 7 giờ 30 đến 11 giờ 00 ngày 14 tháng 5 năm 2024 tại hội trường thôn Thanh Long."),
           P("Có mặt 18 trên tổng số 19 đảng viên, đạt tỷ lệ 94,7%; vắng 01 đồng chí có lý do (đồng chí Nguyễn Văn "
             "Hào đi tập huấn tại tỉnh)."),
           L("Chủ trì: Đồng chí Trần Đình Hiếu – Bí thư chi bộ"),
           L("Thư ký: Đồng chí Lê Thị Hoài Thương"),
           P("Tham dự có đồng chí Nguyễn Thị Thúy Hằng – Ủy viên BCH Đảng bộ xã, Chủ tịch Hội LHPN xã.")],
          "2024-05-14", "07:30", "11:00", "hội trường thôn Thanh Long", "Trần Đình Hiếu", "Bí thư chi bộ",
          "Lê Thị Hoài Thương",
          attendance(19, 18, 1, 1, 0, 0, [("Nguyễn Văn Hào", "đi tập huấn tại tỉnh", True)],
                     [("Nguyễn Thị Thúy Hằng", "Ủy viên BCH Đảng bộ xã, Chủ tịch Hội LHPN xã")]),
          []),
    _open("q-open-13",
          [L("Thời gian: 13 giờ 30 phút, ngày 05 tháng 6 năm 2025."),
           L("Địa điểm: Nhà rông làng Kon Jơ Dri."),
           L("Đảng viên: tổng số 23; có mặt 19; vắng 04, gồm:"),
           L("- Đồng chí A Phiu: đi điều trị tại Bệnh viện Đa khoa tỉnh;"),
           L("- Đồng chí Y Thia: đi công tác;"),
           L("- Đồng chí A Dũng;"),
           L("- Đồng chí Y Ngân: không lý do."),
           L("Chủ trì: đ/c A Ka, Bí thư chi bộ. Thư ký: đ/c Y Lan.")],
          "2025-06-05", "13:30", None, "Nhà rông làng Kon Jơ Dri", "A Ka", "Bí thư chi bộ", "Y Lan",
          attendance(23, 19, 4, 2, 2, 0,
                     [("A Phiu", "đi điều trị tại Bệnh viện Đa khoa tỉnh", True), ("Y Thia", "đi công tác", True),
                      ("A Dũng", None, False), ("Y Ngân", "không lý do", False)]),
          [LOW, UNEX]),
    _open("q-open-14",
          [P("Hôm nay, lúc 16 giờ 30 phút, ngày 27/3/2023, tại Trụ sở Công an xã Ea Bar, Chi bộ Công an xã tiến hành "
             "sinh hoạt thường kỳ tháng 3/2023. Tham dự có mười đồng chí, đủ 100% đảng viên của chi bộ."),
           L("Chủ trì: Thiếu tá Nguyễn Hữu Thiện, Bí thư chi bộ – Trưởng Công an xã."),
           L("Thư ký: Trung úy Y Phước Mlô."),
           L("Dự và chỉ đạo: đồng chí H'Rin Niê, Phó Bí thư Thường trực Đảng ủy xã.")],
          "2023-03-27", "16:30", None, "Trụ sở Công an xã Ea Bar", "Nguyễn Hữu Thiện", "Bí thư chi bộ",
          "Y Phước Mlô",
          attendance(10, 10, 0, 0, 0, 0, [], [("H'Rin Niê", "Phó Bí thư Thường trực Đảng ủy xã")]),
          []),
    _open("q-open-15",
          [L("Thời gian: 8 giờ, ngày 19/10/2020."),
           L("Địa điểm: Gươl thôn Arớt."),
           L("Thành phần: tổng số 20 đồng chí; có mặt 18 đồng chí; vắng 02 đồng chí (Bh'riu Thị Lan – đi dự tập "
             "huấn ở huyện; Alăng Văn Pố – ốm)."),
           L("Chủ trì: đồng chí Zơ Râm Thị Bích – Bí thư Chi bộ. Thư ký: đồng chí Coor Văn Dũng.")],
          "2020-10-19", "08:00", None, "Gươl thôn Arớt", "Zơ Râm Thị Bích", "Bí thư Chi bộ", "Coor Văn Dũng",
          attendance(20, 18, 2, 2, 0, 0,
                     [("Bh'riu Thị Lan", "đi dự tập huấn ở huyện", True), ("Alăng Văn Pố", "ốm", True)]),
          []),
    _open("q-open-16",
          [P("Vào lúc 14 giờ ngày 11 tháng 01 năm 2022, Chi bộ Trường THCS Ân Hảo họp tại phòng Hội đồng nhà "
             "trường."),
           L("Số đảng viên: 16; có mặt 15; vắng 01: đ/c Võ Thị Mỹ Lệ (nghỉ thai sản)."),
           L("Chủ trì: thầy Đặng Minh Triết – Hiệu trưởng."),
           L("Người ghi biên bản: cô Lê Thị Ngọc Diễm.")],
          "2022-01-11", "14:00", None, "phòng Hội đồng nhà trường", "Đặng Minh Triết", None, "Lê Thị Ngọc Diễm",
          attendance(16, 15, 1, 1, 0, 0, [("Võ Thị Mỹ Lệ", "nghỉ thai sản", True)]),
          []),
    _open("q-open-17",
          [L("Thời gian: 19h00 ngày 21/9/2021"),
           L("Địa điểm: Hội trường Đại đội 9"),
           P("Quân số đảng viên: 21 đ/c, có mặt 19 đ/c, vắng 02 đ/c: Đại úy Lê Văn Sỹ – Bí thư chi bộ, đi học tập "
             "trung tại Học viện Chính trị; Trung sĩ Rơ Châm Bin – làm nhiệm vụ phòng chống dịch tại chốt kiểm "
             "soát."),
           P("Đồng chí Thượng úy Trần Quốc Khánh – Phó Bí thư chi bộ điều hành buổi sinh hoạt; đồng chí Thượng sĩ "
             "Nguyễn Đăng Khoa làm thư ký.")],
          "2021-09-21", "19:00", None, "Hội trường Đại đội 9", "Trần Quốc Khánh", "Phó Bí thư chi bộ",
          "Nguyễn Đăng Khoa",
          attendance(21, 19, 2, 2, 0, 0,
                     [("Lê Văn Sỹ", "đi học tập trung tại Học viện Chính trị", True),
                      ("Rơ Châm Bin", "làm nhiệm vụ phòng chống dịch tại chốt kiểm soát", True)]),
          []),
    _open("q-open-18",
          [P("Hôm nay ngày 02/8/2025, vào lúc 7h30', tại Hội trường xóm 6, Chi bộ xóm 6 tiến hành họp định kỳ "
             "tháng 8."),
           L("Tổng số ĐV: 37 đ/c, trong đó miễn sinh hoạt 03 đ/c. Số ĐV phải dự: 34 đ/c."),
           L("Có mặt: 31/34 đ/c. Vắng: 03 đ/c (có lý do 02, không lý do 01)."),
           L("Chủ trì: đ/c Phan Đình Lộc – Bí thư chi bộ; thư ký: đ/c Hồ Thị Thanh Xuân.")],
          "2025-08-02", "07:30", None, "Hội trường xóm 6", "Phan Đình Lộc", "Bí thư chi bộ", "Hồ Thị Thanh Xuân",
          attendance(37, 31, 3, 2, 1, 3),
          [UNEX]),
    _open("q-open-19",
          [P("Lúc 19 giờ tối ngày 16 tháng 10 năm 2019, tại Nhà văn hóa tổ dân phố Long Hồ Hạ, chi bộ tổ dân phố "
             "tiến hành sinh hoạt thường kỳ tháng Mười dưới sự chủ trì của đồng chí Trương Công Thành, Bí thư chi "
             "bộ; đồng chí Nguyễn Thị Bạch Tuyết làm thư ký."),
           P("Tổng số đảng viên 27 đồng chí, trong đó có 05 đồng chí miễn sinh hoạt; có mặt 20 đồng chí; vắng 02 "
             "đồng chí, có lý do."),
           P("Đến dự có: đồng chí Hoàng Văn Thi, Đảng ủy viên, Trưởng Công an phường; đồng chí Nguyễn Thị Lài, Chủ "
             "tịch Hội Liên hiệp Phụ nữ phường.")],
          "2019-10-16", "19:00", None, "Nhà văn hóa tổ dân phố Long Hồ Hạ", "Trương Công Thành", "Bí thư chi bộ",
          "Nguyễn Thị Bạch Tuyết",
          attendance(27, 20, 2, 2, 0, 5, [],
                     [("Hoàng Văn Thi", "Đảng ủy viên, Trưởng Công an phường"),
                      ("Nguyễn Thị Lài", "Chủ tịch Hội Liên hiệp Phụ nữ phường")]),
          []),
    _open("q-open-20",
          [L("Thời gian: 15h00’ ngày 28/4/2021."),
           L("Địa điểm: Nhà văn hóa thôn Đông Thuỷ."),
           L("Có mặt 18/19 đ/c.  Vắng 01 đ/c: đ/c Mai Văn Tâm (đi làm ăn xa)."),
           L("Chủ trì: đồng chí Bí thư chi bộ Lê Văn Khang."),
           L("Thư ký: đồng chí Mai Thị Thuý.")],
          "2021-04-28", "15:00", None, "Nhà văn hóa thôn Đông Thuỷ", "Lê Văn Khang", "Bí thư chi bộ",
          "Mai Thị Thuý",
          attendance(19, 18, 1, 1, 0, 0, [("Mai Văn Tâm", "đi làm ăn xa", True)]),
          []),
    _open("q-open-21",
          [P("Hôm nay, vào hồi 14 giờ 00 phút ngày 09 tháng 02 năm 2026, tại Phòng họp số 2 Ủy ban nhân dân xã Đăk "
             "Pék, Chi bộ Văn phòng Đảng ủy – HĐND – UBND xã tiến hành sinh hoạt định kỳ tháng 02."),
           P("Chi bộ có ba mươi mốt đảng viên (hai mươi chín chính thức, hai dự bị); dự họp hai mươi chín đồng chí; "
             "vắng hai đồng chí đều có báo cáo: đồng chí A Quyết, Bí thư chi bộ, đi công tác tại tỉnh; đồng chí Y "
             "Xuân nghỉ phép năm."),
           P("Đồng chí Nguyễn Văn Phong – Phó Bí thư chi bộ chủ trì; đồng chí Y Nhung – Chi ủy viên được cử làm thư "
             "ký.")],
          "2026-02-09", "14:00", None, "Phòng họp số 2 Ủy ban nhân dân xã Đăk Pék", "Nguyễn Văn Phong",
          "Phó Bí thư chi bộ", "Y Nhung",
          attendance(31, 29, 2, 2, 0, 0,
                     [("A Quyết", "đi công tác tại tỉnh", True), ("Y Xuân", "nghỉ phép năm", True)]),
          []),
    _open("q-open-22",
          [L("Thời gian: từ 8 giờ sáng đến 11 giờ 30 ngày 12/12/2020."),
           L("Địa điểm: Hội trường thôn Thạch Bàn."),
           P("Thành phần: đảng viên trong chi bộ có 21 đồng chí; có mặt 19; vắng 02 là đồng chí Đoàn Văn Quý (không "
             "báo cáo) và đồng chí Lê Thị Nụ (đi thăm con ở Đồng Nai, có xin phép)."),
           L("Chủ trì: đồng chí Võ Xuân Hòa, Bí thư chi bộ kiêm Trưởng thôn. Thư ký: đồng chí Nguyễn Thị Mến.")],
          "2020-12-12", "08:00", "11:30", "Hội trường thôn Thạch Bàn", "Võ Xuân Hòa", "Bí thư chi bộ",
          "Nguyễn Thị Mến",
          attendance(21, 19, 2, 1, 1, 0,
                     [("Đoàn Văn Quý", "không báo cáo", False),
                      ("Lê Thị Nụ", "đi thăm con ở Đồng Nai, có xin phép", True)]),
          [UNEX]),
    _open("q-open-23",
          [P("Vào lúc 13 giờ 30 phút ngày 03/10/2022, tại phòng làm việc Ban CHQS xã Phước Sơn, Chi bộ Quân sự xã "
             "sinh hoạt thường kỳ tháng 10. Có mặt bảy trên bảy đồng chí đảng viên. Chủ trì: đồng chí Huỳnh Văn "
             "Sang, Bí thư chi bộ, Chỉ huy trưởng Ban CHQS xã; thư ký: đồng chí Phạm Quang Nhật.")],
          "2022-10-03", "13:30", None, "phòng làm việc Ban CHQS xã Phước Sơn", "Huỳnh Văn Sang", "Bí thư chi bộ",
          "Phạm Quang Nhật",
          attendance(7, 7, 0, 0, 0, 0),
          []),
    _open("q-open-24",
          [L("- Thời gian: 8 giờ 15 phút, ngày 17 tháng 7 năm 2024"),
           L("- Địa điểm: ………………………………"),
           L("- Đảng viên tổng số: 12; có mặt: 10; vắng: 02"),
           T([(0.08, "TT", "c"), (0.42, "Họ và tên", "l"), (0.5, "Lý do", "l")],
             [["1", "H'Yuôn Kbuôr", "Đi khám bệnh ở Buôn Ma Thuột"],
              ["2", "Y Jut Niê", ""]]),
           L("- Chủ trì: Y Ngọc Ksơr – Bí thư Chi bộ"),
           L("- Thư ký: H'Mai Êban")],
          "2024-07-17", "08:15", None, None, "Y Ngọc Ksơr", "Bí thư Chi bộ", "H'Mai Êban",
          attendance(12, 10, 2, 1, 1, 0,
                     [("H'Yuôn Kbuôr", "Đi khám bệnh ở Buôn Ma Thuột", True), ("Y Jut Niê", None, False)]),
          [LOW, UNEX]),
    _open("q-open-25",
          [P("Hôm nay, vào lúc 8h ngày 22 tháng 3 năm 2026, tại nhà văn hóa thôn Ka Vín, Chi bộ thôn Ka Vín tổ chức "
             "sinh hoạt thường kỳ tháng 3 năm 2026 với sự tham dự của hai mươi tư trên hai mươi tư đảng viên, đạt tỷ "
             "lệ 100%."),
           P("Về dự có đồng chí Thiếu tá Hồ Văn Ngân, Phó Chính trị viên Đồn Biên phòng A Đớt, cán bộ phụ trách địa "
             "bàn thôn; đồng chí Kăn Thị Ly, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã."),
           P("Đồng chí Hồ Văn Tiu – Bí thư chi bộ, Trưởng thôn chủ trì. Đồng chí Pi Thị Xuân ghi biên bản.")],
          "2026-03-22", "08:00", None, "nhà văn hóa thôn Ka Vín", "Hồ Văn Tiu", "Bí thư chi bộ", "Pi Thị Xuân",
          attendance(24, 24, 0, 0, 0, 0, [],
                     [("Hồ Văn Ngân", "Phó Chính trị viên Đồn Biên phòng A Đớt, cán bộ phụ trách địa bàn thôn"),
                      ("Kăn Thị Ly", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")]),
          []),
    _open("q-open-26",
          [P("Ngày 19/6/2023, Chi bộ thôn Phước Thuận họp thường kỳ tại nhà văn hóa thôn."),
           L("Đảng viên: 25 (chính thức 23, dự bị 02), miễn sinh hoạt 02; có mặt 21; vắng 02: đ/c Trần Văn Cu (ốm), "
             "đ/c Lê Văn Bảy (đi đám cưới cháu ở Quảng Nam, có báo)."),
           L("Chủ trì: đ/c Huỳnh Tấn Lực (Bí thư). Thư ký: đ/c Lê Thị Kim Yến.")],
          "2023-06-19", None, None, "nhà văn hóa thôn", "Huỳnh Tấn Lực", "Bí thư", "Lê Thị Kim Yến",
          attendance(25, 21, 2, 2, 0, 2,
                     [("Trần Văn Cu", "ốm", True), ("Lê Văn Bảy", "đi đám cưới cháu ở Quảng Nam, có báo", True)]),
          []),
    _open("q-open-27",
          [P("Vào lúc bảy giờ sáng ngày 26/11/2023, tại nhà rông làng Kon Bruh, Chi bộ làng Kon Bruh tiến hành sinh "
             "hoạt chi bộ thường kỳ tháng 11."),
           P("Chi bộ có tất cả mười tám đảng viên; đồng chí Đinh Thị Bơih và đồng chí Đinh Văn Hnơch được miễn sinh "
             "hoạt vì tuổi cao, bệnh nặng. Hôm nay có mặt mười lăm đồng chí, vắng một đồng chí là Đinh Văn Tưk đi lên "
             "rẫy, không báo cáo với chi bộ."),
           L("Chủ tọa: đồng chí Đinh Văn Blơn, Bí thư chi bộ; thư ký: đồng chí Đinh Thị H'Lý.")],
          "2023-11-26", "07:00", None, "nhà rông làng Kon Bruh", "Đinh Văn Blơn", "Bí thư chi bộ", "Đinh Thị H'Lý",
          attendance(18, 15, 1, 0, 1, 2, [("Đinh Văn Tưk", "đi lên rẫy, không báo cáo với chi bộ", False)]),
          [UNEX]),
    _open("q-open-28",
          [L("Thời gian: 13h30 ngày 15/4/2019"),
           L("Địa điểm: Trạm Quản lý bảo vệ rừng Tà Ngâm"),
           L("Tổng số đảng viên: 22 đ/c. Có mặt: 20 đ/c. Vắng: 02 đ/c (01 đ/c đi tuần tra rừng, 01 đ/c nghỉ ốm)."),
           P("Đồng chí Nguyễn Đình Chương, Bí thư chi bộ, Giám đốc Lâm trường chủ trì hội nghị. Chi bộ thống nhất cử "
             "đồng chí Lê Thị Thu Hiền làm thư ký.")],
          "2019-04-15", "13:30", None, "Trạm Quản lý bảo vệ rừng Tà Ngâm", "Nguyễn Đình Chương", "Bí thư chi bộ",
          "Lê Thị Thu Hiền",
          attendance(22, 20, 2, 2, 0, 0),
          []),
    _open("q-open-29",
          [P("Hôm nay, ngày 8/1/2025, vào lúc 19 giờ 45 phút, tại nhà văn hóa xóm 3, Chi bộ xóm 3 xã Kim Liên tiến "
             "hành sinh hoạt thường kỳ tháng 01 năm 2025."),
           L("Tổng số đảng viên: 41; miễn sinh hoạt: 06; phải dự: 35; có mặt: 35, đạt 100%."),
           L("Chủ trì hội nghị: đồng chí Hoàng Xuân Tịnh – Bí thư chi bộ."),
           L("Thư ký hội nghị: đồng chí BS. Chu Thị Lan Anh, Trạm trưởng Trạm Y tế xã."),
           L("Nội dung sinh hoạt:"),
           L("1. Thông tin thời sự; quán triệt văn bản mới của cấp trên."),
           L("2. Kiểm điểm việc thực hiện nghị quyết tháng 12/2024; phương hướng tháng 01/2025."),
           L("3. Chuẩn bị các điều kiện đón Tết Nguyên đán Ất Tỵ.")],
          "2025-01-08", "19:45", None, "nhà văn hóa xóm 3", "Hoàng Xuân Tịnh", "Bí thư chi bộ", "Chu Thị Lan Anh",
          attendance(41, 35, 0, 0, 0, 6),
          []),
    _open("q-open-30",
          [P("Hôm nay, ngày 14 tháng 8 năm 2021, hồi 15 giờ, Chi bộ làng Tà Điệk họp tại nhà sinh hoạt cộng đồng "
             "làng."),
           L("Số đảng viên: 13. Có mặt: 10. Vắng 3 đồng chí:"),
           L("+ Đinh Văn Rôn – đi chữa bệnh ở Quy Nhơn;"),
           L("+ Đinh Thị Mai – tự ý đi làm thuê ở Đắk Lắk;"),
           L("+ Đinh Văn Chuông – không có lý do."),
           P("Đồng chí Đinh Văn Nhớ – Bí thư chi bộ chủ trì; đồng chí Đinh Thị Hoa – Chi ủy viên làm thư ký.")],
          "2021-08-14", "15:00", None, "nhà sinh hoạt cộng đồng làng", "Đinh Văn Nhớ", "Bí thư chi bộ",
          "Đinh Thị Hoa",
          attendance(13, 10, 3, 1, 2, 0,
                     [("Đinh Văn Rôn", "đi chữa bệnh ở Quy Nhơn", True),
                      ("Đinh Thị Mai", "tự ý đi làm thuê ở Đắk Lắk", False),
                      ("Đinh Văn Chuông", "không có lý do", False)]),
          [LOW, UNEX]),
    _open("q-open-31",
          [L("Thời gian: 7 giờ 00, ngày 03 tháng 06 năm 2024"),
           L("Địa điểm: Phòng họp Đội Cảnh sát giao thông – Trật tự, Công an huyện Như Xuân"),
           L("Có mặt: 15/16 đồng chí; vắng 01 đồng chí (Trung úy Lê Anh Tuấn – trực ban)."),
           L("Chủ trì: Trung tá Nguyễn Hữu Toàn – Bí thư chi bộ, Đội trưởng"),
           L("Thư ký: Thượng úy Hoàng Thị Vân")],
          "2024-06-03", "07:00", None, "Phòng họp Đội Cảnh sát giao thông – Trật tự, Công an huyện Như Xuân",
          "Nguyễn Hữu Toàn", "Bí thư chi bộ", "Hoàng Thị Vân",
          attendance(16, 15, 1, 1, 0, 0, [("Lê Anh Tuấn", "trực ban", True)]),
          []),
    _open("q-open-32",
          [P("Vào lúc 5 giờ chiều ngày 11/01/2020, tại trụ sở Nghiệp đoàn nghề cá phường Mân Thái, chi bộ tiến hành "
             "họp thường kỳ tháng 01."),
           P("Chi bộ có 9 đảng viên, hôm nay có mặt 6; 3 đồng chí đi biển dài ngày chưa về."),
           P("Chủ trì: đồng chí Phạm Văn Lời, Bí thư chi bộ kiêm Chủ tịch Nghiệp đoàn nghề cá. Thư ký: đồng chí Trần "
             "Thị Bé Ba.")],
          "2020-01-11", "17:00", None, "trụ sở Nghiệp đoàn nghề cá phường Mân Thái", "Phạm Văn Lời", "Bí thư chi bộ",
          "Trần Thị Bé Ba",
          attendance(9, 6, 3, 3, 0, 0),
          [LOW]),
]

# ---------------------------------------------------------------------------------------------------- bodies
MC, MA, MV, NA, ND = "missing_conclusion", "missing_assignments", "missing_vote", "not_approved", "no_discussion"

BODIES = [
    _body("q-body-01",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Ksor H'Nhiêu phát biểu: thời gian qua một số hộ trong làng còn để trâu bò thả rông, phá cây "
             "mì, cây điều của bà con; đề nghị chi bộ chỉ đạo ban tự quản làng nhắc nhở, nếu tái phạm thì đưa ra "
             "họp làng."),
           P("Đồng chí Rơ Lan Thoang (tổ 2) đề nghị chi bộ quan tâm hơn đến việc vận động con em trong làng đi học "
             "lại, hiện còn 4 em lớp 7, lớp 8 nghỉ học giữa chừng chưa trở lại trường."),
           H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
           P("Đồng chí Kpă Thuyên tiếp thu các ý kiến và kết luận: chi bộ thống nhất với đánh giá kết quả tháng qua; "
             "tháng tới tập trung chăm sóc, thu hoạch mì và điều, không để trâu bò thả rông; vận động toàn bộ số "
             "học sinh bỏ học trở lại lớp; giữ vững an ninh trật tự, không để xảy ra tình trạng uống rượu gây rối "
             "trong làng."),
           P("Chi bộ biểu quyết thông qua kết luận: 14/14 đồng chí có mặt tán thành."),
           H("VI. PHÂN CÔNG"),
           P("Giao đồng chí Siu Thị Blôh, Chi hội trưởng Chi hội Phụ nữ, phối hợp với nhà trường đến từng nhà vận "
             "động 4 em học sinh bỏ học trở lại lớp, xong trước ngày 20/11."),
           P("Đồng chí Nay Đoan phụ trách cùng ban tự quản làng kiểm tra, nhắc nhở các hộ nuôi trâu bò làm chuồng, "
             "không thả rông, trong tháng 11."),
           P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe, các đồng "
             "chí nhất trí thông qua.")],
          ("Kpă Thuyên", "Bí thư chi bộ", "Rơ Lan H'Dơn", 15, 14),
          "21:15", True, [vote(14, text="kết luận")],
          [task("Siu Thị Blôh", "vận động 4 học sinh bỏ học trở lại lớp", "20/11"),
           task("Nay Đoan", "nhắc nhở các hộ làm chuồng trâu bò", "tháng 11")],
          []),
    _body("q-body-02",
          [H("4. Thảo luận"),
           L("- Đ/c Thiếu tá Phạm Văn Hùng: tình hình qua lại trái phép bằng đường mòn, lối mở khu vực mốc 520 có "
             "chiều hướng tăng vào dịp cuối năm; đề nghị tăng cường tuần tra song phương với lực lượng bảo vệ biên "
             "giới nước bạn."),
           L("- Đ/c Đại úy Trần Văn Hiếu: một số bản còn hộ thiếu đói giáp hạt, đề nghị Đồn sớm tham mưu cấp trên "
             "hỗ trợ gạo."),
           L("- Đ/c Trung úy Lò Văn Sinh: đề nghị duy trì lớp xóa mù chữ buổi tối ở bản Ka Định, hiện còn 11 học "
             "viên theo học đều."),
           H("5. Kết luận"),
           P("Đồng chí Bí thư chi bộ kết luận: chi bộ cơ bản hoàn thành nhiệm vụ tháng 9; trong tháng 10 tập trung "
             "quản lý chặt đường biên, mốc quốc giới, không để bị động bất ngờ; phối hợp cấp ủy, chính quyền xã chăm "
             "lo đời sống đồng bào, duy trì lớp học xóa mù chữ."),
           P("Hội nghị biểu quyết bằng hình thức giơ tay, 100% đảng viên có mặt nhất trí."),
           H("6. Phân công thực hiện"),
           L("1. Đ/c Đại úy Trần Văn Hiếu – Đội trưởng Đội Vũ trang: xây dựng kế hoạch tuần tra song phương quý IV, "
             "trình Ban Chỉ huy Đồn trước 25/10."),
           L("2. Đ/c Trung úy Lò Văn Sinh: duy trì lớp xóa mù chữ bản Ka Định, thường xuyên."),
           L("3. Tổ công tác bản Ka Định: nắm số hộ thiếu đói, báo cáo Đồn hằng tuần."),
           P("Hội nghị kết thúc vào 10 giờ 40 phút. Biên bản được đọc lại trước hội nghị, 100% đảng viên nhất trí "
             "thông qua.")],
          ("Hoàng Đức Mạnh", "Bí thư chi bộ", "Lê Thị Hồng Nhung", 12, 12),
          "10:40", True, [vote(pct=100, text="kết luận")],
          [task("Trần Văn Hiếu", "kế hoạch tuần tra song phương quý IV", "25/10"),
           task("Lò Văn Sinh", "duy trì lớp xóa mù chữ", "thường xuyên"),
           task("Tổ công tác bản Ka Định", "nắm số hộ thiếu đói, báo cáo", "hằng tuần")],
          []),
    _body("q-body-03",
          [H("IV. THẢO LUẬN VÀ KẾT LUẬN"),
           P("Đồng chí Tôn Thất Hùng phát biểu: các đồng chí đảng viên cao tuổi vẫn giữ nếp đọc báo Nhân Dân và báo "
             "của tỉnh hằng ngày, nhưng việc nắm dư luận trong tổ dân phố còn chưa thường xuyên; đề nghị mỗi tổ đảng "
             "có người theo dõi, phản ánh kịp thời về chi ủy."),
           P("Đồng chí Nguyễn Thị Lệ Thủy nêu ý kiến: việc thu đảng phí của một số đồng chí ở xa, đi chữa bệnh dài "
             "ngày còn chậm; đề nghị chi ủy có cách làm linh hoạt, có thể nhờ người nhà nộp thay."),
           P("Chi bộ thảo luận, thống nhất với báo cáo của chi ủy và phương hướng nhiệm vụ tháng tới."),
           P("Biểu quyết thông qua báo cáo: 17/17 đồng chí nhất trí."),
           P("Giao đồng chí Phan Văn Cẩm theo dõi, đôn đốc việc đóng đảng phí của các đồng chí ở xa, báo cáo kết "
             "quả tại kỳ họp sau."),
           P("Cuộc họp kết thúc hồi 10h45. Biên bản đã được thông qua.")],
          ("Lê Bá Tùng", "Bí thư chi bộ", "Trần Thị Mộng Cầm", 19, 17),
          "10:45", False, [vote(17, text="báo cáo")],
          [task("Phan Văn Cẩm", "đôn đốc đóng đảng phí", "kỳ họp sau")],
          [MC]),
    _body("q-body-04",
          [H("Ý KIẾN THẢO LUẬN"),
           P("Đồng chí Trưởng xóm cho rằng việc huy động ngày công làm đường bê tông nội đồng còn chậm, nhiều hộ có "
             "người đi làm ăn xa nên không bố trí được; đề nghị cho quy đổi ngày công thành tiền theo mức xóm đã "
             "thống nhất."),
           P("Đồng chí Chi hội trưởng Hội Cựu chiến binh đề nghị chi bộ chú ý tình trạng thanh niên tụ tập chạy xe "
             "máy lạng lách vào các tối cuối tuần trên tuyến đường liên xã."),
           H("KẾT LUẬN"),
           P("Thay mặt chi ủy, đồng chí Thái Văn Lợi – Bí thư chi bộ kết luận: CB ghi nhận ý kiến của các đồng chí; "
             "tháng tới tập trung hoàn thành tuyến đường bê tông nội đồng giai đoạn 2, bảo đảm an ninh trật tự trên "
             "địa bàn xóm. Đề nghị mỗi ĐV gương mẫu đóng góp ngày công, vận động gia đình và bà con hàng xóm cùng "
             "thực hiện; các đồng chí đảng viên có con em trong độ tuổi thanh niên phải quản lý, nhắc nhở con em "
             "mình."),
           P("Biểu quyết: tán thành 23, không tán thành 0, ý kiến khác 0."),
           P("Họp xong 20h30. Biên bản đọc lại, chi bộ nhất trí.")],
          ("Thái Văn Lợi", "Bí thư chi bộ", "Nguyễn Thị Hương Giang", 25, 23),
          "20:30", True, [vote(23, 0, 0, text="kết luận")], [],
          [MA]),
    _body("q-body-05",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Y Dhăm Mlô (tổ 3) đề nghị chi bộ kiến nghị xã sửa đoạn đường vào khu rẫy Ea Pô bị sạt lở sau mưa, "
             "hiện xe chở cà phê không vào được."),
           P("Đ/c H'Ngia Byă cho biết Chi hội Phụ nữ đã vận động được 9 hộ vào tổ vay vốn, còn 3 hộ chưa đủ hồ sơ; "
             "mong chi bộ chỉ đạo ban tự quản buôn xác nhận sớm."),
           H("V. KẾT LUẬN"),
           P("Chi bộ thống nhất: tập trung thu hái cà phê đúng độ chín, không hái xanh; chủ động phòng chống trộm "
             "cắp cà phê mùa thu hoạch; tiếp tục vận động các hộ đủ điều kiện tái canh diện tích cà phê già cỗi; "
             "chuẩn bị chu đáo Ngày hội Đại đoàn kết toàn dân tộc ở buôn."),
           P("Biểu quyết nhất trí 100% (16/16)."),
           H("VI. PHÂN CÔNG THỰC HIỆN"),
           T([(0.3, "Người thực hiện", "l"), (0.47, "Nội dung", "l"), (0.23, "Thời hạn", "c")],
             [["Đ/c H'Ngia Byă", "Hoàn thiện hồ sơ vay vốn cho 3 hộ còn lại", "Trước 30/11/2024"],
              ["Chi đoàn thanh niên", "Ra quân sửa tạm đoạn đường vào khu rẫy Ea Pô", "Tháng 11/2024"],
              ["Tổ an ninh buôn", "Tuần tra ban đêm, chống trộm cắp cà phê", "Thường xuyên"],
              ["Đ/c Y Kim Êban và đ/c Y Brô Niê", "Hướng dẫn bà con kỹ thuật tái canh cà phê", "Quý I/2025"]]),
           P("Buổi họp kết thúc lúc 21 giờ cùng ngày; biên bản được đọc lại và thông qua.")],
          ("Y Wem Buôn Yă", "Bí thư chi bộ", "H'Dyơr Niê", 17, 16),
          "21:00", True, [vote(16, pct=100, text="kết luận")],
          [task("H'Ngia Byă", "hồ sơ vay vốn cho 3 hộ", "30/11/2024"),
           task("Chi đoàn thanh niên", "sửa tạm đường vào khu rẫy", "Tháng 11/2024"),
           task("Tổ an ninh buôn", "tuần tra ban đêm", "Thường xuyên"),
           task("Y Kim Êban", "hướng dẫn tái canh cà phê", "Quý I/2025"),
           task("Y Brô Niê", "hướng dẫn tái canh cà phê", "Quý I/2025")],
          []),
    _body("q-body-06",
          [H("IV. Ý KIẾN THẢO LUẬN"),
           P("Đồng chí Nguyễn Văn Sáu cho rằng số vụ khai thác gỗ trái phép ở tiểu khu 412 tuy có giảm nhưng đối "
             "tượng ngày càng tinh vi, thường vào rừng ban đêm; đồng chí đề nghị bố trí thêm chốt chặn ở ngã ba suối "
             "Nước Xa."),
           P("Đồng chí Hồ Thị Nga đề nghị Công ty sớm chi trả tiền khoán bảo vệ rừng quý III cho các hộ nhận khoán, "
             "tránh để bà con thắc mắc."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Bí thư chi bộ kết luận: thống nhất tăng cường tuần tra tại các điểm nóng, xử lý nghiêm các vụ "
             "vi phạm; đẩy nhanh thủ tục chi trả tiền khoán bảo vệ rừng cho hộ nhận khoán; chuẩn bị lực lượng, "
             "phương tiện phòng chống cháy rừng mùa khô năm 2025."),
           P("Việc kiểm tra, lập biên bản các điểm khai thác trái phép ở tiểu khu 412 được giao cho đ/c Trần Minh "
             "Tuấn, hoàn thành chậm nhất ngày 05/11."),
           P("Đội Quản lý bảo vệ rừng số 2 chịu trách nhiệm duy trì chốt chặn ở ngã ba suối Nước Xa trong mùa khô."),
           P("Buổi sinh hoạt kết thúc lúc 16 giờ 45 phút.")],
          ("Trần Quang Vinh", "Bí thư chi bộ", "Hồ Thị Kim Oanh", 20, 18),
          "16:45", True, [],
          [task("Trần Minh Tuấn", "kiểm tra, lập biên bản điểm khai thác trái phép", "05/11"),
           task("Đội Quản lý bảo vệ rừng số 2", "duy trì chốt chặn suối Nước Xa", "mùa khô")],
          [MV, NA]),
    _body("q-body-07",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Lê Văn Tám hỏi: chính sách hỗ trợ chuyển đổi cây trồng trên đất lúa kém hiệu quả có áp dụng "
             "cho các hộ trồng ớt, dưa hấu ở cánh đồng Gò Dài không?"),
           P("Đồng chí Bí thư chi bộ trả lời: các hộ chuyển sang cây hằng năm đúng kế hoạch của xã đều được xem xét "
             "hỗ trợ; hồ sơ nộp qua Hợp tác xã, chi bộ sẽ đề nghị Hợp tác xã hướng dẫn cụ thể."),
           P("Đồng chí Trần Thị Lựu đề nghị nhắc nhở một số hộ đốt rơm rạ ven đường gây khói bụi, ảnh hưởng người đi "
             "đường."),
           H("V. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận: chi bộ thống nhất chỉ đạo làm tốt khâu làm đất, chuẩn bị giống cho vụ Đông "
             "Xuân 2024–2025; khuyến khích chuyển đổi cây trồng trên chân ruộng cao; không đốt rơm rạ ven đường, giữ "
             "vệ sinh môi trường."),
           P("Biểu quyết thông qua kết luận: 20/20 đồng chí nhất trí."),
           H("VI. XÉT CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC"),
           P("Đồng chí Nguyễn Thị Mỹ Dung, kết nạp ngày 12/10/2023, đã hết thời gian dự bị. Chi bộ nghe bản tự kiểm "
             "điểm của đồng chí, ý kiến của đảng viên giúp đỡ và của các đoàn thể; các ý kiến đều đánh giá đồng chí "
             "Mỹ Dung đủ tư cách đảng viên. Kết quả biểu quyết: 19/19 đồng chí đảng viên chính thức có mặt tán "
             "thành, đạt 100%."),
           P("Chi bộ giao đồng chí Bí thư chi bộ hoàn tất hồ sơ đề nghị công nhận đảng viên chính thức, báo cáo Đảng "
             "ủy xã trước ngày 30/10."),
           P("Giao đồng chí Võ Thị Thu làm việc với Hợp tác xã, tổng hợp danh sách hộ đăng ký chuyển đổi cây trồng "
             "trong tháng 11."),
           P("Cuộc họp kết thúc hồi 16h10 cùng ngày. Biên bản đã được đọc lại trước chi bộ và được nhất trí thông "
             "qua.")],
          ("Nguyễn Thành Nhân", "Bí thư chi bộ", "Lê Thị Bảo Châu", 21, 20),
          "16:10", True,
          [vote(20, text="kết luận"), vote(19, pct=100, text="công nhận đảng viên chính thức Nguyễn Thị Mỹ Dung")],
          [task("Bí thư chi bộ", "hồ sơ công nhận đảng viên chính thức", "30/10"),
           task("Võ Thị Thu", "danh sách hộ chuyển đổi cây trồng", "tháng 11")],
          []),
    _body("q-body-08",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí A Thút phát biểu: mùa mưa năm nay nhiều đoạn đường vào khu sản xuất bị sạt, ba con đi lại khó "
             "khăn, thu hoạch mì chậm; đề nghị làng huy động thanh niên sửa tạm để kịp vận chuyển."),
           P("Đồng chí Y Bông nói: lớp dạy dệt thổ cẩm đã có 14 chị em tham gia nhưng còn thiếu khung dệt; đề nghị "
             "chi bộ báo cáo xã xin hỗ trợ."),
           H("V. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận: chi bộ thống nhất tập trung thu hoạch mì, cà phê; duy trì lớp dệt thổ cẩm "
             "để giữ nghề truyền thống của đồng bào Ba Na; vận động bà con không phát rẫy mới trong rừng phòng hộ."),
           H("VI. PHÂN CÔNG"),
           L("+ Đồng chí A Blưu: huy động thanh niên làng sửa đường vào khu sản xuất, xong trong tuần tới."),
           L("+ Đồng chí Y Bông và đồng chí Y Hiền: duy trì lớp dệt thổ cẩm, lập danh sách khung dệt còn thiếu gửi "
             "chi ủy trước ngày 31/10."),
           P("Buổi sinh hoạt kết thúc lúc 20 giờ 50. Biên bản được đọc lại, chi bộ biểu quyết nhất trí thông qua "
             "biên bản 100%.")],
          ("A Thái", "Bí thư chi bộ", "Y Diệu", 14, 13),
          "20:50", True, [],
          [task("A Blưu", "sửa đường vào khu sản xuất", "tuần tới"),
           task("Y Bông", "lớp dệt thổ cẩm, danh sách khung dệt", "31/10"),
           task("Y Hiền", "lớp dệt thổ cẩm, danh sách khung dệt", "31/10")],
          [MV]),
    _body("q-body-09",
          [H("IV. Ý KIẾN THAM GIA"),
           T([(0.08, "TT", "c"), (0.28, "Người phát biểu", "l"), (0.64, "Nội dung ý kiến", "l")],
             [["1", "Đ/c Lê Văn Cường", "Giá dịch vụ làm đất vụ Đông của HTX cao hơn tư nhân, xã viên phàn nàn; "
                                       "đề nghị xem xét giảm 10%."],
              ["2", "Đ/c Nguyễn Thị Sen", "Đề nghị công khai thu chi quỹ phát triển sản xuất năm 2024 tại hội nghị "
                                         "xã viên."],
              ["3", "Đ/c Hoàng Văn Phú", "Không nhất trí giảm giá vì HTX còn phải trả nợ mua máy cày; nên giữ "
                                        "nguyên giá, nâng chất lượng dịch vụ."]]),
           H("V. KẾT LUẬN"),
           L("Đồng chí chủ trì kết luận các nội dung sau:"),
           L("1) Giữ nguyên giá dịch vụ làm đất vụ Đông năm 2024, nâng cao chất lượng, bảo đảm làm đất đúng lịch "
             "thời vụ."),
           L("2) Công khai thu chi quỹ phát triển sản xuất năm 2024 tại hội nghị xã viên cuối năm."),
           L("3) Giao đ/c Lê Thị Huyền, kế toán HTX, hoàn thành quyết toán tài chính năm 2024 trước ngày "
             "15/12/2024."),
           L("4) Đ/c Lê Văn Cường chịu trách nhiệm điều phối máy làm đất cho các đội sản xuất, bảo đảm làm đất xong "
             "trước ngày 10/11."),
           P("Giơ tay biểu quyết: 11/12 đồng chí tán thành, 01 đồng chí không tán thành."),
           P("Buổi họp kết thúc 11 giờ 20 phút, biên bản được thông qua trước toàn thể đảng viên dự họp.")],
          ("Lê Hữu Nghĩa", "Bí thư chi bộ", "Đỗ Thị Hạnh", 13, 12),
          "11:20", True, [vote(11, 1, text="kết luận")],
          [task("Lê Thị Huyền", "quyết toán tài chính năm 2024", "15/12/2024"),
           task("Lê Văn Cường", "điều phối máy làm đất", "10/11")],
          []),
    _body("q-body-10",
          [H("IV. THẢO LUẬN"),
           P("Các ý kiến tham gia đều nhất trí với báo cáo của chi ủy. Một số ý kiến đề nghị chi bộ quan tâm hơn "
             "đến việc thăm hỏi đảng viên cao tuổi ốm đau, nhất là các đồng chí sống một mình; có ý kiến đề nghị "
             "tổ chức cho đảng viên đi tham quan khu di tích nhân dịp kỷ niệm ngày thành lập Đảng."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Bí thư kết luận: chi bộ thống nhất giữ vững nền nếp sinh hoạt; chăm lo đời sống tinh thần cho "
             "đảng viên cao tuổi; phối hợp Ban công tác Mặt trận khu dân cư vận động nhân dân giữ gìn vệ sinh, phân "
             "loại rác tại nguồn."),
           P("Chi bộ biểu quyết: tán thành hai mươi hai, không tán thành không, ý kiến khác không."),
           H("VI. NHIỆM VỤ"),
           P("Đồng chí Phó Bí thư chi bộ phụ trách lập danh sách, tổ chức thăm hỏi, tặng quà các đảng viên cao tuổi "
             "ốm đau trước Tết Nguyên đán."),
           P("Họp xong lúc 10 giờ 15 phút. Biên bản đã được đọc lại và thông qua.")],
          ("Đặng Công Lý", "Bí thư chi bộ", "Phan Thị Ngọc Ánh", 24, 22),
          "10:15", True, [vote(22, 0, 0, text="kết luận")],
          [task("Phó Bí thư chi bộ", "thăm hỏi, tặng quà đảng viên cao tuổi ốm đau", "Tết Nguyên đán")],
          [ND]),
    _body("q-body-11",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Thượng úy Nguyễn Văn Vinh phát biểu: qua rà soát, trên địa bàn còn 5 đối tượng nghiện ma túy đang "
             "cai nghiện tại gia đình, 2 đối tượng có biểu hiện tái nghiện; đề nghị chi bộ chỉ đạo tăng cường quản "
             "lý, phối hợp gia đình giáo dục."),
           P("Đ/c Trung úy Phạm Quốc Huy đề nghị đẩy mạnh tuyên truyền phòng chống lừa đảo qua mạng, vì trong tháng "
             "có 3 trường hợp người dân bị lừa chuyển tiền."),
           H("KẾT LUẬN"),
           P("Đồng chí Bí thư chi bộ kết luận: tháng 11 chi bộ tập trung lãnh đạo giữ vững an ninh trật tự trên địa "
             "bàn, quản lý chặt số đối tượng nghiện, không để phát sinh điểm phức tạp; đẩy mạnh tuyên truyền phòng "
             "chống lừa đảo công nghệ cao đến từng thôn; hoàn thành việc cập nhật dữ liệu dân cư."),
           P("Tỷ lệ biểu quyết tán thành: 100%."),
           P("Đồng chí Trung úy Phạm Quốc Huy được giao rà soát lại toàn bộ số đối tượng nghiện và sau cai trên địa "
             "bàn, lập hồ sơ quản lý từng trường hợp. Việc này phải xong trước ngày 31/10/2024."),
           P("Đồng chí Lê Thị Quỳnh chịu trách nhiệm cập nhật, làm sạch dữ liệu dân cư, báo cáo tiến độ hằng tuần."),
           P("Sinh hoạt kết thúc 17h30'. Biên bản được đọc lại, các đồng chí dự họp nhất trí 100%.")],
          ("Nguyễn Đức Thắng", "Bí thư chi bộ", "Trần Thị Thu Hương", 8, 8),
          "17:30", True, [vote(pct=100, text="kết luận")],
          [task("Phạm Quốc Huy", "rà soát, lập hồ sơ quản lý đối tượng nghiện", "31/10/2024"),
           task("Lê Thị Quỳnh", "cập nhật dữ liệu dân cư", "hằng tuần")],
          []),
    _body("q-body-12",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Đinh Thị Hmưr (Chi hội trưởng Phụ nữ) nói: chị em trong làng đã làm được 6 vườn rau sạch theo "
             "mô hình của xã, nhưng mùa khô thiếu nước tưới; đề nghị chi bộ xin xã hỗ trợ ống dẫn nước từ khe Đak "
             "Kơ Ne."),
           P("Đồng chí Đinh Văn Dol đề nghị chi bộ nhắc nhở các hộ còn chôn cất người chết gần nhà, không đưa ra "
             "khu nghĩa địa chung của làng."),
           H("V. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận: chi bộ thống nhất duy trì, nhân rộng mô hình vườn rau sạch; vận động bà con "
             "thực hiện đúng quy ước của làng về mai táng; tiếp tục bồi dưỡng quần chúng ưu tú để phát triển đảng "
             "viên trong thanh niên."),
           P("Chi bộ giơ tay biểu quyết thông qua kết luận: 100% đảng viên có mặt nhất trí (15/15)."),
           H("VI. XÉT KẾT NẠP ĐẢNG VIÊN"),
           P("Chi bộ xem xét hồ sơ đề nghị kết nạp quần chúng Đinh Văn Thuk, sinh năm 2001, Phó Bí thư Chi đoàn làng, "
             "vào Đảng. Kết quả biểu quyết: 14/14 đảng viên chính thức có mặt tán thành, đạt 100%."),
           P("Giao đồng chí Đinh Văn Rứ hoàn chỉnh hồ sơ kết nạp, gửi Đảng ủy xã chậm nhất ngày 10/11."),
           P("Buổi sinh hoạt kết thúc lúc 20 giờ 40 phút. Biên bản đã được đọc lại, thông qua.")],
          ("Đinh Văn Hyưk", "Bí thư chi bộ", "Đinh Thị Ngơn", 16, 15),
          "20:40", True,
          [vote(15, pct=100, text="kết luận"), vote(14, pct=100, text="kết nạp quần chúng Đinh Văn Thuk")],
          [task("Đinh Văn Rứ", "hoàn chỉnh hồ sơ kết nạp", "10/11")],
          []),
    _body("q-body-13",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Đặng Xuân Lực phát biểu: mùa lũ năm nay nước lên nhanh, nhiều hộ ở vùng trũng ven sông Kiến "
             "Giang chưa kê kích đồ đạc; đề nghị thôn kiểm tra lại phương án di dời."),
           P("Đồng chí Phạm Thị Hoa nói: còn một số hộ chưa nộp quỹ phòng chống thiên tai năm 2024."),
           P("Sau khi thảo luận, chi bộ nhất trí với báo cáo và phương hướng nhiệm vụ tháng 11."),
           P("Biểu quyết: 10/11 tán thành, 01 ý kiến khác."),
           P("Đề nghị cac đồng chí đảng viên tích cực tham gia phòng chống lụt bão, giúp đỡ các hộ neo đơn di dời "
             "khi có lũ; mỗi đảng viên vận động gia đình nộp đủ quỹ phòng chống thiên tai."),
           P("Họp xong 21h. Biên bản đã được đọc lại và được thông qua.")],
          ("Nguyễn Văn Thuận", "Bí thư chi bộ", "Trương Thị Mai", 12, 11),
          "21:00", False, [vote(10, None, 1, text="báo cáo và phương hướng")], [],
          [MC, MA]),
    _body("q-body-14",
          [H("IV. THẢO LUẬN"),
           L("- Đ/c Trần Thị Hoà: rác thải ven sông Như Ý tái diễn, đề nghị lắp camera và biển cấm đổ rác."),
           L("- Đ/c Lê Quang Vinh: nhiều hộ kinh doanh homestay chưa khai báo tạm trú cho khách, cần nhắc nhở."),
           L("- Đ/c Ngô Thị Xuân Mai: đề nghị tổ chức lớp dạy bơi cho trẻ em vào hè tới."),
           H("V. KẾT LUẬN"),
           P("Thay mặt chi ủy, đồng chí Nguyễn Văn Lộc – Bí thư chi bộ kết luận: tập trung giữ gìn cảnh quan ven "
             "sông, xử lý nghiêm các trường hợp đổ rác bừa bãi; hướng dẫn các hộ kinh doanh lưu trú khai báo tạm trú "
             "đầy đủ; vận động nhân dân tham gia Ngày hội Đại đoàn kết toàn dân tộc năm 2024."),
           P("Chi bộ biểu quyết thông qua với 26/26 đồng chí tán thành, đạt tỷ lệ 100%."),
           H("VI. PHÂN CÔNG"),
           L("Ban công tác Mặt trận tổ dân phố: chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc, hoàn thành trước ngày "
             "15/11."),
           L("Chi hội Phụ nữ: vận động hội viên ký cam kết không đổ rác ven sông, trong tháng 11."),
           L("Chi hội Cựu chiến binh:  phối hợp Công an khu vực kiểm tra việc khai báo tạm trú, thường xuyên."),
           P("Buổi sinh hoạt kết thúc vào lúc 21 giờ 05 phút.")],
          ("Nguyễn Văn Lộc", "Bí thư chi bộ", "Hồ Thị Diệu Linh", 28, 26),
          "21:05", True, [vote(26, pct=100, text="kết luận")],
          [task("Ban công tác Mặt trận tổ dân phố", "chuẩn bị Ngày hội Đại đoàn kết", "15/11"),
           task("Chi hội Phụ nữ", "ký cam kết không đổ rác", "tháng 11"),
           task("Chi hội Cựu chiến binh", "kiểm tra khai báo tạm trú", "thường xuyên")],
          [NA]),
    _body("q-body-15",
          [H("IV. Ý KIẾN THẢO LUẬN"),
           P("Đồng chí K'Sol phát biểu: giá cà phê năm nay cao, nhiều hộ mua sắm xe máy, ti vi nhưng không tích lũy; "
             "đề nghị chi bộ vận động bà con tiết kiệm, đầu tư hệ thống tưới tiết kiệm nước cho vườn cà phê."),
           P("Đồng chí Ka Dợt đề nghị quan tâm các cháu học sinh ở xa trường, mùa mưa đi lại khó khăn."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất vận động bà con thu hoạch cà phê đúng thời điểm, "
             "tiết kiệm chi tiêu, đầu tư vào sản xuất; chăm lo việc học của các cháu, không để học sinh nghỉ học "
             "theo gia đình lên rẫy mùa thu hoạch."),
           P("Biểu quyết: mười tám trên mười tám đồng chí có mặt tán thành."),
           P("Giao đồng chí Trưởng thôn phối hợp với Tổ hợp tác cà phê Bon Đưng mời cán bộ khuyến nông về hướng dẫn "
             "kỹ thuật tưới nhỏ giọt trước ngày 15/12."),
           P("Giao Chi đoàn thanh niên thôn tổ chức đưa đón học sinh ở xa trong mùa mưa, hoàn thành kế hoạch trong "
             "tháng 11."),
           P("Buổi sinh hoạt kết thúc lúc 9 giờ tối. Biên bản được đọc lại và chi bộ nhất trí thông qua.")],
          ("K'Brèo", "Bí thư chi bộ", "Ka Hòa", 20, 18),
          "21:00", True, [vote(18, text="kết luận")],
          [task("Trưởng thôn", "mời khuyến nông hướng dẫn tưới nhỏ giọt", "15/12"),
           task("Chi đoàn thanh niên thôn", "đưa đón học sinh ở xa mùa mưa", "tháng 11")],
          []),
    _body("q-body-16",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Thượng úy Lê Quang Trung phát biểu: kết quả kiểm tra bắn đạn thật của đơn vị đạt khá, nhưng "
             "còn 2 chiến sĩ mới bắn chưa đạt yêu cầu; đề nghị các tiểu đội trưởng kèm cặp thêm."),
           P("Đồng chí Trung sĩ Vi Văn Hào nêu: tiêu chuẩn ăn của bộ đội trong đợt dã ngoại được bảo đảm, chiến sĩ "
             "phấn khởi."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Chính trị viên, Bí thư chi bộ kết luận: đơn vị hoàn thành tốt nhiệm vụ huấn luyện tháng 10; "
             "thời gian tới tập trung ôn luyện cho chiến sĩ bắn chưa đạt, duy trì nghiêm chế độ trực sẵn sàng chiến "
             "đấu, phòng chống lụt bão. Đề nghị toàn thể đảng viên nêu cao tinh thần trách nhiệm, gương mẫu trong "
             "huấn luyện và chấp hành kỷ luật."),
           P("Cuộc họp kết thúc hồi 21h00. Biên bản đã được đọc lại, đảng viên dự họp nhất trí thông qua.")],
          ("Phan Văn Đức", "Bí thư chi bộ", "Nguyễn Văn Tài", 11, 10),
          "21:00", True, [], [],
          [MA, MV]),
    _body("q-body-17",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Nguyễn Hữu Phước phát biểu: công trình nâng cấp kiệt 42 chậm tiến độ do vướng mặt bằng của "
             "hai hộ; đề nghị chi bộ chỉ đạo tổ dân phố gặp gỡ, vận động."),
           P("Đồng chí Lê Thị Bích Ngọc phát biểu: tình trạng kinh doanh lấn chiếm vỉa hè ở khu chợ tạm vẫn còn, cần "
             "phối hợp phường xử lý dứt điểm."),
           P("Đồng chí Trần Văn Tuấn đề nghị chú ý vận động thanh niên đăng ký khám tuyển nghĩa vụ quân sự năm "
             "2025."),
           H("V. KẾT LUẬN"),
           L("Chi bộ thống nhất:"),
           L("1. Tập trung vận động hai hộ còn vướng mặt bằng để hoàn thành nâng cấp kiệt 42 trong năm 2024."),
           L("2. Giữ gìn trật tự đô thị, vỉa hè khu chợ tạm; phối hợp lực lượng phường xử lý các trường hợp tái "
             "lấn chiếm."),
           L("3. Làm tốt công tác chuẩn bị tuyển quân năm 2025."),
           P("Kết quả biểu quyết: tán thành 30, không tán thành 01, không biểu quyết 0."),
           H("VI. PHÂN CÔNG"),
           P("Đ/c Nguyễn Hữu Phước phụ trách cùng Ban công tác Mặt trận vận động hai hộ giao mặt bằng, báo cáo kết "
             "quả trước ngày 18/11."),
           P("Đ/c Lê Thị Bích Ngọc và Đ/c Trần Văn Tuấn phụ trách kiểm tra trật tự vỉa hè khu chợ tạm hằng tuần."),
           P("Buổi sinh hoạt kết thúc lúc 20 giờ 55 phút. Biên bản được đọc lại, 100% đảng viên dự họp nhất trí.")],
          ("Nguyễn Thị Thanh Tâm", "Bí thư chi bộ", "Võ Văn Quang", 33, 31),
          "20:55", True, [vote(30, 1, 0, text="kết luận")],
          [task("Nguyễn Hữu Phước", "vận động hai hộ giao mặt bằng", "18/11"),
           task("Lê Thị Bích Ngọc", "kiểm tra trật tự vỉa hè", "hằng tuần"),
           task("Trần Văn Tuấn", "kiểm tra trật tự vỉa hè", "hằng tuần")],
          []),
    _body("q-body-18",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Trần Văn Sáu hỏi: tàu cá dưới 15 mét có phải lắp thiết bị giám sát hành trình không, vì nhiều chủ "
             "tàu trong tổ còn băn khoăn?"),
           P("Đ/c Bí thư chi bộ giải thích: theo quy định hiện hành, tàu từ 15 mét trở lên bắt buộc lắp; tàu dưới "
             "15 mét chưa bắt buộc nhưng phải ghi nhật ký khai thác, khai báo khi xuất bến, nhập bến."),
           P("Đ/c Lê Thị Hoa đề nghị vận động các chủ tàu mua bảo hiểm thân tàu và thuyền viên trước mùa biển "
             "động."),
           H("V. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận: chi bộ thống nhất tuyên truyền sâu rộng quy định chống khai thác bất hợp "
             "pháp (IUU) đến từng chủ tàu, thuyền trưởng; không để tàu cá địa phương vi phạm vùng biển nước ngoài; "
             "vận động ngư dân tham gia bảo hiểm."),
           P("Biểu quyết: 09/09 đồng chí nhất trí, đạt tỷ lệ 100%."),
           H("VI. PHÂN CÔNG"),
           L("+ Đồng chí Huỳnh Văn Tấn: rà soát, lập danh sách tàu chưa lắp thiết bị giám sát hành trình, xong trước "
             "Tết."),
           L("+ Tổ đoàn kết trên biển số 3: nhắc nhở các tàu cùng tổ ghi nhật ký khai thác, thường xuyên."),
           P("Họp xong 16h. Biên bản đọc lại, thông qua.")],
          ("Huỳnh Văn Bảy", "Bí thư chi bộ", "Nguyễn Thị Hồng", 10, 9),
          "16:00", True, [vote(9, pct=100, text="kết luận")],
          [task("Huỳnh Văn Tấn", "danh sách tàu chưa lắp thiết bị giám sát", "Tết"),
           task("Tổ đoàn kết trên biển số 3", "nhắc ghi nhật ký khai thác", "thường xuyên")],
          []),
    _body("q-body-19",
          [H("IV. THẢO LUẬN"),
           P("Các đảng viên thảo luận sôi nổi, nhất trí cao với dự thảo kế hoạch trồng rừng thay thế năm 2025; nhiều "
             "ý kiến đề nghị chọn giống cây bản địa như dổi, lát hoa, sao đen để trồng xen."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Bí thư chi bộ kết luận: thống nhất thông qua kế hoạch trồng rừng thay thế năm 2025 với diện "
             "tích 45 ha, ưu tiên cây bản địa; chuẩn bị cây giống ngay từ tháng 12; tăng cường tuần tra trong mùa "
             "khô."),
           P("Biểu quyết nhất trí 100%."),
           P("Giao đồng chí Nguyễn Văn Hoan, Trưởng vườn ươm, chuẩn bị 60.000 cây giống các loại, hoàn thành trong "
             "quý I/2025."),
           P("Cuộc họp kết thúc lúc 11h30.")],
          ("Phạm Ngọc Sơn", "Bí thư chi bộ", "Y Hằng", 18, 17),
          "11:30", True, [vote(pct=100, text="kết luận")],
          [task("Nguyễn Văn Hoan", "chuẩn bị 60.000 cây giống", "quý I/2025")],
          [ND, NA]),
    _body("q-body-20",
          [H("IV. THẢO LUẬN"),
           P("đc Lò Văn Thiêm phát biểu: nhiều hộ trong bản muốn trồng quế, trồng keo nhưng thiếu vốn, đề nghị chi bộ "
             "kiến nghị Ngân hàng Chính sách xã hội cho vay ưu đãi."),
           P("đc Hà Thị Nguyệt đề nghị giữ gìn điệu khắp, điệu xòe của người Thái, duy trì đội văn nghệ bản tập "
             "luyện đều đặn."),
           H("V. KẾT LUẬN"),
           P("đc Bí thư kết luận: Chi bộ thống nhất vận động bà con phát triển kinh tế đồi rừng, trồng quế, trồng keo "
             "trên diện tích đất được giao; giữ gìn bản sắc văn hóa dân tộc Thái; làm tốt công tác giữ gìn an ninh "
             "trật tự dịp cuối năm."),
           P("Biểu quyết: 15/15 đc có mặt tán thành, đạt 100%."),
           H("VI. PHÂN CÔNG NHIỆM VỤ"),
           P("Giao đc Lò Văn Thiêm tổng hợp nhu cầu vay vốn trồng rừng của các hộ. Danh sách gửi Tổ tiết kiệm và vay "
             "vốn của bản chậm nhất ngày 20/11/2024."),
           P("đc Hà Thị Nguyệt phụ trách đội văn nghệ bản, duy trì tập luyện hằng tuần."),
           P("Họp xong 20h. Biên bản đọc lại, chi bộ nhất trí thông qua.")],
          ("Hà Văn Chung", "Bí thư chi bộ", "Lương Thị Duyên", 15, 15),
          "20:00", True, [vote(15, pct=100, text="kết luận")],
          [task("Lò Văn Thiêm", "tổng hợp nhu cầu vay vốn trồng rừng", "20/11/2024"),
           task("Hà Thị Nguyệt", "đội văn nghệ bản", "hằng tuần")],
          []),
    _body("q-body-21",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Lê Văn Hạnh phát biểu: tỷ lệ hộ dùng nước sạch của thôn mới đạt 76%, còn thấp so với tiêu chí "
             "nông thôn mới nâng cao. Đồng chí xung phong vận động 10 hộ ở xóm Đồng Tràm lắp đồng hồ nước trong "
             "tháng tới."),
           P("Đồng chí Trần Thị Hồng Nhung báo cáo: Chi hội Phụ nữ đã hoàn thành việc trồng 300 mét đường hoa được "
             "giao từ tháng trước."),
           P("Đồng chí Nguyễn Hữu Thọ đề nghị xem xét lại mức đóng góp xây dựng nhà văn hóa đối với hộ nghèo, hộ cận "
             "nghèo."),
           H("V. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận: chi bộ ghi nhận kết quả đạt được, biểu dương Chi hội Phụ nữ; thống nhất miễn "
             "đóng góp xây dựng nhà văn hóa cho hộ nghèo, giảm 50% cho hộ cận nghèo; đẩy mạnh vận động nhân dân sử "
             "dụng nước sạch. Chi bộ kiến nghị Đảng ủy xã, UBND xã quan tâm hỗ trợ kinh phí kéo đường ống nước sạch "
             "về xóm Đồng Tràm."),
           P("Biểu quyết: 28/28 đồng chí tán thành."),
           P("Cuộc họp kết thúc lúc 21 giờ 10 phút cùng ngày. Biên bản đã được đọc lại và nhất trí thông qua.")],
          ("Đậu Văn Cảnh", "Bí thư chi bộ", "Bùi Thị Minh Nguyệt", 30, 28),
          "21:10", True, [vote(28, text="kết luận")], [],
          [MA]),
    _body("q-body-22",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Đoàn Văn Hai (tổ sản xuất số 2) cho biết mương thủy lợi đoạn qua xứ đồng Bàu Sen bị bồi lấp, "
             "đề nghị nạo vét trước vụ Đông Xuân."),
           P("Đồng chí Lưu Thị Thanh đề nghị chi bộ quan tâm nghề dệt lụa truyền thống, hiện chỉ còn 7 hộ giữ nghề, "
             "sản phẩm khó tiêu thụ."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Phan Thị Thu Ba, Phó Bí thư chi bộ, kết luận: chi bộ thống nhất ưu tiên nạo vét kênh mương, "
             "chuẩn bị tốt vụ Đông Xuân; hỗ trợ các hộ dệt lụa quảng bá sản phẩm gắn với du lịch làng nghề."),
           P("Chi bộ biểu quyết 100% tán thành."),
           P("Chi ủy chịu trách nhiệm làm việc với Hợp tác xã và Ban quản lý làng nghề xây dựng phương án quảng bá "
             "lụa, trình chi bộ tại kỳ họp tháng 12."),
           P("Giao Tổ sản xuất số 2 huy động nhân công nạo vét mương đoạn Bàu Sen sau vụ mùa."),
           P("Cuộc họp kết thúc lúc 11 giờ, biên bản được thông qua tại cuộc họp.")],
          ("Phan Thị Thu Ba", "Phó Bí thư chi bộ", "Nguyễn Văn Mười", 22, 20),
          "11:00", True, [vote(pct=100, text="kết luận")],
          [task("Chi ủy", "phương án quảng bá lụa", "kỳ họp tháng 12"),
           task("Tổ sản xuất số 2", "nạo vét mương Bàu Sen", "sau vụ mùa")],
          []),
    _body("q-body-23",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Đinh Xuân Hùng phát biểu: đường từ trung tâm xã vào bản bị sạt lở 3 điểm sau đợt mưa lớn, đề "
             "nghị báo cáo cấp trên có phương án khắc phục; trước mắt huy động bà con san gạt tạm."),
           P("Đồng chí Hồ Thị Nhàn (Chi hội trưởng Phụ nữ) nêu: nhiều hộ đồng bào Chứt vẫn còn tập quán sinh con tại "
             "nhà, cần tuyên truyền nhiều hơn."),
           H("V. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận: chi bộ thống nhất khắc phục hậu quả mưa lũ, bảo đảm đường đi lại thông suốt; "
             "tuyên truyền, vận động phụ nữ mang thai đến trạm y tế khám và sinh con; chăm lo đời sống đồng bào trong "
             "mùa giáp hạt."),
           P("Biểu quyết: tán thành: 12; không tán thành: không; ý kiến khác: 01."),
           H("VI. PHÂN CÔNG"),
           L("1. Đồng chí Đinh Xuân Hùng: huy động thanh niên san gạt các điểm sạt lở, xong trong tuần này."),
           L("2. Đồng chí Hồ Thị Nhàn: phối hợp trạm y tế xã tuyên truyền về chăm sóc sức khỏe bà mẹ, trẻ em."),
           L("3. Đồng chí Cao Văn Thắm: nắm số hộ thiếu đói giáp hạt, báo cáo Đảng ủy xã trước ngày 25/10."),
           P("BUỔI SINH HOẠT KẾT THÚC LÚC 15 GIỜ 30 PHÚT CÙNG NGÀY. Biên bản đã được đọc lại và nhất trí thông qua.")],
          ("Đinh Thanh Bình", "Bí thư chi bộ", "Cao Thị Lan", 14, 13),
          "15:30", True, [vote(12, 0, 1, text="kết luận")],
          [task("Đinh Xuân Hùng", "san gạt điểm sạt lở", "tuần này"),
           task("Hồ Thị Nhàn", "tuyên truyền chăm sóc sức khỏe bà mẹ, trẻ em", None),
           task("Cao Văn Thắm", "nắm số hộ thiếu đói", "25/10")],
          []),
    _body("q-body-24",
          [P("Đồng chí chủ trì gợi ý các nội dung cần tập trung thảo luận, sau đó sẽ kết luận và biểu quyết."),
           H("IV. THẢO LUẬN"),
           P("Đồng chí Y Tlam Kbuôr phát biểu: lễ cúng bến nước của buôn năm tới cần tổ chức tiết kiệm, không mổ "
             "nhiều trâu bò, không để uống rượu say."),
           P("Đồng chí H'Nguyệt Mlô đề nghị lập nhóm Zalo của buôn để báo kịp thời cho bà con lịch tiêm phòng cho "
             "gia súc."),
           P("Đồng chí Y Suôn Êban đề nghị chi bộ quan tâm 4 hộ còn ở nhà tạm."),
           H("V. PHÂN CÔNG NHIỆM VỤ"),
           L("- Đ/c Y Tlam Kbuôr cùng già làng xây dựng kế hoạch tổ chức lễ cúng bến nước, xong trước ngày "
             "15/3/2025."),
           L("- Đ/c H'Nguyệt Mlô lập và quản trị nhóm Zalo của buôn, ngay sau cuộc họp."),
           L("- Đ/c Y Suôn Êban rà soát 4 hộ ở nhà tạm, đề xuất hỗ trợ, báo cáo chi bộ trong tháng 11."),
           P("Buổi sinh hoạt kết thúc lúc 20 giờ 25 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua.")],
          ("Y Khoa Niê", "Bí thư chi bộ", "H'Lan Ayŭn", 19, 17),
          "20:25", False, [],
          [task("Y Tlam Kbuôr", "kế hoạch lễ cúng bến nước", "15/3/2025"),
           task("H'Nguyệt Mlô", "lập nhóm Zalo của buôn", "ngay sau cuộc họp"),
           task("Y Suôn Êban", "rà soát 4 hộ ở nhà tạm", "tháng 11")],
          [MC, MV]),
    _body("q-body-25",
          [H("4. Thảo luận"),
           P("Đ/c Nguyễn Văn Mót (tổ 3) đề nghị chi bộ chỉ đạo xử lý dứt điểm việc cắm chuôm, đăng đáy lấn chiếm "
             "luồng lạch trên phá Tam Giang, gây cản trở thuyền bè qua lại."),
           P("Đ/c Trương Thị Hồng (tổ 1) cho rằng cần hỗ trợ các hộ nuôi tôm thua lỗ chuyển sang nuôi cua, nuôi cá "
             "dìa."),
           P("Đồng chí chủ trì kết luận: chi bộ thống nhất phối hợp với chính quyền giải tỏa các chuôm, đáy lấn luồng "
             "trước mùa mưa bão, hướng dẫn các hộ chuyển đổi đối tượng nuôi phù hợp, giữ gìn vệ sinh môi trường vùng "
             "nuôi."),
           P("Chi bộ biểu quyết thông qua kết luận: 16/16 đồng chí tán thành."),
           P("Đ/c Nguyễn Văn Mót phụ trách cùng Chi hội Nghề cá vận động các hộ tự tháo dỡ đăng đáy lấn luồng trong "
             "tháng 12."),
           P("Cuộc họp kết thúc hồi 9h50. Biên bản đã đọc lại, thông qua.")],
          ("Hoàng Văn Thọ", "Bí thư chi bộ", "Lê Thị Thanh Thuỷ", 17, 16),
          "09:50", True, [vote(16, text="kết luận")],
          [task("Nguyễn Văn Mót", "vận động tháo dỡ đăng đáy lấn luồng", "tháng 12")],
          []),
    _body("q-body-26",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Đại úy Nguyễn Văn Toàn, Phó Đại đội trưởng phát biểu: kết quả kiểm tra điều lệnh tháng 9 còn "
             "3 đồng chí chiến sĩ đạt trung bình; đề nghị các trung đội duy trì luyện tập điều lệnh vào giờ thể "
             "thao."),
           P("Đồng chí Thượng sĩ Ksor Kha nói: tăng gia sản xuất của đơn vị đạt khá, vườn rau đủ cung cấp cho bếp "
             "ăn; đề nghị mở rộng thêm khu chăn nuôi."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Chính trị viên – Bí thư chi bộ kết luận: tháng 11 đơn vị tập trung hoàn thành chương trình "
             "huấn luyện năm, chuẩn bị kiểm tra kết thúc năm; duy trì nghiêm chế độ điều lệnh; đẩy mạnh tăng gia sản "
             "xuất cải thiện đời sống bộ đội."),
           P("Biểu quyết: 13/13 đồng chí tán thành, đạt 100%."),
           H("VI. PHÂN CÔNG"),
           P("Trung đội 1 và Trung đội 2 tổ chức luyện tập điều lệnh hằng tuần vào giờ thể thao chiều thứ Tư."),
           P("Giao đồng chí Thượng sĩ Ksor Kha phụ trách mở rộng khu chăn nuôi, hoàn thành trước ngày 30/11/2024."),
           P("Sinh hoạt kết thúc lúc 20 giờ 30 phút. Biên bản thông qua trước chi bộ.")],
          ("Trần Đức Thịnh", "Bí thư chi bộ", "Lê Văn Hậu", 13, 13),
          "20:30", True, [vote(13, pct=100, text="kết luận")],
          [task("Trung đội 1", "luyện tập điều lệnh", "hằng tuần"),
           task("Trung đội 2", "luyện tập điều lệnh", "hằng tuần"),
           task("Ksor Kha", "mở rộng khu chăn nuôi", "30/11/2024")],
          []),
    _body("q-body-27",
          [H("IV. THẢO LUẬN"),
           P("Sau khi nghe đồng chí Bí thư báo cáo, các đồng chí đảng viên không có ý kiến gì thêm, nhất trí với nội "
             "dung báo cáo."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Bí thư chi bộ kết luận: chi bộ lãnh đạo bà con thu hoạch lúa nương, ngô xong trước cuối tháng "
             "10; vận động các hộ không trồng cây thuốc phiện; tuyên truyền không nghe theo kẻ xấu truyền đạo trái "
             "phép; giữ gìn an ninh khu vực biên giới."),
           P("Biểu quyết: 100% (11/11) đồng chí nhất trí."),
           P("Giao đồng chí Xồng Bá Chứ, Trưởng bản, phối hợp Đồn Biên phòng kiểm tra nương rẫy, phát hiện cây thuốc "
             "phiện trồng xen, xong trước ngày 15/11."),
           P("Buổi họp kết thúc lúc 17 giờ.")],
          ("Vừ Bá Lầu", "Bí thư chi bộ", "Lầu Thị Mỷ", 11, 11),
          "17:00", True, [vote(11, pct=100, text="kết luận")],
          [task("Xồng Bá Chứ", "kiểm tra nương rẫy, phát hiện cây thuốc phiện", "15/11")],
          [ND, NA]),
    _body("q-body-28",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Đặng Văn Lành cho rằng phong trào viết hồi ký, ghi lại truyền thống cách mạng của quê hương "
             "còn ít người tham gia; đồng chí đề nghị chi bộ động viên các đồng chí từng tham gia kháng chiến viết "
             "bài."),
           P("Đồng chí Võ Thị Ba nêu ý kiến: Hội Người cao tuổi phường cần chi bộ phối hợp nhiều hơn trong việc tổ "
             "chức mừng thọ các cụ tròn 80, 90 tuổi."),
           H("V. KẾT LUẬN"),
           P("Đồng chí Bí thư kết luận: chi bộ thống nhất phát động đảng viên viết hồi ký, cung cấp tư liệu cho việc "
             "biên soạn lịch sử Đảng bộ phường; phối hợp Hội Người cao tuổi tổ chức mừng thọ đầu xuân; giữ gìn sức "
             "khỏe, tham gia sinh hoạt đều đặn."),
           P("Biểu quyết: 23/23 đồng chí nhất trí."),
           H("VI. PHÂN CÔNG"),
           T([(0.25, "Thời gian", "c"), (0.45, "Nội dung công việc", "l"), (0.3, "Người thực hiện", "l")],
             [["Chậm nhất ngày 15/12/2024", "Tập hợp bài viết hồi ký gửi Ban Thường vụ Đảng ủy phường",
               "Đ/c Đặng Văn Lành"],
              ["Tháng 01/2025", "Lập danh sách các cụ mừng thọ, phối hợp tổ chức", "Đ/c Võ Thị Ba"]]),
           P("Buổi sinh hoạt kết thúc lúc 10 giờ 30 phút. Biên bản đã được đọc lại và được chi bộ thông qua.")],
          ("Nguyễn Xuân Thọ", "Bí thư chi bộ", "Trần Thị Thu Nguyệt", 26, 23),
          "10:30", True, [vote(23, text="kết luận")],
          [task("Đặng Văn Lành", "tập hợp bài viết hồi ký", "15/12/2024"),
           task("Võ Thị Ba", "danh sách các cụ mừng thọ", "Tháng 01/2025")],
          []),
    _body("q-body-29",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí A Jâm phát biểu: nhiều hộ trong làng bán đất rẫy cho người nơi khác, sau đó lại đi phát rừng "
             "làm rẫy mới; đề nghị chi bộ có biện pháp ngăn chặn."),
           P("Đồng chí Y Mây nói: nuoc giếng chung của làng bị đục sau mưa, bà con phải đun sôi mới uống được."),
           P("Đồng chí A Pót đề nghị xin xã lắp thêm bóng đèn đường ở khu nhà rông."),
           P("Họp xong 21h.")],
          ("A Hưng", "Bí thư chi bộ", "Y Thu", 12, 10),
          "21:00", False, [], [],
          [MC, MA, MV, NA]),
    _body("q-body-30",
          [H("IV. THẢO LUẬN"),
           P("Đồng chí Ka Sương phát biểu: tình trạng lấn chiếm đất rừng để trồng cà phê vẫn xảy ra ở khu vực giáp "
             "ranh; đề nghị chi bộ phối hợp kiểm lâm địa bàn kiểm tra."),
           P("Đồng chí Trần Văn Nam nêu: HTX rau an toàn mới thu mua được 40% sản lượng của xã viên, giá còn thấp."),
           H("V. KẾT LUẬN"),
           P("Thay mặt chi ủy, đồng chí Bon Niêng K'Tuyên kết luận: chi bộ thống nhất ngăn chặn kịp thời việc lấn "
             "chiếm đất rừng, vận động các hộ trả lại diện tích đã lấn; hỗ trợ HTX tìm đầu ra ổn định cho rau. Giao "
             "đồng chí Ka Sương cùng kiểm lâm địa bàn rà soát, lập danh sách các hộ lấn chiếm, báo cáo chi ủy trước "
             "ngày 10/11/2024; giao đồng chí Trần Văn Nam làm việc với các bếp ăn trường học trên địa bàn để ký hợp "
             "đồng cung cấp rau, hoàn thành trong tháng 12."),
           P("Tán thành 14/15; 01 đồng chí không biểu quyết."),
           P("Sinh hoạt kết thúc lúc 16 giờ 20 phút ngày 15/10/2024. Biên bản đã đọc lại cho toàn thể chi bộ nghe và "
             "được nhất trí thông qua.")],
          ("Bon Niêng K'Tuyên", "Bí thư chi bộ", "Nguyễn Thị Hải Yến", 16, 15),
          "16:20", True, [vote(14, None, 1, text="kết luận")],
          [task("Ka Sương", "danh sách hộ lấn chiếm đất rừng", "10/11/2024"),
           task("Trần Văn Nam", "hợp đồng cung cấp rau cho bếp ăn trường học", "tháng 12")],
          []),
    _body("q-body-31",
          [H("IV. Ý KIẾN THAM GIA"),
           L("Chị Vân (tổ 4): nhiều cơ sở kinh doanh ven sông cho khách thả đèn hoa đăng nhưng không thu gom, sáng "
             "ra đèn giấy trôi dạt đầy bờ kè."),
           L("Anh Tùng (tổ 1): đề nghị khối phố vận động các hộ cho thuê nhà đăng ký tạm trú cho khách qua ứng dụng "
             "VNeID."),
           H("V. KẾT LUẬN"),
           P("Đồng chí chủ trì kết luận: chi bộ thống nhất lãnh đạo giữ gìn vệ sinh môi trường, cảnh quan phố cổ; "
             "vận động các cơ sở kinh doanh ký cam kết thu gom đèn hoa đăng sau mỗi tối; hướng dẫn người dân sử dụng "
             "ứng dụng VNeID."),
           P("Chi bộ biểu quyết nhất trí 100%."),
           P("Giao Chi đoàn khối phố thành lập tổ thanh niên tình nguyện hướng dẫn người dân cài đặt, sử dụng VNeID, "
             "hoàn thành trong quý I/2025."),
           P("Giao Ban điều hành khối phố làm việc với các cơ sở kinh doanh ven sông về việc thu gom đèn hoa đăng, "
             "xong trước ngày 30/11/2024."),
           P("Đến đây buổi sinh hoạt kết thúc. Biên bản được đọc lại và các đồng chí nhất trí thông qua.")],
          ("Phạm Thị Kim Liên", "Bí thư chi bộ", "Châu Văn Hiền", 20, 19),
          None, True, [vote(pct=100, text="kết luận")],
          [task("Chi đoàn khối phố", "tổ thanh niên tình nguyện hướng dẫn VNeID", "quý I/2025"),
           task("Ban điều hành khối phố", "thu gom đèn hoa đăng", "30/11/2024")],
          []),
    _body("q-body-32",
          [H("IV. THẢO LUẬN"),
           P("Đ/c Ngân Văn Dũng đề nghị tăng cường quản lý người lạ vào bản, nhất là số người sang nước bạn làm thuê "
             "trái phép qua đường mòn."),
           P("Đ/c Lữ Thị Hoa nói: ý thức giữ vệ sinh chuồng trại của một số hộ chưa tốt, lợn còn thả rông nhiều."),
           H("V. KẾT LUẬN"),
           P("Chi bộ thống nhất: phối hợp Đồn Biên phòng quản lý chặt người ra vào bản, vận động bà con không xuất "
             "cảnh trái phép đi làm thuê; thực hiện nuôi nhốt gia súc, giữ gìn vệ sinh môi trường; hoàn thành các tiêu "
             "chí bản văn hóa năm 2024."),
           P("Biểu quyết: 16/16 đồng chí nhất trí."),
           P("Chi bộ xét, đề nghị công nhận đảng viên chính thức đối với đồng chí Lò Thị Xuân. Kết quả: 15/15 đồng chí "
             "đảng viên chính thức có mặt tán thành (100%)."),
           P("Giao Tổ an ninh bản phối hợp Đồn Biên phòng tuần tra các đường mòn, lối mở, thực hiện hằng tuần."),
           P("Đồng chí Bí thư Chi đoàn chịu trách nhiệm vận động thanh niên ký cam kết không xuất cảnh trái phép, "
             "hoàn thành trong tháng 11."),
           P("Cuộc họp kết thúc lúc 10 giờ 05 phút. Biên bản được đọc lại, thông qua.")],
          ("Lò Văn Sướng", "Bí thư chi bộ", "Vi Thị Hương", 17, 16),
          "10:05", True,
          [vote(16, text="kết luận"), vote(15, pct=100, text="công nhận đảng viên chính thức Lò Thị Xuân")],
          [task("Tổ an ninh bản", "tuần tra đường mòn, lối mở", "hằng tuần"),
           task("Bí thư Chi đoàn", "vận động thanh niên ký cam kết", "tháng 11")],
          []),
]

PARTS = HEADS + OPENINGS + BODIES
