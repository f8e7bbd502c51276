"""Writer v (test set): heads, openings and bodies of Party-cell minutes from anywhere in the country.

Who: writer v. The cells are spread over the whole country and over every kind of organisation: villages
and hamlets (Bắc Bộ, Tây Bắc, Tây Nguyên, Nam Bộ, the central coast), city wards and residential groups,
schools and a university, hospitals and a commune health station, a tax office, a customs team, army
companies and a border post, commune police, factories, a coal-mine workshop, ports, cooperatives, a bank
branch, an irrigation company and a tourism company. Most clerks follow the newer templates issued after
Hướng dẫn 42-HD/BTCTW (2025) (numbered fields, ruled tables), some pages come from older books (2019–2023).

I wrote this module without reading the extractor (extract/**), the generator, bench/, the tests, the
held-out sets or any other writer's module, and without running the extractor. Every person, cell,
commune, unit and number is invented; only province and city names are real.

Labelling decisions where samples/parts/README.md is silent:
 1. Three-level headers: `party_committee` is the level printed directly above the cell (e.g. "ĐẢNG ỦY XÃ
    …" under "ĐẢNG BỘ TỈNH …"; "ĐẢNG BỘ TIỂU ĐOÀN 2" under "ĐẢNG ỦY TRUNG ĐOÀN 754").
 2. A committee name that wraps over two header lines is joined with one space, like a wrapped cell name.
 3. A title that names no period ("BIÊN BẢN HỌP CHI BỘ" alone): `month`/`year` are those of the header's
    date. An unfilled date line ("…, ngày … tháng … năm 20…") or no date line gives `date` null; month/year
    then come from the title.
 4. A title line "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6" followed by "KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II/2024":
    regular, month 6, year 2024 (the year given on the quarter line).
 5. A topic printed in capitals over two lines is joined with one space, capitals kept; trailing quotes
    and the "Chuyên đề:" label dropped.
 6. Absentee `reason`: the words written after the name (after a dash, a colon, inside brackets or in the
    "Lý do" column), without the final full stop, first-letter case as printed. A role written between the
    name and the reason ("Bí thư chi bộ") is not part of the reason. "không lý do", "không báo cáo",
    "không xin phép", "tự ý vắng" are kept as the reason string, with excused false. An empty "Lý do"
    cell (the "Có báo cáo" column saying "Không") gives reason null, excused false. "vắng mặt vì đưa con đi
    khám bệnh" gives the reason without "vì".
 7. Names of absentees, guests, chairs, secretaries and assignees drop ranks (Đại tá, Thiếu úy …), degrees
    (TS., PGS.TS., ThS.BS., BS., YS., ĐD.), job titles in front ("Điều dưỡng trưởng"), "ông/bà/chú/chị".
 8. People invited from outside the cell ("Khách mời", "Dự họp có", "Đại biểu dự", "Đến dự và chỉ đạo"),
    including "ông/bà" representing the Front or mass organisations, are guests; role as written after the
    name up to the ";" or "." that ends it.
 9. A member exempt from meetings who is named is counted in `exempt` only (no list field for them).
10. A chair introduced with a job only ("Trưởng bản") or with no title at all has role null.
11. A date line carrying the lunar date as well: the solar date is the date.
12. Attendance given only in a ruled table of counts: counts read from the table.
13. "7h30'" → 07:30; "mười chín giờ ba mươi phút" → 19:30; "8 giờ tối" → 20:00; "6 giờ 30 sáng" → 06:30.
14. Votes: `percent_for` only when a percentage is written (never computed); "100% đảng viên có mặt nhất
    trí" gives for null, pct 100; "không đồng ý" counts as against; "ý kiến khác" as abstain; "không có
    đồng chí nào không tán thành" gives against 0. A vote on the month's resolution (nghị quyết) or on a
    plan counts as a resolution even when no conclusion is written. A vote to admit a member or to
    recognise a full member, counted among official members, is its own vote with the counts written.
15. Conclusion: "Chi bộ thống nhất: …" after the discussion is a conclusion; "Đồng chí chủ trì kết luận:
    nhất trí với các ý kiến" is an empty conclusion (false); a promise in the text that the chair "will
    conclude at the end" with nothing after it is no conclusion; "Kết luận số 21-KL/TW" (a document) is
    no conclusion.
16. Discussion: an opinion pointed at by a role ("Đồng chí Tổ trưởng tổ dân phố số 3 phản ánh …") counts;
    the Phó Bí thư presenting the draft plan, followed by "một số ý kiến …", is no recorded opinion.
17. Assignments: a table row, a "+ Đồng chí X:" line or a "1. X:" line is one assignment per person or
    group; "X và Y: …" or "Giao hai đồng chí X và Y …" is two; "X cùng / phối hợp với Z" gives X only; a
    member who "xin nhận" something in the discussion is not assigned; the cell's request to the
    committee above is not an assignment; "tổ đảng 2" is kept in the case written. A role with no name
    ("Đồng chí Phó Bí thư chi bộ", "Đồng chí Trưởng thôn") is the assignee as written without "Đồng chí".
18. Deadlines drop the words in front of the time expression: "trước ngày", "trước", "chậm nhất ngày",
    "trong", "vào", "báo cáo vào" ("báo cáo vào kỳ họp sau" → "kỳ họp sau", "trong tuần tới" → "tuần tới",
    "vào Chủ nhật tuần này" → "Chủ nhật tuần này", "trước Tết Nguyên đán" → "Tết Nguyên đán", "trước lễ
    khai giảng" → "lễ khai giảng"); a table cell "Trước 25/11" → "25/11", "Trong tháng 11" → "tháng 11",
    "Chậm nhất 15/5/2026" → "15/5/2026"; "Thường xuyên",
    "Hằng tuần", "Quý I/2026" keep the case printed; "Thời gian thực hiện: sau vụ mùa" → "sau vụ mùa"; a
    task told in two sentences takes the deadline of the second.
19. Closing: "Biên bản được thông qua" without "đọc lại" counts as approved; "… biên bản được lập thành
    02 bản" is not an approval (not_approved). "Họp xong 20h" → 20:00; "cùng ngày" ignored.
20. A reporting cadence given with a task ("báo cáo chi ủy hằng ngày", "báo cáo Đảng ủy xã hằng tháng") is
    the deadline ("hằng ngày", "hằng tháng"). "Giao đồng chí X chỉ đạo Đội … hoàn thành …" assigns X only.
"""

from samples.parts.writing import C, G, H, HD, L, P, T, attendance, task, vote  # noqa: F401

FOLDER = "test"

_DCS = "ĐẢNG CỘNG SẢN VIỆT NAM"

# ---------------------------------------------------------------------------------------------------------
# HEAD
# ---------------------------------------------------------------------------------------------------------

HEADS = [
    {"id": "v-head-01", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY XÃ ĐẠI HOÀNG", "CHI BỘ THÔN ĐỒNG CHƯỞNG", "*"],
                   [_DCS, "Đại Hoàng, ngày 09 tháng 01 năm 2026"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2026")],
     "truth": {"kind": "regular", "topic": None, "date": "2026-01-09", "month": 1, "year": 2026,
               "cell": "CHI BỘ THÔN ĐỒNG CHƯỞNG", "party_committee": "ĐẢNG ỦY XÃ ĐẠI HOÀNG"}},

    {"id": "v-head-02", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ CÔNG TY CP CẢNG HẢI PHƯỚC", "CHI BỘ XÍ NGHIỆP XẾP DỠ", "CONTAINER SỐ 2", "*",
                    "Số: 07-BB/CB"],
                   [_DCS, "Hải Phước, ngày 27 tháng 7 năm 2023"]),
                C("BIÊN BẢN HỌP CHI BỘ"), C("Kỳ họp tháng 7/2023", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2023-07-27", "month": 7, "year": 2023,
               "cell": "CHI BỘ XÍ NGHIỆP XẾP DỠ CONTAINER SỐ 2",
               "party_committee": "ĐẢNG BỘ CÔNG TY CP CẢNG HẢI PHƯỚC"}},

    {"id": "v-head-03", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY XÃ EA RƠNG", "CHI BỘ BUÔN TRING A", "*"],
                   [_DCS, "Ea Rơng, ngày 18 tháng 5 năm 2022"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2022"),
                C("Chuyên đề: Vận động đồng bào giữ gìn bản sắc văn hóa, xây dựng nếp sống văn minh trong buôn",
                  bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Vận động đồng bào giữ gìn bản sắc văn hóa, xây dựng nếp sống văn minh trong buôn",
               "date": "2022-05-18", "month": 5, "year": 2022,
               "cell": "CHI BỘ BUÔN TRING A", "party_committee": "ĐẢNG ỦY XÃ EA RƠNG"}},

    {"id": "v-head-04", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ HUYỆN PHÚC LÂM", "ĐẢNG ỦY XÃ NGHĨA THẮNG", "CHI BỘ XÓM 7", "*"],
                   [_DCS, "Nghĩa Thắng, ngày 12 tháng 9 năm 2021"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 9/2021"), C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
                C("“Nâng cao vai trò của đảng viên trong phòng, chống dịch Covid-19 ở khu dân cư”", bold=False)],
     "truth": {"kind": "regular",
               "topic": "Nâng cao vai trò của đảng viên trong phòng, chống dịch Covid-19 ở khu dân cư",
               "date": "2021-09-12", "month": 9, "year": 2021,
               "cell": "CHI BỘ XÓM 7", "party_committee": "ĐẢNG ỦY XÃ NGHĨA THẮNG"}},

    {"id": "v-head-05", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY CÔNG AN TỈNH TÂY NINH", "CHI BỘ PHÒNG CẢNH SÁT", "ĐIỀU TRA TỘI PHẠM VỀ MA TÚY",
                    "*", "Số: 03-BB/CB"],
                   [_DCS, "Tây Ninh, ngày 6 tháng 3 năm 2025"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ"), C("THÁNG BA NĂM 2025")],
     "truth": {"kind": "regular", "topic": None, "date": "2025-03-06", "month": 3, "year": 2025,
               "cell": "CHI BỘ PHÒNG CẢNH SÁT ĐIỀU TRA TỘI PHẠM VỀ MA TÚY",
               "party_committee": "ĐẢNG ỦY CÔNG AN TỈNH TÂY NINH"}},

    {"id": "v-head-06", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ PHƯỜNG PHÚ LỢI ĐÔNG", "CHI BỘ TRƯỜNG TIỂU HỌC", "LÊ THỊ HỒNG GẤM", "*"],
                   [_DCS, "Phú Lợi Đông, ngày … tháng … năm 20…"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2020")],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 11, "year": 2020,
               "cell": "CHI BỘ TRƯỜNG TIỂU HỌC LÊ THỊ HỒNG GẤM",
               "party_committee": "ĐẢNG BỘ PHƯỜNG PHÚ LỢI ĐÔNG"}},

    {"id": "v-head-07", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "VÀ CHỐNG ĐỘC", "*"],
                   [_DCS, "Hà Tĩnh, ngày 22 tháng 8 năm 2024"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024"),
                C("NÂNG CAO Y ĐỨC, XÂY DỰNG PHONG CÁCH, THÁI ĐỘ PHỤC VỤ"),
                C("HƯỚNG TỚI SỰ HÀI LÒNG CỦA NGƯỜI BỆNH")],
     "truth": {"kind": "thematic",
               "topic": "NÂNG CAO Y ĐỨC, XÂY DỰNG PHONG CÁCH, THÁI ĐỘ PHỤC VỤ HƯỚNG TỚI SỰ HÀI LÒNG CỦA NGƯỜI BỆNH",
               "date": "2024-08-22", "month": 8, "year": 2024,
               "cell": "CHI BỘ KHOA HỒI SỨC TÍCH CỰC VÀ CHỐNG ĐỘC",
               "party_committee": "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH"}},

    {"id": "v-head-08", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY XÃ LONG ĐIỀN TÂY", "CHI BỘ ẤP CÂY DƯƠNG", "*"],
                   [_DCS, "Long Điền Tây, ngày mùng 5 tháng 6 năm 2019"]),
                C("BIÊN BẢN"), C("HỘI NGHỊ CHI BỘ ẤP CÂY DƯƠNG THÁNG 6 NĂM 2019")],
     "truth": {"kind": "regular", "topic": None, "date": "2019-06-05", "month": 6, "year": 2019,
               "cell": "CHI BỘ ẤP CÂY DƯƠNG", "party_committee": "ĐẢNG ỦY XÃ LONG ĐIỀN TÂY"}},

    {"id": "v-head-09", "kind": "head",
     "blocks": [HD(["CHI BỘ CƠ SỞ HỢP TÁC XÃ", "NÔNG NGHIỆP THÀNH CÔNG", "*"], [_DCS]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ"), C("Tháng Mười năm 2019", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 10, "year": 2019,
               "cell": "CHI BỘ CƠ SỞ HỢP TÁC XÃ NÔNG NGHIỆP THÀNH CÔNG", "party_committee": None}},

    {"id": "v-head-10", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY TRUNG ĐOÀN 754", "ĐẢNG BỘ TIỂU ĐOÀN 2", "CHI BỘ ĐẠI ĐỘI 6", "*"],
                   [_DCS, "Mai Sơn, ngày 28 tháng 02 năm 2026"]),
                C("BIÊN BẢN"), C("Sinh hoạt chi bộ thường kỳ tháng 2 năm 2026")],
     "truth": {"kind": "regular", "topic": None, "date": "2026-02-28", "month": 2, "year": 2026,
               "cell": "CHI BỘ ĐẠI ĐỘI 6", "party_committee": "ĐẢNG BỘ TIỂU ĐOÀN 2"}},

    {"id": "v-head-11", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY NGÂN HÀNG NN&PTNT", "CHI NHÁNH TỈNH LẠNG SƠN", "CHI BỘ PHÒNG KẾ HOẠCH - KINH DOANH",
                    "*"],
                   [_DCS, "Lạng Sơn, ngày 14 tháng 4 năm 2023"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ THÁNG 4 NĂM 2023"),
                C("Chuyên đề: “Phòng ngừa rủi ro tín dụng và tiêu cực trong hoạt động cho vay”", bold=False)],
     "truth": {"kind": "thematic", "topic": "Phòng ngừa rủi ro tín dụng và tiêu cực trong hoạt động cho vay",
               "date": "2023-04-14", "month": 4, "year": 2023,
               "cell": "CHI BỘ PHÒNG KẾ HOẠCH - KINH DOANH",
               "party_committee": "ĐẢNG ỦY NGÂN HÀNG NN&PTNT CHI NHÁNH TỈNH LẠNG SƠN"}},

    {"id": "v-head-12", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY XÃ PHÌN NGÀI", "CHI BỘ THÔN SẢNG CHẢI", "*",
                    "Số: …/BB-CB"],
                   [_DCS, "Phìn Ngài, ngày 15 tháng 12 năm 2025"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 12 NĂM 2025")],
     "truth": {"kind": "regular", "topic": None, "date": "2025-12-15", "month": 12, "year": 2025,
               "cell": "CHI BỘ THÔN SẢNG CHẢI", "party_committee": "ĐẢNG ỦY XÃ PHÌN NGÀI"}},

    {"id": "v-head-13", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ PHƯỜNG HOÀ BÌNH TÂY", "CHI BỘ TỔ DÂN PHỐ SỐ 11", "*"],
                   [_DCS, "Hoà Bình Tây, ngày 24 tháng 6 năm 2024"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6"),
                C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II/2024"),
                C("Chuyên đề: Đảng viên gương mẫu thực hiện nếp sống văn minh đô thị, phân loại rác thải tại nguồn",
                  bold=False)],
     "truth": {"kind": "regular",
               "topic": "Đảng viên gương mẫu thực hiện nếp sống văn minh đô thị, phân loại rác thải tại nguồn",
               "date": "2024-06-24", "month": 6, "year": 2024,
               "cell": "CHI BỘ TỔ DÂN PHỐ SỐ 11", "party_committee": "ĐẢNG BỘ PHƯỜNG HOÀ BÌNH TÂY"}},

    {"id": "v-head-14", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ CÔNG TY THUỶ LỢI NAM SÔNG CẢ", "CHI BỘ CỤM THUỶ NÔNG ĐÔ LƯƠNG", "*"],
                   [_DCS, "Đô Lương, ngày 16/7/2020"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ THÁNG 7 NĂM 2020"),
                C("“Tiết kiệm nước tưới, chủ động ứng phó với hạn hán vụ Hè Thu”", bold=False, italic=True)],
     "truth": {"kind": "thematic", "topic": "Tiết kiệm nước tưới, chủ động ứng phó với hạn hán vụ Hè Thu",
               "date": "2020-07-16", "month": 7, "year": 2020,
               "cell": "CHI BỘ CỤM THUỶ NÔNG ĐÔ LƯƠNG",
               "party_committee": "ĐẢNG BỘ CÔNG TY THUỶ LỢI NAM SÔNG CẢ"}},

    {"id": "v-head-15", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC DUYÊN HẢI", "CHI BỘ KHOA NUÔI TRỒNG THUỶ SẢN", "*",
                    "Số: 21-BB/CB"],
                   [_DCS, "Nha Trang, ngày 20 tháng 11 năm 2025"]),
                C("BIÊN BẢN"), C("SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2025"),
                C("Chuyên đề: Học tập và làm theo tấm gương Bác Hồ về tinh thần tự học, đổi mới phương pháp giảng dạy",
                  bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Học tập và làm theo tấm gương Bác Hồ về tinh thần tự học, đổi mới phương pháp giảng dạy",
               "date": "2025-11-20", "month": 11, "year": 2025,
               "cell": "CHI BỘ KHOA NUÔI TRỒNG THUỶ SẢN", "party_committee": "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC DUYÊN HẢI"}},

    {"id": "v-head-16", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ PHƯỜNG TÂN HƯNG THẠNH", "CHI BỘ KHU PHỐ 4", "*"],
                   [_DCS, "TP. Hồ Chí Minh, ngày 03 tháng 4 năm 2026"]),
                C("BIÊN BẢN HỌP CHI BỘ")],
     "truth": {"kind": "regular", "topic": None, "date": "2026-04-03", "month": 4, "year": 2026,
               "cell": "CHI BỘ KHU PHỐ 4", "party_committee": "ĐẢNG BỘ PHƯỜNG TÂN HƯNG THẠNH"}},
]

