"""Writer p: parts of minutes from the Northern delta (Hà Nội, Hải Phòng, Quảng Ninh).

Cells: village and ward cells (thôn, tổ dân phố, khu dân cư, khu phố), schools (tiểu học, THCS, THPT), commune
health stations, state agencies (Sở, Chi cục, Kho bạc, Văn phòng HĐND – UBND, phòng chuyên môn), a commune police
and a commune military cell, factories (garment, mechanics, cement, coal preparation) and a port (cranes, delivery,
tugs, security, bulk berths). The clerks like printed templates, long compound sentences and Roman-numeral headings;
some are careless with capitals, spacing and a tone mark.

Written without reading the extractor (extract/), the generator, bench/, the tests, the held-out sets or any other
writer's module, and without running the extractor; only samples/parts/README.md, writing.py, skeleton.py and
/work/shared/DOMAIN.md were read. Every name, place and number is invented.

Labelling decisions where the README is silent:
 1. Head, three header levels above the cell (e.g. ĐẢNG BỘ HUYỆN … / ĐẢNG ỦY XÃ … / CHI BỘ …): `party_committee` is
    the level directly above the cell, not the top line.
 2. Head, a header with only the cell ("CHI BỘ KHU DÂN CƯ SỐ 3", "*"): `party_committee` null.
 3. Head, a cell name wrapped over two lines under a three-level header: the two cell lines joined by one space.
 4. Head, the December meeting held on 3 January: `month`/`year` from the title (12/2022), `date` from the
    place-and-date line (2023-01-03).
 5. Head, "…, ngày … tháng … năm 20…" left unfilled, or no place-and-date line at all: `date` null; month and year
    from the title.
 6. Head, month in words ("Tháng Tám", "THÁNG TƯ", "THÁNG HAI") is that month's number.
 7. Head, a topic printed in capitals over two centred lines is one topic joined by one space, capitals kept; a
    topic on its own line without "Chuyên đề:" is the whole line; quotes and the "Chuyên đề:" label are dropped.
 8. Head, "SINH HOẠT CHUYÊN ĐỀ QUÝ IV" with "(Kết hợp sinh hoạt chi bộ thường kỳ tháng 12)" under it is a combined
    meeting: kind "regular", the topic kept, month 12 (the regular meeting's month in the title).
 9. Head, "Số: …" lines, "*" and a bracketed line under the title ("(Có mời …)") are not part of cell, committee or
    topic.
10. Opening, `location` is the whole place phrase as written, including a ward or commune name that follows it in
    the same field or clause ("Hội trường Tổ dân phố số 4, phường Đằng Lâm"); a trailing full stop is dropped.
11. Opening, two named absentees sharing one reason clause ("đồng chí A và đồng chí B đang làm ca tại bến 5") each
    get that reason.
12. Opening, a named absentee with nothing after the name ("- Đ/c Tống Văn Hải.") has reason null and is unexcused.
13. Opening, reasons are copied as written, capitals kept, including "tự ý vắng mặt", "không xin phép",
    "không lý do", "Không báo cáo" (these are unexcused).
14. Opening, the Bí thư named as the absentee while the deputy chairs: the Bí thư's name is without the "– Bí thư
    chi bộ" after it, and the reason is only the part in brackets or after the comma.
15. Opening, "vắng 03 (ốm 02, đi công tác 01)" and "vắng … đều có lý do" with nobody named: the counts are excused,
    the absentee list empty.
16. Opening, exempt members who are named are neither absentees nor counted in `absent`.
17. Opening, the Roman-numeral section heading "I. THỜI GIAN:" or "II. ĐỊA ĐIỂM:" is a field label like "Thời gian:".
18. Opening, a military or police rank, "BS.", "ThS.", "ThS.BS.", "YS.", "ĐD." in front of a chair's or secretary's
    name is dropped; the chair's job after the Party role ("Bí thư chi bộ kiêm Trưởng thôn") is dropped.
19. Opening, guests' roles are everything after the dash up to the semicolon or the full stop.
20. Opening, a "từ … đến …" span in the opening gives `end_time`.
21. Opening, "dưới sự chủ trì của đồng chí X – Phó Bí thư chi bộ" in one long sentence: chair X, role as written.
22. Body, a vote on admitting or recognising a member counts only the official members as written ("15/15 đảng
    viên chính thức"), even where the context's `present` includes a probationary member.
23. Body, a percentage is given only when the text writes one; against / abstain only when written ("ý kiến khác:
    01" → abstain 1; "không biểu quyết: 0" → abstain 0; "không tán thành: không" and "không có đồng chí nào không
    tán thành" → against 0).
24. Body, a vote on "thông qua báo cáo" or "nghị quyết tháng" is a vote (one resolution), even when the conclusion
    itself is missing or empty.
25. Body, "15/15 đảng viên có mặt nhất trí thông qua biên bản" at the close is the minutes' approval, not a vote.
26. Body, a task inside the conclusion (numbered or inline) is an assignment.
27. Body, "Đ/c A và đ/c B chịu trách nhiệm …" gives two assignments with the same deadline; a partner after
    "phối hợp với" / "cùng" (even a named group) is not an assignee.
28. Body, assignee names drop "đồng chí", ranks ("Thượng úy", "Trung úy") and the job after the name; a role with
    nobody named ("Trưởng thôn", "Phó Bí thư chi bộ") is the assignee as written without "đồng chí".
29. Body, deadlines drop the words in front ("trong", "trước ngày", "trước", "chậm nhất ngày", "xong trong"):
    "trước Tết Nguyên đán" → "Tết Nguyên đán", "trước Tết" → "Tết", "trước vụ xuân" → "vụ xuân", "trước ngày 20
    tháng Chạp" → "20 tháng Chạp", "trong tuần đầu tháng 11" → "tuần đầu tháng 11", "trong tuần này" →
    "tuần này"; a table cell's deadline is the cell as written ("Quý IV/2024", "Hằng tháng", "Tháng 8/2025").
30. Body, "báo cáo chi bộ tại kỳ họp sau" gives the deadline "kỳ họp sau"; "kịp thời báo cáo" gives none.
31. Body, "Chi bộ thảo luận, thống nhất với báo cáo …" is no conclusion; "Đồng chí chủ trì kết luận: chi bộ nhất
    trí." is none; a heading "THẢO LUẬN VÀ KẾT LUẬN" followed by opinions only is none.
32. Body, a conclusion written with a typo ("đồng chi chủ trì kết luận") or a stray capital ("chủ trì Kết luận")
    still counts.
33. Body, "Một số ý kiến đề nghị …" plus the deputy presenting the draft, or "Chi bộ không có ý kiến tham gia thêm",
    is `no_discussion`; "Đồng chí Đội phó Lê Khắc Duy phát biểu" or "Y sĩ Trần Thị Kiều phát biểu" is a named
    opinion.
34. Body, "Biên bản được lập thành 02 bản …" without reading back is `not_approved`; "Biên bản được thông qua sau
    khi thư ký đọc lại" is approved.
35. Body, "Họp xong 21h" → end 21:00; "Buổi sinh hoạt kết thúc hồi 21 giờ" → 21:00; "kết thúc vào lúc 20 giờ 45"
    → 20:45.
36. Body, closing times are the clerks' own (morning and afternoon meetings included) even though the skeleton's
    opening around a body says 19:30; `end_time` is the time the body writes.
"""

from samples.parts.writing import C, G, H, HD, L, P, T, attendance, vote, task  # noqa: F401

FOLDER = "dev"

# ---------------------------------------------------------------------------------------------------------------
# HEADS: header and title
# ---------------------------------------------------------------------------------------------------------------