# ---------------------------------------------------------------------------------------------------------
# OPENING
# ---------------------------------------------------------------------------------------------------------


def _op(pid, blocks, date, start, location, chair, role, secretary, att, flags=(), end=None):
    return {"id": pid, "kind": "opening", "blocks": blocks,
            "truth": {"date": date, "start_time": start, "end_time": end, "location": location,
                      "chair": None if chair is None else {"name": chair, "role": role},
                      "secretary": None if secretary is None else {"name": secretary},
                      "attendance": att, "flags": list(flags)}}


OPENINGS = [
    _op("v-open-01", [
        L("1. Thời gian: Bắt đầu từ 14 giờ 00 phút ngày 08/01/2026."),
        L("2. Địa điểm: Nhà văn hóa thôn Khe Mạ."),
        L("3. Thành phần dự họp:"),
        L("- Tổng số đảng viên trong chi bộ: 23 đồng chí (chính thức: 21, dự bị: 02); miễn sinh hoạt: 02 đồng chí."),
        L("- Đảng viên có mặt: 20/21 đồng chí phải dự họp; vắng: 01 đồng chí (Hoàng Văn Phụng – đi điều trị tại "
          "Bệnh viện tỉnh)."),
        L("- Khách mời: đồng chí Lục Thị Thoa, Ủy viên BCH Đảng bộ xã, Phó Chủ tịch UBND xã, phụ trách địa bàn thôn."),
        L("4. Chủ trì: đồng chí Nông Văn Quyết – Bí thư chi bộ, Trưởng thôn."),
        L("5. Thư ký: đồng chí Ma Thị Lụa – Chi ủy viên."),
    ], "2026-01-08", "14:00", "Nhà văn hóa thôn Khe Mạ", "Nông Văn Quyết", "Bí thư chi bộ", "Ma Thị Lụa",
        attendance(23, 20, 1, 1, 0, 2, [("Hoàng Văn Phụng", "đi điều trị tại Bệnh viện tỉnh", True)],
                   [("Lục Thị Thoa", "Ủy viên BCH Đảng bộ xã, Phó Chủ tịch UBND xã, phụ trách địa bàn thôn")])),

    _op("v-open-02", [
        P("Hôm nay, vào lúc 8 giờ sáng ngày 14 tháng 3 năm 2020, tại văn phòng ấp Phú Hữu B, Chi bộ ấp Phú Hữu B "
          "tiến hành sinh hoạt thường kỳ tháng 3 năm 2020."),
        P("Tổng số đảng viên của chi bộ là 16 đồng chí, có mặt 13 đồng chí; vắng 03 đồng chí, gồm: đồng chí Trần Văn "
          "Lượm (đi làm ăn xa, có báo cáo), đồng chí Thạch Thị Sa Rương (bệnh), đồng chí Lâm Văn Út (không lý do)."),
        P("Đồng chí Huỳnh Văn Sang – Bí thư chi bộ chủ trì; đồng chí Kim Thị Bích Liên ghi biên bản."),
    ], "2020-03-14", "08:00", "văn phòng ấp Phú Hữu B", "Huỳnh Văn Sang", "Bí thư chi bộ", "Kim Thị Bích Liên",
        attendance(16, 13, 3, 2, 1, 0, [("Trần Văn Lượm", "đi làm ăn xa, có báo cáo", True),
                                       ("Thạch Thị Sa Rương", "bệnh", True),
                                       ("Lâm Văn Út", "không lý do", False)]),
        ["low_attendance", "unexcused_absence"]),

    _op("v-open-03", [
        L("- Thời gian: 7h30' ngày 25/02/2023."),
        L("- Địa điểm: Hội trường Đại đội 9."),
        L("- Thành phần: Tổng số đảng viên: 11 đ/c. Có mặt: 11/11 đ/c, đạt 100%."),
        L("- Dự có đồng chí Trung tá Lưu Minh Hải, Phó Chính ủy Tiểu đoàn 3."),
        L("- Chủ trì: Đại úy Đặng Quốc Toản, Bí thư chi bộ, Chính trị viên đại đội. Thư ký: Thượng sĩ Vi Văn Khởi, "
          "Chi ủy viên."),
    ], "2023-02-25", "07:30", "Hội trường Đại đội 9", "Đặng Quốc Toản", "Bí thư chi bộ", "Vi Văn Khởi",
        attendance(11, 11, 0, 0, 0, 0, [], [("Lưu Minh Hải", "Phó Chính ủy Tiểu đoàn 3")])),

    _op("v-open-04", [
        L("a) Thời gian: 15 giờ, ngày 19/12/2025."),
        L("b) Địa điểm: Phòng họp Công an xã Hưng Lộc."),
        L("c) Thành phần: Tổng số đảng viên 20; có mặt 18; vắng 02, cụ thể:"),
        T([(0.08, "TT", "c"), (0.42, "Họ và tên", "l"), (0.50, "Lý do vắng", "l")],
          [["1", "Thiếu tá Bùi Đức Thịnh", "Đi học lớp Cao cấp lý luận chính trị"],
           ["2", "Đại úy Hà Thị Ngân", "Nghỉ chế độ thai sản"]]),
        L("d) Chủ trì: Thượng tá Phan Huy Cường – Bí thư chi bộ, Trưởng Công an xã."),
        L("đ) Thư ký: Đại úy Trịnh Thị Hà My."),
    ], "2025-12-19", "15:00", "Phòng họp Công an xã Hưng Lộc", "Phan Huy Cường", "Bí thư chi bộ", "Trịnh Thị Hà My",
        attendance(20, 18, 2, 2, 0, 0, [("Bùi Đức Thịnh", "Đi học lớp Cao cấp lý luận chính trị", True),
                                       ("Hà Thị Ngân", "Nghỉ chế độ thai sản", True)])),

    _op("v-open-05", [
        P("Vào hồi 16 giờ 45 phút ngày 11/10/2019, tại phòng Hội đồng Trường THCS Lý Tự Trọng, Chi bộ nhà trường họp "
          "thường kỳ tháng 10."),
        L("Đảng viên có mặt 17/19 đồng chí (vắng 02 đồng chí có lý do: đ/c Đoàn Thị Hạnh đi tập huấn chuyên môn tại "
          "Sở, đ/c Quách Văn Nhã nghỉ ốm)."),
        L("Chủ tọa: đ/c Vũ Thị Kim Oanh, Bí thư chi bộ – Hiệu trưởng."),
        L("Thư ký: đ/c Lê Hoàng Phúc."),
    ], "2019-10-11", "16:45", "phòng Hội đồng Trường THCS Lý Tự Trọng", "Vũ Thị Kim Oanh", "Bí thư chi bộ",
        "Lê Hoàng Phúc",
        attendance(19, 17, 2, 2, 0, 0, [("Đoàn Thị Hạnh", "đi tập huấn chuyên môn tại Sở", True),
                                       ("Quách Văn Nhã", "nghỉ ốm", True)]),
        ["low_attendance"]),

    _op("v-open-06", [
        L("+ Thời gian: 13 giờ 30, thứ Năm ngày 16/5/2024."),
        L("+ Địa điểm: Phòng giao ban Khoa Nội tổng hợp."),
        L("+ Đảng viên: tổng số 14 đ/c, có mặt 13 đ/c, vắng 01 đ/c: BS.CKII Trương Quang Vinh – Bí thư chi bộ, "
          "Trưởng khoa (đi tập huấn ở tuyến trung ương)."),
        L("+ Chủ trì: ThS.BS. Nguyễn Thị Thanh Huyền, Phó Bí thư chi bộ, Phó Trưởng khoa."),
        L("+ Thư ký: ĐD. Châu Ngọc Trâm."),
    ], "2024-05-16", "13:30", "Phòng giao ban Khoa Nội tổng hợp", "Nguyễn Thị Thanh Huyền", "Phó Bí thư chi bộ",
        "Châu Ngọc Trâm",
        attendance(14, 13, 1, 1, 0, 0, [("Trương Quang Vinh", "đi tập huấn ở tuyến trung ương", True)])),

    _op("v-open-07", [
        P("Thời gian: Mười chín giờ, ngày hai mươi tháng tám năm hai nghìn không trăm mười chín."),
        P("Địa điểm: Nhà văn hoá bản Nà Sự."),
        P("Thành phần: Chi bộ có mười hai đảng viên, trong đó hai đồng chí được miễn sinh hoạt do tuổi cao; có mặt "
          "chín đồng chí; vắng một đồng chí là đồng chí Lường Văn Ín, không báo cáo."),
        P("Chủ trì hội nghị: đồng chí Cầm Văn Thiệu, Bí thư chi bộ. Thư ký: đồng chí Quàng Thị Ọn."),
    ], "2019-08-20", "19:00", "Nhà văn hoá bản Nà Sự", "Cầm Văn Thiệu", "Bí thư chi bộ", "Quàng Thị Ọn",
        attendance(12, 9, 1, 0, 1, 2, [("Lường Văn Ín", "không báo cáo", False)]),
        ["unexcused_absence"]),

    _op("v-open-08", [
        L("Thời gian: từ 8h00 đến 10h30 ngày 05/6/2021."),
        L("Địa điểm: Phòng họp số 2, Nhà máy gạch Tuynel Hưng Phát."),
        L("Dự họp: 26/28 đảng viên. Vắng 02 (đ/c Khúc Văn Tiến – đi ca 3; đ/c Mẫn Thị Hòa – nghỉ phép)."),
        P("Đồng chí Tạ Minh Đức, Bí thư chi bộ, Giám đốc nhà máy chủ trì hội nghị. Chi bộ cử đồng chí Bạch Thị Yến "
          "làm thư ký."),
        L("Nội dung sinh hoạt gồm: (1) Đánh giá kết quả sản xuất, kinh doanh tháng 5; (2) Triển khai nhiệm vụ tháng "
          "6; (3) Xét đề nghị kết nạp quần chúng Phí Văn Lâm vào Đảng."),
    ], "2021-06-05", "08:00", "Phòng họp số 2, Nhà máy gạch Tuynel Hưng Phát", "Tạ Minh Đức", "Bí thư chi bộ",
        "Bạch Thị Yến",
        attendance(28, 26, 2, 2, 0, 0, [("Khúc Văn Tiến", "đi ca 3", True), ("Mẫn Thị Hòa", "nghỉ phép", True)]),
        end="10:30"),

    _op("v-open-09", [
        P("Hôm nay, lúc 14h ngày 30/7/2022, tại Hội trường Ủy ban nhân dân phường, Chi bộ Cơ quan Ủy ban nhân dân "
          "phường Quang Trung tổ chức sinh hoạt định kỳ tháng 7 năm 2022."),
        P("Số đảng viên tham dự đầy đủ 29/29 đồng chí (chính thức 27, dự bị 02), đạt tỷ lệ 100%."),
        P("Đến dự và chỉ đạo có đồng chí Mai Xuân Trường, Ủy viên Ban Thường vụ Đảng ủy phường, Phó Chủ tịch Thường "
          "trực HĐND phường."),
        P("Chủ trì: đồng chí Hồ Sỹ Nguyên – Bí thư chi bộ, Chủ tịch UBND phường."),
        P("Thư ký: đồng chí Đinh Thị Huyền Trang."),
    ], "2022-07-30", "14:00", "Hội trường Ủy ban nhân dân phường", "Hồ Sỹ Nguyên", "Bí thư chi bộ",
        "Đinh Thị Huyền Trang",
        attendance(29, 29, 0, 0, 0, 0, [], [("Mai Xuân Trường", "Ủy viên Ban Thường vụ Đảng ủy phường, Phó Chủ "
                                                                 "tịch Thường trực HĐND phường")])),

    _op("v-open-10", [
        L("- Thời gian: 19h15 ngày 10 tháng 4 năm 2024."),
        L("- Địa điểm: nhà ông Dương Văn Khang, xóm Trại Mít."),
        L("- Đảng viên dự họp: 14 đ/c."),
        L("- Vắng mặt: 03 đ/c, gồm:"),
        L("   + Đ/c Chu Văn Luyến: đi làm ở Bắc Ninh"),
        L("   + Đ/c Hứa Thị Nhung: con ốm"),
        L("   + Đ/c Lăng Văn Điệp: không lý do"),
        L("- Chủ trì: đ/c Triệu Văn Hòa, Bí thư chi bộ."),
        L("- Ghi biên bản: đ/c Lành Thị Mến."),
    ], "2024-04-10", "19:15", "nhà ông Dương Văn Khang, xóm Trại Mít", "Triệu Văn Hòa", "Bí thư chi bộ",
        "Lành Thị Mến",
        attendance(17, 14, 3, 2, 1, 0, [("Chu Văn Luyến", "đi làm ở Bắc Ninh", True),
                                       ("Hứa Thị Nhung", "con ốm", True),
                                       ("Lăng Văn Điệp", "không lý do", False)]),
        ["low_attendance", "unexcused_absence"]),

    _op("v-open-11", [
        P("Vào lúc 9 giờ 00 phút, ngày 17/9/2023, tại Hội trường thôn Đông Tác, Chi bộ thôn Đông Tác tiến hành sinh "
          "hoạt thường kỳ tháng 9."),
        P("Tổng số đảng viên: 41 đồng chí (38 chính thức, 03 dự bị). Miễn sinh hoạt: 06 đồng chí (05 đồng chí tuổi "
          "cao, 01 đồng chí ốm dài ngày). Đảng viên phải dự họp: 35 đồng chí; có mặt: 33 đồng chí; vắng: 02 đồng chí "
          "(có lý do)."),
        P("Khách mời: đồng chí Nguyễn Thị Bích Ngọc, Ủy viên Ban Chấp hành Đảng bộ xã, Chủ tịch Ủy ban MTTQ xã, đảng "
          "ủy viên phụ trách chi bộ thôn Đông Tác; ông Lê Văn Cửu, Trưởng ban công tác Mặt trận thôn."),
        P("Chủ trì: đ/c Tô Văn Nghị – Bí thư chi bộ, Trưởng thôn; thư ký: đ/c Ngô Thị Thuỳ Dương."),
    ], "2023-09-17", "09:00", "Hội trường thôn Đông Tác", "Tô Văn Nghị", "Bí thư chi bộ", "Ngô Thị Thuỳ Dương",
        attendance(41, 33, 2, 2, 0, 6, [],
                   [("Nguyễn Thị Bích Ngọc", "Ủy viên Ban Chấp hành Đảng bộ xã, Chủ tịch Ủy ban MTTQ xã, đảng ủy "
                                             "viên phụ trách chi bộ thôn Đông Tác"),
                    ("Lê Văn Cửu", "Trưởng ban công tác Mặt trận thôn")])),

    _op("v-open-12", [
        L("Thời gian: 20 giờ, ngày 02/11/2019"),
        L("Địa điểm: Phòng sinh hoạt văn hóa tổ dân phố 5"),
        L("Đảng viên: 09 đ/c; có mặt: 09/09."),
        L("Điều hành buổi sinh hoạt: đ/c Kha Văn Dũng."),
        L("Thư ký: đ/c Âu Thị Kiều."),
    ], "2019-11-02", "20:00", "Phòng sinh hoạt văn hóa tổ dân phố 5", "Kha Văn Dũng", None, "Âu Thị Kiều",
        attendance(9, 9, 0, 0, 0, 0)),

    _op("v-open-13", [
        L("1. Thời gian: 07 giờ 30 phút, ngày 06/3/2026."),
        L("2. Địa điểm: Hội trường Trạm Y tế xã Hòa Thắng."),
        L("3. Thành phần:"),
        T([(0.50, "Nội dung", "l"), (0.20, "Số lượng", "c"), (0.30, "Ghi chú", "l")],
          [["Tổng số đảng viên", "10", ""], ["Miễn sinh hoạt", "01", "Ốm dài ngày"],
           ["Có mặt", "09", "Tỷ lệ 100%"], ["Vắng", "0", ""]]),
        L("4. Chủ trì: BS. Y Thanh Niê – Bí thư chi bộ, Trạm trưởng."),
        L("5. Thư ký: YS. H'Linh Byă."),
    ], "2026-03-06", "07:30", "Hội trường Trạm Y tế xã Hòa Thắng", "Y Thanh Niê", "Bí thư chi bộ", "H'Linh Byă",
        attendance(10, 9, 0, 0, 0, 1)),

    _op("v-open-14", [
        P("Hôm nay, hồi 14 giờ 30 ngày 21 tháng 12 năm 2022, Chi bộ Phòng Tài chính – Kế hoạch họp thường kỳ tháng 12 "
          "tại phòng họp tầng 3 trụ sở Ủy ban nhân dân huyện."),
        P("Dự họp: 12 đ/c; vắng 02 đ/c (01 có lý do, 01 không lý do)."),
        P("Đồng chí Quan Thị Hoài Thu – Bí thư chi bộ, Trưởng phòng chủ trì; đồng chí Lại Đức Minh làm thư ký."),
    ], "2022-12-21", "14:30", "phòng họp tầng 3 trụ sở Ủy ban nhân dân huyện", "Quan Thị Hoài Thu", "Bí thư chi bộ",
        "Lại Đức Minh",
        attendance(14, 12, 2, 1, 1, 0), ["low_attendance", "unexcused_absence"]),

    _op("v-open-15", [
        L("Thời gian: Khai mạc lúc mười bốn giờ ngày 26 tháng 10 năm 2021."),
        L("Địa điểm: Văn phòng HTX chè Khuôn Ngàn."),
        L("Thành phần: đảng viên trong chi bộ có 10 đồng chí, trong đó đ/c Hà Văn Sở được miễn sinh hoạt (tuổi cao "
          "sức yếu). Có mặt 09 đồng chí, không có ai vắng."),
        L("Chủ trì: đ/c Dương Minh Khoa, Bí thư chi bộ, Giám đốc HTX."),
        L("Người ghi biên bản: đ/c Hoàng Thị Vân Anh."),
    ], "2021-10-26", "14:00", "Văn phòng HTX chè Khuôn Ngàn", "Dương Minh Khoa", "Bí thư chi bộ", "Hoàng Thị Vân Anh",
        attendance(10, 9, 0, 0, 0, 1)),

    _op("v-open-16", [
        L("- Thời gian: 7 giờ tối ngày 15/8/2020."),
        L("- Địa điểm: Nhà sinh hoạt cộng đồng khu phố Bình Đức 2."),
        L("- Tổng số đảng viên: 20 đồng chí; có mặt: 19 đồng chí; vắng: 01 đồng chí (đồng chí Bí thư chi bộ Phạm Văn "
          "Hên đi họp Đảng ủy phường)."),
        L("- Đồng chí Ung Thị Lệ – Phó Bí thư chi bộ chủ trì buổi sinh hoạt; đồng chí Sầm Văn Tước là thư ký."),
    ], "2020-08-15", "19:00", "Nhà sinh hoạt cộng đồng khu phố Bình Đức 2", "Ung Thị Lệ", "Phó Bí thư chi bộ",
        "Sầm Văn Tước",
        attendance(20, 19, 1, 1, 0, 0, [("Phạm Văn Hên", "đi họp Đảng ủy phường", True)])),

    _op("v-open-17", [
        P("Thời gian: 8 giờ 30 phút ngày 09/01/2025. Địa điểm: Phòng họp Xưởng cơ khí Minh Phát."),
        P("Chi bộ có 15 đảng viên, 01 đồng chí miễn sinh hoạt. Có mặt 12/14 đồng chí, đạt 85,7%. Vắng 02 đồng chí: "
          "đồng chí Cao Văn Bình đi công tác tại Bình Dương; đồng chí Lý Văn Toàn không xin phép."),
        P("Chủ trì: Đ/c Giang Thanh Tùng – Bí thư. Thư ký: Đ/c Khuất Thị Ngọc Ánh."),
    ], "2025-01-09", "08:30", "Phòng họp Xưởng cơ khí Minh Phát", "Giang Thanh Tùng", "Bí thư", "Khuất Thị Ngọc Ánh",
        attendance(15, 12, 2, 1, 1, 1, [("Cao Văn Bình", "đi công tác tại Bình Dương", True),
                                       ("Lý Văn Toàn", "không xin phép", False)]),
        ["low_attendance", "unexcused_absence"]),

    _op("v-open-18", [
        L("Thời gian: 17h00, ngày 28/6/2019; địa điểm: Hội trường Đồn Biên phòng Bản Khiếng."),
        L("Đảng viên: 24 đ/c; có mặt 23 đ/c; vắng 01 đ/c (đ/c Thiếu tá Hoàng Văn Ninh đi tuần tra biên giới)."),
        L("Đại biểu dự: Đại tá Lương Văn Thọ, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh."),
        L("Chủ tọa: Trung tá Nông Đức Hiển, Bí thư chi bộ, Chính trị viên đồn; thư ký: Thiếu tá Lô Văn Tường."),
    ], "2019-06-28", "17:00", "Hội trường Đồn Biên phòng Bản Khiếng", "Nông Đức Hiển", "Bí thư chi bộ", "Lô Văn Tường",
        attendance(24, 23, 1, 1, 0, 0, [("Hoàng Văn Ninh", "đi tuần tra biên giới", True)],
                   [("Lương Văn Thọ", "Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh")])),

    _op("v-open-19", [
        P("Vào hồi 15 giờ ngày 03/02/2024 (tức ngày 24 tháng Chạp năm Quý Mão), tại nhà văn hóa thôn Cửa Lở, Chi bộ "
          "thôn tổ chức sinh hoạt thường kỳ tháng 02/2024."),
        P("Chi bộ có 22 đảng viên, miễn sinh hoạt 01. Có mặt 16 đồng chí. Vắng 05 đồng chí, trong đó:"),
        T([(0.08, "TT", "c"), (0.44, "Họ tên", "l"), (0.48, "Lý do", "l")],
          [["1", "Nguyễn Văn Hải", "Đi biển"], ["2", "Phan Văn Lộc", "Đi biển"], ["3", "Trương Văn Sáu", "Đi biển"],
           ["4", "Lê Thị Mận", "Vào Sài Gòn thăm con"], ["5", "Võ Văn Chín", ""]]),
        P("Chủ trì: đồng chí Đỗ Văn Khánh, Bí thư chi bộ; thư ký: đồng chí Hồ Thị Lài."),
    ], "2024-02-03", "15:00", "nhà văn hóa thôn Cửa Lở", "Đỗ Văn Khánh", "Bí thư chi bộ", "Hồ Thị Lài",
        attendance(22, 16, 5, 4, 1, 1, [("Nguyễn Văn Hải", "Đi biển", True), ("Phan Văn Lộc", "Đi biển", True),
                                       ("Trương Văn Sáu", "Đi biển", True),
                                       ("Lê Thị Mận", "Vào Sài Gòn thăm con", True),
                                       ("Võ Văn Chín", None, False)]),
        ["low_attendance", "unexcused_absence"]),

    _op("v-open-20", [
        P("1. Thời gian: từ 14 giờ 00 đến 16 giờ 30, ngày 21/11/2025."),
        P("2. Địa điểm: Phòng họp tầng 2, Trung tâm Phục vụ hành chính công xã."),
        P("3. Thành phần: Chi bộ có 18 (mười tám) đảng viên; dự họp 18/18, đạt 100%."),
        P("4. Chủ trì, thư ký: đồng chí Trần Thị Ngọc Diệp, Bí thư chi bộ, Giám đốc Trung tâm chủ trì; đồng chí Huỳnh "
          "Tấn Lực, chi ủy viên, làm thư ký."),
        P("5. Nội dung: Thông tin thời sự; đánh giá nhiệm vụ tháng 11, triển khai nhiệm vụ tháng 12/2025; kết luận "
          "của chủ trì."),
    ], "2025-11-21", "14:00", "Phòng họp tầng 2, Trung tâm Phục vụ hành chính công xã", "Trần Thị Ngọc Diệp",
        "Bí thư chi bộ", "Huỳnh Tấn Lực", attendance(18, 18, 0, 0, 0, 0), end="16:30"),

    _op("v-open-21", [
        P("Buổi sinh hoạt bắt đầu lúc 6 giờ 30 sáng ngày 12/8/2022 (trước giờ vào ca), tại nhà giao ca Phân xưởng "
          "Khai thác 4."),
        P("Tổng số đảng viên: 34; có mặt 31; vắng 03 (02 đ/c nghỉ phép, 01 đ/c ốm)."),
        P("Chủ trì: đ/c Đàm Quang Vượng, Bí thư chi bộ, Quản đốc phân xưởng."),
        P("Thư ký: đ/c Tăng Văn Hậu."),
    ], "2022-08-12", "06:30", "nhà giao ca Phân xưởng Khai thác 4", "Đàm Quang Vượng", "Bí thư chi bộ",
        "Tăng Văn Hậu", attendance(34, 31, 3, 3, 0, 0)),

    _op("v-open-22", [
        L("- Thời gian: 19h45 ngày 18-01-2023."),
        L("- Địa điểm: Nhà văn hóa thôn Ngọc Động."),
        L("- Thành phần: tổng số ĐV 31 đ/c, miễn SH 03 đ/c; dự họp 25 đ/c; vắng 03 đ/c:"),
        L("1. Đ/c Đào Văn Luân – Bí thư chi bộ (ốm, đang nằm viện)."),
        L("2. Đ/c Phùng Thị Hoa (đi chăm mẹ ốm)."),
        L("3. Đ/c Bế Văn Tài (không báo cáo)."),
        L("- Khách mời: bà Trịnh Thị Hương, Chi hội trưởng Chi hội Phụ nữ thôn; ông Ninh Văn Thắng, Bí thư Chi đoàn "
          "thôn."),
        L("- Chủ trì: đ/c Thân Văn Hiếu, Phó Bí thư chi bộ. Thư ký: đ/c Lưu Thị Thúy."),
    ], "2023-01-18", "19:45", "Nhà văn hóa thôn Ngọc Động", "Thân Văn Hiếu", "Phó Bí thư chi bộ", "Lưu Thị Thúy",
        attendance(31, 25, 3, 2, 1, 3, [("Đào Văn Luân", "ốm, đang nằm viện", True),
                                       ("Phùng Thị Hoa", "đi chăm mẹ ốm", True),
                                       ("Bế Văn Tài", "không báo cáo", False)],
                   [("Trịnh Thị Hương", "Chi hội trưởng Chi hội Phụ nữ thôn"),
                    ("Ninh Văn Thắng", "Bí thư Chi đoàn thôn")]),
        ["low_attendance", "unexcused_absence"]),

    _op("v-open-23", [
        P("Lúc 13 giờ ngày 27/4/2021, tại Văn phòng Ban nhân dân ấp Sóc Tràm, Chi bộ ấp Sóc Tràm họp thường kỳ tháng 4."),
        P("Hiện diện: 13/13 đảng viên (chính thức 12, dự bị 01), có mặt đầy đủ."),
        P("Đồng chí Thạch Sô Phal – Bí thư chi bộ, Trưởng ấp chủ trì buổi họp."),
    ], "2021-04-27", "13:00", "Văn phòng Ban nhân dân ấp Sóc Tràm", "Thạch Sô Phal", "Bí thư chi bộ", None,
        attendance(13, 13, 0, 0, 0, 0)),

    _op("v-open-24", [
        L("I. Thời gian, địa điểm: 10 giờ 00 ngày 23/9/2024, tại phòng họp Nhà máy Chế biến thức ăn chăn nuôi Tân Phú "
          "Hưng."),
        L("II. Thành phần: Tổng số đảng viên 19 đồng chí, có mặt 18 đồng chí, đạt tỷ lệ 94,7%; vắng 01 đồng chí (Trần "
          "Minh Hiếu – trực ca sản xuất)."),
        L("Chủ trì: Đ/c Lương Thế Hưng – Bí thư Chi bộ."),
        L("Thư ký: Đ/c Nguyễn Ngọc Bảo Trân."),
    ], "2024-09-23", "10:00", "phòng họp Nhà máy Chế biến thức ăn chăn nuôi Tân Phú Hưng", "Lương Thế Hưng",
        "Bí thư Chi bộ", "Nguyễn Ngọc Bảo Trân",
        attendance(19, 18, 1, 1, 0, 0, [("Trần Minh Hiếu", "trực ca sản xuất", True)])),

    _op("v-open-25", [
        P("Hôm nay vào lúc 19h ngày 9/5/2019, tại nhà văn hóa xóm Đồng Chùa, Chi bộ xóm Đồng Chùa hop thường kỳ "
          "tháng 5."),
        P("Tổng số đảng viên: 19 đ/c, có mặt: 18 đ/c, vắng  1 đ/c (đ/c Kiều Văn Nghĩa đi làm xa)."),
        P("Đ/c Tống Văn Chiến – Bí thư chi bộ chủ trì. Chi bộ nhất trí cử đ/c Nhâm Văn Hùng làm thư ký."),
    ], "2019-05-09", "19:00", "nhà văn hóa xóm Đồng Chùa", "Tống Văn Chiến", "Bí thư chi bộ", "Nhâm Văn Hùng",
        attendance(19, 18, 1, 1, 0, 0, [("Kiều Văn Nghĩa", "đi làm xa", True)])),

    _op("v-open-26", [
        L("- Thời gian: 2 giờ chiều, thứ Ba, ngày 14/01/2020."),
        L("- Địa điểm: Phòng 305, nhà A2."),
        L("- Thành phần: 16/17 đảng viên có mặt; vắng 01 đồng chí: TS. Tiêu Đức Anh (đang học sau tiến sĩ tại Nhật "
          "Bản)."),
        L("- Dự họp có đồng chí PGS.TS. Đoàn Minh Châu, Ủy viên Ban Thường vụ Đảng ủy Trường, Trưởng Ban Tuyên giáo "
          "Đảng ủy."),
        L("- Chủ trì: PGS.TS. Khương Thị Thu Hà, Bí thư chi bộ, Trưởng khoa."),
        L("- Thư ký: ThS. La Văn Quý, Chi ủy viên."),
    ], "2020-01-14", "14:00", "Phòng 305, nhà A2", "Khương Thị Thu Hà", "Bí thư chi bộ", "La Văn Quý",
        attendance(17, 16, 1, 1, 0, 0, [("Tiêu Đức Anh", "đang học sau tiến sĩ tại Nhật Bản", True)],
                   [("Đoàn Minh Châu", "Ủy viên Ban Thường vụ Đảng ủy Trường, Trưởng Ban Tuyên giáo Đảng ủy")])),

    _op("v-open-27", [
        P("Thời gian họp: tám giờ tối ngày 11 tháng 7 năm 2022."),
        P("Tại: Nhà sàn văn hóa bản Huổi Một."),
        P("Số đảng viên của chi bộ: mười lăm đồng chí; có mặt mười hai đồng chí; vắng ba đồng chí, đều có lý do (đi "
          "làm nương xa)."),
        P("Chủ trì: đồng chí Lò Thị Ánh, Trưởng bản. Thư ký: đồng chí Sùng A Páo."),
    ], "2022-07-11", "20:00", "Nhà sàn văn hóa bản Huổi Một", "Lò Thị Ánh", None, "Sùng A Páo",
        attendance(15, 12, 3, 3, 0, 0), ["low_attendance"]),

    _op("v-open-28", [
        L("1. Thời gian: 08 giờ 00 phút, ngày 10/4/2026."),
        L("2. Địa điểm: Phòng họp Đội Kiểm soát hải quan số 2."),
        L("3. Thành phần: tổng số đảng viên: 21; có mặt: 19; vắng: 02 (danh sách dưới đây)."),
        T([(0.08, "TT", "c"), (0.38, "Họ và tên", "l"), (0.36, "Lý do", "l"), (0.18, "Có báo cáo", "c")],
          [["1", "Nguyễn Hữu Thắng", "Đi công tác tại cửa khẩu", "Có"], ["2", "Hoàng Quốc Bảo", "", "Không"]]),
        L("4. Chủ trì: đồng chí Phạm Thanh Sơn, Bí thư chi bộ, Đội trưởng."),
        L("5. Thư ký: đồng chí Vương Thị Mai Hương, Chi ủy viên."),
    ], "2026-04-10", "08:00", "Phòng họp Đội Kiểm soát hải quan số 2", "Phạm Thanh Sơn", "Bí thư chi bộ",
        "Vương Thị Mai Hương",
        attendance(21, 19, 2, 1, 1, 0, [("Nguyễn Hữu Thắng", "Đi công tác tại cửa khẩu", True),
                                       ("Hoàng Quốc Bảo", None, False)]),
        ["unexcused_absence"]),

    _op("v-open-29", [
        P("Vào hồi 17 giờ 30 phút ngày 22 tháng 12 năm 2019, Chi bộ Trường Mầm non Hoa Sen họp phiên thường kỳ tháng 12 "
          "tại phòng họp của nhà trường. Chi bộ hiện có 13 đảng viên, dự họp: 12 đ/c; đ/c Bùi Thị Thanh Xuân vắng mặt "
          "vì đưa con đi khám bệnh."),
        P("Đồng chí Vy Thị Hồng Nhung, Bí thư chi bộ, Hiệu trưởng, điều hành buổi họp; đồng chí Nông Thị Thủy, chi ủy "
          "viên, ghi biên bản."),
    ], "2019-12-22", "17:30", "phòng họp của nhà trường", "Vy Thị Hồng Nhung", "Bí thư chi bộ", "Nông Thị Thủy",
        attendance(13, 12, 1, 1, 0, 0, [("Bùi Thị Thanh Xuân", "đưa con đi khám bệnh", True)])),

    _op("v-open-30", [
        L("1. Thời gian: Mười chín giờ ba mươi phút, ngày 05 tháng 02 năm 2026."),
        L("2. Địa điểm: Nhà văn hóa tổ dân phố số 8."),
        L("3. Thành phần:"),
        L("a) Tổng số đảng viên: 47 đồng chí."),
        L("b) Miễn sinh hoạt: 09 đồng chí (tuổi cao, sức yếu)."),
        L("c) Có mặt: 35 đồng chí."),
        L("d) Vắng: 03 đồng chí, gồm đ/c Tạ Thị Lan (đi nước ngoài thăm con), đ/c Ngô Quang Trí (nằm viện), đ/c Mai "
          "Văn Phú (tự ý vắng)."),
        L("e) Khách mời: đồng chí Đỗ Thị Thanh Bình, Đảng ủy viên, Trưởng Ban Xây dựng Đảng Đảng ủy phường."),
        L("4. Chủ trì: đồng chí Lê Quang Hưng, Bí thư chi bộ. Thư ký: đồng chí Trịnh Thị Thu."),
    ], "2026-02-05", "19:30", "Nhà văn hóa tổ dân phố số 8", "Lê Quang Hưng", "Bí thư chi bộ", "Trịnh Thị Thu",
        attendance(47, 35, 3, 2, 1, 9, [("Tạ Thị Lan", "đi nước ngoài thăm con", True),
                                       ("Ngô Quang Trí", "nằm viện", True),
                                       ("Mai Văn Phú", "tự ý vắng", False)],
                   [("Đỗ Thị Thanh Bình", "Đảng ủy viên, Trưởng Ban Xây dựng Đảng Đảng ủy phường")]),
        ["unexcused_absence"]),

    _op("v-open-31", [
        P("Ngày 14/6/2020, hồi 9h sáng, Chi bộ Công ty Cổ phần Du lịch Sông Hàn Xanh họp tại văn phòng công ty, tầng 5 "
          "tòa nhà Sông Hàn Xanh."),
        P("Đảng viên có mặt: đủ 07/07 đồng chí."),
        P("Dự họp có đồng chí Phan Thị Diệu Linh, chuyên viên Ban Tổ chức Đảng ủy Khối Doanh nghiệp thành phố, theo dõi "
          "địa bàn."),
        P("Đồng chí Hà Quang Vũ, Bí thư chi bộ, Tổng Giám đốc công ty chủ trì; đồng chí Thái Thị Mỹ Dung, Phó Bí thư, "
          "ghi biên bản."),
    ], "2020-06-14", "09:00", "văn phòng công ty, tầng 5 tòa nhà Sông Hàn Xanh", "Hà Quang Vũ", "Bí thư chi bộ",
        "Thái Thị Mỹ Dung",
        attendance(7, 7, 0, 0, 0, 0, [], [("Phan Thị Diệu Linh", "chuyên viên Ban Tổ chức Đảng ủy Khối Doanh "
                                                                "nghiệp thành phố, theo dõi địa bàn")])),

    _op("v-open-32", [
        L("+ Thời gian: 13h30' ngày 19/3/2025."),
        L("+ Địa điểm: Trụ sở thôn Lũng Pục."),
        L("+ Đảng viên: 17 đồng chí; miễn sinh hoạt: 01 đ/c; có mặt: 14 đ/c; vắng: 02 đ/c, gồm đ/c Vàng Seo Chính, "
          "Bí thư chi bộ (đi học lớp trung cấp lý luận chính trị tại huyện) và đ/c Thào A Lử (không lý do)."),
        L("+ Chủ trì: đ/c Hoàng A Sử – Phó Bí thư chi bộ."),
        L("+ Thư ký: đ/c Giàng Thị Mỷ."),
    ], "2025-03-19", "13:30", "Trụ sở thôn Lũng Pục", "Hoàng A Sử", "Phó Bí thư chi bộ", "Giàng Thị Mỷ",
        attendance(17, 14, 2, 1, 1, 1, [("Vàng Seo Chính", "đi học lớp trung cấp lý luận chính trị tại huyện", True),
                                       ("Thào A Lử", "không lý do", False)]),
        ["low_attendance", "unexcused_absence"]),
]