HEADS = [
    {"id": "p-head-01", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ VÂN HÒA", "CHI BỘ THÔN YÊN CỐC", "*", "Số: 03-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vân Hòa, ngày 08 tháng 3 năm 2021"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2021")],
     "truth": {"kind": "regular", "topic": None, "date": "2021-03-08", "month": 3, "year": 2021,
               "cell": "CHI BỘ THÔN YÊN CỐC", "party_committee": "ĐẢNG BỘ XÃ VÂN HÒA"}},

    {"id": "p-head-02", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ HUYỆN THỦY NGUYÊN", "ĐẢNG ỦY XÃ LIÊN KHÊ", "CHI BỘ THÔN ĐỒNG GIẢNG", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Liên Khê, ngày 5 tháng 7 năm 2022"]),
                C("BIÊN BẢN HỌP CHI BỘ"),
                C("Kỳ họp tháng 7/2022", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2022-07-05", "month": 7, "year": 2022,
               "cell": "CHI BỘ THÔN ĐỒNG GIẢNG", "party_committee": "ĐẢNG ỦY XÃ LIÊN KHÊ"}},

    {"id": "p-head-03", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ PHƯỜNG PHÚC LỢI", "CHI BỘ TRƯỜNG TRUNG HỌC CƠ SỞ", "PHÚC LỢI", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Biên, ngày 18 tháng 5 năm 2023"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2023"),
                C("Chuyên đề: Nâng cao chất lượng giáo dục đạo đức, kỹ năng sống cho học sinh trong giai đoạn hiện nay",
                  bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Nâng cao chất lượng giáo dục đạo đức, kỹ năng sống cho học sinh trong giai đoạn hiện nay",
               "date": "2023-05-18", "month": 5, "year": 2023,
               "cell": "CHI BỘ TRƯỜNG TRUNG HỌC CƠ SỞ PHÚC LỢI", "party_committee": "ĐẢNG BỘ PHƯỜNG PHÚC LỢI"}},

    {"id": "p-head-04", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ TIÊN CƯỜNG", "CHI BỘ TRẠM Y TẾ XÃ", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "…, ngày … tháng … năm 20…"]),
                C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ"),
                C("THÁNG 9 NĂM 2020"),
                C("“Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về y đức, tận tụy phục vụ "
                  "người bệnh”", bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về y đức, tận tụy phục vụ "
                        "người bệnh",
               "date": None, "month": 9, "year": 2020,
               "cell": "CHI BỘ TRẠM Y TẾ XÃ", "party_committee": "ĐẢNG BỘ XÃ TIÊN CƯỜNG"}},

    {"id": "p-head-05", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ CÔNG TY CP CẢNG ĐÌNH HẢI", "CHI BỘ ĐỘI CẦN TRỤC BẾN", "*", "Số: 11/BB-CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 26 tháng 11 năm 2024"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11 NĂM 2024"),
                C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
                C("Chuyên đề: Nâng cao ý thức chấp hành quy trình an toàn lao động trong khai thác cầu bến",
                  bold=False)],
     "truth": {"kind": "regular",
               "topic": "Nâng cao ý thức chấp hành quy trình an toàn lao động trong khai thác cầu bến",
               "date": "2024-11-26", "month": 11, "year": 2024,
               "cell": "CHI BỘ ĐỘI CẦN TRỤC BẾN", "party_committee": "ĐẢNG BỘ CÔNG TY CP CẢNG ĐÌNH HẢI"}},

    {"id": "p-head-06", "kind": "head",
     "blocks": [HD(["CHI BỘ KHU DÂN CƯ SỐ 3", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Phả, ngày mùng 5 tháng 8 năm 2019"]),
                C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
                C("Tháng Tám năm 2019", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2019-08-05", "month": 8, "year": 2019,
               "cell": "CHI BỘ KHU DÂN CƯ SỐ 3", "party_committee": None}},

    {"id": "p-head-07", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI BỘ PHÒNG KẾ HOẠCH – TÀI CHÍNH", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 22 tháng 8 năm 2025"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHUYÊN ĐỀ QUÝ III/2025"),
                C("TĂNG CƯỜNG PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC"),
                C("TRONG QUẢN LÝ, SỬ DỤNG NGÂN SÁCH NHÀ NƯỚC")],
     "truth": {"kind": "thematic",
               "topic": "TĂNG CƯỜNG PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC TRONG QUẢN LÝ, SỬ DỤNG NGÂN SÁCH "
                        "NHÀ NƯỚC",
               "date": "2025-08-22", "month": 8, "year": 2025,
               "cell": "CHI BỘ PHÒNG KẾ HOẠCH – TÀI CHÍNH", "party_committee": "ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"}},

    # the December meeting held in the first days of January: the title's period is December 2022
    {"id": "p-head-08", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY PHƯỜNG HỒNG HẢI", "CHI BỘ TỔ DÂN PHỐ 7B", "*", "Số: …/BB-CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 3 tháng 1 năm 2023"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THƯỜNG KỲ"),
                C("Tháng 12 năm 2022")],
     "truth": {"kind": "regular", "topic": None, "date": "2023-01-03", "month": 12, "year": 2022,
               "cell": "CHI BỘ TỔ DÂN PHỐ 7B", "party_committee": "ĐẢNG ỦY PHƯỜNG HỒNG HẢI"}},

    {"id": "p-head-09", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ ĐÔNG XUÂN", "CHI BỘ THÔN LẠC KHOÁI", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Xuân, ngày 14 tháng 4 năm 2026"]),
                C("BIÊN BẢN"),
                C("Sinh hoạt chi bộ Thường kỳ tháng 4 năm 2026")],
     "truth": {"kind": "regular", "topic": None, "date": "2026-04-14", "month": 4, "year": 2026,
               "cell": "CHI BỘ THÔN LẠC KHOÁI", "party_committee": "ĐẢNG BỘ XÃ ĐÔNG XUÂN"}},

    {"id": "p-head-10", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY KHỐI DOANH NGHIỆP THÀNH PHỐ", "ĐẢNG ỦY CÔNG TY TNHH MAY AN DƯƠNG",
                    "CHI BỘ PHÂN XƯỞNG MAY SỐ 2", "*", "Số: 06-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Dương, ngày 27 tháng 6 năm 2023"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
                C("THÁNG 06/2023")],
     "truth": {"kind": "regular", "topic": None, "date": "2023-06-27", "month": 6, "year": 2023,
               "cell": "CHI BỘ PHÂN XƯỞNG MAY SỐ 2", "party_committee": "ĐẢNG ỦY CÔNG TY TNHH MAY AN DƯƠNG"}},

    {"id": "p-head-11", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ NAM HỒNG", "CHI BỘ THÔN BẮC", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Hồng, ngày 20 tháng 10 năm 2019"]),
                C("BIÊN BẢN HỌP CHI BỘ THÔN BẮC"),
                C("(Kỳ họp tháng 10/2019)", bold=False, italic=True)],
     "truth": {"kind": "regular", "topic": None, "date": "2019-10-20", "month": 10, "year": 2019,
               "cell": "CHI BỘ THÔN BẮC", "party_committee": "ĐẢNG BỘ XÃ NAM HỒNG"}},

    {"id": "p-head-12", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG BỘ XÃ TIÊN YÊN", "CHI BỘ THÔN ĐỒNG DÌNH", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tiên Yên, ngày 17 tháng 3 năm 2026"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 VÀ SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2026"),
                C("Chuyên đề: “Phát huy vai trò tiền phong, gương mẫu của đảng viên trong xây dựng nông thôn mới "
                  "kiểu mẫu”", bold=False, italic=True)],
     "truth": {"kind": "regular",
               "topic": "Phát huy vai trò tiền phong, gương mẫu của đảng viên trong xây dựng nông thôn mới kiểu mẫu",
               "date": "2026-03-17", "month": 3, "year": 2026,
               "cell": "CHI BỘ THÔN ĐỒNG DÌNH", "party_committee": "ĐẢNG BỘ XÃ TIÊN YÊN"}},

    {"id": "p-head-13", "kind": "head",
     "blocks": [HD(["ĐẢNG ỦY XÃ QUẢNG THÀNH", "CHI BỘ CÔNG AN XÃ", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Thành, ngày mùng 9 tháng 01 năm 2025"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2025"),
                C("Chuyên đề: Nâng cao hiệu quả phong trào Toàn dân bảo vệ an ninh Tổ quốc trên địa bàn xã",
                  bold=False),
                C("(Có mời đại diện Thường trực Đảng ủy xã dự)", bold=False, italic=True)],
     "truth": {"kind": "thematic",
               "topic": "Nâng cao hiệu quả phong trào Toàn dân bảo vệ an ninh Tổ quốc trên địa bàn xã",
               "date": "2025-01-09", "month": 1, "year": 2025,
               "cell": "CHI BỘ CÔNG AN XÃ", "party_committee": "ĐẢNG ỦY XÃ QUẢNG THÀNH"}},

    {"id": "p-head-14", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ THỊ TRẤN CHI ĐÔNG", "CHI BỘ TỔ DÂN PHỐ ĐẠI PHÙNG", "*", "Số: 04-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chi Đông, ngày 11 tháng 4 năm 2021"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHUYÊN ĐỀ THÁNG TƯ NĂM 2021"),
                C("LÃNH ĐẠO TỔ CHỨC THÀNH CÔNG CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV VÀ ĐẠI BIỂU HĐND CÁC CẤP "
                  "NHIỆM KỲ 2021 – 2026")],
     "truth": {"kind": "thematic",
               "topic": "LÃNH ĐẠO TỔ CHỨC THÀNH CÔNG CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV VÀ ĐẠI BIỂU HĐND CÁC "
                        "CẤP NHIỆM KỲ 2021 – 2026",
               "date": "2021-04-11", "month": 4, "year": 2021,
               "cell": "CHI BỘ TỔ DÂN PHỐ ĐẠI PHÙNG", "party_committee": "ĐẢNG BỘ THỊ TRẤN CHI ĐÔNG"}},

    {"id": "p-head-15", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ XÃ HỒNG PHONG", "CHI BỘ TRẠM Y TẾ XÃ HỒNG PHONG", "*", "Số 24-BB/CB"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hồng Phong, ngày 29 tháng 12 năm 2020"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2020"),
                C("(Kết hợp sinh hoạt chi bộ thường kỳ tháng 12)", bold=False, italic=True),
                C("Chuyên đề: Nâng cao chất lượng khám, chữa bệnh ban đầu và quản lý bệnh không lây nhiễm tại "
                  "tuyến xã", bold=False)],
     "truth": {"kind": "regular",
               "topic": "Nâng cao chất lượng khám, chữa bệnh ban đầu và quản lý bệnh không lây nhiễm tại tuyến xã",
               "date": "2020-12-29", "month": 12, "year": 2020,
               "cell": "CHI BỘ TRẠM Y TẾ XÃ HỒNG PHONG", "party_committee": "ĐẢNG BỘ XÃ HỒNG PHONG"}},

    {"id": "p-head-16", "kind": "head",
     "blocks": [HD(["ĐẢNG BỘ QUẬN LÊ CHÂN", "ĐẢNG ỦY PHƯỜNG VĨNH NIỆM", "CHI BỘ KHU DÂN CƯ", "VĨNH TIẾN 2", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM"]),
                C("BIÊN BẢN"),
                C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG HAI NĂM 2024")],
     "truth": {"kind": "regular", "topic": None, "date": None, "month": 2, "year": 2024,
               "cell": "CHI BỘ KHU DÂN CƯ VĨNH TIẾN 2", "party_committee": "ĐẢNG ỦY PHƯỜNG VĨNH NIỆM"}},
]

# ---------------------------------------------------------------------------------------------------------------
# OPENINGS: time, place, attendance, chair, secretary, guests, agenda
# ---------------------------------------------------------------------------------------------------------------

OPENINGS = [
    # 17/19 = 89,5 %: below the bar although every absence has a reason
    {"id": "p-open-01", "kind": "opening",
     "blocks": [L("- Thời gian: 14h ngày 12/4/2022."),
                L("- Địa điểm: Nhà văn hoá thôn Đình Tổ."),
                L("- Thành phần: Tổng số đảng viên trong chi bộ 19 đ/c, có mặt 17/19 đ/c; vắng 02 đ/c gồm đ/c Lê Văn "
                  "Toản (đi làm ăn xa) và đ/c Đỗ Thị Nhàn (ốm)."),
                L("- Chủ trì: đ/c Phùng Văn Hậu – Bí thư chi bộ, Trưởng thôn."),
                L("- Thư ký: đ/c Nguyễn Thị Thu Hà – Chi ủy viên.")],
     "truth": {"date": "2022-04-12", "start_time": "14:00", "end_time": None,
               "location": "Nhà văn hoá thôn Đình Tổ",
               "chair": {"name": "Phùng Văn Hậu", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Nguyễn Thị Thu Hà"},
               "attendance": attendance(19, 17, 2, 2, 0, 0,
                                        [("Lê Văn Toản", "đi làm ăn xa", True), ("Đỗ Thị Nhàn", "ốm", True)]),
               "flags": ["low_attendance"]}},

    {"id": "p-open-02", "kind": "opening",
     "blocks": [P("Hôm nay, vào hồi 19 giờ 30 phút ngày 16 tháng 9 năm 2021, tại Hội trường Tổ dân phố số 4, phường "
                  "Đằng Lâm, Chi bộ Tổ dân phố số 4 tiến hành sinh hoạt thường kỳ tháng 9 năm 2021 nhằm đánh giá kết "
                  "quả lãnh đạo thực hiện nhiệm vụ tháng 8, đồng thời bàn biện pháp triển khai nhiệm vụ tháng 9 trong "
                  "điều kiện địa bàn vừa kết thúc đợt giãn cách xã hội phòng, chống dịch Covid-19."),
                P("Chi bộ hiện có 24 đảng viên, trong đó 03 đồng chí được miễn sinh hoạt do tuổi cao, sức yếu; số đảng "
                  "viên phải dự sinh hoạt là 21 đồng chí, có mặt 21 đồng chí, đạt tỷ lệ 100%."),
                P("Về dự buổi sinh hoạt có đồng chí Trần Quang Minh – Đảng ủy viên, Phó Chủ tịch UBND phường."),
                P("Đồng chí Vũ Đình Khang, Bí thư chi bộ chủ trì buổi sinh hoạt; đồng chí Hoàng Thị Yến, chi ủy viên, "
                  "được phân công làm thư ký ghi biên bản.")],
     "truth": {"date": "2021-09-16", "start_time": "19:30", "end_time": None,
               "location": "Hội trường Tổ dân phố số 4, phường Đằng Lâm",
               "chair": {"name": "Vũ Đình Khang", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Hoàng Thị Yến"},
               "attendance": attendance(24, 21, 0, 0, 0, 3,
                                        guests=[("Trần Quang Minh", "Đảng ủy viên, Phó Chủ tịch UBND phường")]),
               "flags": []}},

    {"id": "p-open-03", "kind": "opening",
     "blocks": [L("1. Thời gian: từ 7h30' đến 10h15' ngày 04/11/2023 (thứ Bảy)."),
                L("2. Địa điểm: Phòng họp Hội đồng sư phạm – Trường THCS Đông Dư."),
                L("3. Thành phần: Đảng viên dự họp 26/26 đồng chí (chính thức 24, dự bị 02), không có đảng viên vắng "
                  "mặt."),
                L("4. Chủ tọa: Đ/c ThS. Nguyễn Thị Bích Ngọc – Bí thư Chi bộ, Hiệu trưởng nhà trường."),
                L("5. Thư ký: Đ/c Tạ Minh Châu – Chi ủy viên, Tổng phụ trách Đội."),
                L("6. Nội dung sinh hoạt gồm: (1) Thông tin thời sự, phổ biến văn bản mới của cấp trên; (2) Đánh giá "
                  "kết quả công tác tháng 10, triển khai nhiệm vụ tháng 11/2023; (3) Bàn công tác chuẩn bị kỷ niệm 41 "
                  "năm Ngày Nhà giáo Việt Nam 20/11.")],
     "truth": {"date": "2023-11-04", "start_time": "07:30", "end_time": "10:15",
               "location": "Phòng họp Hội đồng sư phạm – Trường THCS Đông Dư",
               "chair": {"name": "Nguyễn Thị Bích Ngọc", "role": "Bí thư Chi bộ"},
               "secretary": {"name": "Tạ Minh Châu"},
               "attendance": attendance(26, 26, 0, 0, 0, 0),
               "flags": []}},

    # counts in words; 9 of 11 present = 81,8 %
    {"id": "p-open-04", "kind": "opening",
     "blocks": [L("a) Thời gian: 8 giờ sáng thứ Năm, ngày 15/8/2019."),
                L("b) Địa điểm: phòng giao ban Trạm Y tế xã Kiến Quốc."),
                L("c) Thành phần: tổng số đảng viên mười một đồng chí; có mặt chín đồng chí; vắng hai đồng chí là đ/c "
                  "Lương Thị Hằng (nghỉ chế độ thai sản) và đ/c Bùi Văn Khởi (đi tập huấn tại Trung tâm Y tế huyện)."),
                L("d) Chủ trì: BS. Đinh Quang Vượng, Bí thư chi bộ, Trạm trưởng."),
                L("đ) Thư ký: YS. Phạm Thị Lụa.")],
     "truth": {"date": "2019-08-15", "start_time": "08:00", "end_time": None,
               "location": "phòng giao ban Trạm Y tế xã Kiến Quốc",
               "chair": {"name": "Đinh Quang Vượng", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Phạm Thị Lụa"},
               "attendance": attendance(11, 9, 2, 2, 0, 0,
                                        [("Lương Thị Hằng", "nghỉ chế độ thai sản", True),
                                         ("Bùi Văn Khởi", "đi tập huấn tại Trung tâm Y tế huyện", True)]),
               "flags": ["low_attendance"]}},

    # 25 of 27 due; one absent without reason
    {"id": "p-open-05", "kind": "opening",
     "blocks": [L("Thời gian: 19 giờ tối ngày 05/6/2020"),
                L("Địa điểm: Nhà văn hóa khu 6B, phường Cao Xanh"),
                L("Đảng viên của chi bộ: 32 đ/c; miễn sinh hoạt: 05 đ/c; dự họp: 25 đ/c; vắng: 02 đ/c, gồm đ/c Ngô "
                  "Văn Thắng (không lý do) và đ/c Trịnh Thị Gấm (đi viện)."),
                L("Chủ trì: đ/c Lâm Văn Sáu – Bí thư chi bộ.        Thư ký: đ/c Chu Thị Bình.")],
     "truth": {"date": "2020-06-05", "start_time": "19:00", "end_time": None,
               "location": "Nhà văn hóa khu 6B, phường Cao Xanh",
               "chair": {"name": "Lâm Văn Sáu", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Chu Thị Bình"},
               "attendance": attendance(32, 25, 2, 1, 1, 5,
                                        [("Ngô Văn Thắng", "không lý do", False), ("Trịnh Thị Gấm", "đi viện", True)]),
               "flags": ["unexcused_absence"]}},

    {"id": "p-open-06", "kind": "opening",
     "blocks": [L("- Thời gian: bắt đầu 15 giờ 00 phút, ngày 28 tháng 02 năm 2023."),
                L("- Địa điểm: Phòng họp tầng 2, nhà điều hành Công ty TNHH Cơ khí chính xác Vĩnh Bảo."),
                L("- Tổng số đảng viên: 21 đ/c; có mặt: 18 đ/c; vắng mặt: 03 đ/c, cụ thể như sau:"),
                T([(0.1, "TT", "c"), (0.45, "Họ và tên", "l"), (0.45, "Lý do vắng", "l")],
                  [["1", "Đoàn Văn Kiên", "Đi công tác tại Bắc Ninh"],
                   ["2", "Mai Thị Hoa", "Nghỉ ốm"],
                   ["3", "Tô Văn Lực", "Không báo cáo"]]),
                L("- Chủ trì: đ/c Vương Đình Quyết – Bí thư chi bộ, Quản đốc phân xưởng."),
                L("- Ghi biên bản: đ/c Kiều Thị Thanh.")],
     "truth": {"date": "2023-02-28", "start_time": "15:00", "end_time": None,
               "location": "Phòng họp tầng 2, nhà điều hành Công ty TNHH Cơ khí chính xác Vĩnh Bảo",
               "chair": {"name": "Vương Đình Quyết", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Kiều Thị Thanh"},
               "attendance": attendance(21, 18, 3, 2, 1, 0,
                                        [("Đoàn Văn Kiên", "Đi công tác tại Bắc Ninh", True),
                                         ("Mai Thị Hoa", "Nghỉ ốm", True),
                                         ("Tô Văn Lực", "Không báo cáo", False)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    # the deputy chairs; the Bí thư is the absentee
    {"id": "p-open-07", "kind": "opening",
     "blocks": [L("+ Thời gian: 14 giờ 30, ngày 23/01/2024."),
                L("+ Địa điểm: Nhà văn hoá thôn Phú Mỹ."),
                L("+ Đảng viên: tổng số 16 đ/c, có mặt 15 đ/c, vắng 01 đ/c là đ/c Trần Văn Mạnh – Bí thư chi bộ (đi "
                  "học tập trung lớp Trung cấp lý luận chính trị)."),
                L("+ Chủ trì: đ/c Dương Văn Cường – Phó Bí thư chi bộ."),
                L("+ Thư ký: đ/c Lê Thị Mận.")],
     "truth": {"date": "2024-01-23", "start_time": "14:30", "end_time": None,
               "location": "Nhà văn hoá thôn Phú Mỹ",
               "chair": {"name": "Dương Văn Cường", "role": "Phó Bí thư chi bộ"},
               "secretary": {"name": "Lê Thị Mận"},
               "attendance": attendance(16, 15, 1, 1, 0, 0,
                                        [("Trần Văn Mạnh", "đi học tập trung lớp Trung cấp lý luận chính trị", True)]),
               "flags": []}},

    {"id": "p-open-08", "kind": "opening",
     "blocks": [L("Thời gian: từ 14 giờ 00 đến 16 giờ 30 ngày 19/3/2024."),
                L("Địa điểm: Phòng họp tầng 4, trụ sở Chi cục Thuỷ lợi."),
                L("Thành phần: đảng viên trong chi bộ có mặt 13/14 đồng chí; vắng 01 đồng chí (đ/c Hồ Thị Xuân, đi "
                  "công tác tại huyện Ba Vì)."),
                L("Khách mời: đồng chí Nguyễn Hữu Toàn – Ủy viên Ban Thường vụ Đảng ủy Sở, Trưởng Ban Tổ chức Đảng ủy "
                  "Sở; đồng chí Lã Thị Phương Thảo – chuyên viên Văn phòng Đảng ủy Sở."),
                P("Đồng chí Đàm Quốc Tuấn – Bí thư chi bộ, Chi cục trưởng chủ trì; đồng chí Vi Thị Hạnh – Chi ủy viên "
                  "ghi biên bản.")],
     "truth": {"date": "2024-03-19", "start_time": "14:00", "end_time": "16:30",
               "location": "Phòng họp tầng 4, trụ sở Chi cục Thuỷ lợi",
               "chair": {"name": "Đàm Quốc Tuấn", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Vi Thị Hạnh"},
               "attendance": attendance(14, 13, 1, 1, 0, 0,
                                        [("Hồ Thị Xuân", "đi công tác tại huyện Ba Vì", True)],
                                        [("Nguyễn Hữu Toàn", "Ủy viên Ban Thường vụ Đảng ủy Sở, Trưởng Ban Tổ chức "
                                                             "Đảng ủy Sở"),
                                         ("Lã Thị Phương Thảo", "chuyên viên Văn phòng Đảng ủy Sở")]),
               "flags": []}},

    {"id": "p-open-09", "kind": "opening",
     "blocks": [H("I. THỜI GIAN, ĐỊA ĐIỂM"),
                P("Vào lúc 07 giờ 30 phút, ngày 06 tháng 3 năm 2025, tại phòng họp Công an xã Đồng Rui."),
                H("II. THÀNH PHẦN THAM DỰ"),
                L("- Đảng viên chi bộ: 09 đồng chí (chính thức 08, dự bị 01), có mặt 09/09 đồng chí."),
                L("- Chủ trì: Thiếu tá Hà Văn Dũng – Bí thư chi bộ, Trưởng Công an xã."),
                L("- Thư ký: Trung úy Nông Thị Quyên – Chi ủy viên.")],
     "truth": {"date": "2025-03-06", "start_time": "07:30", "end_time": None,
               "location": "phòng họp Công an xã Đồng Rui",
               "chair": {"name": "Hà Văn Dũng", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Nông Thị Quyên"},
               "attendance": attendance(9, 9, 0, 0, 0, 0),
               "flags": []}},

    # counts only: 10 of 12, one absence without reason
    {"id": "p-open-10", "kind": "opening",
     "blocks": [P("Hồi 8h00 ngày 10/10/2022, tại Hội trường Ban Chỉ huy Quân sự xã Tân Dân, Chi bộ Quân sự xã tổ chức "
                  "sinh hoạt thường kỳ tháng 10/2022. Tổng số đảng viên 12 đ/c, có mặt 10 đ/c, vắng 02 đ/c (01 có lý "
                  "do, 01 không lý do)."),
                P("Đại úy Khúc Văn Triều – Chỉ huy trưởng Ban CHQS xã, Bí thư chi bộ chủ trì hội nghị; Thượng sĩ Phí "
                  "Văn Long ghi biên bản.")],
     "truth": {"date": "2022-10-10", "start_time": "08:00", "end_time": None,
               "location": "Hội trường Ban Chỉ huy Quân sự xã Tân Dân",
               "chair": {"name": "Khúc Văn Triều", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Phí Văn Long"},
               "attendance": attendance(12, 10, 2, 1, 1, 0),
               "flags": ["low_attendance", "unexcused_absence"]}},

    # 30/33 = 90,9 %
    {"id": "p-open-11", "kind": "opening",
     "blocks": [P("Vào hồi 16h30' ngày 22/7/2020, tại phòng họp Đội Giao nhận, Chi bộ Đội Giao nhận – Kho hàng tiến "
                  "hành sinh hoạt thường kỳ tháng 7 năm 2020. Số đảng viên có mặt 30/33 đồng chí; vắng 03 đồng chí "
                  "đều có lý do: đồng chí Tăng Văn Phúc và đồng chí Lại Thế Vinh đang làm ca tại bến 5, đồng chí Âu "
                  "Thị Loan nghỉ phép năm."),
                L("Chủ trì: đ/c Cù Huy Hoàng, Bí thư chi bộ, Đội trưởng Đội Giao nhận."),
                L("Thư ký: đ/c Nhữ Thị Lan Anh.")],
     "truth": {"date": "2020-07-22", "start_time": "16:30", "end_time": None,
               "location": "phòng họp Đội Giao nhận",
               "chair": {"name": "Cù Huy Hoàng", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Nhữ Thị Lan Anh"},
               "attendance": attendance(33, 30, 3, 3, 0, 0,
                                        [("Tăng Văn Phúc", "đang làm ca tại bến 5", True),
                                         ("Lại Thế Vinh", "đang làm ca tại bến 5", True),
                                         ("Âu Thị Loan", "nghỉ phép năm", True)]),
               "flags": []}},

    # absentees one per line; the last one with no reason; 21 of 25 due
    {"id": "p-open-12", "kind": "opening",
     "blocks": [L("1. Thời gian: 13 giờ 30 phút ngày 09/12/2021."),
                L("2. Địa điểm: Hội trường thôn Đông Tiến, xã Đồng Tiến."),
                L("3. Thành phần dự họp:"),
                L("Tổng số đảng viên trong chi bộ: 27 đồng chí; miễn sinh hoạt: 02 đồng chí; có mặt: 21 đồng chí."),
                L("Vắng mặt 04 đồng chí, gồm:"),
                L("- Đ/c Phan Văn Đoàn: đi biển dài ngày;"),
                L("- Đ/c Kim Thị Nguyệt: ốm, nằm viện;"),
                L("- Đ/c Lý Văn Cẩn: việc gia đình;"),
                L("- Đ/c Tống Văn Hải."),
                L("4. Chủ trì: đ/c Hứa Văn Đạt – Bí thư chi bộ, Trưởng thôn."),
                L("5. Thư ký: đ/c Đồng Thị Hiên.")],
     "truth": {"date": "2021-12-09", "start_time": "13:30", "end_time": None,
               "location": "Hội trường thôn Đông Tiến, xã Đồng Tiến",
               "chair": {"name": "Hứa Văn Đạt", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Đồng Thị Hiên"},
               "attendance": attendance(27, 21, 4, 3, 1, 2,
                                        [("Phan Văn Đoàn", "đi biển dài ngày", True),
                                         ("Kim Thị Nguyệt", "ốm, nằm viện", True),
                                         ("Lý Văn Cẩn", "việc gia đình", True),
                                         ("Tống Văn Hải", None, False)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    # time and counts in words; 21/23 = 91,3 %
    {"id": "p-open-13", "kind": "opening",
     "blocks": [P("Vào lúc tám giờ sáng, ngày 21 tháng 5 năm 2022, tại Phòng họp Trường Tiểu học Hợp Đức, Chi bộ "
                  "Trường Tiểu học Hợp Đức họp phiên thường kỳ tháng 5 để đánh giá kết quả năm học 2021 – 2022 và "
                  "thống nhất kế hoạch tổ chức các hoạt động hè cho học sinh."),
                P("Tổng số đảng viên của chi bộ là hai mươi ba đồng chí, có mặt hai mươi mốt đồng chí, vắng mặt hai "
                  "đồng chí, đều có lý do."),
                P("Đồng chí Trương Thị Kim Oanh, Bí thư chi bộ, Hiệu trưởng, chủ trì; đồng chí Bạch Thị Ngân, Phó "
                  "Hiệu trưởng, làm thư ký.")],
     "truth": {"date": "2022-05-21", "start_time": "08:00", "end_time": None,
               "location": "Phòng họp Trường Tiểu học Hợp Đức",
               "chair": {"name": "Trương Thị Kim Oanh", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Bạch Thị Ngân"},
               "attendance": attendance(23, 21, 2, 2, 0, 0),
               "flags": []}},

    # 29 of 32 due = 90,6 %
    {"id": "p-open-14", "kind": "opening",
     "blocks": [L("- Thời gian: 19h00' ngày 11/11/2025"),
                L("- Địa điểm: Nhà sinh hoạt cộng đồng tổ dân phố số 12"),
                L("- Số đảng viên: 41 (trong đó 09 đ/c miễn sinh hoạt). Có mặt: 29; vắng: 03 (ốm 02, đi công tác 01)."),
                L("- Điều hành: đ/c Doãn Văn Khiêm – Bí thư chi bộ."),
                L("- Người ghi biên bản: đ/c Lưu Thị Thoa."),
                L("- Nội dung: thông tin thời sự; sơ kết công tác tháng 10; lấy ý kiến đảng viên về việc thu quỹ "
                  "vì người nghèo và chỉnh trang ngõ 35; chi bộ kết luận và biểu quyết.")],
     "truth": {"date": "2025-11-11", "start_time": "19:00", "end_time": None,
               "location": "Nhà sinh hoạt cộng đồng tổ dân phố số 12",
               "chair": {"name": "Doãn Văn Khiêm", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Lưu Thị Thoa"},
               "attendance": attendance(41, 29, 3, 3, 0, 9),
               "flags": []}},

    {"id": "p-open-15", "kind": "opening",
     "blocks": [P("Thực hiện chương trình công tác năm 2019, vào hồi 19 giờ 45 phút ngày 14/01/2019, Chi bộ thôn Xuân "
                  "Dục tổ chức sinh hoạt thường kỳ tháng 01 tại Nhà văn hóa thôn."),
                P("Số đảng viên có mặt 18/19 đồng chí, đạt tỷ lệ 94,7%; vắng 01 đồng chí là đồng chí Chử Văn Đông (đi "
                  "khám bệnh tại Bệnh viện Bạch Mai)."),
                L("Chủ trì: đồng chí Giang Văn Bình – Bí thư chi bộ"),
                L("Thư ký: đồng chí Thái Thị Hường")],
     "truth": {"date": "2019-01-14", "start_time": "19:45", "end_time": None,
               "location": "Nhà văn hóa thôn",
               "chair": {"name": "Giang Văn Bình", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Thái Thị Hường"},
               "attendance": attendance(19, 18, 1, 1, 0, 0,
                                        [("Chử Văn Đông", "đi khám bệnh tại Bệnh viện Bạch Mai", True)]),
               "flags": []}},

    # 13/15 = 86,7 %; "tự ý" absence
    {"id": "p-open-16", "kind": "opening",
     "blocks": [P("Vào hồi 20 giờ ngày 18 tháng 6 năm 2024, tại nhà văn hóa thôn Cổ Trai, chi bộ thôn Cổ Trai họp "
                  "thường kỳ tháng 6."),
                L("Thành phần: chi bộ có 15 đảng viên (14 chính thức, 01 dự bị), có mặt 13 đ/c; vắng 02 đ/c gồm: "
                  "đ/c Lã Văn Thiện (đi làm ca đêm), đ/c Ninh Văn Quý (tự ý vắng mặt)."),
                L("Chủ tọa: đ/c Tô Văn Quang, Bí thư chi bộ kiêm Trưởng thôn."),
                L("Chi bộ nhất trí cử đ/c Đặng Thị Huệ làm thư ký ghi biên bản.")],
     "truth": {"date": "2024-06-18", "start_time": "20:00", "end_time": None,
               "location": "nhà văn hóa thôn Cổ Trai",
               "chair": {"name": "Tô Văn Quang", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Đặng Thị Huệ"},
               "attendance": attendance(15, 13, 2, 1, 1, 0,
                                        [("Lã Văn Thiện", "đi làm ca đêm", True),
                                         ("Ninh Văn Quý", "tự ý vắng mặt", False)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    # 20/23 = 87 %; one absence without reason, nobody named
    {"id": "p-open-17", "kind": "opening",
     "blocks": [P("Vào hồi 9 giờ 00 phút ngày 25 tháng 10 năm 2020, tại Phòng họp Phân xưởng Lò – Máy, Chi bộ Phân "
                  "xưởng Lò – Máy tiến hành sinh hoạt thường kỳ tháng 10 năm 2020. Đồng chí Quách Văn Hưng, Bí thư chi "
                  "bộ, Quản đốc phân xưởng chủ trì buổi sinh hoạt; theo đề nghị của đồng chí chủ trì, chi bộ nhất trí "
                  "cử đồng chí Triệu Thị Hòa làm thư ký ghi biên bản."),
                P("Tổng số đảng viên chi bộ: 23 đồng chí, trong đó có 02 đảng viên dự bị. Có mặt 20 đồng chí; vắng 03 "
                  "đồng chí, trong đó 02 đồng chí đi ca theo lịch sản xuất, 01 đồng chí không có lý do.")],
     "truth": {"date": "2020-10-25", "start_time": "09:00", "end_time": None,
               "location": "Phòng họp Phân xưởng Lò – Máy",
               "chair": {"name": "Quách Văn Hưng", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Triệu Thị Hòa"},
               "attendance": attendance(23, 20, 3, 2, 1, 0),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "p-open-18", "kind": "opening",
     "blocks": [P("Hôm nay, ngày mùng 5 tháng 2 năm 2026, hồi 14 giờ, tại nhà văn hóa thôn Kim Quan, Chi bộ thôn Kim "
                  "Quan tổ chức sinh hoạt thường kỳ tháng 02/2026."),
                L("Đảng viên chi bộ: 34 đồng chí, gồm 32 chính thức và 02 dự bị; miễn sinh hoạt 06 đồng chí."),
                L("Có mặt: 27/28 đồng chí phải dự; vắng 01 đồng chí (đ/c Thạch Văn Tình – đi công tác tỉnh Lào Cai)."),
                L("Đại biểu dự: đ/c Lục Văn Phong – Ủy viên Ban Thường vụ Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam "
                  "xã."),
                L("Chủ trì: đ/c Hà Thị Thu Trang – Bí thư chi bộ.  Thư ký: đ/c Văn Đức Nam.")],
     "truth": {"date": "2026-02-05", "start_time": "14:00", "end_time": None,
               "location": "nhà văn hóa thôn Kim Quan",
               "chair": {"name": "Hà Thị Thu Trang", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Văn Đức Nam"},
               "attendance": attendance(34, 27, 1, 1, 0, 6,
                                        [("Thạch Văn Tình", "đi công tác tỉnh Lào Cai", True)],
                                        [("Lục Văn Phong", "Ủy viên Ban Thường vụ Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt "
                                                           "Nam xã")]),
               "flags": []}},

    # a small ruled table of counts: 30 of 34 due = 88,2 %
    {"id": "p-open-19", "kind": "opening",
     "blocks": [H("I. THỜI GIAN, ĐỊA ĐIỂM"),
                L("Bắt đầu từ 19 giờ 15 phút ngày 13/9/2023 tại Nhà văn hóa khu 4, phường Thanh Sơn."),
                H("II. THÀNH PHẦN"),
                T([(0.2, "Tổng số ĐV", "c"), (0.2, "Có mặt", "c"), (0.2, "Vắng có lý do", "c"),
                   (0.2, "Vắng không lý do", "c"), (0.2, "Miễn sinh hoạt", "c")],
                  [["38", "30", "03", "01", "04"]]),
                L("Chủ trì: đồng chí Vũ Thị Phượng – Bí thư chi bộ"),
                L("Thư ký: đồng chí Đào Văn Sinh – Chi ủy viên")],
     "truth": {"date": "2023-09-13", "start_time": "19:15", "end_time": None,
               "location": "Nhà văn hóa khu 4, phường Thanh Sơn",
               "chair": {"name": "Vũ Thị Phượng", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Đào Văn Sinh"},
               "attendance": attendance(38, 30, 4, 3, 1, 4),
               "flags": ["low_attendance", "unexcused_absence"]}},

    # exactly 90 %: not low
    {"id": "p-open-20", "kind": "opening",
     "blocks": [L("1. Thời gian: 14 giờ 00 phút, ngày 07 tháng 7 năm 2022."),
                L("2. Địa điểm: Phòng họp số 2, trụ sở HĐND – UBND huyện An Lão."),
                L("3. Thành phần: Chi bộ có 21 đảng viên, 01 đ/c được miễn sinh hoạt đảng. Có mặt 18/20 đảng viên "
                  "phải sinh hoạt, đạt 90%; vắng 02 đ/c: đ/c Vũ Thị Sen (con ốm), đ/c Hoàng Minh Tiến (đi học cao học)."),
                L("4. Chủ trì: đ/c Trịnh Công Luận – Bí thư chi bộ, Chánh Văn phòng HĐND và UBND huyện."),
                L("5. Thư ký: đ/c Phan Thị Diệu Linh – chuyên viên.")],
     "truth": {"date": "2022-07-07", "start_time": "14:00", "end_time": None,
               "location": "Phòng họp số 2, trụ sở HĐND – UBND huyện An Lão",
               "chair": {"name": "Trịnh Công Luận", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Phan Thị Diệu Linh"},
               "attendance": attendance(21, 18, 2, 2, 0, 1,
                                        [("Vũ Thị Sen", "con ốm", True), ("Hoàng Minh Tiến", "đi học cao học", True)]),
               "flags": []}},

    # exempt members named: they are no absentees
    {"id": "p-open-21", "kind": "opening",
     "blocks": [P("Vào hồi 19 giờ 30 phút ngày 20 tháng 3 năm 2019, tại Nhà văn hoá tổ dân phố Hạ Đoạn 2, phường "
                  "Đông Hải 2, chi bộ tổ dân phố Hạ Đoạn 2 tiến hành sinh hoạt thường kỳ tháng 3 năm 2019."),
                L("- Tổng số đảng viên: 19 đồng chí."),
                L("- Miễn sinh hoạt: 02 đ/c (đ/c Lưu Văn Chắt, đ/c Cao Thị Ngà – tuổi cao, sức yếu)."),
                L("- Có mặt: 17/17 đ/c phải dự sinh hoạt, đạt 100%."),
                L("- Chủ trì: đ/c Triệu Đức Thọ, Bí thư chi bộ."),
                L("- Thư ký: đ/c Quản Thị Vân.")],
     "truth": {"date": "2019-03-20", "start_time": "19:30", "end_time": None,
               "location": "Nhà văn hoá tổ dân phố Hạ Đoạn 2, phường Đông Hải 2",
               "chair": {"name": "Triệu Đức Thọ", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Quản Thị Vân"},
               "attendance": attendance(19, 17, 0, 0, 0, 2),
               "flags": []}},

    # the chair's Party role is not written
    {"id": "p-open-22", "kind": "opening",
     "blocks": [L("Thời gian: 7 giờ 30 phút ngày 09 tháng 10 năm 2022 (Chủ nhật)."),
                L("Địa điểm: Hội trường nhà văn hoá thôn Phượng Dực."),
                L("Thành phần: tổng số đảng viên 26 đ/c, trong đó 03 đ/c miễn sinh hoạt; có mặt 22 đ/c; vắng 01 đ/c "
                  "(đ/c Bế Văn Thuận – đi làm ăn ở Bình Dương)."),
                L("Chủ trì: đồng chí Nguyễn Đăng Khoa."),
                L("Thư ký: đồng chí Kiều Văn Hợp.")],
     "truth": {"date": "2022-10-09", "start_time": "07:30", "end_time": None,
               "location": "Hội trường nhà văn hoá thôn Phượng Dực",
               "chair": {"name": "Nguyễn Đăng Khoa", "role": None},
               "secretary": {"name": "Kiều Văn Hợp"},
               "attendance": attendance(26, 22, 1, 1, 0, 3,
                                        [("Bế Văn Thuận", "đi làm ăn ở Bình Dương", True)]),
               "flags": []}},

    # span 19h00 – 21h30; one named absence "không xin phép"; 14/16 = 87,5 %
    {"id": "p-open-23", "kind": "opening",
     "blocks": [P("Hồi 19h00 đến 21h30 ngày 24/02/2021, tại Hội trường tổ dân phố Trại Lẻ, phường Kênh Dương, Chi bộ "
                  "tổ dân phố Trại Lẻ họp thường kỳ tháng 2 năm 2021."),
                P("Tổng số đảng viên: 16 đ/c; có mặt 14 đ/c; vắng 02 đ/c là đ/c Hồ Sỹ Tài (đi công tác Quảng Ninh) và "
                  "đ/c Mẫn Văn Toàn (không xin phép)."),
                P("Chủ trì buổi sinh hoạt: đ/c Đinh Thị Thu Thủy – Bí thư chi bộ; thư ký: đ/c Vũ Ngọc Tú.")],
     "truth": {"date": "2021-02-24", "start_time": "19:00", "end_time": "21:30",
               "location": "Hội trường tổ dân phố Trại Lẻ, phường Kênh Dương",
               "chair": {"name": "Đinh Thị Thu Thủy", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Vũ Ngọc Tú"},
               "attendance": attendance(16, 14, 2, 1, 1, 0,
                                        [("Hồ Sỹ Tài", "đi công tác Quảng Ninh", True),
                                         ("Mẫn Văn Toàn", "không xin phép", False)]),
               "flags": ["low_attendance", "unexcused_absence"]}},

    # 8 of 10, both without reason, nobody named
    {"id": "p-open-24", "kind": "opening",
     "blocks": [L("Thời gian: 15h30 ngày 16/5/2025."),
                L("Địa điểm: Nhà điều hành trạm bơm Cống Thôn."),
                L("Thành phần: tổng số đảng viên 10 đc; có mặt 08 đc; vắng 02 đc không lý do."),
                L("Chủ trì: đ/c Đặng Văn Thiềng – Bí thư chi bộ, Trạm trưởng."),
                L("Thư ký: đ/c Lê Thị Thơm.")],
     "truth": {"date": "2025-05-16", "start_time": "15:30", "end_time": None,
               "location": "Nhà điều hành trạm bơm Cống Thôn",
               "chair": {"name": "Đặng Văn Thiềng", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Lê Thị Thơm"},
               "attendance": attendance(10, 8, 2, 0, 2, 0),
               "flags": ["low_attendance", "unexcused_absence"]}},

    {"id": "p-open-25", "kind": "opening",
     "blocks": [P("Vào hồi mười chín giờ ba mươi phút ngày 17 tháng 4 năm 2024, tại Nhà văn hóa thôn Yên Hợp, xã Hồng "
                  "Thái Đông, Chi bộ thôn Yên Hợp tiến hành sinh hoạt thường kỳ tháng 4 năm 2024."),
                L("Tổng số: 20 đ/c; Có mặt: 19 đ/c; Vắng: 01 đ/c (có lý do)."),
                L("Chủ tọa: Đồng chí Ngô Xuân Trường – Bí thư chi bộ."),
                L("Thư ký: Đồng chí Tạ Thị Lý.")],
     "truth": {"date": "2024-04-17", "start_time": "19:30", "end_time": None,
               "location": "Nhà văn hóa thôn Yên Hợp, xã Hồng Thái Đông",
               "chair": {"name": "Ngô Xuân Trường", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Tạ Thị Lý"},
               "attendance": attendance(20, 19, 1, 1, 0, 0),
               "flags": []}},

    {"id": "p-open-26", "kind": "opening",
     "blocks": [L("- Thời gian: 13h30 ngày 18/8/2025"),
                L("- Địa điểm: Trạm Y tế phường Hà Lầm"),
                L("- Thành phần dự họp: 08/08 đ/c đảng viên của chi bộ."),
                L("- Chủ trì: ThS.BS. Lương Văn Thạch – Bí thư chi bộ, Trạm trưởng Trạm Y tế."),
                L("- Thư ký: ĐD. Nguyễn Thị Hồng Nhung.")],
     "truth": {"date": "2025-08-18", "start_time": "13:30", "end_time": None,
               "location": "Trạm Y tế phường Hà Lầm",
               "chair": {"name": "Lương Văn Thạch", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Nguyễn Thị Hồng Nhung"},
               "attendance": attendance(8, 8, 0, 0, 0, 0),
               "flags": []}},

    {"id": "p-open-27", "kind": "opening",
     "blocks": [P("Thực hiện Chương trình công tác năm 2023 của Chi bộ, hồi 16 giờ 00 phút ngày 26 tháng 12 năm 2023, "
                  "tại phòng họp Kho bạc Nhà nước khu vực Kiến Thụy, Chi bộ tiến hành sinh hoạt thường kỳ tháng 12, "
                  "đồng thời tổng kết công tác năm 2023."),
                P("Tổng số đảng viên của chi bộ là 12 đồng chí; có mặt đủ 12/12 đồng chí."),
                P("Về dự có đồng chí Phạm Thị Thanh Bình – Phó Bí thư Đảng ủy Khối cơ quan huyện và đồng chí Trần Đức "
                  "Long – chuyên viên Ban Tổ chức Huyện ủy."),
                P("Đồng chí Lê Mạnh Cường – Bí thư chi bộ, Giám đốc Kho bạc chủ trì hội nghị; đồng chí Hà Thu Hiền "
                  "ghi biên bản.")],
     "truth": {"date": "2023-12-26", "start_time": "16:00", "end_time": None,
               "location": "phòng họp Kho bạc Nhà nước khu vực Kiến Thụy",
               "chair": {"name": "Lê Mạnh Cường", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Hà Thu Hiền"},
               "attendance": attendance(12, 12, 0, 0, 0, 0,
                                        guests=[("Phạm Thị Thanh Bình", "Phó Bí thư Đảng ủy Khối cơ quan huyện"),
                                                ("Trần Đức Long", "chuyên viên Ban Tổ chức Huyện ủy")]),
               "flags": []}},

    # the Bí thư is ill: the deputy chairs
    {"id": "p-open-28", "kind": "opening",
     "blocks": [L("a) Thời gian: 8h30 ngày 11/8/2021."),
                L("b) Địa điểm: Nhà văn hóa thôn Thượng Phúc."),
                L("c) Đảng viên chi bộ: 17 đ/c; có mặt: 16 đ/c; vắng 01 đ/c (đ/c Chu Văn Lượng – Bí thư chi bộ, "
                  "nghỉ ốm)."),
                L("d) Chủ trì: đ/c Nghiêm Thị Phúc – Phó Bí thư chi bộ."),
                L("e) Thư ký: đ/c Tạ Đăng Khoa.")],
     "truth": {"date": "2021-08-11", "start_time": "08:30", "end_time": None,
               "location": "Nhà văn hóa thôn Thượng Phúc",
               "chair": {"name": "Nghiêm Thị Phúc", "role": "Phó Bí thư chi bộ"},
               "secretary": {"name": "Tạ Đăng Khoa"},
               "attendance": attendance(17, 16, 1, 1, 0, 0, [("Chu Văn Lượng", "nghỉ ốm", True)]),
               "flags": []}},

    {"id": "p-open-29", "kind": "opening",
     "blocks": [L("Thời gian: 17h00 ngày 30/5/2019."),
                L("Địa điểm: phòng họp Đội Tàu lai – Cảng Lạch Huyện Xanh."),
                L("Đảng viên tham dự: đầy đủ 12/12 đồng chí, trong đó chính thức 11, dự bị 01."),
                L("Chủ trì: đ/c Lưu Quang Vinh, Bí thư chi bộ, Đội trưởng."),
                L("Thư ký: đ/c Nguyễn Thị Kim Dung."),
                L("Chương trình: 1. Thông tin thời sự; 2. Sơ kết công tác tháng 5; 3. Triển khai nhiệm vụ tháng 6; "
                  "4. Chi bộ thảo luận, biểu quyết.")],
     "truth": {"date": "2019-05-30", "start_time": "17:00", "end_time": None,
               "location": "phòng họp Đội Tàu lai – Cảng Lạch Huyện Xanh",
               "chair": {"name": "Lưu Quang Vinh", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Nguyễn Thị Kim Dung"},
               "attendance": attendance(12, 12, 0, 0, 0, 0),
               "flags": []}},

    {"id": "p-open-30", "kind": "opening",
     "blocks": [L("- Thời gian: 14 giờ ngày 21 tháng 01 năm 2020 (trước Tết Canh Tý)."),
                L("- Địa điểm: Hội trường Nhà máy Tuyển than Cửa Ông 2."),
                L("- Đảng viên: tổng số 29 đ/c; dự họp 27 đ/c; vắng 02 đ/c (đ/c Trần Ngọc Sơn trực ca sản xuất, đ/c Bùi "
                  "Thị Mến nghỉ thai sản)."),
                L("- Chủ trì: đ/c Phạm Văn Định – Bí thư chi bộ;  Thư ký: đ/c Lý Thị Hồng Vân."),
                L("- Nội dung: Tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020 và chăm lo Tết cho công nhân.")],
     "truth": {"date": "2020-01-21", "start_time": "14:00", "end_time": None,
               "location": "Hội trường Nhà máy Tuyển than Cửa Ông 2",
               "chair": {"name": "Phạm Văn Định", "role": "Bí thư chi bộ"},
               "secretary": {"name": "Lý Thị Hồng Vân"},
               "attendance": attendance(29, 27, 2, 2, 0, 0,
                                        [("Trần Ngọc Sơn", "trực ca sản xuất", True),
                                         ("Bùi Thị Mến", "nghỉ thai sản", True)]),
               "flags": []}},

    {"id": "p-open-31", "kind": "opening",
     "blocks": [P("Hôm nay, vào hồi 20 giờ 00 phút ngày 12 tháng 11 năm 2024, tại Nhà văn hóa thôn Đoài Khê, xã Tân "
                  "Hồng, Chi bộ thôn Đoài Khê tiến hành sinh hoạt thường kỳ tháng 11 năm 2024 với sự có mặt của 30 "
                  "trên tổng số 35 đảng viên (04 đồng chí được miễn sinh hoạt theo quy định; vắng 01 đồng chí có lý do "
                  "là đồng chí Nhâm Văn Hải – Bí thư chi bộ, đi họp tại Đảng ủy xã), dưới sự chủ trì của đồng chí "
                  "Vương Thị Lan – Phó Bí thư chi bộ, đồng chí Cao Văn Trọng được cử ghi biên bản.")],
     "truth": {"date": "2024-11-12", "start_time": "20:00", "end_time": None,
               "location": "Nhà văn hóa thôn Đoài Khê, xã Tân Hồng",
               "chair": {"name": "Vương Thị Lan", "role": "Phó Bí thư chi bộ"},
               "secretary": {"name": "Cao Văn Trọng"},
               "attendance": attendance(35, 30, 1, 1, 0, 4, [("Nhâm Văn Hải", "đi họp tại Đảng ủy xã", True)]),
               "flags": []}},

    {"id": "p-open-32", "kind": "opening",
     "blocks": [L("I. THỜI GIAN: Từ 8 giờ đến 11 giờ, Chủ nhật ngày 17/5/2020."),
                L("II. ĐỊA ĐIỂM: Phòng hội đồng Trường THPT Nguyễn Bỉnh Khiêm."),
                L("III. THÀNH PHẦN:"),
                L("Số đảng viên phải sinh hoạt: 33 đ/c (chính thức 30, dự bị 03). Có mặt: 32 đ/c. Vắng: 01 đ/c (đ/c "
                  "Đỗ Thanh Tùng – đi chấm thi tại Sở GD&ĐT)."),
                L("Chủ trì: Đ/c Đặng Quốc Việt – Bí thư Chi bộ, Hiệu trưởng."),
                L("Thư ký: Đ/c Lã Thị Huyền Trang – Chi ủy viên.")],
     "truth": {"date": "2020-05-17", "start_time": "08:00", "end_time": "11:00",
               "location": "Phòng hội đồng Trường THPT Nguyễn Bỉnh Khiêm",
               "chair": {"name": "Đặng Quốc Việt", "role": "Bí thư Chi bộ"},
               "secretary": {"name": "Lã Thị Huyền Trang"},
               "attendance": attendance(33, 32, 1, 1, 0, 0,
                                        [("Đỗ Thanh Tùng", "đi chấm thi tại Sở GD&ĐT", True)]),
               "flags": []}},
]

# ---------------------------------------------------------------------------------------------------------------
# BODIES: discussion, conclusion, votes, tasks, closing
# ---------------------------------------------------------------------------------------------------------------

BODIES = [
    {"id": "p-body-01", "kind": "body",
     "context": {"chair": "Đỗ Hữu Nghĩa", "chair_role": "Bí thư chi bộ", "secretary": "Lê Thị Quyên",
                 "total": 18, "present": 17},
     "blocks": [H("IV. Ý KIẾN THAM GIA CỦA ĐẢNG VIÊN"),
                P("Đồng chí Bạch Văn Khương phát biểu: cơ bản nhất trí với báo cáo của chi ủy, song đề nghị bổ sung "
                  "đánh giá về tình trạng rãnh thoát nước xóm Chùa bị một số hộ lấn chiếm, đổ phế thải xây dựng, gây "
                  "úng cục bộ mỗi khi có mưa lớn, ảnh hưởng đến sinh hoạt của trên 20 hộ dân."),
                P("Đồng chí Ngọ Thị Thanh Xuân, Chi hội trưởng Chi hội Phụ nữ, cho rằng phong trào “5 không, 3 sạch” "
                  "của thôn còn mang tính thời vụ, một số tuyến ngõ sau khi ra quân vệ sinh được vài hôm lại tái diễn "
                  "tình trạng vứt rác bừa bãi, vì vậy đề nghị chi bộ chỉ đạo duy trì việc ra quân một cách định kỳ."),
                P("Đồng chí Tăng Văn Hòe nêu ý kiến về việc chuẩn bị giống, vật tư cho vụ mùa, đề nghị Ban quản trị "
                  "hợp tác xã sớm thông báo lịch thời vụ để bà con chủ động làm đất."),
                H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
                P("Thay mặt chi ủy, đồng chí Đỗ Hữu Nghĩa kết luận: chi bộ ghi nhận các ý kiến đóng góp và thống nhất "
                  "bổ sung vào báo cáo; trong tháng tới tập trung lãnh đạo hoàn thành thu hoạch lúa chiêm xuân, chuẩn "
                  "bị tốt các điều kiện cho sản xuất vụ mùa, xử lý dứt điểm tình trạng lấn chiếm rãnh thoát nước xóm "
                  "Chùa và duy trì nền nếp vệ sinh môi trường trên các trục đường thôn."),
                P("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay: 17/17 đồng chí có mặt tán thành, đạt "
                  "100%."),
                H("VI. PHÂN CÔNG THỰC HIỆN"),
                P("Giao đồng chí Bạch Văn Khương, Trưởng thôn, chủ trì khảo sát, lập phương án nạo vét và giải tỏa "
                  "lấn chiếm rãnh thoát nước xóm Chùa, báo cáo chi bộ trước ngày 20/5/2025."),
                P("Chi hội Phụ nữ thôn chịu trách nhiệm vận động hội viên ra quân tổng vệ sinh đường làng, ngõ xóm, "
                  "thực hiện hằng tuần."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút cùng ngày. Thư ký đọc lại biên bản, các đồng chí đảng "
                  "viên dự họp nhất trí thông qua.")],
     "truth": {"end_time": "21:10", "conclusion": True,
               "resolutions": [vote(17, None, None, 100, "Thông qua kết luận của đồng chí chủ trì")],
               "assignments": [task("Bạch Văn Khương", "Khảo sát, lập phương án nạo vét rãnh thoát nước xóm Chùa",
                                    "20/5/2025"),
                               task("Chi hội Phụ nữ thôn", "Vận động hội viên tổng vệ sinh đường làng, ngõ xóm",
                                    "hằng tuần")],
               "flags": []}},

    # tasks inside a numbered conclusion; for / against / "ý kiến khác"
    {"id": "p-body-02", "kind": "body",
     "context": {"chair": "Lương Đức Thịnh", "chair_role": "Bí thư chi bộ", "secretary": "Hoàng Thị Minh Nguyệt",
                 "total": 24, "present": 23},
     "blocks": [H("IV. THẢO LUẬN, ĐÓNG GÓP Ý KIẾN"),
                L("- Đ/c Phạm Quốc Huy (tổ trưởng tổ cắt): đơn hàng xuất đi Nhật Bản trong tháng có yêu cầu kỹ thuật "
                  "cao, tỷ lệ hàng phải sửa lại ở công đoạn cắt vẫn còn 2,3%; đề nghị phân xưởng cho tổ cắt tăng ca "
                  "hai ngày cuối tuần để kịp tiến độ."),
                L("- Đ/c Nguyễn Thị Lệ: nhất trí với báo cáo; phản ánh hệ thống quạt hút bụi ở dây chuyền số 4 hoạt "
                  "động kém, công nhân phải đeo khẩu trang suốt ca, đề nghị sớm sửa chữa."),
                L("- Đ/c Trần Văn Sỹ: đề nghị chi bộ quan tâm hơn đến công tác phát triển đảng viên trong công nhân "
                  "trẻ, hiện phân xưởng có 05 quần chúng ưu tú đã học xong lớp nhận thức về Đảng nhưng chưa được "
                  "xem xét."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận, chi bộ thống nhất các nội dung trọng tâm trong tháng tới như sau:"),
                L("1. Tập trung bảo đảm tiến độ và chất lượng đơn hàng xuất khẩu; giao đ/c Phạm Quốc Huy bố trí lại "
                  "nhân lực tổ cắt, hoàn thành trong tuần đầu tháng 11."),
                L("2. Thực hiện nghiêm công tác an toàn, vệ sinh lao động và phòng chống cháy nổ; đ/c Vũ Văn Tài, Chi "
                  "ủy viên, Phó Quản đốc phụ trách, kiểm tra hằng tuần và sửa chữa dứt điểm quạt hút bụi dây chuyền "
                  "số 4."),
                L("3. Chi đoàn Thanh niên phân xưởng lập danh sách, giới thiệu đoàn viên ưu tú để chi bộ xem xét, bồi "
                  "dưỡng phát triển đảng, xong trước ngày 25/11/2024."),
                P("Biểu quyết thông qua kết luận: tán thành 22 đ/c; không tán thành: 0; ý kiến khác: 01 đ/c."),
                P("Hội nghị kết thúc hồi 16h40' cùng ngày. Biên bản được đọc lại trước hội nghị và được các đảng viên "
                  "dự họp nhất trí thông qua.")],
     "truth": {"end_time": "16:40", "conclusion": True,
               "resolutions": [vote(22, 0, 1, None, "Thông qua kết luận")],
               "assignments": [task("Phạm Quốc Huy", "Bố trí lại nhân lực tổ cắt", "tuần đầu tháng 11"),
                               task("Vũ Văn Tài", "Kiểm tra an toàn lao động, sửa quạt hút bụi", "hằng tuần"),
                               task("Chi đoàn Thanh niên phân xưởng", "Giới thiệu đoàn viên ưu tú để phát triển đảng",
                                    "25/11/2024")],
               "flags": []}},

    # the minutes are never read back
    {"id": "p-body-03", "kind": "body",
     "context": {"chair": "Ngô Thị Thanh Tâm", "chair_role": "Bí thư chi bộ", "secretary": "Đinh Thị Quỳnh",
                 "total": 21, "present": 21},
     "blocks": [H("IV. Thảo luận"),
                P("Trong phần thảo luận, đồng chí Kiều Thị Mai Hương, tổ trưởng tổ Khoa học tự nhiên, cho rằng kết "
                  "quả khảo sát chất lượng giữa học kỳ I môn Toán khối 9 còn thấp, tỷ lệ điểm dưới trung bình chiếm "
                  "gần 18%, nguyên nhân một phần do học sinh bị hổng kiến thức từ các lớp dưới; đồng chí Lê Đình "
                  "Phúc, tổ trưởng tổ Xã hội, đề nghị nhà trường sớm có kế hoạch phụ đạo miễn phí cho học sinh yếu "
                  "vào chiều thứ Năm và tăng cường phối hợp với cha mẹ học sinh."),
                P("Đồng chí chủ trì kết luận: chi bộ thống nhất đánh giá kết quả công tác tháng 11 như báo cáo đã nêu; "
                  "trong tháng 12 tập trung lãnh đạo nâng cao chất lượng dạy học các môn thi vào lớp 10, tổ chức phụ "
                  "đạo cho học sinh yếu, chuẩn bị chu đáo cho kỳ thi học sinh giỏi cấp thành phố và các hoạt động kỷ "
                  "niệm Ngày thành lập Quân đội nhân dân Việt Nam 22/12."),
                P("Chi bộ biểu quyết nhất trí 100% với kết luận của đồng chí chủ trì."),
                P("Việc xây dựng kế hoạch ôn luyện đội tuyển học sinh giỏi cấp thành phố được giao cho đ/c Kiều Thị Mai "
                  "Hương, hoàn thành trong tháng 12."),
                P("Đ/c Lê Đình Phúc và đ/c Đào Thị Huyền (Bí thư Chi đoàn giáo viên) chịu trách nhiệm tổ chức buổi tọa "
                  "đàm với các cựu chiến binh địa phương, hoàn thành trước ngày 22/12."),
                P("Buổi sinh hoạt kết thúc vào hồi 11 giờ 05 phút.")],
     "truth": {"end_time": "11:05", "conclusion": True,
               "resolutions": [vote(None, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Kiều Thị Mai Hương", "Kế hoạch ôn luyện đội tuyển học sinh giỏi", "tháng 12"),
                               task("Lê Đình Phúc", "Tổ chức tọa đàm với cựu chiến binh", "22/12"),
                               task("Đào Thị Huyền", "Tổ chức tọa đàm với cựu chiến binh", "22/12")],
               "flags": ["not_approved"]}},

    # question and answer; two votes (a full member recognised, the conclusion), official members only
    {"id": "p-body-04", "kind": "body",
     "context": {"chair": "Sằm Văn Lợi", "chair_role": "Bí thư chi bộ", "secretary": "Tằng Thị Sáu",
                 "total": 16, "present": 16},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Hoàng Văn Lực hỏi: năm nay thôn đăng ký trồng mới bao nhiêu héc-ta quế và Nhà nước có hỗ "
                  "trợ cây giống cho các hộ nghèo hay không? Đồng chí Bí thư chi bộ trả lời: theo kế hoạch của xã, "
                  "thôn trồng mới 12 ha quế và 8 ha keo; các hộ nghèo, cận nghèo được hỗ trợ 100% cây giống, danh "
                  "sách do Ban công tác Mặt trận thôn rà soát và công khai tại nhà văn hóa."),
                P("Đồng chí Dương Thị Mùi hỏi về tiến độ làm đường bê tông vào khe Lầy; đồng chí Trưởng thôn cho biết "
                  "dự án đã được phê duyệt, dự kiến khởi công khi kết thúc mùa mưa."),
                H("V. XÉT CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC"),
                P("Chi bộ đã nghe đồng chí Nình Thị Hạnh đọc bản tự kiểm điểm trong thời gian dự bị, nghe ý kiến nhận "
                  "xét của đảng viên chính thức được phân công giúp đỡ và của các đoàn thể nơi đồng chí sinh hoạt. Chi "
                  "bộ biểu quyết đề nghị công nhận đồng chí Nình Thị Hạnh là đảng viên chính thức: 15/15 đảng viên "
                  "chính thức có mặt tán thành, đạt 100%."),
                H("VI. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: chi bộ thống nhất tập trung chỉ đạo các hộ chuẩn bị đất, cây giống cho "
                  "vụ trồng rừng mới, tăng cường tuần tra phòng chống cháy rừng trong mùa hanh khô, đôn đốc tiến độ "
                  "làm đường khe Lầy và hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức theo đúng quy định."),
                P("Biểu quyết thông qua kết luận: 15/15 đảng viên chính thức tán thành."),
                H("VII. PHÂN CÔNG"),
                L("+ Đồng chí Hoàng Văn Lực: phối hợp với cán bộ lâm nghiệp xã hướng dẫn kỹ thuật trồng quế cho các hộ, "
                  "xong trong quý I/2025."),
                L("+ Đồng chí Dương Thị Mùi: theo dõi, đôn đốc tiến độ làm đường khe Lầy, báo cáo chi bộ tại kỳ họp sau."),
                L("+ Chi ủy: hoàn thiện hồ sơ công nhận đảng viên chính thức cho đồng chí Nình Thị Hạnh, gửi Đảng ủy xã "
                  "trước ngày 10/11."),
                P("Họp xong 21h. Biên bản được đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "21:00", "conclusion": True,
               "resolutions": [vote(15, None, None, 100, "Đề nghị công nhận đảng viên chính thức Nình Thị Hạnh"),
                               vote(15, None, None, None, "Thông qua kết luận")],
               "assignments": [task("Hoàng Văn Lực", "Hướng dẫn kỹ thuật trồng quế", "quý I/2025"),
                               task("Dương Thị Mùi", "Đôn đốc tiến độ làm đường khe Lầy", "kỳ họp sau"),
                               task("Chi ủy", "Hoàn thiện hồ sơ công nhận đảng viên chính thức", "10/11")],
               "flags": []}},

    # the heading promises a conclusion that is never written; nothing is voted
    {"id": "p-body-05", "kind": "body",
     "context": {"chair": "Phí Thị Ngọc Lan", "chair_role": "Bí thư chi bộ", "secretary": "Đoàn Minh Tâm",
                 "total": 20, "present": 19},
     "blocks": [H("IV. THẢO LUẬN VÀ KẾT LUẬN"),
                P("Đồng chí Quan Văn Bảy, Tổ trưởng tổ dân phố, phát biểu: việc thu quỹ “Ngày vì người nghèo” năm nay "
                  "mới đạt khoảng 60% chỉ tiêu, nhiều hộ thuê trọ chưa được vận động; đề nghị chi bộ phân công đảng "
                  "viên phụ trách từng cụm dân cư để đôn đốc."),
                P("Đồng chí Hán Thị Liên cho rằng tình hình trộm cắp xe máy ở khu vực chợ tạm có chiều hướng gia tăng, "
                  "đề nghị vận động các hộ lắp đặt camera an ninh kết nối với Công an phường theo mô hình “Camera vì "
                  "an ninh trật tự”."),
                P("Đồng chí Mẫn Đức Hải đề nghị sớm giải quyết bãi trông giữ xe tự phát ở đầu ngõ 128, vừa gây mất mỹ "
                  "quan vừa tiềm ẩn nguy cơ cháy nổ."),
                H("V. PHÂN CÔNG NHIỆM VỤ"),
                P("Giao đồng chí Quan Văn Bảy phối hợp với Ban công tác Mặt trận tổ dân phố lập danh sách các hộ đăng "
                  "ký lắp camera, chậm nhất ngày 05/12 gửi Công an phường."),
                P("Đồng chí Hán Thị Liên chịu trách nhiệm đôn đốc thu quỹ “Ngày vì người nghèo” tại cụm dân cư số 2, "
                  "hoàn thành trong tháng 12."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 05 phút. Biên bản đã được đọc lại và các đồng chí dự họp nhất trí "
                  "thông qua.")],
     "truth": {"end_time": "21:05", "conclusion": False,
               "resolutions": [],
               "assignments": [task("Quan Văn Bảy", "Lập danh sách hộ đăng ký lắp camera", "05/12"),
                               task("Hán Thị Liên", "Đôn đốc thu quỹ Ngày vì người nghèo", "tháng 12")],
               "flags": ["missing_conclusion", "missing_vote"]}},

    # a table of opinions; "Chi bộ thống nhất:"; a vote in words; a table of tasks
    {"id": "p-body-06", "kind": "body",
     "context": {"chair": "Trương Quốc Khánh", "chair_role": "Bí thư chi bộ", "secretary": "Ninh Thị Hải Yến",
                 "total": 20, "present": 19},
     "blocks": [H("4. Ý kiến thảo luận"),
                T([(0.08, "TT", "c"), (0.27, "Đảng viên", "l"), (0.65, "Nội dung ý kiến", "l")],
                  [["1", "Âu Văn Thành", "Nhất trí báo cáo; đề nghị bổ sung số liệu sản lượng container thông qua bến 3 "
                                         "trong tháng đạt 41.200 TEU, tăng 6% so với cùng kỳ."],
                   ["2", "Giáp Thị Hằng", "Phản ánh tình trạng xe đầu kéo xếp hàng chờ vào cổng B kéo dài vào giờ cao "
                                          "điểm, đề nghị điều chỉnh lịch hẹn lấy hàng."],
                   ["3", "Bùi Quang Thiều", "Đề nghị kiểm tra lại hệ thống chiếu sáng bãi D2, nhiều cột đèn hỏng từ "
                                            "đầu quý chưa được thay."]]),
                P("Chi bộ thống nhất: tiếp tục lãnh đạo đội hoàn thành kế hoạch sản lượng quý IV, bảo đảm an toàn tuyệt "
                  "đối cho người và phương tiện trong khai thác; khắc phục ngay tình trạng ùn tắc tại cổng B và các tồn "
                  "tại về chiếu sáng bãi mà đảng viên đã nêu."),
                P("Biểu quyết: mười chín trên mười chín đồng chí có mặt tán thành."),
                H("5. Phân công thực hiện"),
                T([(0.3, "Người/bộ phận thực hiện", "l"), (0.45, "Nội dung", "l"), (0.25, "Thời hạn", "c")],
                  [["Đ/c Giáp Thị Hằng", "Cùng phòng Điều độ xây dựng lại lịch hẹn lấy hàng qua cổng B", "30/11/2024"],
                   ["Tổ điện – cơ giới", "Thay thế toàn bộ đèn hỏng tại bãi D2", "Quý IV/2024"],
                   ["Đ/c Âu Văn Thành", "Theo dõi, tổng hợp sản lượng, báo cáo chi bộ", "Hằng tháng"]]),
                P("Cuộc họp kết thúc hồi 10h45. Biên bản đã đọc lại cho chi bộ nghe và được nhất trí thông qua.")],
     "truth": {"end_time": "10:45", "conclusion": True,
               "resolutions": [vote(19, None, None, None, "Thông qua kết luận")],
               "assignments": [task("Giáp Thị Hằng", "Xây dựng lại lịch hẹn lấy hàng qua cổng B", "30/11/2024"),
                               task("Tổ điện – cơ giới", "Thay đèn hỏng tại bãi D2", "Quý IV/2024"),
                               task("Âu Văn Thành", "Tổng hợp sản lượng, báo cáo chi bộ", "Hằng tháng")],
               "flags": []}},

    # only general calls at the end: nobody is given a task
    {"id": "p-body-07", "kind": "body",
     "context": {"chair": "Bùi Xuân Hạ", "chair_role": "Bí thư chi bộ", "secretary": "Cao Thị Minh Hòa",
                 "total": 27, "present": 25},
     "blocks": [H("IV. Ý KIẾN PHÁT BIỂU CỦA ĐẢNG VIÊN"),
                P("Đ/c Nguyễn Văn Tám (tổ 3) đề nghị phường sớm có phương án xử lý dứt điểm các hộ kinh doanh lấn chiếm "
                  "vỉa hè trên tuyến phố Lê Thánh Tông đoạn qua khu phố, nhất là vào buổi tối cuối tuần."),
                P("Đ/c Vũ Thị Lài (tổ 5) phản ánh giờ thu gom rác của đơn vị vệ sinh môi trường không cố định, nhiều hôm "
                  "gần 22 giờ mới thu gom nên các hộ để rác ra đường từ chiều, gây mất vệ sinh."),
                P("Đ/c Trần Đình Quý cho rằng việc chấp hành quy định về giờ giấc karaoke tại một số hộ chưa nghiêm, "
                  "đề nghị chi bộ nhắc nhở đảng viên gương mẫu trước."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ tiếp thu đầy đủ các ý kiến; tháng tới tập trung lãnh đạo xây "
                  "dựng tuyến phố văn minh đô thị, giữ gìn trật tự lòng đường, vỉa hè và vệ sinh môi trường; kiến nghị "
                  "Đảng ủy, UBND phường chỉ đạo đơn vị thu gom rác thực hiện đúng giờ đã thông báo."),
                P("Chi bộ biểu quyết thông qua kết luận, kết quả 25/25 đồng chí tán thành (đạt 100%)."),
                P("Đề nghị các đồng chí đảng viên gương mẫu chấp hành các quy định về trật tự đô thị, mỗi đảng viên vận "
                  "động ít nhất hai hộ gia đình xung quanh cùng thực hiện, kịp thời phản ánh với chi bộ những vấn đề "
                  "phát sinh ở khu dân cư."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút cùng ngày; biên bản được đọc lại trước chi bộ và được "
                  "nhất trí thông qua.")],
     "truth": {"end_time": "21:30", "conclusion": True,
               "resolutions": [vote(25, None, None, 100, "Thông qua kết luận")],
               "assignments": [],
               "flags": ["missing_assignments"]}},

    # "Các ý kiến …" with nobody named
    {"id": "p-body-08", "kind": "body",
     "context": {"chair": "Mai Văn Khuê", "chair_role": "Phó Bí thư chi bộ", "secretary": "Đỗ Thị Vân Anh",
                 "total": 9, "present": 8},
     "blocks": [H("IV. Ý KIẾN THẢO LUẬN"),
                P("Các ý kiến phát biểu tại hội nghị đều nhất trí cao với dự thảo báo cáo, đồng thời đề nghị bổ sung "
                  "một số nội dung về công tác tiêm chủng mở rộng và việc cập nhật hồ sơ sức khỏe điện tử của người "
                  "dân trên địa bàn."),
                H("V. KẾT LUẬN CỦA CHỦ TRÌ"),
                P("Đồng chí Mai Văn Khuê, Phó Bí thư chi bộ, kết luận: trong thời gian tới, chi bộ lãnh đạo Trạm tập "
                  "trung hoàn thành các chỉ tiêu chuyên môn năm, duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi "
                  "trên 98%, đẩy nhanh tiến độ lập hồ sơ sức khỏe điện tử và chủ động phòng chống dịch bệnh mùa đông "
                  "xuân."),
                P("Kết quả biểu quyết: 08/08 đồng chí có mặt nhất trí, đạt tỷ lệ 100%."),
                H("VI. PHÂN CÔNG"),
                L("1. Đ/c Đỗ Thị Vân Anh phụ trách cập nhật dữ liệu hồ sơ sức khỏe điện tử, bảo đảm đạt 80% số hộ trước "
                  "ngày 31/12."),
                L("2. Đ/c Quách Thị Nga duy trì tiêm chủng mở rộng và theo dõi trẻ chậm tiêm, thực hiện thường xuyên."),
                P("Hội nghị kết thúc lúc 16 giờ 20 phút. Biên bản được đọc lại và thông qua tại hội nghị.")],
     "truth": {"end_time": "16:20", "conclusion": True,
               "resolutions": [vote(8, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Đỗ Thị Vân Anh", "Cập nhật hồ sơ sức khỏe điện tử", "31/12"),
                               task("Quách Thị Nga", "Duy trì tiêm chủng mở rộng", "thường xuyên")],
               "flags": ["no_discussion"]}},

    # the only "vote" is on the minutes themselves
    {"id": "p-body-09", "kind": "body",
     "context": {"chair": "Nguyễn Thế Hiển", "chair_role": "Bí thư chi bộ", "secretary": "Lê Thu Trang",
                 "total": 15, "present": 15},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Phó Chánh Văn phòng Hoàng Thị Hải Vân phát biểu: khối lượng hồ sơ lưu trữ của cơ quan từ "
                  "năm 2010 đến nay rất lớn, nhiều tài liệu giấy đã xuống cấp; đề xuất chi bộ lãnh đạo xây dựng kế "
                  "hoạch số hóa theo lộ trình, ưu tiên hồ sơ đất đai và hồ sơ cán bộ."),
                P("Đ/c Kim Văn Tú nêu: tỷ lệ hồ sơ tiếp nhận trực tuyến toàn trình tại bộ phận một cửa mới đạt 46%, "
                  "thấp hơn chỉ tiêu thành phố giao, một phần do người dân chưa quen thao tác trên cổng dịch vụ công."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: chi bộ thống nhất lấy cải cách hành chính và chuyển đổi số làm khâu đột "
                  "phá trong quý II; mỗi phòng chuyên môn rà soát lại quy trình, cắt giảm thời gian giải quyết hồ sơ; "
                  "tăng cường hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại bộ phận một cửa."),
                P("Giao đồng chí Hoàng Thị Hải Vân chủ trì xây dựng kế hoạch số hóa hồ sơ lưu trữ giai đoạn 2025 – "
                  "2026, trình lãnh đạo cơ quan trước ngày 15/4/2025."),
                P("Đồng chí Kim Văn Tú phụ trách rà soát quy trình tiếp nhận hồ sơ trực tuyến, hoàn thành trong tháng "
                  "4."),
                P("Cuộc họp kết thúc lúc 16 giờ 45 phút. Thư ký đọc lại biên bản; 15/15 đảng viên có mặt nhất trí thông "
                  "qua biên bản, đạt 100%.")],
     "truth": {"end_time": "16:45", "conclusion": True,
               "resolutions": [],
               "assignments": [task("Hoàng Thị Hải Vân", "Kế hoạch số hóa hồ sơ lưu trữ", "15/4/2025"),
                               task("Kim Văn Tú", "Rà soát quy trình tiếp nhận hồ sơ trực tuyến", "tháng 4")],
               "flags": ["missing_vote"]}},

    # a task over two sentences, its deadline in the second
    {"id": "p-body-10", "kind": "body",
     "context": {"chair": "Lê Văn Bính", "chair_role": "Bí thư chi bộ", "secretary": "Phạm Thị Huê",
                 "total": 22, "present": 21},
     "blocks": [H("IV. CHI BỘ THẢO LUẬN"),
                P("Đồng chí Nguyễn Văn Chuyên, Chi hội trưởng Chi hội Nông dân, phát biểu: qua nắm tình hình, năm nay "
                  "có 03 hộ có khả năng thoát nghèo nhờ nuôi lợn an toàn sinh học, nhưng cũng có 02 hộ mới phát sinh "
                  "khó khăn do có người ốm đau dài ngày; đề nghị việc rà soát phải công khai, đúng đối tượng, tránh "
                  "tình trạng nể nang."),
                P("Đồng chí Vũ Thị Nhài đề nghị chi bộ quan tâm đôn đốc các hộ nộp quỹ phòng chống thiên tai, hiện mới "
                  "thu được hơn một nửa."),
                H("V. KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ"),
                P("Chi bộ thống nhất đánh giá kết quả như báo cáo; nhiệm vụ trọng tâm tháng tới là tổ chức rà soát hộ "
                  "nghèo, hộ cận nghèo khách quan, đúng quy trình; hoàn thành thu các loại quỹ; chỉ đạo các hộ gieo "
                  "trồng cây vụ đông đúng khung thời vụ và chuẩn bị tốt cho đợt kiểm điểm cuối năm."),
                P("Chi bộ biểu quyết: 20/21 đồng chí tán thành, 01 đồng chí không tán thành, đạt 95,2%."),
                H("VI. GIAO NHIỆM VỤ"),
                P("Giao đồng chí Nguyễn Văn Chuyên cùng Ban rà soát của thôn tiến hành rà soát hộ nghèo, hộ cận nghèo "
                  "theo đúng quy trình, có sự tham gia của đại diện các xóm. Việc rà soát phải xong chậm nhất ngày "
                  "15/11/2025 để kịp báo cáo UBND xã."),
                P("Đồng chí Vũ Thị Nhài được giao đôn đốc các hộ nộp quỹ phòng chống thiên tai, xong trước ngày "
                  "30/11/2025."),
                P("Buổi sinh hoạt kết thúc lúc 20 giờ 50 phút. Biên bản được thông qua sau khi thư ký đọc lại, không có "
                  "ý kiến bổ sung.")],
     "truth": {"end_time": "20:50", "conclusion": True,
               "resolutions": [vote(20, 1, None, 95.2, "Thông qua kết luận")],
               "assignments": [task("Nguyễn Văn Chuyên", "Rà soát hộ nghèo, cận nghèo", "15/11/2025"),
                               task("Vũ Thị Nhài", "Đôn đốc nộp quỹ phòng chống thiên tai", "30/11/2025")],
               "flags": []}},

    # admitting a member and the conclusion: two votes
    {"id": "p-body-11", "kind": "body",
     "context": {"chair": "Phan Đình Thông", "chair_role": "Bí thư chi bộ", "secretary": "Đặng Thị Hảo",
                 "total": 10, "present": 10},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Phan Thị Thùy Dung (dược sĩ) cho biết cơ số thuốc bảo hiểm y tế cấp về Trạm trong quý còn "
                  "thiếu một số loại thuốc điều trị tăng huyết áp, đề nghị chi bộ kiến nghị Trung tâm Y tế huyện bổ "
                  "sung kịp thời."),
                P("Đ/c Vũ Đình Lâm đề nghị Trạm tăng cường khám sàng lọc đái tháo đường cho người trên 40 tuổi tại các "
                  "thôn xa, kết hợp truyền thông về chế độ ăn uống hợp lý."),
                H("V. XEM XÉT KẾT NẠP ĐẢNG VIÊN"),
                P("Chi bộ nghe đọc đơn xin vào Đảng, lý lịch, nghị quyết giới thiệu của Chi đoàn và ý kiến nhận xét của "
                  "các đoàn thể đối với quần chúng Lại Thị Thu, y sĩ của Trạm. Kết quả biểu quyết đề nghị kết nạp quần "
                  "chúng Lại Thị Thu vào Đảng: 9/9 đảng viên chính thức tán thành, đạt 100%."),
                H("VI. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: Trạm tiếp tục thực hiện tốt công tác khám chữa bệnh ban đầu, quản lý bệnh "
                  "không lây nhiễm, chủ động dự trù thuốc thiết yếu; chi bộ hoàn thiện thủ tục đề nghị kết nạp đảng "
                  "viên theo quy định. Chi bộ giơ tay biểu quyết, 100% đảng viên có mặt nhất trí với kết luận."),
                P("Giao Chi ủy hoàn thiện hồ sơ kết nạp đảng viên, trình Đảng ủy xã trước ngày 30/8."),
                P("Đồng chí Phan Thị Thùy Dung chịu trách nhiệm lập dự trù bổ sung thuốc điều trị tăng huyết áp, gửi "
                  "Trung tâm Y tế huyện trong tuần này."),
                P("Biên bản kết thúc vào hồi 11 giờ 30 cùng ngày, đã đọc lại cho chi bộ nghe và được nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "11:30", "conclusion": True,
               "resolutions": [vote(9, None, None, 100, "Đề nghị kết nạp quần chúng Lại Thị Thu vào Đảng"),
                               vote(None, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Chi ủy", "Hoàn thiện hồ sơ kết nạp đảng viên", "30/8"),
                               task("Phan Thị Thùy Dung", "Lập dự trù bổ sung thuốc tăng huyết áp", "tuần này")],
               "flags": []}},

    # a conclusion that says nothing; nobody named in the discussion
    {"id": "p-body-12", "kind": "body",
     "context": {"chair": "Lại Văn Tuyên", "chair_role": "Bí thư chi bộ", "secretary": "Khuất Thị Lan",
                 "total": 14, "present": 14},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Các đồng chí đảng viên tham gia ý kiến đều nhất trí với báo cáo của chi ủy; một số ý kiến đề nghị "
                  "thôn quan tâm hơn đến việc sửa chữa hệ thống loa truyền thanh và chỉnh trang nghĩa trang liệt sĩ "
                  "trước ngày 27/7."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: chi bộ nhất trí."),
                P("Biểu quyết thông qua báo cáo: 14/14 đồng chí tán thành."),
                H("VI. PHÂN CÔNG"),
                P("Đ/c Khuất Văn Bằng phụ trách sửa chữa hệ thống loa truyền thanh của thôn, hoàn thành trong tháng 7."),
                P("Chi đoàn thanh niên thôn ra quân dọn vệ sinh, chỉnh trang nghĩa trang liệt sĩ trước ngày 25/7."),
                P("Buổi sinh hoạt kết thúc hồi 21 giờ. Biên bản được đọc lại và thông qua.")],
     "truth": {"end_time": "21:00", "conclusion": False,
               "resolutions": [vote(14, None, None, None, "Thông qua báo cáo")],
               "assignments": [task("Khuất Văn Bằng", "Sửa chữa loa truyền thanh", "tháng 7"),
                               task("Chi đoàn thanh niên thôn", "Chỉnh trang nghĩa trang liệt sĩ", "25/7")],
               "flags": ["missing_conclusion", "no_discussion"]}},

    # two people share a task; a role only; a partner after "phối hợp với"
    {"id": "p-body-13", "kind": "body",
     "context": {"chair": "Đồng Văn Thức", "chair_role": "Bí thư chi bộ", "secretary": "Nguyễn Thị Hải",
                 "total": 25, "present": 24},
     "blocks": [H("IV. Ý KIẾN ĐẢNG VIÊN"),
                P("Đồng chí Hoàng Văn Giáp đề nghị chi bộ sớm lập danh sách thăm hỏi, tặng quà các gia đình chính "
                  "sách, thương binh, bệnh binh và hộ có hoàn cảnh khó khăn, tránh để sát Tết mới triển khai như năm "
                  "trước."),
                P("Đồng chí Trần Thị Thanh phát biểu: dịp cuối năm thanh niên đi làm ăn xa trở về đông, tình trạng tụ "
                  "tập, đốt pháo nổ có nguy cơ xảy ra; đề nghị Tổ an ninh thôn tăng cường tuần tra, nhất là ở khu vực "
                  "ven đê."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất tập trung lãnh đạo chăm lo Tết cho nhân dân, "
                  "không để hộ nào không có Tết; bảo đảm an ninh trật tự, phòng chống cháy nổ; vận động nhân dân đón "
                  "Tết vui tươi, lành mạnh, tiết kiệm."),
                P("Chi bộ biểu quyết nhất trí 24/24, đạt 100%."),
                H("VI. PHÂN CÔNG THỰC HIỆN"),
                L("1. Đồng chí Hoàng Văn Giáp và đồng chí Trần Thị Thanh trực tiếp đi thăm, tặng quà các gia đình chính "
                  "sách, hộ nghèo trong thôn trước Tết Nguyên đán."),
                L("2. Giao Trưởng thôn phối hợp với Công an xã xây dựng phương án bảo đảm an ninh trật tự, phòng chống "
                  "pháo nổ trong dịp Tết, hoàn thành trước ngày 20 tháng Chạp."),
                L("3. Tổ an ninh thôn tăng cường tuần tra ban đêm, thực hiện thường xuyên."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 20 phút cùng ngày. Biên bản đã được đọc lại, chi bộ nhất trí "
                  "thông qua.")],
     "truth": {"end_time": "21:20", "conclusion": True,
               "resolutions": [vote(24, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Hoàng Văn Giáp", "Thăm, tặng quà gia đình chính sách, hộ nghèo", "Tết Nguyên đán"),
                               task("Trần Thị Thanh", "Thăm, tặng quà gia đình chính sách, hộ nghèo", "Tết Nguyên đán"),
                               task("Trưởng thôn", "Phương án an ninh trật tự dịp Tết", "20 tháng Chạp"),
                               task("Tổ an ninh thôn", "Tuần tra ban đêm", "thường xuyên")],
               "flags": []}},

    # the minutes are filed, never read back
    {"id": "p-body-14", "kind": "body",
     "context": {"chair": "Dương Thị Bích Liên", "chair_role": "Bí thư chi bộ", "secretary": "Tô Hoài Nam",
                 "total": 30, "present": 28},
     "blocks": [H("IV. Thảo luận, đóng góp ý kiến"),
                P("Đ/c Vương Đình Kha (tổ 3) đề nghị UBND phường sớm công khai phương án cải tạo ngõ 61, vì tuyến ngõ đã "
                  "xuống cấp nghiêm trọng, mùa mưa thường xuyên ngập sâu."),
                P("Đ/c Lê Thị Tươi (tổ 1) cho rằng công tác tuyên truyền về phân loại rác tại nguồn còn hình thức, nhiều "
                  "hộ chưa được phát túi đựng rác hữu cơ."),
                P("Đ/c Nguyễn Hồng Sơn đề nghị chi bộ quan tâm hơn đến các đảng viên cao tuổi, thường xuyên thăm hỏi "
                  "những đồng chí ốm đau, neo đơn."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: chi bộ tiếp tục lãnh đạo thực hiện tốt phân loại rác tại nguồn, vận động "
                  "nhân dân đồng thuận với phương án cải tạo ngõ 61 và làm tốt công tác chăm lo đảng viên cao tuổi."),
                P("Chi bộ giơ tay biểu quyết: 28/28 đồng chí có mặt tán thành."),
                P("Đ/c Lê Thị Tươi phụ trách phối hợp với Chi hội Phụ nữ phát túi và hướng dẫn các hộ phân loại rác, "
                  "hoàn thành trước ngày 15/10/2025."),
                P("Giao đ/c Vương Đình Kha tổng hợp ý kiến của các hộ về phương án cải tạo ngõ 61, gửi chi ủy trong tháng "
                  "10."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút. Biên bản được lập thành 02 bản, 01 bản lưu tại chi bộ, "
                  "01 bản gửi Đảng ủy phường.")],
     "truth": {"end_time": "21:15", "conclusion": True,
               "resolutions": [vote(28, None, None, None, "Thông qua kết luận")],
               "assignments": [task("Lê Thị Tươi", "Hướng dẫn các hộ phân loại rác", "15/10/2025"),
                               task("Vương Đình Kha", "Tổng hợp ý kiến về cải tạo ngõ 61", "tháng 10")],
               "flags": ["not_approved"]}},

    # general calls only, and the minutes not read back
    {"id": "p-body-15", "kind": "body",
     "context": {"chair": "Nguyễn Thị Minh Phương", "chair_role": "Bí thư chi bộ", "secretary": "Trần Văn Khôi",
                 "total": 18, "present": 18},
     "blocks": [H("IV. Ý KIẾN THAM GIA"),
                L("- Đ/c Lưu Thị Bích: đề nghị nhà trường bổ sung thiết bị dạy học môn Khoa học tự nhiên theo chương "
                  "trình giáo dục phổ thông mới, hiện phòng thực hành còn thiếu nhiều dụng cụ."),
                L("- Đ/c Giang Văn Toàn: tình trạng học sinh sử dụng điện thoại trong giờ ra chơi có chiều hướng tăng, "
                  "đề nghị có quy định cụ thể và phối hợp với phụ huynh."),
                L("- Đ/c Mai Thị Hương Giang: nhất trí với báo cáo, đề nghị biểu dương tập thể lớp 8A2 đạt nhiều thành "
                  "tích trong phong trào thi đua."),
                H("V. KẾT LUẬN CỦA CHỦ TRÌ"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ đánh giá cao sự cố gắng của tập thể giáo viên trong học kỳ "
                  "I; yêu cầu các đồng chí đảng viên tiếp tục đổi mới phương pháp dạy học, gương mẫu trong giữ gìn kỷ "
                  "cương, nền nếp, quan tâm giáo dục đạo đức, lối sống cho học sinh."),
                P("Chi bộ biểu quyết thông qua kết luận: 18/18 đồng chí tán thành, đạt 100%."),
                P("Cuộc họp kết thúc hồi 17h15.")],
     "truth": {"end_time": "17:15", "conclusion": True,
               "resolutions": [vote(18, None, None, 100, "Thông qua kết luận")],
               "assignments": [],
               "flags": ["missing_assignments", "not_approved"]}},

    {"id": "p-body-16", "kind": "body",
     "context": {"chair": "Hoàng Đức Thắng", "chair_role": "Bí thư chi bộ", "secretary": "Vũ Hải Yến",
                 "total": 13, "present": 13},
     "blocks": [H("IV. Ý KIẾN THAM LUẬN"),
                P("Đồng chí Nguyễn Thị Lương, Phó Chánh Thanh tra, phát biểu: số đơn thư khiếu nại về đất đai tồn đọng "
                  "từ những năm trước vẫn còn 07 vụ việc; đề nghị chi bộ lãnh đạo tập trung giải quyết dứt điểm, không "
                  "để phát sinh điểm nóng."),
                P("Đồng chí Trần Quốc Bảo đề nghị cơ quan rà soát lại việc sử dụng xe công và tiết kiệm điện, nước tại "
                  "trụ sở, đưa nội dung này vào tiêu chí đánh giá cán bộ hằng quý."),
                H("V. KẾT LUẬN"),
                P("Thay mặt chi ủy, đồng chí Hoàng Đức Thắng kết luận: chi bộ thống nhất tập trung lãnh đạo giải quyết "
                  "dứt điểm các vụ việc khiếu nại tồn đọng, thực hành tiết kiệm, chống lãng phí trong cơ quan và chuẩn "
                  "bị tốt nội dung sơ kết 6 tháng."),
                P("Biểu quyết: Tán thành 13/13; không tán thành: 0; không biểu quyết: 0."),
                H("VI. PHÂN CÔNG"),
                L("+ Đồng chí Nguyễn Thị Lương: chủ trì rà soát, tham mưu giải quyết 07 vụ việc khiếu nại tồn đọng, "
                  "xong trong quý III/2025."),
                L("+ Đồng chí Trần Quốc Bảo: xây dựng quy chế sử dụng xe công, điện, nước tại trụ sở, báo cáo tại kỳ họp "
                  "sau."),
                P("Hội nghị kết thúc lúc 11 giờ 40 phút. Biên bản được thư ký đọc lại, các đồng chí dự họp không có ý "
                  "kiến gì thêm và nhất trí thông qua.")],
     "truth": {"end_time": "11:40", "conclusion": True,
               "resolutions": [vote(13, 0, 0, None, "Thông qua kết luận")],
               "assignments": [task("Nguyễn Thị Lương", "Tham mưu giải quyết 07 vụ khiếu nại tồn đọng",
                                    "quý III/2025"),
                               task("Trần Quốc Bảo", "Quy chế sử dụng xe công, điện, nước", "kỳ họp sau")],
               "flags": []}},
]

BODIES += [
    # indirect speech; a numbered conclusion; a role only; "sau vụ mùa"
    {"id": "p-body-17", "kind": "body",
     "context": {"chair": "Phùng Thế Hùng", "chair_role": "Bí thư chi bộ", "secretary": "Lê Thị Tuyết",
                 "total": 28, "present": 26},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Trần Văn Nhân cho rằng giá thu mua gà đồi năm nay giảm mạnh, nhiều hộ nuôi theo kiểu nhỏ lẻ "
                  "bị thương lái ép giá, nên chi bộ cần định hướng bà con liên kết với hợp tác xã, xây dựng tem truy "
                  "xuất nguồn gốc để nâng giá trị sản phẩm. Đồng chí Lưu Thị Chanh thì đề nghị thôn sớm kiện toàn Tổ "
                  "hòa giải, vì thời gian gần đây phát sinh một số vụ tranh chấp ranh giới đất vườn giữa các hộ ở "
                  "xóm Đồi."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì tổng hợp ý kiến và kết luận một số nội dung chính như sau:"),
                L("1. Tiếp tục vận động các hộ chăn nuôi gà đồi theo chuỗi liên kết, xây dựng nhãn hiệu và tem truy xuất "
                  "nguồn gốc, phấn đấu có sản phẩm đạt chuẩn OCOP 3 sao."),
                L("2. Kiện toàn Tổ hòa giải thôn, giải quyết kịp thời các mâu thuẫn, tranh chấp ngay từ cơ sở, không để "
                  "phát sinh đơn thư vượt cấp."),
                L("3. Chuẩn bị các điều kiện tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư."),
                P("Chi bộ biểu quyết thông qua kết luận: 26/26 đồng chí có mặt tán thành (100%)."),
                H("VI. PHÂN CÔNG"),
                P("Giao đồng chí Phó Bí thư chi bộ chỉ đạo kiện toàn Tổ hòa giải thôn, trình danh sách lên Đảng ủy xã "
                  "trước ngày 30/9."),
                P("Ban công tác Mặt trận thôn chịu trách nhiệm xây dựng kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân "
                  "tộc, triển khai sau vụ mùa."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 35 phút. Thư ký đọc lại biên bản, toàn thể đảng viên dự họp nhất "
                  "trí thông qua.")],
     "truth": {"end_time": "21:35", "conclusion": True,
               "resolutions": [vote(26, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Phó Bí thư chi bộ", "Chỉ đạo kiện toàn Tổ hòa giải thôn", "30/9"),
                               task("Ban công tác Mặt trận thôn", "Kế hoạch Ngày hội Đại đoàn kết", "sau vụ mùa")],
               "flags": []}},

    # nothing voted, nothing read back
    {"id": "p-body-18", "kind": "body",
     "context": {"chair": "Ngô Quang Thái", "chair_role": "Bí thư chi bộ", "secretary": "Trịnh Thị Thu",
                 "total": 19, "present": 18},
     "blocks": [H("4. Thảo luận"),
                P("Đ/c Bạch Ngọc Hải (tổ trưởng tổ sửa chữa) phát biểu: máy nghiền xi măng số 2 đã vận hành vượt giờ "
                  "định mức, độ rung tăng, trong khi phụ tùng thay thế nhập khẩu về chậm; đề nghị chi bộ lãnh đạo "
                  "chuẩn bị sớm vật tư để sửa chữa lớn đúng kế hoạch, tránh dừng máy đột xuất."),
                P("Đ/c Hà Thị Nguyệt đề nghị phân xưởng quan tâm hơn đến điều kiện sinh hoạt của công nhân làm ca 3, "
                  "khu nhà tắm đã xuống cấp, mùa đông không có nước nóng."),
                H("5. Kết luận"),
                P("Đồng chí chủ trì Kết luận: chi bộ thống nhất tập trung lãnh đạo phân xưởng hoàn thành kế hoạch bảo "
                  "dưỡng, sửa chữa lớn máy nghiền số 2 bảo đảm chất lượng, an toàn, rút ngắn thời gian dừng máy; chăm "
                  "lo tốt hơn đời sống, điều kiện làm việc của người lao động."),
                P("Giao đ/c Bạch Ngọc Hải lập kế hoạch chi tiết sửa chữa lớn máy nghiền số 2, trình Giám đốc nhà máy "
                  "chậm nhất ngày 08/3."),
                P("Công đoàn bộ phận phân xưởng có trách nhiệm khảo sát, đề xuất phương án cải tạo nhà tắm cho công nhân "
                  "ca 3, trong quý I."),
                P("Cuộc họp kết thúc lúc 10 giờ 30 phút cùng ngày.")],
     "truth": {"end_time": "10:30", "conclusion": True,
               "resolutions": [],
               "assignments": [task("Bạch Ngọc Hải", "Kế hoạch sửa chữa lớn máy nghiền số 2", "08/3"),
                               task("Công đoàn bộ phận phân xưởng", "Phương án cải tạo nhà tắm ca 3", "quý I")],
               "flags": ["missing_vote", "not_approved"]}},

    # the report is presented and "một số ý kiến" follow: no opinion is recorded
    {"id": "p-body-19", "kind": "body",
     "context": {"chair": "Hoàng Thị Lan Hương", "chair_role": "Bí thư chi bộ", "secretary": "Phan Văn Thịnh",
                 "total": 31, "present": 28},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Phó Bí thư chi bộ trình bày dự thảo nghị quyết tháng, trong đó nêu rõ các chỉ tiêu về thu "
                  "quỹ, vệ sinh môi trường và phát triển đảng viên. Một số ý kiến đề nghị bổ sung nội dung tuyên "
                  "truyền phòng chống ma túy trong thanh thiếu niên và việc quản lý người lao động thuê trọ; các ý kiến "
                  "khác cơ bản nhất trí với dự thảo."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: chi bộ tiếp thu các ý kiến, bổ sung vào nghị quyết nhiệm vụ quản lý lao "
                  "động thuê trọ và phòng chống ma túy; yêu cầu các tổ chức đoàn thể bám sát nghị quyết để xây dựng "
                  "chương trình hành động cụ thể."),
                P("Chi bộ biểu quyết thông qua nghị quyết tháng với 28/28 đồng chí tán thành, đạt 100%."),
                H("VI. TỔ CHỨC THỰC HIỆN"),
                P("Đồng chí Chu Minh Đức, Tổ trưởng tổ dân phố, phụ trách phối hợp với Công an khu vực rà soát, lập danh "
                  "sách người lao động thuê trọ, hoàn thành trong tháng 3."),
                P("Chi đoàn thanh niên khu dân cư tổ chức buổi tuyên truyền phòng chống ma túy cho thanh thiếu niên, xong "
                  "trước ngày 26/3."),
                P("Buổi sinh hoạt kết thúc lúc 20 giờ 55 phút. Biên bản được thư ký đọc lại và chi bộ nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "20:55", "conclusion": True,
               "resolutions": [vote(28, None, None, 100, "Thông qua nghị quyết tháng")],
               "assignments": [task("Chu Minh Đức", "Rà soát, lập danh sách người lao động thuê trọ", "tháng 3"),
                               task("Chi đoàn thanh niên khu dân cư", "Tuyên truyền phòng chống ma túy", "26/3")],
               "flags": ["no_discussion"]}},

    # "thảo luận, thống nhất với báo cáo" is no conclusion
    {"id": "p-body-20", "kind": "body",
     "context": {"chair": "Trần Hữu Phước", "chair_role": "Bí thư chi bộ", "secretary": "Nông Văn Sơn",
                 "total": 17, "present": 17},
     "blocks": [H("IV. Thảo Luận"),
                P("Đồng chí Đội phó Lê Khắc Duy phát biểu: hệ thống camera giám sát khu vực cầu tàu số 6 còn một số điểm "
                  "mù, ban đêm hình ảnh không rõ, khó phát hiện người lạ xâm nhập; đề nghị sớm bổ sung camera hồng "
                  "ngoại."),
                P("Đồng chí Phùng Văn Tuấn đề nghị siết chặt việc kiểm soát người ra vào cảng bằng thẻ từ, có tình "
                  "trạng lái xe cho mượn thẻ để người khác vào bãi."),
                P("Sau khi nghe báo cáo và các ý kiến tham gia, chi bộ thảo luận, thống nhất với báo cáo đánh giá tình "
                  "hình và phương hướng nhiệm vụ tháng tới do đồng chí Bí thư chi bộ trình bày."),
                P("Chi bộ biểu quyết thông qua báo cáo: 17/17 đồng chí tán thành (100%)."),
                H("V. PHÂN CÔNG"),
                P("Giao đồng chí Lê Khắc Duy phối hợp với phòng Công nghệ thông tin khắc phục điểm mù camera tại cầu tàu "
                  "số 6, xong trước ngày 15/7."),
                P("Đồng chí Phùng Văn Tuấn được phân công kiểm tra việc cấp, thu hồi thẻ ra vào cảng, báo cáo Đội "
                  "trưởng hằng tuần."),
                P("Buổi sinh hoạt kết thúc lúc 17 giờ 30 phút. Biên bản đã được đọc lại và được chi bộ nhất trí thông "
                  "qua.")],
     "truth": {"end_time": "17:30", "conclusion": False,
               "resolutions": [vote(17, None, None, 100, "Thông qua báo cáo")],
               "assignments": [task("Lê Khắc Duy", "Khắc phục điểm mù camera cầu tàu số 6", "15/7"),
                               task("Phùng Văn Tuấn", "Kiểm tra cấp, thu hồi thẻ ra vào cảng", "hằng tuần")],
               "flags": ["missing_conclusion"]}},

    # question and answer; ranks in front of the assignees
    {"id": "p-body-21", "kind": "body",
     "context": {"chair": "Trần Mạnh Hùng", "chair_role": "Bí thư chi bộ", "secretary": "Hà Thị Ngọc",
                 "total": 11, "present": 11},
     "blocks": [H("IV. TRAO ĐỔI, THẢO LUẬN"),
                P("Đồng chí Thượng úy Vũ Văn Khoa hỏi: việc thu thập, cập nhật dữ liệu dân cư cho các hộ mới chuyển đến "
                  "khu tái định cư có thể thực hiện lưu động tại nhà văn hóa thôn được không? Đồng chí Trưởng Công an "
                  "xã trả lời: Công an xã sẽ bố trí tổ công tác lưu động vào thứ Bảy, Chủ nhật để tạo thuận lợi cho "
                  "người dân."),
                P("Đồng chí Trung úy Đinh Thị Mơ đề nghị tăng cường tuyên truyền về thủ đoạn lừa đảo qua mạng, vì trên "
                  "địa bàn đã có 03 người bị chiếm đoạt tài sản với tổng số tiền gần 400 triệu đồng."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất tập trung hoàn thành việc cập nhật dữ liệu dân cư "
                  "tại khu tái định cư, đẩy mạnh tuyên truyền phòng ngừa tội phạm lừa đảo công nghệ cao, giữ vững an "
                  "ninh trật tự trước, trong và sau Tết."),
                P("Biểu quyết: 11/11 đồng chí tán thành; không tán thành: 0; ý kiến khác: 0."),
                H("VI. PHÂN CÔNG"),
                P("Giao đồng chí Thượng úy Vũ Văn Khoa chủ trì tổ công tác lưu động cập nhật dữ liệu dân cư tại khu tái "
                  "định cư, hoàn thành trước ngày 15/01/2026."),
                P("Đồng chí Trung úy Đinh Thị Mơ phụ trách tuyên truyền phòng chống lừa đảo qua mạng trên hệ thống loa "
                  "truyền thanh các thôn, trong quý I/2026."),
                P("Buổi sinh hoạt kết thúc lúc 17 giờ 00 phút. Biên bản đã được đọc lại và thông qua.")],
     "truth": {"end_time": "17:00", "conclusion": True,
               "resolutions": [vote(11, 0, 0, None, "Thông qua kết luận")],
               "assignments": [task("Vũ Văn Khoa", "Cập nhật dữ liệu dân cư tại khu tái định cư", "15/01/2026"),
                               task("Đinh Thị Mơ", "Tuyên truyền phòng chống lừa đảo qua mạng", "quý I/2026")],
               "flags": []}},

    # tasks inside the conclusion; the minutes are not read back
    {"id": "p-body-22", "kind": "body",
     "context": {"chair": "Phạm Minh Quân", "chair_role": "Bí thư chi bộ", "secretary": "Trần Thị Ngọc Ánh",
                 "total": 26, "present": 24},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đ/c Lý Thị Hồng (tổ 7) phát biểu: hè năm nay trẻ em trong khu dân cư thường ra chơi gần hồ điều hòa, "
                  "bờ hồ chưa có rào chắn, có đoạn  sâu trên 2 mét, rất nguy hiểm; đề nghị chi bộ quan tâm."),
                P("Đ/c Khúc Thành Long đề nghị phối hợp với nhà văn hóa mở lớp dạy bơi và kỹ năng phòng tránh đuối nước "
                  "cho thiếu nhi trong dịp hè."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: chi bộ thống nhất trong tháng tập trung bảo đảm an toàn cho trẻ em dịp hè; "
                  "giao đồng chí Lý Thị Hồng phối hợp với Ban quản lý hồ lắp biển cảnh báo và rào chắn quanh hồ điều "
                  "hòa, xong trước ngày 10/6; đồng chí Khúc Thành Long phụ trách mở lớp dạy bơi miễn phí cho thiếu "
                  "nhi trong tháng 6."),
                P("Chi bộ biểu quyết thông qua kết luận, 24/24 đồng chí nhất trí."),
                P("Cuộc họp kết thúc hồi 10h30.")],
     "truth": {"end_time": "10:30", "conclusion": True,
               "resolutions": [vote(24, None, None, None, "Thông qua kết luận")],
               "assignments": [task("Lý Thị Hồng", "Lắp biển cảnh báo, rào chắn quanh hồ điều hòa", "10/6"),
                               task("Khúc Thành Long", "Mở lớp dạy bơi miễn phí cho thiếu nhi", "tháng 6")],
               "flags": ["not_approved"]}},

    # recognising a full member and the conclusion; a numbered conclusion with tasks in it
    {"id": "p-body-23", "kind": "body",
     "context": {"chair": "Bùi Thị Hồng Hạnh", "chair_role": "Bí thư chi bộ", "secretary": "Lương Tuấn Anh",
                 "total": 24, "present": 23},
     "blocks": [H("IV. THẢO LUẬN"),
                L("Đ/c Nguyễn Văn Hải Đăng: kết quả thi thử vào lớp 10 lần 1 môn Toán có 27% học sinh dưới 5 điểm, tập "
                  "trung ở hai lớp 9A3, 9A4; đề nghị tăng thêm buổi ôn tập chiều thứ Tư."),
                L("Đ/c Trịnh Thị Hoài: nhất trí với báo cáo; đề nghị nhà trường sớm tổ chức hội nghị cha mẹ học sinh "
                  "khối 9 để thống nhất kế hoạch ôn thi."),
                H("V. XÉT CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC"),
                P("Chi bộ nghe đồng chí Vũ Thị Thanh Loan báo cáo kiểm điểm quá trình rèn luyện trong thời gian dự bị, "
                  "nghe ý kiến của đảng viên giúp đỡ và nhận xét của Công đoàn, Chi đoàn nhà trường. Chi bộ tiến hành "
                  "biểu quyết bằng hình thức giơ tay: 22/22 đảng viên chính thức có mặt nhất trí đề nghị công nhận "
                  "đồng chí Vũ Thị Thanh Loan là đảng viên chính thức."),
                H("VI. KẾT LUẬN"),
                P("Đồng chí Bí thư chi bộ kết luận:"),
                L("1. Tập trung nâng cao chất lượng ôn thi vào lớp 10, phấn đấu tỷ lệ đỗ vào trường công lập cao hơn "
                  "năm học trước."),
                L("2. Tổ chuyên môn Toán – Tin chịu trách nhiệm xây dựng bộ đề ôn thi vào lớp 10, xong trong tháng 3."),
                L("3. Đồng chí Trịnh Thị Hoài phụ trách chuẩn bị hội nghị cha mẹ học sinh khối 9, tổ chức trước ngày "
                  "20/3."),
                P("Chi bộ giơ tay biểu quyết thông qua kết luận, 100% đảng viên có mặt nhất trí."),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 50 phút. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "16:50", "conclusion": True,
               "resolutions": [vote(22, None, None, None, "Đề nghị công nhận đảng viên chính thức Vũ Thị Thanh Loan"),
                               vote(None, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Tổ chuyên môn Toán – Tin", "Xây dựng bộ đề ôn thi vào lớp 10", "tháng 3"),
                               task("Trịnh Thị Hoài", "Chuẩn bị hội nghị cha mẹ học sinh khối 9", "20/3")],
               "flags": []}},

    # a task told over two sentences
    {"id": "p-body-24", "kind": "body",
     "context": {"chair": "Hoàng Văn Thiêm", "chair_role": "Bí thư chi bộ", "secretary": "Nông Thị Hà",
                 "total": 21, "present": 20},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đ/c Lục Thị Phấn (tổ 2) đề nghị rà soát các hộ cho người nước ngoài thuê nhà nhưng chưa khai báo tạm "
                  "trú, vì thời gian qua lượng thương nhân qua lại cửa khẩu tăng nhanh."),
                P("Đ/c Lê Văn Thụ, Chi hội trưởng Chi hội Cựu chiến binh, phát biểu: hội viên cựu chiến binh sẵn sàng "
                  "tham gia tổ tự quản đường biên, mốc giới, đề nghị chi bộ chỉ đạo để phong trào đi vào nền nếp."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: chi bộ thống nhất tăng cường quản lý cư trú, nhất là người nước ngoài lưu "
                  "trú tại khu phố; phát huy vai trò của cựu chiến binh trong tự quản đường biên, mốc giới; giữ vững "
                  "an ninh trật tự trên địa bàn."),
                P("Chi bộ biểu quyết: 20/20 đồng chí tán thành, đạt 100%."),
                H("VI. PHÂN CÔNG"),
                P("Đ/c Lục Thị Phấn chịu trách nhiệm phối hợp với Công an phường rà soát các hộ cho người nước ngoài "
                  "thuê nhà trên địa bàn khu phố, hướng dẫn khai báo tạm trú đúng quy định. Yêu cầu hoàn thành trước "
                  "ngày 10/6 để báo cáo Đảng ủy phường."),
                P("Chi hội Cựu chiến binh khu phố vận động hội viên tham gia tổ tự quản đường biên, mốc giới, trong tháng "
                  "6."),
                P("Buổi sinh hoạt kết thúc lúc 21h00'. Biên bản được đọc lại, các đồng chí nhất trí thông qua.")],
     "truth": {"end_time": "21:00", "conclusion": True,
               "resolutions": [vote(20, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Lục Thị Phấn", "Rà soát hộ cho người nước ngoài thuê nhà", "10/6"),
                               task("Chi hội Cựu chiến binh khu phố", "Vận động tham gia tổ tự quản đường biên",
                                    "tháng 6")],
               "flags": []}},

    # a ruled task table, deadline column first
    {"id": "p-body-25", "kind": "body",
     "context": {"chair": "Lê Quang Trung", "chair_role": "Bí thư chi bộ", "secretary": "Đoàn Thị Ngọc Bích",
                 "total": 16, "present": 15},
     "blocks": [H("IV. THẢO LUẬN"),
                L("Đ/c Lê Văn Hiếu: kỳ đánh giá lại chứng chỉ ISO 9001:2015 sắp tới, hồ sơ của phân xưởng còn thiếu một "
                  "số biểu mẫu kiểm soát chất lượng đầu vào; đề nghị các tổ bổ sung sớm."),
                L("Đ/c Trần Thị Nga: công nhân mới tuyển chưa nắm vững nội quy an toàn khi vận hành máy đột dập, trong "
                  "tháng đã xảy ra 01 vụ kẹt tay nhẹ."),
                L("Đ/c Đinh Văn Tuân: khuôn dập của máy số 5 và số 7 đã mòn, ảnh hưởng đến chất lượng sản phẩm, đề nghị "
                  "có kế hoạch thay thế."),
                H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
                P("Chi bộ thống nhất tập trung hoàn thiện hồ sơ đánh giá lại chứng chỉ ISO, bảo dưỡng thiết bị và siết "
                  "chặt kỷ luật an toàn lao động, nhất là đối với công nhân mới tuyển; phấn đấu không để xảy ra tai nạn "
                  "lao động trong quý."),
                P("Số đảng viên tán thành: 15/15 (100%); không tán thành: không."),
                H("VI. PHÂN CÔNG THỰC HIỆN"),
                T([(0.2, "Thời hạn", "c"), (0.5, "Nội dung công việc", "l"), (0.3, "Người phụ trách", "l")],
                  [["20/7/2025", "Hoàn thiện hồ sơ đánh giá lại chứng chỉ ISO 9001:2015", "Đ/c Lê Văn Hiếu"],
                   ["Tháng 8/2025", "Bảo dưỡng máy đột dập, thay thế khuôn máy số 5 và số 7", "Tổ sản xuất số 3"],
                   ["Thường xuyên", "Kèm cặp, nhắc nhở công nhân mới chấp hành nội quy an toàn", "Đ/c Trần Thị Nga"]]),
                P("Họp xong 20h. Biên bản đã được đọc lại, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "20:00", "conclusion": True,
               "resolutions": [vote(15, 0, None, 100, "Thông qua kết luận")],
               "assignments": [task("Lê Văn Hiếu", "Hồ sơ đánh giá lại chứng chỉ ISO", "20/7/2025"),
                               task("Tổ sản xuất số 3", "Bảo dưỡng máy đột dập, thay khuôn", "Tháng 8/2025"),
                               task("Trần Thị Nga", "Nhắc nhở công nhân mới chấp hành nội quy an toàn",
                                    "Thường xuyên")],
               "flags": []}},

    # nobody speaks
    {"id": "p-body-26", "kind": "body",
     "context": {"chair": "Nguyễn Văn Dậu", "chair_role": "Bí thư chi bộ", "secretary": "Bùi Thị Gái",
                 "total": 13, "present": 12},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Chi bộ không có ý kiến tham gia thêm vào báo cáo."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Nguyễn Văn Dậu kết luận: chi bộ tập trung lãnh đạo hoàn thành việc dồn điền đổi thửa ở cánh "
                  "đồng Mả Ngòi, giao ruộng cho các hộ kịp gieo cấy vụ xuân; tu sửa hệ thống kênh mương nội đồng; vận "
                  "động các hộ chăn nuôi tiêm phòng đầy đủ cho đàn gia súc, gia cầm."),
                P("Biểu quyết: 12/12 đc tán thành, đạt 100%."),
                H("VI. PHÂN CÔNG"),
                P("Giao đ/c Đặng Văn Tụ hoàn thành việc đo đạc, cắm mốc giao ruộng cho các hộ ở cánh đồng Mả Ngòi trước "
                  "ngày 30/01."),
                P("Tổ thủy nông thôn chịu trách nhiệm nạo vét kênh mương nội đồng trước vụ xuân."),
                P("Buổi sinh hoạt kết thúc lúc 20 giờ 40 phút. Biên bản được đọc lại và được chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "20:40", "conclusion": True,
               "resolutions": [vote(12, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Đặng Văn Tụ", "Đo đạc, cắm mốc giao ruộng cánh đồng Mả Ngòi", "30/01"),
                               task("Tổ thủy nông thôn", "Nạo vét kênh mương nội đồng", "vụ xuân")],
               "flags": ["no_discussion"]}},

    {"id": "p-body-27", "kind": "body",
     "context": {"chair": "Đinh Công Tráng", "chair_role": "Bí thư chi bộ", "secretary": "Mai Thị Thúy",
                 "total": 12, "present": 11},
     "blocks": [H("IV. Ý KIẾN THẢO LUẬN"),
                P("Đồng chí Ngô Thị Thu Huyền phát biểu về tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu, cho "
                  "biết còn 112 hồ sơ tồn đọng do vướng nguồn gốc đất; đồng chí Phạm Văn Lâm bổ sung: nhiều hồ sơ chậm "
                  "vì phải chờ ý kiến của các xã, đề nghị lãnh đạo phòng có văn bản đôn đốc."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì tóm tắt ý kiến và kết luận: chi bộ thống nhất lãnh đạo tập trung xử lý dứt điểm hồ "
                  "sơ cấp giấy chứng nhận tồn đọng, công khai tiến độ giải quyết tới từng xã, không để người dân phải "
                  "đi lại nhiều lần."),
                P("Kết quả biểu quyết: 11/11 đồng chí tán thành, không có đồng chí nào không tán thành."),
                H("VI. PHÂN CÔNG"),
                P("Đồng chí Ngô Thị Thu Huyền chịu trách nhiệm phân loại 112 hồ sơ tồn đọng theo từng nguyên nhân, báo "
                  "cáo lãnh đạo phòng trước ngày 20/10."),
                P("Việc soạn thảo văn bản đôn đốc các xã được giao cho đồng chí Phạm Văn Lâm, hoàn thành ngay sau cuộc "
                  "họp."),
                P("Hội nghị kết thúc vào 17 giờ 10 phút cùng ngày. Biên bản được đọc lại trước hội nghị, các đồng chí dự "
                  "họp nhất trí thông qua.")],
     "truth": {"end_time": "17:10", "conclusion": True,
               "resolutions": [vote(11, 0, None, None, "Thông qua kết luận")],
               "assignments": [task("Ngô Thị Thu Huyền", "Phân loại 112 hồ sơ tồn đọng", "20/10"),
                               task("Phạm Văn Lâm", "Soạn văn bản đôn đốc các xã", "ngay sau cuộc họp")],
               "flags": []}},

    # a member is admitted, but there is no conclusion and nobody is given a task
    {"id": "p-body-28", "kind": "body",
     "context": {"chair": "Lê Thị Ngát", "chair_role": "Bí thư chi bộ", "secretary": "Phạm Văn Chiến",
                 "total": 23, "present": 22},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đồng chí Hoàng Văn Kỷ phát biểu: taluy dương phía sau dãy nhà tổ 4 đã có vết nứt sau đợt mưa vừa qua, "
                  "nguy cơ sạt lở cao, đề nghị phường khảo sát và có phương án di dời tạm thời các hộ khi có bão."),
                P("Đồng chí Cao Thị Huế đề nghị chi bộ tổ chức thăm hỏi các hộ bị tốc mái trong cơn bão số 3 vừa qua."),
                H("V. XÉT KẾT NẠP ĐẢNG VIÊN"),
                P("Chi bộ xem xét hồ sơ đề nghị kết nạp quần chúng Vy Văn Tùng, đoàn viên Chi đoàn khu phố. Kết quả: "
                  "21/21 đảng viên chính thức có mặt tán thành (100%)."),
                P("Đề nghị các đồng chí đảng viên tiếp tục nêu cao tinh thần trách nhiệm, chủ động phòng chống mưa bão, "
                  "sạt lở đất, giúp đỡ các hộ bị thiệt hại ổn định cuộc sống."),
                P("Cuộc họp kết thúc hồi 21 giờ 10 phút. Biên bản đã được đọc lại và thông qua.")],
     "truth": {"end_time": "21:10", "conclusion": False,
               "resolutions": [vote(21, None, None, 100, "Đề nghị kết nạp quần chúng Vy Văn Tùng vào Đảng")],
               "assignments": [],
               "flags": ["missing_conclusion", "missing_assignments"]}},

    {"id": "p-body-29", "kind": "body",
     "context": {"chair": "Nguyễn Văn Khiển", "chair_role": "Bí thư chi bộ", "secretary": "Đỗ Thị Thắm",
                 "total": 15, "present": 15},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Đ/c Phạm Văn Hưu (tổ 3) đề nghị thôn sớm họp dân bàn phương án đóng góp làm đường trục xóm Trại, để "
                  "kịp thi công trước mùa mưa."),
                P("Đ/c Nguyễn Thị Dịu (tổ 1) cho rằng giá phân bón tăng cao, nhiều hộ bỏ ruộng, đề nghị Chi hội Nông "
                  "dân đứng ra liên hệ mua phân bón trả chậm cho hội viên."),
                H("KẾT LUẬN CỦA CHI BỘ"),
                P("Sau khi nghe các ý kiến, đồng chi chủ trì kết luận: chi bộ thống nhất tổ chức họp dân bàn phương án "
                  "làm đường trục xóm Trại theo phương châm “Nhà nước và nhân dân cùng làm”; hỗ trợ hội viên nông dân "
                  "tiếp cận vật tư nông nghiệp giá hợp lý, hạn chế tình trạng bỏ ruộng."),
                P("15/15 đồng chí tán thành (100%)."),
                P("Giao Chi hội Nông dân thôn liên hệ đơn vị cung ứng phân bón trả chậm cho hội viên trước Tết."),
                P("Đ/c Phạm Văn Hưu phụ trách chuẩn bị nội dung họp dân về làm đường trục xóm Trại, hoàn thành trong "
                  "tháng 1/2026."),
                P("Buổi họp kết thúc vào lúc 20 giờ 45. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "20:45", "conclusion": True,
               "resolutions": [vote(15, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Chi hội Nông dân thôn", "Liên hệ mua phân bón trả chậm cho hội viên", "Tết"),
                               task("Phạm Văn Hưu", "Chuẩn bị nội dung họp dân làm đường xóm Trại", "tháng 1/2026")],
               "flags": []}},

    # a one-sentence conclusion
    {"id": "p-body-30", "kind": "body",
     "context": {"chair": "Trịnh Văn Phú", "chair_role": "Bí thư chi bộ", "secretary": "Lê Thị Hoa Mai",
                 "total": 7, "present": 7},
     "blocks": [H("IV. THẢO LUẬN"),
                P("Y sĩ Trần Thị Kiều phát biểu: đợt uống vitamin A tháng 6 trùng thời gian nghỉ hè nên nhiều trẻ theo "
                  "bố mẹ về quê, đề nghị Trạm phối hợp với y tế thôn đến tận hộ gia đình để uống bổ sung."),
                P("Hộ sinh Ngô Thị Hiền đề nghị tăng cường quản lý thai sản đối với phụ nữ làm việc trong khu công "
                  "nghiệp, nhiều người khám thai muộn, không đủ số lần theo khuyến cáo."),
                P("Kết thúc phần thảo luận, đồng chí chủ trì kết luận chi bộ lãnh đạo Trạm hoàn thành chiến dịch bổ "
                  "sung vitamin A, nâng tỷ lệ phụ nữ có thai được khám đủ 4 lần và duy trì tốt các chương trình y tế "
                  "quốc gia trên địa bàn."),
                P("Chi bộ biểu quyết nhất trí 100%."),
                P("Đồng chí Trần Thị Kiều phụ trách chiến dịch uống vitamin A cho trẻ từ 6 đến 60 tháng tuổi, hoàn "
                  "thành trong tháng 6."),
                P("Đồng chí Ngô Thị Hiền theo dõi, quản lý thai sản cho phụ nữ làm việc tại khu công nghiệp, thực hiện "
                  "thường xuyên."),
                P("Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút; biên bản đã được đọc lại, các đồng chí dự họp nhất trí "
                  "thông qua.")],
     "truth": {"end_time": "16:30", "conclusion": True,
               "resolutions": [vote(None, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Trần Thị Kiều", "Chiến dịch uống vitamin A", "tháng 6"),
                               task("Ngô Thị Hiền", "Quản lý thai sản phụ nữ khu công nghiệp", "thường xuyên")],
               "flags": []}},

    {"id": "p-body-31", "kind": "body",
     "context": {"chair": "Lê Đình Khoát", "chair_role": "Bí thư chi bộ", "secretary": "Vũ Thị Thanh Hương",
                 "total": 23, "present": 21},
     "blocks": [H("IV. THẢO LUẬN"),
                L("Ý kiến của đ/c Tô Thị Hằng: khu vực giáp moong than cũ phía bắc khu phố có 06 hộ nằm trong vùng nguy "
                  "cơ sạt lở, đề nghị phường sớm có phương án di dời lâu dài."),
                L("Ý kiến của đ/c Nông Văn Khẩn: đề nghị chi bộ chỉ đạo chuẩn bị chu đáo Ngày hội Đại đoàn kết toàn dân "
                  "tộc năm nay, chú trọng phần thi đấu thể thao cho thanh niên công nhân mỏ."),
                H("V. KẾT LUẬN"),
                P("Đồng chí Lê Đình Khoát thay mặt chi ủy kết luận: chi bộ thống nhất theo dõi chặt chẽ các hộ trong "
                  "vùng nguy cơ sạt lở, sẵn sàng phương án sơ tán khi có mưa lớn; tổ chức Ngày hội Đại đoàn kết toàn "
                  "dân tộc thiết thực, tiết kiệm, gắn với biểu dương các gia đình văn hóa tiêu biểu."),
                P("Chi bộ biểu quyết nhất trí 100% (21/21 đồng chí)."),
                H("VI. PHÂN CÔNG"),
                P("Ban công tác Mặt trận khu phối hợp với Chi hội Phụ nữ xây dựng kế hoạch tổ chức Ngày hội Đại đoàn kết "
                  "toàn dân tộc, chậm nhất ngày 08/11 trình chi ủy."),
                P("Đồng chí Nông Văn Khẩn chịu trách nhiệm lập danh sách, theo dõi 06 hộ trong vùng nguy cơ sạt lở và "
                  "kịp thời báo cáo chi ủy."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 25 phút. Biên bản được đọc lại, thông qua trước chi bộ, các đồng chí "
                  "nhất trí.")],
     "truth": {"end_time": "21:25", "conclusion": True,
               "resolutions": [vote(21, None, None, 100, "Thông qua kết luận")],
               "assignments": [task("Ban công tác Mặt trận khu", "Kế hoạch Ngày hội Đại đoàn kết toàn dân tộc", "08/11"),
                               task("Nông Văn Khẩn", "Theo dõi 06 hộ trong vùng nguy cơ sạt lở", None)],
               "flags": []}},

    # a vote in words with one against
    {"id": "p-body-32", "kind": "body",
     "context": {"chair": "Vũ Trọng Nghị", "chair_role": "Bí thư chi bộ", "secretary": "Tô Thị Quế",
                 "total": 13, "present": 13},
     "blocks": [H("IV. THẢO LUẬN, GÓP Ý"),
                P("Đồng chí Hồ Văn Nhượng phát biểu: tàu hàng rời vào làm hàng tại bến 2 ngày càng nhiều, trong khi đội "
                  "xe nâng đã cũ, thường xuyên hỏng vặt; đề nghị Công ty sớm đầu tư thay thế 02 xe nâng."),
                P("Đồng chí Lâm Thị Hải cho rằng việc ứng dụng phần mềm quản lý bãi mới triển khai chưa đồng bộ, nhiều "
                  "công nhân lớn tuổi còn lúng túng, cần có lớp hướng dẫn riêng."),
                H("V. KẾT LUẬN"),
                P("Đồng chí chủ trì kết luận: chi bộ lãnh đạo đội tập trung giải phóng tàu nhanh, bảo đảm năng suất xếp "
                  "dỡ; đề xuất Công ty đầu tư thay thế phương tiện đã hết khấu hao; đẩy mạnh chuyển đổi số trong quản "
                  "lý bãi."),
                P("Chi bộ biểu quyết: mười hai đồng chí tán thành, một đồng chí không tán thành."),
                H("VI. PHÂN CÔNG"),
                P("Việc lập tờ trình đề nghị Công ty thay thế 02 xe nâng được giao cho đ/c Hồ Văn Nhượng, gửi phòng Kỹ "
                  "thuật trước ngày 05/3/2026."),
                P("Đ/c Lâm Thị Hải chịu trách nhiệm mở lớp hướng dẫn sử dụng phần mềm quản lý bãi cho công nhân, hoàn "
                  "thành trong quý I/2026."),
                P("Buổi sinh hoạt kết thúc lúc 11 giờ 20 phút. Biên bản được đọc lại và được chi bộ nhất trí thông qua.")],
     "truth": {"end_time": "11:20", "conclusion": True,
               "resolutions": [vote(12, 1, None, None, "Thông qua kết luận")],
               "assignments": [task("Hồ Văn Nhượng", "Lập tờ trình thay thế 02 xe nâng", "05/3/2026"),
                               task("Lâm Thị Hải", "Mở lớp hướng dẫn phần mềm quản lý bãi", "quý I/2026")],
               "flags": []}},
]


PARTS = HEADS + OPENINGS + BODIES