# ---------------------------------------------------------------------------------------------------------
# BODY
# ---------------------------------------------------------------------------------------------------------


def _body(pid, blocks, ctx, end, conclusion, resolutions, assignments, flags=()):
    chair, role, secretary, total, present = ctx
    return {"id": pid, "kind": "body", "blocks": blocks,
            "truth": {"end_time": end, "conclusion": conclusion, "resolutions": resolutions,
                      "assignments": assignments, "flags": list(flags)},
            "context": {"chair": chair, "chair_role": role, "secretary": secretary, "total": total,
                        "present": present}}


_TASK_COLS = [(0.07, "TT", "c"), (0.48, "Nội dung công việc", "l"), (0.25, "Người thực hiện", "l"),
              (0.20, "Thời hạn", "c")]

BODIES = [
    _body("v-body-01", [
        H("IV. Thảo luận, đóng góp ý kiến"),
        L("- Đồng chí Cù Văn Lực phát biểu: nhất trí với dự thảo báo cáo; đề nghị bổ sung chỉ tiêu 100% hộ gia đình "
          "trong thôn kích hoạt tài khoản định danh điện tử mức 2, vì đến nay thôn mới đạt khoảng 70%."),
        L("- Đồng chí Trần Thị Hoàng Oanh: tuyến đường liên thôn đoạn qua cầu Đá bị sạt lở lề dài gần 30 mét, nguy "
          "hiểm cho học sinh đi học; đề nghị chi bộ có ý kiến với xã để sớm khắc phục."),
        L("- Đồng chí Lý Văn Cầu: thời gian qua xóm Bãi Dâu xảy ra 02 vụ mất trộm gà, vịt, đề nghị tổ an ninh tăng "
          "cường tuần tra ban đêm."),
        H("V. Kết luận của đồng chí chủ trì"),
        P("Đồng chí Lê Thị Hải Yến, Bí thư chi bộ, kết luận: chi bộ cơ bản hoàn thành các chỉ tiêu đề ra trong tháng; "
          "tháng tới tập trung đẩy nhanh việc kích hoạt định danh điện tử, thu quỹ xây dựng nông thôn mới và giữ vững "
          "an ninh trật tự trên địa bàn. Tiếp thu ý kiến của đảng viên, chi ủy có văn bản báo cáo Đảng ủy, UBND xã về "
          "điểm sạt lở tại cầu Đá."),
        H("VI. Biểu quyết thông qua kết luận"),
        P("Tán thành: 15/15 đồng chí; không tán thành: 0; ý kiến khác: 0."),
        H("VII. Phân công tổ chức thực hiện"),
        T(_TASK_COLS, [["1", "Rà soát, lập danh sách hộ chưa kích hoạt định danh điện tử mức 2", "Đ/c Cù Văn Lực",
                        "Trước 25/11"],
                       ["2", "Vận động hội viên đóng quỹ xây dựng nông thôn mới", "Chi hội Phụ nữ", "Trong tháng 11"],
                       ["3", "Tuần tra ban đêm tại xóm Bãi Dâu", "Tổ an ninh thôn", "Thường xuyên"]]),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút cùng ngày. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua."),
    ], ("Lê Thị Hải Yến", "Bí thư chi bộ", "Vũ Đình Khôi", 16, 15),
        "21:10", True, [vote(15, 0, 0, None, "thông qua kết luận")],
        [task("Cù Văn Lực", "lập danh sách hộ chưa kích hoạt định danh điện tử", "25/11"),
         task("Chi hội Phụ nữ", "vận động đóng quỹ nông thôn mới", "tháng 11"),
         task("Tổ an ninh thôn", "tuần tra ban đêm xóm Bãi Dâu", "Thường xuyên")]),

    _body("v-body-02", [
        P("Tham gia ý kiến: đồng chí Lê Văn Hai cho rằng giá lúa thời gian qua giảm mạnh, nhiều hộ còn tồn lúa chưa "
          "bán được, đề nghị chi bộ kiến nghị xã liên hệ doanh nghiệp thu mua; đồng chí Nguyễn Thị Út Em thì nêu việc "
          "một số hộ thả vịt chạy đồng gây thiệt hại cho ruộng lúa mới sạ ở khu vực kênh Ba Thước."),
        P("Đồng chí chủ trì kết luận: chi bộ thống nhất chỉ đạo bà con xuống giống vụ Hè Thu tập trung, đúng lịch "
          "thời vụ; không để tình trạng thả vịt chạy đồng trên ruộng mới sạ; vận động các hộ tham gia tổ hợp tác để "
          "bán lúa được giá."),
        P("Chi bộ giơ tay biểu quyết, 100% đảng viên có mặt nhất trí."),
        P("Giao đồng chí Lê Văn Hai phối hợp với Ban nhân dân ấp lập danh sách các hộ còn tồn lúa, báo cáo vào kỳ họp "
          "sau. Việc nhắc nhở, lập biên bản các hộ thả vịt chạy đồng được giao cho đ/c Nguyễn Thị Út Em."),
        P("Họp xong 20h."),
    ], ("Phan Văn Tới", "Bí thư chi bộ", "Trần Thị Kim Cương", 12, 11),
        "20:00", True, [vote(None, None, None, 100, "thông qua kết luận")],
        [task("Lê Văn Hai", "lập danh sách hộ còn tồn lúa", "kỳ họp sau"),
         task("Nguyễn Thị Út Em", "nhắc nhở các hộ thả vịt chạy đồng", None)],
        ["not_approved"]),

    _body("v-body-03", [
        H("Ý KIẾN THẢO LUẬN"),
        L("- Đ/c Ngọ Văn Kiên: nhất trí với báo cáo. Nhiều đoạn kênh T3 đã bị bồi lấp, đề nghị chi bộ chỉ đạo nạo vét "
          "kênh mương nội đồng trước mùa mưa bão."),
        L("- Đ/c Đồng Thị Hương: quần chúng Lục Văn Đoàn đã học xong lớp bồi dưỡng nhận thức về Đảng, được chi đoàn và "
          "nhân dân nơi cư trú nhận xét tốt, đề nghị chi bộ xem xét kết nạp."),
        L("- Đ/c Tăng Thị Mơ: phản ánh việc đốt rơm rạ trên đồng sau thu hoạch gây khói bụi, ảnh hưởng người đi "
          "đường trên tỉnh lộ."),
        H("KẾT LUẬN"),
        P("Thay mặt chi ủy, đồng chí Đinh Công Hoan kết luận: chi bộ đánh giá cao sự chủ động của các đoàn thể trong "
          "tháng; tháng tới tập trung nạo vét kênh mương, tuyên truyền không đốt rơm rạ trên đồng, hoàn thiện hồ sơ "
          "đề nghị kết nạp đảng viên mới."),
        P("Biểu quyết thông qua kết luận: 23/23 đồng chí có mặt tán thành (100%)."),
        P("Chi bộ xem xét đề nghị kết nạp quần chúng Lục Văn Đoàn vào Đảng. Số đảng viên chính thức có mặt: 21 đồng "
          "chí; kết quả: tán thành 20, không tán thành 01."),
        H("PHÂN CÔNG"),
        L("1. Đồng chí Đồng Thị Hương hoàn thiện hồ sơ kết nạp, trình Đảng ủy xã trong tháng 6."),
        L("2. Đồng chí Ngọ Văn Kiên cùng Chi đoàn thanh niên ra quân nạo vét kênh T3, xong trong quý III/2024."),
        L("3. Chi ủy theo dõi, đôn đốc thực hiện nghị quyết, báo cáo Đảng ủy xã hằng tháng."),
        P("Biên bản đã đọc lại cho chi bộ nghe, các đồng chí nhất trí thông qua. Hội nghị kết thúc vào 22 giờ cùng "
          "ngày."),
    ], ("Đinh Công Hoan", "Bí thư chi bộ", "Lý Thị Thanh Nhàn", 25, 23),
        "22:00", True, [vote(23, None, None, 100, "thông qua kết luận"),
                        vote(20, 1, None, None, "kết nạp quần chúng Lục Văn Đoàn")],
        [task("Đồng Thị Hương", "hoàn thiện hồ sơ kết nạp", "tháng 6"),
         task("Ngọ Văn Kiên", "nạo vét kênh T3", "quý III/2024"),
         task("Chi ủy", "theo dõi, đôn đốc, báo cáo Đảng ủy xã", "hằng tháng")]),

    _body("v-body-04", [
        P("Sau phần báo cáo, chi bộ chuyển sang thảo luận; phần kết luận sẽ do đồng chí chủ trì trình bày cuối buổi."),
        P("Đ/c Lò Văn Nhất (bản Hốc) đề nghị xã sớm cấp giống ngô lai để bà con kịp gieo trồng vụ Thu Đông, vì năm "
          "ngoái giống về muộn nên năng suất thấp."),
        P("Đ/c Quàng Thị Xoan phản ánh còn 04 hộ chưa khai báo tạm trú cho người lao động từ nơi khác đến làm thuê ở "
          "các lán trại."),
        P("Chi bộ thảo luận, thống nhất với báo cáo đánh giá tình hình tháng 8 và phương hướng nhiệm vụ tháng 9."),
        P("Giao đ/c Lò Văn Nhất tổng hợp nhu cầu giống ngô của các hộ, gửi về xã chậm nhất ngày 05/9. Đ/c Quàng Thị "
          "Xoan phối hợp với Công an xã hướng dẫn các hộ khai báo tạm trú, hoàn thành trước ngày 10/9."),
        P("Chi bộ biểu quyết thông qua nghị quyết tháng 9: 17/17 đồng chí tán thành."),
        P("Cuộc họp kết thúc hồi 21h30. Biên bản được chi bộ thông qua."),
    ], ("Nguyễn Đình Tuấn", "Bí thư chi bộ", "Lò Thị Hiền", 18, 17),
        "21:30", False, [vote(17, None, None, None, "nghị quyết tháng 9")],
        [task("Lò Văn Nhất", "tổng hợp nhu cầu giống ngô", "05/9"),
         task("Quàng Thị Xoan", "hướng dẫn khai báo tạm trú", "10/9")],
        ["missing_conclusion"]),

    _body("v-body-05", [
        H("THẢO LUẬN"),
        P("Đồng chí Hứa Quang Bình hỏi: việc chuyển đổi sang hóa đơn điện tử khởi tạo từ máy tính tiền đối với các hộ "
          "kinh doanh trên địa bàn đến nay đạt bao nhiêu?"),
        P("Đồng chí Mạch Thị Phương Thảo, Đội trưởng Đội Quản lý thuế số 2, trả lời: đã có 137/210 hộ đăng ký sử "
          "dụng; số còn lại chủ yếu là các hộ nhỏ ở chợ Thắng, đội đang tiếp tục hướng dẫn từng hộ."),
        P("Đồng chí Kiều Thị Lan Anh đề nghị tổ chức thêm một buổi hỗ trợ trực tiếp tại chợ vào ngày nghỉ để tiểu "
          "thương tiện tham gia."),
        H("KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ CHI BỘ"),
        P("Đồng chí Bùi Thị Minh Nguyệt kết luận:"),
        L("1. Chi bộ ghi nhận kết quả thu ngân sách 9 tháng đạt 81% dự toán; các đội bám sát nguồn thu, chống thất "
          "thu trong những tháng cuối năm."),
        L("2. Giao đồng chí Mạch Thị Phương Thảo chỉ đạo Đội Quản lý thuế số 2 hoàn thành việc hướng dẫn các hộ còn "
          "lại trước ngày 31/10."),
        L("3. Đồng chí Kiều Thị Lan Anh phụ trách tổ chức buổi hỗ trợ tại chợ Thắng vào Chủ nhật tuần này."),
        L("4. Các đồng chí đảng viên thực hiện nghiêm những điều đảng viên không được làm, tuyệt đối không gây phiền "
          "hà cho người nộp thuế."),
        P("Chi bộ biểu quyết thông qua kết luận với mười tám trên mười tám đồng chí tán thành."),
        P("Buổi sinh hoạt kết thúc lúc 11 giờ 20 phút. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua."),
    ], ("Bùi Thị Minh Nguyệt", "Bí thư chi bộ", "Lê Trọng Nghĩa", 19, 18),
        "11:20", True, [vote(18, None, None, None, "thông qua kết luận")],
        [task("Mạch Thị Phương Thảo", "hoàn thành hướng dẫn hộ kinh doanh", "31/10"),
         task("Kiều Thị Lan Anh", "tổ chức buổi hỗ trợ tại chợ Thắng", "Chủ nhật tuần này")]),

    _body("v-body-06", [
        P("Các ý kiến phát biểu:"),
        L("- Đồng chí Tổ trưởng tổ dân phố số 3 phản ánh tình trạng đổ trộm phế thải xây dựng ở bãi đất trống cuối "
          "ngõ 46 vào ban đêm, đã nhắc nhở nhiều lần nhưng chưa xử lý dứt điểm."),
        L("- Đồng chí Trưởng ban công tác MTTQ đề nghị đưa việc phân loại rác tại nguồn vào tiêu chí bình xét gia "
          "đình văn hóa năm nay."),
        P("Chi bộ thống nhất: tiếp tục tuyên truyền, vận động nhân dân phân loại rác tại nguồn; kiên quyết xử lý các "
          "trường hợp đổ phế thải không đúng nơi quy định; đưa tiêu chí phân loại rác vào bình xét gia đình văn hóa "
          "cuối năm."),
        P("Đề nghị mỗi đảng viên gương mẫu thực hiện và vận động gia đình, bà con lối xóm cùng làm; các đồng chí "
          "đảng viên tăng cường nhắc nhở, phát hiện và báo cáo kịp thời các trường hợp vi phạm."),
        P("Biểu quyết: 27/27 đồng chí nhất trí."),
        P("Cuộc họp kết thúc lúc 21h05, biên bản đã được thông qua."),
    ], ("Trương Văn Mạnh", "Bí thư chi bộ", "Ninh Thị Tuyết", 30, 27),
        "21:05", True, [vote(27, None, None, None, "thông qua kết luận")], [],
        ["missing_assignments"]),

    _body("v-body-07", [
        P("Đ/c Tô Hoài Nam (tổ 2) đề nghị chi bộ quan tâm các hộ nghèo, hộ có hoàn cảnh khó khăn trong dịp Tết, nhất "
          "là 03 cụ già neo đơn ở xóm Bãi."),
        P("Đ/c Lưu Văn Mười (tổ 5) đề nghị sớm tổ chức kiểm điểm đảng viên cuối năm để kịp báo cáo Đảng ủy."),
        P("Đ/c Lê Thị Ánh Tuyết (tổ 1) nêu tuyến đường xóm Bãi còn tối, đề nghị chi đoàn vận động lắp đèn."),
        H("Kết luận"),
        P("Đồng chí Võ Thành Trung kết luận: chi bộ nhất trí với báo cáo và các ý kiến tham gia; tháng 12 tập trung "
          "chăm lo Tết cho hộ nghèo, hoàn thành kiểm điểm, đánh giá, xếp loại đảng viên đúng thời gian quy định, thắp "
          "sáng tuyến đường xóm Bãi."),
        P("Chi bộ biểu quyết thông qua kết luận. Đồng ý: 20/21; không đồng ý: 01; ý kiến khác: 0."),
        H("Phân công"),
        L("+ Đồng chí Tô Hoài Nam và đồng chí Lưu Văn Mười: rà soát, lập danh sách hộ nghèo, hộ cận nghèo để tặng quà "
          "trước Tết Nguyên đán."),
        L("+ Đồng chí Phó Bí thư chi bộ: chuẩn bị nội dung, hướng dẫn đảng viên viết bản kiểm điểm cuối năm, xong "
          "trước 20/12."),
        L("+ Chi đoàn thanh niên: vận động lắp đèn thắp sáng đường xóm Bãi trong tháng 12."),
        P("Hội nghị kết thúc hồi 16 giờ 40 phút. Biên bản được đọc lại trước hội nghị và được nhất trí thông qua."),
    ], ("Võ Thành Trung", "Bí thư chi bộ", "Đặng Thị Ngọc Hân", 22, 21),
        "16:40", True, [vote(20, 1, 0, None, "thông qua kết luận")],
        [task("Tô Hoài Nam", "lập danh sách hộ nghèo tặng quà", "Tết Nguyên đán"),
         task("Lưu Văn Mười", "lập danh sách hộ nghèo tặng quà", "Tết Nguyên đán"),
         task("Phó Bí thư chi bộ", "chuẩn bị kiểm điểm cuối năm", "20/12"),
         task("Chi đoàn thanh niên", "lắp đèn đường xóm Bãi", "tháng 12")]),

    _body("v-body-08", [
        P("Trong phần thảo luận, đồng chí Hầu Văn Thạch cho biết hồ sơ quyết toán công trình kè sông Lô đoạn qua "
          "thôn Bến Gạo còn thiếu biên bản nghiệm thu hạng mục rọ đá, đề nghị đơn vị tư vấn giám sát sớm bổ sung."),
        P("Đồng chí Ma Thị Xuân đề nghị đối chiếu công nợ với từng nhà thầu trước khi khóa sổ quý."),
        P("Kết thúc phần thảo luận, đồng chí Bí thư kết luận: chi bộ duy trì giao ban chuyên môn hằng tuần, ưu tiên "
          "hoàn thành hồ sơ quyết toán công trình kè sông Lô trước mùa mưa lũ."),
        P("Phân công cụ thể như sau:"),
        T([(0.30, "Người thực hiện", "l"), (0.48, "Công việc", "l"), (0.22, "Thời gian", "c")],
          [["Đ/c Hầu Văn Thạch", "Hoàn thiện hồ sơ quyết toán kè sông Lô", "Trước 15/4"],
           ["Đ/c Ma Thị Xuân", "Đối chiếu công nợ với các nhà thầu", "Hằng tuần"]]),
        P("Buổi họp kết thúc 17 giờ 15 phút. Biên bản được các đồng chí dự họp nhất trí thông qua."),
    ], ("Mai Thị Thúy Hằng", "Bí thư chi bộ", "Chế Văn Lâm", 9, 9),
        "17:15", True, [],
        [task("Hầu Văn Thạch", "hoàn thiện hồ sơ quyết toán kè", "15/4"),
         task("Ma Thị Xuân", "đối chiếu công nợ nhà thầu", "Hằng tuần")],
        ["missing_vote"]),

    _body("v-body-09", [
        P("Các ý kiến tham gia đều nhất trí với báo cáo; một số ý kiến đề nghị quan tâm hơn đến việc sửa chữa cống "
          "thoát nước trên đường liên ấp, đoạn gần trường tiểu học thường bị ngập khi triều cường."),
        H("Kết luận của chủ trì:"),
        L("1) Chi bộ thống nhất với kết quả đánh giá tình hình tháng 9 và chương trình công tác tháng 10."),
        L("2) Tập trung chỉ đạo phòng chống triều cường, bảo vệ vườn cây ăn trái; ưu tiên xử lý cống thoát nước đoạn "
          "gần trường tiểu học."),
        L("3) Đồng chí Lâm Hữu Phước chịu trách nhiệm liên hệ đơn vị thi công khảo sát, đề xuất phương án sửa chữa "
          "cống trong tuần tới."),
        P("Kết quả biểu quyết: 13/13 đ/c tán thành, tỷ lệ 100%."),
        P("Buổi họp kết thúc lúc 15 giờ 50 phút; biên bản đã được đọc lại và chi bộ thống nhất thông qua."),
    ], ("Nguyễn Văn Thiềng", "Bí thư chi bộ", "Lê Thị Ngọc Giàu", 14, 13),
        "15:50", True, [vote(13, None, None, 100, "thông qua kết luận")],
        [task("Lâm Hữu Phước", "liên hệ khảo sát sửa cống", "tuần tới")],
        ["no_discussion"]),

    _body("v-body-10", [
        P("Thiếu úy Phùng Văn Định, Trung đội trưởng Trung đội 1, phát biểu: kết quả kiểm tra bắn đạn thật của trung "
          "đội chưa cao, tỷ lệ giỏi mới đạt 35%; đề nghị chi bộ cho tổ chức thêm các buổi luyện tập ngắm bắn ban đêm."),
        P("Đ/c Trung sĩ Ngân Văn Hợp, tổ trưởng tổ đảng 2: một số chiến sĩ mới còn nhớ nhà, tư tưởng chưa ổn định, đề "
          "nghị cán bộ tiểu đội gần gũi, nắm chắc diễn biến tư tưởng."),
        P("Đồng chí Bí thư chi bộ kết luận: tháng 11 chi bộ lãnh đạo đơn vị hoàn thành kế hoạch huấn luyện, nâng cao "
          "chất lượng bắn đạn thật; làm tốt công tác tư tưởng cho chiến sĩ mới; duy trì nghiêm chế độ trực sẵn sàng "
          "chiến đấu, không để xảy ra vi phạm kỷ luật."),
        P("Chi bộ giơ tay biểu quyết thông qua nghị quyết lãnh đạo tháng 11, kết quả 13/13 đồng chí nhất trí (100%)."),
        P("Giao Thiếu úy Phùng Văn Định chịu trách nhiệm tổ chức luyện tập ngắm bắn ban đêm cho Trung đội 1 hằng "
          "tuần; tổ đảng 2 nắm chắc tư tưởng chiến sĩ mới, báo cáo chi ủy hằng ngày."),
        P("Sinh hoạt kết thúc lúc 20 giờ 45 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
    ], ("Hà Văn Quang", "Bí thư chi bộ", "Lê Văn Khoa", 13, 13),
        "20:45", True, [vote(13, None, None, 100, "nghị quyết lãnh đạo tháng 11")],
        [task("Phùng Văn Định", "luyện tập ngắm bắn ban đêm", "hằng tuần"),
         task("tổ đảng 2", "nắm tư tưởng chiến sĩ mới", "hằng ngày")]),

    _body("v-body-11", [
        P("Đồng chí Lục Thị Quyên phát biểu: nhà văn hóa tổ 6 đã thi công được khoảng 60% khối lượng nhưng mấy tuần "
          "nay công trình tạm dừng vì thiếu vật liệu, đề nghị chi bộ đôn đốc."),
        P("Đồng chí Khúc Văn Cường: tán thành đề nghị công nhận đảng viên chính thức cho đồng chí Lã Thị Ngân; trong "
          "thời gian dự bị, đồng chí gương mẫu, nhiệt tình trong công tác phụ nữ."),
        H("Kết luận"),
        P("Đồng chí chủ trì kết luận: chi bộ cơ bản hoàn thành nhiệm vụ tháng 4; tháng 5 tập trung đôn đốc tiến độ "
          "nhà văn hóa tổ 6, tổ chức tốt các hoạt động kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh, chuẩn bị hồ sơ công "
          "nhận đảng viên chính thức."),
        P("Biểu quyết kết luận: 25/25 đồng chí tán thành."),
        P("Xét công nhận đảng viên chính thức đối với đồng chí Lã Thị Ngân: chi bộ biểu quyết bằng giơ tay, 23/23 "
          "đảng viên chính thức có mặt tán thành, đạt 100%."),
        P("Việc hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức được giao cho đ/c Cao Xuân Thành, gửi Đảng "
          "ủy phường trước ngày 20/5."),
        P("Đ/c Khúc Văn Cường phụ trách đôn đốc đơn vị thi công nhà văn hóa tổ 6, báo cáo chi bộ trong tháng 5."),
        P("Buổi sinh hoạt kết thúc vào lúc 21 giờ 25 phút. Thư ký đọc lại biên bản; chi bộ nhất trí thông qua."),
    ], ("Đoàn Thị Nguyệt Minh", "Bí thư chi bộ", "Cao Xuân Thành", 27, 25),
        "21:25", True, [vote(25, None, None, None, "thông qua kết luận"),
                        vote(23, None, None, 100, "công nhận đảng viên chính thức Lã Thị Ngân")],
        [task("Cao Xuân Thành", "hoàn thiện hồ sơ công nhận đảng viên chính thức", "20/5"),
         task("Khúc Văn Cường", "đôn đốc thi công nhà văn hóa tổ 6", "tháng 5")]),

    _body("v-body-12", [
        P("Ý kiến thảo luận:"),
        L("- Đ/c Y Ghi Adrơng: đề nghị hướng dẫn bà con tỉa cành, bón phân cho cà phê sau thu hoạch; nhiều vườn đã già "
          "cỗi, cần tái canh."),
        L("- Đ/c H'Bia Kbuôr: trong buôn vẫn còn tình trạng tảo hôn, năm nay có 02 trường hợp, đề nghị chi bộ chỉ "
          "đạo các đoàn thể tuyên truyền."),
        P("Đồng chí chủ trì kết luận: nhất trí với các ý kiến của đảng viên."),
        P("Giao đ/c Y Ghi Adrơng liên hệ cán bộ khuyến nông xã về buôn hướng dẫn kỹ thuật tái canh cà phê trong tháng 3."),
        P("Buổi sinh hoạt kết thúc lúc 16h. Biên bản đã được đọc lại và được chi bộ thông qua."),
    ], ("Y Kô Niê", "Bí thư chi bộ", "H'Nhi Êban", 11, 10),
        "16:00", False, [],
        [task("Y Ghi Adrơng", "mời khuyến nông hướng dẫn tái canh cà phê", "tháng 3")],
        ["missing_conclusion", "missing_vote"]),

    _body("v-body-13", [
        P("Ý kiến của đảng viên:"),
        P("Đồng chí Mẫn Văn Hùng đề nghị tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm nay gọn nhẹ nhưng thiết thực, "
          "kết hợp trao quà cho các gia đình chính sách."),
        P("Đồng chí Hà Thị Bé Ba cho rằng quỹ khu dân cư còn ít, cần vận động thêm các hộ kinh doanh trên trục đường "
          "chính đóng góp."),
        P("Đồng chí chủ trì kết luận: chi bộ thống nhất tổ chức Ngày hội Đại đoàn kết ở khu dân cư vào giữa tháng 11, "
          "bảo đảm tiết kiệm, đoàn kết, vui tươi; chú trọng thăm hỏi gia đình chính sách, hộ khó khăn."),
        P("Chi bộ biểu quyết nhất trí 100% (16/16 đồng chí) với kết luận của đồng chí chủ trì."),
        P("Giao đồng chí Mẫn Văn Hùng xây dựng kế hoạch tổ chức Ngày hội. Kế hoạch trình chi ủy chậm nhất ngày 05/11."),
        P("Ban công tác Mặt trận khu dân cư phụ trách vận động các hộ đóng góp và tổ chức bữa cơm đoàn kết."),
        P("Họp kết thúc lúc 20 giờ 50. Biên bản được đọc lại cho toàn thể đảng viên dự họp nghe và nhất trí thông qua."),
    ], ("Phạm Thị Thu Trang", "Bí thư chi bộ", "Dư Văn Đức", 17, 16),
        "20:50", True, [vote(16, None, None, 100, "thông qua kết luận")],
        [task("Mẫn Văn Hùng", "xây dựng kế hoạch Ngày hội Đại đoàn kết", "05/11"),
         task("Ban công tác Mặt trận khu dân cư", "vận động đóng góp, tổ chức bữa cơm đoàn kết", None)]),

    _body("v-body-14", [
        P("Các ý kiến thảo luận được ghi tóm tắt như sau:"),
        T([(0.07, "TT", "c"), (0.30, "Người phát biểu", "l"), (0.63, "Nội dung ý kiến", "l")],
          [["1", "Đ/c Dương Tấn Phát", "Giá thức ăn thủy sản tăng, đề nghị HTX đàm phán mua chung để giảm chi phí "
                                        "cho xã viên."],
           ["2", "Đ/c Huỳnh Thị Kiều Oanh", "Cần hoàn thiện hồ sơ gia hạn chứng nhận VietGAP cho vùng nuôi tôm 45 ha "
                                             "trước khi hết hạn."],
           ["3", "Đ/c Nguyễn Văn Bé Tư", "Đề nghị sửa lại cống điều tiết nước ở kênh Ông Cộ, hiện rò rỉ nhiều."]]),
        H("Kết luận của đồng chí Bí thư chi bộ"),
        L("1. Chi bộ thống nhất với báo cáo và các ý kiến tham gia."),
        L("2. Quý IV, HTX tập trung mua chung vật tư đầu vào, gia hạn chứng nhận VietGAP, sửa chữa cống điều tiết "
          "nước kênh Ông Cộ."),
        P("Biểu quyết: tán thành 19 đồng chí; không tán thành: không; ý kiến khác: 01 đồng chí."),
        P("Đ/c Dương Tấn Phát phụ trách đàm phán với nhà cung cấp thức ăn, ký hợp đồng mua chung trong quý IV."),
        P("Giao hai đồng chí Huỳnh Thị Kiều Oanh và Nguyễn Văn Bé Tư hoàn thiện hồ sơ gia hạn chứng nhận VietGAP, xong "
          "trước 30/11."),
        P("Buổi họp kết thúc 10h50. Biên bản đã được đọc lại và thông qua."),
    ], ("Lâm Quốc Việt", "Bí thư chi bộ", "Trần Thị Mỹ Lệ", 21, 20),
        "10:50", True, [vote(19, 0, 1, None, "thông qua kết luận")],
        [task("Dương Tấn Phát", "đàm phán mua chung thức ăn", "quý IV"),
         task("Huỳnh Thị Kiều Oanh", "hồ sơ gia hạn VietGAP", "30/11"),
         task("Nguyễn Văn Bé Tư", "hồ sơ gia hạn VietGAP", "30/11")]),

    _body("v-body-15", [
        P("Đ/c Cà Văn Chiến phát biểu: mùa khô năm nay nguy cơ cháy rừng cao, một số hộ vẫn đốt nương sát bìa rừng; "
          "bản thân đồng chí xin nhận kèm cặp, nhắc nhở 02 hộ ở nhóm Huổi Lạ."),
        P("Đ/c Lò Thị Pâng đề nghị cho tất cả các hộ trong bản ký cam kết không phát nương làm rẫy trái phép."),
        P("Đồng chí Lường Văn Panh kết luận: chi bộ thống nhất tăng cường tuyên truyền về bảo vệ rừng, phòng cháy chữa "
          "cháy rừng mùa khô; đề nghị các đồng chí đảng viên vận động gia đình và bà con không phát nương làm rẫy trái "
          "phép, không đốt nương khi trời có gió lớn."),
        P("Biểu quyết: 9/9 đồng chí nhất trí thông qua kết luận."),
        P("Buổi sinh hoạt kết thúc hồi 21 giờ."),
    ], ("Lường Văn Panh", "Bí thư chi bộ", "Tòng Thị Lả", 10, 9),
        "21:00", True, [vote(9, None, None, None, "thông qua kết luận")], [],
        ["missing_assignments", "not_approved"]),

    _body("v-body-16", [
        H("IV. Ý KIẾN THẢO LUẬN"),
        L("- Đ/c Trần Văn Toản, Phó Chủ tịch UBND xã: việc số hóa, cập nhật dữ liệu đất đai của xã còn chậm, mới đạt "
          "58% số thửa; đề nghị bố trí thêm người làm ngoài giờ."),
        L("- Đ/c Phan Thị Quế: thời tiết nắng nóng xen mưa, số ca sốt xuất huyết trên địa bàn tăng, đề nghị ra quân "
          "diệt lăng quăng, bọ gậy."),
        L("- Đ/c Lê Minh Nhựt: đề nghị tăng cường tuần tra ban đêm ở khu vực chợ đêm."),
        H("V. KẾT LUẬN HỘI NGHỊ"),
        P("Thay mặt chi ủy, đ/c Nguyễn Hoàng Long kết luận: chi bộ thống nhất đẩy nhanh tiến độ cập nhật dữ liệu đất "
          "đai, chủ động phòng chống sốt xuất huyết, giữ vững an ninh trật tự khu dân cư; mỗi chi ủy viên bám sát "
          "lĩnh vực được phân công."),
        H("VI. BIỂU QUYẾT"),
        P("Tổng số đảng viên biểu quyết: 22; tán thành: 22 (100%); không tán thành: 0."),
        H("VII. PHÂN CÔNG THỰC HIỆN"),
        T([(0.22, "Thời hạn", "c"), (0.46, "Nội dung", "l"), (0.32, "Đơn vị/cá nhân thực hiện", "l")],
          [["Chậm nhất 15/5/2026", "Rà soát, cập nhật dữ liệu đất đai vào hệ thống", "Đ/c Trần Văn Toản"],
           ["Trong tháng 5", "Tuyên truyền phòng chống sốt xuất huyết, diệt lăng quăng", "Chi hội Phụ nữ"],
           ["Thường xuyên", "Tuần tra, giữ gìn an ninh trật tự khu vực chợ đêm",
            "Tổ bảo vệ an ninh, trật tự ở cơ sở"]]),
        P("Hội nghị kết thúc lúc 11 giờ 30 phút cùng ngày. Biên bản đã được thông qua trước hội nghị, các đảng viên dự "
          "họp nhất trí 100%."),
    ], ("Nguyễn Hoàng Long", "Bí thư chi bộ", "Tạ Thị Bích Ngọc", 24, 22),
        "11:30", True, [vote(22, 0, None, 100, "thông qua kết luận")],
        [task("Trần Văn Toản", "cập nhật dữ liệu đất đai", "15/5/2026"),
         task("Chi hội Phụ nữ", "tuyên truyền phòng chống sốt xuất huyết", "tháng 5"),
         task("Tổ bảo vệ an ninh, trật tự ở cơ sở", "tuần tra khu vực chợ đêm", "Thường xuyên")]),

    _body("v-body-17", [
        P("Qua thảo luận, đồng chí Chu Văn Phấn cho rằng việc chuyển từ trồng ngô sang trồng thuốc lá ở cánh đồng Nà "
          "Lùng cho thu nhập cao hơn, nhưng bà con còn e ngại đầu ra. Đồng chí Đàm Thị Liên thì cho biết nhiều hộ đã "
          "đăng ký nhưng thiếu vốn, mong chi bộ kiến nghị Ngân hàng Chính sách xã hội hỗ trợ."),
        P("Chi bộ thống nhất:"),
        L("1. Vận động các hộ ở cánh đồng Nà Lùng chuyển đổi 5 ha ngô sang trồng thuốc lá theo hợp đồng bao tiêu."),
        L("2. Rà soát nhu cầu vay vốn, đề nghị Ngân hàng Chính sách xã hội huyện hỗ trợ."),
        P("Chi bộ biểu quyết: mười chín đồng chí tán thành, không có đồng chí nào không tán thành."),
        P("Đồng chí Chu Văn Phấn được phân công cùng Chi hội Nông dân xóm vận động các hộ đăng ký chuyển đổi, hoàn "
          "thành trước ngày 30/9/2019. Đ/c Đàm Thị Liên tổng hợp danh sách hộ cần vay vốn gửi Tổ tiết kiệm và vay "
          "vốn."),
        P("Buổi sinh hoạt kết thúc lúc 17 giờ cùng ngày. Biên bản đã được đọc lại và nhất trí thông qua."),
    ], ("Nông Thị Hường", "Bí thư chi bộ", "Hoàng Văn Thắm", 20, 19),
        "17:00", True, [vote(19, 0, None, None, "chi bộ thống nhất")],
        [task("Chu Văn Phấn", "vận động chuyển đổi sang thuốc lá", "30/9/2019"),
         task("Đàm Thị Liên", "tổng hợp danh sách hộ cần vay vốn", None)]),

    _body("v-body-18", [
        P("Sau khi nghe báo cáo, các đảng viên dự họp đều thống nhất, không có ý kiến bổ sung."),
        P("Đồng chí Trần Quốc Huy, Phó Bí thư chi bộ, chủ trì hội nghị kết luận: tháng 12 chi bộ tập trung lãnh đạo "
          "hoàn thành giải ngân vốn đầu tư công các dự án do phòng quản lý, tổng kết công tác năm và hoàn thiện hồ "
          "sơ thi đua, khen thưởng."),
        P("Phân công: đ/c Ngô Văn Lợi theo dõi tiến độ giải ngân, báo cáo chi ủy hằng tuần; đ/c Lê Thị Thu Sương "
          "hoàn thiện hồ sơ thi đua, khen thưởng năm, xong trước 20/12."),
        P("Hội nghị kết thúc lúc 16 giờ 30. Biên bản được đọc lại, các đồng chí dự họp nhất trí thông qua."),
    ], ("Trần Quốc Huy", "Phó Bí thư chi bộ", "Lê Thị Thu Sương", 15, 14),
        "16:30", True, [],
        [task("Ngô Văn Lợi", "theo dõi tiến độ giải ngân", "hằng tuần"),
         task("Lê Thị Thu Sương", "hồ sơ thi đua, khen thưởng", "20/12")],
        ["no_discussion", "missing_vote"]),

    _body("v-body-19", [
        P("Thảo luận:"),
        L("Chú Từ Văn Bảy (tổ 8): hẻm 132 nhỏ, xe cứu thương, xe chữa cháy không vào được; nhiều hộ đã đồng ý hiến "
          "đất, chỉ còn vài hộ mặt tiền chưa thống nhất."),
        L("Chị Quan Thị Ngọc Hạnh (tổ 4): đề nghị khu phố công khai bản vẽ và phương án làm lại tường rào để bà con "
          "yên tâm."),
        P("Đồng chí chủ trì kết luận: chi bộ thống nhất phương án vận động nhân dân hiến đất mở rộng hẻm 132 lên 4 "
          "mét; việc vận động phải công khai, dân chủ, không gò ép."),
        P("Chi bộ biểu quyết phương án: tán thành 21/23 đồng chí (91,3%); 02 đồng chí không tán thành."),
        P("Đ/c Từ Văn Bảy phụ trách vận động 06 hộ mặt tiền hẻm 132 ký biên bản hiến đất, trước 30/4."),
        P("Ban điều hành khu phố phối hợp với Ban công tác Mặt trận lập hồ sơ, công khai bản vẽ trong quý II."),
        P("Cuộc họp kết thúc lúc 20 giờ 40 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
    ], ("Lý Minh Tâm", "Bí thư chi bộ", "Phạm Ngọc Hân", 25, 23),
        "20:40", True, [vote(21, 2, None, 91.3, "phương án mở rộng hẻm 132")],
        [task("Từ Văn Bảy", "vận động 06 hộ ký hiến đất", "30/4"),
         task("Ban điều hành khu phố", "lập hồ sơ, công khai bản vẽ", "quý II")]),

    _body("v-body-20", [
        P("Ý kiến tham gia:"),
        P("ThS.BS. Nguyễn Hải Đăng phát biểu: số ca đột quỵ vào viện ngoài giờ hành chính tăng, trong khi quy trình "
          "báo động đỏ nội viện chưa thống nhất giữa các khoa; đề nghị sớm ban hành quy trình."),
        P("Điều dưỡng trưởng Lê Thị Hoà: khoa còn thiếu 03 điều dưỡng do nghỉ thai sản, đề nghị điều chuyển tạm thời "
          "từ khoa khác sang."),
        H("Kết luận"),
        P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất ưu tiên hoàn thiện quy trình tiếp nhận người bệnh đột "
          "quỵ, bảo đảm nhân lực trực; tiếp tục thực hiện quy tắc ứng xử, nâng cao sự hài lòng của người bệnh."),
        P("Biểu quyết thông qua kết luận: 12/12 (100%)."),
        P("Biểu quyết đề nghị kết nạp quần chúng Đặng Minh Trí, bác sĩ nội trú của khoa, vào Đảng: 11/11 đảng viên "
          "chính thức tán thành, đạt 100%."),
        P("Phân công:"),
        L("1. BS. Nguyễn Hải Đăng: xây dựng quy trình tiếp nhận bệnh nhân đột quỵ ngoài giờ, trình Ban Giám đốc trước "
          "ngày 28/3."),
        L("2. Điều dưỡng trưởng Lê Thị Hoà: kiểm tra việc thực hiện quy tắc ứng xử của điều dưỡng, báo cáo chi bộ "
          "hằng tháng."),
        L("3. Chi đoàn khoa: tổ chức khám sàng lọc tăng huyết áp miễn phí cho người dân trong tháng 4."),
        P("Cuộc họp kết thúc hồi 10h45. Biên bản đã được đọc lại và được chi bộ thông qua."),
    ], ("Hồ Thị Thanh Tâm", "Bí thư chi bộ", "Nguyễn Đức Mạnh", 12, 12),
        "10:45", True, [vote(12, None, None, 100, "thông qua kết luận"),
                        vote(11, None, None, 100, "kết nạp quần chúng Đặng Minh Trí")],
        [task("Nguyễn Hải Đăng", "xây dựng quy trình tiếp nhận đột quỵ", "28/3"),
         task("Lê Thị Hoà", "kiểm tra quy tắc ứng xử", "hằng tháng"),
         task("Chi đoàn khoa", "khám sàng lọc tăng huyết áp", "tháng 4")]),

    _body("v-body-21", [
        P("Đồng chí Bàn Văn Thành phát biểu: tuyến đường vào khu sản xuất Khe Cát đã xuống cấp, mùa mưa xe máy không "
          "đi được; đồng chí xin nhận vận động các hộ trong nhóm hộ của mình góp ngày công sửa đường."),
        P("Đồng chí Triệu Thị Dung đề nghị chi bộ kiến nghị xã hỗ trợ xi măng, bà con góp cát sỏi và công lao động."),
        P("Đồng chí chủ trì kết luận: chi bộ ghi nhận tinh thần của đồng chí Bàn Văn Thành; thống nhất kiến nghị Đảng "
          "ủy, UBND xã hỗ trợ xi măng làm đường Khe Cát theo phương châm Nhà nước và nhân dân cùng làm; đảng viên "
          "phối hợp với ban quản lý thôn vận động nhân dân tham gia."),
        P("Chi bộ biểu quyết: 7/7 đồng chí tán thành."),
        P("Chi bộ đề nghị Đảng ủy xã xem xét, sớm phân bổ kinh phí hỗ trợ làm đường trong năm nay."),
        P("Buổi họp kết thúc lúc 21h20. Biên bản được đọc lại và chi bộ nhất trí thông qua."),
    ], ("Vương Đình Khiêm", "Bí thư chi bộ", "Lộc Thị Mai Phương", 8, 7),
        "21:20", True, [vote(7, None, None, None, "thông qua kết luận")], [],
        ["missing_assignments"]),

    _body("v-body-22", [
        P("Các ý kiến thảo luận:"),
        L("- Đồng chí Thiếu tá Nguyễn Thành Công phát biểu: tình trạng đua xe trái phép vào đêm cuối tuần trên tuyến "
          "tránh quốc lộ có chiều hướng gia tăng, đề nghị lập tổ công tác phối hợp với lực lượng Cảnh sát giao thông."),
        L("- Đồng chí Đại úy Phạm Thị Ngọc Bích: việc cấp căn cước cho người dân ở các thôn xa còn chậm, đề nghị tổ "
          "chức làm lưu động vào cuối tuần."),
        H("Kết luận"),
        P("Thay mặt chi ủy, đồng chí Lê Văn Cảnh kết luận: chi bộ thống nhất các giải pháp nêu trong báo cáo; tập "
          "trung lãnh đạo đợt cao điểm tấn công trấn áp tội phạm, kiềm chế tình trạng đua xe trái phép; đẩy nhanh "
          "việc cấp căn cước lưu động."),
        P("Biểu quyết thông qua kết luận: 15/15 đồng chí tán thành, đạt 100%."),
        P("Giao đ/c Nguyễn Thành Công chủ trì tổ công tác xử lý đua xe trái phép, kết thúc đợt cao điểm trước ngày "
          "31/7. Giao đ/c Phạm Thị Ngọc Bích tổ chức cấp căn cước lưu động tại các thôn vùng sâu, hoàn thành trước "
          "ngày 15/7/2025."),
        P("Sinh hoạt kết thúc vào 17 giờ 05. Biên bản đã đọc lại, các đồng chí dự họp thống nhất thông qua."),
    ], ("Lê Văn Cảnh", "Bí thư chi bộ", "Đào Thị Bích Phượng", 16, 15),
        "17:05", True, [vote(15, None, None, 100, "thông qua kết luận")],
        [task("Nguyễn Thành Công", "tổ công tác xử lý đua xe", "31/7"),
         task("Phạm Thị Ngọc Bích", "cấp căn cước lưu động", "15/7/2025")]),

    _body("v-body-23", [
        P("Ý kiến của các đồng chí đảng viên:"),
        P("Đồng chí Vũ Văn Tĩnh – Quản đốc phân xưởng Lắp ráp: đơn hàng quý IV tăng gần 30%, phân xưởng phải tăng ca "
          "liên tục, đề nghị công ty bổ sung lao động thời vụ và bảo đảm chế độ cho công nhân làm thêm giờ."),
        P("Đồng chí Nguyễn Thị Diệu Hiền – Trưởng phòng Kế toán: tiền lương tháng 10 đã chi đủ, nhưng còn chậm trả "
          "tiền cho hai nhà cung cấp linh kiện, đề nghị ưu tiên thanh toán."),
        P("Chi bộ thống nhất:"),
        L("a) Lãnh đạo công ty hoàn thành đơn hàng quý IV đúng tiến độ, không để công nhân làm thêm quá giờ quy định."),
        L("b) Giao đồng chí Vũ Văn Tĩnh lập phương án tuyển 40 lao động thời vụ, trình Ban Giám đốc trước ngày 10/11."),
        L("c) Đồng chí Nguyễn Thị Diệu Hiền chịu trách nhiệm thanh toán dứt điểm công nợ với nhà cung cấp trong tháng 11."),
        L("d) Công đoàn công ty tổ chức bữa ăn ca tăng cường cho công nhân làm thêm giờ, thực hiện hằng ngày."),
        P("Biểu quyết: 30/30 đảng viên có mặt đồng ý (100%)."),
        P("Hội nghị kết thúc lúc 16 giờ 15 phút. Biên bản được đọc lại và thông qua tại hội nghị."),
    ], ("Đỗ Mạnh Cường", "Bí thư chi bộ", "Bùi Thị Lan Hương", 32, 30),
        "16:15", True, [vote(30, None, None, 100, "chi bộ thống nhất")],
        [task("Vũ Văn Tĩnh", "phương án tuyển lao động thời vụ", "10/11"),
         task("Nguyễn Thị Diệu Hiền", "thanh toán công nợ nhà cung cấp", "tháng 11"),
         task("Công đoàn công ty", "bữa ăn ca tăng cường", "hằng ngày")]),

    _body("v-body-24", [
        P("Đồng chí Nguyễn Văn Kỷ phát biểu: tuyến đường nội đồng Gò Mả Vôi lầy lội, máy gặt không vào được; đề nghị "
          "chi bộ chỉ đạo họp dân bàn việc bê tông hóa theo cơ chế hỗ trợ xi măng của huyện."),
        P("Đồng chí Phùng Thị Nhàn: các xã lân cận đã có ổ dịch tả lợn châu Phi, đề nghị tăng cường tiêu độc khử "
          "trùng, không mua bán lợn bệnh."),
        P("Đồng chí chủ trì kết luận: chi bộ thống nhất trong quý I bê tông hóa tuyến đường nội đồng Gò Mả Vôi; chủ "
          "động phòng chống dịch tả lợn châu Phi, không để dịch lây lan vào thôn."),
        P("Chi bộ biểu quyết nhất trí 16/16 đồng chí có mặt."),
        P("Đồng chí Trưởng thôn chịu trách nhiệm họp dân, thống nhất phương án đóng góp làm đường nội đồng trước ngày "
          "15/3."),
        P("Giao Chi hội Nông dân thôn phối hợp với thú y xã hướng dẫn các hộ tiêu độc khử trùng chuồng trại, thực "
          "hiện hằng tuần."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút, biên bản được lập thành 02 bản."),
    ], ("Tạ Văn Hùng", "Bí thư chi bộ", "Phí Thị Hằng", 18, 16),
        "21:30", True, [vote(16, None, None, None, "thông qua kết luận")],
        [task("Trưởng thôn", "họp dân bàn làm đường nội đồng", "15/3"),
         task("Chi hội Nông dân thôn", "hướng dẫn tiêu độc khử trùng", "hằng tuần")],
        ["not_approved"]),

    _body("v-body-25", [
        P("Hỏi – đáp tại hội nghị:"),
        P("Đ/c Vi Văn Tám hỏi: giá phân bón tăng, hợp tác xã có ứng trước phân bón cho xã viên vụ mùa này không?"),
        P("Đ/c Kiều Văn Hiệp trả lời: Ban quản trị đã làm việc với đại lý, có thể ứng trước 50% lượng phân, xã viên "
          "trả sau thu hoạch, không tính lãi."),
        P("Đ/c Giáp Thị Yên đề nghị nạo vét mương tưới cánh đồng Mả Sậy vì nhiều đoạn bị bèo và rác lấp."),
        H("Kết luận"),
        P("Đồng chí Kiều Văn Hiệp kết luận: hợp tác xã thực hiện ứng trước phân bón cho xã viên; bảo đảm nước tưới "
          "cho vụ mùa; chủ động phòng trừ sâu cuốn lá nhỏ."),
        P("Chi bộ biểu quyết: 15/16 tán thành; 01 ý kiến khác."),
        P("Tổ sản xuất số 2 chịu trách nhiệm nạo vét mương tưới cánh đồng Mả Sậy. Thời gian thực hiện: sau vụ mùa."),
        P("Đ/c Vi Văn Tám phụ trách tổng hợp nhu cầu ứng trước phân bón của xã viên, gửi Ban quản trị trước ngày 10/6."),
        P("Họp kết thúc lúc 21 giờ 05. Biên bản được đọc lại, 16/16 đồng chí nhất trí thông qua."),
    ], ("Kiều Văn Hiệp", "Bí thư chi bộ", "Lê Thị Thắm", 17, 16),
        "21:05", True, [vote(15, None, 1, None, "thông qua kết luận")],
        [task("Tổ sản xuất số 2", "nạo vét mương tưới Mả Sậy", "sau vụ mùa"),
         task("Vi Văn Tám", "tổng hợp nhu cầu ứng trước phân bón", "10/6")]),

    _body("v-body-26", [
        P("Đ/c Nguyễn Thị Bích Liên (tổ Toán – Tin) đề nghị sửa chữa phòng máy tính số 2, hiện có 11/30 máy hỏng, "
          "không đủ cho học sinh thực hành."),
        P("Đ/c Trần Văn Sĩ (tổ Ngữ văn) cho biết tỷ lệ học sinh lớp 9 yếu môn Ngữ văn năm học trước còn 8%, đề nghị "
          "phụ đạo ngay từ đầu năm."),
        P("Đ/c Lê Quang Vinh (tổ Văn phòng) báo cáo hồ sơ tuyển sinh lớp 6 còn thiếu giấy tờ của một số học sinh "
          "chuyển đến."),
        P("Đồng chí chủ trì tổng hợp các ý kiến và kết luận: chi bộ thống nhất lãnh đạo nhà trường chuẩn bị tốt các "
          "điều kiện cho năm học mới, ưu tiên sửa chữa phòng máy tính và phụ đạo học sinh yếu ngay từ đầu năm."),
        P("Biểu quyết: 18/18 đồng chí tán thành, tỷ lệ 100%."),
        P("Phân công:"),
        L("1. Tổ chuyên môn Toán – Tin: kiểm tra, đề xuất sửa chữa phòng máy tính trước lễ khai giảng."),
        L("2. Đồng chí Trần Văn Sĩ: xây dựng kế hoạch phụ đạo học sinh yếu môn Ngữ văn khối 9, nộp Ban giám hiệu "
          "trước ngày 25/8."),
        L("3. Đồng chí Lê Quang Vinh: hoàn tất hồ sơ tuyển sinh lớp 6 trong tháng 8."),
        P("Sinh hoạt kết thúc lúc 16 giờ 20 phút. Biên bản đã được đọc lại và chi bộ nhất trí thông qua."),
    ], ("Phùng Thị Mỹ Linh", "Bí thư chi bộ", "Tôn Nữ Thảo Vy", 19, 18),
        "16:20", True, [vote(18, None, None, 100, "thông qua kết luận")],
        [task("Tổ chuyên môn Toán – Tin", "đề xuất sửa phòng máy tính", "lễ khai giảng"),
         task("Trần Văn Sĩ", "kế hoạch phụ đạo học sinh yếu", "25/8"),
         task("Lê Quang Vinh", "hồ sơ tuyển sinh lớp 6", "tháng 8")]),

    _body("v-body-27", [
        P("Thảo luận:"),
        P("Đồng chí Sầm Văn Định phát biểu: việc học tập, quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung "
          "ương ở chi bộ chưa đầy đủ, còn 03 đảng viên chưa tham gia, đề nghị chi bộ tổ chức học bù."),
        P("Đồng chí Hoàng Văn Nghiệp: đề nghị mời cán bộ kiểm lâm về phổ biến quy định phòng cháy rừng cho bà con "
          "trước mùa khô."),
        P("Chi bộ thảo luận, thống nhất với báo cáo và phương hướng nhiệm vụ tháng 6."),
        P("Chi bộ biểu quyết thông qua nghị quyết tháng 6 với 12/12 đồng chí tán thành (100%)."),
        P("Giao đồng chí Sầm Văn Định tổ chức học bù Kết luận số 21-KL/TW cho các đảng viên chưa tham gia, trước ngày "
          "30/6."),
        P("Hội nghị kết thúc hồi 20 giờ 30. Biên bản đã được đọc lại và thông qua."),
    ], ("Hoàng Thị Bảo Yến", "Bí thư chi bộ", "Vi Thị Hồng", 13, 12),
        "20:30", False, [vote(12, None, None, 100, "nghị quyết tháng 6")],
        [task("Sầm Văn Định", "tổ chức học bù Kết luận 21-KL/TW", "30/6")],
        ["missing_conclusion"]),

    _body("v-body-28", [
        P("Ý kiến thảo luận:"),
        L("- đc Hồ Văn Được: đề nghị chi bộ quan tâm thăm hỏi các gia đình chính sách, thương binh trước Tết; năm nay "
          "thôn có thêm 02 cụ trên 90 tuổi."),
        L("- đc Trần Thị Thuỷ: việc thu quỹ đền ơn đáp nghĩa còn chậm, nhiều hộ chưa nộp; đề nghị các đoàn thể vào "
          "cuộc."),
        P("Đ/c Bí thư chi bộ kết luận: chi bộ thống nhất tổ chức thăm hỏi, tặng quà gia đình chính sách, người cao "
          "tuổi; đẩy mạnh thu quỹ đền ơn đáp nghĩa; chuẩn bị tốt các điều kiện để nhân dan đón Tết vui tươi, an toàn."),
        P("Có 11/11 đ/c biểu quyết tán thành."),
        P("Giao Chi hội Cựu chiến binh thôn phối hợp với Ban công tác Mặt trận tổ chức thăm, tặng quà các gia đình "
          "chính sách trước Tết Canh Tý."),
        P("Chi đoàn thanh niên chịu trách nhiệm ra quân dọn vệ sinh đường làng, nghĩa trang liệt sĩ trong tháng 12."),
        P("Cuộc họp kết thúc 21h cùng ngày; biên bản đã thông qua trước chi bộ."),
    ], ("Lê Đình Thám", "Bí thư chi bộ", "Nguyễn Thị Lợi", 12, 11),
        "21:00", True, [vote(11, None, None, None, "thông qua kết luận")],
        [task("Chi hội Cựu chiến binh thôn", "thăm, tặng quà gia đình chính sách", "Tết Canh Tý"),
         task("Chi đoàn thanh niên", "dọn vệ sinh đường làng, nghĩa trang", "tháng 12")]),

    _body("v-body-29", [
        H("Thảo luận, đóng góp ý kiến"),
        L("- đ/c Trương Công Danh: đề nghị khoa sớm hoàn thiện đề án mở ngành đào tạo thạc sĩ nuôi trồng thủy sản "
          "bền vững để kịp tuyển sinh năm 2026."),
        L("- đ/c Lý Thị Kim Ngân: số sinh viên năm nhất bỏ học tăng, cần phân công cố vấn học tập theo dõi sát hơn."),
        H("KẾT LUẬN CỦA CHỦ TRÌ"),
        P("Đồng chí Nguyễn Thị Kim Thoa, Bí thư chi bộ kết luận: chi bộ thống nhất tập trung hoàn thiện đề án mở "
          "ngành, nâng cao chất lượng cố vấn học tập, giảm tỷ lệ sinh viên bỏ học; chuẩn bị kiểm điểm, đánh giá, xếp "
          "loại đảng viên năm 2025 đúng hướng dẫn mới."),
        P("Biểu quyết: Tán thành: 26/26 (100%); Không tán thành: 0; Ý kiến khác: 0."),
        H("PHÂN CÔNG"),
        T([(0.32, "Đồng chí/Bộ phận", "l"), (0.44, "Nhiệm vụ", "l"), (0.24, "Thời hạn", "c")],
          [["Trương Công Danh", "Hoàn thiện đề án mở ngành thạc sĩ", "Quý I/2026"],
           ["Lý Thị Kim Ngân", "Rà soát danh sách sinh viên có nguy cơ bỏ học", "Trước 31/12/2025"],
           ["Chi ủy", "Theo dõi, đôn đốc việc thực hiện", "Hằng tháng"]]),
        P("Hội nghị kết thúc lúc 15 giờ 45 phút. Biên bản đã được thông qua tại hội nghị."),
    ], ("Nguyễn Thị Kim Thoa", "Bí thư chi bộ", "Hà Minh Trí", 27, 26),
        "15:45", True, [vote(26, 0, 0, 100, "thông qua kết luận")],
        [task("Trương Công Danh", "đề án mở ngành thạc sĩ", "Quý I/2026"),
         task("Lý Thị Kim Ngân", "rà soát sinh viên có nguy cơ bỏ học", "31/12/2025"),
         task("Chi ủy", "theo dõi, đôn đốc", "Hằng tháng")]),

    _body("v-body-30", [
        P("Đồng chí Chu Đức Thiện phát biểu: giá keo nguyên liệu giảm, nhiều hộ muốn chuyển sang trồng quế nhưng "
          "chưa có kỹ thuật, đề nghị chi bộ quan tâm."),
        P("Đồng chí Hoàng Thị Nết: tình trạng thả rông trâu bò trên tuyến đường liên xã vẫn còn, dễ gây tai nạn giao "
          "thông."),
        P("Đồng chí Bí thư kết luận: chi bộ thống nhất khuyến khích các hộ chuyển đổi cây trồng phù hợp, không thả rông "
          "gia súc; đề nghị các đồng chí đảng viên phát huy vai trò tiền phong, gương mẫu, mỗi đồng chí vận động ít "
          "nhất một hộ xung quanh cùng thực hiện."),
        P("Buổi họp kết thúc lúc 20h30. Biên bản được đọc lại và thông qua."),
    ], ("Đặng Văn Lực", "Bí thư", "Mai Thị Hoài", 9, 8),
        "20:30", True, [], [],
        ["missing_vote", "missing_assignments"]),

    _body("v-body-31", [
        P("Đồng chí Sơn Văn Rươl phát biểu: mùa khô năm nay nước mặn xâm nhập sâu, độ mặn ở kênh Xẻo Me đã lên 4‰, "
          "đề nghị đóng cống ngăn mặn và hướng dẫn bà con trữ nước ngọt."),
        P("đc Thạch Thị Sóc Kha: đề nghị vận động các chùa trong ấp cho mượn lu, bồn chứa nước để hỗ trợ hộ nghèo."),
        P("Đc chủ trì kết luận: chi bộ thống nhất chủ động phòng chống hạn mặn, bảo đảm nước sinh hoạt cho bà con, "
          "nhất là hộ nghèo, hộ đồng bào Khmer; theo dõi sát độ mặn để điều tiết cống."),
        P("Chi bộ biểu quyết, tán thành 100%."),
        P("Giao đc Sơn Văn Rươl theo dõi, đo độ mặn tại kênh Xẻo Me, báo cáo Ban nhân dân ấp hằng tuần."),
        P("Buổi họp kết thúc lúc 9 giờ 40 phút. Biên bản được đọc lại cho chi bộ nghe và thông qua."),
    ], ("Lâm Thị Chanh Thi", "Bí thư chi bộ", "Danh Hoàng Sơn", 14, 14),
        "09:40", True, [vote(None, None, None, 100, "thông qua kết luận")],
        [task("Sơn Văn Rươl", "đo độ mặn kênh Xẻo Me", "hằng tuần")]),

    _body("v-body-32", [
        P("Đồng chí Phó Bí thư chi bộ trình bày dự thảo kế hoạch tổ chức Hội thao chào mừng kỷ niệm ngày thành lập "
          "Hội Liên hiệp Phụ nữ Việt Nam 20/10. Sau khi nghe trình bày, một số ý kiến đề nghị bổ sung kinh phí giải "
          "thưởng, các ý kiến khác nhất trí với dự thảo."),
        P("Kết luận: đồng chí Võ Thị Xuân Lan thống nhất ban hành kế hoạch, giữ nguyên các nội dung thi đấu, nâng mức "
          "kinh phí giải thưởng trong phạm vi nguồn quỹ công đoàn."),
        P("Biểu quyết thông qua kế hoạch: 10/10 đồng chí nhất trí."),
        P("Giao đồng chí Phan Đình Khánh hoàn chỉnh kế hoạch, gửi các tổ công đoàn trước ngày 08/10."),
        P("Cuộc họp kết thúc hồi 10 giờ 15. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
    ], ("Võ Thị Xuân Lan", "Bí thư chi bộ", "Phan Đình Khánh", 11, 10),
        "10:15", True, [vote(10, None, None, None, "thông qua kế hoạch hội thao")],
        [task("Phan Đình Khánh", "hoàn chỉnh, gửi kế hoạch hội thao", "08/10")],
        ["no_discussion"]),
]

PARTS = HEADS + OPENINGS + BODIES
